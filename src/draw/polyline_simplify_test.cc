#include "draw/polyline_simplify.h"

#include <catch2/catch.hpp>
#include <cmath>

namespace peercard {
namespace {

double DistanceToPolyline(Point p, const std::vector<Point>& line) {
  double best = INFINITY;
  for (size_t i = 0; i + 1 < line.size(); ++i) {
    const Point a = line[i], b = line[i + 1];
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    t = std::fmax(0, std::fmin(1, t));
    best = std::fmin(best, std::hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
  }
  return best;
}

TEST_CASE("points on a straight line collapse to its ends", "[render]") {
  const std::vector<Point> line = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {10, 10}};
  const std::vector<Point> out = SimplifyPolyline(line, 0);
  REQUIRE(out.size() == 2);
  CHECK(out[0].x == 0);
  CHECK(out[1].x == 10);
}

TEST_CASE("a corner further than the tolerance stays, a smaller one goes", "[render]") {
  // (5, 1) is 1 pt from the line (0,0)-(10,0); once it is kept, (2, 0.42) is
  // |2·1 − 0.42·5| / √26 = 0.0196 pt from the segment (0,0)-(5,1).
  const std::vector<Point> line = {{0, 0}, {2, 0.42}, {5, 1}, {10, 0}};
  const std::vector<Point> out = SimplifyPolyline(line, 0.1);
  REQUIRE(out.size() == 3);
  CHECK(out[1].x == 5);
  CHECK(out[1].y == 1);
  CHECK(SimplifyPolyline(line, 1.5).size() == 2);  // 1 pt is within 1.5
  CHECK(SimplifyPolyline(line, 0).size() == 4);
}

TEST_CASE("300 bar tops along a smooth curve become a few dozen points within the tolerance", "[render]") {
  // Bars 0.75 pt apart, sorted, falling ever faster: the chart of 300 peers.
  std::vector<Point> tops;
  for (int i = 0; i < 300; ++i) tops.push_back({i * 0.75, 10 + 60 * std::pow(i / 300.0, 2)});
  const std::vector<Point> out = SimplifyPolyline(tops, 0.1);
  CHECK(out.size() < 40);
  CHECK(out.size() > 3);  // a curve, not a line
  for (const Point& p : tops) CHECK(DistanceToPolyline(p, out) <= 0.1 + 1e-9);
  // One bar far out of line (a cliff) is kept.
  tops[150].y = 200;
  const std::vector<Point> cliff = SimplifyPolyline(tops, 0.1);
  bool kept = false;
  for (const Point& p : cliff) kept = kept || p.y == 200;
  CHECK(kept);
  for (const Point& p : tops) CHECK(DistanceToPolyline(p, cliff) <= 0.1 + 1e-9);
}

TEST_CASE("two points or fewer come back as they are", "[render]") {
  CHECK(SimplifyPolyline({}, 0.1).empty());
  CHECK(SimplifyPolyline({{1, 2}}, 0.1).size() == 1);
  CHECK(SimplifyPolyline({{1, 2}, {1, 2}}, 0.1).size() == 2);
}

}  // namespace
}  // namespace peercard
