#include "base/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <sstream>
#include <thread>

namespace peercard {

namespace fs = std::filesystem;

namespace {

std::atomic<long> g_fail_at{0};     // 0: no fault injected
std::atomic<long> g_operations{0};  // counted since the last FailNthWriteForTesting

// Counts one file operation; true when the test asked this one to fail.
bool InjectedFault() {
  const long n = ++g_operations;
  long want = n;
  if (g_fail_at.load(std::memory_order_relaxed) == n && g_fail_at.compare_exchange_strong(want, 0)) {
    errno = ENOSPC;
    return true;
  }
  return false;
}

// "disk full" for the errors a full disk or quota gives, else strerror.
std::string Reason(int err) {
  if (err == ENOSPC || err == EDQUOT) return "disk full (" + std::string(std::strerror(err)) + ")";
  return std::strerror(err);
}

Status WriteError(const std::string& path, const char* what, int err) {
  return Status::IoError(path + ": " + what + ": " + Reason(err));
}

// write(2) until all of `data` is written; false with errno set otherwise.
bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    if (InjectedFault()) return false;
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool Sync(int fd) { return !InjectedFault() && ::fsync(fd) == 0; }

// The last step of both writers: rename(2) the synced temporary onto `path`,
// or remove it.
Status RenameInto(const std::string& temporary, const std::string& path) {
  if (InjectedFault() || ::rename(temporary.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::error_code ec;
    fs::remove(temporary, ec);
    return WriteError(path, "cannot replace file", err);
  }
  return Status::Ok();
}

}  // namespace

long FailNthWriteForTesting(long n) {
  g_fail_at = n;
  return g_operations.exchange(0);
}

std::string TemporaryPathFor(const std::string& path) {
  std::ostringstream name;
  name << path << ".tmp-" << ::getpid() << "-" << std::hash<std::thread::id>()(std::this_thread::get_id());
  return name.str();
}

Status CommitTemporary(const std::string& temporary, const std::string& path) {
  std::error_code ec;
  const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || !Sync(fd)) {
    const int err = errno;
    if (fd >= 0) ::close(fd);
    fs::remove(temporary, ec);
    return WriteError(path, "cannot write file", err);
  }
  ::close(fd);
  return RenameInto(temporary, path);
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) {
    fs::create_directories(parent, ec);
    if (ec) return Status::IoError(parent.string() + ": cannot create directory: " + ec.message());
  }
  const std::string tmp = TemporaryPathFor(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return WriteError(path, "cannot write file", errno);
  const bool ok = WriteAll(fd, content) && Sync(fd);
  const int err = errno;
  if (::close(fd) != 0 || !ok) {
    const int close_err = errno;
    fs::remove(tmp, ec);
    return WriteError(path, "cannot write file", ok ? close_err : err);
  }
  return RenameInto(tmp, path);
}

}  // namespace peercard
