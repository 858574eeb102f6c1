// Files that are not what they look like: a named pipe or a device behind a
// report's name, a folder that cannot be read. Each is an error naming it;
// nothing hangs, nothing is read without end, the other reports are read.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;

const std::string kBin = PEERCARD_BINARY;

// Two short reports of two places, so a run compares and renders.
void WriteTwoReports(const std::string& dir) {
  fs::create_directories(dir);
  WriteBytes(dir + "/2024_wuwei.txt",
             "武威市政协2024年工作综述\n\n2024年，武威市政协全年开展基层协商议事活动86场，协商解决问题120件。\n");
  WriteBytes(dir + "/2024_zhangye.txt",
             "张掖市政协2024年工作综述\n\n2024年，张掖市政协全年开展基层协商议事活动64场，协商解决问题95件。\n");
}

TEST_CASE("a link to a named pipe or to /dev/zero is refused by name at once; the other reports are read",
          "[run][cli]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/corpus";
  WriteTwoReports(corpus);
  const std::string fifo = tmp.path() + "/pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  REQUIRE(::symlink(fifo.c_str(), (corpus + "/pipelink.txt").c_str()) == 0);
  REQUIRE(::symlink("/dev/zero", (corpus + "/zero.txt").c_str()) == 0);
  const std::string out = tmp.path() + "/out";
  // `timeout` turns the hang this guards against into a failure, not a stuck suite.
  const CommandResult r = RunCommand("timeout 60 " + kBin + " run -q " + corpus + " -o " + out + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);  // some inputs failed, the rest is written
  CHECK(r.output.find("peercard: error: " + corpus + "/pipelink.txt: not a regular file (a named pipe)\n") !=
        std::string::npos);
  CHECK(r.output.find("peercard: error: " + corpus + "/zero.txt: not a regular file (a character device)\n") !=
        std::string::npos);
  CHECK(fs::exists(out + "/cards/gs-wuwei.pdf"));
  CHECK(fs::exists(out + "/cards/gs-zhangye.pdf"));
  // run.json is written and hashes what was read, once: the refused files
  // have no digest.
  const std::string json = Slurp(out + "/run.json");
  CHECK(json.find("\"path\": \"" + corpus + "/zero.txt\",\n      \"bytes\": 0,\n      \"sha256\": \"\"") !=
        std::string::npos);
  CHECK(json.find("\"sha256\": \"" + RunCommand("sha256sum " + corpus + "/2024_wuwei.txt").output.substr(0, 64)) !=
        std::string::npos);
}

TEST_CASE("a named pipe named on the command line is 'not a regular file', not 'no such file'", "[run][cli]") {
  const TempDir tmp;
  const std::string fifo = tmp.path() + "/report.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const CommandResult r = RunCommand("timeout 60 " + kBin + " extract -q " + fifo + " -o " + tmp.path() + "/o.csv 2>&1");
  CHECK(r.output == "peercard: error: " + fifo + ": not a regular file (a named pipe)\n");
}

TEST_CASE("a subfolder that cannot be read is an error naming it; the other reports are read", "[run][cli]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/corpus";
  WriteTwoReports(corpus);
  fs::create_directories(corpus + "/locked");
  WriteBytes(corpus + "/locked/2024_dingxi.txt", "定西市政协2024年工作综述\n\n2024年，定西市开展基层协商活动70场。\n");
  // root reads every folder: run as nobody then, in a tree nobody may enter.
  std::string as_user;
  if (::geteuid() == 0) {
    if (RunCommand("command -v setpriv").exit_code != 0) {
      WARN("running as root without setpriv: cannot make a folder unreadable");
      return;
    }
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    for (const auto& e : fs::recursive_directory_iterator(tmp.path())) {
      fs::permissions(e.path(), fs::perms::all, fs::perm_options::add);
    }
    fs::permissions(tmp.path(), fs::perms::all, fs::perm_options::add);
  }
  fs::permissions(corpus + "/locked", fs::perms::none, fs::perm_options::replace);
  const CommandResult r =
      RunCommand(as_user + kBin + " extract -q " + corpus + " -o " + tmp.path() + "/observations.csv 2>&1");
  fs::permissions(corpus + "/locked", fs::perms::owner_all, fs::perm_options::replace);
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("peercard: error: " + corpus + "/locked: cannot read folder: Permission denied\n") !=
        std::string::npos);
  const std::string obs = Slurp(tmp.path() + "/observations.csv");
  CHECK(obs.find("2024_wuwei.txt,gs-wuwei,2024,consultations,86,exact") != std::string::npos);
  CHECK(obs.find("2024_zhangye.txt,gs-zhangye,2024,consultations,64,exact") != std::string::npos);
}

}  // namespace

