#include "reviewjson.h"

#include "deploymentjson.h"
#include "jsonreader.h"
#include "model/project.h"
#include "review/checklist.h"

#include <set>

namespace greenlight {

namespace {

std::string inQuotes(const std::string &s)
{
    return "\"" + s + "\"";
}

Alternative readAlternative(JsonReader &r, const Project &project)
{
    Alternative a;
    bool kindOk = false;
    if (auto kind = r.string("kind", true)) {
        kindOk = parseAlternativeKind(*kind, a.kind);
        if (!kindOk)
            r.error("kind", "expected one of do-nothing, smaller-model, fine-tune, distil, other-region, "
                            "other-time, other, got " +
                                inQuotes(*kind));
    }
    const bool doNothing = kindOk && a.kind == AlternativeKind::DoNothing;
    // Doing nothing has no scenario to model it; every other alternative needs one.
    if (auto scenario = r.string("scenario", kindOk && !doNothing, false)) {
        if (doNothing)
            r.error("scenario", "do-nothing has no scenario (remove the key)");
        else if (project.findScenario(*scenario) == nullptr)
            r.error("scenario", "no scenario named " + inQuotes(*scenario));
        else
            a.scenario = *scenario;
    }
    a.note = r.string("note").value_or("");
    r.reportUnknownKeys({"kind", "scenario", "note"});
    return a;
}

ChecklistItem readChecklistItem(JsonReader &r, std::set<std::string> &seen)
{
    ChecklistItem item;
    if (auto id = r.string("id", true, false)) {
        if (Checklist::find(*id) == nullptr) {
            std::string known;
            for (const ChecklistQuestion &q : Checklist::questions())
                known += (known.empty() ? "" : ", ") + q.id;
            r.error("id", "unknown question " + inQuotes(*id) + " (expected one of " + known + ")");
        } else if (!seen.insert(*id).second) {
            r.error("id", "question " + inQuotes(*id) + " is answered twice");
        } else {
            item.id = *id;
        }
    }
    if (auto answer = r.string("answer", true)) {
        if (!parseChecklistAnswer(*answer, item.answer))
            r.error("answer", "expected one of unanswered, yes, partly, no, got " + inQuotes(*answer));
    }
    item.note = r.string("note").value_or("");
    r.reportUnknownKeys({"id", "answer", "note"});
    return item;
}

} // namespace

bool ReviewJson::isEmpty(const Review &review)
{
    return review == Review{};
}

Review ReviewJson::read(const nlohmann::json &json, const std::string &path, const Project &project,
                        Issues &issues)
{
    Review rv;
    JsonReader r(json, path, issues);
    if (!r.isObject())
        return rv;
    rv.purpose = r.string("purpose").value_or("");
    rv.expectedBenefit = r.string("expectedBenefit").value_or("");
    rv.benefitMeasure = r.string("benefitMeasure").value_or("");
    if (const nlohmann::json *arr = r.array("alternatives")) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            JsonReader sub((*arr)[i], r.childPath("alternatives") + "[" + std::to_string(i) + "]", issues);
            if (sub.isObject())
                rv.alternatives.push_back(readAlternative(sub, project));
        }
    }
    rv.risks = r.string("risks").value_or("");
    if (const nlohmann::json *arr = r.array("reviewers")) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const nlohmann::json &v = (*arr)[i];
            const std::string p = r.childPath("reviewers") + "[" + std::to_string(i) + "]";
            if (!v.is_string() || v.get<std::string>().empty())
                issues.push_back(
                    {Issue::Severity::Error, p, "expected a non-empty string, got " + describeJsonValue(v)});
            else
                rv.reviewers.push_back(v.get<std::string>());
        }
    }
    if (auto date = r.string("date")) {
        if (date->empty() || DeploymentJson::isValidDate(*date))
            rv.date = *date;
        else
            r.error("date", "expected a date YYYY-MM-DD, got " + inQuotes(*date));
    }
    if (auto decision = r.string("decision")) {
        if (!parseReviewDecision(*decision, rv.decision))
            r.error("decision", "expected one of undecided, approve, approve-with-conditions, reject, got " +
                                    inQuotes(*decision));
    }
    rv.conditions = r.string("conditions").value_or("");
    if (const nlohmann::json *arr = r.array("checklist")) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            JsonReader sub((*arr)[i], r.childPath("checklist") + "[" + std::to_string(i) + "]", issues);
            if (sub.isObject())
                rv.checklist.push_back(readChecklistItem(sub, seen));
        }
    }
    r.reportUnknownKeys({"purpose", "expectedBenefit", "benefitMeasure", "alternatives", "risks", "reviewers",
                         "date", "decision", "conditions", "checklist"});
    return rv;
}

nlohmann::ordered_json ReviewJson::write(const Review &rv)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    auto text = [&j](const char *key, const std::string &value) {
        if (!value.empty())
            j[key] = value;
    };
    text("purpose", rv.purpose);
    text("expectedBenefit", rv.expectedBenefit);
    text("benefitMeasure", rv.benefitMeasure);
    if (!rv.alternatives.empty()) {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (const Alternative &a : rv.alternatives) {
            nlohmann::ordered_json aj;
            aj["kind"] = alternativeKindName(a.kind);
            if (!a.scenario.empty())
                aj["scenario"] = a.scenario;
            if (!a.note.empty())
                aj["note"] = a.note;
            arr.push_back(aj);
        }
        j["alternatives"] = arr;
    }
    text("risks", rv.risks);
    if (!rv.reviewers.empty())
        j["reviewers"] = rv.reviewers;
    text("date", rv.date);
    if (rv.decision != ReviewDecision::Undecided)
        j["decision"] = reviewDecisionName(rv.decision);
    text("conditions", rv.conditions);
    if (!rv.checklist.empty()) {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (const ChecklistItem &c : rv.checklist) {
            nlohmann::ordered_json cj;
            cj["id"] = c.id;
            cj["answer"] = checklistAnswerName(c.answer);
            if (!c.note.empty())
                cj["note"] = c.note;
            arr.push_back(cj);
        }
        j["checklist"] = arr;
    }
    return j;
}

} // namespace greenlight
