#pragma once

#include <QStringList>

namespace greenlight {
struct AccountingMix;
}

namespace greenlight::ui {

// The notes a comparison shows when it sets unlike grid figures or PUEs side by side, in the UI's
// language (the window's comparison table and the report read the same findings).
QStringList accountingNotes(const AccountingMix &mix);
// One short line per finding, for a status line whose tooltip holds the notes.
QStringList accountingHeadlines(const AccountingMix &mix);

} // namespace greenlight::ui
