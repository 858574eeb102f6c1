#include "base/csv.h"

#include "base/file_bytes.h"
#include "base/text_encoding.h"

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
  bool quoted_cell = false;  // the cell being read opened with a quote
  std::string extra_cells;   // the first row with more cells than the header
  auto end_row = [&]() {
    cells.push_back(std::move(cell));
    cell.clear();
    quoted_cell = false;
    if (row_has_content) {
      if (table.header.empty()) {
        table.header = std::move(cells);
      } else {
        // Empty cells past the header are what spreadsheets pad rows with; a
        // value there belongs to no column.
        while (cells.size() > table.header.size() && cells.back().empty()) cells.pop_back();
        if (cells.size() > table.header.size() && extra_cells.empty()) {
          extra_cells = source + ":" + std::to_string(row_line) + ": " + std::to_string(cells.size()) +
                        " cells, the header has " + std::to_string(table.header.size());
        }
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
        // The run up to the next quote, at once (sources quote long cells).
        size_t q = text.find('"', i);
        if (q == std::string_view::npos) q = text.size();
        const std::string_view run = text.substr(i, q - i);
        for (char r : run) line += r == '\n';
        cell.append(run);
        i = q - 1;
      }
      continue;
    }
    switch (c) {
      case '"':
        // A quote opens a quoted cell only at its start; inside an unquoted
        // cell (恶"意"市) it is a character of the cell.
        if (cell.empty() && !quoted_cell) {
          in_quotes = quoted_cell = true;
        } else {
          cell += c;
        }
        row_has_content = true;
        break;
      case ',':
        cells.push_back(std::move(cell));
        cell.clear();
        quoted_cell = false;
        row_has_content = true;
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;
        [[fallthrough]];  // a lone CR (old Mac, some exports) ends the line
      case '\n':
        end_row();
        ++line;
        row_line = line;
        break;
      default: {
        // The run of plain bytes up to the next special one, at once.
        size_t e = i + 1;
        while (e < text.size() && text[e] != ',' && text[e] != '\n' && text[e] != '\r' && text[e] != '"') ++e;
        cell.append(text.substr(i, e - i));
        i = e - 1;
        row_has_content = true;
      }
    }
  }
  if (in_quotes) {
    return Status::InvalidArgument(source + ":" + std::to_string(row_line) +
                                   ": unterminated quoted cell");
  }
  end_row();
  if (table.header.empty()) return Status::InvalidArgument(source + ": empty CSV file, no header row");
  if (!extra_cells.empty()) return Status::InvalidArgument(extra_cells);
  for (auto& h : table.header) {
    while (!h.empty() && (h.back() == ' ')) h.pop_back();
  }
  return table;
}

Result<CsvTable> ReadCsvFile(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxInputBytes);
  if (!bytes.ok()) return bytes.status();
  // A file of nothing but a BOM and spaces gets ParseCsv's message ("empty
  // CSV file"), not the decoder's.
  if (bytes->find_first_not_of(" \t\r\n\xEF\xBB\xBF") == std::string::npos) return ParseCsv(*bytes, path);
  // Decoded as reports are: UTF-8 with or without BOM, UTF-16 with BOM,
  // GB18030/GBK (what Excel and WPS write on Chinese Windows).
  Result<DecodedText> text = DecodeBytes(*bytes, path);
  if (!text.ok()) return text.status();
  return ParseCsv(text->utf8, path);
}

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

namespace {

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
