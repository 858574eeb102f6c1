#include "render/card_points.h"

#include <cmath>

#include "render/render_labels.h"

namespace peercard {

namespace {

// "每万人" for the basis of peer statistics; "" for raw values, which the
// sentence has already given.
std::string BasisWord(const Templates& t, const std::string& basis) {
  if (basis == "per_year" || basis == "per_10k" || basis == "per_township") return t.Text("tile." + basis);
  return "";
}

std::string LeadSentence(const PlaceView& v, const IndicatorView& iv, const Templates& t, const NumberText& nt) {
  const ComparisonRow& r = *iv.row;
  const std::string unit = UnitName(t, iv.spec);
  const std::string own_phrase = t.chinese() ? iv.spec.phrase_zh : iv.spec.phrase_en;
  const std::string phrase = own_phrase.empty() ? t.Fill("points.phrase", {{"label", IndicatorName(t, iv.spec)}})
                                                : own_phrase;
  std::string norm;
  const std::string basis = BasisWord(t, r.basis);
  if (!basis.empty() && std::isfinite(r.basis_value)) {
    norm = t.Fill("points.norm",
                  {{"basis", basis}, {"value", SentenceNumber(t, nt, r.basis_value, r.qualifier)}, {"unit", unit}});
  }
  std::string rank;
  if (r.rank > 0 && r.peer.n >= 3) {
    const int best = std::min(iv.rank.best, r.rank), worst = std::max(iv.rank.worst, r.rank);
    rank = best == worst ? t.Fill("points.rank", {{"rank", std::to_string(r.rank)}, {"n", std::to_string(r.peer.n)}})
                         : t.Fill("points.rank_range", {{"best", std::to_string(best)},
                                                        {"worst", std::to_string(worst)},
                                                        {"n", std::to_string(r.peer.n)}});
  }
  const std::string stand_in = iv.stands_in() ? t.Fill("points.stand_in", {{"year", std::to_string(v.year)}}) : "";
  return t.Fill("points.lead", {{"period", PeriodLabel(t, r.period)},
                                {"name", PlaceName(t, v.name_zh, v.name_en)},
                                {"phrase", phrase},
                                {"value", SentenceNumber(t, nt, r.value, r.qualifier)},
                                {"unit", unit},
                                {"stand_in", stand_in},
                                {"norm", norm},
                                {"rank", rank},
                                {"change", ChangeText(t, nt, r, "points")}});
}

// The strength or weakness sentence of indicator `i`, "" when i < 0.
std::string StandingSentence(const PlaceView& v, int i, const char* key, const Templates& t, const NumberText& nt) {
  if (i < 0) return "";
  const IndicatorView& iv = v.indicators[i];
  const ComparisonRow& r = *iv.row;
  if (!std::isfinite(r.basis_value) || !std::isfinite(r.ratio_to_median)) return "";
  return t.Fill(key, {{"label", IndicatorName(t, iv.spec)},
                      {"basis", BasisWord(t, r.basis)},
                      {"value", SentenceNumber(t, nt, r.basis_value, r.qualifier)},
                      {"unit", UnitName(t, iv.spec)},
                      {"vs_median", VsMedianText(t, nt, r.ratio_to_median, "points")}});
}

}  // namespace

std::string VsMedianText(const Templates& t, const NumberText& nt, double pct, const std::string& section) {
  if (pct >= 200) return t.Fill(section + ".vs_median_times", {{"x", nt.Fixed(pct / 100, 1)}});
  return t.Fill(section + ".vs_median", {{"pct", nt.Integer(pct)}});
}

std::string SentenceNumber(const Templates& t, const NumberText& nt, double value, Qualifier q) {
  const std::string n = PrintedNumber(nt, t, value);
  switch (q) {
    case Qualifier::kAtLeast: return t.Fill("points.at_least", {{"n", n}});
    case Qualifier::kApprox: return t.Fill("points.approx", {{"n", n}});
    case Qualifier::kAtMost: return t.Fill("points.at_most", {{"n", n}});
    case Qualifier::kExact: break;
  }
  return n;
}

std::string ChangeText(const Templates& t, const NumberText& nt, const ComparisonRow& row,
                       const std::string& section) {
  if (!row.trend_comparable || !std::isfinite(row.change_pct) || row.qualifier != Qualifier::kExact) return "";
  const std::string pct = nt.Fixed(std::fabs(row.change_pct), 1);
  const bool flat = pct == nt.Fixed(0, 1);
  const std::string way = flat ? "flat" : row.change_pct > 0 ? "up" : "down";
  const bool last_year = row.prev_year == row.period.last_year - 1;
  return t.Fill(section + ".change_" + way + (last_year ? "" : "_since"),
                {{"pct", pct}, {"year", std::to_string(row.prev_year)}});
}

std::vector<std::string> KeyPoints(const PlaceView& v, const Templates& t, const NumberText& nt) {
  std::vector<std::string> out;
  std::string missing;
  const IndicatorView* lead = nullptr;
  for (const IndicatorView& iv : v.indicators) {
    if (!iv.has_value()) {
      missing += (missing.empty() ? "" : t.Text("points.list_sep")) + IndicatorName(t, iv.spec);
    } else if (!lead) {
      lead = &iv;
    }
  }
  if (lead) out.push_back(LeadSentence(v, *lead, t, nt));
  const ComparisonRow* any = v.indicators.empty() ? nullptr : v.indicators.front().row;
  if (v.peer_n < 3) {
    out.push_back(t.Text("points.few_peers"));
  } else if (any && std::isfinite(any->composite) && any->composite_rank > 0) {
    const bool range = any->rank_p05 > 0 && any->rank_p95 > 0 && any->rank_p05 != any->rank_p95;
    out.push_back(t.Fill(range ? "points.composite_range" : "points.composite",
                         {{"k", std::to_string(any->composite_k)},
                          {"rank", std::to_string(any->composite_rank)},
                          {"n", std::to_string(v.composite_n)},
                          {"lo", std::to_string(any->rank_p05)},
                          {"hi", std::to_string(any->rank_p95)}}));
  }
  for (const std::string& s : {StandingSentence(v, v.strongest, "points.strength", t, nt),
                               StandingSentence(v, v.weakest, "points.weakness", t, nt)}) {
    if (!s.empty()) out.push_back(s);
  }
  if (!missing.empty() && out.size() < 4) out.push_back(t.Fill("points.missing", {{"labels", missing}}));
  if (out.size() > 4) out.resize(4);
  return out;
}

}  // namespace peercard
