// The project's patches of libharu 2.3.0's internals, in one place. They
// reach into private structures (hpdf_font.h, hpdf_encoder.h), so they are
// correct only for the version they were written against: the build fails on
// any other, and whoever upgrades libharu re-checks each patch (and may drop
// it, if the new version fixed what it works around).
// Private to pdf/: only pdf_sink.cc includes this.
#pragma once

#include <hpdf.h>
#include <hpdf_encoder.h>
#include <hpdf_version.h>

#include <cstring>

#include "pdf/pdf_font.h"

#if HPDF_MAJOR_VERSION != 2 || HPDF_MINOR_VERSION != 3
#error "pdf/libharu_patches.h patches libharu 2.3 internals: re-check every patch for this libharu version"
#endif

namespace peercard {

// Fixes what libharu 2.3.0 does to a Type0 TrueType font: its ToUnicode CMap
// says "begincidrange", which a ToUnicode CMap may not use (poppler warns on
// every page, other readers may copy garbage), and it maps codes to
// themselves, while our codes are dense (PdfCodes); and its own glyph
// subsetting blanks the components of composite glyphs, so every glyph of
// the (already subset) font is kept.
void PatchFont(HPDF_Font font, const PdfCodes& codes);

// libharu 2.3.0 builds a TrueType font's widths and CIDToGIDMap, when the
// font is created, over every code its encoder can show; for the UTF-8
// encoder (whose to_unicode_fn is its own) that is all of the BMP: 65,536
// glyph look-ups and a 128 KB map to compress in every document, a fifth of
// a card's time. While this object lives, the encoder looks like a table
// encoder (HPDF_CMapEncoder_ToUnicode) mapping only the dense codes of
// `codes`, and one more, because libharu's loops stop before the largest
// code; the destructor puts the UTF-8 encoder back as it was. Create the
// font (HPDF_GetFont) inside its lifetime.
class CodesOnlyEncoder {
 public:
  CodesOnlyEncoder(HPDF_Encoder encoder, const PdfCodes& codes) {
    if (!encoder || !encoder->attr || encoder->type != HPDF_ENCODER_TYPE_DOUBLE_BYTE) return;
    encoder_ = encoder;
    attr_ = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
    saved_fn_ = encoder->to_unicode_fn;
    std::memcpy(saved_cids_, attr_->cid_map, sizeof saved_cids_);
    std::memcpy(saved_unicodes_, attr_->unicode_map, sizeof saved_unicodes_);
    std::memset(attr_->cid_map, 0, sizeof attr_->cid_map);
    for (size_t k = 0; k <= codes.chars().size(); ++k) {
      const auto code = static_cast<HPDF_UINT16>(PdfCodes::kBase + k);
      attr_->cid_map[code >> 8][code & 0xFF] = code;
      attr_->unicode_map[code >> 8][code & 0xFF] = code;
    }
    encoder->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
  }
  ~CodesOnlyEncoder() {
    if (!encoder_) return;
    encoder_->to_unicode_fn = saved_fn_;
    std::memcpy(attr_->cid_map, saved_cids_, sizeof saved_cids_);
    std::memcpy(attr_->unicode_map, saved_unicodes_, sizeof saved_unicodes_);
  }
  CodesOnlyEncoder(const CodesOnlyEncoder&) = delete;
  CodesOnlyEncoder& operator=(const CodesOnlyEncoder&) = delete;

 private:
  HPDF_Encoder encoder_ = nullptr;
  HPDF_CMapEncoderAttr attr_ = nullptr;
  HPDF_Encoder_ToUnicode_Func saved_fn_ = nullptr;
  HPDF_UINT16 saved_cids_[256][256];
  HPDF_UNICODE saved_unicodes_[256][256];
};

}  // namespace peercard
