// peercard_bench compare: BuildDataset and Compare on a synthetic dataset of
// places × years × every indicator of the shipped catalogue.
#include <cmath>
#include <cstdio>

#include "bench_commands.h"
#include "bench_util.h"
#include "model/catalogue.h"
#include "cli/commands.h"
#include "compare/compare.h"
#include "corpus_gen.h"
#include "tables/dataset.h"
#include "app/data_dir.h"

namespace peercard {
namespace bench {

namespace {

// One observation per (place, year, indicator): 8% NA, 12% at_least, 5%
// approx, the rest exact; values scale with population as real ones do.
std::vector<Observation> SyntheticObservations(const std::vector<Place>& places,
                                               const std::vector<IndicatorSpec>& catalogue, int years,
                                               uint64_t seed) {
  std::vector<Observation> out;
  out.reserve(places.size() * static_cast<size_t>(years) * catalogue.size());
  const int last = 2024;
  for (size_t p = 0; p < places.size(); ++p) {
    SplitMix64 rng(MixSeed(seed, p, 0xC0));
    for (int y = last - years + 1; y <= last; ++y) {
      for (const IndicatorSpec& spec : catalogue) {
        Observation o;
        o.doc = std::to_string(y) + "_" + places[p].code + ".txt";
        o.city = places[p].code;
        o.period = Period::Year(y);
        o.indicator = spec.id;
        o.line = 1 + static_cast<int>(rng.Below(200));
        o.rule = spec.id + ".noun_before";
        o.evidence = "synthetic";
        const double r = rng.Unit();
        if (r >= 0.08) {
          o.value = std::round(places[p].population_2020 / 10000.0 * (1 + 10 * rng.Unit()));
          o.qualifier = r < 0.20 ? Qualifier::kAtLeast : r < 0.25 ? Qualifier::kApprox : Qualifier::kExact;
        }
        out.push_back(std::move(o));
      }
    }
  }
  return out;
}

}  // namespace

int RunCompareBench(const CompareBenchArgs& a) {
  if (a.places < 1 || a.places > kMaxSyntheticPlaces) {
    std::fprintf(stderr, "peercard_bench: error: --places must be 1-%d\n", kMaxSyntheticPlaces);
    return 2;
  }
  auto c = LoadCatalogue(DefaultDataDir("metrics"), "");
  if (!c.ok()) {
    std::fprintf(stderr, "peercard_bench: error: %s\n", c.status().message().c_str());
    return 1;
  }
  const std::vector<Place> places = SyntheticPlaces(a.places, a.seed);
  std::vector<Observation> obs = SyntheticObservations(places, c->indicators, a.years, a.seed);
  std::printf("compare: %d places x %d years x %zu indicators = %zu observations, %d draws, best of %d runs\n",
              a.places, a.years, c->indicators.size(), obs.size(), a.draws, a.repeat);

  std::vector<double> t_dataset, t_compare, t_nodraws;
  size_t rows = 0;
  for (int i = 0; i < std::max(1, a.repeat); ++i) {
    Stopwatch t;
    auto ds = BuildDataset(obs);
    t_dataset.push_back(t.Seconds());
    if (!ds.ok()) {
      std::fprintf(stderr, "peercard_bench: error: %s\n", ds.status().message().c_str());
      return 1;
    }
    CompareOptions options;
    options.draws = a.draws;
    const Stopwatch t2;
    auto cmp = Compare(*ds, c->indicators, places, options);
    t_compare.push_back(t2.Seconds());
    if (!cmp.ok()) {
      std::fprintf(stderr, "peercard_bench: error: %s\n", cmp.status().message().c_str());
      return 1;
    }
    rows = cmp->rows.size();
    options.draws = 0;
    const Stopwatch t3;
    auto plain = Compare(*ds, c->indicators, places, options);
    t_nodraws.push_back(t3.Seconds());
  }
  std::printf("  %-34s %8s %9s\n", "step", "best s", "median s");
  auto line = [](const char* name, const std::vector<double>& s) {
    std::printf("  %-34s %8.3f %9.3f\n", name, Min(s), Median(s));
  };
  line("BuildDataset", t_dataset);
  char label[64];
  std::snprintf(label, sizeof label, "Compare, %d draws", a.draws);
  line(label, t_compare);
  line("Compare, no rank interval", t_nodraws);
  std::printf("  => Monte-Carlo rank interval: %.0f%% of Compare; %zu comparison rows\n",
              100 * (1 - Min(t_nodraws) / Min(t_compare)), rows);
  std::printf("  total (dataset + compare with draws): %.3f s (target < 1 s)\n", Min(t_dataset) + Min(t_compare));
  std::printf("  peak resident memory: %.1f MiB\n", PeakRssMib());
  return 0;
}

}  // namespace bench
}  // namespace peercard
