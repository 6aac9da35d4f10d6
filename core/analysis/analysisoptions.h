#pragma once

#include "catalog/currencyconverter.h"
#include "uncertainty/montecarlo.h"

namespace greenlight {

// What the person looking at the numbers chose (Preferences in the window, flags in the CLI,
// passed on to the report): the Monte Carlo sample count and seed, and the display currency.
// Costs stay in US dollars in every result; `currency` only says how they are shown.
struct AnalysisOptions
{
    MonteCarloOptions monteCarlo;
    CurrencyRate currency; // US dollars unless a catalog rate was chosen
};

} // namespace greenlight
