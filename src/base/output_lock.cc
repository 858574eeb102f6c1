#include "base/output_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/atomic_file.h"

namespace peercard {

Result<OutputLock> OutputLock::Acquire(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError(dir + ": cannot create directory: " + ec.message());
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(dir + ": cannot open folder: " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK) {
      return Status::IoError(dir +
                             ": another peercard run is writing into this folder; wait for it to finish or "
                             "choose another output folder");
    }
    return Status::IoError(dir + ": cannot lock folder: " + std::strerror(err));
  }
  RemoveStaleTemporaries(dir);
  if (std::filesystem::is_directory(dir + "/cards", ec)) RemoveStaleTemporaries(dir + "/cards");
  return OutputLock(fd);
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace peercard
