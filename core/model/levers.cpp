#include "levers.h"

namespace greenlight {

std::string pruningStructureName(PruningStructure structure)
{
    switch (structure) {
    case PruningStructure::Unstructured:
        return "unstructured";
    case PruningStructure::SemiStructured24:
        return "2:4";
    case PruningStructure::Structured:
        return "structured";
    }
    return "unstructured";
}

std::optional<PruningStructure> parsePruningStructure(const std::string &text)
{
    for (auto s :
         {PruningStructure::Unstructured, PruningStructure::SemiStructured24, PruningStructure::Structured})
        if (pruningStructureName(s) == text)
            return s;
    return std::nullopt;
}

std::string quantisationMethodName(QuantisationMethod method)
{
    return method == QuantisationMethod::QuantAware ? "qat" : "ptq";
}

std::optional<QuantisationMethod> parseQuantisationMethod(const std::string &text)
{
    if (text == "ptq")
        return QuantisationMethod::PostTraining;
    if (text == "qat")
        return QuantisationMethod::QuantAware;
    return std::nullopt;
}

std::string pretrainedPolicyName(PretrainedPolicy policy)
{
    switch (policy) {
    case PretrainedPolicy::NotAttributed:
        return "notAttributed";
    case PretrainedPolicy::Amortised:
        return "amortised";
    case PretrainedPolicy::FullyAttributed:
        return "fullyAttributed";
    }
    return "notAttributed";
}

std::optional<PretrainedPolicy> parsePretrainedPolicy(const std::string &text)
{
    for (auto p :
         {PretrainedPolicy::NotAttributed, PretrainedPolicy::Amortised, PretrainedPolicy::FullyAttributed})
        if (pretrainedPolicyName(p) == text)
            return p;
    return std::nullopt;
}

} // namespace greenlight
