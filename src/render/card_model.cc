#include "render/card_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "compare/normalise.h"

namespace peercard {

namespace {

// The observation the row's value was read from, by its evidence key (doc,
// line, offset); a comparison.csv written before the key existed has line 0
// and matches by (period, doc). Null when none matches: no evidence is
// printed rather than another value's.
const Observation* FindEvidence(const std::vector<const Observation*>& obs, const ComparisonRow& r) {
  for (const Observation* o : obs) {
    if (!o->value || o->period != r.period || o->doc != r.doc) continue;
    if (r.line == 0 || (o->line == r.line && o->offset == r.offset)) return o;
  }
  return nullptr;
}

std::vector<TrendPoint> Trend(const std::vector<const Observation*>& obs, const ComparisonRow& r,
                              const IndicatorSpec& spec) {
  // (last, first) → point; the first found wins, the compared value over all.
  std::map<std::pair<int, int>, TrendPoint> by_period;
  for (const Observation* o : obs) {
    if (!o->value || !o->period.known()) continue;
    const double v = Rate(spec, *o->value, o->period);
    by_period.emplace(std::make_pair(o->period.last_year, o->period.first_year),
                      TrendPoint{o->period.first_year, o->period.last_year, v, o->qualifier});
  }
  if (r.period.known() && std::isfinite(r.value)) {
    const double v = Rate(spec, r.value, r.period);
    by_period[{r.period.last_year, r.period.first_year}] =
        TrendPoint{r.period.first_year, r.period.last_year, v, r.qualifier};
  }
  std::vector<TrendPoint> out;
  for (const auto& [key, p] : by_period) out.push_back(p);
  return out;
}

template <typename Map>
const typename Map::mapped_type& FindOrEmpty(const Map& m, const typename Map::key_type& key) {
  static const typename Map::mapped_type kEmpty{};
  const auto it = m.find(key);
  return it == m.end() ? kEmpty : it->second;
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

RenderIndex::RenderIndex(const RenderInput& in) {
  std::map<int, int> years;
  std::map<std::string, std::set<std::string>> ranked;
  for (const ComparisonRow& r : in.rows) {
    rows_[r.city].push_back(&r);
    groups_[{r.peer_group, r.indicator}].push_back(&r);
    if (r.year_used > 0) ++years[r.year_used];
    if (std::isfinite(r.composite)) ranked[r.peer_group].insert(r.city);
  }
  int best_n = 0;
  for (const auto& [year, n] : years) {
    if (n >= best_n) year_ = year, best_n = n;  // ties: the later year
  }
  for (const auto& [group, cities] : ranked) composites_[group] = static_cast<int>(cities.size());
  for (const Observation& o : in.observations) observations_[{o.city, o.indicator}].push_back(&o);
  for (const Place& p : in.places) places_[p.code] = &p;
}

const std::vector<const ComparisonRow*>& RenderIndex::RowsOf(const std::string& city) const {
  return FindOrEmpty(rows_, city);
}

const std::vector<const ComparisonRow*>& RenderIndex::Group(const std::string& peer_group,
                                                            const std::string& indicator) const {
  return FindOrEmpty(groups_, {peer_group, indicator});
}

const std::vector<const Observation*>& RenderIndex::ObservationsOf(const std::string& city,
                                                                   const std::string& indicator) const {
  return FindOrEmpty(observations_, {city, indicator});
}

const Place* RenderIndex::FindPlace(const std::string& code) const { return FindOrEmpty(places_, code); }

int RenderIndex::CompositeCount(const std::string& peer_group) const {
  const auto it = composites_.find(peer_group);
  return it == composites_.end() ? 0 : it->second;
}

PlaceView BuildPlaceView(const RenderInput& in, const std::string& city) {
  return BuildPlaceView(in, RenderIndex(in), city);
}

PlaceView BuildPlaceView(const RenderInput& in, const RenderIndex& index, const std::string& city) {
  PlaceView v;
  v.city = city;
  v.year = index.year();
  const std::vector<const ComparisonRow*>& own = index.RowsOf(city);
  if (!own.empty()) {
    v.name_zh = own.front()->name_zh;
    v.name_en = own.front()->name_en;
    v.peer_group = own.front()->peer_group;
  }
  v.place = index.FindPlace(city);
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
  std::map<std::string, PeerMember> members;
  for (const ComparisonRow* r : ordered) {
    IndicatorView iv;
    const int idx = FindIndicator(in.catalogue, r->indicator);
    if (idx >= 0)
      iv.spec = in.catalogue[idx];
    else
      iv.spec.id = iv.spec.label_zh = iv.spec.label_en = r->indicator;
    iv.row = r;
    int group_size = 0;
    for (const ComparisonRow* peer : index.Group(r->peer_group, r->indicator)) {
      const ComparisonRow& q = *peer;
      ++group_size;
      members.emplace(q.city, PeerMember{q.city, q.name_zh.empty() ? q.city : q.name_zh, q.name_en});
      if (std::isfinite(q.basis_value)) {
        const auto [lo, hi] = BasisInterval(q);
        iv.peers.push_back({q.city, q.name_zh.empty() ? q.city : q.name_zh, q.name_en, q.basis_value, lo, hi});
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
    const std::vector<const Observation*>& observed = index.ObservationsOf(city, r->indicator);
    iv.evidence = FindEvidence(observed, *r);
    iv.trend = Trend(observed, *r, iv.spec);
    for (const TrendPoint& p : iv.trend) {
      v.first_year = v.first_year == 0 ? p.first_year : std::min(v.first_year, p.first_year);
      v.last_year = std::max(v.last_year, p.last_year);
    }
    iv.stand_in = iv.has_value() && r->year_used > 0 && r->year_used < index.year();
    if (!r->doc.empty() && std::isfinite(r->value)) {
      const auto title = in.doc_titles.find(r->doc);
      sources.insert(title == in.doc_titles.end() ? r->doc : "《" + title->second + "》");
    }
    v.indicators.push_back(std::move(iv));
  }
  v.sources.assign(sources.begin(), sources.end());
  for (auto& [code, m] : members) v.peer_members.push_back(std::move(m));
  v.composite_n = index.CompositeCount(v.peer_group);
  // Against the peers, not among the place's own indicators: a strength is
  // in the peers' top quarter, a weakness in their bottom quarter.
  for (int i = 0; i < static_cast<int>(v.indicators.size()); ++i) {
    const double p = v.indicators[i].row->percentile;
    if (!std::isfinite(p)) continue;
    if (p >= kStrengthPercentile && (v.strongest < 0 || p > v.indicators[v.strongest].row->percentile)) {
      v.strongest = i;
    }
    if (p <= kWeaknessPercentile && (v.weakest < 0 || p < v.indicators[v.weakest].row->percentile)) v.weakest = i;
  }
  return v;
}

}  // namespace peercard
