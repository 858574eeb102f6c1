// Peer groups: who a place is compared with.
#include <catch2/catch.hpp>

#include "compare/peer_group.h"

namespace peercard {
namespace {

Place At(std::string code, std::string division, std::string parent, std::string province, std::string level) {
  Place p;
  p.code = std::move(code);
  p.division_code = std::move(division);
  p.parent_code = std::move(parent);
  p.province = std::move(province);
  p.level = std::move(level);
  return p;
}

TEST_CASE("peer groups by province, level and prefecture", "[compare][peers]") {
  const Place gulou = At("js-nanjing-gulou", "320106", "320100", "江苏省", "district");
  const Place jiangning = At("js-nanjing-jiangning", "320115", "320100", "江苏省", "district");
  const Place xuzhou_gulou = At("js-xuzhou-gulou", "320302", "320300", "江苏省", "district");
  const Place nanjing = At("js-nanjing", "320100", "320000", "江苏省", "prefecture");
  const Place chaoyang = At("bj-chaoyang", "110105", "110000", "北京市", "district");
  const auto group = [](const char* mode, const Place& p) { return PeerGroupOf(*ParsePeerSpec(mode), p); };
  CHECK(group("prefecture", gulou) == "prefecture:320100");
  CHECK(group("prefecture", jiangning) == group("prefecture", gulou));
  CHECK(group("prefecture", xuzhou_gulou) == "prefecture:320300");
  // A city is not one of its own districts' peers; a municipality's districts are one group.
  CHECK(group("prefecture", nanjing) == "prefecture:unknown");
  CHECK(group("prefecture", chaoyang) == "prefecture:110000");
  CHECK(group("province", gulou) == "province:江苏省");
  CHECK(group("level", nanjing) == "level:prefecture");
  CHECK(group("all", gulou) == "all");
}

}  // namespace
}  // namespace peercard
