#include "tables/xlsx_export.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

#include "cli_test_util.h"

namespace peercard {
namespace {

// One member of the zip at `xlsx`, read with python3's zipfile.
std::string ZipMember(const std::string& xlsx, const std::string& member) {
  const CommandResult r = RunCommand(
      "python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' '" +
      xlsx + "' '" + member + "'");
  REQUIRE(r.exit_code == 0);
  return r.output;
}

// The <c …>…</c> element of cell `ref` ("E2") in a sheet's XML, or "".
std::string CellXml(const std::string& sheet, const std::string& ref) {
  const size_t at = sheet.find("<c r=\"" + ref + "\"");
  if (at == std::string::npos) return "";
  const size_t self_closed = sheet.find("/>", at);
  const size_t closed = sheet.find("</c>", at);
  const size_t next = sheet.find("<c ", at + 1);
  if (self_closed < closed && self_closed < next) return sheet.substr(at, self_closed + 2 - at);
  return sheet.substr(at, closed + 4 - at);
}

std::vector<IndicatorSpec> Catalogue() {
  IndicatorSpec a;
  a.id = "consultations";
  a.label_zh = "协商活动场次";
  IndicatorSpec b;
  b.id = "resolved";
  b.label_zh = "解决问题件数[试行]";  // brackets are not allowed in a sheet name
  return {a, b};
}

std::vector<ComparisonRow> Rows() {
  ComparisonRow wuwei;
  wuwei.city = "gs-wuwei";
  wuwei.name_zh = "武威市";
  wuwei.indicator = "consultations";
  wuwei.year_used = 2021;
  wuwei.period = Period{2017, 2021};
  wuwei.value = 2289;
  wuwei.per_year = 457.8;
  wuwei.per_10k = 3.13;  // per_township stays NaN
  wuwei.peer.n = 4;
  wuwei.robust_z = -1.25;
  wuwei.percentile = 62.5;
  wuwei.rank = 2;
  wuwei.reviewed = true;
  wuwei.doc = "wuwei_2021.txt";
  ComparisonRow lanzhou = wuwei;
  lanzhou.city = "gs-lanzhou";
  lanzhou.name_zh = "兰州市";
  lanzhou.value = 1000;
  lanzhou.qualifier = Qualifier::kAtLeast;
  lanzhou.reviewed = false;
  ComparisonRow resolved = wuwei;
  resolved.indicator = "resolved";
  resolved.value = std::nan("");
  resolved.year_used = 0;
  resolved.reviewed = false;
  resolved.reason = {{ReasonCode::kNoValue, {{"span", "2019-2021"}}}};
  return {wuwei, lanzhou, resolved};
}

std::vector<Observation> Observations() {
  Observation o;
  o.doc = "wuwei_2021.txt";
  o.city = "gs-wuwei";
  o.period = Period{2017, 2021};
  o.indicator = "consultations";
  o.value = 2289;
  o.line = 12;
  o.evidence = "=HYPERLINK(\"http://example.com\",\"点击\")";
  o.rule = "consultations.activity";
  o.reviewed = true;
  o.review_reason = "核对原文";
  Observation na = o;
  na.indicator = "resolved";
  na.value = std::nullopt;  // NA rows have no evidence row
  return {o, na};
}

}  // namespace

TEST_CASE("sheet names: forbidden characters, 31 characters, unique", "[xlsx]") {
  CHECK(XlsxSheetName("协商活动场次", "consultations", {}) == "协商活动场次");
  CHECK(XlsxSheetName("a[b]:c*d?e/f\\g", "x", {}) == "abcdefg");
  CHECK(XlsxSheetName("'引号'", "x", {}) == "引号");
  CHECK(XlsxSheetName("[]", "resolved", {}) == "resolved");
  const std::string long_label = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三";
  CHECK(XlsxSheetName(long_label, "x", {}) == "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一");
  CHECK(XlsxSheetName("Rate", "x", {"rate"}) == "Rate (2)");
  CHECK(XlsxSheetName(long_label, "x", {"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"}) ==
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七 (2)");
}

TEST_CASE("comparison.xlsx: sheets, numbers, empty NaN, evidence as text", "[xlsx]") {
  TempDir dir;
  const std::string path = dir.path() + "/output/comparison.xlsx";
  REQUIRE(WriteComparisonXlsx(path, Rows(), Observations(), Catalogue(), 1700000000).ok());
  // Nothing but the workbook is left in the folder (the temporary was renamed).
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path() + "/output")) {
    ++files;
    CHECK(e.path().filename() == "comparison.xlsx");
  }
  CHECK(files == 1);

