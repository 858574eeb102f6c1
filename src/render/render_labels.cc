#include "render/render_labels.h"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "base/csv_values.h"
#include "base/utf8.h"

namespace peercard {

std::string PeerGroupLabel(const Templates& t, const std::string& group) {
  const size_t colon = group.find(':');
  if (colon == std::string::npos) return group == "all" ? t.Text("peer_group.all") : group;
  const std::string kind = group.substr(0, colon), name = group.substr(colon + 1);
  // Cities and provinces have no city above them: they compare among themselves.
  if (kind == "prefecture" && name == "unknown") return t.Text("peer_group.prefecture_none");
  if (kind == "level") {
    const std::string level = t.Text("level." + name);
    return t.Fill("peer_group.level", {{"name", level.rfind("\u3010", 0) == 0 ? name : level}});
  }
  if (kind == "province_level") {
    const size_t slash = name.rfind('/');
    const std::string tier = slash == std::string::npos ? "unknown" : name.substr(slash + 1);
    const bool known = tier == "province" || tier == "prefecture" || tier == "county";
    const std::string province = name.substr(0, slash);
    return t.Fill("peer_group.province_level", {{"province", province == "unknown" ? "" : province},
                                                {"tier", t.Text("tier." + (known ? tier : "unknown"))}});
  }
  if (kind == "province" || kind == "list" || kind == "prefecture") {
    return t.Fill("peer_group." + kind, {{"name", name}});
  }
  return group;
}

std::string PeriodLabel(const Templates& t, const Period& p) {
  if (!p.known()) return t.Text("tile.period_unknown");
  if (p.years() == 1) return t.Fill("tile.period_year", {{"year", std::to_string(p.last_year)}});
  return t.Fill("tile.period_span", {{"first", std::to_string(p.first_year)},
                                     {"last", std::to_string(p.last_year)},
                                     {"years", std::to_string(p.years())}});
}

std::string BasisLabel(const Templates& t, const std::string& basis) {
  if (basis == "raw" || basis == "per_year" || basis == "per_10k" || basis == "per_township") {
    return t.Text("basis." + basis);
  }
  return basis;
}

std::string IntervalRuleText(const Templates& t, const IntervalRule& rule) {
  // To the hundredth: 500 × 0.95 is 474.99999999999994 in binary.
  const auto plain = [](double v) { return FormatCsvNumber(std::round(v * 100) / 100); };
  return t.Fill("notes.interval", {{"al_hi", plain(1000 * (1 + rule.at_least))},
                                   {"ap_lo", plain(500 * (1 - rule.approx))},
                                   {"ap_hi", plain(500 * (1 + rule.approx))},
                                   {"am_lo", plain(50 * (1 - rule.at_most))}});
}

std::string LongDate(const Templates& t, long long seconds) {
  const std::time_t tt = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char mm[16], dd[16];
  std::snprintf(mm, sizeof mm, "%02d", tm.tm_mon + 1);
  std::snprintf(dd, sizeof dd, "%02d", tm.tm_mday);
  return t.Fill("date.long", {{"y", std::to_string(tm.tm_year + 1900)},
                              {"m", std::to_string(tm.tm_mon + 1)},
                              {"d", std::to_string(tm.tm_mday)},
                              {"mm", mm},
                              {"dd", dd}});
}

std::string YearsLabel(const Templates& t, int first_year, int last_year) {
  if (last_year <= 0) return "";
  if (first_year <= 0 || first_year == last_year) return t.Fill("tile.period_year", {{"year", std::to_string(last_year)}});
  return t.Fill("tile.period_year", {{"year", std::to_string(first_year) + "\u2013" + std::to_string(last_year)}});
}

std::string PlaceName(const Templates& t, const std::string& zh, const std::string& en) {
  return t.chinese() || en.empty() ? zh : en;
}

std::string PlaceTitle(const Templates& t, const std::string& zh, const std::string& en) {
  if (t.language() == Language::kZhEn && !en.empty() && en != zh) return zh + " " + en;
  return PlaceName(t, zh, en);
}

std::string IndicatorName(const Templates& t, const IndicatorSpec& spec) {
  return t.chinese() || spec.label_en.empty() ? spec.label_zh : spec.label_en;
}

std::string IndicatorTitle(const Templates& t, const IndicatorSpec& spec) {
  if (t.language() == Language::kZhEn && !spec.label_en.empty()) return spec.label_zh + " " + spec.label_en;
  return IndicatorName(t, spec);
}

std::string UnitName(const Templates& t, const IndicatorSpec& spec) {
  return t.chinese() ? spec.unit_zh : spec.unit_en;
}

std::string WithUnit(const Templates& t, const std::string& number, const std::string& unit) {
  return t.chinese() || unit.empty() ? number + unit : number + " " + unit;
}

}  // namespace peercard
