#include "comparison.h"

#include <cmath>

namespace peercard {

ComparisonRow::ComparisonRow() {
  const double nan = std::nan("");
  peer.mean = peer.sd = peer.median = peer.q1 = peer.q3 = peer.mad = peer.min = peer.max = nan;
  value = value_low = value_high = nan;
  per_year = per_10k = per_township = ratio = basis_value = nan;
  z = robust_z = percentile = ratio_to_median = nan;
  composite = rank_median = nan;
  prev_value = change_abs = change_pct = nan;
}

}  // namespace peercard
