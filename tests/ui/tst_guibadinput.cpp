// Bad input in the desktop window (issue 7, "Bad input everywhere", GUI rows): values typed into
// the real editor fields and malformed files opened through the FileController. Every row asserts
// the exact message — which names the field — and that the open document keeps its value (same
// serialized project, no undo step added).
#include "catalog/catalog.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "io/projectfile.h"
#include "scenario/scenarioeditor.h"
#include "shell/filecontroller.h"
#include "shell/mainwindow.h"
#include "widgets/numberfield.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace greenlight;

namespace {

// Scenarios of the bundled example used by the rows.
constexpr int kPretrain = 0; // first principles, H100 × 512, GCP Iowa
constexpr int kFineTune = 3; // devices × duration (72 h), A100 × 8, AWS us-east-1

} // namespace

class TestGuiBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedValue_isRefusedAndExplained_data();
    void typedValue_isRefusedAndExplained();
    void validValue_clearsTheExplanation();
    void emptyName_isRefusedAndExplained();
    void openMalformedFile_showsErrorAndKeepsDocument_data();
    void openMalformedFile_showsErrorAndKeepsDocument();

private:
    ui::NumberField *showField(int scenario, const QString &key);

    ui::Document *m_document = nullptr;
    ui::MainWindow *m_window = nullptr;
};

void TestGuiBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Fixed number formatting in the messages ("1,000,000.00").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGuiBadInput::init()
{
    m_document = new ui::Document(Catalog::builtIn());
    Issues issues;
    QVERIFY(m_document->openText(std::string(embedded::file("examples/plan-7b.greenlight.json")),
                                 QStringLiteral("example"), issues));
    m_window = new ui::MainWindow(*m_document);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestGuiBadInput::cleanup()
{
    m_window->files()->discardAutosave();
    delete m_window;
    delete m_document;
}

ui::NumberField *TestGuiBadInput::showField(int scenario, const QString &key)
{
    m_document->setCurrentIndex(scenario);
    ui::NumberField *field = m_window->editor()->field(key);
    if (field == nullptr)
        return nullptr;
    QTabWidget *tabs = m_window->editor()->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(field))
            tabs->setCurrentIndex(i);
    return field;
}

void TestGuiBadInput::typedValue_isRefusedAndExplained_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enter");    // commit with Enter, else by leaving the field
    QTest::addColumn<QString>("error"); // {kept}: the text the field showed before (e.g. "72.00")
    const auto row = [](const char *name, int scenario, const char *key, const char *typed, bool enter,
                        const char *error) {
        QTest::newRow(name) << scenario << QString::fromLatin1(key) << QString::fromUtf8(typed) << enter
                            << QString::fromUtf8(error);
    };
    row("negative hours", kFineTune, "durationHours", "-5", true,
        "Duration: -5 is below the minimum 0.01 h; kept {kept}");
    row("zero hours", kFineTune, "durationHours", "0", true,
        "Duration: 0 is below the minimum 0.01 h; kept {kept}");
    row("1e308 hours", kFineTune, "durationHours", "1e308", true,
        "Duration: 1e308 is above the maximum 1,000,000.00 h; kept {kept}");
    row("NaN hours", kFineTune, "durationHours", "nan", true, "Duration: “nan” is not a number; kept {kept}");
    row("text hours (focus out)", kFineTune, "durationHours", "abc", false,
        "Duration: “abc” is not a number; kept {kept}");
    row("PUE below 1", kFineTune, "pue", "0.5", true,
        "PUE: 0.5 is below the minimum 1.00 ratio; kept {kept}");
    row("PUE 0", kFineTune, "pue", "0", false, "PUE: 0 is below the minimum 1.00 ratio; kept {kept}");
    row("PUE inf", kFineTune, "pue", "inf", true, "PUE: “inf” is not a number; kept {kept}");
    row("negative devices", kFineTune, "acceleratorCount", "-8", true,
        "Count: -8 is below the minimum 1 dev.; kept {kept}");
    row("fractional devices", kFineTune, "acceleratorCount", "2.5", true,
        "Count: 2.5 is not a whole number; kept {kept}");
    row("NaN MFU", kPretrain, "mfu", "NaN", true, "MFU: “NaN” is not a number; kept {kept}");
    row("MFU above 1", kPretrain, "mfu", "1.5", true, "MFU: 1.5 is above the maximum 1.000 0–1; kept {kept}");
    row("negative intensity", kFineTune, "intensityGPerKWh", "-1", true,
        "Grid intensity: -1 is below the minimum 0.0 g/kWh; kept {kept}");
    row("renewable share 1.5", kFineTune, "renewableShare", "1.5", true,
        "Renewable share: 1.5 is above the maximum 1.00 0–1; kept {kept}");
}

