// Reading a whole file, the counterpart of atomic_file.h's writes.
#pragma once

#include <string>

#include "base/status.h"

namespace peercard {

// The bytes of the file at `path`. NotFound when it cannot be opened,
// IoError when reading fails part way.
Result<std::string> ReadFileBytes(const std::string& path);

}  // namespace peercard
