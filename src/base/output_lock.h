// One run at a time per output folder: two runs writing into one folder
// would leave a set mixed from both (comparison.csv from one, summary.pdf
// from the other) with no sign of it.
#pragma once

#include <string>

#include "base/status.h"

namespace peercard {

// An exclusive flock(2) on the folder itself (no lock file is left behind);
// released when the object is destroyed or the process ends, kill -9
// included.
class OutputLock {
 public:
  // Creates `dir` (and its parents) if needed and locks it without waiting.
  // Errors:
  //   IoError "DIR: cannot create directory: REASON";
  //   IoError "DIR: another peercard run is writing into this folder; wait
  //     for it to finish or choose another output folder".
  // Then removes the temporaries that dead runs left in DIR and DIR/cards
  // (RemoveStaleTemporaries).
  static Result<OutputLock> Acquire(const std::string& dir);

  OutputLock(OutputLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  OutputLock& operator=(OutputLock&&) = delete;
  OutputLock(const OutputLock&) = delete;
  ~OutputLock();

 private:
  explicit OutputLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace peercard
