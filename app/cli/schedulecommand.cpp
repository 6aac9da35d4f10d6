#include "schedulecommand.h"
#include "clitr.h"

#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "regionscommand.h"
#include "schedule/profileimporter.h"
#include "schedule/scheduler.h"
#include "texttable.h"
#include "util/numberformat.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <ostream>

namespace greenlight::cli {

const char *const kScheduleHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli schedule (--profile ID | --profile-file FILE)
        (--hours H (--power-kw P | --energy-kwh E) | PROJECT.json [--scenario NAME])
        [--earliest TIME] [--deadline TIME] [--pausable] [--format table|json]

Finds when to run a job on an hourly grid-intensity profile: the best contiguous start, the worst
one, starting at the earliest time ("start now") and the profile's average, with the savings. With
--pausable the job may stop and resume at hour boundaries: it then runs in the window's
lowest-intensity hours. A fractional --hours is rounded up to whole hours (the energy is kept).
From a project, the scenario's facility energy and duration (accelerator-hours / accelerators,
experiments included) are used.

--profile takes a built-in profile id (US-CISO, ...; `catalog list profiles`) or a region whose
record names one. --profile-file reads a CSV: timestamp_utc,g_per_kwh, Electricity Maps or
WattTime exports (docs/methodology.md). TIME is ISO 8601 (2022-06-01T08:00:00Z, an offset such
as +02:00, or a date 2022-06-01); without a zone it is UTC. The window defaults to the whole profile.
)");

namespace {

std::string flagForField(const std::string &path)
{
    static const std::map<std::string, std::string> flags = {
        {"durationHours", "--hours"},    {"powerKW", "--power-kw"},  {"energyKWh", "--energy-kwh"},
        {"earliestStart", "--earliest"}, {"deadline", "--deadline"}, {"profile", "--profile"}};
    const auto it = flags.find(path);
    return it == flags.end() ? path : it->second;
}

UtcSeconds parseTimeFlag(const std::string &flag, std::string text)
{
    if (text.size() == 10) // a date alone: midnight UTC
        text += "T00:00:00Z";
    const auto t = parseIsoTime(text);
    if (!t)
        throw UsageError{flag + ": cannot read \"" + text +
                         "\" (expected ISO 8601, e.g. 2022-06-01T08:00:00Z)"};
    return t->utc;
}

HourlyProfile loadProfile(Arguments &args, const Catalog &catalog)
{
    const auto id = args.option("--profile");
    const auto file = args.option("--profile-file");
    if (id && file)
        throw UsageError{"--profile and --profile-file exclude each other"};
    if (!id && !file)
        throw UsageError{"give the profile: --profile ID (see `greenlight-cli catalog list profiles`) or "
                         "--profile-file FILE"};
    if (file) {
        ProfileImportResult r = ProfileImporter::load(*file);
        for (const Issue &i : r.issues)
            if (i.isError())
                throw UsageError{"--profile-file: " + i.toString()};
        for (const Issue &i : r.issues)
            std::cerr << "greenlight-cli: warning: " << i.toString() << "\n";
        return std::move(*r.profile);
    }
    if (const HourlyProfile *p = HourlyProfile::builtIn(*id))
        return *p;
    if (const Region *region = catalog.region(*id); region != nullptr && !region->hourlyProfile.empty())
        if (const HourlyProfile *p = HourlyProfile::builtIn(region->hourlyProfile))
            return *p;
    std::string known;
    for (const std::string &k : HourlyProfile::builtInIds())
        known += (known.empty() ? "" : ", ") + k;
    throw UsageError{"--profile: no hourly profile \"" + *id + "\" (built-in: " + known +
                     "; or use --profile-file FILE)"};
}

double percent(double part, double whole)
{
    return whole > 0 ? part / whole * 100.0 : 0.0;
}

std::string saving(double base, double value)
{
    const double kg = base - value;
    return formatMassKg(kg) + " (" + formatNumber(percent(kg, base), 3) + "%)";
}

nlohmann::ordered_json placementJson(const SchedulePlacement &p, const ScheduleResult &r,
                                     const HourlyProfile &profile)
{
    nlohmann::ordered_json j;
    j["start"] = formatIsoTime(p.startUtc);
    j["end"] = formatIsoTime(p.endUtc);
    j["blocks"] = p.blocks;
    if (p.blocks > 1) {
        nlohmann::ordered_json runs = nlohmann::ordered_json::array();
        std::size_t from = p.hours.front();
        for (std::size_t i = 1; i <= p.hours.size(); ++i) {
            if (i < p.hours.size() && p.hours[i] == p.hours[i - 1] + 1)
                continue;
            runs.push_back({formatIsoTime(profile.hourStart(from)),
                            formatIsoTime(profile.hourStart(p.hours[i - 1] + 1))});
            if (i < p.hours.size())
                from = p.hours[i];
        }
        j["runs"] = runs;
    }
    j["meanGPerKWh"] = p.meanGPerKWh;
    j["co2eKg"] = p.co2eKg;
    j["savingVsStartNowKg"] = r.startNow.co2eKg - p.co2eKg;
    j["savingVsStartNowPercent"] = percent(r.startNow.co2eKg - p.co2eKg, r.startNow.co2eKg);
    j["savingVsAverageKg"] = r.averageCo2eKg - p.co2eKg;
    j["savingVsAveragePercent"] = percent(r.averageCo2eKg - p.co2eKg, r.averageCo2eKg);
    return j;
}

} // namespace

