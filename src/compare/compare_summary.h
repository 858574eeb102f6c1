// The short text `peercard compare` prints on stdout: per peer group and
// indicator, how many places have a value, who leads and who is missing;
// then the composite. Plain text, numbers without the process locale.
#pragma once

#include <string>

#include "compare/compare.h"

namespace peercard {

// One block per peer group (sorted by label), e.g.
//   peer group all: 9 places, year 2022
//     consultations (per_10k): n 3; leads 天水市 gs-tianshui 3.69; 1 stands in from an earlier year; missing 6: …
//     composite: 4 of 9 ranked; first 金昌市 gs-jinchang (rank interval 1-1)
// At most `max_names` places are named in a list, then "…". Pure.
std::string FormatCompareSummary(const Comparison& c, const std::vector<IndicatorSpec>& catalogue,
                                 int max_names = 8);

}  // namespace peercard
