// The summary PDF over every place of a comparison: cover with the peer
// group and year; league table (composite, Monte-Carlo rank interval,
// coverage); heat map of percentile bands (place × indicator, grey levels
// with the band number printed); one chart per indicator over all places;
// data coverage (who reported what); method and data-quality notes. Each
// place and section has an outline entry (bookmark).
#pragma once

#include <string>

#include "render/card_model.h"
#include "draw/drawing.h"
#include "draw/page_flow.h"

namespace peercard {

struct SummaryOptions {
  bool cover = true;  // false inside the briefing, which has its own
  std::string focus;  // a place code to highlight in every table and chart ("" = none)
};

// Lays out the summary of `in`, with page footers. Records regions "cover",
// "league", "heat_map", "chart:<id>", "coverage" and "notes" for tests.
// Pure apart from the returned drawing.
Drawing LayoutSummary(const RenderInput& in, const RenderContext& ctx, const SummaryOptions& options = {});
// The same without footers, to be bound into a briefing.
Drawing LayoutSummaryPages(const RenderInput& in, const RenderContext& ctx, const SummaryOptions& options);

}  // namespace peercard
