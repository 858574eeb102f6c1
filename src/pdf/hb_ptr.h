// Owning pointers to HarfBuzz objects: the one idiom for freeing them in
// pdf/. The deleter's calls are defined in hb_ptr.cc, so that a header may
// hold an HbPtr without including hb.h.
#pragma once

#include <memory>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;
struct hb_subset_input_t;

namespace peercard {

struct HbDeleter {
  void operator()(hb_blob_t* b) const;
  void operator()(hb_face_t* f) const;
  void operator()(hb_font_t* f) const;
  void operator()(hb_subset_input_t* s) const;
};

template <typename T>
using HbPtr = std::unique_ptr<T, HbDeleter>;

}  // namespace peercard
