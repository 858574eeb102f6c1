// The options several commands take, declared once: --manifest and
// --no-manifest (extract, inspect, run: the one home of the rule "the
// manifest given, else none when told, else the one in or beside the corpus
// folder, said on stderr"), --places, --metrics, --overrides, --templates,
// --font, --body-font and --lang.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "draw/templates.h"

namespace peercard {

// --places FILE: the user's own places table, added to the built-in one.
void AddPlacesOption(CLI::App* cmd, std::string* places);
// --metrics DIR: the indicator catalogue (default: the bundled metrics/).
void AddMetricsOption(CLI::App* cmd, std::string* metrics);
// --overrides FILE: a reviewer's corrections; `help` says what the command
// does with them.
void AddOverridesOption(CLI::App* cmd, std::string* overrides,
                        const std::string& help = "overrides.csv: a reviewer's corrections, marked as reviewed");
// --templates DIR: layouts and printed strings (default: the bundled templates/).
void AddTemplatesOption(CLI::App* cmd, std::string* templates);
// --font FILE and --body-font FILE: the TrueType fonts of the PDFs (the
// main face and the body face, pdf/typefaces.h).
void AddFontOptions(CLI::App* cmd, std::string* font, std::string* body_font);
// --lang zh|zh-en|en, parsed into *language (default: Chinese).
void AddLanguageOption(CLI::App* cmd, Language* language);

// Adds --manifest FILE (into *manifest) and --no-manifest (into *none), which
// exclude each other; `corpus` names the corpus in the help ("the PATH
// folder", "FILE's folder").
void AddManifestOptions(CLI::App* cmd, std::string* manifest, bool* none, const std::string& corpus);

// The manifest to read: `given` when set; "" with `none`; else what `find`
// returns (FindManifestFor or FindCorpusManifest), announced on stderr as
// "peercard: using manifest PATH" unless `quiet`. "" = no manifest.
std::string ChosenManifest(const std::string& given, bool none, const std::function<std::string()>& find, bool quiet);

}  // namespace peercard
