#include "model/qualifier.h"

namespace peercard {

std::string_view QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kAtMost: return "at_most";
  }
  return "exact";
}

std::optional<Qualifier> ParseQualifierName(std::string_view name) {
  if (name.empty() || name == "exact") return Qualifier::kExact;
  if (name == "at_least") return Qualifier::kAtLeast;
  if (name == "approx") return Qualifier::kApprox;
  if (name == "at_most") return Qualifier::kAtMost;
  return std::nullopt;
}

}  // namespace peercard
