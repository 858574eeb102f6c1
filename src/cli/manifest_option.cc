#include "cli/manifest_option.h"

#include <iostream>

namespace peercard {

void AddManifestOptions(CLI::App* cmd, std::string* manifest, bool* none, const std::string& corpus) {
  CLI::Option* given = cmd->add_option("--manifest", *manifest,
                                       "manifest.csv: file,year,years[,city]; it wins over inference "
                                       "(default: the one in or beside " + corpus + ")");
  cmd->add_flag("--no-manifest", *none, "Take no manifest from " + corpus)->excludes(given);
}

std::string ChosenManifest(const std::string& given, bool none, const std::function<std::string()>& find, bool quiet) {
  if (!given.empty() || none) return none ? std::string() : given;
  const std::string found = find();
  if (!found.empty() && !quiet) std::cerr << "peercard: using manifest " << found << "\n";
  return found;
}

}  // namespace peercard
