// Are the catalog's ranges calibrated? Two checks against the public validation runs
// (tests/data/validation_public.csv), each estimated WITHOUT the quantity that the range stands for:
//  (a) power: runs whose average power was measured (Patterson et al. 2021), estimated from the
//      accelerator's TDP × load factor × (1 + host overhead): does P5–P95 of the energy cover the
//      published energy?
//  (b) compute: runs with parameters and tokens, estimated from first principles (6·N·D over peak ×
//      MFU): does P5–P95 of the accelerator-hours cover the published accelerator-hours?
// The figures are printed (qInfo) and discussed in the "Uncertainty" section of docs/methodology.md; the
// asserts are coverage thresholds, not the figures themselves.
#include "catalog/catalog.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "uncertainty/montecarlo.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace greenlight;

namespace {

using Row = QHash<QString, QString>;

std::optional<double> num(const Row &row, const char *column)
{
    bool ok = false;
    const double v = row.value(QString::fromLatin1(column)).trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::string acceleratorFor(const QString &hardware)
{
    static const QHash<QString, std::string> ids = {
        {QStringLiteral("V100"), "v100-sxm2-32gb"},
        {QStringLiteral("A100-80GB"), "a100-sxm-80gb"},
        {QStringLiteral("A100-40GB"), "a100-sxm-40gb"},
        {QStringLiteral("TPUv3"), "tpu-v3"},
    };
    return ids.value(hardware);
}

// Published accelerator-hours: acc_hours, or n_acc × duration_days × 24.
std::optional<double> publishedHours(const Row &row)
{
    if (auto h = num(row, "acc_hours"))
        return h;
    const auto n = num(row, "n_acc");
    const auto days = num(row, "duration_days");
    if (n && days)
        return *n * *days * 24.0;
    return std::nullopt;
}

// Which energy each measured-power row reports (methodology.md §6): Gopher's MWh are IT energy
// (before PUE), Patterson's T5 and GPT-3 MWh are facility energy.
bool reportsItEnergy(const QString &id)
{
    return id == QLatin1String("X2");
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

ResolvedScenario resolve(const Scenario &s)
{
    Issues issues;
    const auto r = Resolver(Catalog::builtIn()).resolve(s, issues);
    if (!r)
        qFatal("%s does not resolve: %s", s.name.c_str(),
               issues.empty() ? "" : issues.front().toString().c_str());
    return *r;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

    QList<Row> m_rows;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(GREENLIGHT_TEST_DATA_DIR "/validation_public.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList header = lines.front().trimmed().split(QLatin1Char(','));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).trimmed().split(QLatin1Char(',')); // no quoted fields
            QCOMPARE(fields.size(), header.size());
            Row row;
            for (qsizetype c = 0; c < header.size(); ++c)
                row.insert(header.at(c), fields.at(c));
            m_rows << row;
        }
    }

    // (a) Rows with a measured power (w_basis not "TDP"), a published energy, PUE and intensity.
    void powerRangesCoverMeasuredEnergy()
    {
        int rows = 0;
        int covered = 0;
        std::vector<double> ratios;
        qInfo("(a) power: TDP × loadFactor × (1 + hostOverhead) ranges vs measured-power runs");
        qInfo("%-4s %-8s %-6s %8s %12s %12s %12s %12s %7s %s", "id", "model", "hw", "meas. W", "P5 MWh",
              "P50 MWh", "P95 MWh", "published", "P50/pub", "covered");
        for (const Row &r : std::as_const(m_rows)) {
            const auto measuredW = num(r, "w_per_acc");
            const auto energy = num(r, "energy_mwh_reported");
            const auto hours = publishedHours(r);
            if (!measuredW || !energy || !hours || !num(r, "pue") || !num(r, "ci_kg_per_kwh") ||
                r.value(QStringLiteral("w_basis")).contains(QLatin1String("TDP")))
                continue;
            const QString id = r.value(QStringLiteral("id"));
            Scenario s;
            s.name = id.toStdString();
            s.workloadMode = WorkloadMode::AcceleratorHours;
            s.acceleratorHours = *hours;
            s.acceleratorId = acceleratorFor(r.value(QStringLiteral("hardware")));
            s.acceleratorCount = static_cast<int>(num(r, "n_acc").value_or(1));
            s.pue = *num(r, "pue");
            s.intensityGPerKWh = *num(r, "ci_kg_per_kwh") * 1000.0;
            s.experimentMultiplier = 1; // the published energy is the final run's
            // no powerW: the catalog TDP with the load-factor and host-overhead ranges
            const ResolvedScenario resolved = resolve(s);
            QVERIFY(!resolved.powerMeasured);
            const UncertaintyResult u = MonteCarlo().run(resolved);
            const Output o = reportsItEnergy(id) ? Output::ItEnergyKWh : Output::FacilityEnergyKWh;
            const double p5 = u[o].p5 / 1000.0;
            const double p50 = u[o].p50 / 1000.0;
            const double p95 = u[o].p95 / 1000.0;
            const bool in = p5 <= *energy && *energy <= p95;
            ratios.push_back(p50 / *energy);
            covered += in ? 1 : 0;
            ++rows;
            qInfo("%-4s %-8s %-6s %8.0f %12.1f %12.1f %12.1f %12.1f %7.3f %s", qPrintable(id),
                  qPrintable(r.value(QStringLiteral("model"))),
                  qPrintable(r.value(QStringLiteral("hardware"))), *measuredW, p5, p50, p95, *energy,
                  p50 / *energy, in ? "yes" : "NO");
        }
        const double med = median(ratios);
        qInfo("(a) coverage %d of %d; median ratio P50 estimate / published %.3f", covered, rows, med);
        QVERIFY2(rows >= 3, qPrintable(QString::number(rows)));
        // Three measured runs on two chip families: a 90 % interval should miss at most one.
        QVERIFY2(covered >= 2, qPrintable(QStringLiteral("%1 of %2").arg(covered).arg(rows)));
        // TDP-based estimates are known to err by −17 % to +83 %; the median must stay inside a factor 2.
        QVERIFY(med > 0.5 && med < 2.0);
    }

    // (b) Rows with params, tokens and published accelerator-hours; only params, tokens,
    // accelerator and count are given.
    void computeRangesCoverPublishedHours()
    {
        int rows = 0;
        int covered = 0;
        std::vector<double> ratios;
        const Distribution mfu = *Catalog::builtIn().defaultValue("mfu")->range;
        qInfo("(b) compute: first principles with the MFU range %s %.2f / %.2f / %.2f",
              distributionKindName(mfu.kind).c_str(), mfu.low, mfu.mode, mfu.high);
        qInfo("%-4s %-14s %-10s %13s %13s %13s %13s %7s %8s %s", "id", "model", "hw", "P5 h", "P50 h",
              "P95 h", "published h", "P50/pub", "impl.MFU", "covered");
        for (const Row &r : std::as_const(m_rows)) {
            const auto params = num(r, "params_B");
            const auto tokensT = num(r, "tokens_T");
            const auto hours = publishedHours(r);
            if (!params || !tokensT || !hours)
                continue;
            const QString id = r.value(QStringLiteral("id"));
            Scenario s;
            s.name = id.toStdString();
            s.workloadMode = WorkloadMode::FirstPrinciples;
            s.parametersB = *params;
            s.tokens = *tokensT * 1e12;
            s.acceleratorId = acceleratorFor(r.value(QStringLiteral("hardware")));
            s.acceleratorCount = static_cast<int>(num(r, "n_acc").value_or(1));
            s.intensityGPerKWh = 400;   // irrelevant to accelerator-hours
            s.experimentMultiplier = 1; // published hours are the final run's
            const ResolvedScenario resolved = resolve(s);
            const UncertaintyResult u = MonteCarlo().run(resolved);
            const OutputRange &h = u[Output::AcceleratorHours];
            const bool in = h.p5 <= *hours && *hours <= h.p95;
            // MFU that would reproduce the published hours exactly.
            const double impliedMfu =
                resolved.value(Input::Mfu) * Estimator::compute(resolved)[Output::AcceleratorHours] / *hours;
            ratios.push_back(h.p50 / *hours);
            covered += in ? 1 : 0;
            ++rows;
            qInfo("%-4s %-14s %-10s %13.0f %13.0f %13.0f %13.0f %7.3f %8.3f %s", qPrintable(id),
                  qPrintable(r.value(QStringLiteral("model"))),
                  qPrintable(r.value(QStringLiteral("hardware"))), h.p5, h.p50, h.p95, *hours, h.p50 / *hours,
                  impliedMfu, in ? "yes" : "NO");
        }
        const double med = median(ratios);
        qInfo("(b) coverage %d of %d; median ratio P50 estimate / published %.3f", covered, rows, med);
        QVERIFY2(rows >= 5, qPrintable(QString::number(rows)));
        // A 90 % interval over five runs: expect at most one outside.
        QVERIFY2(covered >= 4, qPrintable(QStringLiteral("%1 of %2").arg(covered).arg(rows)));
        QVERIFY(med > 0.5 && med < 2.0);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
