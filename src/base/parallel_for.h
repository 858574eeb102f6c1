// The one thread pool: indices handed out one at a time to up to N threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace peercard {

// Calls task(i) once for every i in [0, n), on up to `threads` threads (the
// calling thread is one of them; fewer when n is smaller), each taking the
// next index when it is free, so that slow items do not hold up the rest.
// Returns when every call has returned. REQUIRES: task may run concurrently
// for different i; results go to slots indexed by i.
template <typename Task>
void ParallelFor(size_t n, int threads, Task&& task) {
  std::atomic<size_t> next{0};
  const auto worker = [&]() {
    for (size_t i = next++; i < n; i = next++) task(i);
  };
  const int count = std::max(1, static_cast<int>(std::min<size_t>(static_cast<size_t>(std::max(threads, 1)), n)));
  std::vector<std::thread> pool;
  for (int t = 1; t < count; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

// Number of worker threads when the user gives none: the hardware's, >= 1.
inline int DefaultThreads() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

}  // namespace peercard
