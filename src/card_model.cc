#include "card_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace peercard {

namespace {

bool SameGroup(const ComparisonRow& a, const ComparisonRow& b) {
  return a.indicator == b.indicator && a.peer_group == b.peer_group;
}

int ComparisonYear(const std::vector<ComparisonRow>& rows) {
  std::map<int, int> count;
  for (const auto& r : rows) {
    if (r.year_used > 0) ++count[r.year_used];
  }
  int best = 0, best_n = 0;
  for (const auto& [year, n] : count) {
    if (n >= best_n) best = year, best_n = n;  // ties: the later year
  }
  return best;
}

const Observation* FindEvidence(const std::vector<Observation>& obs, const ComparisonRow& r) {
  const Observation* fallback = nullptr;
  for (const Observation& o : obs) {
    if (o.city != r.city || o.indicator != r.indicator || o.period != r.period || !o.value) continue;
    if (o.doc == r.doc) return &o;
    if (!fallback) fallback = &o;
  }
  return fallback;
}

std::vector<TrendPoint> Trend(const std::vector<Observation>& obs, const ComparisonRow& r, IndicatorKind kind) {
  std::map<std::pair<int, int>, double> by_period;  // (last, first) → value; first found wins
  for (const Observation& o : obs) {
    if (o.city != r.city || o.indicator != r.indicator || !o.value || !o.period.known()) continue;
    const double v = kind == IndicatorKind::kFlow ? *o.value / o.period.years() : *o.value;
    by_period.emplace(std::make_pair(o.period.last_year, o.period.first_year), v);
  }
  if (r.period.known() && std::isfinite(r.value)) {
    const double v = kind == IndicatorKind::kFlow ? r.value / r.period.years() : r.value;
    by_period[{r.period.last_year, r.period.first_year}] = v;  // the compared value wins
  }
  std::vector<TrendPoint> out;
  for (const auto& [key, v] : by_period) out.push_back({key.second, key.first, v});
  return out;
}

}  // namespace

bool IndicatorView::has_value() const { return row && std::isfinite(row->value); }

std::pair<double, double> BasisInterval(const ComparisonRow& r) {
  if (!std::isfinite(r.basis_value)) return {NAN, NAN};
  if (std::isfinite(r.value) && r.value > 0 && std::isfinite(r.value_low) && std::isfinite(r.value_high)) {
    return {r.basis_value * r.value_low / r.value, r.basis_value * r.value_high / r.value};
  }
  return {r.basis_value, r.basis_value};
}

RankRange ComputeRankRange(const std::vector<PeerValue>& peers, const std::string& self, bool higher_is_better) {
  RankRange out;
  out.n = static_cast<int>(peers.size());
  const auto it = std::find_if(peers.begin(), peers.end(), [&](const PeerValue& p) { return p.city == self; });
  if (it == peers.end()) return out;
  const double sign = higher_is_better ? 1 : -1;
  // In "larger is better" terms: a value's best case is its high end.
  const auto up = [&](const PeerValue& p) { return higher_is_better ? p.high : -p.low; };
  const auto down = [&](const PeerValue& p) { return higher_is_better ? p.low : -p.high; };
  out.rank = out.best = out.worst = 1;
  for (const PeerValue& q : peers) {
    if (q.city == self) continue;
    if (sign * q.value > sign * it->value) ++out.rank;
    if (down(q) > up(*it)) ++out.best;   // beats self even at the extremes
    if (up(q) > down(*it)) ++out.worst;  // could beat self
  }
  return out;
}

std::vector<std::string> PlaceCodes(const RenderInput& in) {
  std::set<std::string> codes;
  for (const auto& r : in.rows) codes.insert(r.city);
  return {codes.begin(), codes.end()};
}

