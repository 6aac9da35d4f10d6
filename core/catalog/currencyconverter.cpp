#include "currencyconverter.h"

#include "catalog.h"

#include <cmath>

namespace greenlight {

namespace {

// A usable rate: positive and finite (a user catalog could hold anything).
std::optional<CurrencyRate> fromRecord(const DefaultValue &d)
{
    const std::string_view id = d.id;
    if (!id.starts_with(CurrencyConverter::kIdPrefix))
        return std::nullopt;
    const std::string code(id.substr(CurrencyConverter::kIdPrefix.size()));
    if (code.size() != 3 || !std::isfinite(d.value) || d.value <= 0)
        return std::nullopt;
    CurrencyRate r;
    r.code = code;
    // "Euro (EUR) per US dollar, ..." -> "Euro"
    const auto paren = d.name.find(" (");
    r.name = paren == std::string::npos ? code : d.name.substr(0, paren);
    r.perUsd = d.value;
    r.source = d.citation.source;
    r.year = d.citation.year;
    return r;
}

} // namespace

CurrencyConverter::CurrencyConverter(const Catalog &catalog) : m_catalog(catalog) {}

std::vector<CurrencyRate> CurrencyConverter::rates() const
{
    std::vector<CurrencyRate> out{CurrencyRate{}};
    for (const DefaultValue &d : m_catalog.defaults())
        if (auto r = fromRecord(d); r && r->code != "USD")
            out.push_back(std::move(*r));
    return out;
}

std::optional<CurrencyRate> CurrencyConverter::rate(std::string_view code) const
{
    if (code == "USD")
        return CurrencyRate{};
    const DefaultValue *d = m_catalog.defaultValue(std::string(kIdPrefix) + std::string(code));
    return d ? fromRecord(*d) : std::nullopt;
}

} // namespace greenlight
