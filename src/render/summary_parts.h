// Internal to the summary layout (render_summary.cc, summary_sections.cc).
#pragma once

#include <string>
#include <vector>

#include "render/render_summary.h"

namespace peercard {

// Every place's view, in league order: by peer group (ranks are within a
// group), then composite rank, places without a composite last, ties and the
// rest by code.
struct SummaryModel {
  std::vector<PlaceView> places;
  std::vector<IndicatorSpec> indicators;  // indicators the rows hold, catalogue order first
  int year = 0;
  std::vector<std::string> peer_groups;  // distinct, sorted; a median is per group
  std::string focus;                     // the place highlighted in every table and chart ("" = none)
};

SummaryModel BuildSummaryModel(const RenderInput& in, const std::string& focus = "");

// The frame around the focus place's row of a table.
void MarkFocusRow(Drawing* d, const Box& row);

// The row of `v` for indicator `id`, or null.
const IndicatorView* FindIndicatorView(const PlaceView& v, const std::string& id);

// A section title with its outline entry (level 0) and optional hint text.
Box SectionTitle(PageFlow& f, const std::string& title_key, const std::string& hint_key);

void DrawHeatMap(PageFlow& f, const SummaryModel& s);
void DrawIndicatorCharts(PageFlow& f, const SummaryModel& s);
void DrawCoverage(PageFlow& f, const SummaryModel& s);
// Each place's values of the last three years, indicator by indicator.
void DrawYearsTable(PageFlow& f, const SummaryModel& s);

}  // namespace peercard
