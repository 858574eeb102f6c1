#include <cstdlib>
#include <string>

#include "app/data_dir.h"

namespace peercard {

std::string DefaultDataDir(const std::string& sub) {
  if (const char* home = std::getenv("PEERCARD_HOME"); home && *home) return std::string(home) + "/" + sub;
  return std::string(PEERCARD_SOURCE_DIR) + "/" + sub;
}

}  // namespace peercard