int runSchedule(Arguments &args, const Catalog &catalog, std::ostream &out)
{
    const std::string format = args.option("--format").value_or("table");
    if (format != "table" && format != "json")
        throw UsageError{"--format: expected table or json, got \"" + format + "\""};
    const HourlyProfile profile = loadProfile(args, catalog);

    ScheduleJob job;
    job.pausable = args.flag("--pausable");
    if (const auto t = args.option("--earliest"))
        job.earliestStart = parseTimeFlag("--earliest", *t);
    if (const auto t = args.option("--deadline"))
        job.deadline = parseTimeFlag("--deadline", *t);
    const auto hours = args.number("--hours", NumberRule::Positive);
    const auto powerKW = args.number("--power-kw", NumberRule::Positive);
    const auto energyKWh = args.number("--energy-kwh", NumberRule::Positive);
    const auto scenarioName = args.option("--scenario");
    const auto projectPath = args.positional();
    std::string jobLabel;
    if (projectPath) {
        if (hours || powerKW || energyKWh)
            throw UsageError{"give either PROJECT.json or --hours with --power-kw/--energy-kwh, not both"};
        args.expectNoneLeft();
        const Scenario s = loadProjectScenario(*projectPath, scenarioName, catalog);
        Issues issues;
        const auto resolved = Resolver(catalog).resolve(s, issues);
        if (!resolved)
            for (const Issue &i : issues)
                if (i.isError())
                    throw UsageError{*projectPath + ": " + i.toString()};
        const Estimate e = Estimator::compute(*resolved);
        const double count = resolved->value(Input::AcceleratorCount);
        const double h = count > 0 ? e[Output::AcceleratorHours] / count : 0;
        if (!(h > 0))
            throw UsageError{
                "--scenario: \"" + s.name +
                "\" has no duration (measured energy without hours): use --hours with --energy-kwh"};
        job.durationHours = h;
        job.energyKWh = e[Output::FacilityEnergyKWh];
        jobLabel = "scenario \"" + s.name + "\": ";
    } else {
        if (scenarioName)
            throw UsageError{"--scenario: only with PROJECT.json"};
        args.expectNoneLeft();
        if (!hours)
            throw UsageError{"give the job: --hours H with --power-kw P or --energy-kwh E, or PROJECT.json"};
        if (!powerKW && !energyKWh)
            throw UsageError{"--hours: give the power (--power-kw) or the energy (--energy-kwh) too"};
        if (powerKW && energyKWh)
            throw UsageError{"--power-kw and --energy-kwh exclude each other"};
        job.durationHours = *hours;
        job.powerKW = powerKW;
        job.energyKWh = energyKWh;
    }

    Issues issues;
    const auto r = Scheduler::plan(profile, job, issues);
    if (!r)
        for (const Issue &i : issues)
            if (i.isError())
                throw UsageError{flagForField(i.path) + ": " + i.message};

    if (format == "json") {
        nlohmann::ordered_json j;
        j["profile"] = {{"id", profile.id},
                        {"name", profile.name},
                        {"source", profile.source},
                        {"start", formatIsoTime(profile.startUtc)},
                        {"end", formatIsoTime(profile.endUtc())},
                        {"hours", profile.size()},
                        {"filledHours", profile.filledHours},
                        {"meanGPerKWh", r->profileMeanGPerKWh}};
        j["job"] = {{"hours", r->jobHours},
                    {"energyKWh", r->energyKWh},
                    {"energyPerHourKWh", r->energyPerHourKWh},
                    {"pausable", job.pausable}};
        j["window"] = {{"start", formatIsoTime(r->windowStart)},
                       {"end", formatIsoTime(r->windowEnd)},
                       {"hours", r->windowHours}};
        nlohmann::ordered_json plans;
        plans["startNow"] = placementJson(r->startNow, *r, profile);
        plans["best"] = placementJson(r->best, *r, profile);
        if (r->pausable)
            plans["pausable"] = placementJson(*r->pausable, *r, profile);
        plans["worst"] = placementJson(r->worst, *r, profile);
        plans["average"] = {{"meanGPerKWh", r->profileMeanGPerKWh}, {"co2eKg", r->averageCo2eKg}};
        j["plans"] = plans;
        out << j.dump(2) << "\n";
        return 0;
    }

    out << "Profile  " << profile.name << " (" << profile.size() << " h from "
        << formatIsoTime(profile.startUtc);
    if (profile.filledHours > 0)
        out << ", " << profile.filledHours << " empty hour(s) interpolated";
    out << ")\n         " << profile.source << "\n";
    out << "Job      " << jobLabel << r->jobHours << " h, " << formatEnergyKWh(r->energyKWh) << " ("
        << formatNumber(r->energyPerHourKWh, 4) << " kWh per hour), "
        << (job.pausable ? "pausable at hour boundaries" : "contiguous") << "\n";
    out << "Window   " << formatIsoTime(r->windowStart) << " – " << formatIsoTime(r->windowEnd) << " ("
        << r->windowHours << " h)\n\n";
    TextTable table(
        {"plan", "start (UTC)", "end (UTC)", "g CO2e/kWh", "CO2e", "saved vs start now", "saved vs average"});
    const auto row = [&](const std::string &label, const SchedulePlacement &p) {
        table.addRow({label, formatIsoTime(p.startUtc), formatIsoTime(p.endUtc),
                      formatNumber(p.meanGPerKWh, 4), formatMassKg(p.co2eKg),
                      saving(r->startNow.co2eKg, p.co2eKg), saving(r->averageCo2eKg, p.co2eKg)});
    };
    table.addRow({"start now (earliest)", formatIsoTime(r->startNow.startUtc),
                  formatIsoTime(r->startNow.endUtc), formatNumber(r->startNow.meanGPerKWh, 4),
                  formatMassKg(r->startNow.co2eKg), "—", saving(r->averageCo2eKg, r->startNow.co2eKg)});
    row("best start", r->best);
    if (r->pausable)
        row("pausable, " + std::to_string(r->pausable->blocks) + " block(s)", *r->pausable);
    row("worst start", r->worst);
    table.addRow({"profile average", "—", "—", formatNumber(r->profileMeanGPerKWh, 4),
                  formatMassKg(r->averageCo2eKg), saving(r->startNow.co2eKg, r->averageCo2eKg), "—"});
    out << table.render();
    const SchedulePlacement &rec = r->recommended();
    out << "\nRecommended: "
        << (r->pausable ? "run in the lowest hours (" + std::to_string(rec.blocks) + " block(s)) "
                        : std::string("start at ") + formatIsoTime(rec.startUtc) + " ")
        << "— " << formatMassKg(rec.co2eKg) << ", " << saving(r->startNow.co2eKg, rec.co2eKg)
        << " less than starting now.\n";
    return 0;
}

} // namespace greenlight::cli
