#include "compare/review.h"

#include <catch2/catch.hpp>

#include "compare/compare.h"
#include "compare_test_util.h"
#include "base/csv.h"
#include "tables/dataset.h"
#include "tables/overrides.h"

namespace peercard {
namespace {

using testing::MakeObservation;

Place MakePlace(const std::string& code, const std::string& name, double population) {
  Place p;
  p.code = code;
  p.name_zh = name;
  p.population_2020 = population;
  return p;
}

// p-a … p-g hold 100,000 residents but for p-f (200,000) and p-g (1,000,000).
std::vector<Place> Places() {
  return {MakePlace("p-a", "甲市", 1e5), MakePlace("p-b", "乙市", 1e5), MakePlace("p-c", "丙市", 1e5),
          MakePlace("p-d", "丁市", 1e5), MakePlace("p-e", "戊市", 1e5), MakePlace("p-f", "己市", 2e5),
          MakePlace("p-g", "庚市", 1e6), MakePlace("p-h", "辛市", 1e5)};
}

std::vector<IndicatorSpec> Catalogue() {
  auto c = testing::MakeCatalogue({"consultations", "resolved"});  // flows on per_10k
  c[0].label_zh = "协商活动场次";
  c[1].label_zh = "解决问题件数";
  return c;
}

// One case of each reason:
// - 2021 consultations per 10k: a 10, b 11, c 12 (at_least), d 13, e 14,
//   f 2000/20 = 100, g 1200/100 = 12. Sorted 10 11 12 12 13 14 100: median 12;
//   |deviations| 0 0 1 1 2 2 88: MAD 1; robust z of f = 88 / 1.4826 = 59.36,
//   of a and e ∓1.35. Raw, g (1200) would be the outlier: the basis matters.
// - a: 25 in 2020, 100 in 2021: 4×.
// - b's resolved 2021: 50 in one document, 60 in another.
// - h: NA for both indicators.
std::vector<Observation> Fixture() {
  const Period y2021 = Period::Year(2021);
  std::vector<Observation> obs = {
      MakeObservation("a2020.txt", 4, "p-a", Period::Year(2020), "consultations", 25),
      MakeObservation("a2021.txt", 7, "p-a", y2021, "consultations", 100),
      MakeObservation("b1.txt", 2, "p-b", y2021, "consultations", 110),
      MakeObservation("b1.txt", 3, "p-b", y2021, "resolved", 50),
      MakeObservation("b2.txt", 8, "p-b", y2021, "resolved", 60),
      MakeObservation("c.txt", 5, "p-c", y2021, "consultations", 120, Qualifier::kAtLeast),
      MakeObservation("d.txt", 5, "p-d", y2021, "consultations", 130),
      MakeObservation("e.txt", 5, "p-e", y2021, "consultations", 140),
      MakeObservation("f.txt", 9, "p-f", y2021, "consultations", 2000),
      MakeObservation("g.txt", 5, "p-g", y2021, "consultations", 1200),
      MakeObservation("h.txt", 0, "p-h", y2021, "consultations", std::nullopt),
      MakeObservation("h.txt", 0, "p-h", y2021, "resolved", std::nullopt),
  };
  obs[1].evidence = "全年开展协商活动100场次。";
  obs[8].evidence = "开展基层协商活动2000场次。";
  return obs;
}

struct Expected {
  ReviewReason reason;
  std::string city, indicator, period, detail;
};

}  // namespace

TEST_CASE("review flags each reason once, with its detail", "[review]") {
  const auto flags = FindValuesToReview(Fixture(), Catalogue(), Places(), ReviewOptions());
  const std::vector<Expected> expected = {
      {ReviewReason::kConflict, "p-b", "resolved", "2021", "50 (exact) at b1.txt:3 vs 60 (exact) at b2.txt:8"},
      {ReviewReason::kOutlier, "p-f", "consultations", "2021",
       "robust z 59.36 among 7 peers in 2021 on per_10k (this 100.00, median 12.00)"},
      {ReviewReason::kJump, "p-a", "consultations", "2021", "4.0× the 2020 value (25 → 100)"},
      // By hand: ≥120 is ≥12 per 10k, [12, 13.2] with the 10% rule; g's 12 and d's 13 lie in it.
      {ReviewReason::kQualified, "p-c", "consultations", "2021",
       "at_least: its interval [12.00, 13.20] on per_10k holds 2 other places' values, so its rank may move"},
      {ReviewReason::kNoValue, "p-h", "consultations", "2021", "NA in 1 row, no stated value in any period"},
      {ReviewReason::kNoValue, "p-h", "resolved", "2021", "NA in 1 row, no stated value in any period"},
  };
  REQUIRE(flags.size() == expected.size());
  for (size_t i = 0; i < flags.size(); ++i) {
    INFO("flag " << i);
    CHECK(flags[i].reason == expected[i].reason);
    CHECK(flags[i].city == expected[i].city);
    CHECK(flags[i].indicator == expected[i].indicator);
    CHECK(flags[i].period.ToString() == expected[i].period);
    CHECK(flags[i].detail == expected[i].detail);
  }
  // The jump carries the evidence of both years, oldest first.
  REQUIRE(flags[2].evidence.size() == 2);
  CHECK(flags[2].evidence[0].doc == "a2020.txt");
  CHECK(flags[2].evidence[1].doc == "a2021.txt");
  CHECK(*flags[0].value == 50);  // a conflict's current value: the first by (doc, line)
}

TEST_CASE("review: the list groups by reason with labels and evidence", "[review]") {
  std::vector<Observation> obs = Fixture();
  obs.erase(obs.begin() + 3, obs.begin() + 5);  // no conflict
  obs.pop_back();                                 // h states nothing about consultations only
  ReviewOptions options;
  options.max_change = 5;  // no jump
  const auto flags = FindValuesToReview(obs, Catalogue(), Places(), options);
  CHECK(FormatReviewList(flags, Catalogue(), Places()) ==
        "== 离群值 outliers: far from the year's peers by robust z ==\n"
        "p-f 己市 · 2021 · 协商活动场次 (consultations) · 2000 — robust z 59.36 among 7 peers in 2021 on per_10k "
        "(this 100.00, median 12.00)\n"
        "    f.txt:9  2000  「开展基层协商活动2000场次。」\n"
        "\n"
        "== 限定值 qualified values: at least, about or at most ==\n"
        "p-c 丙市 · 2021 · 协商活动场次 (consultations) · ≥120 — at_least: its interval [12.00, 13.20] on per_10k "
        "holds 2 other places' values, so its rank may move\n"
        "    c.txt:5  ≥120\n"
        "\n"
        "== 无数值 no value: covered by the documents, but no figure stated ==\n"
        "p-h 辛市 · 2021 · 协商活动场次 (consultations) · NA — NA in 1 row, no stated value in any period\n"
        "    h.txt  NA\n"
        "\n"
        "共 3 项待复核 3 to review: 离群值 outliers 1, 限定值 qualified 1, 无数值 no value 1\n");
  CHECK(FormatReviewList({}, Catalogue(), Places()) == "没有需要复核的数值 nothing to review\n");
}

TEST_CASE("review: the template round-trips and a reviewer's edit is applied and marked", "[review]") {
  const std::vector<Observation> obs = Fixture();
  const auto flags = FindValuesToReview(obs, Catalogue(), Places(), ReviewOptions());
  const std::string header = "\xEF\xBB\xBF" "doc,city,period,indicator,value,qualifier,reason\n";
  const std::string template_csv = FormatOverridesTemplate({}, flags);
  // The suggestions stand apart from a reviewer's rows, as comments: a line
  // on how to use them, each flag's reason and evidence, the suggested row.
  REQUIRE(template_csv.rfind(header + "\"# 待复核的建议 suggestions: 核对原文后删去行首的 #", 0) == 0);
  std::vector<std::string> suggested;
  for (size_t b = 0, e; b < template_csv.size(); b = e + 1) {
    e = template_csv.find('\n', b);
    const std::string line = template_csv.substr(b, e - b);
    if (line.rfind("#,", 0) == 0) suggested.push_back(line);
  }
  CHECK(suggested == std::vector<std::string>{"#,p-a,2021,consultations,100,exact,", "#,p-b,2021,resolved,50,exact,",
                                              "#,p-c,2021,consultations,120,at_least,",
                                              "#,p-f,2021,consultations,2000,exact,", "#,p-h,2021,consultations,NA,,",
                                              "#,p-h,2021,resolved,NA,,"});
  CHECK(template_csv.find("# 冲突 conflicts — p-b 2021 resolved: ") != std::string::npos);
  CHECK(template_csv.find("# 离群值 outliers — p-f 2021 consultations: robust z") != std::string::npos);
  // As written, it changes nothing: a run may take it as it is.
  const testing::TempFile unedited(template_csv);
  const auto as_written = ReadOverridesCsv(unedited.path(), Catalogue());
  REQUIRE(as_written.ok());
  CHECK(as_written->empty());
  // Rows put in force without a reason are refused, every one at once.
  const testing::TempFile no_reason(header + ",p-a,2021,consultations,100,exact,\n# a note\n,p-b,2021,resolved,50,exact,\n");
  const auto refused = ReadOverridesCsv(no_reason.path(), Catalogue());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message() == no_reason.path() + ":2: an override needs a reason\n" + no_reason.path() +
                                          ":4: an override needs a reason");

