#include "shell/palette.h"

#include "qtutil/qtconvert.h"

namespace greenlight::ui {

QColor okabeIto(int index)
{
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                    QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    const int n = static_cast<int>(sizeof colors / sizeof colors[0]);
    return colors[((index % n) + n) % n];
}

QColor scenarioColor(const Scenario &scenario, int index)
{
    const QColor c(qs(scenario.color));
    return c.isValid() ? c : okabeIto(index);
}

} // namespace greenlight::ui
