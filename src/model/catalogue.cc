#include "model/catalogue.h"


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

}  // namespace peercard
