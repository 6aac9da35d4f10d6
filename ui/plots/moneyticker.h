#pragma once

#include "i18n/money.h"

#include <qcustomplot.h>

namespace greenlight::ui {

// Tick labels of a money axis as people write amounts ("$200 k", "1,5 M €") instead of
// "200000": the axis coordinates are already in the display currency.
class MoneyTicker : public QCPAxisTicker
{
public:
    void setMoney(const Money &money) { m_money = money; }

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    Money m_money;
};

} // namespace greenlight::ui
