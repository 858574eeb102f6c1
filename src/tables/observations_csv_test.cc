#include "tables/observations_csv.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "compare_test_util.h"
#include "base/csv_values.h"

namespace peercard {
namespace {

using testing::TempFile;

std::vector<IndicatorSpec> TestIndicators() { return testing::MakeCatalogue({"consultations", "deployed"}, {"deployed"}); }

std::vector<Place> Places() {
  Place w;
  w.code = "gs-wuwei";
  w.name_zh = "武威市";
  Place t;
  t.code = "gs-tianshui";
  t.name_zh = "天水市";
  return {w, t};
}

Observation Obs(std::string doc, std::string city, Period period, std::string indicator,
                std::optional<double> value, Qualifier q = Qualifier::kExact) {
  return testing::MakeObservation(std::move(doc), 0, std::move(city), period, std::move(indicator), value, q);
}

const char kHeader[] = "doc,city,period,indicator,value,qualifier,unit,line,offset,evidence,rule,page\n";

}  // namespace

TEST_CASE("numbers format without the locale and read back exactly", "[observations_csv]") {
  CHECK(FormatCsvNumber(2289) == "2289");
  CHECK(FormatCsvNumber(457.8) == "457.8");
  CHECK(FormatCsvNumber(-3) == "-3");
  CHECK(FormatCsvNumber(0.1 + 0.2) == "0.30000000000000004");
  CHECK(FormatCsvNumber(1e20) == "1e+20");
  CHECK(FormatCsvNumber(std::nan("")).empty());
  for (double v : {457.8, 1.0 / 3.0, 15.625, 1e-7, 2289.0, 1e20}) {
    CHECK(*ParseCsvNumber(FormatCsvNumber(v)) == v);
  }
  CHECK_FALSE(ParseCsvNumber("1,000"));
  CHECK_FALSE(ParseCsvNumber("12a"));
  CHECK_FALSE(ParseCsvNumber("nan"));
  CHECK(*ParseCsvNumber("+5") == 5);
  CHECK(UnescapeCsvText("'=SUM(A1)") == "=SUM(A1)");
  CHECK(UnescapeCsvText("'ab") == "'ab");
}

TEST_CASE("observations.csv is written sorted with a BOM", "[observations_csv]") {
  Observation wuwei = Obs("b.txt", "gs-wuwei", Period{2017, 2021}, "consultations", 2289);
  wuwei.unit = "场次";
  wuwei.line = 12;
  wuwei.offset = 345;
  wuwei.page = 3;  // read from a PDF
  wuwei.evidence = "开展协商活动2289场次，";
  wuwei.rule = "consultations.activity";
  Observation tianshui = Obs("a.txt", "gs-tianshui", Period::Year(2022), "deployed", 2000, Qualifier::kAtLeast);
  tianshui.unit = "名";
  tianshui.evidence = "=2000名委员下沉";
  Observation na = Obs("b.txt", "gs-wuwei", Period{2017, 2021}, "deployed", std::nullopt);
  na.line = 3;  // not printed for NA
  na.rule = "na";
  const std::string text = FormatObservationsCsv({wuwei, na, tianshui});
  CHECK(text == std::string("\xEF\xBB\xBF") + kHeader +
                    "a.txt,gs-tianshui,2022,deployed,2000,at_least,名,0,0,'=2000名委员下沉,,\n"
                    "b.txt,gs-wuwei,2017-2021,consultations,2289,exact,场次,12,345,开展协商活动2289场次，,"
                    "consultations.activity,3\n"
                    "b.txt,gs-wuwei,2017-2021,deployed,NA,,,,,,na,\n");
}

TEST_CASE("observations.csv round-trips", "[observations_csv]") {
  Observation a = Obs("报告/2021.txt", "gs-wuwei", Period{2017, 2021}, "consultations", 457.8, Qualifier::kApprox);
  a.unit = "场";
  a.line = 7;
  a.offset = 1234567;
  a.page = 12;
  a.evidence = "他说：\"协商活动\"约457.8场,\n好";
  a.rule = "consultations.activity";
  Observation b = Obs("报告/z.txt", "xx-unknown", Period::Year(2023), "deployed", std::nullopt);
  const std::string text = FormatObservationsCsv({a, b});
  TempFile f(text);
  Diagnostics warnings;
  const auto read = ReadObservationsCsv(f.path(), TestIndicators(), Places(), &warnings);
  REQUIRE(read.ok());
  REQUIRE(read->size() == 2);
  const Observation& r = (*read)[0];
  CHECK(r.doc == a.doc);
  CHECK(r.city == a.city);
  CHECK(r.period == a.period);
  CHECK(r.indicator == a.indicator);
  CHECK(*r.value == 457.8);
  CHECK(r.qualifier == Qualifier::kApprox);
  CHECK(r.unit == "场");
  CHECK(r.line == 7);
  CHECK(r.offset == 1234567);
  CHECK(r.page == 12);
  CHECK(r.evidence == a.evidence);
  CHECK(r.rule == a.rule);
  CHECK_FALSE((*read)[1].value.has_value());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].kind == DiagnosticKind::kUnlistedPlace);
  CHECK(warnings[0].place == "xx-unknown");
  CHECK(warnings[0].ToString() == f.path() + ":4: place 'xx-unknown' is not in the places table");
  CHECK(FormatObservationsCsv(*read) == text);
  TempFile unknown(std::string(kHeader) + "002.txt,gs-baiyin,unknown,consultations,300,at_least,,,,,\n");
  const auto no_year = ReadObservationsCsv(unknown.path(), TestIndicators(), Places());
  REQUIRE(no_year.ok());
  CHECK_FALSE((*no_year)[0].period.known());
  TempFile formula(std::string(kHeader) + "'=a.txt,gs-wuwei,2021,deployed,3,,,,,'-1 人,\n");
  const auto escaped = ReadObservationsCsv(formula.path(), TestIndicators(), Places());
  REQUIRE(escaped.ok());
  CHECK((*escaped)[0].doc == "=a.txt");
  CHECK((*escaped)[0].evidence == "-1 人");
}

