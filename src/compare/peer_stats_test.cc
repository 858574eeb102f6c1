#include "compare/peer_stats.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>

#include "compare_test_util.h"

namespace peercard {
namespace {

const double kNaN = std::nan("");

PlaceScore Score(double x, std::vector<double> values, bool higher_is_better = true) {
  const PeerStats stats = ComputePeerStats(values);
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
               values.end());
  std::sort(values.begin(), values.end());
  return ScorePlace(x, values, stats, higher_is_better);
}

}  // namespace

TEST_CASE("type-7 quartiles interpolate between order statistics", "[peer_stats]") {
  // {1,2,3,4}: h = 3p → q1 = 1 + 0.75·1, median = 2 + 0.5·1, q3 = 3 + 0.25·1.
  const PeerStats s = ComputePeerStats({4, 2, 1, 3});
  CHECK(s.q1 == 1.75);
  CHECK(s.median == 2.5);
  CHECK(s.q3 == 3.25);
  CHECK(s.min == 1);
  CHECK(s.max == 4);
}

TEST_CASE("peer statistics with ties and a NaN in the middle", "[peer_stats]") {
  // 3 5 5 9 13: mean 35/5 = 7; squared deviations 16+4+4+4+36 = 64, /4 → sd 4;
  // median x[2] = 5; q1 x[1] = 5; q3 x[3] = 9; |x − 5| = 2 0 0 4 8 → MAD 2.
  const std::vector<double> v = {3, 5, kNaN, 13, 5, 9};
  CHECK(testing::StatsVector(ComputePeerStats(v)) == std::vector<double>{5, 7, 4, 5, 5, 9, 2, 3, 13});

  const PlaceScore top = Score(13, v);
  CHECK(top.z == 1.5);                                  // (13 − 7) / 4
  CHECK(top.robust_z == Approx(8 / (1.4826 * 2)));      // 2.69796…
  CHECK(top.percentile == 90);                          // (4 + ½) / 5
  CHECK(top.rank == 1);
  CHECK(top.ratio_to_median == 260);
  CHECK(top.band == 1);
  CHECK(top.reason.empty());

  const PlaceScore tied = Score(5, v);
  CHECK(tied.rank == 3);  // 13 and 9 are better; both 5s share rank 3
  CHECK(tied.percentile == 40);  // (1 + ½·2) / 5
  CHECK(tied.z == -0.5);
  CHECK(tied.robust_z == 0);
  CHECK(tied.band == 2);
  CHECK(tied.ratio_to_median == 100);

  const PlaceScore last = Score(3, v);
  CHECK(last.rank == 5);
  CHECK(last.percentile == 10);
  CHECK(last.band == 4);
  CHECK(Score(9, v).band == 1);  // at q3 counts as the top quarter

  const PlaceScore missing = Score(kNaN, v);
  CHECK(missing.rank == 0);
  CHECK(std::isnan(missing.z));
  CHECK(missing.reason.empty());
}

TEST_CASE("lower is better flips rank, percentile, z and band", "[peer_stats]") {
  const std::vector<double> v = {3, 5, 5, 9, 13};
  const PlaceScore best = Score(3, v, false);
  CHECK(best.rank == 1);
  CHECK(best.z == 1);  // −(3 − 7) / 4
  CHECK(best.percentile == 90);
  CHECK(best.band == 1);
  CHECK(Score(5, v, false).rank == 2);
  CHECK(Score(5, v, false).band == 1);  // at q1 = 5
  CHECK(Score(9, v, false).rank == 4);
  CHECK(Score(9, v, false).band == 3);
  CHECK(Score(13, v, false).band == 4);
  CHECK(Score(13, v, false).z == -1.5);
}

