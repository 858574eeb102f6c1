#include "render/card_model.h"

#include <catch2/catch.hpp>

namespace peercard {
namespace {

// One place's rows with the given percentiles (NaN = no percentile), one
// indicator each: "i1", "i2", … in the peer group "all".
RenderInput PlaceWithPercentiles(const std::vector<double>& percentiles) {
  RenderInput in;
  for (size_t k = 0; k < percentiles.size(); ++k) {
    ComparisonRow r;
    r.city = "gs-baiyin";
    r.name_zh = "白银市";
    r.indicator = "i" + std::to_string(k + 1);
    r.peer_group = "all";
    r.year_used = 2024;
    r.value = r.basis_value = 10.0 * static_cast<double>(k + 1);
    r.percentile = percentiles[k];
    in.rows.push_back(r);
  }
  return in;
}

std::string IdOf(const PlaceView& v, int i) { return i < 0 ? "none" : v.indicators[i].row->indicator; }

TEST_CASE("strengths and weaknesses are judged against the peers, not among the place's own indicators",
          "[render][card_model]") {
  // 2nd of 13 on its best indicator (P88) and P35 on its worst: a strength,
  // no weakness (P35 is not in the bottom quarter).
  RenderInput in = PlaceWithPercentiles({88, 62, 35});
  PlaceView v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "i1");
  CHECK(IdOf(v, v.weakest) == "none");

  // Only middling percentiles: neither.
  in = PlaceWithPercentiles({70, 50, 26});
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "none");
  CHECK(IdOf(v, v.weakest) == "none");

  // One indicator at P4 is a weakness and never also the strength.
  in = PlaceWithPercentiles({4});
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "none");
  CHECK(IdOf(v, v.weakest) == "i1");

  // The quarter bounds count; of several, the extreme one; NaN is skipped.
  in = PlaceWithPercentiles({75, 96, std::nan(""), 25, 12});
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "i2");
  CHECK(IdOf(v, v.weakest) == "i5");
  in = PlaceWithPercentiles({75, 25});
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "i1");
  CHECK(IdOf(v, v.weakest) == "i2");
}

}  // namespace
}  // namespace peercard
