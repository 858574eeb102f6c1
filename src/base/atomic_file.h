// Files are written whole or not at all: a temporary file beside the target,
// then rename(2). A failure leaves the previous file (if any) untouched.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace peercard {

// Writes `content` to `path` atomically, creating parent directories.
// Returns IoError naming the path on failure; the temporary is removed.
// Thread-safe for distinct paths.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// Name of the temporary used for `path` by this process and thread: callers
// that produce a file with a library that writes to a path (libharu,
// libxlsxwriter) write here, then call CommitTemporary.
std::string TemporaryPathFor(const std::string& path);

// Renames `temporary` to `path`; removes `temporary` on failure.
Status CommitTemporary(const std::string& temporary, const std::string& path);

}  // namespace peercard
