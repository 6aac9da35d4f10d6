#include "testhooks.h"

#include "document/document.h"
#include "io/scenariojson.h"
#include "qtutil/qtconvert.h"
#include "shell/filecontroller.h"
#include "shell/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace greenlight::ui {

namespace {
constexpr int kPollMs = 20; // how often the recovery answerer looks for the box
}

TestHooks::TestHooks(Document &document, MainWindow &window, QObject *parent)
    : QObject(parent), m_document(document), m_window(window)
{
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("GREENLIGHT_AUTOSAVE_INTERVAL_MS", &ok);
    if (ok && interval > 0)
        m_window.files()->setAutosaveInterval(interval);
    m_answer = qEnvironmentVariable("GREENLIGHT_RECOVERY_ANSWER");
    if (!m_answer.isEmpty()) {
        // The box runs its own event loop: a timer still fires while it waits for an answer.
        m_answerer = new QTimer(this);
        m_answerer->setInterval(kPollMs);
        connect(m_answerer, &QTimer::timeout, this, &TestHooks::answerRecovery);
        m_answerer->start();
    }
}

void TestHooks::answerRecovery()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (box == nullptr || !box->isVisible() || box->objectName() != QLatin1String("recoveryBox"))
            continue;
        const bool restore = m_answer == QLatin1String("restore");
        qInfo("recovery offered: %s", qPrintable(box->text()));
        qInfo("recovery answer: %s", restore ? "restore" : "discard");
        m_answerer->stop();
        box->button(restore ? QMessageBox::Yes : QMessageBox::No)->click();
        return;
    }
}

void TestHooks::startupDone()
{
    if (m_answerer != nullptr)
        m_answerer->stop();
    const QString script = qEnvironmentVariable("GREENLIGHT_TEST_SCRIPT");
    if (!script.isEmpty())
        QTimer::singleShot(0, this, [this, script] { runScript(script); });
}

void TestHooks::runScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("test script: cannot read %s", qPrintable(path));
        QCoreApplication::exit(3);
        return;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString error;
        if (!runStep(line, error)) {
            qWarning("test script: line %lld: %s", static_cast<long long>(n + 1), qPrintable(error));
            QCoreApplication::exit(3);
            return;
        }
        if (line.startsWith(QLatin1String("exit")))
            return;
    }
    qInfo("test script: done");
}

bool TestHooks::runStep(const QString &line, QString &error)
{
    const QString verb = line.section(QLatin1Char(' '), 0, 0);
    const QString rest = line.section(QLatin1Char(' '), 1).trimmed();
    const auto scenarioIndex = [this, &rest, &error](int &index) {
        bool ok = false;
        index = rest.section(QLatin1Char(' '), 0, 0).toInt(&ok);
        if (!ok || index < 0 || index >= m_document.scenarioCount()) {
            error = QStringLiteral("no scenario %1").arg(rest.section(QLatin1Char(' '), 0, 0));
            return false;
        }
        return true;
    };
    if (verb == QLatin1String("name")) {
        m_document.editProjectInfo(ss(rest), m_document.project().notes);
        return true;
    }
    if (verb == QLatin1String("edit")) {
        int index = 0;
        if (!scenarioIndex(index))
            return false;
        const auto patch = nlohmann::json::parse(ss(rest.section(QLatin1Char(' '), 1)), nullptr, false);
        if (patch.is_discarded() || !patch.is_object()) {
            error = QStringLiteral("the patch is not a JSON object");
            return false;
        }
        nlohmann::json object = nlohmann::json::parse(scenarioToJson(m_document.scenario(index)).dump());
        object.merge_patch(patch);
        Issues issues;
        const Scenario edited = scenarioFromJson(object, "scenario", issues);
        for (const Issue &issue : issues)
            if (issue.isError()) {
                error = qs(issue.toString());
                return false;
            }
        m_document.editScenario(index, edited, QStringLiteral("test script edit"));
        return true;
    }
    if (verb == QLatin1String("remove")) {
        int index = 0;
        if (!scenarioIndex(index))
            return false;
        m_document.removeScenario(index);
        return true;
    }
    if (verb == QLatin1String("save")) {
        QString saveError;
        if (!m_document.save(rest, saveError)) {
            error = saveError;
            return false;
        }
        return true;
    }
    if (verb == QLatin1String("exit")) {
        QCoreApplication::exit(rest.toInt());
        return true;
    }
    error = QStringLiteral("unknown step \"%1\"").arg(verb);
    return false;
}

} // namespace greenlight::ui
