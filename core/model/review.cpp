#include "review.h"

namespace greenlight {

namespace {

// One table per enum keeps the name and the parser in step.
template <typename E, std::size_t N>
bool parseByName(const std::string &text, E &out, const E (&values)[N], std::string (*name)(E))
{
    for (E v : values)
        if (name(v) == text) {
            out = v;
            return true;
        }
    return false;
}

} // namespace

std::string alternativeKindName(AlternativeKind kind)
{
    switch (kind) {
    case AlternativeKind::DoNothing:
        return "do-nothing";
    case AlternativeKind::SmallerModel:
        return "smaller-model";
    case AlternativeKind::FineTune:
        return "fine-tune";
    case AlternativeKind::Distil:
        return "distil";
    case AlternativeKind::OtherRegion:
        return "other-region";
    case AlternativeKind::OtherTime:
        return "other-time";
    case AlternativeKind::Other:
        return "other";
    }
    return "other";
}

bool parseAlternativeKind(const std::string &text, AlternativeKind &kind)
{
    static const AlternativeKind all[] = {AlternativeKind::DoNothing,   AlternativeKind::SmallerModel,
                                          AlternativeKind::FineTune,    AlternativeKind::Distil,
                                          AlternativeKind::OtherRegion, AlternativeKind::OtherTime,
                                          AlternativeKind::Other};
    return parseByName(text, kind, all, &alternativeKindName);
}

std::string reviewDecisionName(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Undecided:
        return "undecided";
    case ReviewDecision::Approve:
        return "approve";
    case ReviewDecision::ApproveWithConditions:
        return "approve-with-conditions";
    case ReviewDecision::Reject:
        return "reject";
    }
    return "undecided";
}

bool parseReviewDecision(const std::string &text, ReviewDecision &decision)
{
    static const ReviewDecision all[] = {ReviewDecision::Undecided, ReviewDecision::Approve,
                                         ReviewDecision::ApproveWithConditions, ReviewDecision::Reject};
    return parseByName(text, decision, all, &reviewDecisionName);
}

std::string checklistAnswerName(ChecklistAnswer answer)
{
    switch (answer) {
    case ChecklistAnswer::Unanswered:
        return "unanswered";
    case ChecklistAnswer::Yes:
        return "yes";
    case ChecklistAnswer::Partly:
        return "partly";
    case ChecklistAnswer::No:
        return "no";
    }
    return "unanswered";
}

bool parseChecklistAnswer(const std::string &text, ChecklistAnswer &answer)
{
    static const ChecklistAnswer all[] = {ChecklistAnswer::Unanswered, ChecklistAnswer::Yes,
                                          ChecklistAnswer::Partly, ChecklistAnswer::No};
    return parseByName(text, answer, all, &checklistAnswerName);
}

} // namespace greenlight
