// Stage pdf/: the only code that sees libharu and HarfBuzz: the PDF sink,
// font subsetting, and the libharu 2.3.0 patches (libharu_patches.h).
//
// Writes a recorded Drawing as a PDF with libharu, the only code that
// includes hpdf.h. The font is subset per document to exactly the characters
// the drawing prints, then embedded: a card is tens of kilobytes, not the
// half megabyte an embedded CJK font costs; each face is subset to the
// characters it prints.
#pragma once

#include <string>

#include "draw/drawing.h"
#include "pdf/typefaces.h"
#include "base/status.h"

namespace peercard {

// Writes `drawing` to `path` in `faces` (typefaces.h): to a temporary beside
// it first, then renamed, so a failure leaves no half-written PDF (and any
// older file untouched). Creates the parent directory. Compressed; the same
// drawing, faces and
// DocInfo::creation_time give byte-identical files (libharu writes no /ID
// and no clock unless asked; the creation and modification dates come from
// DocInfo).
// Errors:
//   InvalidArgument "FONT: no glyph for '㑇' (U+3447)" when the main face
//     cannot print a character (a blank glyph is never printed);
//   InvalidArgument "FONT: ..." when libharu rejects the font (licence
//     forbids embedding, missing table);
//   IoError naming `path` when it cannot be written;
//   Internal "PATH: libharu error 0x...." otherwise.
// Thread-safe for distinct paths (each call owns its libharu document).
Status WritePdf(const Drawing& drawing, const Typefaces& faces, const std::string& path);

}  // namespace peercard
