// CodeCarbon emissions.csv of every published layout: totals equal an independent parse done here,
// corrupt lines are skipped and named, missing required columns are a clear error; and the CSV
// reader handles RFC 4180 quoting, CRLF and a BOM.
#include "importers/codecarbonimporter.h"
#include "importers/csvreader.h"
#include "importers/measuredrunimporter.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

const QString kLogs = QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/logs/codecarbon/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool near(double actual, double expected, double rel)
{
    return std::abs(actual - expected) <= rel * std::max(std::abs(expected), 1e-300);
}

// The test's own reading of a sample: split lines and commas (the samples have no quotes), keep
// rows with as many fields as the header, sum the named columns. Independent of CsvReader.
struct Expected
{
    double duration = 0, emissions = 0, energy = 0;
    int rows = 0;
    QList<int> badLines; // 1-based
};

Expected independentSums(const QByteArray &bytes)
{
    Expected e;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QStringList header = lines.front().trimmed().split(QLatin1Char(','));
    const qsizetype d = header.indexOf(QStringLiteral("duration"));
    const qsizetype em = header.indexOf(QStringLiteral("emissions"));
    const qsizetype en = header.indexOf(QStringLiteral("energy_consumed"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        // Rule under test: a row without all three required values (an interrupted run) is skipped.
        if (f.size() != header.size() || f.at(d).isEmpty() || f.at(em).isEmpty() || f.at(en).isEmpty()) {
            e.badLines.append(int(i + 1));
            continue;
        }
        e.duration += f.at(d).toDouble();
        e.emissions += f.at(em).toDouble();
        e.energy += f.at(en).toDouble();
        ++e.rows;
    }
    return e;
}

ImportOptions options(const char *fileName)
{
    ImportOptions o;
    o.fileName = fileName;
    o.importedAt = "2026-01-01T00:00:00Z";
    return o;
}

} // namespace

