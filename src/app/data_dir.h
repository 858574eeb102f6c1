// Where the data folders (metrics/, templates/) are found.
#pragma once

#include <string>

namespace peercard {

// Where metrics/ and templates/ are read from when no option names them:
// $PEERCARD_HOME, else the source tree the binary was built from.
std::string DefaultDataDir(const std::string& sub);

}  // namespace peercard
