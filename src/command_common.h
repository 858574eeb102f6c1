// What every command loads: the indicator catalogue and the places table.
#pragma once

#include <string>
#include <vector>

#include "indicator_spec.h"
#include "places.h"
#include "status.h"

namespace peercard {

struct Catalogue {
  std::vector<IndicatorSpec> indicators;
  std::vector<Place> places;  // metrics/places.csv, then the user's --places rows
};

// Loads metrics_dir/*.toml and metrics_dir/places.csv, then merges
// `extra_places` (a user's --places file; "" for none). Errors name the file.
Result<Catalogue> LoadCatalogue(const std::string& metrics_dir, const std::string& extra_places);

// Number of worker threads when the user gives none: the hardware's, >= 1.
int DefaultThreads();

}  // namespace peercard
