// The "review" object of a project file: a full review round trips, an empty one is not written,
// and every malformed field is reported with its path and exact message.
#include "catalog/catalog.h"
#include "io/projectfile.h"
#include "io/reviewjson.h"
#include "review/checklist.h"

#include <QtTest>

using namespace greenlight;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const std::string kScenarios =
    R"j("scenarios": [
  {"name": "base", "workload": {"mode": "devicesDuration", "durationHours": 10}, "hardware": {"accelerator": "a100-sxm-80gb", "count": 8}, "site": {"intensityGPerKWh": 400}},
  {"name": "small", "workload": {"mode": "devicesDuration", "durationHours": 5}, "hardware": {"accelerator": "a100-sxm-80gb", "count": 8}, "site": {"intensityGPerKWh": 400}}
])j";

std::string projectWith(const std::string &review)
{
    return R"j({"schema": 1, "name": "p", )j" + kScenarios +
           (review.empty() ? "" : ", \"review\": " + review) + "}";
}

Review fullReview()
{
    Review r;
    r.purpose = "Train <b>x</b> & \"y\"";
    r.expectedBenefit = "+3 points";
    r.benefitMeasure = "benchmark suite";
    r.alternatives = {{AlternativeKind::DoNothing, "", "keep the old model"},
                      {AlternativeKind::SmallerModel, "small", ""},
                      {AlternativeKind::OtherTime, "base", "run at night"}};
    r.risks = "none known";
    r.reviewers = {"A", "B"};
    r.date = "2024-02-29";
    r.decision = ReviewDecision::ApproveWithConditions;
    r.conditions = "run in a low-carbon region";
    r.checklist = {{"incremental-gain", ChecklistAnswer::Partly, "maybe"},
                   {"inference-footprint", ChecklistAnswer::No, ""}};
    return r;
}

} // namespace

class TestReviewJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const auto loaded = ProjectFile::parse(projectWith(""), Catalog::builtIn());
        QVERIFY(loaded.project);
        Project p = *loaded.project;
        QVERIFY(ReviewJson::isEmpty(p.review));
        // An empty review is not written: files without one round-trip unchanged.
        QVERIFY(ProjectFile::serialize(p).find("\"review\"") == std::string::npos);

        p.review = fullReview();
        const std::string text = ProjectFile::serialize(p);
        const auto again = ProjectFile::parse(text, Catalog::builtIn());
        QVERIFY(again.project);
        QVERIFY(again.issues.empty());
        QVERIFY(again.project->review == p.review);
        QCOMPARE(q(ProjectFile::serialize(*again.project)), q(text));
    }

    void namesRoundTrip()
    {
        for (auto k : {AlternativeKind::DoNothing, AlternativeKind::SmallerModel, AlternativeKind::FineTune,
                       AlternativeKind::Distil, AlternativeKind::OtherRegion, AlternativeKind::OtherTime,
                       AlternativeKind::Other}) {
            AlternativeKind parsed = AlternativeKind::Other;
            QVERIFY(parseAlternativeKind(alternativeKindName(k), parsed));
            QVERIFY(parsed == k);
        }
        ReviewDecision d;
        QVERIFY(parseReviewDecision("approve-with-conditions", d));
        QVERIFY(d == ReviewDecision::ApproveWithConditions);
        QVERIFY(!parseReviewDecision("Approve", d));
        ChecklistAnswer a;
        QVERIFY(parseChecklistAnswer("partly", a));
        QVERIFY(a == ChecklistAnswer::Partly);
        QVERIFY(!parseChecklistAnswer("maybe", a));
        // Every question has a unique id, text and hint.
        QSet<QString> ids;
        for (const ChecklistQuestion &cq : Checklist::questions()) {
            QVERIFY(!cq.text.empty() && !cq.hint.empty());
            ids.insert(q(cq.id));
        }
        QCOMPARE(ids.size(), qsizetype(6));
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("review");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object") << R"j([])j"
                                       << "review"
                                       << "expected an object, got an array";
        QTest::newRow("purpose number") << R"j({"purpose": 3})j"
                                        << "review.purpose"
                                        << "expected a string, got 3";
        QTest::newRow("alternatives object") << R"j({"alternatives": {}})j"
                                             << "review.alternatives"
                                             << "expected an array, got an object";
        QTest::newRow("alternative not object") << R"j({"alternatives": ["x"]})j"
                                                << "review.alternatives[0]"
                                                << "expected an object, got a string (\"x\")";
        QTest::newRow("kind missing") << R"j({"alternatives": [{"scenario": "small"}]})j"
                                      << "review.alternatives[0].kind"
                                      << "required field is missing";
        QTest::newRow("kind unknown") << R"j({"alternatives": [{"kind": "bigger", "scenario": "small"}]})j"
                                      << "review.alternatives[0].kind"
                                      << "expected one of do-nothing, smaller-model, fine-tune, distil, "
                                         "other-region, other-time, other, "
                                         "got \"bigger\"";
        QTest::newRow("unknown scenario")
            << R"j({"alternatives": [{"kind": "do-nothing"}, {"kind": "distil", "scenario": "x"}]})j"
            << "review.alternatives[1].scenario"
            << "no scenario named \"x\"";
        QTest::newRow("scenario missing") << R"j({"alternatives": [{"kind": "fine-tune"}]})j"
                                          << "review.alternatives[0].scenario"
                                          << "required field is missing";
        QTest::newRow("scenario empty") << R"j({"alternatives": [{"kind": "fine-tune", "scenario": ""}]})j"
                                        << "review.alternatives[0].scenario"
                                        << "must not be empty";
        QTest::newRow("do-nothing with scenario")
            << R"j({"alternatives": [{"kind": "do-nothing", "scenario": "small"}]})j"
            << "review.alternatives[0].scenario"
            << "do-nothing has no scenario (remove the key)";
        QTest::newRow("reviewer number") << R"j({"reviewers": ["A", 2]})j"
                                         << "review.reviewers[1]"
                                         << "expected a non-empty string, got 2";
        QTest::newRow("reviewer empty") << R"j({"reviewers": [""]})j"
                                        << "review.reviewers[0]"
                                        << "expected a non-empty string, got a string (\"\")";
        QTest::newRow("date format") << R"j({"date": "20/11/2026"})j"
                                     << "review.date"
                                     << "expected a date YYYY-MM-DD, got \"20/11/2026\"";
        QTest::newRow("date not a day") << R"j({"date": "2023-02-29"})j"
                                        << "review.date"
                                        << "expected a date YYYY-MM-DD, got \"2023-02-29\"";
        QTest::newRow("decision unknown")
            << R"j({"decision": "maybe"})j"
            << "review.decision"
            << "expected one of undecided, approve, approve-with-conditions, reject, got \"maybe\"";
        QTest::newRow("decision number") << R"j({"decision": 1})j"
                                         << "review.decision"
                                         << "expected a string, got 1";
        QTest::newRow("checklist id unknown")
            << R"j({"checklist": [{"id": "vibes", "answer": "yes"}]})j"
            << "review.checklist[0].id"
            << "unknown question \"vibes\" (expected one of incremental-gain, smaller-model, "
               "deployment-compression, "
               "efficient-hardware-region, low-carbon-hours, inference-footprint)";
        QTest::newRow("checklist id twice")
            << R"j({"checklist": [{"id": "smaller-model", "answer": "yes"}, {"id": "smaller-model", "answer": "no"}]})j"
            << "review.checklist[1].id"
            << "question \"smaller-model\" is answered twice";
        QTest::newRow("checklist answer unknown")
            << R"j({"checklist": [{"id": "smaller-model", "answer": "maybe"}]})j"
            << "review.checklist[0].answer"
            << "expected one of unanswered, yes, partly, no, got \"maybe\"";
        QTest::newRow("checklist answer missing") << R"j({"checklist": [{"id": "smaller-model"}]})j"
                                                  << "review.checklist[0].answer"
                                                  << "required field is missing";
    }

    void badRows()
    {
        QFETCH(QString, review);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto r = ProjectFile::parse(projectWith(review.toStdString()), Catalog::builtIn());
        QVERIFY(!r.project);
        QStringList found;
        bool matched = false;
        for (const Issue &i : r.issues) {
            found << q(i.toString());
            matched = matched || (i.isError() && q(i.path) == path && q(i.message) == message);
        }
        QVERIFY2(matched, qPrintable(found.join(QStringLiteral(" | "))));
    }

    void unknownKeyWarns()
    {
        const auto r =
            ProjectFile::parse(projectWith(R"j({"purpose": "x", "budget": 3})j"), Catalog::builtIn());
        QVERIFY(r.project);
        QCOMPARE(r.issues.size(), std::size_t(1));
        QCOMPARE(q(r.issues.front().path), QStringLiteral("review.budget"));
        QVERIFY(!r.issues.front().isError());
    }
};

QTEST_GUILESS_MAIN(TestReviewJson)
#include "tst_reviewjson.moc"
