// SHA-256 of a byte string, for run.json's record of the inputs (FIPS 180-4).
#pragma once

#include <string>
#include <string_view>

namespace peercard {

// Lower-case hex digest. Pure; safe from any thread.
std::string Sha256Hex(std::string_view data);

}  // namespace peercard
