#include "draw/number_text.h"

#include <unicode/numberformatter.h>

#include <cmath>

#include "draw/templates.h"

namespace peercard {

namespace number = icu::number;

// One formatter per precision, built once: ICU formatters are costly to
// build and cheap to run.
struct NumberText::Impl {
  number::LocalizedNumberFormatter integer, max1, max2, sig2;
  number::LocalizedNumberFormatter fixed[4];
};

namespace {

std::string Run(const number::LocalizedNumberFormatter& f, double v) {
  UErrorCode status = U_ZERO_ERROR;
  const number::FormattedNumber formatted = f.formatDouble(v, status);
  std::string out;
  const icu::UnicodeString s = formatted.toString(status);
  if (U_FAILURE(status)) return "?";
  s.toUTF8String(out);
  return out;
}

}  // namespace

Result<NumberText> NumberText::Create() {
  auto impl = std::make_shared<Impl>();
  const number::LocalizedNumberFormatter base =
      number::NumberFormatter::withLocale(icu::Locale("zh", "CN")).roundingMode(UNUM_ROUND_HALFUP);
  impl->integer = base.precision(number::Precision::integer());
  impl->max1 = base.precision(number::Precision::maxFraction(1));
  impl->max2 = base.precision(number::Precision::maxFraction(2));
  impl->sig2 = base.precision(number::Precision::maxSignificantDigits(2));
  for (int d = 0; d < 4; ++d) impl->fixed[d] = base.precision(number::Precision::fixedFraction(d));
  UErrorCode status = U_ZERO_ERROR;
  impl->integer.formatDouble(2289.5, status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU cannot format numbers for zh_CN: ") + u_errorName(status));
  }
  return NumberText(std::move(impl));
}

std::string NumberText::Auto(double v) const {
  if (!std::isfinite(v)) return "\u2014";
  const double a = std::fabs(v);
  if (a >= 100) return Run(impl_->integer, v);
  if (a >= 0.1 || a == 0) return Run(impl_->max1, v);
  return Run(impl_->sig2, v);
}

std::string NumberText::Wan(double v) const {
  if (!std::isfinite(v) || std::fabs(v) < 10000) return Auto(v);
  return Run(impl_->max2, v / 10000) + "万";
}

std::string PrintedNumber(const NumberText& nt, const Templates& t, double value) {
  return t.chinese() ? nt.Wan(value) : nt.Auto(value);
}

std::string NumberText::Fixed(double v, int decimals) const {
  if (!std::isfinite(v)) return "\u2014";
  return Run(impl_->fixed[decimals < 0 ? 0 : decimals > 3 ? 3 : decimals], v);
}

std::string NumberText::Signed(double v, int decimals) const {
  if (!std::isfinite(v)) return "\u2014";
  const std::string digits = Fixed(std::fabs(v), decimals);
  if (digits.find_first_not_of("0.,") == std::string::npos) return digits;  // rounds to zero
  return (v < 0 ? "-" : "+") + digits;
}

std::string NumberText::Integer(double v) const {
  if (!std::isfinite(v)) return "\u2014";
  return Run(impl_->integer, v);
}

std::string QualifiedNumber(const NumberText& nt, const Templates& t, double value, Qualifier q) {
  if (!std::isfinite(value)) return t.Text("value.not_disclosed_short");
  std::string prefix;
  switch (q) {
    case Qualifier::kExact:
      break;
    case Qualifier::kAtLeast:
      prefix = t.Text("qualifier.at_least");
      break;
    case Qualifier::kApprox:
      prefix = t.Text("qualifier.approx");
      break;
    case Qualifier::kAtMost:
      prefix = t.Text("qualifier.at_most");
      break;
  }
  return prefix + PrintedNumber(nt, t, value);
}

}  // namespace peercard
