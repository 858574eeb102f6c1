#include "rank_interval.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <random>

namespace peercard {

namespace {

// A uniform draw in [0, 1) from the top 53 bits: the same on every platform.
double Uniform(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// Nearest-rank percentile of ascending `sorted` at p (0 < p ≤ 100).
int NearestRank(const std::vector<int>& sorted, int p) {
  const size_t n = sorted.size();
  const size_t k = (static_cast<size_t>(p) * n + 99) / 100;  // ⌈p·n/100⌉
  return sorted[std::max<size_t>(k, 1) - 1];
}

}  // namespace

RankInterval::RankInterval() : median(std::nan("")) {}

void CompetitionRanks(const double* scores, std::vector<int>* order, int* rank) {
  // std::sort with the index as tie-break: deterministic and, unlike
  // std::stable_sort, free of a temporary buffer per call.
  std::sort(order->begin(), order->end(),
            [scores](int a, int b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
  for (size_t i = 0; i < order->size(); ++i) {
    const int p = (*order)[i];
    rank[p] = (i > 0 && scores[(*order)[i - 1]] == scores[p]) ? rank[(*order)[i - 1]] : static_cast<int>(i) + 1;
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
  std::vector<int> order;
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
    order = eligible;
    CompetitionRanks(composite.data(), &order, rank.data());
    for (size_t e = 0; e < eligible.size(); ++e) ranks[e * draws + d] = rank[eligible[e]];
  }
  std::vector<int> sorted(draws);
  for (size_t e = 0; e < eligible.size(); ++e) {
    std::copy(ranks.begin() + e * draws, ranks.begin() + (e + 1) * draws, sorted.begin());
    std::sort(sorted.begin(), sorted.end());
    RankInterval& r = out[eligible[e]];
    const int mid = (draws - 1) / 2;
    r.median = draws % 2 ? sorted[mid] : (sorted[mid] + sorted[mid + 1]) / 2.0;
    r.p05 = NearestRank(sorted, 5);
    r.p95 = NearestRank(sorted, 95);
  }
  return out;
}

}  // namespace peercard
