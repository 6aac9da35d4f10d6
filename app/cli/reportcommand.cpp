#include "reportcommand.h"

#include "clitr.h"
#include "exportcommand.h"
#include "model/project.h"
#include "reportbuilder.h"
#include "uncertaintyoptions.h"

#include <QApplication>
#include <QLocale>

#include <clocale>
#include <iostream>

namespace greenlight::cli {

const char *const kReportHelp = QT_TRANSLATE_NOOP(
    "greenlight-cli",
    R"(greenlight-cli report PROJECT.json -o FILE.pdf [--page-size A4|Letter] [--samples N] [--seed S]
                      [--currency CODE]

Writes the project's need-and-impact report as a PDF: cover, contents, executive summary (P5-P95
ranges by Monte Carlo), comparison table, charts (vector), lifecycle and break-even,
sensitivity, schedule, review and decision, recommendations, measured runs, assumptions with
sources, explanation traces and a sign-off block. The file is replaced only when complete.

Options:
  -o, --output FILE     the PDF to write (required)
  --page-size A4|Letter page size (default: A4)
  --samples N           Monte Carlo samples per scenario (default 10000), as in the window's
                        Preferences: the same options give the window's numbers
  --seed S              Monte Carlo seed (default 42)
  --currency CODE       costs in a catalog currency (EUR, GBP, ...; default USD)
  --lang CODE           (global) language of the report: en, de, fr, es

Exit status: 0 on success, 2 on bad input.
)");

bool isReportCommand(const std::vector<std::string> &raw)
{
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == "--catalog" || raw[i] == "--lang") {
            ++i;
            continue;
        }
        if (raw[i].rfind("--", 0) == 0)
            continue;
        return raw[i] == "report";
    }
    return false;
}

void prepareReportApplication()
{
    if (QCoreApplication::instance() != nullptr)
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "greenlight-cli";
    static char *argv[] = {name, nullptr};
    // Never destroyed, like the CLI's QCoreApplication (clitr.cpp): Qt's globals may be gone first.
    new QApplication(argc, argv);
    // QApplication calls setlocale(LC_ALL, ""): keep numbers parsed and printed with '.'.
    std::setlocale(LC_NUMERIC, "C");
}

int runReport(Arguments &args, const Catalog &catalog)
{
    auto output = args.option("-o");
    if (const auto longForm = args.option("--output")) {
        if (output)
            throw UsageError{"--output: give -o or --output, not both"};
        output = longForm;
    }
    if (!output || output->empty())
        throw UsageError{"-o: required, the PDF file to write"};
    report::ReportOptions options;
    if (const auto size = args.option("--page-size")) {
        if (*size == "A4" || *size == "a4")
            options.pageSize = report::ReportOptions::PageSize::A4;
        else if (*size == "Letter" || *size == "letter")
            options.pageSize = report::ReportOptions::PageSize::Letter;
        else
            throw UsageError{"--page-size: expected A4 or Letter, got \"" + *size + "\""};
    }
    options.analysis.monteCarlo = UncertaintyOptions::monteCarloFromArguments(args);
    options.analysis.currency = UncertaintyOptions::currencyFromArguments(args, catalog);
    const auto projectPath = args.positional();
    if (!projectPath)
        throw UsageError{"expected a project file: greenlight-cli report PROJECT.json -o FILE.pdf"};
    args.expectNoneLeft();
    const Project project = loadProjectOrThrow(*projectPath, catalog);

    prepareReportApplication();
    // The language chosen with --lang (or the system's) set the default locale.
    options.locale = QLocale();
    if (options.locale.language() == QLocale::C)
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const report::ReportBuilder builder(project, catalog, options);
    QString error;
    if (!builder.writePdf(QString::fromStdString(*output), error))
        throw UsageError{error.toStdString()};
    std::cout << *output << ": " << builder.pageCount() << " pages\n";
    return 0;
}

} // namespace greenlight::cli
