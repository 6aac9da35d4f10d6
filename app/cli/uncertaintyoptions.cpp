#include "uncertaintyoptions.h"

#include "clitr.h"

#include "catalog/currencyconverter.h"
#include "texttable.h"
#include "uncertainty/sensitivity.h"
#include "util/numberformat.h"

#include <cerrno>
#include <cstdlib>
#include <limits>

namespace greenlight::cli {

namespace {

// Strict decimal integer: digits only, no sign, no exponent, no overflow.
std::optional<std::uint64_t> parseUnsigned(const std::string &text)
{
    if (text.empty() || text.size() > 20 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    errno = 0;
    const unsigned long long v = std::strtoull(text.c_str(), nullptr, 10);
    if (errno == ERANGE)
        return std::nullopt;
    return static_cast<std::uint64_t>(v);
}

} // namespace

MonteCarloOptions UncertaintyOptions::monteCarloFromArguments(Arguments &args)
{
    MonteCarloOptions o;
    if (const auto text = args.option("--samples")) {
        const auto n = parseUnsigned(*text);
        if (!n || *n < MonteCarloOptions::kMinSamples || *n > MonteCarloOptions::kMaxSamples)
            throw UsageError{"--samples: expected an integer from " +
                             std::to_string(MonteCarloOptions::kMinSamples) + " to " +
                             std::to_string(MonteCarloOptions::kMaxSamples) + ", got \"" + *text + "\""};
        o.samples = static_cast<std::size_t>(*n);
    }
    if (const auto text = args.option("--seed")) {
        const auto seed = parseUnsigned(*text);
        if (!seed)
            throw UsageError{"--seed: expected an integer from 0 to " +
                             std::to_string(std::numeric_limits<std::uint64_t>::max()) + ", got \"" + *text +
                             "\""};
        o.seed = *seed;
    }
    return o;
}

CurrencyRate UncertaintyOptions::currencyFromArguments(Arguments &args, const Catalog &catalog)
{
    const auto code = args.option("--currency");
    if (!code)
        return {};
    const CurrencyConverter converter(catalog);
    if (auto rate = converter.rate(*code))
        return *rate;
    std::string valid;
    for (const CurrencyRate &r : converter.rates())
        valid += (valid.empty() ? "" : ", ") + r.code;
    throw UsageError{"--currency: no exchange rate for \"" + *code + "\" in the catalog (valid: " + valid +
                     ")"};
}

UncertaintyOptions UncertaintyOptions::fromArguments(Arguments &args)
{
    UncertaintyOptions o;
    o.monteCarlo = monteCarloFromArguments(args);
    if (const auto key = args.option("--sensitivity")) {
        std::string valid;
        for (std::size_t i = 0; i < kOutputCount; ++i) {
            const auto out = static_cast<Output>(i);
            if (info(out).key == *key)
                o.sensitivity = out;
            valid += (i == 0 ? "" : ", ") + std::string(info(out).key);
        }
        if (!o.sensitivity)
            throw UsageError{"--sensitivity: unknown output \"" + *key + "\" (valid: " + valid + ")"};
    }
    o.sensitivityTraining = args.flag("--sensitivity-training");
    if (o.sensitivityTraining && !o.sensitivity)
        throw UsageError{"--sensitivity-training: needs --sensitivity OUTPUTKEY"};
    return o;
}

std::string formatOutput(Output o, double v)
{
    switch (o) {
    case Output::AcceleratorHours:
    case Output::WallClockHours:
        return formatHours(v);
    case Output::TrainingFlops:
        return formatSi(v, "FLOP");
    case Output::PowerPerAcceleratorW:
        return formatReadable(v, 4) + " W";
    case Output::DynamicItEnergyKWh:
    case Output::IdleEnergyKWh:
    case Output::ItEnergyKWh:
    case Output::FacilityEnergyKWh:
        return formatEnergyKWh(v);
    case Output::Co2eLocationKg:
    case Output::Co2eMarketKg:
    case Output::Co2eEmbodiedKg:
    case Output::Co2eTotalKg:
        return formatMassKg(v);
    case Output::WaterOnsiteL:
    case Output::WaterOffsiteL:
    case Output::WaterL:
        return formatVolumeL(v);
    case Output::CostComputeUsd:
    case Output::CostCarbonUsd:
    case Output::CostUsd:
    case Output::InferenceCostUsd:
    case Output::LifecycleCostUsd:
        return formatUsd(v);
    case Output::InferenceEnergyKWh:
    case Output::LifecycleEnergyKWh:
        return formatEnergyKWh(v);
    case Output::InferenceCo2eKg:
    case Output::LifecycleCo2eKg:
        return formatMassKg(v);
    case Output::InferenceWaterL:
        return formatVolumeL(v);
    case Output::EnergyPerRequestWh:
        return formatReadable(v, 4) + " Wh";
    case Output::Co2ePerRequestG:
        return formatReadable(v, 4) + " g";
    case Output::Count:
        break;
    }
    return formatReadable(v, 4);
}

void printSensitivityTable(const std::string &scenarioName, const SensitivityResult &s, std::ostream &out)
{
    out << "\n"
        << cliArgs(
               s.lifecycle
                   ? cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                             "Sensitivity of %1 — %2 (central %3; one input at a time at the "
                                             "ends of its range; training with levers + inference):"))
                   : cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "Sensitivity of %1 — %2 (central %3; one "
                                                               "input at a time at the ends of its range):")),
               {cliCore(std::string(info(s.output).label)), scenarioName,
                cliNumber(formatOutput(s.output, s.central))})
        << "\n";
    if (s.entries.empty()) {
        out << "  "
            << cliTr(QT_TRANSLATE_NOOP("greenlight-cli",
                                       "no input of this scenario has a range: the output is fixed"))
            << "\n";
        return;
    }
    TextTable table({"#", cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "input")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "low")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "high")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "output at low")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "output at high")),
                     cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "swing"))});
    int rank = 0;
    for (const SensitivityEntry &e : s.entries) {
        // Fractions read as plain numbers; other units are kept next to the value.
        const bool named = !e.key.empty(); // a lever parameter or a serving-phase input
        const std::string_view u = named ? std::string_view(e.unit) : info(e.input).unit;
        const std::string unit = u.substr(0, 8) == "fraction" ? std::string() : " " + std::string(u);
        table.addRow({std::to_string(++rank), named ? e.key : std::string(info(e.input).key),
                      cliNumber(formatPlain(e.inputLow)) + unit, cliNumber(formatPlain(e.inputHigh)) + unit,
                      cliNumber(formatOutput(s.output, e.outputAtLow)),
                      cliNumber(formatOutput(s.output, e.outputAtHigh)),
                      cliNumber(formatOutput(s.output, e.swing))});
    }
    out << table.render();
}

} // namespace greenlight::cli
