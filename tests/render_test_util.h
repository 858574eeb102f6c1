// Helpers for the render tests: open PDFs with qpdf and poppler, rasterise a
// page and look for ink, and check a Drawing's geometry.
#pragma once

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_util.h"
#include "draw/drawing.h"
#include "base/utf8.h"
#include "pdf/typefaces.h"
#include "draw/number_text.h"
#include "draw/page_flow.h"
#include "draw/templates.h"
#include "draw/text_fit.h"

namespace peercard::testing {

using ::Slurp;  // cli_test_util.h

inline std::string TemplatesDir() { return std::string(PEERCARD_SOURCE_DIR) + "/templates"; }

// Fonts (the main and the body face, as `peercard run` prints with),
// templates and number formatting, loaded once per test.
struct RenderKit {
  std::unique_ptr<FontSource> font, body;
  Templates templates;
  std::unique_ptr<NumberText> numbers;
  RenderContext ctx() const { return {templates, *numbers, *font, 1700000000}; }
  Typefaces faces() const { return Typefaces(*font, body.get()); }

  static RenderKit Load() {
    RenderKit k;
    auto font = FontSource::Open(kDefaultFontPath);
    if (font.ok()) k.font = std::move(font).value();
    auto body = FontSource::Open(kDefaultBodyFontPath);
    if (body.ok()) k.body = std::move(body).value();
    auto t = Templates::Load(TemplatesDir());
    if (t.ok()) k.templates = std::move(t).value();
    auto n = NumberText::Create();
    if (n.ok()) k.numbers = std::make_unique<NumberText>(std::move(n).value());
    return k;
  }
};

inline std::string PdfText(const std::string& pdf) { return RunCommand("pdftotext -q " + pdf + " -").output; }
inline std::string PdfInfo(const std::string& pdf) { return RunCommand("pdfinfo " + pdf + " 2>&1").output; }
inline bool QpdfCheck(const std::string& pdf) {
  return RunCommand("qpdf --check " + pdf + " >/dev/null 2>&1").exit_code == 0;
}

// The font size of every text run in the PDF's content streams ("/F1 7.5
// Tf"), as qpdf expands them, and every text matrix's scale ("a b c d x y
// Tm": a and d), which would scale the size again.
struct PdfTextSizes {
  std::vector<double> font_sizes, matrix_scales;
};
inline PdfTextSizes ReadPdfTextSizes(const std::string& pdf) {
  const std::string qdf = RunCommand("qpdf --qdf --object-streams=disable " + pdf + " - 2>/dev/null").output;
  PdfTextSizes out;
  std::istringstream lines(qdf);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream ops(line);
    std::vector<std::string> stack;
    for (std::string tok; ops >> tok;) {
      if (tok == "Tf" && stack.size() >= 1) out.font_sizes.push_back(std::atof(stack.back().c_str()));
      if (tok == "Tm" && stack.size() >= 6) {
        out.matrix_scales.push_back(std::atof(stack[stack.size() - 6].c_str()));
        out.matrix_scales.push_back(std::atof(stack[stack.size() - 3].c_str()));
      }
      stack.push_back(tok);
    }
  }
  return out;
}

