#include "measuredcheck.h"

#include "calibrator.h"

#include <cmath>
#include <vector>

namespace greenlight {

MeasuredValue MeasuredCheck::compare(double measured, double estimated, const OutputRange *range)
{
    MeasuredValue v;
    v.measured = measured;
    v.estimated = estimated;
    if (measured > 0 && std::isfinite(measured) && std::isfinite(estimated))
        v.ratio = estimated / measured;
    if (range && std::isfinite(range->p5) && std::isfinite(range->p95)) {
        v.p5 = range->p5;
        v.p95 = range->p95;
        v.insideRange = measured >= range->p5 && measured <= range->p95;
    }
    return v;
}

MeasuredCheckResult MeasuredCheck::check(const Project &project, const std::string &scenarioName,
                                         const Estimate &estimate, const UncertaintyResult *ranges)
{
    MeasuredCheckResult r;
    std::vector<double> energy;
    std::vector<double> co2e;
    for (const MeasuredRun &m : project.measuredRuns) {
        if (m.linkedScenario != scenarioName)
            continue;
        energy.push_back(m.energyKWh);
        co2e.push_back(m.emissionsKg);
    }
    r.runs = static_cast<int>(energy.size());
    if (r.runs == 0)
        return r;
    // Same quantities as Calibrator::compare: facility energy and location-based CO2e.
    r.energyKWh = compare(Calibrator::median(energy), estimate[Output::FacilityEnergyKWh],
                          ranges ? &(*ranges)[Output::FacilityEnergyKWh] : nullptr);
    r.co2eKg = compare(Calibrator::median(co2e), estimate[Output::Co2eLocationKg],
                       ranges ? &(*ranges)[Output::Co2eLocationKg] : nullptr);
    return r;
}

} // namespace greenlight
