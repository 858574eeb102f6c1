#include "model/period.h"

#include <cctype>

namespace peercard {

std::string Period::ToString() const {
  if (!known()) return "unknown";
  if (first_year == last_year) return std::to_string(last_year);
  return std::to_string(first_year) + "-" + std::to_string(last_year);
}

namespace {

bool ParseYear(std::string_view s, int* year) {
  if (s.size() != 4) return false;
  int v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  if (v < 1949 || v > 2100) return false;
  *year = v;
  return true;
}

}  // namespace

Result<Period> ParsePeriodLabel(std::string_view label) {
  const size_t dash = label.find('-');
  Period p;
  if (dash == std::string_view::npos) {
    if (ParseYear(label, &p.last_year)) {
      p.first_year = p.last_year;
      return p;
    }
  } else if (ParseYear(label.substr(0, dash), &p.first_year) &&
             ParseYear(label.substr(dash + 1), &p.last_year) && p.first_year <= p.last_year) {
    return p;
  }
  return Status::InvalidArgument("period '" + std::string(label) + "' is not YYYY or YYYY-YYYY");
}

}  // namespace peercard
