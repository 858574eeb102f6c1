// pdf_reader: the text layer of a PDF, page by page, in reading order
// (poppler's C++ API).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace peercard {

// The UTF-8 text of each page of the PDF in `bytes`, in reading order (as
// pdftotext prints it without -layout). `name` names the file in errors:
// InvalidArgument "NAME: not a readable PDF (damaged or truncated)",
// "NAME: encrypted PDF: save an unlocked copy", "NAME: no text layer: run OCR
// first" (a scan: no page has a character). Thread-safe: each call loads its
// own document.
Result<std::vector<std::string>> ReadPdfPages(std::string_view bytes, const std::string& name);

}  // namespace peercard