class TestCodeCarbonImporter : public QObject
{
    Q_OBJECT

private slots:
    void layoutTotals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("hasComponents");
        QTest::addColumn<bool>("hasWater");
        QTest::newRow("12col 2020 BOM") << QStringLiteral("emissions_2020-12-01_12col_synthetic.csv")
                                        << QStringLiteral("") << false << false;
        QTest::newRow("17col 2021 corrupt last line")
            << QStringLiteral("emissions_2021-07-14_17col_synthetic.csv") << QStringLiteral("") << true
            << false;
        QTest::newRow("31col v2.4.3rc1 real") << QStringLiteral("emissions_2024-06_31col_v2.4.3rc1.csv")
                                              << QStringLiteral("2.4.3rc1") << true << false;
        QTest::newRow("29col fixture")
            << QStringLiteral("fixture_2021-10-06_29col.csv") << QStringLiteral("") << true << false;
        QTest::newRow("31col fixture")
            << QStringLiteral("fixture_2023-05-31_31col.csv") << QStringLiteral("2.1.3") << true << false;
        QTest::newRow("34col fixture")
            << QStringLiteral("fixture_2025-10-19_34col.csv") << QStringLiteral("2.1.3") << true << true;
        QTest::newRow("38col fixture")
            << QStringLiteral("fixture_2025-11-26_38col.csv") << QStringLiteral("2.1.3") << true << true;
        // "Invalid" upstream only means "not today's header": it has the three required columns.
        QTest::newRow("11col older header")
            << QStringLiteral("fixture_invalid_headers_11col.csv") << QStringLiteral("") << false << false;
    }

    void layoutTotals()
    {
        QFETCH(QString, file);
        QFETCH(QString, version);
        QFETCH(bool, hasComponents);
        QFETCH(bool, hasWater);
        const QByteArray bytes = readAll(kLogs + file);
        QVERIFY(!bytes.isEmpty());
        const Expected expected = independentSums(bytes);
        QVERIFY(expected.rows > 0);

        QCOMPARE(MeasuredRunImporter::detectFormat(bytes.toStdString()), std::string("codecarbon"));
        const ImportResult r =
            MeasuredRunImporter::importText(bytes.toStdString(), options(file.toUtf8().constData()));
        QVERIFY2(r.ok(), r.issues.empty() ? "" : r.issues.front().toString().c_str());
        QCOMPARE(r.runs.size(), std::size_t(1));
        const MeasuredRun &m = r.runs.front();
        constexpr double kRel = 1e-12; // summation order may differ from the test's
        QVERIFY2(near(m.durationS, expected.duration, kRel),
                 qPrintable(QString::number(m.durationS, 'g', 17)));
        QVERIFY(near(m.emissionsKg, expected.emissions, kRel));
        QVERIFY(near(m.energyKWh, expected.energy, kRel));
        QCOMPARE(m.rows, expected.rows);
        QCOMPARE(m.tool, std::string("codecarbon"));
        QCOMPARE(QString::fromStdString(m.toolVersion), version);
        QCOMPARE(m.fileName, file.toStdString());
        QCOMPARE(m.cpuEnergyKWh.has_value(), hasComponents);
        QCOMPARE(m.waterL.has_value(), hasWater);
        QCOMPARE(m.name, QFileInfo(file).completeBaseName().toStdString());

        // Every line the test finds malformed is reported with its number, and nothing else is.
        int warnings = 0;
        for (const Issue &i : r.issues)
            warnings += i.isError() ? 0 : 1;
        QCOMPARE(warnings, int(expected.badLines.size()));
        for (int line : expected.badLines) {
            bool found = false;
            for (const Issue &i : r.issues)
                found = found || i.path == "line " + std::to_string(line);
            QVERIFY2(found, qPrintable(QStringLiteral("line %1 not reported").arg(line)));
        }
    }

    void corruptLineMessage()
    {
        const QByteArray bytes = readAll(kLogs + QStringLiteral("emissions_2021-07-14_17col_synthetic.csv"));
        const ImportResult r = CodeCarbonImporter::import(bytes.toStdString(), options("e.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.issues.size(), std::size_t(1));
        QCOMPARE(r.issues.front().toString(),
                 std::string("line 101: expected 17 fields, found 33; line skipped"));
        QCOMPARE(r.runs.front().rows, 99);
        QVERIFY(r.runs.front().notes.find("Skipped unreadable line(s) 101.") != std::string::npos);
    }

    void provenance31col()
    {
        const QByteArray bytes = readAll(kLogs + QStringLiteral("emissions_2024-06_31col_v2.4.3rc1.csv"));
        const ImportResult r = CodeCarbonImporter::import(bytes.toStdString(), options("e.csv"));
        QVERIFY(r.ok());
        const MeasuredRun &m = r.runs.front();
        QCOMPARE(m.cpuModel, std::string("Apple M1"));
        QCOMPARE(m.gpuCount.value_or(-1), 1);
        QCOMPARE(m.cpuCount.value_or(-1), 8);
        QCOMPARE(m.countryIsoCode, std::string("FRA"));
        QCOMPARE(m.region, std::string("île-de-france"));
        QCOMPARE(m.pue.value_or(0), 1.0);
        QCOMPARE(m.pueSource, std::string("file"));
        QCOMPARE(m.onCloud.value_or(true), false);
        QCOMPARE(m.startedAt, std::string("2024-05-31T10:39:13"));
        QCOMPARE(m.runId, std::string("409f7ac2-203f-4191-9bf4-e3cdf9470de8"));
    }

    void missingRequiredColumns_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("message");
        QTest::newRow("no energy")
            << QStringLiteral("timestamp,duration,emissions")
            << QStringLiteral("line 1: not a CodeCarbon emissions file: missing column(s) energy_consumed "
                              "(needed: duration, emissions, energy_consumed)");
        QTest::newRow("none")
            << QStringLiteral("timestamp,project_name,codecarbon_version")
            << QStringLiteral(
                   "line 1: not a CodeCarbon emissions file: missing column(s) duration, emissions, "
                   "energy_consumed (needed: duration, emissions, energy_consumed)");
    }

    void missingRequiredColumns()
    {
        QFETCH(QString, header);
        QFETCH(QString, message);
        const std::string text = header.toStdString() + "\n2021-01-01,1,2\n";
        const ImportResult r = MeasuredRunImporter::importText(text, options("x.csv"));
        QVERIFY(!r.ok());
        QVERIFY(r.runs.empty());
        QCOMPARE(QString::fromStdString(r.issues.front().toString()), message);
    }

    void invalidHeaderFixtureWithoutEnergyColumn()
    {
        // The upstream "invalid headers" fixture with its energy column renamed: a clear error.
        QByteArray bytes = readAll(kLogs + QStringLiteral("fixture_invalid_headers_11col.csv"));
        bytes.replace("energy_consumed", "energy");
        const ImportResult r = CodeCarbonImporter::import(bytes.toStdString(), options("x.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.front().message,
                 std::string("not a CodeCarbon emissions file: missing column(s) energy_consumed (needed: "
                             "duration, emissions, energy_consumed)"));
    }

    void unparseableNumber()
    {
        const std::string text =
            "duration,emissions,energy_consumed\n10,1,2\n20,abc,3\n30,-1,4\n40,1,nan\n50,2,5\n";
        const ImportResult r = CodeCarbonImporter::import(text, options("x.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.runs.front().durationS, 60.0);
        QCOMPARE(r.runs.front().energyKWh, 7.0);
        QCOMPARE(r.issues.size(), std::size_t(3));
        QCOMPARE(r.issues[0].toString(),
                 std::string("line 3: column emissions: \"abc\" is not a number ≥ 0; line skipped"));
        QCOMPARE(r.issues[1].path, std::string("line 4"));
        QCOMPARE(r.issues[2].path, std::string("line 5"));
    }

    void taskFile()
    {
        // Columns in a different order, an extra column, quotes, CRLF: matched by name.
        const std::string text = "task_name,extra,energy_consumed,duration,emissions,pue\r\n"
                                 "\"load, data\",x,1.5,10,0.1,1.2\r\n"
                                 "train,y,4,100,0.5,1.2\r\n"
                                 "\"load, data\",z,0.5,5,0.05,1.2\r\n";
        const ImportResult r = CodeCarbonImporter::import(text, options("tasks.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.runs.size(), std::size_t(2));
        QCOMPARE(r.runs[0].name, std::string("tasks:load, data"));
        QCOMPARE(r.runs[0].taskName, std::string("load, data"));
        QCOMPARE(r.runs[0].energyKWh, 2.0);
        QCOMPARE(r.runs[0].durationS, 15.0);
        QCOMPARE(r.runs[0].rows, 2);
        QCOMPARE(r.runs[1].name, std::string("tasks:train"));
        QCOMPARE(r.runs[1].energyKWh, 4.0);
        QCOMPARE(r.runs[1].pue.value_or(0), 1.2);
    }

    void emptyAndGarbage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("the file is empty (expected a CodeCarbon emissions.csv)");
        QTest::newRow("header only") << QByteArray("duration,emissions,energy_consumed\n")
                                     << QStringLiteral("no data row could be read (see the skipped lines)");
        QTest::newRow("unterminated quote")
            << QByteArray("duration,emissions,energy_consumed\n\"1,2,3\n")
            << QStringLiteral("no data row could be read (see the skipped lines)");
    }

    void emptyAndGarbage()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const ImportResult r = CodeCarbonImporter::import(text.toStdString(), options("x.csv"));
        QVERIFY(!r.ok());
        bool found = false;
        for (const Issue &i : r.issues)
            found = found || (i.isError() && QString::fromStdString(i.message) == message);
        QVERIFY(found);
    }

    void csvReader_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("flat"); // fields of all records joined with | per record
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\r\n1,2\r\n")
                                  << QStringList{QStringLiteral("a|b"), QStringLiteral("1|2")}
                                  << QList<int>{1, 2};
        QTest::newRow("quoted comma and quote")
            << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n")
            << QStringList{QStringLiteral("a|b"), QStringLiteral("x, y|say \"hi\"")} << QList<int>{1, 2};
        QTest::newRow("quoted newline")
            << QByteArray("a,b\n\"1\n2\",3\n4,5")
            << QStringList{QStringLiteral("a|b"), QStringLiteral("1\n2|3"), QStringLiteral("4|5")}
            << QList<int>{1, 2, 4};
        QTest::newRow("blank lines and CR")
            << QByteArray("a\r\rb\n\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
            << QList<int>{1, 3};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << QStringList{QStringLiteral("||")} << QList<int>{1};
    }

    void csvReader()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, flat);
        QFETCH(QList<int>, lines);
        const auto records = CsvReader::parse(text.toStdString());
        QCOMPARE(qsizetype(records.size()), flat.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            QStringList fields;
            for (const std::string &f : records[i].fields)
                fields << QString::fromStdString(f);
            QCOMPARE(fields.join(QLatin1Char('|')), flat.at(qsizetype(i)));
            QCOMPARE(records[i].line, lines.at(qsizetype(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCodeCarbonImporter)
#include "tst_codecarbonimporter.moc"
