// Model-card snippet (Hugging Face co2_eq_emissions metadata + "## Carbon footprint"): golden files
// in tests/data/golden. GREENLIGHT_UPDATE_GOLDEN=1 rewrites them (then read them!).
#include "catalog/catalog.h"
#include "export/exporttext.h"
#include "export/footprintsummary.h"
#include "export/modelcard.h"
#include "io/projectfile.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

const QString kGolden = QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/golden/");

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

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
    if (QString::fromUtf8(f.readAll()) == q(text))
        return true;
    why = QStringLiteral("differs from ") + name + QStringLiteral(":\n") + q(text);
    return false;
}

std::optional<FootprintSummary> summary(const std::string &scenario)
{
    const auto r = ProjectFile::load(
        QString(kGolden + QStringLiteral("statement.greenlight.json")).toStdString(), Catalog::builtIn());
    if (!r.project)
        return std::nullopt;
    Issues issues;
    return FootprintSummary::build(Catalog::builtIn(), *r.project, scenario, issues);
}

} // namespace

class TestModelCard : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("file");
        QTest::newRow("pre-training in a country grid") << ""
                                                        << "modelcard-pretraining.md";
        QTest::newRow("fine-tuning, no region") << "Fine-tune {small} ~model~ \\ 50%"
                                                << "modelcard-finetuning.md";
    }

    void golden()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, file);
        const auto f = summary(scenario.toStdString());
        QVERIFY(f);
        QString why;
        QVERIFY2(matchesGolden(ModelCard::snippet(*f), file, why), qPrintable(why));
    }

    void metadataFollowsTheSpec()
    {
        // emissions is a number in grams (huggingface.co/docs/hub/model-cards-co2).
        const auto f = summary("");
        QVERIFY(f);
        const QString meta = q(ModelCard::metadata(*f));
        const QStringList lines = meta.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("---"));
        QCOMPARE(lines.value(1), QStringLiteral("co2_eq_emissions:"));
        QVERIFY(lines.value(2).startsWith(QStringLiteral("  emissions: ")));
        bool ok = false;
        const double grams = lines.value(2).mid(13).toDouble(&ok);
        QVERIFY(ok);
        QVERIFY(std::abs(grams - f->co2eKg * 1000) <= 0.005 * f->co2eKg * 1000); // 3 significant digits
        QVERIFY(meta.contains(QStringLiteral("  training_type: \"pre-training\"\n")));
        QVERIFY(meta.contains(QStringLiteral("  geographical_location: \"France\"\n")));
        QVERIFY(meta.contains(QStringLiteral("  hardware_used: \"384 NVIDIA A100 SXM4 80GB GPUs\"\n")));
        QVERIFY(meta.contains(QStringLiteral("  source: \"")));
        QVERIFY(meta.endsWith(QStringLiteral("---\n")));
        const auto ft = summary("Fine-tune {small} ~model~ \\ 50%");
        QVERIFY(ft);
        QCOMPARE(q(ft->trainingType), QStringLiteral("fine-tuning"));
    }

    void yamlQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "France"
                               << "\"France\"";
        QTest::newRow("quotes and backslash") << "a \"b\" \\ c"
                                              << "\"a \\\"b\\\" \\\\ c\"";
        QTest::newRow("newline and colon") << "x: y\nz"
                                           << "\"x: y\\nz\"";
    }

    void yamlQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(q(ExportText::yamlQuote(text.toStdString())), quoted);
    }
};

QTEST_GUILESS_MAIN(TestModelCard)
#include "tst_modelcard.moc"
