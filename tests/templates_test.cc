#include "templates.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "render_test_util.h"

namespace peercard {
namespace {

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
  CHECK(t->Num("no.such.key") == 0);
}

TEST_CASE("placeholders are filled, unknown ones kept", "[render]") {
  CHECK(FillPattern("{a}年{b}/{a}", {{"a", "2023"}, {"b", "x"}}) == "2023年x/2023");
  CHECK(FillPattern("{missing} {", {{"a", "1"}}) == "{missing} {");
  CHECK(FillPattern("", {}) == "");
}

TEST_CASE("broken templates are errors naming the file and key", "[render]") {
  TempDir dir;
  const std::string t = CopyTemplates(dir);
  SECTION("a missing string") {
    Replace(t + "/strings.toml", "not_disclosed = \"未披露\"\n", "");
    CHECK(Templates::Load(t).status().message() == t + "/strings.toml: missing string 'tile.not_disclosed'");
  }
  SECTION("a missing number") {
    Replace(t + "/card.toml", "tile_width = 186\n", "");
    CHECK(Templates::Load(t).status().message() == t + "/card.toml: missing number 'row.tile_width'");
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
  SECTION("a missing file") {
    std::filesystem::remove(t + "/summary.toml");
    const auto r = Templates::Load(t);
    CHECK(r.status().code() == Status::Code::kNotFound);
    CHECK(r.status().message() == t + "/summary.toml: no such file");
  }
}

}  // namespace
}  // namespace peercard
