#include "embodiedmodel.h"

#include "catalog/catalog.h"
#include "util/numberformat.h"

namespace greenlight {

namespace {

Distribution rangeOf(const DefaultValue &d)
{
    return d.range.value_or(Distribution::fixed(d.value));
}

} // namespace

std::optional<EmbodiedModel> EmbodiedModel::forAccelerator(const Catalog &catalog, const Accelerator &a)
{
    const DefaultValue *base = catalog.defaultValue("embodiedCardBaseKg");
    const DefaultValue *memory = catalog.defaultValue("embodiedMemoryKgPerGB");
    const DefaultValue *host = catalog.defaultValue(a.kind == "tpu" ? "embodiedHostKgPerAccelerator.tpu"
                                                                    : "embodiedHostKgPerAccelerator.gpu");
    if (base == nullptr || memory == nullptr || host == nullptr)
        return std::nullopt;

    // The card model and its spread; a record's own footprint keeps the model's relative spread
    // unless the record gives its own range.
    const Distribution b = rangeOf(*base);
    const Distribution m = rangeOf(*memory);
    const double model = base->value + memory->value * a.memoryGB;
    const double lowFactor = model > 0 ? (b.low + m.low * a.memoryGB) / model : 1;
    const double highFactor = model > 0 ? (b.high + m.high * a.memoryGB) / model : 1;

    EmbodiedModel e;
    const bool serverShare = a.embodiedBasis == "server-share" && a.embodiedKgCo2e;
    e.cardFromRecord = (a.embodiedBasis == "card" || serverShare) && a.embodiedKgCo2e;
    e.cardKg = e.cardFromRecord ? *a.embodiedKgCo2e : model;
    double low = a.embodiedKgCo2eLow.value_or(e.cardKg * lowFactor);
    double high = a.embodiedKgCo2eHigh.value_or(e.cardKg * highFactor);
    const std::string cardSource = e.cardFromRecord
                                       ? a.name + ": " + a.citation.sourceOf("embodiedKgCo2e")
                                       : "card model " + formatNumber(base->value) + " kg + " +
                                             formatNumber(memory->value) + " kg/GB × " +
                                             formatNumber(a.memoryGB) + " GB: " + base->citation.source;
    if (serverShare) {
        e.kg = e.cardKg;
        e.range = {Distribution::Kind::Triangular, low, e.kg, high};
        e.source = cardSource;
        e.year = a.citation.year;
        e.note = "accelerator with its share of the host (life-cycle study of the whole machine)";
        return e;
    }
    // A server class's own host figure keeps the family's relative spread.
    Distribution h = rangeOf(*host);
    double hostKg = host->value;
    std::string hostSource = host->citation.source;
    int hostYear = host->citation.year;
    if (a.embodiedHostKgPerServer && a.acceleratorsPerServer && host->value > 0) {
        hostKg = *a.embodiedHostKgPerServer / *a.acceleratorsPerServer;
        const double scale = hostKg / host->value;
        h = {h.kind, h.low * scale, hostKg, h.high * scale};
        hostSource = formatNumber(*a.embodiedHostKgPerServer) + " kg per server / " +
                     std::to_string(*a.acceleratorsPerServer) +
                     " accelerators: " + a.citation.sourceOf("embodiedHostKgPerServer");
        hostYear = a.citation.year;
    }
    e.kg = e.cardKg + hostKg;
    low += h.low;
    high += h.high;
    e.range = low < high ? Distribution{Distribution::Kind::Triangular, low, e.kg, high}
                         : Distribution::fixed(e.kg);
    e.source = "card " + formatNumber(e.cardKg) + " kg (" + cardSource + "); host " + formatNumber(hostKg) +
               " kg per accelerator: " + hostSource;
    e.year = hostYear;
    e.note = e.cardFromRecord ? "card footprint of " + a.name + " plus the host's share"
                              : "card modelled from its " + formatNumber(a.memoryGB) +
                                    " GB of memory plus the host's share";
    return e;
}

} // namespace greenlight
