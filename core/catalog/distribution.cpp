#include "distribution.h"

namespace greenlight {

std::string distributionKindName(Distribution::Kind kind)
{
    switch (kind) {
    case Distribution::Kind::Fixed:
        return "fixed";
    case Distribution::Kind::Triangular:
        return "triangular";
    case Distribution::Kind::Uniform:
        return "uniform";
    case Distribution::Kind::Lognormal:
        return "lognormal";
    }
    return "fixed";
}

bool parseDistributionKind(const std::string &text, Distribution::Kind &kind)
{
    for (auto k : {Distribution::Kind::Fixed, Distribution::Kind::Triangular, Distribution::Kind::Uniform,
                   Distribution::Kind::Lognormal}) {
        if (distributionKindName(k) == text) {
            kind = k;
            return true;
        }
    }
    return false;
}

} // namespace greenlight
