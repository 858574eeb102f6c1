#include "tables/dataset.h"

#include <catch2/catch.hpp>

#include "compare_test_util.h"
#include "tables/overrides.h"

namespace peercard {
namespace {

using testing::MakeObservation;

std::vector<IndicatorSpec> Catalogue() { return testing::MakeCatalogue({"consultations", "resolved"}); }

}  // namespace

TEST_CASE("equal duplicates merge, NA yields to a value", "[dataset]") {
  const auto ds = BuildDataset({
      MakeObservation("b.txt", 40, "gs-wuwei", Period{2017, 2021}, "consultations", 2289),
      MakeObservation("a.txt", 12, "gs-wuwei", Period{2017, 2021}, "consultations", 2289),
      MakeObservation("a.txt", 13, "gs-wuwei", Period{2017, 2021}, "resolved", std::nullopt),
      MakeObservation("c.txt", 2, "gs-wuwei", Period::Year(2021), "consultations", std::nullopt),
      MakeObservation("0.txt", 9, "gs-lanzhou", Period::Year(2021), "consultations", std::nullopt),
      MakeObservation("z.txt", 9, "gs-lanzhou", Period::Year(2021), "consultations", 310, Qualifier::kAtLeast),
  });
  REQUIRE(ds.ok());
  REQUIRE(ds->values.size() == 4);
  // Sorted by (city, indicator, period).
  CHECK(ds->values[0].city == "gs-lanzhou");
  CHECK(*ds->values[0].value == 310);
  CHECK(ds->values[0].qualifier == Qualifier::kAtLeast);
  CHECK(ds->values[0].doc == "z.txt");
  CHECK(ds->values[1].period == Period{2017, 2021});
  CHECK(*ds->values[1].value == 2289);
  CHECK(ds->values[1].doc == "a.txt");
  CHECK(ds->values[1].line == 12);
  CHECK(ds->values[2].period == Period::Year(2021));
  CHECK_FALSE(ds->values[2].value.has_value());
  CHECK(ds->values[3].indicator == "resolved");
  CHECK_FALSE(ds->values[3].value.has_value());
}

TEST_CASE("a duplicate with two values is reported, then settled by an override", "[dataset]") {
  std::vector<Observation> obs = {
      MakeObservation("b.txt", 40, "gs-wuwei", Period::Year(2021), "consultations", 2290),
      MakeObservation("a.txt", 12, "gs-wuwei", Period::Year(2021), "consultations", 2289),
  };
  const auto conflict = BuildDataset(obs);
  REQUIRE_FALSE(conflict.ok());
  CHECK(conflict.status().message() ==
        "conflicting values for gs-wuwei 2021 consultations: 2289 (exact) at a.txt:12 and "
        "2290 (exact) at b.txt:40; settle it in overrides.csv");
  const auto qualifier_differs = BuildDataset({
      MakeObservation("a.txt", 1, "gs-wuwei", Period::Year(2021), "consultations", 2000),
      MakeObservation("b.txt", 1, "gs-wuwei", Period::Year(2021), "consultations", 2000, Qualifier::kAtLeast),
  });
  CHECK_FALSE(qualifier_differs.ok());

  const testing::TempFile file(
      "\xEF\xBB\xBF" "doc,city,period,indicator,value,qualifier,reason\n"
      ",gs-wuwei,2021,consultations,2289,exact,b.txt misprints 2289\n");
  const auto overrides = ReadOverridesCsv(file.path(), Catalogue());
  REQUIRE(overrides.ok());
  Diagnostics errors;
  ApplyOverrides(*overrides, &obs, &errors);
  CHECK(errors.empty());
  const auto ds = BuildDataset(obs);
  REQUIRE(ds.ok());
  REQUIRE(ds->values.size() == 1);
  CHECK(*ds->values[0].value == 2289);
  CHECK(ds->values[0].reviewed);
  CHECK(ds->values[0].review_reason == "b.txt misprints 2289");
}

TEST_CASE("an override for one doc, and one that adds a missing value", "[dataset]") {
  std::vector<Observation> obs = {
      MakeObservation("a.txt", 5, "gs-jiayuguan", Period::Year(2022), "resolved", std::nullopt),
      MakeObservation("b.txt", 7, "gs-jiayuguan", Period::Year(2022), "resolved", 30),
  };
  Override fix;
  fix.doc = "a.txt";
  fix.city = "gs-jiayuguan";
  fix.period = Period::Year(2022);
  fix.indicator = "resolved";
  fix.value = 30;
  fix.reason = "stated in a table";
  Override add = fix;  // a figure extraction missed in a.txt, which was read
  add.indicator = "consultations";
  add.value = 12;
  add.qualifier = Qualifier::kApprox;
  add.where = "overrides.csv:3";
  Diagnostics errors;
  ApplyOverrides({fix, add}, &obs, &errors);
  CHECK(errors.empty());
  REQUIRE(obs.size() == 3);
  CHECK(obs[0].reviewed);
  CHECK(*obs[0].value == 30);
  CHECK_FALSE(obs[1].reviewed);
  CHECK(obs[2].doc == "a.txt");
  CHECK(obs[2].rule == "override");
  CHECK(obs[2].qualifier == Qualifier::kApprox);
  const auto ds = BuildDataset(obs);
  REQUIRE(ds.ok());
  REQUIRE(ds->values.size() == 2);
  CHECK(ds->values[1].indicator == "resolved");
  CHECK(ds->values[1].reviewed);
  CHECK(ds->values[1].doc == "a.txt");
}

TEST_CASE("an override that matches nothing is an error naming its line, not a new value", "[dataset]") {
  const std::vector<Observation> obs = {
      MakeObservation("baiyin_2024.txt", 5, "gs-baiyin", Period::Year(2024), "consultations", 510),
      MakeObservation("baiyin_2023.txt", 9, "gs-baiyin", Period::Year(2023), "resolved", 160),
  };
  Override typo;  // 2025 for 2024, no doc
  typo.city = "gs-baiyin";
  typo.period = Period::Year(2025);
  typo.indicator = "consultations";
  typo.value = 520;
  typo.reason = "原文为520场";
  typo.where = "overrides.csv:2";
  Override typo_in_doc = typo;  // the report read has 2024 for the place
  typo_in_doc.doc = "baiyin_2024.txt";
  typo_in_doc.where = "overrides.csv:3";
  Override unread = typo;
  unread.doc = "baiyin_2022.txt";
  unread.where = "overrides.csv:4";
  std::vector<Observation> applied = obs;
  Diagnostics errors;
  ApplyOverrides({typo, typo_in_doc, unread}, &applied, &errors);
  CHECK(applied.size() == obs.size());  // nothing added
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].ToString() ==
        "overrides.csv:2: matches no observation (gs-baiyin consultations 2025); the values of gs-baiyin are for "
        "2023, 2024: correct the key, or name in 'doc' the report the figure is from to add it");
  CHECK(errors[1].ToString() ==
        "overrides.csv:3: matches no observation (gs-baiyin consultations 2025); the values of gs-baiyin in "
        "baiyin_2024.txt are for 2024: correct the period");
  CHECK(errors[2].ToString() == "overrides.csv:4: doc 'baiyin_2022.txt' is not a report of this run: the figure cannot be added");
}

