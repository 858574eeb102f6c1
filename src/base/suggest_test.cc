#include "base/suggest.h"

#include <catch2/catch.hpp>

namespace peercard {
namespace {

TEST_CASE("edit distance counts characters, not bytes", "[suggest]") {
  CHECK(EditDistance("run", "rn") == 1);
  CHECK(EditDistance("gs-wuwie", "gs-wuwei") == 2);  // a swap is two edits
  CHECK(EditDistance("酒泉市", "酒泉") == 1);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("kitten", "sitting") == 3);
}

TEST_CASE("the nearest choice is offered only for a slip", "[suggest]") {
  const std::vector<std::string> commands{"extract", "inspect", "compare", "render", "run", "review"};
  CHECK(NearestChoice("rn", commands) == "run");
  CHECK(NearestChoice("extrct", commands) == "extract");
  CHECK(NearestChoice("reveiw", commands) == "review");
  CHECK(NearestChoice("run", commands).empty());     // not misspelt
  CHECK(NearestChoice("publish", commands).empty());  // not near anything
  CHECK(NearestChoice("--yaer", {"--year", "--window"}) == "--year");
}

}  // namespace
}  // namespace peercard
