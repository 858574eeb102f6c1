#include "base/offset_map.h"

#include <algorithm>

namespace peercard {

OffsetMap OffsetMap::Identity(size_t size) {
  OffsetMap map;
  map.AppendInStep(0, size);
  map.Finish(size);
  return map;
}

void OffsetMap::AppendStrided(size_t source, size_t dstep, size_t sstep, size_t chars) {
  if (chars == 0) return;
  if (chars == 1 && dstep == 1) sstep = 1;  // one byte: in step and constant are the same
  bool continues = false;
  if (!runs_.empty()) {
    const Run& last = runs_.back();
    const size_t len = size_ - last.derived;
    continues = last.dstep == dstep && last.sstep == sstep && len % dstep == 0 &&
                last.source + last.sstep * (len / dstep) == source;
  }
  if (!continues) {
    runs_.push_back({size_, static_cast<uint32_t>(source), static_cast<uint8_t>(dstep), static_cast<uint8_t>(sstep)});
  }
  size_ += static_cast<uint32_t>(dstep * chars);
}

size_t OffsetMap::Lookup(size_t i) const {
  if (i >= size_) return end_;
  const auto after =
      std::upper_bound(runs_.begin(), runs_.end(), i, [](size_t v, const Run& r) { return v < r.derived; });
  return At(*(after - 1), i);  // runs_[0].derived == 0 whenever size_ > 0
}

bool OffsetMap::IsMonotone() const {
  size_t last = 0;
  for (size_t k = 0; k < runs_.size(); ++k) {
    const Run& r = runs_[k];
    if (r.source < last) return false;
    last = At(r, EndOf(k) - 1);
  }
  return last <= end_;
}

OffsetMap ComposeMaps(const OffsetMap& a_to_b, const OffsetMap& b_to_c) {
  using Run = OffsetMap::Run;
  const std::vector<Run>& a = a_to_b.runs_;
  const std::vector<Run>& b = b_to_c.runs_;
  OffsetMap out;
  out.Reserve(a.size() + b.size());
  for (size_t k = 0; k < a.size(); ++k) {
    const size_t len = a_to_b.EndOf(k) - a[k].derived;
    if (a[k].dstep == 1 && a[k].sstep == 0) {
      out.AppendConstant(b_to_c.Lookup(a[k].source), len);
      continue;
    }
    if (a[k].dstep != 1 || a[k].sstep != 1) {  // not in step: byte by byte
      for (size_t i = a[k].derived; i < a[k].derived + len; ++i) {
        out.AppendConstant(b_to_c.Lookup(OffsetMap::At(a[k], i)), 1);
      }
      continue;
    }
    size_t s = a[k].source;  // this run reads b[s, s + len)
    size_t left = len;
    size_t j = static_cast<size_t>(
        std::upper_bound(b.begin(), b.end(), s, [](size_t v, const Run& r) { return v < r.derived; }) - b.begin());
    j = j == 0 ? 0 : j - 1;
    while (left > 0) {
      if (s >= b_to_c.size_) {
        out.AppendConstant(b_to_c.end_, left);
        break;
      }
      const Run& r = b[j];
      const size_t piece = std::min(left, b_to_c.EndOf(j) - s);
      // Within r: a partial character, whole characters, a partial one.
      size_t done = 0;
      while (done < piece) {
        const size_t at = s + done;
        const size_t phase = (at - r.derived) % r.dstep;
        const size_t whole = phase == 0 ? (piece - done) / r.dstep : 0;
        if (whole > 0) {
          out.AppendStrided(OffsetMap::At(r, at), r.dstep, r.sstep, whole);
          done += whole * r.dstep;
        } else {
          const size_t part = std::min(piece - done, r.dstep - phase);
          out.AppendConstant(OffsetMap::At(r, at), part);
          done += part;
        }
      }
      s += piece;
      left -= piece;
      ++j;
    }
  }
  out.Finish(b_to_c.Lookup(a_to_b.end_));
  return out;
}

}  // namespace peercard
