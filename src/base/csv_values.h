// Numbers and text cells as peercard's CSV files hold them: formatted and
// parsed without the process locale, so that the same values give the same
// bytes on every machine and read back exactly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace peercard {

// An integral value within ±2^53 prints as an integer ("2289", "-3"); any
// other finite value in the shortest form that reads back to the same double
// ("457.8", "1e+20"). NaN prints as "" (missing is an empty cell, never 0).
// Pure; safe from any thread.
std::string FormatCsvNumber(double v);

// Parses a whole cell as a finite double ("2289", "-3.5", "1e+20"); nullopt
// for "", "NA", text, trailing characters, inf or nan. Locale-free.
std::optional<double> ParseCsvNumber(std::string_view cell);

// Parses a whole cell as a decimal integer; nullopt for anything else.
std::optional<long long> ParseCsvInteger(std::string_view cell);

// Undoes the apostrophe CsvCell (csv.h) puts before a text cell that Excel
// would run as a formula: "'=SUM(A1)" → "=SUM(A1)". Other cells unchanged.
std::string UnescapeCsvText(std::string_view cell);

}  // namespace peercard
