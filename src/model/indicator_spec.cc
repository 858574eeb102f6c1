#include "model/indicator_spec.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

namespace peercard {

namespace {

namespace fs = std::filesystem;

// A list of strings at t[key]; absent is empty. A value that is not a list,
// or an item that is not a string, is an error naming the key.
Result<std::vector<std::string>> StringList(const toml::table& t, std::string_view key, const std::string& where) {
  std::vector<std::string> out;
  const toml::node* node = t.get(key);
  if (!node) return out;
  const auto* arr = node->as_array();
  if (!arr) return Status::InvalidArgument(where + ": '" + std::string(key) + "' must be a list of strings");
  for (const auto& el : *arr) {
    const auto v = el.value<std::string>();
    if (!v || !el.is_string()) {
      return Status::InvalidArgument(where + ":" + std::to_string(el.source().begin.line) + ": '" + std::string(key) +
                                     "' holds an item that is not a string");
    }
    out.push_back(*v);
  }
  return out;
}

bool IsKnownBasis(const std::string& b) {
  return b == "per_year" || b == "per_10k" || b == "per_township";
}

void LongestFirst(std::vector<std::string>* words) {
  std::stable_sort(words->begin(), words->end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

Result<FeatureScope> ParseScope(const std::string& s, const std::string& where) {
  if (s == "clause") return FeatureScope::kClause;
  if (s == "before") return FeatureScope::kBefore;
  if (s == "after") return FeatureScope::kAfter;
  if (s == "sentence") return FeatureScope::kSentence;
  if (s == "sentence_before") return FeatureScope::kSentenceBefore;
  if (s == "between") return FeatureScope::kBetween;
  return Status::InvalidArgument(where + ": scope '" + s +
                                 "' must be clause, before, after, sentence, sentence_before or between");
}

// Every key of `t` must be one of `known`: a misspelt key is an error, not a
// silent default.
Status OnlyKeys(const toml::table& t, std::initializer_list<std::string_view> known, const std::string& where) {
  for (const auto& [key, value] : t) {
    (void)value;
    if (std::find(known.begin(), known.end(), key.str()) == known.end()) {
      return Status::InvalidArgument(where + ": unknown key '" + std::string(key.str()) + "'");
    }
  }
  return Status::Ok();
}

Result<FeatureSpec> ReadFeature(const toml::table& t, const std::string& where, bool needs_scope) {
  if (Status st = OnlyKeys(t, {"family", "scope", "weight", "unless_own_subject"}, where); !st.ok()) return st;
  FeatureSpec f;
  f.family = t["family"].value_or(std::string());
  if (f.family.empty()) return Status::InvalidArgument(where + ": a feature needs 'family'");
  if (!t["weight"].is_number()) return Status::InvalidArgument(where + ": feature '" + f.family + "' needs a 'weight'");
  f.weight = t["weight"].value_or(0.0);
  f.unless_own_subject = t["unless_own_subject"].value_or(false);
  if (needs_scope) {
    auto scope = ParseScope(t["scope"].value_or(std::string()), where + ": feature '" + f.family + "'");
    if (!scope.ok()) return scope.status();
    f.scope = *scope;
  }
  return f;
}

Result<Recogniser> ReadRecogniser(const toml::table& t, const std::string& where) {
  if (Status st = OnlyKeys(t, {"classifiers", "not_classifiers", "noun", "noun_before", "noun_after", "verb",
                               "verb_reach", "threshold", "features", "small"},
                           where);
      !st.ok()) {
    return st;
  }
  Recogniser r;
  if (auto l = StringList(t, "classifiers", where); l.ok()) {
    r.classifiers = std::move(*l);
  } else {
    return l.status();
  }
  if (auto l = StringList(t, "not_classifiers", where); l.ok()) {
    r.not_classifiers = std::move(*l);
  } else {
    return l.status();
  }
  if (r.classifiers.empty()) return Status::InvalidArgument(where + ": 'classifiers' is empty");
  LongestFirst(&r.classifiers);
  const auto* noun = t["noun"].as_table();
  const auto* verb = t["verb"].as_table();
  if (!noun || !verb) return Status::InvalidArgument(where + ": 'noun' and 'verb' ({ family, weight }) are required");
  auto n = ReadFeature(*noun, where + ".noun", false);
  if (!n.ok()) return n.status();
  r.noun = std::move(*n);
  auto v = ReadFeature(*verb, where + ".verb", false);
  if (!v.ok()) return v.status();
  r.verb = std::move(*v);
  r.noun_before = static_cast<int>(t["noun_before"].value_or(int64_t{8}));
  r.noun_after = static_cast<int>(t["noun_after"].value_or(int64_t{4}));
  r.verb_reach = static_cast<int>(t["verb_reach"].value_or(int64_t{0}));
  if (r.noun_before < 0 || r.noun_after < 0 || r.verb_reach < 0 || r.verb_reach > 3) {
    return Status::InvalidArgument(where + ": noun_before, noun_after must be >= 0 and verb_reach 0 to 3");
  }
  r.threshold = t["threshold"].value_or(3.0);
  if (t.contains("small")) {
    const auto* small = t["small"].as_table();
    if (!small) return Status::InvalidArgument(where + ": 'small' is { below, weight }");
    if (Status st = OnlyKeys(*small, {"below", "weight"}, where + ".small"); !st.ok()) return st;
    r.small_below = (*small)["below"].value_or(0.0);
    r.small_weight = (*small)["weight"].value_or(0.0);
    if (r.small_below <= 0 || r.small_weight >= 0) {
      return Status::InvalidArgument(where + ": 'small' needs below > 0 and a negative weight");
    }
    char label[32];
    std::snprintf(label, sizeof label, "<%g", r.small_below);
    r.small_label = label;
  }
  if (const auto* fs = t["features"].as_array()) {
    for (const auto& el : *fs) {
      const auto* ft = el.as_table();
      if (!ft) return Status::InvalidArgument(where + ": 'features' holds { family, scope, weight } tables");
      auto f = ReadFeature(*ft, where + ".features", true);
      if (!f.ok()) return f.status();
      r.features.push_back(std::move(*f));
    }
  }
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
  if (Status st = OnlyKeys(t, {"id", "label_zh", "label_en", "unit_zh", "unit_en", "phrase_zh", "phrase_en", "kind", "direction", "weight",
                               "normalisations", "compare_on", "ratios", "interval", "recognise"},
                           path);
      !st.ok()) {
    return st;
  }
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
  s.unit_en = t["unit_en"].value_or(std::string());
  s.phrase_zh = t["phrase_zh"].value_or(std::string());
  s.phrase_en = t["phrase_en"].value_or(std::string());
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
  if (auto l = StringList(t, "normalisations", path); l.ok()) {
    s.normalisations = std::move(*l);
  } else {
    return l.status();
  }
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
  const auto* rec = t["recognise"].as_table();
  if (!rec) return Status::InvalidArgument(path + ": no [recognise]: nothing would be extracted");
  auto r = ReadRecogniser(*rec, path + ": [recognise]");
  if (!r.ok()) return r.status();
  s.recognise = std::move(*r);
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
  auto families = LoadWordFamilies(dir + "/families");
  if (!families.ok()) return families.status();
  auto fill = [&](FeatureSpec* f, const std::string& file) -> Status {
    for (const WordFamily& w : *families) {
      if (w.name == f->family) {
        f->words = w;
        return Status::Ok();
      }
    }
    return Status::InvalidArgument(file + ": family '" + f->family + "' is not in " + dir + "/families/");
  };
  std::vector<IndicatorSpec> out;
  for (const auto& f : files) {
    auto spec = LoadIndicatorSpec(f);
    if (!spec.ok()) return spec.status();
    if (FindIndicator(out, spec->id) >= 0) {
      return Status::InvalidArgument(f + ": indicator id '" + spec->id + "' is defined twice");
    }
    Recogniser& r = spec->recognise;
    for (FeatureSpec* feature : {&r.noun, &r.verb}) {
      if (Status st = fill(feature, f); !st.ok()) return st;
    }
    for (FeatureSpec& feature : r.features) {
      if (Status st = fill(&feature, f); !st.ok()) return st;
    }
    out.push_back(std::move(*spec));
  }
  if (out.empty()) return Status::NotFound(dir + ": no indicator files (*.toml)");
  return out;
}

Result<std::vector<WordFamily>> LoadWordFamilies(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": word families directory not found");
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<WordFamily> out;
  for (const auto& f : files) {
    toml::parse_result parsed = toml::parse_file(f);
    if (!parsed) {
      return Status::InvalidArgument(f + ":" + std::to_string(parsed.error().source().begin.line) + ": " +
                                     std::string(parsed.error().description()));
    }
    const toml::table& t = parsed.table();
    if (Status st = OnlyKeys(t, {"words", "unless_counted", "unless_followed_by"}, f); !st.ok()) return st;
    WordFamily w;
    w.name = fs::path(f).stem().string();
    if (auto l = StringList(t, "words", f); l.ok()) {
    w.words = std::move(*l);
  } else {
    return l.status();
  }
    w.unless_counted = t["unless_counted"].value_or(false);
    if (auto l = StringList(t, "unless_followed_by", f); l.ok()) {
    w.unless_followed_by = std::move(*l);
  } else {
    return l.status();
  }
    if (w.words.empty()) return Status::InvalidArgument(f + ": 'words' is empty");
    LongestFirst(&w.words);
    for (const auto& word : w.words) {
      if (word.empty()) return Status::InvalidArgument(f + ": 'words' holds an empty word");
      w.first_chars.push_back(FirstCharKey(word));
    }
    std::sort(w.first_chars.begin(), w.first_chars.end());
    w.first_chars.erase(std::unique(w.first_chars.begin(), w.first_chars.end()), w.first_chars.end());
    for (const uint32_t k : w.first_chars) w.first_char_bits[FirstCharSlot(k) >> 6] |= uint64_t{1} << (FirstCharSlot(k) & 63);
    w.words_by_first.resize(w.first_chars.size());
    for (size_t i = 0; i < w.words.size(); ++i) {
      const auto k = std::lower_bound(w.first_chars.begin(), w.first_chars.end(), FirstCharKey(w.words[i]));
      w.words_by_first[static_cast<size_t>(k - w.first_chars.begin())].push_back(static_cast<uint32_t>(i));
    }
    out.push_back(std::move(w));
  }
  return out;
}

int FindIndicator(const std::vector<IndicatorSpec>& catalogue, const std::string& id) {
  for (size_t i = 0; i < catalogue.size(); ++i) {
    if (catalogue[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace peercard