  // The reviewer gives each row a reason and corrects p-f (a digit too many).
  const std::string edited_csv = header +
                                 ",p-a,2021,consultations,100,exact,核对原文无误\n"
                                 ",p-b,2021,resolved,50,exact,b2.txt 为计划数\n"
                                 ",p-c,2021,consultations,120,at_least,原文为120余场\n"
                                 ",p-f,2021,consultations,200,exact,原文为200场次\n"
                                 ",p-h,2021,consultations,NA,,报告未提及\n"
                                 ",p-h,2021,resolved,NA,,报告未提及\n";
  const testing::TempFile edited(edited_csv);
  const auto overrides = ReadOverridesCsv(edited.path(), Catalogue());
  REQUIRE(overrides.ok());
  REQUIRE(overrides->size() == flags.size());
  CHECK((*overrides)[2].qualifier == Qualifier::kAtLeast);
  CHECK_FALSE((*overrides)[4].value.has_value());
  // Written again with no new flag, the template is the reviewer's file.
  CHECK(FormatOverridesTemplate(*overrides, flags) == edited_csv);

  std::vector<Observation> applied = obs;
  Diagnostics errors;
  ApplyOverrides(*overrides, &applied, &errors);
  CHECK(errors.empty());
  CHECK(FindValuesToReview(applied, Catalogue(), Places(), ReviewOptions()).empty());
  const auto ds = BuildDataset(applied);  // the conflict is settled
  REQUIRE(ds.ok());
  CompareOptions options;
  options.draws = 0;
  const auto comparison = Compare(*ds, Catalogue(), Places(), options);
  REQUIRE(comparison.ok());
  bool found = false;
  for (const ComparisonRow& r : comparison->rows) {
    if (r.city != "p-f" || r.indicator != "consultations") continue;
    found = true;
    CHECK(r.value == 200);
    CHECK(r.reviewed);
  }
  CHECK(found);
}

