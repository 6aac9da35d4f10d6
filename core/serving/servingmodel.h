#pragma once

#include "servingconstants.h"
#include "servingpoint.h"
#include "servingresult.h"

namespace greenlight {

// Energy and time of serving one request (docs/methodology.md, "Serving"): prefill is compute-bound;
// a decode step reads the weights and the batch's KV cache at a share of the memory bandwidth and
// does 2·N_active FLOPs per request at a share of peak; the step is shared by the batch. Accelerator
// power rises from a floor (memory-bound) to TDP with the compute share of the step. Pure and
// allocation-free: the Monte Carlo calls it per sample.
class ServingModel
{
public:
    static ServingResult evaluate(const ServingPoint &p, const ServingConstants &k);

    // Bytes of KV cache per token of context (16-bit cache). Layers × KV heads × head size grow
    // with the width and depth of the model, which a mixture of experts shares with its active
    // part, not with its experts: Qwen3-235B-A22B has 192 KiB per token, like a 22B dense model.
    static double kvBytesPerToken(double activeParamsB, const ServingConstants &k);
    // Weights the replica holds, in GB.
    static double weightGB(const ServingPoint &p);
};

} // namespace greenlight
