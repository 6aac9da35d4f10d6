#pragma once

#include "catalog/distribution.h"

#include <optional>
#include <string>

namespace greenlight {

class Catalog;
struct Accelerator;

// Embodied (manufacturing) CO2e of one accelerator with its share of the server, before it is
// amortised over the service life (docs/methodology.md, "Embodied carbon"):
//   card: the record's figure when it is a card or baseboard-share footprint ("card"), else the
//         model base + memory intensity × memory GB (fitted on NVIDIA's HGX H100 footprint);
//   host: the server without accelerators, per accelerator (GPU or TPU host default).
// A record figure of basis "server-share" (Google's TPU life-cycle study) already holds the host.
struct EmbodiedModel
{
    double kg = 0;
    Distribution range;
    std::string source;
    int year = 0;
    std::string note;

    // The card part alone, and where it came from (tests and the catalog documentation read it).
    double cardKg = 0;
    bool cardFromRecord = false;

    // Missing defaults: nullopt (the catalog's required defaults make this a broken catalog).
    static std::optional<EmbodiedModel> forAccelerator(const Catalog &catalog,
                                                       const Accelerator &accelerator);
};

} // namespace greenlight
