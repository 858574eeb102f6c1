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

// Columns: code,name_zh[,name_en,aliases,province,level,population_2020,
// population_source,townships,townships_year,townships_source]; only code and
// name_zh are required; aliases are separated by ';'.
// Returns InvalidArgument naming file:line for a bad code, a duplicate code or
// a non-numeric figure.
Result<std::vector<Place>> LoadPlacesCsv(const std::string& path);

// True when `code` is safe as a file name: [a-z0-9-]+, no leading '-'.
bool IsValidPlaceCode(const std::string& code);

// Adds `extra` to `base`; a row whose code exists replaces that row.
void MergePlaces(std::vector<Place>* base, const std::vector<Place>& extra);

}  // namespace peercard
