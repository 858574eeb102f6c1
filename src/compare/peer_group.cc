#include "compare/peer_group.h"

#include <fstream>
#include <set>

#include "base/csv.h"

namespace peercard {

Result<PeerSpec> ParsePeerSpec(const std::string& arg) {
  PeerSpec spec;
  if (arg == "all") return spec;
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
  auto list = ReadPeerList(arg);
  if (!list.ok()) return list.status();
  spec.mode = PeerSpec::Mode::kList;
  spec.list_path = arg;
  spec.list = std::move(list).value();
  return spec;
}

Result<std::vector<std::string>> ReadPeerList(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open peer list");
  std::vector<std::string> codes;
  std::set<std::string> seen;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (number == 1 && line.compare(0, kUtf8Bom.size(), kUtf8Bom) == 0) line.erase(0, kUtf8Bom.size());
    std::string code = line.substr(0, line.find(','));
    while (!code.empty() && (code.back() == '\r' || code.back() == ' ' || code.back() == '\t')) code.pop_back();
    while (!code.empty() && (code.front() == ' ' || code.front() == '\t')) code.erase(code.begin());
    if (code.empty() || code[0] == '#' || (codes.empty() && code == "code")) continue;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    if (!IsValidPlaceCode(code)) {
      return Status::InvalidArgument(where + "place code '" + code + "' must be lower-case letters, digits and '-'");
    }
    if (!seen.insert(code).second) return Status::InvalidArgument(where + "place '" + code + "' is listed twice");
    codes.push_back(code);
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  if (codes.empty()) return Status::InvalidArgument(path + ": lists no place");
  return codes;
}

std::string PeerGroupOf(const PeerSpec& spec, const Place& place) {
  switch (spec.mode) {
    case PeerSpec::Mode::kAll: return "all";
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
