// The MFU prior (issue 15): the catalog's mfuModel.* records are the least-squares fit of
// tools/calibration/mfu_throughput.json, docs/calibration-mfu.md is what the tool writes, the fit
// recovers a known model, and no validation run is a fitting point.
#include "../sourcefile.h"
#include "calibration/mfufit.h"
#include "catalog/catalog.h"
#include "uncertainty/sampler.h"

#include <QTest>

#include <cmath>

using namespace greenlight;

namespace {

// 3 significant digits, as the tool writes them.
bool sameRounded(double catalog, double fitted)
{
    return std::abs(catalog - fitted) <= 0.0051 * std::abs(fitted) + 1e-9;
}

} // namespace

class TestMfuFit : public QObject
{
    Q_OBJECT

private:
    std::vector<MfuPoint> m_points;
    MfuFitResult m_fit;

private slots:
    void initTestCase()
    {
        Issues issues;
        auto points = MfuFit::load(readSourceFile("tools/calibration/mfu_throughput.json"), issues);
        QVERIFY(points.has_value());
        m_points = std::move(*points);
        auto fit = MfuFit::fit(m_points, issues);
        QVERIFY(fit.has_value());
        m_fit = *fit;
    }

    void catalogHoldsTheFit()
    {
        const Catalog &c = Catalog::builtIn();
        QVERIFY(sameRounded(c.defaultValue("mfuModel.parametersExponent")->value, m_fit.sizeExponent));
        QVERIFY(sameRounded(c.defaultValue("mfuModel.countExponent")->value, m_fit.countExponent));
        const double spread = std::exp(Sampler::kZ95 * m_fit.residualSigma);
        for (const auto &[group, a] : m_fit.logIntercept) {
            const DefaultValue *d = c.defaultValue("mfuModel." + group);
            QVERIFY2(d != nullptr, group.c_str());
            QVERIFY2(sameRounded(d->value, m_fit.productionMedian(group)), group.c_str());
            QVERIFY(d->range && d->range->kind == Distribution::Kind::Lognormal);
            QVERIFY2(sameRounded(d->range->high / d->range->mode, spread), group.c_str());
        }
        // Every accelerator's group has a record, and every fitted group is used by an accelerator.
        for (const Accelerator &a : c.accelerators())
            if (!a.mfuGroup.empty())
                QVERIFY2(m_fit.logIntercept.count(a.mfuGroup) == 1, a.id.c_str());
    }

    // A synthetic data set drawn from known coefficients is recovered exactly (no noise).
    void recoversKnownModel()
    {
        std::vector<MfuPoint> synthetic;
        int i = 0;
        for (const char *group : {"g1", "g2"})
            for (double n : {1.0, 10.0, 100.0})
                for (int count : {8, 256, 4096})
                    for (bool production : {false, true}) {
                        MfuPoint p;
                        p.id = std::to_string(i++);
                        p.group = group;
                        p.parametersB = n;
                        p.count = count;
                        p.production = production;
                        p.source = "synthetic";
                        p.mfu = (group[1] == '1' ? 0.4 : 0.3) * (production ? 0.8 : 1.0) *
                                std::pow(n / 10, 0.05) * std::pow(count / 256.0, -0.04);
                        synthetic.push_back(p);
                    }
        Issues issues;
        const auto fit = MfuFit::fit(synthetic, issues);
        QVERIFY(fit.has_value());
        QVERIFY(std::abs(fit->productionMedian("g1") - 0.32) < 1e-9);
        QVERIFY(std::abs(fit->productionMedian("g2") - 0.24) < 1e-9);
        QVERIFY(std::abs(fit->sizeExponent - 0.05) < 1e-9);
        QVERIFY(std::abs(fit->countExponent + 0.04) < 1e-9);
        QVERIFY(fit->residualSigma < 1e-9);
    }

    void badPointsAreRefused()
    {
        Issues issues;
        QVERIFY(
            !MfuFit::load(R"({"points": [{"id": "x", "group": "g", "parametersB": 7, "count": 8, "mfu": 1.5,
                                 "source": "s"}]})",
                          issues));
        QVERIFY(!issues.empty());
        QCOMPARE(issues.front().path, std::string("points.x"));
        issues.clear();
        QVERIFY(!MfuFit::load("not json", issues));
        QVERIFY(!issues.empty());
    }

    // Fitting and checking stay apart: no validation run is a fitting point.
    void validationRunsAreNotFitted()
    {
        for (const MfuPoint &p : m_points)
            for (const char *run :
                 {"GPT-3 175B training", "LLaMA", "Llama 2", "BLOOM", "Gopher", "T5", "OLMo", "DeepSeek"})
                QVERIFY2(p.system.find(run) == std::string::npos, p.system.c_str());
    }

    void documentIsGenerated()
    {
        const std::string doc = readSourceFile("docs/calibration-mfu.md");
        QVERIFY2(doc == MfuFit::markdown(m_points, m_fit),
                 "docs/calibration-mfu.md differs from `greenlight-validate mfu-fit` output: regenerate it");
    }
};

QTEST_GUILESS_MAIN(TestMfuFit)
#include "tst_mfufit.moc"
