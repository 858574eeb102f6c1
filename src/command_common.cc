#include "command_common.h"

#include <iterator>
#include <thread>

#include "observations_csv.h"

namespace peercard {

Result<Catalogue> LoadCatalogue(const std::string& metrics_dir, const std::string& extra_places) {
  Catalogue c;
  auto indicators = LoadIndicatorCatalogue(metrics_dir);
  if (!indicators.ok()) return indicators.status();
  c.indicators = std::move(*indicators);
  auto places = LoadPlacesCsv(metrics_dir + "/places.csv");
  if (!places.ok()) return places.status();
  c.places = std::move(*places);
  if (!extra_places.empty()) {
    auto extra = LoadPlacesCsv(extra_places);
    if (!extra.ok()) return extra.status();
    MergePlaces(&c.places, *extra);
  }
  return c;
}

std::vector<Observation> ReadObservationFiles(const std::vector<std::string>& paths, const Catalogue& catalogue,
                                              std::vector<std::string>* warnings, std::vector<std::string>* errors) {
  std::vector<Observation> obs;
  for (const std::string& path : paths) {
    auto read = ReadObservationsCsv(path, catalogue.indicators, catalogue.places, warnings);
    if (!read.ok()) {
      errors->push_back(read.status().message());
      continue;
    }
    obs.insert(obs.end(), std::make_move_iterator(read->begin()), std::make_move_iterator(read->end()));
  }
  return obs;
}

int DefaultThreads() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

}  // namespace peercard
