// Replays every input in tests/data/fuzz/ through ingest → segment → extract,
// built normally (no libFuzzer), so that the CI's ASan/UBSan build runs them
// too. The files are the fuzzer's seeds (seed-*: byte order marks, UTF-16,
// GB18030 fragments, numbers with qualifiers) and every finding of
// scripts/fuzz.sh worth keeping (crash-*, named after the libFuzzer
// artifact). The checks are those of fuzz/fuzz_pipeline.h: no crash, and the
// Document maps, section ranges and observations stay within their contracts.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "../fuzz/fuzz_pipeline.h"
#include "cli_test_util.h"
#include "model/catalogue.h"

namespace peercard {
namespace {

TEST_CASE("every saved fuzz input goes through ingest, segment and extract within contract", "[fuzz]") {
  auto c = LoadCatalogue(std::string(PEERCARD_SOURCE_DIR) + "/metrics", "");
  REQUIRE(c.ok());
  const Gazetteer g(c->places);
  std::vector<std::filesystem::path> inputs;
  for (const auto& e : std::filesystem::directory_iterator(std::string(PEERCARD_SOURCE_DIR) + "/tests/data/fuzz")) {
    if (e.is_regular_file()) inputs.push_back(e.path());
  }
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(!inputs.empty());
  for (const auto& p : inputs) {
    INFO(p.filename().string());
    CHECK(fuzz::RunExtractPipeline(Slurp(p.string()), g, c->indicators) == "");
  }
}

TEST_CASE("the fuzz contract check accepts a real report and rejects nothing on empty input", "[fuzz]") {
  auto c = LoadCatalogue(std::string(PEERCARD_SOURCE_DIR) + "/metrics", "");
  REQUIRE(c.ok());
  const Gazetteer g(c->places);
  CHECK(fuzz::RunExtractPipeline("", g, c->indicators) == "");
  CHECK(fuzz::RunExtractPipeline("——酒泉市政协2023年工作综述\n全年开展协商议事活动1117场次，解决问题740余件。\n", g,
                                 c->indicators) == "");
  CHECK(fuzz::IsValidUtf8("协商"));
  CHECK_FALSE(fuzz::IsValidUtf8("\xe5\x8d"));          // truncated
  CHECK_FALSE(fuzz::IsValidUtf8("\xc0\xaf"));          // overlong
  CHECK_FALSE(fuzz::IsValidUtf8("\xed\xa0\x80"));      // surrogate
}

}  // namespace
}  // namespace peercard
