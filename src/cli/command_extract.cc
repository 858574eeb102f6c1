// peercard extract: reports → observations.csv.
#include <algorithm>
#include <iostream>

#include "base/atomic_file.h"
#include "model/catalogue.h"
#include "cli/commands.h"
#include "cli/diagnostics.h"
#include "cli/shared_options.h"
#include "extract/extract_corpus.h"
#include "ingest/corpus.h"
#include "tables/observations_csv.h"
#include "app/data_dir.h"
#include "base/parallel_for.h"

namespace peercard {

namespace {

constexpr size_t kMaxWarnings = 20;

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string manifest, places, metrics, output = "observations.csv";
  int threads = 0;
  bool quiet = false, no_manifest = false;
};

int RunExtract(const ExtractArgs& a) {
  auto catalogue = LoadCatalogueOrDefault(a.metrics, a.places);
  if (!catalogue.ok()) {
    PrintError(catalogue.status().message());
    return kExitUsage;
  }
  Diagnostics errors;
  Manifest manifest;
  const Manifest* manifest_ptr = nullptr;
  const std::string manifest_path =
      ChosenManifest(a.manifest, a.no_manifest, [&] { return FindManifestFor(a.inputs); }, a.quiet);
  if (!manifest_path.empty()) {
    auto m = LoadManifest(manifest_path);
    if (!m.ok()) {
      PrintError(m.status().message());
      return kExitUsage;
    }
    manifest = std::move(*m);
    manifest_ptr = &manifest;
  }
  size_t skipped = 0;
  const std::vector<CorpusFile> files = ListCorpusFiles(a.inputs, &errors, &skipped);
  if (manifest_ptr) CheckManifestCoversFiles(manifest, files, &errors);
  const Gazetteer gazetteer(std::move(catalogue->places));
  CorpusExtraction result = ExtractCorpus(files, manifest_ptr, gazetteer, catalogue->indicators,
                                          a.threads > 0 ? a.threads : DefaultThreads());
  errors.insert(errors.end(), result.errors.begin(), result.errors.end());
  // Quiet: errors only. Otherwise the first warnings, then how many more.
  if (!a.quiet) PrintWarnings(result.warnings, kMaxWarnings);
  PrintErrors(errors);
  size_t values = 0;
  for (const auto& o : result.observations) values += o.value.has_value();
  const Status written = WriteFileAtomically(a.output, FormatObservationsCsv(result.observations));
  if (!written.ok()) {
    PrintError(written.message());
    return kExitSomeInputsFailed;
  }
  if (!a.quiet) {
    std::cerr << "peercard: extract: " << result.files_read << " files read, "
              << (skipped ? std::to_string(skipped) + " other files skipped, " : "") << result.places_found
              << " place passages, " << result.observations.size() << " rows (" << values << " values, "
              << result.observations.size() - values << " NA), " << result.warnings.size() << " warnings, "
              << errors.size() << " errors → " << a.output << "\n";
  }
  return errors.empty() ? kExitOk : kExitSomeInputsFailed;
}

}  // namespace

CLI::App* AddExtractCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract indicators from reports (*.txt) into observations.csv");
  cmd->add_option("PATH", args->inputs, "Report files or folders (searched recursively for *.txt)")->required();
  AddManifestOptions(cmd, &args->manifest, &args->no_manifest, "the PATH folder");
  AddPlacesOption(cmd, &args->places);
  AddMetricsOption(cmd, &args->metrics);
  cmd->add_option("-o,--output", args->output, "Where to write observations.csv")->capture_default_str();
  cmd->add_option("--threads", args->threads, "Worker threads (default: all cores)");
  cmd->add_flag("-q,--quiet", args->quiet, "Errors only: no warnings, no summary line");
  cmd->callback([args, exit_code]() { *exit_code = RunExtract(*args); });
  return cmd;
}

}  // namespace peercard
