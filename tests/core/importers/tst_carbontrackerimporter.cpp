// Carbontracker output: both README examples (actual and predicted blocks), the same text with the
// log-file prefix, CRLF, the PUE recorded from the options, and clear errors for unusable text.
#include "catalog/catalog.h"
#include "importers/carbontrackerimporter.h"
#include "importers/measuredrunimporter.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

const QString kLogs = QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/logs/carbontracker/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The test's own reading of a block: the value after "<key>:" on the first line with that key
// following the block header, converted to s / kWh / kg.
double blockValue(const QString &text, const QString &block, const QString &key)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inBlock = false;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(block))
            inBlock = true;
        else if (inBlock && line.startsWith(key + QLatin1Char(':'))) {
            const QString value = line.mid(key.size() + 1).trimmed();
            if (key == QLatin1String("Time")) {
                const QStringList hms = value.split(QLatin1Char(':'));
                return hms.at(0).toDouble() * 3600 + hms.at(1).toDouble() * 60 + hms.at(2).toDouble();
            }
            const double number = value.section(QLatin1Char(' '), 0, 0).toDouble();
            return key == QLatin1String("CO2eq") ? number / 1000.0 : number; // g → kg
        }
    }
    return -1;
}

ImportOptions options()
{
    ImportOptions o;
    o.fileName = "ct.log";
    o.importedAt = "2026-01-01T00:00:00Z";
    o.carbontrackerPue = 1.58;
    o.carbontrackerPueSource = "test";
    return o;
}

} // namespace

