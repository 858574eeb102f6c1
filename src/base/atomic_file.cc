#include "base/atomic_file.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <sstream>
#include <thread>

namespace peercard {

namespace fs = std::filesystem;

std::string TemporaryPathFor(const std::string& path) {
  std::ostringstream name;
  name << path << ".tmp-" << ::getpid() << "-" << std::hash<std::thread::id>()(std::this_thread::get_id());
  return name.str();
}

Status CommitTemporary(const std::string& temporary, const std::string& path) {
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return Status::IoError(path + ": cannot replace file: " + ec.message());
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) {
    fs::create_directories(parent, ec);
    if (ec) return Status::IoError(parent.string() + ": cannot create directory: " + ec.message());
  }
  const std::string tmp = TemporaryPathFor(path);
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Status::IoError(path + ": cannot write file");
  const bool written = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  const bool flushed = std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
  const bool closed = std::fclose(f) == 0;
  if (!written || !flushed || !closed) {
    fs::remove(tmp, ec);
    return Status::IoError(path + ": write failed (disk full?)");
  }
  return CommitTemporary(tmp, path);
}

}  // namespace peercard
