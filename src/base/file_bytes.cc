#include "base/file_bytes.h"

#include <fstream>
#include <sstream>

namespace peercard {

Result<std::string> ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return buf.str();
}

}  // namespace peercard
