// The manifest: one row per file, errors naming file and line.
#include <catch2/catch.hpp>

#include "cli_test_util.h"
#include "ingest/corpus.h"
#include "base/text_encoding.h"

namespace peercard {
namespace {

TEST_CASE("file names as UTF-8: a GBK name from a Windows share decoded, a byte that fits nothing escaped", "[manifest]") {
  CHECK(PathAsUtf8("corpus/武威市2024.txt") == "corpus/武威市2024.txt");
  // 张掖市政协 in GBK, in a folder whose name is UTF-8: each part on its own.
  CHECK(PathAsUtf8("甘肃/\xD5\xC5\xD2\xB4\xCA\xD0\xD5\xFE\xD0\xAD.txt") == "甘肃/张掖市政协.txt");
  CHECK(PathAsUtf8("a/\xFF" "2024.txt") == "a/\\xFF2024.txt");
  CHECK(PathAsUtf8("/abs/\xE6\xFF/") == "/abs/\\xE6\\xFF/");  // valid in neither
}

TEST_CASE("two manifest rows for one file are an error naming both lines", "[manifest]") {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/manifest.csv", "file,year,years\nr.txt,2023,1\ns.txt,2022,1\nr.txt,2024,1\n");
  const auto m = LoadManifest(tmp.path() + "/manifest.csv");
  REQUIRE_FALSE(m.ok());
  CHECK(m.status().message().find("manifest.csv:4: a second row for 'r.txt' (the first is line 2)") !=
        std::string::npos);
  WriteBytes(tmp.path() + "/manifest.csv", "file,year,years\nr.txt,2023,1\ns.txt,2022,5\n");
  const auto ok = LoadManifest(tmp.path() + "/manifest.csv");
  REQUIRE(ok.ok());
  CHECK(ok->rows.size() == 2);
}

TEST_CASE("a corpus folder's manifest: inside it, else beside it when its rows are all of that folder", "[manifest]") {
  const TempDir tmp;
  const std::string c = tmp.path() + "/c";
  WriteBytes(c + "/a.txt", "report a\n");
  WriteBytes(c + "/sub/b.txt", "report b\n");
  CHECK(FindCorpusManifest(c).empty());
  // Beside it: taken when every row names one of its reports, by path or bare name.
  WriteBytes(tmp.path() + "/manifest.csv", "file,year,years\nc/a.txt,2022,1\nb.txt,2023,1\n");
  CHECK(FindCorpusManifest(c) == tmp.path() + "/manifest.csv");
  CHECK(FindCorpusManifest(c + "/") == tmp.path() + "/manifest.csv");
  CHECK(FindManifestFor({c}) == tmp.path() + "/manifest.csv");
  // Not when a row names a report elsewhere (a manifest for several folders), or the manifest does not load.
  WriteBytes(tmp.path() + "/manifest.csv", "file,year,years\nc/a.txt,2022,1\nother/d.txt,2023,1\n");
  CHECK(FindCorpusManifest(c).empty());
  WriteBytes(tmp.path() + "/manifest.csv", "file,year,years\na.txt,twenty,1\n");
  CHECK(FindCorpusManifest(c).empty());
  // Inside it: taken as it is (its rows are checked when the corpus is read).
  WriteBytes(c + "/manifest.csv", "file,year,years\nghost.txt,2022,1\n");
  CHECK(FindCorpusManifest(c) == c + "/manifest.csv");
  // Only for one folder: a file, or several paths, take none unasked.
  CHECK(FindManifestFor({c + "/a.txt"}).empty());
  CHECK(FindManifestFor({c, c + "/sub"}).empty());
  CHECK(FindManifestFor({}).empty());
}

}  // namespace
}  // namespace peercard
