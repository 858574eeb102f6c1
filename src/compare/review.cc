#include "compare/review.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "tables/comparison.h"
#include "base/csv_values.h"
#include "tables/dataset.h"
#include "compare/normalise.h"
#include "compare/peer_stats.h"

namespace peercard {

namespace {

using Key = std::tuple<std::string, std::string, Period>;  // city, indicator, period
using Rows = std::vector<const Observation*>;              // sorted by (doc, line)

std::string Fixed(double v, int decimals) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  return std::string(buf, r.ptr);
}

std::string Describe(const Observation& o) {
  return FormatCsvNumber(*o.value) + " (" + std::string(QualifierName(o.qualifier)) + ") at " + o.doc + ":" +
         std::to_string(o.line);
}

ReviewFlag MakeFlag(ReviewReason reason, const Key& key, const Rows& rows) {
  ReviewFlag f;
  f.reason = reason;
  std::tie(f.city, f.indicator, f.period) = key;
  for (const Observation* o : rows) {
    if (o->value && !f.value) {
      f.value = o->value;
      f.qualifier = o->qualifier;
    }
    f.evidence.push_back(*o);
  }
  return f;
}

bool AnyReviewed(const Rows& rows) {
  return std::any_of(rows.begin(), rows.end(), [](const Observation* o) { return o->reviewed; });
}

// The observations grouped by key, and the keys whose stated values disagree.
struct Groups {
  std::map<Key, Rows> stated, na;
  std::set<Key> conflicts;
};

Groups GroupRows(const std::vector<Observation>& obs) {
  Rows sorted;
  for (const Observation& o : obs) sorted.push_back(&o);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Observation* a, const Observation* b) {
    return std::tie(a->doc, a->line) < std::tie(b->doc, b->line);
  });
  Groups g;
  for (const Observation* o : sorted) {
    (o->value ? g.stated : g.na)[Key{o->city, o->indicator, o->period}].push_back(o);
  }
  for (const auto& [key, rows] : g.stated) {
    for (const Observation* o : rows) {
      if (*o->value != *rows.front()->value || o->qualifier != rows.front()->qualifier) g.conflicts.insert(key);
    }
  }
  return g;
}

// Conflicts, qualified values and places without a value: the checks the
// rows answer by themselves.
void FlagRowChecks(const Groups& g, std::vector<ReviewFlag>* flags) {
  for (const Key& key : g.conflicts) {
    const Rows& rows = g.stated.at(key);
    ReviewFlag f = MakeFlag(ReviewReason::kConflict, key, rows);
    for (const Observation* o : rows) f.detail += (f.detail.empty() ? "" : " vs ") + Describe(*o);
    flags->push_back(std::move(f));
  }
  // (city, indicator) → its NA keys, when no period of it states a value.
  std::map<std::pair<std::string, std::string>, std::vector<Key>> no_value;
  for (const auto& entry : g.na) no_value[{std::get<0>(entry.first), std::get<1>(entry.first)}].push_back(entry.first);
  for (const auto& entry : g.stated) no_value.erase({std::get<0>(entry.first), std::get<1>(entry.first)});
  for (const auto& [place, keys] : no_value) {
    Rows rows;
    for (const Key& k : keys) rows.insert(rows.end(), g.na.at(k).begin(), g.na.at(k).end());
    if (AnyReviewed(rows)) continue;
    ReviewFlag f = MakeFlag(ReviewReason::kNoValue, keys.back(), rows);  // keys ascend: the latest period
    f.detail = "NA in " + std::to_string(rows.size()) + (rows.size() == 1 ? " row" : " rows") +
               ", no stated value in any period";
    flags->push_back(std::move(f));
  }
}

// The history entry the trend of `row` compared `now` with.
const DatasetValue* PreviousValue(const History& history, const DatasetValue& now, const ComparisonRow& row) {
  const DatasetValue* found = nullptr;
  for (const DatasetValue* v : history) {
    if (!v->value || v->period.last_year != row.prev_year || *v->value != row.prev_value) continue;
    if (!found || v->period.years() == now.period.years()) found = v;
  }
  return found;
}

struct Standing {
  const DatasetValue* value;
  const History* history;
  ComparisonRow row;  // normalised for the year, with its trend
};

void FlagJump(const IndicatorSpec& spec, const Standing& s, const Groups& g, const ReviewOptions& opt,
              std::vector<ReviewFlag>* flags) {
  const double now = *s.value->value, before = s.row.prev_value;
  if (!s.row.trend_comparable || (before == 0 && now == 0)) return;
  const double factor = before == 0 ? INFINITY : now / before;
  if (factor <= opt.max_change && factor >= 1 / opt.max_change) return;
  ReviewFlag f = MakeFlag(ReviewReason::kJump, Key{s.value->city, spec.id, s.value->period},
                          g.stated.at(Key{s.value->city, spec.id, s.value->period}));
  const std::string values = "(" + FormatCsvNumber(before) + " → " + FormatCsvNumber(now) + ")";
  f.detail = before == 0 ? "up from 0 in " + std::to_string(s.row.prev_year) + " " + values
                         : Fixed(factor, 1) + "× the " + std::to_string(s.row.prev_year) + " value " + values;
  if (const DatasetValue* prev = PreviousValue(*s.history, *s.value, s.row)) {
    for (const Observation* o : g.stated.at(Key{prev->city, spec.id, prev->period})) f.evidence.push_back(*o);
  }
  flags->push_back(std::move(f));
}

