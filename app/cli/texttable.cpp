#include "texttable.h"

#include <algorithm>

namespace greenlight::cli {

namespace {

std::size_t displayWidth(const std::string &s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

bool looksNumeric(const std::string &s)
{
    return !s.empty() && (std::isdigit(static_cast<unsigned char>(s.front())) || s.front() == '-');
}

} // namespace

TextTable::TextTable(std::vector<std::string> header) : m_header(std::move(header)) {}

void TextTable::addRow(std::vector<std::string> row)
{
    row.resize(m_header.size());
    m_rows.push_back(std::move(row));
}

std::string TextTable::render() const
{
    std::vector<std::size_t> widths(m_header.size(), 0);
    for (std::size_t c = 0; c < m_header.size(); ++c) {
        widths[c] = displayWidth(m_header[c]);
        for (const auto &row : m_rows)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    const auto line = [&](const std::vector<std::string> &cells, bool header) {
        std::string out;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::size_t pad = widths[c] - displayWidth(cells[c]);
            const bool right = !header && c > 0 && looksNumeric(cells[c]);
            if (c > 0)
                out += "  ";
            if (right)
                out += std::string(pad, ' ') + cells[c];
            else
                out += cells[c] + (c + 1 < cells.size() ? std::string(pad, ' ') : std::string());
        }
        return out + "\n";
    };
    std::string out = line(m_header, true);
    std::size_t total = 0;
    for (std::size_t w : widths)
        total += w + 2;
    out += std::string(total > 2 ? total - 2 : 0, '-') + "\n";
    for (const auto &row : m_rows)
        out += line(row, false);
    return out;
}

} // namespace greenlight::cli
