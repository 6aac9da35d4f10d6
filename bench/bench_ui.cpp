// UI speed figures, measured on the real widgets (offscreen): edit → every chart repainted, with
// 12 scenarios; start of the app process → first painted window; memory. Prints figures; it is
// not a pass/fail test. Usage: bench_ui [path/to/greenlight]
#include "catalog/catalog.h"
#include "dashboard/dashboard.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "io/projectfile.h"
#include "plots/plotwidget.h"
#include "scenario/scenarioeditor.h"
#include "shell/mainwindow.h"
#include "widgets/numberfield.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSlider>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace greenlight;

namespace {

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())));
    return v[i];
}

Project twelveScenarios()
{
    Project p =
        *ProjectFile::parse(embedded::file("examples/plan-7b.greenlight.json"), Catalog::builtIn()).project;
    const std::vector<Scenario> base = p.scenarios;
    const char *regions[] = {"FRA", "SWE", "POL", "US-CISO", "gcp:europe-west1", "aws:us-west-2"};
    for (int i = 0; p.scenarios.size() < 12; ++i) {
        Scenario s = base[static_cast<std::size_t>(i) % 3];
        s.name = "Variant " + std::to_string(i + 1);
        s.regionId = regions[i % 6];
        s.color.clear();
        p.scenarios.push_back(s);
    }
    // Every scenario deploys (the serving model, its fleet and the lifecycle Monte Carlo per edit).
    for (Scenario &s : p.scenarios) {
        Deployment d;
        d.requestsPerDay = 1e6;
        d.inputTokens = 1000;
        d.outputTokens = 500;
        d.months = 24;
        d.startDate = "2027-01-01";
        s.deployment = d;
    }
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("greenlight-bench"));
    const long rssBefore = residentKb();

    ui::Document document(Catalog::builtIn());
    document.setProject(twelveScenarios(), QStringLiteral("bench"));
    ui::MainWindow window(document);
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    const long rssAfter = residentKb();

    // Drag the PUE slider of the selected scenario back and forth: each step is an edit through
    // the undo stack, a recompute of every scenario and a repaint of every chart and the table.
    ui::NumberField *pue = window.editor()->field(QStringLiteral("pue"));
    QSlider *slider = pue->slider();
    const QList<ui::PlotWidget *> plots = window.dashboard()->plots();
    std::vector<double> ms;
    QElapsedTimer t;
    slider->setSliderDown(true);
    for (int i = 0; i < 400; ++i) {
        t.start();
        slider->setValue((i * 37) % 1000);
        QApplication::processEvents(); // queued replots and repaints happen here
        for (ui::PlotWidget *plot : plots)
            if (plot->isVisible())
                plot->repaint();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    slider->setSliderDown(false);
    std::printf(
        "edit -> all charts repainted, 12 scenarios, %zu edits: p50 %.2f ms, p95 %.2f ms, max %.2f ms "
        "(target p95 <= 16 ms)\n",
        ms.size(), percentile(ms, 0.5), percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()));

    // A one-off edit (a choice in a list, not a drag): one undo step with the full-sample ranges.
    std::vector<double> single;
    const int current = document.currentIndex();
    for (int i = 0; i < 60; ++i) {
        Scenario s = document.scenario(current);
        s.pue = 1.1 + 0.01 * (i % 20);
        t.start();
        document.editScenario(current, s, QStringLiteral("PUE"));
        QApplication::processEvents();
        for (ui::PlotWidget *plot : plots)
            if (plot->isVisible())
                plot->repaint();
        single.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "one-off edit (full Monte Carlo samples) -> all charts repainted, %zu edits: p50 %.2f ms, p95 "
        "%.2f ms\n",
        single.size(), percentile(single, 0.5), percentile(single, 0.95));
    for (ui::PlotWidget *plot : plots)
        std::printf("  %-40s replot %.2f ms (QCustomPlot average)\n", qPrintable(plot->title()),
                    plot->replotTime(true));
    std::printf("memory: %ld kB RSS before the window, %ld kB with 12 scenarios shown\n", rssBefore,
                rssAfter);

    // Start-up: a fresh process of the real app, until it reports its first painted window.
    const QString app_path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (!app_path.isEmpty()) {
        std::vector<double> startup;
        long appRss = 0;
        for (int i = 0; i < 10; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            QElapsedTimer wall;
            wall.start();
            p.start(app_path, {QStringLiteral("--report-startup"), QStringLiteral("--quit-after"),
                               QStringLiteral("1500")});
            double firstPaint = -1;
            while (p.waitForReadyRead(5000)) {
                const QByteArray line = p.readLine();
                if (line.startsWith("first-paint-ms")) {
                    firstPaint = static_cast<double>(wall.nsecsElapsed()) / 1e6;
                    appRss = line.split(' ').value(3).trimmed().toLong();
                    break;
                }
            }
            p.kill();
            p.waitForFinished();
            if (firstPaint > 0)
                startup.push_back(firstPaint);
        }
        if (!startup.empty())
            std::printf(
                "start of process -> first painted window, %zu runs: median %.0f ms, p95 %.0f ms (target "
                "<= 500 ms); app RSS at first paint %ld kB\n",
                startup.size(), percentile(startup, 0.5), percentile(startup, 0.95), appRss);
    }
    return 0;
}
