#include "servingfleet.h"

#include "util/numberformat.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

namespace {

constexpr double kWhPerKWh = 1000;
constexpr double kSecondsPerHour = 3600;

} // namespace

FleetUse ServingFleet::followTraffic(const ServingPoint &p, const ServingResult &r, double requests)
{
    FleetUse f;
    const double u = std::clamp(p.fleetUtilisation, 1e-6, 1.0);
    const double busyReplicaHours = requests * r.replicaSecondsPerRequest / kSecondsPerHour;
    f.provisionedDeviceHours = busyReplicaHours * p.devices / u;
    f.gpuKWh = requests * r.gpuEnergyPerRequestWh / kWhPerKWh;
    f.hostKWh = requests * r.hostEnergyPerRequestWh / kWhPerKWh;
    f.idleKWh = requests * r.idleEnergyPerRequestWh / kWhPerKWh;
    f.utilisation = u;
    f.energySlopeKWh = f.itKWh(); // every part is proportional to the busy time
    f.hoursScale = true;
    return f;
}

std::optional<FleetUse> ServingFleet::provisioned(const ServingPoint &p, const ServingResult &r,
                                                  double requests, double hours, std::optional<int> count,
                                                  const Power &power, Issues &issues)
{
    FleetUse f;
    const double busyReplicaHours = requests * r.replicaSecondsPerRequest / kSecondsPerHour;
    const int perReplica = std::max(1, p.devices);
    if (count) {
        f.replicas = *count / perReplica;
        if (f.replicas < 1) {
            issues.push_back({Issue::Severity::Error, "deployment.count",
                              "a replica needs " + std::to_string(perReplica) +
                                  " accelerators, the fleet has " + std::to_string(*count)});
            return std::nullopt;
        }
    } else {
        const double u = std::clamp(p.fleetUtilisation, 1e-6, 1.0);
        f.replicas = static_cast<int>(std::max(1.0, std::ceil(busyReplicaHours / (hours * u))));
    }
    f.devices = f.replicas * perReplica;
    f.utilisation = busyReplicaHours / (f.replicas * hours);
    if (f.utilisation > 1) {
        const double needed = std::ceil(busyReplicaHours / hours) * perReplica;
        issues.push_back({Issue::Severity::Error, "deployment.count",
                          std::to_string(f.devices) + " accelerators cannot serve the traffic: it keeps " +
                              formatNumber(needed, 3) + " busy around the clock at batch " +
                              formatNumber(p.batch) +
                              " (give more, or leave the count empty to size the fleet)"});
        return std::nullopt;
    }
    const double tdpW = p.tdpW;
    f.provisionedDeviceHours = f.devices * hours;
    f.gpuKWh = requests * r.gpuEnergyPerRequestWh / kWhPerKWh;
    f.hostKWh =
        power.hostWPerServer * f.devices / std::max(1.0, power.acceleratorsPerServer) * hours / kWhPerKWh;
    // Outside their busy time every provisioned accelerator waits at idle power.
    const double busyDeviceHours = busyReplicaHours * perReplica;
    f.idleKWh = (f.provisionedDeviceHours - busyDeviceHours) * tdpW * power.idleFraction / kWhPerKWh;
    f.energySlopeKWh = f.gpuKWh - busyDeviceHours * tdpW * power.idleFraction / kWhPerKWh;
    f.hoursScale = false;
    return f;
}

} // namespace greenlight
