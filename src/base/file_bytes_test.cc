#include "base/file_bytes.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

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
  CHECK(missing.status().message() == dir.path() + "/none.txt: no such file");
  REQUIRE(::symlink("none.txt", (dir.path() + "/link.txt").c_str()) == 0);
  CHECK(ReadFileBytes(dir.path() + "/link.txt").status().message() == dir.path() + "/link.txt: broken link");
}

TEST_CASE("only regular files are read: a named pipe is refused at once, a device is never read", "[io]") {
  TempDir dir;
  const std::string fifo = dir.path() + "/pipe.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const Result<std::string> pipe = ReadFileBytes(fifo);  // would block for ever if opened for reading plainly
  CHECK(pipe.status().message() == fifo + ": not a regular file (a named pipe)");
  // Through a link the message names the link, as the user listed it.
  const std::string link = dir.path() + "/zero.txt";
  REQUIRE(::symlink("/dev/zero", link.c_str()) == 0);
  CHECK(ReadFileBytes(link, 1 << 20).status().message() == link + ": not a regular file (a character device)");
  CHECK(ReadFileBytes(dir.path()).status().message() == dir.path() + ": not a regular file (a folder)");
}

TEST_CASE("a file over the limit is refused without reading it; at the limit it is read", "[io]") {
  TempDir dir;
  WriteBytes(dir.path() + "/a.txt", std::string(2048, 'x'));
  CHECK(ReadFileBytes(dir.path() + "/a.txt", 2048)->size() == 2048);
  const Status s = ReadFileBytes(dir.path() + "/a.txt", 2047).status();
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message() == dir.path() + "/a.txt: file too large (2048 bytes, limit 2047 bytes)");
  CHECK(ByteLimitText(size_t{1} << 30) == "1 GiB");
  CHECK(ByteLimitText(size_t{64} << 20) == "64 MiB");
  // Files the kernel reports with size 0 but content (as /proc) are read whole.
  const Result<std::string> proc = ReadFileBytes("/proc/self/status");
  REQUIRE(proc.ok());
  CHECK(proc->find("Name:") == 0);
}

}  // namespace
}  // namespace peercard
