// Where the binary finds its data (installed, $PEERCARD_HOME, the source
// tree) and the manifest of a corpus folder it is not told of.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli_test_util.h"

namespace {

namespace fs = std::filesystem;

const std::string kBin = PEERCARD_BINARY;
const std::string kSource = PEERCARD_SOURCE_DIR;

const std::string kReport =
    "——张掖市政协2023年工作综述\n"
    "一年来，全市开展基层协商议事活动960场次，推动解决群众急难愁盼问题410件。\n";

// A printed string of every card, and what the tests put in its place.
const std::string kSources = "sources = \"数据来源\"";
const std::string kEdited = "sources = \"数据来源EditedHere\"";

// Rewrites `templates`/strings.toml with kSources replaced by kEdited.
void EditSourcesString(const std::string& templates) {
  const std::string path = templates + "/strings.toml";
  std::string text = Slurp(path);
  const size_t at = text.find(kSources);
  REQUIRE(at != std::string::npos);
  WriteBytes(path, text.replace(at, kSources.size(), kEdited));
}

// The text of one card as pdftotext reads it.
std::string CardText(const std::string& out, const std::string& code) {
  return RunCommand("pdftotext " + out + "/cards/" + code + ".pdf -").output;
}

// `command` run from `dir` without PEERCARD_HOME, its stderr joined to stdout.
CommandResult RunIn(const std::string& dir, const std::string& command) {
  return RunCommand("cd '" + dir + "' && env -u PEERCARD_HOME " + command + " 2>&1");
}

// `command` run with PEERCARD_HOME set to `home`, its stderr joined to stdout.
CommandResult RunWithHome(const std::string& home, const std::string& command) {
  return RunCommand("PEERCARD_HOME='" + home + "' " + command + " 2>&1");
}

}  // namespace

TEST_CASE("cmake --install: the installed binary runs on its own data, outside the source tree", "[install][cli]") {
  const TempDir tmp;
  const std::string prefix = tmp.path() + "/prefix";
  const CommandResult install = RunCommand(std::string(PEERCARD_CMAKE_COMMAND) + " --install " + PEERCARD_BINARY_DIR +
                                           " --prefix " + prefix + " 2>&1");
  INFO(install.output);
  REQUIRE(install.exit_code == 0);
  const std::string bin = prefix + "/bin/peercard", share = prefix + "/share/peercard";
  REQUIRE(fs::exists(bin));
  for (const char* sub : {"metrics/places.csv", "templates/strings.toml", "examples/manifest.csv",
                          "examples/corpus/2024_gs-zhangye_summary.txt"}) {
    CHECK(fs::exists(share + "/" + sub));
  }
  CHECK_FALSE(fs::exists(prefix + "/bin/peercard_tests"));
  // The installed templates, edited, print: the source tree's are not read.
  EditSourcesString(share + "/templates");
  const std::string out = tmp.path() + "/out";
  const CommandResult run = RunIn(tmp.path(), bin + " run -o " + out + " " + share + "/examples/corpus");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("peercard: using manifest " + share + "/examples/manifest.csv\n") != std::string::npos);
  CHECK(run.output.find("13 cards") != std::string::npos);
  CHECK(fs::exists(out + "/summary.pdf"));
  CHECK(CardText(out, "gs-zhangye").find("数据来源EditedHere") != std::string::npos);
  // With no corpus: the installed examples.
  const CommandResult bare = RunIn(tmp.path(), bin + " run -q -o " + tmp.path() + "/bare");
  INFO(bare.output);
  CHECK(bare.exit_code == 0);
  CHECK(fs::exists(tmp.path() + "/bare/cards/gs-zhangye.pdf"));
}

TEST_CASE("PEERCARD_HOME: its metrics and templates are read, an edited string prints", "[install][cli]") {
  const TempDir tmp;
  const std::string home = tmp.path() + "/home";
  fs::create_directories(home);
  fs::copy(kSource + "/metrics", home + "/metrics", fs::copy_options::recursive);
  fs::copy(kSource + "/templates", home + "/templates", fs::copy_options::recursive);
  EditSourcesString(home + "/templates");
  const std::string out = tmp.path() + "/out";
  const CommandResult r = RunWithHome(home, kBin + " run -q -o " + out + " " + kSource + "/examples/corpus");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(CardText(out, "gs-zhangye").find("数据来源EditedHere") != std::string::npos);
  CHECK(Slurp(out + "/run.json").find("\"metrics\": \"" + home + "/metrics\"") != std::string::npos);
}

