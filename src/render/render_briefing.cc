#include "render/render_briefing.h"

#include <algorithm>
#include <cmath>

#include "draw/text_fit.h"
#include "render/render_labels.h"
#include "base/join.h"

namespace peercard {

namespace {

// A line of the contents: a title, its page, and whether it heads a part.
struct ContentsLine {
  std::string title;
  int page = 0;  // 1-based
  bool part = false;
};

void DrawCover(Drawing* d, const BriefingContent& c, const RenderContext& ctx) {
  const Templates& t = ctx.templates;
  PageFlow f(d, ctx, "summary", "");
  const double title_pt = t.Num("summary.cover.title_pt"), text_pt = t.Num("summary.cover.text_pt");
  const double line = text_pt * 1.9;
  const Box b = f.Take(f.Remaining());
  d->AddRegion("cover", b);
  d->Bookmark(t.Text("briefing.cover"), 0, b.y);
  double y = b.y + b.h * 0.22;
  const std::string year = c.year > 0 ? std::to_string(c.year) : "";
  for (const std::string& l : WrapText(f.m, t.Fill("briefing.title", {{"year", year}}), title_pt, b.w, 3)) {
    d->Text(b.x, y, l, {title_pt, FontWeight::kBold, 0});
    y += title_pt * 1.35;
  }
  y += 4;
  d->Text(b.x, y, t.Text("briefing.subtitle"), {text_pt * 1.3, FontWeight::kRegular, 0.3});
  y += 10;
  d->Line({b.x, y}, {b.right(), y}, {1.4, 0, 0});
  y += line + 6;
  const double key_w = 90;
  const auto row = [&](const std::string& k, const std::string& v) {
    if (v.empty()) return;
    d->Text(b.x, y, k, {text_pt, FontWeight::kBold, 0});
    d->Text(b.x + key_w, y, FitText(f.m, v, text_pt, b.w - key_w), {text_pt, FontWeight::kRegular, 0.1});
    y += line;
  };
  const std::string groups =
      Join(c.peer_groups, t.Text("points.list_sep"), [&](const std::string& g) { return PeerGroupLabel(t, g); });
  row(t.Text("card.peer_group"), groups);
  row(t.Text("briefing.places"), t.Fill("briefing.places_n", {{"n", std::to_string(c.cards.size())}}));
  row(t.Text("briefing.focus"), c.focus_name);
  row(t.Text("briefing.date_label"), LongDate(t, ctx.creation_time));
  row(t.Text("briefing.office_label"), t.Text("briefing.office"));
}

// Lines of the contents that fit one page.
int ContentsLinesPerPage(const RenderContext& ctx) {
  const Templates& t = ctx.templates;
  const double usable = t.Num("summary.page.height") - 2 * t.Num("summary.page.margin") -
                        t.Num("summary.page.footer") - t.Num("summary.section.title_pt") - 30;
  return std::max(10, static_cast<int>(usable / t.Num("summary.table.row_h")));
}

void DrawContents(Drawing* d, const std::vector<ContentsLine>& lines, const RenderContext& ctx) {
  const Templates& t = ctx.templates;
  PageFlow f(d, ctx, "summary", t.Text("briefing.contents") + t.Text("card.continued"));
  const double title_pt = t.Num("summary.section.title_pt"), size = t.Num("summary.table.text_pt");
  const double row_h = t.Num("summary.table.row_h");
  const Box head = f.Take(title_pt + 12);
  d->AddRegion("contents", head);
  d->Bookmark(t.Text("briefing.contents"), 0, head.y);
  d->Text(head.x, head.y + title_pt, t.Text("briefing.contents"), {title_pt, FontWeight::kBold, 0});
  for (const ContentsLine& l : lines) {
    const Box r = f.Take(row_h);
    const TextStyle style{size, l.part ? FontWeight::kBold : FontWeight::kRegular, 0};
    const std::string page = t.Fill("briefing.page", {{"page", std::to_string(l.page)}});
    const double indent = l.part ? 0 : 14, page_w = f.m.Width(page, size);
    const std::string title = FitText(f.m, l.title, size, r.w - indent - page_w - 20);
    const double base = r.y + size + 2;
    d->Text(r.x + indent, base, title, style);
    d->Text(r.right() - page_w, base, page, style);
    // Dots from the title to its page number.
    const double from = r.x + indent + f.m.Width(title, size) + 4, to = r.right() - page_w - 4;
    if (to > from) d->Line({from, base - 1}, {to, base - 1}, {0.5, 0.6, 1.2});
  }
}

}  // namespace

Drawing LayoutBriefing(const BriefingContent& c, const RenderContext& ctx) {
  const Templates& t = ctx.templates;
  Drawing d(ctx.measure);
  const std::string year = c.year > 0 ? std::to_string(c.year) : "";
  d.SetInfo({t.Fill("briefing.title", {{"year", year}}), t.Text("briefing.subtitle"), t.Text("doc.author"),
             ctx.creation_time});
  DrawCover(&d, c, ctx);
  // The contents' own length is known before its page numbers are: one line
  // per part and per card.
  std::vector<ContentsLine> lines;
  lines.push_back({t.Text("briefing.summary"), 0, true});
  lines.push_back({t.Text("briefing.cards"), 0, true});
  for (const BriefingCard& card : c.cards) lines.push_back({PlaceTitle(t, card.name_zh, card.name_en), 0, false});
  const int per_page = ContentsLinesPerPage(ctx);
  const int contents_pages = static_cast<int>((lines.size() + 2 + per_page - 1) / per_page);
  int page = 1 + contents_pages + 1;  // the summary's first page, 1-based
  lines[0].page = page;
  page += c.summary->page_count();
  lines[1].page = page;
  for (size_t i = 0; i < c.cards.size(); ++i) {
    lines[i + 2].page = page;
    page += c.cards[i].pages->page_count();
  }
  const int before = d.page_count();
  DrawContents(&d, lines, ctx);
  // A contents that ran longer than planned would shift every page number.
  const int drawn = d.page_count() - before;
  if (drawn != contents_pages) {
    for (ContentsLine& l : lines) l.page += drawn - contents_pages;
    Drawing again(ctx.measure);
    again.SetInfo(d.info());
    DrawCover(&again, c, ctx);
    DrawContents(&again, lines, ctx);
    d = std::move(again);
  }
  d.Append(*c.summary, 1, {{t.Text("briefing.summary"), 0}});
  for (size_t i = 0; i < c.cards.size(); ++i) {
    std::vector<std::pair<std::string, int>> headings;
    if (i == 0) headings.push_back({t.Text("briefing.cards"), 0});
    headings.push_back({PlaceTitle(t, c.cards[i].name_zh, c.cards[i].name_en), 1});
    d.Append(*c.cards[i].pages, 2, headings);
  }
  DrawFooters(&d, ctx, "summary", "summary.footer");
  return d;
}

}  // namespace peercard
