// How sure a composite rank is: a Monte-Carlo run that draws every qualified
// value within its interval (1000余 → [1000, 1100)) and every indicator
// weight within ±jitter, recomputes the z-scores and the composite, and ranks
// the places in each draw.
//
// Determinism: std::mt19937_64 seeded with `seed` (its output sequence is
// fixed by the standard) and our own uniform draws u = (bits >> 11) · 2^-53,
// never std::uniform_real_distribution (implementation-defined). Draw order:
// per draw, first one weight per indicator (in order), then one value per
// interval cell (column-major: indicator by indicator, place by place).
// Same input, same seed → the same result on every platform.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace peercard {

// One peer group as place × indicator matrices, column-major (cell of place p,
// indicator j at j·places + p).
struct CompositeInput {
  int places = 0;
  int indicators = 0;
  // The basis interval of each cell; NaN in both where the cell does not count
  // in the composite (no value, or the indicator has no z-scores in this
  // group). low == high for an exact value.
  std::vector<double> low, high;
  std::vector<double> weights;    // per indicator (> 0 for a counted one)
  std::vector<double> direction;  // per indicator: +1 higher is better, −1 lower
  std::vector<char> eligible;     // per place: ranked (meets the coverage threshold)
};

struct RankInterval {
  double median;    // median rank over the draws (type 7: mean of the middle two)
  int p05 = 0;      // 5th percentile rank, nearest-rank method: sorted[⌈0.05·draws⌉ − 1]
  int p95 = 0;      // 95th percentile rank, sorted[⌈0.95·draws⌉ − 1]
  RankInterval();   // median NaN
};

// Per place (in input order): the rank interval over `draws` draws; a place
// not eligible, or draws = 0, gets an empty interval. Each draw ranks the
// eligible places by composite (weighted mean of their counted z-scores,
// z = direction·(x − mean)/sd over the group's drawn values), competition
// ranking, 1 = best. Allocates once, not per draw. Pure; safe from any thread.
// REQUIRES: the vectors have the sizes the counts give.
std::vector<RankInterval> SimulateRankIntervals(const CompositeInput& in, int draws, std::uint64_t seed,
                                                double weight_jitter);

// Competition ranks ("1224", 1 = the highest score) of the (score, place)
// pairs in *keyed, written to rank[place]; *keyed is left sorted best first
// (ties by place). REQUIRES: no NaN score.
void CompetitionRanks(std::vector<std::pair<double, int>>* keyed, int* rank);

}  // namespace peercard
