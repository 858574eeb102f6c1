// CSV as users' spreadsheets save it: line ends, padding, stray quotes.
#include <catch2/catch.hpp>

#include "base/csv.h"

namespace peercard {
namespace {

TEST_CASE("CRLF, LF and lone CR line ends all end rows", "[csv]") {
  for (const char* text : {"code,name_zh\r\ngs-a,甲市\r\ngs-b,乙市\r\n", "code,name_zh\ngs-a,甲市\ngs-b,乙市\n",
                           "code,name_zh\rgs-a,甲市\rgs-b,乙市\r"}) {
    const auto t = ParseCsv(text, "p.csv");
    REQUIRE(t.ok());
    REQUIRE(t->rows.size() == 2);
    CHECK(t->Cell(t->rows[1], "name_zh") == "乙市");
    CHECK(t->rows[1].line == 3);
  }
}

TEST_CASE("a value past the header's columns is an error naming the line — empty padding is not", "[csv]") {
  const auto padded = ParseCsv("code,name_zh\ngs-a,甲市,,\n", "p.csv");
  REQUIRE(padded.ok());
  CHECK(padded->rows[0].cells.size() == 2);
  const auto extra = ParseCsv("code,name_zh\ngs-a,甲市\ngs-b,乙市,3000\n", "p.csv");
  REQUIRE_FALSE(extra.ok());
  CHECK(extra.status().message() == "p.csv:3: 3 cells, the header has 2");
}

TEST_CASE("a quote inside an unquoted cell is a character — quoted cells keep commas and doubled quotes", "[csv]") {
  const auto t = ParseCsv("code,name_zh\ngs-a,恶\"意\"市\ngs-b,\"乙,市\"\"\"\n", "p.csv");
  REQUIRE(t.ok());
  CHECK(t->Cell(t->rows[0], "name_zh") == "恶\"意\"市");
  CHECK(t->Cell(t->rows[1], "name_zh") == "乙,市\"");
  CHECK_FALSE(ParseCsv("code\n\"open\n", "p.csv").ok());
}

TEST_CASE("plain numbers only", "[csv]") {
  CHECK(LooksLikePlainNumber("1234"));
  CHECK(LooksLikePlainNumber("-3.5"));
  CHECK(LooksLikePlainNumber("1e6"));
  for (const char* s : {"inf", "nan", "0x10", " 5", "1e", ""}) CHECK_FALSE(LooksLikePlainNumber(s));
}

}  // namespace
}  // namespace peercard
