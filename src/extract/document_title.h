// document_title: the title a report is cited by, from its first lines.
#pragma once

#include <string>
#include <string_view>

namespace peercard {

// The title of a report as a reader cites it: the first line near the top
// that reads as a title — not a menu (首页 | 政协动态 |…), a location line
// (当前位置：…), a date or publication line, a masthead with a date, or a
// salutation — joined with a subtitle line that follows it (——某某县政协
// 2023年工作综述). Looked for in the first kTitleSearchLines non-empty lines;
// empty when none qualifies. Pure.
std::string DocumentTitle(std::string_view text);

}  // namespace peercard
