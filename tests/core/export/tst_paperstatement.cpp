// Paper statement (Markdown, LaTeX): golden files in tests/data/golden, the number formats, and user
// text printed literally. GREENLIGHT_UPDATE_GOLDEN=1 rewrites the golden files (then read them!).
#include "catalog/catalog.h"
#include "export/exporttext.h"
#include "export/footprintsummary.h"
#include "export/paperstatement.h"
#include "io/projectfile.h"

#include <QFile>
#include <QtTest>

using namespace greenlight;

namespace {

const QString kGolden = QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/golden/");

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Compares with the golden file, or rewrites it when GREENLIGHT_UPDATE_GOLDEN is set.
bool matchesGolden(const std::string &text, const QString &name, QString &why)
{
    QFile f(kGolden + name);
    if (qEnvironmentVariableIsSet("GREENLIGHT_UPDATE_GOLDEN")) {
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QByteArray::fromStdString(text));
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        why = QStringLiteral("missing golden file ") + name;
        return false;
    }
    const QString expected = QString::fromUtf8(f.readAll());
    if (expected == q(text))
        return true;
    why = QStringLiteral("differs from ") + name + QStringLiteral(":\n") + q(text);
    return false;
}

FootprintSummary summary(const std::string &scenario)
{
    const auto r = ProjectFile::load(
        QString(kGolden + QStringLiteral("statement.greenlight.json")).toStdString(), Catalog::builtIn());
    if (!r.project)
        return {};
    Issues issues;
    return FootprintSummary::build(Catalog::builtIn(), *r.project, scenario, issues)
        .value_or(FootprintSummary{});
}

} // namespace

class TestPaperStatement : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("markdown") << "md"
                                  << "statement.md";
        QTest::newRow("latex") << "latex"
                               << "statement.tex";
    }

    void golden()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const FootprintSummary f = summary(""); // the baseline
        QCOMPARE(q(f.scenario), QStringLiteral("<b>x</b> & \"y\"_%$#"));
        const std::string text =
            format == QStringLiteral("md") ? PaperStatement::markdown(f) : PaperStatement::latex(f);
        QString why;
        QVERIFY2(matchesGolden(text, file, why), qPrintable(why));
    }

    void figuresFollowTheCore()
    {
        // 1,082,990 h × 400 W × PUE 1.2 = 519.8352 MWh × the catalog intensity of France (idle share from the
        // catalog adds to the IT energy, so check the identity rather than a fixed idle share).
        const FootprintSummary f = summary("");
        QCOMPARE(f.acceleratorHours, 1082990.0);
        QCOMPARE(f.powerPerAcceleratorW, 400.0);
        QCOMPARE(f.pue, 1.2);
        QVERIFY(f.intensityGPerKWh > 0);
        QVERIFY(std::abs(f.co2eKg - f.energyKWh * f.intensityGPerKWh / 1000) < 1e-6 * f.co2eKg);
        QVERIFY(f.co2eP5Kg < f.co2eP95Kg); // the catalog intensity of France has a range
        QVERIFY(f.energyKWh >= 1082990.0 * 0.4 * 1.2 * (1 - 1e-12));
        // France's intensity range (44.2 ± its largest year-on-year change) brackets the central value.
        QVERIFY(f.co2eP5Kg < f.co2eKg && f.co2eKg < f.co2eP95Kg);
        QCOMPARE(q(f.location), QStringLiteral("France"));
        QCOMPARE(q(f.trainingType), QStringLiteral("pre-training"));
        QCOMPARE(f.samples, std::size_t(10000));
    }

    void literalUserText()
    {
        const FootprintSummary f = summary("");
        const QString md = q(PaperStatement::markdown(f));
        QVERIFY(md.contains(QStringLiteral("Training \\<b\\>x\\</b\\> \\& \"y\"\\_%\\$\\# used")));
        const QString tex = q(PaperStatement::latex(f));
        QVERIFY(tex.contains(
            QStringLiteral("Training \\textless{}b\\textgreater{}x\\textless{}/b\\textgreater{} \\& "
                           "\\textquotedbl{}y\\textquotedbl{}\\_\\%\\$\\# used")));
        QVERIFY(!tex.contains(QStringLiteral("<b>")));
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("significant");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("0") << 0.0 << "0"
                           << "0";
        QTest::newRow("433.196") << 433.196 << "433"
                                 << "433";
        QTest::newRow("24.69") << 24.69 << "24.7"
                               << "25";
        QTest::newRow("1.2") << 1.2 << "1.2"
                             << "1";
        QTest::newRow("0.0123456") << 0.0123456 << "0.0123"
                                   << "0";
        QTest::newRow("14234") << 14234.0 << "14,200"
                               << "14,234";
        QTest::newRow("1082990") << 1082990.0 << "1,080,000"
                                 << "1,082,990";
        QTest::newRow("-2500.4") << -2500.4 << "-2,500"
                                 << "-2,500";
        QTest::newRow("999.7") << 999.7 << "1,000"
                               << "1,000";
        QTest::newRow("0.9996") << 0.9996 << "1"
                                << "1";
    }

    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QString, significant);
        QFETCH(QString, grouped);
        QCOMPARE(q(ExportText::significant(value)), significant);
        QCOMPARE(q(ExportText::grouped(value)), grouped);
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("latex");
        QTest::newRow("plain") << "GCP Iowa — H100"
                               << "GCP Iowa — H100"
                               << "GCP Iowa — H100";
        QTest::newRow("html") << "<b>x</b> & \"y\""
                              << "\\<b\\>x\\</b\\> \\& \"y\""
                              << "\\textless{}b\\textgreater{}x\\textless{}/b\\textgreater{} \\& "
                                 "\\textquotedbl{}y\\textquotedbl{}";
        QTest::newRow("latex specials") << "a_b%c$d#e{f}g~h^i\\j"
                                        << "a\\_b%c\\$d\\#e\\{f\\}g\\~h^i\\\\j"
                                        << "a\\_b\\%c\\$d\\#e\\{f\\}g\\textasciitilde{}h\\textasciicircum{}i"
                                           "\\textbackslash{}j";
        QTest::newRow("markdown specials") << "*a* [l](u) `c` | !x"
                                           << "\\*a\\* \\[l\\]\\(u\\) \\`c\\` \\| \\!x"
                                           << "*a* [l](u) `c` | !x";
    }

    void escaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, markdown);
        QFETCH(QString, latex);
        QCOMPARE(q(ExportText::escapeMarkdown(text.toStdString())), markdown);
        QCOMPARE(q(ExportText::escapeLatex(text.toStdString())), latex);
    }
};

QTEST_GUILESS_MAIN(TestPaperStatement)
#include "tst_paperstatement.moc"
