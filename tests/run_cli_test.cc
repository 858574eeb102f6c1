// `peercard run` end to end on the bundled examples: exit statuses, progress
// off a terminal, byte-identical reruns, atomic writes, overrides.
#include <catch2/catch.hpp>

#include <filesystem>

#include "base/output_lock.h"
#include "base/parallel_for.h"
#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;

const std::string kBin = PEERCARD_BINARY;
const std::string kExamples = std::string(PEERCARD_SOURCE_DIR) + "/examples";

std::vector<std::string> OutputFiles(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) out.push_back(fs::relative(e.path(), dir).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("run on the examples writes every output — progress is plain lines off a terminal", "[run][cli]") {
  const TempDir tmp;
  const std::string out = tmp.path() + "/out";
  const CommandResult r = RunCommand(kBin + " run -o " + out + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find('\r') == std::string::npos);
  CHECK(r.output.find("peercard: reading reports: 28/28\n") != std::string::npos);
  CHECK(r.output.find("peercard: run: 28 files, 43 place passages, 138 values, 34 NA") != std::string::npos);
  CHECK(r.output.find("peercard: outputs in " + out +
                      "/: observations.csv comparison.csv comparison.xlsx cards/ (13 cards) summary.pdf briefing.pdf run.json\n") !=
        std::string::npos);
  const auto files = OutputFiles(out);
  for (const char* f : {"observations.csv", "comparison.csv", "comparison.xlsx", "summary.pdf", "run.json",
                        "cards/gs-zhangye.pdf", "cards/nx-wuzhong.pdf"}) {
    CHECK(std::find(files.begin(), files.end(), f) != files.end());
  }
  for (const auto& f : files) CHECK(f.find(".tmp-") == std::string::npos);
  const std::string json = Slurp(out + "/run.json");
  CHECK(json.find("\"sha256\": \"") != std::string::npos);
  CHECK(json.find("\"metrics_sha256\"") != std::string::npos);
  CHECK(json.find("\"cards\": 13") != std::string::npos);
  CHECK(json.find("\"conflicts\": 2") != std::string::npos);  // counted by kind, not from text
  const size_t conflict = json.find("\"kind\": \"conflict\"");
  REQUIRE(conflict != std::string::npos);
  CHECK(json.find("\"line\": ", conflict) < json.find('}', conflict));
  // Older values standing in for 2024 are counted apart and named: 7 of the
  // 13 proposals values are of 2024, 8 values in all stand in.
  const std::string summary = RunCommand("pdftotext " + out + "/summary.pdf -").output;
  CHECK(summary.find("13/13（2024 年 7 个）") != std::string::npos);
  CHECK(summary.find("替代值 8 个：某地缺 2024 年数值时") != std::string::npos);
  const std::string jinchang = RunCommand("pdftotext " + out + "/cards/gs-jinchang.pdf -").output;
  CHECK(jinchang.find("替代值：提案立案件数（2023年），缺 2024 年数值") != std::string::npos);
  // A long evidence sentence is cut around its number, which stays whole
  // even when it sits at the end (定西: …推动解决群众急难愁盼问题１３２０余件).
  const std::string dingxi = RunCommand("pdftotext " + out + "/cards/gs-dingxi.pdf -").output;
  CHECK(dingxi.find("问题１３２０余件") != std::string::npos);
  // The report is cited by its title and subtitle as printed; its evidence rows keep the file.
  CHECK(dingxi.find("数据来源 《坚守初心践使命 凝心聚力促振兴——定西市政协２０２４年工作综述》") != std::string::npos);
  CHECK(dingxi.find("2024_gs-dingxi_summary.txt:") != std::string::npos);
  // With no --threads, every core works (the help says so).
  CHECK(json.find("\"threads\": " + std::to_string(peercard::DefaultThreads())) != std::string::npos);
}

TEST_CASE("a quiet run prints nothing and a rerun is byte-identical but for run.json", "[run][cli]") {
  const TempDir tmp;
  const std::string a = tmp.path() + "/a", b = tmp.path() + "/b";
  const CommandResult first = RunCommand(kBin + " run -q --threads 2 -o " + a + " 2>&1");
  REQUIRE(first.exit_code == 0);
  CHECK(first.output.empty());
  REQUIRE(RunCommand(kBin + " run -q --threads 1 -o " + b + " 2>&1").exit_code == 0);
  const auto files = OutputFiles(a);
  REQUIRE(files == OutputFiles(b));
  for (const auto& f : files) {
    if (f == "run.json") continue;
    INFO(f);
    CHECK(Slurp(a + "/" + f) == Slurp(b + "/" + f));
  }
}

TEST_CASE("extract scores F1 = 1.000 on the bundled examples", "[run][cli][examples]") {
  const TempDir tmp;
  const std::string obs = tmp.path() + "/observations.csv";
  REQUIRE(RunCommand(kBin + " extract -q --manifest " + kExamples + "/manifest.csv -o " + obs + " " + kExamples +
                     "/corpus")
              .exit_code == 0);
  const CommandResult score = RunCommand("python3 " + std::string(PEERCARD_SHARED_DIR) + "/tools/score.py " + obs +
                                         " " + kExamples + "/gold.csv");
  if (score.exit_code != 0 && !fs::exists(std::string(PEERCARD_SHARED_DIR) + "/tools/score.py")) {
    WARN("../shared/tools/score.py not found: skipped");
    return;
  }
  INFO(score.output);
  CHECK(score.output.find("F1 1.000") != std::string::npos);
}

TEST_CASE("exit status 2 for usage errors, 1 when an input fails but the rest is written", "[run][cli]") {
  const TempDir tmp;
  CHECK(RunCommand(kBin + " run --no-such-flag 2>/dev/null").exit_code == 2);
  CHECK(RunCommand(kBin + " run --font /nonexistent.ttf -o " + tmp.path() + "/x 2>/dev/null").exit_code == 2);
  CHECK_FALSE(fs::exists(tmp.path() + "/x/observations.csv"));
  // A corpus with one good report and one binary file.
  const std::string corpus = tmp.path() + "/corpus";
  fs::create_directories(corpus);
  fs::copy_file(kExamples + "/corpus/2023_gs-zhangye_summary.txt", corpus + "/2023_gs-zhangye_summary.txt");
  fs::copy_file(kExamples + "/corpus/2024_gs-zhangye_summary.txt", corpus + "/2024_gs-zhangye_summary.txt");
  WriteBytes(corpus + "/broken.txt", std::string("\x00\x01\x02\x03garbage", 11));
  const CommandResult r = RunCommand(kBin + " run -o " + tmp.path() + "/out " + corpus + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("peercard: error: broken.txt: binary file") != std::string::npos);
  CHECK(fs::exists(tmp.path() + "/out/cards/gs-zhangye.pdf"));
  CHECK(fs::exists(tmp.path() + "/out/summary.pdf"));
}

TEST_CASE("a misspelt command or option gets the near one, an unknown command the list", "[run][cli]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"rnu", "peercard: did you mean 'run'?\n"},
      {"extarct .", "peercard: did you mean 'extract'?\n"},
      {"run --thread 2", "peercard: did you mean '--threads'?\n"},
      {"run --treads=2", "peercard: did you mean '--threads'?\n"},
      {"compare --yaer 2024 x.csv", "peercard: did you mean '--year'?\n"},
      {"publish", "peercard: 'publish' is not a command; the commands are extract, inspect, compare, render, run, "
                  "review\n"},
  };
  for (const auto& [args, hint] : cases) {
    const CommandResult r = RunCommand(kBin + " " + args + " 2>&1");
    INFO(args << "\n" << r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find(hint) != std::string::npos);
  }
  // Far from every option: CLI11's own message, no guess.
  const CommandResult far = RunCommand(kBin + " run --colour red 2>&1");
  CHECK(far.exit_code == 2);
  CHECK(far.output.find("did you mean") == std::string::npos);
}

