#include "reviewcommand.h"

#include "clitr.h"

#include "export/exporttext.h"
#include "exportcommand.h"
#include "review/checklist.h"
#include "review/recommendations.h"
#include "texttable.h"
#include "uncertainty/montecarlo.h"
#include "util/numberformat.h"

#include <ostream>

namespace greenlight::cli {

const char *const kReviewHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli review PROJECT.json

Prints the need-and-impact review of a project: the decision, the levers and alternatives ranked
by lifecycle CO2e saved against the baseline (P5–P95 by Monte Carlo, 2000 samples, seed 42; cost
delta and cost per tonne saved, negative when the option also saves money), and the reviewer
checklist with the answers recorded in the project and the numbers that answer each question.
)");

namespace {

// A scenario's name as typed; the review's own "do nothing" option in the chosen language.
std::string optionLabel(const Recommendation &r)
{
    if (r.scenario.empty() && r.label == "Do nothing")
        return cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Do nothing"));
    return r.label;
}

std::string usdPerTonne(const Recommendation &r)
{
    if (!r.usdPerTonneSaved)
        return "–";
    return ExportText::significant(*r.usdPerTonneSaved) + " USD/t";
}

} // namespace

int runReview(Arguments &args, const Catalog &catalog, std::ostream &out)
{
    const auto projectPath = args.positional();
    if (!projectPath)
        throw UsageError{"expected a project file: greenlight-cli review PROJECT.json"};
    args.expectNoneLeft();
    const Project project = loadProjectOrThrow(*projectPath, catalog);
    const Review &rv = project.review;

    out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Project: %1")), {project.name}) << "\n";
    const std::string baseline =
        !project.baseline.empty()
            ? project.baseline
            : (project.scenarios.empty() ? std::string() : project.scenarios.front().name);
    out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Baseline: %1")), {baseline}) << "\n";
    out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Decision: %1")),
                   {reviewDecisionName(rv.decision)});
    if (!rv.date.empty())
        out << " (" << rv.date << ")";
    out << "\n";
    if (!rv.conditions.empty())
        out << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Conditions: %1")), {rv.conditions}) << "\n";
    if (!rv.reviewers.empty()) {
        out << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Reviewers:")) << " ";
        for (std::size_t i = 0; i < rv.reviewers.size(); ++i)
            out << (i ? ", " : "") << rv.reviewers[i];
        out << "\n";
    }

    Issues issues;
    const auto recs = Recommender(catalog).recommend(project, issues);
    for (const Issue &i : issues)
        if (i.isError())
            throw UsageError{*projectPath + ": " + i.toString()};
    out << "\n"
        << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                           "Recommendations (lifecycle CO2e saved against the baseline; "
                                           "P5–P95: Monte Carlo, %1 samples, seed %2):")),
                   {std::to_string(Recommender::kSamples), std::to_string(MonteCarloOptions::kDefaultSeed)})
        << "\n";
    TextTable table({cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "rank")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "option")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "CO2e saved")), "P5–P95",
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "cost delta")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "cost per t saved"))});
    for (std::size_t i = 0; i < recs.size(); ++i) {
        const Recommendation &r = recs[i];
        table.addRow(
            {std::to_string(i + 1),
             r.kind == Recommendation::Kind::Lever
                 ? cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "lever: %1")), {cliCore(r.label)})
             : r.scenario.empty()
                 ? optionLabel(r)
                 : cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "scenario: %1")), {r.label}),
             cliNumber(formatMassKg(r.co2eSavedKg)),
             cliNumber(formatMassKg(r.co2eSavedP5Kg) + " – " + formatMassKg(r.co2eSavedP95Kg)),
             cliNumber(formatUsd(r.costDeltaUsd)), cliNumber(usdPerTonne(r))});
    }
    if (recs.empty())
        out << "  " << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "(no lever or alternative to compare)"))
            << "\n";
    else
        out << table.render();
    // Never a recommendation on CO2e alone: what each option costs in quality, or that it is unknown.
    if (!recs.empty())
        out << "\n" << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Quality cost:")) << "\n";
    for (std::size_t i = 0; i < recs.size(); ++i)
        out << "  " << (i + 1) << ". "
            << (recs[i].kind == Recommendation::Kind::Lever ? cliCore(recs[i].label) : optionLabel(recs[i]))
            << ": " << cliCore(recs[i].qualityCost)
            << (recs[i].qualityRetained
                    ? " (" + cliNumber(formatNumber(*recs[i].qualityRetained * 100, 3)) + " %)"
                    : std::string())
            << "\n";
    for (const Issue &i : issues)
        out << "  " << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "note: %1")), {i.toString()})
            << "\n";

    out << "\n" << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Checklist:")) << "\n";
    const auto evidence = Checklist(catalog).evidence(project);
    for (const ChecklistEvidence &e : evidence) {
        const ChecklistQuestion *q = Checklist::find(e.id);
        const ChecklistItem *answer = nullptr;
        for (const ChecklistItem &c : rv.checklist)
            if (c.id == e.id)
                answer = &c;
        out << "\n  " << (q ? cliCore(q->text) : e.id) << " [" << e.id << "]\n";
        out << "    "
            << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "answer: %1")),
                       {checklistAnswerName(answer ? answer->answer : ChecklistAnswer::Unanswered)});
        if (answer && !answer->note.empty())
            out << " — " << answer->note;
        out << "\n";
        for (const EvidenceFigure &f : e.figures)
            out << "    · " << cliCore(f.label) << ": " << cliNumber(f.text) << "\n";
        if (!e.note.empty())
            out << "    (" << cliCore(e.note) << ")\n";
    }
    return 0;
}

} // namespace greenlight::cli
