// The places table: metrics/places.csv plus a user's --places rows.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace peercard {

// One row of the places table. Figures keep their source so that a user can
// replace one and say where the new one came from.
struct Place {
  std::string code;      // "gs-wuwei": lower-case ASCII, digits, '-'; used in file names
  std::string name_zh;   // "武威市"
  std::string name_en;   // "Wuwei"
  std::string division_code;  // "620600": the NBS 6-digit code; "" for a user's row without one
  std::string parent_code;    // the division code of the prefecture or province above; "" at the top
  std::vector<std::string> aliases;  // extra names beyond the derived ones (see gazetteer.h)
  std::string province;  // "甘肃省"
  std::string level;     // "prefecture", "county", …
  double population_2020 = 0;  // residents at the 2020 census; 0 = unknown
  std::string population_source;
  double townships = 0;  // township-level divisions; 0 = unknown
  std::string townships_year;
  std::string townships_source;
  bool from_table = true;  // false for a committee found in text but in no table
};

// Columns: code,name_zh[,division_code,parent_code,name_en,aliases,province,
// level,population_2020,population_source,townships,townships_year,
// townships_source]; only code and name_zh are required; aliases are
// separated by ';'; division codes are six digits.
// Returns InvalidArgument naming file:line for a bad code, a duplicate code or
// a non-numeric figure.
Result<std::vector<Place>> LoadPlacesCsv(const std::string& path);

// A place name without its administrative suffix, as reports and narrow
// chart labels write it: "武威市" → "武威", "临夏回族自治州" → "临夏",
// "恩施土家族苗族自治州" → "恩施", "荣昌区" → "荣昌"; a name that would shrink
// below two characters is returned unchanged ("和县"), and so is a name
// with no suffix (an English one).
std::string ShortPlaceName(const std::string& name_zh);

// True when `code` is safe as a file name: [a-z0-9-]+, no leading '-'.
bool IsValidPlaceCode(const std::string& code);

// Adds `extra` (a user's rows) to `base` (the table). A row replaces the
// table's row with the same code, or else the one with the same division
// code, or else the one with the same name in the same province, or (a row
// with no province) the only row of that name. The user's code is then used;
// division codes, level, English name and figures the user left empty are
// kept from the table. Any other row is added.
void MergePlaces(std::vector<Place>* base, const std::vector<Place>& extra);

}  // namespace peercard
