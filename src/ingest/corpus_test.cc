// The manifest: one row per file, errors naming file and line.
#include <catch2/catch.hpp>

#include "cli_test_util.h"
#include "ingest/corpus.h"

namespace peercard {
namespace {

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

}  // namespace
}  // namespace peercard
