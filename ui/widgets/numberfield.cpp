#include "numberfield.h"

#include "checkedspinbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace greenlight::ui {

namespace {
constexpr int kSliderSteps = 1000;
constexpr int kSpinMinimumWidth = 100; // px: six digits and the buttons
} // namespace

NumberField::NumberField(const Spec &spec, QWidget *parent) : QWidget(parent), m_spec(spec)
{
    m_spin = new CheckedSpinBox(this);
    m_spin->setDecimals(spec.decimals);
    m_spin->setSingleStep(spec.step);
    m_spin->setKeyboardTracking(false);
    m_spin->setAlignment(Qt::AlignRight);
    m_spin->setGroupSeparatorShown(true);
    // The optional state lives one step below the valid minimum and shows as text.
    m_spin->setRange(spec.optional ? sentinel() : spec.minimum, spec.maximum);
    m_spin->setMinimumWidth(kSpinMinimumWidth);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    outer->addLayout(layout);
    m_inputError = new QLabel(this);
    m_inputError->setObjectName(QStringLiteral("inputError"));
    m_inputError->setTextFormat(Qt::PlainText); // it quotes what was typed
    // Not QLabel word wrap: a height-for-width child makes the editors' QFormLayouts (which hide
    // rows) write past their row arrays in Qt 6.4 (found with valgrind). explainRefused() breaks
    // the lines itself at the field's width.
    m_inputError->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_inputError->setStyleSheet(QStringLiteral("color: #D55E00;")); // the error colour of setError()
    m_inputError->hide();
    outer->addWidget(m_inputError);
    connect(m_spin, &CheckedSpinBox::rejected, this, &NumberField::explainRefused);
    if (spec.slider) {
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setRange(0, kSliderSteps);
        m_slider->setMinimumWidth(60);
        layout->addWidget(m_slider, 1);
    }
    layout->addWidget(m_spin, spec.slider ? 0 : 1);
    m_unit = new QLabel(spec.unit, this);
    m_unit->setMinimumWidth(m_unit->fontMetrics().horizontalAdvance(spec.unit) + 2);
    layout->addWidget(m_unit);

    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_updating)
            return;
        // Enter re-emits the unchanged value (also after refused text): not an edit.
        if (value() == m_last)
            return;
        m_last = value();
        m_inputError->hide();
        syncSlider();
        emit edited(value(), false);
        emit editFinished();
    });
    if (m_slider) {
        connect(m_slider, &QSlider::valueChanged, this, [this](int pos) {
            if (m_updating)
                return;
            const double v = sliderToValue(pos);
            {
                const QSignalBlocker block(m_spin);
                m_spin->setValue(v);
            }
            m_last = value();
            m_inputError->hide();
            emit edited(v, m_slider->isSliderDown());
        });
        connect(m_slider, &QSlider::sliderReleased, this, &NumberField::editFinished);
    }
}

QDoubleSpinBox *NumberField::spinBox() const
{
    return m_spin;
}

QString NumberField::inputError() const
{
    return m_inputError->isHidden() ? QString() : m_inputMessage;
}

void NumberField::explainRefused(const QString &text)
{
    // The field's name is its label (set as the spin box's accessible name by the editors).
    const QString field = m_spin->accessibleName().isEmpty() ? tr("Value") : m_spin->accessibleName();
    const QString kept = m_spin->text();
    bool ok = false;
    double v = m_spin->locale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok); // "1e-3" and other C-locale spellings
    const QString unit = m_spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + m_spec.unit;
    QString message;
    if (!ok || !std::isfinite(v))
        message = tr("%1: “%2” is not a number; kept %3").arg(field, text, kept);
    else if (m_spec.decimals == 0 && v != std::round(v))
        message = tr("%1: %2 is not a whole number; kept %3").arg(field, text, kept);
    else if (v < m_spec.minimum)
        message = tr("%1: %2 is below the minimum %3; kept %4")
                      .arg(field, text, m_spin->textFromValue(m_spec.minimum) + unit, kept);
    else if (v > m_spec.maximum)
        message = tr("%1: %2 is above the maximum %3; kept %4")
                      .arg(field, text, m_spin->textFromValue(m_spec.maximum) + unit, kept);
    else
        message = tr("%1: “%2” is not accepted; kept %3").arg(field, text, kept);
    m_inputMessage = message;
    QStringList lines{QString()};
    const QFontMetrics metrics = m_inputError->fontMetrics();
    for (const QString &word : message.split(QLatin1Char(' '))) {
        const QString longer = lines.last().isEmpty() ? word : lines.last() + QLatin1Char(' ') + word;
        if (!lines.last().isEmpty() && metrics.horizontalAdvance(longer) > width())
            lines << word;
        else
            lines.last() = longer;
    }
    m_inputError->setText(lines.join(QLatin1Char('\n')));
    m_inputError->setToolTip(message);
    m_inputError->show();
}

double NumberField::sentinel() const
{
    return m_spec.minimum - std::pow(10.0, -m_spec.decimals);
}

void NumberField::setValue(std::optional<double> v)
{
    m_updating = true;
    if (v)
        m_spin->setValue(*v);
    else
        m_spin->setValue(m_spec.optional ? sentinel() : m_spec.minimum);
    m_last = value();
    syncSlider();
    m_updating = false;
}

std::optional<double> NumberField::value() const
{
    if (m_spec.optional && m_spin->value() < m_spec.minimum)
        return std::nullopt;
    return m_spin->value();
}

void NumberField::setDefaultText(const QString &text)
{
    if (!m_spec.optional)
        return;
    m_spin->setSpecialValueText(text);
    // The slider gives way first: "default: 0.3362" is read whole, not clipped to "fault: 0.33".
    m_spin->setMinimumWidth(std::max(kSpinMinimumWidth, m_spin->sizeHint().width()));
}

void NumberField::setError(const QString &message)
{
    m_spin->setToolTip(message);
    m_spin->setStyleSheet(
        message.isEmpty() ? QString() : QStringLiteral("QDoubleSpinBox { border: 2px solid #D55E00; }"));
}

void NumberField::syncSlider()
{
    if (!m_slider)
        return;
    const QSignalBlocker block(m_slider);
    const auto v = value();
    m_slider->setValue(valueToSlider(v.value_or(m_spec.minimum)));
}

double NumberField::sliderToValue(int position) const
{
    const double t = static_cast<double>(position) / kSliderSteps;
    if (m_spec.logSlider && m_spec.minimum > 0) {
        const double lo = std::log(m_spec.minimum);
        const double hi = std::log(m_spec.maximum);
        return std::exp(lo + t * (hi - lo));
    }
    return m_spec.minimum + t * (m_spec.maximum - m_spec.minimum);
}

int NumberField::valueToSlider(double v) const
{
    double t = 0;
    if (m_spec.logSlider && m_spec.minimum > 0 && v > 0)
        t = (std::log(v) - std::log(m_spec.minimum)) / (std::log(m_spec.maximum) - std::log(m_spec.minimum));
    else
        t = (v - m_spec.minimum) / (m_spec.maximum - m_spec.minimum);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}

} // namespace greenlight::ui
