// peercard review: observations.csv → the values that deserve a human look
// (stdout) and a template overrides.csv for the reviewer.
#include <filesystem>
#include <iostream>

#include "base/atomic_file.h"
#include "model/catalogue.h"
#include "cli/commands.h"
#include "cli/shared_options.h"
#include "cli/diagnostics.h"
#include "tables/observations_csv.h"
#include "tables/overrides.h"
#include "compare/review.h"
#include "app/data_dir.h"

namespace peercard {

namespace {

struct ReviewArgs {
  std::vector<std::string> inputs;
  std::string places, metrics, overrides, output = "overrides.csv";
  ReviewOptions options;
};

// A reviewer's edits must never be overwritten by a fresh template: an
// existing output file is replaced only when it is the --overrides file,
// whose rows the template carries over.
bool WouldLoseEdits(const ReviewArgs& a) {
  std::error_code ec;
  if (!std::filesystem::exists(a.output, ec)) return false;
  return a.overrides.empty() || !std::filesystem::equivalent(a.output, a.overrides, ec);
}

int RunReview(const ReviewArgs& a) {
  auto catalogue = LoadCatalogueOrDefault(a.metrics, a.places);
  if (!catalogue.ok()) {
    PrintError(catalogue.status().message());
    return kExitUsage;
  }
  if (WouldLoseEdits(a)) {
    PrintError(a.output + " exists: pass it with --overrides to keep its rows, or name another file with -o");
    return kExitUsage;
  }
  std::vector<Override> kept;
  if (!a.overrides.empty()) {
    auto read = ReadOverridesCsv(a.overrides, catalogue->indicators);
    if (!read.ok()) {  // like a bad manifest or catalogue: nothing is written
      PrintError(read.status().message());
      return kExitUsage;
    }
    kept = std::move(*read);
  }
  std::vector<Observation> obs;
  Diagnostics warnings;
  Diagnostics errors;
  obs = ReadObservationFiles(a.inputs, *catalogue, &warnings, &errors);
  PrintErrors(errors);
  const int failed = static_cast<int>(errors.size());
  PrintWarnings(warnings);
  if (failed == static_cast<int>(a.inputs.size())) return kExitSomeInputsFailed;
  Diagnostics unmatched;  // kept rows that match nothing: said, and left in the template
  ApplyOverrides(kept, &obs, &unmatched);
  PrintErrors(unmatched);
  const std::vector<ReviewFlag> flags = FindValuesToReview(obs, catalogue->indicators, catalogue->places, a.options);
  std::cout << FormatReviewList(flags, catalogue->indicators, catalogue->places);
  const Status written = WriteFileAtomically(a.output, FormatOverridesTemplate(kept, flags));
  if (!written.ok()) {
    PrintError(written.message());
    return kExitSomeInputsFailed;
  }
  std::cerr << "peercard: review: " << flags.size() << " flags from " << obs.size() << " rows → " << a.output
            << " (give each row you keep a reason, delete the others, then compare or run with --overrides "
            << a.output << ")\n";
  return failed > 0 || !unmatched.empty() ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

CLI::App* AddReviewCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ReviewArgs>();
  CLI::App* cmd = app.add_subcommand(
      "review", "List values that deserve a human look (conflicts, outliers, jumps, qualified, missing) "
                "and write a template overrides.csv");
  cmd->add_option("OBSERVATIONS", args->inputs, "observations.csv files (from extract)")->required();
  cmd->add_option("-o,--output", args->output,
                  "Where to write the template overrides.csv (an existing file only when it is --overrides)")
      ->capture_default_str();
  AddOverridesOption(cmd, &args->overrides,
                     "Overrides already made: applied first, not flagged again, carried into the template");
  AddPlacesOption(cmd, &args->places);
  AddMetricsOption(cmd, &args->metrics);
  cmd->add_option("--max-robust-z", args->options.max_robust_z, "Flag a value whose |robust z| exceeds this")
      ->capture_default_str();
  cmd->add_option("--max-change", args->options.max_change,
                  "Flag a value more than this many times (or less than 1/this) the previous comparable one")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 1e6));
  cmd->callback([args, exit_code]() { *exit_code = RunReview(*args); });
  return cmd;
}

}  // namespace peercard
