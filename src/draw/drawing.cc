#include "draw/drawing.h"

#include <algorithm>
#include <type_traits>
#include <utility>

#include "base/utf8.h"
#include "draw/printable_text.h"

namespace peercard {

void Drawing::BeginPage(double width_pt, double height_pt) {
  pages_.push_back({width_pt, height_pt, {}});
  current_ = page_count() - 1;
}

void Drawing::Text(double x, double baseline_y, std::string_view text, const TextStyle& style) {
  if (text.empty()) return;
  const std::string utf8 = PrintableText(text, *measure_, &missing_glyphs_);
  const double ascent = measure_->Ascent() * style.size_pt;
  const double height = ascent + measure_->Descent() * style.size_pt;
  const Box box{x, baseline_y - ascent, measure_->Width(utf8, style.size_pt), height};
  texts_.push_back({current_page(), utf8, box, style});
  Add(TextOp{x, baseline_y, utf8, style});
}

void Drawing::Line(Point a, Point b, const StrokeStyle& style) { Add(LineOp{a, b, style}); }

void Drawing::Polyline(const std::vector<Point>& points, const StrokeStyle& style) {
  if (points.size() >= 2) Add(PolylineOp{points, style});
}

void Drawing::Segments(const std::vector<std::pair<Point, Point>>& segments, const StrokeStyle& style) {
  if (!segments.empty()) Add(SegmentsOp{segments, style});
}

void Drawing::Polygon(const std::vector<Point>& points, double fill_grey, const StrokeStyle& stroke) {
  if (points.size() >= 3) Add(PolygonOp{points, fill_grey, stroke});
}

void Drawing::Rect(const Box& box, double fill_grey, const StrokeStyle& stroke) { Add(RectOp{box, fill_grey, stroke}); }

void Drawing::Marker(Point c, double size_pt, MarkerShape shape, double fill_grey, const StrokeStyle& stroke) {
  Add(MarkerOp{c, size_pt, shape, fill_grey, stroke});
}

void Drawing::Bookmark(std::string_view title, int level, double y) {
  std::string printable = PrintableText(title, *measure_, &missing_glyphs_);
  bookmark_titles_.push_back(printable);
  Add(BookmarkOp{std::move(printable), level, y});
}

void Drawing::AddRegion(std::string name, const Box& box) {
  regions_.push_back({current_page(), std::move(name), box});
}

std::set<char32_t> Drawing::CodePoints() const {
  std::set<char32_t> cps;
  for (const PlacedText& t : texts_) CollectCodePoints(t.text, &cps);
  for (const std::string& t : bookmark_titles_) CollectCodePoints(t, &cps);
  return cps;
}

void Drawing::Replay(RenderSink* out) const {
  out->SetInfo(info_);
  for (const Page& page : pages_) {
    out->BeginPage(page.w, page.h);
    for (const Op& op : page.ops) Play(op, out);
  }
}

void Drawing::Append(const Drawing& other, int level_shift, const std::vector<std::pair<std::string, int>>& headings) {
  const int offset = page_count();
  for (const Page& page : other.pages_) {
    pages_.push_back(page);
    for (Op& op : pages_.back().ops) {
      if (auto* b = std::get_if<BookmarkOp>(&op)) b->level += level_shift;
    }
  }
  if (offset < page_count()) {
    std::vector<Op>& first = pages_[offset].ops;
    std::vector<Op> marks;
    for (const auto& [title, level] : headings) {
      std::string printable = PrintableText(title, *measure_, &missing_glyphs_);
      bookmark_titles_.push_back(printable);
      marks.push_back(BookmarkOp{std::move(printable), level, 0});
    }
    first.insert(first.begin(), std::make_move_iterator(marks.begin()), std::make_move_iterator(marks.end()));
  }
  for (PlacedText t : other.texts_) {
    t.page += offset;
    texts_.push_back(std::move(t));
  }
  for (Region r : other.regions_) {
    r.page += offset;
    regions_.push_back(std::move(r));
  }
  bookmark_titles_.insert(bookmark_titles_.end(), other.bookmark_titles_.begin(), other.bookmark_titles_.end());
  missing_glyphs_.insert(other.missing_glyphs_.begin(), other.missing_glyphs_.end());
  current_ = page_count() - 1;
}

void Drawing::Play(const Op& op, RenderSink* out) {
  std::visit(
      [out](const auto& o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, TextOp>) {
          out->Text(o.x, o.y, o.text, o.style);
        } else if constexpr (std::is_same_v<T, LineOp>) {
          out->Line(o.a, o.b, o.style);
        } else if constexpr (std::is_same_v<T, PolylineOp>) {
          out->Polyline(o.points, o.style);
        } else if constexpr (std::is_same_v<T, SegmentsOp>) {
          out->Segments(o.segments, o.style);
        } else if constexpr (std::is_same_v<T, PolygonOp>) {
          out->Polygon(o.points, o.fill, o.stroke);
        } else if constexpr (std::is_same_v<T, RectOp>) {
          out->Rect(o.box, o.fill, o.stroke);
        } else if constexpr (std::is_same_v<T, MarkerOp>) {
          out->Marker(o.c, o.size, o.shape, o.fill, o.stroke);
        } else {
          out->Bookmark(o.title, o.level, o.y);
        }
      },
      op);
}

}  // namespace peercard
