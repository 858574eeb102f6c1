#include "draw/printable_text.h"

#include <catch2/catch.hpp>

#include "draw/drawing.h"

namespace peercard {
namespace {

// A font that lacks the characters it is given (and prints all others).
class FontWithout : public TextMeasure {
 public:
  explicit FontWithout(std::u32string lacks) : lacks_(std::move(lacks)) {}
  double Width(std::string_view utf8, double size_pt) const override { return utf8.size() * size_pt; }
  double Ascent() const override { return 0.8; }
  double Descent() const override { return 0.2; }
  bool HasGlyph(char32_t cp) const override { return lacks_.find(cp) == std::u32string::npos; }

 private:
  std::u32string lacks_;
};

TEST_CASE("format characters and variation selectors print as nothing", "[render]") {
  const FontWithout font(U"");
  std::set<char32_t> missing;
  // Zero-width space after a comma (web copies), a byte order mark inside a
  // name (Excel), a soft hyphen, a left-to-right mark, a zero-width joiner.
  CHECK(PrintableText("协商，\u200B解决问题", font, &missing) == "协商，解决问题");
  CHECK(PrintableText("\uFEFF武威市", font, &missing) == "武威市");
  CHECK(PrintableText("a\u00ADb\u200Ec\u200Dd\u2060e", font, &missing) == "abcde");
  CHECK(PrintableText("好\uFE0F", font, &missing) == "好");
  CHECK(missing.empty());
}

TEST_CASE("controls print as spaces and ASCII passes through", "[render]") {
  const FontWithout font(U"");
  CHECK(PrintableText("一\t二\n三\x7F" "四", font, nullptr) == "一 二 三 四");
  CHECK(PrintableText("per 10k: 1,236 (2024)", font, nullptr) == "per 10k: 1,236 (2024)");
  CHECK(PrintableText("a\u0085b", font, nullptr) == "ab");  // C1 control (NEL)
}

TEST_CASE("a character the font lacks prints as a visible mark and is named", "[render]") {
  const FontWithout font(U"\U0001F600\U00020000");
  std::set<char32_t> missing;
  CHECK(PrintableText("开展活动😀\uFE0F 60场𠀀", font, &missing) == "开展活动\u25A1 60场\u25A1");
  CHECK(missing == std::set<char32_t>{0x1F600, 0x20000});
  CHECK(DescribeMissingGlyphs(missing, font) ==
        "2 characters not in the font, printed as \u25A1: '😀' (U+1F600), '𠀀' (U+20000)");
  // Invalid bytes are U+FFFD, printed when the font has it.
  CHECK(PrintableText("a\xFF" "b", font, nullptr) == "a\uFFFDb");
}

TEST_CASE("without □ in the font the mark is a question mark; at most five are named", "[render]") {
  const FontWithout font(U"\u25A1一二三四五六");
  std::set<char32_t> missing;
  CHECK(PrintableText("一二三四五六", font, &missing) == "??????");
  CHECK(DescribeMissingGlyphs(missing, font) ==
        "6 characters not in the font, printed as ?: '一' (U+4E00), '三' (U+4E09), '二' (U+4E8C), "
        "'五' (U+4E94), '六' (U+516D) …");
}

TEST_CASE("a drawing records text as printed and the characters its font lacked", "[render]") {
  const FontWithout font(U"\U0001F44D");
  Drawing d(font);
  d.BeginPage(100, 100);
  d.Text(0, 10, "委员\u200B下沉👍", TextStyle{});
  d.Bookmark("\uFEFF武威市", 0, 0);
  REQUIRE(d.texts().size() == 1);
  CHECK(d.texts()[0].text == "委员下沉\u25A1");
  CHECK(d.missing_glyphs() == std::set<char32_t>{0x1F44D});
  CHECK(d.CodePoints().count(0x200B) == 0);
  CHECK(d.CodePoints().count(0xFEFF) == 0);
}

}  // namespace
}  // namespace peercard