  const std::string workbook = ZipMember(path, "xl/workbook.xml");
  CHECK(workbook.find("<sheet name=\"总览 overview\" sheetId=\"1\"") != std::string::npos);
  CHECK(workbook.find("<sheet name=\"协商活动场次\" sheetId=\"2\"") != std::string::npos);
  CHECK(workbook.find("<sheet name=\"解决问题件数试行\" sheetId=\"3\"") != std::string::npos);
  CHECK(workbook.find("<sheet name=\"证据 evidence\" sheetId=\"4\"") != std::string::npos);
  CHECK(workbook.find("说明 notes") == std::string::npos);  // no notes given: no notes sheet

  // Rows are sorted by place code: gs-lanzhou on row 2, gs-wuwei on row 3.
  const std::string sheet1 = ZipMember(path, "xl/worksheets/sheet2.xml");
  CHECK(sheet1.find("<pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\"") != std::string::npos);  // frozen
  CHECK(CellXml(sheet1, "E3").find("<v>2289</v>") != std::string::npos);
  CHECK(CellXml(sheet1, "G3").find("<v>457.8</v>") != std::string::npos);
  CHECK(CellXml(sheet1, "I3").empty());  // per_township is NaN: no cell at all, never 0
  CHECK(CellXml(sheet1, "L3").empty());  // z is NaN
  CHECK(CellXml(sheet1, "M3").find("<v>-1.25</v>") != std::string::npos);
  const std::string styles = ZipMember(path, "xl/styles.xml");
  for (const char* format : {"#,##0", "#,##0.0", "0.00", "0.0"}) {
    CHECK(styles.find(std::string("formatCode=\"") + format + "\"") != std::string::npos);
  }
  const std::string strings = ZipMember(path, "xl/sharedStrings.xml");
  CHECK(strings.find("<t>≥1000</t>") != std::string::npos);  // the qualifier is shown
  CHECK(strings.find("<t>✓ 核对原文</t>") != std::string::npos);
  CHECK(strings.find("<t>2017-2021</t>") != std::string::npos);

  const std::string sheet2 = ZipMember(path, "xl/worksheets/sheet3.xml");
  CHECK(CellXml(sheet2, "E2").empty());  // NA value
  CHECK(CellXml(sheet2, "C2").empty());  // no year used
  CHECK(CellXml(sheet2, "W2").find("t=\"s\"") != std::string::npos);

  // The evidence sentence is a shared string, not a formula.
  const std::string evidence = ZipMember(path, "xl/worksheets/sheet4.xml");
  const std::string cell = CellXml(evidence, "I2");  // after the page and line columns
  CHECK(cell.find("t=\"s\"") != std::string::npos);
  CHECK(evidence.find("<f>") == std::string::npos);
  CHECK(strings.find("<t>=HYPERLINK(\"http://example.com\",\"点击\")</t>") != std::string::npos);
  // The NA observation has no evidence row of its own; the missing value of
  // the comparison has one, with its reason, after the stated ones.
  CHECK(CellXml(evidence, "A4").empty());
  CHECK(CellXml(evidence, "E3").empty());
  CHECK(strings.find("<t>未披露 not disclosed</t>") != std::string::npos);
  CHECK(strings.find("<t>no value in 2019-2021</t>") != std::string::npos);  // no wording given: as is
  CHECK(ZipMember(path, "docProps/core.xml").find("2023-11-14T22:13:20Z") != std::string::npos);
}

