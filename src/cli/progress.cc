#include "cli/progress.h"

#include <unistd.h>

namespace peercard {

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

void Progress::Begin(const std::string& stage, size_t total) {
  stage_ = stage;
  total_ = total;
  last_tenth_ = -1;
  Update(0);
}

void Progress::Update(size_t done) {
  if (quiet_ || total_ == 0) return;
  if (tty_) {
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(kWidth * done / total_);
    out_ << "\r" << stage_ << " [" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done
         << "/" << total_ << std::flush;
    return;
  }
  const int tenth = static_cast<int>(10 * done / total_);
  if (tenth != last_tenth_ && done > 0) {
    last_tenth_ = tenth;
    out_ << "peercard: " << stage_ << ": " << done << "/" << total_ << "\n";
  }
}

void Progress::End(const std::string& result) {
  if (quiet_) return;
  if (tty_ && total_ > 0) out_ << "\r\033[K";
  out_ << "peercard: " << stage_ << ": " << result << "\n";
}

void Progress::Line(const std::string& text) {
  if (!quiet_) out_ << text << "\n";
}

}  // namespace peercard
