// The "did you mean" line after a command-line error: the nearest command to
// a misspelt one ("peercard rnu"), the nearest option of the command to a
// misspelt option ("peercard run --thread 2").
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace peercard {

// For argv as given to `app` (whose subcommands are set up): "did you mean
// 'run'?" or "did you mean '--threads'?" for the first word that is neither a
// command nor an option of its command but is one edit or two (base/suggest.h)
// from one; for an unknown command with none close, "'x' is not a command;
// the commands are extract, …". "" when every word is known or none is close.
std::string UsageHint(const CLI::App& app, int argc, const char* const* argv);

}  // namespace peercard
