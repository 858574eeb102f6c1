// comparison.xlsx: the comparison as a workbook a research office opens in
// Excel (DESIGN.md, "output/"): one sheet per indicator, one row per place,
// and a "证据 evidence" sheet with the sentence behind every value.
// libxlsxwriter stays in xlsx_export.cc.
#pragma once

#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "tables/comparison.h"
#include "model/indicator_spec.h"
#include "model/observation.h"
#include "base/status.h"
#include "model/reason.h"

namespace peercard {

// What the workbook says in words, from the caller's templates: tables/
// knows none.
struct XlsxWording {
  // Reasons as printed (Templates::Reason); unset: in English.
  std::function<std::string(const Reasons&)> reason;
  std::vector<std::string> notes;  // the notes sheet's paragraphs; none: no notes sheet
};

// Sheet names, in order: kOverviewSheetName; one per indicator of
// `catalogue` (its label_zh; then any indicator of `rows` missing from the
// catalogue, by id); kEvidenceSheetName; kNotesSheetName when there are notes.
// - The overview has one row per place, by peer group and composite rank
//   (unranked last): rank, code, name, peer group, composite, rank interval,
//   coverage "k/m", then for each indicator its value as printed ("未披露"
//   when missing), per 10k, and the % change from the previous year where
//   the value is exact and the previous one of the same span.
// - An indicator sheet has a bold, frozen header row (中文 then English) and
//   one row per place of `rows` with that indicator, sorted by place code:
//   code, name, year used, period, value, the value as printed with its
//   qualifier ("≥1000", "约500", "≤50"), per year, per 10k, per township,
//   peer n, peer median, z, robust z, percentile, rank, band, composite,
//   composite rank, rank interval p05 and p95, reviewed ("✓" and the
//   reviewer's reason found in `observations`), source document, reason,
//   previous year, previous value, change, change %, trend note.
// - The evidence sheet has one row per observation with a value, sorted by
//   (city, indicator, period, doc, line): doc, city, period, indicator, value,
//   qualifier, line, evidence sentence, rule; then one row per missing value
//   of the comparison (qualifier "未披露 not disclosed", the reason worded by
//   wording.reason in the evidence column).
// Numbers are numbers with formats ("#,##0" counts, "0.00" per 10k and z,
// "0.0" percentiles); a NaN (or a 0 rank/year, meaning none) is an empty
// cell, never 0. Every text cell is written as a string, never a formula, so
// "=HYPERLINK(…)" in a sentence stays text.
// A sheet name is the label without []:*?/\ and edge apostrophes, cut to 31
// characters, made unique with " (2)", " (3)" …; an empty one becomes the id.
// Deterministic: the same inputs give the same bytes. The document's created
// date is $SOURCE_DATE_EPOCH when it holds a non-negative integer, else the
// fixed kXlsxDefaultCreated (the wall clock belongs in run.json only); zip
// entries carry libxlsxwriter's fixed 1980-01-01 timestamp.
// Written atomically (atomic_file.h); parent directories are created.
// Returns IoError naming `path` when it cannot be written, Internal when
// libxlsxwriter refuses a cell or sheet. Thread-safe for distinct paths.
Status WriteComparisonXlsx(const std::string& path, const std::vector<ComparisonRow>& rows,
                           const std::vector<Observation>& observations,
                           const std::vector<IndicatorSpec>& catalogue);

// As above with the created date given (seconds since 1970, UTC; > 0).
Status WriteComparisonXlsx(const std::string& path, const std::vector<ComparisonRow>& rows,
                           const std::vector<Observation>& observations,
                           const std::vector<IndicatorSpec>& catalogue, std::time_t created,
                           const XlsxWording& wording = {});

inline constexpr const char* kOverviewSheetName = "总览 overview";
inline constexpr const char* kEvidenceSheetName = "证据 evidence";
inline constexpr const char* kNotesSheetName = "说明 notes";
inline constexpr std::time_t kXlsxDefaultCreated = 315532800;  // 1980-01-01T00:00:00Z, the zip epoch

// The sheet name for `label` (see above), not among `taken` (compared
// ignoring ASCII case). Pure.
std::string XlsxSheetName(const std::string& label, const std::string& fallback,
                          const std::vector<std::string>& taken);

}  // namespace peercard
