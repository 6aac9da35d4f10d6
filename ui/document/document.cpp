#include "document/document.h"

#include "calibration/calibrator.h"
#include "document/commands/addmeasuredruncommand.h"
#include "document/commands/addscenariocommand.h"
#include "document/commands/editprojectcommand.h"
#include "document/commands/editreviewcommand.h"
#include "document/commands/editscenariocommand.h"
#include "document/commands/linkmeasuredruncommand.h"
#include "document/commands/movescenariocommand.h"
#include "document/commands/removemeasuredruncommand.h"
#include "document/commands/removescenariocommand.h"
#include "importers/measuredrunimporter.h"
#include "io/projectfile.h"
#include "qtutil/qtconvert.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace {
constexpr std::size_t kDragSamples = 1000;
constexpr int kRefineDelayMs = 150;
// Recommendations evaluate every scenario and lever: wait until edits pause.
constexpr int kReviewRefreshDelayMs = 250;
} // namespace

namespace greenlight::ui {

Document::Document(const Catalog &catalog, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_undoStack(new QUndoStack(this)),
      m_analyser(catalog, MonteCarloOptions{}),
      m_dragAnalyser(catalog, MonteCarloOptions{kDragSamples, MonteCarloOptions::kDefaultSeed}),
      m_refine(new QTimer(this)), m_reviewRefresh(new QTimer(this))
{
    m_reviewRefresh->setSingleShot(true);
    m_reviewRefresh->setInterval(kReviewRefreshDelayMs);
    connect(m_reviewRefresh, &QTimer::timeout, this, &Document::refreshReviewNow);
    // Whatever changes the numbers or the alternatives changes the recommendations.
    for (auto signal : {&Document::resultsChanged, &Document::scenariosChanged, &Document::reviewChanged})
        connect(this, signal, m_reviewRefresh, qOverload<>(&QTimer::start));
    m_refine->setSingleShot(true);
    m_refine->setInterval(kRefineDelayMs);
    connect(m_refine, &QTimer::timeout, this, [this] {
        if (m_refineIndex < 0 || m_refineIndex >= scenarioCount())
            return;
        recompute(m_refineIndex);
        emit resultsChanged();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

int Document::baselineIndex() const
{
    if (m_project.scenarios.empty())
        return -1;
    for (std::size_t i = 0; i < m_project.scenarios.size(); ++i)
        if (m_project.scenarios[i].name == m_project.baseline)
            return static_cast<int>(i);
    return 0;
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::setCurrentIndex(int index)
{
    if (index >= scenarioCount())
        index = scenarioCount() - 1;
    if (index == m_current)
        return;
    m_current = index;
    emit currentChanged(index);
}

bool Document::open(const QString &path, Issues &issues)
{
    ProjectLoadResult r = ProjectFile::load(ss(path), m_catalog);
    issues = r.issues;
    if (!r.project)
        return false;
    setProject(std::move(*r.project), path);
    m_migratedFrom = r.migratedFrom;
    return true;
}

bool Document::openText(const std::string &text, const QString &displayName, Issues &issues)
{
    ProjectLoadResult r = ProjectFile::parse(text, m_catalog);
    issues = r.issues;
    if (!r.project)
        return false;
    setProject(std::move(*r.project), displayName);
    return true;
}

void Document::setProject(Project project, const QString &path)
{
    m_project = std::move(project);
    m_undoStack->clear();
    m_filePath = path;
    m_migratedFrom = 0;
    recompute();
    m_current = m_project.scenarios.empty() ? -1 : 0;
    emit projectReset();
    emit scenariosChanged();
    emit resultsChanged();
    emit currentChanged(m_current);
    emit measuredRunsChanged();
    emit reviewChanged();
    emit filePathChanged(path);
    emit modifiedChanged(false);
}

void Document::newProject()
{
    Project p;
    p.name = ss(tr("Untitled project"));
    setProject(std::move(p), QString());
}

bool Document::save(const QString &path, QString &error)
{
    std::string err;
    // An older file converted on open: its original is kept before it is first replaced.
    if (m_migratedFrom > 0 && path == m_filePath &&
        !ProjectFile::keepOriginal(ss(path), m_migratedFrom, err)) {
        error = qs(err);
        return false;
    }
    if (!ProjectFile::save(ss(path), m_project, err)) {
        error = qs(err);
        return false;
    }
    m_migratedFrom = 0;
    m_undoStack->setClean();
    if (path != m_filePath) {
        m_filePath = path;
        emit filePathChanged(path);
    }
    return true;
}

void Document::markRecovered()
{
    // A clean state no edit can return to: the stack's clean index is reset by an empty macro.
    m_undoStack->resetClean();
    emit modifiedChanged(true);
}

std::string Document::serialized() const
{
    return ProjectFile::serialize(m_project);
}

void Document::editScenario(int index, const Scenario &value, const QString &text, int mergeKey)
{
    if (index < 0 || index >= scenarioCount())
        return;
    // Merged edits are drags or typing: keep them fast, refine the ranges when they pause.
    m_dragging = mergeKey > 0;
    m_undoStack->push(new EditScenarioCommand(this, index, scenario(index), value, text, mergeKey));
    m_dragging = false;
}

void Document::addScenario(const Scenario &value, int index)
{
    if (index < 0 || index > scenarioCount())
        index = scenarioCount();
    Scenario s = value;
    s.name = uniqueName(s.name.empty() ? ss(tr("Scenario")) : s.name);
    m_undoStack->push(new AddScenarioCommand(this, index, s));
}

void Document::duplicateScenario(int index)
{
    if (index < 0 || index >= scenarioCount())
        return;
    Scenario s = scenario(index);
    s.name = uniqueName(s.name + ss(tr(" (copy)")));
    m_undoStack->push(new AddScenarioCommand(this, index + 1, s, tr("Duplicate scenario")));
}

void Document::removeScenario(int index)
{
    if (index < 0 || index >= scenarioCount())
        return;
    // Runs linked to the scenario are unlinked in the same undo step (a dangling link would make
    // the saved file invalid).
    const std::string name = scenario(index).name;
    m_undoStack->beginMacro(tr("Delete scenario"));
    for (int r = 0; r < measuredRunCount(); ++r)
        if (measuredRun(r).linkedScenario == name)
            m_undoStack->push(new LinkMeasuredRunCommand(this, r, name, std::string()));
    // Likewise the review's alternatives modelled by it: the file format requires an existing
    // scenario, so they go with it (undo brings them back).
    Review review = m_project.review;
    std::erase_if(review.alternatives, [&](const Alternative &a) { return a.scenario == name; });
    if (review != m_project.review)
        m_undoStack->push(new EditReviewCommand(this, m_project.review, review, tr("Delete scenario"), 0));
    m_undoStack->push(new RemoveScenarioCommand(this, index, scenario(index), m_project.baseline));
    m_undoStack->endMacro();
}

void Document::moveScenario(int from, int to)
{
    if (from < 0 || from >= scenarioCount() || to < 0 || to >= scenarioCount() || from == to)
        return;
    m_undoStack->push(new MoveScenarioCommand(this, from, to));
}

void Document::setBaseline(int index)
{
    if (index < 0 || index >= scenarioCount())
        return;
    m_undoStack->push(new EditProjectCommand(this, m_project.name, m_project.notes, m_project.baseline,
                                             m_project.name, m_project.notes, scenario(index).name,
                                             tr("Set baseline")));
}

void Document::editProjectInfo(const std::string &name, const std::string &notes)
{
    m_undoStack->push(new EditProjectCommand(this, m_project.name, m_project.notes, m_project.baseline, name,
                                             notes, m_project.baseline, tr("Edit project")));
}

std::string Document::uniqueName(const std::string &base) const
{
    if (m_project.findScenario(base) == nullptr)
        return base;
    for (int n = 2;; ++n) {
        std::string candidate = base + " " + std::to_string(n);
        if (m_project.findScenario(candidate) == nullptr)
            return candidate;
    }
}

bool Document::importMeasuredRuns(const QString &path, Issues &issues, QStringList *addedNames)
{
    ImportResult r =
        MeasuredRunImporter::importFile(ss(path), ImportOptions::fromCatalog(m_catalog, ss(path)));
    issues = r.issues;
    if (!r.ok()) {
        if (!hasErrors(issues))
            issues.push_back({Issue::Severity::Error, "", ss(tr("no measured run found in the file"))});
        return false;
    }
    // Only the name changes on a clash: the measurement itself is kept as imported.
    std::vector<MeasuredRun> runs;
    const auto taken = [&](const std::string &name) {
        return m_project.findMeasuredRun(name) != nullptr ||
               std::any_of(runs.begin(), runs.end(), [&](const MeasuredRun &o) { return o.name == name; });
    };
    for (MeasuredRun &m : r.runs) {
        std::string unique = m.name.empty() ? ss(tr("measured run")) : m.name;
        for (int n = 2; taken(unique); ++n)
            unique = m.name + " " + std::to_string(n);
        if (unique != m.name)
            issues.push_back({Issue::Severity::Warning, "name",
                              ss(tr("a measured run named “%1” already exists; added as “%2”")
                                     .arg(qs(m.name), qs(unique)))});
        m.name = unique;
        if (addedNames)
            addedNames->append(qs(m.name));
        runs.push_back(std::move(m));
    }
    addMeasuredRuns(std::move(runs));
    return true;
}

void Document::addMeasuredRuns(std::vector<MeasuredRun> runs)
{
    if (runs.empty())
        return;
    const QString text = runs.size() == 1
                             ? tr("Import measured run “%1”").arg(qs(runs.front().name))
                             : tr("Import %n measured run(s)", nullptr, static_cast<int>(runs.size()));
    m_undoStack->push(new AddMeasuredRunCommand(this, measuredRunCount(), std::move(runs), text));
}

void Document::removeMeasuredRun(int index)
{
    if (index < 0 || index >= measuredRunCount())
        return;
    m_undoStack->push(new RemoveMeasuredRunCommand(this, index, measuredRun(index)));
}

void Document::linkMeasuredRun(int index, const std::string &scenarioName)
{
    if (index < 0 || index >= measuredRunCount() || measuredRun(index).linkedScenario == scenarioName)
        return;
    if (!scenarioName.empty() && m_project.findScenario(scenarioName) == nullptr)
        return;
    m_undoStack->push(
        new LinkMeasuredRunCommand(this, index, measuredRun(index).linkedScenario, scenarioName));
}

CalibrationReport Document::calibration(int scenarioIndex) const
{
    if (scenarioIndex < 0 || scenarioIndex >= scenarioCount())
        return {};
    return Calibrator::calibrate(m_project, scenario(scenarioIndex).name, {}, m_catalog);
}

void Document::applyCalibration(int scenarioIndex, const CalibrationProposal &proposal)
{
    if (scenarioIndex < 0 || scenarioIndex >= scenarioCount() || proposal.changes.empty() ||
        proposal.scenarioName != scenario(scenarioIndex).name)
        return;
    Scenario calibrated = scenario(scenarioIndex);
    Calibrator::apply(calibrated, proposal);
    editScenario(scenarioIndex, calibrated,
                 tr("Calibrate “%1” from measured runs").arg(qs(proposal.scenarioName)));
}

void Document::applyInsertRuns(int index, const std::vector<MeasuredRun> &runs)
{
    m_project.measuredRuns.insert(m_project.measuredRuns.begin() + index, runs.begin(), runs.end());
    emit measuredRunsChanged();
}

void Document::applyRemoveRuns(int index, int count)
{
    auto first = m_project.measuredRuns.begin() + index;
    m_project.measuredRuns.erase(first, first + count);
    emit measuredRunsChanged();
}

void Document::applyRunLink(int index, const std::string &scenarioName)
{
    m_project.measuredRuns.at(static_cast<std::size_t>(index)).linkedScenario = scenarioName;
    emit measuredRunsChanged();
}

void Document::applyScenario(int index, const Scenario &value)
{
    auto &slot = m_project.scenarios.at(static_cast<std::size_t>(index));
    const bool renamed = slot.name != value.name;
    if (renamed && m_project.baseline == slot.name)
        m_project.baseline = value.name;
    bool relinked = false;
    if (renamed)
        for (MeasuredRun &m : m_project.measuredRuns)
            if (m.linkedScenario == slot.name) {
                m.linkedScenario = value.name;
                relinked = true;
            }
    // The review's alternatives name scenarios too: follow the rename (undo renames back).
    bool reviewRelinked = false;
    if (renamed)
        for (Alternative &a : m_project.review.alternatives)
            if (a.scenario == slot.name) {
                a.scenario = value.name;
                reviewRelinked = true;
            }
    slot = value;
    recompute(index);
    if (reviewRelinked)
        emit reviewChanged();
    if (renamed)
        emit scenariosChanged();
    emit scenarioChanged(index);
    emit resultsChanged();
    if (relinked)
        emit measuredRunsChanged();
}

void Document::applyInsert(int index, const Scenario &value)
{
    m_project.scenarios.insert(m_project.scenarios.begin() + index, value);
    recompute();
    emit scenariosChanged();
    emit resultsChanged();
    m_current = -1;
    setCurrentIndex(index);
}

void Document::applyRemove(int index)
{
    m_project.scenarios.erase(m_project.scenarios.begin() + index);
    recompute();
    emit scenariosChanged();
    emit resultsChanged();
    const int next = std::min(index, scenarioCount() - 1);
    m_current = -2;
    setCurrentIndex(next);
}

void Document::applyMove(int from, int to)
{
    Scenario s = m_project.scenarios.at(static_cast<std::size_t>(from));
    m_project.scenarios.erase(m_project.scenarios.begin() + from);
    m_project.scenarios.insert(m_project.scenarios.begin() + to, s);
    recompute();
    emit scenariosChanged();
    emit resultsChanged();
    m_current = -2;
    setCurrentIndex(to);
}

void Document::editReview(const Review &value, const QString &text, int mergeKey)
{
    if (value == m_project.review)
        return;
    m_undoStack->push(new EditReviewCommand(this, m_project.review, value, text, mergeKey));
}

void Document::applyReview(const Review &value)
{
    m_project.review = value;
    emit reviewChanged();
}

void Document::refreshReviewNow()
{
    m_reviewRefresh->stop();
    m_recommendationIssues.clear();
    m_recommendations =
        Recommender(m_catalog).recommend(m_project, m_recommendationIssues, m_analyser.options().seed);
    m_evidence = Checklist(m_catalog).evidence(m_project);
    emit recommendationsChanged();
}

AnalysisOptions Document::analysisOptions() const
{
    return AnalysisOptions{m_analyser.options(), m_money.rate()};
}

QString Document::setDisplayCurrency(const QString &code)
{
    const auto rate = CurrencyConverter(m_catalog).rate(ss(code));
    Money money = rate ? Money(*rate) : Money();
    if (money.code() != m_money.code() || money.rate().perUsd != m_money.rate().perUsd) {
        m_money = std::move(money);
        emit currencyChanged();
    }
    return m_money.code();
}

void Document::applyProjectInfo(const std::string &name, const std::string &notes,
                                const std::string &baseline)
{
    m_project.name = name;
    m_project.notes = notes;
    m_project.baseline = baseline;
    emit scenariosChanged();
    emit resultsChanged();
}

void Document::recompute()
{
    m_results.assign(m_project.scenarios.size(), {});
    for (std::size_t i = 0; i < m_project.scenarios.size(); ++i)
        recompute(static_cast<int>(i));
}

void Document::setMonteCarloOptions(MonteCarloOptions options)
{
    m_analyser.setOptions(options);
    m_dragAnalyser.setOptions(MonteCarloOptions{std::min(options.samples, kDragSamples), options.seed});
    recompute();
    emit resultsChanged();
}

void Document::recompute(int index)
{
    // Only the edited scenario is recomputed on an edit: one Monte Carlo run (a few ms), which
    // keeps a what-if drag within a frame.
    ScenarioAnalyser &analyser = m_dragging ? m_dragAnalyser : m_analyser;
    Evaluated e = analyser.analyse(m_project.scenarios.at(static_cast<std::size_t>(index)));
    if (e.evaluation && m_dragging) {
        m_refineIndex = index;
        m_refine->start();
    }
    m_results.at(static_cast<std::size_t>(index)) = std::move(e);
}

} // namespace greenlight::ui
