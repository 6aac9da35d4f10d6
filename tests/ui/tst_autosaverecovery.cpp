// Autosave → SIGKILL → restore with the real `greenlight` executable (issue 7, "Never lose data").
// A first process edits the example through the Document's undo commands (test hook
// GREENLIGHT_TEST_SCRIPT) and autosaves every 100 ms; once the autosave on disk holds exactly
// those edits the test kills it with SIGKILL. A second process then finds the autosave, offers
// recovery (the hook clicks Yes or No on the real message box), saves to a path given by the test
// and exits. Restore must give back exactly the edits; discard must remove the autosave and give
// the untouched example. Both processes run offscreen with HOME and the XDG directories in a
// temporary directory, so the user's settings and autosave are never touched.
#include "catalog/catalog.h"
#include "embeddedfiles.h"
#include "io/projectfile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace greenlight;

namespace {

// Edits made by the first process, as script lines and as the JSON they must produce.
const char *const kProjectName = "Recovered plan (autosave test)";
const char *const kEditFirst = R"({"hardware": {"count": 256}, "site": {"pue": 1.23}})";
const char *const kEditFineTune = R"({"workload": {"durationHours": 96}, "notes": "restored édit ✓"})";
constexpr int kRemoved = 4; // the GPT-3 reference scenario (no review alternative names it)
constexpr int kTimeoutMs = 60000;

nlohmann::json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
}

// The example exactly as Greenlight saves it (parsed and serialized by the core).
nlohmann::json untouchedExample()
{
    const ProjectLoadResult r =
        ProjectFile::parse(embedded::file("examples/plan-7b.greenlight.json"), Catalog::builtIn());
    return nlohmann::json::parse(ProjectFile::serialize(*r.project));
}

nlohmann::json editedExample()
{
    nlohmann::json j = untouchedExample();
    j["name"] = kProjectName;
    j["scenarios"][0].merge_patch(nlohmann::json::parse(kEditFirst));
    j["scenarios"][3].merge_patch(nlohmann::json::parse(kEditFineTune));
    j["scenarios"].erase(kRemoved);
    return j;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

} // namespace

class TestAutosaveRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killThenRecover_data();
    void killThenRecover();

private:
    static QProcessEnvironment environment(const QTemporaryDir &home);
};

void TestAutosaveRecovery::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(GREENLIGHT_GUI_PATH)), GREENLIGHT_GUI_PATH);
    // The expectation itself must be a valid project that differs from the example.
    const ProjectLoadResult r = ProjectFile::parse(editedExample().dump(), Catalog::builtIn());
    QVERIFY(r.project.has_value());
    QVERIFY(editedExample() != untouchedExample());
}

QProcessEnvironment TestAutosaveRecovery::environment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("GREENLIGHT_AUTOSAVE_INTERVAL_MS"), QStringLiteral("100"));
    env.remove(QStringLiteral("GREENLIGHT_RECOVERY_ANSWER"));
    env.remove(QStringLiteral("GREENLIGHT_TEST_SCRIPT"));
    return env;
}

void TestAutosaveRecovery::killThenRecover_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("restored");
    QTest::newRow("restore") << QStringLiteral("restore") << true;
    QTest::newRow("discard") << QStringLiteral("discard") << false;
}

void TestAutosaveRecovery::killThenRecover()
{
    QFETCH(QString, answer);
    QFETCH(bool, restored);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // QStandardPaths::AppDataLocation under XDG_DATA_HOME: <organisation>/<application>.
    const QString autosave =
        home.filePath(QStringLiteral("data/greenlight/Greenlight/autosave.greenlight.json"));
    const QStringList args = {QStringLiteral("--lang"), QStringLiteral("en"),
                              // also keeps the guided tour from being offered
                              QStringLiteral("--quit-after"), QString::number(kTimeoutMs)};

    // 1. Edit, wait for the autosave to hold exactly the edits, SIGKILL.
    const QString editScript = home.filePath(QStringLiteral("edit.txt"));
    QVERIFY(writeFile(editScript, QStringLiteral("# edits of the first session\nname %1\nedit 0 %2\nedit 3 "
                                                 "%3\nremove %4\n")
                                      .arg(QString::fromUtf8(kProjectName), QString::fromUtf8(kEditFirst),
                                           QString::fromUtf8(kEditFineTune))
                                      .arg(kRemoved)));
    QProcess first;
    QProcessEnvironment env = environment(home);
    env.insert(QStringLiteral("GREENLIGHT_TEST_SCRIPT"), editScript);
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(GREENLIGHT_GUI_PATH), args);
    QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
    const nlohmann::json expected = editedExample();
    QTRY_VERIFY_WITH_TIMEOUT(readJson(autosave) == expected, kTimeoutMs);
    QCOMPARE(first.state(), QProcess::Running);
    first.kill(); // SIGKILL: no close event, no clean-exit discard
    QVERIFY(first.waitForFinished(kTimeoutMs));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QVERIFY(readJson(autosave) == expected);

    // 2. Start again: recovery is offered, answered, and the result saved where the test says.
    const QString saved = home.filePath(QStringLiteral("after-recovery.greenlight.json"));
    const QString saveScript = home.filePath(QStringLiteral("save.txt"));
    QVERIFY(writeFile(saveScript, QStringLiteral("save %1\nexit 0\n").arg(saved)));
    QProcess second;
    env = environment(home);
    env.insert(QStringLiteral("GREENLIGHT_RECOVERY_ANSWER"), answer);
    env.insert(QStringLiteral("GREENLIGHT_TEST_SCRIPT"), saveScript);
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(GREENLIGHT_GUI_PATH), args);
    QVERIFY(second.waitForStarted());
    QVERIFY(second.waitForFinished(kTimeoutMs));
    const QString log = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("recovery offered: Greenlight was not closed properly last time.")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("recovery answer: ") + answer), qPrintable(log));

    const nlohmann::json result = readJson(saved);
    QVERIFY2(result.is_object(), qPrintable(saved));
    if (restored) {
        QVERIFY2(result == expected, result.dump(1).c_str());
        // The edits, spelled out (the comparison above already covers them).
        QCOMPARE(result["name"].get<std::string>(), std::string(kProjectName));
        QCOMPARE(result["scenarios"][0]["hardware"]["count"].get<int>(), 256);
        QCOMPARE(result["scenarios"][0]["site"]["pue"].get<double>(), 1.23);
        QCOMPARE(result["scenarios"][3]["workload"]["durationHours"].get<double>(), 96.0);
        QCOMPARE(result["scenarios"].size(), untouchedExample()["scenarios"].size() - 1);
    } else {
        QVERIFY2(result == untouchedExample(), result.dump(1).c_str());
        // Discarded: gone from disk, not offered again.
        QVERIFY(!QFileInfo::exists(autosave));
    }
}

QTEST_GUILESS_MAIN(TestAutosaveRecovery)
#include "tst_autosaverecovery.moc"
