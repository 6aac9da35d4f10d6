#include "resultsexport.h"

#include "model/scenario.h"
#include "util/numberformat.h"

namespace greenlight {

std::string csvQuote(const std::string &field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

nlohmann::ordered_json resultsToJson(const std::vector<ScenarioResult> &results)
{
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const ScenarioResult &r : results) {
        nlohmann::ordered_json j;
        j["name"] = r.scenario->name;
        for (std::size_t i = 0; i < kOutputCount; ++i)
            j[std::string(info(static_cast<Output>(i)).key)] = r.estimate.values[i];
        if (r.uncertainty) {
            nlohmann::ordered_json ranges = nlohmann::ordered_json::object();
            for (std::size_t i = 0; i < kOutputCount; ++i) {
                const OutputRange &o = r.uncertainty->outputs[i];
                ranges[std::string(info(static_cast<Output>(i)).key)] = {
                    {"p5", o.p5}, {"p50", o.p50}, {"p95", o.p95}, {"mean", o.mean}};
            }
            j["ranges"] = ranges;
            j["monteCarlo"] = {{"samples", r.uncertainty->samples},
                               {"seed", r.uncertainty->seed},
                               {"variedInputs", r.uncertainty->variedInputs}};
        }
        if (r.scenario->offsetsTCo2e) // beside the emissions, never subtracted
            j["offsetsTCo2e"] = *r.scenario->offsetsTCo2e;
        if (r.sensitivity)
            j["sensitivity"] = sensitivityToJson(*r.sensitivity);
        if (r.scenario->published) {
            const PublishedFootprint &p = *r.scenario->published;
            nlohmann::ordered_json pj;
            if (p.energyMWh)
                pj["energyMWh"] = *p.energyMWh;
            pj["energyBasis"] = p.energyBasis;
            if (p.co2eT)
                pj["co2eT"] = *p.co2eT;
            if (p.acceleratorHours)
                pj["acceleratorHours"] = *p.acceleratorHours;
            pj["source"] = p.source;
            j["published"] = pj;
        }
        if (!r.trace.empty()) {
            nlohmann::ordered_json steps = nlohmann::ordered_json::array();
            for (const TraceStep &t : r.trace) {
                nlohmann::ordered_json sj;
                sj["output"] = std::string(info(t.output).key);
                sj["unit"] = std::string(info(t.output).unit);
                sj["value"] = t.value;
                sj["formula"] = t.formula;
                sj["substituted"] = t.substituted;
                nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
                for (const TraceInput &in : t.inputs) {
                    nlohmann::ordered_json ij;
                    ij["key"] = in.key;
                    ij["label"] = in.label;
                    ij["value"] = in.value;
                    ij["unit"] = in.unit;
                    ij["source"] = in.source;
                    if (in.year > 0)
                        ij["year"] = in.year;
                    if (!in.note.empty())
                        ij["note"] = in.note;
                    inputs.push_back(ij);
                }
                sj["inputs"] = inputs;
                steps.push_back(sj);
            }
            j["trace"] = steps;
        }
        arr.push_back(j);
    }
    nlohmann::ordered_json doc;
    doc["scenarios"] = arr;
    return doc;
}

nlohmann::ordered_json sensitivityToJson(const SensitivityResult &s)
{
    nlohmann::ordered_json j;
    j["output"] = std::string(info(s.output).key);
    j["unit"] = std::string(info(s.output).unit);
    j["central"] = s.central;
    // "lifecycle": training with levers + inference (LifecycleSensitivity); "training": lever-free.
    j["model"] = s.lifecycle ? "lifecycle" : "training";
    nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
    for (const SensitivityEntry &e : s.entries) {
        const bool named = !e.key.empty(); // a lever parameter or a serving-phase input
        inputs.push_back({{"key", named ? e.key : std::string(info(e.input).key)},
                          {"label", named ? e.label : std::string(info(e.input).label)},
                          {"unit", named ? e.unit : std::string(info(e.input).unit)},
                          {"low", e.inputLow},
                          {"high", e.inputHigh},
                          {"outputAtLow", e.outputAtLow},
                          {"outputAtHigh", e.outputAtHigh},
                          {"swing", e.swing}});
    }
    j["inputs"] = inputs;
    return j;
}

std::string resultsToCsv(const std::vector<ScenarioResult> &results)
{
    bool ranges = false;
    for (const ScenarioResult &r : results)
        ranges = ranges || r.uncertainty.has_value();
    std::string out = "name";
    for (std::size_t i = 0; i < kOutputCount; ++i)
        out += "," + std::string(info(static_cast<Output>(i)).key);
    if (ranges)
        for (std::size_t i = 0; i < kOutputCount; ++i)
            for (const char *suffix : {"_p5", "_p50", "_p95"})
                out += "," + std::string(info(static_cast<Output>(i)).key) + suffix;
    out += "\n";
    for (const ScenarioResult &r : results) {
        out += csvQuote(r.scenario->name);
        for (std::size_t i = 0; i < kOutputCount; ++i)
            out += "," + formatNumber(r.estimate.values[i], 10);
        if (ranges)
            for (std::size_t i = 0; i < kOutputCount; ++i) {
                const OutputRange *o = r.uncertainty ? &r.uncertainty->outputs[i] : nullptr;
                for (double v : {o ? o->p5 : 0.0, o ? o->p50 : 0.0, o ? o->p95 : 0.0})
                    out += "," + (o ? formatNumber(v, 10) : std::string());
            }
        out += "\n";
    }
    return out;
}

} // namespace greenlight