TEST_CASE("review: reviewed keys are not flagged again — new flags join the kept rows", "[review]") {
  std::vector<Observation> obs = Fixture();
  Override ov;
  ov.city = "p-f";
  ov.period = Period::Year(2021);
  ov.indicator = "consultations";
  ov.value = 2000;
  ov.reason = "原文如此";
  Diagnostics errors;
  ApplyOverrides({ov}, &obs, &errors);
  CHECK(errors.empty());
  const auto flags = FindValuesToReview(obs, Catalogue(), Places(), ReviewOptions());
  for (const ReviewFlag& f : flags) CHECK(f.city != "p-f");
  CHECK(flags.size() == 5);
  const std::string csv = FormatOverridesTemplate({ov}, flags);
  CHECK(csv.find("doc,city,period,indicator,value,qualifier,reason\n"
                 ",p-f,2021,consultations,2000,exact,原文如此\n"
                 "\"# 待复核的建议") != std::string::npos);
  CHECK(csv.find("#,p-a,2021,consultations,100,exact,\n") != std::string::npos);
}

TEST_CASE("review: a qualified value is flagged only where its interval holds another place's value",
          "[review]") {
  std::vector<Observation> obs = Fixture();
  // e's 140 becomes 约140: [13.3, 14.7] per 10k holds no other value (d 13, f 100).
  for (Observation& o : obs) {
    if (o.city == "p-e") o.qualifier = Qualifier::kApprox;
  }
  const auto flags = FindValuesToReview(obs, Catalogue(), Places(), ReviewOptions());
  int qualified = 0;
  for (const ReviewFlag& f : flags) {
    if (f.reason != ReviewReason::kQualified) continue;
    ++qualified;
    CHECK(f.city == "p-c");  // e ranks the same anywhere in its interval
  }
  CHECK(qualified == 1);
}

TEST_CASE("review: a place missing from the table takes no part in per_10k outliers", "[review]") {
  std::vector<Place> places = Places();
  places.erase(places.begin() + 5);  // p-f
  const auto flags = FindValuesToReview(Fixture(), Catalogue(), places, ReviewOptions());
  for (const ReviewFlag& f : flags) CHECK(f.reason != ReviewReason::kOutlier);
}

}  // namespace peercard
