// Files are written whole or not at all: a temporary file beside the target,
// every write, the fsync and the close checked, then rename(2). A failure
// leaves the previous file (if any) untouched and names the file and the
// system's reason ("disk full" for ENOSPC).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace peercard {

// Writes `content` to `path` atomically, creating parent directories.
// Returns IoError naming the path and the reason on failure; the temporary
// is removed. Thread-safe for distinct paths.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// Name of the temporary used for `path` by this process and thread: callers
// that produce a file with a library that writes to a path (libxlsxwriter)
// write here, then call CommitTemporary.
std::string TemporaryPathFor(const std::string& path);

// Flushes `temporary` to disk (fsync) and renames it to `path`; removes
// `temporary` on failure.
Status CommitTemporary(const std::string& temporary, const std::string& path);

// Temporaries are registered while they exist, so that a run stopped by
// Ctrl-C or kill leaves none behind: after InstallTemporaryCleanup, SIGINT,
// SIGTERM, SIGHUP and SIGQUIT remove every registered temporary (unlink(2),
// async-signal-safe) and then end the process as the signal would have.
// kill -9 cannot be caught: RemoveStaleTemporaries sweeps what it leaves.
void InstallTemporaryCleanup();

// Registers `path` as a temporary of this process while it lives. Up to 64
// at once (more than the threads that write); beyond that a temporary is
// simply not registered.
class ScopedTemporary {
 public:
  explicit ScopedTemporary(const std::string& path);
  ~ScopedTemporary();
  ScopedTemporary(const ScopedTemporary&) = delete;
  ScopedTemporary& operator=(const ScopedTemporary&) = delete;

 private:
  int slot_ = -1;
};

// Removes the files of `dir` (not recursive) named like a temporary of a
// process that no longer runs ("NAME.tmp-PID-TID", PID not alive): what
// kill -9 or a power cut left. Returns how many were removed.
size_t RemoveStaleTemporaries(const std::string& dir);

// Fault injection for tests, as ninja fakes its disk: with n > 0, the n-th
// file operation from now (each write(2), fsync and rename made here) fails
// with ENOSPC, once. 0 turns it off. Returns how many operations were counted
// since the last call, so that a test can step n over a whole run.
long FailNthWriteForTesting(long n);

}  // namespace peercard
