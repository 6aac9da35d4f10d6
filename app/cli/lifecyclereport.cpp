#include "lifecyclereport.h"
#include "clitr.h"

#include "io/projectfile.h"
#include "lifecycle/lifecyclejson.h"
#include "lifecycle/servingexplanation.h"
#include "texttable.h"
#include "util/numberformat.h"

namespace greenlight::cli {

const char *const kBreakEvenHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli breakeven PROJECT.json --a NAME --b NAME [--format table|json]

After how many requests (and on which date, from the deployment's startDate) the scenario that
costs more to train becomes the cheaper one over its lifecycle — in CO2e (location-based +
embodied), facility energy and money. Both scenarios need a "deployment". "never" when the one
costlier to train is not cheaper per request (equal slopes included).
)");

namespace {

std::string metricValue(const std::string &metric, double v)
{
    if (metric == "co2eKg")
        return formatMassKg(v);
    if (metric == "energyKWh")
        return formatEnergyKWh(v);
    return formatUsd(v);
}

// Per-request slopes are tiny in the totals' units (kg, kWh): show g CO2e, Wh and USD.
std::string perRequestValue(const std::string &metric, double v)
{
    if (metric == "co2eKg")
        return formatReadable(v * 1000.0, 4) + " g CO2e";
    if (metric == "energyKWh")
        return formatReadable(v * 1000.0, 4) + " Wh";
    return formatReadable(v, 4) + " USD";
}

// Lever and deployment steps, in the order they were applied.
std::vector<LeverStep> allSteps(const ScenarioEvaluation &ev, const Catalog &catalog)
{
    std::vector<LeverStep> steps = ev.levers.steps;
    if (ev.deployment) {
        steps.insert(steps.end(), ev.deployment->steps.begin(), ev.deployment->steps.end());
        const auto serving = ServingExplanation::steps(*ev.deployment, catalog); // built on demand
        steps.insert(steps.end(), serving.begin(), serving.end());
    }
    return steps;
}

std::string signedDelta(double v, std::string (*fmt)(double))
{
    return (v >= 0 ? "+" : "−") + fmt(v >= 0 ? v : -v);
}

std::string loadError(const std::string &path, const ProjectLoadResult &loaded)
{
    std::string msg = path + ": ";
    bool first = true;
    for (const Issue &i : loaded.issues) {
        if (!i.isError())
            continue;
        msg += (first ? "" : "; ") + i.toString();
        first = false;
    }
    return msg;
}

} // namespace

LifecycleReport::LifecycleReport(const Catalog &catalog, std::vector<Scenario> scenarios,
                                 std::string baseline,
                                 std::vector<std::optional<ScenarioEvaluation>> evaluations)
    : m_scenarios(std::move(scenarios)), m_evaluations(std::move(evaluations)),
      m_baseline(std::move(baseline)), m_catalog(&catalog)
{}

bool LifecycleReport::any() const
{
    for (const auto &e : m_evaluations)
        if (e)
            return true;
    return false;
}

std::vector<BreakEvenResult> LifecycleReport::breakEvens() const
{
    // The baseline (or the first scenario) against every other scenario, when both deploy.
    std::vector<BreakEvenResult> out;
    std::size_t base = 0;
    for (std::size_t i = 0; i < m_scenarios.size(); ++i)
        if (m_scenarios[i].name == m_baseline)
            base = i;
    if (m_scenarios.empty() || !m_evaluations[base] || !m_evaluations[base]->deployment)
        return out;
    for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
        if (i == base || !m_evaluations[i] || !m_evaluations[i]->deployment)
            continue;
        Issues issues;
        if (auto r = BreakEven::compute(m_scenarios[base].name, *m_evaluations[base], m_scenarios[i].name,
                                        *m_evaluations[i], issues))
            out.push_back(std::move(*r));
    }
    return out;
}