inline int PdfPages(const std::string& pdf) {
  const std::string info = PdfInfo(pdf);
  const size_t at = info.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

// Every page 595.28 × 841.89 pt (A4 portrait), as pdfinfo reports them.
inline bool AllPagesA4(const std::string& pdf) {
  std::istringstream info(RunCommand("pdfinfo -f 1 -l 9999 " + pdf + " 2>&1").output);
  int pages = 0;
  for (std::string line; std::getline(info, line);) {
    if (line.rfind("Page", 0) != 0 || line.find(" size:") == std::string::npos) continue;
    double w = 0, h = 0;
    if (std::sscanf(line.c_str() + line.find("size:") + 5, "%lf x %lf", &w, &h) != 2) return false;
    if (std::abs(w - 595.28) > 0.1 || std::abs(h - 841.89) > 0.1) return false;
    ++pages;
  }
  return pages > 0;
}

// A greyscale raster of one page (pdftoppm -gray, binary PGM).
struct Raster {
  int w = 0, h = 0;
  double dpi = 100;
  std::string pixels;
  int At(int x, int y) const { return static_cast<unsigned char>(pixels[static_cast<size_t>(y) * w + x]); }
  // Pixels darker than `threshold` inside `box` (points from the top-left).
  int DarkPixels(const Box& box, int threshold = 200) const {
    const double k = dpi / 72;
    int n = 0;
    for (int y = std::max(0, int(box.y * k)); y < std::min(h, int(box.bottom() * k + 1)); ++y) {
      for (int x = std::max(0, int(box.x * k)); x < std::min(w, int(box.right() * k + 1)); ++x) {
        if (At(x, y) < threshold) ++n;
      }
    }
    return n;
  }
};

inline Raster Rasterise(const std::string& pdf, int page, double dpi, const std::string& tmp_prefix) {
  RunCommand("pdftoppm -gray -r " + std::to_string(int(dpi)) + " -f " + std::to_string(page) + " -l " +
             std::to_string(page) + " -singlefile " + pdf + " " + tmp_prefix);
  Raster r;
  r.dpi = dpi;
  const std::string data = Slurp(tmp_prefix + ".pgm");
  std::istringstream in(data);
  std::string magic;
  int maxval = 0;
  in >> magic >> r.w >> r.h >> maxval;
  in.get();
  if (magic != "P5") return r;
  r.pixels = data.substr(static_cast<size_t>(in.tellg()));
  return r;
}

inline bool IsCjk(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

// Every Chinese character the drawing prints on `page` (dark text only),
// each checked for ink in its own cell. Returns the characters that printed
// blank, as "字 in 'text'".
inline std::vector<std::string> BlankChineseGlyphs(const Drawing& d, const Raster& r, int page) {
  std::vector<std::string> blank;
  for (const PlacedText& t : d.texts()) {
    if (t.page != page || t.style.grey > 0.5) continue;
    const std::vector<size_t> starts = CharStarts(t.text);
    double x = t.box.x;
    for (size_t i = 0; i + 1 < starts.size(); ++i) {
      const std::string ch = t.text.substr(starts[i], starts[i + 1] - starts[i]);
      const double w = d.measure().Width(ch, t.style.size_pt);
      std::set<char32_t> cps;
      CollectCodePoints(ch, &cps);
      if (IsCjk(*cps.begin())) {
        const Box cell{x + w * 0.1, t.box.y, w * 0.8, t.box.h};
        if (r.DarkPixels(cell, 230) == 0) blank.push_back(ch + " in '" + t.text + "'");
      }
      x += w;
    }
  }
  return blank;
}

// Rasterises page 1 of `pdf` (drawn from `d`) at 100 dpi and returns the
// first Chinese character that printed blank, or "" when all have ink.
inline std::string FirstBlankGlyph(const std::string& pdf, const Drawing& d, const std::string& tmp_prefix) {
  const Raster r = Rasterise(pdf, 1, 100, tmp_prefix);
  if (r.w == 0) return "cannot rasterise " + pdf;
  const auto blank = BlankChineseGlyphs(d, r, 0);
  return blank.empty() ? "" : blank.front();
}

// The first pair of text runs on the same page whose ink boxes overlap (by
// more than `slack` points each way), or "" when none does.
inline std::string FirstTextOverlap(const Drawing& d, double slack = 0.6) {
  const auto& t = d.texts();
  for (size_t i = 0; i < t.size(); ++i) {
    const Box a{t[i].box.x + slack, t[i].box.y + slack, t[i].box.w - 2 * slack, t[i].box.h - 2 * slack};
    for (size_t j = i + 1; j < t.size(); ++j) {
      if (t[i].page == t[j].page && a.Overlaps(t[j].box)) {
        return "'" + t[i].text + "' overlaps '" + t[j].text + "' on page " + std::to_string(t[i].page + 1);
      }
    }
  }
  return "";
}

// The first text run that leaves its page's printable area (inside `margin`).
inline std::string FirstTextOutside(const Drawing& d, double margin) {
  for (const PlacedText& t : d.texts()) {
    const Box page = d.page_box(t.page);
    const Box printable{margin, margin, page.w - 2 * margin, page.h - 2 * margin};
    if (!printable.Contains(t.box)) return "'" + t.text + "' on page " + std::to_string(t.page + 1);
  }
  return "";
}

// The first pair of regions (on one page, names starting with one of
// `prefixes`) that overlap.
inline std::string FirstRegionOverlap(const Drawing& d, const std::vector<std::string>& prefixes) {
  std::vector<const Region*> rs;
  for (const Region& r : d.regions()) {
    for (const auto& p : prefixes) {
      if (r.name.rfind(p, 0) == 0) rs.push_back(&r);
    }
  }
  for (size_t i = 0; i < rs.size(); ++i) {
    for (size_t j = i + 1; j < rs.size(); ++j) {
      if (rs[i]->page == rs[j]->page && rs[i]->box.Overlaps(rs[j]->box))
        return rs[i]->name + " overlaps " + rs[j]->name;
    }
  }
  return "";
}

// Every text run inside `box` on `page`, concatenated.
inline std::string TextIn(const Drawing& d, int page, const Box& box) {
  std::string out;
  for (const PlacedText& t : d.texts()) {
    if (t.page == page && box.Overlaps(t.box)) out += t.text + "\n";
  }
  return out;
}

inline const Region* FindRegion(const Drawing& d, const std::string& name) {
  for (const Region& r : d.regions()) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

}  // namespace peercard::testing
