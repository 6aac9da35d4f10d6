#pragma once

#include "hourlyprofile.h"
#include "util/issue.h"

#include <optional>
#include <vector>

namespace greenlight {

// A job to place on an hourly profile. Give the duration and either the average facility power or
// the facility energy. A fractional duration is rounded up to whole hours and the energy is spread
// evenly over those hours (the energy is kept, the hourly power slightly lowered).
struct ScheduleJob
{
    double durationHours = 0;
    std::optional<double> powerKW;           // average facility power
    std::optional<double> energyKWh;         // facility energy of the whole job
    std::optional<UtcSeconds> earliestStart; // default: the profile's first hour
    std::optional<UtcSeconds> deadline;      // the job must end by then; default: the profile's end
    bool pausable = false;                   // may stop and resume at hour boundaries
};

// One way to run the job: the hours used and what they emit.
struct SchedulePlacement
{
    std::vector<std::size_t> hours; // profile indices, ascending (contiguous unless paused)
    UtcSeconds startUtc = 0;
    UtcSeconds endUtc = 0;  // end of the last hour used
    std::size_t blocks = 0; // runs of consecutive hours (1 = no pause)
    double meanGPerKWh = 0;
    double co2eKg = 0;
};

struct ScheduleResult
{
    std::size_t jobHours = 0;
    double energyKWh = 0;
    double energyPerHourKWh = 0;
    UtcSeconds windowStart = 0;
    UtcSeconds windowEnd = 0;
    std::size_t windowHours = 0;

    SchedulePlacement startNow;                // contiguous from the earliest start
    SchedulePlacement best;                    // best contiguous start
    SchedulePlacement worst;                   // worst contiguous start
    std::optional<SchedulePlacement> pausable; // the lowest hours of the window (job.pausable)

    double profileMeanGPerKWh = 0; // mean over the whole profile ("annual average")
    double averageCo2eKg = 0;      // the job's energy at the profile mean

    // The recommended placement: pausable when allowed, else the best contiguous start.
    const SchedulePlacement &recommended() const { return pausable ? *pausable : best; }
};

// Carbon-aware placement of a job in time (Dodge et al. 2022 "flexible start" and "pause and
// resume"; Wiesner et al. 2021). Contiguous search is one O(n) sliding-window pass; the pausable
// plan is the k lowest-intensity hours of the window (O(n) selection).
class Scheduler
{
public:
    // Issues name the fields "durationHours", "powerKW", "energyKWh", "earliestStart", "deadline".
    static std::optional<ScheduleResult> plan(const HourlyProfile &profile, const ScheduleJob &job,
                                              Issues &issues);

    // Index of the first hour of the lowest-sum run of k consecutive hours in [first, last)
    // (earliest on ties); `highest` finds the highest instead. Requires k ≤ last - first, k ≥ 1.
    static std::size_t bestStart(const std::vector<double> &values, std::size_t first, std::size_t last,
                                 std::size_t k, bool highest = false);
    // The k lowest hours of [first, last), ascending by index (earliest on ties).
    static std::vector<std::size_t> lowestHours(const std::vector<double> &values, std::size_t first,
                                                std::size_t last, std::size_t k);
};

} // namespace greenlight