// Names stay out of the column headers (A and B) and the break-even goes on its own line, so the
// table fits a 100-column terminal whatever the scenario names.
void printBreakEven(const BreakEvenResult &r, std::ostream &out)
{
    out << "A = " << r.a << "\nB = " << r.b << "\n";
    TextTable t({cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "metric")),
                 cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "A training")),
                 cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "B training")),
                 cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "A per request")),
                 cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "B per request"))});
    for (const BreakEvenMetric &m : r.metrics)
        t.addRow({m.metric, cliNumber(metricValue(m.metric, m.trainingA)),
                  cliNumber(metricValue(m.metric, m.trainingB)),
                  cliNumber(perRequestValue(m.metric, m.perRequestA)),
                  cliNumber(perRequestValue(m.metric, m.perRequestB))});
    out << t.render() << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "break-even:")) << "\n";
    for (const BreakEvenMetric &m : r.metrics) {
        std::string be;
        if (m.status == "identical")
            be = cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "identical"));
        else if (m.status == "never")
            be = cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "none (%1 never catches up)")),
                         {m.costlierToTrain});
        else if (m.costlierToTrain.empty())
            be = cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "from the first request"));
        else
            be = cliArgs(
                m.withinDeployment
                    ? cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                              "after %1 requests (%2 days%3): %4 becomes cheaper"))
                    : cliTr(QT_TRANSLATE_NOOP(
                          "greenlight-cli",
                          "after %1 requests (%2 days%3, after the deployment ends): %4 becomes cheaper")),
                {cliNumber(formatCount(*m.requests)), cliNumber(formatReadable(*m.days, 3)),
                 m.date.empty() ? std::string() : ", " + m.date, m.costlierToTrain});
        out << "  " << m.metric << ": " << be << "\n";
        if (!m.note.empty())
            out << "    " << cliCore(m.note) << "\n";
    }
}

void LifecycleReport::printTable(std::ostream &out, bool explain) const
{
    bool header = false;
    for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
        const auto &ev = m_evaluations[i];
        if (!ev || (ev->levers.effects.empty() && (!ev->deployment || ev->deployment->effects.empty())))
            continue;
        if (!header)
            out << "\n" << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Lever effects")) << "\n";
        header = true;
        out << "\n  " << m_scenarios[i].name << ":\n";
        for (const LeverEffect &e : ev->levers.effects)
            out << "    "
                << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "%1 (training): %2 → %3")),
                           {e.lever, e.training,
                            cliNumber(signedDelta(e.acceleratorHoursDelta, formatHours) + ", " +
                                      signedDelta(e.co2eKgDelta, formatMassKg) + ", " +
                                      signedDelta(e.costUsdDelta, formatUsd))})
                << "\n";
        if (ev->deployment)
            for (const LeverEffect &e : ev->deployment->effects)
                out << "    "
                    << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "%1 (inference): %2")),
                               {e.lever, e.inference})
                    << "\n";
        const double before = ev->base[Output::Co2eTotalKg];
        const double after = ev->levers.training[Output::Co2eTotalKg];
        out << "    "
            << cliArgs(after > before
                           ? cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                                     "training CO2e: %1 without levers → %2 (worse)"))
                       : after < before
                           ? cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                                     "training CO2e: %1 without levers → %2 (better)"))
                           : cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                                     "training CO2e: %1 without levers → %2 (unchanged)")),
                       {cliNumber(formatMassKg(before)), cliNumber(formatMassKg(after))})
            << "\n";
    }
    if (explain) {
        bool traceHeader = false;
        for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
            const auto &ev = m_evaluations[i];
            const std::vector<LeverStep> steps = ev ? allSteps(*ev, *m_catalog) : std::vector<LeverStep>{};
            if (steps.empty())
                continue;
            if (!traceHeader)
                out << "\nHow the levers and the deployment were applied\n";
            traceHeader = true;
            out << "\n  " << m_scenarios[i].name << ":\n";
            for (const LeverStep &st : steps) {
                out << "\n  " << st.lever << ": " << st.quantity << " [" << st.unit << "]\n";
                out << "    " << st.formula << "\n    " << st.substituted << "\n";
                for (const TraceInput &in : st.inputs) {
                    out << "      · " << in.label << " = " << formatPlain(in.value) << " " << in.unit << " — "
                        << (in.fromScenario || in.source == "scenario" ? std::string("set in the scenario")
                                                                       : in.source);
                    if (in.year > 0)
                        out << " (" << in.year << ")";
                    out << "\n";
                }
            }
        }
    }
    bool lifecycle = false;
    for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
        const auto &ev = m_evaluations[i];
        if (!ev || !ev->deployment)
            continue;
        const DeploymentResult &d = *ev->deployment;
        if (!lifecycle)
            out << "\n"
                << cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Lifecycle (training, then inference)")) << "\n";
        lifecycle = true;
        out << "\n  " << m_scenarios[i].name << ": "
            << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                               "%1 requests/day for %2 months on %3 (%4 B, %5)")),
                       {cliNumber(formatCount(d.requestsPerDay)), std::to_string(d.months),
                        d.acceleratorId + (d.devices > 0 ? " × " + std::to_string(d.devices) : std::string()),
                        cliNumber(formatNumber(d.profile.parametersB)), d.profile.precision})
            << "\n";
        out << "    "
            << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "per request: %1 Wh, %2 g CO2e")),
                       {cliNumber(formatReadable(d.energyPerRequestWh, 4)),
                        cliNumber(formatReadable(d.co2ePerRequestG, 4))})
            << "\n";
        out << "    "
            << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "inference: %1")),
                       {cliNumber(formatEnergyKWh(d.energyKWh) + ", " + formatMassKg(d.co2eKg) + ", " +
                                  formatVolumeL(d.waterL) + ", " + formatUsd(d.costUsd))})
            << "\n";
        TextTable t({cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "month")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "date")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "requests")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "energy")), "CO2e",
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "cost"))});
        const std::size_t stride = d.curve.size() > 13 ? (d.curve.size() + 11) / 12 : 1;
        for (std::size_t k = 0; k < d.curve.size(); ++k) {
            if (k % stride != 0 && k + 1 != d.curve.size())
                continue;
            const LifecyclePoint &p = d.curve[k];
            t.addRow({std::to_string(p.month), p.date.empty() ? "–" : p.date,
                      cliNumber(formatCount(p.requests)), cliNumber(formatEnergyKWh(p.energyKWh)),
                      cliNumber(formatMassKg(p.co2eKg)), cliNumber(formatUsd(p.costUsd))});
        }
        std::string rendered = t.render();
        std::string indented;
        for (std::size_t pos = 0; pos < rendered.size();) {
            const std::size_t nl = rendered.find('\n', pos);
            indented +=
                "    " + rendered.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos + 1);
            pos = nl == std::string::npos ? rendered.size() : nl + 1;
        }
        out << indented;
    }
    for (const BreakEvenResult &r : breakEvens()) {
        out << "\n"
            << cliArgs(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Break-even: %1 (baseline) vs %2")),
                       {r.a, r.b})
            << "\n";
        printBreakEven(r, out);
    }
}

