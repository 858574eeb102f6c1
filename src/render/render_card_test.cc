#include "render/render_card.h"

#include <catch2/catch.hpp>

#include "pdf/pdf_sink.h"
#include "render_fixture.h"
#include "render_test_util.h"

namespace peercard {
namespace {

using testing::RenderKit;

// Checks every layout promise a card makes, whatever its data.
void CheckGeometry(const Drawing& d) {
  CHECK(d.page_count() >= 1);
  CHECK(d.page_count() <= 2);
  INFO("overlap: " << testing::FirstTextOverlap(d));
  CHECK(testing::FirstTextOverlap(d).empty());
  INFO("outside: " << testing::FirstTextOutside(d, 20));
  CHECK(testing::FirstTextOutside(d, 20).empty());
  INFO(
      "regions: " << testing::FirstRegionOverlap(d, {"tile:", "chart:", "trend:", "composite", "z_profile", "header"}));
  CHECK(testing::FirstRegionOverlap(d, {"tile:", "chart:", "trend:", "composite", "z_profile", "header"}).empty());
  for (const Region& r : d.regions()) {
    INFO(r.name);
    CHECK(Box{20, 20, 555, 802}.Contains(r.box));
    if (r.name.rfind("chart:", 0) == 0 || r.name.rfind("trend:", 0) == 0 || r.name == "z_profile") {
      CHECK_FALSE(testing::TextIn(d, r.page, r.box).empty());  // never an empty chart without a word
    }
  }
}

TEST_CASE("the Wuwei card prints the comparison's numbers, labels and evidence", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  const RenderInput in = testing::GansuFixture();
  const PlaceView view = BuildPlaceView(in, "gs-wuwei");
  const Drawing d = LayoutCard(view, kit.ctx());
  CheckGeometry(d);
  CHECK(d.page_count() == 1);
  TempDir dir;
  const std::string pdf = dir.path() + "/gs-wuwei.pdf";
  REQUIRE(WritePdf(d, kit.faces(), pdf).ok());
  CHECK(testing::QpdfCheck(pdf));
  CHECK(testing::PdfPages(pdf) == 1);
  CHECK(testing::AllPagesA4(pdf));
  CHECK(std::filesystem::file_size(pdf) < 60000);
  const std::string text = testing::PdfText(pdf);
  // By hand: 1000 / (1464955 / 10^4) = 6.83 per 10k (printed to one
  // decimal: 6.8), second of the 12 places with a value after Jiayuguan's
  // 310 / 31.27 = 9.91.
  for (const char* s : {"武威市",
                        "2023年度",
                        "全部地区",
                        "≥1,000",
                        "6.8",
                        "每万人 ≥6.8",  // a rate of 1000余 keeps its qualifier
                        "排名 2/12",
                        "协商活动场次",
                        "解决问题件数",
                        "委员下沉人数",
                        "已复核",
                        "未披露：金昌市、陇南市",
                        "reports/gs-wuwei_2023.txt:",
                        "活动1000余场次",
                        "“1000余”按 [1000, 1100) 计",
                        "中位数",
                        "综合排名",
                        "强项",
                        "弱项",
                        "要点",
                        "2023年武威市开展协商活动1,000余场次",
                        "生成日期 2023年11月14日",
                        "1,464,955"}) {
    INFO(s);
    CHECK(text.find(s) != std::string::npos);
  }
  // The Chinese edition prints no English.
  for (const char* s : {"Wuwei", "Grassroots consultation sessions", "reviewed", "median", "Strength"}) {
    INFO(s);
    CHECK(text.find(s) == std::string::npos);
  }
  CHECK(testing::FirstBlankGlyph(pdf, d, dir.path() + "/page").empty());
}

TEST_CASE("the bilingual edition adds English after the labels and the English one prints English throughout", "[render]") {
  RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  const RenderInput in = testing::GansuFixture();
  const PlaceView view = BuildPlaceView(in, "gs-wuwei");
  const auto text_of = [&](Language lang) {
    auto t = Templates::Load(testing::TemplatesDir(), lang);
    REQUIRE(t.ok());
    const RenderContext ctx{*t, *kit.numbers, *kit.font, 1700000000};
    const Drawing d = LayoutCard(view, ctx);
    CheckGeometry(d);
    std::string all;
    for (const PlacedText& p : d.texts()) all += p.text + "\n";
    return all;
  };
  const std::string both = text_of(Language::kZhEn);
  for (const char* s : {"武威市 Wuwei", "全部地区 · all places", "Grassroots consultation sessions",
                        "要点 · Key points", "2023年武威市开展协商活动1,000余场次"}) {
    INFO(s);
    CHECK(both.find(s) != std::string::npos);
  }
  const std::string en = text_of(Language::kEn);
  for (const char* s : {"Wuwei", "all places", "Grassroots consultation sessions", "Key points",
                        "In 2023, Wuwei held over 1,000 sessions", "generated 2023-11-14"}) {
    INFO(s);
    CHECK(en.find(s) != std::string::npos);
  }
  for (const char* s : {"要点", "全部地区", "协商活动场次"}) {
    INFO(s);
    CHECK(en.find(s) == std::string::npos);
  }
}

TEST_CASE("indicators read from one sentence share a row of the evidence table", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  using testing::FixtureValue;
  const std::string both = "全年开展协商议事活动1000场次，推动解决群众急难愁盼问题120件。";
  // Same document and line (the fixture's line is 12 + value % 40): one sentence.
  const RenderInput in = testing::BuildFixture(
      {{"gs-wuwei", "武威市", "Wuwei", 1464955}, {"gs-zhangye", "张掖市", "Zhangye", 1131016},
       {"gs-jinchang", "金昌市", "Jinchang", 438026}},
      {FixtureValue{"gs-wuwei", "consultations", 1000, Qualifier::kExact, Period::Year(2023), false, both},
       FixtureValue{"gs-wuwei", "resolved", 120, Qualifier::kExact, Period::Year(2023), false, both},
       FixtureValue{"gs-wuwei", "deployed", 300, Qualifier::kExact, Period::Year(2023), false, "全市300名委员下沉。"},
       FixtureValue{"gs-zhangye", "consultations", 500, Qualifier::kExact, Period::Year(2023), false, "s"},
       FixtureValue{"gs-jinchang", "consultations", 200, Qualifier::kExact, Period::Year(2023), false, "s"}});
  const Drawing d = LayoutCard(BuildPlaceView(in, "gs-wuwei"), kit.ctx());
  CheckGeometry(d);
  int sentence_rows = 0, deployed_rows = 0;
  double consultations_y = -1, resolved_y = -1;
  bool in_evidence = false;
  std::vector<std::string> bold_figures;
  for (const PlacedText& t : d.texts()) {
    if (t.text.rfind("证据", 0) == 0) in_evidence = true;
    if (!in_evidence) continue;
    if (t.text.rfind("全年开展协商议事活动", 0) == 0) ++sentence_rows;
    if (t.text.find("名委员下沉") != std::string::npos) ++deployed_rows;
    // The figures in the sentences are runs of their own, in bold.
    if (t.style.weight == FontWeight::kBold && (t.text == "1000" || t.text == "120" || t.text == "300")) {
      bold_figures.push_back(t.text);
    }
    if (t.text == "协商活动场次") consultations_y = t.box.y;
    if (t.text == "解决问题件数") resolved_y = t.box.y;
  }
  CHECK(sentence_rows == 1);  // printed once, for both
  CHECK(deployed_rows == 1);
  REQUIRE(consultations_y > 0);
  REQUIRE(resolved_y > 0);
  CHECK(resolved_y > consultations_y);  // the second label on the next line of the same row
  CHECK(resolved_y - consultations_y < 12);
  CHECK(bold_figures == std::vector<std::string>{"1000", "120", "300"});
}

TEST_CASE("cards of 100 and 300 places keep every text inside the page's frame, none overlapping", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  for (const int n : {100, 300}) {
    const RenderInput in = testing::ManyPlacesFixture(n, 7);
    const RenderIndex index(in);
    const std::vector<std::string> codes = PlaceCodes(in);
    for (size_t i = 0; i < codes.size(); i += codes.size() / 20) {  // 20 places spread over the ranks
      INFO(n << " places, " << codes[i]);
      const Drawing d = LayoutCard(BuildPlaceView(in, index, codes[i]), kit.ctx());
      CHECK(d.page_count() <= 2);
      CHECK(testing::FirstTextOutside(d, 20).empty());
      CHECK(testing::FirstTextOverlap(d).empty());
    }
  }
}

TEST_CASE("the tile shows the rank range a qualified value allows", "[render]") {
  // Three peers within reach of Wuwei's ≥1000: rank 2, but 2..3 when the
  // interval of 1000余 [1000, 1100) and the others' are considered.
  const std::vector<PeerValue> peers = {
      {"a", "甲", "", 9.0, 9.0, 9.0}, {"w", "武威", "", 6.8, 6.8, 7.5}, {"b", "乙", "", 7.0, 7.0, 7.0}, {"c", "丙", "", 5.0, 4.9, 5.2}};
  RankRange r = ComputeRankRange(peers, "w", true);
  CHECK(r.rank == 3);
  CHECK(r.best == 2);
  CHECK(r.worst == 3);
  CHECK(r.n == 4);
  r = ComputeRankRange(peers, "c", true);
  CHECK((r.rank == 4 && r.best == 4 && r.worst == 4));
  r = ComputeRankRange(peers, "c", false);  // lower is better
  CHECK((r.rank == 1 && r.best == 1 && r.worst == 1));
  CHECK(ComputeRankRange(peers, "nobody", true).rank == 0);
}

struct EdgeCase {
  const char* name;
  RenderInput in;
  std::string city;
  std::vector<std::string> says;  // what the card must say about it
  std::vector<std::string> never = {};  // what it must not
};

std::vector<EdgeCase> EdgeCases() {
  using testing::FixturePlace;
  using testing::FixtureValue;
  std::vector<EdgeCase> cases;
  {  // a long name in both languages
    const std::vector<FixturePlace> places = {
        {"xj-kizilsu", "克孜勒苏柯尔克孜自治州阿克陶县奥依塔克镇",
         "Kizilsu Kirghiz Autonomous Prefecture, Akto County, Oytagh Town", 622222},
        {"gs-wuwei", "武威市", "Wuwei", 1464955},
        {"gs-baiyin", "白银市", "Baiyin", 1512110},
        {"gs-lanzhou", "兰州市", "Lanzhou", 4359446}};
    std::vector<FixtureValue> v;
    for (const auto& p : places) {
      v.push_back({p.code, "consultations", 400 + p.population / 1e4, Qualifier::kExact, Period::Year(2023), false,
                   "全年开展协商活动" + std::to_string(400 + static_cast<int>(p.population / 1e4)) + "场次。"});
    }
    cases.push_back({"long names", testing::BuildFixture(places, v), "xj-kizilsu", {"克孜勒苏"}});
  }
  // 25 places: 20+ peers (every seventh place, from the second, reports nothing).
  cases.push_back({"25 places", testing::ManyPlacesFixture(25, 7), "p-104", {"第5区", "/21"}});
  {  // a place alone: no peers at all
    const std::vector<FixturePlace> places = {{"nx-lingwu", "灵武市", "Lingwu", 294156}};
    const std::vector<FixtureValue> v = {
        {"nx-lingwu", "consultations", 135, Qualifier::kExact, Period::Year(2023), false, "收到提案135件。"}};
    cases.push_back({"one place", testing::BuildFixture(places, v), "nx-lingwu",
                     {"少于 3", "注意：同组有数据的地区不足 3 个，本卡不作排名比较。", "不作排名比较"},
                     {"排名 1/1", "居第1位"}});
  }
  {  // every value missing
    auto in = testing::GansuFixture();
    for (auto& r : in.rows) {
      if (r.city != "gs-jinchang") continue;
      r.value = r.value_low = r.value_high = r.per_year = r.per_10k = r.basis_value = r.z = r.percentile = NAN;
      r.ratio_to_median = r.composite = NAN;
      r.rank = r.band = r.year_used = r.composite_k = r.composite_rank = 0;
      r.reason = {{ReasonCode::kNotStated, {{"span", "2021-2023"}, {"doc", "2023_jinchang.txt"}}}};
      r.composite_reason = {{ReasonCode::kNoPlaceZ, {}}};
    }
    // The reasons print in Chinese (templates/reasons.toml), not as compare wrote them.
    cases.push_back({"all missing",
                     std::move(in),
                     "gs-jinchang",
                     {"未披露", "报告未述及", "2021-2023 年的报告未提及此项", "本地无 z 分数，不计综合得分"}});
  }
  {  // no population
    std::vector<FixturePlace> places = {{"gs-wuwei", "武威市", "Wuwei", 1464955},
                                        {"xx-new", "新区", "New District", 0},
                                        {"gs-baiyin", "白银市", "Baiyin", 1512110},
                                        {"gs-dingxi", "定西市", "Dingxi", 2524097}};
    std::vector<FixtureValue> v;
    for (const auto& p : places)
      v.push_back({p.code, "consultations", 500, Qualifier::kApprox, Period::Year(2023), false, "约500场次。"});
    cases.push_back({"no population", testing::BuildFixture(places, v), "xx-new", {"缺少 2020 年常住人口", "每万人 —"}});
  }
  return cases;
}

TEST_CASE("awkward data still gives a sensible card", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  for (EdgeCase& c : EdgeCases()) {
    INFO(c.name);
    const PlaceView view = BuildPlaceView(c.in, c.city);
    const Drawing d = LayoutCard(view, kit.ctx());
    CheckGeometry(d);
    std::string all;
    for (const PlacedText& t : d.texts()) all += t.text + "\n";
    for (const std::string& s : c.says) {
      INFO(s);
      CHECK(all.find(s) != std::string::npos);
    }
    for (const std::string& s : c.never) {
      INFO(s);
      CHECK(all.find(s) == std::string::npos);
    }
    CHECK(all.find("\u3010") == std::string::npos);  // no template key is missing
    TempDir dir;
    // PEERCARD_RENDER_TEST_OUT=folder keeps the PDFs, to look at them.
    const char* keep = std::getenv("PEERCARD_RENDER_TEST_OUT");
    const std::string pdf = (keep ? std::string(keep) : dir.path()) + "/" + c.city + ".pdf";
    REQUIRE(WritePdf(d, kit.faces(), pdf).ok());
    CHECK(testing::QpdfCheck(pdf));
    CHECK(testing::AllPagesA4(pdf));
  }
}

}  // namespace
}  // namespace peercard
