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

    out << "Project: " << project.name << "\n";
    const std::string baseline =
        !project.baseline.empty()
            ? project.baseline
            : (project.scenarios.empty() ? std::string() : project.scenarios.front().name);
    out << "Baseline: " << baseline << "\n";
    out << "Decision: " << reviewDecisionName(rv.decision);
    if (!rv.date.empty())
        out << " (" << rv.date << ")";
    out << "\n";
    if (!rv.conditions.empty())
        out << "Conditions: " << rv.conditions << "\n";
    if (!rv.reviewers.empty()) {
        out << "Reviewers: ";
        for (std::size_t i = 0; i < rv.reviewers.size(); ++i)
            out << (i ? ", " : "") << rv.reviewers[i];
        out << "\n";
    }

    Issues issues;
    const auto recs = Recommender(catalog).recommend(project, issues);
    for (const Issue &i : issues)
        if (i.isError())
            throw UsageError{*projectPath + ": " + i.toString()};
    out << "\nRecommendations (lifecycle CO2e saved against the baseline; P5–P95: Monte Carlo, "
        << Recommender::kSamples << " samples, seed " << MonteCarloOptions::kDefaultSeed << "):\n";
    TextTable table({"rank", "option", "CO2e saved", "P5–P95", "cost delta", "cost per t saved"});
    for (std::size_t i = 0; i < recs.size(); ++i) {
        const Recommendation &r = recs[i];
        table.addRow(
            {std::to_string(i + 1),
             (r.kind == Recommendation::Kind::Lever ? "lever: " : (r.scenario.empty() ? "" : "scenario: ")) +
                 r.label,
             formatMassKg(r.co2eSavedKg),
             formatMassKg(r.co2eSavedP5Kg) + " – " + formatMassKg(r.co2eSavedP95Kg),
             formatUsd(r.costDeltaUsd), usdPerTonne(r)});
    }
    if (recs.empty())
        out << "  (no lever or alternative to compare)\n";
    else
        out << table.render();
    // Never a recommendation on CO2e alone: what each option costs in quality, or that it is unknown.
    if (!recs.empty())
        out << "\nQuality cost:\n";
    for (std::size_t i = 0; i < recs.size(); ++i)
        out << "  " << (i + 1) << ". " << recs[i].label << ": " << recs[i].qualityCost
            << (recs[i].qualityRetained ? " (" + formatNumber(*recs[i].qualityRetained * 100, 3) + " %)"
                                        : std::string())
            << "\n";
    for (const Issue &i : issues)
        out << "  note: " << i.toString() << "\n";

    out << "\nChecklist:\n";
    const auto evidence = Checklist(catalog).evidence(project);
    for (const ChecklistEvidence &e : evidence) {
        const ChecklistQuestion *q = Checklist::find(e.id);
        const ChecklistItem *answer = nullptr;
        for (const ChecklistItem &c : rv.checklist)
            if (c.id == e.id)
                answer = &c;
        out << "\n  " << (q ? q->text : e.id) << " [" << e.id << "]\n";
        out << "    answer: " << checklistAnswerName(answer ? answer->answer : ChecklistAnswer::Unanswered);
        if (answer && !answer->note.empty())
            out << " — " << answer->note;
        out << "\n";
        for (const EvidenceFigure &f : e.figures)
            out << "    · " << f.label << ": " << f.text << "\n";
        if (!e.note.empty())
            out << "    (" << e.note << ")\n";
    }
    return 0;
}

} // namespace greenlight::cli