// A qualified value (1000余, 约500) whose interval on the compared basis
// holds another place's value: where in the interval it lies decides the
// order of the two, so the rank may move. One whose interval holds none
// ranks the same anywhere in it and is not flagged.
void FlagQualified(const IndicatorSpec& spec, const Standing& s, const std::vector<Standing>& standings,
                   const Groups& g, std::vector<ReviewFlag>* flags) {
  const ComparisonRow& r = s.row;
  if (s.value->qualifier == Qualifier::kExact || s.value->reviewed || !std::isfinite(r.basis_value) ||
      !(r.value > 0)) {
    return;
  }
  const double lo = r.basis_value * r.value_low / r.value, hi = r.basis_value * r.value_high / r.value;
  int inside = 0;
  for (const Standing& peer : standings) {
    const double v = peer.row.basis_value;
    if (&peer != &s && std::isfinite(v) && v >= lo && v <= hi) ++inside;
  }
  if (inside == 0) return;
  const Key key{s.value->city, spec.id, s.value->period};
  ReviewFlag f = MakeFlag(ReviewReason::kQualified, key, g.stated.at(key));
  f.detail = std::string(QualifierName(f.qualifier)) + ": its interval [" + Fixed(lo, 2) + ", " + Fixed(hi, 2) +
             "] on " + spec.compare_on + " holds " + std::to_string(inside) +
             (inside == 1 ? " other place's value" : " other places' values") + ", so its rank may move";
  flags->push_back(std::move(f));
}

// Outliers, jumps and rank-moving qualified values of one indicator in one year.
void FlagYear(const IndicatorSpec& spec, int year, const std::map<std::string, History>& histories,
              const std::map<std::string, Place>& places, const Groups& g, const ReviewOptions& opt,
              std::vector<ReviewFlag>* flags) {
  std::vector<Standing> standings;
  std::vector<double> basis;
  for (const auto& [city, history] : histories) {
    const int chosen = SelectValue(history, year, 0);
    if (chosen < 0) continue;
    Place unknown;
    unknown.code = city;
    const auto place = places.find(city);
    Standing s{history[chosen], &history, ComparisonRow()};
    s.row.city = city;
    s.row.indicator = spec.id;
    NormaliseCell(spec, place == places.end() ? unknown : place->second, history, year, 0, &s.row);
    basis.push_back(s.row.basis_value);
    standings.push_back(std::move(s));
  }
  const PeerStats stats = ComputePeerStats(basis);
  std::vector<double> sorted;
  for (double v : basis) {
    if (!std::isnan(v)) sorted.push_back(v);
  }
  std::sort(sorted.begin(), sorted.end());
  for (const Standing& s : standings) {
    if (s.value->reviewed) continue;
    const double rz = ScorePlace(s.row.basis_value, sorted, stats, spec.higher_is_better).robust_z;
    if (!std::isnan(rz) && std::fabs(rz) > opt.max_robust_z) {
      const Key key{s.value->city, spec.id, s.value->period};
      ReviewFlag f = MakeFlag(ReviewReason::kOutlier, key, g.stated.at(key));
      f.detail = "robust z " + Fixed(rz, 2) + " among " + std::to_string(stats.n) + " peers in " +
                 std::to_string(year) + " on " + spec.compare_on + " (this " + Fixed(s.row.basis_value, 2) +
                 ", median " + Fixed(stats.median, 2) + ")";
      flags->push_back(std::move(f));
    }
    FlagJump(spec, s, g, opt, flags);
    FlagQualified(spec, s, standings, g, flags);
  }
}

}  // namespace

std::vector<ReviewFlag> FindValuesToReview(const std::vector<Observation>& obs,
                                           const std::vector<IndicatorSpec>& catalogue,
                                           const std::vector<Place>& places, const ReviewOptions& options) {
  const Groups groups = GroupRows(obs);
  std::vector<ReviewFlag> flags;
  FlagRowChecks(groups, &flags);
  // Without the conflicting keys, BuildDataset merges every key.
  std::vector<Observation> clean;
  for (const Observation& o : obs) {
    if (!groups.conflicts.count(Key{o.city, o.indicator, o.period})) clean.push_back(o);
  }
  const Result<Dataset> ds = BuildDataset(std::move(clean));
  if (ds.ok()) {
    std::map<std::string, Place> by_code;
    for (const Place& p : places) by_code[p.code] = p;
    for (const IndicatorSpec& spec : catalogue) {
      std::map<std::string, History> histories;  // by city; periods ascend as Dataset keeps them
      std::set<int> years;
      for (const DatasetValue& v : ds->values) {
        if (v.indicator != spec.id) continue;
        histories[v.city].push_back(&v);
        if (v.value) years.insert(v.period.last_year);
      }
      for (int year : years) FlagYear(spec, year, histories, by_code, groups, options, &flags);
    }
  }
  std::stable_sort(flags.begin(), flags.end(), [](const ReviewFlag& a, const ReviewFlag& b) {
    return std::tie(a.reason, a.city, a.indicator, a.period) < std::tie(b.reason, b.city, b.indicator, b.period);
  });
  for (ReviewFlag& f : flags) {
    std::stable_sort(f.evidence.begin(), f.evidence.end(), [](const Observation& a, const Observation& b) {
      return std::tie(a.period, a.doc, a.line) < std::tie(b.period, b.doc, b.line);
    });
  }
  return flags;
}

}  // namespace peercard
