// Statistics of one indicator over one peer group, and one place's standing
// in it. Plain vectors in, plain structs out: compare.cc holds the Eigen
// matrices and hands columns here.
//
// Definitions (also printed in the method notes, see compare.h):
// - sd is the sample standard deviation (divisor n − 1); NaN when n < 2.
// - Quartiles and the median interpolate linearly between order statistics
//   (Hyndman & Fan type 7; R's default, Excel's QUARTILE.INC): with the n
//   values sorted x[0] ≤ … ≤ x[n−1], q(p) = x[j] + (h − j)(x[j+1] − x[j]),
//   h = (n − 1)p, j = ⌊h⌋.
// - MAD is the raw median absolute deviation from the median, unscaled; the
//   robust z divides by 1.4826·MAD, and MAD = 0 gives no robust z.
// - Percentile rank = (peers worse + ½·peers equal, itself included) / n × 100,
//   "worse" by the indicator's direction, so 100 is always the best end.
// - Rank is competition ranking ("1224"): 1 + the number of peers strictly
//   better; ties share the best rank.
// - z and robust z are oriented like the rank: positive = better than the
//   peers (they are negated for an indicator where lower is better).
// - Band 1 (top quarter) … 4 uses the quartile values: better than or equal
//   to the better quartile is 1, at or beyond the median 2, at or beyond the
//   worse quartile 3, else 4.
// - With fewer than kMinPeers values, z, robust z, percentile and band are
//   empty and the reason says why; rank and ratio to median are still given.
#pragma once

#include <string>
#include <vector>

#include "model/reason.h"

#include "tables/comparison.h"

namespace peercard {

inline constexpr int kMinPeers = 3;
inline constexpr double kMadToSd = 1.4826;  // MAD × this estimates sd under normality

// Type-7 quantile of `sorted` (ascending, no NaN) at p in [0, 1].
// REQUIRES: !sorted.empty().
double Quantile7(const std::vector<double>& sorted, double p);

// n, mean, sd, median, q1, q3, MAD, min, max of the non-NaN `values`; every
// double is NaN when n = 0 (sd also when n = 1). Pure.
PeerStats ComputePeerStats(const std::vector<double>& values);

// One place's standing among its peers.
struct PlaceScore {
  double z, robust_z, percentile, ratio_to_median;
  int rank = 0;  // 0 when x is NaN
  int band = 0;
  Reasons reason;      // why a figure above is empty (none when all are given)
  PlaceScore();        // sets every double to NaN
};

// Scores x against its peer group. `sorted` holds the group's non-NaN values
// ascending (x among them) and `stats` = ComputePeerStats of them. A NaN x
// gets an empty score and no reason (the caller knows why it is missing).
// Pure.
PlaceScore ScorePlace(double x, const std::vector<double>& sorted, const PeerStats& stats,
                      bool higher_is_better);

}  // namespace peercard
