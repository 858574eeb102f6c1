// `peercard extract` on bad input: each problem is named with its file, the
// other files go on, the exit status says something failed.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;

const std::string kBin = PEERCARD_BINARY;

const std::string kGoodReport =
    "——张掖市政协2023年工作综述\n"
    "一年来，全市开展基层协商议事活动960场次，推动解决群众急难愁盼问题410件。\n";

}  // namespace

TEST_CASE("bad files are named with their reason — the good one is extracted", "[extract][cli]") {
  const TempDir tmp;
  const std::string dir = tmp.path() + "/corpus";
  WriteBytes(dir + "/good.txt", kGoodReport);
  WriteBytes(dir + "/empty.txt", "");
  WriteBytes(dir + "/binary.txt", std::string("PK\x03\x04\x00\x00\x10\x00", 8));
  fs::create_symlink(dir + "/missing-target", dir + "/dangling.txt");
  const std::string out = tmp.path() + "/obs.csv";
  const CommandResult r = RunCommand(kBin + " extract -o " + out + " " + dir + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("peercard: error: empty.txt: empty file") != std::string::npos);
  CHECK(r.output.find("peercard: error: binary.txt: binary file") != std::string::npos);
  CHECK(r.output.find("dangling.txt") != std::string::npos);
  const std::string csv = Slurp(out);
  CHECK(csv.rfind("\xEF\xBB\xBF" "doc,city,period,indicator,value,qualifier,unit,line,offset,evidence,rule,page\n", 0) == 0);
  CHECK(csv.find("good.txt,gs-zhangye,2023,consultations,960,exact,场次,2,") != std::string::npos);
  CHECK(csv.find("good.txt,gs-zhangye,2023,resolved,410,exact,件,2,") != std::string::npos);
  CHECK(csv.find("good.txt,gs-zhangye,2023,deployed,NA,,,,,,") != std::string::npos);
}

TEST_CASE("a folder with no .txt and a missing path are errors — nothing else is lost", "[extract][cli]") {
  const TempDir tmp;
  fs::create_directories(tmp.path() + "/nothing");
  WriteBytes(tmp.path() + "/nothing/notes.md", "# not a report\n");
  WriteBytes(tmp.path() + "/good.txt", kGoodReport);
  const std::string out = tmp.path() + "/obs.csv";
  const CommandResult r = RunCommand(kBin + " extract -o " + out + " " + tmp.path() + "/nothing " + tmp.path() +
                                     "/nope " + tmp.path() + "/good.txt 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("peercard: error: " + tmp.path() + "/nothing: folder has no reports (.txt, .pdf, .docx, .doc, .html)") != std::string::npos);
  CHECK(r.output.find("peercard: error: " + tmp.path() + "/nope: no such file or folder") != std::string::npos);
  CHECK(Slurp(out).find("good.txt,gs-zhangye,2023,consultations,960") != std::string::npos);
}

TEST_CASE("a manifest naming a file that is not in the corpus is named by line", "[extract][cli]") {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/c/good.txt", kGoodReport);
  WriteBytes(tmp.path() + "/c/manifest.csv", "file,year,years,city\ngood.txt,2022,1,\nghost.txt,2023,1,gs-wuwei\n");
  const std::string out = tmp.path() + "/obs.csv";
  const CommandResult r = RunCommand(kBin + " extract --manifest " + tmp.path() + "/c/manifest.csv -o " + out + " " +
                                     tmp.path() + "/c 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("manifest.csv:3: file 'ghost.txt' is not among the reports read") != std::string::npos);
  // The manifest's year wins over the title's.
  CHECK(Slurp(out).find("good.txt,gs-zhangye,2022,consultations,960") != std::string::npos);
}

TEST_CASE("a bad manifest row is a usage error and nothing is written", "[extract][cli]") {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/c/good.txt", kGoodReport);
  WriteBytes(tmp.path() + "/c/manifest.csv", "file,year,years\ngood.txt,twenty,1\n");
  const std::string out = tmp.path() + "/obs.csv";
  const CommandResult r = RunCommand(kBin + " extract --manifest " + tmp.path() + "/c/manifest.csv -o " + out + " " +
                                     tmp.path() + "/c 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("manifest.csv:2: year 'twenty' is not a year") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("inspect shows the encoding, places, periods and each candidate's verdict", "[extract][cli]") {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/r.txt",
             "——张掖市政协2023年工作综述\n开展专题协商活动14次。全市开展协商活动960场次，调研视察15次。\n");
  const CommandResult r = RunCommand(kBin + " inspect " + tmp.path() + "/r.txt");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("encoding: UTF-8\n") != std::string::npos);
  CHECK(r.output.find("gs-zhangye 张掖市\n  why: title line at line 1") != std::string::npos);
  CHECK(r.output.find("period: 2023 (title: 2023年)") != std::string::npos);
  // A rejected and a kept candidate, one line per number: the features that
  // fired, their weights, the score, and the original sentence around it.
  CHECK(r.output.find("line 2 · 14次 = 14 (exact) · gs-zhangye\n"
                      "    not 协商活动场次 (consultations): score -3.5 < 3.0: "
                      "consultation 协商 +2.0, hold 开展 +1.0, committee_level 专题协商 -5.0, "
                      "committee_level 专题协商 -1.5\n") != std::string::npos);
  CHECK(r.output.find("line 2 · 960场次 = 960 (exact) · gs-zhangye\n"
                      "    KEPT as 协商活动场次 (consultations): score 3.5 ≥ 3.0: "
                      "consultation 协商 +2.0, hold 开展 +1.0, whole 全市 +0.5\n") != std::string::npos);
  CHECK(r.output.find("全市开展协商活动960场次，调研视察15次。”") != std::string::npos);  // original punctuation
  CHECK(r.output.find("960场次 = 960 (exact) · gs-zhangye\n    KEPT") == r.output.rfind("960场次 = 960"));
  CHECK(r.output.find("gs-zhangye 2023 consultations 960 exact (line 2, consultations.noun_before)") !=
        std::string::npos);
}
