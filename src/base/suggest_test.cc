#include "base/suggest.h"

#include <catch2/catch.hpp>

namespace peercard {
namespace {

TEST_CASE("edit distance counts characters, not bytes", "[suggest]") {
  CHECK(EditDistance("run", "rn") == 1);
  CHECK(EditDistance("gs-wuwie", "gs-wuwei") == 1);  // a swap of neighbours is one edit
  CHECK(EditDistance("rnu", "run") == 1);
  CHECK(EditDistance("ca", "abc") == 3);  // no edit twice on one span: not 2
  CHECK(EditDistance("酒泉市", "酒泉") == 1);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("kitten", "sitting") == 3);
}

TEST_CASE("the nearest choice is offered only for a slip", "[suggest]") {
  const std::vector<std::string> commands{"extract", "inspect", "compare", "render", "run", "review"};
  CHECK(NearestChoice("rn", commands) == "run");
  CHECK(NearestChoice("rnu", commands) == "run");
  CHECK(NearestChoice("extrct", commands) == "extract");
  CHECK(NearestChoice("reveiw", commands) == "review");
  CHECK(NearestChoice("run", commands).empty());     // not misspelt
  CHECK(NearestChoice("publish", commands).empty());  // not near anything
  CHECK(NearestChoice("--yaer", {"--year", "--window"}) == "--year");
}

}  // namespace
}  // namespace peercard