PlaceView BuildPlaceView(const RenderInput& in, const std::string& city) {
  PlaceView v;
  v.city = city;
  v.year = ComparisonYear(in.rows);
  std::vector<const ComparisonRow*> own;
  for (const auto& r : in.rows) {
    if (r.city == city) own.push_back(&r);
  }
  if (!own.empty()) {
    v.name_zh = own.front()->name_zh;
    v.name_en = own.front()->name_en;
    v.peer_group = own.front()->peer_group;
  }
  for (const Place& p : in.places) {
    if (p.code == city) v.place = &p;
  }
  if (v.place && v.name_zh.empty()) v.name_zh = v.place->name_zh;
  if (v.place && v.name_en.empty()) v.name_en = v.place->name_en;
  if (v.name_zh.empty()) v.name_zh = city;
  // Catalogue order first; ids the catalogue lacks after them, sorted.
  std::vector<const ComparisonRow*> ordered;
  for (const IndicatorSpec& spec : in.catalogue) {
    for (const ComparisonRow* r : own) {
      if (r->indicator == spec.id) ordered.push_back(r);
    }
  }
  std::vector<const ComparisonRow*> unknown;
  for (const ComparisonRow* r : own) {
    if (FindIndicator(in.catalogue, r->indicator) < 0) unknown.push_back(r);
  }
  std::sort(unknown.begin(), unknown.end(), [](auto* a, auto* b) { return a->indicator < b->indicator; });
  ordered.insert(ordered.end(), unknown.begin(), unknown.end());

  std::set<std::string> sources;
  for (const ComparisonRow* r : ordered) {
    IndicatorView iv;
    const int idx = FindIndicator(in.catalogue, r->indicator);
    if (idx >= 0)
      iv.spec = in.catalogue[idx];
    else
      iv.spec.id = iv.spec.label_zh = iv.spec.label_en = r->indicator;
    iv.row = r;
    int group_size = 0;
    for (const auto& q : in.rows) {
      if (!SameGroup(q, *r)) continue;
      ++group_size;
      if (std::isfinite(q.basis_value)) {
        const auto [lo, hi] = BasisInterval(q);
        iv.peers.push_back({q.city, q.name_zh.empty() ? q.city : q.name_zh, q.basis_value, lo, hi});
      } else if (q.city != city) {
        iv.missing_peers.push_back(q.name_zh.empty() ? q.city : q.name_zh);
      }
    }
    v.peer_places = std::max(v.peer_places, group_size);
    v.peer_n = std::max(v.peer_n, static_cast<int>(iv.peers.size()));
    const bool hib = iv.spec.higher_is_better;
    std::sort(iv.peers.begin(), iv.peers.end(), [hib](const PeerValue& a, const PeerValue& b) {
      if (a.value != b.value) return hib ? a.value > b.value : a.value < b.value;
      return a.city < b.city;
    });
    std::sort(iv.missing_peers.begin(), iv.missing_peers.end());
    iv.rank = ComputeRankRange(iv.peers, city, hib);
    if (r->rank > 0) iv.rank.rank = r->rank;  // compare's rank is the reference
    iv.evidence = FindEvidence(in.observations, *r);
    iv.trend = Trend(in.observations, *r, iv.spec.kind);
    if (!r->doc.empty() && std::isfinite(r->value)) sources.insert(r->doc);
    v.indicators.push_back(std::move(iv));
  }
  v.sources.assign(sources.begin(), sources.end());
  std::set<std::string> ranked;
  for (const auto& q : in.rows) {
    if (q.peer_group == v.peer_group && std::isfinite(q.composite)) ranked.insert(q.city);
  }
  v.composite_n = static_cast<int>(ranked.size());
  for (int i = 0; i < static_cast<int>(v.indicators.size()); ++i) {
    const double p = v.indicators[i].row->percentile;
    if (!std::isfinite(p)) continue;
    if (v.strongest < 0 || p > v.indicators[v.strongest].row->percentile) v.strongest = i;
    if (v.weakest < 0 || p < v.indicators[v.weakest].row->percentile) v.weakest = i;
  }
  if (v.weakest == v.strongest) v.weakest = -1;
  return v;
}

}  // namespace peercard
