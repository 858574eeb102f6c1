// A run whose writes fail at every point in turn (the n-th write, fsync or
// rename, for each n): after each, every output is the previous run's file or
// the new complete one, no temporary is left, and the failure is reported.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "app/run_pipeline.h"
#include "base/atomic_file.h"
#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;
using peercard::FailNthWriteForTesting;
using peercard::RunOptions;
using peercard::RunPipeline;

std::string Report(const std::string& city, int sessions, int resolved, int deployed) {
  return city + "政协2023年工作综述\n2023年，" + city + "政协坚持把协商民主向基层延伸，全年开展基层协商活动" +
         std::to_string(sessions) + "场次，推动解决群众急难愁盼问题" + std::to_string(resolved) + "件，组织" +
         std::to_string(deployed) + "名政协委员下沉到乡镇（街道）协商议事室。\n";
}

void WriteCorpus(const std::string& dir, int scale) {
  WriteBytes(dir + "/2023_jiuquan.txt", Report("酒泉市", 1200 + scale, 800 + scale, 900));
  WriteBytes(dir + "/2023_zhangye.txt", Report("张掖市", 1000, 700 - scale, 1050));
  WriteBytes(dir + "/2023_wuwei.txt", Report("武威市", 900 - scale, 650, 700 + scale));
}

// Every file under `dir` (relative path → bytes).
std::map<std::string, std::string> Files(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = Slurp(e.path().string());
  }
  return out;
}

peercard::Result<peercard::RunResult> Run(const std::string& corpus, const std::string& out) {
  RunOptions o;
  o.corpus = {corpus};
  o.output = out;
  o.threads = 1;  // the n-th write is the same write on every run
  return RunPipeline(o, nullptr);
}

}  // namespace

TEST_CASE("writes failing at every point of a run leave each output old or new and complete", "[run][faults]") {
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const TempDir tmp;
  WriteCorpus(tmp.path() + "/a", 0);
  WriteCorpus(tmp.path() + "/b", 40);
  REQUIRE(Run(tmp.path() + "/a", tmp.path() + "/out-a").ok());
  REQUIRE(Run(tmp.path() + "/b", tmp.path() + "/out-b").ok());
  const auto old_files = Files(tmp.path() + "/out-a");
  const auto new_files = Files(tmp.path() + "/out-b");
  REQUIRE(old_files.count("cards/gs-jiuquan.pdf"));
  REQUIRE(old_files.at("comparison.csv") != new_files.at("comparison.csv"));
  REQUIRE(old_files.at("cards/gs-jiuquan.pdf") != new_files.at("cards/gs-jiuquan.pdf"));

  long n = 1;
  for (;; ++n) {
    const std::string out = tmp.path() + "/out-" + std::to_string(n);
    fs::copy(tmp.path() + "/out-a", out, fs::copy_options::recursive);
    FailNthWriteForTesting(n);
    auto r = Run(tmp.path() + "/b", out);
    const long operations = FailNthWriteForTesting(0);
    REQUIRE(r.ok());
    INFO("write " << n << " of " << operations);
    if (operations < n) {  // the run finished before the n-th write: no fault
      CHECK(r->errors.empty());
      break;
    }
    REQUIRE_FALSE(r->errors.empty());
    CHECK(peercard::CountOf(r->errors, peercard::DiagnosticKind::kOutput) == 1);
    CHECK(r->errors.front().message.find("disk full") != std::string::npos);
    for (const auto& [name, bytes] : Files(out)) {
      INFO(name);
      CHECK(name.find(".tmp-") == std::string::npos);
      if (name == "run.json") {  // timings differ run to run: complete, not byte-equal
        CHECK(bytes.size() > 2);
        CHECK(bytes.front() == '{');
        CHECK(bytes.substr(bytes.size() - 2) == "}\n");
        continue;
      }
      const bool old_file = old_files.count(name) && old_files.at(name) == bytes;
      const bool new_file = new_files.count(name) && new_files.at(name) == bytes;
      CHECK((old_file || new_file));
    }
    fs::remove_all(out);
  }
  CHECK(n > 15);  // every output's write, fsync and rename was tried
  unsetenv("SOURCE_DATE_EPOCH");
}
