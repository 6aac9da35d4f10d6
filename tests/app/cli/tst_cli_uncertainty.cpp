// greenlight-cli estimate: P5–P95 ranges, --samples / --seed / --sensitivity, and their errors.
#include "clirunner.h"
#include "estimate/quantities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace greenlight;

namespace {

const QStringList kRun = {QStringLiteral("estimate"),
                          QStringLiteral("--accelerator"),
                          QStringLiteral("h100-sxm"),
                          QStringLiteral("--count"),
                          QStringLiteral("512"),
                          QStringLiteral("--params-b"),
                          QStringLiteral("7"),
                          QStringLiteral("--tokens-t"),
                          QStringLiteral("1"),
                          QStringLiteral("--region"),
                          QStringLiteral("gcp:us-central1")};

} // namespace

class TestCliUncertainty : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList &extra) const
    {
        return runCli(kRun + extra, m_dir.filePath(QStringLiteral("xdg-empty")));
    }

    static QJsonObject firstScenario(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json)
            .object()
            .value(QStringLiteral("scenarios"))
            .toArray()
            .at(0)
            .toObject();
    }

private slots:
    void jsonHasRangesForEveryOutput()
    {
        const CliResult r = run({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = firstScenario(r.out);
        const QJsonObject ranges = s.value(QStringLiteral("ranges")).toObject();
        QCOMPARE(ranges.size(), static_cast<qsizetype>(kOutputCount));
        for (std::size_t i = 0; i < kOutputCount; ++i) {
            const QString key = QString::fromUtf8(info(static_cast<Output>(i)).key.data());
            QVERIFY2(s.value(key).isDouble(), qPrintable(key)); // central values stay numbers
            const QJsonObject range = ranges.value(key).toObject();
            const double p5 = range.value(QStringLiteral("p5")).toDouble();
            const double p50 = range.value(QStringLiteral("p50")).toDouble();
            const double p95 = range.value(QStringLiteral("p95")).toDouble();
            QVERIFY2(range.contains(QStringLiteral("p5")) && p5 <= p50 && p50 <= p95, qPrintable(key));
        }
        const QJsonObject hours = ranges.value(QStringLiteral("acceleratorHours")).toObject();
        QVERIFY(hours.value(QStringLiteral("p5")).toDouble() < hours.value(QStringLiteral("p95")).toDouble());
        const QJsonObject mc = s.value(QStringLiteral("monteCarlo")).toObject();
        QCOMPARE(mc.value(QStringLiteral("samples")).toInt(), 10000);
        QCOMPARE(mc.value(QStringLiteral("seed")).toInt(), 42);
    }

    void seedAndSamples()
    {
        const CliResult a = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"),
                                 QStringLiteral("7"), QStringLiteral("--samples"), QStringLiteral("2000")});
        const CliResult b = run({QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--seed=7"), QStringLiteral("--samples=2000")});
        const CliResult c = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"),
                                 QStringLiteral("8"), QStringLiteral("--samples"), QStringLiteral("2000")});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out); // same seed: identical output
        QVERIFY(a.out != c.out);
        const QJsonObject mc = firstScenario(a.out).value(QStringLiteral("monteCarlo")).toObject();
        QCOMPARE(mc.value(QStringLiteral("samples")).toInt(), 2000);
        QCOMPARE(mc.value(QStringLiteral("seed")).toInt(), 7);
    }

    void tableHasRangeColumn()
    {
        const CliResult r = run({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("P5–P95"));
        QVERIFY(r.out.contains("Monte Carlo, 10000 samples, seed 42"));
    }

    void csvHasRangeColumns()
    {
        const CliResult r = run({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray header = r.out.split('\n').front();
        QVERIFY(header.contains(",co2eTotalKg_p5,co2eTotalKg_p50,co2eTotalKg_p95"));
        QCOMPARE(r.out.split('\n').at(1).count(','), header.count(','));
    }

    void sensitivity()
    {
        const CliResult j = run({QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--sensitivity"), QStringLiteral("acceleratorHours")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject t = firstScenario(j.out).value(QStringLiteral("sensitivity")).toObject();
        QCOMPARE(t.value(QStringLiteral("output")).toString(), QStringLiteral("acceleratorHours"));
        const QJsonArray inputs = t.value(QStringLiteral("inputs")).toArray();
        QVERIFY(inputs.size() >= 1);
        // Runtime depends on the MFU (0.15–0.5) only: the experiments multiplier is a decision,
        // fixed unless the scenario gives it a range.
        QCOMPARE(inputs.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("mfu"));
        for (qsizetype i = 1; i < inputs.size(); ++i)
            QVERIFY(inputs.at(i - 1).toObject().value(QStringLiteral("swing")).toDouble() >=
                    inputs.at(i).toObject().value(QStringLiteral("swing")).toDouble());

        const CliResult table = run({QStringLiteral("--sensitivity"), QStringLiteral("co2eTotalKg")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Sensitivity of CO2e, total"));
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("samples too few")
            << QStringList{QStringLiteral("--samples"), QStringLiteral("99")}
            << "greenlight-cli: --samples: expected an integer from 100 to 10000000, got \"99\"";
        QTest::newRow("samples too many")
            << QStringList{QStringLiteral("--samples"), QStringLiteral("10000001")}
            << "greenlight-cli: --samples: expected an integer from 100 to 10000000, got "
               "\"10000001\"";
        QTest::newRow("samples not integer")
            << QStringList{QStringLiteral("--samples"), QStringLiteral("1e4")}
            << "greenlight-cli: --samples: expected an integer from 100 to 10000000, "
               "got \"1e4\"";
        QTest::newRow("seed negative")
            << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")}
            << "greenlight-cli: --seed: expected an integer from 0 to 18446744073709551615, "
               "got \"-1\"";
        QTest::newRow("seed overflow")
            << QStringList{QStringLiteral("--seed"), QStringLiteral("18446744073709551616")}
            << "greenlight-cli: --seed: expected an integer from 0 to 18446744073709551615, "
               "got \"18446744073709551616\"";
        QTest::newRow("sensitivity unknown")
            << QStringList{QStringLiteral("--sensitivity"), QStringLiteral("co2")}
            << "greenlight-cli: --sensitivity: unknown output \"co2\" (valid: "
               "acceleratorHours, ";
        QTest::newRow("sensitivity csv")
            << QStringList{QStringLiteral("--sensitivity"), QStringLiteral("co2eTotalKg"),
                           QStringLiteral("--format"), QStringLiteral("csv")}
            << "greenlight-cli: --sensitivity: not available with --format csv (use table "
               "or json)";
    }

    void badValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
        if (message.endsWith(QLatin1String(", ")))
            QVERIFY2(err.startsWith(message), qPrintable(err));
        else
            QCOMPARE(err.trimmed(), message);
    }
};

QTEST_GUILESS_MAIN(TestCliUncertainty)
#include "tst_cli_uncertainty.moc"
