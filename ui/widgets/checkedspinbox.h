#pragma once

#include <QDoubleSpinBox>

namespace greenlight::ui {

// A QDoubleSpinBox that lets anything be typed and judges the text when it is committed (Enter
// or leaving the field): text that is not a number in range is reported through rejected(), after
// the spin box has gone back to its previous value. A plain QDoubleSpinBox silently refuses such
// keystrokes ("-" in a positive field, "nan"), so the user never learns why nothing happened.
class CheckedSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QValidator::State validate(QString &text, int &pos) const override;

signals:
    // `text` was typed and refused; the spin box shows its previous value again.
    void rejected(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // The typed text when it would be refused on commit, else empty.
    QString refusedText() const;
};

} // namespace greenlight::ui
