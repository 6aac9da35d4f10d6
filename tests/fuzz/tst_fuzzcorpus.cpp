// Replays every file of the fuzz corpus (tests/fuzz/corpus/<target>/: seeds and past findings)
// through the entry point its fuzz target calls, in the normal test suite: no crash, and either a
// result or issues that say what is wrong (and where, for JSON documents).
#include "catalog/catalog.h"
#include "importers/carbontrackerimporter.h"
#include "importers/codecarbonimporter.h"
#include "importers/csvreader.h"
#include "importers/measuredrunimporter.h"
#include "io/presetsfile.h"
#include "io/projectfile.h"
#include "schedule/profileimporter.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

const QString kCorpus = QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/fuzz/corpus/");

// Every issue says something; JSON loaders also name the path of the problem.
bool issuesExplained(const Issues &issues, bool needPath)
{
    for (const Issue &i : issues)
        if (i.message.empty() || (needPath && i.isError() && i.path.empty()))
            return false;
    return true;
}

bool finite(const ImportResult &r)
{
    for (const MeasuredRun &m : r.runs)
        if (!std::isfinite(m.durationS) || !std::isfinite(m.energyKWh) || !std::isfinite(m.emissionsKg) ||
            m.energyKWh < 0 || m.emissionsKg < 0)
            return false;
    return true;
}

ImportOptions options()
{
    ImportOptions o = ImportOptions::fromCatalog(Catalog::builtIn(), "corpus.log");
    o.importedAt = "2025-01-01T00:00:00Z";
    return o;
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        int files = 0;
        for (const QString &target : QDir(kCorpus).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            for (const QString &f : QDir(kCorpus + target).entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(target + QLatin1Char('/') + f))
                    << target << (kCorpus + target + QLatin1Char('/') + f);
                ++files;
            }
        QVERIFY2(files >= 100, "the seed corpus is missing");
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        const Catalog &catalog = Catalog::builtIn();
        if (target == QLatin1String("fuzz_projectfile")) {
            const ProjectLoadResult r = ProjectFile::parse(text, catalog);
            QVERIFY(r.project || hasErrors(r.issues));
            QVERIFY(issuesExplained(r.issues, true));
            if (r.project) { // what loads, saves and reloads as itself
                const std::string saved = ProjectFile::serialize(*r.project);
                const ProjectLoadResult again = ProjectFile::parse(saved, catalog);
                QVERIFY(again.project);
                QCOMPARE(ProjectFile::serialize(*again.project), saved);
            }
        } else if (target == QLatin1String("fuzz_presets")) {
            const PresetsLoadResult r = PresetsFile::parse(text, catalog);
            QVERIFY(!r.presets.empty() || hasErrors(r.issues));
            QVERIFY(issuesExplained(r.issues, true));
        } else if (target == QLatin1String("fuzz_usercatalog")) {
            Catalog c;
            const Issues issues = c.addJson(text, "corpus.json");
            QVERIFY(issuesExplained(issues, true));
        } else if (target == QLatin1String("fuzz_hourlyprofile")) {
            const ProfileImportResult r = ProfileImporter::parse(text, "corpus.csv");
            QVERIFY(r.profile || hasErrors(r.issues));
            QVERIFY(issuesExplained(r.issues, true));
            if (r.profile) {
                QVERIFY(r.profile->size() > 0);
                QVERIFY(std::isfinite(r.profile->mean()));
            }
        } else if (target == QLatin1String("fuzz_csvreader")) {
            int last = 0;
            for (const CsvRecord &record : CsvReader::parse(text)) {
                QVERIFY(record.line >= std::max(1, last));
                last = record.line;
            }
        } else {
            ImportResult r;
            if (target == QLatin1String("fuzz_codecarbon"))
                r = CodeCarbonImporter::import(text, options());
            else if (target == QLatin1String("fuzz_carbontracker"))
                r = CarbontrackerImporter::import(text, options());
            else if (target == QLatin1String("fuzz_measuredrun"))
                r = MeasuredRunImporter::importText(text, options());
            else
                QFAIL(qPrintable(QStringLiteral("no entry point for corpus directory ") + target));
            QVERIFY(r.ok() || hasErrors(r.issues));
            QVERIFY(issuesExplained(r.issues, false));
            QVERIFY(finite(r));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
