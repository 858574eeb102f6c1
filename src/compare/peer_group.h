// Who a place is compared with: everyone, its province, its level, the
// districts and counties of its city, or the places an explicit file lists
// (--peers all|province|level|prefecture|FILE).
#pragma once

#include <string>
#include <vector>

#include "model/places.h"
#include "base/status.h"

namespace peercard {

struct PeerSpec {
  enum class Mode { kAll, kProvince, kLevel, kPrefecture, kList };
  Mode mode = Mode::kAll;
  std::string list_path;          // kList: the file, as given
  std::vector<std::string> list;  // kList: the codes, in file order
};

// "all", "province", "level", "prefecture", or else the path of a list file
// (ReadPeerList).
Result<PeerSpec> ParsePeerSpec(const std::string& arg);

// Reads a list of place codes: one per line (the first comma-separated cell
// counts, so a CSV with a first column of codes works too). Blank lines,
// lines starting with '#', a UTF-8 BOM and a header cell "code" are skipped.
// InvalidArgument "FILE:LINE: …" for a malformed or repeated code,
// "FILE: lists no place" for an empty list; NotFound if it cannot be read.
Result<std::vector<std::string>> ReadPeerList(const std::string& path);

// The group label printed in comparison.csv: "all", "province:甘肃省",
// "level:prefecture", "prefecture:320100" (the division code of the city
// whose districts and counties compare), "list:FILE"; a place without a
// province, level or parent is in "province:unknown", "level:unknown",
// "prefecture:unknown" (a city or province itself has no city above it).
// Pure.
std::string PeerGroupOf(const PeerSpec& spec, const Place& place);

}  // namespace peercard