TEST_CASE("a year with no values, a wrong path or an empty folder: said plainly, and no outputs claimed",
          "[run][cli]") {
  const TempDir tmp;
  const CommandResult year = RunCommand(kBin + " run --year 2030 -o " + tmp.path() + "/y 2>&1");
  INFO(year.output);
  CHECK(year.exit_code == 1);
  CHECK(year.output.find("peercard: error: compare: --year 2030: no place has a value for that year; the years with "
                         "values are 2021, 2022, 2023, 2024\n") != std::string::npos);
  CHECK(year.output.find("outputs in " + tmp.path() + "/y/: observations.csv\n") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() + "/y/cards"));

  const CommandResult wrong = RunCommand(kBin + " run -o " + tmp.path() + "/w " + tmp.path() + "/no-such 2>&1");
  INFO(wrong.output);
  CHECK(wrong.exit_code == 1);
  CHECK(wrong.output.find("peercard: error: " + tmp.path() + "/no-such: no such file or folder\n") !=
        std::string::npos);
  CHECK(wrong.output.find("outputs in") == std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() + "/w"));

  fs::create_directories(tmp.path() + "/empty");
  const CommandResult empty = RunCommand(kBin + " run -o " + tmp.path() + "/e " + tmp.path() + "/empty 2>&1");
  INFO(empty.output);
  CHECK(empty.exit_code == 1);
  CHECK(empty.output.find("/empty: folder has no reports (.txt, .pdf, .docx, .doc, .html)") != std::string::npos);
  CHECK(empty.output.find("outputs in") == std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() + "/e"));
}

