// --manifest and --no-manifest, as extract, inspect and run take them: the
// one home of the rule "the manifest given, else none when told, else the
// one in or beside the corpus folder, said on stderr".
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace peercard {

// Adds --manifest FILE (into *manifest) and --no-manifest (into *none), which
// exclude each other; `corpus` names the corpus in the help ("the PATH
// folder", "FILE's folder").
void AddManifestOptions(CLI::App* cmd, std::string* manifest, bool* none, const std::string& corpus);

// The manifest to read: `given` when set; "" with `none`; else what `find`
// returns (FindManifestFor or FindCorpusManifest), announced on stderr as
// "peercard: using manifest PATH" unless `quiet`. "" = no manifest.
std::string ChosenManifest(const std::string& given, bool none, const std::function<std::string()>& find, bool quiet);

}  // namespace peercard