TEST_CASE("bad observations name file, line and problem", "[observations_csv]") {
  struct Case {
    std::string body;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"a,gs-wuwei,2021,consultations,12x,exact,,,,,\n", ":2: value '12x' is not a number or NA"},
      {"a,gs-wuwei,2021,consultations,-5,exact,,,,,\n", ":2: value '-5' is negative"},
      {"a,gs-wuwei,2021,consultations,5,more,,,,,\n",
       ":2: qualifier 'more' is not exact, at_least, approx or at_most"},
      {"a,gs-wuwei,2021,proposals,5,,,,,,\n", ":2: unknown indicator 'proposals' (no metrics file defines it)"},
      {"a,gs-wuwei,21,consultations,5,,,,,,\n", ":2: period '21' is not YYYY or YYYY-YYYY"},
      {"a,gs-wuwei,2021,consultations,5,,,,,,\na,Wu Wei,2021,consultations,5,,,,,,\n",
       ":3: place code 'Wu Wei' must be lower-case letters, digits and '-'"},
      {"a,gs-wuwei,2021,consultations,5,,,x1,,,\n", ":2: line 'x1' is not a non-negative integer"},
  };
  for (const Case& c : cases) {
    TempFile f(kHeader + c.body);
    const auto r = ReadObservationsCsv(f.path(), TestIndicators(), Places());
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == f.path() + c.message);
  }
  TempFile missing("doc,city,period,indicator,qualifier\n");
  const auto r = ReadObservationsCsv(missing.path(), TestIndicators(), Places());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message() == missing.path() + ": missing column 'value'");
}

}  // namespace peercard
