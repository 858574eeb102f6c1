#include "tables/xlsx_export.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <tuple>

#include "base/atomic_file.h"
#include "base/csv_values.h"
#include "base/utf8.h"

namespace peercard {

namespace {

struct WorkbookFree {
  void operator()(lxw_workbook* wb) const { lxw_workbook_free(wb); }  // sheets and formats too
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookFree>;

// A cell: empty, text (always a string, never a formula) or a number.
struct Cell {
  enum class Kind { kEmpty, kText, kNumber } kind = Kind::kEmpty;
  std::string text;
  double number = 0;
};

Cell Text(std::string s) {
  Cell c;
  if (s.empty()) return c;
  c.kind = Cell::Kind::kText;
  c.text = std::move(s);
  return c;
}

Cell Number(double v) {
  Cell c;
  if (std::isnan(v)) return c;  // missing is an empty cell, never 0
  c.kind = Cell::Kind::kNumber;
  c.number = v;
  return c;
}

// A year, rank or band where 0 means "none".
Cell Positive(int v) { return v > 0 ? Number(v) : Cell(); }

struct Column {
  std::string header;  // 中文 then English
  double width;
  const char* format;  // number format; "" for text
};

constexpr const char* kCount = "#,##0";
constexpr const char* kRate = "#,##0.0";
constexpr const char* kTwo = "0.00";
constexpr const char* kMedian = "#,##0.00";
constexpr const char* kPercent = "0.0";
constexpr const char* kInteger = "0";

const std::vector<Column>& IndicatorColumns() {
  static const std::vector<Column> columns = {
      {"代码 code", 14, ""},         {"名称 name", 12, ""},
      {"采用年份 year used", 10, kInteger}, {"报告期 period", 11, ""},
      {"数值 value", 10, kCount},    {"原文 as printed", 11, ""},
      {"每年 per year", 10, kRate},  {"每万人 per 10k", 10, kTwo},
      {"每乡镇 per township", 11, kTwo}, {"同组数 peer n", 9, kInteger},
      {"同组中位数 peer median", 12, kMedian}, {"z", 7, kTwo},
      {"稳健z robust z", 9, kTwo},   {"百分位 percentile", 10, kPercent},
      {"名次 rank", 7, kInteger},    {"四分位档 band", 8, kInteger},
      {"综合 composite", 10, kTwo},  {"综合名次 composite rank", 10, kInteger},
      {"名次区间 p05", 9, kInteger}, {"名次区间 p95", 9, kInteger},
      {"已复核 reviewed", 16, ""},   {"来源 source", 22, ""},
      {"说明 reason", 60, ""},       {"上期 previous year", 10, kInteger},
      {"上期数值 previous value", 12, kCount}, {"变化 change", 10, kCount},
      {"变化率% change %", 10, kPercent}, {"趋势说明 trend note", 40, ""}};
  return columns;
}

// The overview: one row per place, its composite standing, then for each
// indicator the value as printed, its rate per 10k and its change.
std::vector<Column> OverviewColumns(const std::vector<std::pair<std::string, std::string>>& sheets) {
  std::vector<Column> columns = {{"名次 rank", 7, kInteger},        {"代码 code", 14, ""},
                                 {"名称 name", 12, ""},             {"对比组 peer group", 14, ""},
                                 {"综合 composite", 10, kTwo},      {"名次区间 p05", 9, kInteger},
                                 {"名次区间 p95", 9, kInteger},     {"覆盖 coverage", 9, ""}};
  for (const auto& [id, label] : sheets) {
    columns.push_back({label + " 数值 value", 12, ""});
    columns.push_back({label + " 每万人 per 10k", 12, kTwo});
    columns.push_back({label + " 比上年% change", 12, kPercent});
  }
  return columns;
}

const std::vector<Column>& EvidenceColumns() {
  static const std::vector<Column> columns = {
      {"文件 doc", 24, ""},       {"代码 city", 14, ""}, {"报告期 period", 11, ""},
      {"指标 indicator", 14, ""}, {"数值 value", 10, kCount}, {"限定 qualifier", 10, ""},
      {"页 page", 6, kInteger},   {"行 line", 7, kInteger},  {"原句 evidence", 80, ""}, {"规则 rule", 26, ""}};
  return columns;
}

std::string AsPrinted(double value, Qualifier q) {
  if (std::isnan(value)) return "";
  static const char* const kPrefix[] = {"", "≥", "约", "≤"};
  return kPrefix[static_cast<int>(q)] + FormatCsvNumber(value);
}

using Key = std::tuple<std::string, std::string, Period>;  // city, indicator, period

std::vector<Cell> IndicatorRow(const ComparisonRow& r, const std::map<Key, std::string>& review_reasons) {
  std::string reviewed;
  if (r.reviewed) {
    const auto it = review_reasons.find({r.city, r.indicator, r.period});
    reviewed = it == review_reasons.end() || it->second.empty() ? "✓" : "✓ " + it->second;
  }
  Reasons reasons = r.reason;
  AddReasons(&reasons, r.composite_reason);
  const std::string reason = English(reasons);
  return {Text(r.city), Text(r.name_zh), Positive(r.year_used),
          Text(r.year_used > 0 ? r.period.ToString() : ""), Number(r.value), Text(AsPrinted(r.value, r.qualifier)),
          Number(r.per_year), Number(r.per_10k), Number(r.per_township), Number(r.peer.n),
          Number(r.peer.median), Number(r.z), Number(r.robust_z), Number(r.percentile), Positive(r.rank),
          Positive(r.band), Number(r.composite), Positive(r.composite_rank), Positive(r.rank_p05),
          Positive(r.rank_p95), Text(reviewed), Text(r.doc), Text(reason), Positive(r.prev_year),
          Number(r.prev_value), Number(r.change_abs), Number(r.change_pct), Text(English(r.trend_note))};
}

// A row of the overview for the rows of one place (`mine`, any order).
std::vector<Cell> OverviewRow(const std::vector<const ComparisonRow*>& mine,
                              const std::vector<std::pair<std::string, std::string>>& sheets) {
  const ComparisonRow& any = *mine.front();
  std::vector<Cell> cells = {Positive(any.composite_rank),
                             Text(any.city),
                             Text(any.name_zh),
                             Text(any.peer_group),
                             Number(any.composite),
                             Positive(any.rank_p05),
                             Positive(any.rank_p95),
                             Text(any.composite_m > 0 ? std::to_string(any.composite_k) + "/" +
                                                            std::to_string(any.composite_m)
                                                      : "")};
  for (const auto& sheet : sheets) {
    const std::string& id = sheet.first;
    const auto it = std::find_if(mine.begin(), mine.end(), [&](const ComparisonRow* r) { return r->indicator == id; });
    if (it == mine.end()) {
      cells.insert(cells.end(), 3, Cell());
      continue;
    }
    const ComparisonRow& r = **it;
    // A change only where the card gives one: an exact value against a
    // previous value of the same span.
    const bool change = r.trend_comparable && r.qualifier == Qualifier::kExact;
    cells.push_back(Text(std::isnan(r.value) ? "未披露" : AsPrinted(r.value, r.qualifier)));
    cells.push_back(Number(r.per_10k));
    cells.push_back(Number(change ? r.change_pct : NAN));
  }
  return cells;
}

std::vector<Cell> EvidenceRow(const Observation& o) {
  return {Text(o.doc), Text(o.city), Text(o.period.ToString()), Text(o.indicator), Number(*o.value),
          Text(std::string(QualifierName(o.qualifier))), Positive(o.page), Positive(o.line), Text(o.evidence),
          Text(o.rule)};
}

// Formats by number format, created once per workbook (libxlsxwriter owns them).
class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {
    header_ = workbook_add_format(wb);
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(header_, LXW_BORDER_THIN);
    format_set_bg_color(header_, 0xEEEEEE);
  }
  lxw_format* header() const { return header_; }
  lxw_format* Number(const std::string& num_format) {
    lxw_format*& f = by_format_[num_format];
    if (!f) {
      f = workbook_add_format(wb_);
      format_set_num_format(f, num_format.c_str());
    }
    return f;
  }

