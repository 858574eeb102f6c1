// The measuring interface layout code needs from a font; pdf/font_subset.h
// implements it for TrueType fonts, tests fake it.
#pragma once

#include <string_view>

namespace peercard {

// Measures text for layout. Widths are the sum of the glyphs' advances (no
// kerning: libharu positions glyphs the same way), so what layout measures is
// what the PDF prints.
class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  // Width in points of `utf8` at `size_pt`. Invalid UTF-8 bytes count as U+FFFD.
  virtual double Width(std::string_view utf8, double size_pt) const = 0;
  // Ascent and descent (both positive) as fractions of the font size.
  virtual double Ascent() const = 0;
  virtual double Descent() const = 0;
  // Whether the font prints `cp` (has a glyph for it). A measure without a
  // real font (tests' fakes) prints everything.
  virtual bool HasGlyph(char32_t /*cp*/) const { return true; }
};

}  // namespace peercard
