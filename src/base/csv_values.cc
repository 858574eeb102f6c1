#include "base/csv_values.h"

#include <charconv>
#include <cmath>

namespace peercard {

std::string FormatCsvNumber(double v) {
  if (std::isnan(v)) return "";
  char buf[64];
  // 2^53: beyond it not every integer is a double, and shortest form is exact anyway.
  if (v == std::floor(v) && std::fabs(v) <= 9007199254740992.0) {
    const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
    return std::string(buf, r.ptr);
  }
  const auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest round-trip form
  return std::string(buf, r.ptr);
}

std::optional<double> ParseCsvNumber(std::string_view cell) {
  if (cell.empty()) return std::nullopt;
  // from_chars rejects a leading '+', which spreadsheets sometimes keep.
  if (cell.front() == '+') cell.remove_prefix(1);
  double v = 0;
  const auto r = std::from_chars(cell.data(), cell.data() + cell.size(), v);
  if (r.ec != std::errc() || r.ptr != cell.data() + cell.size() || !std::isfinite(v)) {
    return std::nullopt;
  }
  return v;
}

std::optional<long long> ParseCsvInteger(std::string_view cell) {
  if (cell.empty()) return std::nullopt;
  long long v = 0;
  const auto r = std::from_chars(cell.data(), cell.data() + cell.size(), v);
  if (r.ec != std::errc() || r.ptr != cell.data() + cell.size()) return std::nullopt;
  return v;
}

std::string UnescapeCsvText(std::string_view cell) {
  auto trigger = [](char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; };
  // CsvCell adds one apostrophe before a trigger, and one more before a text
  // that already had one there ("'=x" → "''=x"): remove one.
  if (cell.size() >= 2 && cell[0] == '\'' &&
      (trigger(cell[1]) || (cell.size() >= 3 && cell[1] == '\'' && trigger(cell[2])))) {
    return std::string(cell.substr(1));
  }
  return std::string(cell);
}

}  // namespace peercard
