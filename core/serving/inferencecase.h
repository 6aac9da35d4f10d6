#pragma once

#include "servingspec.h"
#include "servinguncertainty.h"

#include <optional>
#include <string>

namespace greenlight {

// Where a measurement stopped counting (inference_public.csv, column boundary).
enum class MeasurementBoundary
{
    GpuOnly,     // accelerators only (NVML)
    GpuPlusHost, // + CPU, DRAM (CodeCarbon's default)
    FullStack,   // + idle capacity and the facility (PUE)
};

// The unit a measurement is stated in.
enum class MeasurementUnit
{
    JoulesPerOutputToken,
    WhPerRequest,
};

// One published inference measurement and how it is put to the serving model.
struct InferenceCase
{
    std::string id;
    std::string model;
    bool fitSet = false; // used to fit the free constants (else only to check them)
    MeasurementBoundary boundary = MeasurementBoundary::GpuOnly;
    MeasurementUnit unit = MeasurementUnit::WhPerRequest;
    double measured = 0; // in unit
    // Also published for some cases (the source's notes): they pin time and power apart, which
    // energy alone cannot.
    std::optional<double> measuredStepS;  // median inter-token latency or mean time per output token
    std::optional<double> measuredPowerW; // all accelerators of the replica, while serving
    ServingSpec spec;
    ServingVariation variation;
    std::string source;
    std::string note;
};

} // namespace greenlight
