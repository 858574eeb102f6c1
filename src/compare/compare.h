// Stage compare/: normalisation, peer groups, statistics, rank intervals,
// review of values worth a human look (Eigen only here).
//
// peercard compare: Dataset → one ComparisonRow per (place, indicator): the
// value standing for the comparison year on the scales of metrics/, the
// peer statistics of its group, the place's standing, the composite over
// indicators with its Monte-Carlo rank interval, and the trend.
// Definitions: normalise.h (stand-in window, scales, trend), peer_stats.h
// (quartiles, MAD, percentile, rank, band), rank_interval.h (Monte Carlo);
// MethodNotes() states them for a reader.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "tables/comparison.h"
#include "tables/dataset.h"
#include "model/indicator_spec.h"
#include "compare/peer_group.h"
#include "model/places.h"
#include "base/status.h"

namespace peercard {

struct CompareOptions {
  int year = 0;              // comparison year; 0 = the latest year with a stated value
  int window = 2;            // years a stand-in value may be older than `year`
  PeerSpec peers;            // default: all places
  int draws = 1000;          // Monte-Carlo draws; 0 = no rank interval
  std::uint64_t seed = 1;    // Monte-Carlo seed (mixed with the peer group's name)
  double coverage = 0.5;     // composite rank needs k ≥ coverage · m
  double weight_jitter = 0.2;  // weights vary within ±20% in the draws
};

struct Comparison {
  int year = 0;                       // the comparison year used
  std::vector<ComparisonRow> rows;    // sorted by (city, indicator)
  Diagnostics warnings;  // for the user: unknown places, unused data …
  std::string peer_choice;            // what --peers auto chose and why, else empty
};

// Compares the places of `ds` (or, with a peer list, the listed places,
// with or without data) over every indicator of `catalogue`.
// Composite: per place, the weighted mean (weights from metrics/) of its
// z-scores over the indicators that have z-scores in its peer group (m of
// them; k = those where the place has one). Below k ≥ coverage·m it gets no
// composite rank, no rank interval and a composite_reason.
// Places not in `places` are compared without population or townships and
// named in warnings. Returns InvalidArgument for bad options (window < 0,
// draws < 0, coverage outside [0, 1], jitter outside [0, 1)), an empty
// catalogue, or when no compared place states any value.
// Deterministic: same inputs and options → the same rows. Pure.
Result<Comparison> Compare(const Dataset& ds, const std::vector<IndicatorSpec>& catalogue,
                           const std::vector<Place>& places, const CompareOptions& options);

// The method notes for a reader (one sentence a line, English): definitions
// of every statistic, the stand-in window, the interval rule of each
// indicator, the Monte-Carlo settings.
std::vector<std::string> MethodNotes(const std::vector<IndicatorSpec>& catalogue, const CompareOptions& options);

}  // namespace peercard
