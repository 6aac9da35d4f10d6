// greenlight-cli: the command-line contract of Greenlight (docs/cli.md). Links only the core.
#include "arguments.h"
#include "calibratecommand.h"
#include "catalog/catalog.h"
#include "catalog/usercatalog.h"
#include "catalogcommand.h"
#include "clitr.h"
#include "estimatecommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "inferencecommand.h"
#include "lifecyclereport.h"
#include "regionscommand.h"
#include "reviewcommand.h"
#include "schedulecommand.h"
#ifdef GREENLIGHT_HAS_REPORT
#include "reportcommand.h"
#endif

#include <iostream>

using namespace greenlight;
using namespace greenlight::cli;

namespace {

const char *const kHelp =
    QT_TRANSLATE_NOOP("greenlight-cli",
                      R"(greenlight-cli — estimate the energy, carbon, water and cost of training ML models.

Usage:
  greenlight-cli [--catalog FILE]... COMMAND [OPTIONS]

Commands:
  estimate     estimate a project's scenarios, or one run described by flags
  catalog      list or show the cited reference data (accelerators, regions, providers, ...)
  schedule     when to run a job on an hourly grid-intensity profile (best start, pause/resume)
  compare-regions  one scenario in several regions, ranked by CO2e
  inference    the energy, time and CO2e of serving one request (calibrated serving model)
  breakeven    after how many requests a scenario costlier to train pays back (CO2e, energy, money)
  import       read a measured run (CodeCarbon emissions.csv, Carbontracker log), add it to a project
  calibrate    compare measured runs with a scenario and propose calibrated power, PUE, intensity
  review       the need-and-impact review: options ranked by CO2e saved, checklist with evidence
  export       results (csv, json), paper statement (md, latex) or model-card snippet (modelcard)
  report       the need-and-impact report as a PDF (GUI builds only)
  help CMD     help for one command

Options:
  --catalog FILE   add a user catalog file (adds or overrides records; repeatable).
                   *.json files in ~/.local/share/greenlight/catalog are always loaded.
  --lang CODE      language of help and messages: en, de, fr, es (default: the system locale)
  --version        print the version
  --help           print this help

Exit status: 0 on success, 2 on bad input (with a one-line reason on stderr).
)");

int fail(const std::string &message)
{
    std::cerr << "greenlight-cli: " << message << "\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> raw(argv + 1, argv + argc);
    try {
#ifdef GREENLIGHT_HAS_REPORT
        // Before the language: the report needs a QApplication, not the CLI's QCoreApplication.
        if (isReportCommand(raw))
            prepareReportApplication();
#endif
        // --lang goes first so every later message is in that language.
        std::string lang;
        for (std::size_t i = 0; i < raw.size(); ++i)
            if (raw[i] == "--lang" || raw[i].rfind("--lang=", 0) == 0) {
                const bool inline_ = raw[i].size() > 6;
                if (!inline_ && i + 1 >= raw.size())
                    return fail("--lang: missing value");
                lang = inline_ ? raw[i].substr(7) : raw[i + 1];
                raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(i),
                          raw.begin() + static_cast<std::ptrdiff_t>(i + (inline_ ? 1 : 2)));
                if (lang.empty() || !cliSetLanguage(lang))
                    return fail("--lang: \"" + lang + "\" is not an available language (en, de, fr, es)");
                break;
            }
        if (lang.empty())
            cliSetLanguage({});
        if (raw.empty()) {
            std::cerr << cliTr(kHelp);
            return 2;
        }
        Arguments global(raw);
        if (raw.front() == "--version") {
            std::cout << "greenlight-cli " << GREENLIGHT_VERSION << "\n";
            return 0;
        }
        if (raw.front() == "--help" || raw.front() == "-h") {
            std::cout << cliTr(kHelp);
            return 0;
        }
        // Pull out the global --catalog options, keep the rest for the command.
        std::vector<std::string> catalogFiles;
        std::vector<std::string> rest;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == "--catalog") {
                if (i + 1 >= raw.size())
                    return fail("--catalog: missing value");
                catalogFiles.push_back(raw[++i]);
            } else if (raw[i].rfind("--catalog=", 0) == 0) {
                catalogFiles.push_back(raw[i].substr(10));
            } else {
                rest.push_back(raw[i]);
            }
        }
        // Every command: its help text and how it runs on the loaded catalog.
        struct Command
        {
            const char *name;
            const char *help;
            int (*run)(Arguments &, const Catalog &);
        };
        static const Command commands[] = {
            {"estimate", kEstimateHelp,
             [](Arguments &a, const Catalog &c) {
                 return runEstimate(a, c, std::cout);
             }},
            {"catalog", kCatalogHelp,
             [](Arguments &a, const Catalog &c) {
                 return runCatalog(a, c, std::cout);
             }},
            {"schedule", kScheduleHelp,
             [](Arguments &a, const Catalog &c) {
                 return runSchedule(a, c, std::cout);
             }},
            {"compare-regions", kCompareRegionsHelp,
             [](Arguments &a, const Catalog &c) {
                 return runCompareRegions(a, c, std::cout);
             }},
            {"inference", kInferenceHelp,
             [](Arguments &a, const Catalog &c) {
                 return runInference(a, c, std::cout);
             }},
            {"breakeven", kBreakEvenHelp,
             [](Arguments &a, const Catalog &c) {
                 return runBreakEven(a, c, std::cout);
             }},
            {"import", kImportHelp,
             [](Arguments &a, const Catalog &c) {
                 return runImport(a, c, std::cout, std::cerr);
             }},
            {"calibrate", kCalibrateHelp,
             [](Arguments &a, const Catalog &c) {
                 return runCalibrate(a, c, std::cout, std::cerr);
             }},
            {"review", kReviewHelp,
             [](Arguments &a, const Catalog &c) {
                 return runReview(a, c, std::cout);
             }},
            {"export", kExportHelp,
             [](Arguments &a, const Catalog &c) {
                 return runExport(a, c, std::cout);
             }},
#ifdef GREENLIGHT_HAS_REPORT
            {"report", kReportHelp,
             [](Arguments &a, const Catalog &c) {
                 return runReport(a, c);
             }},
#else
            {"report",
             "greenlight-cli report: this build has no report module (built with GREENLIGHT_GUI=OFF)\n",
             [](Arguments &, const Catalog &) {
                 std::cerr << "greenlight-cli: report: this build has no report module (built with "
                              "GREENLIGHT_GUI=OFF)\n";
                 return 2;
             }},
#endif
        };
        std::string names;
        for (const Command &c : commands)
            names += (names.empty() ? "" : ", ") + std::string(c.name);
        const auto find = [](const std::string &name) -> const Command * {
            for (const Command &c : commands)
                if (name == c.name)
                    return &c;
            return nullptr;
        };

        if (rest.empty())
            return fail(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "expected a command")) + " (" + names +
                        ")");
        const std::string command = rest.front();
        rest.erase(rest.begin());
        if (command == "help") {
            const Command *topic = rest.empty() ? nullptr : find(rest.front());
            std::cout << cliTr(topic ? topic->help : kHelp);
            return 0;
        }
        const Command *cmd = find(command);
        if (cmd == nullptr)
            return fail(cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "unknown command")) + " \"" + command +
                        "\" (" + names + "; " + cliTr(QT_TRANSLATE_NOOP("greenlight-cli", "see --help")) +
                        ")");
        if (!rest.empty() && (rest.front() == "--help" || rest.front() == "-h")) {
            std::cout << cliTr(cmd->help);
            return 0;
        }

        Catalog catalog = Catalog::builtIn();
        for (const Issue &i : loadUserCatalogs(catalog))
            if (i.isError())
                return fail("user catalog: " + i.toString());
        for (const std::string &f : catalogFiles)
            for (const Issue &i : catalog.addFile(f))
                if (i.isError())
                    return fail("--catalog: " + i.toString());
        Arguments args(rest);
        return cmd->run(args, catalog);
    } catch (const UsageError &e) {
        return fail(e.message);
    } catch (const std::exception &e) {
        return fail(std::string("internal error: ") + e.what());
    }
}
