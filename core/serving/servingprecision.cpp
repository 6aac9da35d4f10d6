#include "servingprecision.h"

namespace greenlight {

// Block-scaled formats carry their scales: int4 with one 16-bit scale per 128 weights (AWQ, GPTQ,
// Marlin: 4.125 bits), nf4 with bitsandbytes' double-quantised absmax per 64 (≈ 4.127 bits),
// mxfp4 with one 8-bit scale per 32 (OCP Microscaling spec v1.0: 4.25 bits).
const std::vector<ServingPrecision> &ServingPrecision::all()
{
    static const std::vector<ServingPrecision> table = {
        {"fp32", 4.0, "fp32", false, "32-bit floating point"},
        {"fp16", 2.0, "fp16", false, "16-bit floating point"},
        {"bf16", 2.0, "bf16", false, "bfloat16"},
        {"fp8", 1.0, "fp8", true, "8-bit floating point weights and activations (W8A8)"},
        {"int8", 1.0, "int8", true, "8-bit integer weights and activations (W8A8)"},
        {"int8-weight", 1.0, "", false, "8-bit integer weights, 16-bit arithmetic (weight-only)"},
        {"int4", 4.125 / 8, "", false, "4-bit integer weights, group size 128 (AWQ/GPTQ; weight-only)"},
        {"nf4", 4.127 / 8, "", false, "4-bit NormalFloat weights (bitsandbytes; weight-only)"},
        {"mxfp4", 4.25 / 8, "", false, "4-bit microscaling floating point weights (weight-only)"},
    };
    return table;
}

const ServingPrecision *ServingPrecision::find(std::string_view id)
{
    for (const ServingPrecision &p : all())
        if (p.id == id)
            return &p;
    return nullptr;
}

std::string ServingPrecision::idList()
{
    std::string out;
    for (const ServingPrecision &p : all()) {
        if (!out.empty())
            out += ", ";
        out += p.id;
    }
    return out;
}

} // namespace greenlight
