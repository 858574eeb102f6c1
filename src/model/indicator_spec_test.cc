// The indicator catalogue loader: strict about what it reads, so that a
// misspelt key never loads silently and lets the distractor it guarded through.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli_test_util.h"
#include "model/indicator_spec.h"

namespace peercard {
namespace {

constexpr const char* kGood = R"(id = "sessions"
label_zh = "协商活动场次"
label_en = "Sessions"
kind = "flow"
normalisations = ["per_year"]
[recognise]
classifiers = ["场", "场次"]
noun = { family = "consultation", weight = 2.0 }
verb = { family = "hold", weight = 1.0 }
features = [ { family = "plan", scope = "sentence_before", weight = -5.0 } ]
)";

// A metrics folder holding `indicator` as x.toml and three families.
std::string Folder(const TempDir& tmp, const std::string& indicator) {
  std::filesystem::create_directories(tmp.path() + "/families");
  WriteBytes(tmp.path() + "/families/consultation.toml", "words = [\"协商\", \"议事\"]\n");
  WriteBytes(tmp.path() + "/families/hold.toml", "words = [\"开展\"]\n");
  WriteBytes(tmp.path() + "/families/plan.toml", "words = [\"计划\"]\nunless_counted = false\n");
  WriteBytes(tmp.path() + "/x.toml", indicator);
  return tmp.path();
}

std::string ErrorOf(const std::string& indicator) {
  const TempDir tmp;
  const auto r = LoadIndicatorCatalogue(Folder(tmp, indicator));
  REQUIRE_FALSE(r.ok());
  return r.status().message();
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

TEST_CASE("a good file loads, with its families' words filled in, longest first", "[indicator_spec]") {
  const TempDir tmp;
  const auto r = LoadIndicatorCatalogue(Folder(tmp, kGood));
  REQUIRE(r.ok());
  REQUIRE(r->size() == 1);
  const Recogniser& rec = (*r)[0].recognise;
  CHECK(rec.classifiers == std::vector<std::string>{"场次", "场"});
  CHECK(rec.noun.words.words == std::vector<std::string>{"协商", "议事"});
  CHECK(rec.verb.weight == 1.0);
  REQUIRE(rec.features.size() == 1);
  CHECK(rec.features[0].scope == FeatureScope::kSentenceBefore);
  CHECK(rec.features[0].weight == -5.0);
  CHECK(rec.threshold == 3.0);
}

TEST_CASE("misspelt keys, unknown families and scopes, wrong types are errors naming the file", "[indicator_spec]") {
  CHECK(ErrorOf(Replace(kGood, "kind = \"flow\"", "knid = \"flow\"")).find("unknown key 'knid'") !=
        std::string::npos);
  CHECK(ErrorOf(Replace(kGood, "[recognise]\n", "[recognise]\nexlude = [\"计划\"]\n")).find("unknown key 'exlude'") !=
        std::string::npos);
  CHECK(ErrorOf(Replace(kGood, "family = \"plan\"", "family = \"plans\"")).find("family 'plans' is not in") !=
        std::string::npos);
  CHECK(ErrorOf(Replace(kGood, "sentence_before", "sentense")).find("scope 'sentense'") != std::string::npos);
  CHECK(ErrorOf(Replace(kGood, "[\"场\", \"场次\"]", "[\"场\", 3]")).find("not a string") != std::string::npos);
  CHECK(ErrorOf(Replace(kGood, "verb = { family = \"hold\", weight = 1.0 }\n", "")).find("'verb'") !=
        std::string::npos);
  CHECK(ErrorOf(Replace(kGood, "[recognise]", "[recognize]")).find("unknown key 'recognize'") != std::string::npos);
  CHECK(ErrorOf(kGood + std::string("x = 1\n")).find("x.toml") != std::string::npos);
  // The handful feature: an integer or a real bound, a negative weight.
  const std::string small = Replace(kGood, "[recognise]\n", "[recognise]\nsmall = { below = 5, weight = -3.0 }\n");
  const TempDir tmp;
  const auto r = LoadIndicatorCatalogue(Folder(tmp, small));
  REQUIRE(r.ok());
  CHECK((*r)[0].recognise.small_below == 5.0);
  CHECK((*r)[0].recognise.small_label == "<5");
  CHECK(ErrorOf(Replace(kGood, "[recognise]\n", "[recognise]\nsmall = { below = 5, weight = 3.0 }\n"))
            .find("negative weight") != std::string::npos);
  CHECK(ErrorOf(Replace(kGood, "[recognise]\n", "[recognise]\nsmall = { blow = 5, weight = -3.0 }\n"))
            .find("unknown key 'blow'") != std::string::npos);
}

TEST_CASE("the shipped catalogue loads and every feature has words", "[indicator_spec]") {
  const auto r = LoadIndicatorCatalogue(std::string(PEERCARD_SOURCE_DIR) + "/metrics");
  REQUIRE(r.ok());
  for (const IndicatorSpec& s : *r) {
    INFO(s.id);
    CHECK_FALSE(s.recognise.noun.words.words.empty());
    CHECK_FALSE(s.recognise.verb.words.words.empty());
    for (const FeatureSpec& f : s.recognise.features) CHECK_FALSE(f.words.words.empty());
  }
}

TEST_CASE("word families: one file each, strict", "[indicator_spec]") {
  const TempDir tmp;
  WriteBytes(tmp.path() + "/a.toml", "words = [\"社区的\", \"村的\"]\nunless_counted = true\n");
  auto r = LoadWordFamilies(tmp.path());
  REQUIRE(r.ok());
  REQUIRE(r->size() == 1);
  CHECK((*r)[0].name == "a");
  CHECK((*r)[0].unless_counted);
  WriteBytes(tmp.path() + "/b.toml", "word = [\"x\"]\n");
  r = LoadWordFamilies(tmp.path());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("b.toml: unknown key 'word'") != std::string::npos);
}

}  // namespace
}  // namespace peercard
