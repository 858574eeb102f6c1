#include "base/csv.h"

#include "base/file_bytes.h"

namespace peercard {

int CsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string CsvTable::Cell(const Row& row, std::string_view name) const {
  const int i = Column(name);
  if (i < 0 || static_cast<size_t>(i) >= row.cells.size()) return "";
  return row.cells[i];
}

Result<CsvTable> ParseCsv(std::string_view text, const std::string& source) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  CsvTable table;
  std::vector<std::string> cells;
  std::string cell;
  bool in_quotes = false;
  bool row_has_content = false;
  int line = 1;
  int row_line = 1;
  auto end_row = [&]() {
    cells.push_back(std::move(cell));
    cell.clear();
    if (row_has_content) {
      if (table.header.empty()) {
        table.header = std::move(cells);
      } else {
        table.rows.push_back({row_line, std::move(cells)});
      }
    }
    cells.clear();
    row_has_content = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_quotes = true;
        row_has_content = true;
        break;
      case ',':
        cells.push_back(std::move(cell));
        cell.clear();
        row_has_content = true;
        break;
      case '\r':
        break;
      case '\n':
        end_row();
        ++line;
        row_line = line;
        break;
      default:
        cell += c;
        row_has_content = true;
    }
  }
  if (in_quotes) {
    return Status::InvalidArgument(source + ":" + std::to_string(row_line) +
                                   ": unterminated quoted cell");
  }
  end_row();
  if (table.header.empty()) return Status::InvalidArgument(source + ": empty CSV file, no header row");
  for (auto& h : table.header) {
    while (!h.empty() && (h.back() == ' ')) h.pop_back();
  }
  return table;
}

Result<CsvTable> ReadCsvFile(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  return ParseCsv(*bytes, path);
}

namespace {

// A plain decimal number: optional sign, digits, optional fraction and
// exponent. Not strtod, which also takes " 5", "inf", "nan" and "0x1A".
bool LooksLikePlainNumber(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  const size_t digits_start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  bool digits = i > digits_start;
  if (i < s.size() && s[i] == '.') {
    const size_t f = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    digits = digits || i > f;
  }
  if (!digits) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    const size_t e = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == e) return false;
  }
  return i == s.size();
}

bool IsFormulaTrigger(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

}  // namespace

std::string CsvCell(std::string_view cell) {
  std::string out(cell);
  // Formula injection: "=HYPERLINK(...)" in a report sentence must not run in Excel.
  // A text that already starts with an apostrophe before a trigger gets one
  // more, so that reading it back (UnescapeCsvText) gives the text itself.
  if (!out.empty() && ((IsFormulaTrigger(out[0]) && !LooksLikePlainNumber(out)) ||
                       (out[0] == '\'' && out.size() > 1 && IsFormulaTrigger(out[1])))) {
    out.insert(out.begin(), '\'');
  }
  if (out.find_first_of(",\"\n\r") == std::string::npos) return out;
  std::string quoted = "\"";
  for (char c : out) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string CsvLine(const std::vector<std::string>& cells) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) line += ',';
    line += CsvCell(cells[i]);
  }
  line += '\n';
  return line;
}

}  // namespace peercard
