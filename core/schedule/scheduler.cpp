#include "scheduler.h"

#include "util/numberformat.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace greenlight {

namespace {

void error(Issues &issues, std::string path, std::string message)
{
    issues.push_back({Issue::Severity::Error, std::move(path), std::move(message)});
}

SchedulePlacement place(const HourlyProfile &p, std::vector<std::size_t> hours, double kWhPerHour)
{
    SchedulePlacement s;
    double sum = 0;
    for (std::size_t i = 0; i < hours.size(); ++i) {
        sum += p.gPerKWh[hours[i]];
        if (i == 0 || hours[i] != hours[i - 1] + 1)
            ++s.blocks;
    }
    s.startUtc = p.hourStart(hours.front());
    s.endUtc = p.hourStart(hours.back() + 1);
    s.meanGPerKWh = sum / static_cast<double>(hours.size());
    s.co2eKg = sum * kWhPerHour / 1000.0;
    s.hours = std::move(hours);
    return s;
}

std::vector<std::size_t> run(std::size_t start, std::size_t k)
{
    std::vector<std::size_t> h(k);
    std::iota(h.begin(), h.end(), start);
    return h;
}

std::string range(const HourlyProfile &p)
{
    return formatIsoTime(p.startUtc) + " – " + formatIsoTime(p.endUtc());
}

} // namespace

std::size_t Scheduler::bestStart(const std::vector<double> &v, std::size_t first, std::size_t last,
                                 std::size_t k, bool highest)
{
    double sum = 0;
    for (std::size_t i = first; i < first + k; ++i)
        sum += v[i];
    double bestSum = sum;
    std::size_t best = first;
    for (std::size_t s = first + 1; s + k <= last; ++s) {
        sum += v[s + k - 1] - v[s - 1];
        if (highest ? sum > bestSum : sum < bestSum) { // strict: the earliest of equal runs wins
            bestSum = sum;
            best = s;
        }
    }
    return best;
}

std::vector<std::size_t> Scheduler::lowestHours(const std::vector<double> &v, std::size_t first,
                                                std::size_t last, std::size_t k)
{
    std::vector<std::size_t> idx(last - first);
    std::iota(idx.begin(), idx.end(), first);
    const auto lower = [&v](std::size_t a, std::size_t b) {
        return v[a] < v[b] || (v[a] == v[b] && a < b);
    };
    std::nth_element(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(k - 1), idx.end(), lower);
    idx.resize(k);
    std::sort(idx.begin(), idx.end());
    return idx;
}

std::optional<ScheduleResult> Scheduler::plan(const HourlyProfile &p, const ScheduleJob &job, Issues &issues)
{
    const std::size_t before = issues.size();
    if (p.gPerKWh.empty()) {
        error(issues, "profile", "the profile has no hours");
        return std::nullopt;
    }
    if (!std::isfinite(job.durationHours) || job.durationHours <= 0 || job.durationHours > 1e7)
        error(issues, "durationHours",
              "expected a number of hours > 0, got " + formatNumber(job.durationHours));
    if (job.powerKW.has_value() == job.energyKWh.has_value())
        error(issues, "powerKW", "give either the average power (kW) or the energy (kWh)");
    else if (job.powerKW && (!std::isfinite(*job.powerKW) || *job.powerKW <= 0))
        error(issues, "powerKW", "expected a power > 0 kW, got " + formatNumber(*job.powerKW));
    else if (job.energyKWh && (!std::isfinite(*job.energyKWh) || *job.energyKWh <= 0))
        error(issues, "energyKWh", "expected an energy > 0 kWh, got " + formatNumber(*job.energyKWh));

    // Window: from the first whole hour at or after the earliest start, to the last whole hour
    // that ends by the deadline.
    const UtcSeconds earliest = job.earliestStart.value_or(p.startUtc);
    const UtcSeconds deadline = job.deadline.value_or(p.endUtc());
    if (earliest < p.startUtc || earliest >= p.endUtc())
        error(issues, "earliestStart",
              formatIsoTime(earliest) + " is outside the profile " + p.id + " (" + range(p) + ")");
    if (deadline <= p.startUtc || deadline > p.endUtc())
        error(issues, "deadline",
              formatIsoTime(deadline) + " is outside the profile " + p.id + " (" + range(p) + ")");
    else if (deadline <= earliest)
        error(issues, "deadline",
              formatIsoTime(deadline) + " is not after the earliest start " + formatIsoTime(earliest));
    if (issues.size() > before)
        return std::nullopt;

    ScheduleResult r;
    r.jobHours = static_cast<std::size_t>(std::ceil(job.durationHours - 1e-9));
    r.energyKWh = job.energyKWh ? *job.energyKWh : *job.powerKW * job.durationHours;
    r.energyPerHourKWh = r.energyKWh / static_cast<double>(r.jobHours);
    const auto first =
        static_cast<std::size_t>((earliest - p.startUtc + HourlyProfile::kHour - 1) / HourlyProfile::kHour);
    const auto last = static_cast<std::size_t>((deadline - p.startUtc) / HourlyProfile::kHour);
    r.windowStart = p.hourStart(first);
    r.windowEnd = p.hourStart(std::max(first, last));
    r.windowHours = last > first ? last - first : 0;
    if (r.jobHours > r.windowHours) {
        error(issues, "durationHours",
              "the job needs " + std::to_string(r.jobHours) + " h but the window " +
                  formatIsoTime(r.windowStart) + " – " + formatIsoTime(r.windowEnd) + " has " +
                  std::to_string(r.windowHours) + " whole hour(s)");
        return std::nullopt;
    }

    const std::size_t k = r.jobHours;
    r.startNow = place(p, run(first, k), r.energyPerHourKWh);
    r.best = place(p, run(bestStart(p.gPerKWh, first, last, k), k), r.energyPerHourKWh);
    r.worst = place(p, run(bestStart(p.gPerKWh, first, last, k, true), k), r.energyPerHourKWh);
    if (job.pausable)
        r.pausable = place(p, lowestHours(p.gPerKWh, first, last, k), r.energyPerHourKWh);
    r.profileMeanGPerKWh = p.mean();
    r.averageCo2eKg = r.energyKWh * r.profileMeanGPerKWh / 1000.0;
    // Each input is finite, but energy × a huge intensity can still overflow: refuse, never show inf.
    for (const double v : {r.startNow.co2eKg, r.best.co2eKg, r.worst.co2eKg, r.averageCo2eKg,
                           r.pausable ? r.pausable->co2eKg : 0.0})
        if (!std::isfinite(v)) {
            error(issues, job.energyKWh ? "energyKWh" : "powerKW",
                  "the inputs are too large to compute: CO2e is not a finite number");
            return std::nullopt;
        }
    return r;
}

} // namespace greenlight
