// Prefix and suffix tests on byte strings (UTF-8 safe: whole sequences compare).
#pragma once

#include <string_view>

namespace peercard {

inline bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace peercard
