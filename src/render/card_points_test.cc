// The card's 要点: every number they print is one of comparison.csv's, and
// the sentences say what the numbers allow (qualified values, changes, too
// few peers).
#include "render/card_points.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <algorithm>
#include <set>

#include "render_fixture.h"
#include "render_test_util.h"
#include "tables/comparison.h"

namespace peercard {
namespace {

using testing::RenderKit;

// `in` with its rows written to comparison.csv and read back: the sentences
// are checked against the file render reads.
RenderInput ThroughCsv(RenderInput in) {
  TempDir dir;
  const std::string path = dir.path() + "/comparison.csv";
  WriteBytes(path, FormatComparisonCsv(in.rows));
  auto rows = ReadComparisonCsv(path);
  REQUIRE(rows.ok());
  in.rows = std::move(rows).value();
  return in;
}

// The CSV's numbers for one place: every field a sentence may print.
std::vector<double> CsvNumbers(const RenderInput& in, const std::string& city) {
  std::vector<double> out;
  std::map<std::string, std::set<std::string>> composites;  // peer group → places with a composite
  for (const ComparisonRow& r : in.rows) {
    if (std::isfinite(r.composite)) composites[r.peer_group].insert(r.city);
  }
  for (const ComparisonRow& r : in.rows) {
    if (r.city != city) continue;
    for (double v : {double(r.year_used), double(r.period.first_year), double(r.period.last_year), r.value,
                     r.basis_value, double(r.rank), double(r.peer.n), double(r.composite_k),
                     double(r.composite_rank), double(r.rank_p05), double(r.rank_p95), r.ratio_to_median,
                     r.ratio_to_median / 100,  // "为同组中位数的7.9倍"
                     std::fabs(r.change_pct), double(r.prev_year), double(composites[r.peer_group].size())}) {
      if (std::isfinite(v)) out.push_back(v);
    }
  }
  return out;
}

// Each number as printed ("1,236", "11.7", "10.7") and whether a CSV value
// rounds to it at the precision printed.
void CheckNumbersComeFromCsv(const std::string& sentence, const std::vector<double>& csv) {
  // Each run of digits with its grouping commas and decimals (no <regex>:
  // GCC 12 warns inside it under the sanitizers).
  const auto digit = [&](size_t k) { return k < sentence.size() && sentence[k] >= '0' && sentence[k] <= '9'; };
  for (size_t i = 0; i < sentence.size();) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (digit(j) || (sentence[j] == ',' && digit(j + 1))) ++j;
    if (j < sentence.size() && sentence[j] == '.' && digit(j + 1)) {
      ++j;
      while (digit(j)) ++j;
    }
    const std::string printed_text = sentence.substr(i, j - i);
    std::string digits = printed_text;
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    const double printed = std::stod(digits);
    const size_t dot = digits.find('.');
    const int decimals = dot == std::string::npos ? 0 : static_cast<int>(digits.size() - dot - 1);
    const double half_unit = 0.5 * std::pow(10.0, -decimals) + 1e-9;
    bool found = false;
    for (double v : csv) found = found || std::fabs(v - printed) <= half_unit;
    INFO(sentence << ": " << printed_text);
    CHECK(found);
    i = j;
  }
}

TEST_CASE("every number in the key points is one of comparison.csv's", "[render][points]") {
  const RenderKit kit = RenderKit::Load();
  for (const RenderInput& raw : {testing::GansuFixture(), testing::ManyPlacesFixture(40, 6)}) {
    const RenderInput in = ThroughCsv(raw);
    size_t sentences = 0;
    for (const std::string& city : PlaceCodes(in)) {
      const PlaceView v = BuildPlaceView(in, city);
      const std::vector<std::string> points = KeyPoints(v, kit.templates, *kit.numbers);
      CHECK(points.size() >= 1);
      CHECK(points.size() <= 4);
      for (std::string p : points) {
        // Names are not numbers: the fixture's places are called 第40区.
        for (size_t at; (at = p.find(v.name_zh)) != std::string::npos;) p.erase(at, v.name_zh.size());
        // Beside the CSV's fields, the rank range its intervals allow
        // (ComputeRankRange over the CSV's value_low/value_high, pinned in
        // card_model_test).
        std::vector<double> allowed = CsvNumbers(in, city);
        for (const IndicatorView& iv : v.indicators) {
          allowed.push_back(iv.rank.best);
          allowed.push_back(iv.rank.worst);
        }
        CheckNumbersComeFromCsv(p, allowed);
      }
      sentences += points.size();
    }
    CHECK(sentences > PlaceCodes(in).size());  // more than a lead each
  }
}

TEST_CASE("the lead says the value, its rate, its rank and its change", "[render][points]") {
  const RenderKit kit = RenderKit::Load();
  RenderInput in = testing::GansuFixture();
  // Zhangye's 2023 value against 2022's, as compare fills the trend columns.
  for (ComparisonRow& r : in.rows) {
    if (r.city == "gs-zhangye" && r.indicator == "consultations") {
      r.trend_comparable = true;
      r.prev_year = 2022;
      r.prev_value = r.value / 1.107;
      r.change_pct = 10.7;
    }
    if (r.city == "gs-wuwei" && r.indicator == "consultations") {  // ≥1000: no measured change
      r.trend_comparable = true;
      r.prev_year = 2021;
      r.prev_value = 900;
      r.change_pct = 11.1;
    }
  }
  const PlaceView zhangye = BuildPlaceView(in, "gs-zhangye");
  const IndicatorView& iv = zhangye.indicators.front();
  REQUIRE(iv.spec.id == "consultations");
  const std::vector<std::string> z = KeyPoints(zhangye, kit.templates, *kit.numbers);
  REQUIRE(!z.empty());
  const std::string expected_lead = "2023年张掖市开展协商活动" + kit.numbers->Auto(iv.row->value) + "场次，每万人" +
                                    kit.numbers->Auto(iv.row->basis_value) + "场次，在" +
                                    std::to_string(iv.row->peer.n) + "个同组地区中居第" +
                                    std::to_string(iv.row->rank) + "位，比上年增长10.7%。";
  CHECK(z.front() == expected_lead);

  const PlaceView wuwei = BuildPlaceView(in, "gs-wuwei");
  const std::vector<std::string> w = KeyPoints(wuwei, kit.templates, *kit.numbers);
  REQUIRE(!w.empty());
  CHECK(w.front().rfind("2023年武威市开展协商活动1,000余场次，每万人6.8余场次，", 0) == 0);
  CHECK(w.front().find("增长") == std::string::npos);  // a qualified value has no measured change
}

TEST_CASE("a change older than last year names its year; a fall is a fall", "[render][points]") {
  const RenderKit kit = RenderKit::Load();
  ComparisonRow r;
  r.period = Period::Year(2024);
  r.value = 90;
  r.trend_comparable = true;
  r.prev_year = 2022;
  r.change_pct = -3.25;
  CHECK(ChangeText(kit.templates, *kit.numbers, r, "points") == "，比2022年下降3.3%");  // to one decimal
  CHECK(ChangeText(kit.templates, *kit.numbers, r, "tile") == "比2022年 ▼3.3%");
  r.prev_year = 2023;
  r.change_pct = 0.04;
  CHECK(ChangeText(kit.templates, *kit.numbers, r, "points") == "，与上年持平");
  r.trend_comparable = false;  // spans differ
  CHECK(ChangeText(kit.templates, *kit.numbers, r, "tile").empty());
}

TEST_CASE("against the median: a percentage, and from twice the median times", "[render][points]") {
  const RenderKit kit = RenderKit::Load();
  CHECK(VsMedianText(kit.templates, *kit.numbers, 165.2, "points") == "为同组中位数的165%");
  CHECK(VsMedianText(kit.templates, *kit.numbers, 794, "points") == "为同组中位数的7.9倍");
  CHECK(VsMedianText(kit.templates, *kit.numbers, 200, "tile") == "为同组中位数的 2.0 倍");
}

TEST_CASE("with fewer than three peers nothing is ranked, in words", "[render][points]") {
  const RenderKit kit = RenderKit::Load();
  const std::vector<testing::FixturePlace> places = {{"nx-lingwu", "灵武市", "Lingwu", 294156},
                                                     {"nx-wuzhong", "吴忠市", "Wuzhong", 1382713}};
  const std::vector<testing::FixtureValue> v = {
      {"nx-lingwu", "consultations", 135, Qualifier::kApprox, Period::Year(2023), false, "开展协商活动约135场。"},
      {"nx-wuzhong", "consultations", 300, Qualifier::kExact, Period::Year(2023), false, "开展协商活动300场。"}};
  const RenderInput in = testing::BuildFixture(places, v);
  const std::vector<std::string> p = KeyPoints(BuildPlaceView(in, "nx-lingwu"), kit.templates, *kit.numbers);
  REQUIRE(p.size() == 3);
  CHECK(p[0] == "2023年灵武市开展协商活动约135场次，每万人约4.6场次。");
  CHECK(p[1] == "同组有数据的地区不足 3 个，不作排名比较。");
  CHECK(p[2] == "报告未披露解决问题件数、委员下沉人数。");
}

}  // namespace
}  // namespace peercard
