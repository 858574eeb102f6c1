#include "draw/number_text.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "render_test_util.h"
#include "draw/templates.h"

namespace peercard {
namespace {

TEST_CASE("numbers print with Chinese grouping, one precision rule for counts and rates", "[render]") {
  auto nt = NumberText::Create();
  REQUIRE(nt.ok());
  const struct {
    double v;
    const char* text;
  } cases[] = {{2289, "2,289"}, {1464955, "1,464,955"}, {457.8, "458"},  {99.96, "100"}, {45.25, "45.3"},
               {4.567, "4.6"},  {6.826, "6.8"},         {5, "5"},        {0, "0"},       {0.01234, "0.012"},
               {0.25, "0.3"},   {18, "18"},             {1000, "1,000"}, {1100.4, "1,100"}, {-3.5, "-3.5"},
               {999.96, "1,000"}};
  for (const auto& c : cases) {
    INFO(c.v);
    CHECK(nt->Auto(c.v) == c.text);
  }
  CHECK(nt->Auto(NAN) == "—");
  CHECK(nt->Fixed(0.4, 2) == "0.40");
  CHECK(nt->Signed(0.862, 2) == "+0.86");
  CHECK(nt->Signed(-1.3, 1) == "-1.3");
  CHECK(nt->Signed(0.001, 2) == "0.00");
  CHECK(nt->Signed(-0.001, 1) == "0.0");
  CHECK(nt->Integer(132.6) == "133");
  // Ten thousand and more, the Chinese way.
  CHECK(nt->Wan(12000) == "1.2万");
  CHECK(nt->Wan(30000) == "3万");
  CHECK(nt->Wan(12580) == "1.26万");
  CHECK(nt->Wan(9999) == "9,999");
  CHECK(nt->Wan(NAN) == "—");
}

TEST_CASE("a qualifier is never dropped", "[render]") {
  auto nt = NumberText::Create();
  auto t = Templates::Load(testing::TemplatesDir());
  REQUIRE(nt.ok());
  REQUIRE(t.ok());
  CHECK(QualifiedNumber(*nt, *t, 1000, Qualifier::kAtLeast) == "≥1,000");
  CHECK(QualifiedNumber(*nt, *t, 500, Qualifier::kApprox) == "约500");
  CHECK(QualifiedNumber(*nt, *t, 12000, Qualifier::kAtLeast) == "≥1.2万");
  auto en = Templates::Load(testing::TemplatesDir(), Language::kEn);
  REQUIRE(en.ok());
  CHECK(QualifiedNumber(*nt, *en, 12000, Qualifier::kAtLeast) == "≥12,000");
  CHECK(QualifiedNumber(*nt, *t, 50, Qualifier::kAtMost) == "≤50");
  CHECK(QualifiedNumber(*nt, *t, 2289, Qualifier::kExact) == "2,289");
  CHECK(QualifiedNumber(*nt, *t, NAN, Qualifier::kExact) == "未披露");
}

}  // namespace
}  // namespace peercard
