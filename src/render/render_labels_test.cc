// Labels, names and dates as cards and the summary print them.
#include <catch2/catch.hpp>

#include "draw/templates.h"
#include "render/render_labels.h"

namespace peercard {
namespace {

Templates Load(Language lang = Language::kZh) {
  auto t = Templates::Load(std::string(PEERCARD_SOURCE_DIR) + "/templates", lang);
  REQUIRE(t.ok());
  return std::move(t).value();
}

TEST_CASE("peer-group labels name the group in words", "[render][labels]") {
  const Templates t = Load();
  CHECK(PeerGroupLabel(t, "prefecture:南京市") == "南京市所辖区县");
  CHECK(PeerGroupLabel(t, "prefecture:unknown") == "不属于地级市的地区");
  CHECK(PeerGroupLabel(t, "province:甘肃省") == "甘肃省同省地区");
  CHECK(PeerGroupLabel(t, "level:prefecture") == "同级地区（地市级）");
  CHECK(PeerGroupLabel(t, "level:moon_base") == "同级地区（moon_base）");  // a level the strings lack
  CHECK(PeerGroupLabel(t, "province_level:甘肃省/county") == "甘肃省县级地区");
  CHECK(PeerGroupLabel(t, "province_level:甘肃省/prefecture") == "甘肃省地市级地区");
  CHECK(PeerGroupLabel(t, "province_level:unknown/unknown") == "同级地区");
  const Templates en = Load(Language::kEn);
  CHECK(PeerGroupLabel(en, "level:county") == "places of the same level (counties)");
  CHECK(PeerGroupLabel(en, "province_level:甘肃省/county") == "county-level places in 甘肃省");
}

TEST_CASE("dates print the Chinese way, and in English as ISO dates", "[render][labels]") {
  // 1733184000 = 2024-12-03 00:00:00 UTC.
  CHECK(LongDate(Load(), 1733184000) == "2024年12月3日");
  CHECK(LongDate(Load(Language::kEn), 1733184000) == "2024-12-03");
  CHECK(YearsLabel(Load(), 2022, 2024) == "2022–2024年");
  CHECK(YearsLabel(Load(), 2024, 2024) == "2024年");
  CHECK(YearsLabel(Load(), 0, 0).empty());
}

TEST_CASE("the interval rule prints its bounds without grouping commas", "[render][labels]") {
  const std::string text = IntervalRuleText(Load(), IntervalRule{});
  CHECK(text.find("[1000, 1100)") != std::string::npos);  // "[1000, 1,100)" read as three numbers
  CHECK(text.find("[475, 525]") != std::string::npos);
  CHECK(text.find("(45, 50)") != std::string::npos);  // 不足50 is under 50
}

TEST_CASE("names follow the edition: Chinese, Chinese with English headings, English", "[render][labels]") {
  IndicatorSpec spec;
  spec.label_zh = "解决问题件数";
  spec.label_en = "Problems resolved";
  spec.unit_zh = "件";
  spec.unit_en = "problems";
  const Templates zh = Load(), both = Load(Language::kZhEn), en = Load(Language::kEn);
  CHECK(PlaceName(zh, "酒泉市", "Jiuquan") == "酒泉市");
  CHECK(PlaceTitle(zh, "酒泉市", "Jiuquan") == "酒泉市");
  CHECK(PlaceName(both, "酒泉市", "Jiuquan") == "酒泉市");
  CHECK(PlaceTitle(both, "酒泉市", "Jiuquan") == "酒泉市 Jiuquan");
  CHECK(PlaceName(en, "酒泉市", "Jiuquan") == "Jiuquan");
  CHECK(PlaceName(en, "长寿苑社区", "") == "长寿苑社区");  // no English name: the Chinese
  CHECK(IndicatorName(zh, spec) == "解决问题件数");
  CHECK(IndicatorTitle(both, spec) == "解决问题件数 Problems resolved");
  CHECK(IndicatorName(en, spec) == "Problems resolved");
  CHECK(UnitName(zh, spec) == "件");
  CHECK(UnitName(en, spec) == "problems");
  CHECK(WithUnit(zh, "1,100", "件") == "1,100件");
  CHECK(WithUnit(en, "1,100", "problems") == "1,100 problems");
}

}  // namespace
}  // namespace peercard
