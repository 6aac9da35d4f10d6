#include "uncertaintyjson.h"

#include "inputrules.h"
#include "io/jsonreader.h"
#include "leverparameters.h"
#include "util/numberformat.h"

namespace greenlight {

std::optional<Distribution> UncertaintyJson::readDistribution(JsonReader &r, NumberRule rule)
{
    const auto kindText = r.string("dist", true, false);
    if (!kindText)
        return std::nullopt;
    Distribution d;
    if (!parseDistributionKind(*kindText, d.kind) || d.kind == Distribution::Kind::Fixed) {
        r.error("dist", "expected triangular, uniform or lognormal, got \"" + *kindText + "\"");
        return std::nullopt;
    }
    const bool uniform = d.kind == Distribution::Kind::Uniform;
    const auto low = r.number("low", rule, true);
    const auto high = r.number("high", rule, true);
    const auto mode = uniform ? std::nullopt : r.number("mode", rule, true);
    const bool strayMode = uniform && r.has("mode");
    if (strayMode)
        r.error("mode", "a uniform distribution has no mode: give low and high only");
    r.reportUnknownKeys({"dist", "low", "mode", "high"});
    if (!low || !high || (!uniform && !mode) || strayMode)
        return std::nullopt;
    d.low = *low;
    d.high = *high;
    d.mode = uniform ? (*low + *high) / 2 : *mode;
    if (!(d.low < d.high)) {
        r.error("high", "must be greater than low (" + formatNumber(d.low) +
                            "); for a fixed value set the plain field instead");
        return std::nullopt;
    }
    if (d.mode < d.low || d.mode > d.high) {
        r.error("mode", "must lie between low (" + formatNumber(d.low) + ") and high (" +
                            formatNumber(d.high) + "), got " + formatNumber(d.mode));
        return std::nullopt;
    }
    if (d.kind == Distribution::Kind::Lognormal && d.low <= 0) {
        r.error("low", "a lognormal needs low > 0, got " + formatNumber(d.low));
        return std::nullopt;
    }
    return d;
}

std::map<std::string, Distribution> UncertaintyJson::read(const nlohmann::json &object,
                                                          const std::string &path, Issues &issues)
{
    std::map<std::string, Distribution> out;
    JsonReader r(object, path, issues);
    if (!r.isObject())
        return out;
    for (const auto &[key, value] : object.items()) {
        const auto input = InputRules::byKey(key);
        const auto lever = input ? std::nullopt : LeverParameters::byKey(key); // lifecycle Monte Carlo
        if (!input && !lever) {
            r.error(key, "unknown input \"" + key + "\" (valid: " + InputRules::keyList() + ", " +
                             LeverParameters::keyList() + ")");
            continue;
        }
        JsonReader sub(value, r.childPath(key), issues);
        if (!sub.isObject())
            continue;
        if (auto d =
                readDistribution(sub, input ? InputRules::rule(*input) : LeverParameters::info(*lever).rule))
            out[key] = *d;
    }
    return out;
}

nlohmann::ordered_json UncertaintyJson::write(const std::map<std::string, Distribution> &distributions)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto &[key, d] : distributions) {
        nlohmann::ordered_json dj = nlohmann::ordered_json::object();
        dj["dist"] = distributionKindName(d.kind);
        dj["low"] = d.low;
        if (d.kind != Distribution::Kind::Uniform)
            dj["mode"] = d.mode;
        dj["high"] = d.high;
        j[key] = dj;
    }
    return j;
}

double UncertaintyJson::central(const Distribution &d)
{
    return d.kind == Distribution::Kind::Uniform ? (d.low + d.high) / 2 : d.mode;
}

} // namespace greenlight
