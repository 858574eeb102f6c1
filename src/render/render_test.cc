#include "render/render.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "tables/comparison.h"
#include "tables/observations_csv.h"
#include "render_fixture.h"
#include "render_test_util.h"

namespace peercard {
namespace {

namespace fs = std::filesystem;
using testing::RenderKit;

std::vector<std::string> FilesUnder(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) out.push_back(fs::relative(e.path(), dir).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_CASE("SOURCE_DATE_EPOCH sets the PDFs' date", "[render]") {
  CHECK(PdfCreationTime("1700000000", 5) == 1700000000);
  CHECK(PdfCreationTime(nullptr, 5) == 5);
  CHECK(PdfCreationTime("", 5) == 5);
  CHECK(PdfCreationTime("soon", 5) == 5);
  CHECK(PdfCreationTime("-3", 5) == 5);
}

TEST_CASE("every place gets a card and the summary is written", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  const RenderReport report = RenderAll(testing::GansuFixture(), kit.ctx(), kit.faces(), dir.path() + "/out");
  CHECK(report.errors.empty());
  CHECK(report.written.size() == 16);
  const auto files = FilesUnder(dir.path() + "/out");
  REQUIRE(files.size() == 16);
  CHECK(files.front() == "briefing.pdf");
  CHECK(files[1] == "cards/gs-baiyin.pdf");
  CHECK(files.back() == "summary.pdf");
  for (const auto& f : files) {
    INFO(f);
    CHECK(testing::PdfPages(dir.path() + "/out/" + f) >= 1);
  }
}

TEST_CASE("no text in any card or summary is set below 7.5 pt, in any edition", "[render][pdf]") {
  RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  for (const Language lang : {Language::kZh, Language::kZhEn, Language::kEn}) {
    auto t = Templates::Load(testing::TemplatesDir(), lang);
    REQUIRE(t.ok());
    const RenderContext ctx{*t, *kit.numbers, *kit.font, 1700000000};
    for (const RenderInput& in : {testing::GansuFixture(), testing::ManyPlacesFixture(60, 7)}) {
      TempDir dir;
      const RenderReport report = RenderAll(in, ctx, kit.faces(), dir.path() + "/out", 2);
      REQUIRE(report.errors.empty());
      size_t runs = 0;
      for (const std::string& pdf : report.written) {
        const testing::PdfTextSizes sizes = testing::ReadPdfTextSizes(pdf);
        INFO(pdf);
        CHECK(!sizes.font_sizes.empty());
        for (double pt : sizes.font_sizes) CHECK(pt >= 7.5);
        for (double scale : sizes.matrix_scales) CHECK(scale == 1);  // no run is scaled down by its matrix
        runs += sizes.font_sizes.size();
      }
      CHECK(runs > 100 * report.written.size());
    }
  }
}

// The outline of a PDF as "level|title|page" lines, pages from 1.
std::vector<std::string> Outline(const std::string& pdf) {
  const std::string py =
      "import json,sys\n"
      "def walk(o,d):\n"
      "  for x in o:\n"
      "    print('%d|%s|%s' % (d, x['title'], x.get('destpageposfrom1')))\n"
      "    walk(x['kids'], d + 1)\n"
      "walk(json.load(sys.stdin)['outlines'], 0)\n";
  const CommandResult r =
      RunCommand("qpdf --json --json-key=outlines " + pdf + " | python3 -c \"" + py + "\"");
  std::vector<std::string> out;
  std::istringstream lines(r.output);
  for (std::string l; std::getline(lines, l);) out.push_back(l);
  return out;
}

TEST_CASE("briefing.pdf binds cover, contents, summary and every card, the focus first", "[render][pdf]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  const RenderInput in = testing::GansuFixture();
  auto focus = ResolveFocus(in, "张掖市");  // by its Chinese name
  REQUIRE(focus.ok());
  CHECK(*focus == "gs-zhangye");
  TempDir dir;
  const RenderReport report = RenderAll(in, kit.ctx(), kit.faces(), dir.path() + "/a", 2, {*focus, true});
  REQUIRE(report.errors.empty());
  const std::string pdf = dir.path() + "/a/briefing.pdf";
  REQUIRE(report.written.back() == pdf);
  CHECK(testing::QpdfCheck(pdf));
  CHECK(testing::AllPagesA4(pdf));
  // It opens at its cover.
  const std::string cover = RunCommand("pdftotext -f 1 -l 1 " + pdf + " -").output;
  CHECK(cover.find("2023年基层协商工作同级对比简报") != std::string::npos);
  CHECK(cover.find("重点地区") != std::string::npos);
  CHECK(cover.find("张掖市") != std::string::npos);
  const std::vector<std::string> outline = Outline(pdf);
  REQUIRE(outline.size() > 3);
  CHECK(outline[0] == "0|封面|1");
  CHECK(outline[1] == "0|目录|2");
  CHECK(outline[2] == "0|汇总分析|3");
  // Every card is under 各地报告卡, the focus first, each at the page that
  // carries its name at the top.
  const auto cards_at = std::find_if(outline.begin(), outline.end(),
                                     [](const std::string& l) { return l.rfind("0|各地报告卡|", 0) == 0; });
  REQUIRE(cards_at != outline.end());
  std::vector<std::string> cards(cards_at + 1, outline.end());
  REQUIRE(cards.size() == PlaceCodes(in).size());
  CHECK(cards.front().rfind("1|张掖市|", 0) == 0);
  for (const std::string& entry : cards) {
    INFO(entry);
    const std::string name = entry.substr(2, entry.rfind('|') - 2);
    const std::string page = entry.substr(entry.rfind('|') + 1);
    const std::string text = RunCommand("pdftotext -f " + page + " -l " + page + " " + pdf + " -").output;
    CHECK(text.substr(0, 120).find(name) != std::string::npos);  // the card's header opens the page
  }
  // The contents names each card's page, as the outline does.
  std::string contents = RunCommand("pdftotext -f 2 -l 2 " + pdf + " -").output;
  contents.erase(std::remove(contents.begin(), contents.end(), ' '), contents.end());
  CHECK(contents.find("目录") != std::string::npos);
  for (const std::string& entry : cards) {
    const std::string page = entry.substr(entry.rfind('|') + 1);
    CHECK(contents.find("第" + page + "页") != std::string::npos);
  }
  // Pages are numbered through, and a rerun writes the same bytes.
  CHECK(RunCommand("pdftotext -f 3 -l 3 " + pdf + " -").output.find("第 3 页，共 " +
                                                                   std::to_string(testing::PdfPages(pdf)) + " 页") !=
        std::string::npos);
  REQUIRE(RenderAll(in, kit.ctx(), kit.faces(), dir.path() + "/b", 1, {*focus, true}).errors.empty());
  CHECK(testing::Slurp(pdf) == testing::Slurp(dir.path() + "/b/briefing.pdf"));
}

TEST_CASE("a focus that names no place is refused with the nearest code", "[render]") {
  const RenderInput in = testing::GansuFixture();
  CHECK(ResolveFocus(in, "").value().empty());
  CHECK(ResolveFocus(in, "gs-zhangye").value() == "gs-zhangye");
  CHECK(ResolveFocus(in, "gs-zhangy").status().message() ==
        "--focus gs-zhangy: no such place in the comparison; did you mean gs-zhangye?");
  CHECK(ResolveFocus(in, "上海市").status().message() == "--focus 上海市: no such place in the comparison");
}

TEST_CASE("a failing place is named, leaves no file, and the others are written", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  const std::string out = dir.path() + "/out";
  fs::create_directories(out + "/cards/gs-wuwei.pdf");  // a folder where Wuwei's card should go
  RenderInput in = testing::GansuFixture();
  for (auto& r : in.rows) {
    if (r.city == "gs-gannan") r.city = "Gannan County";  // not usable as a file name
  }
  const RenderReport report = RenderAll(in, kit.ctx(), kit.faces(), out, 2);
  REQUIRE(report.errors.size() == 2);
  CHECK(report.errors[0].ToString() == "Gannan County 甘南藏族自治州: place code cannot be used as a file name");
  CHECK(report.errors[0].kind == DiagnosticKind::kRender);
  CHECK(report.errors[0].place == "Gannan County");
  CHECK(report.errors[1].kind == DiagnosticKind::kOutput);
  CHECK(report.errors[1].place == "gs-wuwei");
  CHECK(report.errors[1].message.rfind("gs-wuwei 武威市: " + out + "/cards/gs-wuwei.pdf: cannot replace file", 0) == 0);
  CHECK(report.written.size() == 14);  // 12 cards, the summary and the briefing of those 12
  for (const auto& f : FilesUnder(out)) {
    INFO(f);
    CHECK(f.find(".tmp-") == std::string::npos);
  }
  CHECK(fs::is_directory(out + "/cards/gs-wuwei.pdf"));
  CHECK(fs::exists(out + "/summary.pdf"));
}

TEST_CASE("threads do not change a byte", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  TempDir dir;
  const RenderInput in = testing::GansuFixture();
  RenderAll(in, kit.ctx(), kit.faces(), dir.path() + "/one", 1);
  RenderAll(in, kit.ctx(), kit.faces(), dir.path() + "/two", 2);
  const auto files = FilesUnder(dir.path() + "/one");
  REQUIRE(files == FilesUnder(dir.path() + "/two"));
  for (const auto& f : files) {
    INFO(f);
    CHECK(testing::Slurp(dir.path() + "/one/" + f) == testing::Slurp(dir.path() + "/two/" + f));
  }
}

// comparison.csv and observations.csv of the Gansu fixture, as files.
void WriteInputs(const std::string& dir) {
  const RenderInput in = testing::GansuFixture();
  WriteBytes(dir + "/comparison.csv", FormatComparisonCsv(in.rows));
  WriteBytes(dir + "/observations.csv", FormatObservationsCsv(in.observations));
}

TEST_CASE("peercard render: cards and summary, byte-identical under SOURCE_DATE_EPOCH", "[render]") {
  TempDir dir;
  WriteInputs(dir.path());
  const std::string args = " render " + dir.path() + "/comparison.csv " + dir.path() + "/observations.csv -o ";
  const std::string env = "SOURCE_DATE_EPOCH=1700000000 ";
  const CommandResult first = RunCommand(env + PEERCARD_BINARY + args + dir.path() + "/a 2>&1");
  INFO(first.output);
  CHECK(first.exit_code == 0);
  CHECK(first.output == "peercard: render: 16 PDF files written, 0 failed → " + dir.path() + "/a/\n");
  const CommandResult second = RunCommand(env + PEERCARD_BINARY + args + dir.path() + "/b --threads 2 -q 2>&1");
  CHECK(second.exit_code == 0);
  CHECK(second.output.empty());
  const auto files = FilesUnder(dir.path() + "/a");
  REQUIRE(files.size() == 16);
  REQUIRE(files == FilesUnder(dir.path() + "/b"));
  for (const auto& f : files) {
    INFO(f);
    CHECK(testing::Slurp(dir.path() + "/a/" + f) == testing::Slurp(dir.path() + "/b/" + f));
  }
  const std::string info = testing::PdfInfo(dir.path() + "/a/cards/gs-wuwei.pdf");
  CHECK(info.find("CreationDate:    Tue Nov 14 22:13:20 2023 UTC") != std::string::npos);
  CHECK(testing::PdfText(dir.path() + "/a/cards/gs-wuwei.pdf").find("活动1000余场次") != std::string::npos);
}

TEST_CASE("peercard render: a font that cannot be loaded is a clear error", "[render]") {
  TempDir dir;
  WriteInputs(dir.path());
  const std::string inputs = " " + dir.path() + "/comparison.csv " + dir.path() + "/observations.csv -o " + dir.path();
  CommandResult r =
      RunCommand(std::string(PEERCARD_BINARY) + " render --font " + dir.path() + "/none.ttf" + inputs + " 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.output == "peercard: error: --font: " + dir.path() + "/none.ttf: cannot read font file\n");
  WriteBytes(dir.path() + "/fake.ttf", "not a font");
  r = RunCommand(std::string(PEERCARD_BINARY) + " render --font " + dir.path() + "/fake.ttf" + inputs + " 2>&1");
  CHECK(r.exit_code == 2);
  CHECK(r.output == "peercard: error: --font: " + dir.path() + "/fake.ttf: not a TrueType font\n");
  const std::string latin = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  if (fs::exists(latin)) {  // a real TrueType font without Chinese glyphs
    r = RunCommand(std::string(PEERCARD_BINARY) + " render --font " + latin + inputs + " 2>&1");
    CHECK(r.exit_code == 2);
    CHECK(r.output.rfind("peercard: error: --font: " + latin + ": no glyph for '", 0) == 0);
  }
  CHECK_FALSE(fs::exists(dir.path() + "/cards"));
}

}  // namespace
}  // namespace peercard
