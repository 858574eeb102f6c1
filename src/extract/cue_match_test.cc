// Clause and sentence bounds around a number, and finding cue words (with the … wildcard) inside them.
#include "extract/cue_match.h"

#include <catch2/catch.hpp>

#include <string>

namespace peercard {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// The clause (or sentence) around the first occurrence of `at` in text, the whole text as floor and ceil.
std::string_view ClauseAround(std::string_view text, std::string_view at) {
  const size_t pos = text.find(at);
  REQUIRE(pos != kNpos);
  const size_t b = ClauseBegin(text, pos, 0);
  const size_t e = ClauseEnd(text, pos, text.size());
  return text.substr(b, e - b);
}

std::string_view SentenceAround(std::string_view text, std::string_view at) {
  const size_t pos = text.find(at);
  REQUIRE(pos != kNpos);
  const size_t b = SentenceBegin(text, pos, 0);
  const size_t e = SentenceEnd(text, pos, text.size());
  return text.substr(b, e - b);
}

TEST_CASE("clauses end at ，。；：！？ — sentences only at 。；！？", "[cue_match]") {
  const std::string_view text = "全年共开展协商活动120场，办理提案356件；其中重点提案12件。委员满意吗？满意！";
  CHECK(ClauseAround(text, "120") == "全年共开展协商活动120场");
  CHECK(ClauseAround(text, "356") == "办理提案356件");
  CHECK(ClauseAround(text, "12件") == "其中重点提案12件");
  CHECK(ClauseAround(text, "委员") == "委员满意吗");

  // The comma does not end a sentence; the semicolon does.
  CHECK(SentenceAround(text, "120") == "全年共开展协商活动120场，办理提案356件");
  CHECK(SentenceAround(text, "356") == "全年共开展协商活动120场，办理提案356件");
  CHECK(SentenceAround(text, "12件") == "其中重点提案12件");
  CHECK(SentenceAround(text, "委员") == "委员满意吗");
  CHECK(SentenceAround(text, "满意！") == "满意");  // after the ？, before the ！
}

TEST_CASE("、 joins a list inside one clause — a colon ends a clause but not a sentence", "[cue_match]") {
  const std::string_view text = "主要成效：围绕乡村振兴、生态保护、基层治理等开展专题调研45次。";
  CHECK(ClauseAround(text, "45") == "围绕乡村振兴、生态保护、基层治理等开展专题调研45次");
  CHECK(ClauseAround(text, "成效") == "主要成效");
  CHECK(SentenceAround(text, "45") == "主要成效：围绕乡村振兴、生态保护、基层治理等开展专题调研45次");
}

TEST_CASE(
    "NFKC'd text: the ASCII comma, semicolon, colon, ! and ? of full-width marks stop too, a decimal point does not",
    "[cue_match]") {
  // After NFKC ，；：！？ are ASCII; 。 has no compatibility form and stays.
  const std::string_view text = "全年共开展协商活动120场,办理提案356件;满意率达98.5%,较上年提高1.2个百分点。";
  CHECK(ClauseAround(text, "120") == "全年共开展协商活动120场");
  CHECK(ClauseAround(text, "356") == "办理提案356件");
  CHECK(ClauseAround(text, "98.5") == "满意率达98.5%");
  CHECK(ClauseAround(text, "1.2") == "较上年提高1.2个百分点");
  CHECK(SentenceAround(text, "120") == "全年共开展协商活动120场,办理提案356件");
  CHECK(SentenceAround(text, "1.2") == "满意率达98.5%,较上年提高1.2个百分点");
  CHECK(ClauseAround("重点工作:开展视察20次", "20") == "开展视察20次");
  CHECK(SentenceAround("重点工作:开展视察20次", "20") == "重点工作:开展视察20次");
  CHECK(SentenceAround("成效明显!开展视察20次", "20") == "开展视察20次");
}

TEST_CASE("a line break ends both clause and sentence", "[cue_match]") {
  const std::string_view text = "一、协商议政\n全年开展协商活动120场\n二、民主监督";
  CHECK(ClauseAround(text, "120") == "全年开展协商活动120场");
  CHECK(SentenceAround(text, "120") == "全年开展协商活动120场");
}

TEST_CASE("bounds stay between floor and ceil, and a stop at pos is the end", "[cue_match]") {
  const std::string_view text = "全年共开展协商活动120场，办理提案356件。";
  const size_t comma = text.find("，");
  const size_t pos = text.find("120");
  const size_t floor = text.find("协商");
  CHECK(ClauseBegin(text, pos, floor) == floor);
  CHECK(SentenceBegin(text, pos, floor) == floor);
  CHECK(ClauseEnd(text, pos, pos + 3) == pos + 3);
  CHECK(SentenceEnd(text, pos, pos + 3) == pos + 3);
  // pos on the comma: the clause ends there; pos just after it: the next clause begins there.
  CHECK(ClauseEnd(text, comma, text.size()) == comma);
  CHECK(ClauseBegin(text, comma + 3, 0) == comma + 3);
  CHECK(ClauseBegin(text, 0, 0) == 0);
  CHECK(ClauseEnd(text, text.size(), text.size()) == text.size());
}

TEST_CASE("ClauseStopAt: the byte length of the stop at i, 0 for anything else", "[cue_match]") {
  const std::string_view text = "协商，议政,调研、视察。\n";
  CHECK(ClauseStopAt(text, text.find("，")) == 3);
  CHECK(ClauseStopAt(text, text.find(",")) == 1);
  CHECK(ClauseStopAt(text, text.find("、")) == 0);
  CHECK(ClauseStopAt(text, text.find("。")) == 3);
  CHECK(ClauseStopAt(text, text.find("\n")) == 1);
  CHECK(ClauseStopAt(text, 0) == 0);  // 协
}

TEST_CASE("FindCueBefore: the match that ends last, between lo and hi", "[cue_match]") {
  const std::string_view text = "共收到提案356件，立案提案350件";
  const size_t n350 = text.find("350");
  size_t begin = 0;
  // Two 提案 before 350 (收到提案, 立案提案): the second ends last.
  CHECK(FindCueBefore(text, 0, n350, "提案", &begin) == n350);
  CHECK(begin == n350 - 6);
  // Bounded before the second: the first one.
  const size_t n356 = text.find("356");
  CHECK(FindCueBefore(text, 0, n356, "提案", &begin) == n356);
  CHECK(begin == text.find("提案"));
  // A match must lie wholly inside [lo, hi).
  CHECK(FindCueBefore(text, 0, n356 - 3, "提案", &begin) == kNpos);
  CHECK(FindCueBefore(text, text.find("案"), n356, "提案", &begin) == kNpos);
  CHECK(FindCueBefore(text, 0, n350, "视察", &begin) == kNpos);
  CHECK(FindCueBefore(text, n350, n350, "提案", &begin) == kNpos);  // empty range
  CHECK(FindCueBefore(text, 0, text.size(), "", &begin) == kNpos);  // empty cue
}

TEST_CASE("FindCueAfter: the match that starts first, between lo and hi", "[cue_match]") {
  const std::string_view text = "开展协商活动120场次，其中专题协商30场次";
  size_t end = 0;
  const size_t unit = text.find("场次");
  CHECK(FindCueAfter(text, 0, text.size(), "场次", &end) == unit);
  CHECK(end == unit + 6);
  const size_t second = text.find("场次", unit + 1);
  CHECK(FindCueAfter(text, unit + 1, text.size(), "场次", &end) == second);
  CHECK(end == second + 6);
  CHECK(FindCueAfter(text, 0, unit + 3, "场次", &end) == kNpos);  // cut after 场
  CHECK(FindCueAfter(text, 0, text.size(), "件", &end) == kNpos);
  CHECK(FindCueAfter(text, 5, 5, "场次", &end) == kNpos);
}

TEST_CASE("the … wildcard spans zero to 30 characters", "[cue_match]") {
  const std::string_view cue = "解决…问题";
  size_t begin = 0, end = 0;
  // The header's examples: 解决问题 and 解决矛盾纠纷问题.
  for (std::string_view text : {"帮助群众解决问题86个", "帮助群众解决矛盾纠纷问题86个"}) {
    INFO(text);
    const size_t n = text.find("86");
    CHECK(FindCueBefore(text, 0, n, cue, &begin) == n);
    CHECK(begin == text.find("解决"));
    CHECK(FindCueAfter(text, 0, text.size(), cue, &end) == text.find("解决"));
    CHECK(end == n);
  }
  // 30 characters between the parts still match, 31 do not.
  std::string gap;
  for (int i = 0; i < kCueWildcardChars; ++i) gap += "难";
  const std::string thirty = "解决" + gap + "问题";
  const std::string thirty_one = "解决" + gap + "难问题";
  CHECK(FindCueAfter(thirty, 0, thirty.size(), cue, &end) == 0);
  CHECK(end == thirty.size());
  CHECK(FindCueAfter(thirty_one, 0, thirty_one.size(), cue, &end) == kNpos);
  CHECK(FindCueBefore(thirty_one, 0, thirty_one.size(), cue, &begin) == kNpos);
  // The second part must end before hi.
  const std::string_view text = "帮助群众解决矛盾纠纷问题86个";
  CHECK(FindCueBefore(text, 0, text.find("题"), cue, &begin) == kNpos);
  // A cue that starts with the wildcard has no first part to anchor on.
  CHECK(FindCueAfter(text, 0, text.size(), "…问题", &end) == kNpos);
}

TEST_CASE("a cue with two wildcards matches its three parts in order", "[cue_match]") {
  const std::string_view cue = "围绕…开展…调研";
  const std::string_view text = "围绕乡村振兴开展专题调研12次，开展调研围绕3项";
  size_t end = 0;
  CHECK(FindCueAfter(text, 0, text.size(), cue, &end) == 0);
  CHECK(end == text.find("12"));
  // Out of order (开展调研围绕) is no match.
  const size_t second = text.find("，") + 3;
  CHECK(FindCueAfter(text, second, text.size(), cue, &end) == kNpos);
}

}  // namespace
}  // namespace peercard
