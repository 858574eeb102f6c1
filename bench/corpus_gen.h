// corpus_gen: a synthetic corpus of Chinese committee work reports for the
// benchmarks. Places with made-up names (岚川市, 榆坪县 …, codes bench-0001 …),
// one report per place and year, each ~8 KB in the style of real 工作综述:
// headings, political boilerplate, and sentences that state the four shipped
// indicators in varied number forms (1117场次, 740余件, 一千一百余, １２７８名,
// 近800, 1,117, 500场以上) beside the distractors the extractor must reject
// (专题协商4次, 调研视察28次, 190余人次, 议事平台1263个, 收到提案…件).
// Every value planted is recorded as gold, so a run can be scored.
//
// Deterministic: the same options give the same bytes on every machine
// (SplitMix64, no std:: distributions, no clock, no locale).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/places.h"
#include "model/qualifier.h"
#include "base/status.h"

namespace peercard {
namespace bench {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same everywhere.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n). REQUIRES: n > 0. (Modulo bias is irrelevant here.)
  uint64_t Below(uint64_t n) { return Next() % n; }
  // Uniform in [lo, hi]. REQUIRES: lo <= hi.
  long Range(long lo, long hi) { return lo + static_cast<long>(Below(static_cast<uint64_t>(hi - lo + 1))); }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }
  bool Chance(double p) { return Unit() < p; }

 private:
  uint64_t state_;
};

// A seed for one item of a run: mixes the run seed with up to two indexes.
uint64_t MixSeed(uint64_t seed, uint64_t a, uint64_t b = 0);

struct CorpusOptions {
  int places = 300;
  int years = 10;          // reports per place
  int last_year = 2024;    // the reports cover last_year - years + 1 … last_year
  uint64_t seed = 20240917;
  int target_bytes = 8000;  // each report grows to at least this many UTF-8 bytes
  // Share of reports that are a five-year review (五年来, years = 5) ending in
  // a term year (2016, 2021): 0 disables them.
  bool five_year_reviews = true;
  // Shares of files stored with layout damage (hard-wrapped lines, as PDF
  // extraction leaves them), a UTF-8 BOM, or in GB18030.
  double wrapped_share = 0.04;
  double bom_share = 0.04;
  double gb18030_share = 0.04;
};

// The most places SyntheticPlaces names: 60 × 60 stems less those that real
// places go by (37 in today's table), with room for the table to grow.
inline constexpr int kMaxSyntheticPlaces = 3500;

// `n` places: codes bench-0001 …, names from two-character stems (岚川市,
// 榆坪县), English names from the stems' pinyin, a province out of ten,
// level by suffix (市 prefecture, 县 county), population and township counts
// drawn from the seed, every figure sourced "synthetic (peercard_bench)".
// No two places share a name or short name, and none goes by the name of a
// place in metrics/places.csv. REQUIRES: 0 <= n <= kMaxSyntheticPlaces.
std::vector<Place> SyntheticPlaces(int n, uint64_t seed);

// One indicator value planted in a report, or NA (value empty) when the
// report does not state it.
struct GoldValue {
  std::string indicator;
  std::optional<double> value;
  Qualifier qualifier = Qualifier::kExact;
  std::string evidence;  // the phrase that states it, as written (UTF-8)
};

struct GeneratedReport {
  std::string name;   // file name: "2023_bench-0001.txt"
  std::string city;   // place code
  int year = 0;       // last year of the period
  int years = 1;      // period length
  std::string bytes;  // the file as stored (UTF-8, UTF-8 with BOM or GB18030)
  std::vector<GoldValue> gold;  // one per indicator id of kGoldIndicators
};

// The indicators the generator plants, in gold.csv order.
inline constexpr const char* kGoldIndicators[] = {"consultations", "resolved", "deployed", "proposals"};

// The report of places[place] whose period ends in `year`. Pure and
// deterministic in (options.seed, place, year).
// REQUIRES: place indexes `places`; year within the options' range.
GeneratedReport GenerateReport(const std::vector<Place>& places, int place, int year, const CorpusOptions& options);

// Every report of the corpus in file order: for each place, for each year.
// Reports that a five-year review replaces are skipped. Calls `sink` once
// per report; nothing else is kept, so memory stays flat.
template <typename Sink>
void ForEachReport(const std::vector<Place>& places, const CorpusOptions& options, Sink&& sink);

// The period label of a report as observations.csv prints it: "2023", "2017-2021".
std::string PeriodLabel(int year, int years);

// places.csv with the columns of metrics/places.csv.
std::string FormatPlacesCsv(const std::vector<Place>& places);
// manifest.csv lines for reports (header first when with_header).
std::string ManifestHeader();
std::string ManifestRow(const GeneratedReport& r);
// gold.csv: doc,city,period,indicator,value,qualifier,evidence (examples/gold.csv).
std::string GoldHeader();
std::string GoldRows(const GeneratedReport& r);

struct CorpusSummary {
  size_t reports = 0;
  size_t bytes = 0;
  size_t gold_values = 0;  // stated values (not NA)
};

// Writes DIR/corpus/*.txt, DIR/places.csv, DIR/manifest.csv and DIR/gold.csv,
// creating DIR. Streams: one report in memory at a time. IoError names the
// file that could not be written.
Result<CorpusSummary> WriteCorpus(const std::string& dir, const CorpusOptions& options);

// ---- implementation of the template ----

// Whether the report of (place, year) exists, and its period length.
int ReportYears(const CorpusOptions& options, int year, bool* exists);

template <typename Sink>
void ForEachReport(const std::vector<Place>& places, const CorpusOptions& options, Sink&& sink) {
  for (int p = 0; p < static_cast<int>(places.size()); ++p) {
    for (int y = options.last_year - options.years + 1; y <= options.last_year; ++y) {
      bool exists = false;
      ReportYears(options, y, &exists);
      if (exists) sink(GenerateReport(places, p, y, options));
    }
  }
}

}  // namespace bench
}  // namespace peercard
