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

TEST_CASE("FindBytes agrees with find wherever the needle stands against the sixteen-byte blocks", "[base]") {
  // Every offset of a match from a block's start, matches that cross a block's
  // end or touch the text's end, near-misses that share the needle's first
  // and last bytes, and needles of two, three and many bytes.
  std::string text;
  for (int i = 0; i < 12; ++i) text += "政协委员协商x协委商政协会议，";
  for (std::string_view needle : {"协商", "政协会议", "x", "商政", "协委商政协会议，政", "议，", "员协x", "会议，"}) {
    for (size_t from = 0; from <= text.size(); ++from) {
      INFO(needle << " from " << from);
      REQUIRE(FindBytes(text, needle, from) == text.find(needle, from));
    }
    for (size_t cut = 0; cut <= text.size(); cut += 7) {
      const std::string_view head(text.data(), cut);
      INFO(needle << " in the first " << cut << " bytes");
      REQUIRE(FindBytes(head, needle) == head.find(needle));
    }
  }
}

}  // namespace
}  // namespace peercard
