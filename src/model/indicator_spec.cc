#include "model/indicator_spec.h"

#include <algorithm>
#include <filesystem>

#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

namespace peercard {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> StringList(const toml::node_view<const toml::node>& node) {
  std::vector<std::string> out;
  if (const auto* arr = node.as_array()) {
    for (const auto& el : *arr) {
      if (const auto s = el.value<std::string>()) out.push_back(*s);
    }
  }
  return out;
}

bool IsKnownBasis(const std::string& b) {
  return b == "per_year" || b == "per_10k" || b == "per_township";
}

Result<ExtractRule> ReadRule(const toml::table& t, const std::string& where) {
  ExtractRule r;
  r.id = t["id"].value_or(std::string());
  if (r.id.empty()) return Status::InvalidArgument(where + ": a [[rules]] entry has no id");
  r.before = StringList(t["before"]);
  r.after = StringList(t["after"]);
  r.units = StringList(t["units"]);
  r.not_units = StringList(t["not_units"]);
  r.require = StringList(t["require"]);
  r.exclude = StringList(t["exclude"]);
  r.exclude_sentence = StringList(t["exclude_sentence"]);
  r.need_both = t["need_both"].value_or(false);
  r.clauses_after = static_cast<int>(t["clauses_after"].value_or(int64_t{0}));
  if (r.clauses_after < 0 || r.clauses_after > 3) {
    return Status::InvalidArgument(where + ": rule '" + r.id + "': clauses_after must be 0 to 3");
  }
  if (r.need_both && (r.before.empty() || r.after.empty())) {
    return Status::InvalidArgument(where + ": rule '" + r.id + "': need_both needs 'before' and 'after' cues");
  }
  r.max_gap = static_cast<int>(t["max_gap"].value_or(int64_t{16}));
  r.priority = static_cast<int>(t["priority"].value_or(int64_t{0}));
  if (r.before.empty() && r.after.empty()) {
    return Status::InvalidArgument(where + ": rule '" + r.id + "' has neither 'before' nor 'after' cues");
  }
  if (r.units.empty()) return Status::InvalidArgument(where + ": rule '" + r.id + "' has no units");
  // Longest unit first, so that 场次 is tried before 场 and 次.
  std::stable_sort(r.units.begin(), r.units.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return r;
}

}  // namespace

Result<IndicatorSpec> LoadIndicatorSpec(const std::string& path) {
  toml::parse_result parsed = toml::parse_file(path);
  if (!parsed) {
    const auto& err = parsed.error();
    return Status::InvalidArgument(path + ":" + std::to_string(err.source().begin.line) + ": " +
                                   std::string(err.description()));
  }
  const toml::table& t = parsed.table();
  IndicatorSpec s;
  s.source_path = path;
  s.id = t["id"].value_or(std::string());
  if (s.id.empty()) return Status::InvalidArgument(path + ": missing 'id'");
  for (char c : s.id) {
    if (!((c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9'))) {
      return Status::InvalidArgument(path + ": id '" + s.id + "' must be [a-z0-9_]");
    }
  }
  s.label_zh = t["label_zh"].value_or(std::string());
  s.label_en = t["label_en"].value_or(std::string());
  s.unit_zh = t["unit_zh"].value_or(std::string());
  if (s.label_zh.empty() || s.label_en.empty()) {
    return Status::InvalidArgument(path + ": 'label_zh' and 'label_en' are required");
  }
  const std::string kind = t["kind"].value_or(std::string("flow"));
  if (kind == "flow") {
    s.kind = IndicatorKind::kFlow;
  } else if (kind == "stock") {
    s.kind = IndicatorKind::kStock;
  } else {
    return Status::InvalidArgument(path + ": kind '" + kind + "' must be 'flow' or 'stock'");
  }
  const std::string direction = t["direction"].value_or(std::string("higher_is_better"));
  if (direction != "higher_is_better" && direction != "lower_is_better") {
    return Status::InvalidArgument(path + ": direction '" + direction +
                                   "' must be 'higher_is_better' or 'lower_is_better'");
  }
  s.higher_is_better = direction == "higher_is_better";
  s.weight = t["weight"].value_or(1.0);
  if (!(s.weight >= 0)) return Status::InvalidArgument(path + ": weight must be >= 0");
  s.normalisations = StringList(t["normalisations"]);
  for (const auto& n : s.normalisations) {
    if (!IsKnownBasis(n)) {
      return Status::InvalidArgument(path + ": unknown normalisation '" + n +
                                     "' (per_year, per_10k, per_township)");
    }
    if (n == "per_year" && s.kind == IndicatorKind::kStock) {
      return Status::InvalidArgument(path + ": a stock is never divided by years: remove 'per_year'");
    }
  }
  s.compare_on = t["compare_on"].value_or(std::string("per_10k"));
  if (s.compare_on != "raw" && !IsKnownBasis(s.compare_on)) {
    return Status::InvalidArgument(path + ": compare_on '" + s.compare_on + "' is not a known basis");
  }
  if (const auto* ratios = t["ratios"].as_array()) {
    for (const auto& el : *ratios) {
      const auto* rt = el.as_table();
      if (!rt) continue;
      RatioSpec r;
      r.id = (*rt)["id"].value_or(std::string());
      r.denominator = (*rt)["denominator"].value_or(std::string());
      r.label_zh = (*rt)["label_zh"].value_or(std::string());
      r.label_en = (*rt)["label_en"].value_or(std::string());
      if (r.id.empty() || r.denominator.empty()) {
        return Status::InvalidArgument(path + ": a [[ratios]] entry needs 'id' and 'denominator'");
      }
      s.ratios.push_back(r);
    }
  }
  if (const auto* iv = t["interval"].as_table()) {
    s.interval.at_least = (*iv)["at_least"].value_or(s.interval.at_least);
    s.interval.approx = (*iv)["approx"].value_or(s.interval.approx);
    s.interval.at_most = (*iv)["at_most"].value_or(s.interval.at_most);
  }
  if (const auto* rules = t["rules"].as_array()) {
    for (const auto& el : *rules) {
      const auto* rt = el.as_table();
      if (!rt) continue;
      auto rule = ReadRule(*rt, path);
      if (!rule.ok()) return rule.status();
      s.rules.push_back(std::move(*rule));
    }
  }
  if (s.rules.empty()) return Status::InvalidArgument(path + ": no [[rules]]: nothing would be extracted");
  return s;
}

Result<std::vector<IndicatorSpec>> LoadIndicatorCatalogue(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": metrics directory not found");
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<IndicatorSpec> out;
  for (const auto& f : files) {
    auto spec = LoadIndicatorSpec(f);
    if (!spec.ok()) return spec.status();
    if (FindIndicator(out, spec->id) >= 0) {
      return Status::InvalidArgument(f + ": indicator id '" + spec->id + "' is defined twice");
    }
    out.push_back(std::move(*spec));
  }
  if (out.empty()) return Status::NotFound(dir + ": no indicator files (*.toml)");
  return out;
}

int FindIndicator(const std::vector<IndicatorSpec>& catalogue, const std::string& id) {
  for (size_t i = 0; i < catalogue.size(); ++i) {
    if (catalogue[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace peercard
