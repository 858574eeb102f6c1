#include "render/card_model.h"
#include "render/card_parts.h"

#include <catch2/catch.hpp>

namespace peercard {
namespace {

// One place's rows with the given percentiles (NaN = no percentile), one
// indicator each: "i1", "i2", … in the peer group "all".
RenderInput PlaceWithPercentiles(const std::vector<double>& percentiles) {
  RenderInput in;
  for (size_t k = 0; k < percentiles.size(); ++k) {
    ComparisonRow r;
    r.city = "gs-baiyin";
    r.name_zh = "白银市";
    r.indicator = "i" + std::to_string(k + 1);
    r.peer_group = "all";
    r.year_used = 2024;
    r.value = r.basis_value = 10.0 * static_cast<double>(k + 1);
    r.percentile = percentiles[k];
    in.rows.push_back(r);
  }
  return in;
}

std::string IdOf(const PlaceView& v, int i) { return i < 0 ? "none" : v.indicators[i].row->indicator; }

TEST_CASE("strengths and weaknesses are judged against the peers, not among the place's own indicators",
          "[render][card_model]") {
  // 2nd of 13 on its best indicator (P88) and P35 on its worst: a strength,
  // no weakness (P35 is not in the bottom quarter).
  RenderInput in = PlaceWithPercentiles({88, 62, 35});
  PlaceView v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "i1");
  CHECK(IdOf(v, v.weakest) == "none");

  // Only middling percentiles: neither.
  in = PlaceWithPercentiles({70, 50, 26});
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "none");
  CHECK(IdOf(v, v.weakest) == "none");

  // One indicator at P4 is a weakness and never also the strength.
  in = PlaceWithPercentiles({4});
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "none");
  CHECK(IdOf(v, v.weakest) == "i1");

  // The quarter bounds count; of several, the extreme one; NaN is skipped.
  in = PlaceWithPercentiles({75, 96, std::nan(""), 25, 12});
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "i2");
  CHECK(IdOf(v, v.weakest) == "i5");
  in = PlaceWithPercentiles({75, 25});
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(IdOf(v, v.strongest) == "i1");
  CHECK(IdOf(v, v.weakest) == "i2");
}

TEST_CASE("the evidence is cut around its number, printed in ASCII or full-width digits", "[render][card_model]") {
  const std::string ascii = "全年推动解决群众急难愁盼问题1320余件。";
  CHECK(NumberOffset(ascii, 1320) == ascii.find("1320"));
  const std::string full = "聚焦民生，推动解决群众急难愁盼问题１３２０余件，办结率高。";
  CHECK(NumberOffset(full, 1320) == full.find("１３２０"));
  const std::string grouped = "开展协商活动１，１００余场次。";
  CHECK(NumberOffset(grouped, 1100) == grouped.find("１，１００"));
  const std::string zh = "各平台全年开展协商议事活动，推动一千一百余件群众急难愁盼问题得到解决。";
  CHECK(NumberOffset(zh, 1100) == zh.find("一千一百"));
  const std::string eight = "推动解决群众关心的实际问题八百五十余个。";
  CHECK(NumberOffset(eight, 850) == eight.find("八百五十"));
  const std::string tens = "将全县一百五十五名委员安排到六十三个村，开展院坝协商十二次。";
  CHECK(NumberOffset(tens, 155) == tens.find("一百五十五"));
  CHECK(NumberOffset(tens, 12) == tens.find("十二次"));
  const std::string wan = "全年共收集社情民意一万零五百条、两千三百件。";
  CHECK(NumberOffset(wan, 10500) == wan.find("一万零五百"));
  CHECK(NumberOffset(wan, 2300) == wan.find("两千三百"));
  // Found whole, never inside a longer number: 100 is not the 100 of 1100.
  const std::string inside = "开展活动1100余场，其中100场在社区。";
  CHECK(NumberSpan(inside, 100).offset == inside.find("100场"));
  CHECK(NumberSpan(inside, 100).length == 3);
  CHECK(NumberSpan("推动解决问题一百二十件", 100).offset == std::string::npos);
  CHECK(NumberSpan("无此数", 100).offset == std::string::npos);
  CHECK(NumberOffset("开展协商活动若干场。", 150) == 0);  // not printed: the start
  CHECK(NumberOffset("共12场，其中112场为基层协商。", 112) == std::string("共12场，其中").size());
}

TEST_CASE("the evidence is the observation the value's key names, never another value's", "[render][card_model]") {
  // One report states 320 twice (the summary on line 3, the body on line 9);
  // the comparison kept line 9. Another report has a 2023 value only.
  RenderInput in = PlaceWithPercentiles({50});
  ComparisonRow& r = in.rows[0];
  r.period = Period{2024, 2024};
  r.value = 320;
  r.doc = "a.txt";
  r.line = 9;
  r.offset = 410;
  auto observe = [&](const std::string& doc, int line, long offset, int year, const std::string& sentence) {
    Observation o;
    o.city = "gs-baiyin";
    o.indicator = "i1";
    o.period = Period{year, year};
    o.value = 320;
    o.doc = doc;
    o.line = line;
    o.offset = offset;
    o.evidence = sentence;
    in.observations.push_back(o);
  };
  observe("b.txt", 4, 120, 2023, "2023年开展协商活动320场。");
  observe("a.txt", 3, 95, 2024, "全年协商320场。");
  observe("a.txt", 9, 410, 2024, "各镇街协商平台开展协商活动320场次。");
  PlaceView v = BuildPlaceView(in, "gs-baiyin");
  REQUIRE(v.indicators[0].evidence != nullptr);
  CHECK(v.indicators[0].evidence->line == 9);
  CHECK(v.indicators[0].evidence->evidence == "各镇街协商平台开展协商活动320场次。");

  // A comparison.csv written before the key (line 0): the first of that
  // period and document.
  in.rows[0].line = 0;
  v = BuildPlaceView(in, "gs-baiyin");
  REQUIRE(v.indicators[0].evidence != nullptr);
  CHECK(v.indicators[0].evidence->line == 3);

  // A key no observation has (observations.csv from another run): no
  // evidence, not the first value found.
  in.rows[0].doc = "c.txt";
  in.rows[0].line = 2;
  v = BuildPlaceView(in, "gs-baiyin");
  CHECK(v.indicators[0].evidence == nullptr);
}

}  // namespace
}  // namespace peercard
