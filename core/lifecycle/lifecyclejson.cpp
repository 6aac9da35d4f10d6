#include "lifecyclejson.h"

namespace greenlight {

nlohmann::ordered_json LifecycleJson::leverEffects(const std::vector<LeverEffect> &effects)
{
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const LeverEffect &e : effects) {
        nlohmann::ordered_json j;
        j["lever"] = e.lever;
        if (!e.training.empty()) {
            j["training"] = e.training;
            j["acceleratorHoursDelta"] = e.acceleratorHoursDelta;
            j["energyKWhDelta"] = e.energyKWhDelta;
            j["co2eKgDelta"] = e.co2eKgDelta;
            j["costUsdDelta"] = e.costUsdDelta;
        }
        if (!e.inference.empty())
            j["inference"] = e.inference;
        arr.push_back(j);
    }
    return arr;
}

nlohmann::ordered_json LifecycleJson::leverSteps(const std::vector<LeverStep> &steps)
{
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const LeverStep &st : steps) {
        nlohmann::ordered_json j;
        j["lever"] = st.lever;
        j["quantity"] = st.quantity;
        j["unit"] = st.unit;
        j["value"] = st.value;
        j["formula"] = st.formula;
        j["substituted"] = st.substituted;
        nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
        for (const TraceInput &in : st.inputs) {
            nlohmann::ordered_json ij;
            ij["key"] = in.key;
            ij["label"] = in.label;
            ij["value"] = in.value;
            ij["unit"] = in.unit;
            ij["source"] = in.source;
            if (in.year > 0)
                ij["year"] = in.year;
            inputs.push_back(ij);
        }
        j["inputs"] = inputs;
        arr.push_back(j);
    }
    return arr;
}

nlohmann::ordered_json LifecycleJson::deployment(const DeploymentResult &d)
{
    nlohmann::ordered_json j;
    j["accelerator"] = d.acceleratorId;
    if (d.devices > 0)
        j["devices"] = d.devices;
    j["servedParametersB"] = d.profile.parametersB;
    j["servingPrecision"] = d.profile.precision;
    j["speedup"] = d.profile.speedup;
    if (d.servingModelUsed) {
        const ServingPoint &p = d.point;
        j["acceleratorsPerReplica"] = p.devices;
        j["replicas"] = d.replicas;
        j["batch"] = p.batch;
        j["inputTokens"] = p.inputTokens;
        j["outputTokens"] = p.outputTokens;
        j["fleetUtilisation"] = d.utilisation;
        j["secondsPerRequest"] = d.perRequest.secondsPerRequest;
        j["secondsPerOutputToken"] = d.perRequest.secondsPerOutputToken;
    }
    j["servingAcceleratorHours"] = d.servingAcceleratorHours;
    j["itEnergyKWh"] = {
        {"accelerators", d.gpuEnergyKWh}, {"host", d.hostEnergyKWh}, {"idleCapacity", d.idleEnergyKWh}};
    j["months"] = d.months;
    j["requests"] = d.totalRequests;
    j["tokens"] = d.totalTokens;
    j["energyKWh"] = d.energyKWh;
    j["co2eKg"] = d.co2eKg;
    j["co2eMarketKg"] = d.co2eMarketKg;
    j["waterL"] = d.waterL;
    j["costUsd"] = d.costUsd;
    j["energyPerRequestWh"] = d.energyPerRequestWh;
    j["co2ePerRequestG"] = d.co2ePerRequestG;
    j["costPerRequestUsd"] = d.costPerRequestUsd;
    nlohmann::ordered_json curve = nlohmann::ordered_json::array();
    for (const LifecyclePoint &p : d.curve) {
        nlohmann::ordered_json pj;
        pj["month"] = p.month;
        if (!p.date.empty())
            pj["date"] = p.date;
        pj["requests"] = p.requests;
        pj["energyKWh"] = p.energyKWh;
        pj["co2eKg"] = p.co2eKg;
        pj["costUsd"] = p.costUsd;
        curve.push_back(pj);
    }
    j["curve"] = curve;
    return j;
}

nlohmann::ordered_json LifecycleJson::breakEven(const BreakEvenResult &r)
{
    nlohmann::ordered_json j;
    j["a"] = r.a;
    j["b"] = r.b;
    nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
    for (const BreakEvenMetric &m : r.metrics) {
        nlohmann::ordered_json mj;
        mj["status"] = m.status;
        mj["costlierToTrain"] =
            m.costlierToTrain.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(m.costlierToTrain);
        mj["trainingA"] = m.trainingA;
        mj["trainingB"] = m.trainingB;
        mj["perRequestA"] = m.perRequestA;
        mj["perRequestB"] = m.perRequestB;
        mj["requests"] = m.requests ? nlohmann::ordered_json(*m.requests) : nlohmann::ordered_json();
        mj["days"] = m.days ? nlohmann::ordered_json(*m.days) : nlohmann::ordered_json();
        mj["date"] = m.date.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(m.date);
        mj["withinDeployment"] = m.withinDeployment;
        if (!m.note.empty())
            mj["note"] = m.note;
        metrics[m.metric] = mj;
    }
    j["metrics"] = metrics;
    return j;
}

} // namespace greenlight
