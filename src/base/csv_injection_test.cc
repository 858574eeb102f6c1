// CSV cells that Excel would run as formulas are neutralised in every CSV
// peercard writes (csv.h), numbers stay numbers, and what CsvLine writes
// ParseCsv reads back.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/csv.h"
#include "base/csv_values.h"

namespace peercard {
namespace {

// CsvLine per row, each line ending in `eol`.
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows, const std::string& eol) {
  std::string text(kUtf8Bom);
  for (const auto& row : rows) {
    std::string line = CsvLine(row);
    line.pop_back();  // CsvLine ends in "\n"
    text += line + eol;
  }
  return text;
}

}  // namespace

TEST_CASE("CsvCell neutralises cells Excel would run as formulas", "[csv]") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"=SUM(A1:A9)", "'=SUM(A1:A9)"},
      {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},  // neutralised, then quoted
      {"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
      {"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
      {"-2+3", "'-2+3"},
      {"@SUM(1)", "'@SUM(1)"},
      {"\t=1", "'\t=1"},
      {"\r=1", "\"'\r=1\""},
      {"=", "'="},
      {"-", "'-"},
      {"+", "'+"},
      {"-3.5 ", "'-3.5 "},  // not a plain number: a trailing space
      {"=1,2", "\"'=1,2\""},
      {"-协商", "'-协商"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(CsvCell(c.in) == c.out);
  }
}

TEST_CASE("CsvCell keeps numbers as numbers", "[csv]") {
  for (const std::string n : {"-3.5", "-1", "+5", "-0", "-1e5", "-0.25", "2289", "457.8", "0"}) {
    INFO(n);
    CHECK(CsvCell(n) == n);
    CHECK(ParseCsvNumber(CsvCell(n)).has_value());
  }
  CHECK(CsvCell(FormatCsvNumber(-3.5)) == "-3.5");
}

TEST_CASE("CsvCell quotes commas, quotes and line breaks — leaves the rest", "[csv]") {
  CHECK(CsvCell("a,b") == "\"a,b\"");
  CHECK(CsvCell("他说\"好\"") == "\"他说\"\"好\"\"\"");
  CHECK(CsvCell("第一行\n第二行") == "\"第一行\n第二行\"");
  CHECK(CsvCell("a\r\nb") == "\"a\r\nb\"");
  CHECK(CsvCell("协商活动2289场次") == "协商活动2289场次");
  CHECK(CsvCell("") == "");
  CHECK(CsvCell("'quoted'") == "'quoted'");
  CHECK(CsvLine({"a", "=1", "-3.5", "x,y", ""}) == "a,'=1,-3.5,\"x,y\",\n");
}

TEST_CASE("ParseCsv reads back what CsvLine wrote: BOM, LF or CRLF, Chinese text", "[csv]") {
  const std::vector<std::vector<std::string>> rows = {
      {"doc", "city", "value", "evidence"},
      {"报告/武威 2021.txt", "gs-wuwei", "2289", "全市开展协商议事活动2289场次，解决问题“1000余件”。"},
      {"a,b.txt", "gs-lanzhou", "-3.5", "=HYPERLINK(\"http://example.com\",\"点击\")"},
      {"c.txt", "gs-jinchang", "", "第一行\n第二行\r\n第三行"},
      {"d.txt", "gs-baiyin", "NA", "@cmd"},
      {"e.txt", "gs-dingxi", "+7", "-开展"},
  };
  for (const std::string eol : {"\n", "\r\n"}) {
    INFO((eol == "\n" ? "LF" : "CRLF"));
    const std::string text = WriteCsv(rows, eol);
    const auto table = ParseCsv(text, "x.csv");
    REQUIRE(table.ok());
    CHECK(table->header == rows[0]);  // the BOM is not part of the first name
    REQUIRE(table->rows.size() == rows.size() - 1);
    for (size_t i = 1; i < rows.size(); ++i) {
      const auto& cells = table->rows[i - 1].cells;
      REQUIRE(cells.size() == rows[i].size());
      for (size_t j = 0; j < cells.size(); ++j) {
        INFO("row " << i << " cell " << j);
        CHECK(UnescapeCsvText(cells[j]) == rows[i][j]);
      }
    }
    // Lines count the line breaks inside quoted cells.
    CHECK(table->rows[2].line == 4);
    CHECK(table->rows[3].line == 7);
    CHECK(table->Cell(table->rows[1], "value") == "-3.5");
    CHECK(table->Cell(table->rows[1], "evidence") == "'=HYPERLINK(\"http://example.com\",\"点击\")");
  }
}

TEST_CASE("ParseCsv errors name the file and line", "[csv]") {
  const auto unterminated = ParseCsv("a,b\n1,\"open\n2,3\n", "x.csv");
  REQUIRE_FALSE(unterminated.ok());
  CHECK(unterminated.status().message() == "x.csv:2: unterminated quoted cell");
  const auto empty = ParseCsv(std::string(kUtf8Bom), "y.csv");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "y.csv: empty CSV file, no header row");
}

// Once gaps, now pinned: a text that starts with an apostrophe and a trigger
// round-trips; strtod's leniency (whitespace, inf, nan, hex) is not a number.
TEST_CASE("an apostrophe before a trigger round-trips — only plain decimals stay unescaped", "[csv]") {
  CHECK(UnescapeCsvText(CsvCell("'=x")) == "'=x");
  for (const std::string s : {"\t5", "-inf", "-nan", "-0x1A"}) {
    INFO(s);
    CHECK(CsvCell(s) == "'" + s);
  }
}

}  // namespace peercard
