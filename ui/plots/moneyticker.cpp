#include "moneyticker.h"

#include <cmath>

namespace greenlight::ui {

QString MoneyTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    // Zero is plain: "$0" reads as a price, the origin is not one.
    if (std::fabs(tick) < 1e-9)
        return QCPAxisTicker::getTickLabel(0.0, locale, formatChar, precision);
    return m_money.formatAmount(tick);
}

} // namespace greenlight::ui
