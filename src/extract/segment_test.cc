// Attributing passages to reporting places, and finding their periods, on
// documents written in the layouts real reports come in.
#include <catch2/catch.hpp>

#include "model/catalogue.h"
#include "extract/segment.h"

namespace peercard {
namespace {

const Gazetteer& Places() {
  static const Gazetteer g = [] {
    auto loaded = LoadCatalogue(std::string(PEERCARD_SOURCE_DIR) + "/metrics", "");
    REQUIRE(loaded.ok());
    return Gazetteer(loaded->places);
  }();
  return g;
}

std::vector<Section> Segment(const std::string& text, const DocumentHints& hints = {}) {
  auto doc = IngestBytes(text, "t.txt");
  REQUIRE(doc.ok());
  std::string note;
  auto sections = SegmentDocument(*doc, Places(), hints, &note);
  REQUIRE(sections.ok());
  return *sections;
}

std::string SectionText(const std::string& text, const Section& s) {
  auto doc = IngestBytes(text, "t.txt");
  std::string out;
  for (const auto& [b, e] : s.ranges) out += doc->text.substr(b, e - b) + "|";
  return out;
}

TEST_CASE("speaker lines split a file of speeches; a town mentioned is not a place", "[segment]") {
  const std::string text =
      "全省市县政协工作座谈会发言摘登\n"
      "夯实基础 提升质效\n张某\n（张掖市政协党组书记、主席）\n"
      "张掖市政协组织委员深入甘州区各乡镇开展协商议事活动。\n"
      "聚焦短板 持续发力\n李某\n（平凉市政协党组书记、主席）\n"
      "平凉市政协会同张掖市政协开展联动协商。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gs-zhangye");
  CHECK(sections[0].reason.rfind("speaker line at line 4", 0) == 0);
  CHECK(sections[1].code == "gs-pingliang");
  // The neighbour's committee named mid-sentence stays in Pingliang's passage.
  CHECK(SectionText(text, sections[1]).find("会同张掖市政协") != std::string::npos);
  CHECK(SectionText(text, sections[0]).find("夯实基础") != std::string::npos);
}

TEST_CASE("titles moved to the end of the file: the opening goes to the place it names", "[segment]") {
  const std::string text =
      "今年是人民政协成立75周年。自1985年政协张掖市委员会成立以来，张掖市政协始终在市委领导下履职。\n"
      "一是协商有力。张掖各地开展协商议事活动300余场。\n"
      "回望来路，初心如磐。平凉市政协坚持党的全面领导，全市开展协商活动210场。\n"
      "——政协张掖市委员会工作综述\n"
      "——政协平凉市委员会工作综述\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gs-pingliang");  // the first anchor: a sentence's subject
  CHECK(sections[1].code == "gs-zhangye");
  CHECK(SectionText(text, sections[1]).find("300余场") != std::string::npos);
  CHECK(SectionText(text, sections[0]).find("210场") != std::string::npos);
  CHECK(SectionText(text, sections[0]).find("300余场") == std::string::npos);
  // 今年是人民政协成立75周年 dates the report.
  CHECK(sections[0].period.period.ToString() == "2024");
  CHECK(sections[1].period.period.ToString() == "2024");
}

TEST_CASE("a committee in no table is reported with a code from its name", "[segment]") {
  const auto sections = Segment("（荣昌区政协党组书记、主席）\n荣昌区政协开展协商活动45场。\n");
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].unlisted);
  CHECK(sections[0].name_zh == "荣昌区");
  CHECK(sections[0].code == "x-rongchangqu");
}

TEST_CASE("generic words before 政协 are not places", "[segment]") {
  const auto sections = Segment("市县政协工作座谈会发言摘登\n（酒泉市政协主席）\n全市开展协商活动10场。\n");
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "gs-jiuquan");
}

TEST_CASE("the manifest's city wins", "[segment]") {
  DocumentHints hints;
  hints.city = "酒泉市";
  hints.year = 2022;
  hints.years = 1;
  const auto sections = Segment("——张掖市政协2023年工作综述\n开展协商活动10场。\n", hints);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "gs-jiuquan");
  CHECK(sections[0].period.period.ToString() == "2022");
  CHECK(sections[0].period.reason == "manifest.csv");
}

TEST_CASE("headings of compilations: markers, enumerators, labels, parents, notes", "[segment]") {
  const auto sections = Segment(
      "基层协商工作动态（摘编）\n"
      "◎酒泉市（2022年12月）\n酒泉市各级政协把“微型协商会”开到街边议事亭和村头巷尾，围绕停车、加装电梯等小事开展协商。\n"
      "二、甘肃省张掖市：委员下沉（2023年）\n张掖市政协组织三级委员编组下沉到乡镇（街道）联络组，每名委员联系一个村（社区）。\n"
      "【案例三】武威市：院坝协商\n武威市的委员把协商桌摆进农家院坝，村民、部门负责人和委员围坐一圈商量修路的事。\n"
      "【金昌市（2021年）】\n金昌市政协在全市乡镇（街道）设立委员工作联络站，推动委员常态化联系界别群众。\n");
  REQUIRE(sections.size() == 4);
  CHECK(sections[0].code == "gs-jiuquan");
  CHECK(sections[1].code == "gs-zhangye");
  CHECK(sections[1].period.period.ToString() == "2023");
  CHECK(sections[2].code == "gs-wuwei");
  CHECK(sections[3].code == "gs-jinchang");
  CHECK(sections[3].period.period.ToString() == "2021");
}

TEST_CASE("a committee named with its parent and its term", "[segment]") {
  const auto sections = Segment(
      "政协甘肃省酒泉市第五届委员会常务委员会工作报告\n各位委员：\n过去一年，常委会开展协商活动。\n");
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "gs-jiuquan");
}

TEST_CASE("short and committee names are derived", "[segment][gazetteer]") {
  CHECK(ShortPlaceName("武威市") == "武威");
  CHECK(ShortPlaceName("临夏回族自治州") == "临夏");
  CHECK(ShortPlaceName("和县") == "和县");
  CHECK(ShortPlaceName("恩施土家族苗族自治州") == "恩施");
  CHECK(ShortPlaceName("阿坝藏族羌族自治州") == "阿坝");
  CHECK(ShortPlaceName("伊犁哈萨克自治州") == "伊犁");
  CHECK(ShortPlaceName("通道侗族自治县") == "通道");
  CHECK(ShortPlaceName("广西壮族自治区") == "广西");
  CHECK(ShortPlaceName("荣昌区") == "荣昌");
  const int i = Places().FindByName("政协酒泉市委员会");
  REQUIRE(i >= 0);
  CHECK(Places().places()[i].code == "gs-jiuquan");
  CHECK(Places().FindByName("酒泉政协") == i);
  CHECK(Places().FindByName("酒泉") == i);
}

}  // namespace
}  // namespace peercard
