// The font side of writing a PDF, apart from libharu itself (pdf_sink.cc):
// checking that every character has a glyph, the ToUnicode CMap that keeps
// text searchable, and the temporary file libharu loads the subset from.
#pragma once

#include <set>
#include <string>

#include "font_subset.h"
#include "status.h"

namespace peercard {

// "'政' (U+653F)", for error messages.
std::string CodePointName(char32_t cp);

// Ok when `font` has a glyph for every printable character of `cps`, so that
// no character prints as a blank. InvalidArgument names the font file and
// the first missing character, or a character outside the Basic
// Multilingual Plane (libharu 2.3.0 encodes text as 2-byte codes).
Status CheckGlyphs(const FontSource& font, const std::set<char32_t>& cps);

// A ToUnicode CMap for text whose 2-byte codes equal the characters' Unicode
// values (libharu's UTF-8 encoding): each high byte used in `cps` maps its
// 256 codes to themselves with one bfrange entry. Deterministic.
std::string IdentityToUnicodeCMap(const std::set<char32_t>& cps);

// A file in the system's temporary directory, removed when this object is
// destroyed. libharu 2.3.0 loads TrueType fonts only from a path and reads the
// glyphs again when it saves, so the file must outlive the document.
class TempFontFile {
 public:
  TempFontFile() = default;
  ~TempFontFile();
  TempFontFile(const TempFontFile&) = delete;
  TempFontFile& operator=(const TempFontFile&) = delete;

  // Creates the file (mkstemp) holding `bytes`. IoError on failure.
  Status Write(const std::string& bytes);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace peercard
