#include "pdf/typefaces.h"

#include <catch2/catch.hpp>

#include "pdf/pdf_sink.h"
#include "render_test_util.h"

namespace peercard {
namespace {

using testing::RenderKit;

constexpr TextStyle kBody{9, FontWeight::kRegular, 0};
constexpr TextStyle kLabel{8, FontWeight::kBold, 0};     // small bold: body face, stroked
constexpr TextStyle kHeading{11, FontWeight::kBold, 0};  // display text: main face

std::vector<std::pair<bool, std::string>> Runs(const Typefaces& faces, std::string_view s, const TextStyle& st) {
  std::vector<std::pair<bool, std::string>> out;
  faces.ForEachRun(s, st, [&](bool in_body, std::string_view run) { out.emplace_back(in_body, std::string(run)); });
  return out;
}

TEST_CASE("body text prints in the body face where it has the glyph at the main face's width", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  REQUIRE(kit.body);
  const Typefaces faces = kit.faces();
  CHECK(faces.PrintsInBody(U'协', kBody));
  CHECK(faces.PrintsInBody(U'，', kBody));
  CHECK(faces.PrintsInBody(U'协', kLabel));
  CHECK_FALSE(faces.PrintsInBody(U'协', kHeading));
  CHECK_FALSE(faces.PrintsInBody(U'协', {kHeadingMinPt, FontWeight::kBold, 0}));
  CHECK(faces.PrintsInBody(U'协', {20, FontWeight::kRegular, 0}));  // large but regular: body
  CHECK_FALSE(faces.PrintsInBody(U'1', kBody));  // Droid has no digits
  CHECK_FALSE(faces.PrintsInBody(U'A', kBody));
  // Hiragana: Droid's are 1.000 em, Zen Hei's 1.023: a line would measure wrong.
  CHECK_FALSE(faces.PrintsInBody(U'あ', kBody));
  CHECK_FALSE(Typefaces(*kit.font).PrintsInBody(U'协', kBody));

  using R = std::vector<std::pair<bool, std::string>>;
  CHECK(Runs(faces, "全年开展协商1,236场次。", kBody) == R{{true, "全年开展协商"}, {false, "1,236"}, {true, "场次。"}});
  CHECK(Runs(faces, "要点", kHeading) == R{{false, "要点"}});
  CHECK(Runs(faces, "百分位 P88", kLabel) == R{{true, "百分位"}, {false, " P88"}});
  CHECK(Runs(faces, "", kBody).empty());
}

TEST_CASE("a two-face PDF embeds both subsets, reads back whole and inks every glyph", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  REQUIRE(kit.body);
  Drawing d(*kit.font);
  d.BeginPage(595.28, 841.89);
  d.Text(40, 60, "酒泉市政协", {18, FontWeight::kBold, 0});
  d.Text(40, 100, "全年开展协商议事活动1,236场次，推动解决问题1100多件。", {10, FontWeight::kRegular, 0});
  d.Text(40, 130, "委员下沉人数 ▲1.8%（2023年 1,278）", {9, FontWeight::kRegular, 0});
  // Enough body text for the smaller outlines to outweigh a second font's tables.
  d.Text(40, 160, "区政协坚持把协商议事平台建在镇街村社，围绕群众关心的养老托育、停车难、", kBody);
  d.Text(40, 175, "老旧小区改造和农村人居环境整治等民生实事，组织委员深入一线听取意见建议。", kBody);
  TempDir dir;
  const std::string pdf = dir.path() + "/two.pdf";
  REQUIRE(WritePdf(d, kit.faces(), pdf).ok());
  CHECK(testing::QpdfCheck(pdf));
  const std::string fonts = RunCommand("pdffonts " + pdf).output;
  CHECK(fonts.find("+WenQuanYiZenHei") != std::string::npos);
  CHECK(fonts.find("+DroidSansFallback") != std::string::npos);
  const std::string text = testing::PdfText(pdf);
  CHECK(text.find("酒泉市政协") != std::string::npos);
  CHECK(text.find("全年开展协商议事活动1,236场次，推动解决问题1100多件。") != std::string::npos);
  CHECK(text.find("委员下沉人数 ▲1.8%（2023年 1,278）") != std::string::npos);
  CHECK(testing::FirstBlankGlyph(pdf, d, dir.path() + "/page") == "");
  // The same drawing in one face is bigger: Droid's outlines are the smaller.
  const std::string one = dir.path() + "/one.pdf";
  REQUIRE(WritePdf(d, Typefaces(*kit.font), one).ok());
  CHECK(RunCommand("pdffonts " + one).output.find("DroidSansFallback") == std::string::npos);
  CHECK(std::filesystem::file_size(pdf) < std::filesystem::file_size(one));
}

TEST_CASE("a drawing of Chinese body text alone still makes a valid PDF", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  REQUIRE(kit.body);
  Drawing d(*kit.font);
  d.BeginPage(595.28, 841.89);
  d.Text(40, 60, "协商议事", kBody);
  TempDir dir;
  REQUIRE(WritePdf(d, kit.faces(), dir.path() + "/body.pdf").ok());
  CHECK(testing::QpdfCheck(dir.path() + "/body.pdf"));
  CHECK(testing::PdfText(dir.path() + "/body.pdf").find("协商议事") != std::string::npos);
}

TEST_CASE("the body face option: the default, none, or a font that cannot be read", "[render]") {
  auto none = OpenBodyFace("none");
  REQUIRE(none.ok());
  CHECK(*none == nullptr);
  auto dflt = OpenBodyFace("");
  REQUIRE(dflt.ok());
  REQUIRE(*dflt);
  CHECK((*dflt)->path() == kDefaultBodyFontPath);
  auto missing = OpenBodyFace("/no/such/font.ttf");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("/no/such/font.ttf") != std::string::npos);
}

}  // namespace
}  // namespace peercard
