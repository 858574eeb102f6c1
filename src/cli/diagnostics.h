// How the commands report to the user on stderr: every line of an error or a
// warning starts with "peercard: error: " or "peercard: warning: ", so that a
// message of several lines stays one message to a reader and to grep. The
// one home of those prefixes.
#pragma once

#include <string_view>
#include <vector>
#include <string>

namespace peercard {

void PrintError(std::string_view message);
void PrintWarning(std::string_view message);

// The first `max` warnings, then "… and N more" (0: all of them).
void PrintWarnings(const std::vector<std::string>& warnings, size_t max = 0);

// "peercard: error: a\npeercard: error: b\n" for "a\nb": what PrintError writes. Pure.
std::string PrefixLines(std::string_view prefix, std::string_view message);

}  // namespace peercard
