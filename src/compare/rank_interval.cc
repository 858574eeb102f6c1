#include "compare/rank_interval.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <random>

namespace peercard {

namespace {

// A uniform draw in [0, 1) from the top 53 bits: the same on every platform.
double Uniform(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// The k-th smallest (0-based) of `v`, which it reorders. O(n).
int KthSmallest(std::vector<int>* v, size_t k) {
  std::nth_element(v->begin(), v->begin() + static_cast<long>(k), v->end());
  return (*v)[k];
}

// Nearest-rank percentile at p (0 < p ≤ 100): the ⌈p·n/100⌉-th smallest.
int NearestRank(std::vector<int>* v, int p) {
  const size_t k = (static_cast<size_t>(p) * v->size() + 99) / 100;
  return KthSmallest(v, std::max<size_t>(k, 1) - 1);
}

}  // namespace

RankInterval::RankInterval() : median(std::nan("")) {}

void CompetitionRanks(std::vector<std::pair<double, int>>* keyed, int* rank) {
  // Sorting (score, index) pairs in place is cache-friendly and, unlike
  // std::stable_sort, needs no temporary buffer; the index breaks ties.
  std::sort(keyed->begin(), keyed->end(), [](const std::pair<double, int>& a, const std::pair<double, int>& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  });
  for (size_t i = 0; i < keyed->size(); ++i) {
    const auto& [score, p] = (*keyed)[i];
    rank[p] = (i > 0 && (*keyed)[i - 1].first == score) ? rank[(*keyed)[i - 1].second] : static_cast<int>(i) + 1;
  }
}

std::vector<RankInterval> SimulateRankIntervals(const CompositeInput& in, int draws, std::uint64_t seed,
                                                double weight_jitter) {
  const int np = in.places;
  const int m = in.indicators;
  std::vector<RankInterval> out(np);
  std::vector<int> eligible;
  for (int p = 0; p < np; ++p) {
    if (in.eligible[p]) eligible.push_back(p);
  }
  if (draws <= 0 || eligible.empty() || m == 0) return out;

  using Matrix = Eigen::MatrixXd;
  const Eigen::Map<const Matrix> low(in.low.data(), np, m);
  const Eigen::Map<const Matrix> high(in.high.data(), np, m);
  const Matrix counted = low.unaryExpr([](double v) { return std::isnan(v) ? 0.0 : 1.0; });
  const Matrix base = low.unaryExpr([](double v) { return std::isnan(v) ? 0.0 : v; });
  const Matrix width = (high - low).unaryExpr([](double v) { return std::isnan(v) ? 0.0 : v; });
  std::vector<Eigen::Index> interval_cells;
  for (Eigen::Index c = 0; c < width.size(); ++c) {
    if (width.data()[c] > 0) interval_cells.push_back(c);
  }
  const Eigen::RowVectorXd n = counted.colwise().sum();
  const Eigen::Map<const Eigen::RowVectorXd> direction(in.direction.data(), m);

  std::mt19937_64 rng(seed);
  Matrix x(np, m), z(np, m);
  Eigen::VectorXd w(m), composite(np), weight_sum(np);
  Eigen::RowVectorXd mean(m), var(m);
  const Eigen::RowVectorXd n_mean = n.cwiseMax(1.0);
  const Eigen::RowVectorXd n_var = (n.array() - 1).max(1.0).matrix();
  std::vector<std::pair<double, int>> keyed;
  keyed.reserve(eligible.size());
  std::vector<int> rank(np, 0);
  std::vector<int> ranks(static_cast<size_t>(eligible.size()) * draws);  // eligible-major
  for (int d = 0; d < draws; ++d) {
    for (int j = 0; j < m; ++j) w(j) = in.weights[j] * (1 + weight_jitter * (2 * Uniform(rng) - 1));
    x = base;
    for (Eigen::Index c : interval_cells) x.data()[c] += Uniform(rng) * width.data()[c];
    mean.noalias() = x.colwise().sum().cwiseQuotient(n_mean);
    z.noalias() = (x.rowwise() - mean).cwiseProduct(counted);
    var.noalias() = z.cwiseAbs2().colwise().sum().cwiseQuotient(n_var);
    for (int j = 0; j < m; ++j) {
      const double sd = std::sqrt(var(j));
      z.col(j) *= sd > 0 ? direction(j) / sd : 0.0;
    }
    composite.noalias() = z * w;
    weight_sum.noalias() = counted * w;
    composite.array() /= weight_sum.array().max(1e-300);
    keyed.clear();
    for (int p : eligible) keyed.emplace_back(composite(p), p);
    CompetitionRanks(&keyed, rank.data());
    for (size_t e = 0; e < eligible.size(); ++e) ranks[e * draws + d] = rank[eligible[e]];
  }
  std::vector<int> place_ranks(draws);
  for (size_t e = 0; e < eligible.size(); ++e) {
    std::copy(ranks.begin() + e * draws, ranks.begin() + (e + 1) * draws, place_ranks.begin());
    RankInterval& r = out[eligible[e]];
    const size_t mid = static_cast<size_t>(draws - 1) / 2;
    const int low_mid = KthSmallest(&place_ranks, mid);
    // After nth_element everything beyond mid is ≥ it: the next is their minimum.
    r.median = draws % 2 ? low_mid
                         : (low_mid + *std::min_element(place_ranks.begin() + static_cast<long>(mid) + 1,
                                                        place_ranks.end())) / 2.0;
    r.p05 = NearestRank(&place_ranks, 5);
    r.p95 = NearestRank(&place_ranks, 95);
  }
  return out;
}

}  // namespace peercard
