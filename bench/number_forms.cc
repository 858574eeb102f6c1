#include "number_forms.h"

namespace peercard {
namespace bench {

namespace {

constexpr const char* kDigitsZh[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

long Pow10(int k) {
  long p = 1;
  while (k-- > 0) p *= 10;
  return p;
}

int DigitCount(long n) {
  int d = 0;
  for (; n > 0; n /= 10) ++d;
  return d;
}

long RoundUpTwoDigits(long n) {
  if (n < 20) return n + 1;
  if (n < 100) return (n + 9) / 10 * 10;
  const long p = Pow10(DigitCount(n) - 2);
  return (n + p - 1) / p * p;
}

// A group of four digits (0 < g < 10000) in Chinese; `leading` when nothing
// stands before it (十五, not 一十五), `liang` to print a leading 2 as 两.
std::string GroupZh(long g, bool leading, bool liang) {
  static constexpr const char* kUnits[] = {"千", "百", "十", ""};
  std::string out;
  bool zero_pending = false;
  bool started = false;
  for (int i = 0; i < 4; ++i) {
    const long d = g / Pow10(3 - i) % 10;
    if (d == 0) {
      zero_pending = started || !leading;
      continue;
    }
    if (zero_pending && (started || !leading)) out += "零";
    zero_pending = false;
    const bool first = !started && leading;
    if (first && d == 1 && i == 2) {
      out += "十";  // 十五, not 一十五
    } else if (first && d == 2 && liang && i < 2) {
      out += std::string("两") + kUnits[i];
    } else {
      out += std::string(kDigitsZh[d]) + kUnits[i];
    }
    started = true;
  }
  return out;
}

PrintedCount Plain(long n) {
  PrintedCount c;
  c.number = std::to_string(n);
  c.value = static_cast<double>(n);
  return c;
}

PrintedCount AtLeastSuffix(long n, SplitMix64* rng) {
  PrintedCount c = Plain(RoundDownTwoDigits(n));
  if (n < 20) return Plain(n);
  c.suffix = rng->Chance(0.6) ? "余" : "多";
  c.qualifier = Qualifier::kAtLeast;
  return c;
}

}  // namespace

long RoundDownTwoDigits(long n) {
  if (n < 20) return n;
  if (n < 100) return n / 10 * 10;  // 60多名, not 63多名
  const long p = Pow10(DigitCount(n) - 2);
  return n / p * p;
}

std::string ChineseNumeral(long n, bool liang) {
  const long high = n / 10000, low = n % 10000;
  std::string out;
  if (high > 0) out = GroupZh(high, true, liang) + "万";
  if (low > 0) {
    if (high > 0 && low < 1000) out += "零";
    out += GroupZh(low, high == 0, liang && high == 0);
  }
  // GroupZh may open a lower group with 零 already; never print it twice.
  const std::string twice = std::string("零") + "零";
  for (size_t at = out.find(twice); at != std::string::npos; at = out.find(twice)) out.erase(at, 3);
  return out;
}

std::string FullWidthDigits(const std::string& ascii) {
  std::string out;
  for (char ch : ascii) {
    if (ch >= '0' && ch <= '9') {
      out += "\xEF\xBC";
      out += static_cast<char>(0x90 + (ch - '0'));
    } else {
      out += ch;
    }
  }
  return out;
}

std::string GroupedDigits(long n) {
  std::string digits = std::to_string(n);
  std::string out;
  const int len = static_cast<int>(digits.size());
  for (int i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

PrintedCount PrintCount(long n, const FormChoice& choice, SplitMix64* rng) {
  const uint64_t r = rng->Below(100);
  const long rounded = RoundDownTwoDigits(n);
  if (r < 34) return Plain(n);
  if (r < 50) return AtLeastSuffix(n, rng);
  if (r < 57) {
    PrintedCount c = Plain(n);
    if (n >= 1000) c.number = GroupedDigits(n);
    return c;
  }
  if (r < 63) {
    PrintedCount c = Plain(n);
    c.number = FullWidthDigits(c.number);
    return c;
  }
  if (r < 71) {
    PrintedCount c = Plain(rounded);
    c.number = ChineseNumeral(rounded, rng->Chance(0.5));
    if (n >= 20 && rng->Chance(0.6)) {
      c.suffix = "余";
      c.qualifier = Qualifier::kAtLeast;
    }
    return c;
  }
  if (r < 78) {
    if (n < 20) return Plain(n);
    PrintedCount c = Plain(rounded);
    c.qualifier = Qualifier::kApprox;
    if (choice.allow_prefix) {
      c.prefix = rng->Chance(0.5) ? "近" : "约";
    } else if (choice.allow_trailing) {
      c.trailing = "左右";
    } else {
      return Plain(n);
    }
    return c;
  }
  if (r < 84) {
    if (!choice.allow_trailing || n < 20) return AtLeastSuffix(n, rng);
    PrintedCount c = Plain(rounded);
    c.trailing = "以上";
    c.qualifier = Qualifier::kAtLeast;
    return c;
  }
  if (r < 88) {
    if (!choice.allow_prefix) return Plain(n);
    PrintedCount c = Plain(RoundUpTwoDigits(n));
    c.prefix = rng->Chance(0.5) ? "不足" : "不到";
    c.qualifier = Qualifier::kAtMost;
    return c;
  }
  if (r < 92) {
    if (!choice.allow_prefix || n < 20) return Plain(n);
    PrintedCount c = Plain(rounded);
    c.prefix = "超过";
    c.qualifier = Qualifier::kAtLeast;
    return c;
  }
  if (n < 10000) return Plain(n);
  // 1.2万: one decimal of 万, as printed (12345 → 1.2万 → 12000).
  const long tenths = n / 1000;
  PrintedCount c;
  c.number = std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") + "万";
  c.value = static_cast<double>(tenths * 1000);
  if (rng->Chance(0.5)) {
    c.suffix = "余";
    c.qualifier = Qualifier::kAtLeast;
  }
  return c;
}

PrintedCount PrintSmallCount(long n, SplitMix64* rng) {
  if (n >= 20 && rng->Chance(0.3)) return AtLeastSuffix(n, rng);
  return Plain(n);
}

}  // namespace bench
}  // namespace peercard
