// page_furniture: joins the pages of a paginated document (a PDF's text
// layer) into one text without what the printer put on every page: running
// headers (the report's title again at the top of each page), footers and
// page numbers (－ 3 －, 第3页, 3/12). Layout repair (layout_repair.h) then
// joins the lines a sentence runs over, page breaks included.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace peercard {

// True for a line that is only a page number: digits, optionally between
// dashes or in 第…页 (with 共N页), or N/M, or "Page N"; spaces allowed.
bool IsPageNumberLine(std::string_view line);

// The pages joined by '\n', each page's lines in order, less
//  - page-number lines within the first or last two lines of a page;
//  - a running header or footer: a line within the first or last two lines
//    of a page that recurs there (digits aside) on at least half of the pages
//    and on at least two; its first occurrence is kept (page 1's title).
// *page_starts gets the byte offset in the result where each page begins
// (one per page, ascending). Pure.
std::string JoinPages(const std::vector<std::string>& pages, std::vector<uint32_t>* page_starts);

}  // namespace peercard
