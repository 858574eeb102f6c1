// Peer-group labels as cards and the summary print them.
#include <catch2/catch.hpp>

#include "draw/templates.h"
#include "render/render_labels.h"

namespace peercard {
namespace {

TEST_CASE("peer-group labels name the group in words", "[render][labels]") {
  const auto t = Templates::Load(std::string(PEERCARD_SOURCE_DIR) + "/templates");
  REQUIRE(t.ok());
  CHECK(PeerGroupLabel(*t, "prefecture:南京市") == "南京市所辖区县 · districts and counties of one city");
  CHECK(PeerGroupLabel(*t, "prefecture:unknown") == "不属于地级市的地区 · places not within a city");
  CHECK(PeerGroupLabel(*t, "province:甘肃省") == "同省 甘肃省 · same province");
}

}  // namespace
}  // namespace peercard
