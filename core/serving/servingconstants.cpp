#include "servingconstants.h"

#include "catalog/catalog.h"

#include <string>

namespace greenlight {

const std::array<ServingConstantInfo, kServingConstantCount> &ServingConstants::table()
{
    static const std::array<ServingConstantInfo, kServingConstantCount> t = {{
        {ServingConstant::BandwidthEfficiency, "servingBandwidthEfficiency"},
        {ServingConstant::ComputeEfficiency, "servingComputeEfficiency"},
        {ServingConstant::PrefillEfficiency, "servingPrefillEfficiency"},
        {ServingConstant::StepOverheadS, "servingStepOverheadS"},
        {ServingConstant::StepOverheadPerRequestS, "servingStepOverheadPerRequestS"},
        {ServingConstant::BasicStackBandwidthEfficiency, "servingBasicStackBandwidthEfficiency"},
        {ServingConstant::BasicStackStepOverheadS, "servingBasicStackStepOverheadS"},
        {ServingConstant::BasicStackRequestOverheadS, "servingBasicStackRequestOverheadS"},
        {ServingConstant::BusyPowerFloor, "servingBusyPowerFloor"},
        {ServingConstant::BusyPowerCeiling, "servingBusyPowerCeiling"},
        {ServingConstant::IdlePowerFraction, "acceleratorIdlePowerFraction"},
        {ServingConstant::EightBitHalfBatch, "servingEightBitHalfBatch"},
        {ServingConstant::EightBitComputeRatio, "servingEightBitComputeRatio"},
        {ServingConstant::KvBytesPerTokenPerSqrtB, "servingKvBytesPerTokenPerSqrtParamB"},
        {ServingConstant::HostPowerPerServerW, "hostPowerPerServerW"},
        {ServingConstant::AcceleratorsPerServer, "acceleratorsPerServer"},
        {ServingConstant::FleetUtilisation, "fleetUtilisation"},
        {ServingConstant::UsableMemoryFraction, "servingUsableMemoryFraction"},
        {ServingConstant::TimeResidual, "servingTimeResidual"},
        {ServingConstant::DefaultInputTokens, "defaultInputTokens"},
    }};
    return t;
}

ServingConstants ServingConstants::fromCatalog(const Catalog &catalog, Issues &issues)
{
    ServingConstants out;
    for (const ServingConstantInfo &info : table()) {
        const DefaultValue *d = catalog.defaultValue(info.catalogId);
        if (d == nullptr) {
            issues.push_back({Issue::Severity::Error, "catalog",
                              "default \"" + std::string(info.catalogId) + "\" is missing from the catalog"});
            continue;
        }
        out[info.constant] = d->value;
        out.setRange(info.constant, d->range.value_or(Distribution::fixed(d->value)));
    }
    return out;
}

} // namespace greenlight
