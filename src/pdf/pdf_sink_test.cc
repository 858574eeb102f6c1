#include "pdf/pdf_sink.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "pdf/pdf_font.h"
#include "render_test_util.h"

namespace peercard {
namespace {

using testing::RenderKit;

const char* const kStrings[] = {
    "武威市 Wuwei 同级对比报告卡", "协商活动场次 ≥1,000 场次", "约500 件 · 不足 ≤50",
    "未披露 not disclosed",        "已复核 reviewed",          "解决问题件数 委员下沉人数 嘉峪关市"};

Drawing TestDrawing(const FontSource& font) {
  Drawing d(font);
  d.SetInfo({"测试 Test title", "主题 subject", "peercard", 1700000000});
  d.BeginPage(595.28, 841.89);
  double y = 60;
  for (const char* s : kStrings) {
    d.Text(40, y, s, {12, FontWeight::kRegular, 0});
    d.Text(320, y, s, {9, FontWeight::kBold, 0.3});
    y += 30;
  }
  d.Bookmark("第一节 Section one", 0, 40);
  d.Rect({40, 300, 100, 20}, 0.5, {0.5, 0, 0});
  d.Marker({200, 310}, 8, MarkerShape::kDiamond, 0, {0.4, 0, 0});
  d.Line({40, 340}, {500, 340}, {0.8, 0.2, 2});
  d.BeginPage(595.28, 841.89);
  d.Text(40, 60, "第二页 page two\t(tab)", {10, FontWeight::kRegular, 0});
  d.Bookmark("第二节 Section two", 0, 40);
  return d;
}

std::vector<std::string> LeftoverTemporaries(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().filename().string().find(".tmp-") != std::string::npos) out.push_back(e.path().string());
  }
  return out;
}

TEST_CASE("a drawing becomes a valid, searchable A4 PDF with a subset font", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  const std::string pdf = dir.path() + "/sub/test.pdf";  // the parent is created
  const Drawing d = TestDrawing(*kit.font);
  REQUIRE(WritePdf(d, kit.faces(), pdf).ok());
  CHECK(testing::QpdfCheck(pdf));
  CHECK(testing::PdfPages(pdf) == 2);
  CHECK(testing::AllPagesA4(pdf));
  // Searchable text, and no "Syntax Warning" from poppler about the ToUnicode CMap.
  const auto text = RunCommand("pdftotext " + pdf + " - 2>&1").output;
  for (const char* s : kStrings) {
    INFO(s);
    CHECK(text.find(s) != std::string::npos);
  }
  CHECK(text.find("Syntax") == std::string::npos);
  const std::string info = testing::PdfInfo(pdf);
  CHECK(info.find("Title:           测试 Test title") != std::string::npos);
  CHECK(info.find("Subject:         主题 subject") != std::string::npos);
  CHECK(info.find("CreationDate:    Tue Nov 14 22:13:20 2023 UTC") != std::string::npos);
  const auto fonts = RunCommand("pdffonts " + pdf).output;
  CHECK(fonts.find("+WenQuanYiZenHei") != std::string::npos);  // embedded as a subset
  CHECK(std::filesystem::file_size(pdf) < 40000);
  CHECK(LeftoverTemporaries(dir.path() + "/sub").empty());
  const auto outline = RunCommand("qpdf --json --json-key=outlines " + pdf).output;
  CHECK(outline.find("第一节 Section one") != std::string::npos);
  CHECK(outline.find("第二节 Section two") != std::string::npos);
}

TEST_CASE("every Chinese glyph printed has ink", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  const std::string pdf = dir.path() + "/ink.pdf";
  const Drawing d = TestDrawing(*kit.font);
  REQUIRE(WritePdf(d, kit.faces(), pdf).ok());
  const testing::Raster r = testing::Rasterise(pdf, 1, 100, dir.path() + "/page");
  REQUIRE(r.w == 827);  // A4 at 100 dpi
  CHECK(testing::BlankChineseGlyphs(d, r, 0).empty());
  CHECK(r.DarkPixels({0, 500, 595, 300}) == 0);  // and nothing where nothing was drawn
}

