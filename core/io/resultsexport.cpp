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

std::string resultsToCsv(const std::vector<ScenarioResult> &results)
{
    std::string out = "name";
    for (std::size_t i = 0; i < kOutputCount; ++i)
        out += "," + std::string(info(static_cast<Output>(i)).key);
    out += "\n";
    for (const ScenarioResult &r : results) {
        out += csvQuote(r.scenario->name);
        for (std::size_t i = 0; i < kOutputCount; ++i)
            out += "," + formatNumber(r.estimate.values[i], 10);
        out += "\n";
    }
    return out;
}

} // namespace greenlight
