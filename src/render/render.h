// Stage render/: report cards and the summary, drawn through draw/ into pdf/.
//
// `peercard render` below the command line: every card and the summary,
// each written whole or not at all, a failing place reported by name while
// the others are written.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "render/card_model.h"
#include "pdf/typefaces.h"
#include "draw/page_flow.h"
#include "base/status.h"

namespace peercard {

struct RenderReport {
  std::vector<std::string> written;  // paths, cards in place-code order, then the summary, then the briefing
  Diagnostics errors;   // "gs-wuwei 武威市: OUT/cards/gs-wuwei.pdf: disk full"; "summary: …"
  Diagnostics warnings; // "gs-wuwei 武威市: 1 character not in the font, printed as □: '😀' (U+1F600)"
  size_t cards = 0;                  // of the written, report cards
};

struct RenderOptions {
  std::string focus;     // a place code: its card first in the briefing, highlighted in the summary
  bool briefing = true;  // also write OUT/briefing.pdf
};

// Writes OUT/cards/<code>.pdf for every place of in.rows, OUT/summary.pdf
// and (options.briefing) OUT/briefing.pdf: cover, contents, summary and
// every card written, numbered through (render_briefing.h).
// A place whose code is not safe as a file name, or whose card cannot be
// laid out or written, adds an error naming it; no partial file is left (see
// WritePdf). Text is printed as PrintableText makes it: a character the font
// lacks (an emoji in an evidence sentence) costs no card, it is printed as a
// mark and named in a warning. `threads` >= 1 cards are rendered at once; the files and the
// report do not depend on it. `ctx` members must be thread-safe (they are:
// Templates, NumberText and FontSource are immutable). ctx.measure is
// faces.main(), which every drawing is measured with.
RenderReport RenderAll(const RenderInput& in, const RenderContext& ctx, const Typefaces& faces,
                       const std::string& out_dir, int threads = 1, const RenderOptions& options = {});

// The place code `focus` names: a code of the comparison, or the Chinese
// name of exactly one of its places ("酒泉市"). InvalidArgument otherwise,
// naming it and the nearest code ("--focus gs-jiuqan: no such place in the
// comparison; did you mean gs-jiuquan?"). "" stays "".
Result<std::string> ResolveFocus(const RenderInput& in, const std::string& focus);

// Ok when `font` prints every character of the templates' strings, so that a
// font without Chinese glyphs is one clear error ("FONT: no glyph for '未'
// (U+672A)") before any card is attempted.
Status CheckFontCoversTemplates(const FontSource& font, const Templates& templates);

// The creation date of the PDFs: $SOURCE_DATE_EPOCH when set to a number of
// seconds (reproducible builds), else `now`.
long long PdfCreationTime(const char* source_date_epoch, long long now);

}  // namespace peercard
