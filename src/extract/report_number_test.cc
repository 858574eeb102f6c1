#include "extract/report_number.h"

#include <catch2/catch.hpp>
#include <string>

namespace peercard {
namespace {

constexpr Qualifier kExact = Qualifier::kExact;
constexpr Qualifier kAtLeast = Qualifier::kAtLeast;
constexpr Qualifier kApprox = Qualifier::kApprox;
constexpr Qualifier kAtMost = Qualifier::kAtMost;

// Lengths are bytes: 1 per ASCII character, 3 per Chinese character or '，'.
struct Parsed {
  std::string_view text;
  double value;
  Qualifier qualifier;
  size_t length;
  size_t number_begin;
};

const Parsed kParsed[] = {
    // Arabic, sliced from sentences at the number.
    {"2289场次", 2289, kExact, 4, 0},  // 开展协商活动2289场次
    {"2289", 2289, kExact, 4, 0},
    {"2,289场次", 2289, kExact, 5, 0},
    {"2，289场次", 2289, kExact, 7, 0},
    {"2,289", 2289, kExact, 5, 0},
    {"12,345,678人", 12345678, kExact, 10, 0},
    {"2,3个", 2, kExact, 1, 0},       // a list "2，3个", not a grouped number
    {"2,2890人", 2, kExact, 1, 0},    // four digits after the comma
    {"1234,567件", 1234, kExact, 4, 0},  // a first group of four digits is no grouping
    {"2289。", 2289, kExact, 4, 0},
    {"1000余个群众关切问题", 1000, kAtLeast, 7, 0},
    {"1,000余个", 1000, kAtLeast, 8, 0},
    {"110余次", 110, kAtLeast, 6, 0},
    {"110 余次", 110, kAtLeast, 7, 0},  // a space left by PDF extraction
    {"300多名", 300, kAtLeast, 6, 0},
    {"100以上", 100, kAtLeast, 9, 0},
    {"500左右", 500, kApprox, 9, 0},
    {"100件以上", 100, kExact, 3, 0},  // 以上 after the unit is the caller's
    {"0个", 0, kExact, 1, 0},
    // Arabic with 万/亿/千/百.
    {"1.2万人", 12000, kExact, 6, 0},
    {"1.25万人", 12500, kExact, 7, 0},
    {"3万余件", 30000, kAtLeast, 7, 0},
    {"2万多", 20000, kAtLeast, 7, 0},
    {"3万以上", 30000, kAtLeast, 10, 0},
    {"1.5亿", 150000000, kExact, 6, 0},
    {"3千", 3000, kExact, 4, 0},
    {"1.5千人", 1500, kExact, 6, 0},
    {"10余万人次", 100000, kAtLeast, 8, 0},
    {"10 余万人次", 100000, kAtLeast, 9, 0},
    // Chinese numerals.
    {"一千一百余次", 1100, kAtLeast, 15, 0},
    {"两千多名", 2000, kAtLeast, 9, 0},
    {"六百零七件", 607, kExact, 12, 0},
    {"十余场", 10, kAtLeast, 6, 0},
    {"十二个", 12, kExact, 6, 0},
    {"二十个", 20, kExact, 6, 0},
    {"三百五十名", 350, kExact, 12, 0},
    {"一万二千人", 12000, kExact, 12, 0},
    {"一千一名委员", 1100, kExact, 9, 0},  // colloquial: the digit after 千 is hundreds
    {"三百五人", 350, kExact, 9, 0},
    {"一万二人", 12000, kExact, 9, 0},
    {"两万余人", 20000, kAtLeast, 9, 0},
    {"一千零一十件", 1010, kExact, 15, 0},
    {"一万零五百人", 10500, kExact, 15, 0},
    {"一百〇七件", 107, kExact, 12, 0},
    {"一亿五千万", 150000000, kExact, 15, 0},
    {"十万人", 100000, kExact, 6, 0},
    {"十余万人", 100000, kAtLeast, 9, 0},
    {"三千余万元", 30000000, kAtLeast, 12, 0},
    {"千余名", 1000, kAtLeast, 6, 0},  // a bare unit counts only before 余/多
    {"百余件", 100, kAtLeast, 6, 0},
    {"万余人", 10000, kAtLeast, 6, 0},
    {"一千两百名", 1200, kExact, 12, 0},
    {"两名委员", 2, kExact, 3, 0},
    {"一批", 1, kExact, 3, 0},  // whether 批 is a unit is the extractor's call
    // Qualifiers before the number.
    {"近500场", 500, kApprox, 6, 3},
    {"约300次", 300, kApprox, 6, 3},
    {"大约200人", 200, kApprox, 9, 6},
    {"将近两千人", 2000, kApprox, 12, 6},
    {"不足50件", 50, kAtMost, 8, 6},
    {"不到十个", 10, kAtMost, 9, 6},
    {"超过1000名", 1000, kAtLeast, 10, 6},
    {"超230场次", 230, kAtLeast, 6, 3},
    {"超过100人以上", 100, kAtLeast, 9, 6},
    {"超过100以上", 100, kAtLeast, 15, 6},  // both say at least: no conflict
    {"约500左右", 500, kApprox, 12, 3},
    {"近千名委员", 1000, kApprox, 6, 3},  // a bare unit counts after a qualifier
    {"近万人", 10000, kApprox, 6, 3},
};

TEST_CASE("counts parse with value, qualifier and extent", "[report_number]") {
  for (const Parsed& c : kParsed) {
    INFO(c.text);
    const Result<ReportNumber> n = ParseReportNumber(c.text);
    REQUIRE(n.ok());
    CHECK(n->value == c.value);
    CHECK(n->qualifier == c.qualifier);
    CHECK(n->length == c.length);
    CHECK(n->number_begin == c.number_begin);
  }
}

struct Refused {
  std::string_view text;
  std::string_view message;
};

const Refused kRefused[] = {
    {"", "empty text is not a number"},
    {"年", "'年' does not start with a number"},
    {"，", "'，' does not start with a number"},
    {"万", "'万' does not start with a number"},
    {"百姓关切", "'百姓关切' does not start with a number"},
    {"千方百计", "'千方百计' does not start with a number"},
    {"零距离", "'零距离' does not start with a number"},
    {"开展协商活动2289场次", "'开展协商活动22…' does not start with a number"},
    {"约", "'约' has qualifier '约' but no number after it"},
    {"近年来", "'近年来' has qualifier '近' but no number after it"},
    {"超过半数", "'超过半数' has qualifier '超过' but no number after it"},
    {"约 500", "'约 500' has qualifier '约' but no number after it"},
    {"二〇二四年", "'二〇二四年' is a year, not a count"},
    {"一九四九年", "'一九四九年' is a year, not a count"},
    {"三四个", "'三四个' has digits in a row: a range or a code, not a count"},
    {"十一二个", "'十一二个' has digits in a row: a range or a code, not a count"},
    {"十两银子", "'十两银子' has 两 where only 二 would make a count"},
    {"一千二万", "'一千二万' is ambiguous: a bare digit after a unit, before 万/亿"},
    {"一百一千", "'一百一千' has its units out of order"},
    {"一百十件", "'一百十件' has a unit without a digit before it"},
    {"一百零", "'一百零' ends in 零"},
    {"2.5小时", "'2.5小时' is not a whole count"},
    {"1.23456万", "'1.23456万' is not a whole count"},
    {"15千人", "'15千人' puts more than one digit before 百/千"},
    {"1234567890123456", "'12345678…' has too many digits to be a count"},
    {"1万2千人", "'1万2千人' goes on with digits or numerals after the number"},
    {"二十3个", "'二十3个' goes on with digits or numerals after the number"},
    {"2 289场次", "'2 289场次' is split by white space: one number or two?"},
    {"8 \n6件。", "'8 \\n6件。' is split by white space: one number or two?"},  // 问题8 \n6件
    {"3 万人", "'3 万人' is split by white space: one number or two?"},
    {"3十个", "'3十个' goes on with digits or numerals after the number"},
    {"3万余万", "'3万余万' goes on with digits or numerals after its qualifier"},
    {"10余千", "'10余千' goes on with digits or numerals after its qualifier"},
    {"十余 万人", "'十余 万人' goes on with digits or numerals after its qualifier"},
    {"约300多人", "'约300多人' has two qualifiers that disagree"},
    {"近千余人", "'近千余人' has two qualifiers that disagree"},
    {"十几个", "'十几个' is vague, not a count"},
    {"二十来人", "'二十来人' is vague, not a count"},
    {"100来人", "'100来人' is vague, not a count"},
    {"十数次", "'十数次' is vague, not a count"},
    {"一两个", "'一两个' has digits in a row: a range or a code, not a count"},
    {"不足50余", "'不足50余' has two qualifiers that disagree"},
};

TEST_CASE("what is not a count is refused, naming the text", "[report_number]") {
  for (const Refused& c : kRefused) {
    INFO(c.text);
    const Result<ReportNumber> n = ParseReportNumber(c.text);
    REQUIRE_FALSE(n.ok());
    CHECK(n.status().code() == Status::Code::kInvalidArgument);
    CHECK(n.status().message() == c.message);
  }
}

TEST_CASE("a number is found where the extractor slices the sentence", "[report_number]") {
  const std::string_view sentence = "全年开展协商活动2289场次，解决问题1000余个";
  const auto n = ParseReportNumber(sentence.substr(sentence.find("2289")));
  REQUIRE(n.ok());
  CHECK(n->value == 2289);
  CHECK(sentence.substr(sentence.find("2289") + n->length, 6) == "场次");
  const auto m = ParseReportNumber(sentence.substr(sentence.find("1000")));
  REQUIRE(m.ok());
  CHECK(m->value == 1000);
  CHECK(m->qualifier == Qualifier::kAtLeast);
  CHECK(sentence.substr(sentence.find("1000") + m->length) == "个");
}

TEST_CASE("a qualifier after the unit is read by ParseTrailingQualifier", "[report_number]") {
  const std::string_view text = "100件以上";
  const auto n = ParseReportNumber(text);
  REQUIRE(n.ok());
  CHECK(n->qualifier == Qualifier::kExact);
  Qualifier q = n->qualifier;
  const std::string_view after_unit = text.substr(n->length + 3);  // past 件
  CHECK(ParseTrailingQualifier(after_unit, &q) == 6);
  CHECK(q == Qualifier::kAtLeast);
}

TEST_CASE("ParseTrailingQualifier reads 以上, 左右, 之多 and nothing else", "[report_number]") {
  Qualifier q = Qualifier::kExact;
  CHECK(ParseTrailingQualifier("左右。", &q) == 6);
  CHECK(q == Qualifier::kApprox);
  CHECK(ParseTrailingQualifier("之多", &q) == 6);
  CHECK(q == Qualifier::kAtLeast);
  q = Qualifier::kExact;
  CHECK(ParseTrailingQualifier("。", &q) == 0);
  // After the unit's alternative in brackets, as printed and as NFKC folds it.
  q = Qualifier::kExact;
  CHECK(ParseTrailingQualifier("（次）左右，开展", &q) == std::string_view("（次）左右").size());
  CHECK(q == Qualifier::kApprox);
  CHECK(ParseTrailingQualifier("(次)以上", &q) == std::string_view("(次)以上").size());
  CHECK(q == Qualifier::kAtLeast);
  q = Qualifier::kExact;
  CHECK(ParseTrailingQualifier("(次),开展", &q) == 0);  // a bracket alone qualifies nothing
  CHECK(q == Qualifier::kExact);
  CHECK(ParseTrailingQualifier("", &q) == 0);
  CHECK(ParseTrailingQualifier("以", &q) == 0);
  CHECK(ParseTrailingQualifier(" 以上", &q) == 0);  // the contract is "starts with"
  CHECK(q == Qualifier::kExact);
}

TEST_CASE("HoldsCount: a count anywhere in a span, in digits or numerals", "[report_number]") {
  CHECK(HoldsCount("立案68件"));
  CHECK(HoldsCount("二十次"));
  CHECK(HoldsCount("约500"));
  CHECK_FALSE(HoldsCount("活动"));
  CHECK_FALSE(HoldsCount("议事会"));
  CHECK_FALSE(HoldsCount(""));
}

}  // namespace
}  // namespace peercard