void TestGuiBadInput::typedValue_isRefusedAndExplained()
{
    QFETCH(int, scenario);
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(bool, enter);
    QFETCH(QString, error);
    ui::NumberField *field = showField(scenario, key);
    QVERIFY(field != nullptr);
    QDoubleSpinBox *spin = field->spinBox();
    const QString shown = spin->text();
    const std::string before = m_document->serialized();
    const int steps = m_document->undoStack()->count();

    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, typed);
    QCOMPARE(spin->text(), typed); // the text can be typed at all (a silent refusal explains nothing)
    if (enter) {
        QTest::keyClick(spin, Qt::Key_Return);
    } else {
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QApplication::sendEvent(spin, &out);
    }
    QCOMPARE(field->inputError(), QString(error).replace(QLatin1String("{kept}"), shown));
    QVERIFY(field->findChild<QLabel *>(QStringLiteral("inputError"))->isVisibleTo(field));
    QCOMPARE(spin->text(), shown);
    QCOMPARE(m_document->serialized(), before);
    QCOMPARE(m_document->undoStack()->count(), steps);
    // For the docs and a look: the editor with the explanation under the field.
    const QString dir = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QLatin1String(QTest::currentDataTag()) == QLatin1String("negative hours"))
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/bad-input-field.png")));
}

void TestGuiBadInput::validValue_clearsTheExplanation()
{
    ui::NumberField *field = showField(kFineTune, QStringLiteral("durationHours"));
    QVERIFY(field != nullptr);
    QDoubleSpinBox *spin = field->spinBox();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("-5"));
    QTest::keyClick(spin, Qt::Key_Return);
    QVERIFY(!field->inputError().isEmpty());
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("96"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(field->inputError(), QString());
    QCOMPARE(m_document->scenario(kFineTune).durationHours, 96.0);
}

void TestGuiBadInput::emptyName_isRefusedAndExplained()
{
    m_document->setCurrentIndex(kFineTune);
    QLineEdit *name = nullptr;
    for (QLineEdit *e : m_window->editor()->findChildren<QLineEdit *>())
        if (e->accessibleName() == QLatin1String("Scenario name"))
            name = e;
    QVERIFY(name != nullptr);
    const std::string before = m_document->serialized();
    const int steps = m_document->undoStack()->count();
    const QString old = QString::fromStdString(m_document->scenario(kFineTune).name);
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClicks(name, QStringLiteral("   "));
    QTest::keyClick(name, Qt::Key_Return);
    auto *issues = m_window->editor()->findChild<QLabel *>(QStringLiteral("scenarioIssues"));
    QVERIFY(issues != nullptr);
    QCOMPARE(issues->text(), QStringLiteral("Name: a scenario needs a name; kept “%1”").arg(old));
    QCOMPARE(name->text(), old);
    QCOMPARE(m_document->serialized(), before);
    QCOMPARE(m_document->undoStack()->count(), steps);
}

