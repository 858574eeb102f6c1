// Text patterns with {name} placeholders: filling them with values and
// matching a text against one to recover the values. The one home of the
// "{name}" syntax that templates/ strings and the reasons of comparison.csv
// use. Std only; pure.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace peercard {

using PatternArgs = std::vector<std::pair<std::string, std::string>>;

// Replaces every "{name}" in `pattern` by its value; unknown names stay.
std::string FillPattern(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string>> args);
std::string FillPattern(std::string_view pattern, const PatternArgs& args);

// Matches `text` whole against `pattern`, where each "{name}" stands for any
// text (the shortest that lets the rest match, possibly empty); on a match
// appends (name, text) for each to *captures and returns true.
bool MatchPattern(std::string_view pattern, std::string_view text, PatternArgs* captures);

}  // namespace peercard
