#include "model/reason.h"

#include <catch2/catch.hpp>

namespace peercard {

TEST_CASE("a reason writes as comparison.csv's English and reads back to the same code and parameters",
          "[reason]") {
  const Reasons all = {
      {ReasonCode::kNotStated, {{"span", "2022-2024"}, {"doc", "004_463d5631b037f9db.txt"}}},
      {ReasonCode::kLatestEarlier, {{"span", "2020-2022"}, {"year", "2019"}}},
      {ReasonCode::kNoValue, {{"span", "2024"}}},
      {ReasonCode::kNoPopulation, {{"code", "p7"}}},
      {ReasonCode::kNoTownships, {{"code", "p7"}}},
      {ReasonCode::kStockPerYear, {}},
      {ReasonCode::kUnknownScale, {{"scale", "per_capita"}}},
      {ReasonCode::kRatioPeriods,
       {{"indicator", "resolved"}, {"period", "2023"}, {"denominator", "consultations"}, {"other", "2024"},
        {"ratio", "per_consultation"}}},
      {ReasonCode::kNoDenominator, {{"denominator", "consultations"}, {"ratio", "per_consultation"}}},
      {ReasonCode::kDenominatorZero, {{"denominator", "consultations"}, {"ratio", "per_consultation"}}},
      {ReasonCode::kMedianZero, {}},
      FewPeersReason(1),
      FewPeersReason(2),
      {ReasonCode::kSdZero, {}},
      {ReasonCode::kMadZero, {}},
      {ReasonCode::kNoIndicatorZ, {{"group", "province:甘肃省"}}},
      {ReasonCode::kNoPlaceZ, {}},
      {ReasonCode::kLowCoverage, {{"k", "1"}, {"m", "2"}, {"pct", "100"}}},
      TrendLengthsReason("2017-2021", 5, "2022", 1),
      {ReasonCode::kTrendPreviousZero, {}},
  };
  for (const Reason& r : all) {
    INFO(English(r));
    const Reasons back = ParseReasons(English(r));
    REQUIRE(back.size() == 1);
    CHECK(back[0] == r);
  }
  CHECK(English(FewPeersReason(1)) == "only 1 peer has a value (fewer than 3): no z, percentile or band");
  CHECK(English(FewPeersReason(2)) == "only 2 peers have a value (fewer than 3): no z, percentile or band");
  CHECK(English(TrendLengthsReason("2017-2021", 5, "2022", 1)) ==
        "previous value covers 2017-2021 (5 years), this one 2022 (1 year): not comparable");
  CHECK(ParseReasons(English(all)) == all);  // all of them in one cell, "; "-joined
}

TEST_CASE("reasons read back: several, a file name with '; ', an unknown one, none", "[reason]") {
  const Reasons two = ParseReasons("all peers have the same value (sd 0): no z; peer median is 0: no ratio to median");
  REQUIRE(two.size() == 2);
  CHECK(two[0].code == ReasonCode::kSdZero);
  CHECK(two[1].code == ReasonCode::kMedianZero);
  // "; " inside one reason (a file's name) does not split it.
  const Reasons named = ParseReasons("no value in 2024 (not stated in a; b.txt)");
  REQUIRE(named.size() == 1);
  CHECK(named[0] == Reason{ReasonCode::kNotStated, {{"span", "2024"}, {"doc", "a; b.txt"}}});
  // Text no code writes (a newer peercard's file) is kept as it is.
  const Reasons unknown = ParseReasons("a reason from a newer peercard; no z-score for this place: no composite");
  REQUIRE(unknown.size() == 2);
  CHECK(unknown[0].code == ReasonCode::kText);
  CHECK(English(unknown[0]) == "a reason from a newer peercard");
  CHECK(unknown[1].code == ReasonCode::kNoPlaceZ);
  CHECK(ParseReasons("").empty());
  CHECK(ParseReasons("; ").empty());
}

TEST_CASE("AddReason keeps one of each", "[reason]") {
  Reasons rs;
  AddReason(&rs, {ReasonCode::kSdZero, {}});
  AddReason(&rs, {ReasonCode::kNoPopulation, {{"code", "p1"}}});
  AddReason(&rs, {ReasonCode::kSdZero, {}});
  AddReason(&rs, {ReasonCode::kNoPopulation, {{"code", "p2"}}});  // other parameters: another reason
  CHECK(rs.size() == 3);
  AddReasons(&rs, rs);
  CHECK(rs.size() == 3);
}

}  // namespace peercard
