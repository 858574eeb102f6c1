#include "tables/overrides.h"

#include <map>
#include <set>
#include <tuple>

#include "base/csv.h"
#include "base/csv_values.h"
#include "tables/observations_csv.h"
#include "base/join.h"

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
  std::string problems;  // every bad line, one per line
  std::map<std::tuple<std::string, std::string, Period, std::string>, std::string> seen;
  for (const auto& row : table->rows) {
    // A comment (the suggestions `peercard review` writes): skipped.
    if (!row.cells.empty() && row.cells.front().rfind(kOverrideComment, 0) == 0) continue;
    Override o;
    o.where = path + ":" + std::to_string(row.line);
    std::string problem = ReadRow(*table, row, catalogue, &o);
    if (problem.empty()) {
      const auto [it, fresh] = seen.emplace(std::make_tuple(o.doc, o.city, o.period, o.indicator), o.where);
      if (!fresh) {
        problem = "a second override for " + o.city + " " + o.period.ToString() + " " + o.indicator + " (first at " +
                  it->second + ")";
      }
    }
    if (!problem.empty()) {
      problems += (problems.empty() ? "" : "\n") + o.where + ": " + problem;
      continue;
    }
    out.push_back(std::move(o));
  }
  if (!problems.empty()) return Status::InvalidArgument(problems);
  return out;
}

namespace {

// Why an override that matches no observation cannot add one ("" when it
// can): it must name the report the figure is from, a report of this run,
// and one whose values for the place, if any, are for the override's period.
std::string WhyNotAdded(const Override& ov, const std::vector<Observation>& obs) {
  bool doc_read = false;
  std::set<std::string> periods;  // of the place's values in that report
  for (const Observation& o : obs) {
    if (!ov.doc.empty() && o.doc != ov.doc) continue;
    doc_read = true;
    if (o.city == ov.city) periods.insert(o.period.ToString());
  }
  const std::string listed = Join(periods, ", ");
  const std::string key = ov.city + " " + ov.indicator + " " + ov.period.ToString();
  if (ov.doc.empty()) {
    return "matches no observation (" + key + ")" +
           (listed.empty() ? "" : "; the values of " + ov.city + " are for " + listed) +
           ": correct the key, or name in 'doc' the report the figure is from to add it";
  }
  if (!doc_read) return "doc '" + ov.doc + "' is not a report of this run: the figure cannot be added";
  if (!periods.empty() && !periods.count(ov.period.ToString())) {
    return "matches no observation (" + key + "); the values of " + ov.city + " in " + ov.doc + " are for " + listed +
           ": correct the period";
  }
  return "";
}

}  // namespace

void ApplyOverrides(const std::vector<Override>& overrides, std::vector<Observation>* obs,
                    Diagnostics* errors) {
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
    if (const std::string why = WhyNotAdded(ov, *obs); !why.empty()) {
      errors->push_back({DiagnosticKind::kOverride, ov.where, 0, ov.city, why});
      continue;
    }
    Observation added;
    added.doc = ov.doc;
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
