#include "base/diagnostic.h"

#include <catch2/catch.hpp>

namespace peercard {

TEST_CASE("a diagnostic prints its file and line before the message, and counts by kind", "[diagnostic]") {
  const Diagnostic conflict{DiagnosticKind::kConflict, "2024/wuwei.txt", 12, "gs-wuwei",
                            "conflict for gs-wuwei consultations: kept 2289 (line 12), dropped 2290"};
  CHECK(conflict.ToString() ==
        "2024/wuwei.txt:12: conflict for gs-wuwei consultations: kept 2289 (line 12), dropped 2290");
  const Diagnostic period{DiagnosticKind::kUnknownPeriod, "a.txt", 0, "gs-dingxi", "gs-dingxi: period unknown: no year"};
  CHECK(period.ToString() == "a.txt: gs-dingxi: period unknown: no year");
  const Diagnostic bare{DiagnosticKind::kUnusedData, "", 0, "", "peer 'gs-x' has no observation"};
  CHECK(bare.ToString() == "peer 'gs-x' has no observation");
  CHECK(std::string(DiagnosticKindName(DiagnosticKind::kMissingGlyph)) == "missing_glyph");

  const Diagnostics all = {conflict, period, conflict, bare};
  CHECK(CountOf(all, DiagnosticKind::kConflict) == 2);
  CHECK(CountOf(all, DiagnosticKind::kUnknownPeriod) == 1);
  CHECK(CountOf(all, DiagnosticKind::kOutput) == 0);
}

}  // namespace peercard
