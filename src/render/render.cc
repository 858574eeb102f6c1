#include "render/render.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

#include "base/utf8.h"
#include "base/parallel_for.h"
#include "base/suggest.h"
#include "draw/printable_text.h"
#include "pdf/pdf_font.h"
#include "pdf/pdf_sink.h"
#include "model/places.h"
#include "render/render_briefing.h"
#include "render/render_card.h"
#include "render/render_labels.h"
#include "render/render_summary.h"

namespace peercard {

namespace {

// Writes `drawing` to `path`; characters the font lacked (printed as a
// mark) become a warning in *warning, prefixed with `who`.
Status WriteDrawing(const Drawing& drawing, const Typefaces& faces, const std::string& path, const std::string& who,
                    std::string* warning) {
  if (!drawing.missing_glyphs().empty()) *warning = who + DescribeMissingGlyphs(drawing.missing_glyphs(), faces.main());
  return WritePdf(drawing, faces, path).Prefixed(who);
}

// The label of a place in errors and warnings: "gs-wuwei 武威市".
std::string Who(const PlaceView& view) {
  return view.city + (view.name_zh.empty() || view.name_zh == view.city ? "" : " " + view.name_zh);
}

// Cards in the order a briefing binds them: the focus first, then by peer
// group and composite rank (places without one after), then by code.
std::vector<size_t> BindingOrder(const std::vector<PlaceView>& views, const std::string& focus) {
  std::vector<size_t> order(views.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto key = [&](size_t i) {
    const PlaceView& v = views[i];
    const ComparisonRow* r = v.indicators.empty() ? nullptr : v.indicators.front().row;
    const int rank = r && r->composite_rank > 0 ? r->composite_rank : 1 << 30;
    return std::make_tuple(v.city != focus, v.peer_group, rank, v.city);
  };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  return order;
}

}  // namespace

RenderReport RenderAll(const RenderInput& in, const RenderContext& ctx, const Typefaces& faces,
                       const std::string& out_dir, int threads, const RenderOptions& options) {
  const std::vector<std::string> codes = PlaceCodes(in);
  const RenderIndex index(in);
  std::vector<std::string> paths(codes.size());
  std::vector<PlaceView> views(codes.size());
  std::vector<Drawing> pages(codes.size(), Drawing(ctx.measure));
  std::vector<Status> errors(codes.size());
  std::vector<char> laid_out(codes.size(), 0);  // a card that could not be written is still bound
  std::vector<std::string> warnings(codes.size() + 2);
  for (size_t i = 0; i < codes.size(); ++i) paths[i] = out_dir + "/cards/" + codes[i] + ".pdf";
  // Each card is laid out once: written alone with its own page numbers, and
  // kept for the briefing.
  ParallelFor(codes.size(), threads, [&](size_t i) {
    views[i] = BuildPlaceView(in, index, codes[i]);
    if (!IsValidPlaceCode(codes[i])) {
      errors[i] = Status::InvalidArgument(Who(views[i]) + ": place code cannot be used as a file name");
      return;
    }
    pages[i] = LayoutCardPages(views[i], ctx);
    laid_out[i] = 1;
  });
  BriefingContent content;
  Drawing summary_pages(ctx.measure);
  if (options.briefing) {
    content.year = index.year();
    content.summary = &summary_pages;
    std::set<std::string> groups;
    for (size_t i : BindingOrder(views, options.focus)) {
      if (!laid_out[i]) continue;  // a place without a card is not bound either
      content.cards.push_back({codes[i], views[i].name_zh, views[i].name_en, &pages[i]});
      groups.insert(views[i].peer_group);
      if (codes[i] == options.focus) content.focus_name = PlaceTitle(ctx.templates, views[i].name_zh, views[i].name_en);
    }
    content.peer_groups.assign(groups.begin(), groups.end());
  }
  // Then every file is written, the briefing (the largest) first so that the
  // other threads write the cards meanwhile.
  const std::string summary_path = out_dir + "/summary.pdf", briefing_path = out_dir + "/briefing.pdf";
  Status summary_status, briefing_status;
  ParallelFor(codes.size() + 2, threads, [&](size_t task) {
    if (task == 0) {
      if (!options.briefing) return;
      summary_pages = LayoutSummaryPages(in, ctx, {false, options.focus});
      briefing_status =
          WriteDrawing(LayoutBriefing(content, ctx), faces, briefing_path, "briefing: ", &warnings[codes.size() + 1]);
    } else if (task == 1) {
      summary_status = WriteDrawing(LayoutSummary(in, ctx, {true, options.focus}), faces, summary_path, "summary: ",
                                    &warnings[codes.size()]);
    } else if (const size_t i = task - 2; laid_out[i]) {
      Drawing card = pages[i];
      DrawFooters(&card, ctx, "card", "card.footer");
      errors[i] = WriteDrawing(card, faces, paths[i], Who(views[i]) + ": ", &warnings[i]);
    }
  });

  RenderReport report;
  const auto record = [&](const Status& s, const std::string& path, const std::string& place) {
    if (s.ok()) {
      report.written.push_back(path);
    } else {
      report.errors.push_back({OutputFailureKind(s), "", 0, place, s.message()});
    }
  };
  for (size_t i = 0; i < codes.size(); ++i) {
    record(errors[i], paths[i], codes[i]);
    report.cards += errors[i].ok();
  }
  record(summary_status, summary_path, "");
  if (options.briefing) record(briefing_status, briefing_path, "");
  for (size_t i = 0; i < warnings.size(); ++i) {
    if (warnings[i].empty()) continue;
    report.warnings.push_back(
        {DiagnosticKind::kMissingGlyph, "", 0, i < codes.size() ? codes[i] : std::string(), std::move(warnings[i])});
  }
  return report;
}

Result<std::string> ResolveFocus(const RenderInput& in, const std::string& focus) {
  if (focus.empty()) return std::string();
  const std::vector<std::string> codes = PlaceCodes(in);
  if (std::binary_search(codes.begin(), codes.end(), focus)) return focus;
  std::set<std::string> named;
  for (const ComparisonRow& r : in.rows) {
    if (r.name_zh == focus) named.insert(r.city);
  }
  if (named.size() == 1) return *named.begin();
  std::string message = "--focus " + focus + ": ";
  if (named.size() > 1) {
    message += "several places have this name (";
    for (const std::string& c : named) message += (c == *named.begin() ? "" : ", ") + c;
    return Status::InvalidArgument(message + "): give its code");
  }
  message += "no such place in the comparison";
  const std::string near = NearestChoice(focus, codes);
  return Status::InvalidArgument(near.empty() ? message : message + "; did you mean " + near + "?");
}

Status CheckFontCoversTemplates(const FontSource& font, const Templates& templates) {
  std::set<char32_t> cps;
  CollectCodePoints(templates.AllText(), &cps);
  return CheckGlyphs(font, cps);
}

long long PdfCreationTime(const char* source_date_epoch, long long now) {
  if (source_date_epoch && *source_date_epoch) {
    char* end = nullptr;
    const long long v = std::strtoll(source_date_epoch, &end, 10);
    if (end && *end == '\0' && v >= 0) return v;
  }
  return now;
}

}  // namespace peercard
