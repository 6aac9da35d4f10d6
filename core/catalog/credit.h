#pragma once

#include "citation.h"

#include <string>

namespace greenlight {

// A data set the catalog derives from, with the credit line its licence requires.
struct Credit
{
    std::string id;
    std::string name;
    std::string licence;
    std::string credit;
    std::string url;
    Citation citation;
};

} // namespace greenlight
