// Stage model/: the data the pipeline speaks of: observations, periods,
// qualifiers, places, indicator specs and the catalogue that loads them
// (toml++ only here and in draw/).
//
// The catalogue every command loads: the indicators of metrics/*.toml and the
// places table (metrics/places.csv plus a user's --places rows).
#pragma once

#include <string>
#include <vector>

#include "model/indicator_spec.h"
#include "model/places.h"
#include "base/status.h"

namespace peercard {

struct Catalogue {
  std::vector<IndicatorSpec> indicators;
  std::vector<Place> places;  // metrics/places.csv, then the user's --places rows
};

// Loads metrics_dir/*.toml and metrics_dir/places.csv, then merges
// `extra_places` (a user's --places file; "" for none). Errors name the file.
Result<Catalogue> LoadCatalogue(const std::string& metrics_dir, const std::string& extra_places);

}  // namespace peercard
