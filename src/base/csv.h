// CSV as Excel and the users' folders have it: RFC 4180 quoting, optional
// UTF-8 BOM, CRLF or LF line ends.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace peercard {

// A parsed CSV file with a header row. Rows keep their 1-based line number in
// the file so that errors can name it.
struct CsvTable {
  std::vector<std::string> header;
  struct Row {
    int line = 0;
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;

  // Index of a header column, or -1.
  int Column(std::string_view name) const;
  // The cell of `row` in column `name`, or "" when the column or cell is absent.
  std::string Cell(const Row& row, std::string_view name) const;
};

// Parses CSV text (BOM stripped; CRLF, LF or lone CR line ends). `source`
// names the file in error messages. Returns InvalidArgument for an
// unterminated quote, an empty file, or a row with values past the header's
// columns (empty padding cells are dropped). A quote inside an unquoted cell
// is kept as a character.
// Pure; safe from any thread.
Result<CsvTable> ParseCsv(std::string_view text, const std::string& source);

// A plain decimal number: optional sign, digits, optional fraction and
// exponent. Not strtod, which also takes " 5", "inf", "nan" and "0x1A".
bool LooksLikePlainNumber(std::string_view s);

// Reads, decodes and parses a CSV file: UTF-8 with or without BOM, UTF-16
// with BOM, or GB18030/GBK (Excel and WPS save CSV as GBK on Chinese
// Windows), detected as for reports (text_encoding.h). Errors name the path:
// NotFound/IoError from reading, InvalidArgument "PATH: not valid UTF-8,
// UTF-16 or GB18030 (byte N)" or "PATH: binary file (NUL bytes)", and
// ParseCsv's.
Result<CsvTable> ReadCsvFile(const std::string& path);

// Quotes a cell when it holds a comma, quote or line break. A text cell that
// Excel would run as a formula (starting with = + - @, tab or CR) gets a
// leading apostrophe, unless it is a plain number such as "-3.5".
std::string CsvCell(std::string_view cell);

// Joins cells into one CSV line ending in "\n", each passed through CsvCell.
std::string CsvLine(const std::vector<std::string>& cells);

// The UTF-8 byte order mark that makes Excel read a CSV as UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace peercard
