// The span of years a figure covers: one year (2023) or a term (2017-2021).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace peercard {

struct Period {
  int first_year = 0;  // 0 when unknown
  int last_year = 0;   // 0 when unknown

  bool known() const { return last_year > 0; }
  int years() const { return known() ? last_year - first_year + 1 : 0; }
  // "2023", "2017-2021", or "unknown".
  std::string ToString() const;
  static Period Year(int y) { return {y, y}; }
  static Period Span(int last_year, int years) { return {last_year - years + 1, last_year}; }

  friend bool operator==(const Period& a, const Period& b) {
    return a.first_year == b.first_year && a.last_year == b.last_year;
  }
  friend bool operator!=(const Period& a, const Period& b) { return !(a == b); }
  friend bool operator<(const Period& a, const Period& b) {
    return a.last_year != b.last_year ? a.last_year < b.last_year : a.first_year < b.first_year;
  }
};

// Parses "2023" or "2017-2021" (as written by Period::ToString).
// Returns InvalidArgument for anything else, "unknown" included.
Result<Period> ParsePeriodLabel(std::string_view label);

}  // namespace peercard
