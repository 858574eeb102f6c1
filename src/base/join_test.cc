#include "base/join.h"

#include <catch2/catch.hpp>
#include <set>
#include <vector>

namespace peercard {
namespace {

TEST_CASE("joining puts the separator between items only", "[base]") {
  CHECK(Join(std::vector<std::string>{"白银", "定西", "金昌"}, "、") == "白银、定西、金昌");
  CHECK(Join(std::vector<std::string>{}, ", ").empty());
  CHECK(Join(std::vector<std::string>{"only"}, ", ") == "only");
  CHECK(Join(std::set<int>{2024, 2022, 2023}, ", ", [](int y) { return std::to_string(y); }) == "2022, 2023, 2024");
  std::string out;
  AppendJoined(&out, "; ", "a.txt");
  AppendJoined(&out, "; ", "b.txt");
  CHECK(out == "a.txt; b.txt");
}

}  // namespace
}  // namespace peercard
