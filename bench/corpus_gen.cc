#include "corpus_gen.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "app/data_dir.h"
#include "base/csv.h"
#include "extract/gazetteer.h"
#include "number_forms.h"
#include "report_text.h"

namespace peercard {
namespace bench {

namespace {

// Growth and size of one place's indicators, drawn once per place.
struct PlaceRates {
  double per_10k[4];  // yearly consultations, resolved (as a share of them), deployed, proposals
  double growth;
};

PlaceRates RatesOf(int place, uint64_t seed) {
  SplitMix64 rng(MixSeed(seed, static_cast<uint64_t>(place), 0xA11CE));
  PlaceRates r;
  r.per_10k[0] = 3 + 17 * rng.Unit();     // consultations per 10k residents a year
  r.per_10k[1] = 0.5 + 0.8 * rng.Unit();  // resolved per consultation
  r.per_10k[2] = 0.8 + 3.2 * rng.Unit();  // members deployed per 10k (a stock)
  r.per_10k[3] = 0.3 + 0.7 * rng.Unit();  // proposals registered per 10k a year
  r.growth = 0.08 * rng.Unit();
  return r;
}

// The true yearly value of indicator i (kGoldIndicators order) for a year.
long YearValue(const Place& p, int place, int indicator, int year, int first_year, uint64_t seed) {
  const PlaceRates r = RatesOf(place, seed);
  SplitMix64 noise(MixSeed(seed, static_cast<uint64_t>(place), static_cast<uint64_t>(year * 8 + indicator)));
  const double scale = std::pow(1 + r.growth, year - first_year) * (0.9 + 0.2 * noise.Unit());
  const double per10k = p.population_2020 / 10000.0;
  double v = 0;
  switch (indicator) {
    case 0: v = per10k * r.per_10k[0] * scale; break;
    case 1: v = YearValue(p, place, 0, year, first_year, seed) * r.per_10k[1] * (0.9 + 0.2 * noise.Unit()); break;
    case 2: v = std::max(20.0, per10k * r.per_10k[2] * scale); break;
    default: v = 40 + per10k * r.per_10k[3] * scale; break;
  }
  return std::max(1L, std::lround(v));
}

// The value a report states: a flow sums the years of its period, a stock
// (deployed) is the headcount at its end.
long PeriodValue(const Place& p, int place, int indicator, int year, int years, int first_year, uint64_t seed) {
  if (indicator == 2) return YearValue(p, place, indicator, year, first_year, seed);
  long sum = 0;
  for (int y = year - years + 1; y <= year; ++y) sum += YearValue(p, place, indicator, y, first_year, seed);
  return sum;
}

std::string ReplaceHash(const std::string& tmpl, const std::string& count) {
  std::string out = tmpl;
  const size_t at = out.find('#');
  if (at != std::string::npos) out.replace(at, 1, count);
  return out;
}

// Hard-wraps a paragraph every `width` characters, as PDF extraction does.
std::string HardWrap(const std::string& para, int width) {
  std::string out;
  int chars = 0;
  for (size_t i = 0; i < para.size(); ++i) {
    const auto c = static_cast<unsigned char>(para[i]);
    if ((c & 0xC0) != 0x80 && chars == width) {
      out += '\n';
      chars = 0;
    }
    if ((c & 0xC0) != 0x80) ++chars;
    out += para[i];
  }
  return out;
}

std::string ToGb18030(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &err);
  out.resize(U_SUCCESS(err) ? static_cast<size_t>(n) : 0);
  return out;
}

std::string FormatValue(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

// The national table that `peercard` reads beside every places.csv: a
// synthetic place must not go by one of its names (滦南, 渭南), or its reports
// name two places and extraction rightly leaves them unattributed.
const Gazetteer& RealPlaces() {
  static const Gazetteer* real = [] {
    auto places = LoadPlacesCsv(DefaultDataDir("metrics") + "/places.csv");
    return new Gazetteer(places.ok() ? std::move(*places) : std::vector<Place>{});
  }();
  return *real;
}

const double kNaShare[] = {0.10, 0.15, 0.15, 0.15};  // reports that do not state indicator i

}  // namespace

uint64_t MixSeed(uint64_t seed, uint64_t a, uint64_t b) {
  SplitMix64 m(seed ^ (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full));
  m.Next();
  return m.Next();
}

std::vector<Place> SyntheticPlaces(int n, uint64_t seed) {
  std::vector<Place> out;
  const auto& firsts = StemFirsts();
  const auto& seconds = StemSeconds();
  const Gazetteer& real = RealPlaces();
  int stem = 0;  // walks the stem pairs, skipping the ones a real place goes by
  for (int i = 0; i < n && stem < 3600; ++i) {
    int a, b;
    std::string name;
    do {
      a = stem % 60, b = (stem / 60 + 13 * a) % 60;  // a bijection on 0 … 3599
      ++stem;
      name = std::string(firsts[a].zh) + seconds[b].zh;
    } while (real.FindByName(name) >= 0 && stem < 3600);
    if (real.FindByName(name) >= 0) break;  // the stems ran out
    SplitMix64 rng(MixSeed(seed, static_cast<uint64_t>(i), 77));
    const bool city = rng.Chance(0.25);
    Place p;
    char code[32];
    std::snprintf(code, sizeof code, "bench-%04d", i + 1);
    p.code = code;
    p.name_zh = name + (city ? "市" : "县");
    p.name_en = std::string(firsts[a].pinyin) + seconds[b].pinyin;
    p.name_en[0] = static_cast<char>(p.name_en[0] - 'a' + 'A');
    p.province = Provinces()[rng.Below(Provinces().size())];
    p.level = city ? "prefecture" : "county";
    // Log-uniform: prefectures 0.8–6 million, counties 80 thousand–1.2 million.
    const double lo = city ? 8e5 : 8e4, hi = city ? 6e6 : 1.2e6;
    p.population_2020 = std::round(lo * std::pow(hi / lo, rng.Unit()));
    p.population_source = "synthetic (peercard_bench corpus_gen)";
    p.townships = static_cast<double>(city ? rng.Range(40, 150) : rng.Range(6, 30));
    p.townships_year = "2020";
    p.townships_source = "synthetic (peercard_bench corpus_gen)";
    out.push_back(std::move(p));
  }
  return out;
}

int ReportYears(const CorpusOptions& options, int year, bool* exists) {
  *exists = true;
  return options.five_year_reviews && year % 10 == 1 ? 5 : 1;
}

std::string PeriodLabel(int year, int years) {
  return years <= 1 ? std::to_string(year) : std::to_string(year - years + 1) + "-" + std::to_string(year);
}

GeneratedReport GenerateReport(const std::vector<Place>& places, int place, int year, const CorpusOptions& options) {
  const Place& pl = places[place];
  SplitMix64 rng(MixSeed(options.seed, static_cast<uint64_t>(place), static_cast<uint64_t>(year)));
  bool exists = false;
  const int years = ReportYears(options, year, &exists);
  const bool five = years == 5;
  const bool city = pl.level == "prefecture";
  TemplateVars v;
  v.name = pl.name_zh;
  v.short_name = ShortPlaceName(pl.name_zh);
  v.scope = city ? "全市" : "全县";
  v.unit_word = city ? "市" : "县";
  const int n = static_cast<int>(places.size());
  v.neighbour = n > 1 ? places[(place + 1 + static_cast<int>(rng.Below(n - 1))) % n].name_zh : pl.name_zh;
  v.year = year;
  v.five_year = five;
  static constexpr const char* kWhenYear[] = {"一年来", "过去一年"};
  v.when = five ? (rng.Chance(0.5) ? "五年来" : "本届以来")
                : (rng.Chance(0.6) ? std::to_string(year) + "年" : kWhenYear[rng.Below(2)]);

  GeneratedReport r;
  r.name = std::to_string(year) + "_" + pl.code + ".txt";
  r.city = pl.code;
  r.year = year;
  r.years = years;
  const int first_year = options.last_year - options.years + 1;
  std::string statements[4];
  for (int i = 0; i < 4; ++i) {
    GoldValue g;
    g.indicator = kGoldIndicators[i];
    if (!rng.Chance(kNaShare[i])) {
      const auto& templates = IndicatorTemplates(g.indicator);
      const IndicatorTemplate& t = templates[rng.Below(templates.size())];
      const std::string unit = t.units[rng.Below(t.units.size())];
      const long truth = PeriodValue(pl, place, i, year, years, first_year, options.seed);
      const PrintedCount c = PrintCount(truth, {t.allow_trailing, t.allow_prefix}, &rng);
      statements[i] = Expand(ReplaceHash(t.text, c.With(unit)), v, &rng);
      g.value = c.value;
      g.qualifier = c.qualifier;
      g.evidence = statements[i];
    }
    r.gold.push_back(std::move(g));
  }

  // Sections: heading, then paragraphs; the indicator paragraphs first.
  std::vector<std::string> sections[kSectionCount];
  std::string grassroots(Expand(GrassrootsLead(static_cast<int>(rng.Below(3))), v, &rng));
  int order[3] = {0, 1, 2};
  for (int i = 2; i > 0; --i) std::swap(order[i], order[rng.Below(i + 1)]);
  for (int i : order) {
    if (!statements[i].empty()) grassroots += statements[i] + "。";
  }
  sections[kGrassrootsSection].push_back(grassroots);
  std::string proposals(Expand(ProposalsLead(), v, &rng));
  if (!statements[3].empty()) proposals += statements[3] + "。";
  sections[kProposalsSection].push_back(proposals);
  if (rng.Chance(0.25)) sections[kGrassrootsSection].push_back(Expand(ProvinceMeetingParagraph(), v, &rng));
  if (n > 1 && rng.Chance(0.3)) sections[1].push_back(Expand(NeighbourParagraph(), v, &rng));

  const std::string headline(Headline(static_cast<int>(rng.Below(kHeadlines))));
  std::string title = five ? "——" + pl.name_zh + "政协" + std::to_string(year - 4) + "—" + std::to_string(year) +
                                 "年履职工作综述"
                           : rng.Chance(0.8) ? "——" + pl.name_zh + "政协" + std::to_string(year) + "年工作综述"
                                             : "——" + pl.name_zh + "政协" + std::to_string(year) + "年工作纪实";
  const std::string byline = Expand(rng.Chance(0.7) ? "□ 通讯员 {WHO} {WHO}" : "□ 本报记者 {WHO}", v, &rng);
  const std::string opening = Expand(OpeningParagraph(static_cast<int>(rng.Below(3))), v, &rng);
  const std::string outlook = Expand(OutlookParagraph(static_cast<int>(rng.Below(2))), v, &rng);

  // Boilerplate, each section's pool in its own shuffled order, until the
  // report reaches the target size.
  std::vector<int> next(kSectionCount, 0);
  std::vector<std::vector<int>> pool_order(kSectionCount);
  size_t bytes = headline.size() + title.size() + byline.size() + opening.size() + outlook.size();
  for (int s = 0; s < kSectionCount; ++s) {
    const int size = static_cast<int>(SectionParagraphs(s).size());
    for (int i = 0; i < size; ++i) pool_order[s].push_back(i);
    for (int i = size - 1; i > 0; --i) std::swap(pool_order[s][i], pool_order[s][rng.Below(i + 1)]);
    for (const auto& p : sections[s]) bytes += p.size();
    bytes += SectionHeading(s, 0).size();
  }
  auto add = [&](int s) {
    const auto& pool = SectionParagraphs(s);
    const int i = next[s] < static_cast<int>(pool.size()) ? pool_order[s][next[s]++]
                                                          : static_cast<int>(rng.Below(pool.size()));
    sections[s].push_back(Expand(pool[i], v, &rng));
    bytes += sections[s].back().size();
  };
  for (int s = 0; s < kSectionCount; ++s) add(s);
  // Unused paragraphs first: a report repeats one only when all are used.
  while (bytes < static_cast<size_t>(options.target_bytes)) {
    std::vector<int> open;
    for (int s = 0; s < kSectionCount; ++s) {
      if (next[s] < static_cast<int>(SectionParagraphs(s).size())) open.push_back(s);
    }
    add(open.empty() ? static_cast<int>(rng.Below(kSectionCount)) : open[rng.Below(open.size())]);
  }

  // Layout: blank lines between paragraphs, or hard-wrapped lines.
  const bool wrapped = rng.Chance(options.wrapped_share);
  const int style = static_cast<int>(rng.Below(3));
  const std::string sep = wrapped ? "\n" : "\n\n";
  std::string text = headline + "\n" + title + "\n\n" + byline + "\n\n";
  auto para = [&](const std::string& p) { text += (wrapped ? HardWrap(p, 36) : p) + sep; };
  para(opening);
  for (int s = 0; s < kSectionCount; ++s) {
    text += std::string(SectionHeading(s, style)) + sep;
    for (const auto& p : sections[s]) para(p);
  }
  para(outlook);

  const double enc = rng.Unit();
  if (enc < options.gb18030_share) {
    r.bytes = ToGb18030(text);
  } else if (enc < options.gb18030_share + options.bom_share) {
    r.bytes = "\xEF\xBB\xBF" + text;
  } else {
    r.bytes = std::move(text);
  }
  return r;
}

std::string FormatPlacesCsv(const std::vector<Place>& places) {
  std::string out = CsvLine({"code", "name_zh", "name_en", "aliases", "province", "level", "population_2020",
                             "population_source", "townships", "townships_year", "townships_source"});
  for (const Place& p : places) {
    out += CsvLine({p.code, p.name_zh, p.name_en, "", p.province, p.level, FormatValue(p.population_2020),
                    p.population_source, FormatValue(p.townships), p.townships_year, p.townships_source});
  }
  return out;
}

std::string ManifestHeader() { return CsvLine({"file", "year", "years", "city"}); }

std::string ManifestRow(const GeneratedReport& r) {
  // `file` relative to the manifest (DIR/corpus/NAME). No city: the title
  // line names the place, so segmentation is exercised.
  return CsvLine({"corpus/" + r.name, std::to_string(r.year), std::to_string(r.years), ""});
}

std::string GoldHeader() { return CsvLine({"doc", "city", "period", "indicator", "value", "qualifier", "evidence"}); }

std::string GoldRows(const GeneratedReport& r) {
  std::string out;
  const std::string period = PeriodLabel(r.year, r.years);
  for (const GoldValue& g : r.gold) {
    if (g.value) {
      out += CsvLine({r.name, r.city, period, g.indicator, FormatValue(*g.value),
                      std::string(QualifierName(g.qualifier)), g.evidence});
    } else {
      out += CsvLine({r.name, r.city, period, g.indicator, "NA", "", ""});
    }
  }
  return out;
}

Result<CorpusSummary> WriteCorpus(const std::string& dir, const CorpusOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(fs::path(dir) / "corpus", ec);
  if (ec) return Status::IoError(dir + "/corpus: " + ec.message());
  const std::vector<Place> places = SyntheticPlaces(options.places, options.seed);
  std::ofstream places_csv(dir + "/places.csv", std::ios::binary);
  std::ofstream manifest(dir + "/manifest.csv", std::ios::binary);
  std::ofstream gold(dir + "/gold.csv", std::ios::binary);
  places_csv << FormatPlacesCsv(places);
  manifest << ManifestHeader();
  gold << GoldHeader();
  CorpusSummary sum;
  std::string failed;
  ForEachReport(places, options, [&](const GeneratedReport& r) {
    const std::string path = dir + "/corpus/" + r.name;
    std::ofstream f(path, std::ios::binary);
    f << r.bytes;
    if (!f && failed.empty()) failed = path;
    manifest << ManifestRow(r);
    gold << GoldRows(r);
    ++sum.reports;
    sum.bytes += r.bytes.size();
    for (const auto& g : r.gold) sum.gold_values += g.value.has_value();
  });
  if (!failed.empty()) return Status::IoError(failed + ": cannot write");
  for (auto* f : {&places_csv, &manifest, &gold}) {
    f->flush();
    if (!*f) return Status::IoError(dir + ": cannot write places.csv, manifest.csv or gold.csv");
  }
  return sum;
}

}  // namespace bench
}  // namespace peercard
