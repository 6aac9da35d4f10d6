// Bad input across every reader that takes external text, one row per case: the categories the
// per-unit tests (tst_projectfile, tst_profileimporter, tst_catalog, tst_cli*) do not already
// cover — deep nesting, invalid UTF-8, huge files, 1e308, NaN/Inf spellings, empty strings,
// unknown ids. Each row asserts the exact first error, which names the field.
#include "catalog/catalog.h"
#include "importers/codecarbonimporter.h"
#include "io/presetsfile.h"
#include "io/projectfile.h"
#include "schedule/profileimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace greenlight;

namespace {

const QByteArray kScenario =
    R"j({"name": "a", "workload": {"mode": "devicesDuration", "durationHours": 10}, "hardware": {"accelerator": "a100-sxm-80gb", "count": 8}, "site": {"intensityGPerKWh": 400}})j";

QByteArray project(const QByteArray &scenario)
{
    return R"j({"schema": 1, "name": "p", "scenarios": [)j" + scenario + "]}";
}

QByteArray variant(const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(kScenario.contains(from));
    return project(QByteArray(kScenario).replace(from, to));
}

QByteArray nested(int depth, char open, char close, const QByteArray &inner = {})
{
    return QByteArray(depth, open) + inner + QByteArray(depth, close);
}

QString firstError(const Issues &issues)
{
    for (const Issue &i : issues)
        if (i.isError())
            return QString::fromStdString(i.toString());
    return QStringLiteral("(no error)");
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void files_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        const QString p = QStringLiteral("project");
        const QString d = QStringLiteral("(document): nesting is deeper than 64 levels");
        // Deep nesting is refused before nlohmann recurses (10,000 levels would exhaust the stack).
        QTest::newRow("10000 nested arrays") << p << nested(10000, '[', ']') << d;
        QTest::newRow("10000 nested objects")
            << p << QByteArray(R"({"a":)").repeated(10000) + "1" + QByteArray(10000, '}') << d;
        QTest::newRow("deep inside a scenario")
            << p << variant("400}", "400, \"x\": " + nested(100, '[', ']') + "}") << d;
        QTest::newRow("brackets inside strings do not count")
            << p << variant("\"a\"", "\"" + QByteArray(100, '[') + "\"") << QStringLiteral("(no error)");
        QTest::newRow("invalid UTF-8 in a name")
            << p << variant("\"a\"", "\"\xff\xfe\"")
            << QString::fromUtf8(
                   "(document): not valid JSON: parse error at line 1, column 52: syntax error while parsing "
                   "value - invalid string: ill-formed UTF-8 byte; last read: '\"\\xff'");
        QTest::newRow("truncated UTF-8 sequence")
            << p << variant("\"a\"", "\"\xc3\"")
            << QString::fromUtf8(
                   "(document): not valid JSON: parse error at line 1, column 53: syntax error while parsing "
                   "value - invalid string: ill-formed UTF-8 byte; last read: '\"\\xc3\"'");
        QTest::newRow("NaN literal")
            << p << variant("\"durationHours\": 10", "\"durationHours\": NaN")
            << QString::fromUtf8(
                   "(document): not valid JSON: parse error at line 1, column 113: syntax error while "
                   "parsing value - invalid literal; last read: '\"durationHours\": N'");
        QTest::newRow("Infinity literal")
            << p << variant("\"durationHours\": 10", "\"durationHours\": Infinity")
            << QString::fromUtf8(
                   "(document): not valid JSON: parse error at line 1, column 113: syntax error while "
                   "parsing value - invalid literal; last read: '\"durationHours\": I'");
        QTest::newRow("nan as string") << p << variant("\"durationHours\": 10", "\"durationHours\": \"nan\"")
                                       << QString::fromUtf8("scenarios[0].workload.durationHours: expected a "
                                                            "finite number > 0, got a string (\"nan\")");
        QTest::newRow("1e308 hours") << p << variant("\"durationHours\": 10", "\"durationHours\": 1e308")
                                     << QString::fromUtf8(
                                            "scenarios[0].workload: the inputs are too large to compute: "
                                            "accelerator-hours is not a finite number");
        QTest::newRow("1e308 intensity")
            << p << variant("400}", "1e308}")
            << QString::fromUtf8("scenarios[0].workload: the inputs are too large to compute: CO2e, "
                                 "location-based is not a finite number");
        QTest::newRow("-1e308 intensity")
            << p << variant("400}", "-1e308}")
            << QString::fromUtf8(
                   "scenarios[0].site.intensityGPerKWh: expected a finite number ≥ 0, got -1e+308");
        QTest::newRow("1e308 devices")
            << p << variant("\"count\": 8", "\"count\": 1e308")
            << QString::fromUtf8("scenarios[0].hardware.count: expected an integer ≥ 1, got 1e+308");
        QTest::newRow("negative zero hours")
            << p << variant("\"durationHours\": 10", "\"durationHours\": -0.0")
            << QString::fromUtf8("scenarios[0].workload.durationHours: expected a finite number > 0, got -0");
        QTest::newRow("empty accelerator id")
            << p << variant("\"a100-sxm-80gb\"", "\"\"")
            << QString::fromUtf8("scenarios[0].hardware.accelerator: must not be empty");
        QTest::newRow("unknown region id")
            << p << variant("\"intensityGPerKWh\": 400", "\"region\": \"atlantis\"")
            << QString::fromUtf8("scenarios[0].site.region: unknown region id \"atlantis\" (see "
                                 "`greenlight-cli catalog list regions`)");
        QTest::newRow("empty region id")
            << p << variant("\"intensityGPerKWh\": 400", "\"region\": \"\"")
            << QString::fromUtf8("scenarios[0].site.region: required: give a region id or a grid intensity "
                                 "(intensityGPerKWh)");
        QTest::newRow("null where object expected")
            << p << variant("{\"accelerator\": \"a100-sxm-80gb\", \"count\": 8}", "null")
            << QString::fromUtf8("scenarios[0].hardware: expected an object, got null");
        QTest::newRow("array where number expected")
            << p << variant("\"count\": 8", "\"count\": [8]")
            << QString::fromUtf8("scenarios[0].hardware.count: expected an integer ≥ 1, got an array");
        QTest::newRow("bool where number expected")
            << p << variant("\"count\": 8", "\"count\": true")
            << QString::fromUtf8("scenarios[0].hardware.count: expected an integer ≥ 1, got true");
        QTest::newRow("number where string expected")
            << p << variant("\"name\": \"a\"", "\"name\": 7")
            << QString::fromUtf8("scenarios[0].name: expected a string, got 7");
        QTest::newRow("count above int range")
            << p << variant("\"count\": 8", "\"count\": 3000000000")
            << QString::fromUtf8("scenarios[0].hardware.count: expected an integer ≥ 1, got 3e+09");
        QTest::newRow("schema 0") << p << QByteArray(R"({"schema": 0, "scenarios": []})")
                                  << QString::fromUtf8("schema: expected an integer ≥ 1, got 0");
        QTest::newRow("schema 3") << p << QByteArray(R"({"schema": 3, "scenarios": []})")
                                  << QString::fromUtf8(
                                         "schema: the file was written by a newer Greenlight (schema 3); "
                                         "this version reads schema 2 — the file was left untouched");
        QTest::newRow("NUL byte")
            << p << QByteArray("{\"schema\": 1,\0 \"scenarios\": []}", 30)
            << QString::fromUtf8(
                   "(document): not valid JSON: parse error at line 1, column 14: syntax error while parsing "
                   "object key - unexpected end of input; expected string literal");
        QTest::newRow("only a BOM")
            << p << QByteArray("\xef\xbb\xbf")
            << QString::fromUtf8(
                   "(document): not valid JSON: parse error at line 1, column 4: syntax error while parsing "
                   "value - unexpected end of input; expected '[', '{', or a literal");

        const QString c = QStringLiteral("catalog");
        QTest::newRow("catalog: 10000 nested arrays")
            << c << nested(10000, '[', ']')
            << QString::fromUtf8("user.json: expected an object, got an array");
        QTest::newRow("catalog: invalid UTF-8") << c << QByteArray("{\"accelerators\": [{\"id\": \"\xff\"}]}")
                                                << QString::fromUtf8("user.json: not valid JSON");
        QTest::newRow("catalog: empty id")
            << c << QByteArray(R"({"regions": [{"id": ""}]})")
            << QString::fromUtf8("user.json.schema: required field is missing");
        QTest::newRow("catalog: 1e308 intensity")
            << c << QByteArray(R"({"regions": [{"id": "x", "name": "X", "intensityGPerKWh": 1e308}]})")
            << QString::fromUtf8("user.json.schema: required field is missing");
        QTest::newRow("catalog: not JSON")
            << c << QByteArray("accelerators:") << QString::fromUtf8("user.json: not valid JSON");

        const QString s = QStringLiteral("presets");
        QTest::newRow("presets: 10000 nested objects")
            << s << QByteArray(R"({"a":)").repeated(10000) + "1" + QByteArray(10000, '}')
            << QString::fromUtf8("schema: required field is missing");
        QTest::newRow("presets: empty")
            << s << QByteArray() << QString::fromUtf8("(document): not valid JSON");
        QTest::newRow("presets: wrong type")
            << s << QByteArray(R"({"schema": 1, "presets": {}})")
            << QString::fromUtf8("presets: expected an array, got an object");

        const QString h = QStringLiteral("profile");
        const QByteArray hh = "timestamp_utc,g_per_kwh\n";
        QTest::newRow("profile: nan") << h << hh + "2022-01-01T00:00:00Z,nan\n"
                                      << QString::fromUtf8("t.csv:2: the value \"nan\" is not a number");
        QTest::newRow("profile: inf") << h << hh + "2022-01-01T00:00:00Z,inf\n"
                                      << QString::fromUtf8("t.csv:2: the value \"inf\" is not a number");
        QTest::newRow("profile: 1e999") << h << hh + "2022-01-01T00:00:00Z,1e999\n"
                                        << QString::fromUtf8("t.csv:2: the value \"1e999\" is not a number");
        QTest::newRow("profile: invalid UTF-8 header")
            << h << QByteArray("\xff\xfe,\xff\n2022-01-01T00:00:00Z,5\n")
            << QString::fromUtf8(
                   "t.csv:1: no timestamp column in the header \"\\xff\\xfe,\\xff\" (expected timestamp_utc, "
                   "timestamp, "
                   "datetime, time, \"Datetime (UTC)\" or point_time)");
        QTest::newRow("profile: invalid UTF-8 value")
            << h << hh + "2022-01-01T00:00:00Z,\xff\n"
            << QString::fromUtf8("t.csv:2: the value \"\\xff\" is not a number");
        // One huge value is still a number; the sum of two is not (it would make every mean inf).
        QTest::newRow("profile: one 1e308") << h << hh + "2022-01-01T00:00:00Z,1e308\n"
                                            << QStringLiteral("(no error)");
        QTest::newRow("profile: two 1e308 hours")
            << h << hh + "2022-01-01T00:00:00Z,1e308\n2022-01-01T01:00:00Z,1e308\n"
            << QString::fromUtf8("t.csv:3: the value 1e308 in column g_per_kwh is too large: the sum of the "
                                 "values is not a finite number");
        QTest::newRow("profile: 1.7e308 in two half hours")
            << h << hh + "2022-01-01T00:00:00Z,1.7e308\n2022-01-01T00:30:00Z,1.7e308\n"
            << QString::fromUtf8(
                   "t.csv:3: the value 1.7e308 in column g_per_kwh is too large: the sum of the "
                   "values is not a finite number");
        QTest::newRow("profile: year 99999")
            << h << hh + "99999-01-01T00:00:00Z,5\n"
            << QString::fromUtf8("t.csv:2: cannot read the timestamp \"99999-01-01T00:00:00Z\" (expected ISO "
                                 "8601, e.g. 2022-01-01T00:00:00Z)");

        const QString k = QStringLiteral("codecarbon");
        QTest::newRow("codecarbon: header only")
            << k
            << QByteArray("timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_"
                          "power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed\n")
            << QString::fromUtf8("no data row could be read (see the skipped lines)");
        QTest::newRow("codecarbon: invalid UTF-8")
            << k << QByteArray("\xff\xfe\n")
            << QString::fromUtf8("line 1: not a CodeCarbon emissions file: missing column(s) duration, "
                                 "emissions, energy_consumed (needed: duration, emissions, energy_consumed)");
    }