TEST_CASE("the same drawing gives byte-identical PDFs", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  const Drawing d = TestDrawing(*kit.font);
  REQUIRE(WritePdf(d, kit.faces(), dir.path() + "/a.pdf").ok());
  REQUIRE(WritePdf(d, kit.faces(), dir.path() + "/b.pdf").ok());
  CHECK(testing::Slurp(dir.path() + "/a.pdf") == testing::Slurp(dir.path() + "/b.pdf"));
}

TEST_CASE("a character the font lacks prints as a mark, never blank; a zero-width space prints nothing", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  REQUIRE_FALSE(kit.font->HasGlyph(U'\u2713'));
  TempDir dir;
  Drawing d(*kit.font);
  d.BeginPage(595.28, 841.89);
  d.Text(40, 60, "审核通过 \u2713，\u200B已复核", {10, FontWeight::kRegular, 0});
  CHECK(d.missing_glyphs() == std::set<char32_t>{0x2713});
  const std::string pdf = dir.path() + "/tick.pdf";
  REQUIRE(WritePdf(d, kit.faces(), pdf).ok());
  CHECK(testing::QpdfCheck(pdf));
  CHECK(testing::PdfText(pdf).find("审核通过 \u25A1，已复核") != std::string::npos);
  CHECK(testing::FirstBlankGlyph(pdf, d, dir.path() + "/ink").empty());
}

TEST_CASE("a drawing that still holds a character the font lacks is refused, not printed blank", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  // Measures as the font does but claims every glyph, so the drawing keeps ✓.
  class EveryGlyph : public TextMeasure {
   public:
    explicit EveryGlyph(const TextMeasure& font) : font_(font) {}
    double Width(std::string_view utf8, double size_pt) const override { return font_.Width(utf8, size_pt); }
    double Ascent() const override { return font_.Ascent(); }
    double Descent() const override { return font_.Descent(); }

   private:
    const TextMeasure& font_;
  } everything(*kit.font);
  Drawing d(everything);
  d.BeginPage(595.28, 841.89);
  d.Text(40, 60, "审核通过 \u2713", {10, FontWeight::kRegular, 0});
  const std::string pdf = dir.path() + "/tick.pdf";
  const Status s = WritePdf(d, kit.faces(), pdf);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message() == std::string(kDefaultFontPath) + ": no glyph for '\u2713' (U+2713)");
  CHECK_FALSE(std::filesystem::exists(pdf));
  CHECK(LeftoverTemporaries(dir.path()).empty());
}

TEST_CASE("another TrueType font can be chosen", "[render]") {
  const std::string latin = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  if (!std::filesystem::exists(latin)) return;  // DejaVu is not a dependency: use it when present
  auto font = FontSource::Open(latin);
  REQUIRE(font.ok());
  Drawing d(**font);
  d.BeginPage(595.28, 841.89);
  d.Text(40, 60, "Wuwei: 1,000 sessions (per 10k: 6.83)", {12, FontWeight::kRegular, 0});
  TempDir dir;
  REQUIRE(WritePdf(d, Typefaces(**font), dir.path() + "/latin.pdf").ok());
  CHECK(testing::PdfText(dir.path() + "/latin.pdf").find("Wuwei: 1,000 sessions (per 10k: 6.83)") != std::string::npos);
  CHECK(RunCommand("pdffonts " + dir.path() + "/latin.pdf").output.find("+DejaVuSans") != std::string::npos);
}

TEST_CASE("an unwritable path is an IoError and leaves no file", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  std::filesystem::create_directories(dir.path() + "/taken.pdf");  // a folder where the PDF should go
  const Status s = WritePdf(TestDrawing(*kit.font), kit.faces(), dir.path() + "/taken.pdf");
  CHECK(s.code() == Status::Code::kIoError);
  CHECK(s.message().find(dir.path() + "/taken.pdf") == 0);
  CHECK(LeftoverTemporaries(dir.path()).empty());
}