TEST_CASE("bad overrides name file, line and problem", "[dataset]") {
  const std::string header = "doc,city,period,indicator,value,qualifier,reason\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {",gs-wuwei,2021,consultations,x,,why\n", ":2: value 'x' is not a non-negative number or NA"},
      {",gs-wuwei,2021,consultations,5,,\n", ":2: an override needs a reason"},
      {",gs-wuwei,2021,deployed,5,,why\n", ":2: unknown indicator 'deployed' (no metrics file defines it)"},
      {",gs-wuwei,2021,consultations,5,,why\n,gs-wuwei,2021,consultations,NA,,why\n",
       ":3: a second override for gs-wuwei 2021 consultations (first at PATH:2)"},
  };
  for (const auto& [body, message] : cases) {
    const testing::TempFile file(header + body);
    const auto r = ReadOverridesCsv(file.path(), Catalogue());
    REQUIRE_FALSE(r.ok());
    std::string expected = file.path() + message;
    const size_t at = expected.find("PATH");
    if (at != std::string::npos) expected.replace(at, 4, file.path());
    CHECK(r.status().message() == expected);
  }
  const testing::TempFile file("city,period,indicator,value\n");
  const auto r = ReadOverridesCsv(file.path(), Catalogue());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message() == file.path() + ": missing column 'reason'");
}

}  // namespace peercard