TEST_CASE("PEERCARD_HOME without metrics/ is a usage error naming the path, not a fall back", "[install][cli]") {
  const TempDir tmp;
  const std::string home = tmp.path() + "/empty-home";
  fs::create_directories(home);
  for (const std::string& command : {" extract -o " + tmp.path() + "/obs.csv ", " run -o " + tmp.path() + "/out "}) {
    const CommandResult r = RunWithHome(home, kBin + command + kSource + "/examples/corpus");
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("peercard: error: " + home + "/metrics: no metrics/ folder in PEERCARD_HOME (" + home + ")") !=
          std::string::npos);
  }
  CHECK_FALSE(fs::exists(tmp.path() + "/obs.csv"));
  CHECK_FALSE(fs::exists(tmp.path() + "/out"));
}

TEST_CASE("a corpus folder's manifest.csv is used by extract and run, and said so", "[install][cli][manifest]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/c";
  WriteBytes(corpus + "/good.txt", kReport);
  WriteBytes(corpus + "/manifest.csv", "file,year,years,city\ngood.txt,2022,1,\n");
  const std::string obs = tmp.path() + "/obs.csv";
  CommandResult r = RunCommand(kBin + " extract -o " + obs + " " + corpus + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("peercard: using manifest " + corpus + "/manifest.csv\n") != std::string::npos);
  // The manifest's year, not the title's.
  CHECK(Slurp(obs).find("good.txt,gs-zhangye,2022,consultations,960") != std::string::npos);
  // Quiet: used, not said.
  r = RunCommand(kBin + " extract -q -o " + obs + " " + corpus + " 2>&1");
  CHECK(r.output.empty());
  CHECK(Slurp(obs).find("good.txt,gs-zhangye,2022,consultations,960") != std::string::npos);
  // --no-manifest: the title's year.
  r = RunCommand(kBin + " extract --no-manifest -o " + obs + " " + corpus + " 2>&1");
  CHECK(r.output.find("using manifest") == std::string::npos);
  CHECK(Slurp(obs).find("good.txt,gs-zhangye,2023,consultations,960") != std::string::npos);
  const std::string out = tmp.path() + "/out";
  r = RunCommand(kBin + " run -o " + out + " " + corpus + " 2>&1");
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("peercard: using manifest " + corpus + "/manifest.csv\n") != std::string::npos);
  CHECK(Slurp(out + "/observations.csv").find("good.txt,gs-zhangye,2022,consultations,960") != std::string::npos);
}

TEST_CASE("a manifest beside the corpus folder is used only when its rows are that folder's",
          "[install][cli][manifest]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/reports";
  WriteBytes(corpus + "/good.txt", kReport);
  const std::string manifest = tmp.path() + "/manifest.csv", obs = tmp.path() + "/obs.csv";
  WriteBytes(manifest, "file,year,years,city\nreports/good.txt,2022,1,\n");
  CommandResult r = RunCommand(kBin + " extract -o " + obs + " " + corpus + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("peercard: using manifest " + manifest + "\n") != std::string::npos);
  CHECK(Slurp(obs).find("good.txt,gs-zhangye,2022,consultations,960") != std::string::npos);
  // A manifest that also names another folder's report is not this folder's.
  WriteBytes(manifest, "file,year,years,city\nreports/good.txt,2022,1,\nother/more.txt,2021,1,\n");
  r = RunCommand(kBin + " extract -o " + obs + " " + corpus + " 2>&1");
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("using manifest") == std::string::npos);
  CHECK(Slurp(obs).find("good.txt,gs-zhangye,2023,consultations,960") != std::string::npos);
}

TEST_CASE("inspect on a file in a folder with manifest.csv uses it", "[install][cli][manifest]") {
  const TempDir tmp;
  const std::string corpus = tmp.path() + "/c";
  WriteBytes(corpus + "/good.txt", kReport);
  WriteBytes(corpus + "/manifest.csv", "file,year,years,city\ngood.txt,2022,1,\n");
  const CommandResult err = RunCommand(kBin + " inspect --no-text " + corpus + "/good.txt 2>&1 >/dev/null");
  CHECK(err.output == "peercard: using manifest " + corpus + "/manifest.csv\n");
  const CommandResult r = RunCommand(kBin + " inspect --no-text " + corpus + "/good.txt 2>/dev/null");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("manifest: year 2022, years 1\n") != std::string::npos);
  CHECK(r.output.find("gs-zhangye 2022 consultations 960") != std::string::npos);
  // From inside the folder, by bare name.
  const CommandResult bare = RunCommand("cd '" + corpus + "' && " + kBin + " inspect --no-text good.txt 2>&1");
  CHECK(bare.output.find("peercard: using manifest manifest.csv\n") != std::string::npos);
  CHECK(bare.output.find("manifest: year 2022") != std::string::npos);
  const CommandResult none = RunCommand(kBin + " inspect --no-text --no-manifest " + corpus + "/good.txt 2>&1");
  CHECK(none.output.find("manifest: year") == std::string::npos);
}
