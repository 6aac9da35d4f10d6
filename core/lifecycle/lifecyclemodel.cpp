#include "lifecyclemodel.h"

#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "levers/trainingprecision.h"
#include "uncertainty/uncertaintyjson.h"
#include "util/numberformat.h"

#include <cmath>

namespace greenlight {

namespace {

const Distribution *userDistribution(const Scenario &s, LeverParameter p)
{
    const auto it = s.uncertainty.find(std::string(LeverParameters::info(p).key));
    return it == s.uncertainty.end() ? nullptr : &it->second;
}

void fill(std::optional<double> &field, const Scenario &s, LeverParameter p)
{
    if (const Distribution *d = userDistribution(s, p); d != nullptr && !field)
        field = UncertaintyJson::central(*d);
}

// A change of training format: drawn from the measured factor's range when it is one tier step
// that the peaks do not bound; a user's trainingTimeFactor is the central value.
struct TrainingFormatFactor
{
    bool applies = false;
    const char *defaultId = nullptr;
    double central = 1;
};

TrainingFormatFactor trainingFormatFactor(const Levers &l, const ScenarioEvaluation &ev,
                                          const Catalog &catalog)
{
    TrainingFormatFactor out;
    const Accelerator *acc = ev.resolved.accelerator;
    if (!l.quantisation || l.quantisation->trainingPrecision.empty() || acc == nullptr)
        return out;
    Issues ignored;
    const std::string from = ev.resolved.precision.empty() ? acc->defaultPrecision : ev.resolved.precision;
    const auto c = TrainingPrecision::change(*acc, from, l.quantisation->trainingPrecision, catalog, ignored);
    out.applies = true;
    if (c && c->defaultIds.size() == 1 && !c->peakBound) {
        const auto lower =
            std::min(trainingFormatTier(from), trainingFormatTier(l.quantisation->trainingPrecision));
        out.defaultId = lower ? TrainingPrecision::stepDefaultId(*lower) : nullptr;
    }
    out.central = l.quantisation->trainingTimeFactor.value_or(c ? c->timeFactor : 1.0);
    return out;
}

} // namespace

void LifecycleModel::applyUserCentrals(Scenario &s)
{
    if (s.uncertainty.empty())
        return;
    Levers &l = s.levers;
    if (l.pruning) {
        fill(l.pruning->retrainOverheadFraction, s, LeverParameter::RetrainOverheadFraction);
        fill(l.pruning->inferenceSpeedup, s, LeverParameter::PruningInferenceSpeedup);
    }
    if (l.quantisation) {
        fill(l.quantisation->qatOverheadFraction, s, LeverParameter::QatOverheadFraction);
        fill(l.quantisation->dequantOverheadFraction, s, LeverParameter::DequantOverheadFraction);
        if (!l.quantisation->trainingPrecision.empty())
            fill(l.quantisation->trainingTimeFactor, s, LeverParameter::TrainingTimeFactor);
    }
    if (l.experiments && l.experiments->development)
        fill(l.experiments->developmentFraction, s, LeverParameter::DevelopmentFraction);
    if (s.deployment)
        fill(s.deployment->servingTimeFactor, s, LeverParameter::ServingTimeFactor);
}

LifecycleSampling LifecycleModel::sampling(const Scenario &original, const Scenario &used,
                                           const Catalog &catalog, const ScenarioEvaluation &ev,
                                           Issues &issues)
{
    LifecycleSampling out;
    out.trainingScale = ev.levers.scale;
    const Levers &ol = original.levers;
    const Levers &ul = used.levers;
    auto catalogValue = [&](const char *id) {
        const DefaultValue *d = catalog.defaultValue(id);
        return d != nullptr ? d->value : 0.0;
    };
    // A parameter is drawn from the user's distribution, else from the catalog range of the default
    // it falls back on, unless the user fixed it with a plain value.
    auto add = [&](LeverParameter p, bool applies, bool userSet, const char *defaultId, double central) {
        const std::string key(LeverParameters::info(p).key);
        const Distribution *user = userDistribution(original, p);
        if (!applies) {
            if (user != nullptr)
                issues.push_back({Issue::Severity::Warning, "uncertainty." + key,
                                  "not used by this scenario's levers and deployment: ignored"});
            return false;
        }
        if (user != nullptr) {
            if (userSet && (central < user->low || central > user->high))
                issues.push_back({Issue::Severity::Warning, "uncertainty." + key,
                                  "the scenario's value " + formatNumber(central) +
                                      " lies outside the range " + formatNumber(user->low) + "–" +
                                      formatNumber(user->high)});
            out.parameters.push_back({p, *user, central, "scenario (uncertainty)"});
            return true;
        }
        if (userSet || defaultId == nullptr)
            return false;
        const DefaultValue *d = catalog.defaultValue(defaultId);
        if (d == nullptr || !d->range || d->range->isFixed() || !(d->range->low < d->range->high))
            return false;
        out.parameters.push_back({p, *d->range, central, d->id});
        return true;
    };
    // Training overheads: the slope of the scale is the main run's share of the base hours, taken
    // from the lever engine itself (one more evaluation at θ + 1) so the two never disagree.
    auto slope = [&](LeverParameter p, auto &&setField) {
        Scenario bumped = used;
        setField(bumped, 1.0);
        Issues ignored;
        const auto r = LeverEngine(catalog).applyTraining(bumped, ev.resolved, ev.base, ignored);
        if (r)
            out.trainingSlope[index(p)] = r->scale - ev.levers.scale;
    };
    if (ul.pruning) {
        const double f =
            ul.pruning->retrainOverheadFraction.value_or(catalogValue("pruneRetrainOverheadFraction"));
        if (add(LeverParameter::RetrainOverheadFraction, true,
                ol.pruning->retrainOverheadFraction.has_value(), "pruneRetrainOverheadFraction", f))
            slope(LeverParameter::RetrainOverheadFraction,
                  [f](Scenario &s, double d) { s.levers.pruning->retrainOverheadFraction = f + d; });
    } else {
        add(LeverParameter::RetrainOverheadFraction, false, false, nullptr, 0);
    }
    const bool qat = ul.quantisation && ul.quantisation->method == QuantisationMethod::QuantAware;
    if (qat) {
        const double f = ul.quantisation->qatOverheadFraction.value_or(catalogValue("qatOverheadFraction"));
        if (add(LeverParameter::QatOverheadFraction, true, ol.quantisation->qatOverheadFraction.has_value(),
                "qatOverheadFraction", f))
            slope(LeverParameter::QatOverheadFraction,
                  [f](Scenario &s, double d) { s.levers.quantisation->qatOverheadFraction = f + d; });
    } else {
        add(LeverParameter::QatOverheadFraction, false, false, nullptr, 0);
    }
    const bool dev = ul.experiments && ul.experiments->development;
    const double devF =
        dev ? ul.experiments->developmentFraction.value_or(catalogValue("developmentRunsFraction")) : 0;
    if (add(LeverParameter::DevelopmentFraction, dev, dev && ol.experiments->developmentFraction.has_value(),
            "developmentRunsFraction", devF))
        slope(LeverParameter::DevelopmentFraction,
              [devF](Scenario &s, double d) { s.levers.experiments->developmentFraction = devF + d; });
    const TrainingFormatFactor tf = trainingFormatFactor(ul, ev, catalog);
    if (add(LeverParameter::TrainingTimeFactor, tf.applies,
            tf.applies && ol.quantisation->trainingTimeFactor.has_value(), tf.defaultId, tf.central))
        slope(LeverParameter::TrainingTimeFactor,
              [f = tf.central](Scenario &s, double d) { s.levers.quantisation->trainingTimeFactor = f + d; });

    // Serving: only where the busy time per token matters (not a fleet of a given size).
    const DeploymentResult *d = ev.deployment ? &*ev.deployment : nullptr;
    const Deployment *ud = used.deployment ? &*used.deployment : nullptr;
    if (d != nullptr && ud != nullptr) {
        out.servingTimeMatters = true;
        out.servingEnergySlopeKWh = d->energySlopeKWh;
        out.servingHoursScale = d->hoursScale;
    }
    const bool timeMatters = out.servingTimeMatters;
    // The serving model's residual applies where the model gives the energy (not to a measured one).
    const bool modelled =
        ud != nullptr && !(ud->mode == DeploymentMode::PerRequest && ud->energyPerRequestWh);
    const Accelerator *servingAcc = d != nullptr ? catalog.accelerator(d->acceleratorId) : nullptr;
    if (ul.pruning && timeMatters && servingAcc != nullptr) {
        const PruningLever &pr = *ul.pruning;
        const char *id = nullptr;
        double speed = 1;
        switch (pr.structure) {
        case PruningStructure::Unstructured:
            id = "pruningUnstructuredInferenceSpeedup";
            speed = catalogValue(id);
            break;
        case PruningStructure::SemiStructured24:
            if (LeverEngine::hasSparseTensorCores(*servingAcc)) {
                id = "pruning24InferenceSpeedup";
                speed = catalogValue(id);
            }
            break;
        case PruningStructure::Structured: // a smaller dense model: no speed-up of its own
            break;
        }
        add(LeverParameter::PruningInferenceSpeedup, true, ol.pruning->inferenceSpeedup.has_value(), id,
            pr.inferenceSpeedup.value_or(speed));
    } else {
        add(LeverParameter::PruningInferenceSpeedup, false, false, nullptr, 0);
    }
    if (ul.quantisation && !ul.quantisation->servingPrecision.empty() && timeMatters) {
        const bool smallInt4 = ul.quantisation->servingPrecision == "int4" && d->profile.parametersB > 0 &&
                               d->profile.parametersB < catalogValue("int4DequantSmallModelThresholdB");
        add(LeverParameter::DequantOverheadFraction, true,
            ol.quantisation->dequantOverheadFraction.has_value(),
            smallInt4 ? "int4DequantOverheadSmallModel" : nullptr, d->profile.timeOverheadFraction);
    } else {
        add(LeverParameter::DequantOverheadFraction, false, false, nullptr, 0);
    }
    if (modelled) {
        add(LeverParameter::ServingTimeFactor, true, original.deployment->servingTimeFactor.has_value(),
            "servingTimeResidual", ud->servingTimeFactor.value_or(catalogValue("servingTimeResidual")));
    } else {
        add(LeverParameter::ServingTimeFactor, false, false, nullptr, 0);
    }
    return out;
}

Estimate LifecycleModel::compute(const ScenarioEvaluation &ev, const InputValues &training,
                                 const InputValues &serving, const LeverValues &theta)
{
    const LifecycleSampling &ls = ev.sampling;
    Estimate e = Estimator::compute(ev.resolved, training);
    // Training: the levers scale every output but the power (and add a fixed pretrained part).
    const double scale0 = ev.levers.scale;
    const double scale = ls.scale(theta);
    for (std::size_t i = 0; i < index(Output::InferenceEnergyKWh); ++i) {
        const auto o = static_cast<Output>(i);
        if (o == Output::PowerPerAcceleratorW)
            continue;
        if (o == Output::TrainingFlops) { // a precision change scales FLOPs differently from hours
            const double f = ev.base[o] != 0 ? ev.estimate[o] / ev.base[o] : scale0;
            e[o] *= scale0 != 0 ? f * scale / scale0 : f;
            continue;
        }
        e[o] = e[o] * scale + (ev.estimate[o] - ev.base[o] * scale0);
    }
    if (!ev.deployment)
        return e;
    const DeploymentResult &d = *ev.deployment;
    InputValues sv = serving;
    const double factor = ls.servingFactor(theta);
    sv[index(Input::MeasuredItEnergyKWh)] += ls.servingEnergySlopeKWh * (factor - 1.0);
    if (ls.servingHoursScale)
        sv[index(Input::AcceleratorHoursGiven)] *= factor;
    const Estimate s = Estimator::compute(d.servingResolved, sv);
    e[Output::InferenceEnergyKWh] = s[Output::FacilityEnergyKWh];
    e[Output::InferenceCo2eKg] = s[Output::Co2eTotalKg];
    e[Output::InferenceWaterL] = s[Output::WaterL];
    e[Output::InferenceCostUsd] = s[Output::CostUsd];
    e[Output::LifecycleEnergyKWh] = e[Output::FacilityEnergyKWh] + s[Output::FacilityEnergyKWh];
    e[Output::LifecycleCo2eKg] = e[Output::Co2eTotalKg] + s[Output::Co2eTotalKg];
    e[Output::LifecycleCostUsd] = e[Output::CostUsd] + s[Output::CostUsd];
    const double perRequest = d.totalRequests > 0 ? 1000.0 / d.totalRequests : 0;
    e[Output::EnergyPerRequestWh] = s[Output::FacilityEnergyKWh] * perRequest;
    e[Output::Co2ePerRequestG] = s[Output::Co2eTotalKg] * perRequest;
    return e;
}

} // namespace greenlight
