// A short fuzz run inside the normal tests, so that it runs everywhere (and
// under the CI's ASan/UBSan build) without clang or libFuzzer: the saved fuzz
// inputs and a few bundled example reports, mutated at random with a fixed
// seed — bytes flipped, inserted, deleted, truncated mid-character, ranges
// repeated, and the words the extractor looks for spliced in — and each
// mutant checked against the contracts of fuzz/fuzz_pipeline.h. The long,
// coverage-guided runs are scripts/fuzz.sh's.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "../fuzz/fuzz_pipeline.h"
#include "cli_test_util.h"
#include "model/catalogue.h"

namespace peercard {
namespace {

// Pieces the extractor reacts to: cues, units, numerals, qualifiers, clause
// stops, committee names, and bytes that break UTF-8 or GB18030.
const char* const kTokens[] = {"政协",   "委员会", "协商",     "活动",   "场次", "解决", "问题", "件",
                               "名",     "人次",   "委员",     "下沉",   "提案", "立案", "一千一百", "两千",
                               "十余",   "１２７８", "2,289",  "1.2万",  "约",   "余",   "以上", "不足",
                               "近",     "，",     "。",       "；",     "\n",   "\r\n", "…",    "——",
                               "酒泉市", "武威",   "【金昌】", "2023年", "五年来", "全省各级", "\xE5\x8D", "\x81\x30",
                               "\xFF",   "\xEF\xBB\xBF"};

// One to four edits. Most keep the text decodable (whole tokens, repeated
// ranges), so that mutants reach segment and extract; a few break the bytes.
std::string Mutate(std::string s, std::mt19937_64* rng) {
  const auto pick = [rng](size_t n) { return n == 0 ? size_t{0} : static_cast<size_t>((*rng)() % n); };
  // A position moved back to the start of its character (no-op on bytes
  // that are not UTF-8): edits there keep UTF-8 text UTF-8.
  const auto boundary = [&s](size_t i) {
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  const int edits = 1 + static_cast<int>(pick(4));
  for (int e = 0; e < edits; ++e) {
    const size_t at = boundary(pick(s.size() + 1));
    const size_t kind = pick(20);
    if (kind < 8) {  // splice a token in
      s.insert(at, kTokens[pick(std::size(kTokens))]);
    } else if (kind < 13) {  // repeat a range of whole characters
      const std::string piece = s.substr(at, boundary(std::min(s.size(), at + 1 + pick(40))) - at);
      s.insert(boundary(pick(s.size() + 1)), piece);
    } else if (kind < 16) {  // delete a range of whole characters
      s.erase(at, boundary(std::min(s.size(), at + 1 + pick(12))) - at);
    } else if (kind < 18) {  // flip a bit
      if (!s.empty()) s[pick(s.size())] ^= static_cast<char>(1u << pick(8));
    } else if (kind < 19) {  // insert a byte
      s.insert(at, 1, static_cast<char>(pick(256)));
    } else {  // truncate, often inside a character
      s.resize(at);
    }
  }
  return s;
}

TEST_CASE("mutated reports go through ingest, segment and extract within contract", "[fuzz]") {
  auto c = LoadCatalogue(std::string(PEERCARD_SOURCE_DIR) + "/metrics", "");
  REQUIRE(c.ok());
  const Gazetteer g(c->places);
  // Half of the mutants come from whole example reports (the paths that find
  // places and values), half from the small edge cases of tests/data/fuzz.
  std::vector<std::string> reports, edge_cases;
  for (const auto& e : std::filesystem::directory_iterator(std::string(PEERCARD_SOURCE_DIR) + "/tests/data/fuzz")) {
    if (e.is_regular_file()) edge_cases.push_back(Slurp(e.path().string()));
  }
  std::sort(edge_cases.begin(), edge_cases.end());  // directory order varies; the run must not
  for (const char* f : {"2023_gs-jiuquan_summary.txt", "2022_nx_bulletin.txt", "2021_gs-pingliang_fiveyear.txt"}) {
    reports.push_back(Slurp(std::string(PEERCARD_SOURCE_DIR) + "/examples/corpus/" + f));
  }
  REQUIRE(edge_cases.size() > 3);
  REQUIRE(reports[0].size() > 1000);
  std::mt19937_64 rng(20261123);
  constexpr int kMutants = 3000;
  int decoded = 0, refused = 0;  // the run must reach both the pipeline and ingest's errors
  for (int i = 0; i < kMutants; ++i) {
    const std::vector<std::string>& from = i % 2 ? reports : edge_cases;
    const std::string mutant = Mutate(from[static_cast<size_t>(rng() % from.size())], &rng);
    (IngestBytes(mutant, "fuzz.txt").ok() ? decoded : refused) += 1;
    const std::string broken = fuzz::RunExtractPipeline(mutant, g, c->indicators);
    if (!broken.empty()) {
      // Keep the input: it becomes tests/data/fuzz/crash-<name> once fixed.
      std::ofstream(std::filesystem::temp_directory_path() / ("peercard-mutant-" + std::to_string(i)),
                    std::ios::binary)
          << mutant;
      FAIL("mutant " << i << " (saved in the temporary directory): " << broken);
    }
  }
  CHECK(decoded > kMutants / 2);
  CHECK(refused > 0);
}

}  // namespace
}  // namespace peercard
