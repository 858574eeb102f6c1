// Monte-Carlo rank intervals on tiny peer groups whose answers can be reasoned out; the seed makes them repeat.
#include "compare/rank_interval.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

namespace peercard {
namespace {

const double kNaN = std::nan("");

// One place per row of `cells` (low, high per indicator), every place eligible, weights 1, higher is better.
CompositeInput Group(const std::vector<std::vector<std::pair<double, double>>>& cells) {
  CompositeInput in;
  in.places = static_cast<int>(cells.size());
  in.indicators = static_cast<int>(cells.front().size());
  in.low.assign(static_cast<size_t>(in.places) * in.indicators, kNaN);
  in.high = in.low;
  for (int p = 0; p < in.places; ++p) {
    for (int j = 0; j < in.indicators; ++j) {
      in.low[j * in.places + p] = cells[p][j].first;  // column-major
      in.high[j * in.places + p] = cells[p][j].second;
    }
  }
  in.weights.assign(in.indicators, 1.0);
  in.direction.assign(in.indicators, 1.0);
  in.eligible.assign(in.places, 1);
  return in;
}

std::pair<double, double> Exact(double v) { return {v, v}; }

// (p05, p95) of each place.
std::vector<std::pair<int, int>> Intervals(const std::vector<RankInterval>& r) {
  std::vector<std::pair<int, int>> out;
  for (const RankInterval& x : r) out.emplace_back(x.p05, x.p95);
  return out;
}

TEST_CASE("a place far ahead is ranked [1, 1] — intervals that cannot cross keep every rank", "[rank_interval]") {
  // 1000余 against three small values whose intervals touch but never cross: every draw has
  // [1000, 1100) > [3, 4) > [2, 3) > [1, 2), so the ranks are 1, 4, 3, 2 in all 1000 draws.
  const CompositeInput in = Group({{{1000, 1100}}, {{1, 2}}, {{2, 3}}, {{3, 4}}});
  const auto r = SimulateRankIntervals(in, 1000, 1, 0.0);
  REQUIRE(r.size() == 4);
  CHECK(Intervals(r) == std::vector<std::pair<int, int>>{{1, 1}, {4, 4}, {3, 3}, {2, 2}});
  CHECK(r[0].median == 1);
  CHECK(r[1].median == 4);
  CHECK(r[2].median == 3);
  CHECK(r[3].median == 2);
}

TEST_CASE("overlapping intervals share ranks 1-2 — the one far behind stays 3rd", "[rank_interval]") {
  // A in [10, 20), B in [14, 16): A is ahead when its draw passes B's, about half the draws. C in [0, 1) is last.
  const CompositeInput in = Group({{{10, 20}}, {{14, 16}}, {{0, 1}}});
  const auto r = SimulateRankIntervals(in, 1000, 7, 0.0);
  CHECK(Intervals(r) == std::vector<std::pair<int, int>>{{1, 2}, {1, 2}, {3, 3}});
  CHECK(r[2].median == 3);
  CHECK(r[0].median >= 1);
  CHECK(r[0].median <= 2);
}

TEST_CASE("the seed makes a run repeat — another seed draws otherwise", "[rank_interval]") {
  // Four places whose intervals all overlap, few draws: the medians depend on the draws.
  const CompositeInput in = Group({{{10, 20}}, {{12, 22}}, {{14, 24}}, {{16, 26}}});
  auto medians = [&in](std::uint64_t seed) {
    std::vector<double> m;
    for (const RankInterval& x : SimulateRankIntervals(in, 9, seed, 0.1)) m.push_back(x.median);
    return m;
  };
  const std::vector<double> first = medians(2024);
  CHECK(medians(2024) == first);
  const auto a = SimulateRankIntervals(in, 9, 2024, 0.1);
  const auto b = SimulateRankIntervals(in, 9, 2024, 0.1);
  CHECK(Intervals(a) == Intervals(b));
  bool another_differs = false;
  for (std::uint64_t seed = 1; seed <= 20 && !another_differs; ++seed) another_differs = medians(seed) != first;
  CHECK(another_differs);
}

TEST_CASE("lower is better: direction −1 reverses the order", "[rank_interval]") {
  CompositeInput in = Group({{Exact(5)}, {Exact(1)}, {Exact(3)}});
  in.direction = {-1};
  CHECK(Intervals(SimulateRankIntervals(in, 100, 1, 0.0)) == std::vector<std::pair<int, int>>{{3, 3}, {1, 1}, {2, 2}});
}

TEST_CASE("exact ties share the better rank in every draw — until the weights are jittered", "[rank_interval]") {
  // A leads on the first indicator, B on the second, by the same margin: z = ±5/sd on each, composites
  // (5 − 5)/2 = 0 for both, a tie at rank 1. With jittered weights the heavier indicator decides each draw,
  // each about half the time: both [1, 2].
  const CompositeInput in = Group({{Exact(10), Exact(0)}, {Exact(0), Exact(10)}});
  const auto fixed = SimulateRankIntervals(in, 1000, 3, 0.0);
  CHECK(Intervals(fixed) == std::vector<std::pair<int, int>>{{1, 1}, {1, 1}});
  CHECK(fixed[0].median == 1);
  const auto jittered = SimulateRankIntervals(in, 1000, 3, 0.2);
  CHECK(Intervals(jittered) == std::vector<std::pair<int, int>>{{1, 2}, {1, 2}});
}

TEST_CASE("a cell with no value does not count in its place's composite, nor does its weight", "[rank_interval]") {
  // Weights 1 and 3. Indicator 1: 30 20 10 → mean 20, sd 10, z = 1 0 −1. Indicator 2 (A has none): B 20, C 10 →
  // mean 15, sd √50, z = 0.71 −0.71. Composites: A = 1·1 / 1 = 1 (its one z); B = (0·1 + 0.71·3) / 4 = 0.53;
  // C = (−1·1 − 0.71·3) / 4 = −0.78. Ranks 1 2 3. (Dividing A by both weights, 1 / 4, would put B first.)
  CompositeInput in = Group({{Exact(30), {kNaN, kNaN}}, {Exact(20), Exact(20)}, {Exact(10), Exact(10)}});
  in.weights = {1, 3};
  CHECK(Intervals(SimulateRankIntervals(in, 10, 1, 0.0)) == std::vector<std::pair<int, int>>{{1, 1}, {2, 2}, {3, 3}});
}

TEST_CASE("places not eligible get an empty interval and are not counted in the ranks", "[rank_interval]") {
  CompositeInput in = Group({{Exact(100)}, {Exact(1)}, {Exact(2)}});
  in.eligible = {0, 1, 1};
  const auto r = SimulateRankIntervals(in, 50, 1, 0.0);
  CHECK(std::isnan(r[0].median));
  CHECK(r[0].p05 == 0);
  CHECK(r[0].p95 == 0);
  // Among the two eligible, 2 beats 1.
  CHECK(Intervals(r) == std::vector<std::pair<int, int>>{{0, 0}, {2, 2}, {1, 1}});
  CHECK(r[2].median == 1);

  // No draws: every interval empty.
  for (const RankInterval& x : SimulateRankIntervals(in, 0, 1, 0.0)) {
    CHECK(std::isnan(x.median));
    CHECK(x.p05 == 0);
    CHECK(x.p95 == 0);
  }
}

TEST_CASE("CompetitionRanks: ties share the rank, the next skips — keyed is left sorted best first",
          "[rank_interval]") {
  std::vector<std::pair<double, int>> keyed = {{3.0, 0}, {3.0, 1}, {3.0, 2}};
  int rank[3] = {};
  CompetitionRanks(&keyed, rank);
  CHECK(std::vector<int>(rank, rank + 3) == std::vector<int>{1, 1, 1});

  keyed = {{-0.5, 2}, {1.5, 0}, {1.5, 3}, {0.2, 1}};
  int rank4[4] = {};
  CompetitionRanks(&keyed, rank4);
  CHECK(std::vector<int>(rank4, rank4 + 4) == std::vector<int>{1, 3, 4, 1});
  CHECK(keyed == std::vector<std::pair<double, int>>{{1.5, 0}, {1.5, 3}, {0.2, 1}, {-0.5, 2}});
}

}  // namespace
}  // namespace peercard
