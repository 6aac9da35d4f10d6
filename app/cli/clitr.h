#pragma once

#include <string>

// QT_TRANSLATE_NOOP marks the CLI's texts for lupdate (context "greenlight-cli"); in the no-GUI
// build there is no Qt, so it is the identity.
#ifdef GREENLIGHT_CLI_QT
#include <QtGlobal>
#else
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif
#endif

namespace greenlight::cli {

// The translation of text (context "greenlight-cli") in the language chosen by cliSetLanguage();
// text itself when Greenlight is built without Qt or no translation exists.
std::string cliTr(const char *text);

// Picks the language: code ("de", "fr", "es", "en"), or the system locale when empty. Returns false
// when code names no available language. Without Qt only English exists.
bool cliSetLanguage(const std::string &code);

} // namespace greenlight::cli
