#pragma once

#include <string>
#include <vector>

namespace greenlight::cli {

// A plain-text table with aligned columns (UTF-8 aware widths); numbers align right.
class TextTable
{
public:
    explicit TextTable(std::vector<std::string> header);
    void addRow(std::vector<std::string> row);
    std::string render() const;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace greenlight::cli
