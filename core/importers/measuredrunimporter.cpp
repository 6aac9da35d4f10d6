#include "measuredrunimporter.h"

#include "carbontrackerimporter.h"
#include "catalog/catalog.h"
#include "codecarbonimporter.h"
#include "textparse.h"
#include "util/textfile.h"

namespace greenlight {

ImportOptions ImportOptions::fromCatalog(const Catalog &catalog, const std::string &fileName)
{
    ImportOptions o;
    o.fileName = textparse::baseName(fileName);
    o.importedAt = textparse::utcNowIso8601();
    if (const DefaultValue *pue = catalog.defaultValue("carbontrackerPue")) {
        o.carbontrackerPue = pue->value;
        o.carbontrackerPueSource = "assumed: catalog default carbontrackerPue (" + pue->citation.source + ")";
    }
    return o;
}

std::string MeasuredRunImporter::detectFormat(std::string_view text)
{
    // The CSV header decides first: a CodeCarbon file could carry the word "CarbonTracker" in a
    // project name, while Carbontracker output never starts with a CSV header.
    if (CodeCarbonImporter::looksLikeCodeCarbon(text))
        return "codecarbon";
    if (CarbontrackerImporter::looksLikeCarbontracker(text))
        return "carbontracker";
    return {};
}

ImportResult MeasuredRunImporter::importText(std::string_view text, const ImportOptions &options)
{
    const std::string format = detectFormat(text);
    if (format == "codecarbon")
        return CodeCarbonImporter::import(text, options);
    if (format == "carbontracker")
        return CarbontrackerImporter::import(text, options);
    ImportResult r;
    r.issues.push_back({Issue::Severity::Error, "",
                        "unrecognised format: expected a CodeCarbon emissions.csv (a header with duration, "
                        "emissions, energy_consumed) or Carbontracker output (\"Actual consumption for N "
                        "epoch(s)\")"});
    return r;
}

ImportResult MeasuredRunImporter::importFile(const std::string &path, ImportOptions options)
{
    std::string text;
    std::string error;
    if (!readTextFile(path, text, error)) {
        ImportResult r;
        r.issues.push_back({Issue::Severity::Error, "", error});
        return r;
    }
    if (options.fileName.empty())
        options.fileName = textparse::baseName(path);
    return importText(text, options);
}

} // namespace greenlight
