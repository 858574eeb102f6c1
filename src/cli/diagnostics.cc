#include "cli/diagnostics.h"

#include <iostream>

namespace peercard {

std::string PrefixLines(std::string_view prefix, std::string_view message) {
  std::string out;
  size_t begin = 0;
  do {
    size_t end = message.find('\n', begin);
    if (end == std::string_view::npos) end = message.size();
    out.append(prefix).append(message.substr(begin, end - begin)).push_back('\n');
    begin = end + 1;
  } while (begin < message.size());
  return out;
}

void PrintError(std::string_view message) { std::cerr << PrefixLines("peercard: error: ", message); }

void PrintWarning(std::string_view message) { std::cerr << PrefixLines("peercard: warning: ", message); }

void PrintErrors(const Diagnostics& errors) {
  for (const Diagnostic& e : errors) PrintError(e.ToString());
}

void PrintWarnings(const Diagnostics& warnings, size_t max, std::string_view more_in) {
  for (size_t i = 0; i < warnings.size(); ++i) {
    if (max > 0 && i == max) {
      PrintWarning("\u2026 and " + std::to_string(warnings.size() - i) + " more" + std::string(more_in));
      return;
    }
    PrintWarning(warnings[i].ToString());
  }
}

bool AnyOutputFailed(const Diagnostics& errors) { return CountOf(errors, DiagnosticKind::kOutput) > 0; }

}  // namespace peercard
