// report_number: counts as reports print them.
#pragma once

#include <string_view>

#include "model/qualifier.h"
#include "base/status.h"

namespace peercard {

struct ReportNumber {
  double value = 0;
  Qualifier qualifier = Qualifier::kExact;
  size_t length = 0;  // bytes of text consumed: prefix qualifier, number, suffix qualifier
  size_t number_begin = 0;  // byte where the number itself starts (after 近/约/超过 …)
};

// Parses a count starting at text[0] as printed in a report: Arabic digits
// ("2289"), grouped ("2,289", "2，289"), decimals with 万/千/百 ("1.2万",
// "3万余"), Chinese numerals ("一千一百", "两千", "六百零七", "十余",
// "二〇二四" is not a count), with the qualifier that comes right before it
// (超过/近/约/大约/不到/不足) or right after it (余/多/以上/左右):
// 余/多/以上/超过 = at_least, 近/约/左右/大约 = approx, 不到/不足 = at_most,
// none = exact. A qualifier is never dropped. Qualifiers that follow the unit
// ("100件以上", "500场左右") are the caller's: see ParseTrailingQualifier.
// REQUIRES: text is NFKC-normalised UTF-8 (see ingest.h).
// Returns InvalidArgument if no number starts at text[0] (after an optional
// prefix qualifier).
// Pure; safe from any thread.
Result<ReportNumber> ParseReportNumber(std::string_view text);

// The length in bytes of the prefix qualifier (超过, 近, 约, 逾, 超, 不足 …,
// the ones ParseReportNumber reads) that ends at text[i] and starts at or
// after `floor`; 0 if none. Pure.
size_t PrefixQualifierBefore(std::string_view text, size_t i, size_t floor);

// If text starts with 以上/之多 (at least), 左右 (approx) or 以下/以内 (at most)
// (after a unit: "100件以上", "50人以下"), possibly after the unit's
// alternative in brackets ("210件（次）左右"), sets *q and returns the bytes
// consumed; else returns 0 and leaves *q alone. Pure.
size_t ParseTrailingQualifier(std::string_view text, Qualifier* q);

// True when a count ParseReportNumber reads starts anywhere in `text`
// (协商二十次, 立案68件). Pure.
bool HoldsCount(std::string_view text);

}  // namespace peercard
