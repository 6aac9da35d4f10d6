#include "numberfield.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace greenlight::ui {

namespace {
constexpr int kSliderSteps = 1000;
}

NumberField::NumberField(const Spec &spec, QWidget *parent) : QWidget(parent), m_spec(spec)
{
    m_spin = new QDoubleSpinBox(this);
    m_spin->setDecimals(spec.decimals);
    m_spin->setSingleStep(spec.step);
    m_spin->setKeyboardTracking(false);
    m_spin->setAlignment(Qt::AlignRight);
    m_spin->setGroupSeparatorShown(true);
    // The optional state lives one step below the valid minimum and shows as text.
    m_spin->setRange(spec.optional ? sentinel() : spec.minimum, spec.maximum);
    m_spin->setMinimumWidth(100);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
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
            emit edited(v, m_slider->isSliderDown());
        });
        connect(m_slider, &QSlider::sliderReleased, this, &NumberField::editFinished);
    }
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
    if (m_spec.optional)
        m_spin->setSpecialValueText(text);
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
