// How the commands report to the user on stderr: every line of an error or a
// warning starts with "peercard: error: " or "peercard: warning: ", so that a
// message of several lines stays one message to a reader and to grep. The
// one home of those prefixes.
#pragma once

#include <string_view>
#include <vector>
#include <string>

#include "base/diagnostic.h"

namespace peercard {

void PrintError(std::string_view message);
void PrintWarning(std::string_view message);
// As Diagnostic::ToString() ("file:line: message").
void PrintErrors(const Diagnostics& errors);

// The first `max` warnings, then "… and N more" plus `more_in` (0: all of
// them).
void PrintWarnings(const Diagnostics& warnings, size_t max = 0, std::string_view more_in = {});

// Of the errors, whether an output could not be written: the command exits
// with kExitOutputFailed then.
bool AnyOutputFailed(const Diagnostics& errors);

// "peercard: error: a\npeercard: error: b\n" for "a\nb": what PrintError writes. Pure.
std::string PrefixLines(std::string_view prefix, std::string_view message);

}  // namespace peercard