namespace {

TEST_CASE("file names that are not UTF-8 keep every output valid: GBK decoded, other bytes escaped", "[run][cli]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/corpus";
  WriteTwoReports(corpus);
  // 张掖市政协2024年工作综述.txt as a Windows share stores it (GBK), and a
  // name with a byte that is neither UTF-8 nor GBK.
  fs::rename(corpus + "/2024_zhangye.txt",
             corpus + "/\xD5\xC5\xD2\xB4\xCA\xD0\xD5\xFE\xD0\xAD" "2024\xC4\xEA\xB9\xA4\xD7\xF7\xD7\xDB\xCA\xF6.txt");
  WriteBytes(corpus + "/\xFF" "2024_dingxi.txt",
             "定西市政协2024年工作综述\n\n2024年，定西市政协全年开展基层协商议事活动70场，协商解决问题88件。\n");
  const std::string out = tmp.path() + "/out";
  const CommandResult r = RunCommand(kBin + " run -q " + corpus + " -o " + out + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  const std::string obs = Slurp(out + "/observations.csv");
  CHECK(obs.find("\n张掖市政协2024年工作综述.txt,gs-zhangye,2024,consultations,64,exact") != std::string::npos);
  CHECK(obs.find("\n\\xFF2024_dingxi.txt,gs-dingxi,2024,consultations,70,exact") != std::string::npos);
  CHECK(RunCommand("python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding=\"utf-8\"))' " + out +
                   "/run.json")
            .exit_code == 0);
  CHECK(Slurp(out + "/run.json").find("/corpus/张掖市政协2024年工作综述.txt\"") != std::string::npos);
  CHECK(RunCommand("unzip -p " + out + "/comparison.xlsx xl/sharedStrings.xml | xmllint --noout -").exit_code == 0);
  for (const char* code : {"gs-wuwei", "gs-zhangye", "gs-dingxi"}) {
    CHECK(fs::exists(out + "/cards/" + code + ".pdf"));
  }
  CHECK(RunCommand("pdftotext " + out + "/cards/gs-zhangye.pdf -").output.find("张掖市政协2024年工作综述.txt") !=
        std::string::npos);
}

}  // namespace

namespace {

// `utf8` as Excel and WPS save it on Chinese Windows.
std::string Gbk(const std::string& utf8) {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/in", utf8);
  const CommandResult r = RunCommand("iconv -f UTF-8 -t GBK " + tmp.path() + "/in");
  REQUIRE(r.exit_code == 0);
  return r.output;
}

TEST_CASE("the user's tables saved as GBK are read as GBK: manifest, places and overrides", "[run][cli]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/corpus";
  WriteTwoReports(corpus);
  fs::rename(corpus + "/2024_zhangye.txt", corpus + "/张掖市年度综述.txt");  // no year in the name
  const std::string manifest = tmp.path() + "/manifest.csv";
  WriteBytes(manifest, Gbk("file,year,years,city\n张掖市年度综述.txt,2023,1,gs-zhangye\n"));
  const std::string places = tmp.path() + "/places.csv";
  WriteBytes(places, Gbk("code,name_zh,province,level,population_2020,townships\n"
                         "gs-zhangye,张掖市,甘肃省,prefecture,1131016,65\n"));
  const std::string overrides = tmp.path() + "/overrides.csv";
  WriteBytes(overrides, Gbk("doc,city,period,indicator,value,qualifier,reason\n"
                            ",gs-wuwei,2024,consultations,90,exact,据市政协办公室核实的台账\n"));
  const std::string out = tmp.path() + "/out";
  const CommandResult r = RunCommand(kBin + " run -q " + corpus + " --manifest " + manifest + " --places " + places +
                                     " --overrides " + overrides + " -o " + out + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  const std::string obs = Slurp(out + "/observations.csv");
  CHECK(obs.find("张掖市年度综述.txt,gs-zhangye,2023,consultations,64,exact") != std::string::npos);  // the manifest's year
  const std::string csv = Slurp(out + "/comparison.csv");
  CHECK(csv.find("gs-wuwei,武威市,Wuwei,consultations,all,2024,2024,90,exact,") != std::string::npos);
  const CommandResult strings = RunCommand("unzip -p " + out + "/comparison.xlsx xl/sharedStrings.xml");
  CHECK(strings.output.find("据市政协办公室核实的台账") != std::string::npos);
  CHECK(RunCommand("unzip -p " + out + "/comparison.xlsx xl/sharedStrings.xml | xmllint --noout -").exit_code == 0);
  CHECK(RunCommand("pdftotext " + out + "/cards/gs-wuwei.pdf -").output.find("已复核") != std::string::npos);
}

TEST_CASE("a table that decodes in no encoding is an error naming it and the byte", "[run][cli]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/corpus";
  WriteTwoReports(corpus);
  const std::string places = tmp.path() + "/places.csv";
  WriteBytes(places, "code,name_zh\ngs-zhangye,\xFF\xFE\x80\n");
  const CommandResult r = RunCommand(kBin + " run -q " + corpus + " --places " + places + " -o " + tmp.path() +
                                     "/out 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.output == "peercard: error: " + places + ": not valid UTF-8, UTF-16 or GB18030 (byte 24)\n");
}

}  // namespace
