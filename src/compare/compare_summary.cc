#include "compare/compare_summary.h"

#include <charconv>
#include <cmath>
#include <map>
#include <set>

namespace peercard {

namespace {

// Two decimals, locale-free: 3.125 → "3.13" (to_chars rounds correctly).
std::string Fixed2(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  return std::string(buf, r.ptr);
}

std::string Name(const ComparisonRow& r) { return r.name_zh.empty() ? r.city : r.name_zh + " " + r.city; }

std::string NameList(const std::vector<std::string>& names, int max_names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (static_cast<int>(i) == max_names) return out + ", …";
    out += (i ? ", " : "") + names[i];
  }
  return out;
}

std::string IndicatorLine(const std::vector<const ComparisonRow*>& rows, const IndicatorSpec& spec, int year,
                          int max_names) {
  int n = 0, stand_ins = 0;
  std::vector<std::string> leaders, missing;
  for (const ComparisonRow* r : rows) {
    if (std::isnan(r->basis_value)) {
      missing.push_back(r->city);
      continue;
    }
    ++n;
    if (r->year_used != year) ++stand_ins;
    if (r->rank == 1) leaders.push_back(Name(*r) + " " + Fixed2(r->basis_value));
  }
  std::string line = "  " + spec.id + " (" + spec.compare_on + "): n " + std::to_string(n);
  if (!leaders.empty()) line += "; leads " + NameList(leaders, max_names);
  if (stand_ins > 0) {
    line += "; " + std::to_string(stand_ins) + (stand_ins == 1 ? " stands" : " stand") + " in from an earlier year";
  }
  if (!missing.empty()) line += "; missing " + std::to_string(missing.size()) + ": " + NameList(missing, max_names);
  return line + "\n";
}

}  // namespace

std::string FormatCompareSummary(const Comparison& c, const std::vector<IndicatorSpec>& catalogue, int max_names) {
  // group → indicator → rows (rows are sorted by city, so each list is too).
  std::map<std::string, std::map<std::string, std::vector<const ComparisonRow*>>> groups;
  for (const ComparisonRow& r : c.rows) groups[r.peer_group][r.indicator].push_back(&r);
  std::string out;
  for (const auto& [label, by_indicator] : groups) {
    std::set<std::string> cities;
    for (const auto& entry : by_indicator) {
      for (const ComparisonRow* r : entry.second) cities.insert(r->city);
    }
    out += "peer group " + label + ": " + std::to_string(cities.size()) + " places, year " + std::to_string(c.year) +
           "\n";
    const ComparisonRow* first = nullptr;
    int ranked = 0;
    for (const IndicatorSpec& spec : catalogue) {
      const auto rows = by_indicator.find(spec.id);
      if (rows == by_indicator.end()) continue;
      out += IndicatorLine(rows->second, spec, c.year, max_names);
      if (&spec != &catalogue.front()) continue;
      for (const ComparisonRow* r : rows->second) {
        if (r->composite_rank == 0) continue;
        ++ranked;
        if (!first || r->composite_rank < first->composite_rank) first = r;
      }
    }
    out += "  composite: " + std::to_string(ranked) + " of " + std::to_string(cities.size()) + " ranked";
    if (first) {
      out += "; first " + Name(*first);
      if (first->rank_p05 > 0) {
        out += " (rank interval " + std::to_string(first->rank_p05) + "-" + std::to_string(first->rank_p95) + ")";
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace peercard
