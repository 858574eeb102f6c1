// What the report layouts draw on: a handful of vector operations that a PDF
// (pdf_sink.h) or a recording (drawing.h) implements. Coordinates are points
// (1/72 inch) from the top-left corner of the page, y growing downwards; text
// is placed by its baseline. Greys run from 0 (black) to 1 (white): every
// mark must read on a black-and-white printer, so there is no colour.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace peercard {

struct Point {
  double x = 0, y = 0;
};

struct Box {
  double x = 0, y = 0, w = 0, h = 0;  // top-left corner, width, height
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  bool Overlaps(const Box& o) const { return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom(); }
  bool Contains(const Box& o) const { return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom(); }
};

enum class FontWeight { kRegular, kBold };

struct TextStyle {
  double size_pt = 9;
  FontWeight weight = FontWeight::kRegular;
  double grey = 0;
};

struct StrokeStyle {
  double width_pt = 0.5;
  double grey = 0;
  double dash_pt = 0;  // 0 = solid; else dash and gap of this length
};

// Markers distinguish "this place" from its peers by shape, not colour.
enum class MarkerShape { kCircle, kDisc, kDiamond, kSquare, kTriangleDown };

// Document information written into the PDF.
struct DocInfo {
  std::string title;
  std::string subject;
  std::string author;
  long long creation_time = 0;  // seconds since 1970-01-01 UTC
};

class RenderSink {
 public:
  virtual ~RenderSink() = default;
  // Starts a page; every other call draws on the latest page.
  // REQUIRES: BeginPage before the first drawing call.
  virtual void BeginPage(double width_pt, double height_pt) = 0;
  virtual void Text(double x, double baseline_y, std::string_view utf8, const TextStyle& style) = 0;
  virtual void Line(Point a, Point b, const StrokeStyle& style) = 0;
  virtual void Polyline(const std::vector<Point>& points, const StrokeStyle& style) = 0;
  // Separate straight segments stroked alike: one path, however many (a
  // chart's whiskers).
  virtual void Segments(const std::vector<std::pair<Point, Point>>& segments, const StrokeStyle& style) = 0;
  // A closed polygon through `points` (nonzero winding), filled with
  // fill_grey (< 0: no fill) and outlined with `stroke` (width <= 0: none).
  virtual void Polygon(const std::vector<Point>& points, double fill_grey, const StrokeStyle& stroke) = 0;
  // fill_grey < 0: no fill; stroke.width_pt <= 0: no outline.
  virtual void Rect(const Box& box, double fill_grey, const StrokeStyle& stroke) = 0;
  // A marker of `size_pt` across centred on `c`, filled with fill_grey (< 0:
  // hollow) and outlined with `stroke`.
  virtual void Marker(Point c, double size_pt, MarkerShape shape, double fill_grey, const StrokeStyle& stroke) = 0;
  // An outline entry (bookmark) at `level` (0 = top) that opens the current
  // page at height y.
  virtual void Bookmark(std::string_view title, int level, double y) = 0;
  virtual void SetInfo(const DocInfo& info) = 0;
};

}  // namespace peercard
