#include "base/text_pattern.h"

#include <algorithm>

namespace peercard {

namespace {

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

}  // namespace

std::string FillPattern(std::string_view pattern,
                        std::initializer_list<std::pair<std::string_view, std::string>> args) {
  return FillRange(pattern, args.begin(), args.end());
}

std::string FillPattern(std::string_view pattern, const PatternArgs& args) {
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

bool MatchPattern(std::string_view pattern, std::string_view text, PatternArgs* captures) {
  Captures found;
  if (!MatchFrom(pattern, text, &found)) return false;
  for (const auto& [name, value] : found) captures->emplace_back(name, value);
  return true;
}

}  // namespace peercard
