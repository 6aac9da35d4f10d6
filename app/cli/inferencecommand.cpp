#include "inferencecommand.h"
#include "clitr.h"

#include "catalog/catalog.h"
#include "serving/servingmodel.h"
#include "serving/servingsetup.h"
#include "serving/servinguncertainty.h"
#include "texttable.h"
#include "uncertainty/montecarlo.h"
#include "util/numberformat.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>
#include <ostream>

namespace greenlight::cli {

const char *const kInferenceHelp = QT_TRANSLATE_NOOP("greenlight-cli", R"(Usage:
  greenlight-cli inference --accelerator ID [--count N] --params-b TOTAL [--active-params-b A]
      --output-tokens O [--input-tokens I] [--batch B] [--precision P]
      [--stack optimised|basic] [--fleet-utilisation U] [--pue X]
      [--region ID | --intensity G] [--samples N] [--seed S] [--format table|json]

The energy, time and CO2e of serving one request, from the serving model calibrated on published
measurements (docs/validation-inference.md). Prefill is compute-bound; each decode step reads the
weights and the batch's KV cache from memory and is shared by the batch; accelerator power rises
with the compute share of the step. --count is accelerators per replica (default: the fewest the
model and its batch fit on); --active-params-b is for mixtures of experts. --stack: optimised (an
inference server with continuous batching and tensor parallelism: vLLM, SGLang, TGI, TensorRT-LLM)
or basic (a framework's generate loop such as Transformers, layers spread over the devices). --precision: fp32, fp16,
bf16, fp8, int8 (weights and activations), int8-weight, int4, nf4, mxfp4 (weights only).
--fleet-utilisation is the busy share of the provisioned fleet (1 = no idle capacity). Without
--region or --intensity the world average grid is used. Each figure is given at its boundary:
accelerators only, IT (+ host + idle capacity), facility (x PUE).
)");

namespace {

ServingSpec specFrom(Arguments &args, ServingFieldNames &names)
{
    names = {"--accelerator",       "--count",         "--params-b", "--active-params-b",
             "--input-tokens",      "--output-tokens", "--batch",    "--precision",
             "--fleet-utilisation", "--pue",           "--region",   "--intensity"};
    ServingSpec s;
    s.acceleratorId = args.option("--accelerator").value_or("");
    if (s.acceleratorId.empty())
        throw UsageError{"--accelerator: required (see greenlight-cli catalog list accelerators)"};
    if (const auto n = args.number("--count", NumberRule::PositiveInteger))
        s.devices = static_cast<int>(*n);
    const auto params = args.number("--params-b", NumberRule::Positive);
    if (!params)
        throw UsageError{"--params-b: required (total parameters, in billions)"};
    s.totalParamsB = *params;
    s.activeParamsB = args.number("--active-params-b", NumberRule::Positive);
    const auto output = args.number("--output-tokens", NumberRule::NonNegative);
    if (!output)
        throw UsageError{"--output-tokens: required (tokens generated per request)"};
    s.outputTokens = *output;
    s.inputTokens = args.number("--input-tokens", NumberRule::NonNegative);
    s.batch = args.number("--batch", NumberRule::Finite);
    s.precision = args.option("--precision").value_or("");
    const std::string stack = args.option("--stack").value_or("optimised");
    if (stack != "optimised" && stack != "basic")
        throw UsageError{"--stack: expected optimised or basic, got \"" + stack + "\""};
    s.stack = stack == "basic" ? ServingStack::Basic : ServingStack::Optimised;
    s.fleetUtilisation = args.number("--fleet-utilisation", NumberRule::OpenFraction);
    s.pue = args.number("--pue", NumberRule::AtLeastOne);
    s.regionId = args.option("--region").value_or("");
    s.intensityGPerKWh = args.number("--intensity", NumberRule::NonNegative);
    if (!s.regionId.empty() && s.intensityGPerKWh)
        throw UsageError{"--region and --intensity exclude each other"};
    return s;
}

// Inputs the user left to the catalog are drawn from their catalog ranges too.
ServingVariation variationFor(const ServingSpec &spec, const ServingSetupResult &setup,
                              const Catalog &catalog)
{
    ServingVariation v;
    auto range = [&](const char *id) -> std::optional<Distribution> {
        const DefaultValue *d = catalog.defaultValue(id);
        return d != nullptr ? d->range : std::nullopt;
    };
    if (!spec.inputTokens)
        v.inputTokens = range("defaultInputTokens");
    if (!spec.batch)
        v.batch = range("servingBatchSize");
    v.maxBatch = setup.maxBatch; // the memory limit, not the default, caps the drawn batch
    return v;
}

nlohmann::ordered_json toJson(const ServingSetupResult &setup, const ServingResult &r,
                              const ServingRanges &ranges)
{
    nlohmann::ordered_json j;
    j["accelerator"] = setup.accelerator->id;
    j["acceleratorsPerReplica"] = setup.point.devices;
    j["precision"] = setup.precision;
    j["batch"] = setup.point.batch;
    j["inputTokens"] = setup.point.inputTokens;
    j["outputTokens"] = setup.point.outputTokens;
    j["fleetUtilisation"] = setup.point.fleetUtilisation;
    j["pue"] = setup.point.pue;
    j["intensityGPerKWh"] = setup.point.intensityGPerKWh;
    if (!setup.regionId.empty())
        j["region"] = setup.regionId;
    for (std::size_t o = 0; o < kServingOutputCount; ++o) {
        const auto out = static_cast<ServingOutput>(o);
        j[std::string(ServingUncertainty::key(out))] = ServingUncertainty::value(r, out);
    }
    j["secondsPerOutputToken"] = r.secondsPerOutputToken;
    j["hostEnergyPerRequestWh"] = r.hostEnergyPerRequestWh;
    j["idleEnergyPerRequestWh"] = r.idleEnergyPerRequestWh;
    j["embodiedCo2ePerRequestG"] = r.embodiedCo2ePerRequestG;
    j["weightGB"] = setup.weightGB;
    j["kvCacheGB"] = setup.kvGBAtBatch;
    nlohmann::ordered_json rj;
    for (std::size_t o = 0; o < kServingOutputCount; ++o) {
        const auto &p = ranges.values[o];
        rj[std::string(ServingUncertainty::key(static_cast<ServingOutput>(o)))] = {
            {"p5", p.p5}, {"p50", p.p50}, {"p95", p.p95}};
    }
    j["ranges"] = rj;
    return j;
}

std::string fmt(double v)
{
    return formatReadable(v, 3);
}

void printTable(const ServingSetupResult &setup, const ServingResult &r, const ServingRanges &ranges,
                std::ostream &out)
{
    const ServingPoint &p = setup.point;
    out << setup.accelerator->name << " × " << p.devices << " per replica, " << setup.precision << ", batch "
        << formatNumber(p.batch) << ", " << formatNumber(p.inputTokens) << " input + "
        << formatNumber(p.outputTokens) << " output tokens\n"
        << "weights"
        << " " << fmt(setup.weightGB) << " GB, KV cache " << fmt(setup.kvGBAtBatch) << " GB, "
        << "usable memory"
        << " " << fmt(setup.usableMemoryGB) << " GB; fleet utilisation " << fmt(p.fleetUtilisation)
        << ", PUE " << fmt(p.pue) << ", grid " << fmt(p.intensityGPerKWh) << " g/kWh"
        << (setup.regionId.empty() ? std::string() : " (" + setup.regionId + ")") << "\n\n";
    TextTable t({"", "value", "P5", "P50", "P95"});
    auto row = [&](const char *label, ServingOutput o) {
        const ServingPercentiles &q = ranges[o];
        t.addRow({label, fmt(ServingUncertainty::value(r, o)), fmt(q.p5), fmt(q.p50), fmt(q.p95)});
    };
    row("accelerator energy per request (Wh)", ServingOutput::GpuEnergyPerRequestWh);
    row("IT energy per request (Wh)", ServingOutput::ItEnergyPerRequestWh);
    row("facility energy per request (Wh)", ServingOutput::FacilityEnergyPerRequestWh);
    row("accelerator energy per output token (J)", ServingOutput::GpuEnergyPerOutputTokenJ);
    row("time per request (s)", ServingOutput::SecondsPerRequest);
    row("CO2e per request (g)", ServingOutput::Co2ePerRequestG);
    out << t.render() << "\n"
        << "per request: accelerators"
        << " " << fmt(r.gpuEnergyPerRequestWh) << " Wh + host " << fmt(r.hostEnergyPerRequestWh)
        << " Wh + idle capacity " << fmt(r.idleEnergyPerRequestWh) << " Wh = IT "
        << fmt(r.itEnergyPerRequestWh) << " Wh; × PUE = " << fmt(r.facilityEnergyPerRequestWh)
        << " Wh; embodied " << fmt(r.embodiedCo2ePerRequestG) << " g CO2e (not in the CO2e above)\n";
}

} // namespace

int runInference(Arguments &args, const Catalog &catalog, std::ostream &out)
{
    const std::string format = args.option("--format").value_or("table");
    if (format != "table" && format != "json")
        throw UsageError{"--format: expected table or json, got \"" + format + "\""};
    MonteCarloOptions mc;
    if (const auto n = args.number("--samples", NumberRule::PositiveInteger)) {
        if (*n < MonteCarloOptions::kMinSamples || *n > MonteCarloOptions::kMaxSamples)
            throw UsageError{"--samples: must be " + std::to_string(MonteCarloOptions::kMinSamples) + " to " +
                             std::to_string(MonteCarloOptions::kMaxSamples)};
        mc.samples = static_cast<std::size_t>(*n);
    }
    if (const auto s = args.number("--seed", NumberRule::NonNegative))
        mc.seed = static_cast<std::uint64_t>(*s);
    ServingFieldNames names;
    const ServingSpec spec = specFrom(args, names);
    args.expectNoneLeft();
    Issues issues;
    const ServingConstants constants = ServingConstants::fromCatalog(catalog, issues);
    const auto setup = ServingSetup(catalog, constants).resolve(spec, names, issues);
    for (const Issue &i : issues)
        if (!i.isError())
            std::cerr << "greenlight-cli: warning: " << i.toString() << "\n";
    for (const Issue &i : issues)
        if (i.isError())
            throw UsageError{i.toString()};
    const ServingResult r = ServingModel::evaluate(setup->point, constants);
    const ServingRanges ranges = ServingUncertainty::run(
        setup->point, constants, variationFor(spec, *setup, catalog), mc.samples, mc.seed);
    if (format == "json")
        out << toJson(*setup, r, ranges).dump(2) << "\n";
    else
        printTable(*setup, r, ranges, out);
    return 0;
}

} // namespace greenlight::cli
