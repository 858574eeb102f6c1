// Stage tables/: the files users open: observations.csv, comparison.csv,
// overrides.csv, the dataset they make, comparison.xlsx (libxlsxwriter).
//
// observations.csv: the file extract writes and compare reads (DESIGN.md,
// "Files and contracts"). One row per value found, or stated missing (NA).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/csv.h"
#include "model/catalogue.h"
#include "model/indicator_spec.h"
#include "model/observation.h"
#include "model/places.h"
#include "base/status.h"

namespace peercard {

// The columns, in this order. Observation::reviewed and review_reason are not
// written: overrides.csv is applied again on every compare run.
inline constexpr const char* kObservationColumns[] = {
    "doc", "city", "period", "indicator", "value", "qualifier",
    "unit", "line", "offset", "evidence", "rule", "page"};

// The whole file: UTF-8 BOM, header, rows sorted by (doc, city, period,
// indicator), stable for equal keys. A value prints as an integer when
// integral, else in its shortest exact form, never through the locale. An NA
// row prints value "NA" and empty qualifier, unit, line, offset and evidence.
// `page` is the PDF page of the value, empty for other formats.
// Text cells pass through CsvCell (formula cells get an apostrophe).
// Pure; safe from any thread.
std::string FormatObservationsCsv(std::vector<Observation> obs);

// Reads observations.csv (any column order; extra columns ignored). Required
// columns: doc, city, period, indicator, value; qualifier, unit, line,
// offset, evidence and rule may be absent (then empty / exact / 0).
// Errors (InvalidArgument, "FILE:LINE: problem", stops at the first):
//   a missing required column ("FILE: missing column 'value'"), an empty or
//   malformed place code, a period neither YYYY, YYYY-YYYY nor "unknown"
//   (what extract writes when no year could be found: read as Period{},
//   which compare leaves out with a warning), an indicator not in `catalogue`, a
//   value neither a number nor NA (nor empty), a negative value, a bad
//   qualifier, a non-integer line or offset.
// A well-formed place code that is not in `places` is accepted: DESIGN.md
// gives committees found in no table a code made from their name. Each such
// row adds "FILE:LINE: place 'CODE' is not in the places table" to *warnings
// (when warnings is not null). An empty value cell reads as NA.
// NotFound/IoError when the file cannot be read.
Result<std::vector<Observation>> ReadObservationsCsv(const std::string& path,
                                                     const std::vector<IndicatorSpec>& catalogue,
                                                     const std::vector<Place>& places,
                                                     Diagnostics* warnings = nullptr);

// For files keyed like observations.csv (overrides.csv too): reads the doc,
// city, period, indicator and qualifier cells of `row` into *o and returns the
// problem ("" when all are fine), without the "FILE:LINE: " prefix. Period
// "unknown" is accepted (as Period{}) only when `allow_unknown_period`.
std::string ReadObservationKeyCells(const CsvTable& t, const CsvTable::Row& row,
                                    const std::vector<IndicatorSpec>& catalogue, bool allow_unknown_period,
                                    Observation* o);

// Reads several observations.csv files into one list. A file that cannot be
// read adds its error ("FILE:LINE: problem") to *errors and the others go on;
// unknown places add warnings. Returns the observations of the good files.
std::vector<Observation> ReadObservationFiles(const std::vector<std::string>& paths, const Catalogue& catalogue,
                                              Diagnostics* warnings, Diagnostics* errors);

}  // namespace peercard
