#include "draw/polyline_simplify.h"

#include <cmath>
#include <utility>

namespace peercard {

namespace {

// Distance from p to the segment a-b.
double DistanceToSegment(Point p, Point a, Point b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
  t = t < 0 ? 0 : (t > 1 ? 1 : t);
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

}  // namespace

std::vector<Point> SimplifyPolyline(const std::vector<Point>& points, double tolerance_pt) {
  const size_t n = points.size();
  if (n <= 2) return points;
  std::vector<bool> keep(n, false);
  keep[0] = keep[n - 1] = true;
  // Spans still to split, as (first, last) index pairs: a stack, not
  // recursion, so that a long outline cannot exhaust the call stack.
  std::vector<std::pair<size_t, size_t>> spans = {{0, n - 1}};
  while (!spans.empty()) {
    const auto [first, last] = spans.back();
    spans.pop_back();
    double worst = -1;
    size_t at = first;
    for (size_t i = first + 1; i < last; ++i) {
      const double d = DistanceToSegment(points[i], points[first], points[last]);
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (at == first || worst <= tolerance_pt) continue;
    keep[at] = true;
    spans.push_back({first, at});
    spans.push_back({at, last});
  }
  std::vector<Point> out;
  for (size_t i = 0; i < n; ++i) {
    if (keep[i]) out.push_back(points[i]);
  }
  return out;
}

}  // namespace peercard
