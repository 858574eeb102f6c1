// SHA-256 of a byte string, for run.json's record of the inputs (FIPS 180-4).
#pragma once

#include <string>
#include <string_view>

namespace peercard {

// Lower-case hex digest, with the CPU's SHA instructions where it has them.
// Pure; safe from any thread.
std::string Sha256Hex(std::string_view data);

// The same digest by the portable code alone (for tests of the two paths).
std::string Sha256HexPortable(std::string_view data);

}  // namespace peercard
