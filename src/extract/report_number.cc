// report_number: counts as Chinese reports print them. See report_number.h.
//
// Two readers, Arabic ("2,289", "1.2万") and Chinese ("一千一百", "十余"),
// produce a whole count as int64_t, so that "1.2万" is 12000 exactly and never
// 11999.999…; one tail then reads 余/多 (余万)/以上/左右. Wherever a form has
// two readings the parser refuses it: a wrong count printed on a report card
// does more harm than a missing one.
#include "extract/report_number.h"

#include <utility>

#include <cstdint>
#include <string>

#include "base/utf8.h"

namespace peercard {
namespace {

// Above this no report prints a count, and doubles stop being exact near 2^53.
constexpr int64_t kMaxCount = 1'000'000'000'000'000;
constexpr size_t kMaxDigits = 15;
constexpr int64_t kWan = 10'000;
constexpr int64_t kYi = 100'000'000;
constexpr size_t kCjkBytes = 3;  // every numeral and qualifier here is 3 bytes of UTF-8

struct Affix {
  std::string_view text;
  Qualifier qualifier;
};

// Longest first: 超过 before 超.
constexpr Affix kPrefixes[] = {
    {"超过", Qualifier::kAtLeast}, {"大约", Qualifier::kApprox}, {"将近", Qualifier::kApprox},
    {"不到", Qualifier::kAtMost},  {"不足", Qualifier::kAtMost},  {"近", Qualifier::kApprox},
    {"约", Qualifier::kApprox},    {"逾", Qualifier::kAtLeast},   {"超", Qualifier::kAtLeast}};
// Right after the number (or after its 万/亿).
constexpr Affix kSuffixes[] = {{"余", Qualifier::kAtLeast},
                               {"多", Qualifier::kAtLeast},
                               {"以上", Qualifier::kAtLeast},
                               {"左右", Qualifier::kApprox}};
// After the unit: "100件以上", "500场左右", "300名之多".
constexpr Affix kTrailing[] = {{"以上", Qualifier::kAtLeast},
                               {"左右", Qualifier::kApprox},
                               {"之多", Qualifier::kAtLeast},
                               {"以下", Qualifier::kAtMost},
                               {"以内", Qualifier::kAtMost}};

template <size_t N>
const Affix* MatchAffix(const Affix (&table)[N], std::string_view text, size_t pos) {
  if (pos > text.size()) return nullptr;
  for (const Affix& a : table) {
    if (text.substr(pos, a.text.size()) == a.text) return &a;
  }
  return nullptr;
}

// A Chinese numeral: a digit (unit 0) or a unit (digit -1).
struct Numeral {
  std::string_view text;
  int digit;
  int64_t unit;
};

constexpr Numeral kNumerals[] = {
    {"零", 0, 0},  {"〇", 0, 0},  {"一", 1, 0},     {"二", 2, 0},     {"两", 2, 0}, {"三", 3, 0},
    {"四", 4, 0},  {"五", 5, 0},  {"六", 6, 0},     {"七", 7, 0},     {"八", 8, 0}, {"九", 9, 0},
    {"十", -1, 10}, {"百", -1, 100}, {"千", -1, 1000}, {"万", -1, kWan}, {"亿", -1, kYi}};

const Numeral* NumeralAt(std::string_view text, size_t pos) {
  if (pos > text.size()) return nullptr;
  for (const Numeral& n : kNumerals) {
    if (text.substr(pos, kCjkBytes) == n.text) return &n;
  }
  return nullptr;
}

int64_t UnitAt(std::string_view text, size_t pos) {
  const Numeral* n = NumeralAt(text, pos);
  return n ? n->unit : 0;
}

bool IsDigitAt(std::string_view text, size_t pos) {
  return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

size_t DigitRun(std::string_view text, size_t pos) {
  size_t n = 0;
  while (IsDigitAt(text, pos + n)) ++n;
  return n;
}

// PDF extraction leaves single spaces inside numbers ("110 余"); one is read
// through, more are not.
size_t SkipOneSpace(std::string_view text, size_t pos) {
  return text.substr(pos, 1) == " " ? pos + 1 : pos;
}

// 余 or 多: the suffixes that can stand between a number and its 万/亿
// ("10余万") and after a bare unit ("千余").
bool IsYuOrDuoAt(std::string_view text, size_t pos) {
  const std::string_view s = pos <= text.size() ? text.substr(pos, kCjkBytes) : "";
  return s == "余" || s == "多";
}

// Every message quotes the start of the text, so a reviewer can find it, on
// one line: a line break shows as "\n".
Status Refuse(std::string_view text, std::string_view why) {
  const std::string_view head = FirstChars(text, 8);
  std::string quoted = "'";
  for (const char c : head) quoted += c == '\n' ? std::string("\\n") : std::string(1, c);
  quoted += head.size() < text.size() ? "…' " : "' ";
  return Status::InvalidArgument(quoted + std::string(why));
}

// A whole count read so far, and whether 万/亿 is already inside it, in which
// case "余万" cannot follow ("3万余万" is not a number).
struct Core {
  int64_t value = 0;
  size_t end = 0;
  bool has_big_unit = false;
};

// ---- Arabic digits ----

// Bytes of a thousands separator at pos: ',' or '，' followed by exactly three
// digits and then a non-digit. "2,3个" and "2,2890" are not grouped.
size_t GroupSeparatorAt(std::string_view text, size_t pos) {
  size_t sep = 0;
  if (text.substr(pos, 1) == ",") sep = 1;
  if (text.substr(pos, kCjkBytes) == "，") sep = kCjkBytes;
  return sep != 0 && DigitRun(text, pos + sep) == 3 ? sep : 0;
}

// End of "2289", "2,289", "1.25": groups only after a first group of 1–3
// digits ("12345,678" is a list), a decimal point only before a digit.
size_t ArabicEnd(std::string_view text, size_t begin) {
  size_t pos = begin + DigitRun(text, begin);
  if (pos - begin <= 3) {
    while (size_t sep = GroupSeparatorAt(text, pos)) pos += sep + 3;
  }
  if (text.substr(pos, 1) == "." && IsDigitAt(text, pos + 1)) pos += 1 + DigitRun(text, pos + 1);
  return pos;
}

// 百/千/万/亿 right after Arabic digits ("3千", "1.2万"); 1 if none. 十 is no
// multiplier ("3十" is refused by the caller as a mixed form).
int64_t MultiplierAt(std::string_view text, size_t pos) {
  const int64_t unit = UnitAt(text, pos);
  return unit >= 100 ? unit : 1;
}

Result<Core> ReadArabic(std::string_view text, size_t begin) {
  const size_t end = ArabicEnd(text, begin);
  int64_t mantissa = 0, scale = 1;
  size_t digits = 0;
  bool after_point = false;
  for (size_t i = begin; i < end; ++i) {
    if (text[i] == '.') after_point = true;
    if (!IsDigitAt(text, i)) continue;
    if (++digits > kMaxDigits) return Refuse(text, "has too many digits to be a count");
    mantissa = mantissa * 10 + (text[i] - '0');
    if (after_point) scale *= 10;
  }
  const int64_t multiplier = MultiplierAt(text, end);
  // "1.5千" is 1500, but "15千" is no way to write 15000.
  if (multiplier < kWan && multiplier > 1 && mantissa >= 10 * scale) {
    return Refuse(text, "puts more than one digit before 百/千");
  }
  int64_t scaled = 0;
  if (__builtin_mul_overflow(mantissa, multiplier, &scaled) || scaled / scale > kMaxCount) {
    return Refuse(text, "is too large to be a count");
  }
  if (scaled % scale != 0) return Refuse(text, "is not a whole count");
  return Core{scaled / scale, end + (multiplier > 1 ? kCjkBytes : 0), multiplier >= kWan};
}

// ---- Chinese numerals ----

// Reads "一万二千零五" left to right: 万/亿 close a section into total_, 十/百/千
// add to section_, a digit waits in pending_ for its unit.
class ChineseReader {
 public:
  ChineseReader(std::string_view text, size_t begin) : text_(text), begin_(begin) {}

  // REQUIRES: a numeral other than 零/〇 at begin.
  Result<Core> Read() {
    size_t pos = begin_;
    for (const Numeral* n; (n = NumeralAt(text_, pos)) != nullptr; pos += kCjkBytes) {
      const Status s = n->unit == 0     ? Digit(pos, n->digit)
                       : n->unit < kWan ? SmallUnit(n->unit)
                                        : BigUnit(n->unit);
      if (!s.ok()) return s;
    }
    if (const Status s = Finish(); !s.ok()) return s;
    return Core{total_ + section_, pos, big_limit_ < kMaxCount};
  }

 private:
  Status Digit(size_t pos, int digit) {
    if (pending_ >= 0) return DigitsInARow();
    if (digit == 0) {  // 零 only holds a place: "六百零七"
      after_zero_ = true;
      last_unit_ = 0;
      return Status::Ok();
    }
    // 两 counts before a unit (两千, 两万) or alone (两名); "十两" and
    // "一千两" are weights or slang.
    if (pos != begin_ && text_.substr(pos, kCjkBytes) == "两" && UnitAt(text_, pos + kCjkBytes) == 0) {
      return Refuse(text_, "has 两 where only 二 would make a count");
    }
    pending_ = digit;
    pending_pos_ = pos;
    return Status::Ok();
  }

  Status SmallUnit(int64_t unit) {
    int coefficient = pending_;
    if (coefficient < 0 && unit == 10 && section_ == 0) coefficient = 1;  // "十二", "十余"
    if (coefficient < 0) return Refuse(text_, "has a unit without a digit before it");
    if (unit >= small_limit_) return Refuse(text_, "has its units out of order");
    section_ += coefficient * unit;
    Close(unit);
    small_limit_ = unit;
    return Status::Ok();
  }

  Status BigUnit(int64_t unit) {
    if (pending_ >= 0) {
      // "一千二万" could be 1002万 or 1200万.
      if (last_unit_ > 10) return Refuse(text_, "is ambiguous: a bare digit after a unit, before 万/亿");
      section_ += pending_;
    }
    if (section_ == 0) return Refuse(text_, "has 万/亿 without a number before it");
    if (unit >= big_limit_) return Refuse(text_, "has its units out of order");
    total_ += section_ * unit;
    section_ = 0;
    Close(unit);
    small_limit_ = kWan;
    big_limit_ = unit;
    return Status::Ok();
  }

  void Close(int64_t unit) {
    pending_ = -1;
    last_unit_ = unit;
    after_zero_ = false;
  }

  // A last digit is units after 零 or 十; right after a larger unit it is the
  // colloquial next place down: "一千一" is 1100, "三百五" 350, "一万二" 12000.
  Status Finish() {
    if (pending_ >= 0) {
      section_ += last_unit_ <= 10 ? pending_ : pending_ * (last_unit_ / 10);
    } else if (after_zero_) {
      return Refuse(text_, "ends in 零");
    }
    return Status::Ok();
  }

  // "二〇二四" is a year; "三四个" a range ("three or four"); neither a count.
  Status DigitsInARow() const {
    size_t n = 0;
    bool has_circle = false;
    for (const Numeral* d; (d = NumeralAt(text_, pending_pos_ + n * kCjkBytes)) && d->unit == 0; ++n) {
      has_circle |= d->text == "〇";
    }
    if (has_circle || n == 4) return Refuse(text_, "is a year, not a count");
    return Refuse(text_, "has digits in a row: a range or a code, not a count");
  }

  const std::string_view text_;
  const size_t begin_;
  int64_t total_ = 0;
  int64_t section_ = 0;
  int pending_ = -1;
  size_t pending_pos_ = 0;
  int64_t last_unit_ = 0;  // the unit right before pending_; 0 at the start or after 零
  int64_t small_limit_ = kWan;
  int64_t big_limit_ = kMaxCount;
  bool after_zero_ = false;
};

// ---- the number and its qualifiers ----

Result<Core> ReadCore(std::string_view text, size_t begin, const Affix* prefix) {
  if (IsDigitAt(text, begin)) return ReadArabic(text, begin);
  const Numeral* n = NumeralAt(text, begin);
  // 百/千/万/亿 alone start words (百姓, 千方百计, 万众一心); they count only
  // after a qualifier or before 余/多: "近千名", "千余件", "百多人".
  if (n && n->unit >= 100 && (prefix || IsYuOrDuoAt(text, begin + kCjkBytes))) {
    return Core{n->unit, begin + kCjkBytes, n->unit >= kWan};
  }
  if (n && (n->unit == 10 || n->digit > 0)) return ChineseReader(text, begin).Read();
  if (prefix) return Refuse(text, "has qualifier '" + std::string(prefix->text) + "' but no number after it");
  return Refuse(text, "does not start with a number");
}

// A numeral right after a number is a form we do not read exactly ("1万2千",
// "二十3"): refuse rather than stop early with a smaller count. So is
// a vague one: "十几个" is 11 to 19, "百来人" about 100, "十数次" a dozen or so.
// Layout repair keeps a line break between digits ("问题8 \n6件"), so a
// number split by white space is refused too, not read as its first part.
Status CheckNothingNumericFollows(std::string_view text, size_t pos) {
  if (IsDigitAt(text, pos) || NumeralAt(text, pos)) {
    return Refuse(text, "goes on with digits or numerals after the number");
  }
  const size_t next = text.find_first_not_of(" \t\r\n", pos);
  if (next != std::string_view::npos && (IsDigitAt(text, next) || NumeralAt(text, next))) {
    return Refuse(text, "is split by white space: one number or two?");
  }
  const std::string_view after = text.substr(pos, kCjkBytes);
  if (after == "几" || after == "来" || after == "数") return Refuse(text, "is vague, not a count");
  return Status::Ok();
}

// Reads 余/多/以上/左右 after the core, after one space at most ("110 余"), and
// 万/亿 after 余/多 ("10余万" = 100000 at least).
Result<ReportNumber> ReadSuffix(std::string_view text, const Core& core) {
  ReportNumber n;
  n.value = static_cast<double>(core.value);
  n.length = core.end;
  const size_t at = SkipOneSpace(text, core.end);
  const Affix* suffix = MatchAffix(kSuffixes, text, at);
  if (!suffix) return n;
  n.qualifier = suffix->qualifier;
  n.length = at + suffix->text.size();
  const int64_t unit = UnitAt(text, n.length);
  if (IsYuOrDuoAt(text, at) && unit >= kWan && !core.has_big_unit) {
    int64_t value = 0;
    if (__builtin_mul_overflow(core.value, unit, &value) || value > kMaxCount) {
      return Refuse(text, "is too large to be a count");
    }
    n.value = static_cast<double>(value);
    n.length += kCjkBytes;
  }
  // "3万余万", "10余千", "十余 万": a unit after the qualifier that we did not take.
  const size_t next = SkipOneSpace(text, n.length);
  if (IsDigitAt(text, next) || UnitAt(text, next) != 0) {
    return Refuse(text, "goes on with digits or numerals after its qualifier");
  }
  return n;
}

}  // namespace

Result<ReportNumber> ParseReportNumber(std::string_view text) {
  if (text.empty()) return Status::InvalidArgument("empty text is not a number");
  const Affix* prefix = MatchAffix(kPrefixes, text, 0);
  const size_t begin = prefix ? prefix->text.size() : 0;
  const Result<Core> core = ReadCore(text, begin, prefix);
  if (!core.ok()) return core.status();
  const Status tail = CheckNothingNumericFollows(text, core->end);
  if (!tail.ok()) return tail;
  Result<ReportNumber> n = ReadSuffix(text, *core);
  if (!n.ok()) return n;
  n->number_begin = begin;
  if (prefix) {
    // "约300多": about 300, or more than 300? Keep neither rather than pick.
    if (n->qualifier != Qualifier::kExact && n->qualifier != prefix->qualifier) {
      return Refuse(text, "has two qualifiers that disagree");
    }
    n->qualifier = prefix->qualifier;
  }
  return n;
}

size_t PrefixQualifierBefore(std::string_view text, size_t i, size_t floor) {
  for (const Affix& a : kPrefixes) {
    if (i >= floor + a.text.size() && text.substr(i - a.text.size(), a.text.size()) == a.text) return a.text.size();
  }
  return 0;
}

size_t ParseTrailingQualifier(std::string_view text, Qualifier* q) {
  // Past a unit's alternative in brackets: 210件（次）左右, 320场(次)以上.
  size_t at = 0;
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    if (text.compare(0, open.size(), open) != 0) continue;
    const size_t end = text.find(close, open.size());
    if (end != std::string_view::npos && end - open.size() <= 2 * 3) at = end + close.size();
    break;
  }
  const Affix* a = MatchAffix(kTrailing, text, at);
  if (!a) return 0;
  *q = a->qualifier;
  return at + a->text.size();
}

bool HoldsCount(std::string_view text) {
  for (size_t i = 0; i < text.size(); i += Utf8Length(static_cast<unsigned char>(text[i]))) {
    if (ParseReportNumber(text.substr(i)).ok()) return true;
  }
  return false;
}

}  // namespace peercard
