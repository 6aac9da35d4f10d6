#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

class Catalog;
struct Project;

// One question of the reviewer checklist. Ids are stable (saved in project files); the text is
// English (the GUI translates it).
struct ChecklistQuestion
{
    std::string id;
    std::string text;
    std::string hint; // which numbers answer it
};

// One number that helps answer a question, computed from the project.
struct EvidenceFigure
{
    std::string label;
    double value = 0;
    std::string unit;
    std::string text; // value formatted with its unit, for display
};

struct ChecklistEvidence
{
    std::string id; // question id
    std::vector<EvidenceFigure> figures;
    std::string note; // why a figure is missing, or what the figures mean; may be empty
};

// The questions a careful reviewer asks of a training run, and the project's numbers next to them
// (docs/methodology.md "Need-and-impact review").
class Checklist
{
public:
    explicit Checklist(const Catalog &catalog);

    static const std::vector<ChecklistQuestion> &questions();
    static const ChecklistQuestion *find(std::string_view id);

    // Evidence for every question, in questions() order, for the project's baseline scenario (the
    // named baseline or the first). Figures are left out when the baseline cannot be evaluated.
    std::vector<ChecklistEvidence> evidence(const Project &project) const;

private:
    const Catalog &m_catalog;
};

} // namespace greenlight