 private:
  lxw_workbook* wb_;
  lxw_format* header_;
  std::map<std::string, lxw_format*> by_format_;
};

Status Refused(const std::string& path, const std::string& what, lxw_error err) {
  return Status::Internal(path + ": libxlsxwriter refused " + what + ": " + lxw_strerror(err));
}

Status WriteSheet(const std::string& path, lxw_workbook* wb, Formats* formats, const std::string& name,
                  const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows,
                  int frozen_columns) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) return Status::Internal(path + ": libxlsxwriter refused the sheet name '" + name + "'");
  for (size_t j = 0; j < columns.size(); ++j) {
    const lxw_col_t col = static_cast<lxw_col_t>(j);
    worksheet_set_column(ws, col, col, columns[j].width, nullptr);
    if (lxw_error e = worksheet_write_string(ws, 0, col, columns[j].header.c_str(), formats->header())) {
      return Refused(path, "a header of sheet '" + name + "'", e);
    }
  }
  worksheet_freeze_panes(ws, 1, static_cast<lxw_col_t>(frozen_columns));
  for (size_t i = 0; i < rows.size(); ++i) {
    const lxw_row_t row = static_cast<lxw_row_t>(i + 1);
    for (size_t j = 0; j < rows[i].size() && j < columns.size(); ++j) {
      const Cell& c = rows[i][j];
      const lxw_col_t col = static_cast<lxw_col_t>(j);
      lxw_error e = LXW_NO_ERROR;
      if (c.kind == Cell::Kind::kText) {
        // A string cell: Excel never evaluates it, whatever it starts with.
        e = worksheet_write_string(ws, row, col, c.text.c_str(), nullptr);
      } else if (c.kind == Cell::Kind::kNumber) {
        e = worksheet_write_number(ws, row, col, c.number, formats->Number(columns[j].format));
      }
      if (e) return Refused(path, "cell " + std::to_string(i + 2) + ":" + std::to_string(j + 1) + " of sheet '" +
                                      name + "'", e);
    }
  }
  worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(rows.size()), static_cast<lxw_col_t>(columns.size() - 1));
  return Status::Ok();
}

