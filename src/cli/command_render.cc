// peercard render: comparison.csv + observations.csv → output/cards/<code>.pdf
// per place and output/summary.pdf.
#include <ctime>
#include <iostream>
#include <memory>

#include "model/catalogue.h"
#include "base/output_lock.h"
#include "cli/commands.h"
#include "cli/shared_options.h"
#include "cli/diagnostics.h"
#include "tables/comparison.h"
#include "tables/observations_csv.h"
#include "render/render.h"
#include "app/data_dir.h"

namespace peercard {

namespace {

struct RenderArgs {
  std::string comparison;
  std::vector<std::string> observations;
  std::string templates, font = kDefaultFontPath, body_font, metrics, places, output = "output";
  Language language = Language::kZh;
  std::string focus;
  int threads = 1;
  bool quiet = false;
};

// Loads what rendering needs; a failure is a usage error (exit 2) because
// nothing can be drawn without it.
Result<RenderInput> LoadInput(const RenderArgs& a, Diagnostics* warnings) {
  auto catalogue = LoadCatalogueOrDefault(a.metrics, a.places);
  if (!catalogue.ok()) return catalogue.status();
  RenderInput in;
  auto rows = ReadComparisonCsv(a.comparison);
  if (!rows.ok()) return rows.status();
  in.rows = std::move(rows).value();
  for (const std::string& path : a.observations) {
    auto obs = ReadObservationsCsv(path, catalogue->indicators, catalogue->places, warnings);
    if (!obs.ok()) return obs.status();
    in.observations.insert(in.observations.end(), std::make_move_iterator(obs->begin()),
                           std::make_move_iterator(obs->end()));
  }
  in.catalogue = std::move(catalogue->indicators);
  in.places = std::move(catalogue->places);
  return in;
}

int RunRender(const RenderArgs& a) {
  auto templates = LoadTemplatesOrDefault(a.templates, a.language);
  if (!templates.ok()) {
    PrintError(templates.status().message());
    return kExitUsage;
  }
  auto font = FontSource::Open(a.font);
  const Status covers = font.ok() ? CheckFontCoversTemplates(**font, *templates) : font.status();
  if (!covers.ok()) {
    PrintError("--font: " + covers.message());
    return kExitUsage;
  }
  auto body_font = OpenBodyFace(a.body_font);
  if (!body_font.ok()) {
    PrintError("--body-font: " + body_font.status().message());
    return kExitUsage;
  }
  auto numbers = NumberText::Create();
  if (!numbers.ok()) {
    PrintError(numbers.status().message());
    return kExitUsage;
  }
  Diagnostics warnings;
  auto in = LoadInput(a, &warnings);
  PrintWarnings(warnings);
  if (!in.ok()) {
    PrintError(in.status().message());
    return kExitUsage;
  }
  const RenderContext ctx{*templates, *numbers, **font,
                          PdfCreationTime(std::getenv("SOURCE_DATE_EPOCH"), std::time(nullptr))};
  const auto lock = OutputLock::Acquire(a.output);  // one writer per folder
  if (!lock.ok()) {
    PrintError(lock.status().message());
    return kExitOutputFailed;
  }
  auto focus = ResolveFocus(*in, a.focus);
  if (!focus.ok()) {
    PrintError(focus.status().message());
    return kExitUsage;
  }
  const RenderReport report = RenderAll(*in, ctx, Typefaces(**font, body_font->get()), a.output, a.threads, {*focus, true});
  PrintWarnings(report.warnings);
  PrintErrors(report.errors);
  if (!a.quiet) {
    std::cout << "peercard: render: " << report.written.size() << " PDF files written, " << report.errors.size()
              << " failed → " << a.output << "/\n";
  }
  if (AnyOutputFailed(report.errors)) return kExitOutputFailed;
  return report.errors.empty() ? kExitOk : kExitSomeInputsFailed;
}

}  // namespace

CLI::App* AddRenderCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* cmd = app.add_subcommand("render", "Render PDF report cards and the summary");
  cmd->add_option("COMPARISON", args->comparison, "comparison.csv written by 'peercard compare'")->required();
  cmd->add_option("OBSERVATIONS", args->observations,
                  "observations.csv files: the evidence sentences and earlier years");
  AddTemplatesOption(cmd, &args->templates);
  AddLanguageOption(cmd, &args->language);
  cmd->add_option("--focus", args->focus, "A place (code or Chinese name): its card first in briefing.pdf, highlighted in the summary");
  AddFontOptions(cmd, &args->font, &args->body_font);
  AddMetricsOption(cmd, &args->metrics);
  AddPlacesOption(cmd, &args->places);
  cmd->add_option("-o,--output", args->output, "Output folder: cards/<code>.pdf and summary.pdf")
      ->capture_default_str();
  cmd->add_option("--threads", args->threads, "Cards rendered at once")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_flag("-q,--quiet", args->quiet, "No summary line");
  cmd->callback([args, exit_code]() { *exit_code = RunRender(*args); });
  return cmd;
}

}  // namespace peercard
