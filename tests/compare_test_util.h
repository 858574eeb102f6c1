// Helpers shared by the compare-stage tests (observations_csv, dataset,
// peer_stats, compare).
#pragma once

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <optional>
#include <string>

#include <vector>

#include "tables/comparison.h"
#include "model/indicator_spec.h"
#include "model/observation.h"

namespace peercard {
namespace testing {

// An observation with the fields the compare stage reads.
inline Observation MakeObservation(std::string doc, int line, std::string city, Period period,
                                   std::string indicator, std::optional<double> value,
                                   Qualifier q = Qualifier::kExact) {
  Observation o;
  o.doc = std::move(doc);
  o.line = line;
  o.city = std::move(city);
  o.period = period;
  o.indicator = std::move(indicator);
  o.value = value;
  o.qualifier = q;
  return o;
}

// Indicators with these ids, flows unless listed in `stocks`; defaults
// otherwise (weight 1, higher is better, compare_on per_10k).
inline std::vector<IndicatorSpec> MakeCatalogue(const std::vector<std::string>& ids,
                                                const std::vector<std::string>& stocks = {}) {
  std::vector<IndicatorSpec> c;
  for (const std::string& id : ids) {
    IndicatorSpec s;
    s.id = id;
    for (const std::string& stock : stocks) {
      if (stock == id) s.kind = IndicatorKind::kStock;
    }
    c.push_back(s);
  }
  return c;
}

// n, mean, sd, median, q1, q3, MAD, min, max: one vector to compare at once.
inline std::vector<double> StatsVector(const PeerStats& s) {
  return {static_cast<double>(s.n), s.mean, s.sd, s.median, s.q1, s.q3, s.mad, s.min, s.max};
}

// A file in /tmp holding `content`, removed when the object goes.
class TempFile {
 public:
  explicit TempFile(const std::string& content, const std::string& suffix = ".csv") {
    static int counter = 0;
    path_ = "/tmp/peercard_compare_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + suffix;
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace testing
}  // namespace peercard
