#include "app/run_pipeline.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/atomic_file.h"
#include "base/output_lock.h"
#include "base/parallel_for.h"
#include "model/catalogue.h"
#include "tables/dataset.h"
#include "extract/extract_corpus.h"
#include "tables/observations_csv.h"
#include "tables/overrides.h"
#include "compare/peer_group.h"
#include "render/render.h"
#include "render/render_labels.h"
#include "app/run_report.h"
#include "tables/xlsx_export.h"
#include "app/data_dir.h"

namespace peercard {

namespace fs = std::filesystem;

namespace {

// The worker threads of a run: as asked, or all cores when 0.
int Threads(const RunOptions& o) { return o.threads > 0 ? o.threads : DefaultThreads(); }

using Clock = std::chrono::steady_clock;

std::string Or(const std::string& value, const std::string& fallback) { return value.empty() ? fallback : value; }

long long NewestMtime(const std::vector<std::string>& paths) {
  long long newest = 0;
  for (const auto& p : paths) {
    std::error_code ec;
    const auto t = fs::last_write_time(p, ec);
    if (ec) continue;
    const auto sys = std::chrono::time_point_cast<std::chrono::seconds>(
        t - fs::file_time_type::clock::now() + std::chrono::system_clock::now());
    newest = std::max<long long>(newest, sys.time_since_epoch().count());
  }
  return newest;
}

struct Loaded {
  Catalogue catalogue;
  std::vector<Override> overrides;
  Templates templates;
  NumberText numbers;
  std::unique_ptr<FontSource> font, body_font;  // body_font may be null
  Manifest manifest;
  bool has_manifest = false;
};

Result<Loaded> LoadEverything(const RunOptions& o, CompareOptions* compare) {
  auto catalogue = LoadCatalogueOrDefault(o.metrics, o.places);
  if (!catalogue.ok()) return catalogue.status();
  auto templates = LoadTemplatesOrDefault(o.templates, o.language);
  if (!templates.ok()) return templates.status();
  auto font = FontSource::Open(Or(o.font, kDefaultFontPath));
  if (!font.ok()) return Status::InvalidArgument("--font: " + font.status().message());
  auto body_font = OpenBodyFace(o.body_font);
  if (!body_font.ok()) return Status::InvalidArgument("--body-font: " + body_font.status().message());
  auto numbers = NumberText::Create();
  if (!numbers.ok()) return numbers.status();
  auto peers = ParsePeerSpec(o.peers);
  if (!peers.ok()) return peers.status();
  compare->peers = std::move(peers).value();
  Loaded l{std::move(*catalogue), {}, std::move(*templates), std::move(*numbers), std::move(*font), std::move(*body_font), {}, false};
  if (!o.overrides.empty()) {
    auto read = ReadOverridesCsv(o.overrides, l.catalogue.indicators);
    if (!read.ok()) return read.status();
    l.overrides = std::move(read).value();
  }
  if (!o.manifest.empty()) {
    auto m = LoadManifest(o.manifest);
    if (!m.ok()) return m.status();
    l.manifest = std::move(*m);
    l.has_manifest = true;
  }
  return l;
}

}  // namespace

Result<RunResult> RunPipeline(const RunOptions& o, const RunProgress& progress) {
  CompareOptions compare_options = o.compare;
  auto loaded = LoadEverything(o, &compare_options);
  if (!loaded.ok()) return loaded.status();
  Loaded& l = *loaded;
  RunResult r;
  auto stage_start = Clock::now();
  auto end_stage = [&](const std::string& stage) {
    const auto now = Clock::now();
    r.timings.push_back({stage, std::chrono::duration<double>(now - stage_start).count()});
    stage_start = now;
  };

  // extract. With no report to read (a wrong path, an empty folder) the
  // errors say why and nothing is written, not even the output folder.
  const std::vector<CorpusFile> files = ListCorpusFiles(o.corpus, &r.errors, &r.skipped);
  if (files.empty()) return r;

  // One run at a time into one folder; what dead runs left is swept.
  auto lock = OutputLock::Acquire(o.output);
  if (!lock.ok()) {
    r.errors.push_back({DiagnosticKind::kOutput, "", 0, "", lock.status().message()});
    return r;
  }
  if (l.has_manifest) CheckManifestCoversFiles(l.manifest, files, &r.errors);
  // The gazetteer owns the places table from here on (no copy of 3,000 rows).
  const Gazetteer gazetteer(std::move(l.catalogue.places));
  if (progress) progress("reading reports", 0, files.size());
  CorpusExtraction ex = ExtractCorpus(files, l.has_manifest ? &l.manifest : nullptr, gazetteer,
                                      l.catalogue.indicators, Threads(o),
                                      [&](size_t done, size_t total, const std::string&) {
                                        if (progress) progress("reading reports", done, total);
                                      });
  r.errors.insert(r.errors.end(), ex.errors.begin(), ex.errors.end());
  r.warnings = ex.warnings;
  r.files = ex.files_read;
  r.bytes = ex.bytes_read;
  r.places = ex.places_found;
  r.conflicts = CountOf(ex.warnings, DiagnosticKind::kConflict);
  for (const auto& obs : ex.observations) (obs.value ? r.values : r.na) += 1;
  const std::string out = o.output;
  auto write = [&](const std::string& path, const std::string& content) {
    const Status s = WriteFileAtomically(path, content);
    if (s.ok()) {
      r.written.push_back(path);
    } else {
      r.errors.push_back({DiagnosticKind::kOutput, "", 0, "", s.message()});
    }
  };
  write(out + "/observations.csv", FormatObservationsCsv(ex.observations));
  end_stage("extract");

  // compare
  if (progress) progress("comparing", 0, 0);
  std::vector<Observation> reviewed = ex.observations;
  ApplyOverrides(l.overrides, &reviewed, &r.errors);
  auto ds = BuildDataset(reviewed);
  if (!ds.ok()) {
    r.errors.push_back(
        {DiagnosticKind::kDataset, "", 0, "", ds.status().message() + " (run 'peercard review' to list conflicts)"});
    return r;
  }
  auto c = Compare(*ds, l.catalogue.indicators, gazetteer.places(), compare_options);
  if (!c.ok()) {
    r.errors.push_back({DiagnosticKind::kCompare, "", 0, "", "compare: " + c.status().message()});
    return r;
  }
  r.year = c->year;
  r.peer_choice = c->peer_choice;
  r.warnings.insert(r.warnings.end(), c->warnings.begin(), c->warnings.end());
  write(out + "/comparison.csv", FormatComparisonCsv(c->rows));
  end_stage("compare");

  // export and render
  std::vector<std::string> inputs;
  for (const auto& f : files) inputs.push_back(f.path);
  for (const auto* p : {&o.manifest, &o.overrides, &o.places}) {
    if (!p->empty()) inputs.push_back(*p);
  }
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    r.pdf_time = PdfCreationTime(epoch, 0);
    r.pdf_time_source = "SOURCE_DATE_EPOCH";
  } else {
    r.pdf_time = NewestMtime(inputs);
    r.pdf_time_source = "newest input file";
  }
  const Templates& t = l.templates;
  XlsxWording wording;
  wording.reason = [&t](const Reasons& reasons) { return t.Reason(reasons); };
  wording.notes = {t.Text("xlsx.overview"), t.Text("xlsx.evidence"),
                   t.Fill("summary.notes.normalised", {{"basis", BasisLabel(t, "per_10k")}}),
                   t.Text("summary.notes.scores"), t.Text("summary.notes.composite"), t.Text("summary.notes.missing")};
  const Status xlsx = WriteComparisonXlsx(out + "/comparison.xlsx", c->rows, reviewed, l.catalogue.indicators,
                                          r.pdf_time > 0 ? r.pdf_time : kXlsxDefaultCreated, wording);
  if (xlsx.ok()) {
    r.written.push_back(out + "/comparison.xlsx");
  } else {
    r.errors.push_back({OutputFailureKind(xlsx), "", 0, "", xlsx.message()});
  }
  end_stage("export");
  if (progress) progress("rendering cards", 0, 0);
  RenderInput in{c->rows, reviewed, l.catalogue.indicators, gazetteer.places(), ex.titles};
  const RenderContext ctx{l.templates, l.numbers, *l.font, r.pdf_time};
  RenderOptions render_options;
  if (auto focus = ResolveFocus(in, o.focus); focus.ok()) {
    render_options.focus = *focus;
  } else {
    // The rest is rendered without a focus.
    r.errors.push_back({DiagnosticKind::kFocus, "", 0, "", focus.status().message()});
  }
  const RenderReport rendered = RenderAll(in, ctx, Typefaces(*l.font, l.body_font.get()), out, Threads(o), render_options);
  r.written.insert(r.written.end(), rendered.written.begin(), rendered.written.end());
  r.errors.insert(r.errors.end(), rendered.errors.begin(), rendered.errors.end());
  r.warnings.insert(r.warnings.end(), rendered.warnings.begin(), rendered.warnings.end());
  r.cards = rendered.cards;
  end_stage("render");

  write(out + "/run.json", FormatRunJson(o, compare_options, r, files, ex.digests, l.catalogue));
  return r;
}

}  // namespace peercard
