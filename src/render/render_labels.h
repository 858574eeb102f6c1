// Labels the card and the summary print for values held as ids in the
// comparison: the peer group, a period, the basis of comparison. The words
// come from the templates.
#pragma once

#include <string>

#include "model/indicator_spec.h"
#include "model/period.h"
#include "model/places.h"
#include "draw/templates.h"

namespace peercard {

// "全部地区 all places" for "all"; "同省 甘肃省 …" for "province:甘肃省"; the
// kinds level and list likewise; anything else as given.
std::string PeerGroupLabel(const Templates& t, const std::string& group);

// "2023年" or "2019–2023年（5年合计）"; tile.period_unknown when unknown.
std::string PeriodLabel(const Templates& t, const Period& p);

// "每万常住人口" for "per_10k"; the id itself when unknown.
std::string BasisLabel(const Templates& t, const std::string& basis);

// notes.interval filled with the bounds `rule` gives 1000余, 约500 and
// 不足50: "[1000, 1100)", "[475, 525]", "(45, 50)", the numbers without
// grouping, whose comma would read as the interval's.
std::string IntervalRuleText(const Templates& t, const IntervalRule& rule);

// The date of `seconds` since 1970 (UTC) as date.long prints it:
// "2024年12月3日" ({y}, {m}, {d}; {mm}, {dd} with a leading zero).
std::string LongDate(const Templates& t, long long seconds);

// "2022–2024年" ("2024年" for one year, "" for none) by tile.period_*.
std::string YearsLabel(const Templates& t, int first_year, int last_year);

// Names as the edition prints them. In running text, charts and tables: the
// Chinese (kZh, kZhEn) or the English where there is one (kEn, else the
// Chinese). As a heading (…Title): kZhEn adds the English after the Chinese.
std::string PlaceName(const Templates& t, const std::string& zh, const std::string& en);
std::string PlaceTitle(const Templates& t, const std::string& zh, const std::string& en);
std::string IndicatorName(const Templates& t, const IndicatorSpec& spec);
std::string IndicatorTitle(const Templates& t, const IndicatorSpec& spec);
// The unit: unit_zh, or in English unit_en (empty when the file has none).
std::string UnitName(const Templates& t, const IndicatorSpec& spec);
// A number and its unit as the edition writes them: "1,236场次" in Chinese,
// with no space; "1,236 sessions" in English.
std::string WithUnit(const Templates& t, const std::string& number, const std::string& unit);

}  // namespace peercard
