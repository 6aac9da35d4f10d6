#pragma once

#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace greenlight::ui {

class CheckedSpinBox;

// A number with its unit, an optional what-if slider, and — for optional inputs — a "default"
// state shown as the catalog value the estimator will use. The slider maps linearly or
// logarithmically onto the spin box range.
class NumberField : public QWidget
{
    Q_OBJECT

public:
    struct Spec
    {
        double minimum = 0;
        double maximum = 1e9;
        int decimals = 2;
        double step = 1;
        QString unit;
        bool optional = false; // unset means "use the catalog default"
        bool slider = false;
        bool logSlider = false;
    };

    NumberField(const Spec &spec, QWidget *parent = nullptr);

    // Shows `value`, or the default state when unset (optional fields only).
    void setValue(std::optional<double> value);
    std::optional<double> value() const;
    // Text shown in the default state, e.g. "catalog: 0.3".
    void setDefaultText(const QString &text);
    void setError(const QString &message); // empty clears
    // The line under the field that explains refused typing ("PUE: 0.5 is below the minimum 1;
    // kept 1.10"); hidden until then, cleared by the next accepted value.
    QString inputError() const;
    QDoubleSpinBox *spinBox() const;
    QSlider *slider() const { return m_slider; }

signals:
    // The user changed the value (not emitted by setValue). `dragging` is true during a slider drag.
    void edited(std::optional<double> value, bool dragging);
    // A burst of edits ended (slider released, editing finished): the next edit is a new undo step.
    void editFinished();

private:
    void syncSlider();
    void explainRefused(const QString &text);
    double sliderToValue(int position) const;
    int valueToSlider(double value) const;
    double sentinel() const;

    Spec m_spec;
    CheckedSpinBox *m_spin = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_inputError = nullptr;
    QString m_inputMessage;       // the message m_inputError shows, before line breaking
    std::optional<double> m_last; // the value last shown or emitted
    bool m_updating = false;
};

} // namespace greenlight::ui
