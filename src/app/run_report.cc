#include "app/run_report.h"

#include <algorithm>
#include <filesystem>

#include "base/file_bytes.h"
#include "base/json_writer.h"
#include "base/parallel_for.h"
#include "base/sha256.h"
#include "app/data_dir.h"
#include "base/text_encoding.h"

namespace peercard {

namespace fs = std::filesystem;

namespace {

// The file's bytes; "" when it cannot be read (the run has reported that).
std::string ReadAll(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path);
  return bytes.ok() ? std::move(bytes).value() : std::string();
}

void InputEntry(JsonWriter* w, const std::string& path, const FileDigest& d) {
  w->BeginObject().String("path", PathAsUtf8(path)).Integer("bytes", static_cast<long long>(d.bytes));
  w->String("sha256", d.sha256).EndObject();
}

// A table's digest, read here (small files, read by the run before).
FileDigest TableDigest(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxInputBytes);
  if (!bytes.ok()) return {};
  return {bytes->size(), Sha256Hex(*bytes)};
}

// {"kind", "file", "line", "place", "message"}: a record, not a sentence,
// so that a script can pick the conflicts or the places without parsing.
void DiagnosticEntries(JsonWriter* w, std::string_view key, const Diagnostics& all) {
  w->BeginArray(key);
  for (const Diagnostic& d : all) {
    w->BeginObject().String("kind", DiagnosticKindName(d.kind)).String("file", PathAsUtf8(d.file));
    w->Integer("line", d.line).String("place", d.place).String("message", d.message).EndObject();
  }
  w->EndArray();
}

}  // namespace

std::string DirectoryDigest(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file()) names.push_back(e.path().filename().string());
  }
  if (ec) return "";
  std::sort(names.begin(), names.end());
  std::string all;
  for (const auto& n : names) all += n + "\n" + ReadAll(dir + "/" + n) + "\n";
  return Sha256Hex(all);
}

std::string FormatRunJson(const RunOptions& o, const CompareOptions& compare, const RunResult& r,
                          const std::vector<CorpusFile>& files, const std::vector<FileDigest>& digests,
                          const Catalogue& catalogue) {
  const std::string metrics = o.metrics.empty() ? DefaultDataDir("metrics") : o.metrics;
  const std::string templates = o.templates.empty() ? DefaultDataDir("templates") : o.templates;
  JsonWriter w;
  w.BeginObject();
  w.BeginObject("versions").String("peercard", PEERCARD_VERSION);
  w.String("metrics_sha256", DirectoryDigest(metrics)).String("templates_sha256", DirectoryDigest(templates));
  w.Integer("indicators", static_cast<long long>(catalogue.indicators.size()));
  w.Integer("places_in_table", static_cast<long long>(catalogue.places.size())).EndObject();
  w.BeginArray("inputs");
  for (size_t i = 0; i < files.size(); ++i) InputEntry(&w, files[i].path, i < digests.size() ? digests[i] : FileDigest{});
  for (const auto* p : {&o.manifest, &o.overrides, &o.places}) {
    if (!p->empty()) InputEntry(&w, *p, TableDigest(*p));
  }
  w.EndArray();
  w.BeginObject("options");
  w.String("output", o.output).String("metrics", metrics).String("templates", templates);
  w.String("font", o.font).String("body_font", o.body_font).String("manifest", o.manifest).String("overrides", o.overrides);
  w.String("places", o.places).String("peers", o.peers).Integer("year", compare.year);
  w.Integer("window", compare.window).Integer("draws", compare.draws);
  w.Integer("seed", static_cast<long long>(compare.seed)).Number("coverage", compare.coverage);
  w.Integer("threads", o.threads > 0 ? o.threads : DefaultThreads()).EndObject();
  w.BeginObject("counts").Integer("files", static_cast<long long>(r.files));
  w.Integer("skipped_files", static_cast<long long>(r.skipped));
  w.Integer("bytes", static_cast<long long>(r.bytes)).Integer("place_passages", static_cast<long long>(r.places));
  w.Integer("values", static_cast<long long>(r.values)).Integer("na", static_cast<long long>(r.na));
  w.Integer("conflicts", static_cast<long long>(r.conflicts)).Integer("cards", static_cast<long long>(r.cards));
  w.Integer("comparison_year", r.year).Integer("warnings", static_cast<long long>(r.warnings.size()));
  w.Integer("errors", static_cast<long long>(r.errors.size())).EndObject();
  w.String("peer_choice", r.peer_choice);
  w.BeginObject("pdf_date").Integer("unix_seconds", r.pdf_time).String("source", r.pdf_time_source).EndObject();
  w.BeginObject("timings_seconds");
  for (const auto& t : r.timings) w.Number(t.stage, t.seconds);
  w.EndObject();
  DiagnosticEntries(&w, "warnings", r.warnings);
  DiagnosticEntries(&w, "errors", r.errors);
  w.BeginArray("outputs");
  for (const auto& s : r.written) w.String("", s);
  w.EndArray();
  w.EndObject();
  return w.str();
}

}  // namespace peercard
