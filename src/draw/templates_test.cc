#include "draw/templates.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <stdexcept>

#include "render_test_util.h"
#include "base/utf8.h"

namespace peercard {
namespace {

bool HasChinese(std::string_view s) {
  for (size_t i = 0, len = 0; i < s.size(); i += len) {
    if (IsCjk(DecodeUtf8(s, i, &len))) return true;
  }
  return false;
}

// A copy of the bundled templates in a temporary folder, to break.
std::string CopyTemplates(const TempDir& dir) {
  const std::string to = dir.path() + "/templates";
  std::filesystem::copy(testing::TemplatesDir(), to, std::filesystem::copy_options::recursive);
  return to;
}

void Replace(const std::string& path, const std::string& from, const std::string& to) {
  std::string s = testing::Slurp(path);
  const size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
  WriteBytes(path, s);
}

TEST_CASE("the bundled templates load and fill", "[render]") {
  auto t = Templates::Load(testing::TemplatesDir());
  REQUIRE(t.ok());
  CHECK(t->Text("tile.not_disclosed") == "未披露");
  CHECK(t->Fill("tile.rank", {{"rank", "2"}, {"n", "12"}}) == "排名 2/12");
  CHECK(t->Num("card.page.width") == Approx(595.28));
  CHECK(t->Num("summary.heat.cell_h") > 0);
  CHECK(t->Text("no.such.key") == "【no.such.key】");  // visible, never a crash
  CHECK_THROWS_AS(t->Num("no.such.key"), std::logic_error);
}

TEST_CASE("the English and bilingual editions come from strings.en.toml", "[render]") {
  Language lang = Language::kZh;
  CHECK(ParseLanguage("zh-en", &lang));
  CHECK(lang == Language::kZhEn);
  CHECK(ParseLanguage("en", &lang));
  CHECK(lang == Language::kEn);
  CHECK_FALSE(ParseLanguage("fr", &lang));
  auto en = Templates::Load(testing::TemplatesDir(), Language::kEn);
  REQUIRE(en.ok());
  CHECK(en->Text("tile.not_disclosed") == "not disclosed");
  CHECK(en->Fill("tile.rank", {{"rank", "2"}, {"n", "12"}}) == "rank 2/12");
  CHECK(en->Reason(ParseReasons("no value in 2024; peer median is 0: no ratio to median")) ==
        "no value in 2024; peer median is 0: no ratio to median");  // as comparison.csv gives it
  CHECK_FALSE(en->chinese());
  auto both = Templates::Load(testing::TemplatesDir(), Language::kZhEn);
  REQUIRE(both.ok());
  CHECK(both->Text("card.peer_group") == "对比组 · Peer group");
  CHECK(both->Text("notes.few_peers") ==
        "有数据的同组地区少于 3 个，故不给出标准分和百分位。 Fewer than 3 peers have data: no z-scores or percentiles.");
  CHECK(both->Fill("tile.rank", {{"rank", "2"}, {"n", "12"}}) == "排名 2/12");  // edition.chinese_only
  CHECK(both->Reason(ParseReasons("no value in 2024")) == "2024 年无数值");  // edition.chinese_only
}

TEST_CASE("an English file without a key, or listing an unknown one, is refused", "[render]") {
  TempDir dir;
  const std::string t = CopyTemplates(dir);
  SECTION("a missing English string") {
    Replace(t + "/strings.en.toml", "not_disclosed = \"not disclosed\"\n", "");
    CHECK(Templates::Load(t, Language::kEn).status().message() ==
          t + "/strings.en.toml: missing string 'tile.not_disclosed'");
    CHECK(Templates::Load(t).ok());  // the Chinese edition does not read it
  }
  SECTION("an unknown key among the Chinese-only ones") {
    Replace(t + "/strings.en.toml", "\"tile.z\",", "\"tile.zz\",");
    CHECK(Templates::Load(t, Language::kZhEn).status().message() ==
          t + "/strings.en.toml: edition.chinese_only names 'tile.zz', which strings.toml does not have");
  }
}

TEST_CASE("broken templates are errors naming the file and key", "[render]") {
  TempDir dir;
  const std::string t = CopyTemplates(dir);
  SECTION("a missing string") {
    Replace(t + "/strings.toml", "not_disclosed = \"未披露\"\n", "");
    CHECK(Templates::Load(t).status().message() == t + "/strings.toml: missing string 'tile.not_disclosed'");
  }
  SECTION("a missing number") {
    Replace(t + "/card.toml", "tile_width = 178\n", "");
    CHECK(Templates::Load(t).status().message() == t + "/card.toml: missing number 'row.tile_width'");
  }
  SECTION("a misspelt number key, beside the right one, is refused with the near match") {
    Replace(t + "/card.toml", "tile_width = 178\n", "tile_width = 178\ntile_widht = 150\n");
    const std::string m = Templates::Load(t).status().message();
    CHECK(m.find(t + "/card.toml:") == 0);
    CHECK(m.find("unknown key 'row.tile_widht' (did you mean 'row.tile_width'?)") != std::string::npos);
  }
  SECTION("a string key no layout uses is refused") {
    Replace(t + "/strings.toml", "not_disclosed = \"未披露\"\n", "not_disclosed = \"未披露\"\nnot_disclsed = \"x\"\n");
    const std::string m = Templates::Load(t).status().message();
    CHECK(m.find(t + "/strings.toml:") == 0);
    CHECK(m.find("unknown key 'tile.not_disclsed' (did you mean 'tile.not_disclosed'?)") != std::string::npos);
  }
  SECTION("a number that is text") {
    Replace(t + "/summary.toml", "row_h = 14", "row_h = \"14\"");
    const std::string m = Templates::Load(t).status().message();
    CHECK(m.find(t + "/summary.toml:") == 0);
    CHECK(m.find("'table.row_h' must be a number") != std::string::npos);
  }
  SECTION("a TOML syntax error") {
    Replace(t + "/strings.toml", "[card]", "[card");
    CHECK(Templates::Load(t).status().message().find(t + "/strings.toml:") == 0);
  }
  SECTION("a reason without its Chinese") {
    Replace(t + "/strings.toml", "trend_previous_zero = \"上期为 0，不计变化率\"\n", "");
    CHECK(Templates::Load(t).status().message() == t + "/strings.toml: missing string 'reason.trend_previous_zero'");
  }
  SECTION("a missing file") {
    std::filesystem::remove(t + "/summary.toml");
    const auto r = Templates::Load(t);
    CHECK(r.status().code() == Status::Code::kNotFound);
    CHECK(r.status().message() == t + "/summary.toml: no such file");
  }
}

TEST_CASE("every reason compare writes prints in Chinese on the PDFs", "[render]") {
  auto t = Templates::Load(testing::TemplatesDir());
  REQUIRE(t.ok());
  // Each code has its string: Load refuses a strings.toml without one.
  for (ReasonCode code : AllReasonCodes()) {
    if (code == ReasonCode::kText) continue;
    INFO(ReasonKey(code));
    const std::string printed = t->Reason({{code, {}}});
    CHECK(HasChinese(printed));
    CHECK(printed.find("\u3010") == std::string::npos);  // not the 【key】 of a missing string
  }
  CHECK(t->Reason({{ReasonCode::kNotStated, {{"span", "2022-2024"}, {"doc", "004_463d5631b037f9db.txt"}}}}) ==
        "2022-2024 年的报告未提及此项");
  CHECK(t->Reason({TrendLengthsReason("2017-2021", 5, "2022", 1)}) ==
        "上期 2017-2021（5 年）与本期 2022（1 年）跨度不同，不比较");
  CHECK(t->Reason({FewPeersReason(2)}) == "同组仅 2 地有数值（少于 3 个），不计 z 分数和百分位");
  // Several reasons: joined by a Chinese semicolon.
  CHECK(t->Reason({{ReasonCode::kSdZero, {}}, {ReasonCode::kMedianZero, {}}}) ==
        "同组数值全部相同，不计 z 分数；同组中位数为 0，不计与中位数之比");
  // A reason this version does not know prints as it is.
  CHECK(t->Reason(ParseReasons("a reason from a newer peercard")) == "a reason from a newer peercard");
  CHECK(t->Reason({}) == "");
}

}  // namespace
}  // namespace peercard
