#include "calibrator.h"

#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "util/numberformat.h"

#include <algorithm>

namespace greenlight {

namespace {

std::optional<double> ratio(double measured, double estimated)
{
    if (!(estimated > 0))
        return std::nullopt;
    return measured / estimated;
}

// "measured: a, b (codecarbon 2.4.3rc1; emissions.csv)" — enough to trace a value to its files.
std::string sourceOf(const std::vector<const MeasuredRun *> &runs)
{
    std::string names;
    std::string tools;
    for (const MeasuredRun *r : runs) {
        names += (names.empty() ? "" : ", ") + r->name;
        std::string t = r->tool + (r->toolVersion.empty() ? "" : " " + r->toolVersion) +
                        (r->fileName.empty() ? "" : "; " + r->fileName);
        if (tools.find(t) == std::string::npos)
            tools += (tools.empty() ? "" : "; ") + t;
    }
    return "measured: " + names + " (" + tools + ")";
}

} // namespace

RunDerivation Calibrator::derive(const MeasuredRun &run)
{
    RunDerivation d;
    d.runName = run.name;
    if (run.gpuCount && *run.gpuCount > 0) {
        d.accelerators = *run.gpuCount;
    } else {
        d.accelerators = 1;
        d.acceleratorsAssumed = true;
    }
    d.pueKnown = run.pue.has_value();
    d.pue = run.pue.value_or(1.0);
    d.pueSource = run.pueSource;
    d.itEnergyKWh = run.energyKWh / d.pue;
    const double hours = run.durationS / 3600.0;
    if (hours > 0) {
        d.powerPerAcceleratorW = run.energyKWh * 1000.0 / (hours * d.accelerators);
        d.itPowerPerAcceleratorW = d.itEnergyKWh * 1000.0 / (hours * d.accelerators);
    }
    if (run.energyKWh > 0)
        d.intensityGPerKWh = run.emissionsKg * 1000.0 / run.energyKWh;
    return d;
}

RunComparison Calibrator::compare(const MeasuredRun &run, const std::string &scenarioName, const Estimate &e)
{
    RunComparison c;
    c.runName = run.name;
    c.scenarioName = scenarioName;
    c.measuredEnergyKWh = run.energyKWh;
    c.estimatedEnergyKWh = e[Output::FacilityEnergyKWh];
    c.energyRatio = ratio(c.measuredEnergyKWh, c.estimatedEnergyKWh);
    c.measuredCo2eKg = run.emissionsKg;
    c.estimatedCo2eKg = e[Output::Co2eLocationKg];
    c.co2eRatio = ratio(c.measuredCo2eKg, c.estimatedCo2eKg);
    c.measuredDurationH = run.durationS / 3600.0;
    c.estimatedDurationH = e[Output::WallClockHours];
    c.durationRatio = ratio(c.measuredDurationH, c.estimatedDurationH);
    return c;
}

double Calibrator::median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

CalibrationProposal Calibrator::propose(const Scenario &scenario, const ResolvedScenario &resolved,
                                        const std::vector<const MeasuredRun *> &runs)
{
    CalibrationProposal p;
    p.scenarioName = scenario.name;
    std::vector<double> power;
    std::vector<double> pue;
    std::vector<double> intensity;
    std::vector<const MeasuredRun *> powerRuns, pueRuns, intensityRuns;
    for (const MeasuredRun *r : runs) {
        p.runNames.push_back(r->name);
        const RunDerivation d = derive(*r);
        if (d.itPowerPerAcceleratorW && *d.itPowerPerAcceleratorW > 0) {
            power.push_back(*d.itPowerPerAcceleratorW);
            powerRuns.push_back(r);
        }
        if (d.acceleratorsAssumed)
            p.notes.push_back(r->name +
                              ": no GPU count in the file, the machine is counted as one accelerator");
        if (d.pueKnown) {
            pue.push_back(d.pue);
            pueRuns.push_back(r);
        } else {
            p.notes.push_back(r->name + ": the PUE the tool applied is unknown; power assumes none (PUE 1)");
        }
        if (d.intensityGPerKWh) {
            intensity.push_back(*d.intensityGPerKWh);
            intensityRuns.push_back(r);
        }
    }
    const auto add = [&](const char *field, const char *path, const char *unit, std::optional<double> current,
                         Input input, const std::vector<double> &values,
                         const std::vector<const MeasuredRun *> &from) {
        if (values.empty())
            return;
        CalibrationChange c;
        c.field = field;
        c.path = path;
        c.unit = unit;
        c.scenarioValue = current;
        c.resolvedBefore = resolved.value(input);
        // Without a measured power the estimate derives it from TDP; show that, not the unused input.
        if (input == Input::PowerW && !resolved.powerMeasured)
            c.resolvedBefore = Estimator::compute(resolved)[Output::PowerPerAcceleratorW];
        c.value = median(values);
        c.low = *std::min_element(values.begin(), values.end());
        c.high = *std::max_element(values.begin(), values.end());
        c.runs = static_cast<int>(values.size());
        c.source = sourceOf(from);
        p.changes.push_back(c);
    };
    if (scenario.workloadMode == WorkloadMode::MeasuredEnergy)
        p.notes.emplace_back(
            "powerW not proposed: the scenario's workload is a measured energy, which does not use it");
    else
        add("powerW", "hardware.powerW", "W", scenario.powerW, Input::PowerW, power, powerRuns);
    add("pue", "site.pue", "ratio", scenario.pue, Input::Pue, pue, pueRuns);
    add("intensityGPerKWh", "site.intensityGPerKWh", "g/kWh", scenario.intensityGPerKWh,
        Input::IntensityGPerKWh, intensity, intensityRuns);
    return p;
}

void Calibrator::apply(Scenario &scenario, const CalibrationProposal &proposal)
{
    std::string note;
    for (const CalibrationChange &c : proposal.changes) {
        if (c.field == "powerW") {
            scenario.powerW = c.value;
            scenario.loadFactor.reset();
            scenario.hostOverheadFraction.reset();
            scenario.hostPowerW.reset();
        } else if (c.field == "pue") {
            scenario.pue = c.value;
        } else if (c.field == "intensityGPerKWh") {
            scenario.intensityGPerKWh = c.value;
        } else {
            continue;
        }
        note += "\n  " + c.path + " = " + formatNumber(c.value, 6) + " " + c.unit + " (median of " +
                std::to_string(c.runs) + " run(s), " + formatNumber(c.low, 6) + "–" +
                formatNumber(c.high, 6) + "; " + c.source + ")";
    }
    if (note.empty())
        return;
    if (!scenario.notes.empty())
        scenario.notes += "\n";
    scenario.notes += "Calibrated from measured runs:" + note;
}

CalibrationReport Calibrator::calibrate(const Project &project, const std::string &scenarioName,
                                        const std::vector<std::string> &runNames, const Catalog &catalog)
{
    CalibrationReport report;
    const Scenario *scenario = project.findScenario(scenarioName);
    if (!scenario) {
        report.issues.push_back(
            {Issue::Severity::Error, "scenario", "no scenario named \"" + scenarioName + "\""});
        return report;
    }
    std::vector<const MeasuredRun *> runs;
    if (runNames.empty()) {
        for (const MeasuredRun &m : project.measuredRuns)
            if (m.linkedScenario == scenarioName)
                runs.push_back(&m);
        if (runs.empty()) {
            report.issues.push_back(
                {Issue::Severity::Error, "run",
                 "no measured run is linked to scenario \"" + scenarioName + "\"; name the runs to use"});
            return report;
        }
    } else {
        for (const std::string &name : runNames) {
            const MeasuredRun *m = project.findMeasuredRun(name);
            if (!m) {
                report.issues.push_back(
                    {Issue::Severity::Error, "run", "no measured run named \"" + name + "\""});
                return report;
            }
            runs.push_back(m);
        }
    }

    const Resolver resolver(catalog);
    Issues resolveIssues;
    const auto resolved = resolver.resolve(*scenario, resolveIssues);
    if (!resolved) {
        for (Issue &i : resolveIssues) {
            i.path = "scenarios." + scenarioName + "." + i.path;
            report.issues.push_back(std::move(i));
        }
        return report;
    }
    report.before = Estimator::compute(*resolved);
    for (const MeasuredRun *m : runs) {
        report.comparisons.push_back(compare(*m, scenarioName, report.before));
        report.derivations.push_back(derive(*m));
    }
    report.proposal = propose(*scenario, *resolved, runs);

    Scenario calibrated = *scenario;
    apply(calibrated, report.proposal);
    Issues afterIssues;
    const auto resolvedAfter = resolver.resolve(calibrated, afterIssues);
    report.after = resolvedAfter ? Estimator::compute(*resolvedAfter) : report.before;
    for (const Issue &i : afterIssues)
        if (i.isError())
            report.issues.push_back({Issue::Severity::Warning, "proposal",
                                     "the calibrated scenario does not resolve: " + i.toString()});
    return report;
}

} // namespace greenlight
