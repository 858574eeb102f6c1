#include "tables/dataset.h"

#include <algorithm>
#include <tuple>

#include "base/csv_values.h"

namespace peercard {

namespace {

std::string Describe(const Observation& o) {
  return FormatCsvNumber(*o.value) + " (" + std::string(QualifierName(o.qualifier)) + ") at " + o.doc + ":" +
         std::to_string(o.line);
}

// Reduces obs[order[begin]] … obs[order[end − 1]], which share a key and are
// in (doc, line) order.
Result<DatasetValue> Merge(const std::vector<Observation>& obs, const std::vector<size_t>& order, size_t begin,
                           size_t end) {
  const Observation* chosen = nullptr;
  bool reviewed = false;
  std::string review_reason;
  for (size_t i = begin; i < end; ++i) {
    const Observation& o = obs[order[i]];
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
  if (!chosen) chosen = &obs[order[begin]];
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
  v.offset = chosen->offset;
  return v;
}

}  // namespace

Result<Dataset> BuildDataset(std::vector<Observation> obs) {
  // Sort indices, not the observations: an Observation is a dozen strings.
  std::vector<size_t> order(obs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&obs](size_t i) {
    const Observation& o = obs[i];
    return std::tie(o.city, o.indicator, o.period, o.doc, o.line);
  };
  std::stable_sort(order.begin(), order.end(), [&key](size_t a, size_t b) { return key(a) < key(b); });
  auto same_key = [&obs](size_t a, size_t b) {
    return obs[a].city == obs[b].city && obs[a].indicator == obs[b].indicator && obs[a].period == obs[b].period;
  };
  Dataset ds;
  size_t begin = 0;
  while (begin < order.size()) {
    size_t end = begin + 1;
    while (end < order.size() && same_key(order[begin], order[end])) ++end;
    auto merged = Merge(obs, order, begin, end);
    if (!merged.ok()) return merged.status();
    ds.values.push_back(std::move(merged).value());
    begin = end;
  }
  return ds;
}

}  // namespace peercard
