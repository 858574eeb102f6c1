// Placing sections down A4 pages: a cursor that starts a new page (with a
// running header) when a section does not fit, and lines of mixed-style text.
// Shared by the card and the summary layouts.
#pragma once

#include <string>
#include <vector>

#include "draw/drawing.h"
#include "draw/number_text.h"
#include "draw/templates.h"

namespace peercard {

// What every layout shares. References must outlive the layouts' calls.
struct RenderContext {
  const Templates& templates;
  const NumberText& numbers;
  const TextMeasure& measure;
  long long creation_time = 0;  // seconds since 1970 UTC, for DocInfo
};

// A piece of a line of text in its own style.
struct Run {
  std::string text;
  TextStyle style;
};

// Draws `runs` one after another from x on baseline y, cutting the run that
// would pass x + max_w with "…" and dropping the rest. Returns the x where
// the text ended.
double PutRuns(Drawing* d, double x, double y, const std::vector<Run>& runs, double max_w);

// Places boxes down the page inside its margins. The page geometry comes
// from the templates under `layout` ("card" → card.page.width, .height,
// .margin, .footer). REQUIRES: d, ctx outlive the flow.
class PageFlow {
 public:
  // Starts the first page. `running_header` heads every later page.
  PageFlow(Drawing* d, const RenderContext& ctx, const std::string& layout, std::string running_header);

  // A box of height h at the cursor across the full width, on this page if
  // it fits, else at the top of a new page. Moves the cursor below it.
  Box Take(double h);
  // Space left on this page.
  double Remaining() const { return bottom_ - y_; }
  // Space on a new page, below its running header.
  double PageSpace() const;
  // Adds vertical space (never past the bottom of the page).
  void Skip(double h);
  void NewPage();

  Drawing* d;
  const RenderContext& ctx;
  const Templates& t;
  const NumberText& nt;
  const TextMeasure& m;
  double left, width;

 private:
  std::string layout_, running_header_;
  double top_, bottom_, y_;
};

// Page numbers on every page of `d` once the page count is known, with the
// footer string `key` ({page}, {pages}, {version}) and sizes from `layout`.
void DrawFooters(Drawing* d, const RenderContext& ctx, const std::string& layout, const std::string& key);

}  // namespace peercard
