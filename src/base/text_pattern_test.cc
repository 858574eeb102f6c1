#include "base/text_pattern.h"

#include <catch2/catch.hpp>

namespace peercard {

TEST_CASE("placeholders are filled, unknown ones kept", "[text_pattern]") {
  CHECK(FillPattern("{a}年{b}/{a}", {{"a", "2023"}, {"b", "x"}}) == "2023年x/2023");
  CHECK(FillPattern("{missing} {", {{"a", "1"}}) == "{missing} {");
  CHECK(FillPattern("", {}) == "");
  CHECK(FillPattern("{n} peer{s}", PatternArgs{{"n", "2"}, {"s", "s"}}) == "2 peers");
}

TEST_CASE("a pattern matches a whole text and captures its {names}", "[text_pattern]") {
  PatternArgs c;
  REQUIRE(MatchPattern("no value in {span} (not stated in {doc})", "no value in 2022-2024 (not stated in a (1).txt)", &c));
  REQUIRE(c.size() == 2);
  CHECK(c[0] == std::make_pair(std::string("span"), std::string("2022-2024")));
  CHECK(c[1] == std::make_pair(std::string("doc"), std::string("a (1).txt")));  // the rest must match too
  c.clear();
  CHECK(MatchPattern("({n} year{s})", "(1 year)", &c));
  CHECK(c[1].second.empty());  // a name may stand for nothing
  c.clear();
  CHECK(MatchPattern("({n} year{s})", "(5 years)", &c));
  CHECK(c[1].second == "s");
  CHECK_FALSE(MatchPattern("no value in {span}", "no values in 2024", &c));
  CHECK_FALSE(MatchPattern("sd 0: no z", "sd 0: no z; more", &c));  // whole text only
  CHECK(MatchPattern("plain", "plain", &c));
  c.clear();
  CHECK(MatchPattern("{a}{b}!", "xy!", &c));  // two names side by side: the first takes the least
  CHECK(c[0].second.empty());
  CHECK(c[1].second == "xy");
}

}  // namespace peercard
