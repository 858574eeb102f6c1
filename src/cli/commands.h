// Stage cli/: main, the commands, progress: the only code that prints, the
// only user of CLI11.
//
// The command-line layer: each subcommand lives in its own command_*.cc and
// adds itself to the CLI11 app. Commands and main.cc are the only code that
// prints; the library below them returns Status.
#pragma once

#include <CLI/CLI.hpp>

namespace peercard {

// Exit statuses of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeInputsFailed = 1;  // outputs were written for the rest
inline constexpr int kExitUsage = 2;
inline constexpr int kExitOutputFailed = 3;  // an output could not be written (disk full, no permission)
inline constexpr int kExitInternal = 4;      // an unexpected exception: a defect, not the user's input

// Each adds a subcommand to `app`; when it runs, its exit status is stored in
// *exit_code. *exit_code must outlive app.parse().
CLI::App* AddExtractCommand(CLI::App& app, int* exit_code);
CLI::App* AddInspectCommand(CLI::App& app, int* exit_code);
CLI::App* AddCompareCommand(CLI::App& app, int* exit_code);
CLI::App* AddRenderCommand(CLI::App& app, int* exit_code);
CLI::App* AddRunCommand(CLI::App& app, int* exit_code);
CLI::App* AddReviewCommand(CLI::App& app, int* exit_code);

}  // namespace peercard
