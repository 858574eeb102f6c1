#include "cli/manifest_option.h"

#include <catch2/catch.hpp>

namespace peercard {
namespace {

TEST_CASE("the manifest: the one given, none when told, else the one found", "[cli]") {
  int looked = 0;
  const auto find = [&] {
    ++looked;
    return std::string("corpus/manifest.csv");
  };
  CHECK(ChosenManifest("mine.csv", false, find, true) == "mine.csv");
  CHECK(ChosenManifest("", true, find, true).empty());
  CHECK(looked == 0);  // given or refused: nothing is looked for
  CHECK(ChosenManifest("", false, find, true) == "corpus/manifest.csv");
  CHECK(looked == 1);
}

}  // namespace
}  // namespace peercard
