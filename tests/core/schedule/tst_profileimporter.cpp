// ProfileImporter: the accepted CSV dialects (own, generic, Electricity Maps, WattTime), sub-hourly
// averaging, the empty-cell policy, exact errors with line numbers, and the shipped profiles.
#include "catalog/catalog.h"
#include "schedule/hourlyprofile.h"
#include "schedule/profileimporter.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

constexpr UtcSeconds kJan1 = 1640995200; // 2022-01-01T00:00:00Z

std::string errorsOf(const ProfileImportResult &r)
{
    std::string s;
    for (const Issue &i : r.issues)
        if (i.isError())
            s += (s.empty() ? "" : " | ") + i.toString();
    return s;
}

std::vector<std::string> warningsOf(const ProfileImportResult &r)
{
    std::vector<std::string> w;
    for (const Issue &i : r.issues)
        if (!i.isError())
            w.push_back(i.toString());
    return w;
}

} // namespace

class TestProfileImporter : public QObject
{
    Q_OBJECT

private slots:
    void utcTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("utc"); // -1: rejected
        QTest::newRow("Z") << "2022-01-01T00:00:00Z" << qint64(kJan1);
        QTest::newRow("offset") << "2022-01-01T01:00:00+01:00" << qint64(kJan1);
        QTest::newRow("offset no colon") << "2021-12-31T19:00:00-0500" << qint64(kJan1);
        QTest::newRow("fraction") << "2022-01-01T00:00:00.000Z" << qint64(kJan1);
        QTest::newRow("space, minutes only") << "2022-01-01 00:00Z" << qint64(kJan1);
        QTest::newRow("leap day 2024") << "2024-02-29T00:00:00Z" << qint64(1709164800);
        QTest::newRow("Feb 30") << "2022-02-30T00:00:00Z" << qint64(-1);
        QTest::newRow("hour 24") << "2022-01-01T24:00:00Z" << qint64(-1);
        QTest::newRow("garbage") << "yesterday" << qint64(-1);
        QTest::newRow("trailing text") << "2022-01-01T00:00:00Zx" << qint64(-1);
    }

    void utcTime()
    {
        QFETCH(QString, text);
        QFETCH(qint64, utc);
        const auto t = parseIsoTime(text.toStdString());
        if (utc < 0) {
            QVERIFY(!t);
            return;
        }
        QVERIFY(t);
        QCOMPARE(qint64(t->utc), utc);
        QVERIFY(t->hadZone);
        QCOMPARE(formatIsoTime(kJan1), std::string("2022-01-01T00:00:00Z"));
        QCOMPARE(formatIsoTime(kJan1 + 8760 * 3600), std::string("2023-01-01T00:00:00Z"));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        const QByteArray h = "timestamp_utc,g_per_kwh\n";
        QTest::newRow("empty") << QByteArray() << "t.csv: the file is empty";
        QTest::newRow("blank lines only") << QByteArray("\r\n\n  \n") << "t.csv: the file is empty";
        QTest::newRow("header only") << h << "t.csv: no data rows after the header";
        QTest::newRow("missing header") << QByteArray("2022-01-01T00:00:00Z,5\n")
                                        << "t.csv:1: missing header: the first line must name the columns, "
                                           "e.g. \"timestamp_utc,g_per_kwh\"";
        QTest::newRow("wrong header") << QByteArray("when,how much\n2022-01-01T00:00:00Z,5\n")
                                      << "t.csv:1: no timestamp column in the header \"when,how much\" "
                                         "(expected timestamp_utc, timestamp, "
                                         "datetime, time, \"Datetime (UTC)\" or point_time)";
        QTest::newRow("no value column")
            << QByteArray("timestamp,price\n2022-01-01T00:00:00Z,5\n")
            << "t.csv:1: no intensity column in the header \"timestamp,price\" (expected g_per_kwh, "
               "carbon_intensity, intensity, value or \"Carbon Intensity gCO₂eq/kWh (LCA)\")";
        QTest::newRow("garbage timestamp") << h + "2022-01-01T00:00:00Z,5\nyesterday,6\n"
                                           << "t.csv:3: cannot read the timestamp \"yesterday\" (expected "
                                              "ISO 8601, e.g. 2022-01-01T00:00:00Z)";
        QTest::newRow("impossible date")
            << h + "2022-02-30T00:00:00Z,5\n"
            << "t.csv:2: cannot read the timestamp \"2022-02-30T00:00:00Z\" (expected ISO 8601, e.g. "
               "2022-01-01T00:00:00Z)";
        QTest::newRow("no time zone")
            << QByteArray("timestamp,value\n2022-01-01T00:00:00,5\n")
            << "t.csv:2: the timestamp \"2022-01-01T00:00:00\" has no time zone (add Z or an offset such as "
               "+01:00, or name the column timestamp_utc)";
        QTest::newRow("not a number") << h + "2022-01-01T00:00:00Z,5\n2022-01-01T01:00:00Z,abc\n"
                                      << "t.csv:3: the value \"abc\" is not a number";
        QTest::newRow("nan") << h + "2022-01-01T00:00:00Z,nan\n"
                             << "t.csv:2: the value \"nan\" is not a number";
        QTest::newRow("negative") << h + "2022-01-01T00:00:00Z,5\n2022-01-01T01:00:00Z,-5\n"
                                  << "t.csv:3: negative intensity -5 (an intensity is ≥ 0)";
        QTest::newRow("duplicate")
            << h + "2022-01-01T00:00:00Z,5\n2022-01-01T01:00:00Z,6\n2022-01-01T01:00:00Z,7\n"
            << "t.csv:4: duplicate timestamp 2022-01-01T01:00:00Z (also on line 3)";
        QTest::newRow("unsorted")
            << h + "2022-01-01T00:00:00Z,5\n2022-01-01T01:00:00Z,6\n2022-01-01T00:00:00Z,7\n"
            << "t.csv:4: rows are not in time order: 2022-01-01T00:00:00Z comes after 2022-01-01T01:00:00Z";
        QTest::newRow("gap") << h + "2022-01-01T00:00:00Z,5\n2022-01-01T01:00:00Z,6\n2022-01-01T02:00:00Z,"
                                    "6\n2022-01-01T05:00:00Z,7\n"
                             << "t.csv:5: gap: no rows from 2022-01-01T03:00:00Z to 2022-01-01T04:00:00Z (2 "
                                "missing); a missing "
                                "value must be an empty cell on a row of its own";
        QTest::newRow("daily data")
            << h + "2022-01-01T00:00:00Z,5\n2022-01-02T00:00:00Z,6\n"
            << "t.csv:3: rows are 1440 min apart: hourly data or a regular interval that "
               "divides the hour (5, 10, 15, 20 or 30 min) is expected";
        QTest::newRow("irregular")
            << h + "2022-01-01T00:00:00Z,5\n2022-01-01T00:15:00Z,6\n2022-01-01T00:40:00Z,6\n"
            << "t.csv:4: irregular interval: 2022-01-01T00:40:00Z is 25 min after the previous row (the "
               "file's "
               "interval is 15 min)";
        QTest::newRow("not on the hour")
            << h + "2022-01-01T00:30:00Z,5\n"
            << "t.csv:2: the first timestamp 2022-01-01T00:30:00Z is not at the start "
               "of a UTC hour";
        QTest::newRow("incomplete last hour")
            << h + "2022-01-01T00:00:00Z,1\n2022-01-01T00:30:00Z,2\n2022-01-01T01:00:00Z,3\n"
            << "t.csv:4: the last hour is incomplete: 1 of 2 rows";
        QTest::newRow("all empty") << h + "2022-01-01T00:00:00Z,\n2022-01-01T01:00:00Z,\n"
                                   << "t.csv: no values: every value cell is empty";
        QTest::newRow("short row") << h + "2022-01-01T00:00:00Z\n"
                                   << "t.csv:2: expected at least 2 fields, got 1";
    }

    void badFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const ProfileImportResult r = ProfileImporter::parse(csv.toStdString(), "t.csv");
        QVERIFY(!r.profile);
        QCOMPARE(QString::fromStdString(errorsOf(r)), error);
    }

    // Our own files, with a byte-order mark, CRLF line ends, a blank line and empty cells.
    void ownFormatWithEmptyCells()
    {
        const std::string csv = "\xEF\xBB\xBFtimestamp_utc,g_per_kwh\r\n"
                                "2022-01-01T00:00:00Z,\r\n"
                                "2022-01-01T01:00:00Z,10\r\n"
                                "2022-01-01T02:00:00Z,\r\n"
                                "2022-01-01T03:00:00Z,\r\n"
                                "2022-01-01T04:00:00Z,40\r\n"
                                "\r\n"
                                "2022-01-01T05:00:00Z,\r\n";
        const ProfileImportResult r = ProfileImporter::parse(csv, "own.csv");
        QVERIFY2(r.profile, errorsOf(r).c_str());
        const HourlyProfile &p = *r.profile;
        QCOMPARE(p.startUtc, kJan1);
        const std::vector<double> expected = {10, 10, 20, 30, 40, 40}; // ends repeat, middle interpolates
        QCOMPARE(p.gPerKWh.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(p.gPerKWh[i] - expected[i]) < 1e-12, std::to_string(i).c_str());
        QCOMPARE(p.filledHours, std::size_t(4));
        QCOMPARE(warningsOf(r),
                 std::vector<std::string>{"own.csv: 4 empty hour(s) filled by linear interpolation "
                                          "of their neighbours (first: 2022-01-01T00:00:00Z)"});
    }

    void dialects_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<double>("first"); // g/kWh of the first hour
        QTest::addColumn<int>("hours");
        QTest::addColumn<QString>("warning"); // empty: none
        QTest::newRow("generic, offset") << QByteArray("datetime,carbon_intensity\n2022-01-01T01:00:00+01:00,"
                                                       "120\n2022-01-01T02:00:00+01:00,130\n")
                                         << 120.0 << 2 << QString();
        QTest::newRow("generic, quoted")
            << QByteArray("\"time\",\"intensity\"\n\"2022-01-01T00:00:00Z\",\"99.5\"\n") << 99.5 << 1
            << QString();
        // Electricity Maps, older exports: "(LCA)" next to "(direct)"; the life-cycle column wins.
        QTest::newRow("Electricity Maps, LCA")
            << QByteArray("Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),"
                          "Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,"
                          "Data Source,Data Estimated,Data Estimation Method\n"
                          "2022-01-01 00:00:00,France,France,FR,30.1,55.2,90,20,entsoe.eu,false,\n"
                          "2022-01-01 01:00:00,France,France,FR,31.1,56.2,90,20,entsoe.eu,false,\n")
            << 55.2 << 2 << QString();
        // Newer exports: "(Life cycle)".
        QTest::newRow("Electricity Maps, Life cycle")
            << QByteArray(
                   "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO₂eq/kWh (direct),"
                   "Carbon intensity gCO₂eq/kWh (Life cycle)\n2024-01-01 00:00:00,France,France,FR,20,40\n")
            << 40.0 << 1 << QString();
        QTest::newRow("Electricity Maps, direct only")
            << QByteArray("Datetime (UTC),Carbon Intensity gCO₂eq/kWh (direct)\n2022-01-01 00:00:00,30\n")
            << 30.0 << 1
            << "t.csv: Electricity Maps direct (operational) intensity used: the file has no life-cycle "
               "column";
        QTest::newRow("WattTime MOER lbs/MWh")
            << QByteArray("point_time,value,version\n2022-01-01T00:00:00+00:00,1000,3.2\n") << 453.59237 << 1
            << "t.csv: WattTime MOER values converted from lbs CO2/MWh to g CO2/kWh (× 0.45359237); a "
               "marginal "
               "emission rate, not the average intensity of the catalog's regions";
        QTest::newRow("15-minute rows averaged")
            << QByteArray("timestamp,value\n2022-01-01T00:00:00Z,10\n2022-01-01T00:15:00Z,20\n"
                          "2022-01-01T00:30:00Z,30\n2022-01-01T00:45:00Z,40\n2022-01-01T01:00:00Z,1\n"
                          "2022-01-01T01:15:00Z,1\n2022-01-01T01:30:00Z,1\n2022-01-01T01:45:00Z,1\n")
            << 25.0 << 2 << "t.csv: 8 rows 15 min apart averaged to 2 hours";
    }

    void dialects()
    {
        QFETCH(QByteArray, csv);
        QFETCH(double, first);
        QFETCH(int, hours);
        QFETCH(QString, warning);
        const ProfileImportResult r = ProfileImporter::parse(csv.toStdString(), "t.csv");
        QVERIFY2(r.profile, errorsOf(r).c_str());
        QCOMPARE(int(r.profile->size()), hours);
        QVERIFY2(std::abs(r.profile->gPerKWh.front() - first) < 1e-9,
                 std::to_string(r.profile->gPerKWh.front()).c_str());
        const auto w = warningsOf(r);
        if (warning.isEmpty())
            QVERIFY(w.empty());
        else
            QCOMPARE(w, std::vector<std::string>{warning.toStdString()});
    }

    // Every shipped profile loads: one year of hours, the documented empty hours filled, and the
    // mean close to the catalog's annual value (which skips the empty hours).
    void builtInProfiles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("filled");
        for (const auto &[id, filled] : std::vector<std::pair<const char *, int>>{{"US-AZPS", 0},
                                                                                  {"US-BPAT", 0},
                                                                                  {"US-CISO", 3},
                                                                                  {"US-ERCO", 0},
                                                                                  {"US-MISO", 3},
                                                                                  {"US-NYIS", 0},
                                                                                  {"US-PJM", 23},
                                                                                  {"US-SOCO", 0}})
            QTest::newRow(id) << QString::fromLatin1(id) << filled;
    }

    void builtInProfiles()
    {
        QFETCH(QString, id);
        QFETCH(int, filled);
        QCOMPARE(HourlyProfile::builtInIds().size(), std::size_t(8));
        const HourlyProfile *p = HourlyProfile::builtIn(id.toStdString());
        QVERIFY(p != nullptr);
        QCOMPARE(p->size(), std::size_t(8760));
        QCOMPARE(p->startUtc, kJan1);
        QCOMPARE(int(p->filledHours), filled);
        const Region *region = Catalog::builtIn().region(id.toStdString());
        QVERIFY(region != nullptr);
        QCOMPARE(region->hourlyProfile, id.toStdString());
        QVERIFY2(std::abs(p->mean() - region->intensityGPerKWh) < 0.5,
                 (std::to_string(p->mean()) + " vs " + std::to_string(region->intensityGPerKWh)).c_str());
        QVERIFY(HourlyProfile::builtIn("XX-NONE") == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestProfileImporter)
#include "tst_profileimporter.moc"
