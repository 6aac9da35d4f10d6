#include "util/numberformat.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace greenlight;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void roundSignificant_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<double>("expected");
        QTest::newRow("thousands, 3") << 1234.5 << 3 << 1230.0;
        QTest::newRow("rounds up") << 75149.0 << 3 << 75100.0;
        QTest::newRow("carry to next magnitude") << 999.6 << 3 << 1000.0;
        QTest::newRow("negative") << -186432.0 << 3 << -186000.0;
        QTest::newRow("fraction") << 0.012345 << 2 << 0.012;
        QTest::newRow("already short") << 42.0 << 3 << 42.0;
        QTest::newRow("zero unchanged") << 0.0 << 3 << 0.0;
        QTest::newRow("inf unchanged")
            << std::numeric_limits<double>::infinity() << 3 << std::numeric_limits<double>::infinity();
    }
    void roundSignificant()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(double, expected);
        const double got = greenlight::roundSignificant(value, digits);
        if (std::isinf(expected))
            QCOMPARE(got, expected);
        else
            QVERIFY2(std::fabs(got - expected) <= 1e-9 * std::max(1.0, std::fabs(expected)),
                     qPrintable(QString::number(got, 'g', 17)));
    }
    void formatReadable_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("significant");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("small, no exponent") << 0.0000435097 << 3 << QByteArray("0.0000435");
        QTest::newRow("large, no exponent") << 1234567.0 << 3 << QByteArray("1230000");
        QTest::newRow("middle") << 0.871 << 3 << QByteArray("0.871");
        QTest::newRow("trailing zero kept to the significance") << 2.5 << 3 << QByteArray("2.50");
        QTest::newRow("carry") << 0.09996 << 3 << QByteArray("0.100");
        QTest::newRow("zero") << 0.0 << 3 << QByteArray("0");
    }

    void formatReadable()
    {
        QFETCH(double, value);
        QFETCH(int, significant);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(greenlight::formatReadable(value, significant)), expected);
    }

    // Readers' counts and SI quantities: never an exponent.
    void formatPlain_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("significant");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("tokens") << 1e12 << 6 << QByteArray("1 T");
        QTest::newRow("FLOPs") << 4.2e22 << 6 << QByteArray("42 Z");
        QTest::newRow("requests") << 7.3e8 << 6 << QByteArray("730 M");
        QTest::newRow("below a million as is") << 876000.5 << 6 << QByteArray("876000");
        QTest::newRow("hours") << 8760.0 << 6 << QByteArray("8760");
        QTest::newRow("tiny, no exponent") << 0.0000435 << 6 << QByteArray("0.0000435");
        QTest::newRow("negative") << -2.5e9 << 6 << QByteArray("-2.5 G");
        QTest::newRow("zero") << 0.0 << 6 << QByteArray("0");
        // More integer digits than significant ones: %g would write "1e+03" (a log axis's ticks).
        QTest::newRow("1000 at 3 digits") << 1000.0 << 3 << QByteArray("1000");
        QTest::newRow("rounded at 4 digits") << 123456.0 << 4 << QByteArray("123500");
        QTest::newRow("negative at 2 digits") << -4567.0 << 2 << QByteArray("-4600");
        QTest::newRow("fraction at 3 digits") << 0.5 << 3 << QByteArray("0.5");
    }

    void formatPlain()
    {
        QFETCH(double, value);
        QFETCH(int, significant);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(greenlight::formatPlain(value, significant)), expected);
    }

    void formatCountAndSi_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<QByteArray>("flop");
        QTest::newRow("below a thousand") << 0.185 << QByteArray("0.185") << QByteArray("0.185 FLOP");
        QTest::newRow("hundreds") << 500.0 << QByteArray("500") << QByteArray("500 FLOP");
        QTest::newRow("thousands") << 483000.0 << QByteArray("483 k") << QByteArray("483 kFLOP");
        QTest::newRow("millions") << 9.125e7 << QByteArray("91.3 M") << QByteArray("91.3 MFLOP");
        QTest::newRow("rounding carries to the next prefix")
            << 999960.0 << QByteArray("1.00 M") << QByteArray("1.00 MFLOP");
        QTest::newRow("training compute") << 1.56e23 << QByteArray("156 Z") << QByteArray("156 ZFLOP");
        QTest::newRow("negative") << -2.5e6 << QByteArray("-2.50 M") << QByteArray("-2.50 MFLOP");
        QTest::newRow("beyond the prefixes") << 3e27 << QByteArray("3000 Y") << QByteArray("3000 YFLOP");
    }

    void formatCountAndSi()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, count);
        QFETCH(QByteArray, flop);
        QCOMPARE(QByteArray::fromStdString(greenlight::formatCount(value)), count);
        QCOMPARE(QByteArray::fromStdString(greenlight::formatSi(value, "FLOP")), flop);
    }

    void nanStaysNan() { QVERIFY(std::isnan(greenlight::roundSignificant(std::nan(""), 3))); }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
