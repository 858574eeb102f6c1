#include "base/utf8.h"
#include "pdf/font_subset.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "render_test_util.h"

namespace peercard {
namespace {

// Table tags of a TrueType file, from its table directory.
std::set<std::string> TableTags(const std::string& ttf) {
  std::set<std::string> tags;
  if (ttf.size() < 12) return tags;
  const int n = (static_cast<unsigned char>(ttf[4]) << 8) | static_cast<unsigned char>(ttf[5]);
  for (int i = 0; i < n && 12 + 16 * i + 4 <= static_cast<int>(ttf.size()); ++i)
    tags.insert(ttf.substr(12 + 16 * i, 4));
  return tags;
}

TEST_CASE("the default font opens and measures Chinese as full-width", "[render]") {
  auto font = FontSource::Open(kDefaultFontPath);
  REQUIRE(font.ok());
  const FontSource& f = **font;
  CHECK(f.HasGlyph(U'政'));
  CHECK(f.HasGlyph(U'≥'));
  CHECK_FALSE(f.HasGlyph(U'\u2212'));  // Zen Hei has no minus sign: numbers print '-'
  CHECK(f.Width("政协", 10) == Approx(20));
  CHECK(f.Width("", 10) == 0);
  CHECK(f.Width("2289", 10) < f.Width("政协政协", 10));
  CHECK(f.Ascent() > 0.5);
  CHECK(f.Descent() > 0);
}

TEST_CASE("a subset keeps the tables libharu reads and is small", "[render]") {
  auto font = FontSource::Open(kDefaultFontPath);
  REQUIRE(font.ok());
  std::set<char32_t> cps;
  CollectCodePoints("武威市政协协商活动场次未披露 ≥1,000 约500 ≤50 Wuwei", &cps);
  auto subset = (*font)->Subset(cps);
  REQUIRE(subset.ok());
  const std::set<std::string> tags = TableTags(*subset);
  for (const char* t : {"cmap", "glyf", "loca", "head", "hhea", "hmtx", "maxp", "name", "post", "OS/2"}) {
    INFO(t);
    CHECK(tags.count(t) == 1);
  }
  for (const char* t : {"EBDT", "GSUB", "GPOS", "vmtx"}) {
    INFO(t);
    CHECK(tags.count(t) == 0);
  }
  CHECK(subset->size() < 20000);  // the whole face is ~10 MB
  auto again = (*font)->Subset(cps);
  REQUIRE(again.ok());
  CHECK(*again == *subset);  // deterministic
}

TEST_CASE("a font that cannot be loaded is a clear error naming the file", "[render]") {
  TempDir dir;
  SECTION("missing file") {
    auto font = FontSource::Open(dir.path() + "/nope.ttf");
    REQUIRE_FALSE(font.ok());
    CHECK(font.status().code() == Status::Code::kNotFound);
    CHECK(font.status().message() == dir.path() + "/nope.ttf: cannot read font file");
  }
  SECTION("not a font") {
    WriteBytes(dir.path() + "/notes.ttf", "这不是字体 not a font at all, just text.\n");
    auto font = FontSource::Open(dir.path() + "/notes.ttf");
    REQUIRE_FALSE(font.ok());
    CHECK(font.status().message() == dir.path() + "/notes.ttf: not a TrueType font");
  }
  SECTION("no such face in a collection") {
    auto font = FontSource::Open(kDefaultFontPath, 9);
    REQUIRE_FALSE(font.ok());
    CHECK(font.status().message().find("no face 9") != std::string::npos);
  }
}

TEST_CASE("code points are collected, invalid UTF-8 as U+FFFD", "[render]") {
  std::set<char32_t> cps;
  CollectCodePoints("政a\xE6\x94", &cps);  // a truncated sequence at the end
  CHECK(cps == std::set<char32_t>{U'a', U'政', 0xFFFD});
}

}  // namespace
}  // namespace peercard
