// "Did you mean …": the nearest of a set of known words to a misspelt one,
// for messages about commands, options, peer lists and place codes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace peercard {

// Edit distance in code points: insert, delete, substitute or swap two
// neighbours, 1 each (optimal string alignment: "rnu" is one from "run").
size_t EditDistance(std::string_view a, std::string_view b);

// The choice nearest to `word` when it is close enough to be a slip: at
// most one edit for words of up to four characters, two for longer ones;
// ties go to the first. "" when none is that close or `word` is one of them.
std::string NearestChoice(std::string_view word, const std::vector<std::string>& choices);

}  // namespace peercard
