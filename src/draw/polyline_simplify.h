// Fewer points for a line that prints the same: charts with hundreds of
// bars give outlines whose detail is finer than any printer's dot.
#pragma once

#include <vector>

#include "draw/render_sink.h"

namespace peercard {

// The points of `points` that the Ramer-Douglas-Peucker method keeps at
// `tolerance_pt`: the first and the last always, and between them only what
// is needed so that every dropped point lies within tolerance_pt of the
// segment that replaces it. Order is kept; tolerance 0 drops only points
// exactly on the line through their kept neighbours.
std::vector<Point> SimplifyPolyline(const std::vector<Point>& points, double tolerance_pt);

}  // namespace peercard
