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

// reasons.toml: an array of [[reason]] tables with string keys en and zh.
Status LoadReasons(const std::string& path, std::vector<std::pair<std::string, std::string>>* out) {
  Result<toml::table> t = ParseToml(path);
  if (!t.ok()) return t.status();
  const toml::array* list = (*t)["reason"].as_array();
  if (!list) return Status::InvalidArgument(path + ": no [[reason]] entries");
  for (const toml::node& node : *list) {
    const toml::table* entry = node.as_table();
    const auto en = entry ? (*entry)["en"].value<std::string>() : std::nullopt;
    const auto zh = entry ? (*entry)["zh"].value<std::string>() : std::nullopt;
    if (!en || !zh || en->empty()) {
      return Status::InvalidArgument(path + ":" + std::to_string(node.source().begin.line) +
                                     ": a [[reason]] needs the strings 'en' and 'zh'");
    }
    out->emplace_back(*en, *zh);
  }
  return Status::Ok();
}

// Replaces every "{name}" in `pattern` whose name is among [first, last).
template <typename It>
std::string FillRange(std::string_view pattern, It first, It last) {
  std::string out;
  out.reserve(pattern.size() + 16);
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const size_t close = pattern.find('}', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        const auto arg = std::find_if(first, last, [&](const auto& a) { return a.first == name; });
        if (arg != last) {
          out += arg->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
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
  // Optional: a templates folder from before reasons.toml prints them in English.
  std::vector<std::pair<std::string, std::string>> reasons;
  std::error_code ec;
  if (std::filesystem::exists(dir + "/reasons.toml", ec)) {
    if (Status s = LoadReasons(dir + "/reasons.toml", &reasons); !s.ok()) return s;
  }
  for (auto& [en, zh] : reasons) t.reasons_.push_back({std::move(en), std::move(zh)});
  return t;
}

std::string Templates::Reason(std::string_view english) const {
  if (language_ == Language::kEn) return std::string(english);
  const auto translate = [this](std::string_view part, std::string* out) {
    for (const ReasonText& r : reasons_) {
      std::vector<std::pair<std::string, std::string>> captures;
      if (MatchPattern(r.en, part, &captures)) {
        *out = FillRange(r.zh, captures.begin(), captures.end());
        return true;
      }
    }
    *out = std::string(part);
    return false;
  };
  std::string whole;
  if (translate(english, &whole)) return whole;  // "; " inside one reason (a file name)
  std::string out;
  for (size_t begin = 0; begin <= english.size();) {
    size_t end = english.find("; ", begin);
    if (end == std::string_view::npos) end = english.size();
    std::string part;
    translate(english.substr(begin, end - begin), &part);
    if (!part.empty()) out += (out.empty() ? "" : "\uFF1B") + part;  // ；
    begin = end + 2;
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
  for (const ReasonText& r : reasons_) all += r.zh;
  return all + "\uFF1B";
}

double Templates::Num(std::string_view key) const {
  const auto it = numbers_.find(key);
  if (it == numbers_.end()) {
    throw std::logic_error("layout number '" + std::string(key) + "' is not in templates/ (add it to kTemplateNumberKeys)");
  }
  return it->second;
}

std::string FillPattern(std::string_view pattern,
                        std::initializer_list<std::pair<std::string_view, std::string>> args) {
  return FillRange(pattern, args.begin(), args.end());
}

namespace {

using Captures = std::vector<std::pair<std::string_view, std::string_view>>;

bool MatchFrom(std::string_view pattern, std::string_view text, Captures* captures) {
  const size_t open = pattern.find('{');
  const size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
  if (close == std::string_view::npos) return pattern == text;  // all literal
  const std::string_view literal = pattern.substr(0, open);
  if (text.substr(0, literal.size()) != literal) return false;
  const std::string_view name = pattern.substr(open + 1, close - open - 1);
  const std::string_view rest = pattern.substr(close + 1), tail = text.substr(literal.size());
  const auto attempt = [&](size_t n) {
    captures->emplace_back(name, tail.substr(0, n));
    if (MatchFrom(rest, tail.substr(n), captures)) return true;
    captures->pop_back();
    return false;
  };
  // The shortest capture that lets the rest match: where a literal follows,
  // only where that literal occurs; where the pattern ends, all of the text.
  const std::string_view next = rest.substr(0, rest.find('{'));
  if (rest.empty()) return attempt(tail.size());
  if (next.empty()) {  // another {name} right after this one
    for (size_t n = 0; n <= tail.size(); ++n) {
      if (attempt(n)) return true;
    }
    return false;
  }
  for (size_t n = tail.find(next); n != std::string_view::npos; n = tail.find(next, n + 1)) {
    if (attempt(n)) return true;
  }
  return false;
}

}  // namespace

bool MatchPattern(std::string_view pattern, std::string_view text,
                  std::vector<std::pair<std::string, std::string>>* captures) {
  Captures found;
  if (!MatchFrom(pattern, text, &found)) return false;
  for (const auto& [name, value] : found) captures->emplace_back(name, value);
  return true;
}

}  // namespace peercard
