#include "base/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <time.h>
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

// The registry of live temporaries, readable from a signal handler: each
// slot is free (0), being filled (1) or holds a path (2).
constexpr int kSlots = 64;
constexpr size_t kSlotPath = 4096;
std::atomic<int> g_slot_state[kSlots];
char g_slot_path[kSlots][kSlotPath];

// Set by the handler: a writer that registers a temporary after it creates none.
std::atomic<bool> g_stopping{false};

void UnlinkRegistered() {
  for (int i = 0; i < kSlots; ++i) {
    if (g_slot_state[i].load(std::memory_order_acquire) == 2) ::unlink(g_slot_path[i]);
  }
}

// Other threads run on while the handler does: a writer that registered its
// temporary before g_stopping was set may create it after the first sweep,
// so the handler sweeps again a moment later, then dies by the signal.
constexpr long kSecondSweepNanos = 20 * 1000 * 1000;

void RemoveRegisteredAndReraise(int sig) {
  g_stopping.store(true, std::memory_order_seq_cst);
  UnlinkRegistered();
  struct timespec pause {0, kSecondSweepNanos};
  ::nanosleep(&pause, nullptr);
  UnlinkRegistered();
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(sig, &dfl, nullptr);
  ::raise(sig);
}

// The PID in a temporary's name "….tmp-PID-TID"; 0 when it is not one.
long TemporaryPid(const std::string& name) {
  const size_t at = name.rfind(".tmp-");
  if (at == std::string::npos) return 0;
  const size_t dash = name.find('-', at + 5);
  if (dash == std::string::npos || dash == at + 5 || dash + 1 >= name.size()) return 0;
  long pid = 0;
  for (size_t i = at + 5; i < dash; ++i) {
    if (name[i] < '0' || name[i] > '9' || pid > 100000000) return 0;
    pid = pid * 10 + (name[i] - '0');
  }
  for (size_t i = dash + 1; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') return 0;
  }
  return pid;
}

}  // namespace

void InstallTemporaryCleanup() {
  struct sigaction sa {};
  sa.sa_handler = RemoveRegisteredAndReraise;
  sigemptyset(&sa.sa_mask);
  for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) ::sigaction(sig, &sa, nullptr);
}

ScopedTemporary::ScopedTemporary(const std::string& path) {
  if (path.size() >= kSlotPath) return;
  for (int i = 0; i < kSlots; ++i) {
    int free = 0;
    if (g_slot_state[i].compare_exchange_strong(free, 1, std::memory_order_acquire)) {
      std::memcpy(g_slot_path[i], path.c_str(), path.size() + 1);
      g_slot_state[i].store(2, std::memory_order_release);
      slot_ = i;
      return;
    }
  }
}

ScopedTemporary::~ScopedTemporary() {
  if (slot_ >= 0) g_slot_state[slot_].store(0, std::memory_order_release);
}

size_t RemoveStaleTemporaries(const std::string& dir) {
  size_t removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const long pid = TemporaryPid(it->path().filename().string());
    if (pid <= 0 || !it->is_regular_file(ec)) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive (or not ours to judge)
    std::error_code rm;
    removed += fs::remove(it->path(), rm);
  }
  return removed;
}

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
  const ScopedTemporary registered(temporary);
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
  const ScopedTemporary registered(tmp);
  if (g_stopping.load(std::memory_order_seq_cst)) return WriteError(path, "cannot write file", EINTR);
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