void LifecycleReport::addToJson(nlohmann::ordered_json &results, bool explain) const
{
    auto &arr = results["scenarios"];
    for (std::size_t i = 0; i < m_scenarios.size() && i < arr.size(); ++i) {
        const auto &ev = m_evaluations[i];
        if (!ev)
            continue;
        std::vector<LeverEffect> all = ev->levers.effects;
        if (ev->deployment)
            all.insert(all.end(), ev->deployment->effects.begin(), ev->deployment->effects.end());
        if (!all.empty())
            arr[i]["leverEffects"] = LifecycleJson::leverEffects(all);
        if (ev->deployment)
            arr[i]["lifecycle"] = LifecycleJson::deployment(*ev->deployment);
        if (explain) { // after the estimator's steps: {"lever", "quantity", ...} instead of "output"
            auto &trace = arr[i]["trace"];
            if (!trace.is_array())
                trace = nlohmann::ordered_json::array();
            for (const nlohmann::ordered_json &st : LifecycleJson::leverSteps(allSteps(*ev, *m_catalog)))
                trace.push_back(st);
        }
    }
    const auto be = breakEvens();
    if (!be.empty()) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const BreakEvenResult &r : be)
            list.push_back(LifecycleJson::breakEven(r));
        results["breakEven"] = list;
    }
}

int runBreakEven(Arguments &args, const Catalog &catalog, std::ostream &out)
{
    const std::string format = args.option("--format").value_or("table");
    if (format != "table" && format != "json")
        throw UsageError{"--format: expected table or json, got \"" + format + "\""};
    const auto path = args.positional();
    if (!path)
        throw UsageError{"breakeven: expected a project file (see greenlight-cli help breakeven)"};
    const auto a = args.option("--a");
    const auto b = args.option("--b");
    if (!a)
        throw UsageError{"--a: required (a scenario name)"};
    if (!b)
        throw UsageError{"--b: required (a scenario name)"};
    args.expectNoneLeft();
    ProjectLoadResult loaded = ProjectFile::load(*path, catalog);
    if (!loaded.project)
        throw UsageError{loadError(*path, loaded)};
    const Scenario *sa = loaded.project->findScenario(*a);
    const Scenario *sb = loaded.project->findScenario(*b);
    if (sa == nullptr)
        throw UsageError{"--a: no scenario named \"" + *a + "\" in " + *path};
    if (sb == nullptr)
        throw UsageError{"--b: no scenario named \"" + *b + "\" in " + *path};
    const ScenarioEvaluator evaluator(catalog);
    Issues issues;
    const auto ea = evaluator.evaluate(*sa, issues);
    const auto eb = evaluator.evaluate(*sb, issues);
    for (const Issue &i : issues)
        if (i.isError())
            throw UsageError{i.toString()};
    const auto r = BreakEven::compute(*a, *ea, *b, *eb, issues);
    if (!r)
        for (const Issue &i : issues)
            if (i.isError())
                throw UsageError{i.toString()};
    if (format == "json")
        out << LifecycleJson::breakEven(*r).dump(2) << "\n";
    else
        printBreakEven(*r, out);
    return 0;
}

} // namespace greenlight::cli