void TestGuiBadInput::openMalformedFile_showsErrorAndKeepsDocument_data()
{
    QTest::addColumn<QByteArray>("content"); // "(missing)": no file at all
    QTest::addColumn<QString>("error");      // the first line of the box's informative text
    const QByteArray scenario =
        R"j({"name": "a", "workload": {"mode": "devicesDuration", "durationHours": 10}, "hardware": {"accelerator": "a100-sxm-80gb", "count": 8}, "site": {"intensityGPerKWh": 400}})j";
    // QByteArray, not auto: with QT_USE_QSTRINGBUILDER `+` would return a builder of temporaries.
    const auto project = [&scenario](const QByteArray &from, const QByteArray &to) -> QByteArray {
        return R"j({"schema": 1, "name": "p", "scenarios": [)j" + QByteArray(scenario).replace(from, to) +
               "]}";
    };
    QTest::newRow("missing file") << QByteArray("(missing)")
                                  << QStringLiteral("cannot open: No such file or directory");
    QTest::newRow("empty file")
        << QByteArray()
        << QString::fromUtf8(
               "(document): not valid JSON: parse error at line 1, column 1: syntax error while "
               "parsing value - unexpected end of input; expected '[', '{', or a literal");
    QTest::newRow("truncated JSON")
        << QByteArray(R"({"schema": 1, "scenarios": [)")
        << QString::fromUtf8(
               "(document): not valid JSON: parse error at line 1, column 29: syntax error while "
               "parsing value - unexpected end of input; expected '[', '{', or a literal");
    QTest::newRow("newer schema")
        << QByteArray(R"({"schema": 3, "name": "future", "scenarios": []})")
        << QString::fromUtf8(
               "schema: the file was written by a newer Greenlight (schema 3); this version reads "
               "schema 2 — the file was left untouched");
    QTest::newRow("invalid UTF-8")
        << project("\"a\"", "\"\xff\"")
        << QString::fromUtf8(
               "(document): not valid JSON: parse error at line 1, column 52: syntax error while "
               "parsing value - invalid string: ill-formed UTF-8 byte; last read: '\"\\xff'");
    QTest::newRow("negative hours") << project("\"durationHours\": 10", "\"durationHours\": -5")
                                    << QString::fromUtf8(
                                           "scenarios[0].workload.durationHours: expected a finite "
                                           "number > 0, got -5");
    QTest::newRow("1e308 hours") << project("\"durationHours\": 10", "\"durationHours\": 1e308")
                                 << QString::fromUtf8("scenarios[0].workload: the inputs are too large to "
                                                      "compute: accelerator-hours is not a finite number");
    QTest::newRow("PUE below 1") << project("400}", "400, \"pue\": 0.9}")
                                 << QString::fromUtf8(
                                        "scenarios[0].site.pue: expected a finite number ≥ 1, got 0.9");
    QTest::newRow("empty name") << project("\"name\": \"a\"", "\"name\": \"\"")
                                << QString::fromUtf8("scenarios[0].name: must not be empty");
    QTest::newRow("string count") << project("\"count\": 8", "\"count\": \"eight\"")
                                  << QString::fromUtf8(
                                         "scenarios[0].hardware.count: expected an integer ≥ 1, "
                                         "got a string (\"eight\")");
    QTest::newRow("deep nesting") << QByteArray(1000, '[') + QByteArray(1000, ']')
                                  << QString::fromUtf8("(document): nesting is deeper than 64 levels");
}

void TestGuiBadInput::openMalformedFile_showsErrorAndKeepsDocument()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("malformed.greenlight.json"));
    const bool missing = content == "(missing)";
    if (!missing) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QDateTime modified = QFileInfo(path).lastModified();
    const std::string before = m_document->serialized();
    const QString title = m_window->windowTitle();
    QString text;
    QString informative;
    // The controller shows the errors in a modal box; read it and close it as a user would.
    QTimer::singleShot(0, this, [&text, &informative] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w);
                box && box->isVisible() && box->objectName() == QLatin1String("loadErrorBox")) {
                text = box->text();
                informative = box->informativeText();
                box->accept();
            }
    });
    QVERIFY(!m_window->files()->openPath(path));
    QCOMPARE(text, QStringLiteral(
                       "“malformed.greenlight.json” could not be opened; the open project is unchanged."));
    const QString first = informative.section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(first, error);
    QVERIFY(!informative.contains(QChar::ReplacementCharacter));
    QCOMPARE(m_document->serialized(), before);
    QCOMPARE(m_window->windowTitle(), title);
    // Opening never writes: the file is as it was, and nothing was created next to it.
    if (!missing) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             missing ? 0 : 1);
}

QTEST_MAIN(TestGuiBadInput)
#include "tst_guibadinput.moc"
