// Progress on stderr for long runs: a bar that redraws on a terminal, plain
// lines (one per tenth of the work) when stderr is not a terminal, nothing
// when quiet. Only commands use it.
#pragma once

#include <ostream>
#include <string>

namespace peercard {

class Progress {
 public:
  // REQUIRES: `out` outlives this object.
  Progress(std::ostream& out, bool is_terminal, bool quiet) : out_(out), tty_(is_terminal), quiet_(quiet) {}

  // Starts a stage ("reading reports") of `total` steps.
  void Begin(const std::string& stage, size_t total);
  // Reports that `done` of the stage's steps are finished.
  void Update(size_t done);
  // Ends the stage with a one-line result ("25 files, 40 places").
  void End(const std::string& result);
  // A line that always prints unless quiet (the closing summary).
  void Line(const std::string& text);

 private:
  std::ostream& out_;
  bool tty_, quiet_;
  std::string stage_;
  size_t total_ = 0;
  int last_tenth_ = -1;
};

// True when stderr is a terminal.
bool StderrIsTerminal();

}  // namespace peercard
