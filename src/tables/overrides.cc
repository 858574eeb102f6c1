#include "tables/overrides.h"

#include <map>
#include <tuple>

#include "base/csv.h"
#include "base/csv_values.h"
#include "tables/observations_csv.h"

namespace peercard {

namespace {

// Reads one data row into *o; returns the problem ("" when fine).
std::string ReadRow(const CsvTable& t, const CsvTable::Row& row,
                    const std::vector<IndicatorSpec>& catalogue, Override* o) {
  Observation key;
  const std::string problem = ReadObservationKeyCells(t, row, catalogue, false, &key);
  if (!problem.empty()) return problem;
  o->doc = std::move(key.doc);
  o->city = std::move(key.city);
  o->period = key.period;
  o->indicator = std::move(key.indicator);
  o->qualifier = key.qualifier;
  const std::string value = t.Cell(row, "value");
  if (value != "NA") {
    const auto v = ParseCsvNumber(value);
    if (!v || *v < 0) return "value '" + value + "' is not a non-negative number or NA";
    o->value = *v;
  }
  o->reason = UnescapeCsvText(t.Cell(row, "reason"));
  if (o->reason.empty()) return "an override needs a reason";
  return "";
}

}  // namespace

Result<std::vector<Override>> ReadOverridesCsv(const std::string& path,
                                               const std::vector<IndicatorSpec>& catalogue) {
  auto table = ReadCsvFile(path);
  if (!table.ok()) return table.status();
  for (const char* need : {"city", "period", "indicator", "value", "reason"}) {
    if (table->Column(need) < 0) return Status::InvalidArgument(path + ": missing column '" + need + "'");
  }
  std::vector<Override> out;
  std::map<std::tuple<std::string, std::string, Period, std::string>, std::string> seen;
  for (const auto& row : table->rows) {
    Override o;
    o.where = path + ":" + std::to_string(row.line);
    const std::string problem = ReadRow(*table, row, catalogue, &o);
    if (!problem.empty()) return Status::InvalidArgument(o.where + ": " + problem);
    const auto [it, fresh] = seen.emplace(std::make_tuple(o.doc, o.city, o.period, o.indicator), o.where);
    if (!fresh) {
      return Status::InvalidArgument(o.where + ": a second override for " + o.city + " " + o.period.ToString() +
                                     " " + o.indicator + " (first at " + it->second + ")");
    }
    out.push_back(std::move(o));
  }
  return out;
}

void ApplyOverrides(const std::vector<Override>& overrides, std::vector<Observation>* obs) {
  for (const Override& ov : overrides) {
    bool matched = false;
    for (Observation& o : *obs) {
      if (o.city != ov.city || o.period != ov.period || o.indicator != ov.indicator) continue;
      if (!ov.doc.empty() && o.doc != ov.doc) continue;
      o.value = ov.value;
      o.qualifier = ov.qualifier;
      o.reviewed = true;
      o.review_reason = ov.reason;
      matched = true;
    }
    if (matched) continue;
    Observation added;
    added.doc = ov.doc.empty() ? ov.where : ov.doc;
    added.city = ov.city;
    added.period = ov.period;
    added.indicator = ov.indicator;
    added.value = ov.value;
    added.qualifier = ov.qualifier;
    added.evidence = ov.reason;
    added.rule = "override";
    added.reviewed = true;
    added.review_reason = ov.reason;
    obs->push_back(std::move(added));
  }
}

}  // namespace peercard
