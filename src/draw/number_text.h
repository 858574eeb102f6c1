// Numbers as the cards print them: Chinese locale conventions from ICU
// (grouping "2,289", decimal point "457.8"), never the process locale, and
// a qualifier never dropped ("≥1,000", "约500", "≤50").
#pragma once

#include <memory>
#include <string>

#include "model/qualifier.h"
#include "base/status.h"

namespace peercard {

class Templates;

// Wraps ICU's LocalizedNumberFormatter for locale zh_CN. Formatting is
// const and thread-safe (ICU's formatter is immutable).
class NumberText {
 public:
  // Internal when ICU lacks the locale data.
  static Result<NumberText> Create();

  // One precision rule for counts and rates, trailing zeros dropped: ≥100
  // no decimals ("2,289", "458"), ≥0.1 one ("11.7", "4.9", "0.3"; a count
  // prints whole: "18"), below 0.1 two significant digits ("0.012"). Ratios
  // print with Fixed(v, 2), z with Signed(v, 2), changes in % with one
  // decimal, percentiles as integers. NaN prints as "—".
  std::string Auto(double v) const;
  // A count of ten thousand or more the Chinese way: "1.2万", "3万",
  // "1.25万" (two decimals at most); below that, Auto. NaN "—".
  std::string Wan(double v) const;
  // Exactly `decimals` (0–3) decimals ("0.40"); NaN "—".
  std::string Fixed(double v, int decimals) const;
  // With a sign on both sides ("+0.42", "-1.30", "0.00"); NaN "—". The
  // sign is ASCII: Zen Hei has no U+2212.
  std::string Signed(double v, int decimals) const;
  // A rounded integer with grouping ("135"); NaN "—".
  std::string Integer(double v) const;

 private:
  struct Impl;
  explicit NumberText(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// A value as the edition prints it: Wan in the Chinese editions, Auto in English.
std::string PrintedNumber(const NumberText& nt, const Templates& t, double value);

// The value as printed (PrintedNumber) with its qualifier: the prefixes come
// from the templates ("qualifier.at_least" = "≥" …) so that wording stays data.
std::string QualifiedNumber(const NumberText& nt, const Templates& t, double value, Qualifier q);

}  // namespace peercard
