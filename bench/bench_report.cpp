// Time to produce the PDF report of a 12-scenario project (issue 5; target ≤ 2 s): the core's
// numbers (Monte Carlo, 10,000 samples per scenario and per recommendation), the layout and the
// PDF. Prints figures; not a pass/fail test. Usage: bench_report [runs]
#include "analysis/projectanalysis.h"
#include "catalog/catalog.h"
#include "embeddedfiles.h"
#include "io/projectfile.h"
#include "reportbuilder.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace greenlight;

namespace {

// The two examples' scenarios (training only, and with levers and deployments), twelve in all.
Project twelveScenarios()
{
    Project p =
        *ProjectFile::parse(embedded::file("examples/plan-7b.greenlight.json"), Catalog::builtIn()).project;
    const Project levers =
        *ProjectFile::parse(embedded::file("examples/levers.greenlight.json"), Catalog::builtIn()).project;
    for (const Scenario &s : levers.scenarios)
        p.scenarios.push_back(s);
    for (int i = 0; p.scenarios.size() < 12; ++i) {
        Scenario s = p.scenarios[static_cast<std::size_t>(i)];
        s.name += " (variant)";
        p.scenarios.push_back(s);
    }
    p.scenarios.resize(12);
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const Project project = twelveScenarios();
    std::vector<double> build, pdf, total;
    int pages = 0;
    qint64 bytes = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const report::ReportBuilder builder(project, Catalog::builtIn(), {});
        const double b = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        builder.writePdf(buffer);
        const double all = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        build.push_back(b);
        pdf.push_back(all - b);
        total.push_back(all);
        pages = builder.pageCount();
        bytes = buffer.size();
    }
    // The core's share: every number the report prints (Monte Carlo, recommendations, evidence).
    std::vector<double> numbers;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const ProjectAnalysis data = ProjectAnalysis::run(project, Catalog::builtIn());
        numbers.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("report, 12 scenarios: %d pages, %lld kB; median of %d runs: %.0f ms "
                "(numbers + layout %.0f ms, PDF %.0f ms); target <= 2000 ms\n",
                pages, static_cast<long long>(bytes / 1024), runs, median(total), median(build), median(pdf));
    std::printf("  of which the core's numbers (ProjectAnalysis::run): %.0f ms\n", median(numbers));
    return 0;
}
