#include "draw/templates.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
#include <stdexcept>

#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

#include "base/suggest.h"
#include "draw/template_keys.h"

namespace peercard {

namespace {

// The strings that print a reason: "reason." + ReasonKey(code).
constexpr std::string_view kReasonKeyPrefix = "reason.";

Result<toml::table> ParseToml(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such file");
  toml::parse_result parsed = toml::parse_file(path);
  if (!parsed) {
    const auto& err = parsed.error();
    return Status::InvalidArgument(path + ":" + std::to_string(err.source().begin.line) + ": " +
                                   std::string(err.description()));
  }
  return std::move(parsed).table();
}

// Walks a table, handing each leaf to `leaf` with its dotted key.
template <typename F>
Status Flatten(const toml::table& t, const std::string& prefix, const std::string& path, F&& leaf) {
  for (const auto& [k, node] : t) {
    const std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
    if (const auto* sub = node.as_table()) {
      if (Status s = Flatten(*sub, key, path, leaf); !s.ok()) return s;
    } else if (Status s = leaf(key, node); !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

// Ok when `key` is one of `known` (the keys the layouts use); else an error
// naming path:line, the key as the file spells it (`shown`) and the nearest
// known key: a misspelt key is refused, not loaded and never read.
template <size_t N>
Status KnownKey(const char* const (&known)[N], const std::string& key, const std::string& shown,
                const std::string& path, const toml::node& node) {
  for (const char* k : known) {
    if (key == k) return Status::Ok();
  }
  std::vector<std::string> choices(std::begin(known), std::end(known));
  std::string near = NearestChoice(key, choices);
  // Shown as the file spells keys (card.toml's keys lack "card.").
  const std::string stem = key.substr(0, key.size() - shown.size());
  if (near.rfind(stem, 0) == 0) near = near.substr(stem.size());
  return Status::InvalidArgument(path + ":" + std::to_string(node.source().begin.line) + ": unknown key '" + shown +
                                 "'" + (near.empty() ? "" : " (did you mean '" + near + "'?)"));
}

// Every leaf of `t` as a string, by dotted key; a leaf that is not a string,
// or a key the layouts do not use, is an error naming path:line.
Status StringsOf(const toml::table& t, const std::string& path, std::map<std::string, std::string, std::less<>>* out) {
  return Flatten(t, "", path, [&](const std::string& key, const toml::node& node) {
    if (Status k = KnownKey(kTemplateStringKeys, key, key, path, node); !k.ok()) return k;
    const auto s = node.value<std::string>();
    if (!s) {
      return Status::InvalidArgument(path + ":" + std::to_string(node.source().begin.line) + ": '" + key +
                                     "' must be a string");
    }
    (*out)[key] = *s;
    return Status::Ok();
  });
}

Status LoadStrings(const std::string& path, std::map<std::string, std::string, std::less<>>* out) {
  Result<toml::table> t = ParseToml(path);
  if (!t.ok()) return t.status();
  return StringsOf(*t, path, out);
}

Status LoadNumbers(const std::string& path, const std::string& stem, std::map<std::string, double, std::less<>>* out) {
  Result<toml::table> t = ParseToml(path);
  if (!t.ok()) return t.status();
  return Flatten(*t, stem, path, [&](const std::string& key, const toml::node& node) {
    if (Status k = KnownKey(kTemplateNumberKeys, key, key.substr(stem.size() + 1), path, node); !k.ok()) return k;
    const auto v = node.value<double>();
    if (!v) {
      return Status::InvalidArgument(path + ":" + std::to_string(node.source().begin.line) + ": '" +
                                     key.substr(stem.size() + 1) + "' must be a number");
    }
    (*out)[key] = *v;
    return Status::Ok();
  });
}

// strings.en.toml: the strings, and the list edition.chinese_only.
Status LoadEnglish(const std::string& path, std::map<std::string, std::string, std::less<>>* strings,
                   std::set<std::string>* chinese_only) {
  Result<toml::table> t = ParseToml(path);
  if (!t.ok()) return t.status();
  if (const toml::node_view list = (*t)["edition"]["chinese_only"]) {
    const toml::array* keys = list.as_array();
    for (size_t i = 0; keys && i < keys->size(); ++i) {
      const auto key = (*keys)[i].value<std::string>();
      if (!key) return Status::InvalidArgument(path + ": edition.chinese_only must list strings");
      chinese_only->insert(*key);
    }
    if (!keys) return Status::InvalidArgument(path + ": edition.chinese_only must be an array");
    t->erase("edition");
  }
  return StringsOf(*t, path, strings);
}

// "中文 · English", or for a sentence "中文。 English.".
std::string Bilingual(const std::string& zh, const std::string& en) {
  if (en.empty() || en == zh) return zh;
  const bool sentence = zh.size() >= 3 && zh.compare(zh.size() - 3, 3, "\u3002") == 0;
  return zh + (sentence ? " " : " \u00B7 ") + en;
}

}  // namespace

bool ParseLanguage(std::string_view text, Language* out) {
  if (text == "zh") *out = Language::kZh;
  else if (text == "zh-en") *out = Language::kZhEn;
  else if (text == "en") *out = Language::kEn;
  else return false;
  return true;
}

Result<Templates> Templates::Load(const std::string& dir, Language language) {
  Templates t;
  t.language_ = language;
  const std::string strings_path = dir + "/strings.toml";
  if (Status s = LoadStrings(strings_path, &t.strings_); !s.ok()) return s;
  for (const char* key : kTemplateStringKeys) {
    if (t.strings_.find(key) == t.strings_.end()) {
      return Status::InvalidArgument(strings_path + ": missing string '" + key + "'");
    }
  }
  if (language != Language::kZh) {
    const std::string en_path = dir + "/strings.en.toml";
    std::map<std::string, std::string, std::less<>> en;
    std::set<std::string> chinese_only;
    if (Status s = LoadEnglish(en_path, &en, &chinese_only); !s.ok()) return s;
    for (const std::string& key : chinese_only) {
      if (t.strings_.count(key) == 0) {
        return Status::InvalidArgument(en_path + ": edition.chinese_only names '" + key +
                                       "', which strings.toml does not have");
      }
    }
    for (auto& [key, zh] : t.strings_) {
      // The reasons' English is comparison.csv's (model/reason.cc): the
      // English edition prints that, the bilingual one the Chinese alone.
      if (key.rfind(kReasonKeyPrefix, 0) == 0) continue;
      const auto e = en.find(key);
      if (e == en.end()) return Status::InvalidArgument(en_path + ": missing string '" + key + "'");
      if (language == Language::kEn) {
        zh = e->second;
      } else if (chinese_only.count(key) == 0) {
        zh = Bilingual(zh, e->second);
      }
    }
  }
  for (const char* stem : {"card", "summary"}) {
    const std::string path = dir + "/" + stem + ".toml";
    if (Status s = LoadNumbers(path, stem, &t.numbers_); !s.ok()) return s;
  }
  for (const char* key : kTemplateNumberKeys) {
    if (t.numbers_.find(key) == t.numbers_.end()) {
      const std::string k(key);
      const size_t dot = k.find('.');
      return Status::InvalidArgument(dir + "/" + k.substr(0, dot) + ".toml: missing number '" + k.substr(dot + 1) +
                                     "'");
    }
  }
  return t;
}

std::string Templates::Reason(const Reasons& reasons) const {
  if (language_ == Language::kEn) return English(reasons);
  std::string out;
  for (const peercard::Reason& r : reasons) {
    const std::string part = r.code == ReasonCode::kText
                                 ? English(r)
                                 : FillPattern(Text(std::string(kReasonKeyPrefix) + ReasonKey(r.code)), r.args);
    if (part.empty()) continue;
    if (!out.empty()) out += "\uFF1B";  // ；
    out += part;
  }
  return out;
}

std::string Templates::Text(std::string_view key) const {
  const auto it = strings_.find(key);
  if (it == strings_.end()) return "\u3010" + std::string(key) + "\u3011";
  return it->second;
}

std::string Templates::Fill(std::string_view key,
                            std::initializer_list<std::pair<std::string_view, std::string>> args) const {
  return FillPattern(Text(key), args);
}

std::string Templates::AllText() const {
  std::string all;
  for (const auto& [key, text] : strings_) all += text;
  return all + "\uFF1B";
}

double Templates::Num(std::string_view key) const {
  const auto it = numbers_.find(key);
  if (it == numbers_.end()) {
    throw std::logic_error("layout number '" + std::string(key) + "' is not in templates/ (add it to kTemplateNumberKeys)");
  }
  return it->second;
}

}  // namespace peercard
