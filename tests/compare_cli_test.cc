// End to end: the real seeds (../shared/seeds) → peercard extract →
// peercard compare → comparison.csv read back with ReadComparisonCsv.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <string>

#include "cli_test_util.h"
#include "tables/comparison.h"

namespace peercard {
namespace {

std::string SeedsDir() { return std::string(PEERCARD_SHARED_DIR) + "/seeds"; }

const ComparisonRow* Find(const std::vector<ComparisonRow>& rows, const std::string& city,
                          const std::string& indicator) {
  for (const ComparisonRow& r : rows) {
    if (r.city == city && r.indicator == indicator) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("seeds → extract → compare: the hand-checked figures", "[compare][cli]") {
  if (!std::filesystem::exists(SeedsDir() + "/manifest.csv")) {
    WARN("../shared/seeds not found beside the checkout: skipped");
    return;
  }
  const TempDir tmp;
  const std::string bin = PEERCARD_BINARY;
  const std::string obs = tmp.path() + "/observations.csv";
  REQUIRE(RunCommand(bin + " extract -q --manifest " + SeedsDir() + "/manifest.csv -o " + obs + " " + SeedsDir())
              .exit_code == 0);

  // 2022: Wuwei's 2017-2021 term stands in; Tianshui's speech is of 2022.
  const std::string cmp = tmp.path() + "/comparison.csv";
  const CommandResult run = RunCommand(bin + " compare --year 2022 -o " + cmp + " " + obs);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("peer group all: ") == 0);
  const auto rows = ReadComparisonCsv(cmp);
  REQUIRE(rows.ok());
  const ComparisonRow* wuwei = Find(*rows, "gs-wuwei", "consultations");
  REQUIRE(wuwei);
  CHECK(wuwei->value == 2289);
  CHECK(wuwei->period == Period{2017, 2021});
  CHECK(wuwei->year_used == 2021);
  CHECK(wuwei->per_year == 457.8);  // 2289 / 5
  CHECK(wuwei->per_10k == Approx(3.125010665856631));  // 457.8 / 1464955 × 10^4
  const ComparisonRow* tianshui = Find(*rows, "gs-tianshui", "deployed");
  REQUIRE(tianshui);
  CHECK(tianshui->value == 2000);
  CHECK(tianshui->qualifier == Qualifier::kAtLeast);
  CHECK(tianshui->value_high == 2200);
  CHECK(std::isnan(tianshui->per_year));  // a stock

  // Default year: 2024, where Jiayuguan states no problems resolved.
  const std::string latest = tmp.path() + "/latest.csv";
  REQUIRE(RunCommand(bin + " compare -q -o " + latest + " " + obs).exit_code == 0);
  const auto rows_2024 = ReadComparisonCsv(latest);
  REQUIRE(rows_2024.ok());
  const ComparisonRow* jiayuguan = Find(*rows_2024, "gs-jiayuguan", "resolved");
  REQUIRE(jiayuguan);
  CHECK(std::isnan(jiayuguan->value));
  CHECK(jiayuguan->rank == 0);
  CHECK(English(jiayuguan->reason) == "no value in 2022-2024 (not stated in 004_463d5631b037f9db.txt)");

  // Same inputs, same seed: the same bytes.
  const std::string again = tmp.path() + "/again.csv";
  REQUIRE(RunCommand(bin + " compare -q -o " + again + " " + obs).exit_code == 0);
  CHECK(RunCommand("cmp -s " + latest + " " + again).exit_code == 0);
}

TEST_CASE("compare reports a malformed observations file by file and line", "[compare][cli]") {
  const TempDir tmp;
  const std::string bad = tmp.path() + "/bad.csv";
  WriteBytes(bad, "doc,city,period,indicator,value\na.txt,gs-wuwei,2021,consultations,many\n");
  const CommandResult run =
      RunCommand(std::string(PEERCARD_BINARY) + " compare -o " + tmp.path() + "/c.csv " + bad + " 2>&1");
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("peercard: error: " + bad + ":2: value 'many' is not a number or NA\n") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(tmp.path() + "/c.csv"));
}

}  // namespace peercard
