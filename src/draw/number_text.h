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

  // Precision by magnitude, trailing zeros dropped: ≥1000 no decimals
  // ("2,289"), ≥10 one ("457.8"), ≥1 two ("4.57"), below 1 three significant
  // digits ("0.0123"). NaN prints as "—".
  std::string Auto(double v) const;
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

// The value as printed with its qualifier: the prefixes come from the
// templates ("qualifier.at_least" = "≥" …) so that wording stays data.
std::string QualifiedNumber(const NumberText& nt, const Templates& t, double value, Qualifier q);

}  // namespace peercard
