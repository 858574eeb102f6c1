#include "dataset.h"

#include <algorithm>
#include <tuple>

#include "csv_values.h"

namespace peercard {

namespace {

std::string Describe(const Observation& o) {
  return FormatCsvNumber(*o.value) + " (" + std::string(QualifierName(o.qualifier)) + ") at " + o.doc + ":" +
         std::to_string(o.line);
}

// Reduces obs[begin, end), which share a key and are sorted by (doc, line).
Result<DatasetValue> Merge(const std::vector<Observation>& obs, size_t begin, size_t end) {
  const Observation* chosen = nullptr;
  bool reviewed = false;
  std::string review_reason;
  for (size_t i = begin; i < end; ++i) {
    const Observation& o = obs[i];
    if (o.reviewed && !reviewed) {
      reviewed = true;
      review_reason = o.review_reason;
    }
    if (!o.value) continue;
    if (!chosen) {
      chosen = &o;
    } else if (*chosen->value != *o.value || chosen->qualifier != o.qualifier) {
      return Status::InvalidArgument("conflicting values for " + o.city + " " + o.period.ToString() + " " +
                                     o.indicator + ": " + Describe(*chosen) + " and " + Describe(o) +
                                     "; settle it in overrides.csv");
    }
  }
  if (!chosen) chosen = &obs[begin];
  DatasetValue v;
  v.city = chosen->city;
  v.period = chosen->period;
  v.indicator = chosen->indicator;
  v.value = chosen->value;
  v.qualifier = chosen->value ? chosen->qualifier : Qualifier::kExact;
  v.reviewed = reviewed;
  v.review_reason = review_reason;
  v.doc = chosen->doc;
  v.line = chosen->line;
  return v;
}

}  // namespace

Result<Dataset> BuildDataset(std::vector<Observation> obs) {
  std::stable_sort(obs.begin(), obs.end(), [](const Observation& a, const Observation& b) {
    return std::tie(a.city, a.indicator, a.period, a.doc, a.line) <
           std::tie(b.city, b.indicator, b.period, b.doc, b.line);
  });
  Dataset ds;
  size_t begin = 0;
  while (begin < obs.size()) {
    size_t end = begin + 1;
    while (end < obs.size() && obs[end].city == obs[begin].city && obs[end].indicator == obs[begin].indicator &&
           obs[end].period == obs[begin].period) {
      ++end;
    }
    auto merged = Merge(obs, begin, end);
    if (!merged.ok()) return merged.status();
    ds.values.push_back(std::move(merged).value());
    begin = end;
  }
  return ds;
}

}  // namespace peercard
