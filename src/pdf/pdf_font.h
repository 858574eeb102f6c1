// The font side of writing a PDF, apart from libharu itself (pdf_sink.cc):
// checking that every character has a glyph, dense character codes with the
// cmap and ToUnicode CMap that go with them, and the temporary file libharu
// loads the font from.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/font_subset.h"
#include "base/status.h"

namespace peercard {

// Ok when `font` has a glyph for every printable character of `cps`, so that
// no character prints as a blank. InvalidArgument names the font file and
// the first missing character.
Status CheckGlyphs(const FontSource& font, const std::set<char32_t>& cps);

// The codes a document's text is shown with: the k-th of its characters (in
// code point order) is code kBase + k. libharu builds per-font tables over
// every code up to the largest one used and looks each up in the font's cmap
// segment by segment: with Unicode codes (up to U+FF1A for "：") and a
// subset font's hundreds of cmap segments that took 25 ms per card; dense
// codes make it well under one. The ToUnicode CMap maps the codes back, so
// the text stays searchable; characters beyond the BMP become printable too.
class PdfCodes {
 public:
  static constexpr char32_t kBase = 0x100;             // 2-byte UTF-8, clear of ASCII and controls
  static constexpr size_t kMaxChars = 0xD800 - kBase;  // codes stay below the surrogates

  explicit PdfCodes(const std::set<char32_t>& cps) : chars_(cps.begin(), cps.end()) {}
  const std::vector<char32_t>& chars() const { return chars_; }
  // `utf8` with each character replaced by its code, as UTF-8 (what
  // libharu's UTF-8 encoder reads). A character not in the set becomes code
  // kBase - 1, which the font does not map (a bug upstream, never silent
  // in tests: CheckGlyphs and the ink tests catch it).
  std::string Encode(std::string_view utf8) const;

 private:
  std::vector<char32_t> chars_;
};

// `ttf` (a subset holding every character of `codes`) with its cmap replaced
// by one format-4 subtable (Windows Unicode BMP, which libharu reads)
// mapping code kBase + k to the glyph of chars()[k]. Internal on HarfBuzz
// failure or more than PdfCodes::kMaxChars characters.
Result<std::string> WithDenseCmap(const std::string& ttf, const PdfCodes& codes);

// A ToUnicode CMap mapping each code to its character (UTF-16BE, surrogate
// pairs beyond the BMP), runs of consecutive characters as bfrange entries.
// Deterministic.
std::string ToUnicodeCMap(const PdfCodes& codes);

// A file holding a font for libharu, gone when this object is destroyed: an
// anonymous in-memory file (memfd) named by its /proc/self/fd path, or where
// that is not possible a file in the system's temporary directory. libharu
// 2.3.0 loads TrueType fonts only from a path and reads the glyphs again when
// it saves, so the file must outlive the document.
class TempFontFile {
 public:
  TempFontFile() = default;
  ~TempFontFile();
  TempFontFile(const TempFontFile&) = delete;
  TempFontFile& operator=(const TempFontFile&) = delete;

  // Creates the file holding `bytes`. IoError on failure.
  Status Write(const std::string& bytes);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;  // the memfd, when the file is one
};

}  // namespace peercard
