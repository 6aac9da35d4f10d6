#include "checkedspinbox.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace greenlight::ui {

QValidator::State CheckedSpinBox::validate(QString &text, int &pos) const
{
    const QValidator::State state = QDoubleSpinBox::validate(text, pos);
    // Accept the keystroke; the commit decides (and explains) instead of a silent refusal.
    return state == QValidator::Invalid ? QValidator::Intermediate : state;
}

QString CheckedSpinBox::refusedText() const
{
    QString text = lineEdit()->text();
    if (!specialValueText().isEmpty() && text == specialValueText())
        return {}; // the "default" state of optional fields
    int pos = 0;
    if (QDoubleSpinBox::validate(text, pos) == QValidator::Acceptable)
        return {};
    return cleanText();
}

void CheckedSpinBox::keyPressEvent(QKeyEvent *event)
{
    const bool commit = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const QString refused = commit ? refusedText() : QString();
    QDoubleSpinBox::keyPressEvent(event); // reverts refused text to the previous value
    if (!refused.isEmpty())
        emit rejected(refused);
}

void CheckedSpinBox::focusOutEvent(QFocusEvent *event)
{
    const QString refused = refusedText();
    QDoubleSpinBox::focusOutEvent(event);
    if (!refused.isEmpty())
        emit rejected(refused);
}

} // namespace greenlight::ui
