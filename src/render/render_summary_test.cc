#include "render/render_summary.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "pdf/pdf_sink.h"
#include "render_fixture.h"
#include "render_test_util.h"

namespace peercard {
namespace {

using testing::RenderKit;

TEST_CASE("the summary holds cover, league table, heat map, charts, coverage and notes", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  const RenderInput in = testing::GansuFixture();
  const Drawing d = LayoutSummary(in, kit.ctx());
  for (const char* r : {"cover", "league", "heat_map", "chart:consultations", "chart:resolved", "chart:deployed",
                        "coverage", "notes"}) {
    INFO(r);
    CHECK(testing::FindRegion(d, r) != nullptr);
  }
  INFO("overlap: " << testing::FirstTextOverlap(d));
  CHECK(testing::FirstTextOverlap(d).empty());
  INFO("outside: " << testing::FirstTextOutside(d, 20));
  CHECK(testing::FirstTextOutside(d, 20).empty());
  TempDir dir;
  const std::string pdf = dir.path() + "/summary.pdf";
  REQUIRE(WritePdf(d, kit.faces(), pdf).ok());
  CHECK(testing::QpdfCheck(pdf));
  CHECK(testing::AllPagesA4(pdf));
  CHECK(testing::PdfPages(pdf) == d.page_count());
  const std::string text = testing::PdfText(pdf);
  for (const PlaceView& v : {BuildPlaceView(in, "gs-wuwei"), BuildPlaceView(in, "gs-gannan")}) {
    CHECK(text.find(v.name_zh) != std::string::npos);
  }
  for (const char* s : {"同级对比汇总", "2023年度", "综合排名", "百分位等级", "各项指标", "数据覆盖", "方法说明",
                        "嘉峪关市", "≥1,000场次", "已披露", "12/14", "1 P100", "中位数", "2023年11月14日"}) {
    INFO(s);
    CHECK(text.find(s) != std::string::npos);
  }
  const std::string info = testing::PdfInfo(pdf);
  CHECK(info.find("Title:           同级对比汇总 2023") != std::string::npos);
  CHECK(info.find("Subject:         全部地区 2023年同级对比汇总") != std::string::npos);
  CHECK(info.find("CreationDate:    Tue Nov 14 22:13:20 2023 UTC") != std::string::npos);
  // Bookmarks: the sections, every place under the league table, every indicator.
  const std::string outline = RunCommand("qpdf --json --json-key=outlines " + pdf).output;
  for (const char* s : {"封面", "综合排名", "武威市", "甘南藏族自治州", "百分位等级", "协商活动场次", "数据覆盖"}) {
    INFO(s);
    CHECK(outline.find(s) != std::string::npos);
  }
  CHECK(testing::FirstBlankGlyph(pdf, d, dir.path() + "/page").empty());
}

TEST_CASE("the league table follows the composite rank and shows its interval", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  const RenderInput in = testing::GansuFixture();
  const Drawing d = LayoutSummary(in, kit.ctx());
  // The league table comes first after the cover: the first 14 runs that
  // are place names, in order, are its rows.
  std::set<std::string> names;
  for (const ComparisonRow& row : in.rows) names.insert(row.name_zh);
  std::vector<std::string> order;
  for (const PlacedText& t : d.texts()) {
    if (t.page == 0 && names.count(t.text)) order.push_back(t.text);
  }
  REQUIRE(order.size() >= 14);
  for (const ComparisonRow& row : in.rows) {
    if (row.composite_rank > 0) CHECK(order[row.composite_rank - 1] == row.name_zh);
  }
}

TEST_CASE("with several peer groups the league table is grouped and charts draw no common median", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  RenderInput in = testing::GansuFixture();
  for (auto& r : in.rows) r.peer_group = r.city < "gs-l" ? "province:甘肃省" : "province:宁夏回族自治区";
  const Drawing d = LayoutSummary(in, kit.ctx());
  CHECK(testing::FirstTextOverlap(d).empty());
  const std::string league = testing::TextIn(d, 0, Box{0, 0, 595, 842});
  CHECK(league.find("甘肃省同省地区\n") != std::string::npos);
  CHECK(league.find("宁夏回族自治区同省地区\n") != std::string::npos);
  const Region* chart = testing::FindRegion(d, "chart:consultations");
  REQUIRE(chart);
  CHECK(testing::TextIn(d, chart->page, chart->box).find("中位数") == std::string::npos);
}

TEST_CASE("a summary of 25 places runs over pages with headers and no overlaps", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  const Drawing d = LayoutSummary(testing::ManyPlacesFixture(25, 4), kit.ctx());
  CHECK(d.page_count() >= 3);
  CHECK(testing::FirstTextOverlap(d).empty());
  CHECK(testing::FirstTextOutside(d, 20).empty());
  std::string all;
  for (const PlacedText& t : d.texts()) all += t.text + "\n";
  CHECK(all.find("未披露：第2区、第6区") != std::string::npos);  // missing places named under charts
  CHECK(all.find("\u3010") == std::string::npos);
  TempDir dir;
  REQUIRE(WritePdf(d, kit.faces(), dir.path() + "/s.pdf").ok());
  CHECK(testing::QpdfCheck(dir.path() + "/s.pdf"));
}

TEST_CASE("at 100 and 300 places every place is in every chart, charts go on over pages", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  for (const int n : {100, 300}) {
    INFO(n << " places");
    const Drawing d = LayoutSummary(testing::ManyPlacesFixture(n, 4), kit.ctx());
    CHECK(testing::FirstTextOverlap(d).empty());
    CHECK(testing::FirstTextOutside(d, 20).empty());
    // The chart section runs from its title to the next section's.
    const std::vector<PlacedText>& texts = d.texts();
    size_t begin = texts.size(), end = texts.size();
    for (size_t i = 0; i < texts.size(); ++i) {
      if (texts[i].text.rfind("各项指标", 0) == 0 && begin == texts.size()) begin = i;
      if (texts[i].text.rfind("近三年数值", 0) == 0 && begin < i) end = std::min(end, i);
    }
    REQUIRE(begin < end);
    std::map<std::string, int> rows;
    int continued = 0;
    for (size_t i = begin; i < end; ++i) {
      ++rows[texts[i].text];
      continued += texts[i].text.find("（续）") != std::string::npos;
    }
    int missing = 0;
    for (int i = 0; i < n; ++i) {
      const std::string name = "第" + std::to_string(i + 1) + "区";
      const int expected = i % 4 == 1 ? 0 : 3;  // a bar in each of the three charts, or named as 未披露
      if (rows[name] != expected) ++missing;
    }
    CHECK(missing == 0);
    CHECK(continued >= 3);  // each chart is longer than a page
  }
}

TEST_CASE("the years table gives each place's last three years and the method page stands alone", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  using testing::FixtureValue;
  const RenderInput in = testing::BuildFixture(
      {{"gs-wuwei", "武威市", "Wuwei", 1464955}, {"gs-zhangye", "张掖市", "Zhangye", 1131016},
       {"gs-jinchang", "金昌市", "Jinchang", 438026}},
      {FixtureValue{"gs-wuwei", "consultations", 700, Qualifier::kExact, Period::Year(2021), false, "s"},
       FixtureValue{"gs-wuwei", "consultations", 820, Qualifier::kApprox, Period::Year(2022), false, "s"},
       FixtureValue{"gs-wuwei", "consultations", 1000, Qualifier::kAtLeast, Period::Year(2023), false, "s"},
       FixtureValue{"gs-zhangye", "consultations", 2100, Qualifier::kExact, Period::Span(2023, 5), false, "s"},
       FixtureValue{"gs-jinchang", "consultations", 300, Qualifier::kExact, Period::Year(2023), false, "s"}});
  const Drawing d = LayoutSummary(in, kit.ctx());
  CHECK(testing::FirstTextOverlap(d).empty());
  const auto years = std::find_if(d.regions().begin(), d.regions().end(), [](const Region& r) { return r.name == "years"; });
  REQUIRE(years != d.regions().end());
  // Wuwei's row, in year order, each value with its qualifier; Zhangye's
  // five-year total is no single year's value: its row is empty.
  std::vector<std::string> wuwei, zhangye;
  double wuwei_y = -1, zhangye_y = -1;
  for (const PlacedText& t : d.texts()) {
    if (t.page != years->page || t.box.y < years->box.y) continue;
    if (t.text == "武威市" && wuwei_y < 0) wuwei_y = t.box.y;
    if (t.text == "张掖市" && zhangye_y < 0) zhangye_y = t.box.y;
  }
  REQUIRE(wuwei_y > 0);
  REQUIRE(zhangye_y > 0);
  std::vector<std::pair<double, std::string>> row;
  for (const PlacedText& t : d.texts()) {
    if (t.page == years->page && std::abs(t.box.y - wuwei_y) < 0.5 && t.text != "武威市") row.push_back({t.box.x, t.text});
    if (t.page == years->page && std::abs(t.box.y - zhangye_y) < 0.5 && t.text != "张掖市") zhangye.push_back(t.text);
  }
  std::sort(row.begin(), row.end());
  for (const auto& [x, text] : row) wuwei.push_back(text);
  CHECK(wuwei == std::vector<std::string>{"700", "约820", "≥1,000"});
  CHECK(zhangye.empty());
  // The method page: a page of its own, what is counted named.
  const auto notes = std::find_if(d.regions().begin(), d.regions().end(), [](const Region& r) { return r.name == "notes"; });
  REQUIRE(notes != d.regions().end());
  CHECK(notes->box.y < 80);  // at the top of its page
  const std::string method = testing::TextIn(d, notes->page, d.page_box(notes->page));
  for (const char* s : {"方法说明", "本汇总比较 3 个地区 2023 年的 3 项", "协商活动场次（场次）", "委员下沉人数", "标准分与百分位",
                        "缺失与约数"}) {
    INFO(s);
    CHECK(method.find(s) != std::string::npos);
  }
}

TEST_CASE("a summary of one place says why it has no ranks", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  const RenderInput in = testing::BuildFixture(
      {{"nx-lingwu", "灵武市", "Lingwu", 294156}},
      {{"nx-lingwu", "consultations", 135, Qualifier::kExact, Period::Year(2023), false, "开展协商活动135场次。"}});
  const Drawing d = LayoutSummary(in, kit.ctx());
  CHECK(testing::FirstTextOverlap(d).empty());
  std::string all;
  for (const PlacedText& t : d.texts()) all += t.text + "\n";
  CHECK(all.find("少于 3") != std::string::npos);
  CHECK(all.find("同组无可比数值") != std::string::npos);  // the indicators nobody reported
}

}  // namespace
}  // namespace peercard
