#include "compare/compare.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "compare/compare_summary.h"
#include "compare_test_util.h"
#include "compare/rank_interval.h"

namespace peercard {
namespace {

using testing::MakeObservation;

Place MakePlace(std::string code, double population, double townships = 0, std::string province = "",
                std::string level = "") {
  Place p;
  p.code = std::move(code);
  p.name_zh = p.code + "市";
  p.population_2020 = population;
  p.townships = townships;
  p.province = std::move(province);
  p.level = std::move(level);
  return p;
}

Dataset MakeDataset(std::vector<Observation> obs) {
  auto ds = BuildDataset(std::move(obs));
  REQUIRE(ds.ok());
  return std::move(ds).value();
}

const ComparisonRow& Row(const Comparison& c, const std::string& city, const std::string& indicator) {
  for (const ComparisonRow& r : c.rows) {
    if (r.city == city && r.indicator == indicator) return r;
  }
  FAIL("no row " << city << " " << indicator);
  return c.rows.front();
}

// One single-year flow "sessions" compared per 10k among places of 10,000
// residents, so per_10k equals the value: 3 5 5 9 13, one NA, one place
// without population.
Comparison SessionsTable(const CompareOptions& options = {}) {
  std::vector<Place> places;
  std::vector<Observation> obs;
  const std::vector<std::pair<std::string, double>> values = {{"p1", 3}, {"p2", 5}, {"p3", 5}, {"p4", 9}, {"p5", 13}};
  for (const auto& [code, v] : values) {
    places.push_back(MakePlace(code, 10000));
    obs.push_back(MakeObservation(code + ".txt", 1, code, Period::Year(2022), "sessions", v));
  }
  places.push_back(MakePlace("p6", 10000));
  obs.push_back(MakeObservation("p6.txt", 4, "p6", Period::Year(2022), "sessions", std::nullopt));
  places.push_back(MakePlace("p7", 0));
  obs.push_back(MakeObservation("p7.txt", 1, "p7", Period::Year(2022), "sessions", 7));
  const auto c = Compare(MakeDataset(obs), testing::MakeCatalogue({"sessions"}), places, options);
  REQUIRE(c.ok());
  return *c;
}

// The catalogue and places table of metrics/.
struct BuiltIn {
  std::vector<IndicatorSpec> catalogue;
  std::vector<Place> places;
};
BuiltIn LoadBuiltIn() {
  auto catalogue = LoadIndicatorCatalogue(std::string(PEERCARD_SOURCE_DIR) + "/metrics");
  REQUIRE(catalogue.ok());
  auto places = LoadPlacesCsv(std::string(PEERCARD_SOURCE_DIR) + "/metrics/places.csv");
  REQUIRE(places.ok());
  return {std::move(*catalogue), std::move(*places)};
}

}  // namespace

TEST_CASE("the seeds: a five-year flow, a qualified stock, a missing value", "[compare]") {
  const BuiltIn t = LoadBuiltIn();
  const Dataset ds = MakeDataset({
      MakeObservation("wuwei.txt", 12, "gs-wuwei", Period{2017, 2021}, "consultations", 2289),
      MakeObservation("tianshui.txt", 3, "gs-tianshui", Period::Year(2022), "deployed", 2000, Qualifier::kAtLeast),
      MakeObservation("jiayuguan.txt", 8, "gs-jiayuguan", Period::Year(2022), "resolved", std::nullopt),
      MakeObservation("002.txt", 5, "gs-baiyin", Period{}, "consultations", 300, Qualifier::kAtLeast),
  });
  const auto c = Compare(ds, t.catalogue, t.places, CompareOptions{});
  REQUIRE(c.ok());
  CHECK(c->year == 2022);  // the latest year with a stated value
  CHECK(c->rows.size() == 3 * t.catalogue.size());  // gs-baiyin has no known period
  REQUIRE(c->warnings.size() == 1);
  CHECK(c->warnings[0].kind == DiagnosticKind::kUnknownPeriod);
  CHECK(c->warnings[0].message == "1 value with an unknown period is not compared: give the year in manifest.csv");

  const ComparisonRow& wuwei = Row(*c, "gs-wuwei", "consultations");
  CHECK(wuwei.name_zh == "武威市");
  CHECK(wuwei.peer_group == "all");
  CHECK(wuwei.year_used == 2021);  // stands in for 2022
  CHECK(wuwei.period == Period{2017, 2021});
  CHECK(wuwei.value == 2289);
  CHECK(wuwei.per_year == 457.8);                               // 2289 / 5
  CHECK(wuwei.per_10k == Approx(3.125010665856631).epsilon(1e-12));  // 457.8 / 1464955 × 10^4
  CHECK(wuwei.per_township == Approx(4.488235294117647).epsilon(1e-12));  // 457.8 / 102
  CHECK(wuwei.basis == "per_10k");
  CHECK(wuwei.basis_value == wuwei.per_10k);
  CHECK(wuwei.doc == "wuwei.txt");
  CHECK(wuwei.peer.n == 1);
  CHECK(wuwei.rank == 1);
  CHECK(std::isnan(wuwei.z));
  CHECK(English(wuwei.reason) == "only 1 peer has a value (fewer than 3): no z, percentile or band");

  const ComparisonRow& tianshui = Row(*c, "gs-tianshui", "deployed");
  CHECK(tianshui.year_used == 2022);
  CHECK(tianshui.qualifier == Qualifier::kAtLeast);
  CHECK(tianshui.value_low == 2000);
  CHECK(tianshui.value_high == 2200);  // 2000余 → [2000, 2000·1.1)
  CHECK(std::isnan(tianshui.per_year));  // a stock is never divided by years
  CHECK(tianshui.per_10k == Approx(6.700933004406869).epsilon(1e-12));  // 2000 / 2984659 × 10^4
  CHECK(tianshui.per_township == Approx(16.260162601626018).epsilon(1e-12));  // 2000 / 123

  const ComparisonRow& jiayuguan = Row(*c, "gs-jiayuguan", "resolved");
  CHECK(std::isnan(jiayuguan.value));
  CHECK(jiayuguan.year_used == 0);
  CHECK(jiayuguan.doc == "jiayuguan.txt");
  CHECK(jiayuguan.peer.n == 0);  // missing is not a zero among the peers
  CHECK(jiayuguan.rank == 0);
  CHECK(English(jiayuguan.reason) == "no value in 2020-2022 (not stated in jiayuguan.txt)");
  CHECK(English(jiayuguan.composite_reason) == "no indicator has z-scores in peer group all: no composite");
}

TEST_CASE("a --year no value reaches is refused, naming the years that have values", "[compare]") {
  const BuiltIn t = LoadBuiltIn();
  const Dataset ds = MakeDataset({
      MakeObservation("wuwei.txt", 12, "gs-wuwei", Period{2017, 2021}, "consultations", 2289),
      MakeObservation("tianshui.txt", 3, "gs-tianshui", Period::Year(2023), "deployed", 2000),
      MakeObservation("jiayuguan.txt", 8, "gs-jiayuguan", Period::Year(2019), "resolved", std::nullopt),
  });
  CompareOptions o;
  o.year = 2030;
  auto c = Compare(ds, t.catalogue, t.places, o);
  REQUIRE_FALSE(c.ok());
  CHECK(c.status().message() ==
        "--year 2030: no place has a value for that year; the years with values are 2021, 2023");
  o.year = 2019;  // only an NA ends in 2019
  c = Compare(ds, t.catalogue, t.places, o);
  REQUIRE_FALSE(c.ok());
  CHECK(c.status().message() ==
        "--year 2019: no place has a value for that year; the years with values are 2021, 2023");
  o.year = 2022;  // 2021's value would stand in, but no place reports 2022 itself
  CHECK_FALSE(Compare(ds, t.catalogue, t.places, o).ok());
  o.year = 2021;
  c = Compare(ds, t.catalogue, t.places, o);
  REQUIRE(c.ok());
  CHECK(c->year == 2021);
}

TEST_CASE("a stock over a five-year period is not divided by years", "[compare]") {
  auto catalogue = testing::MakeCatalogue({"deployed"}, {"deployed"});
  catalogue[0].normalisations = {"per_year", "per_10k"};
  const Dataset ds = MakeDataset({MakeObservation("a.txt", 1, "a", Period{2017, 2021}, "deployed", 150)});
  const auto c = Compare(ds, catalogue, {MakePlace("a", 30000)}, CompareOptions{});
  REQUIRE(c.ok());
  const ComparisonRow& r = c->rows[0];
  CHECK(r.period == Period{2017, 2021});
  CHECK(std::isnan(r.per_year));
  CHECK(r.per_10k == 50);  // 150 / 30000 × 10^4, not divided by 5
  CHECK(English(r.reason).find("a stock is never divided by years: no per_year value") != std::string::npos);
}

TEST_CASE("peer statistics over places, missing and no population left out", "[compare]") {
  const Comparison c = SessionsTable();
  CHECK(c.rows.size() == 7);
  // per_10k = v / 10000 × 10000: v up to the last bit, hence Approx.
  const ComparisonRow& top = Row(c, "p5", "sessions");
  CHECK_THAT(testing::StatsVector(top.peer), Catch::Matchers::Approx(std::vector<double>{5, 7, 4, 5, 5, 9, 2, 3, 13}));
  CHECK(top.z == Approx(1.5));
  CHECK(top.robust_z == Approx(8 / (1.4826 * 2)));
  CHECK(top.percentile == Approx(90));
  CHECK(top.rank == 1);
  CHECK(top.ratio_to_median == Approx(260));
  CHECK(top.band == 1);
  CHECK(Row(c, "p2", "sessions").rank == 3);
  CHECK(Row(c, "p3", "sessions").rank == 3);
  CHECK(Row(c, "p1", "sessions").rank == 5);

  const ComparisonRow& na = Row(c, "p6", "sessions");
  CHECK(na.rank == 0);
  CHECK(na.peer.n == 5);
  CHECK(English(na.reason) == "no value in 2020-2022 (not stated in p6.txt)");
  CHECK(na.composite_k == 0);
  CHECK(English(na.composite_reason) == "no z-score for this place: no composite");

  const ComparisonRow& no_population = Row(c, "p7", "sessions");
  CHECK(no_population.value == 7);
  CHECK(std::isnan(no_population.per_10k));
  CHECK(std::isnan(no_population.basis_value));
  CHECK(no_population.rank == 0);
  CHECK(English(no_population.reason) == "p7 has no population_2020: no per_10k value");
}

TEST_CASE("the summary names the leader and the missing", "[compare]") {
  const Comparison c = SessionsTable();
  CHECK(FormatCompareSummary(c, testing::MakeCatalogue({"sessions"})) ==
        "peer group all: 7 places, year 2022\n"
        "  sessions (per_10k): n 5; leads p5市 p5 13.00; missing 2: p6, p7\n"
        "  composite: 5 of 7 ranked; first p5市 p5 (rank interval 1-1)\n");
  CHECK(FormatCompareSummary(c, testing::MakeCatalogue({"sessions"}), 1).find("missing 2: p6, …\n") !=
        std::string::npos);
}

TEST_CASE("with one indicator the composite is the z-score and the interval is the rank", "[compare]") {
  const Comparison c = SessionsTable();
  const ComparisonRow& top = Row(c, "p5", "sessions");
  CHECK(top.composite == Approx(1.5));
  CHECK(top.composite_k == 1);
  CHECK(top.composite_m == 1);
  CHECK(top.composite_rank == 1);
  CHECK(top.rank_median == 1);
  CHECK(top.rank_p05 == 1);
  CHECK(top.rank_p95 == 1);
  const ComparisonRow& tied = Row(c, "p3", "sessions");
  CHECK(tied.composite_rank == 3);
  CHECK(tied.rank_median == 3);  // exact values: the tie holds in every draw
  CHECK(tied.rank_p95 == 3);
  CompareOptions no_draws;
  no_draws.draws = 0;
  CHECK(std::isnan(Row(SessionsTable(no_draws), "p5", "sessions").rank_median));
}

TEST_CASE("composite: weights, coverage k of m, and the threshold", "[compare]") {
  // Compared raw. a: 1 2 3 – → mean 2, sd 1, z −1 0 1. b: 30 10 – 20 →
  // mean 20, sd 10, z 1 −1 · 0. c has one value: no z-scores, so m = 2.
  auto catalogue = testing::MakeCatalogue({"a", "b", "c"});
  for (auto& s : catalogue) s.compare_on = "raw";
  catalogue[1].weight = 2;
  std::vector<Observation> obs;
  auto add = [&](const std::string& code, const std::string& indicator, double v) {
    obs.push_back(MakeObservation(code + ".txt", 1, code, Period::Year(2022), indicator, v));
  };
  add("q1", "a", 1), add("q2", "a", 2), add("q3", "a", 3);
  add("q1", "b", 30), add("q2", "b", 10), add("q4", "b", 20);
  add("q1", "c", 4);
  const Dataset ds = MakeDataset(obs);
  const std::vector<Place> places = {MakePlace("q1", 1), MakePlace("q2", 1), MakePlace("q3", 1), MakePlace("q4", 1)};
  const auto half = Compare(ds, catalogue, places, CompareOptions{});
  REQUIRE(half.ok());
  // q1 (1·−1 + 2·1)/3 = 1/3; q2 (0 + 2·−1)/3 = −2/3; q3 1 (k = 1); q4 0 (k = 1).
  CHECK(Row(*half, "q1", "c").composite == Approx(1.0 / 3));
  CHECK(Row(*half, "q1", "a").composite_k == 2);
  CHECK(Row(*half, "q1", "a").composite_m == 2);
  CHECK(Row(*half, "q2", "a").composite == Approx(-2.0 / 3));
  CHECK(Row(*half, "q3", "a").composite == 1);
  CHECK(Row(*half, "q3", "a").composite_k == 1);
  CHECK(Row(*half, "q3", "a").composite_rank == 1);
  CHECK(Row(*half, "q1", "a").composite_rank == 2);
  CHECK(Row(*half, "q4", "a").composite_rank == 3);
  CHECK(Row(*half, "q2", "a").composite_rank == 4);

  CompareOptions full;
  full.coverage = 1.0;
  const auto strict = Compare(ds, catalogue, places, full);
  REQUIRE(strict.ok());
  CHECK(Row(*strict, "q1", "a").composite_rank == 1);
  CHECK(Row(*strict, "q2", "a").composite_rank == 2);
  const ComparisonRow& q3 = Row(*strict, "q3", "b");
  CHECK(q3.composite == 1);  // still shown, with its coverage
  CHECK(q3.composite_rank == 0);
  CHECK(q3.rank_p05 == 0);
  CHECK(std::isnan(q3.rank_median));
  CHECK(English(q3.composite_reason) == "coverage 1 of 2 is below 100% of the indicators: no composite rank");
}

TEST_CASE("qualified values widen the rank interval — same seed, same bytes", "[compare]") {
  // d 200 › a 100余 ∈ [100, 110) vs b 105 › c 50: a and b swap half the time.
  auto catalogue = testing::MakeCatalogue({"sessions"});
  catalogue[0].compare_on = "raw";
  const Dataset ds = MakeDataset({
      MakeObservation("a.txt", 1, "a", Period::Year(2022), "sessions", 100, Qualifier::kAtLeast),
      MakeObservation("b.txt", 1, "b", Period::Year(2022), "sessions", 105),
      MakeObservation("c.txt", 1, "c", Period::Year(2022), "sessions", 50),
      MakeObservation("d.txt", 1, "d", Period::Year(2022), "sessions", 200),
  });
  const std::vector<Place> places = {MakePlace("a", 1), MakePlace("b", 1), MakePlace("c", 1), MakePlace("d", 1)};
  const auto c = Compare(ds, catalogue, places, CompareOptions{});
  REQUIRE(c.ok());
  CHECK(Row(*c, "a", "sessions").composite_rank == 3);  // at its stated 100
  CHECK(Row(*c, "a", "sessions").rank_p05 == 2);
  CHECK(Row(*c, "a", "sessions").rank_p95 == 3);
  CHECK(Row(*c, "b", "sessions").rank_p05 == 2);
  CHECK(Row(*c, "b", "sessions").rank_p95 == 3);
  CHECK(Row(*c, "d", "sessions").rank_p95 == 1);
  CHECK(Row(*c, "c", "sessions").rank_p05 == 4);
  const auto again = Compare(ds, catalogue, places, CompareOptions{});
  REQUIRE(again.ok());
  CHECK(FormatComparisonCsv(again->rows) == FormatComparisonCsv(c->rows));
}

TEST_CASE("stand-in window, multi-year periods, ratios and trend", "[compare]") {
  auto catalogue = testing::MakeCatalogue({"consultations", "deployed", "resolved"}, {"deployed"});
  for (auto& s : catalogue) {
    s.compare_on = "raw";
    s.normalisations = {"per_year"};
  }
  catalogue[2].ratios = {RatioSpec{"per_consultation", "consultations", "", ""}};
  const Dataset ds = MakeDataset({
      MakeObservation("x1.txt", 1, "x", Period{2012, 2016}, "consultations", 1000),
      MakeObservation("x2.txt", 1, "x", Period{2017, 2021}, "consultations", 2289),
      MakeObservation("x2.txt", 2, "x", Period{2017, 2021}, "deployed", 150),
      MakeObservation("x3.txt", 1, "x", Period::Year(2022), "deployed", 200),
      MakeObservation("x4.txt", 1, "x", Period::Year(2021), "resolved", 20),
      MakeObservation("x3.txt", 2, "x", Period::Year(2022), "resolved", 30),
      MakeObservation("y1.txt", 1, "y", Period{2017, 2021}, "consultations", 1500),
      MakeObservation("y2.txt", 1, "y", Period::Year(2022), "consultations", 400),
      MakeObservation("y2.txt", 2, "y", Period::Year(2022), "resolved", 10),
      MakeObservation("z1.txt", 1, "z", Period{2017, 2021}, "consultations", 450),
      MakeObservation("z2.txt", 1, "z", Period::Year(2021), "consultations", 100),
      MakeObservation("w1.txt", 1, "w", Period::Year(2019), "consultations", 300),
      MakeObservation("w2.txt", 1, "w", Period::Year(2022), "resolved", 5),
  });
  const std::vector<Place> places = {MakePlace("x", 1), MakePlace("y", 1), MakePlace("z", 1), MakePlace("w", 1)};
  const auto c = Compare(ds, catalogue, places, CompareOptions{});
  REQUIRE(c.ok());

  REQUIRE(c->warnings.size() == 1);
  CHECK(c->warnings[0].kind == DiagnosticKind::kMixedPeriods);
  CHECK(c->warnings[0].message ==
        "consultations is compared raw over periods of 1, 5 years in peer group all: see the period column, "
        "or compare_on = \"per_year\"");

  const ComparisonRow& x = Row(*c, "x", "consultations");
  CHECK(x.year_used == 2021);
  CHECK(x.per_year == 457.8);
  CHECK(x.prev_year == 2016);  // the previous five-year term: comparable
  CHECK(x.trend_comparable);
  CHECK(x.change_abs == 1289);
  CHECK(x.change_pct == Approx(128.9));
  const ComparisonRow& x_deployed = Row(*c, "x", "deployed");
  CHECK(x_deployed.prev_year == 2021);  // a stock: comparable across period lengths
  CHECK(x_deployed.trend_comparable);
  CHECK(x_deployed.change_abs == 50);
  CHECK(x_deployed.change_pct == Approx(100.0 / 3));
  const ComparisonRow& x_resolved = Row(*c, "x", "resolved");
  CHECK(x_resolved.ratio_id == "per_consultation");
  // 30 resolved in 2022 against the 2017-2021 sessions: two periods, no ratio.
  CHECK(std::isnan(x_resolved.ratio));
  CHECK(English(x_resolved.reason).find("resolved is of 2022, consultations of 2017-2021: no per_consultation ratio (both "
                               "must be of one period)") != std::string::npos);
  CHECK(x_resolved.change_pct == 50);

  const ComparisonRow& y = Row(*c, "y", "consultations");
  CHECK(y.year_used == 2022);
  CHECK(y.prev_year == 2021);
  CHECK(y.prev_value == 1500);
  CHECK_FALSE(y.trend_comparable);
  CHECK(std::isnan(y.change_abs));
  CHECK(English(y.trend_note) == "previous value covers 2017-2021 (5 years), this one 2022 (1 year): not comparable");
  CHECK(Row(*c, "y", "resolved").ratio == 0.025);

  const ComparisonRow& z = Row(*c, "z", "consultations");
  CHECK(z.year_used == 2021);
  CHECK(z.period == Period::Year(2021));  // the single year beats the term ending the same year
  CHECK(z.value == 100);
  CHECK(z.prev_year == 0);
  CHECK(z.trend_note.empty());

  const ComparisonRow& w = Row(*c, "w", "consultations");
  CHECK(std::isnan(w.value));
  CHECK(English(w.reason) == "no value in 2020-2022 (latest earlier value: 2019)");
  const ComparisonRow& w_resolved = Row(*c, "w", "resolved");
  CHECK(std::isnan(w_resolved.ratio));
  CHECK(English(w_resolved.reason) == "no consultations value: no per_consultation ratio");

  CompareOptions wide;
  wide.window = 3;
  const auto c3 = Compare(ds, catalogue, places, wide);
  REQUIRE(c3.ok());
  CHECK(Row(*c3, "w", "consultations").year_used == 2019);
  CompareOptions year2021;
  year2021.year = 2021;
  const auto c21 = Compare(ds, catalogue, places, year2021);
  REQUIRE(c21.ok());
  CHECK(Row(*c21, "y", "consultations").period == Period{2017, 2021});
}

TEST_CASE("peer groups: province, level and a list file", "[compare]") {
  auto catalogue = testing::MakeCatalogue({"sessions"});
  catalogue[0].compare_on = "raw";
  std::vector<Observation> obs;
  std::vector<Place> places;
  const std::vector<std::tuple<std::string, std::string, std::string, double>> table = {
      {"a1", "甲省", "county", 1}, {"a2", "甲省", "county", 2}, {"a3", "甲省", "prefecture", 3},
      {"b1", "乙省", "county", 10}, {"b2", "乙省", "prefecture", 20}};
  for (const auto& [code, province, level, v] : table) {
    places.push_back(MakePlace(code, 1, 0, province, level));
    obs.push_back(MakeObservation(code + ".txt", 1, code, Period::Year(2022), "sessions", v));
  }
  const Dataset ds = MakeDataset(obs);
  CompareOptions by_province;
  by_province.peers.mode = PeerSpec::Mode::kProvince;
  const auto p = Compare(ds, catalogue, places, by_province);
  REQUIRE(p.ok());
  CHECK(Row(*p, "a1", "sessions").peer_group == "province:甲省");
  CHECK(Row(*p, "a1", "sessions").peer.n == 3);
  CHECK(Row(*p, "a3", "sessions").rank == 1);
  CHECK(Row(*p, "b1", "sessions").peer.n == 2);
  CHECK(Row(*p, "b2", "sessions").rank == 1);

  CompareOptions by_level;
  by_level.peers.mode = PeerSpec::Mode::kLevel;
  const auto l = Compare(ds, catalogue, places, by_level);
  REQUIRE(l.ok());
  CHECK(Row(*l, "b2", "sessions").peer_group == "level:prefecture");
  CHECK(Row(*l, "b2", "sessions").peer.median == 11.5);  // {3, 20}
  CHECK(Row(*l, "a1", "sessions").peer.median == 2);     // {1, 2, 10}

  // By code or by name, any line end, a BOM and a header skipped.
  places[4].name_zh = "乙市";
  places[1].name_zh = places[3].name_zh = "鼓楼区";  // namesakes in two provinces
  const testing::TempFile list("\xEF\xBB\xBF" "code\r# my peers\ra1\r乙市\r\r", ".txt");
  const auto spec = ParsePeerSpec(list.path());
  REQUIRE(spec.ok());
  CompareOptions listed;
  listed.peers = *spec;
  const auto f = Compare(ds, catalogue, places, listed);
  REQUIRE(f.ok());
  CHECK(f->rows.size() == 2);
  CHECK(Row(*f, "b2", "sessions").peer_group == "list:" + list.path());
  CHECK(Row(*f, "b2", "sessions").peer.n == 2);
  CHECK(f->warnings.empty());

  const auto error = [&](const std::string& text) {
    const testing::TempFile file(text, ".txt");
    auto s = ParsePeerSpec(file.path());
    std::string m;
    if (!s.ok()) {
      m = s.status().message();
    } else {
      CompareOptions o;
      o.peers = *s;
      const auto c = Compare(ds, catalogue, places, o);
      if (!c.ok()) m = c.status().message();
    }
    return m.substr(m.find(".txt:") + 5);
  };
  CHECK(error("a1\na4\n") == "2: 'a4' is not in the places table (did you mean 'a1'?)");
  CHECK(error("a1\nzz-unknown-place\n") == "2: 'zz-unknown-place' is not in the places table");
  CHECK(error("鼓楼区\n") == "1: '鼓楼区' names 2 places (a2, b1): write the code");
  CHECK(error("a1\nb2\n乙市\n") == "3: '乙市' is b2, listed already (line 2)");
  CHECK(error("a1\na1\n") == "2: 'a1' is listed twice (line 1)");
  CHECK(ParsePeerSpec("cities").status().message() ==
        "--peers cities: not a peer group (auto, all, province, level, province_level, prefecture) nor a file");
}

TEST_CASE("peers auto: the same tier in the same province when every such group has five, else all",
          "[compare]") {
  auto catalogue = testing::MakeCatalogue({"sessions"});
  catalogue[0].compare_on = "raw";
  std::vector<Observation> obs;
  std::vector<Place> places;
  // Five counties and districts of 甲省 (one tier), five prefectures of 乙省.
  const std::vector<std::tuple<std::string, std::string, std::string>> table = {
      {"a1", "甲省", "county"},     {"a2", "甲省", "district"},   {"a3", "甲省", "county_city"},
      {"a4", "甲省", "banner"},     {"a5", "甲省", "county"},     {"b1", "乙省", "prefecture"},
      {"b2", "乙省", "prefecture"}, {"b3", "乙省", "prefecture"}, {"b4", "乙省", "prefecture"},
      {"b5", "乙省", "prefecture"}};
  double v = 1;
  for (const auto& [code, province, level] : table) {
    places.push_back(MakePlace(code, 1, 0, province, level));
    obs.push_back(MakeObservation(code + ".txt", 1, code, Period::Year(2022), "sessions", v++));
  }
  CompareOptions opt;
  opt.peers = *ParsePeerSpec("auto");
  const auto grouped = Compare(MakeDataset(obs), catalogue, places, opt);
  REQUIRE(grouped.ok());
  CHECK(Row(*grouped, "a2", "sessions").peer_group == "province_level:甲省/county");
  CHECK(Row(*grouped, "a2", "sessions").peer.n == 5);
  CHECK(Row(*grouped, "b1", "sessions").peer_group == "province_level:乙省/prefecture");
  CHECK(Row(*grouped, "b5", "sessions").rank == 1);
  CHECK(grouped->peer_choice ==
        "--peers auto: every place is compared with the places of its tier in its province (2 groups)");
  // One more place makes a group of one: everyone is compared with all.
  places.push_back(MakePlace("c1", 1, 0, "丙省", "county"));
  obs.push_back(MakeObservation("c1.txt", 1, "c1", Period::Year(2022), "sessions", 100));
  const auto all = Compare(MakeDataset(obs), catalogue, places, opt);
  REQUIRE(all.ok());
  CHECK(Row(*all, "a2", "sessions").peer_group == "all");
  CHECK(Row(*all, "a2", "sessions").peer.n == 11);
  CHECK(all->peer_choice == "--peers auto: 丙省/county has 1 place, fewer than 5: every place is compared with all");
  CHECK(TierOf("municipality") == "province");
  CHECK(TierOf("forestry_district") == "county");
  CHECK(TierOf("") == "unknown");
}

TEST_CASE("competition ranks: 1224", "[compare]") {
  std::vector<std::pair<double, int>> keyed = {{0.5, 0}, {2.0, 1}, {0.5, 2}, {-1.0, 3}, {1.0, 4}};
  int rank[5] = {};
  CompetitionRanks(&keyed, rank);
  CHECK(std::vector<int>(rank, rank + 5) == std::vector<int>{3, 1, 3, 5, 2});
}

TEST_CASE("method notes state the definitions and the metrics' interval rules", "[compare]") {
  auto catalogue = testing::MakeCatalogue({"consultations"});
  catalogue[0].interval.at_least = 0.2;
  const std::vector<std::string> notes = MethodNotes(catalogue, CompareOptions{});
  std::string all;
  for (const std::string& n : notes) all += n + "\n";
  CHECK(all.find("Hyndman-Fan type 7") != std::string::npos);
  CHECK(all.find("(peers worse + half the peers equal, itself included) / n x 100") != std::string::npos);
  CHECK(all.find("consultations a=20%, b=5%, c=10%.") != std::string::npos);
  CHECK(all.find("1000 Monte-Carlo draws (mt19937_64, seed 1") != std::string::npos);
}

TEST_CASE("compare refuses bad options and empty data", "[compare]") {
  const auto catalogue = testing::MakeCatalogue({"sessions"});
  CompareOptions bad;
  bad.coverage = 1.5;
  CHECK(Compare(Dataset{}, catalogue, {}, bad).status().message() == "--coverage must be in [0, 1]");
  CHECK(Compare(Dataset{}, catalogue, {}, CompareOptions{}).status().message() ==
        "nothing to compare: no place has a stated value");
}

}  // namespace peercard
