#include "render/render.h"

#include <cstdlib>
#include <set>

#include "base/utf8.h"
#include "base/parallel_for.h"
#include "draw/printable_text.h"
#include "pdf/pdf_font.h"
#include "pdf/pdf_sink.h"
#include "model/places.h"
#include "render/render_card.h"
#include "render/render_summary.h"

namespace peercard {

namespace {

// Writes `drawing` to `path`; characters the font lacked (printed as a
// mark) become a warning in *warning, prefixed with `who`.
Status WriteDrawing(const Drawing& drawing, const FontSource& font, const std::string& path, const std::string& who,
                    std::string* warning) {
  if (!drawing.missing_glyphs().empty()) *warning = who + DescribeMissingGlyphs(drawing.missing_glyphs(), font);
  return WritePdf(drawing, font, path).Prefixed(who);
}

// The card of one place; an error names the place and keeps its code
// (kIoError: the file could not be written).
Status RenderCard(const RenderInput& in, const RenderIndex& index, const RenderContext& ctx,
                  const FontSource& font, const std::string& code, const std::string& path, std::string* warning) {
  const PlaceView view = BuildPlaceView(in, index, code);
  const std::string who = code + (view.name_zh.empty() || view.name_zh == code ? "" : " " + view.name_zh);
  if (!IsValidPlaceCode(code)) return Status::InvalidArgument(who + ": place code cannot be used as a file name");
  return WriteDrawing(LayoutCard(view, ctx), font, path, who + ": ", warning);
}

}  // namespace

RenderReport RenderAll(const RenderInput& in, const RenderContext& ctx, const FontSource& font,
                       const std::string& out_dir, int threads) {
  const std::vector<std::string> codes = PlaceCodes(in);
  const RenderIndex index(in);
  std::vector<std::string> paths(codes.size());
  std::vector<Status> errors(codes.size());
  std::vector<std::string> warnings(codes.size() + 1);
  for (size_t i = 0; i < codes.size(); ++i) paths[i] = out_dir + "/cards/" + codes[i] + ".pdf";
  ParallelFor(codes.size(), threads,
              [&](size_t i) { errors[i] = RenderCard(in, index, ctx, font, codes[i], paths[i], &warnings[i]); });

  RenderReport report;
  const auto record = [&](const Status& s, const std::string& path) {
    if (s.ok()) {
      report.written.push_back(path);
    } else {
      report.errors.push_back(s.message());
      report.write_failures += s.code() == Status::Code::kIoError;
    }
  };
  for (size_t i = 0; i < codes.size(); ++i) record(errors[i], paths[i]);
  const std::string summary = out_dir + "/summary.pdf";
  record(WriteDrawing(LayoutSummary(in, ctx), font, summary, "summary: ", &warnings.back()), summary);
  for (std::string& w : warnings) {
    if (!w.empty()) report.warnings.push_back(std::move(w));
  }
  return report;
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
