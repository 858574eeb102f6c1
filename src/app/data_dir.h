// Where the data folders (metrics/, templates/, examples/) are found when no
// option names them.
#pragma once

#include <string>

#include "base/status.h"
#include "draw/templates.h"
#include "model/catalogue.h"

namespace peercard {

// The data folder `sub` ("metrics", "templates", "examples/corpus"), the first
// that exists of:
//   1. $PEERCARD_HOME/<sub> when PEERCARD_HOME is set, and then only there: a
//      missing folder is an error naming it, never a fall back to the others;
//   2. beside the binary: <exe dir>/../share/peercard/<sub> (as `cmake
//      --install` lays it out), then <exe dir>/<sub> (a copied binary);
//   3. the source tree the binary was built from (build/peercard in a checkout).
// NotFound names every path tried.
Result<std::string> FindDataDir(const std::string& sub);

// `option` (a --metrics or --templates value) when set, else FindDataDir(sub).
Result<std::string> DataDirOr(const std::string& option, const std::string& sub);

// LoadCatalogue from `metrics_option` when set, else from the metrics/ folder
// FindDataDir finds; `extra_places` as LoadCatalogue's.
Result<Catalogue> LoadCatalogueOrDefault(const std::string& metrics_option, const std::string& extra_places);

// Templates::Load from `templates_option` when set, else from the templates/
// folder FindDataDir finds.
Result<Templates> LoadTemplatesOrDefault(const std::string& templates_option, Language language = Language::kZh);

// FindDataDir for callers that report a missing folder when they open it
// (benchmarks, fuzz targets): the folder found, else the last path tried.
std::string DefaultDataDir(const std::string& sub);

}  // namespace peercard
