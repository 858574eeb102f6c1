#include "tables/observations_csv.h"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <unordered_set>

#include "base/csv.h"
#include "base/csv_values.h"

namespace peercard {

std::string FormatObservationsCsv(std::vector<Observation> obs) {
  std::stable_sort(obs.begin(), obs.end(), [](const Observation& a, const Observation& b) {
    return std::tie(a.doc, a.city, a.period, a.indicator) <
           std::tie(b.doc, b.city, b.period, b.indicator);
  });
  std::string out(kUtf8Bom);
  out += CsvLine(std::vector<std::string>(std::begin(kObservationColumns), std::end(kObservationColumns)));
  for (const Observation& o : obs) {
    const bool na = !o.value.has_value();
    out += CsvLine({o.doc, o.city, o.period.ToString(), o.indicator,
                    na ? "NA" : FormatCsvNumber(*o.value),
                    na ? "" : std::string(QualifierName(o.qualifier)),
                    na ? "" : o.unit,
                    na ? "" : std::to_string(o.line),
                    na ? "" : std::to_string(o.offset),
                    na ? "" : o.evidence,
                    o.rule,
                    na || o.page <= 0 ? "" : std::to_string(o.page)});
  }
  return out;
}

namespace {

// Reads the value, unit, line, offset, evidence and rule cells into *o.
std::string ReadValueCells(const CsvTable& t, const CsvTable::Row& row, Observation* o) {
  const std::string value = t.Cell(row, "value");
  if (value != "NA" && !value.empty()) {
    const auto v = ParseCsvNumber(value);
    if (!v) return "value '" + value + "' is not a number or NA";
    if (*v < 0) return "value '" + value + "' is negative";
    o->value = *v;
  }
  o->unit = t.Cell(row, "unit");
  for (const char* column : {"line", "offset", "page"}) {
    const std::string cell = t.Cell(row, column);
    if (cell.empty()) continue;
    const auto n = ParseCsvInteger(cell);
    if (!n || *n < 0) return std::string(column) + " '" + cell + "' is not a non-negative integer";
    if (column[0] == 'l') {
      o->line = static_cast<int>(*n);
    } else if (column[0] == 'p') {
      o->page = static_cast<int>(*n);
    } else {
      o->offset = static_cast<long>(*n);
    }
  }
  o->evidence = UnescapeCsvText(t.Cell(row, "evidence"));
  o->rule = t.Cell(row, "rule");
  return "";
}

}  // namespace

std::string ReadObservationKeyCells(const CsvTable& t, const CsvTable::Row& row,
                                    const std::vector<IndicatorSpec>& catalogue, bool allow_unknown_period,
                                    Observation* o) {
  o->doc = UnescapeCsvText(t.Cell(row, "doc"));
  o->city = t.Cell(row, "city");
  if (!IsValidPlaceCode(o->city)) {
    return "place code '" + o->city + "' must be lower-case letters, digits and '-'";
  }
  const std::string period = t.Cell(row, "period");
  if (allow_unknown_period && period == Period{}.ToString()) {
    o->period = Period{};
  } else {
    const auto p = ParsePeriodLabel(period);
    if (!p.ok()) return p.status().message();
    o->period = *p;
  }
  o->indicator = t.Cell(row, "indicator");
  if (FindIndicator(catalogue, o->indicator) < 0) {
    return "unknown indicator '" + o->indicator + "' (no metrics file defines it)";
  }
  const std::string qualifier = t.Cell(row, "qualifier");
  const auto q = ParseQualifierName(qualifier);
  if (!q) return "qualifier '" + qualifier + "' is not exact, at_least, approx or at_most";
  o->qualifier = *q;
  return "";
}

Result<std::vector<Observation>> ReadObservationsCsv(const std::string& path,
                                                     const std::vector<IndicatorSpec>& catalogue,
                                                     const std::vector<Place>& places,
                                                     Diagnostics* warnings) {
  auto table = ReadCsvFile(path);
  if (!table.ok()) return table.status();
  for (const char* need : {"doc", "city", "period", "indicator", "value"}) {
    if (table->Column(need) < 0) {
      return Status::InvalidArgument(path + ": missing column '" + need + "'");
    }
  }
  std::unordered_set<std::string> known;
  for (const Place& p : places) known.insert(p.code);
  std::vector<Observation> out;
  out.reserve(table->rows.size());
  for (const auto& row : table->rows) {
    const std::string where = path + ":" + std::to_string(row.line) + ": ";
    Observation o;
    std::string problem = ReadObservationKeyCells(*table, row, catalogue, true, &o);
    if (problem.empty()) problem = ReadValueCells(*table, row, &o);
    if (!problem.empty()) return Status::InvalidArgument(where + problem);
    if (warnings && known.count(o.city) == 0) {
      warnings->push_back({DiagnosticKind::kUnlistedPlace, path, row.line, o.city,
                           "place '" + o.city + "' is not in the places table"});
    }
    out.push_back(std::move(o));
  }
  return out;
}

std::vector<Observation> ReadObservationFiles(const std::vector<std::string>& paths, const Catalogue& catalogue,
                                              Diagnostics* warnings, Diagnostics* errors) {
  std::vector<Observation> obs;
  for (const std::string& path : paths) {
    auto read = ReadObservationsCsv(path, catalogue.indicators, catalogue.places, warnings);
    if (!read.ok()) {
      errors->push_back({DiagnosticKind::kInput, "", 0, "", read.status().message()});
      continue;
    }
    obs.insert(obs.end(), std::make_move_iterator(read->begin()), std::make_move_iterator(read->end()));
  }
  return obs;
}

}  // namespace peercard
