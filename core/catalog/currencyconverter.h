#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

class Catalog;

// A display currency: how many of its units one US dollar buys, and where the rate comes from.
struct CurrencyRate
{
    std::string code = "USD"; // ISO 4217
    std::string name = "US dollar";
    double perUsd = 1; // USD itself is the unit every cost is computed in, not a catalog rate
    std::string source;
    int year = 0;
};

// Converts costs (always computed in US dollars) into a display currency, with the exchange
// rates of the catalog's "exchangeRate.<CODE>" defaults records (value = CODE per USD).
class CurrencyConverter
{
public:
    static constexpr std::string_view kIdPrefix = "exchangeRate.";

    explicit CurrencyConverter(const Catalog &catalog);

    // USD first, then every catalog rate in catalog order.
    std::vector<CurrencyRate> rates() const;
    // Empty when the catalog has no rate for `code` (case-sensitive ISO code).
    std::optional<CurrencyRate> rate(std::string_view code) const;

    static double fromUsd(double usd, const CurrencyRate &rate) { return usd * rate.perUsd; }
    static double toUsd(double amount, const CurrencyRate &rate) { return amount / rate.perUsd; }

private:
    const Catalog &m_catalog;
};

} // namespace greenlight
