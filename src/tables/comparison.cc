#include "tables/comparison.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "base/csv.h"
#include "base/csv_values.h"

namespace peercard {

ComparisonRow::ComparisonRow() {
  const double nan = std::nan("");
  peer.mean = peer.sd = peer.median = peer.q1 = peer.q3 = peer.mad = peer.min = peer.max = nan;
  value = value_low = value_high = nan;
  per_year = per_10k = per_township = ratio = basis_value = nan;
  z = robust_z = percentile = ratio_to_median = nan;
  composite = rank_median = nan;
  prev_value = change_abs = change_pct = nan;
}

namespace {

// One column of comparison.csv: its name, how a row prints into it, and how a
// cell reads back (returning the problem, "" when fine). An optional column
// may be absent from a file written before it existed: its cells read as "".
struct Column {
  const char* name;
  std::function<std::string(const ComparisonRow&)> write;
  std::function<std::string(const std::string&, ComparisonRow*)> read;
  bool optional = false;
};

Column Optional(Column c) {
  c.optional = true;
  return c;
}

Column Text(const char* name, std::string ComparisonRow::*field) {
  return {name, [field](const ComparisonRow& r) { return r.*field; },
          [field](const std::string& cell, ComparisonRow* r) {
            r->*field = UnescapeCsvText(cell);
            return std::string();
          }};
}

// A double field: NaN is an empty cell.
Column Number(const char* name, std::function<double(const ComparisonRow&)> get,
              std::function<void(ComparisonRow*, double)> set) {
  return {name, [get](const ComparisonRow& r) { return FormatCsvNumber(get(r)); },
          [set](const std::string& cell, ComparisonRow* r) {
            const auto v = ParseCsvNumber(cell);
            if (!v && !cell.empty()) return "'" + cell + "' is not a number";
            set(r, v ? *v : std::nan(""));
            return std::string();
          }};
}

// An int field; with `zero_is_none`, 0 ("none") is an empty cell.
Column Integer(const char* name, std::function<int(const ComparisonRow&)> get,
               std::function<void(ComparisonRow*, int)> set, bool zero_is_none) {
  return {name,
          [get, zero_is_none](const ComparisonRow& r) {
            const int v = get(r);
            return zero_is_none && v == 0 ? std::string() : std::to_string(v);
          },
          [set](const std::string& cell, ComparisonRow* r) {
            const auto v = ParseCsvInteger(cell);
            if (!v && !cell.empty()) return "'" + cell + "' is not an integer";
            set(r, v ? static_cast<int>(*v) : 0);
            return std::string();
          }};
}

// A byte offset in doc; empty when the row has no line (no evidence key).
Column Offset(const char* name, long ComparisonRow::*field) {
  return {name, [field](const ComparisonRow& r) { return r.line == 0 ? std::string() : std::to_string(r.*field); },
          [field](const std::string& cell, ComparisonRow* r) {
            const auto v = ParseCsvInteger(cell);
            if ((!v && !cell.empty()) || (v && *v < 0)) return "'" + cell + "' is not a byte offset";
            r->*field = v ? static_cast<long>(*v) : 0;
            return std::string();
          }};
}

// Reasons: written in English (English()), read back by ParseReasons.
Column ReasonList(const char* name, Reasons ComparisonRow::*field) {
  return {name, [field](const ComparisonRow& r) { return English(r.*field); },
          [field](const std::string& cell, ComparisonRow* r) {
            r->*field = ParseReasons(UnescapeCsvText(cell));
            return std::string();
          }};
}

Column Flag(const char* name, bool ComparisonRow::*field) {
  return {name, [field](const ComparisonRow& r) { return std::string(r.*field ? "true" : "false"); },
          [field](const std::string& cell, ComparisonRow* r) {
            if (cell != "true" && cell != "false") return "'" + cell + "' is not true or false";
            r->*field = cell == "true";
            return std::string();
          }};
}

// Both directions of a numeric field from one expression naming it (r.field).
#define PC_NUMBER(name, expr) \
  Number(name, [](const ComparisonRow& r) { return expr; }, [](ComparisonRow* p, double v) { auto& r = *p; expr = v; })
#define PC_INT(name, expr, none)                                                                               \
  Integer(name, [](const ComparisonRow& r) { return expr; }, [](ComparisonRow* p, int v) { auto& r = *p; expr = v; }, \
          none)

const std::vector<Column>& Columns() {
  static const std::vector<Column> columns = {
      Text("city", &ComparisonRow::city),
      Text("name_zh", &ComparisonRow::name_zh),
      Text("name_en", &ComparisonRow::name_en),
      Text("indicator", &ComparisonRow::indicator),
      Text("peer_group", &ComparisonRow::peer_group),
      PC_INT("year_used", r.year_used, true),
      {"period", [](const ComparisonRow& r) { return r.period.known() ? r.period.ToString() : std::string(); },
       [](const std::string& cell, ComparisonRow* r) {
         if (cell.empty()) {
           r->period = Period{};
           return std::string();
         }
         const auto p = ParsePeriodLabel(cell);
         if (!p.ok()) return p.status().message();
         r->period = *p;
         return std::string();
       }},
      PC_NUMBER("value", r.value),
      {"qualifier", [](const ComparisonRow& r) { return std::string(QualifierName(r.qualifier)); },
       [](const std::string& cell, ComparisonRow* r) {
         const auto q = ParseQualifierName(cell);
         if (!q) return "'" + cell + "' is not exact, at_least, approx or at_most";
         r->qualifier = *q;
         return std::string();
       }},
      PC_NUMBER("value_low", r.value_low),
      PC_NUMBER("value_high", r.value_high),
      Flag("reviewed", &ComparisonRow::reviewed),
      Text("doc", &ComparisonRow::doc),
      Optional(PC_INT("line", r.line, true)),
      Optional(Offset("offset", &ComparisonRow::offset)),
      PC_NUMBER("per_year", r.per_year),
      PC_NUMBER("per_10k", r.per_10k),
      PC_NUMBER("per_township", r.per_township),
      Text("ratio_id", &ComparisonRow::ratio_id),
      PC_NUMBER("ratio", r.ratio),
      Text("basis", &ComparisonRow::basis),
      PC_NUMBER("basis_value", r.basis_value),
      PC_INT("peer_n", r.peer.n, false),
      PC_NUMBER("peer_mean", r.peer.mean),
      PC_NUMBER("peer_sd", r.peer.sd),
      PC_NUMBER("peer_median", r.peer.median),
      PC_NUMBER("peer_q1", r.peer.q1),
      PC_NUMBER("peer_q3", r.peer.q3),
      PC_NUMBER("peer_mad", r.peer.mad),
      PC_NUMBER("peer_min", r.peer.min),
      PC_NUMBER("peer_max", r.peer.max),
      PC_NUMBER("z", r.z),
      PC_NUMBER("robust_z", r.robust_z),
      PC_NUMBER("percentile", r.percentile),
      PC_INT("rank", r.rank, true),
      PC_NUMBER("ratio_to_median", r.ratio_to_median),
      PC_INT("band", r.band, true),
      ReasonList("reason", &ComparisonRow::reason),
      PC_NUMBER("composite", r.composite),
      PC_INT("composite_k", r.composite_k, false),
      PC_INT("composite_m", r.composite_m, false),
      PC_INT("composite_rank", r.composite_rank, true),
      PC_NUMBER("rank_median", r.rank_median),
      PC_INT("rank_p05", r.rank_p05, true),
      PC_INT("rank_p95", r.rank_p95, true),
      ReasonList("composite_reason", &ComparisonRow::composite_reason),
      PC_INT("prev_year", r.prev_year, true),
      PC_NUMBER("prev_value", r.prev_value),
      PC_NUMBER("change_abs", r.change_abs),
      PC_NUMBER("change_pct", r.change_pct),
      Flag("trend_comparable", &ComparisonRow::trend_comparable),
      ReasonList("trend_note", &ComparisonRow::trend_note),
  };
  return columns;
}

#undef PC_NUMBER
#undef PC_INT

}  // namespace

std::string FormatComparisonCsv(std::vector<ComparisonRow> rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const ComparisonRow& a, const ComparisonRow& b) {
    return a.city != b.city ? a.city < b.city : a.indicator < b.indicator;
  });
  const std::vector<Column>& columns = Columns();
  std::vector<std::string> cells;
  for (const Column& c : columns) cells.push_back(c.name);
  std::string out(kUtf8Bom);
  out += CsvLine(cells);
  for (const ComparisonRow& r : rows) {
    for (size_t i = 0; i < columns.size(); ++i) cells[i] = columns[i].write(r);
    out += CsvLine(cells);
  }
  return out;
}

Result<std::vector<ComparisonRow>> ReadComparisonCsv(const std::string& path) {
  auto table = ReadCsvFile(path);
  if (!table.ok()) return table.status();
  const std::vector<Column>& columns = Columns();
  std::vector<int> index;
  for (const Column& c : columns) {
    index.push_back(table->Column(c.name));
    if (index.back() < 0 && !c.optional) return Status::InvalidArgument(path + ": missing column '" + c.name + "'");
  }
  std::vector<ComparisonRow> rows;
  rows.reserve(table->rows.size());
  for (const auto& line : table->rows) {
    ComparisonRow r;
    for (size_t i = 0; i < columns.size(); ++i) {
      const size_t at = static_cast<size_t>(index[i]);
      const std::string cell = index[i] >= 0 && at < line.cells.size() ? line.cells[at] : std::string();
      const std::string problem = columns[i].read(cell, &r);
      if (!problem.empty()) {
        return Status::InvalidArgument(path + ":" + std::to_string(line.line) + ": column '" + columns[i].name +
                                       "': " + problem);
      }
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace peercard