std::time_t CreatedFromEnvironment() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  const auto seconds = epoch ? ParseCsvInteger(epoch) : std::nullopt;
  if (!seconds || *seconds < 0) return kXlsxDefaultCreated;
  // libxlsxwriter reads 0 as "now": the epoch itself becomes one second after it.
  return *seconds == 0 ? 1 : static_cast<std::time_t>(*seconds);
}

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

std::string XlsxSheetName(const std::string& label, const std::string& fallback,
                          const std::vector<std::string>& taken) {
  constexpr size_t kMaxChars = 31;
  std::string base;
  for (char c : label) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) base += c;
  }
  while (!base.empty() && (base.front() == '\'' || base.front() == ' ')) base.erase(base.begin());
  while (!base.empty() && (base.back() == '\'' || base.back() == ' ')) base.pop_back();
  if (base.empty()) base = fallback.empty() ? "sheet" : fallback;
  auto is_taken = [&](const std::string& name) {
    return std::any_of(taken.begin(), taken.end(),
                       [&](const std::string& t) { return LowerAscii(t) == LowerAscii(name); });
  };
  std::string name(FirstChars(base, kMaxChars));
  for (int n = 2; is_taken(name); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    name = std::string(FirstChars(base, kMaxChars - suffix.size())) + suffix;
  }
  return name;
}

Status WriteComparisonXlsx(const std::string& path, const std::vector<ComparisonRow>& rows,
                           const std::vector<Observation>& observations,
                           const std::vector<IndicatorSpec>& catalogue) {
  return WriteComparisonXlsx(path, rows, observations, catalogue, CreatedFromEnvironment());
}

