// peercard run: the whole job in one command. With no corpus it runs on the
// bundled examples/corpus (and its manifest) into output/.
#include <algorithm>
#include <iostream>
#include <memory>

#include "model/catalogue.h"
#include "cli/commands.h"
#include "cli/diagnostics.h"
#include "cli/shared_options.h"
#include "cli/progress.h"
#include "app/run_pipeline.h"
#include "app/data_dir.h"
#include "ingest/corpus.h"
#include "base/parallel_for.h"
#include "base/join.h"

namespace peercard {

namespace {

// The outputs as written, relative to `folder`, the cards counted:
// "observations.csv comparison.csv cards/ (13 cards) summary.pdf run.json".
std::string WrittenList(const std::vector<std::string>& written, const std::string& folder) {
  std::vector<std::string> names;
  size_t cards = 0, cards_at = 0;
  for (const std::string& path : written) {
    const std::string name =
        path.compare(0, folder.size() + 1, folder + "/") == 0 ? path.substr(folder.size() + 1) : path;
    if (name.compare(0, 6, "cards/") != 0) {
      names.push_back(name);
    } else if (cards++ == 0) {
      cards_at = names.size();
      names.push_back("cards/");
    }
  }
  if (cards > 0) names[cards_at] += " (" + std::to_string(cards) + (cards == 1 ? " card)" : " cards)");
  const std::string listed = Join(names, " ");
  return listed;
}

constexpr size_t kMaxPrinted = 20;

struct RunArgs {
  RunOptions options;
  bool quiet = false, no_manifest = false;
};

int RunRun(RunArgs a) {
  RunOptions& o = a.options;
  if (o.corpus.empty()) {
    auto examples = FindDataDir("examples/corpus");
    if (!examples.ok()) {
      PrintError(examples.status().message());
      return kExitUsage;
    }
    o.corpus.push_back(*examples);
  }
  o.manifest = ChosenManifest(o.manifest, a.no_manifest, [&] { return FindManifestFor(o.corpus); }, a.quiet);
  if (o.threads <= 0) o.threads = DefaultThreads();
  Progress progress(std::cerr, StderrIsTerminal(), a.quiet);
  std::string stage;
  auto on_progress = [&](const std::string& s, size_t done, size_t total) {
    if (s != stage) {
      stage = s;
      progress.Begin(s, total);
    }
    progress.Update(done);
  };
  auto result = RunPipeline(o, on_progress);
  if (!result.ok()) {
    PrintError(result.status().message());
    return kExitUsage;
  }
  const RunResult& r = *result;
  // Quiet: errors only; the warnings stay in run.json.
  if (!a.quiet) PrintWarnings(r.warnings, kMaxPrinted, " in " + o.output + "/run.json");
  PrintErrors(r.errors);
  if (!r.peer_choice.empty()) progress.Line("peercard: " + r.peer_choice);
  progress.Line("peercard: run: " + std::to_string(r.files) + " files, " +
                (r.skipped ? std::to_string(r.skipped) + " other files skipped, " : "") + std::to_string(r.places) +
                " place passages, " + std::to_string(r.values) + " values, " + std::to_string(r.na) + " NA, " +
                std::to_string(r.conflicts) + " conflicts, " + std::to_string(r.warnings.size()) + " warnings, " +
                std::to_string(r.errors.size()) + " errors; comparison year " + std::to_string(r.year) + "; " +
                std::to_string(r.cards) + " cards");
  if (!r.written.empty()) progress.Line("peercard: outputs in " + o.output + "/: " + WrittenList(r.written, o.output));
  if (AnyOutputFailed(r.errors)) return kExitOutputFailed;
  return r.errors.empty() ? kExitOk : kExitSomeInputsFailed;
}

}  // namespace

CLI::App* AddRunCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RunArgs>();
  RunOptions& o = args->options;
  CompareOptions& c = o.compare;
  CLI::App* cmd = app.add_subcommand("run", "extract → compare → render in one command "
                                            "(no CORPUS: the bundled examples/corpus)");
  cmd->add_option("CORPUS", o.corpus, "Report files or folders (*.txt, recursively)");
  AddManifestOptions(cmd, &args->options.manifest, &args->no_manifest, "the CORPUS folder");
  AddPlacesOption(cmd, &o.places);
  AddOverridesOption(cmd, &o.overrides);
  cmd->add_option("--year", c.year, "Comparison year (default: the latest year with a value)");
  cmd->add_option("--peers", o.peers, "Peer group: auto (the default: places of the same tier in the same province when each such group has at least 5, else all), all, province, level, province_level, prefecture (the districts and counties of one city), or a FILE listing place codes")
      ->capture_default_str();
  cmd->add_option("--window", c.window, "Years an older value may stand in for the comparison year")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--draws", c.draws, "Monte-Carlo draws for the rank interval")->capture_default_str();
  cmd->add_option("--seed", c.seed, "Monte-Carlo seed")->capture_default_str();
  AddMetricsOption(cmd, &o.metrics);
  AddTemplatesOption(cmd, &o.templates);
  AddLanguageOption(cmd, &o.language);
  cmd->add_option("--focus", o.focus, "A place (code or Chinese name): its card first in briefing.pdf, highlighted in the summary");
  AddFontOptions(cmd, &o.font, &o.body_font);
  cmd->add_option("-o,--output", o.output, "Output folder")->capture_default_str();
  cmd->add_option("--threads", o.threads, "Worker threads (default: all cores)");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress and no closing summary");
  cmd->callback([args, exit_code]() { *exit_code = RunRun(*args); });
  return cmd;
}

}  // namespace peercard
