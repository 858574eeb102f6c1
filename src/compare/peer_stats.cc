#include "compare/peer_stats.h"

#include <algorithm>
#include <cmath>

namespace peercard {

namespace {

const double kNaN = std::nan("");

}  // namespace

double Quantile7(const std::vector<double>& sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const size_t j = static_cast<size_t>(std::floor(h));
  if (j + 1 >= sorted.size()) return sorted.back();
  return sorted[j] + (h - static_cast<double>(j)) * (sorted[j + 1] - sorted[j]);
}

PeerStats ComputePeerStats(const std::vector<double>& values) {
  std::vector<double> x;
  x.reserve(values.size());
  for (double v : values) {
    if (!std::isnan(v)) x.push_back(v);
  }
  PeerStats s;
  s.n = static_cast<int>(x.size());
  s.mean = s.sd = s.median = s.q1 = s.q3 = s.mad = s.min = s.max = kNaN;
  if (x.empty()) return s;
  std::sort(x.begin(), x.end());
  double sum = 0;
  for (double v : x) sum += v;
  s.mean = sum / s.n;
  if (s.n >= 2) {
    double ss = 0;
    for (double v : x) ss += (v - s.mean) * (v - s.mean);
    s.sd = std::sqrt(ss / (s.n - 1));
  }
  s.median = Quantile7(x, 0.5);
  s.q1 = Quantile7(x, 0.25);
  s.q3 = Quantile7(x, 0.75);
  s.min = x.front();
  s.max = x.back();
  std::vector<double> dev(x.size());
  for (size_t i = 0; i < x.size(); ++i) dev[i] = std::fabs(x[i] - s.median);
  std::sort(dev.begin(), dev.end());
  s.mad = Quantile7(dev, 0.5);
  return s;
}

PlaceScore::PlaceScore() : z(kNaN), robust_z(kNaN), percentile(kNaN), ratio_to_median(kNaN) {}

PlaceScore ScorePlace(double x, const std::vector<double>& sorted, const PeerStats& stats,
                      bool higher_is_better) {
  PlaceScore out;
  if (std::isnan(x) || sorted.empty()) return out;
  const auto lo = std::lower_bound(sorted.begin(), sorted.end(), x);
  const auto hi = std::upper_bound(sorted.begin(), sorted.end(), x);
  const long below = lo - sorted.begin();
  const long equal = hi - lo;
  const long above = sorted.end() - hi;
  const long better = higher_is_better ? above : below;
  const long worse = higher_is_better ? below : above;
  const double sign = higher_is_better ? 1.0 : -1.0;
  out.rank = static_cast<int>(better + 1);
  if (stats.median != 0) {
    out.ratio_to_median = x / stats.median * 100;
  } else {
    AddReason(&out.reason, {ReasonCode::kMedianZero, {}});
  }
  if (stats.n < kMinPeers) {
    AddReason(&out.reason, FewPeersReason(stats.n));
    return out;
  }
  out.percentile = (static_cast<double>(worse) + 0.5 * static_cast<double>(equal)) / stats.n * 100;
  if (stats.sd > 0) {
    out.z = sign * (x - stats.mean) / stats.sd;
  } else {
    AddReason(&out.reason, {ReasonCode::kSdZero, {}});
  }
  if (stats.mad > 0) {
    out.robust_z = sign * (x - stats.median) / (kMadToSd * stats.mad);
  } else {
    AddReason(&out.reason, {ReasonCode::kMadZero, {}});
  }
  const double better_q = higher_is_better ? stats.q3 : stats.q1;
  const double worse_q = higher_is_better ? stats.q1 : stats.q3;
  auto at_or_beyond = [&](double q) { return higher_is_better ? x >= q : x <= q; };
  out.band = at_or_beyond(better_q) ? 1 : at_or_beyond(stats.median) ? 2 : at_or_beyond(worse_q) ? 3 : 4;
  return out;
}

}  // namespace peercard
