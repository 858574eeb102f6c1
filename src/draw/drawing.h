// Stage draw/: page description without a PDF library: the render sink,
// the text-measure interface, page flow, text fitting, charts, templates.
//
// A recorded document: the layouts draw into a Drawing first, so that the
// PDF writer knows every character before it subsets the font, and tests can
// check where things landed (inside the page, no overlapping tiles) without
// opening a PDF.
#pragma once

#include <set>
#include <string>
#include <variant>
#include <vector>

#include "draw/text_measure.h"
#include "draw/render_sink.h"

namespace peercard {

// One text run as placed: its page (0-based), string and ink box (from the
// font's ascent to its descent, as wide as the measured advance).
struct PlacedText {
  int page = 0;
  std::string text;
  Box box;
  TextStyle style;
};

// A named area a layout reserved ("tile:consultations", "chart:resolved"),
// for tests that check the layout's own geometry.
struct Region {
  int page = 0;
  std::string name;
  Box box;
};

// Records RenderSink calls, page by page. Not thread-safe; cheap to move.
// REQUIRES: `measure` outlives the Drawing.
class Drawing : public RenderSink {
 public:
  explicit Drawing(const TextMeasure& measure) : measure_(&measure) {}

  void BeginPage(double width_pt, double height_pt) override;
  // Records `utf8` as printed (PrintableText): controls as spaces, format
  // characters dropped, a character the measure's font lacks as a mark and
  // in missing_glyphs(). Bookmark titles likewise.
  void Text(double x, double baseline_y, std::string_view utf8, const TextStyle& style) override;
  void Line(Point a, Point b, const StrokeStyle& style) override;
  void Polyline(const std::vector<Point>& points, const StrokeStyle& style) override;
  void Segments(const std::vector<std::pair<Point, Point>>& segments, const StrokeStyle& style) override;
  void Polygon(const std::vector<Point>& points, double fill_grey, const StrokeStyle& stroke) override;
  void Rect(const Box& box, double fill_grey, const StrokeStyle& stroke) override;
  void Marker(Point c, double size_pt, MarkerShape shape, double fill_grey, const StrokeStyle& stroke) override;
  void Bookmark(std::string_view title, int level, double y) override;
  void SetInfo(const DocInfo& info) override { info_ = info; }

  // Notes a layout area of the current page (draws nothing).
  void AddRegion(std::string name, const Box& box);

  // Makes page `i` current again (for footers that need the page count).
  // REQUIRES: 0 <= i < page_count().
  void GoToPage(int i) { current_ = i; }

  // Plays every recorded call, in order, into `out`.
  void Replay(RenderSink* out) const;

  // Adds the pages of `other` after this drawing's (its texts, regions and
  // missing glyphs with them), its bookmarks `level_shift` levels deeper,
  // after `headings` (title, level) bookmarked at the top of its first page:
  // how a briefing binds the summary and the cards into one document.
  // REQUIRES: other was drawn with a measure of the same font.
  void Append(const Drawing& other, int level_shift,
              const std::vector<std::pair<std::string, int>>& headings = {});

  const TextMeasure& measure() const { return *measure_; }
  int page_count() const { return static_cast<int>(pages_.size()); }
  int current_page() const { return current_; }
  // Size of page `i`. REQUIRES: 0 <= i < page_count().
  Box page_box(int i) const { return {0, 0, pages_[i].w, pages_[i].h}; }
  const std::vector<PlacedText>& texts() const { return texts_; }
  const std::vector<Region>& regions() const { return regions_; }
  const DocInfo& info() const { return info_; }
  // Every character of every text run and bookmark.
  std::set<char32_t> CodePoints() const;
  // The characters the font lacked, printed as MissingGlyphMark (for a
  // warning naming them).
  const std::set<char32_t>& missing_glyphs() const { return missing_glyphs_; }

 private:
  struct TextOp {
    double x, y;
    std::string text;
    TextStyle style;
  };
  struct LineOp {
    Point a, b;
    StrokeStyle style;
  };
  struct PolylineOp {
    std::vector<Point> points;
    StrokeStyle style;
  };
  struct SegmentsOp {
    std::vector<std::pair<Point, Point>> segments;
    StrokeStyle style;
  };
  struct PolygonOp {
    std::vector<Point> points;
    double fill;
    StrokeStyle stroke;
  };
  struct RectOp {
    Box box;
    double fill;
    StrokeStyle stroke;
  };
  struct MarkerOp {
    Point c;
    double size;
    MarkerShape shape;
    double fill;
    StrokeStyle stroke;
  };
  struct BookmarkOp {
    std::string title;
    int level;
    double y;
  };
  using Op = std::variant<TextOp, LineOp, PolylineOp, SegmentsOp, PolygonOp, RectOp, MarkerOp, BookmarkOp>;
  struct Page {
    double w, h;
    std::vector<Op> ops;
  };
  void Add(Op op) { pages_[current_].ops.push_back(std::move(op)); }
  static void Play(const Op& op, RenderSink* out);

  const TextMeasure* measure_;
  std::vector<Page> pages_;
  int current_ = -1;
  std::vector<PlacedText> texts_;
  std::vector<Region> regions_;
  std::vector<std::string> bookmark_titles_;
  std::set<char32_t> missing_glyphs_;
  DocInfo info_;
};

}  // namespace peercard