Status WriteComparisonXlsx(const std::string& path, const std::vector<ComparisonRow>& rows,
                           const std::vector<Observation>& observations,
                           const std::vector<IndicatorSpec>& catalogue, std::time_t created,
                           const XlsxWording& wording) {
  std::error_code ec;
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) return Status::IoError(parent.string() + ": cannot create directory: " + ec.message());
  const std::string tmp = TemporaryPathFor(path);
  const ScopedTemporary registered(tmp);  // removed if a signal ends the run meanwhile
  WorkbookPtr wb(workbook_new(tmp.c_str()));
  if (!wb) return Status::IoError(path + ": cannot create workbook");
  lxw_doc_properties properties = {};
  properties.created = created;
  workbook_set_properties(wb.get(), &properties);
  Formats formats(wb.get());

  // Sheets in catalogue order, then indicators only the rows know.
  std::vector<std::pair<std::string, std::string>> sheets;  // indicator id, label
  for (const IndicatorSpec& spec : catalogue) sheets.emplace_back(spec.id, spec.label_zh);
  for (const ComparisonRow& r : rows) {
    const bool known = std::any_of(sheets.begin(), sheets.end(), [&](const auto& s) { return s.first == r.indicator; });
    if (!known) sheets.emplace_back(r.indicator, r.indicator);
  }
  std::map<Key, std::string> review_reasons;
  for (const Observation& o : observations) {
    if (o.reviewed) review_reasons.emplace(Key{o.city, o.indicator, o.period}, o.review_reason);
  }
  // The overview: places by peer group and composite rank, unranked last.
  {
    std::map<std::string, std::vector<const ComparisonRow*>> by_city;
    for (const ComparisonRow& r : rows) by_city[r.city].push_back(&r);
    std::vector<const std::vector<const ComparisonRow*>*> places;
    for (const auto& [city, mine] : by_city) places.push_back(&mine);
    std::stable_sort(places.begin(), places.end(), [](const auto* a, const auto* b) {
      const ComparisonRow& x = *a->front();
      const ComparisonRow& y = *b->front();
      const int rx = x.composite_rank > 0 ? x.composite_rank : 1 << 30;
      const int ry = y.composite_rank > 0 ? y.composite_rank : 1 << 30;
      return std::tie(x.peer_group, rx) < std::tie(y.peer_group, ry);
    });
    std::vector<std::vector<Cell>> cells;
    for (const auto* mine : places) cells.push_back(OverviewRow(*mine, sheets));
    if (Status s = WriteSheet(path, wb.get(), &formats, kOverviewSheetName, OverviewColumns(sheets), cells, 3);
        !s.ok()) {
      return s;
    }
  }
  std::vector<std::string> taken = {kOverviewSheetName, kEvidenceSheetName, kNotesSheetName};
  for (const auto& [id, label] : sheets) {
    std::vector<const ComparisonRow*> mine;
    for (const ComparisonRow& r : rows) {
      if (r.indicator == id) mine.push_back(&r);
    }
    std::stable_sort(mine.begin(), mine.end(),
                     [](const ComparisonRow* a, const ComparisonRow* b) { return a->city < b->city; });
    std::vector<std::vector<Cell>> cells;
    for (const ComparisonRow* r : mine) cells.push_back(IndicatorRow(*r, review_reasons));
    const std::string name = XlsxSheetName(label, id, taken);
    taken.push_back(name);
    if (Status s = WriteSheet(path, wb.get(), &formats, name, IndicatorColumns(), cells, 2); !s.ok()) return s;
  }
  std::vector<const Observation*> stated;
  for (const Observation& o : observations) {
    if (o.value) stated.push_back(&o);
  }
  std::stable_sort(stated.begin(), stated.end(), [](const Observation* a, const Observation* b) {
    return std::tie(a->city, a->indicator, a->period, a->doc, a->line) <
           std::tie(b->city, b->indicator, b->period, b->doc, b->line);
  });
  std::vector<std::vector<Cell>> evidence;
  for (const Observation* o : stated) evidence.push_back(EvidenceRow(*o));
  // Then each value the comparison lacks, with its reason, in Chinese where
  // the caller gives the wording.
  std::vector<const ComparisonRow*> missing;
  for (const ComparisonRow& r : rows) {
    if (std::isnan(r.value)) missing.push_back(&r);
  }
  std::stable_sort(missing.begin(), missing.end(), [](const ComparisonRow* a, const ComparisonRow* b) {
    return std::tie(a->city, a->indicator) < std::tie(b->city, b->indicator);
  });
  for (const ComparisonRow* r : missing) {
    const std::string reason = wording.reason ? wording.reason(r->reason) : English(r->reason);
    evidence.push_back({Text(r->doc), Text(r->city), Cell(), Text(r->indicator), Cell(), Text("未披露 not disclosed"),
                        Cell(), Cell(), Text(reason), Cell()});
  }
  if (Status s = WriteSheet(path, wb.get(), &formats, kEvidenceSheetName, EvidenceColumns(), evidence, 0); !s.ok()) {
    return s;
  }
  if (!wording.notes.empty()) {
    std::vector<std::vector<Cell>> notes;
    for (const std::string& n : wording.notes) notes.push_back({Text(n)});
    if (Status s = WriteSheet(path, wb.get(), &formats, kNotesSheetName, {{"说明 notes", 120, ""}}, notes, 0);
        !s.ok()) {
      return s;
    }
  }
  if (const lxw_error e = workbook_close(wb.release())) {  // writes the file and frees the workbook
    std::filesystem::remove(tmp, ec);
    return Status::IoError(path + ": cannot write workbook: " + lxw_strerror(e));
  }
  return CommitTemporary(tmp, path);
}

}  // namespace peercard
