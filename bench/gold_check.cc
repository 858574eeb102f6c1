#include "gold_check.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "base/csv.h"

namespace peercard {
namespace bench {

namespace {

std::string Key(const std::string& doc, const std::string& city, const std::string& period,
                const std::string& indicator) {
  return doc + '\x1f' + city + '\x1f' + period + '\x1f' + indicator;
}

std::string Describe(double v, Qualifier q) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.0f (%s)", v, std::string(QualifierName(q)).c_str());
  return buf;
}

}  // namespace

std::vector<GoldRow> GoldRowsOf(const GeneratedReport& r) {
  std::vector<GoldRow> out;
  for (const GoldValue& g : r.gold) {
    out.push_back({r.name, r.city, PeriodLabel(r.year, r.years), g.indicator, g.value, g.qualifier, g.evidence});
  }
  return out;
}

Result<std::vector<GoldRow>> ReadGoldCsv(const std::string& path) {
  auto table = ReadCsvFile(path);
  if (!table.ok()) return table.status();
  std::vector<GoldRow> out;
  for (const auto& row : table->rows) {
    GoldRow g{table->Cell(row, "doc"), table->Cell(row, "city"), table->Cell(row, "period"),
              table->Cell(row, "indicator"), std::nullopt, Qualifier::kExact, table->Cell(row, "evidence")};
    const std::string value = table->Cell(row, "value");
    const auto q = ParseQualifierName(table->Cell(row, "qualifier"));
    const std::string where = path + ":" + std::to_string(row.line) + ": ";
    if (!q) return Status::InvalidArgument(where + "bad qualifier");
    g.qualifier = *q;
    if (value != "NA") {
      char* end = nullptr;
      g.value = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0') return Status::InvalidArgument(where + "bad value '" + value + "'");
    }
    out.push_back(std::move(g));
  }
  return out;
}

GoldScore ScoreAgainstGold(const std::vector<GoldRow>& gold, const std::vector<Observation>& obs,
                           size_t max_examples) {
  GoldScore score;
  std::map<std::string, size_t> by_indicator;
  std::map<std::string, const GoldRow*> gold_by_key;
  for (const GoldRow& g : gold) {
    if (!by_indicator.count(g.indicator)) {
      by_indicator[g.indicator] = score.indicators.size();
      score.indicators.push_back({});
      score.indicators.back().indicator = g.indicator;
    }
    IndicatorScore& s = score.indicators[by_indicator[g.indicator]];
    (g.value ? s.gold_values : s.gold_na)++;
    gold_by_key[Key(g.doc, g.city, g.period, g.indicator)] = &g;
  }
  auto example = [&](const std::string& line) {
    if (score.examples.size() < max_examples) score.examples.push_back(line);
  };
  std::map<std::string, const Observation*> found_by_key;
  for (const Observation& o : obs) {
    auto ind = by_indicator.find(o.indicator);
    if (ind == by_indicator.end() || !o.value) continue;
    IndicatorScore& s = score.indicators[ind->second];
    ++s.found;
    const std::string key = Key(o.doc, o.city, o.period.ToString(), o.indicator);
    found_by_key[key] = &o;
    auto g = gold_by_key.find(key);
    if (g == gold_by_key.end() || !g->second->value) {
      ++s.spurious;
      example("spurious " + o.doc + " " + o.city + " " + o.period.ToString() + " " + o.indicator + " = " +
              Describe(*o.value, o.qualifier) + " from: " + o.evidence);
    } else if (std::fabs(*g->second->value - *o.value) < 1e-9 && g->second->qualifier == o.qualifier) {
      ++s.correct;
    } else {
      ++s.wrong;
      example("wrong " + o.doc + " " + o.indicator + " = " + Describe(*o.value, o.qualifier) + ", planted " +
              Describe(*g->second->value, g->second->qualifier) + ": " + g->second->evidence);
    }
  }
  for (const GoldRow& g : gold) {
    if (!g.value) continue;
    auto f = found_by_key.find(Key(g.doc, g.city, g.period, g.indicator));
    if (f == found_by_key.end()) {
      ++score.indicators[by_indicator[g.indicator]].missed;
      example("missed " + g.doc + " " + g.city + " " + g.period + " " + g.indicator + " = " +
              Describe(*g.value, g.qualifier) + ": " + g.evidence);
    }
  }
  score.total.indicator = "all";
  for (const IndicatorScore& s : score.indicators) {
    score.total.gold_values += s.gold_values;
    score.total.gold_na += s.gold_na;
    score.total.found += s.found;
    score.total.correct += s.correct;
    score.total.wrong += s.wrong;
    score.total.missed += s.missed;
    score.total.spurious += s.spurious;
  }
  return score;
}

std::string FormatGoldScore(const GoldScore& score) {
  std::string out = "  indicator        planted   NA  found correct  wrong missed spurious precision recall\n";
  char buf[200];
  auto line = [&](const IndicatorScore& s) {
    std::snprintf(buf, sizeof buf, "  %-15s %8d %4d %6d %7d %6d %6d %8d %9.3f %6.3f\n", s.indicator.c_str(),
                  s.gold_values, s.gold_na, s.found, s.correct, s.wrong, s.missed, s.spurious, s.precision(),
                  s.recall());
    out += buf;
  };
  for (const auto& s : score.indicators) line(s);
  line(score.total);
  for (const auto& e : score.examples) out += "    " + e + "\n";
  return out;
}

}  // namespace bench
}  // namespace peercard
