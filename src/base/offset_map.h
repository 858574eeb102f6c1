// OffsetMap: where each byte of a derived text came from in its source, kept
// as runs (one entry where the relation between the two changes), not as one
// entry per byte.
//
// Normalisation and layout repair copy most bytes through unchanged and
// change a few spans (a full-width comma becomes ',', a line break inside a
// sentence is dropped); decoding GBK turns every two-byte character into
// three UTF-8 bytes. A run covers characters of `dstep` derived bytes each
// made from `sstep` source bytes: (1, 1) for bytes copied in step, (1, 0) for
// an expansion that maps to one source offset, (3, 2) for GBK or UTF-16 Han
// characters. A per-byte map costs four bytes for every byte; runs cost
// twelve bytes where the relation changes: for a Chinese report about once
// per number or full-width mark.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace peercard {

class OffsetMap {
 public:
  OffsetMap() = default;

  // The identity on a text of `size` bytes.
  static OffsetMap Identity(size_t size);

  // Appends `chars` characters of `dstep` derived bytes each, the first made
  // from source offset `source`, each next one `sstep` source bytes on; every
  // byte of a character maps to its character's source offset. A run that
  // continues the previous one costs nothing. REQUIRES: 1 <= dstep <= 255,
  // sstep <= 255.
  void AppendStrided(size_t source, size_t dstep, size_t sstep, size_t chars);
  // Derived bytes [size(), size() + len) mapped in step to source bytes
  // [source, source + len).
  void AppendInStep(size_t source, size_t len) { AppendStrided(source, 1, 1, len); }
  // `len` derived bytes that all map to `source` (a span the source changed
  // as a whole, such as one normalisation segment).
  void AppendConstant(size_t source, size_t len) { AppendStrided(source, 1, len > 1 ? 0 : 1, len); }
  // Ends the map: the derived end, Lookup(size()), maps to `source_end`.
  void Finish(size_t source_end) { end_ = static_cast<uint32_t>(source_end); }

  // Source offset of derived byte i. REQUIRES: i <= size(). O(log runs).
  size_t Lookup(size_t i) const;

  size_t size() const { return size_; }  // derived bytes mapped
  size_t runs() const { return runs_.size(); }
  size_t MemoryBytes() const { return runs_.capacity() * sizeof(Run); }
  void Reserve(size_t runs) { runs_.reserve(runs); }
  void ShrinkToFit() { runs_.shrink_to_fit(); }

  // Lookup is nondecreasing in i and never past Lookup(size()). For tests
  // and fuzzing: O(runs).
  bool IsMonotone() const;

 private:
  friend OffsetMap ComposeMaps(const OffsetMap& a_to_b, const OffsetMap& b_to_c);
  struct Run {
    uint32_t derived;  // first derived byte of the run
    uint32_t source;   // source offset of its first character
    uint8_t dstep;     // derived bytes per character
    uint8_t sstep;     // source bytes per character
  };
  size_t EndOf(size_t k) const { return k + 1 < runs_.size() ? runs_[k + 1].derived : size_; }
  static size_t At(const Run& r, size_t i) { return r.source + r.sstep * ((i - r.derived) / r.dstep); }

  std::vector<Run> runs_;  // by `derived`, strictly increasing
  uint32_t size_ = 0;
  uint32_t end_ = 0;
};

// The map a→c from maps a→b and b→c: Lookup(i) is
// b_to_c.Lookup(a_to_b.Lookup(i)). REQUIRES: every a_to_b.Lookup(i) <=
// b_to_c.size(). O(runs of both) when a_to_b's runs are in step or constant.
OffsetMap ComposeMaps(const OffsetMap& a_to_b, const OffsetMap& b_to_c);

}  // namespace peercard
