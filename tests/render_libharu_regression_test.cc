// A bug that broke one card in 300: libharu 2.3.0 failed to save the subset
// font for the exact character set of 琅山县's card (error 0x1033). The
// inputs are the eight places the benchmark corpus shrank to.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli_test_util.h"

TEST_CASE("every card of the libharu 0x1033 repro is written and opens", "[render][regression]") {
  const std::string repro = std::string(PEERCARD_SOURCE_DIR) + "/bench/repro/render_libharu_0x1033";
  const TempDir tmp;
  const CommandResult r = RunCommand(std::string(PEERCARD_BINARY) + " render " + repro + "/comparison.csv " + repro +
                                     "/observations.csv --places " + repro + "/places.csv -o " + tmp.path() + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("10 PDF files written, 0 failed") != std::string::npos);  // 8 cards, summary, briefing
  REQUIRE(std::filesystem::exists(tmp.path() + "/cards/bench-0035.pdf"));
  CHECK(RunCommand("qpdf --check " + tmp.path() + "/cards/bench-0035.pdf >/dev/null 2>&1").exit_code == 0);
  CHECK(RunCommand("pdftotext " + tmp.path() + "/cards/bench-0035.pdf -").output.find("琅山县") != std::string::npos);
  // The briefing prints every card's characters with one font subset.
  CHECK(RunCommand("qpdf --check " + tmp.path() + "/briefing.pdf >/dev/null 2>&1").exit_code == 0);
  CHECK(RunCommand("pdftotext " + tmp.path() + "/briefing.pdf -").output.find("琅山县") != std::string::npos);
}
