// peercard inspect FILE: what the engine saw in one file, so that a user can
// see why a number was or was not taken.
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "model/catalogue.h"
#include "cli/commands.h"
#include "cli/diagnostics.h"
#include "cli/shared_options.h"
#include "ingest/corpus.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "extract/segment.h"
#include "base/utf8.h"
#include "draw/text_fit.h"
#include "app/data_dir.h"

namespace peercard {

namespace {

struct InspectArgs {
  std::string file, manifest, places, metrics;
  bool no_text = false, no_manifest = false;
};

// The folder `file` is in ("." for a bare file name).
std::string FolderOf(const std::string& file) {
  const std::string parent = std::filesystem::path(file).parent_path().string();
  return parent.empty() ? "." : parent;
}

std::string FormatValue(double v) {
  const long long i = static_cast<long long>(v);
  return static_cast<double>(i) == v ? std::to_string(i) : std::to_string(v);
}

void PrintText(const Document& doc) {
  std::cout << "== repaired text (file line | text) ==\n";
  size_t b = 0;
  while (b < doc.text.size()) {
    size_t e = doc.text.find('\n', b);
    if (e == std::string::npos) e = doc.text.size();
    if (e > b) std::cout << doc.LineOf(doc.OriginalIndex(b)) << " | " << doc.text.substr(b, e - b) << "\n";
    b = e + 1;
  }
}

// The candidates one line per number, not one per rule that looked at it:
// what was kept and for what, what each other indicator said, and the
// original sentence cut around the number (original punctuation).
void PrintCandidates(const Document& doc, const std::vector<Candidate>& candidates,
                     const std::vector<IndicatorSpec>& catalogue) {
  std::map<std::pair<size_t, size_t>, std::vector<const Candidate*>> by_number;
  for (const Candidate& c : candidates) by_number[{c.text_begin, c.text_end}].push_back(&c);
  const auto label = [&](const std::string& id) {
    for (const IndicatorSpec& spec : catalogue) {
      if (spec.id == id) return spec.label_zh + " (" + id + ")";
    }
    return id.empty() ? std::string("no indicator") : id;
  };
  std::cout << "== candidates (numbers with an indicator's unit, one per number) ==\n";
  for (const auto& [span, list] : by_number) {
    const Candidate& first = *list.front();
    const size_t ob = doc.OriginalIndex(span.first), oe = doc.OriginalIndex(span.second);
    const std::string number = doc.original.substr(ob, oe - ob);
    std::cout << "line " << doc.LineOf(ob) << " · " << number << " = " << FormatValue(first.value) << " ("
              << QualifierName(first.qualifier) << ") · " << first.place << "\n";
    std::set<std::string> said;  // one verdict per indicator
    for (const Candidate* c : list) {
      const std::string line = (c->kept ? "    KEPT as " : "    not ") + label(c->indicator) + ": " + c->verdict;
      if (said.insert(line).second) std::cout << line << "\n";
    }
    const std::string sentence = EvidenceSentence(doc, span.first, span.second);
    const size_t at = sentence.find(number);
    std::cout << "    “" << CutAround(sentence, at == std::string::npos ? 0 : at, 60) << "”\n";
  }
}

int RunInspect(const InspectArgs& a) {
  auto catalogue = LoadCatalogueOrDefault(a.metrics, a.places);
  if (!catalogue.ok()) {
    PrintError(catalogue.status().message());
    return kExitUsage;
  }
  auto doc = IngestFile(a.file, a.file);
  if (!doc.ok()) {
    PrintError(doc.status().message());
    return kExitSomeInputsFailed;
  }
  DocumentHints hints;
  const std::string manifest =
      ChosenManifest(a.manifest, a.no_manifest, [&] { return FindCorpusManifest(FolderOf(a.file)); }, false);
  if (!manifest.empty()) {
    auto m = LoadManifest(manifest);
    if (!m.ok()) {
      PrintError(m.status().message());
      return kExitUsage;
    }
    if (const DocumentHints* h = m->Find({a.file, a.file})) hints = *h;
  }
  std::cout << "file: " << a.file << "\nencoding: " << EncodingName(doc->encoding) << "\nbytes: "
            << doc->original.size() << " (decoded UTF-8), " << doc->text.size() << " after repair\n";
  if (doc->traditional) std::cout << "script: Traditional, read as simplified (evidence quotes the original)\n";
  if (hints.year) std::cout << "manifest: year " << hints.year << ", years " << hints.years << "\n";
  if (!a.no_text) PrintText(*doc);
  const Gazetteer gazetteer(std::move(catalogue->places));
  std::string note;
  Diagnostics ambiguities;
  auto sections = SegmentDocument(*doc, gazetteer, hints, &note, &ambiguities);
  if (!sections.ok()) {
    PrintError(a.file + ": " + sections.status().message());
    return kExitSomeInputsFailed;
  }
  std::cout << "== places ==\n";
  if (sections->empty()) std::cout << "none: " << note << "\n";
  for (const Diagnostic& d : ambiguities) std::cout << "ambiguous: " << d.message << "\n";
  for (const Section& s : *sections) {
    std::cout << s.code << " " << s.name_zh << (s.unlisted ? " (in no places table)" : "") << "\n  why: " << s.reason
              << "\n  period: " << s.period.period.ToString() << " (" << s.period.reason << ")\n  passages:";
    for (const auto& [b, e] : s.ranges) {
      std::cout << " " << doc->LineOf(doc->OriginalIndex(b)) << "-" << doc->LineOf(doc->OriginalIndex(e));
    }
    std::cout << "\n";
  }
  const DocumentExtraction ex = ExtractDocument(*doc, *sections, catalogue->indicators, /*trace=*/true);
  PrintCandidates(*doc, ex.candidates, catalogue->indicators);
  std::cout << "== observations ==\n";
  for (const Observation& o : ex.observations) {
    std::cout << o.city << " " << o.period.ToString() << " " << o.indicator << " "
              << (o.value ? FormatValue(*o.value) + " " + std::string(QualifierName(o.qualifier)) : "NA");
    if (o.value) std::cout << " (line " << o.line << ", " << o.rule << ")";
    std::cout << "\n";
  }
  for (const auto& w : ex.warnings) std::cout << "warning: " << w.ToString() << "\n";
  return kExitOk;
}

}  // namespace

CLI::App* AddInspectCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<InspectArgs>();
  CLI::App* cmd = app.add_subcommand("inspect", "Show what the engine sees in one file: encoding, repaired text, "
                                                "places, periods, every candidate number and its verdict");
  cmd->add_option("FILE", args->file, "One report file")->required();
  AddManifestOptions(cmd, &args->manifest, &args->no_manifest, "FILE's folder");
  AddPlacesOption(cmd, &args->places);
  AddMetricsOption(cmd, &args->metrics);
  cmd->add_flag("--no-text", args->no_text, "Do not print the repaired text");
  cmd->callback([args, exit_code]() { *exit_code = RunInspect(*args); });
  return cmd;
}

}  // namespace peercard
