// Reading a whole file, the counterpart of atomic_file.h's writes: the one
// reader of every input (reports, tables, templates).
#pragma once

#include <cstddef>
#include <limits>
#include <string>

#include "base/status.h"

namespace peercard {

// The most bytes peercard reads from one input (a report or a table).
inline constexpr size_t kMaxInputBytes = size_t{1} << 30;

// The bytes of the regular file at `path` (a symbolic link is followed),
// at most `max_bytes` of them. Only regular files are read: a named pipe
// would block the run for ever and /dev/zero never ends.
// Errors, each naming `path` as given (the link, not its target):
//   NotFound "PATH: no such file", "PATH: broken link", or "PATH: cannot
//     open file: REASON" (the system's: permission denied …);
//   InvalidArgument "PATH: not a regular file (a named pipe)" for pipes,
//     devices, sockets and folders;
//   InvalidArgument "PATH: file too large (N bytes, limit 1 GiB)";
//   IoError "PATH: read error: REASON" when reading fails part way.
Result<std::string> ReadFileBytes(const std::string& path,
                                  size_t max_bytes = std::numeric_limits<size_t>::max());

// "1 GiB", "64 MiB", "1000 bytes": a byte limit for messages.
std::string ByteLimitText(size_t bytes);

}  // namespace peercard
