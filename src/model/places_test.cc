// The places table loader: figures are plain numbers within reason.
#include <catch2/catch.hpp>

#include <map>
#include <set>

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

TEST_CASE("invisible characters in names (a BOM Excel left inside a cell, a zero-width space) are dropped", "[places]") {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/places.csv",
             "code,name_zh,aliases,province\n"
             "gs-wuwei,武\xEF\xBB\xBF威市,凉\xE2\x80\x8B州,甘肃省\xE2\x80\x8D\n");
  const auto r = LoadPlacesCsv(tmp.path() + "/places.csv");
  REQUIRE(r.ok());
  REQUIRE(r->size() == 1);
  CHECK((*r)[0].name_zh == "武威市");
  CHECK((*r)[0].aliases == std::vector<std::string>{"凉州"});
  CHECK((*r)[0].province == "甘肃省");
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

TEST_CASE("a user's row with no province replaces the only table row of its name, never one of namesakes", "[places]") {
  std::vector<Place> table(3);
  table[0].code = "cq-rongchang";
  table[0].name_zh = "荣昌区";
  table[0].population_2020 = 669000;
  table[1].code = "js-nanjing-gulou";
  table[1].name_zh = "鼓楼区";
  table[2].code = "fj-gulou";
  table[2].name_zh = "鼓楼区";
  Place rongchang;
  rongchang.code = "rc";
  rongchang.name_zh = "荣昌区";
  rongchang.townships = 21;
  Place gulou;
  gulou.code = "gl";
  gulou.name_zh = "鼓楼区";
  MergePlaces(&table, {rongchang, gulou});
  REQUIRE(table.size() == 4);
  CHECK(table[0].code == "rc");
  CHECK(table[0].population_2020 == 669000);  // kept from the table
  CHECK(table[0].townships == 21);            // the user's
  CHECK(table[1].code == "js-nanjing-gulou");
  CHECK(table[2].code == "fj-gulou");
  CHECK(table[3].code == "gl");
}

TEST_CASE("the built-in table covers the country: every division once, every parent present", "[places]") {
  const auto table = LoadPlacesCsv(std::string(PEERCARD_SOURCE_DIR) + "/metrics/places.csv");
  REQUIRE(table.ok());
  std::map<std::string, int> levels;
  std::set<std::string> divisions;
  for (const Place& p : *table) {
    ++levels[p.level];
    INFO(p.code);
    CHECK(p.division_code.size() == 6);
    CHECK(divisions.insert(p.division_code).second);
  }
  CHECK(levels["province"] + levels["municipality"] == 31);
  CHECK(levels["municipality"] == 4);
  CHECK(levels["prefecture"] >= 330);
  CHECK(levels["district"] + levels["county"] + levels["county_city"] + levels["banner"] +
            levels["special_district"] + levels["forestry_district"] >= 2800);
  size_t provinces_with_population = 0;
  for (const Place& p : *table) {
    INFO(p.code);
    if (p.parent_code.empty()) {
      CHECK((p.level == "province" || p.level == "municipality"));
      provinces_with_population += p.population_2020 > 0;
    } else {
      CHECK(divisions.count(p.parent_code) == 1);
    }
    if (p.population_2020 > 0) CHECK(!p.population_source.empty());
    if (p.townships > 0) CHECK(!p.townships_source.empty());
  }
  CHECK(provinces_with_population == 31);
}

TEST_CASE("short names drop the administrative suffix and the peoples' names", "[places]") {
  CHECK(ShortPlaceName("武威市") == "武威");
  CHECK(ShortPlaceName("临夏回族自治州") == "临夏");
  CHECK(ShortPlaceName("和县") == "和县");
  CHECK(ShortPlaceName("恩施土家族苗族自治州") == "恩施");
  CHECK(ShortPlaceName("阿坝藏族羌族自治州") == "阿坝");
  CHECK(ShortPlaceName("伊犁哈萨克自治州") == "伊犁");
  CHECK(ShortPlaceName("通道侗族自治县") == "通道");
  CHECK(ShortPlaceName("广西壮族自治区") == "广西");
  CHECK(ShortPlaceName("荣昌区") == "荣昌");
  CHECK(ShortPlaceName("阿克塞哈萨克族自治县") == "阿克塞");
  CHECK(ShortPlaceName("海西蒙古族藏族自治州") == "海西");
  CHECK(ShortPlaceName("城区") == "城区");    // one character would be left
  CHECK(ShortPlaceName("Jiuquan") == "Jiuquan");  // no suffix: as it is
}

}  // namespace
}  // namespace peercard
