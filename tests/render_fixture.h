// In-memory comparisons for the render tests: places, observations with
// their sentences, and comparison rows whose peer statistics are computed
// here the simple way (median, mean/sd z, percentile, competition rank), so
// that a test can check the printed numbers by hand.
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "render/card_model.h"

namespace peercard::testing {

struct FixturePlace {
  std::string code, name_zh, name_en;
  double population = 0;  // 0 = unknown
};

// One reported value: indicator, raw value (NaN = 未披露), qualifier, period.
struct FixtureValue {
  std::string city, indicator;
  double value = NAN;
  Qualifier q = Qualifier::kExact;
  Period period = Period::Year(2023);
  bool reviewed = false;
  std::string sentence;
};

inline IndicatorSpec FixtureSpec(const std::string& id, const std::string& zh, const std::string& en,
                                 const std::string& unit, IndicatorKind kind) {
  IndicatorSpec s;
  s.id = id;
  s.label_zh = zh;
  s.label_en = en;
  s.unit_zh = unit;
  s.kind = kind;
  s.normalisations = kind == IndicatorKind::kFlow ? std::vector<std::string>{"per_year", "per_10k"}
                                                  : std::vector<std::string>{"per_10k"};
  return s;
}

inline std::vector<IndicatorSpec> FixtureCatalogue() {
  IndicatorSpec consultations =
      FixtureSpec("consultations", "协商活动场次", "Grassroots consultation sessions", "场次", IndicatorKind::kFlow);
  consultations.unit_en = "sessions";
  consultations.phrase_zh = "开展协商活动";
  consultations.phrase_en = "held";
  return {
      consultations,
      FixtureSpec("resolved", "解决问题件数", "Problems resolved", "件", IndicatorKind::kFlow),
      FixtureSpec("deployed", "委员下沉人数", "Members deployed to grassroots", "名", IndicatorKind::kStock)};
}

// Builds rows the way compare would: basis per_10k, peers = every place.
inline RenderInput BuildFixture(const std::vector<FixturePlace>& places, const std::vector<FixtureValue>& values,
                                std::vector<IndicatorSpec> catalogue = FixtureCatalogue()) {
  RenderInput in;
  in.catalogue = std::move(catalogue);
  for (const auto& p : places) {
    in.places.push_back(Place{p.code, p.name_zh, p.name_en, "", "", {}, "", "", p.population, "fixture", 0, "", "", true});
  }
  for (const auto& spec : in.catalogue) {
    std::vector<ComparisonRow> rows;
    for (const auto& p : places) {
      ComparisonRow r;
      r.city = p.code;
      r.name_zh = p.name_zh;
      r.name_en = p.name_en;
      r.indicator = spec.id;
      r.peer_group = "all";
      r.basis = "per_10k";
      for (const auto& v : values) {
        if (v.city != p.code || v.indicator != spec.id) continue;
        Observation o;
        o.doc = "reports/" + p.code + "_" + v.period.ToString() + ".txt";
        o.city = p.code;
        o.period = v.period;
        o.indicator = spec.id;
        if (!std::isnan(v.value)) o.value = v.value;
        o.qualifier = v.q;
        o.line = 12 + static_cast<int>(v.value) % 40;
        o.evidence = v.sentence;
        in.observations.push_back(o);
        if (v.period.last_year != 2023) continue;  // earlier years feed the trend only
        r.period = v.period;
        r.doc = o.doc;
        r.year_used = std::isnan(v.value) ? 0 : 2023;
        r.value = v.value;
        r.qualifier = v.q;
        r.reviewed = v.reviewed;
        const double f_lo = v.q == Qualifier::kAtLeast  ? 1
                            : v.q == Qualifier::kApprox ? 0.95
                            : v.q == Qualifier::kAtMost ? 0.9
                                                        : 1;
        const double f_hi = v.q == Qualifier::kAtLeast ? 1.1 : v.q == Qualifier::kApprox ? 1.05 : 1;
        r.value_low = v.value * f_lo;
        r.value_high = v.value * f_hi;
        const double years = spec.kind == IndicatorKind::kFlow ? v.period.years() : 1;
        r.per_year = spec.kind == IndicatorKind::kFlow ? v.value / years : NAN;
        r.per_10k = p.population > 0 ? v.value / years / (p.population / 1e4) : NAN;
        r.basis_value = r.per_10k;
        if (p.population <= 0 && !std::isnan(v.value)) r.reason = {{ReasonCode::kNoPopulation, {{"code", r.city}}}};
      }
      rows.push_back(r);
    }
    std::vector<double> vals;
    for (const auto& r : rows) {
      if (std::isfinite(r.basis_value)) vals.push_back(r.basis_value);
    }
    std::sort(vals.begin(), vals.end());
    const int n = static_cast<int>(vals.size());
    double mean = 0, sd = 0;
    for (double v : vals) mean += v / n;
    for (double v : vals) sd += (v - mean) * (v - mean) / std::max(1, n - 1);
    sd = std::sqrt(sd);
    const double median = n == 0 ? NAN : n % 2 ? vals[n / 2] : (vals[n / 2 - 1] + vals[n / 2]) / 2;
    for (auto& r : rows) {
      r.peer.n = n;
      r.peer.median = median;
      if (!std::isfinite(r.basis_value)) continue;
      r.rank =
          1 + static_cast<int>(std::count_if(vals.begin(), vals.end(), [&](double v) { return v > r.basis_value; }));
      r.ratio_to_median = median > 0 ? r.basis_value / median * 100 : NAN;
      if (n >= 3) {
        r.z = sd > 0 ? (r.basis_value - mean) / sd : 0;
        r.percentile =
            100.0 * std::count_if(vals.begin(), vals.end(), [&](double v) { return v <= r.basis_value; }) / n;
        r.band = r.percentile > 75 ? 1 : r.percentile > 50 ? 2 : r.percentile > 25 ? 3 : 4;
      } else {
        AddReason(&r.reason, FewPeersReason(n));
      }
    }
    in.rows.insert(in.rows.end(), rows.begin(), rows.end());
  }
  // Composite: mean z per place, ranked; a ±1 rank interval stands in for Monte Carlo.
  std::map<std::string, std::pair<double, int>> comp;
  for (const auto& r : in.rows) {
    auto& c = comp[r.city];
    if (std::isfinite(r.z)) c.first += r.z, c.second += 1;
  }
  std::vector<std::pair<double, std::string>> order;
  for (const auto& [city, c] : comp) {
    if (c.second > 0) order.push_back({-c.first / c.second, city});
  }
  std::sort(order.begin(), order.end());
  const int m = static_cast<int>(in.catalogue.size());
  for (auto& r : in.rows) {
    const auto& c = comp[r.city];
    r.composite_m = m;
    r.composite_k = c.second;
    if (c.second == 0) {
      r.composite_reason = {{ReasonCode::kNoPlaceZ, {}}};
      continue;
    }
    r.composite = c.first / c.second;
    const int rank =
        1 + static_cast<int>(std::find_if(order.begin(), order.end(), [&](auto& o) { return o.second == r.city; }) -
                             order.begin());
    r.composite_rank = rank;
    r.rank_median = rank;
    r.rank_p05 = std::max(1, rank - 1);
    r.rank_p95 = std::min(static_cast<int>(order.size()), rank + 1);
  }
  return in;
}

// `n` districts 第1区 … with values on every indicator except every
// `missing_every`-th place (from the second); every fifth value is "余"
// (at least) and the eighth place's values are reviewed.
inline RenderInput ManyPlacesFixture(int n, int missing_every) {
  std::vector<FixturePlace> places;
  std::vector<FixtureValue> v;
  for (int i = 0; i < n; ++i) {
    const std::string code = "p-" + std::to_string(100 + i);
    const std::string k = std::to_string(i + 1);
    places.push_back({code, "第" + k + "区", "District " + k, 200000.0 + 37000 * i});
    const double value = 100.0 + (i * 37) % 400;
    for (const char* ind : {"consultations", "resolved", "deployed"}) {
      v.push_back({code, ind, i % missing_every == 1 ? NAN : value,
                   i % 5 == 0 ? Qualifier::kAtLeast : Qualifier::kExact, Period::Year(2023), i == 7,
                   std::string("一年来，") + ind + "共" + std::to_string(int(value)) + "。"});
    }
  }
  return BuildFixture(places, v);
}

// Gansu's fourteen prefectures with their 2020 populations and plausible
// values; Wuwei's consultations ≥1000 over 2019–2023 … as in the seeds.
inline RenderInput GansuFixture() {
  const std::vector<FixturePlace> places = {
      {"gs-lanzhou", "兰州市", "Lanzhou", 4359446},
      {"gs-jiayuguan", "嘉峪关市", "Jiayuguan", 312663},
      {"gs-jinchang", "金昌市", "Jinchang", 438026},
      {"gs-baiyin", "白银市", "Baiyin", 1512110},
      {"gs-tianshui", "天水市", "Tianshui", 2984659},
      {"gs-wuwei", "武威市", "Wuwei", 1464955},
      {"gs-zhangye", "张掖市", "Zhangye", 1131016},
      {"gs-pingliang", "平凉市", "Pingliang", 1848607},
      {"gs-jiuquan", "酒泉市", "Jiuquan", 1055706},
      {"gs-qingyang", "庆阳市", "Qingyang", 2179716},
      {"gs-dingxi", "定西市", "Dingxi", 2524097},
      {"gs-longnan", "陇南市", "Longnan", 2407272},
      {"gs-linxia", "临夏回族自治州", "Linxia Hui Autonomous Prefecture", 2109750},
      {"gs-gannan", "甘南藏族自治州", "Gannan Tibetan Autonomous Prefecture", 691808}};
  std::vector<FixtureValue> v;
  const double cons[] = {2289, 310, NAN, 880, 1500, 1000, 640, 720, 450, 990, 1320, NAN, 760, 300};
  const double res[] = {5200, 420, 380, 1900, 2600, 1100, 980, NAN, 610, 1500, 2100, 1750, 1230, 260};
  const double dep[] = {1800, 120, 160, 520, 900, 489, 410, 600, 380, NAN, 700, 650, 540, 210};
  for (size_t i = 0; i < places.size(); ++i) {
    const auto& p = places[i];
    v.push_back({p.code, "consultations", cons[i], i == 5 ? Qualifier::kAtLeast : Qualifier::kExact, Period::Year(2023),
                 false,
                 "一年来，" + p.name_zh + "政协坚持把协商议事室建设作为基层协商民主的重要抓手，全年开展各类协商活动" +
                     std::to_string(static_cast<long long>(std::isnan(cons[i]) ? 0 : cons[i])) +
                     (i == 5 ? "余场次" : "场次") + "，推动解决了一批群众急难愁盼问题。"});
    v.push_back(
        {p.code, "resolved", res[i], i == 3 ? Qualifier::kApprox : Qualifier::kExact, Period::Year(2023), i == 5,
         "通过协商议事，解决问题" + std::to_string(static_cast<long long>(std::isnan(res[i]) ? 0 : res[i])) + "件。"});
    v.push_back(
        {p.code, "deployed", dep[i], Qualifier::kExact, Period::Year(2023), false,
         std::to_string(static_cast<long long>(std::isnan(dep[i]) ? 0 : dep[i])) + "名委员下沉到基层协商议事会。"});
  }
  // Earlier years for Wuwei and Lanzhou: a five-year summary and a single year.
  v.push_back({"gs-wuwei", "consultations", 3500, Qualifier::kAtLeast, Period::Span(2021, 5), false,
               "五年来开展协商活动3500余场次。"});
  v.push_back(
      {"gs-wuwei", "consultations", 820, Qualifier::kExact, Period::Year(2022), false, "全年开展协商活动820场次。"});
  v.push_back({"gs-wuwei", "deployed", 420, Qualifier::kExact, Period::Year(2022), false, "420名委员下沉。"});
  v.push_back(
      {"gs-lanzhou", "consultations", 1900, Qualifier::kExact, Period::Year(2022), false, "开展协商活动1900场次。"});
  return BuildFixture(places, v);
}

}  // namespace peercard::testing
