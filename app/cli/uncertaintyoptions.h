#pragma once

#include "arguments.h"
#include "catalog/currencyconverter.h"
#include "estimate/quantities.h"
#include "uncertainty/montecarlo.h"

#include <optional>
#include <ostream>
#include <string>

namespace greenlight {
class Catalog;
struct SensitivityResult;
} // namespace greenlight

namespace greenlight::cli {

// The estimate command's uncertainty flags: --samples N, --seed S, --sensitivity OUTPUTKEY.
struct UncertaintyOptions
{
    MonteCarloOptions monteCarlo;
    std::optional<Output> sensitivity;
    // --sensitivity-training: the lever-free training tornado even when the scenario has levers or
    // a deployment (by default those get the lifecycle analysis, LifecycleSensitivity).
    bool sensitivityTraining = false;

    // Reads (and marks) the flags; throws UsageError with the flag and the problem.
    static UncertaintyOptions fromArguments(Arguments &args);
    // Only --samples and --seed (commands without a tornado: report, export).
    static MonteCarloOptions monteCarloFromArguments(Arguments &args);
    // --currency CODE: a catalog exchange rate (US dollars when absent); costs stay computed in USD.
    static CurrencyRate currencyFromArguments(Arguments &args, const Catalog &catalog);
};

// An output's value for readers, in its unit with an adaptive prefix ("36.3 MWh", "14.0 t CO2e").
std::string formatOutput(Output o, double value);

// Prints the tornado ranking of one scenario as a table.
void printSensitivityTable(const std::string &scenarioName, const SensitivityResult &sensitivity,
                           std::ostream &out);

} // namespace greenlight::cli
