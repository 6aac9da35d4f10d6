#include "equivalenceline.h"

#include "compare/equivalents.h"
#include "document/document.h"
#include "qtutil/qtconvert.h"
#include "util/numberformat.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace greenlight::ui {

EquivalenceLine::EquivalenceLine(Document &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("equivalenceLine"));
    setContentsMargins(6, 2, 6, 4);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_textDocument.setDocumentMargin(0);
    m_textDocument.setDefaultFont(font());
    setAccessibleName(tr("What does this mean"));
    connect(&document, &Document::resultsChanged, this, &EquivalenceLine::refresh);
    connect(&document, &Document::currentChanged, this, &EquivalenceLine::refresh);
    refresh();
}

int EquivalenceLine::heightForWidth(int width) const
{
    if (m_text.isEmpty())
        return 0;
    const QMargins m = contentsMargins();
    m_textDocument.setTextWidth(std::max(1, width - m.left() - m.right()));
    return static_cast<int>(std::ceil(m_textDocument.size().height())) + m.top() + m.bottom();
}

QSize EquivalenceLine::sizeHint() const
{
    const int width = this->width() > 0 ? this->width() : 600;
    return {width, heightForWidth(width)};
}

QSize EquivalenceLine::minimumSizeHint() const
{
    return {100, heightForWidth(width() > 0 ? width() : 600)};
}

void EquivalenceLine::setText(const QString &html)
{
    if (html == m_text)
        return;
    m_text = html;
    m_textDocument.setHtml(html);
    setAccessibleDescription(m_textDocument.toPlainText());
    updateHeight();
    update();
}

void EquivalenceLine::updateHeight()
{
    const int height = heightForWidth(width());
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
}

void EquivalenceLine::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    const QRect r = contentsRect();
    m_textDocument.setTextWidth(r.width());
    painter.translate(r.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    // A label's text colour, also in the dark palette.
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    context.clip = QRectF(0, 0, r.width(), r.height());
    m_textDocument.documentLayout()->draw(&painter, context);
}

void EquivalenceLine::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeight();
}

void EquivalenceLine::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_textDocument.setDefaultFont(font());
        m_height = -1;
        updateHeight();
    }
}

QString EquivalenceLine::readable(double amount)
{
    if (!std::isfinite(amount))
        return QString();
    const QLocale locale;
    if (amount >= 100)
        return locale.toString(roundSignificant(amount, 3), 'f', 0);
    return locale.toString(amount, 'f', amount >= 10 ? 1 : 2);
}

void EquivalenceLine::refresh()
{
    const int index = m_document.currentIndex();
    if (index < 0 || index >= m_document.scenarioCount() || !m_document.result(index).evaluation) {
        setText(QString());
        setToolTip(QString());
        return;
    }
    const double kg = m_document.result(index).estimate[Output::Co2eTotalKg];
    const auto amounts = Equivalents::of(m_document.catalog(), kg);
    if (amounts.empty()) {
        setText(QString());
        setToolTip(QString());
        return;
    }
    QStringList parts;
    QStringList sources;
    for (const EquivalentAmount &a : amounts) {
        const QString n = readable(a.amount);
        if (a.id == "car-km-eu")
            parts << tr("driving %1 km in an average European car").arg(n);
        else if (a.id == "flight-ny-sf")
            parts << tr("%1 one-way economy flights New York – San Francisco").arg(n);
        else if (a.id == "household-year")
            parts << tr("the electricity of %1 US homes for a year").arg(n);
        else if (a.id == "tree-month")
            parts << tr("what %1 trees absorb in a month").arg(n);
        else
            continue;
        sources << QStringLiteral("• %1: %2 (%3)")
                       .arg(qs(a.name), qs(a.citation.source), QString::number(a.citation.year));
    }
    const QString mass = kg >= 1000 ? tr("%1 t").arg(readable(kg / 1000)) : tr("%1 kg").arg(readable(kg));
    setText(tr("<b>What does this mean?</b> Training “%1” emits about %2 CO2e (location-based + embodied): "
               "as much as %3.")
                .arg(qs(m_document.scenario(index).name).toHtmlEscaped(), mass.toHtmlEscaped(),
                     parts.join(tr(", or "))));
    setToolTip(tr("Everyday equivalents of the total CO2e, from the catalog's cited sources:\n%1")
                   .arg(sources.join(QLatin1Char('\n'))));
}

} // namespace greenlight::ui
