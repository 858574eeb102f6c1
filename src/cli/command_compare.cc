// peercard compare: observations.csv files (+ overrides.csv) → comparison.csv
// and a short summary on stdout.
#include <iostream>
#include <memory>

#include "base/atomic_file.h"
#include "model/catalogue.h"
#include "cli/commands.h"
#include "cli/shared_options.h"
#include "cli/diagnostics.h"
#include "compare/compare.h"
#include "compare/compare_summary.h"
#include "tables/observations_csv.h"
#include "tables/overrides.h"
#include "app/data_dir.h"

namespace peercard {

namespace {

struct CompareArgs {
  std::vector<std::string> inputs;
  std::string peers = "auto", places, metrics, overrides, output = "comparison.csv";
  CompareOptions options;
  bool method = false;
  bool quiet = false;
};

constexpr int kMaxWarnings = 20;

int RunCompare(CompareArgs a) {
  auto catalogue = LoadCatalogueOrDefault(a.metrics, a.places);
  if (!catalogue.ok()) {
    PrintError(catalogue.status().message());
    return kExitUsage;
  }
  auto peers = ParsePeerSpec(a.peers);
  if (!peers.ok()) {
    PrintError(peers.status().message());
    return kExitUsage;
  }
  a.options.peers = std::move(peers).value();
  std::vector<Override> overrides;
  if (!a.overrides.empty()) {
    auto read = ReadOverridesCsv(a.overrides, catalogue->indicators);
    if (!read.ok()) {
      PrintError(read.status().message());
      return kExitUsage;
    }
    overrides = std::move(read).value();
  }
  // A bad observations file is reported and the others go on (exit 1).
  Diagnostics warnings, errors;
  std::vector<Observation> obs = ReadObservationFiles(a.inputs, *catalogue, &warnings, &errors);
  // An override that matches nothing is skipped and reported the same way.
  ApplyOverrides(overrides, &obs, &errors);
  PrintErrors(errors);
  const int failed = static_cast<int>(errors.size());
  auto ds = BuildDataset(std::move(obs));
  if (!ds.ok()) {
    PrintWarnings(warnings, kMaxWarnings);
    PrintError(ds.status().message());
    return kExitSomeInputsFailed;
  }
  auto c = Compare(*ds, catalogue->indicators, catalogue->places, a.options);
  if (!c.ok()) {
    PrintWarnings(warnings, kMaxWarnings);
    PrintError(c.status().message());
    return kExitSomeInputsFailed;
  }
  warnings.insert(warnings.end(), c->warnings.begin(), c->warnings.end());
  if (!a.quiet && !c->peer_choice.empty()) std::cerr << "peercard: " << c->peer_choice << "\n";
  PrintWarnings(warnings, kMaxWarnings);
  const Status written = WriteFileAtomically(a.output, FormatComparisonCsv(c->rows));
  if (!written.ok()) {
    PrintError(written.message());
    return kExitSomeInputsFailed;
  }
  if (!a.quiet) {
    std::cout << FormatCompareSummary(*c, catalogue->indicators) << "→ " << a.output << "\n";
  }
  if (a.method) {
    CompareOptions used = a.options;
    used.year = c->year;
    for (const std::string& note : MethodNotes(catalogue->indicators, used)) std::cout << "- " << note << "\n";
  }
  return failed ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

CLI::App* AddCompareCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CompareArgs>();
  CompareOptions& o = args->options;
  CLI::App* cmd = app.add_subcommand("compare", "Compare places with their peers into comparison.csv");
  cmd->add_option("OBSERVATIONS", args->inputs, "observations.csv files (several years, several corpora)")
      ->required();
  cmd->add_option("--year", o.year, "Comparison year (default: the latest year with a value)");
  cmd->add_option("--peers", args->peers, "Peer group: auto (the default: places of the same tier in the same province when each such group has at least 5, else all), all, province, level, province_level, prefecture (the districts and counties of one city), or a FILE listing place codes")
      ->capture_default_str();
  AddPlacesOption(cmd, &args->places);
  AddMetricsOption(cmd, &args->metrics);
  AddOverridesOption(cmd, &args->overrides);
  cmd->add_option("--window", o.window, "Years an older value may stand in for the comparison year")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--draws", o.draws, "Monte-Carlo draws for the rank interval (0: none)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--seed", o.seed, "Monte-Carlo seed: same seed, same file")->capture_default_str();
  cmd->add_option("--coverage", o.coverage, "Share of indicators a place needs for a composite rank")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("-o,--output", args->output, "Where to write comparison.csv")->capture_default_str();
  cmd->add_flag("--method", args->method, "Also print the method notes (definitions of every statistic)");
  cmd->add_flag("-q,--quiet", args->quiet, "No summary");
  cmd->callback([args, exit_code]() { *exit_code = RunCompare(*args); });
  return cmd;
}

}  // namespace peercard
