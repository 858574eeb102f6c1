// MethodNotes (compare.h): what every figure of comparison.csv means, in the
// words a card prints under "method".
#include <cmath>

#include "compare/compare.h"
#include "base/csv_values.h"

namespace peercard {

namespace {

// A fraction as a percentage: 0.1 → "10%" (rounded to 0.01%).
std::string Pct(double f) { return FormatCsvNumber(std::round(f * 10000) / 100) + "%"; }

}  // namespace

std::vector<std::string> MethodNotes(const std::vector<IndicatorSpec>& catalogue, const CompareOptions& opt) {
  std::vector<std::string> notes;
  const std::string year = opt.year > 0 ? std::to_string(opt.year) : "the latest year with a stated value";
  notes.push_back("Comparison year: " + year + "; a place's most recent value whose period ends up to " +
                  std::to_string(opt.window) +
                  " years earlier stands in (column year_used); of two values ending in the same year, "
                  "the shorter period is used, and the period is always shown.");
  notes.push_back("A flow is divided by the years of its period (per_year: 2289 over 2017-2021 is 457.8 a year); "
                  "a stock is never divided. per_10k = yearly rate / 2020 census population x 10,000; "
                  "per_township = yearly rate / township count. Missing stays missing, never 0.");
  std::string bases = "Peer statistics use each indicator's basis:";
  std::string intervals = "Qualified values are intervals (at_least v: [v, v(1+a)]; approx v: [v(1-b), v(1+b)]; "
                          "at_most v: [v(1-c), v]):";
  std::string weights = "Composite weights:";
  for (size_t i = 0; i < catalogue.size(); ++i) {
    const IndicatorSpec& s = catalogue[i];
    const std::string sep = i + 1 < catalogue.size() ? ";" : ".";
    bases += " " + s.id + " " + s.compare_on + (s.higher_is_better ? "" : " (lower is better)") + sep;
    intervals += " " + s.id + " a=" + Pct(s.interval.at_least) + ", b=" + Pct(s.interval.approx) +
                 ", c=" + Pct(s.interval.at_most) + sep;
    weights += " " + s.id + " " + FormatCsvNumber(s.weight) + sep;
  }
  notes.push_back(bases);
  notes.push_back("sd is the sample standard deviation (divisor n - 1). Median and quartiles interpolate "
                  "linearly between order statistics (Hyndman-Fan type 7, R's default, Excel QUARTILE.INC).");
  notes.push_back("MAD is the median absolute deviation from the median, unscaled; robust z = "
                  "(x - median) / (1.4826 x MAD), none when MAD = 0.");
  notes.push_back("Percentile rank = (peers worse + half the peers equal, itself included) / n x 100; "
                  "100 is the best end. Rank is competition ranking (1, 2, 2, 4), 1 = best by the indicator's "
                  "direction; z and robust z are signed so that positive is better.");
  notes.push_back("Band 1-4: 1 at or beyond the better quartile, 2 at or beyond the median, 3 at or beyond the "
                  "worse quartile, 4 below it. With fewer than 3 peers having a value there is no z, robust z, "
                  "percentile or band.");
  notes.push_back(weights + " The composite is the weighted mean of a place's z-scores over the m indicators "
                  "that have z-scores in its peer group (k of m available); below k = " + Pct(opt.coverage) +
                  " of m there is no composite rank.");
  notes.push_back(intervals);
  notes.push_back("Rank interval: " + std::to_string(opt.draws) + " Monte-Carlo draws (mt19937_64, seed " +
                  std::to_string(opt.seed) + " mixed with the peer group's name), values uniform within their "
                  "intervals, weights within +/-" + Pct(opt.weight_jitter) +
                  "; median rank and 5th-95th percentile ranks (nearest rank).");
  notes.push_back("Trend: change from the latest earlier comparable value of the same place (a stock always; "
                  "a flow only over a period of the same length), absolute and in %.");
  return notes;
}

}  // namespace peercard