class TestCarbontrackerImporter : public QObject
{
    Q_OBJECT

private slots:
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("logPrefix");
        QTest::addColumn<bool>("crlf");
        for (const char *f : {"readme_console_example_default.txt", "readme_console_example_verbose2.txt"}) {
            QTest::addRow("%s console", f) << QString::fromLatin1(f) << false << false;
            QTest::addRow("%s log file", f) << QString::fromLatin1(f) << true << false;
            QTest::addRow("%s log file crlf", f) << QString::fromLatin1(f) << true << true;
        }
    }

    void examples()
    {
        QFETCH(QString, file);
        QFETCH(bool, logPrefix);
        QFETCH(bool, crlf);
        const QString console = QString::fromUtf8(readAll(kLogs + file));
        QVERIFY(!console.isEmpty());
        QString text = console;
        if (logPrefix) {
            QStringList lines = console.split(QLatin1Char('\n'));
            for (QString &l : lines)
                if (!l.isEmpty())
                    l.prepend(QStringLiteral("2024-03-01 12:34:56 - "));
            text = lines.join(QLatin1Char('\n'));
        }
        if (crlf)
            text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));

        QCOMPARE(MeasuredRunImporter::detectFormat(text.toStdString()), std::string("carbontracker"));
        const ImportResult r = MeasuredRunImporter::importText(text.toStdString(), options());
        QVERIFY2(r.ok(), r.issues.empty() ? "" : r.issues.front().toString().c_str());
        QCOMPARE(r.issues.size(), std::size_t(0));
        QCOMPARE(r.runs.size(), std::size_t(1));
        const MeasuredRun &m = r.runs.front();
        const QString actual = QStringLiteral("Actual consumption");
        const QString predicted = QStringLiteral("Predicted consumption");
        QCOMPARE(m.durationS, blockValue(console, actual, QStringLiteral("Time")));
        QCOMPARE(m.energyKWh, blockValue(console, actual, QStringLiteral("Energy")));
        QVERIFY(std::abs(m.emissionsKg - blockValue(console, actual, QStringLiteral("CO2eq"))) <= 1e-15);
        QCOMPARE(m.rows, 1);
        QCOMPARE(m.predictedEpochs.value_or(0), 1000);
        QCOMPARE(m.predictedDurationS.value_or(-1), blockValue(console, predicted, QStringLiteral("Time")));
        QCOMPARE(m.predictedEnergyKWh.value_or(-1), blockValue(console, predicted, QStringLiteral("Energy")));
        QVERIFY(std::abs(m.predictedEmissionsKg.value_or(-1) -
                         blockValue(console, predicted, QStringLiteral("CO2eq"))) <= 1e-15);
        QCOMPARE(m.tool, std::string("carbontracker"));
        QCOMPARE(m.pue.value_or(0), 1.58);
        QCOMPARE(m.pueSource, std::string("test"));
        QCOMPARE(m.name, std::string("ct"));
    }

    void verboseDetails()
    {
        const std::string text =
            readAll(kLogs + QStringLiteral("readme_console_example_verbose2.txt")).toStdString();
        const ImportResult r = CarbontrackerImporter::import(text, options());
        QVERIFY(r.ok());
        const MeasuredRun &m = r.runs.front();
        QCOMPARE(m.intensityGPerKWh.value_or(0), 82.0);
        QCOMPARE(m.region, std::string("Copenhagen, Capital Region, DK"));
        QCOMPARE(m.cpuCount.value_or(0), 1);
        QVERIFY(m.cpuModel.empty()); // "cpu:0" is a device index, not a model
        QVERIFY(!m.gpuCount);
    }

    void gpusAndLongDurations()
    {
        const std::string text =
            "CarbonTracker: The following components were found: GPU with device(s) Tesla V100, "
            "Tesla V100. CPU with device(s) cpu:0, cpu:1.\n"
            "Actual consumption for 2 epoch(s):\n Time: 0:30:00\n Energy: 1.5 kWh\n CO2eq: 300 g\n"
            "Actual consumption for 10 epoch(s):\n Time: 1 day, 2:00:00.5\n Energy: 500 Wh\n"
            " CO2eq: 0.2 kg\n";
        const ImportResult r = CarbontrackerImporter::import(text, options());
        QVERIFY(r.ok());
        const MeasuredRun &m = r.runs.front();
        QCOMPARE(m.gpuCount.value_or(0), 2);
        QCOMPARE(m.gpuModel, std::string("Tesla V100"));
        QCOMPARE(m.cpuCount.value_or(0), 2);
        QCOMPARE(m.rows, 10); // the cumulative block with the most epochs
        QCOMPARE(m.durationS, 93600.5);
        QCOMPARE(m.energyKWh, 0.5);
        QCOMPARE(m.emissionsKg, 0.2);
        QVERIFY(!m.predictedEnergyKWh);
    }

    void pueFromCatalog()
    {
        const Catalog catalog = Catalog::builtIn();
        const ImportOptions o = ImportOptions::fromCatalog(catalog, "/some/dir/run.log");
        QCOMPARE(o.fileName, std::string("run.log"));
        const DefaultValue *pue = catalog.defaultValue("carbontrackerPue");
        QVERIFY(pue);
        QCOMPARE(o.carbontrackerPue.value_or(0), pue->value);
        QVERIFY(o.carbontrackerPueSource.find("Anthony") != std::string::npos);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("predicted only") << QStringLiteral("Predicted consumption for 1000 epoch(s):\n Time: "
                                                          "2:52:22\n Energy: 0.038168 kWh\n CO2eq: 4.1 g\n")
                                        << QStringLiteral("only a \"Predicted consumption\" block was found: "
                                                          "a prediction is not a measurement (no \"Actual "
                                                          "consumption\" block)");
        QTest::newRow("incomplete")
            << QStringLiteral(
                   "Actual consumption for 1 epoch(s):\n Time: 0:00:10\n Energy: lots\n CO2eq: 3 g\n")
            << QStringLiteral("not a Carbontracker log: no \"Actual consumption for N epoch(s)\" block with "
                              "Time, Energy and CO2eq");
        QTest::newRow("unknown text")
            << QStringLiteral("hello\nworld\n")
            << QStringLiteral("unrecognised format: expected a CodeCarbon emissions.csv (a header with "
                              "duration, emissions, energy_consumed) or Carbontracker output (\"Actual "
                              "consumption for N epoch(s)\")");
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const ImportResult r = MeasuredRunImporter::importText(text.toStdString(), options());
        QVERIFY(!r.ok());
        QVERIFY(r.runs.empty());
        QCOMPARE(QString::fromStdString(r.issues.back().message), message);
    }
};

QTEST_GUILESS_MAIN(TestCarbontrackerImporter)
#include "tst_carbontrackerimporter.moc"
