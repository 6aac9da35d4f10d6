// Currency conversion for display: rates come from the catalog's exchangeRate.* defaults.
#include "catalog/catalog.h"
#include "catalog/currencyconverter.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

class TstCurrencyConverter : public QObject
{
    Q_OBJECT

private slots:
    void usdIsIdentity()
    {
        const CurrencyConverter c(Catalog::builtIn());
        const auto usd = c.rate("USD");
        QVERIFY(usd.has_value());
        QCOMPARE(usd->perUsd, 1.0);
        QCOMPARE(c.rates().front().code, std::string("USD"));
    }

    void shippedRates_data()
    {
        // Expected: the ECB cross rate through the euro, recomputed here from the ECB table of
        // 28 February 2025 (units per EUR / 1.0411 USD per EUR).
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("perEur");
        QTest::addColumn<double>("usd");
        QTest::addColumn<double>("tolerance"); // relative: the catalog rounds to 6 digits
        QTest::newRow("EUR") << "EUR" << 1.0 << 1000.0 << 1e-5;
        QTest::newRow("GBP") << "GBP" << 0.82608 << 1000.0 << 1e-5;
        QTest::newRow("JPY") << "JPY" << 156.96 << 2.5 << 1e-5;
        QTest::newRow("CHF") << "CHF" << 0.9394 << 1e6 << 1e-5;
        QTest::newRow("INR") << "INR" << 90.9710 << 0.01 << 1e-5;
        QTest::newRow("negative saving") << "EUR" << 1.0 << -250.0 << 1e-5;
        QTest::newRow("zero") << "GBP" << 0.82608 << 0.0 << 1e-5;
    }

    void shippedRates()
    {
        QFETCH(QString, code);
        QFETCH(double, perEur);
        QFETCH(double, usd);
        QFETCH(double, tolerance);
        const CurrencyConverter c(Catalog::builtIn());
        const auto rate = c.rate(code.toStdString());
        QVERIFY2(rate.has_value(), qPrintable(code));
        const double expected = usd * perEur / 1.0411;
        const double got = CurrencyConverter::fromUsd(usd, *rate);
        QVERIFY2(std::fabs(got - expected) <= tolerance * std::fabs(expected) + 1e-12,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(code).arg(got).arg(expected)));
        QVERIFY(std::fabs(CurrencyConverter::toUsd(got, *rate) - usd) <= 1e-9 * std::fabs(usd) + 1e-12);
        QVERIFY(!rate->source.empty());
        QCOMPARE(rate->year, 2025);
    }

    void unknownAndInvalid()
    {
        Catalog c = Catalog::builtIn();
        const Issues issues = c.addJson(R"j({"schema": 1, "kind": "defaults", "records": [
            {"id": "exchangeRate.XAU", "name": "Gold (XAU) per US dollar", "value": 0, "unit": "XAU/USD",
             "source": "test", "year": 2025},
            {"id": "exchangeRate.NZD", "name": "New Zealand dollar (NZD) per US dollar", "value": 1.78,
             "unit": "NZD/USD", "source": "test", "year": 2025}]})j",
                                        "test.json");
        QVERIFY(issues.empty());
        const CurrencyConverter conv(c);
        QVERIFY(!conv.rate("XAU").has_value()); // a zero rate is never used (no division by zero)
        QVERIFY(!conv.rate("XYZ").has_value());
        QVERIFY(!conv.rate("eur").has_value());
        const auto nzd = conv.rate("NZD");
        QVERIFY(nzd.has_value());
        QCOMPARE(nzd->name, std::string("New Zealand dollar"));
        QCOMPARE(nzd->perUsd, 1.78);
        const auto all = conv.rates();
        QVERIFY(std::none_of(all.begin(), all.end(), [](const CurrencyRate &r) { return r.code == "XAU"; }));
        QVERIFY(std::any_of(all.begin(), all.end(), [](const CurrencyRate &r) { return r.code == "NZD"; }));
    }
};

QTEST_GUILESS_MAIN(TstCurrencyConverter)
#include "tst_currencyconverter.moc"
