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
