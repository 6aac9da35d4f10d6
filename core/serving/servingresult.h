#pragma once

namespace greenlight {

// What serving one request costs at one operating point, split by boundary so the accelerator-only,
// IT and full-stack figures of different tools can each be read off (docs/methodology.md).
struct ServingResult
{
    double secondsPerOutputToken = 0;      // one decode step: the latency between two output tokens
    double secondsPerRequest = 0;          // a user's wait: prefill + every decode step
    double replicaSecondsPerRequest = 0;   // busy replica time one request accounts for
    double computeShare = 0;               // share of a decode step spent in arithmetic (sets power)
    double replicaPowerW = 0;              // accelerators of the replica while busy
    double gpuEnergyPerRequestWh = 0;      // accelerators, busy time only
    double hostEnergyPerRequestWh = 0;     // CPU, DRAM, NIC of the replica's share of servers
    double idleEnergyPerRequestWh = 0;     // provisioned capacity waiting for requests
    double itEnergyPerRequestWh = 0;       // gpu + host + idle
    double facilityEnergyPerRequestWh = 0; // × PUE
    double gpuEnergyPerOutputTokenJ = 0;
    double co2ePerRequestG = 0;         // facility energy × grid intensity
    double embodiedCo2ePerRequestG = 0; // serving hardware, amortised over its life
    double effectiveBatch = 0;          // the batch after the memory limit
    // The parts of a decode step and of the power, kept for explanations (built on demand).
    double memorySeconds = 0;  // bytes read / effective bandwidth
    double computeSeconds = 0; // 2 · N_active · batch / effective FLOP/s
    double overheadSeconds = 0;
    double prefillSeconds = 0; // per request, residual included
    double residual = 1;       // fit residual × lever time factor
    double busyPowerPerDeviceW = 0;
    double hostPowerW = 0; // the replica's share of its servers
};

} // namespace greenlight
