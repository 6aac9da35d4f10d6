// greenlight-cli as a black box: exit codes, output formats, agreement with the core, the published
// validation runs through the quick-estimate flags, and one-line errors for bad input.
#include "catalog/catalog.h"
#include "clirunner.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

const QString kExample = QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json");

bool near(double actual, double expected, double rel)
{
    return std::abs(actual - expected) <= rel * std::abs(expected);
}

QHash<QString, QHash<QString, QString>> readValidationCsv()
{
    QHash<QString, QHash<QString, QString>> rows;
    QFile f(QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/validation_public.csv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.front().trimmed().split(QLatin1Char(','));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields =
            lines.at(i).trimmed().split(QLatin1Char(',')); // no quoted fields in the file
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
            row.insert(header.at(c), fields.at(c));
        rows.insert(row.value(QStringLiteral("id")), row);
    }
    return rows;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_malformed;
    QString m_userCatalog;
    QString m_badCatalog;

    CliResult run(const QStringList &args) const
    {
        return runCli(args, m_dir.filePath(QStringLiteral("xdg-empty")));
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    // The core's estimates for the example project, as the CLI must print them.
    static std::vector<std::pair<std::string, Estimate>> coreEstimates()
    {
        std::vector<std::pair<std::string, Estimate>> out;
        const ProjectLoadResult loaded = ProjectFile::load(kExample.toStdString(), Catalog::builtIn());
        if (!loaded.project)
            return out;
        for (const Scenario &s : loaded.project->scenarios) {
            Issues issues;
            const auto r = Resolver(Catalog::builtIn()).resolve(s, issues);
            if (r)
                out.emplace_back(s.name, Estimator::compute(*r));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(GREENLIGHT_CLI_PATH)));
        m_malformed = m_dir.filePath(QStringLiteral("broken.greenlight.json"));
        writeFile(m_malformed, R"j({"schema": 1, "scenarios": [)j");
        m_userCatalog = m_dir.filePath(QStringLiteral("mine.json"));
        writeFile(m_userCatalog, R"j({"schema": 1, "kind": "accelerators", "records": [
            {"id": "a100-sxm-80gb", "name": "A100 80GB capped at 200 W", "kind": "gpu", "tdpW": 200,
             "peakTflops": {"bf16": 312}, "defaultPrecision": "bf16", "source": "my measurement", "year": 2025}]})j");
        m_badCatalog = m_dir.filePath(QStringLiteral("bad.json"));
        writeFile(m_badCatalog, R"j({"schema": 1, "kind": "accelerators", "records": [
            {"id": "x", "name": "X", "kind": "gpu", "tdpW": -5, "source": "s", "year": 2025}]})j");
    }

    void version()
    {
        const CliResult r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("greenlight-cli " GREENLIGHT_VERSION "\n"));
        QVERIFY(r.err.isEmpty());
    }

    void help()
    {
        const CliResult r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage:"));
        const CliResult none = run({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.out.isEmpty());
    }

    void estimateJsonMatchesCore()
    {
        const CliResult r =
            run({QStringLiteral("estimate"), kExample, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray scenarios = doc.object().value(QStringLiteral("scenarios")).toArray();
        const auto expected = coreEstimates();
        QVERIFY(expected.size() >= 4);
        QCOMPARE(scenarios.size(), qsizetype(expected.size()));
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            const QJsonObject s = scenarios.at(i).toObject();
            const Estimate &e = expected[std::size_t(i)].second;
            QCOMPARE(s.value(QStringLiteral("name")).toString(),
                     QString::fromStdString(expected[std::size_t(i)].first));
            // Every output key is there and a number.
            for (std::size_t k = 0; k < kOutputCount; ++k) {
                const QString key = QString::fromLatin1(info(static_cast<Output>(k)).key.data(),
                                                        qsizetype(info(static_cast<Output>(k)).key.size()));
                QVERIFY2(s.value(key).isDouble(), qPrintable(key));
            }
            const std::pair<const char *, Output> keys[] = {{"acceleratorHours", Output::AcceleratorHours},
                                                            {"itEnergyKWh", Output::ItEnergyKWh},
                                                            {"facilityEnergyKWh", Output::FacilityEnergyKWh},
                                                            {"co2eLocationKg", Output::Co2eLocationKg},
                                                            {"co2eMarketKg", Output::Co2eMarketKg},
                                                            {"co2eEmbodiedKg", Output::Co2eEmbodiedKg},
                                                            {"waterL", Output::WaterL},
                                                            {"costUsd", Output::CostUsd}};
            for (const auto &[key, output] : keys) {
                const QJsonValue v = s.value(QString::fromLatin1(key));
                QVERIFY2(v.isDouble(), key);
                QVERIFY2(near(v.toDouble(), e[output], 1e-9), qPrintable(QStringLiteral("%1: cli %2, core %3")
                                                                             .arg(QString::fromLatin1(key))
                                                                             .arg(v.toDouble(), 0, 'g', 17)
                                                                             .arg(e[output], 0, 'g', 17)));
            }
            QVERIFY(s.value(QStringLiteral("co2eLocationKg")).toDouble() > 0);
        }
    }

    void estimateCsvMatchesCore()
    {
        const CliResult r =
            run({QStringLiteral("estimate"), kExample, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto expected = coreEstimates();
        QCOMPARE(lines.size(), qsizetype(expected.size()) + 1);
        QStringList header = {QStringLiteral("name")};
        for (std::size_t k = 0; k < kOutputCount; ++k)
            header << QString::fromLatin1(info(static_cast<Output>(k)).key.data(),
                                          qsizetype(info(static_cast<Output>(k)).key.size()));
        QStringList rangeColumns; // P5/P50/P95 per output follow the central values (docs/cli.md)
        for (std::size_t k = 0; k < kOutputCount; ++k)
            for (const char *suffix : {"_p5", "_p50", "_p95"})
                rangeColumns << QString::fromUtf8(info(static_cast<Output>(k)).key.data()) +
                                    QLatin1String(suffix);
        QCOMPARE(lines.front(), (header + rangeColumns).join(QLatin1Char(',')));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            // The name may be quoted (it can hold commas); the numbers are the last kOutputCount fields.
            const QStringList fields = lines.at(qsizetype(i) + 1).split(QLatin1Char(','));
            QVERIFY(fields.size() >= 4 * qsizetype(kOutputCount) + 1);
            const qsizetype first = fields.size() - 4 * qsizetype(kOutputCount);
            QString name = fields.mid(0, first).join(QLatin1Char(','));
            if (name.startsWith(QLatin1Char('"')))
                name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            QCOMPARE(name, QString::fromStdString(expected[i].first));
            for (std::size_t k = 0; k < kOutputCount; ++k) {
                bool ok = false;
                const double v = fields.at(first + qsizetype(k)).toDouble(&ok);
                QVERIFY(ok);
                QVERIFY2(near(v, expected[i].second.values[k], 1e-9),
                         qPrintable(header.at(qsizetype(k) + 1)));
            }
        }
    }

    void estimateTable()
    {
        const CliResult r = run({QStringLiteral("estimate"), kExample});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.startsWith(QStringLiteral("quantity")));
        for (const auto &[name, e] : coreEstimates())
            QVERIFY2(out.contains(QString::fromStdString(name)), name.c_str());
        for (Output o : {Output::AcceleratorHours, Output::FacilityEnergyKWh, Output::Co2eLocationKg,
                         Output::WaterL, Output::CostUsd})
            QVERIFY(out.contains(QString::fromUtf8(info(o).label.data(), qsizetype(info(o).label.size()))));
        QVERIFY(out.contains(QStringLiteral("published: 1287 MWh (facility)")));

        const CliResult one = run({QStringLiteral("estimate"), kExample, QStringLiteral("--scenario"),
                                   QStringLiteral("GPT-3 175B (published, Patterson et al. 2021)"),
                                   QStringLiteral("--explain")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains("How each number was obtained"));
        QVERIFY(one.out.contains("1.29 GWh"));   // 1 289 376 kWh facility energy
        QVERIFY(one.out.contains("553 t CO2e")); // 553.1 t location-based
    }

    // The published runs, from the authors' inputs through the quick-estimate flags (within 1 %).
    void validationRows_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("energyKey"); // empty: only tCO2e is published

        const auto csv = readValidationCsv();
        QVERIFY(csv.size() >= 7);
        const auto v = [&csv](const char *id, const char *column) {
            return csv.value(QString::fromLatin1(id)).value(QString::fromLatin1(column));
        };
        const auto ci = [&v](const char *id) {
            return QString::number(v(id, "ci_kg_per_kwh").toDouble() * 1000);
        };
        const auto hours = [&v](const char *id) {
            return QString::number(v(id, "duration_days").toDouble() * 24);
        };
        const QString facility = QStringLiteral("facilityEnergyKWh");
        const QString it = QStringLiteral("itEnergyKWh");

        QTest::newRow("P2 T5") << QStringLiteral("P2")
                               << QStringList{QStringLiteral("--accelerator"), QStringLiteral("tpu-v3"),
                                              QStringLiteral("--count"),       v("P2", "n_acc"),
                                              QStringLiteral("--hours"),       hours("P2"),
                                              QStringLiteral("--power-w"),     v("P2", "w_per_acc"),
                                              QStringLiteral("--pue"),         v("P2", "pue"),
                                              QStringLiteral("--intensity"),   ci("P2")}
                               << facility;
        QTest::newRow("P6 GPT-3")
            << QStringLiteral("P6")
            << QStringList{QStringLiteral("--accelerator"), QStringLiteral("v100-sxm2-32gb"),
                           QStringLiteral("--count"),       QStringLiteral("10000"),
                           QStringLiteral("--hours"),       QStringLiteral("355.2"),
                           QStringLiteral("--power-w"),     QStringLiteral("330"),
                           QStringLiteral("--pue"),         QStringLiteral("1.1"),
                           QStringLiteral("--intensity"),   QStringLiteral("429")}
            << facility;
        QTest::newRow("L1 LLaMA-7B") << QStringLiteral("L1")
                                     << QStringList{QStringLiteral("--accelerator"),
                                                    QStringLiteral("a100-sxm-80gb"),
                                                    QStringLiteral("--accelerator-hours"),
                                                    v("L1", "acc_hours"),
                                                    QStringLiteral("--power-w"),
                                                    v("L1", "w_per_acc"),
                                                    QStringLiteral("--pue"),
                                                    v("L1", "pue"),
                                                    QStringLiteral("--intensity"),
                                                    ci("L1")}
                                     << facility;
        // Meta's card convention: PUE 1.1, 0.385 kg/kWh (methodology.md); only tCO2e published.
        QTest::newRow("M4 Llama 2 70B") << QStringLiteral("M4")
                                        << QStringList{QStringLiteral("--accelerator"),
                                                       QStringLiteral("a100-sxm-80gb"),
                                                       QStringLiteral("--accelerator-hours"),
                                                       v("M4", "acc_hours"),
                                                       QStringLiteral("--power-w"),
                                                       v("M4", "w_per_acc"),
                                                       QStringLiteral("--pue"),
                                                       QStringLiteral("1.1"),
                                                       QStringLiteral("--intensity"),
                                                       QStringLiteral("385")}
                                        << QString();
        // BLOOM's 24.69 t is dynamic energy without PUE.
        QTest::newRow("B1 BLOOM") << QStringLiteral("B1")
                                  << QStringList{QStringLiteral("--accelerator"),
                                                 QStringLiteral("a100-sxm-80gb"),
                                                 QStringLiteral("--count"),
                                                 v("B1", "n_acc"),
                                                 QStringLiteral("--accelerator-hours"),
                                                 v("B1", "acc_hours"),
                                                 QStringLiteral("--power-w"),
                                                 v("B1", "w_per_acc"),
                                                 QStringLiteral("--pue"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--intensity"),
                                                 ci("B1")}
                                  << it;
        // OLMo: measured GPU energy before PUE.
        QTest::newRow("A1 OLMo")
            << QStringLiteral("A1")
            << QStringList{QStringLiteral("--accelerator"),
                           QStringLiteral("a100-sxm-40gb"),
                           QStringLiteral("--count"),
                           v("A1", "n_acc"),
                           QStringLiteral("--it-energy-kwh"),
                           QString::number(v("A1", "energy_mwh_reported").toDouble() * 1000),
                           QStringLiteral("--pue"),
                           v("A1", "pue"),
                           QStringLiteral("--intensity"),
                           ci("A1")}
            << it;
        // Gopher: the reported MWh are IT energy (pre-PUE).
        QTest::newRow("X2 Gopher") << QStringLiteral("X2")
                                   << QStringList{QStringLiteral("--accelerator"),
                                                  QStringLiteral("tpu-v3"),
                                                  QStringLiteral("--count"),
                                                  v("X2", "n_acc"),
                                                  QStringLiteral("--accelerator-hours"),
                                                  v("X2", "acc_hours"),
                                                  QStringLiteral("--power-w"),
                                                  v("X2", "w_per_acc"),
                                                  QStringLiteral("--pue"),
                                                  v("X2", "pue"),
                                                  QStringLiteral("--intensity"),
                                                  ci("X2")}
                                   << it;
    }

    void validationRows()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, args);
        QFETCH(QString, energyKey);
        const auto row = readValidationCsv().value(id);
        const CliResult r = run(QStringList{QStringLiteral("estimate")} + args +
                                QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(r.out)
                                  .object()
                                  .value(QStringLiteral("scenarios"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        const double tco2e = s.value(QStringLiteral("co2eLocationKg")).toDouble() / 1000;
        const double publishedT = row.value(QStringLiteral("tco2e_reported")).toDouble();
        QVERIFY(publishedT > 0);
        QVERIFY2(near(tco2e, publishedT, 0.01),
                 qPrintable(QStringLiteral("%1 t vs %2 t").arg(tco2e).arg(publishedT)));
        if (!energyKey.isEmpty()) {
            const double mwh = s.value(energyKey).toDouble() / 1000;
            const double publishedMWh = row.value(QStringLiteral("energy_mwh_reported")).toDouble();
            QVERIFY(publishedMWh > 0);
            QVERIFY2(near(mwh, publishedMWh, 0.01),
                     qPrintable(QStringLiteral("%1 MWh vs %2 MWh").arg(mwh).arg(publishedMWh)));
        }
    }

    void catalogList_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("someId");
        QTest::newRow("accelerators")
            << QStringLiteral("accelerators") << int(Catalog::builtIn().accelerators().size())
            << QStringLiteral("h100-sxm");
        QTest::newRow("regions") << QStringLiteral("regions") << int(Catalog::builtIn().regions().size())
                                 << QStringLiteral("gcp:us-central1");
        QTest::newRow("providers") << QStringLiteral("providers")
                                   << int(Catalog::builtIn().providers().size()) << QStringLiteral("azure");
    }

    void catalogList()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        QFETCH(QString, someId);
        const CliResult table = run({QStringLiteral("catalog"), QStringLiteral("list"), kind});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.err.isEmpty());
        const QString out = QString::fromUtf8(table.out);
        QVERIFY(out.startsWith(QStringLiteral("id ")));
        QVERIFY(out.contains(someId));
        QVERIFY2(out.endsWith(QStringLiteral("\n%1 record(s)\n").arg(count)), qPrintable(out.right(40)));

        const CliResult json = run({QStringLiteral("catalog"), QStringLiteral("list"), kind,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(arr.size(), qsizetype(count));
        bool found = false;
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("source")).toString().isEmpty());
            found = found || o.value(QStringLiteral("id")).toString() == someId;
        }
        QVERIFY(found);
    }

    void catalogShow()
    {
        const Accelerator *h100 = Catalog::builtIn().accelerator("h100-sxm");
        QVERIFY(h100 && h100->tdpW);
        const CliResult json =
            run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("h100-sxm"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("h100-sxm"));
        QCOMPARE(o.value(QStringLiteral("tdpW")).toDouble(), *h100->tdpW);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QString::fromStdString(h100->name));
        QCOMPARE(o.value(QStringLiteral("peakTflops")).toObject().value(QStringLiteral("bf16")).toDouble(),
                 *h100->peakTflopsFor("bf16"));

        const CliResult table =
            run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("h100-sxm")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("tdpW"));
        QVERIFY(table.out.contains("700"));
        QVERIFY(table.out.contains(QByteArray::fromStdString(h100->citation.source.substr(0, 20))));
    }

    void userCatalogOverride()
    {
        const QStringList quick = {QStringLiteral("estimate"),
                                   QStringLiteral("--accelerator"),
                                   QStringLiteral("a100-sxm-80gb"),
                                   QStringLiteral("--accelerator-hours"),
                                   QStringLiteral("1000"),
                                   QStringLiteral("--intensity"),
                                   QStringLiteral("400"),
                                   QStringLiteral("--pue"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--load-factor"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--host-power-w"),
                                   QStringLiteral("0"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json")};
        const CliResult shipped = run(quick);
        const CliResult mine = run(QStringList{QStringLiteral("--catalog"), m_userCatalog} + quick);
        QCOMPARE(shipped.exitCode, 0);
        QVERIFY2(mine.exitCode == 0, mine.err.constData());
        const auto it = [](const CliResult &r) {
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(QStringLiteral("scenarios"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("itEnergyKWh"))
                .toDouble();
        };
        QVERIFY(it(shipped) > 0);
        // Full TDP and no host: the 200 W override halves the 400 W TDP's energy.
        QVERIFY2(near(it(mine), it(shipped) * 0.5, 1e-12),
                 qPrintable(QStringLiteral("%1 vs %2").arg(it(mine)).arg(it(shipped))));

        const CliResult show = run({QStringLiteral("--catalog"), m_userCatalog, QStringLiteral("catalog"),
                                    QStringLiteral("show"), QStringLiteral("a100-sxm-80gb"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(o.value(QStringLiteral("tdpW")).toDouble(), 200.0);
        QCOMPARE(o.value(QStringLiteral("origin")).toString(), m_userCatalog);
    }

    void badFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrLine");

        const auto quick = [](std::initializer_list<const char *> extra) {
            QStringList a = {QStringLiteral("estimate")};
            for (const char *e : extra)
                a << QString::fromUtf8(e);
            return a;
        };
        const QString ok = QStringLiteral("greenlight-cli: ");
        QTest::newRow("--pue 0.9") << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--intensity",
                                             "400", "--pue", "0.9"})
                                   << ok + QStringLiteral("--pue: expected a finite number ≥ 1, got 0.9");
        QTest::newRow("--count 0") << quick({"--accelerator", "a100-sxm-80gb", "--count", "0", "--hours",
                                             "10", "--intensity", "400"})
                                   << ok + QStringLiteral("--count: expected an integer ≥ 1, got 0");
        QTest::newRow("--count abc") << quick({"--accelerator", "a100-sxm-80gb", "--count", "abc", "--hours",
                                               "10", "--intensity", "400"})
                                     << ok + QStringLiteral("--count: expected an integer ≥ 1, got \"abc\"");
        QTest::newRow("--count 2.5") << quick({"--accelerator", "a100-sxm-80gb", "--count", "2.5", "--hours",
                                               "10", "--intensity", "400"})
                                     << ok + QStringLiteral("--count: expected an integer ≥ 1, got 2.5");
        QTest::newRow("--hours -1") << quick({"--accelerator", "a100-sxm-80gb", "--hours", "-1",
                                              "--intensity", "400"})
                                    << ok + QStringLiteral("--hours: expected a finite number > 0, got -1");
        QTest::newRow("--mfu 2") << quick({"--accelerator", "h100-sxm", "--params-b", "7", "--tokens-t", "1",
                                           "--mfu", "2", "--intensity", "400"})
                                 << ok + QStringLiteral("--mfu: expected a number in (0, 1], got 2");
        QTest::newRow("--mfu without --params-b")
            << quick({"--accelerator", "h100-sxm", "--hours", "10", "--mfu", "0.4", "--intensity", "400"})
            << ok + QStringLiteral("--mfu: only applies with --params-b and --tokens-t");
        QTest::newRow("--tokens-t without --params-b")
            << quick({"--accelerator", "h100-sxm", "--tokens-t", "1", "--intensity", "400"})
            << ok + QStringLiteral("--params-b: required with --tokens-t");
        QTest::newRow("unknown accelerator")
            << quick({"--accelerator", "a100", "--hours", "10", "--intensity", "400"})
            << ok + QStringLiteral("--accelerator: unknown accelerator id \"a100\" (see `greenlight-cli "
                                   "catalog list accelerators`)");
        QTest::newRow("missing accelerator")
            << quick({"--hours", "10", "--intensity", "400"})
            << ok + QStringLiteral("--accelerator: required (see greenlight-cli catalog list accelerators)");
        QTest::newRow("unknown region")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--region", "mars-1"})
            << ok + QStringLiteral(
                        "--region: unknown region id \"mars-1\" (see `greenlight-cli catalog list regions`)");
        QTest::newRow("no grid") << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10"})
                                 << ok +
                                        QStringLiteral("give the grid: --region ID or --intensity G_PER_KWH");
        QTest::newRow("unknown option")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--intensity", "400", "--gpus", "8"})
            << ok + QStringLiteral("unknown option --gpus (see greenlight-cli --help)");
        QTest::newRow("missing workload")
            << quick({"--accelerator", "a100-sxm-80gb", "--intensity", "400"})
            << ok + QStringLiteral("give the workload: --hours, --accelerator-hours, --params-b with "
                                   "--tokens-t, or --it-energy-kwh");
        QTest::newRow("two workloads")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--accelerator-hours", "80",
                      "--intensity", "400"})
            << ok + QStringLiteral("give only one of --hours, --accelerator-hours, --params-b/--tokens-t");
        QTest::newRow("--power-w with --load-factor")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--intensity", "400", "--power-w",
                      "300", "--load-factor", "0.8"})
            << ok + QStringLiteral("--power-w and --load-factor exclude each other (--power-w is all-in)");
        QTest::newRow("TPU without power")
            << quick({"--accelerator", "tpu-v5p", "--hours", "10", "--intensity", "400"})
            << ok + QStringLiteral("--power-w: accelerator \"tpu-v5p\" has no published TDP: give the "
                                   "measured average power per accelerator");
        QTest::newRow("fp8 on v100") << quick({"--accelerator", "v100-sxm2-32gb", "--params-b", "7",
                                               "--tokens-t", "1", "--precision", "fp8", "--intensity", "400"})
                                     << ok + QStringLiteral(
                                                 "--precision: accelerator \"v100-sxm2-32gb\" has no peak "
                                                 "throughput for precision \"fp8\" (known: fp16, fp32)");
        QTest::newRow("--format xml")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--intensity", "400", "--format",
                      "xml"})
            << ok + QStringLiteral("--format: expected table, json or csv, got \"xml\"");
        QTest::newRow("--renewable-share 2")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--intensity", "400",
                      "--renewable-share", "2"})
            << ok + QStringLiteral("--renewable-share: expected a number between 0 and 1, got 2");
        QTest::newRow("--intensity NaN")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--intensity", "NaN"})
            << ok + QStringLiteral("--intensity: expected a finite number ≥ 0, got NaN");
        QTest::newRow("--intensity inf")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--intensity", "inf"})
            << ok + QStringLiteral("--intensity: expected a finite number ≥ 0, got inf");
        QTest::newRow("--pue without value")
            << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10", "--intensity", "400", "--pue"})
            << ok + QStringLiteral("--pue: missing value");
        QTest::newRow("--pue twice") << quick({"--accelerator", "a100-sxm-80gb", "--hours", "10",
                                               "--intensity", "400", "--pue", "1.1", "--pue", "1.2"})
                                     << ok + QStringLiteral("--pue: given more than once");
        QTest::newRow("missing project file")
            << QStringList{QStringLiteral("estimate"), QStringLiteral("/nonexistent/p.greenlight.json")}
            << ok + QStringLiteral("/nonexistent/p.greenlight.json: cannot open: No such file or directory");
        QTest::newRow("malformed project file")
            << QStringList{QStringLiteral("estimate"), QStringLiteral("%MALFORMED%")}
            << ok + QStringLiteral("%MALFORMED%: (document): not valid JSON: parse error at line 1, column "
                                   "29: syntax error while parsing value - unexpected end of input; expected "
                                   "'[', '{', or a literal");
        QTest::newRow("--scenario that does not exist")
            << QStringList{QStringLiteral("estimate"), kExample, QStringLiteral("--scenario"),
                           QStringLiteral("nope")}
            << ok + QStringLiteral("--scenario: no scenario named \"nope\" in ") + kExample;
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")}
            << ok + QStringLiteral(
                        "unknown command \"frobnicate\" (estimate, catalog, schedule, "
                        "compare-regions, inference, breakeven, import, calibrate, review, export, report; "
                        "see --help)");
        QTest::newRow("catalog list unknown kind")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("gpus")}
            << ok + QStringLiteral("catalog list: unknown kind \"gpus\" (accelerators, regions, providers, "
                                   "defaults, equivalences, credits, profiles)");
        QTest::newRow("catalog show unknown id")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("h100")}
            << ok + QStringLiteral("catalog show: no record with id \"h100\"");
        QTest::newRow("bad --catalog file")
            << QStringList{QStringLiteral("--catalog"), QStringLiteral("%BADCATALOG%"),
                           QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("accelerators")}
            << ok + QStringLiteral(
                        "--catalog: %BADCATALOG%.records[0].tdpW: expected a finite number > 0, got -5");
    }

    void badFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrLine);
        for (QString &a : args)
            a.replace(QStringLiteral("%MALFORMED%"), m_malformed)
                .replace(QStringLiteral("%BADCATALOG%"), m_badCatalog);
        stderrLine.replace(QStringLiteral("%MALFORMED%"), m_malformed)
            .replace(QStringLiteral("%BADCATALOG%"), m_badCatalog);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(QString::fromUtf8(r.err), stderrLine + QLatin1Char('\n'));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
