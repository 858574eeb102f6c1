// What every command loads: the indicator catalogue and the places table.
#pragma once

#include <string>
#include <vector>

#include "indicator_spec.h"
#include "observation.h"
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

// Reads several observations.csv files into one list. A file that cannot be
// read adds its error ("FILE:LINE: problem") to *errors and the others go on;
// unknown places add warnings. Returns the observations of the good files.
std::vector<Observation> ReadObservationFiles(const std::vector<std::string>& paths, const Catalogue& catalogue,
                                              std::vector<std::string>* warnings, std::vector<std::string>* errors);

// Number of worker threads when the user gives none: the hardware's, >= 1.
int DefaultThreads();

}  // namespace peercard