TEST_CASE("comparison.xlsx: an overview by composite rank, trend columns, worded reasons and notes", "[xlsx]") {
  TempDir dir;
  const std::string path = dir.path() + "/comparison.xlsx";
  std::vector<ComparisonRow> rows = Rows();
  rows[0].composite_rank = 2;  // gs-wuwei
  rows[2].composite_rank = 2;
  rows[1].composite_rank = 1;  // gs-lanzhou, first
  rows[0].trend_comparable = true;
  rows[0].prev_year = 2016;
  rows[0].prev_value = 2000;
  rows[0].change_abs = 289;
  rows[0].change_pct = 14.45;
  XlsxWording wording;
  wording.reason = [](const Reasons& r) {
    return r.size() == 1 && r[0].code == ReasonCode::kNoValue ? r[0].args[0].second + " 年无数值" : English(r);
  };
  wording.notes = {"总览：每个地区一行。", "证据：每个数值的原句。"};
  REQUIRE(WriteComparisonXlsx(path, rows, Observations(), Catalogue(), 1700000000, wording).ok());
  const std::string workbook = ZipMember(path, "xl/workbook.xml");
  CHECK(workbook.find("<sheet name=\"说明 notes\" sheetId=\"5\"") != std::string::npos);
  const std::string overview = ZipMember(path, "xl/worksheets/sheet1.xml");
  const std::string strings = ZipMember(path, "xl/sharedStrings.xml");
  // The shared string a cell refers to.
  const auto text_of = [&](const std::string& cell) -> std::string {
    const size_t v = cell.find("<v>");
    if (v == std::string::npos || cell.find("t=\"s\"") == std::string::npos) return "";
    const int index = std::stoi(cell.substr(v + 3));
    size_t at = 0;
    for (int i = 0; i <= index; ++i) at = strings.find("<si>", at) + 4;
    const size_t t = strings.find("<t>", at) + 3;
    return strings.substr(t, strings.find("</t>", t) - t);
  };
  CHECK(text_of(CellXml(overview, "B2")) == "gs-lanzhou");  // rank 1 first
  CHECK(text_of(CellXml(overview, "B3")) == "gs-wuwei");
  CHECK(text_of(CellXml(overview, "I2")) == "≥1000");        // consultations as printed
  CHECK(CellXml(overview, "K2").empty());                    // qualified: no change
  CHECK(text_of(CellXml(overview, "I3")) == "2289");
  CHECK(CellXml(overview, "K3").find("<v>14.45</v>") != std::string::npos);
  CHECK(text_of(CellXml(overview, "L3")) == "未披露");       // resolved is missing
  CHECK(strings.find("解决问题件数[试行] 比上年% change") != std::string::npos);
  // The indicator sheet's trend columns: previous year, value, change, change %.
  const std::string sheet = ZipMember(path, "xl/worksheets/sheet2.xml");
  CHECK(CellXml(sheet, "X3").find("<v>2016</v>") != std::string::npos);
  CHECK(CellXml(sheet, "Y3").find("<v>2000</v>") != std::string::npos);
  CHECK(CellXml(sheet, "AA3").find("<v>14.45</v>") != std::string::npos);
  CHECK(strings.find("<t>2019-2021 年无数值</t>") != std::string::npos);  // the worded reason
  CHECK(strings.find("<t>总览：每个地区一行。</t>") != std::string::npos);
}

TEST_CASE("comparison.xlsx: the same inputs give the same bytes", "[xlsx]") {
  TempDir dir;
  const std::string a = dir.path() + "/a.xlsx", b = dir.path() + "/b.xlsx";
  REQUIRE(WriteComparisonXlsx(a, Rows(), Observations(), Catalogue()).ok());
  REQUIRE(WriteComparisonXlsx(b, Rows(), Observations(), Catalogue()).ok());
  CHECK(Slurp(a) == Slurp(b));
  CHECK_FALSE(Slurp(a).empty());
}

TEST_CASE("comparison.xlsx: an unwritable path is an IoError naming it", "[xlsx]") {
  TempDir dir;
  WriteBytes(dir.path() + "/file", "x");
  const Status s = WriteComparisonXlsx(dir.path() + "/file/comparison.xlsx", Rows(), Observations(), Catalogue());
  CHECK(s.code() == Status::Code::kIoError);
  CHECK(s.message().find(dir.path() + "/file") != std::string::npos);
}

}  // namespace peercard
