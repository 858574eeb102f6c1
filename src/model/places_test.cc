// The places table loader: figures are plain numbers within reason.
#include <catch2/catch.hpp>

#include "cli_test_util.h"
#include "model/places.h"

namespace peercard {
namespace {

std::string LoadError(const std::string& csv) {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/places.csv", csv);
  const auto r = LoadPlacesCsv(tmp.path() + "/places.csv");
  return r.ok() ? "" : r.status().message();
}

TEST_CASE("population and townships: inf, 1e308, 0x10 and negatives are refused, naming the line", "[places]") {
  const std::string head = "code,name_zh,population_2020,townships\n";
  CHECK(LoadError(head + "gs-a,甲市,120000,12\n").empty());
  for (const char* bad : {"inf,12", "1e308,12", "-5,12", "120000,0x10", "120000,nan"}) {
    const std::string e = LoadError(head + "gs-a,甲市," + bad + "\n");
    INFO(bad);
    CHECK(e.find("places.csv:2: ") != std::string::npos);
  }
}

TEST_CASE("division codes are six digits — a user's row replaces the table's by code, division code or name", "[places]") {
  CHECK(LoadError("code,name_zh,division_code\ngs-a,甲市,62010\n").find("six digits") != std::string::npos);
  std::vector<Place> table(2);
  table[0].code = "cq-rongchang";
  table[0].name_zh = "荣昌区";
  table[0].province = "重庆市";
  table[0].division_code = "500153";
  table[0].parent_code = "500000";
  table[0].population_2020 = 669000;
  table[1].code = "gs-lanzhou";
  table[1].name_zh = "兰州市";
  table[1].province = "甘肃省";
  Place mine;
  mine.code = "cq-rc";
  mine.name_zh = "荣昌区";
  mine.province = "重庆";
  MergePlaces(&table, {mine});
  REQUIRE(table.size() == 2);
  CHECK(table[0].code == "cq-rc");
  CHECK(table[0].division_code == "500153");
  CHECK(table[0].population_2020 == 669000);
  Place other;
  other.code = "gs-new";
  other.name_zh = "新区";
  MergePlaces(&table, {other});
  CHECK(table.size() == 3);
}

}  // namespace
}  // namespace peercard
