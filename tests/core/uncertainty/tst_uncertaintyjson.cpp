// The scenario's "uncertainty" object: validation messages and the round trip.
#include "io/scenariojson.h"

#include <QtTest>

using namespace greenlight;

namespace {

nlohmann::json scenarioWith(const char *uncertainty)
{
    nlohmann::json j = nlohmann::json::parse(R"({"name": "u", "workload": {"mode": "acceleratorHours",
        "acceleratorHours": 1000}, "hardware": {"accelerator": "a100-sxm-80gb"}, "site": {"intensityGPerKWh": 400}})");
    j["uncertainty"] = nlohmann::json::parse(uncertainty);
    return j;
}

} // namespace

class TestUncertaintyJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        Issues issues;
        const Scenario s = scenarioFromJson(
            scenarioWith(R"({"mfu": {"dist": "triangular", "low": 0.2, "mode": 0.35, "high": 0.45},
                             "pue": {"dist": "uniform", "low": 1.1, "high": 1.3},
                             "intensityGPerKWh": {"dist": "lognormal", "low": 100, "mode": 300, "high": 900}})"),
            "s", issues);
        QVERIFY(issues.empty());
        QCOMPARE(s.uncertainty.size(), std::size_t{3});
        const nlohmann::ordered_json out = scenarioToJson(s);
        QCOMPARE(out["uncertainty"]["pue"].dump(), std::string(R"({"dist":"uniform","low":1.1,"high":1.3})"));
        QCOMPARE(out["uncertainty"]["mfu"].dump(),
                 std::string(R"({"dist":"triangular","low":0.2,"mode":0.35,"high":0.45})"));
        Issues again;
        const Scenario back = scenarioFromJson(nlohmann::json::parse(out.dump()), "s", again);
        QVERIFY(again.empty());
        QCOMPARE(scenarioToJson(back).dump(), out.dump());
        // No uncertainty: no key written.
        Scenario plain = back;
        plain.uncertainty.clear();
        QVERIFY(!scenarioToJson(plain).contains("uncertainty"));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("uncertainty");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << R"({"mfuu": {"dist": "uniform", "low": 0.1, "high": 0.2}})"
                                     << "s.uncertainty.mfuu"
                                     << "unknown input \"mfuu\" (valid: acceleratorHoursGiven, ";
        QTest::newRow("unknown dist")
            << R"({"mfu": {"dist": "normal", "low": 0.1, "mode": 0.2, "high": 0.3}})"
            << "s.uncertainty.mfu.dist"
            << "expected triangular, uniform or lognormal, got \"normal\"";
        QTest::newRow("mode outside")
            << R"({"mfu": {"dist": "triangular", "low": 0.2, "mode": 0.1, "high": 0.3}})"
            << "s.uncertainty.mfu.mode"
            << "must lie between low (0.2) and high (0.3), got 0.1";
        QTest::newRow("high below low") << R"({"pue": {"dist": "uniform", "low": 1.3, "high": 1.1}})"
                                        << "s.uncertainty.pue.high"
                                        << "must be greater than low (1.3)";
        QTest::newRow("mfu above 1")
            << R"({"mfu": {"dist": "triangular", "low": 0.2, "mode": 0.5, "high": 1.2}})"
            << "s.uncertainty.mfu.high"
            << "expected a number in (0, 1], got 1.2";
        QTest::newRow("pue below 1") << R"({"pue": {"dist": "uniform", "low": 0.9, "high": 1.2}})"
                                     << "s.uncertainty.pue.low"
                                     << "expected a finite number ≥ 1, got 0.9";
        QTest::newRow("lognormal zero")
            << R"({"wueLPerKWh": {"dist": "lognormal", "low": 0, "mode": 1, "high": 2}})"
            << "s.uncertainty.wueLPerKWh.low"
            << "a lognormal needs low > 0, got 0";
        QTest::newRow("uniform with mode")
            << R"({"pue": {"dist": "uniform", "low": 1.1, "mode": 1.2, "high": 1.3}})"
            << "s.uncertainty.pue.mode"
            << "a uniform distribution has no mode";
        QTest::newRow("missing high") << R"({"mfu": {"dist": "triangular", "low": 0.2, "mode": 0.3}})"
                                      << "s.uncertainty.mfu.high"
                                      << "required field is missing";
        QTest::newRow("not an object") << R"({"mfu": 0.3})"
                                       << "s.uncertainty.mfu"
                                       << "expected an object";
    }

    void invalid()
    {
        QFETCH(QString, uncertainty);
        QFETCH(QString, path);
        QFETCH(QString, message);
        Issues issues;
        const Scenario s = scenarioFromJson(scenarioWith(uncertainty.toUtf8().constData()), "s", issues);
        QVERIFY(hasErrors(issues));
        bool found = false;
        for (const Issue &i : issues) {
            qInfo("%s", i.toString().c_str());
            found = found || (i.isError() && QString::fromStdString(i.path) == path &&
                              QString::fromStdString(i.message).startsWith(message));
        }
        QVERIFY2(found, qPrintable(path + QStringLiteral(": ") + message));
        QVERIFY(s.uncertainty.empty());
    }
};

QTEST_GUILESS_MAIN(TestUncertaintyJson)
#include "tst_uncertaintyjson.moc"
