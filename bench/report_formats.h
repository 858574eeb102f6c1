// report_formats: a text report written as a PDF, a Word .docx or a saved
// web page, the way committees publish them. Tests and `peercard_bench
// convert` use it to check that every format reads as the .txt does.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace peercard {
namespace bench {

// The text's paragraphs (its non-blank lines, trimmed).
std::vector<std::string> Paragraphs(const std::string& text);

// A PDF of `text` as a printed report: paragraphs hard-wrapped at
// `chars_per_line` characters, `lines_per_page` lines a page, the first
// paragraph (the title) repeated as a running header on every page after the
// first, and a footer "－ N －" on every page. `font_path`: a TrueType font
// that has every character (WenQuanYi Zen Hei).
Status WriteReportPdf(const std::string& text, const std::string& font_path, const std::string& path,
                      int chars_per_line = 34, int lines_per_page = 38);

// A .docx whose paragraphs are the text's; lines holding a tab become the
// rows of a table, their cells split at the tabs.
Result<std::string> ReportDocx(const std::string& text);

// A web page as a browser saves it: menus, a breadcrumb, the title in <h1>,
// a 发布时间 line (`date`, e.g. "2024-01-20"; none when empty), the
// paragraphs in the article block, a related-news list and a footer, with
// a script and a style block. `charset` "utf-8" or "gbk" (the bytes are then
// GBK and the meta tag says so).
Result<std::string> ReportHtml(const std::string& text, const std::string& date, const std::string& charset);

// `text` as a mirror site reposts it in Traditional characters (ICU's
// Hans-Hant transform), line breaks and punctuation unchanged.
Result<std::string> TraditionalText(const std::string& text);

}  // namespace bench
}  // namespace peercard
