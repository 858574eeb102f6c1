#include "base/parallel_for.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace peercard {
namespace {

TEST_CASE("every index is run exactly once, whatever the thread count", "[parallel]") {
  for (const int threads : {1, 2, 8, 0, -3}) {
    for (const size_t n : {size_t{0}, size_t{1}, size_t{5}, size_t{1000}}) {
      INFO(threads << " threads, " << n << " items");
      std::vector<std::atomic<int>> runs(n);
      ParallelFor(n, threads, [&](size_t i) { ++runs[i]; });
      for (size_t i = 0; i < n; ++i) CHECK(runs[i] == 1);
    }
  }
}

TEST_CASE("items run on up to the threads asked for, the caller's among them", "[parallel]") {
  std::mutex mu;
  std::set<std::thread::id> seen;
  ParallelFor(64, 4, [&](size_t) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));  // so that every thread gets items
    std::lock_guard<std::mutex> lock(mu);
    seen.insert(std::this_thread::get_id());
  });
  CHECK(seen.size() <= 4);
  CHECK(seen.count(std::this_thread::get_id()) == 1);
  seen.clear();
  ParallelFor(3, 1, [&](size_t) { seen.insert(std::this_thread::get_id()); });  // one thread: the caller
  CHECK(seen == std::set<std::thread::id>{std::this_thread::get_id()});
}

}  // namespace
}  // namespace peercard
