// libFuzzer target: the number parser alone (ParseReportNumber and
// ParseTrailingQualifier), thousands of times faster per input than the
// whole pipeline in fuzz_extract.cc. Input is taken as already-normalised
// UTF-8 text, as the parser REQUIRES; invalid UTF-8 is skipped.
// Build and run: FUZZ_TARGET=fuzz_report_number scripts/fuzz.sh.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_pipeline.h"
#include "extract/report_number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!peercard::fuzz::IsValidUtf8(text)) return 0;
  const auto n = peercard::ParseReportNumber(text);
  if (n.ok()) {
    const char* broken = nullptr;
    if (n->length == 0 || n->length > text.size()) broken = "length outside the text";
    if (n->number_begin >= n->length) broken = "number_begin not inside the parsed span";
    if (!std::isfinite(n->value) || n->value < 0) broken = "value not finite and >= 0";
    if (broken) {
      std::fprintf(stderr, "fuzz_report_number: %s\n", broken);
      std::abort();
    }
  }
  peercard::Qualifier q = peercard::Qualifier::kExact;
  if (peercard::ParseTrailingQualifier(text, &q) > text.size()) {
    std::fprintf(stderr, "fuzz_report_number: trailing qualifier longer than the text\n");
    std::abort();
  }
  return 0;
}
