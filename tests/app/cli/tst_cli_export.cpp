// greenlight-cli export and review as a black box: every format, -o writes the same bytes as
// standard output, the statement and model card equal the golden files, and bad flags exit 2 with
// one line naming the flag.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kExample = QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/examples/plan-7b.greenlight.json");
const QString kGoldenProject = QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/golden/statement.greenlight.json");

QByteArray golden(const QString &name)
{
    QFile f(QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/golden/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList &args) const
    {
        return runCli(args, m_dir.filePath(QStringLiteral("xdg-empty")));
    }

private slots:
    void goldenFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("md") << "md"
                            << "statement.md";
        QTest::newRow("latex") << "latex"
                               << "statement.tex";
        QTest::newRow("modelcard") << "modelcard"
                                   << "modelcard-pretraining.md";
    }

    void goldenFormats()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const CliResult r =
            run({QStringLiteral("export"), kGoldenProject, QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(golden(file)));
    }

    void scenarioOption()
    {
        const CliResult r = run({QStringLiteral("export"), kGoldenProject, QStringLiteral("--format"),
                                 QStringLiteral("modelcard"), QStringLiteral("--scenario"),
                                 QStringLiteral("Fine-tune {small} ~model~ \\ 50%")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out),
                 QString::fromUtf8(golden(QStringLiteral("modelcard-finetuning.md"))));
    }

    void csvAndJson()
    {
        const CliResult csv =
            run({QStringLiteral("export"), kExample, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 7); // header + six scenarios
        QVERIFY(lines.front().startsWith("name,acceleratorHours,"));
        QVERIFY(lines.front().contains(",co2eTotalKg_p5,"));

        const CliResult json =
            run({QStringLiteral("export"), kExample, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(doc[QStringLiteral("scenarios")].toArray().size(), 6);
        QCOMPARE(doc[QStringLiteral("review")].toObject()[QStringLiteral("decision")].toString(),
                 QStringLiteral("approve-with-conditions"));
        const QJsonArray recs = doc[QStringLiteral("recommendations")].toArray();
        QVERIFY(recs.size() >= 3);
        double previous = 1e300;
        for (const QJsonValue &v : recs) {
            const QJsonObject o = v.toObject();
            const double saved = o[QStringLiteral("co2eSavedKg")].toDouble();
            QVERIFY(saved <= previous); // ranked by CO2e saved
            previous = saved;
            QVERIFY(o[QStringLiteral("co2eSavedP5Kg")].toDouble() <= saved + 1e-9);
            QVERIFY(o[QStringLiteral("co2eSavedP95Kg")].toDouble() >= saved - 1e-9);
            QVERIFY(saved > 0 ? o[QStringLiteral("usdPerTonneSaved")].isDouble()
                              : o[QStringLiteral("usdPerTonneSaved")].isNull());
        }
        QCOMPARE(recs.first().toObject()[QStringLiteral("id")].toString(), QStringLiteral("do-nothing"));

        const CliResult one =
            run({QStringLiteral("export"), kExample, QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--scenario"), QStringLiteral("7B pretrain — GCP Iowa (H100, FP8)")});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out.trimmed().split('\n').size(), 2);
    }

    void outputFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("statement.tex"));
        const CliResult r = run({QStringLiteral("export"), kGoldenProject, QStringLiteral("--format"),
                                 QStringLiteral("latex"), QStringLiteral("-o"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), golden(QStringLiteral("statement.tex")));
        // Overwriting keeps working (atomic replace).
        const CliResult again = run({QStringLiteral("export"), kGoldenProject, QStringLiteral("--format"),
                                     QStringLiteral("md"), QStringLiteral("-o"), path});
        QCOMPARE(again.exitCode, 0);
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), golden(QStringLiteral("statement.md")));
    }

    void badFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}
            << "greenlight-cli: --format: expected csv, json, md, latex or modelcard, got \"pdf\"";
        QTest::newRow("no format")
            << QStringList{} << "greenlight-cli: --format: required (csv, json, md, latex or modelcard)";
        QTest::newRow("unknown scenario")
            << QStringList{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--scenario"),
                           QStringLiteral("nope")}
            << QString(QStringLiteral("greenlight-cli: --scenario: no scenario named \"nope\" in ") +
                       kExample);
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--pdf")}
            << "greenlight-cli: unknown option --pdf (see greenlight-cli --help)";
        QTest::newRow("missing -o value")
            << QStringList{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o")}
            << "greenlight-cli: -o: missing value";
    }

    void badFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = run(QStringList{QStringLiteral("export"), kExample} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QString::fromUtf8(r.err), QString(message + QStringLiteral("\n")));
    }

    void unwritableOutput()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-dir/out.md"));
        const CliResult r = run({QStringLiteral("export"), kExample, QStringLiteral("--format"),
                                 QStringLiteral("md"), QStringLiteral("-o"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("greenlight-cli: -o: "));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(path));
    }

    void review()
    {
        const CliResult r = run({QStringLiteral("review"), kExample});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("Decision: approve-with-conditions (2026-11-20)")));
        QVERIFY(out.contains(QStringLiteral("Recommendations")));
        QVERIFY(out.contains(QStringLiteral("Do nothing")));
        QVERIFY(out.contains(QStringLiteral("[efficient-hardware-region]")));
        QVERIFY(out.contains(QStringLiteral("answer: no — H100 is efficient")));
        const CliResult bad = run({QStringLiteral("review")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
