// UTF-8 helpers on Chinese report text: decoding, stepping back, counting, width, invisible characters.
#include "base/utf8.h"

#include <catch2/catch.hpp>

namespace peercard {
namespace {

// 政 is U+653F: E6 94 BF. 𠮷 is U+20BB7, four bytes: F0 A0 AE B7.
constexpr std::string_view kZheng = "\xE6\x94\xBF";
constexpr std::string_view kJi = "\xF0\xA0\xAE\xB7";

TEST_CASE("Utf8Length reads the lead byte — a continuation or invalid byte is 1", "[utf8]") {
  CHECK(Utf8Length('a') == 1);
  CHECK(Utf8Length(0xC3) == 2);  // é
  CHECK(Utf8Length(static_cast<unsigned char>(kZheng[0])) == 3);
  CHECK(Utf8Length(static_cast<unsigned char>(kJi[0])) == 4);
  CHECK(Utf8Length(0x94) == 1);  // a continuation byte
  CHECK(Utf8Length(0xFF) == 1);
}

TEST_CASE("DecodeUtf8 at an index: code point and length, U+FFFD over the maximal subpart of bad bytes", "[utf8]") {
  const std::string s = "协商" + std::string(kZheng) + "a" + std::string(kJi);
  size_t len = 0;
  CHECK(DecodeUtf8(s, 0, &len) == U'协');
  CHECK(len == 3);
  CHECK(DecodeUtf8(s, 6, &len) == 0x653F);
  CHECK(len == 3);
  CHECK(DecodeUtf8(s, 9, &len) == U'a');
  CHECK(len == 1);
  CHECK(DecodeUtf8(s, 10, &len) == 0x20BB7);
  CHECK(len == 4);

  // In the middle of 协: a continuation byte.
  CHECK(DecodeUtf8(s, 1, &len) == 0xFFFD);
  CHECK(len == 1);
  // 政 cut after two bytes at the end of the text (a truncated PDF string):
  // one U+FFFD for both (Unicode's "maximal subpart", ICU's U8_NEXT).
  CHECK(DecodeUtf8("\xE6\x94", 0, &len) == 0xFFFD);
  CHECK(len == 2);
  // Overlong forms and surrogates are not characters.
  CHECK(DecodeUtf8("\xC0\x80", 0, &len) == 0xFFFD);
  CHECK(len == 1);
  CHECK(DecodeUtf8("\xED\xA0\x80", 0, &len) == 0xFFFD);
  CHECK(len == 1);
  // A lead byte followed by ASCII.
  CHECK(DecodeUtf8("\xE6"
                   "a",
                   0, &len) == 0xFFFD);
  CHECK(len == 1);
}

TEST_CASE("PrevCharStart steps back one whole character", "[utf8]") {
  const std::string s = "a政协" + std::string(kJi);  // bytes: a | 政 1-3 | 协 4-6 | 𠮷 7-10
  CHECK(PrevCharStart(s, s.size()) == 7);
  CHECK(PrevCharStart(s, 7) == 4);
  CHECK(PrevCharStart(s, 4) == 1);
  CHECK(PrevCharStart(s, 1) == 0);
  // Walking back from the end visits every character start once.
  size_t steps = 0;
  for (size_t i = s.size(); i > 0; i = PrevCharStart(s, i)) ++steps;
  CHECK(steps == 4);
}

TEST_CASE("PrevCharStart: a byte that ends no whole character is one of its own", "[utf8]") {
  const std::string stray = "a\x80\xE6\x94\xBF";  // a | stray continuation | 政
  CHECK(PrevCharStart(stray, 5) == 2);
  CHECK(PrevCharStart(stray, 2) == 1);
  CHECK(PrevCharStart(stray, 1) == 0);
  const std::string cut = "\xE6\x94" "a";  // 政 without its last byte, then a
  CHECK(PrevCharStart(cut, 3) == 2);
  CHECK(PrevCharStart(cut, 2) == 1);
  const std::string four = "\x80\x80\x80\x80";  // more continuation bytes than a character has
  CHECK(PrevCharStart(four, 4) == 3);
}

TEST_CASE("IsCjk: Han ideographs of the basic block, extensions and 〇 — not punctuation or kana", "[utf8]") {
  CHECK(IsCjk(U'政'));
  CHECK(IsCjk(U'协'));
  CHECK(IsCjk(0x3400));   // first of extension A
  CHECK(IsCjk(0x20BB7));  // 𠮷, extension B
  CHECK(IsCjk(0xF900));   // compatibility ideograph
  CHECK(IsCjk(U'〇'));    // the zero of 二〇二三年
  CHECK_FALSE(IsCjk(U'。'));
  CHECK_FALSE(IsCjk(U'，'));
  CHECK_FALSE(IsCjk(U'、'));
  CHECK_FALSE(IsCjk(U'あ'));
  CHECK_FALSE(IsCjk(U'2'));
}

TEST_CASE("CountChars and FirstChars count code points, not bytes", "[utf8]") {
  CHECK(CountChars("") == 0);
  CHECK(CountChars("政协2023年") == 7);  // 2 + 4 + 1
  CHECK(CountChars("酒泉市政协") == 5);
  CHECK(CountChars(kJi) == 1);

  CHECK(FirstChars("酒泉市政协", 2) == "酒泉");
  CHECK(FirstChars("酒泉市政协", 0) == "");
  CHECK(FirstChars("酒泉市政协", 9) == "酒泉市政协");
  CHECK(FirstChars("第3次会议", 2) == "第3");
  // A character cut at the end of the text is not read past the end.
  CHECK(FirstChars("政\xE5\x8D", 2) == "政\xE5\x8D");
}

TEST_CASE("CountChars counts across eight-byte words as byte by byte", "[utf8]") {
  // Mixed widths so that characters straddle every word boundary.
  std::string s;
  size_t chars = 0;
  for (int i = 0; i < 40; ++i) {
    s += i % 3 ? "政" : "a";
    s += i % 5 ? "" : "\xC3\xA9";  // é, two bytes
    s += i % 7 ? "" : std::string(kJi);
    chars += 1 + (i % 5 ? 0 : 1) + (i % 7 ? 0 : 1);
    CHECK(CountChars(s) == chars);
  }
  CHECK(CountChars("\x80\x80\x80\x80\x80\x80\x80\x80\x80") == 0);  // continuation bytes start nothing
}

TEST_CASE("DisplayWidth: Chinese and full-width marks are 2 columns, ASCII and … are 1", "[utf8]") {
  CHECK(DisplayWidth("") == 0);
  CHECK(DisplayWidth("政协") == 4);
  CHECK(DisplayWidth("2023年") == 6);         // 4 digits + 1 ideograph
  CHECK(DisplayWidth("协商，议政。") == 12);  // ，(U+FF0C) and 。(U+3002) are wide
  CHECK(DisplayWidth("gs-jiuquan") == 10);
  CHECK(DisplayWidth("…") == 1);  // U+2026 is not an East Asian wide form
  CHECK(DisplayWidth("ｱ") == 1);  // half-width katakana
}

TEST_CASE("ForEachCodePoint, CollectCodePoints and DecodeUtf8 of a string: bad bytes as U+FFFD", "[utf8]") {
  std::u32string seen;
  ForEachCodePoint("政协a", [&seen](char32_t c) { seen.push_back(c); });
  CHECK(seen == U"政协a");

  std::set<char32_t> set = {U'x'};
  CollectCodePoints("政协政协委员", &set);  // appends, and each character once
  CHECK(set == std::set<char32_t>{U'x', U'政', U'协', U'委', U'员'});

  CHECK(DecodeUtf8(std::string_view("2023年")) == U"2023年");
  CHECK(DecodeUtf8(std::string_view("协\xFF商")) == U"协\uFFFD商");
  CHECK(DecodeUtf8(std::string_view(kJi)) == U"\U00020BB7");
  CHECK(DecodeUtf8(std::string_view("")).empty());
}

TEST_CASE("invisible format characters: zero-width space, BOM, soft hyphen, marks, variation selectors", "[utf8]") {
  for (char32_t c : {char32_t{0x200B}, char32_t{0x200C}, char32_t{0x200D}, char32_t{0xFEFF}, char32_t{0x00AD},
                     char32_t{0x200E}, char32_t{0x200F}, char32_t{0xFE0F}}) {
    INFO(CodePointName(c));
    CHECK(IsInvisibleFormatChar(c));
  }
  for (char32_t c : {char32_t{' '}, char32_t{0x3000}, char32_t{U'政'}, char32_t{U'，'}, char32_t{'\n'}}) {
    INFO(CodePointName(c));
    CHECK_FALSE(IsInvisibleFormatChar(c));
  }
}

TEST_CASE("WithoutInvisibleFormatChars drops only them: web copies and Excel cells", "[utf8]") {
  // A web copy: a zero-width space after the comma; an Excel cell: a BOM first.
  CHECK(WithoutInvisibleFormatChars("开展协商，\u200B议政活动120场") == "开展协商，议政活动120场");
  CHECK(WithoutInvisibleFormatChars("\uFEFF酒泉市") == "酒泉市");
  CHECK(WithoutInvisibleFormatChars("👍\uFE0F点赞") == "👍点赞");
  CHECK(WithoutInvisibleFormatChars("gs-jiuquan, 2023") == "gs-jiuquan, 2023");
  CHECK(WithoutInvisibleFormatChars("酒泉市政协") == "酒泉市政协");
  // Invalid bytes are no format characters: they are kept as they are.
  CHECK(WithoutInvisibleFormatChars("协\xFF\u200D商") == "协\xFF商");
}

TEST_CASE("CodePointName quotes a printable character and names a surrogate or out-of-range value bare", "[utf8]") {
  CHECK(CodePointName(U'政') == "'政' (U+653F)");
  CHECK(CodePointName(U'a') == "'a' (U+0061)");
  CHECK(CodePointName(0x20BB7) == "'\xF0\xA0\xAE\xB7' (U+20BB7)");
  CHECK(CodePointName(0xD800) == "U+D800");
  CHECK(CodePointName(0x110000) == "U+110000");
}

}  // namespace
}  // namespace peercard