TEST_CASE("a card that cannot be written is named — the others are written and nothing half-written is left",
          "[run][cli]") {
  const TempDir tmp;
  const std::string out = tmp.path() + "/out";
  // A folder where gs-wuwei's card should go: the rename onto it fails.
  fs::create_directories(out + "/cards/gs-wuwei.pdf/blocker");
  const CommandResult r = RunCommand(kBin + " run -o " + out + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 3);  // an output failed, not an input
  CHECK(r.output.find("gs-wuwei.pdf: cannot replace file: Is a directory") != std::string::npos);
  CHECK(fs::exists(out + "/cards/gs-zhangye.pdf"));
  CHECK(fs::exists(out + "/summary.pdf"));
  for (const auto& f : OutputFiles(out)) CHECK(f.find(".tmp-") == std::string::npos);
}

TEST_CASE("overrides are applied and marked as reviewed on every output, with the reviewer's reason",
          "[run][cli]") {
  const TempDir tmp;
  const std::string overrides = tmp.path() + "/overrides.csv";
  WriteBytes(overrides,
             "doc,city,period,indicator,value,qualifier,reason\n"
             ",gs-zhangye,2024,consultations,1234,exact,与印发的公报核对\n");
  const std::string out = tmp.path() + "/out";
  REQUIRE(RunCommand(kBin + " run -q --overrides " + overrides + " -o " + out).exit_code == 0);
  const std::string csv = Slurp(out + "/comparison.csv");
  CHECK(csv.find("gs-zhangye,张掖市,Zhangye,consultations,all,2024,2024,1234,exact,1234,1234,true,") !=
        std::string::npos);
  const CommandResult text = RunCommand("pdftotext " + out + "/cards/gs-zhangye.pdf -");
  CHECK(text.output.find("已复核") != std::string::npos);
  CHECK(text.output.find("协商活动场次（与印发的公报核对）") != std::string::npos);
  CHECK(text.output.find("1,234") != std::string::npos);
}

TEST_CASE("an override with a period typo is an error naming its line; the comparison is not moved",
          "[run][cli]") {
  const TempDir tmp;
  const std::string overrides = tmp.path() + "/overrides.csv";
  WriteBytes(overrides,
             "doc,city,period,indicator,value,qualifier,reason\n"
             ",gs-zhangye,2025,consultations,1234,exact,与印发的公报核对\n"
             ",gs-zhangye,2024,resolved,x,exact,\n");
  const std::string out = tmp.path() + "/out";
  CommandResult r = RunCommand(kBin + " run --overrides " + overrides + " -o " + out + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 2);  // a malformed file: every bad line named, nothing written
  CHECK(r.output.find(overrides + ":3: value 'x' is not a non-negative number or NA") != std::string::npos);
  WriteBytes(overrides,
             "doc,city,period,indicator,value,qualifier,reason\n"
             ",gs-zhangye,2025,consultations,1234,exact,与印发的公报核对\n");
  r = RunCommand(kBin + " run --overrides " + overrides + " -o " + out + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("peercard: error: " + overrides +
                      ":2: matches no observation (gs-zhangye consultations 2025); the values of gs-zhangye are for "
                      "2022, 2023, 2024") != std::string::npos);
  CHECK(r.output.find("comparison year 2024; 13 cards") != std::string::npos);
}

