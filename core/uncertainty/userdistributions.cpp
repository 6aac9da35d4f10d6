#include "userdistributions.h"

#include "inputrules.h"
#include "leverparameters.h"
#include "uncertaintyjson.h"
#include "util/numberformat.h"

namespace greenlight {

void UserDistributions::apply(const Scenario &s, ResolvedScenario &r, Issues &issues)
{
    for (const auto &[key, d] : s.uncertainty) {
        const std::string path = "uncertainty." + key;
        if (LeverParameters::byKey(key)) // sampled by the lifecycle (LifecycleSampling)
            continue;
        const auto input = InputRules::byKey(key);
        if (!input) {
            issues.push_back({Issue::Severity::Error, path,
                              "unknown input \"" + key + "\" (valid: " + InputRules::keyList() + ")"});
            continue;
        }
        const std::size_t i = index(*input);
        Provenance &p = r.provenance[i];
        if (!p.used) {
            issues.push_back({Issue::Severity::Warning, path,
                              "not used by this scenario (workload mode " + workloadModeName(s.workloadMode) +
                                  ", power and cost settings): ignored"});
            continue;
        }
        r.ranges[i] = d;
        if (p.fromScenario) {
            const double v = r.values[i];
            if (v < d.low || v > d.high)
                issues.push_back({Issue::Severity::Warning, path,
                                  "the scenario's value " + formatNumber(v) + " lies outside the range " +
                                      formatNumber(d.low) + "–" + formatNumber(d.high)});
        } else {
            r.values[i] = UncertaintyJson::central(d);
            p = {"scenario (uncertainty)", 0, true, true,
                 distributionKindName(d.kind) + " " + formatNumber(d.low) + "–" + formatNumber(d.high) +
                     " set in the scenario; central value " + formatNumber(r.values[i])};
        }
    }
    // A residual mix with its own distribution is an input of its own, no longer the location
    // intensity's draw (which it follows otherwise, user distribution or not).
    if (s.uncertainty.count(std::string(info(Input::ResidualMixGPerKWh).key)) != 0)
        r.residualFollowsLocation = false;
    if (r.residualFollowsLocation) // the explanation shows the value used
        r.values[index(Input::ResidualMixGPerKWh)] = r.value(Input::IntensityGPerKWh);
}

} // namespace greenlight
