// Reports as published: a PDF, a Word file and a saved web page read as the
// same report in .txt does; each kind of bad file is named with its problem
// and the other files go on. The files are made here from sentences written
// for the test (bench/report_formats.h), not kept in git.
#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

#include <string>

#include "cli_test_util.h"
#include "pdf/font_subset.h"
#include "report_formats.h"

namespace {

using peercard::bench::ReportDocx;
using peercard::bench::ReportHtml;
using peercard::bench::TraditionalText;
using peercard::bench::WriteReportPdf;

// Three places' reports, each long enough for a PDF of several pages.
std::string Report(const std::string& place, int sessions, int resolved) {
  std::string text = place + "政协2023年工作报告\n";
  text += "2023年，" + place + "政协坚持把协商民主贯穿履职全过程，全年开展协商活动" + std::to_string(sessions) +
          "场，推动解决群众急难愁盼问题" + std::to_string(resolved) + "件。\n";
  for (int i = 0; i < 12; ++i) {
    text += "围绕乡村振兴、基层治理和民生保障，委员们深入田间地头和社区院落，听取群众意见，形成调研报告，"
            "推动有关部门改进工作，把协商成果转化为惠民举措。\n";
  }
  return text;
}

std::string Field(const std::string& csv, const std::string& doc, const std::string& indicator, int column) {
  size_t at = csv.find("\n" + doc + ",");
  while (at != std::string::npos) {
    const size_t end = csv.find('\n', at + 1);
    const std::string row = csv.substr(at + 1, end - at - 1);
    if (row.find("," + indicator + ",") != std::string::npos) {
      size_t b = 0;
      for (int c = 0; c < column; ++c) b = row.find(',', b) + 1;
      return row.substr(b, row.find(',', b) - b);
    }
    at = csv.find("\n" + doc + ",", end);
  }
  return "?";
}

}  // namespace

TEST_CASE("a PDF, a .docx and a GBK web page give the values and the PDF's page", "[formats][cli]") {
  const TempDir tmp;
  const std::string dir = tmp.path() + "/corpus";
  RunCommand("mkdir -p " + dir);
  REQUIRE(WriteReportPdf(Report("荣昌区", 45, 120), peercard::kDefaultFontPath, dir + "/rongchang.pdf", 30, 10).ok());
  const auto docx = ReportDocx(Report("武侯区", 66, 210));
  REQUIRE(docx.ok());
  WriteBytes(dir + "/wuhou.docx", *docx);
  const auto html = ReportHtml(Report("璧山区", 38, 95), "2024-01-20", "gbk");
  REQUIRE(html.ok());
  WriteBytes(dir + "/bishan.html", *html);
  WriteBytes(dir + "/notes.md", "# not a report\n");
  const std::string obs = tmp.path() + "/obs.csv";
  const CommandResult r = RunCommand(std::string(PEERCARD_BINARY) + " extract -o " + obs + " " + dir + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("3 files read, 1 other files skipped") != std::string::npos);
  const std::string csv = Slurp(obs);
  INFO(csv);
  CHECK(Field(csv, "rongchang.pdf", "consultations", 4) == "45");
  CHECK(Field(csv, "rongchang.pdf", "resolved", 4) == "120");
  CHECK(Field(csv, "rongchang.pdf", "consultations", 2) == "2023");
  CHECK(Field(csv, "rongchang.pdf", "consultations", 11) == "1");  // page 1
  CHECK(Field(csv, "wuhou.docx", "consultations", 4) == "66");
  CHECK(Field(csv, "wuhou.docx", "consultations", 7) == "2");      // paragraph 2
  CHECK(Field(csv, "wuhou.docx", "consultations", 11).empty());    // no page
  CHECK(Field(csv, "bishan.html", "resolved", 4) == "95");
  // The running header (the title on every page) and the footers are gone.
  const CommandResult text = RunCommand(std::string(PEERCARD_BINARY) + " inspect " + dir + "/rongchang.pdf");
  size_t titles = 0;
  for (size_t at = text.output.find("荣昌区政协2023年工作报告"); at != std::string::npos;
       at = text.output.find("荣昌区政协2023年工作报告", at + 1)) {
    ++titles;
  }
  CHECK(titles == 1);
  CHECK(text.output.find("－ 2 －") == std::string::npos);
}

