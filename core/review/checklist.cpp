#include "checklist.h"

#include "catalog/accelerator.h"
#include "catalog/catalog.h"
#include "catalog/region.h"
#include "lifecycle/scenarioevaluator.h"
#include "model/project.h"
#include "schedule/hourlyprofile.h"
#include "schedule/scheduler.h"
#include "util/numberformat.h"

#include <cmath>

namespace greenlight {

namespace {

EvidenceFigure mass(std::string label, double kg)
{
    return {std::move(label), kg, "kg CO2e", formatMassKg(kg)};
}

EvidenceFigure percent(std::string label, double fraction)
{
    return {std::move(label), 100 * fraction, "%", formatNumber(100 * fraction, 3) + " %"};
}

EvidenceFigure intensity(std::string label, double g)
{
    return {std::move(label), g, "gCO2e/kWh", formatNumber(g, 4) + " gCO2e/kWh"};
}

// Training alone, or training + inference when the scenario deploys the model.
double lifecycleCo2e(const ScenarioEvaluation &ev)
{
    return ev.deployment ? ev.estimate[Output::LifecycleCo2eKg] : ev.estimate[Output::Co2eTotalKg];
}

double lifecycleCost(const ScenarioEvaluation &ev)
{
    return ev.deployment ? ev.estimate[Output::LifecycleCostUsd] : ev.estimate[Output::CostUsd];
}

const Scenario *baselineOf(const Project &p)
{
    if (!p.baseline.empty())
        return p.findScenario(p.baseline);
    return p.scenarios.empty() ? nullptr : &p.scenarios.front();
}

} // namespace

Checklist::Checklist(const Catalog &catalog) : m_catalog(catalog) {}

const std::vector<ChecklistQuestion> &Checklist::questions()
{
    static const std::vector<ChecklistQuestion> q = {
        {"incremental-gain", "Is the incremental gain worth the cost?",
         "Compare the expected benefit with the baseline's lifecycle CO2e and cost, and with the "
         "lowest-footprint alternative considered."},
        {"smaller-model", "Could transfer learning or a smaller model do?",
         "The CO2e of the smaller-model, fine-tune and distil alternatives as a share of the baseline."},
        {"deployment-compression", "Are pruning, quantisation or distillation planned for deployment?",
         "The levers set on the baseline and the inference share of its lifecycle CO2e."},
        {"efficient-hardware-region", "Is the hardware efficient and the region low-carbon?",
         "The accelerator and its release year, the PUE, and the region's grid intensity against the "
         "lowest-intensity region of the same provider in the catalog."},
        {"low-carbon-hours", "Can the run be scheduled at low-carbon hours?",
         "The CO2e saved by the best start time on the region's hourly intensity profile, against the "
         "annual average."},
        {"inference-footprint", "What is the inference footprint over the model's life?",
         "Inference CO2e over the deployment period, its share of the lifecycle, and CO2e per request."},
    };
    return q;
}

const ChecklistQuestion *Checklist::find(std::string_view id)
{
    for (const ChecklistQuestion &q : questions())
        if (q.id == id)
            return &q;
    return nullptr;
}

std::vector<ChecklistEvidence> Checklist::evidence(const Project &project) const
{
    std::vector<ChecklistEvidence> out;
    for (const ChecklistQuestion &q : questions())
        out.push_back({q.id, {}, {}});
    auto at = [&out](const char *id) -> ChecklistEvidence & {
        for (ChecklistEvidence &e : out)
            if (e.id == id)
                return e;
        return out.front(); // unreachable: every id above is in questions()
    };

    const Scenario *baseline = baselineOf(project);
    const ScenarioEvaluator evaluator(m_catalog);
    Issues issues;
    const auto base = baseline ? evaluator.evaluate(*baseline, issues) : std::nullopt;
    if (!base) {
        for (ChecklistEvidence &e : out)
            e.note = "the baseline scenario cannot be evaluated";
        return out;
    }
    const double baseCo2e = lifecycleCo2e(*base);

    // Is the gain worth it: the baseline's footprint and cost, and the lightest alternative listed.
    {
        ChecklistEvidence &e = at("incremental-gain");
        e.figures.push_back(mass("Baseline lifecycle CO2e", baseCo2e));
        const double cost = lifecycleCost(*base);
        e.figures.push_back({"Baseline lifecycle cost", cost, "USD", formatUsd(cost)});
        std::string lightest;
        double lightestCo2e = 0;
        for (const Alternative &a : project.review.alternatives) {
            const Scenario *s =
                a.kind == AlternativeKind::DoNothing ? nullptr : project.findScenario(a.scenario);
            double kg = 0;
            if (s != nullptr) {
                Issues ignored;
                const auto ev = evaluator.evaluate(*s, ignored);
                if (!ev)
                    continue;
                kg = lifecycleCo2e(*ev);
            } else if (a.kind != AlternativeKind::DoNothing) {
                continue;
            }
            if (lightest.empty() || kg < lightestCo2e) {
                lightest = s ? s->name : std::string("do nothing");
                lightestCo2e = kg;
            }
        }
        if (lightest.empty()) {
            e.note = "no alternative is listed in the review";
        } else {
            e.figures.push_back(mass("Baseline CO2e above the lightest alternative (" + lightest + ")",
                                     baseCo2e - lightestCo2e));
        }
    }
    // Smaller models: each such alternative as a share of the baseline.
    {
        ChecklistEvidence &e = at("smaller-model");
        for (const Alternative &a : project.review.alternatives) {
            if (a.kind != AlternativeKind::SmallerModel && a.kind != AlternativeKind::FineTune &&
                a.kind != AlternativeKind::Distil)
                continue;
            const Scenario *s = project.findScenario(a.scenario);
            Issues ignored;
            const auto ev = s ? evaluator.evaluate(*s, ignored) : std::nullopt;
            if (ev && baseCo2e > 0)
                e.figures.push_back(
                    percent(s->name + " (" + alternativeKindName(a.kind) + "), CO2e vs baseline",
                            lifecycleCo2e(*ev) / baseCo2e));
        }
        if (e.figures.empty())
            e.note = "no smaller-model, fine-tune or distil alternative is listed in the review";
    }
    // Compression for deployment: which levers the baseline plans, and how much inference weighs.
    {
        ChecklistEvidence &e = at("deployment-compression");
        std::string planned;
        const Levers &l = baseline->levers;
        for (const auto &[on, name] : {std::pair{l.pruning.has_value(), "pruning"},
                                       std::pair{l.quantisation.has_value(), "quantisation"},
                                       std::pair{l.distillation.has_value(), "distillation"}})
            if (on)
                planned += (planned.empty() ? "" : ", ") + std::string(name);
        e.note = planned.empty() ? "no pruning, quantisation or distillation lever is set on the baseline"
                                 : "levers set on the baseline: " + planned;
        if (base->deployment && baseCo2e > 0)
            e.figures.push_back(
                percent("Inference share of lifecycle CO2e", base->deployment->co2eKg / baseCo2e));
    }
    // Hardware and region.
    {
        ChecklistEvidence &e = at("efficient-hardware-region");
        const ResolvedScenario &r = base->resolved;
        if (r.accelerator != nullptr && r.accelerator->releaseYear > 0)
            e.figures.push_back({"Accelerator release year (" + r.accelerator->name + ")",
                                 static_cast<double>(r.accelerator->releaseYear), "",
                                 std::to_string(r.accelerator->releaseYear)});
        const double pue = r.value(Input::Pue);
        e.figures.push_back({"PUE", pue, "", formatNumber(pue, 3)});
        const double g = r.value(Input::IntensityGPerKWh);
        e.figures.push_back(intensity("Grid intensity", g));
        const Region *lowest = nullptr;
        if (r.region != nullptr && !r.region->provider.empty())
            for (const Region &other : m_catalog.regions())
                if (other.provider == r.region->provider &&
                    (lowest == nullptr || other.intensityGPerKWh < lowest->intensityGPerKWh))
                    lowest = &other;
        if (lowest != nullptr) {
            e.figures.push_back(intensity("Lowest-intensity region of the provider (" + lowest->name + ")",
                                          lowest->intensityGPerKWh));
            if (g > 0)
                e.figures.push_back(percent("Training CO2e saved by moving there (grid share)",
                                            1 - lowest->intensityGPerKWh / g));
        } else {
            e.note = "the region is not a cloud region of a catalog provider: no same-provider comparison";
        }
    }
    // Low-carbon hours: the best contiguous start on the region's hourly profile.
    {
        ChecklistEvidence &e = at("low-carbon-hours");
        const ResolvedScenario &r = base->resolved;
        const HourlyProfile *profile = r.region != nullptr && !r.region->hourlyProfile.empty()
                                           ? HourlyProfile::builtIn(r.region->hourlyProfile)
                                           : nullptr;
        const double hours = base->estimate[Output::WallClockHours];
        const double kwh = base->estimate[Output::FacilityEnergyKWh];
        if (profile == nullptr) {
            e.note = "no hourly intensity profile for the region in the catalog";
        } else if (!(hours > 0) || hours > static_cast<double>(profile->size())) {
            e.note = "the run's wall-clock time does not fit in the region's hourly profile";
        } else {
            ScheduleJob job;
            job.durationHours = hours;
            job.energyKWh = kwh;
            Issues ignored;
            if (const auto plan = Scheduler::plan(*profile, job, ignored)) {
                const double avg = plan->averageCo2eKg;
                e.figures.push_back(
                    intensity("Profile mean (" + profile->id + ")", plan->profileMeanGPerKWh));
                e.figures.push_back(intensity("Best start window mean", plan->best.meanGPerKWh));
                if (avg > 0)
                    e.figures.push_back(percent("Grid CO2e saved by the best start vs the annual average",
                                                (avg - plan->best.co2eKg) / avg));
                e.note = "profile: " + profile->source;
            }
        }
    }
    // Inference over the model's life.
    {
        ChecklistEvidence &e = at("inference-footprint");
        if (!base->deployment) {
            e.note = "the baseline has no deployment: the inference footprint is not estimated";
        } else {
            const DeploymentResult &d = *base->deployment;
            e.figures.push_back(
                mass("Inference CO2e over " + std::to_string(d.months) + " months", d.co2eKg));
            if (baseCo2e > 0)
                e.figures.push_back(percent("Inference share of lifecycle CO2e", d.co2eKg / baseCo2e));
            e.figures.push_back({"CO2e per request", d.co2ePerRequestG, "g CO2e",
                                 formatNumber(d.co2ePerRequestG, 3) + " g CO2e"});
        }
    }
    return out;
}

} // namespace greenlight
