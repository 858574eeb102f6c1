#include "cli/diagnostics.h"

#include <catch2/catch.hpp>

namespace peercard {
namespace {

TEST_CASE("every line of a message carries the prefix", "[cli]") {
  CHECK(PrefixLines("peercard: error: ", "a.txt: no such file") == "peercard: error: a.txt: no such file\n");
  // A table error listing each bad line stays one message, line by line.
  CHECK(PrefixLines("peercard: error: ", "places.csv:3: bad code\nplaces.csv:9: no name") ==
        "peercard: error: places.csv:3: bad code\npeercard: error: places.csv:9: no name\n");
  CHECK(PrefixLines("peercard: warning: ", "") == "peercard: warning: \n");
  CHECK(PrefixLines("p: ", "ends in a newline\n") == "p: ends in a newline\n");
}

}  // namespace
}  // namespace peercard