    void files()
    {
        QFETCH(QString, reader);
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const std::string_view text(input.constData(), static_cast<std::size_t>(input.size()));
        const Catalog &catalog = Catalog::builtIn();
        Issues issues;
        if (reader == QLatin1String("project"))
            issues = ProjectFile::parse(text, catalog).issues;
        else if (reader == QLatin1String("catalog"))
            issues = Catalog().addJson(text, "user.json");
        else if (reader == QLatin1String("presets"))
            issues = PresetsFile::parse(text, catalog).issues;
        else if (reader == QLatin1String("profile"))
            issues = ProfileImporter::parse(text, "t.csv").issues;
        else if (reader == QLatin1String("codecarbon"))
            issues = CodeCarbonImporter::import(text, ImportOptions::fromCatalog(catalog, "e.csv")).issues;
        QCOMPARE(firstError(issues), error);
    }

    // A file over the 64 MiB limit is refused before it is read (sparse: no 65 MiB written).
    void hugeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.greenlight.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(65) * 1024 * 1024));
        f.close();
        QCOMPARE(firstError(ProjectFile::load(path.toStdString(), Catalog::builtIn()).issues),
                 QStringLiteral("file is too large (65 MiB; the limit is 64 MiB)"));
        QCOMPARE(firstError(ProfileImporter::load(path.toStdString()).issues),
                 path + QStringLiteral(": file is too large (65 MiB; the limit is 64 MiB)"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
