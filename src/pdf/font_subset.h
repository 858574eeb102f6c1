// The TrueType font a PDF prints with: opened once, measured by layout code,
// and cut down per document with HarfBuzz's subsetter so that a card embeds
// the few hundred glyphs it prints (~20 KB) instead of the whole CJK font.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "base/status.h"
#include "draw/text_measure.h"
#include "pdf/hb_ptr.h"

namespace peercard {

// The default font: WenQuanYi Zen Hei, face 0 of the Debian collection.
// (WenQuanYi *Micro* Hei loses composite glyphs when libharu subsets it and
// prints blanks: do not substitute it.)
inline constexpr const char* kDefaultFontPath = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

// A TrueType font (.ttf, or one face of a .ttc collection). Immutable after
// Open: Width, HasGlyph and Subset are safe to call from several threads.
class FontSource : public TextMeasure {
 public:
  // Opens `path` (face `face_index` of a collection). Errors name the file:
  // NotFound when it cannot be read, InvalidArgument when it is not a
  // TrueType font with 'glyf' outlines (libharu cannot embed CFF/OpenType
  // fonts) or lacks the Unicode 'cmap' libharu reads.
  static Result<std::unique_ptr<FontSource>> Open(const std::string& path, unsigned face_index = 0);
  ~FontSource() override;
  FontSource(const FontSource&) = delete;
  FontSource& operator=(const FontSource&) = delete;

  const std::string& path() const { return path_; }
  double Width(std::string_view utf8, double size_pt) const override;
  double Ascent() const override { return ascent_; }
  double Descent() const override { return descent_; }
  bool HasGlyph(char32_t cp) const override;
  // The advance of `cp`'s glyph (.notdef's when the font lacks it) as a
  // fraction of the em.
  double Advance(char32_t cp) const;

  // A standalone TrueType font holding the glyphs of `code_points` (plus
  // .notdef and the components of composite glyphs) and the tables libharu
  // 2.3.0 reads: cmap, glyf, loca, head, hhea, hmtx, maxp, name, post, OS/2.
  // Hinting and layout tables are dropped. Deterministic: the same set gives
  // the same bytes. Internal when HarfBuzz fails.
  Result<std::string> Subset(const std::set<char32_t>& code_points) const;

 private:
  FontSource() = default;
  std::string path_;
  HbPtr<hb_blob_t> blob_;
  HbPtr<hb_face_t> face_;
  HbPtr<hb_font_t> font_;
  double units_per_em_ = 1000;
  double ascent_ = 0.88;
  double descent_ = 0.12;
};

}  // namespace peercard
