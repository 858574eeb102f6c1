#include "draw/page_flow.h"

#include <algorithm>

#include "draw/text_fit.h"

namespace peercard {

double PutRuns(Drawing* d, double x, double y, const std::vector<Run>& runs, double max_w) {
  const double limit = x + max_w;
  for (const Run& r : runs) {
    if (r.text.empty()) continue;
    const double w = d->measure().Width(r.text, r.style.size_pt);
    if (x + w > limit) {
      const std::string cut = FitText(d->measure(), r.text, r.style.size_pt, limit - x);
      d->Text(x, y, cut, r.style);
      return x + d->measure().Width(cut, r.style.size_pt);
    }
    d->Text(x, y, r.text, r.style);
    x += w;
  }
  return x;
}

PageFlow::PageFlow(Drawing* drawing, const RenderContext& c, const std::string& layout, std::string running_header)
    : d(drawing),
      ctx(c),
      t(c.templates),
      nt(c.numbers),
      m(c.measure),
      layout_(layout),
      running_header_(std::move(running_header)) {
  const double margin = t.Num(layout_ + ".page.margin");
  left = margin;
  width = t.Num(layout_ + ".page.width") - 2 * margin;
  top_ = margin;
  bottom_ = t.Num(layout_ + ".page.height") - margin - t.Num(layout_ + ".page.footer");
  y_ = top_;
  d->BeginPage(t.Num(layout_ + ".page.width"), t.Num(layout_ + ".page.height"));
}

void PageFlow::NewPage() {
  d->BeginPage(t.Num(layout_ + ".page.width"), t.Num(layout_ + ".page.height"));
  const double size = t.Num(layout_ + ".page.running_pt");
  PutRuns(d, left, top_ + size, {{running_header_, {size, FontWeight::kBold, 0.2}}}, width);
  d->Line({left, top_ + size + 4}, {left + width, top_ + size + 4}, {0.6, 0, 0});
  y_ = top_ + size + 12;
}

double PageFlow::PageSpace() const { return bottom_ - (top_ + t.Num(layout_ + ".page.running_pt") + 12); }

Box PageFlow::Take(double h) {
  if (y_ + h > bottom_ + 0.01) NewPage();
  const Box b{left, y_, width, h};
  y_ += h;
  return b;
}

void PageFlow::Skip(double h) { y_ = std::min(y_ + h, bottom_); }

void DrawFooters(Drawing* d, const RenderContext& ctx, const std::string& layout, const std::string& key) {
  const Templates& t = ctx.templates;
  const double size = t.Num(layout + ".page.footer_pt");
  const int pages = d->page_count();
  for (int i = 0; i < pages; ++i) {
    d->GoToPage(i);
    const Box page = d->page_box(i);
    const std::string s =
        t.Fill(key, {{"page", std::to_string(i + 1)}, {"pages", std::to_string(pages)}, {"version", PEERCARD_VERSION}});
    const double y = page.bottom() - t.Num(layout + ".page.margin") + size + 2;
    d->Text((page.w - ctx.measure.Width(s, size)) / 2, y, s, {size, FontWeight::kRegular, 0.4});
  }
}

}  // namespace peercard
