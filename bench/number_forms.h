// number_forms: the ways a count is printed in a report, for the synthetic
// corpus. Each form says which value and qualifier a reader should take from
// it: "1100余" is at least 1100, not the 1117 the generator started from.
#pragma once

#include <string>

#include "corpus_gen.h"
#include "model/qualifier.h"

namespace peercard {
namespace bench {

// A count as printed: prefix qualifier (近, 约, 不足, 超过), the number, a
// suffix qualifier (余, 多), then the caller's unit, then a trailing
// qualifier (以上, 左右).
struct PrintedCount {
  std::string prefix, number, suffix, trailing;
  double value = 0;  // what the text states
  Qualifier qualifier = Qualifier::kExact;

  // prefix + number + suffix + unit + trailing.
  std::string With(const std::string& unit) const { return prefix + number + suffix + unit + trailing; }
};

// How freely a count may be printed where it stands.
struct FormChoice {
  bool allow_trailing = true;  // 以上/左右 after the unit reads well here
  bool allow_prefix = true;    // 近/约/不足 before the number reads well here
};

// Prints `n` (> 0) in a form drawn from `rng`: plain digits, 余/多 on a
// rounded value, grouped (1,117), full-width (１１１７), Chinese numerals
// (一千一百余, 两千), 近/约/左右, 以上, 不足/不到, 超过, or 万 (1.2万) for
// large values.
PrintedCount PrintCount(long n, const FormChoice& choice, SplitMix64* rng);

// A small count for a distractor: plain digits, sometimes with 余/多.
PrintedCount PrintSmallCount(long n, SplitMix64* rng);

// "一千一百", "两千零五十", "十五". REQUIRES: 0 < n < 100000000.
std::string ChineseNumeral(long n, bool liang);

// ASCII digits → full-width digits (１２３).
std::string FullWidthDigits(const std::string& ascii);

// n with thousands separators: 1,117.
std::string GroupedDigits(long n);

// n rounded down as reports round: two significant digits from 100 (1117 →
// 1100), tens below (87 → 80), and n itself under 20.
long RoundDownTwoDigits(long n);

}  // namespace bench
}  // namespace peercard
