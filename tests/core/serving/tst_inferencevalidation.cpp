// The serving model against the published inference measurements (tools/validation): P50 within 2×
// and the measurement inside P5–P95 for at least 80 % of the cases, each at its own boundary; the
// catalog holds what the fit finds; docs/validation-inference.md is what the tool generates.
#include "../sourcefile.h"
#include "catalog/catalog.h"
#include "serving/inferencevalidation.h"
#include "serving/inferencevalidationreport.h"
#include "uncertainty/sampler.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

namespace {

constexpr std::size_t kSamples = 10000; // as the tool (docs/validation-inference.md)
constexpr std::uint64_t kSeed = 42;
constexpr double kRequiredShare = 0.8; // issue: at least 80 % of the rows, both criteria

} // namespace

class TestInferenceValidation : public QObject
{
    Q_OBJECT

private:
    std::vector<InferenceCase> m_cases;
    ServingConstants m_constants;
    std::vector<InferenceCaseResult> m_results;

private slots:
    void initTestCase()
    {
        Issues issues;
        auto cases =
            InferenceValidation::load(readSourceFile("tools/validation/inference_public.csv"),
                                      readSourceFile("tools/validation/inference_cases.json"), issues);
        QVERIFY2(cases.has_value(), issues.empty() ? "" : issues.front().toString().c_str());
        m_cases = std::move(*cases);
        m_constants = ServingConstants::fromCatalog(Catalog::builtIn(), issues);
        QVERIFY(!hasErrors(issues));
        m_results =
            InferenceValidation::run(m_cases, Catalog::builtIn(), m_constants, kSamples, kSeed, issues);
        QVERIFY2(!hasErrors(issues), hasErrors(issues) ? issues.front().toString().c_str() : "");
    }

    void everyMeasuredRowIsACase()
    {
        // 27 rows in the research set; a row without a case would silently drop out of the check.
        QCOMPARE(m_results.size(), std::size_t{27});
        std::size_t fit = 0;
        for (const InferenceCase &c : m_cases)
            fit += c.fitSet ? 1 : 0;
        QVERIFY2(fit > 0 && fit < m_cases.size(), "both a fit and a check set");
    }

    void medianWithinFactorTwo()
    {
        const InferenceCoverage c = InferenceCoverage::of(m_results, -1);
        for (const InferenceCaseResult &r : m_results)
            if (!r.withinFactor2())
                qInfo("%s: P50 / measured = %.2f", r.testCase->id.c_str(), r.ratio());
        QVERIFY2(static_cast<double>(c.withinFactor2) >= kRequiredShare * static_cast<double>(c.cases),
                 qPrintable(QStringLiteral("%1 of %2 within 2x").arg(c.withinFactor2).arg(c.cases)));
    }

    void measuredInsideTheRange()
    {
        const InferenceCoverage c = InferenceCoverage::of(m_results, -1);
        for (const InferenceCaseResult &r : m_results)
            if (!r.covered())
                qInfo("%s: measured %.4g outside [%.4g, %.4g]", r.testCase->id.c_str(), r.testCase->measured,
                      r.range.p5, r.range.p95);
        QVERIFY2(static_cast<double>(c.covered) >= kRequiredShare * static_cast<double>(c.cases),
                 qPrintable(QStringLiteral("%1 of %2 covered").arg(c.covered).arg(c.cases)));
    }

    // The check cases were not fitted on: the range must hold there too, not only where it was tuned.
    void checkSetCoveredToo()
    {
        const InferenceCoverage c = InferenceCoverage::of(m_results, 0);
        QVERIFY2(static_cast<double>(c.covered) >= kRequiredShare * static_cast<double>(c.cases),
                 qPrintable(QStringLiteral("%1 of %2 check cases covered").arg(c.covered).arg(c.cases)));
    }

    // The catalog's fitted constants are what the fit finds from them (a fixed point), so a change
    // of the cases or the model without a refit fails here.
    void catalogHoldsTheFit()
    {
        Issues issues;
        const InferenceFit fit = InferenceValidation::fit(m_cases, Catalog::builtIn(), m_constants, issues);
        for (const auto &[c, v] : fit.values) {
            const double catalogValue = m_constants[c];
            QVERIFY2(
                std::abs(v / catalogValue - 1.0) < 0.02,
                qPrintable(QStringLiteral("%1: fit %2, catalog %3")
                               .arg(QString::fromUtf8(
                                   ServingConstants::table()[static_cast<std::size_t>(c)].catalogId.data()))
                               .arg(v)
                               .arg(catalogValue)));
        }
        const Distribution &residual = m_constants.range(ServingConstant::TimeResidual);
        const double p95 = std::exp(Sampler::kZ95 * fit.residualSigma);
        QVERIFY2(
            std::abs(residual.high / p95 - 1.0) < 0.02,
            qPrintable(QStringLiteral("servingTimeResidual P95 %1, fit %2").arg(residual.high).arg(p95)));
    }

    void docsTableIsGenerated()
    {
        Issues issues;
        const InferenceFit fit = InferenceValidation::fit(m_cases, Catalog::builtIn(), m_constants, issues);
        const std::string expected =
            InferenceValidationReport::markdown(m_results, fit, m_constants, kSamples, kSeed);
        const std::string actual = readSourceFile("docs/validation-inference.md");
        QVERIFY2(actual == expected,
                 "docs/validation-inference.md is stale: run greenlight-validate inference "
                 "--output docs/validation-inference.md");
    }
};

QTEST_APPLESS_MAIN(TestInferenceValidation)
#include "tst_inferencevalidation.moc"
