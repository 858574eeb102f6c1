// libFuzzer target: ingest → segment → extract on arbitrary bytes, with the
// shipped metrics/ catalogue and places table. Any crash, sanitizer report or
// broken contract (fuzz_pipeline.h) aborts with the reason on stderr.
// Build and run: scripts/fuzz.sh.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "model/catalogue.h"
#include "cli/commands.h"
#include "fuzz_pipeline.h"
#include "app/data_dir.h"

namespace {

struct Loaded {
  peercard::Catalogue catalogue;
  peercard::Gazetteer gazetteer;
};

// Loaded at the first call and read-only afterwards (a fuzz harness may keep
// this one function-local static; the library itself has none).
const Loaded& Shipped() {
  static const Loaded loaded = [] {
    auto c = peercard::LoadCatalogue(peercard::DefaultDataDir("metrics"), "");
    if (!c.ok()) {
      std::fprintf(stderr, "fuzz_extract: cannot load metrics: %s\n", c.status().message().c_str());
      std::abort();
    }
    std::vector<peercard::Place> places = c->places;
    return Loaded{std::move(*c), peercard::Gazetteer(std::move(places))};
  }();
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Loaded& l = Shipped();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string broken = peercard::fuzz::RunExtractPipeline(bytes, l.gazetteer, l.catalogue.indicators);
  if (!broken.empty()) {
    std::fprintf(stderr, "fuzz_extract: contract broken: %s\n", broken.c_str());
    std::abort();
  }
  return 0;
}
