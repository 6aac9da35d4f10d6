// greenlight-cli: the command-line contract of Greenlight (docs/cli.md). Links only the core.
#include "arguments.h"
#include "catalog/catalog.h"
#include "catalog/usercatalog.h"
#include "catalogcommand.h"
#include "estimatecommand.h"

#include <iostream>

using namespace greenlight;
using namespace greenlight::cli;

namespace {

const char *const kHelp =
    R"(greenlight-cli — estimate the energy, carbon, water and cost of training ML models.

Usage:
  greenlight-cli [--catalog FILE]... COMMAND [OPTIONS]

Commands:
  estimate     estimate a project's scenarios, or one run described by flags
  catalog      list or show the cited reference data (accelerators, regions, providers, ...)
  help CMD     help for one command

Options:
  --catalog FILE   add a user catalog file (adds or overrides records; repeatable).
                   *.json files in ~/.local/share/greenlight/catalog are always loaded.
  --version        print the version
  --help           print this help

Exit status: 0 on success, 2 on bad input (with a one-line reason on stderr).
)";

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
        if (raw.empty()) {
            std::cerr << kHelp;
            return 2;
        }
        Arguments global(raw);
        if (raw.front() == "--version") {
            std::cout << "greenlight-cli " << GREENLIGHT_VERSION << "\n";
            return 0;
        }
        if (raw.front() == "--help" || raw.front() == "-h") {
            std::cout << kHelp;
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
        if (rest.empty())
            return fail("expected a command (estimate, catalog)");
        const std::string command = rest.front();
        rest.erase(rest.begin());
        const bool help = !rest.empty() && (rest.front() == "--help" || rest.front() == "-h");

        if (command == "help") {
            const std::string topic = rest.empty() ? "" : rest.front();
            std::cout << (topic == "estimate" ? kEstimateHelp : topic == "catalog" ? kCatalogHelp : kHelp);
            return 0;
        }
        if (command != "estimate" && command != "catalog")
            return fail("unknown command \"" + command + "\" (estimate, catalog; see --help)");
        if (help) {
            std::cout << (command == "estimate" ? kEstimateHelp : kCatalogHelp);
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
        if (command == "estimate")
            return runEstimate(args, catalog, std::cout);
        return runCatalog(args, catalog, std::cout);
    } catch (const UsageError &e) {
        return fail(e.message);
    } catch (const std::exception &e) {
        return fail(std::string("internal error: ") + e.what());
    }
}
