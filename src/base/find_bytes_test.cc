// FindBytes agrees with std::string_view::find on Chinese text.
#include <catch2/catch.hpp>

#include "base/find_bytes.h"

namespace peercard {
namespace {

TEST_CASE("FindBytes finds what string_view::find finds", "[base]") {
  const std::string_view text = "孝感市政协考察我县，县政协陪同。我县开展活动。";
  for (std::string_view needle : {"我县", "县政协", "政协", "。", "活动。", "我市", "", "孝感市政协考察我县，县政协陪同。我县开展活动。"}) {
    for (size_t from : {size_t{0}, size_t{3}, size_t{21}, text.size(), text.size() + 1}) {
      INFO(needle << " from " << from);
      CHECK(FindBytes(text, needle, from) == (from > text.size() ? std::string_view::npos : text.find(needle, from)));
    }
  }
  CHECK(ContainsBytes(text, "县政协"));
  CHECK_FALSE(ContainsBytes(text, "市政协陪同"));
  CHECK_FALSE(ContainsBytes("", "我"));
}

}  // namespace
}  // namespace peercard
