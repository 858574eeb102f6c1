// period_finder: which years a passage's figures cover, and why we think so.
#pragma once

#include <string>
#include <string_view>

#include "model/period.h"

namespace peercard {

struct PeriodGuess {
  Period period;       // unknown when nothing in the text says
  std::string reason;  // "title: 2023年工作综述", "五年来 + latest year 2021", …
};

// The year a document was written in, from what it says about the present:
// "今年是人民政协成立75周年" → 2024 (1949 + 75), "庆祝新中国成立70周年" is a
// past event and does not count. Unknown when nothing says. Pure.
PeriodGuess FindReportYear(std::string_view text);

// The period of a passage with title line `title` (may be empty) and body
// `body`, in the order: an explicit year or range in the title (2023年,
// 2021—2025年); a five-year term (五年来, 五年工作, 本届) ending with the latest
// year printed in the body or `report_year`; an explicit year opening the body
// ("2023年，…", "回望2022年"); a one-year report (一年来, 今年, 过去一年,
// 全年) of `report_year`; else `report_year` when known, else unknown.
// Pure; safe from any thread.
PeriodGuess FindPeriod(std::string_view title, std::string_view body, const PeriodGuess& report_year);

// The year printed at text[i] as four ASCII digits followed by 年 (or the
// Chinese form 二〇二三年); 0 if none. Sets *len to the bytes used.
int YearAt(std::string_view text, size_t i, size_t* len);

}  // namespace peercard
