// The two faces a PDF prints with. Chinese print sets headings in a heavier
// face than body text: peercard prints display text (bold at
// kHeadingMinPt and above: names, headings, tile titles and figures) in the
// main face, WenQuanYi Zen Hei, and the rest in the body face, Droid Sans
// Fallback, whose outlines on a 256-unit em take about half the bytes of Zen
// Hei's: body text is most of a card's glyphs, so most of its size.
//
// Layout measures with the main face alone (it is the drawings' TextMeasure):
// the body face takes a character only where its advance equals the main
// face's, so a line measures the same whichever face prints it, and
// everything else (Droid has no Latin letters, digits or ASCII punctuation)
// falls back to the main face, which must print every character.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "draw/render_sink.h"
#include "pdf/font_subset.h"

namespace peercard {

// Bold text at this size and above is display text, printed in the main face.
inline constexpr double kHeadingMinPt = 10;

// Droid Sans Fallback as Debian installs it (fonts-droid-fallback).
inline constexpr const char* kDefaultBodyFontPath = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

// The body face an option names (kDefaultBodyFontPath when empty): "none"
// gives none (nullptr; the main face prints everything). Errors as
// FontSource::Open.
Result<std::unique_ptr<FontSource>> OpenBodyFace(const std::string& path);

// A non-owning view of the faces: the FontSources must outlive it. Cheap to
// copy; thread-safe (FontSource is immutable).
class Typefaces {
 public:
  // One face prints everything.
  explicit Typefaces(const FontSource& main) : main_(&main) {}
  // `body` may be null (one face).
  Typefaces(const FontSource& main, const FontSource* body) : main_(&main), body_(body) {}

  const FontSource& main() const { return *main_; }
  const FontSource* body() const { return body_; }

  // Whether `cp`, in a run of `style`, prints with the body face: not
  // display text (bold, kHeadingMinPt or more), a body face that has the
  // glyph, and the same advance as the main face's (within 1/1000 em, the
  // precision of a PDF width).
  bool PrintsInBody(char32_t cp, const TextStyle& style) const;

  // Whether `style` is display text, which the main face prints.
  static bool IsDisplay(const TextStyle& style) {
    return style.weight == FontWeight::kBold && style.size_pt >= kHeadingMinPt;
  }

  // Calls f(in_body, run) for each maximal run of `utf8` that one face
  // prints, in order; the runs concatenate to `utf8`.
  template <typename F>
  void ForEachRun(std::string_view utf8, const TextStyle& style, F&& f) const {
    ForEachFaceRun(utf8, [&](char32_t cp) { return PrintsInBody(cp, style); }, f);
  }

 private:
  const FontSource* main_;
  const FontSource* body_ = nullptr;
};

// Calls f(in_body, run) for each maximal run of `utf8` whose characters
// agree on in_body(cp), in order; the runs concatenate to `utf8`.
template <typename InBody, typename F>
void ForEachFaceRun(std::string_view utf8, InBody&& in_body, F&& f) {
  size_t start = 0, i = 0;
  bool run_in_body = false;
  while (i < utf8.size()) {
    size_t len = 1;
    const bool b = in_body(DecodeUtf8(utf8, i, &len));
    if (i > start && b != run_in_body) {
      f(run_in_body, utf8.substr(start, i - start));
      start = i;
    }
    run_in_body = b;
    i += len;
  }
  if (i > start) f(run_in_body, utf8.substr(start, i - start));
}

}  // namespace peercard
