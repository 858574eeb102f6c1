#include "base/output_lock.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "base/atomic_file.h"
#include "cli_test_util.h"

namespace peercard {
namespace {

namespace fs = std::filesystem;

TEST_CASE("one run at a time per output folder: a second lock is refused with a clear message", "[io]") {
  const TempDir tmp;
  const std::string out = tmp.path() + "/out";
  {
    auto first = OutputLock::Acquire(out);  // creates the folder
    REQUIRE(first.ok());
    CHECK(fs::is_directory(out));
    const auto second = OutputLock::Acquire(out);
    CHECK(second.status().code() == Status::Code::kIoError);
    CHECK(second.status().message() == out +
                                           ": another peercard run is writing into this folder; wait for it to "
                                           "finish or choose another output folder");
  }
  CHECK(OutputLock::Acquire(out).ok());  // released with the first
  CHECK(fs::directory_iterator(out) == fs::directory_iterator());  // no lock file left behind
  WriteBytes(tmp.path() + "/file", "x");
  CHECK(OutputLock::Acquire(tmp.path() + "/file/out").status().message() ==
        tmp.path() + "/file/out: cannot create directory: Not a directory");
}

// A PID no process has: past the kernel's pid_max.
long DeadPid() {
  long pid_max = 4194304;
  const std::string text = Slurp("/proc/sys/kernel/pid_max");
  if (!text.empty()) pid_max = std::stol(text);
  return pid_max + 1;
}

TEST_CASE("temporaries of dead runs are swept when a run takes the folder; a live run's are kept", "[io]") {
  const TempDir tmp;
  const std::string out = tmp.path() + "/out";
  fs::create_directories(out + "/cards");
  const std::string dead = std::to_string(DeadPid());
  const std::string live = std::to_string(::getpid());
  WriteBytes(out + "/comparison.csv.tmp-" + dead + "-140234", "half");
  WriteBytes(out + "/cards/gs-wuwei.pdf.tmp-" + dead + "-77", "half");
  WriteBytes(out + "/summary.pdf.tmp-" + live + "-1", "being written");
  WriteBytes(out + "/notes.tmp-draft", "not a temporary of ours");
  REQUIRE(OutputLock::Acquire(out).ok());
  CHECK_FALSE(fs::exists(out + "/comparison.csv.tmp-" + dead + "-140234"));
  CHECK_FALSE(fs::exists(out + "/cards/gs-wuwei.pdf.tmp-" + dead + "-77"));
  CHECK(fs::exists(out + "/summary.pdf.tmp-" + live + "-1"));
  CHECK(fs::exists(out + "/notes.tmp-draft"));
}

TEST_CASE("a signal mid-write removes the registered temporaries and ends the process as the signal would", "[io]") {
  const TempDir tmp;
  const std::string temporary = tmp.path() + "/comparison.csv.tmp-1-2";
  for (const int sig : {SIGINT, SIGTERM}) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      InstallTemporaryCleanup();
      const ScopedTemporary registered(temporary);
      WriteBytes(temporary, "half a file");
      ::raise(sig);
      ::_exit(0);  // not reached: the signal ends the child
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK_FALSE(fs::exists(temporary));
  }
  // Unregistered again, a temporary is left to its writer.
  { const ScopedTemporary gone(temporary); }
  WriteBytes(temporary, "x");
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    InstallTemporaryCleanup();
    ::raise(SIGTERM);
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(fs::exists(temporary));
}

}  // namespace
}  // namespace peercard
