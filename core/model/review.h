#pragma once

#include <string>
#include <vector>

namespace greenlight {

// An alternative the team considered, linked to the scenario that models it.
enum class AlternativeKind
{
    DoNothing,
    SmallerModel,
    FineTune,
    Distil,
    OtherRegion,
    OtherTime,
    Other,
};

struct Alternative
{
    AlternativeKind kind = AlternativeKind::Other;
    std::string scenario; // name of a scenario in the project (empty only for DoNothing)
    std::string note;

    bool operator==(const Alternative &) const = default;
};

enum class ReviewDecision
{
    Undecided,
    Approve,
    ApproveWithConditions,
    Reject,
};

enum class ChecklistAnswer
{
    Unanswered,
    Yes,
    Partly,
    No,
};

// One answered question of the reviewer checklist (core/review/checklist.h lists the questions).
struct ChecklistItem
{
    std::string id; // stable question id, e.g. "incremental-gain"
    ChecklistAnswer answer = ChecklistAnswer::Unanswered;
    std::string note;

    bool operator==(const ChecklistItem &) const = default;
};

// The need-and-impact review of a project: the need, the alternatives and the decision.
// Saved in the project file under "review" (docs/file-format.md).
struct Review
{
    std::string purpose;
    std::string expectedBenefit;
    std::string benefitMeasure; // how the benefit is measured
    std::vector<Alternative> alternatives;
    std::string risks;
    std::vector<std::string> reviewers;
    std::string date; // ISO 8601 calendar date (YYYY-MM-DD), empty when not yet reviewed
    ReviewDecision decision = ReviewDecision::Undecided;
    std::string conditions;
    std::vector<ChecklistItem> checklist;

    bool operator==(const Review &) const = default;
};

std::string alternativeKindName(AlternativeKind kind); // "do-nothing", "smaller-model", ...
bool parseAlternativeKind(const std::string &text, AlternativeKind &kind);
std::string reviewDecisionName(ReviewDecision decision); // "undecided", "approve", ...
bool parseReviewDecision(const std::string &text, ReviewDecision &decision);
std::string checklistAnswerName(ChecklistAnswer answer); // "unanswered", "yes", "partly", "no"
bool parseChecklistAnswer(const std::string &text, ChecklistAnswer &answer);

} // namespace greenlight
