// Integrity of the shipped catalog (Catalog::builtIn()) and of user catalog loading.
#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace greenlight;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const Catalog &cat()
{
    return Catalog::builtIn();
}

// Checks one citation; returns an empty string when fine, else what is wrong.
QString citationProblem(const std::string &id, const Citation &c)
{
    if (c.source.empty())
        return q(id) + QStringLiteral(": empty source");
    if (c.year < 1900 || c.year > 2026)
        return q(id) + QStringLiteral(": year %1 outside 1900..2026").arg(c.year);
    return {};
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordIsCited()
    {
        QStringList problems;
        auto check = [&problems](const std::string &id, const Citation &c) {
            const QString p = citationProblem(id, c);
            if (!p.isEmpty())
                problems << p;
        };
        for (const auto &r : cat().accelerators())
            check(r.id, r.citation);
        for (const auto &r : cat().regions())
            check(r.id, r.citation);
        for (const auto &r : cat().providers())
            check(r.id, r.citation);
        for (const auto &r : cat().defaults())
            check(r.id, r.citation);
        for (const auto &r : cat().equivalences())
            check(r.id, r.citation);
        for (const auto &r : cat().credits())
            check(r.id, r.citation);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY(!cat().equivalences().empty());
        QVERIFY(!cat().providers().empty());
    }

    // The loader silently lets a later record override an earlier one with the same id, so
    // duplicates must be caught in the raw shipped JSON files.
    void noDuplicateIdsInRawJson()
    {
        const QDir dir(QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/catalog"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 6);
        QHash<QString, QSet<QString>> idsByKind;
        QStringList duplicates;
        int records = 0;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
            QVERIFY2(err.error == QJsonParseError::NoError,
                     qPrintable(name + QLatin1String(": ") + err.errorString()));
            const QJsonObject top = doc.object();
            const QString kind = top.value(QStringLiteral("kind")).toString();
            QList<QPair<QString, QJsonArray>> lists;
            if (kind == QLatin1String("mixed")) {
                for (auto it = top.begin(); it != top.end(); ++it)
                    if (it.value().isArray())
                        lists.append({it.key(), it.value().toArray()});
            } else {
                lists.append({kind, top.value(QStringLiteral("records")).toArray()});
            }
            for (const auto &[k, arr] : lists) {
                for (const QJsonValue &v : arr) {
                    const QString id = v.toObject().value(QStringLiteral("id")).toString();
                    QVERIFY2(!id.isEmpty(), qPrintable(name + QLatin1String(": record without id")));
                    ++records;
                    if (idsByKind[k].contains(id))
                        duplicates << k + QLatin1Char('/') + id;
                    idsByKind[k].insert(id);
                }
            }
        }
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QStringLiteral(", "))));
        // The loaded catalog holds exactly the raw records (nothing dropped, nothing merged).
        QCOMPARE(idsByKind.value(QStringLiteral("accelerators")).size(), int(cat().accelerators().size()));
        QCOMPARE(idsByKind.value(QStringLiteral("regions")).size(), int(cat().regions().size()));
        QCOMPARE(idsByKind.value(QStringLiteral("providers")).size(), int(cat().providers().size()));
        QCOMPARE(idsByKind.value(QStringLiteral("defaults")).size(), int(cat().defaults().size()));
        QCOMPARE(idsByKind.value(QStringLiteral("equivalences")).size(), int(cat().equivalences().size()));
        QCOMPARE(idsByKind.value(QStringLiteral("credits")).size(), int(cat().credits().size()));
        QVERIFY(records > 0);
    }

    void requiredAccelerators_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id :
             {"v100-sxm2-32gb", "a100-sxm-40gb", "a100-sxm-80gb", "a100-pcie-40gb", "a100-pcie-80gb",
              "h100-sxm", "h100-pcie", "h200-sxm", "h800", "b200", "mi250x", "mi300x", "tpu-v2", "tpu-v3",
              "tpu-v4", "tpu-v5e", "tpu-v5p", "l4", "t4", "a10g",
              // named in the catalog issue: what published runs used and people use today
              "p100-sxm2", "h20", "a800-sxm-80gb", "a10", "l40", "rtx-5090", "rtx-6000-ada", "gb200", "b300",
              "mi325x", "mi355x", "gaudi2", "gaudi3", "trainium1", "trainium2", "inferentia2", "tpu-v6e",
              "tpu-v7"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void requiredAccelerators()
    {
        QFETCH(QString, id);
        const Accelerator *a = cat().accelerator(id.toStdString());
        QVERIFY2(a != nullptr, qPrintable(id));
        QCOMPARE(q(a->id), id);
        QVERIFY(!a->name.empty());
        QVERIFY(a->kind == "gpu" || a->kind == "tpu" || a->kind == "asic");
        // The serving model reads the bandwidth of every accelerator.
        QVERIFY2(a->memoryBandwidthGBs.has_value(), qPrintable(id));
    }

    void acceleratorCountAndKinds()
    {
        QVERIFY(cat().accelerators().size() >= 45);
        const auto isCpu = [](const Accelerator &a) {
            return a.kind == "cpu";
        };
        QVERIFY(std::any_of(cat().accelerators().begin(), cat().accelerators().end(), isCpu));
        for (const Accelerator &a : cat().accelerators())
            QVERIFY2(a.kind == "gpu" || a.kind == "tpu" || a.kind == "asic" || a.kind == "cpu", a.id.c_str());
    }

    void acceleratorRanges()
    {
        for (const Accelerator &a : cat().accelerators()) {
            const QByteArray id = QByteArray::fromStdString(a.id);
            if (a.tdpW)
                QVERIFY2(*a.tdpW >= 10 && *a.tdpW <= 1500, id.constData());
            QVERIFY2(a.memoryGB >= 0 && a.memoryGB <= 300, id.constData());
            for (const auto &[precision, tflops] : a.peakTflops)
                QVERIFY2(tflops >= 1 && tflops <= 20000, // FP4 on Blackwell Ultra: 14 PFLOP/s dense
                         QByteArray(id + ' ' + QByteArray::fromStdString(precision)).constData());
            if (!a.peakTflops.empty())
                QVERIFY2(a.peakTflopsFor(a.defaultPrecision).has_value(), id.constData());
            if (a.embodiedKgCo2e)
                QVERIFY2(*a.embodiedKgCo2e >= 0 && *a.embodiedKgCo2e < 10000, id.constData());
            if (a.priceUsdPerHour)
                QVERIFY2(*a.priceUsdPerHour >= 0 && *a.priceUsdPerHour < 1000, id.constData());
        }
    }

    void regions()
    {
        int countries = 0;
        int bigThreeCloud = 0;
        for (const Region &r : cat().regions()) {
            const QByteArray id = QByteArray::fromStdString(r.id);
            if (r.kind == "country")
                ++countries;
            if (r.kind == "cloud" && (r.provider == "aws" || r.provider == "gcp" || r.provider == "azure"))
                ++bigThreeCloud;
            if (r.kind == "cloud")
                QVERIFY2(cat().provider(r.provider) != nullptr, id.constData());
            QVERIFY2(r.intensityGPerKWh >= 0 && r.intensityGPerKWh <= 1500, id.constData());
            for (const auto &alt : r.alternatives)
                QVERIFY2(alt.intensityGPerKWh >= 0 && alt.intensityGPerKWh <= 1500, id.constData());
            if (r.pue)
                QVERIFY2(*r.pue >= 1 && *r.pue <= 2.5, id.constData());
            if (r.cfe)
                QVERIFY2(*r.cfe >= 0 && *r.cfe <= 1, id.constData());
        }
        QVERIFY2(countries >= 150, qPrintable(QString::number(countries)));
        QVERIFY2(bigThreeCloud >= 60, qPrintable(QString::number(bigThreeCloud)));
    }

    // One accounting basis: every grid states it; a cloud region carries the figures of the grid it
    // sits in, so the same place has the same intensity whichever record a user picks.
    void regionsStateBasisAndGrid()
    {
        int onGrid = 0;
        int lifecycle = 0;
        for (const Region &r : cat().regions()) {
            const QByteArray id = QByteArray::fromStdString(r.id);
            QVERIFY2(r.basis == "lifecycle" || r.basis == "operational", id.constData());
            lifecycle += r.basis == "lifecycle" ? 1 : 0;
            QVERIFY2(r.intensityLowGPerKWh.has_value() == r.intensityHighGPerKWh.has_value(), id.constData());
            // No shipped intensity is exact: its own range (a zero grid cannot spread relative to itself).
            QVERIFY2(r.intensityLowGPerKWh || r.intensityGPerKWh == 0, id.constData());
            if (r.grid.empty())
                continue;
            ++onGrid;
            const Region *g = cat().region(r.grid);
            QVERIFY2(g != nullptr && g->kind != "cloud", id.constData());
            QCOMPARE(r.intensityGPerKWh, g->intensityGPerKWh);
            QCOMPARE(r.basis, g->basis);
            QCOMPARE(r.citation.year, g->citation.year);
            QCOMPARE(r.hourlyProfile, g->hourlyProfile);
        }
        QVERIFY2(onGrid >= 140, qPrintable(QString::number(onGrid)));
        QVERIFY2(lifecycle >= 350, qPrintable(QString::number(lifecycle)));
        // The US cloud regions the issue named sit on their state's or balancing area's grid.
        for (const auto &[cloud, grid] :
             std::vector<std::pair<std::string, std::string>>{{"aws:us-west-2", "US-BPAT"},
                                                              {"azure:westus2", "US-WA"},
                                                              {"azure:westus3", "US-AZPS"},
                                                              {"azure:WestCentralUS", "US-WY"},
                                                              {"gcp:us-central1", "US-MISO"}})
            QCOMPARE(cat().region(cloud)->grid, grid);
    }

    void providers()
    {
        for (const char *id : {"aws", "gcp", "azure"}) {
            QVERIFY2(cat().provider(id) != nullptr, id);
            QVERIFY2(cat().provider(id)->wueLPerKWh.has_value(), id);
        }
        for (const Provider &p : cat().providers()) {
            const QByteArray id = QByteArray::fromStdString(p.id);
            QVERIFY2(p.pue >= 1 && p.pue <= 2.5, id.constData());
            if (p.wueLPerKWh)
                QVERIFY2(*p.wueLPerKWh >= 0 && *p.wueLPerKWh <= 2 && p.wueLowLPerKWh &&
                             !p.citation.sourceOf("wueLPerKWh").empty(),
                         id.constData());
            if (p.pueLow)
                QVERIFY2(*p.pueLow >= 1 && *p.pueLow <= p.pue, id.constData());
            if (p.pueHigh)
                QVERIFY2(*p.pueHigh >= p.pue && *p.pueHigh <= 2.5, id.constData());
        }
    }

    void requiredDefaults()
    {
        QVERIFY(!Catalog::requiredDefaults().empty());
        for (const std::string &id : Catalog::requiredDefaults())
            QVERIFY2(cat().defaultValue(id) != nullptr, id.c_str());
        QVERIFY(cat().checkComplete().empty());

        // checkComplete() must notice a missing one: an empty catalog lacks them all.
        const Issues missing = Catalog().checkComplete();
        QCOMPARE(missing.size(), Catalog::requiredDefaults().size());
        QCOMPARE(q(missing.front().toString()),
                 QStringLiteral("defaults: required default \"mfu\" is missing"));
    }

    void defaultRanges()
    {
        for (const DefaultValue &d : cat().defaults()) {
            const QByteArray id = QByteArray::fromStdString(d.id);
            QVERIFY2(std::isfinite(d.value), id.constData());
            if (!d.range)
                continue;
            QVERIFY2(d.range->low <= d.value && d.value <= d.range->high, id.constData());
            QVERIFY2(d.range->low <= d.range->mode && d.range->mode <= d.range->high, id.constData());
        }
    }

    void credits()
    {
        bool owid = false;
        bool greenAlgorithms = false;
        for (const Credit &c : cat().credits()) {
            QVERIFY2(!c.licence.empty() && !c.credit.empty(), c.id.c_str());
            owid = owid || c.name.find("Our World in Data") != std::string::npos;
            greenAlgorithms = greenAlgorithms || c.name.find("Green Algorithms") != std::string::npos;
        }
        QVERIFY(owid);
        QVERIFY(greenAlgorithms);
    }

    void userOverrideReplacesAndAdds()
    {
        Catalog c = Catalog::builtIn();
        const std::size_t before = c.accelerators().size();
        const std::string doc = R"j({"schema": 1, "kind": "accelerators", "records": [
            {"id": "h100-sxm", "name": "H100 (power-capped)", "kind": "gpu", "tdpW": 500,
             "peakTflops": {"bf16": 989.5}, "defaultPrecision": "bf16", "source": "my lab", "year": 2024},
            {"id": "my-npu", "name": "My NPU", "kind": "gpu", "tdpW": 150,
             "source": "vendor sheet", "year": 2025}]})j";
        const Issues issues = c.addJson(doc, "mine.json");
        QVERIFY2(issues.empty(), issues.empty() ? "" : issues.front().toString().c_str());

        const Accelerator *h100 = c.accelerator("h100-sxm");
        QVERIFY(h100 != nullptr);
        QCOMPARE(h100->tdpW.value_or(0), 500.0);
        QCOMPARE(q(h100->name), QStringLiteral("H100 (power-capped)"));
        QCOMPARE(q(h100->citation.origin), QStringLiteral("mine.json"));
        QCOMPARE(h100->peakTflops.size(), std::size_t(1)); // replaced, not merged
        QCOMPARE(c.accelerators().size(), before + 1);

        const Accelerator *npu = c.accelerator("my-npu");
        QVERIFY(npu != nullptr);
        QCOMPARE(npu->tdpW.value_or(0), 150.0);
        QCOMPARE(q(npu->citation.source), QStringLiteral("vendor sheet"));

        // The shipped catalog itself is untouched.
        QCOMPARE(Catalog::builtIn().accelerator("h100-sxm")->tdpW.value_or(0), 700.0);
        QVERIFY(Catalog::builtIn().accelerator("my-npu") == nullptr);
    }

    void badUserCatalog_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("firstError");

        QTest::newRow("not JSON") << QStringLiteral(R"j({"schema": 1, "kind": )j")
                                  << QStringLiteral("user.json: not valid JSON");
        QTest::newRow("top-level array")
            << QStringLiteral("[]") << QStringLiteral("user.json: expected an object, got an array");
        QTest::newRow("newer schema")
            << QStringLiteral(R"j({"schema": 2, "kind": "accelerators", "records": []})j")
            << QStringLiteral("user.json.schema: catalog schema 2 is newer than this version of Greenlight "
                              "understands (1)");
        QTest::newRow("missing schema") << QStringLiteral(R"j({"kind": "accelerators", "records": []})j")
                                        << QStringLiteral("user.json.schema: required field is missing");
        QTest::newRow("unknown kind")
            << QStringLiteral(R"j({"schema": 1, "kind": "gpus", "records": []})j")
            << QStringLiteral("user.json.kind: unknown catalog kind \"gpus\" (expected "
                              "accelerators, regions, providers, defaults, "
                              "equivalences, credits or mixed)");
        QTest::newRow("records not an array")
            << QStringLiteral(R"j({"schema": 1, "kind": "regions", "records": {}})j")
            << QStringLiteral("user.json.records: expected an array, got an object");
        QTest::newRow("record missing source")
            << QStringLiteral(
                   R"j({"schema": 1, "kind": "accelerators", "records": [{"id": "x", "name": "X", "kind": "gpu", "tdpW": 100, "year": 2024}]})j")
            << QStringLiteral("user.json.records[0].source: required field is missing");
        QTest::newRow("record empty source")
            << QStringLiteral(
                   R"j({"schema": 1, "kind": "accelerators", "records": [{"id": "x", "name": "X", "kind": "gpu", "source": "", "year": 2024}]})j")
            << QStringLiteral("user.json.records[0].source: must not be empty");
        QTest::newRow("negative tdpW")
            << QStringLiteral(
                   R"j({"schema": 1, "kind": "accelerators", "records": [{"id": "x", "name": "X", "kind": "gpu", "tdpW": -300, "source": "s", "year": 2024}]})j")
            << QStringLiteral("user.json.records[0].tdpW: expected a finite number > 0, got -300");
        QTest::newRow("tdpW as string")
            << QStringLiteral(
                   R"j({"schema": 1, "kind": "accelerators", "records": [{"id": "x", "name": "X", "kind": "gpu", "tdpW": "300", "source": "s", "year": 2024}]})j")
            << QStringLiteral(
                   "user.json.records[0].tdpW: expected a finite number > 0, got a string (\"300\")");
        QTest::newRow("region PUE below 1")
            << QStringLiteral(
                   R"j({"schema": 1, "kind": "regions", "records": [{"id": "r", "name": "R", "kind": "country", "intensityGPerKWh": 100, "pue": 0.9, "source": "s", "year": 2024}]})j")
            << QStringLiteral("user.json.records[0].pue: expected a finite number ≥ 1, got 0.9");
        QTest::newRow("region basis unknown")
            << QStringLiteral(
                   R"j({"schema": 1, "kind": "regions", "records": [{"id": "r", "name": "R", "kind": "country", "intensityGPerKWh": 100, "basis": "market", "source": "s", "year": 2024}]})j")
            << QStringLiteral(
                   "user.json.records[0].basis: expected \"lifecycle\" or \"operational\", got \"market\"");
        QTest::newRow("region water range without its value")
            << QStringLiteral(
                   R"j({"schema": 1, "kind": "regions", "records": [{"id": "r", "name": "R", "kind": "country", "intensityGPerKWh": 100, "ewifLowLPerKWh": 1, "ewifHighLPerKWh": 2, "source": "s", "year": 2024}]})j")
            << QStringLiteral("user.json.records[0].ewifLowLPerKWh: ewifLowLPerKWh ≤ ewifLPerKWh ≤ "
                              "ewifHighLPerKWh, all three given");
        QTest::newRow("default range inverted")
            << QStringLiteral(
                   R"j({"schema": 1, "kind": "defaults", "records": [{"id": "mfu", "name": "MFU", "value": 0.3, "range": {"low": 0.5, "high": 0.2}, "source": "s", "year": 2024}]})j")
            << QStringLiteral("user.json.records[0].range.low: expected low ≤ mode ≤ high");
    }

    void badUserCatalog()
    {
        QFETCH(QString, doc);
        QFETCH(QString, firstError);
        Catalog c = Catalog::builtIn();
        const std::size_t accelerators = c.accelerators().size();
        const std::size_t regions = c.regions().size();
        const Issues issues = c.addJson(doc.toStdString(), "user.json");
        QVERIFY(hasErrors(issues));
        const auto first =
            std::find_if(issues.begin(), issues.end(), [](const Issue &i) { return i.isError(); });
        QCOMPARE(q(first->toString()), firstError);
        // Records with errors are skipped: nothing was added or overridden.
        QCOMPARE(c.accelerators().size(), accelerators);
        QCOMPARE(c.regions().size(), regions);
        QCOMPARE(c.defaultValue("mfu")->value, Catalog::builtIn().defaultValue("mfu")->value);
    }

    void userCatalogFileMissing()
    {
        Catalog c;
        const Issues issues = c.addFile("/nonexistent/greenlight/none.json");
        QCOMPARE(issues.size(), std::size_t(1));
        QVERIFY(issues.front().isError());
        QCOMPARE(q(issues.front().path), QStringLiteral("/nonexistent/greenlight/none.json"));
        QVERIFY(issues.front().message.rfind("cannot open: ", 0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
