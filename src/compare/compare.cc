#include "compare/compare.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "compare/normalise.h"
#include "compare/peer_stats.h"
#include "compare/rank_interval.h"
#include "base/join.h"

namespace peercard {

namespace {

const double kNaN = std::nan("");

// The places compared and each one's history per indicator.
struct Inputs {
  std::vector<Place> places;                    // sorted by code
  std::vector<std::vector<History>> histories;  // [place][indicator]
};

Inputs GatherInputs(const Dataset& ds, const std::vector<IndicatorSpec>& catalogue,
                    const std::vector<Place>& table, const PeerSpec& peers, Diagnostics* warnings) {
  std::unordered_map<std::string, int> indicator_index;
  for (size_t j = 0; j < catalogue.size(); ++j) indicator_index[catalogue[j].id] = static_cast<int>(j);
  std::map<std::string, std::vector<History>> by_city;
  std::map<std::string, int> unknown_indicators;
  int unknown_periods = 0;
  for (const DatasetValue& v : ds.values) {
    if (!v.period.known()) {
      unknown_periods += v.value.has_value();
      continue;
    }
    const auto it = indicator_index.find(v.indicator);
    if (it == indicator_index.end()) {
      ++unknown_indicators[v.indicator];
      continue;
    }
    auto& per_indicator = by_city[v.city];
    per_indicator.resize(catalogue.size());
    per_indicator[it->second].push_back(&v);
  }
  if (unknown_periods > 0) {
    warnings->push_back({DiagnosticKind::kUnknownPeriod, "", 0, "",
                         std::to_string(unknown_periods) +
                             (unknown_periods == 1 ? " value with an unknown period is"
                                                   : " values with an unknown period are") +
                             " not compared: give the year in manifest.csv"});
  }
  for (const auto& [id, count] : unknown_indicators) {
    warnings->push_back({DiagnosticKind::kUnusedData, "", 0, "",
                         std::to_string(count) + " values of indicator '" + id + "' ignored: not in metrics/"});
  }
  std::vector<std::string> codes;
  if (peers.mode == PeerSpec::Mode::kList) {
    codes = peers.list;
    std::sort(codes.begin(), codes.end());
  } else {
    for (const auto& entry : by_city) codes.push_back(entry.first);
  }
  std::unordered_map<std::string, const Place*> by_code;
  for (const Place& p : table) by_code[p.code] = &p;
  Inputs in;
  for (const std::string& code : codes) {
    const auto place = by_code.find(code);
    if (place != by_code.end()) {
      in.places.push_back(*place->second);
    } else {
      Place p;
      p.code = code;
      p.from_table = false;
      in.places.push_back(p);
      warnings->push_back({DiagnosticKind::kUnlistedPlace, "", 0, code,
                           "place '" + code + "' is not in the places table: no population or township count"});
    }
    const auto hist = by_city.find(code);
    if (hist == by_city.end()) {
      warnings->push_back({DiagnosticKind::kUnusedData, "", 0, code, "peer '" + code + "' has no observation"});
      in.histories.emplace_back(catalogue.size());
    } else {
      in.histories.push_back(hist->second);
    }
  }
  return in;
}

// The years some stated value ends in, ascending.
std::set<int> YearsWithValues(const Inputs& in) {
  std::set<int> years;
  for (const auto& per_indicator : in.histories) {
    for (const History& h : per_indicator) {
      for (const DatasetValue* v : h) {
        if (v->value) years.insert(v->period.last_year);
      }
    }
  }
  return years;
}

// The comparison year: --year when some stated value ends in it (older
// values then stand in within the window), else an error listing the years
// that have values; by default the latest year with a value.
Result<int> ComparisonYear(const Inputs& in, const CompareOptions& opt) {
  const std::set<int> years = YearsWithValues(in);
  if (years.empty()) return Status::InvalidArgument("nothing to compare: no place has a stated value");
  if (opt.year <= 0) return *years.rbegin();
  if (years.count(opt.year)) return opt.year;
  const std::string listed = Join(years, ", ", [](int y) { return std::to_string(y); });
  return Status::InvalidArgument("--year " + std::to_string(opt.year) +
                                 ": no place has a value for that year; the years with values are " + listed);
}

// 64-bit FNV-1a: a fixed hash, so that each peer group's draws do not depend
// on which other groups exist.
std::uint64_t Fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

std::string PercentNumber(double f) { return std::to_string(static_cast<int>(std::lround(f * 100))); }

// Peer statistics, standings, composite and rank interval of one group.
// `rows` is indexed [place · m + indicator] over all places; `members` are
// the place indices of the group.
void ScoreGroup(const std::string& label, const std::vector<int>& members, const Inputs& in,
                const std::vector<IndicatorSpec>& catalogue, const CompareOptions& opt,
                std::vector<ComparisonRow>* rows) {
  const int g = static_cast<int>(members.size());
  const int m = static_cast<int>(catalogue.size());
  auto row = [&](int member, int j) -> ComparisonRow& { return (*rows)[members[member] * m + j]; };
  Eigen::MatrixXd basis(g, m), z(g, m);
  for (int i = 0; i < g; ++i) {
    for (int j = 0; j < m; ++j) basis(i, j) = row(i, j).basis_value;
  }
  CompositeInput mc;
  mc.places = g;
  mc.indicators = m;
  mc.low.assign(static_cast<size_t>(g) * m, kNaN);
  mc.high = mc.low;
  std::vector<char> counted(m, 0);
  for (int j = 0; j < m; ++j) {
    const IndicatorSpec& spec = catalogue[j];
    const std::vector<double> column(basis.col(j).data(), basis.col(j).data() + g);
    const PeerStats stats = ComputePeerStats(column);
    std::vector<double> sorted;
    for (double v : column) {
      if (!std::isnan(v)) sorted.push_back(v);
    }
    std::sort(sorted.begin(), sorted.end());
    counted[j] = spec.weight > 0 && stats.n >= kMinPeers && stats.sd > 0;
    for (int i = 0; i < g; ++i) {
      ComparisonRow& r = row(i, j);
      r.peer = stats;
      const PlaceScore s = ScorePlace(r.basis_value, sorted, stats, spec.higher_is_better);
      r.z = s.z;
      r.robust_z = s.robust_z;
      r.percentile = s.percentile;
      r.rank = s.rank;
      r.ratio_to_median = s.ratio_to_median;
      r.band = s.band;
      AddReasons(&r.reason, s.reason);
      z(i, j) = counted[j] ? s.z : kNaN;
      if (std::isnan(z(i, j))) continue;
      Reasons unused;
      const Place& place = in.places[members[i]];
      mc.low[j * g + i] = ToScale(spec, place, r.period, spec.compare_on, r.value_low, &unused);
      mc.high[j * g + i] = ToScale(spec, place, r.period, spec.compare_on, r.value_high, &unused);
    }
  }
  const int m_counted = static_cast<int>(std::count(counted.begin(), counted.end(), 1));
  std::vector<double> composite(g, kNaN);
  std::vector<int> eligible_order;
  mc.eligible.assign(g, 0);
  for (int i = 0; i < g; ++i) {
    int k = 0;
    double sum = 0, weights = 0;
    for (int j = 0; j < m; ++j) {
      if (std::isnan(z(i, j))) continue;
      ++k;
      sum += catalogue[j].weight * z(i, j);
      weights += catalogue[j].weight;
    }
    if (k > 0) composite[i] = sum / weights;
    Reasons reason;
    if (m_counted == 0) {
      reason = {{ReasonCode::kNoIndicatorZ, {{"group", label}}}};
    } else if (k == 0) {
      reason = {{ReasonCode::kNoPlaceZ, {}}};
    } else if (k < opt.coverage * m_counted - 1e-9) {
      reason = {{ReasonCode::kLowCoverage,
                 {{"k", std::to_string(k)}, {"m", std::to_string(m_counted)}, {"pct", PercentNumber(opt.coverage)}}}};
    } else {
      mc.eligible[i] = 1;
      eligible_order.push_back(i);
    }
    for (int j = 0; j < m; ++j) {
      ComparisonRow& r = row(i, j);
      r.composite = composite[i];
      r.composite_k = k;
      r.composite_m = m_counted;
      r.composite_reason = reason;
    }
  }
  std::vector<int> composite_rank(g, 0);
  std::vector<std::pair<double, int>> keyed;
  for (int i : eligible_order) keyed.emplace_back(composite[i], i);
  CompetitionRanks(&keyed, composite_rank.data());
  mc.weights.resize(m);
  mc.direction.resize(m);
  for (int j = 0; j < m; ++j) {
    mc.weights[j] = catalogue[j].weight;
    mc.direction[j] = catalogue[j].higher_is_better ? 1.0 : -1.0;
  }
  const std::vector<RankInterval> intervals =
      SimulateRankIntervals(mc, opt.draws, opt.seed ^ Fnv1a(label), opt.weight_jitter);
  for (int i = 0; i < g; ++i) {
    for (int j = 0; j < m; ++j) {
      ComparisonRow& r = row(i, j);
      r.composite_rank = composite_rank[i];
      r.rank_median = intervals[i].median;
      r.rank_p05 = intervals[i].p05;
      r.rank_p95 = intervals[i].p95;
    }
  }
}

// A flow compared raw over periods of different lengths mixes a term's
// total with a year's: allowed (metrics/ asked for it) but never silently.
void WarnMixedRawFlows(const std::string& label, const std::vector<int>& members,
                       const std::vector<IndicatorSpec>& catalogue, const std::vector<ComparisonRow>& rows,
                       Diagnostics* warnings) {
  const int m = static_cast<int>(catalogue.size());
  for (int j = 0; j < m; ++j) {
    const IndicatorSpec& spec = catalogue[j];
    if (spec.kind != IndicatorKind::kFlow || spec.compare_on != "raw") continue;
    std::map<int, int> lengths;
    for (int p : members) {
      const ComparisonRow& r = rows[p * m + j];
      if (!std::isnan(r.basis_value)) ++lengths[r.period.years()];
    }
    if (lengths.size() < 2) continue;
    const std::string list = Join(lengths, ", ", [](const auto& entry) { return std::to_string(entry.first); });
    warnings->push_back({DiagnosticKind::kMixedPeriods, "", 0, "",
                         spec.id + " is compared raw over periods of " + list + " years in peer group " + label +
                             ": see the period column, or compare_on = \"per_year\""});
  }
}

Status CheckOptions(const std::vector<IndicatorSpec>& catalogue, const CompareOptions& opt) {
  if (catalogue.empty()) return Status::InvalidArgument("no indicator to compare: metrics/ has no *.toml file");
  if (opt.window < 0) return Status::InvalidArgument("--window must be 0 or more");
  if (opt.draws < 0) return Status::InvalidArgument("--draws must be 0 or more");
  if (!(opt.coverage >= 0 && opt.coverage <= 1)) return Status::InvalidArgument("--coverage must be in [0, 1]");
  if (!(opt.weight_jitter >= 0 && opt.weight_jitter < 1)) {
    return Status::InvalidArgument("the weight jitter must be in [0, 1)");
  }
  return Status::Ok();
}

}  // namespace

Result<Comparison> Compare(const Dataset& ds, const std::vector<IndicatorSpec>& catalogue,
                           const std::vector<Place>& places, const CompareOptions& opt) {
  if (Status s = CheckOptions(catalogue, opt); !s.ok()) return s;
  PeerSpec peers = opt.peers;
  if (Status s = ResolvePeerList(places, &peers); !s.ok()) return s;
  Comparison out;
  const Inputs in = GatherInputs(ds, catalogue, places, peers, &out.warnings);
  ResolveAutoPeers(in.places, &peers, &out.peer_choice);
  const Result<int> year = ComparisonYear(in, opt);
  if (!year.ok()) return year.status();
  out.year = *year;
  const int m = static_cast<int>(catalogue.size());
  const int np = static_cast<int>(in.places.size());
  std::unordered_map<std::string, int> indicator_index;
  for (int j = 0; j < m; ++j) indicator_index[catalogue[j].id] = j;
  std::vector<ComparisonRow> rows(static_cast<size_t>(np) * m);
  std::map<std::string, std::vector<int>> groups;
  for (int p = 0; p < np; ++p) {
    const Place& place = in.places[p];
    std::string group = PeerGroupOf(peers, place);
    // "prefecture:320100" is printed with the city's name: "prefecture:南京市".
    if (peers.mode == PeerSpec::Mode::kPrefecture && group != "prefecture:unknown") {
      for (const Place& city : places) {
        if (city.division_code == place.parent_code) group = "prefecture:" + city.name_zh;
      }
    }
    groups[group].push_back(p);
    for (int j = 0; j < m; ++j) {
      ComparisonRow& r = rows[p * m + j];
      r.city = place.code;
      r.name_zh = place.name_zh;
      r.name_en = place.name_en;
      r.indicator = catalogue[j].id;
      r.peer_group = group;
      NormaliseCell(catalogue[j], place, in.histories[p][j], out.year, opt.window, &r);
    }
  }
  for (int j = 0; j < m; ++j) {
    const IndicatorSpec& spec = catalogue[j];
    if (spec.ratios.empty()) continue;
    if (spec.ratios.size() > 1) {
      out.warnings.push_back({DiagnosticKind::kCatalogue, "", 0, "",
                              spec.id + " declares " + std::to_string(spec.ratios.size()) +
                                  " ratios; comparison.csv carries the first, " + spec.ratios[0].id});
    }
    const auto den = indicator_index.find(spec.ratios[0].denominator);
    const int dj = den == indicator_index.end() ? -1 : den->second;
    for (int p = 0; p < np; ++p) {
      FillRatio(spec.ratios[0], spec, dj < 0 ? nullptr : &catalogue[dj], dj < 0 ? nullptr : &rows[p * m + dj],
                &rows[p * m + j]);
    }
  }
  for (const auto& [label, members] : groups) {
    WarnMixedRawFlows(label, members, catalogue, rows, &out.warnings);
    ScoreGroup(label, members, in, catalogue, opt, &rows);
  }
  std::stable_sort(rows.begin(), rows.end(), [](const ComparisonRow& a, const ComparisonRow& b) {
    return a.city != b.city ? a.city < b.city : a.indicator < b.indicator;
  });
  out.rows = std::move(rows);
  return out;
}

}  // namespace peercard
