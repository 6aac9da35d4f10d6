#pragma once

#include "footprintsummary.h"

#include <string>

namespace greenlight {

// A Hugging Face model-card snippet: the `co2_eq_emissions` metadata (emissions in grams, source,
// training_type, geographical_location, hardware_used; huggingface.co/docs/hub/model-cards-co2) and
// a Markdown "## Carbon footprint" section like published model cards.
class ModelCard
{
public:
    static std::string metadata(const FootprintSummary &footprint); // YAML between --- lines
    static std::string section(const FootprintSummary &footprint);  // Markdown
    static std::string snippet(const FootprintSummary &footprint);  // metadata + blank line + section
};

} // namespace greenlight
