// Whole files or none: a failed write, fsync or rename keeps the old file,
// leaves no temporary and says why.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "base/atomic_file.h"

namespace peercard {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Dir {
  Dir() : path((fs::temp_directory_path() / ("peercard-atomic-" + std::to_string(std::random_device{}()))).string()) {
    fs::create_directories(path);
  }
  ~Dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  size_t Files() const { return static_cast<size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator())); }
  std::string path;
};

TEST_CASE("a write that fails at any step keeps the old file and says disk full", "[atomic_file]") {
  const Dir dir;
  const std::string path = dir.path + "/comparison.csv";
  REQUIRE(WriteFileAtomically(path, "old,contents\n").ok());
  // One write(2), the fsync, the rename: three operations for a small file.
  FailNthWriteForTesting(0);
  REQUIRE(WriteFileAtomically(path, "new,contents\n").ok());
  CHECK(FailNthWriteForTesting(0) == 3);
  for (long n = 1; n <= 3; ++n) {
    REQUIRE(WriteFileAtomically(path, "old,contents\n").ok());
    FailNthWriteForTesting(n);
    const Status s = WriteFileAtomically(path, "newer,contents\n");
    FailNthWriteForTesting(0);
    INFO("operation " << n);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find(path + ": cannot ") == 0);
    CHECK(s.message().find("disk full") != std::string::npos);
    CHECK(ReadAll(path) == "old,contents\n");
    CHECK(dir.Files() == 1);  // no temporary left behind
  }
}

TEST_CASE("a committed temporary is synced and renamed; a failure removes it", "[atomic_file]") {
  const Dir dir;
  const std::string path = dir.path + "/book.xlsx";
  const std::string tmp = TemporaryPathFor(path);
  std::ofstream(tmp) << "zip bytes";
  FailNthWriteForTesting(1);  // the fsync
  const Status s = CommitTemporary(tmp, path);
  FailNthWriteForTesting(0);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("disk full") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp));
  CHECK_FALSE(fs::exists(path));
  std::ofstream(tmp) << "zip bytes";
  REQUIRE(CommitTemporary(tmp, path).ok());
  CHECK(ReadAll(path) == "zip bytes");
}

TEST_CASE("a folder that cannot be written names the file and the system's reason", "[atomic_file]") {
  const Dir dir;
  const std::string path = dir.path + "/no-such-dir-file/x";  // a file where a folder should be
  std::ofstream(dir.path + "/no-such-dir-file") << "a file";
  const Status s = WriteFileAtomically(path, "x");
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("no-such-dir-file") != std::string::npos);
}

}  // namespace
}  // namespace peercard
