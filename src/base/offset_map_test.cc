#include "base/offset_map.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

namespace peercard {
namespace {

// The map as one entry per derived byte, plus the end.
std::vector<size_t> Expand(const OffsetMap& m) {
  std::vector<size_t> out;
  for (size_t i = 0; i <= m.size(); ++i) out.push_back(m.Lookup(i));
  return out;
}

TEST_CASE("an offset map stores a run per change of distance, not a byte per byte", "[offset_map]") {
  // "开展，12" (3+3+3+1+1 bytes) normalised to "开展,12": the comma's three
  // bytes become one, so bytes after it sit two closer to the start.
  OffsetMap m;
  m.AppendInStep(0, 6);   // 开展
  m.AppendInStep(6, 1);   // , from the full-width comma at 6: same distance, no new run
  m.AppendInStep(9, 2);   // 12
  m.Finish(11);
  CHECK(m.size() == 9);
  CHECK(m.runs() == 2);
  CHECK(Expand(m) == std::vector<size_t>{0, 1, 2, 3, 4, 5, 6, 9, 10, 11});
  CHECK(m.IsMonotone());
}

TEST_CASE("a constant run maps every byte of an expansion to its source", "[offset_map]") {
  // ㈠ (3 bytes at 4) expands to "(一)" (5 bytes): all five map to 4.
  OffsetMap m;
  m.AppendInStep(0, 4);
  m.AppendConstant(4, 5);
  m.AppendInStep(7, 3);
  m.Finish(10);
  CHECK(Expand(m) == std::vector<size_t>{0, 1, 2, 3, 4, 4, 4, 4, 4, 7, 8, 9, 10});
  CHECK(m.runs() == 3);
  // A one-byte constant is an in-step byte and joins the run before it.
  OffsetMap one;
  one.AppendInStep(0, 2);
  one.AppendConstant(2, 1);
  one.Finish(3);
  CHECK(one.runs() == 1);
}

TEST_CASE("a strided run maps GBK's two-byte characters to their three UTF-8 bytes", "[offset_map]") {
  // "委员12人" in GBK: 委 员 at file 0 and 2, "12" at 4 and 5, 人 at 6; the
  // UTF-8 text has 委 at 0-2, 员 at 3-5, "12" at 6-7, 人 at 8-10.
  OffsetMap m;
  m.AppendStrided(0, 3, 2, 1);  // 委
  m.AppendStrided(2, 3, 2, 1);  // 员: continues the run
  m.AppendStrided(4, 1, 1, 2);  // 12
  m.AppendStrided(6, 3, 2, 1);  // 人
  m.Finish(8);
  CHECK(m.runs() == 3);
  CHECK(Expand(m) == std::vector<size_t>{0, 0, 0, 2, 2, 2, 4, 5, 6, 6, 6, 8});
  CHECK(m.IsMonotone());
  // Composed after a map that drops the "1" (derived 0-5 ← 0-5, 6-9 ← 7-10):
  // the partial characters still land on their character's file offset.
  OffsetMap drop;
  drop.AppendInStep(0, 6);
  drop.AppendInStep(7, 4);
  drop.Finish(11);
  const OffsetMap c = ComposeMaps(drop, m);
  CHECK(Expand(c) == std::vector<size_t>{0, 0, 0, 2, 2, 2, 5, 6, 6, 6, 8});
  OffsetMap mid;  // in step from the middle of 员
  mid.AppendInStep(4, 5);
  mid.Finish(11);
  CHECK(Expand(ComposeMaps(mid, m)) == std::vector<size_t>{2, 2, 4, 5, 6, 8});
}

TEST_CASE("the identity and the empty map", "[offset_map]") {
  const OffsetMap id = OffsetMap::Identity(5);
  CHECK(Expand(id) == std::vector<size_t>{0, 1, 2, 3, 4, 5});
  const OffsetMap empty = OffsetMap::Identity(0);
  CHECK(empty.size() == 0);
  CHECK(empty.Lookup(0) == 0);
  CHECK(empty.IsMonotone());
}

TEST_CASE("a map that goes backwards is not monotone", "[offset_map]") {
  OffsetMap m;
  m.AppendInStep(5, 2);
  m.AppendInStep(3, 2);
  m.Finish(10);
  CHECK_FALSE(m.IsMonotone());
}

TEST_CASE("composing maps equals looking up one after the other", "[offset_map]") {
  // Random monotone maps: bytes kept in step, dropped, or expanded.
  std::mt19937 rng(20261206);
  for (int round = 0; round < 300; ++round) {
    auto random_map = [&](size_t source_size) {
      OffsetMap m;
      size_t s = 0;
      while (s < source_size) {
        const size_t len = 1 + rng() % 4;
        const size_t take = std::min(len, source_size - s);
        switch (rng() % 4) {
          case 0: m.AppendInStep(s, take); break;
          case 1: m.AppendConstant(s, 1 + rng() % 5); break;  // an expansion of source s
          case 2: {  // characters of several bytes each
            const size_t chars = 1 + rng() % 3;
            m.AppendStrided(s, 1 + rng() % 4, take, chars);
            s += take * (chars - 1);
            break;
          }
          default: break;                                                        // dropped
        }
        s += take;
      }
      m.Finish(std::max(s, source_size));
      return m;
    };
    const OffsetMap b_to_c = random_map(1 + rng() % 60);
    const OffsetMap a_to_b = random_map(b_to_c.size());
    const OffsetMap a_to_c = ComposeMaps(a_to_b, b_to_c);
    REQUIRE(a_to_c.size() == a_to_b.size());
    for (size_t i = 0; i <= a_to_b.size(); ++i) {
      INFO("round " << round << " byte " << i);
      REQUIRE(a_to_c.Lookup(i) == b_to_c.Lookup(a_to_b.Lookup(i)));
    }
    CHECK(a_to_c.IsMonotone());
  }
}

}  // namespace
}  // namespace peercard
