#include "base/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace peercard {

namespace {

const char* FileKind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISDIR(mode)) return "a folder";
  return "not a file";
}

// Closes the descriptor on every path out.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::string ByteLimitText(size_t bytes) {
  if (bytes >= (size_t{1} << 30) && bytes % (size_t{1} << 30) == 0) return std::to_string(bytes >> 30) + " GiB";
  if (bytes >= (size_t{1} << 20) && bytes % (size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

Result<std::string> ReadFileBytes(const std::string& path, size_t max_bytes) {
  // Non-blocking, so that opening a named pipe without a writer returns at
  // once; fstat then refuses it. Regular files ignore the flag.
  const Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (f.fd < 0) {
    const int err = errno;
    struct stat link {};
    if (err == ENOENT && ::lstat(path.c_str(), &link) == 0) return Status::NotFound(path + ": broken link");
    if (err == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::NotFound(path + ": cannot open file: " + std::strerror(err));
  }
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) return Status::IoError(path + ": read error: " + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) {
    return Status::InvalidArgument(path + ": not a regular file (" + FileKind(st.st_mode) + ")");
  }
  const auto size = static_cast<unsigned long long>(st.st_size);
  if (size > max_bytes) {
    return Status::InvalidArgument(path + ": file too large (" + std::to_string(size) + " bytes, limit " +
                                   ByteLimitText(max_bytes) + ")");
  }
  std::string bytes;
  bytes.resize(static_cast<size_t>(size));
  size_t done = 0;
  for (;;) {
    if (done < bytes.size()) {
      const ssize_t n = ::read(f.fd, bytes.data() + done, bytes.size() - done);
      if (n == 0) break;  // shorter than fstat said (truncated meanwhile)
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return Status::IoError(path + ": read error: " + std::strerror(errno));
      done += static_cast<size_t>(n);
      continue;
    }
    // As long as fstat said: read on in case the file grew meanwhile (a log
    // being written), within the limit. Usually this read returns 0.
    char more[4096];
    const ssize_t n = ::read(f.fd, more, sizeof more);
    if (n == 0) break;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(path + ": read error: " + std::strerror(errno));
    if (static_cast<size_t>(n) > max_bytes - done) {
      return Status::InvalidArgument(path + ": file too large (over the limit of " + ByteLimitText(max_bytes) + ")");
    }
    bytes.append(more, static_cast<size_t>(n));
    done += static_cast<size_t>(n);
  }
  bytes.resize(done);
  return bytes;
}

}  // namespace peercard
