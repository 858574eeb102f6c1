#include "base/file_bytes.h"

#include <catch2/catch.hpp>

#include "cli_test_util.h"

namespace peercard {
namespace {

TEST_CASE("a file's bytes come back whole — a missing file is NotFound naming it", "[io]") {
  TempDir dir;
  const std::string bytes("\xEF\xBB\xBF" "政协\r\n\0end", 15);
  WriteBytes(dir.path() + "/a.txt", bytes);
  const Result<std::string> read = ReadFileBytes(dir.path() + "/a.txt");
  REQUIRE(read.ok());
  CHECK(*read == bytes);
  const Result<std::string> missing = ReadFileBytes(dir.path() + "/none.txt");
  CHECK(missing.status().code() == Status::Code::kNotFound);
  CHECK(missing.status().message() == dir.path() + "/none.txt: cannot open file");
}

}  // namespace
}  // namespace peercard
