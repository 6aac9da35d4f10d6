#pragma once

#include <initializer_list>
#include <string>
#include <vector>

// QT_TRANSLATE_NOOP marks the CLI's texts for lupdate (context "greenlight-cli"); in the no-GUI
// build there is no Qt, so it is the identity.
#ifdef GREENLIGHT_CLI_QT
#include <QtGlobal>
#else
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif
#endif

namespace greenlight {
struct AccountingMix;
} // namespace greenlight

namespace greenlight::cli {

// The translation of text (context "greenlight-cli") in the language chosen by cliSetLanguage();
// text itself when Greenlight is built without Qt or no translation exists.
std::string cliTr(const char *text);

// A text of the core (an output's label, a checklist question, a lever's name) in the chosen
// language, from the UI's table of core strings; itself without Qt or without a translation.
std::string cliCore(const std::string &english);

// A number or quantity the core formatted ("15.9 t CO2e", "330 k – 563 k USD") with the chosen
// language's decimal separator ("15,9 t CO2e"). Only for numbers: names keep their dots.
std::string cliNumber(const std::string &text);

// text with %1, %2, ... replaced by args in order (translations may reorder them).
std::string cliArgs(const std::string &text, std::initializer_list<std::string> args);

// The comparison's accounting notes (AccountingMix) in the chosen language.
std::vector<std::string> cliAccountingNotes(const AccountingMix &mix);

// Picks the language: code ("de", "fr", "es", "en"), or the system locale when empty. Returns false
// when code names no available language. Without Qt only English exists.
bool cliSetLanguage(const std::string &code);

} // namespace greenlight::cli
