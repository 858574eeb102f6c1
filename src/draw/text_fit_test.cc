#include "draw/text_fit.h"

#include <catch2/catch.hpp>

#include "render_test_util.h"

namespace peercard {
namespace {

// Every character is one unit wide at size 1: widths count characters.
class CountingMeasure : public TextMeasure {
 public:
  double Width(std::string_view utf8, double size_pt) const override { return (CharStarts(utf8).size() - 1) * size_pt; }
  double Ascent() const override { return 0.8; }
  double Descent() const override { return 0.2; }
};

TEST_CASE("text is cut with an ellipsis at a character boundary", "[render]") {
  const CountingMeasure m;
  CHECK(FitText(m, "武威市政协", 1, 5) == "武威市政协");
  CHECK(FitText(m, "武威市政协", 1, 4) == "武威市…");
  CHECK(FitText(m, "武威市政协", 1, 1) == "…");
  CHECK(FitText(m, "ab cd", 1, 4) == "ab…");  // no space before the ellipsis
}

TEST_CASE("wrapping breaks between Chinese characters and at Latin spaces", "[render]") {
  const CountingMeasure m;
  CHECK(WrapText(m, "一年来协商活动", 1, 3, 5) == std::vector<std::string>{"一年来", "协商活", "动"});
  CHECK(WrapText(m, "per 10k residents", 1, 9, 5) == std::vector<std::string>{"per 10k", "residents"});
  CHECK(WrapText(m, "per 10k residents", 1, 8, 5) == std::vector<std::string>{"per 10k", "resident", "s"});
  // Closing punctuation never starts a line: "，" stays with "动".
  CHECK(WrapText(m, "协商活动，解决问题", 1, 4, 5) == std::vector<std::string>{"协商活", "动，解决", "问题"});
  CHECK(WrapText(m, "一二三四五六七八九十", 1, 3, 2) == std::vector<std::string>{"一二三", "四五…"});
  CHECK(WrapText(m, "", 1, 3, 2).empty());
  // A number is never split: "每万人6.83场次" breaks before 6.83, not in it.
  CHECK(WrapText(m, "每万人6.83场次", 1, 5, 5) == std::vector<std::string>{"每万人", "6.83场", "次"});
  CHECK(WrapText(m, "增长10.7%。", 1, 6, 5) == std::vector<std::string>{"增长", "10.7%。"});
  CHECK(WrapText(m, "12345678", 1, 5, 5) == std::vector<std::string>{"12345", "678"});  // too long: cut
}

TEST_CASE("wrapping follows the Chinese line-breaking rules", "[render]") {
  const CountingMeasure m;
  // An opening quote or bracket never ends a line: “ goes down with 协.
  CHECK(WrapText(m, "他提出“协商于民”的要求", 1, 4, 5) ==
        std::vector<std::string>{"他提出", "“协商于", "民”的要", "求"});
  CHECK(WrapText(m, "见报告（全文）", 1, 4, 5) == std::vector<std::string>{"见报告", "（全文）"});
  // A closing quote or bracket never starts one.
  CHECK(WrapText(m, "称为“议事厅”。此后", 1, 6, 5) == std::vector<std::string>{"称为“议事", "厅”。此后"});
  CHECK(WrapText(m, "《协商》》议事", 1, 3, 5).front() != "《协商");
  // A number stays with its unit, full-width digits and 余 included.
  CHECK(WrapText(m, "推动解决问题１３２０余件", 1, 8, 5) ==
        std::vector<std::string>{"推动解决问题", "１３２０余件"});
  CHECK(WrapText(m, "共计提案128件", 1, 7, 5) == std::vector<std::string>{"共计提案", "128件"});
  CHECK(WrapText(m, "问题900件左右", 1, 5, 5) == std::vector<std::string>{"问题", "900件左", "右"});
  // No line of a long wrapped sentence starts with closing or ends with
  // opening punctuation.
  const std::string para =
      "一年来，市政协（含各专委会）围绕“民生实事”开展协商活动1,236场次，比上年增长10.7%，解决问题"
      "１３２０余件，《年度报告》已印发。";
  for (double width : {5.0, 6.0, 7.0, 9.0, 11.0}) {
    for (const std::string& line : WrapText(m, para, 1, width, 40)) {
      CAPTURE(width, line);
      for (const char* close : {"，", "。", "、", "）", "》", "”"}) CHECK(line.rfind(close, 0) != 0);
      for (const char* open : {"（", "《", "“"}) {
        CHECK((line.size() < 3 || line.compare(line.size() - 3, 3, open) != 0));
      }
      CHECK(line.find("1,2") == line.find("1,236"));  // 1,236 whole or absent
    }
  }
}

TEST_CASE("items pack into lines whole", "[render]") {
  const CountingMeasure m;
  CHECK(PackItems(m, {"每年 720", "每万人 4.91", "每乡镇 7.06"}, " · ", 1, 20) ==
        std::vector<std::string>{"每年 720 · 每万人 4.91", "每乡镇 7.06"});
}

TEST_CASE("an evidence sentence is cut around its number, never inside a character", "[render]") {
  const std::string s =
      "一年来，市政协坚持把协商议事室建设作为重要抓手，全年开展各类协商活动1000余场次，推动解决了一批问题。";
  const size_t focus = s.find("1000");
  const std::string cut = CutAround(s, focus, 20);
  CHECK(cut.find("1000余场次") != std::string::npos);
  CHECK(cut.rfind("…", 0) == 0);                              // cut at the start …
  CHECK(cut.find("全年开展") != std::string::npos);           // … after the clause break
  CHECK(CharStarts(cut).size() - 1 <= 22);                    // 20 characters and two ellipses
  CHECK(CutAround("短句1000场。", 2, 20) == "短句1000场。");  // short: as is
  const std::string bad = "ab\xE6\x94";                       // a truncated sequence
  CHECK(CharStarts(bad) == std::vector<size_t>{0, 1, 2, 4});
}

}  // namespace
}  // namespace peercard