TEST_CASE("one and two peers: statistics but no z, percentile or band", "[peer_stats]") {
  const PeerStats one = ComputePeerStats({7});
  CHECK(one.n == 1);
  CHECK(one.mean == 7);
  CHECK(std::isnan(one.sd));
  CHECK(one.median == 7);
  CHECK(one.q1 == 7);
  CHECK(one.q3 == 7);
  CHECK(one.mad == 0);
  const PlaceScore alone = Score(7, {7});
  CHECK(alone.rank == 1);
  CHECK(alone.ratio_to_median == 100);
  CHECK(std::isnan(alone.z));
  CHECK(std::isnan(alone.percentile));
  CHECK(alone.band == 0);
  CHECK(English(alone.reason) == "only 1 peer has a value (fewer than 3): no z, percentile or band");

  // {2, 6}: mean 4, sd √((4 + 4) / 1) = √8, median 4, q1 3, q3 5, MAD 2.
  const PeerStats two = ComputePeerStats({6, kNaN, 2});
  CHECK(two.n == 2);
  CHECK(two.sd == Approx(std::sqrt(8.0)));
  CHECK(two.q1 == 3);
  CHECK(two.q3 == 5);
  CHECK(two.mad == 2);
  const PlaceScore second = Score(2, {6, kNaN, 2});
  CHECK(second.rank == 2);
  CHECK(second.ratio_to_median == 50);
  CHECK(std::isnan(second.robust_z));
  CHECK(English(second.reason) == "only 2 peers have a value (fewer than 3): no z, percentile or band");

  const PeerStats none = ComputePeerStats({kNaN});
  CHECK(none.n == 0);
  CHECK(std::isnan(none.mean));
  CHECK(std::isnan(none.median));
}

TEST_CASE("three peers is enough", "[peer_stats]") {
  // {1, 2, 6}: mean 3, sd √((4 + 1 + 9) / 2) = √7, median 2, q1 1.5, q3 4,
  // |x − 2| = 1 0 4 → MAD 1.
  const PeerStats s = ComputePeerStats({6, 1, 2});
  CHECK(s.sd == Approx(std::sqrt(7.0)));
  CHECK(s.q1 == 1.5);
  CHECK(s.q3 == 4);
  CHECK(s.mad == 1);
  const PlaceScore top = Score(6, {6, 1, 2});
  CHECK(top.z == Approx(3 / std::sqrt(7.0)));  // 1.1339
  CHECK(top.robust_z == Approx(4 / 1.4826));   // 2.6980
  CHECK(top.percentile == Approx(250.0 / 3));  // (2 + ½) / 3 × 100
  CHECK(top.band == 1);
  CHECK(top.reason.empty());
}

TEST_CASE("all equal values: sd and MAD are 0", "[peer_stats]") {
  const PeerStats s = ComputePeerStats({4, 4, 4});
  CHECK(s.sd == 0);
  CHECK(s.mad == 0);
  const PlaceScore p = Score(4, {4, 4, 4});
  CHECK(std::isnan(p.z));
  CHECK(std::isnan(p.robust_z));
  CHECK(p.percentile == 50);
  CHECK(p.rank == 1);
  CHECK(English(p.reason) ==
        "all peers have the same value (sd 0): no z; "
        "MAD is 0 (half the peers or more share the median): no robust z");
  // MAD 0 while sd > 0: {1, 5, 5, 5, 9} → z exists, robust z does not.
  const PlaceScore q = Score(9, {1, 5, 5, 5, 9});
  CHECK(q.z == Approx(4 / std::sqrt(8.0)));  // sd = √(32 / 4)
  CHECK(std::isnan(q.robust_z));
  CHECK(English(q.reason) == "MAD is 0 (half the peers or more share the median): no robust z");
}

TEST_CASE("a zero median gives no ratio to median", "[peer_stats]") {
  const PlaceScore p = Score(0, {0, 0, 3});
  CHECK(std::isnan(p.ratio_to_median));
  CHECK(English(p.reason).rfind("peer median is 0: no ratio to median", 0) == 0);
}

}  // namespace peercard
