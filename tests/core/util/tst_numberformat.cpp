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
    void nanStaysNan() { QVERIFY(std::isnan(greenlight::roundSignificant(std::nan(""), 3))); }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
