#include "tables/comparison.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "compare/compare.h"
#include "compare_test_util.h"

namespace peercard {
namespace {

const char kHeader[] =
    "city,name_zh,name_en,indicator,peer_group,year_used,period,value,qualifier,value_low,value_high,reviewed,doc,"
    "line,offset,per_year,per_10k,per_township,ratio_id,ratio,basis,basis_value,peer_n,peer_mean,peer_sd,peer_median,peer_q1,"
    "peer_q3,peer_mad,peer_min,peer_max,z,robust_z,percentile,rank,ratio_to_median,band,reason,composite,"
    "composite_k,composite_m,composite_rank,rank_median,rank_p05,rank_p95,composite_reason,prev_year,prev_value,"
    "change_abs,change_pct,trend_comparable,trend_note\n";

ComparisonRow WuweiRow() {
  ComparisonRow r;
  r.city = "gs-wuwei";
  r.name_zh = "武威市";
  r.name_en = "Wuwei";
  r.indicator = "consultations";
  r.peer_group = "province:甘肃省";
  r.year_used = 2021;
  r.period = Period{2017, 2021};
  r.value = 2289;
  r.value_low = r.value_high = 2289;
  r.reviewed = true;
  r.doc = "seeds/003, \"武威\".txt";
  r.line = 12;
  r.offset = 3391;
  r.per_year = 457.8;
  r.per_10k = 457.8 / 1464955 * 10000;
  r.basis = "per_10k";
  r.basis_value = r.per_10k;
  r.peer.n = 1;
  r.peer.mean = r.peer.median = r.peer.q1 = r.peer.q3 = r.peer.min = r.peer.max = r.per_10k;
  r.peer.mad = 0;
  r.rank = 1;
  r.ratio_to_median = 100;
  r.reason = {FewPeersReason(1)};
  r.composite_m = 0;
  r.composite_reason = {{ReasonCode::kText, {{"text", "-no composite"}}}};  // would run as a formula in Excel
  r.prev_year = 2016;
  r.prev_value = 1000;
  r.change_abs = 1289;
  r.change_pct = 128.9;
  r.trend_comparable = true;
  return r;
}

}  // namespace

TEST_CASE("comparison.csv: header, empty cells for NaN, locale-free numbers", "[comparison]") {
  ComparisonRow empty;
  empty.city = "gs-jiayuguan";
  empty.indicator = "resolved";
  const std::string text = FormatComparisonCsv({WuweiRow(), empty});
  CHECK(text == std::string("\xEF\xBB\xBF") + kHeader +
                    "gs-jiayuguan,,,resolved,,,,,exact,,,false,,,,,,,,,,,0,,,,,,,,,,,,,,,,,0,0,,,,,,,,,,false,\n"
                    "gs-wuwei,武威市,Wuwei,consultations,province:甘肃省,2021,2017-2021,2289,exact,2289,2289,true,"
                    "\"seeds/003, \"\"武威\"\".txt\",12,3391,457.8,3.125010665856631,,,,per_10k,3.125010665856631,1,"
                    "3.125010665856631,,3.125010665856631,3.125010665856631,3.125010665856631,0,"
                    "3.125010665856631,3.125010665856631,,,,1,100,,\"only 1 peer has a value (fewer than 3): no z, "
                    "percentile or band\",,0,0,,,,,'-no composite,2016,1000,1289,128.9,true,\n");
}

TEST_CASE("comparison.csv round-trips exactly", "[comparison]") {
  // A real comparison with every kind of cell: trend, intervals, ranks.
  auto catalogue = testing::MakeCatalogue({"consultations", "resolved"});
  catalogue[1].ratios = {RatioSpec{"per_consultation", "consultations", "", ""}};
  for (auto& spec : catalogue) spec.normalisations = {"per_year", "per_10k", "per_township"};
  std::vector<Observation> obs;
  std::vector<Place> places;
  const double values[] = {12, 30, 45, 7, 88};
  for (int i = 0; i < 5; ++i) {
    const std::string code = "p" + std::to_string(i);
    Place p;
    p.code = code;
    p.name_zh = code + "区";
    p.population_2020 = 123457 + 1000 * i;
    p.townships = 7 + i;
    places.push_back(p);
    obs.push_back(testing::MakeObservation(code + ".txt", i, code, Period{2018, 2022}, "consultations",
                                           values[i] * 5, i == 2 ? Qualifier::kApprox : Qualifier::kExact));
    obs.push_back(testing::MakeObservation(code + ".txt", i, code, Period::Year(2022), "resolved", values[4 - i],
                                           i == 1 ? Qualifier::kAtLeast : Qualifier::kExact));
    obs.push_back(testing::MakeObservation(code + ".txt", i, code, Period::Year(2021), "resolved", 3 * i));
  }
  auto ds = BuildDataset(obs);
  REQUIRE(ds.ok());
  CompareOptions options;
  options.draws = 200;
  const auto c = Compare(*ds, catalogue, places, options);
  REQUIRE(c.ok());
  const std::string text = FormatComparisonCsv(c->rows);
  const testing::TempFile file(text);
  const auto read = ReadComparisonCsv(file.path());
  REQUIRE(read.ok());
  REQUIRE(read->size() == c->rows.size());
  CHECK(FormatComparisonCsv(*read) == text);
  const ComparisonRow& a = c->rows[3];
  const ComparisonRow& b = (*read)[3];
  CHECK(b.city == a.city);
  CHECK(b.per_10k == a.per_10k);
  CHECK(b.z == a.z);
  CHECK(b.rank_median == a.rank_median);
  CHECK(b.change_pct == a.change_pct);
  CHECK(b.qualifier == a.qualifier);

  const testing::TempFile wuwei(FormatComparisonCsv({WuweiRow()}));
  const auto one = ReadComparisonCsv(wuwei.path());
  REQUIRE(one.ok());
  CHECK((*one)[0].doc == WuweiRow().doc);
  CHECK(English((*one)[0].composite_reason) == "-no composite");
  CHECK((*one)[0].reason == Reasons{FewPeersReason(1)});
  CHECK(std::isnan((*one)[0].z));
  CHECK((*one)[0].period == Period{2017, 2021});
  CHECK((*one)[0].line == 12);
  CHECK((*one)[0].offset == 3391);

  // A file written before the evidence key existed reads, with line 0.
  std::string old = FormatComparisonCsv({WuweiRow()});
  old.replace(old.find("doc,line,offset,"), 16, "doc,");
  old.replace(old.find(",12,3391,"), 9, ",");
  const testing::TempFile old_file(old);
  const auto before = ReadComparisonCsv(old_file.path());
  REQUIRE(before.ok());
  CHECK((*before)[0].doc == WuweiRow().doc);
  CHECK((*before)[0].line == 0);
  CHECK((*before)[0].per_year == 457.8);
}

TEST_CASE("a bad comparison.csv names file, line and column", "[comparison]") {
  std::string text = FormatComparisonCsv({WuweiRow()});
  const size_t at = text.find(",1289,");
  text.replace(at, 6, ",12a9,");
  const testing::TempFile file(text);
  const auto r = ReadComparisonCsv(file.path());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message() == file.path() + ":2: column 'change_abs': '12a9' is not a number");
  const testing::TempFile short_file("city,indicator\n");
  const auto s = ReadComparisonCsv(short_file.path());
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().message() == short_file.path() + ": missing column 'name_zh'");
}

}  // namespace peercard
