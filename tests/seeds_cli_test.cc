// End to end on the five real reports in ../shared/seeds (never copied into
// the project): `peercard extract` scored by ../shared/tools/score.py.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;

std::string SeedsDir() { return std::string(PEERCARD_SHARED_DIR) + "/seeds"; }

}  // namespace

TEST_CASE("seeds with their manifest score F1 = 1.000", "[seeds][cli]") {
  if (!fs::exists(SeedsDir() + "/gold.csv")) {
    WARN("../shared/seeds not found beside the checkout: skipped");
    return;
  }
  const TempDir tmp;
  const std::string obs = tmp.path() + "/observations.csv";
  const CommandResult run = RunCommand(std::string(PEERCARD_BINARY) + " extract -q --manifest " + SeedsDir() +
                                       "/manifest.csv -o " + obs + " " + SeedsDir());
  REQUIRE(run.exit_code == 0);
  const CommandResult score = RunCommand("python3 " + std::string(PEERCARD_SHARED_DIR) + "/tools/score.py " + obs +
                                         " " + SeedsDir() + "/gold.csv");
  INFO(score.output);
  REQUIRE(score.exit_code == 0);
  CHECK(score.output.find("F1 1.000") != std::string::npos);
  CHECK(score.output.find("all gold values matched, no extra values") != std::string::npos);
}

TEST_CASE("seeds without a manifest: only the undated speeches miss, as unknown periods", "[seeds][cli]") {
  if (!fs::exists(SeedsDir() + "/gold.csv")) {
    WARN("../shared/seeds not found beside the checkout: skipped");
    return;
  }
  const TempDir tmp;
  const std::string obs = tmp.path() + "/observations.csv";
  const CommandResult run =
      RunCommand(std::string(PEERCARD_BINARY) + " extract --no-manifest -o " + obs + " " + SeedsDir() + " 2>&1");
  REQUIRE(run.exit_code == 0);
  // The speeches in 002 print no year: each of its places is reported with
  // an unknown period, and a warning says how to give it.
  CHECK(run.output.find("002_ab9d9e14427b3b93.txt: gs-tianshui: period unknown") != std::string::npos);
  const CommandResult score = RunCommand("python3 " + std::string(PEERCARD_SHARED_DIR) + "/tools/score.py " + obs +
                                         " " + SeedsDir() + "/gold.csv");
  INFO(score.output);
  std::istringstream lines(score.output);
  std::string line;
  int misses = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("  0", 0) != 0) continue;  // a mismatch line
    ++misses;
    CHECK(line.rfind("  002_ab9d9e14427b3b93.txt/", 0) == 0);
    if (line.find("(key not in gold)") != std::string::npos) CHECK(line.find("/unknown/") != std::string::npos);
  }
  CHECK(misses > 0);
  CHECK(score.output.find("precision 1.000") == std::string::npos);  // 002's values sit under 'unknown'
}
