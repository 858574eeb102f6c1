// How exactly a report states a number: 2289 (exact), 1000余 (at least),
// 约500 (approximately), 不足50 (at most). Never silently dropped.
#pragma once

#include <optional>
#include <string_view>

namespace peercard {

enum class Qualifier { kExact, kAtLeast, kApprox, kAtMost };

// "exact", "at_least", "approx", "at_most": the names in every CSV file.
std::string_view QualifierName(Qualifier q);

// Inverse of QualifierName; "" is kExact. nullopt for anything else.
std::optional<Qualifier> ParseQualifierName(std::string_view name);

}  // namespace peercard
