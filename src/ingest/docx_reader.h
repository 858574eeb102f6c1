// docx_reader: the text of a Word .docx file (a zip of XML): body
// paragraphs in order, one per line; each table row as one line with its
// cells apart (a tab between cells). libzip and libxml2.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace peercard {

// The UTF-8 text of the .docx in `bytes`: one line per non-empty paragraph
// or table row, so line N of the result is the document's paragraph N.
// Deleted text (tracked changes) is left out, inserted text kept.
// InvalidArgument "NAME: not a .docx (not a zip file)", "NAME: .docx without
// word/document.xml", "NAME: word/document.xml is not well-formed XML".
// Thread-safe.
Result<std::string> ReadDocxText(std::string_view bytes, const std::string& name);

}  // namespace peercard
