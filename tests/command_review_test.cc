// `peercard review` end to end: the list, the template, the exit statuses,
// and the loop back through --overrides.
#include <catch2/catch.hpp>

#include <string>

#include "cli_test_util.h"

namespace {

const std::string kBom = "\xEF\xBB\xBF";

// A conflict for 武威 and a place (兰州) that states nothing.
const std::string kObservations = kBom +
    "doc,city,period,indicator,value,qualifier,unit,line,offset,evidence,rule\n"
    "a.txt,gs-wuwei,2021,consultations,2289,exact,场次,12,100,全年开展协商活动2289场次。,consultations.activity\n"
    "b.txt,gs-wuwei,2021,consultations,2290,exact,场次,40,300,开展协商活动2290场次。,consultations.activity\n"
    "c.txt,gs-lanzhou,2021,consultations,NA,,,,,,\n";

std::string Review(const TempDir& dir, const std::string& args) {
  return "cd '" + dir.path() + "' && " + std::string(PEERCARD_BINARY) + " review " + args;
}

}  // namespace

TEST_CASE("peercard review: list, template, refusal to overwrite, loop", "[review][cli]") {
  const TempDir dir;
  WriteBytes(dir.path() + "/observations.csv", kObservations);
  const std::string overrides = dir.path() + "/overrides.csv";

  const CommandResult first = RunCommand(Review(dir, "observations.csv 2>/dev/null"));
  CHECK(first.exit_code == 0);  // it ran, even though it flagged values
  CHECK(first.output ==
        "== 冲突 conflicts: documents give different values (compare refuses them until settled) ==\n"
        "gs-wuwei 武威市 · 2021 · 协商活动场次 (consultations) · 2289 — 2289 (exact) at a.txt:12 vs 2290 (exact) "
        "at b.txt:40\n"
        "    a.txt:12  2289  「全年开展协商活动2289场次。」\n"
        "    b.txt:40  2290  「开展协商活动2290场次。」\n"
        "\n"
        "== 无数值 no value: covered by the documents, but no figure stated ==\n"
        "gs-lanzhou 兰州市 · 2021 · 协商活动场次 (consultations) · NA — NA in 1 row, no stated value in any period\n"
        "    c.txt  NA\n"
        "\n"
        "共 2 项待复核 2 to review: 冲突 conflicts 1, 无数值 no value 1\n");
  const std::string header = kBom + "doc,city,period,indicator,value,qualifier,reason\n";
  // The suggestions are comments under the reviewer's rows (none yet), each
  // after its flag's reason and evidence.
  const std::string written = Slurp(overrides);
  CHECK(written.rfind(header + "\"# 待复核的建议 suggestions:", 0) == 0);
  CHECK(written.find("\"# 无数值 no value — gs-lanzhou 2021 consultations: NA in 1 row, no stated value in any period "
                     "| c.txt\"\n#,gs-lanzhou,2021,consultations,NA,,\n") != std::string::npos);
  CHECK(written.find("# 冲突 conflicts — gs-wuwei 2021 consultations: 2289 (exact) at a.txt:12 vs 2290 (exact) at "
                     "b.txt:40 | a.txt:12 「全年开展协商活动2289场次。」\n#,gs-wuwei,2021,consultations,2289,exact,\n") !=
        std::string::npos);

  // Run again without --overrides: the reviewer's file is not overwritten.
  WriteBytes(overrides, header +
                            ",gs-lanzhou,2021,consultations,NA,,报告未提及\n"
                            ",gs-wuwei,2021,consultations,2290,exact,b.txt 为终稿\n");
  const CommandResult refused = RunCommand(Review(dir, "observations.csv 2>&1"));
  CHECK(refused.exit_code == 2);
  CHECK(refused.output ==
        "peercard: error: overrides.csv exists: pass it with --overrides to keep its rows, or name another "
        "file with -o\n");

  // With the reviewer's file: nothing left to review, its rows carried over.
  const std::string edited = Slurp(overrides);
  const CommandResult loop = RunCommand(Review(dir, "--overrides overrides.csv observations.csv 2>/dev/null"));
  CHECK(loop.exit_code == 0);
  CHECK(loop.output == "没有需要复核的数值 nothing to review\n");
  CHECK(Slurp(overrides) == edited);
}

TEST_CASE("peercard review: usage errors and bad overrides exit 2, a failed input 1", "[review][cli]") {
  const TempDir dir;
  WriteBytes(dir.path() + "/observations.csv", kObservations);
  CHECK(RunCommand(Review(dir, "2>/dev/null")).exit_code == 2);
  CHECK(RunCommand(Review(dir, "--max-change 0.5 observations.csv 2>/dev/null")).exit_code == 2);
  const CommandResult missing = RunCommand(Review(dir, "-o out.csv observations.csv missing.csv 2>&1"));
  CHECK(missing.exit_code == 1);
  CHECK(missing.output.find("peercard: error: missing.csv: no such file\n") != std::string::npos);
  CHECK(Slurp(dir.path() + "/out.csv").find("#,gs-wuwei,2021,consultations,2289,exact,\n") != std::string::npos);
  WriteBytes(dir.path() + "/bad_overrides.csv", "city,period,indicator,value,reason\ngs-wuwei,2021,consultations,1,\n");
  const CommandResult bad = RunCommand(Review(dir, "--overrides bad_overrides.csv -o o2.csv observations.csv 2>&1"));
  CHECK(bad.exit_code == 2);  // as compare treats it
  CHECK(bad.output == "peercard: error: bad_overrides.csv:2: an override needs a reason\n");
}
