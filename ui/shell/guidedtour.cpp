#include "shell/guidedtour.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace greenlight::ui {

namespace {
constexpr int kMargin = 6;         // space around the highlighted area, px
constexpr int kCalloutWidth = 380; // px at the default font; grows with the font
} // namespace

GuidedTour::GuidedTour(const QList<Step> &steps, QWidget *window) : QWidget(window), m_steps(steps)
{
    setObjectName(QStringLiteral("guidedTour"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    window->installEventFilter(this);

    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("tourCallout"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::ToolTipBase);
    frame->setForegroundRole(QPalette::ToolTipText);
    m_callout = frame;
    m_title = new QLabel(frame);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_text = new QLabel(frame);
    m_text->setWordWrap(true);
    m_counter = new QLabel(frame);
    m_back = new QPushButton(tr("&Back"), frame);
    m_next = new QPushButton(tr("&Next"), frame);
    m_skip = new QPushButton(tr("&Skip tour"), frame);
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    connect(m_skip, &QPushButton::clicked, this, &GuidedTour::skip);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter);
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
}

void GuidedTour::start()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus();
    showStep(0);
}

void GuidedTour::showStep(int index)
{
    if (m_steps.isEmpty()) {
        skip();
        return;
    }
    m_current = std::clamp(index, 0, stepCount() - 1);
    const Step &s = m_steps[m_current];
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_counter->setText(tr("%1 of %2").arg(m_current + 1).arg(stepCount()));
    m_back->setEnabled(m_current > 0);
    m_next->setText(m_current + 1 == stepCount() ? tr("&Done") : tr("&Next"));
    placeCallout();
    update();
}

void GuidedTour::next()
{
    if (m_current + 1 >= stepCount())
        skip();
    else
        showStep(m_current + 1);
}

void GuidedTour::back()
{
    if (m_current > 0)
        showStep(m_current - 1);
}

void GuidedTour::skip()
{
    parentWidget()->removeEventFilter(this);
    emit finished();
    close();
}

QRect GuidedTour::highlightRect() const
{
    if (m_current < 0)
        return {};
    const QWidget *t = m_steps[m_current].target;
    if (t == nullptr || !t->isVisible())
        return {};
    const QPoint topLeft = t->mapTo(parentWidget(), QPoint(0, 0));
    return QRect(topLeft, t->size()).adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(rect());
}

void GuidedTour::placeCallout()
{
    const int width = std::min(rect().width() - 2 * kMargin,
                               std::max(kCalloutWidth, fontMetrics().averageCharWidth() * 48));
    m_callout->setFixedWidth(width);
    m_callout->adjustSize();
    const QSize size = m_callout->size();
    const QRect hole = highlightRect();
    QPoint at;
    if (hole.isEmpty()) {
        at = rect().center() - QPoint(size.width() / 2, size.height() / 2);
    } else if (rect().right() - hole.right() >= size.width() + 2 * kMargin) {
        at = QPoint(hole.right() + 2 * kMargin, hole.top()); // right of the area
    } else if (hole.left() >= size.width() + 2 * kMargin) {
        at = QPoint(hole.left() - size.width() - 2 * kMargin, hole.top()); // left of it
    } else if (rect().bottom() - hole.bottom() >= size.height() + 2 * kMargin) {
        at = QPoint(hole.left(), hole.bottom() + 2 * kMargin); // below
    } else {
        at = QPoint(hole.center().x() - size.width() / 2, hole.center().y() - size.height() / 2); // inside
    }
    at.setX(std::clamp(at.x(), kMargin, std::max(kMargin, rect().width() - size.width() - kMargin)));
    at.setY(std::clamp(at.y(), kMargin, std::max(kMargin, rect().height() - size.height() - kMargin)));
    m_callout->move(at);
    m_callout->raise();
}

void GuidedTour::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath dim;
    dim.addRect(rect());
    const QRect hole = highlightRect();
    if (!hole.isEmpty()) {
        QPainterPath cut;
        cut.addRoundedRect(hole, 6, 6);
        dim = dim.subtracted(cut);
    }
    p.fillPath(dim, QColor(0, 0, 0, 150));
    if (!hole.isEmpty()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawRoundedRect(hole, 6, 6);
    }
}

bool GuidedTour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        setGeometry(parentWidget()->rect());
        placeCallout();
        update();
    }
    return QWidget::eventFilter(watched, event);
}

void GuidedTour::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        skip();
        return;
    case Qt::Key_Right:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        return;
    case Qt::Key_Left:
        back();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void GuidedTour::mousePressEvent(QMouseEvent *event)
{
    // Clicks outside the callout do nothing: the window underneath is not reachable during the tour.
    event->accept();
}

} // namespace greenlight::ui