TEST_CASE("an output folder that cannot be made exits 3 with the system's reason", "[run][cli]") {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/taken", "a file where the output folder should be");
  const CommandResult r = RunCommand(kBin + " run -o " + tmp.path() + "/taken/out 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 3);
  CHECK(r.output.find("taken/out: cannot create directory: Not a directory") != std::string::npos);
}

TEST_CASE("zero-width spaces and emoji from web copies cost no card: dropped or printed as a mark, with a warning",
          "[run][cli]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/corpus";
  fs::create_directories(corpus);
  const std::string zwsp = "\u200B", grin = "\U0001F600", thumbs = "\U0001F44D\uFE0F";
  WriteBytes(corpus + "/2024_wuwei.txt",
             "武威市政协2024年工作综述\n\n2024年，" + zwsp + "武威市政协深入推进基层协商，" + zwsp +
                 "全年开展基层协商议事活动86场" + grin + "，" + zwsp + "协商解决群众急难愁盼问题120件" + thumbs +
                 "。\n");
  WriteBytes(corpus + "/2024_zhangye.txt",
             "张掖市政协2024年工作综述\n\n2024年，张掖市政协全年开展基层协商议事活动64场，协商解决问题95件。\n");
  const std::string out = tmp.path() + "/out";
  const CommandResult r = RunCommand(kBin + " run " + corpus + " -o " + out + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("peercard: warning: gs-wuwei 武威市: 2 characters not in the font, printed as \u25A1: "
                      "'\U0001F44D' (U+1F44D), '\U0001F600' (U+1F600)\n") != std::string::npos);
  const std::string obs = Slurp(out + "/observations.csv");
  CHECK(obs.find("2024_wuwei.txt,gs-wuwei,2024,consultations,86,exact") != std::string::npos);
  CHECK(obs.find("2024_wuwei.txt,gs-wuwei,2024,resolved,120,exact") != std::string::npos);
  REQUIRE(fs::exists(out + "/cards/gs-wuwei.pdf"));
  CHECK(fs::exists(out + "/cards/gs-zhangye.pdf"));
  CHECK(fs::exists(out + "/summary.pdf"));
  const std::string card = RunCommand("pdftotext " + out + "/cards/gs-wuwei.pdf -").output;
  CHECK(card.find("86场\u25A1，") != std::string::npos);  // the figure is a bold run of its own
  CHECK(card.find(zwsp) == std::string::npos);
  // run.json keeps it as a record: kind, file, line, place, message.
  const std::string json = Slurp(out + "/run.json");
  const size_t glyph = json.find("\"kind\": \"missing_glyph\"");
  REQUIRE(glyph != std::string::npos);
  const std::string record = json.substr(glyph, json.find('}', glyph) - glyph);
  CHECK(record.find("\"place\": \"gs-wuwei\"") != std::string::npos);
  CHECK(record.find("\"message\": \"gs-wuwei 武威市: 2 characters not in the font, printed as") != std::string::npos);
}

TEST_CASE("two runs into one folder: the second is refused while the first writes", "[run][cli]") {
  const TempDir tmp;
  const std::string out = tmp.path() + "/out";
  // The first run, as far as the second can tell: a holder of the folder's lock.
  auto holder = peercard::OutputLock::Acquire(out);
  REQUIRE(holder.ok());
  const CommandResult r = RunCommand(kBin + " run -o " + out + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 3);
  CHECK(r.output.find("peercard: error: " + out + ": another peercard run is writing into this folder") !=
        std::string::npos);
  CHECK(r.output.find("outputs in") == std::string::npos);
  CHECK(fs::directory_iterator(out) == fs::directory_iterator());  // nothing written
}

TEST_CASE("Ctrl-C or kill at any moment of a run leaves no temporary file", "[run][cli]") {
  const TempDir tmp;
  const std::string out = tmp.path() + "/out";
  for (const char* sig : {"INT", "TERM"}) {
    for (const char* delay : {"0.05", "0.15", "0.3"}) {
      const CommandResult r = RunCommand("sh -c '" + kBin + " run -q -o " + out + " & pid=$!; sleep " + delay +
                                         "; kill -" + sig + " $pid; wait $pid; echo $?'");
      INFO(sig << " after " << delay << " s: " << r.output);
      if (!fs::exists(out)) continue;  // stopped before it made the folder (a slow build)
      for (const auto& f : OutputFiles(out)) CHECK(f.find(".tmp-") == std::string::npos);
    }
  }
}
