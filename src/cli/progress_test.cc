#include <catch2/catch.hpp>

#include <sstream>

#include "cli/progress.h"

namespace peercard {
namespace {

TEST_CASE("off a terminal, progress is plain lines, one per tenth", "[progress]") {
  std::ostringstream out;
  Progress p(out, /*is_terminal=*/false, /*quiet=*/false);
  p.Begin("reading reports", 20);
  for (size_t i = 1; i <= 20; ++i) p.Update(i);
  p.End("20 files");
  const std::string s = out.str();
  CHECK(s.find('\r') == std::string::npos);
  CHECK(s.find("peercard: reading reports: 2/20\n") != std::string::npos);
  CHECK(s.find("peercard: reading reports: 20/20\n") != std::string::npos);
  CHECK(s.find("peercard: reading reports: 3/20\n") == std::string::npos);
  CHECK(s.substr(s.size() - std::string("peercard: reading reports: 20 files\n").size()) ==
        "peercard: reading reports: 20 files\n");
}

TEST_CASE("on a terminal the bar redraws in place — quiet prints nothing", "[progress]") {
  std::ostringstream tty;
  Progress bar(tty, true, false);
  bar.Begin("rendering cards", 4);
  bar.Update(2);
  CHECK(tty.str().find("\rrendering cards [###############               ] 2/4") != std::string::npos);
  std::ostringstream quiet;
  Progress q(quiet, false, true);
  q.Begin("x", 3);
  q.Update(3);
  q.End("done");
  q.Line("summary");
  CHECK(quiet.str().empty());
}

}  // namespace
}  // namespace peercard
