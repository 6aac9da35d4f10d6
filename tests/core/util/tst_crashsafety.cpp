// Never lose a saved project: crashsaver saves a project in a loop (alternating a small version A
// and a ~1 MB version B) and is killed with SIGKILL at random moments, at least 200 times. After
// each kill the file must be exactly version A or version B (complete, parseable) and so must
// its backup (FILE~) once one exists.
#include "crashversions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace greenlight;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSaving()
    {
        const std::string example = GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json";
        const std::string a = ProjectFile::serialize(crashversions::version(example, false));
        const std::string b = ProjectFile::serialize(crashversions::version(example, true));
        QVERIFY(a != b);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("harness.greenlight.json"));

        QRandomGenerator random(20251126); // fixed seed: a failure can be replayed
        constexpr int kTrials = 200;
        int failures = 0;
        int sawA = 0;
        int sawB = 0;
        int leftovers = 0;
        for (int trial = 0; trial < kTrials; ++trial) {
            QProcess saver;
            saver.start(QStringLiteral(GREENLIGHT_CRASHSAVER_PATH),
                        {target, QString::fromStdString(example)});
            QVERIFY(saver.waitForStarted());
            QVERIFY(saver.waitForReadyRead(10000)); // "saving": the versions are built
            // Let 0–3 saves complete (so kills land after A and after B even on a loaded machine,
            // where one save can take longer than a fixed delay), then kill at a random moment
            // of the following save.
            const int completeSaves = random.bounded(0, 4);
            int saved = static_cast<int>(saver.readAll().count("saved"));
            while (saved < completeSaves) {
                QVERIFY(saver.waitForReadyRead(10000));
                saved += static_cast<int>(saver.readAll().count("saved"));
            }
            QThread::usleep(random.bounded(0, 20000));
            ::kill(static_cast<pid_t>(saver.processId()), SIGKILL);
            QVERIFY(saver.waitForFinished(10000));
            QCOMPARE(saver.exitStatus(), QProcess::CrashExit);

            // A kill mid-write leaves the temporary file (never read, never renamed): count, remove.
            for (const QString &tmp : QDir(dir.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files)) {
                ++leftovers;
                QFile::remove(dir.filePath(tmp));
            }
            for (const QString &path : QStringList{target, target + QLatin1Char('~')}) {
                QFile f(path);
                if (!f.exists())
                    continue; // nothing saved yet in the first trial, or no backup yet
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                const std::string text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
                const bool complete = text == a || text == b;
                const bool parses = ProjectFile::parse(text, Catalog::builtIn()).project.has_value();
                if (!complete || !parses) {
                    ++failures;
                    qWarning("trial %d: %s is %zu bytes, neither version A (%zu) nor B (%zu)", trial,
                             qPrintable(path), text.size(), a.size(), b.size());
                }
                if (path == target)
                    (text == a ? sawA : sawB) += complete ? 1 : 0;
            }
        }
        qInfo("crash harness: %d trials, %d failures; file was version A %d times, B %d times; %d "
              "temporary files left by kills",
              kTrials, failures, sawA, sawB, leftovers);
        QCOMPARE(failures, 0);
        QVERIFY(sawA > 0 && sawB > 0); // kills landed while both versions were being written
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
