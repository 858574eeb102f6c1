// What a manifest row says of one report.
#pragma once

#include <string>

namespace peercard {

// What a manifest.csv row says of a file; zero/empty fields say nothing.
struct DocumentHints {
  int year = 0;      // last year of the period
  int years = 0;     // its length
  std::string city;  // place code or name when the file covers one place only
  int manifest_line = 0;  // where it was read, for messages
};

}  // namespace peercard