TEST_CASE("a web page reposted in Traditional characters reads as the simplified one, quoting the original",
          "[formats][cli][script]") {
  const TempDir tmp;
  const std::string dir = tmp.path() + "/corpus";
  RunCommand("mkdir -p " + dir);
  const auto hant = TraditionalText(Report("荣昌区", 45, 120));
  REQUIRE(hant.ok());
  REQUIRE(hant->find("榮昌區政協2023年工作報告") != std::string::npos);  // the converter did convert
  const auto html = ReportHtml(*hant, "2024-01-20", "utf-8");
  REQUIRE(html.ok());
  WriteBytes(dir + "/mirror.html", *html);
  const std::string obs = tmp.path() + "/obs.csv";
  const CommandResult r = RunCommand(std::string(PEERCARD_BINARY) + " extract -o " + obs + " " + dir + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  const std::string csv = Slurp(obs);
  INFO(csv);
  CHECK(Field(csv, "mirror.html", "consultations", 1) == "cq-rongchang");
  CHECK(Field(csv, "mirror.html", "consultations", 4) == "45");
  CHECK(Field(csv, "mirror.html", "resolved", 4) == "120");
  CHECK(csv.find("全年開展協商活動45場") != std::string::npos);  // evidence as printed
  const CommandResult text = RunCommand(std::string(PEERCARD_BINARY) + " inspect --no-text " + dir + "/mirror.html");
  CHECK(text.output.find("script: Traditional, read as simplified") != std::string::npos);
}

TEST_CASE("bad PDF, Word and web files are each named with their problem — the good one is read", "[formats][cli]") {
  const TempDir tmp;
  const std::string dir = tmp.path() + "/corpus";
  RunCommand("mkdir -p " + dir);
  REQUIRE(WriteReportPdf(Report("荣昌区", 45, 120), peercard::kDefaultFontPath, dir + "/good.pdf").ok());
  const std::string good = Slurp(dir + "/good.pdf");
  WriteBytes(dir + "/truncated.pdf", good.substr(0, 400));
  WriteBytes(dir + "/scan.pdf",
             "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
  const CommandResult enc = RunCommand("qpdf --encrypt secret owner 256 -- " + dir + "/good.pdf " + dir +
                                       "/locked.pdf 2>&1");
  INFO(enc.output);
  REQUIRE(enc.exit_code == 0);
  WriteBytes(dir + "/notzip.docx", "这不是一个压缩文件");
  const auto page = ReportHtml(Report("璧山区", 38, 95), "", "gbk");
  REQUIRE(page.ok());
  std::string lying = *page;
  lying.replace(lying.find("charset=gbk"), 11, "charset=utf-8");
  WriteBytes(dir + "/lying.html", lying);
  WriteBytes(dir + "/old.doc", "not a word file at all");
  const CommandResult r =
      RunCommand(std::string(PEERCARD_BINARY) + " extract -o " + tmp.path() + "/obs.csv " + dir + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("truncated.pdf: not a readable PDF") != std::string::npos);
  CHECK(r.output.find("scan.pdf: no text layer (a scan?): run OCR first") != std::string::npos);
  CHECK(r.output.find("locked.pdf: encrypted PDF") != std::string::npos);
  CHECK(r.output.find("notzip.docx: not a .docx (not a zip file)") != std::string::npos);
  CHECK(r.output.find("lying.html: bytes do not match the page's charset 'utf-8'") != std::string::npos);
  CHECK(r.output.find("old.doc: ") != std::string::npos);
  CHECK(r.output.find("save it as .docx") != std::string::npos);
  const std::string csv = Slurp(tmp.path() + "/obs.csv");
  CHECK(csv.find("good.pdf,") != std::string::npos);
}