TEST_CASE("text is shown with dense codes that the ToUnicode CMap maps back", "[render]") {
  const PdfCodes codes({U' ', U'0', U'1', U'2', U'协', U'政', U'≥'});
  // 0x20 → 0x100, '0' → 0x101 …, '协' (U+534F) → 0x104, '政' (U+653F) → 0x105, '≥' (U+2265) → 0x106;
  // code points sort: 0x20 0x30 0x31 0x32 0x2265 0x534F 0x653F.
  CHECK(codes.Encode("政协 ≥10") == "\u0106\u0105\u0100\u0104\u0102\u0101");
  const std::string cmap = ToUnicodeCMap(codes);
  CHECK(cmap.find("1 beginbfrange\n<0101> <0103> <0030>\nendbfrange\n") != std::string::npos);
  CHECK(cmap.find("4 beginbfchar\n<0100> <0020>\n<0104> <2265>\n<0105> <534F>\n<0106> <653F>\nendbfchar\n") !=
        std::string::npos);
  CHECK(cmap.find("cidrange") == std::string::npos);
  CHECK(ToUnicodeCMap(PdfCodes({char32_t{0x20000}})).find("<0100> <D840DC00>") != std::string::npos);
}

TEST_CASE("the dense cmap maps each code to its character's glyph", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  const std::set<char32_t> cps = {U'武', U'威', U'市', U'2'};
  auto subset = kit.font->Subset(cps);
  REQUIRE(subset.ok());
  const PdfCodes codes(cps);
  auto ttf = WithDenseCmap(*subset, codes);
  REQUIRE(ttf.ok());
  TempDir dir;
  WriteBytes(dir.path() + "/dense.ttf", *ttf);
  auto dense = FontSource::Open(dir.path() + "/dense.ttf");
  REQUIRE(dense.ok());
  for (size_t k = 0; k < codes.chars().size(); ++k) {
    CHECK((*dense)->HasGlyph(PdfCodes::kBase + k));
    CHECK_FALSE((*dense)->HasGlyph(codes.chars()[k] == U'2' ? U'2' : U'武'));
  }
}

TEST_CASE("the font's glyph map covers the codes used, not the whole BMP", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  const std::string pdf = dir.path() + "/map.pdf";
  const Drawing d = TestDrawing(*kit.font);
  REQUIRE(WritePdf(d, Typefaces(*kit.font), pdf).ok());  // one face: one map
  const std::string bytes = testing::Slurp(pdf);
  const size_t at_key = bytes.find("/CIDToGIDMap ");
  REQUIRE(at_key != std::string::npos);
  const int object = std::atoi(bytes.c_str() + at_key + std::string("/CIDToGIDMap ").size());
  REQUIRE(object > 0);
  const std::string map =
      RunCommand("qpdf --show-object=" + std::to_string(object) + " --filtered-stream-data " + pdf).output;
  // Two bytes per code from 0 to the last code used, and one more: libharu
  // 2.3.0 maps every BMP code (131,072 bytes) unless told otherwise.
  const size_t used = d.CodePoints().size();
  REQUIRE(map.size() == 2 * (PdfCodes::kBase + used));
  for (size_t k = 0; k < used; ++k) {
    INFO("code " << k);
    const size_t at = 2 * (PdfCodes::kBase + k);
    CHECK((map[at] != 0 || map[at + 1] != 0));  // every code used has a glyph
  }
  // The UTF-8 encoder was put back: bookmarks (UTF-16 through it) still read.
  CHECK(RunCommand("qpdf --json --json-key=outlines " + pdf).output.find("第二节 Section two") != std::string::npos);
}

TEST_CASE("the font file handed to libharu holds the bytes and is gone afterwards", "[render]") {
  const std::string bytes("\0\1\0\0 font bytes \xff", 17);
  std::string path;
  {
    TempFontFile file;
    REQUIRE(file.Write(bytes).ok());
    path = file.path();
    CHECK(testing::Slurp(path) == bytes);
  }
  if (path.rfind("/proc/self/fd/", 0) == 0) return;  // a memfd: gone with its descriptor
  CHECK_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace peercard
