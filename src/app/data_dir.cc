#include "app/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <vector>
#include "base/join.h"

namespace peercard {

namespace fs = std::filesystem;

namespace {

// $PEERCARD_HOME, or "" when it is unset or empty.
std::string Home() {
  const char* home = std::getenv("PEERCARD_HOME");
  return home ? home : "";
}

// The paths FindDataDir tries for `sub`, in its order.
std::vector<std::string> Candidates(const std::string& sub) {
  if (const std::string home = Home(); !home.empty()) return {(fs::path(home) / sub).string()};
  std::vector<std::string> paths;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path dir = exe.parent_path();
    paths.push_back((dir.parent_path() / "share" / "peercard" / sub).string());
    paths.push_back((dir / sub).string());
  }
  paths.push_back((fs::path(PEERCARD_SOURCE_DIR) / sub).string());
  return paths;
}

}  // namespace

Result<std::string> FindDataDir(const std::string& sub) {
  const std::vector<std::string> tried = Candidates(sub);
  for (const std::string& path : tried) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return path;
  }
  if (const std::string home = Home(); !home.empty()) {
    return Status::NotFound(tried.front() + ": no " + sub + "/ folder in PEERCARD_HOME (" + home + ")");
  }
  const std::string listed = Join(tried, ", ");
  return Status::NotFound("no " + sub + "/ folder: looked in " + listed +
                          " (set PEERCARD_HOME to a folder that holds " + sub + "/)");
}

Result<std::string> DataDirOr(const std::string& option, const std::string& sub) {
  if (!option.empty()) return option;
  return FindDataDir(sub);
}

Result<Catalogue> LoadCatalogueOrDefault(const std::string& metrics_option, const std::string& extra_places) {
  auto metrics = DataDirOr(metrics_option, "metrics");
  if (!metrics.ok()) return metrics.status();
  return LoadCatalogue(*metrics, extra_places);
}

Result<Templates> LoadTemplatesOrDefault(const std::string& templates_option, Language language) {
  auto templates = DataDirOr(templates_option, "templates");
  if (!templates.ok()) return templates.status();
  return Templates::Load(*templates, language);
}

std::string DefaultDataDir(const std::string& sub) {
  auto found = FindDataDir(sub);
  return found.ok() ? *found : Candidates(sub).back();
}

}  // namespace peercard
