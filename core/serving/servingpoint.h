#pragma once

namespace greenlight {

// The serving software, which measurements show matters as much as the hardware.
enum class ServingStack
{
    Optimised, // an inference server: continuous batching, tensor parallelism (vLLM, SGLang, TGI,
               // TensorRT-LLM)
    Basic,     // a framework's generate loop (Transformers): layers spread over devices that work in turn
};

// One serving operating point with every input resolved to a number (ServingSetup builds it).
// Units are in the names; per-device figures are for one accelerator of the replica.
struct ServingPoint
{
    double totalParamsB = 0;  // memory and the share of experts a batch touches
    double activeParamsB = 0; // FLOPs and weight traffic per token
    double bytesPerParameter = 2;
    double weightMemoryScale = 1; // pruning: 1 − memory saved (index metadata included)
    double inputTokens = 0;
    double outputTokens = 0;
    double batch = 1; // requests decoded together
    int devices = 1;  // accelerators per replica
    ServingStack stack = ServingStack::Optimised;
    double peakFlopsPerDevice = 0; // FLOP/s at the compute precision
    double bandwidthBytesPerS = 0; // per device
    double tdpW = 0;               // per device
    bool eightBitKernels = false;  // W8A8 GEMMs
    double timeFactor = 1;         // levers: (1 + dequantisation overhead) / speed-up
    double fleetUtilisation = 1;   // 1: no idle capacity
    double pue = 1;
    double intensityGPerKWh = 0;
    double embodiedKgPerDeviceHour = 0; // card + server share over the service life
};

} // namespace greenlight
