#pragma once

#include "util/issue.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

// One published training throughput (tools/calibration/mfu_throughput.json).
struct MfuPoint
{
    std::string id;
    std::string system;
    double parametersB = 0;
    std::string accelerator;
    std::string group; // hardware generation, the accelerator records' mfuGroup
    int count = 0;
    double mfu = 0;          // 6 N D per second over the dense peak
    bool production = false; // a full run; otherwise a short throughput benchmark
    std::string source;
    std::string status;
    std::string note;
};

// Least-squares fit of ln MFU = a(group) + p·[production] + s·ln(N / 10 B) + c·ln(accelerators / 256)
// on published throughput, kept apart from the validation runs. Planned runs are production runs,
// so a group's prior median is exp(a + p) at the reference size and count.
struct MfuFitResult
{
    std::map<std::string, double> logIntercept; // a per group (benchmarks)
    std::map<std::string, int> groupPoints;
    double productionLogOffset = 0; // p
    double sizeExponent = 0;        // s
    double countExponent = 0;       // c
    double residualSigma = 0;       // of ln MFU, n − k degrees of freedom
    std::size_t points = 0;
    std::vector<double> residuals; // per point, in input order

    double productionMedian(const std::string &group) const;
    double predict(const MfuPoint &p) const;
};

class MfuFit
{
public:
    static std::optional<std::vector<MfuPoint>> load(std::string_view json, Issues &issues);
    static std::optional<MfuFitResult> fit(const std::vector<MfuPoint> &points, Issues &issues);
    static std::string markdown(const std::vector<MfuPoint> &points, const MfuFitResult &fit);
};

} // namespace greenlight
