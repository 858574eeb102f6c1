// Extraction scored on text it was not written against: ../shared/dev (16
// documents from 12 provinces) and the labelled corpus of real published
// statements in tests/data/corpus/ (tune … tune6: the parts rules are
// tuned on; holdout: scored only when a change is finished). `peercard extract` with
// no manifest, scored by ../shared/tools/score.py. The floors are the
// figures measured when the last change landed (BENCHMARKS.md), so a change
// that loses ground fails here.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;

struct Score {
  double precision = -1, recall = -1, f1 = -1;
};

// Runs extract on `dir`/docs with `dir`/places.csv and scores it against `dir`/gold.csv.
Score ScoreCorpus(const std::string& dir) {
  const TempDir tmp;
  const std::string obs = tmp.path() + "/observations.csv";
  const std::string places = dir + "/places.csv";
  const CommandResult run = RunCommand(std::string(PEERCARD_BINARY) + " extract -q --places " + places + " -o " +
                                       obs + " " + dir + "/docs 2>&1");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const CommandResult score = RunCommand("python3 " + std::string(PEERCARD_SHARED_DIR) + "/tools/score.py " + obs +
                                         " " + dir + "/gold.csv --places " + places);
  INFO(score.output);
  REQUIRE(score.exit_code == 0);
  Score s;
  std::istringstream lines(score.output);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("precision ", 0) == 0) {
      std::sscanf(line.c_str(), "precision %lf recall %lf", &s.precision, &s.recall);
    } else if (line.rfind("F1 ", 0) == 0) {
      std::sscanf(line.c_str(), "F1 %lf", &s.f1);
    }
  }
  REQUIRE(s.f1 >= 0);
  return s;
}

bool HaveScorer() { return fs::exists(std::string(PEERCARD_SHARED_DIR) + "/tools/score.py"); }

// Scores tests/data/corpus/`set` into *s; false, with a warning, where
// ../shared/tools/score.py is not beside the checkout.
bool ScoreLabelledSet(const std::string& set, Score* s) {
  if (!HaveScorer()) {
    WARN("../shared/tools/score.py not found beside the checkout: skipped");
    return false;
  }
  *s = ScoreCorpus(std::string(PEERCARD_SOURCE_DIR) + "/tests/data/corpus/" + set);
  return true;
}

}  // namespace

TEST_CASE("../shared/dev without a manifest: F1 >= 0.95, precision >= 0.97", "[corpus][cli]") {
  const std::string dev = std::string(PEERCARD_SHARED_DIR) + "/dev";
  if (!HaveScorer() || !fs::exists(dev + "/gold.csv")) {
    WARN("../shared/dev not found beside the checkout: skipped");
    return;
  }
  const Score s = ScoreCorpus(dev);
  CHECK(s.f1 >= 0.95);
  CHECK(s.precision >= 0.97);
}

TEST_CASE("the tuning part of the labelled corpus holds its measured score", "[corpus][cli]") {
  Score s;
  if (!ScoreLabelledSet("tune", &s)) return;
  CHECK(s.f1 >= 0.97);         // 0.977 measured (0.867 before the rules read from tune2's misses, 0.771 before
                               // the periods of counts to date and quoted sources)
  CHECK(s.precision >= 0.97);  // 1.000
}

TEST_CASE("the second tuning part, the held-out set until its misses were read, holds its score", "[corpus][cli]") {
  // 0.129 when it was scored blind, once (BENCHMARKS.md); tuned on since.
  Score s;
  if (!ScoreLabelledSet("tune2", &s)) return;
  CHECK(s.f1 >= 0.97);         // 1.000
  CHECK(s.precision >= 0.97);  // 1.000
}

TEST_CASE("the third tuning part, written blind around tune's and tune2's facts, holds its score", "[corpus][cli]") {
  // 0.533 measured before any rule read its misses (BENCHMARKS.md).
  Score s;
  if (!ScoreLabelledSet("tune3", &s)) return;
  CHECK(s.f1 >= 0.96);         // 0.973
  CHECK(s.precision >= 0.98);  // 1.000
}

TEST_CASE("the fourth tuning part, new wording and genres in 18 provinces, holds its score", "[corpus][cli]") {
  // 0.720 measured before any rule read its misses (tune4/README.md).
  Score s;
  if (!ScoreLabelledSet("tune4", &s)) return;
  CHECK(s.f1 >= 0.94);         // 0.960
  CHECK(s.precision >= 0.98);  // 1.000
}

TEST_CASE("the fifth tuning part, 85 new facts in 18 provinces, holds its score", "[corpus][cli]") {
  // 0.448 measured before any rule read its misses (tune5/README.md).
  Score s;
  if (!ScoreLabelledSet("tune5", &s)) return;
  CHECK(s.f1 >= 0.90);         // 0.918
  CHECK(s.precision >= 0.92);  // 0.933
}

TEST_CASE("the sixth tuning part, 20 documents in 22 provinces written blind, holds its score", "[corpus][cli]") {
  // 0.571 (P 0.609, R 0.538) measured before any rule read its misses (tune6/README.md).
  Score s;
  if (!ScoreLabelledSet("tune6", &s)) return;
  CHECK(s.f1 >= 0.97);         // 1.000
  CHECK(s.precision >= 0.98);  // 1.000
}

TEST_CASE("the blind holdout holds the score it had when first scored", "[corpus][cli]") {
  // Scored blind when the extraction changes of 2026-12-07 were finished: F1 0.571 (P 0.667, R 0.500) on its
  // 12 values, then 0.783 (P 0.818, R 0.750) after the later ones. Its documents are not read to tune rules;
  // a new blind set replaces it when they are.
  Score s;
  if (!ScoreLabelledSet("holdout", &s)) return;
  CHECK(s.f1 >= 0.76);
  CHECK(s.precision >= 0.80);
}
