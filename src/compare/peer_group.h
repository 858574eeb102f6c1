// Who a place is compared with: everyone, its province, its level, the
// places of its tier in its province, the districts and counties of its city,
// or the places an explicit file lists
// (--peers auto|all|province|level|province_level|prefecture|FILE).
#pragma once

#include <string>
#include <vector>

#include "model/places.h"
#include "base/status.h"

namespace peercard {

// One line of a peer list: a place code or a place's name, as written.
struct PeerListEntry {
  std::string text;
  int line = 0;
};

struct PeerSpec {
  // kAuto: kProvinceLevel when every such group is large enough, else kAll
  // (ResolveAutoPeers); kProvinceLevel: the same tier (county-level,
  // prefecture-level, province-level) in the same province.
  enum class Mode { kAll, kProvince, kLevel, kPrefecture, kList, kProvinceLevel, kAuto };
  Mode mode = Mode::kAll;
  std::string list_path;                // kList: the file, as given
  std::vector<PeerListEntry> entries;   // kList: as read, in file order
  std::vector<std::string> list;        // kList: the codes (ResolvePeerList), in file order
};

// "auto", "all", "province", "level", "province_level", "prefecture", or
// else the path of a list file (ReadPeerList). Neither a group nor a file:
// InvalidArgument naming the groups ("--peers cities: not a peer group (auto,
// all, province, level, province_level, prefecture) nor a file").
Result<PeerSpec> ParsePeerSpec(const std::string& arg);

// Reads a peer list: one place per line, by code (gs-jiuquan) or by name
// (酒泉市); the first comma-separated cell counts, so a CSV with a first
// column of codes works too. Decoded as the user's tables are (UTF-8, UTF-16,
// GBK); any line end. Blank lines, lines starting with '#' and a header cell
// "code" are skipped. InvalidArgument "FILE:LINE: …" for an entry listed
// twice, "FILE: lists no place" for an empty list; NotFound if it cannot be
// read.
Result<std::vector<PeerListEntry>> ReadPeerList(const std::string& path);

// Fills spec->list from spec->entries against the places `table`: a code
// in the table is taken; otherwise an entry is a name (name_zh or an alias)
// that must name exactly one place. Errors name file and line:
// "FILE:3: 'gs-wuwie' is not in the places table (did you mean 'gs-wuwei'?)",
// "FILE:4: '鼓楼区' names 4 places (fj-gulou, …): write the code",
// "FILE:5: 'gs-jiuquan' is listed twice (line 2)". Only for kList.
Status ResolvePeerList(const std::vector<Place>& table, PeerSpec* spec);

// The tier of a level: "county" for district, county, county_city, banner,
// special_district and forestry_district; "prefecture"; "province" for
// province and municipality; "unknown" otherwise.
std::string TierOf(const std::string& level);

// The fewest places a same-province, same-tier group may hold for --peers
// auto to choose those groups.
constexpr int kAutoMinPeers = 5;

// Resolves --peers auto over the places compared: kProvinceLevel when every
// (province, tier) group among them holds at least kAutoMinPeers places,
// else kAll. Sets *why to a sentence for the user ("auto: 甘肃省/county has 3
// places, fewer than 5: compared with all"). Other modes are left as they are.
void ResolveAutoPeers(const std::vector<Place>& compared, PeerSpec* spec, std::string* why);

// The group label printed in comparison.csv: "all", "province:甘肃省",
// "level:prefecture", "province_level:甘肃省/county", "prefecture:320100"
// (the division code of the city whose districts and counties compare),
// "list:FILE"; a place without a province, level or parent is in
// "province:unknown", "level:unknown", "prefecture:unknown" (a city or
// province itself has no city above it). Pure.
std::string PeerGroupOf(const PeerSpec& spec, const Place& place);

}  // namespace peercard
