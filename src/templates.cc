#include "templates.h"

#include <algorithm>
#include <filesystem>

#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

#include "template_keys.h"

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

Status LoadStrings(const std::string& path, std::map<std::string, std::string, std::less<>>* out) {
  Result<toml::table> t = ParseToml(path);
  if (!t.ok()) return t.status();
  return Flatten(*t, "", path, [&](const std::string& key, const toml::node& node) {
    const auto s = node.value<std::string>();
    if (!s) {
      return Status::InvalidArgument(path + ":" + std::to_string(node.source().begin.line) + ": '" + key +
                                     "' must be a string");
    }
    (*out)[key] = *s;
    return Status::Ok();
  });
}

Status LoadNumbers(const std::string& path, const std::string& stem, std::map<std::string, double, std::less<>>* out) {
  Result<toml::table> t = ParseToml(path);
  if (!t.ok()) return t.status();
  return Flatten(*t, stem, path, [&](const std::string& key, const toml::node& node) {
    const auto v = node.value<double>();
    if (!v) {
      return Status::InvalidArgument(path + ":" + std::to_string(node.source().begin.line) + ": '" +
                                     key.substr(stem.size() + 1) + "' must be a number");
    }
    (*out)[key] = *v;
    return Status::Ok();
  });
}

}  // namespace

Result<Templates> Templates::Load(const std::string& dir) {
  Templates t;
  const std::string strings_path = dir + "/strings.toml";
  if (Status s = LoadStrings(strings_path, &t.strings_); !s.ok()) return s;
  for (const char* key : kTemplateStringKeys) {
    if (t.strings_.find(key) == t.strings_.end()) {
      return Status::InvalidArgument(strings_path + ": missing string '" + key + "'");
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
  return all;
}

double Templates::Num(std::string_view key) const {
  const auto it = numbers_.find(key);
  return it == numbers_.end() ? 0 : it->second;
}

std::string FillPattern(std::string_view pattern,
                        std::initializer_list<std::pair<std::string_view, std::string>> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const size_t close = pattern.find('}', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        const auto* arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        if (arg != args.end()) {
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

}  // namespace peercard
