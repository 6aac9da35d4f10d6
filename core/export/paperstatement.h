#pragma once

#include "footprintsummary.h"

#include <string>

namespace greenlight {

// A carbon-footprint statement for a paper, in the style of published ones (Llama 2, BLOOM, OLMo):
// one paragraph plus a table of hardware, accelerator-hours, power, energy, PUE, grid intensity and
// CO2e. User text (scenario, accelerator and region names) is escaped so it prints literally.
class PaperStatement
{
public:
    static std::string markdown(const FootprintSummary &footprint);
    // A LaTeX fragment (paragraph + table environment); needs booktabs and T1 font encoding.
    static std::string latex(const FootprintSummary &footprint);
};

} // namespace greenlight
