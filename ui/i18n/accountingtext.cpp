#include "accountingtext.h"

#include "compare/accountingmix.h"

#include <QCoreApplication>
#include <QLocale>

namespace greenlight::ui {

namespace {

QString names(const std::vector<std::string> &list)
{
    QStringList out;
    for (const std::string &n : list)
        out << QString::fromStdString(n);
    return QLocale().createSeparatedList(out);
}

} // namespace

QStringList accountingNotes(const AccountingMix &mix)
{
    QStringList notes;
    if (mix.mixedBasis()) {
        QStringList parts;
        if (!mix.lifecycle.empty())
            parts << QCoreApplication::translate("AccountingText", "life cycle for %1")
                         .arg(names(mix.lifecycle));
        if (!mix.direct.empty())
            parts << QCoreApplication::translate(
                         "AccountingText", "direct (combustion only, no published life-cycle figure) for %1")
                         .arg(names(mix.direct));
        if (!mix.unstated.empty())
            parts << QCoreApplication::translate("AccountingText", "basis not stated by the source for %1")
                         .arg(names(mix.unstated));
        notes << QCoreApplication::translate(
                     "AccountingText",
                     "Grid figures on different bases: %1. A direct figure leaves out building and fuelling "
                     "the plants and looks cleaner.")
                     .arg(parts.join(QStringLiteral("; ")));
    }
    if (mix.yearsApart())
        notes << QCoreApplication::translate("AccountingText",
                                             "Grid data years %1 years apart: %2 for %3, %4 for %5.")
                     .arg(QString::number(mix.newestYear - mix.oldestYear), QString::number(mix.oldestYear),
                          QString::fromStdString(mix.oldest), QString::number(mix.newestYear),
                          QString::fromStdString(mix.newest));
    if (mix.mixedPue())
        notes
            << QCoreApplication::translate(
                   "AccountingText",
                   "PUE from different sources: the industry-average default %1 for %2 (no PUE for a country "
                   "or grid region), the data centre's own for %3. Set the PUE to compare the grids alone.")
                   .arg(QLocale().toString(mix.defaultPueValue, 'g', 3), names(mix.defaultPue),
                        names(mix.catalogPue));
    return notes;
}

QStringList accountingHeadlines(const AccountingMix &mix)
{
    QStringList lines;
    if (mix.mixedBasis())
        lines << QCoreApplication::translate("AccountingText", "grid figures on different bases (direct: %1)")
                     .arg(names(mix.direct.empty() ? mix.unstated : mix.direct));
    if (mix.yearsApart())
        lines << QCoreApplication::translate("AccountingText", "grid data years %1 years apart")
                     .arg(mix.newestYear - mix.oldestYear);
    if (mix.mixedPue())
        lines
            << QCoreApplication::translate("AccountingText", "default PUE for %1").arg(names(mix.defaultPue));
    return lines;
}

} // namespace greenlight::ui
