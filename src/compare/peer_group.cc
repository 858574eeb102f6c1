#include "compare/peer_group.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "base/csv.h"
#include "base/file_bytes.h"
#include "base/suggest.h"
#include "base/text_encoding.h"

namespace peercard {

Result<PeerSpec> ParsePeerSpec(const std::string& arg) {
  PeerSpec spec;
  if (arg == "all") return spec;
  if (arg == "auto") {
    spec.mode = PeerSpec::Mode::kAuto;
    return spec;
  }
  if (arg == "province_level") {
    spec.mode = PeerSpec::Mode::kProvinceLevel;
    return spec;
  }
  if (arg == "province") {
    spec.mode = PeerSpec::Mode::kProvince;
    return spec;
  }
  if (arg == "level") {
    spec.mode = PeerSpec::Mode::kLevel;
    return spec;
  }
  if (arg == "prefecture") {
    spec.mode = PeerSpec::Mode::kPrefecture;
    return spec;
  }
  std::error_code ec;
  if (!std::filesystem::exists(arg, ec)) {
    return Status::InvalidArgument("--peers " + arg +
                                   ": not a peer group (auto, all, province, level, province_level, prefecture) nor a file");
  }
  auto list = ReadPeerList(arg);
  if (!list.ok()) return list.status();
  spec.mode = PeerSpec::Mode::kList;
  spec.list_path = arg;
  spec.entries = std::move(list).value();
  return spec;
}

Result<std::vector<PeerListEntry>> ReadPeerList(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxInputBytes);
  if (!bytes.ok()) return bytes.status();
  std::string text;
  if (bytes->find_first_not_of(" \t\r\n") != std::string::npos) {
    Result<DecodedText> decoded = DecodeBytes(*bytes, path);
    if (!decoded.ok()) return decoded.status();
    text = std::move(decoded->utf8);
  }
  std::vector<PeerListEntry> entries;
  std::map<std::string, int> seen;
  int number = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find_first_of("\r\n", begin);
    if (end == std::string::npos) end = text.size();
    ++number;
    std::string cell = text.substr(begin, end - begin);
    cell = cell.substr(0, cell.find(','));
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t')) cell.pop_back();
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.erase(cell.begin());
    begin = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    if (cell.empty() || cell[0] == '#' || (entries.empty() && cell == "code")) continue;
    const auto [it, fresh] = seen.emplace(cell, number);
    if (!fresh) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) + ": '" + cell + "' is listed twice (line " +
                                     std::to_string(it->second) + ")");
    }
    entries.push_back({cell, number});
  }
  if (entries.empty()) return Status::InvalidArgument(path + ": lists no place");
  return entries;
}

Status ResolvePeerList(const std::vector<Place>& table, PeerSpec* spec) {
  if (spec->mode != PeerSpec::Mode::kList) return Status::Ok();
  std::unordered_map<std::string, const Place*> by_code;
  std::unordered_map<std::string, std::vector<const Place*>> by_name;
  for (const Place& p : table) {
    by_code[p.code] = &p;
    by_name[p.name_zh].push_back(&p);
    for (const std::string& a : p.aliases) by_name[a].push_back(&p);
  }
  spec->list.clear();
  std::map<std::string, int> taken;  // code → line
  for (const PeerListEntry& e : spec->entries) {
    const std::string where = spec->list_path + ":" + std::to_string(e.line) + ": ";
    std::string code;
    if (by_code.count(e.text)) {
      code = e.text;
    } else if (const auto named = by_name.find(e.text); named != by_name.end()) {
      std::vector<std::string> codes;
      for (const Place* p : named->second) {
        if (std::find(codes.begin(), codes.end(), p->code) == codes.end()) codes.push_back(p->code);
      }
      if (codes.size() > 1) {
        std::sort(codes.begin(), codes.end());
        std::string list;
        for (size_t i = 0; i < codes.size() && i < 6; ++i) list += (i ? ", " : "") + codes[i];
        if (codes.size() > 6) list += ", …";
        return Status::InvalidArgument(where + "'" + e.text + "' names " + std::to_string(codes.size()) + " places (" +
                                       list + "): write the code");
      }
      code = codes.front();
    } else {
      std::vector<std::string> known;
      known.reserve(by_code.size());
      for (const Place& p : table) known.push_back(IsValidPlaceCode(e.text) ? p.code : p.name_zh);
      const std::string near = NearestChoice(e.text, known);
      return Status::InvalidArgument(where + "'" + e.text + "' is not in the places table" +
                                     (near.empty() ? "" : " (did you mean '" + near + "'?)"));
    }
    const auto [it, fresh] = taken.emplace(code, e.line);
    if (!fresh) {
      return Status::InvalidArgument(where + "'" + e.text + "' is " + code + ", listed already (line " +
                                     std::to_string(it->second) + ")");
    }
    spec->list.push_back(code);
  }
  return Status::Ok();
}

std::string TierOf(const std::string& level) {
  for (const char* county : {"district", "county", "county_city", "banner", "special_district", "forestry_district"}) {
    if (level == county) return "county";
  }
  if (level == "prefecture") return "prefecture";
  if (level == "province" || level == "municipality") return "province";
  return "unknown";
}

namespace {

std::string ProvinceTier(const Place& place) {
  return (place.province.empty() ? std::string("unknown") : place.province) + "/" + TierOf(place.level);
}

}  // namespace

void ResolveAutoPeers(const std::vector<Place>& compared, PeerSpec* spec, std::string* why) {
  if (spec->mode != PeerSpec::Mode::kAuto) return;
  std::map<std::string, int> sizes;
  for (const Place& p : compared) ++sizes[ProvinceTier(p)];
  for (const auto& [group, n] : sizes) {
    if (n < kAutoMinPeers) {
      spec->mode = PeerSpec::Mode::kAll;
      *why = "--peers auto: " + group + " has " + std::to_string(n) + (n == 1 ? " place" : " places") +
             ", fewer than " + std::to_string(kAutoMinPeers) + ": every place is compared with all";
      return;
    }
  }
  spec->mode = sizes.empty() ? PeerSpec::Mode::kAll : PeerSpec::Mode::kProvinceLevel;
  *why = sizes.empty() ? "--peers auto: no place to compare"
                       : "--peers auto: every place is compared with the places of its tier in its province (" +
                             std::to_string(sizes.size()) + (sizes.size() == 1 ? " group" : " groups") + ")";
}

std::string PeerGroupOf(const PeerSpec& spec, const Place& place) {
  switch (spec.mode) {
    case PeerSpec::Mode::kAll:
    case PeerSpec::Mode::kAuto: return "all";
    case PeerSpec::Mode::kProvinceLevel: return "province_level:" + ProvinceTier(place);
    case PeerSpec::Mode::kProvince: return "province:" + (place.province.empty() ? "unknown" : place.province);
    case PeerSpec::Mode::kLevel: return "level:" + (place.level.empty() ? "unknown" : place.level);
    case PeerSpec::Mode::kPrefecture: {
      // A county-level place's parent is a prefecture (its code ends in 00
      // but not 0000); a prefecture's parent is its province.
      // The four municipalities' districts compare with one another.
      const std::string& p = place.parent_code;
      const bool municipality = p == "110000" || p == "120000" || p == "310000" || p == "500000";
      const bool city = p.size() == 6 && p.substr(4) == "00" && (p.substr(2) != "0000" || municipality);
      return "prefecture:" + (city ? p : std::string("unknown"));
    }
    case PeerSpec::Mode::kList: return "list:" + spec.list_path;
  }
  return "all";
}

}  // namespace peercard
