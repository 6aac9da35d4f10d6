#include "breakeven.h"

#include "estimate/estimator.h"

#include "calendardate.h"
#include "util/numberformat.h"

#include <cmath>

namespace greenlight {

BreakEvenMetric BreakEven::solve(double ta, double sa, double tb, double sb, const std::string &nameA,
                                 const std::string &nameB)
{
    BreakEvenMetric m;
    m.trainingA = ta;
    m.trainingB = tb;
    m.perRequestA = sa;
    m.perRequestB = sb;
    if (ta == tb) {
        if (sa == sb) {
            m.status = "identical";
            return m;
        }
        // Equal training: the cheaper slope is cheaper from the first request.
        m.status = "crossing";
        m.requests = 0;
        return m;
    }
    const bool aCostlier = ta > tb;
    m.costlierToTrain = aCostlier ? nameA : nameB;
    const double dt = aCostlier ? ta - tb : tb - ta;
    const double ds = aCostlier ? sb - sa : sa - sb; // how much the costlier one saves per request
    if (!(ds > 0)) {
        m.status = "never";
        m.note = ds == 0 ? "equal inference cost per request: the training gap never closes"
                         : "the one costlier to train is also costlier per request";
        return m;
    }
    m.status = "crossing";
    m.requests = dt / ds;
    return m;
}

std::optional<BreakEvenResult> BreakEven::compute(const std::string &nameA, const ScenarioEvaluation &a,
                                                  const std::string &nameB, const ScenarioEvaluation &b,
                                                  Issues &issues)
{
    if (!a.deployment)
        issues.push_back(
            {Issue::Severity::Error, "--a",
             "scenario \"" + nameA + "\" has no deployment: break-even needs both scenarios' inference"});
    if (!b.deployment)
        issues.push_back(
            {Issue::Severity::Error, "--b",
             "scenario \"" + nameB + "\" has no deployment: break-even needs both scenarios' inference"});
    if (!a.deployment || !b.deployment)
        return std::nullopt;
    const DeploymentResult &da = *a.deployment;
    const DeploymentResult &db = *b.deployment;
    BreakEvenResult r;
    r.a = nameA;
    r.b = nameB;
    struct Metric
    {
        const char *key;
        const char *unit;
        Output training;
        double sa, sb;
    };
    const Metric metrics[] = {
        {"co2eKg", "kg CO2e", Output::Co2eTotalKg, da.co2eKg / da.totalRequests,
         db.co2eKg / db.totalRequests},
        {"energyKWh", "kWh", Output::FacilityEnergyKWh, da.energyKWh / da.totalRequests,
         db.energyKWh / db.totalRequests},
        {"costUsd", "USD", Output::CostUsd, da.costPerRequestUsd, db.costPerRequestUsd}};
    for (const Metric &mt : metrics) {
        BreakEvenMetric m =
            solve(a.estimate[mt.training], mt.sa, b.estimate[mt.training], mt.sb, nameA, nameB);
        m.metric = mt.key;
        m.unit = mt.unit;
        if (m.requests) {
            const DeploymentResult &costlier = m.costlierToTrain == nameB ? db : da;
            m.days = *m.requests / costlier.requestsPerDay;
            m.withinDeployment = *m.requests <= costlier.totalRequests;
            const std::string start = !costlier.startDate.empty()
                                          ? costlier.startDate
                                          : (da.startDate.empty() ? db.startDate : da.startDate);
            if (!start.empty())
                m.date = CalendarDate::addDays(start, static_cast<long>(std::floor(*m.days)));
            if (da.requestsPerDay != db.requestsPerDay)
                m.note = "the deployments' traffic differs (" + formatPlain(da.requestsPerDay) + " vs " +
                         formatPlain(db.requestsPerDay) +
                         " requests/day): requests use each one's cost per request, days the traffic of " +
                         (m.costlierToTrain.empty() ? nameA : m.costlierToTrain);
        }
        r.metrics.push_back(std::move(m));
    }
    return r;
}

double BreakEven::monthsFromDays(double days)
{
    return days * 24.0 / (Estimator::kHoursPerYear / 12.0);
}

double BreakEven::valueAtCrossing(const BreakEvenMetric &m)
{
    return m.requests ? m.trainingA + m.perRequestA * *m.requests : m.trainingA;
}

} // namespace greenlight
