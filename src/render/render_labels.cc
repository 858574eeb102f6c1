#include "render/render_labels.h"

namespace peercard {

std::string PeerGroupLabel(const Templates& t, const std::string& group) {
  const size_t colon = group.find(':');
  if (colon == std::string::npos) return group == "all" ? t.Text("peer_group.all") : group;
  const std::string kind = group.substr(0, colon), name = group.substr(colon + 1);
  // Cities and provinces have no city above them: they compare among themselves.
  if (kind == "prefecture" && name == "unknown") return t.Text("peer_group.prefecture_none");
  if (kind == "province" || kind == "level" || kind == "list" || kind == "prefecture") {
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

}  // namespace peercard
