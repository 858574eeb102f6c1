#include "model/places.h"

#include <cstdlib>

#include "base/csv.h"

namespace peercard {

namespace {

std::vector<std::string> SplitAliases(const std::string& cell) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= cell.size()) {
    const size_t end = cell.find(';', start);
    std::string part = cell.substr(start, end == std::string::npos ? std::string::npos : end - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) out.push_back(part);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// Parses a non-negative figure; "" is 0 (unknown).
bool ParseFigure(const std::string& cell, double* out) {
  if (cell.empty()) {
    *out = 0;
    return true;
  }
  char* end = nullptr;
  const double v = std::strtod(cell.c_str(), &end);
  if (end != cell.c_str() + cell.size() || v < 0) return false;
  *out = v;
  return true;
}

}  // namespace

bool IsValidPlaceCode(const std::string& code) {
  if (code.empty() || code.front() == '-' || code.size() > 64) return false;
  for (char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

Result<std::vector<Place>> LoadPlacesCsv(const std::string& path) {
  auto table = ReadCsvFile(path);
  if (!table.ok()) return table.status();
  for (const char* need : {"code", "name_zh"}) {
    if (table->Column(need) < 0) {
      return Status::InvalidArgument(path + ": missing column '" + need + "'");
    }
  }
  std::vector<Place> places;
  for (const auto& row : table->rows) {
    const std::string where = path + ":" + std::to_string(row.line) + ": ";
    Place p;
    p.code = table->Cell(row, "code");
    p.name_zh = table->Cell(row, "name_zh");
    if (!IsValidPlaceCode(p.code)) {
      return Status::InvalidArgument(where + "place code '" + p.code +
                                     "' must be lower-case letters, digits and '-'");
    }
    if (p.name_zh.empty()) return Status::InvalidArgument(where + "place '" + p.code + "' has no name_zh");
    for (const auto& other : places) {
      if (other.code == p.code) return Status::InvalidArgument(where + "duplicate place code '" + p.code + "'");
    }
    p.name_en = table->Cell(row, "name_en");
    p.aliases = SplitAliases(table->Cell(row, "aliases"));
    p.province = table->Cell(row, "province");
    p.level = table->Cell(row, "level");
    if (!ParseFigure(table->Cell(row, "population_2020"), &p.population_2020)) {
      return Status::InvalidArgument(where + "population_2020 '" + table->Cell(row, "population_2020") +
                                     "' is not a number");
    }
    if (!ParseFigure(table->Cell(row, "townships"), &p.townships)) {
      return Status::InvalidArgument(where + "townships '" + table->Cell(row, "townships") +
                                     "' is not a number");
    }
    p.population_source = table->Cell(row, "population_source");
    p.townships_year = table->Cell(row, "townships_year");
    p.townships_source = table->Cell(row, "townships_source");
    places.push_back(std::move(p));
  }
  return places;
}

void MergePlaces(std::vector<Place>* base, const std::vector<Place>& extra) {
  for (const auto& p : extra) {
    bool replaced = false;
    for (auto& b : *base) {
      if (b.code == p.code) {
        b = p;
        replaced = true;
      }
    }
    if (!replaced) base->push_back(p);
  }
}

}  // namespace peercard
