#pragma once

#include "citation.h"

#include <map>
#include <optional>
#include <string>

namespace greenlight {

struct Accelerator
{
    std::string id;
    std::string name;
    std::string vendor;
    std::string kind;                          // gpu, tpu, cpu
    std::optional<double> tdpW;                // not published for some TPUs: power must then be given
    std::string powerBasis = "tdp";            // or "system": tdpW is an average system power per chip
    std::optional<int> acceleratorsPerServer;  // shares the host's power (CPU, DRAM, network, fans)
    std::optional<double> hostPowerPerServerW; // this server class's host; unset: the family default
    double memoryGB = 0;
    std::optional<double> memoryBandwidthGBs; // vendor peak; memory-bound decode is limited by it
    std::map<std::string, double> peakTflops; // dense, per precision
    std::string defaultPrecision;
    std::optional<double> embodiedKgCo2e;
    std::optional<double> embodiedKgCo2eLow; // the footprint's own range, when published
    std::optional<double> embodiedKgCo2eHigh;
    std::string embodiedBasis; // die (reference only), card, or server-share (host included)
    std::optional<double> embodiedHostKgPerServer; // this server class's host without accelerators
    std::optional<double> priceUsdPerHour;
    std::string priceOffer;
    int releaseYear = 0;
    std::string mfuGroup; // generation whose fitted MFU prior applies ("mfuModel.<group>"); empty: generic
    Citation citation;

    std::optional<double> peakTflopsFor(const std::string &precision) const
    {
        const auto it = peakTflops.find(precision);
        if (it == peakTflops.end())
            return std::nullopt;
        return it->second;
    }
};

} // namespace greenlight
