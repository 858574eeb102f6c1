// bench_util: timing, memory and scratch space for peercard_bench.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"

namespace peercard {
namespace bench {

// Seconds since construction: wall clock (steady) and CPU time of the whole
// process (all threads; CLOCK_PROCESS_CPUTIME_ID). On a shared, noisy machine
// CPU time is the steadier measure of work; wall time shows parallelism.
class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()), cpu_start_(ProcessCpuSeconds()) {}
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  double CpuSeconds() const { return ProcessCpuSeconds() - cpu_start_; }
  static double ProcessCpuSeconds();

 private:
  std::chrono::steady_clock::time_point start_;
  double cpu_start_;
};

// Peak resident set of this process so far, in MiB (getrusage ru_maxrss).
double PeakRssMib();

// What a child process reported, and its own peak resident set.
struct ChildRun {
  std::string output;     // what `work` returned
  double peak_rss_mib = 0;  // the child's ru_maxrss, from wait4
  bool ok = false;        // exited normally with status 0
};

// Runs `work` in a forked child and returns its result and peak memory, so
// that each measurement starts from the parent's footprint instead of
// inheriting earlier peaks. REQUIRES: no other thread of this process is
// running (fork copies only the caller's thread).
ChildRun RunInChild(const std::function<std::string()>& work);

// A fresh directory under $TMPDIR (or /tmp), removed with its contents on
// destruction. ok() is false when it could not be made.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  bool ok() const { return !path_.empty(); }

 private:
  std::string path_;
};

// Smallest and median of samples. REQUIRES: !samples.empty().
double Min(std::vector<double> samples);
double Median(std::vector<double> samples);

// Reads a whole file; IoError names it.
Result<std::string> ReadWholeFile(const std::string& path);

// Bytes in MiB (2^20) and as "12.3 MiB".
inline double Mib(double bytes) { return bytes / (1024.0 * 1024.0); }

}  // namespace bench
}  // namespace peercard
