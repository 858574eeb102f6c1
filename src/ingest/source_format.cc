#include "ingest/source_format.h"

#include <algorithm>
#include <cctype>

namespace peercard {

SourceFormat SourceFormatOf(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = file.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return SourceFormat::kOther;
  std::string ext(file.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == "txt") return SourceFormat::kText;
  if (ext == "pdf") return SourceFormat::kPdf;
  if (ext == "docx") return SourceFormat::kDocx;
  if (ext == "html" || ext == "htm") return SourceFormat::kHtml;
  if (ext == "doc") return SourceFormat::kDoc;
  return SourceFormat::kOther;
}

std::string_view SourceFormatName(SourceFormat f) {
  switch (f) {
    case SourceFormat::kText: return "text";
    case SourceFormat::kPdf: return "PDF";
    case SourceFormat::kDocx: return "Word (.docx)";
    case SourceFormat::kHtml: return "web page";
    case SourceFormat::kDoc: return "Word 97-2003 (.doc)";
    case SourceFormat::kOther: break;
  }
  return "other";
}

}  // namespace peercard
