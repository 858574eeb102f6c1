// source_format: which kinds of file peercard reads, told by the file name.
#pragma once

#include <string>
#include <string_view>

namespace peercard {

enum class SourceFormat {
  kText,  // .txt: UTF-8, UTF-16 with BOM, GB18030
  kPdf,   // .pdf: the text layer, page by page (poppler)
  kDocx,  // .docx: paragraphs and table rows (libzip + libxml2)
  kHtml,  // .html, .htm: a page saved from a browser, the article only (libxml2)
  kDoc,   // .doc: legacy Word, through antiword when it is installed
  kOther, // anything else: skipped when a folder is scanned
};

// By the extension, case-insensitive ("report.PDF" is kPdf).
SourceFormat SourceFormatOf(std::string_view path);

// "text", "PDF", "Word (.docx)", "web page", "Word 97-2003 (.doc)", "other".
std::string_view SourceFormatName(SourceFormat f);

}  // namespace peercard
