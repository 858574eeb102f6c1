#include "pdf/pdf_sink.h"

#include <hpdf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <iterator>
#include <memory>
#include <type_traits>

#include "base/atomic_file.h"
#include "pdf/libharu_patches.h"
#include "pdf/pdf_font.h"
#include "pdf/typefaces.h"

namespace peercard {

namespace {

// libharu reports errors through a callback; the first one is kept and
// turned into a Status when the document is done.
struct PdfErrorLog {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void OnHpdfError(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  auto* log = static_cast<PdfErrorLog*>(user);
  if (log->code == HPDF_OK) {
    log->code = code;
    log->detail = detail;
  }
}

struct HpdfDocFree {
  void operator()(HPDF_Doc d) const { HPDF_Free(d); }  // pages and fonts too
};
using HpdfDocPtr = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, HpdfDocFree>;

// A font of the document: libharu's, and the codes its text is shown with.
struct SinkFont {
  HPDF_Font font = nullptr;
  const PdfCodes* codes = nullptr;
};

// Typefaces::PrintsInBody for the characters of one document, each one's
// glyph and advance looked up once (twice per character of every run cost a
// twentieth of a card's time).
class BodyChars {
 public:
  BodyChars(const Typefaces& faces, const std::set<char32_t>& cps) {
    for (const char32_t cp : cps) {
      if (faces.PrintsInBody(cp, {kHeadingMinPt, FontWeight::kRegular, 0})) chars_.push_back(cp);
    }
  }
  bool Prints(char32_t cp, const TextStyle& style) const {
    return !Typefaces::IsDisplay(style) && std::binary_search(chars_.begin(), chars_.end(), cp);
  }
  template <typename F>
  void ForEachRun(std::string_view utf8, const TextStyle& style, F&& f) const {
    ForEachFaceRun(utf8, [&](char32_t cp) { return Prints(cp, style); }, f);
  }

 private:
  std::vector<char32_t> chars_;  // sorted
};

// Draws RenderSink calls into a libharu document, flipping y (libharu
// measures from the bottom of the page) and setting each graphics state
// only when it changes.
class PdfSink : public RenderSink {
 public:
  PdfSink(HPDF_Doc doc, const BodyChars& body_chars, SinkFont main, SinkFont body)
      : doc_(doc), body_chars_(body_chars), main_(main), body_(body) {}

  void BeginPage(double width_pt, double height_pt) override {
    page_ = HPDF_AddPage(doc_);
    HPDF_Page_SetWidth(page_, static_cast<HPDF_REAL>(width_pt));
    HPDF_Page_SetHeight(page_, static_cast<HPDF_REAL>(height_pt));
    height_ = height_pt;
    fill_ = stroke_ = 0;  // a new page starts in the default state
    width_ = 1;
    dash_ = 0;
    font_ = nullptr;
    font_size_ = 0;
  }

  void Text(double x, double baseline_y, std::string_view utf8, const TextStyle& style) override {
    SetFill(style.grey);
    const bool bold = style.weight == FontWeight::kBold;
    if (bold) SetStroke({style.size_pt * 0.045, style.grey, 0});
    HPDF_Page_BeginText(page_);
    // Zen Hei has no bold face: bold is the outline stroked over the fill,
    // which keeps the text searchable.
    if (bold) HPDF_Page_SetTextRenderingMode(page_, HPDF_FILL_THEN_STROKE);
    bool first = true;
    body_chars_.ForEachRun(utf8, style, [&](bool in_body, std::string_view run) {
      const SinkFont& f = in_body ? body_ : main_;
      SetFont(f.font, style.size_pt);
      const std::string text = f.codes->Encode(run);
      // The first run is placed; the next ones continue where it ended
      // (both faces advance alike: Typefaces::PrintsInBody).
      if (first) {
        HPDF_Page_TextOut(page_, X(x), Y(baseline_y), text.c_str());
      } else {
        HPDF_Page_ShowText(page_, text.c_str());
      }
      first = false;
    });
    if (bold) HPDF_Page_SetTextRenderingMode(page_, HPDF_FILL);
    HPDF_Page_EndText(page_);
  }

  void Line(Point a, Point b, const StrokeStyle& style) override {
    SetStroke(style);
    HPDF_Page_MoveTo(page_, X(a.x), Y(a.y));
    HPDF_Page_LineTo(page_, X(b.x), Y(b.y));
    HPDF_Page_Stroke(page_);
  }

  void Polyline(const std::vector<Point>& points, const StrokeStyle& style) override {
    SetStroke(style);
    HPDF_Page_MoveTo(page_, X(points[0].x), Y(points[0].y));
    for (size_t i = 1; i < points.size(); ++i) HPDF_Page_LineTo(page_, X(points[i].x), Y(points[i].y));
    HPDF_Page_Stroke(page_);
  }

  void Segments(const std::vector<std::pair<Point, Point>>& segments, const StrokeStyle& style) override {
    SetStroke(style);
    for (const auto& [a, b] : segments) {
      HPDF_Page_MoveTo(page_, X(a.x), Y(a.y));
      HPDF_Page_LineTo(page_, X(b.x), Y(b.y));
    }
    HPDF_Page_Stroke(page_);
  }

  void Polygon(const std::vector<Point>& points, double fill_grey, const StrokeStyle& stroke) override {
    PreparePaint(fill_grey, stroke);
    Path(points.begin(), points.end());
    Paint(fill_grey, stroke);
  }

  void Rect(const Box& box, double fill_grey, const StrokeStyle& stroke) override {
    PreparePaint(fill_grey, stroke);
    const HPDF_REAL left = X(box.x), bottom = Y(box.bottom());
    HPDF_Page_Rectangle(page_, left, bottom, X(box.right()) - left, Y(box.y) - bottom);
    Paint(fill_grey, stroke);
  }

  void Marker(Point c, double size_pt, MarkerShape shape, double fill_grey, const StrokeStyle& stroke) override {
    const double r = size_pt / 2;
    if (shape == MarkerShape::kCircle) fill_grey = -1;
    PreparePaint(fill_grey, stroke);
    switch (shape) {
      case MarkerShape::kCircle:
      case MarkerShape::kDisc:
        HPDF_Page_Circle(page_, X(c.x), Y(c.y), R(r));
        break;
      case MarkerShape::kSquare:
        HPDF_Page_Rectangle(page_, X(c.x - r), Y(c.y + r), R(size_pt), R(size_pt));
        break;
      case MarkerShape::kDiamond: {
        const Point pts[] = {{c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}};
        Path(std::begin(pts), std::end(pts));
        break;
      }
      case MarkerShape::kTriangleDown: {
        const Point pts[] = {{c.x - r, c.y - r * 0.8}, {c.x + r, c.y - r * 0.8}, {c.x, c.y + r}};
        Path(std::begin(pts), std::end(pts));
        break;
      }
    }
    Paint(fill_grey, stroke);
  }

  void Bookmark(std::string_view title, int level, double y) override {
    const std::string t(title);
    level = std::max(0, std::min(level, static_cast<int>(outlines_.size())));
    HPDF_Outline parent = level == 0 ? nullptr : outlines_[level - 1];
    HPDF_Outline outline = HPDF_CreateOutline(doc_, parent, t.c_str(), HPDF_GetEncoder(doc_, "UTF-8"));
    HPDF_Destination dest = HPDF_Page_CreateDestination(page_);
    HPDF_Destination_SetFitH(dest, Y(y));
    HPDF_Outline_SetDestination(outline, dest);
    if (level == 0) HPDF_Outline_SetOpened(outline, HPDF_TRUE);
    outlines_.resize(level + 1);
    outlines_[level] = outline;
    HPDF_SetPageMode(doc_, HPDF_PAGE_MODE_USE_OUTLINE);
  }

  void SetInfo(const DocInfo& info) override {
    if (!info.title.empty()) HPDF_SetInfoAttr(doc_, HPDF_INFO_TITLE, info.title.c_str());
    if (!info.subject.empty()) HPDF_SetInfoAttr(doc_, HPDF_INFO_SUBJECT, info.subject.c_str());
    if (!info.author.empty()) HPDF_SetInfoAttr(doc_, HPDF_INFO_AUTHOR, info.author.c_str());
    HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "peercard " PEERCARD_VERSION);
    const std::time_t t = static_cast<std::time_t>(info.creation_time);
    std::tm tm{};
    gmtime_r(&t, &tm);
    HPDF_Date date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 'Z', 0, 0};
    HPDF_SetInfoDateAttr(doc_, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(doc_, HPDF_INFO_MOD_DATE, date);
  }

 private:
  // Sizes (line widths, font sizes, radii) as given; positions on a grid of
  // 1/8 pt (0.044 mm, finer than a 600 dpi printer's dot), whose values a
  // float holds exactly and libharu prints with at most three decimals:
  // a chart's content stream is a third smaller and compresses faster.
  static HPDF_REAL R(double v) { return static_cast<HPDF_REAL>(v); }
  static HPDF_REAL X(double x) { return R(std::round(x * 8) / 8); }
  HPDF_REAL Y(double y) const { return X(height_ - y); }

  template <typename It>
  void Path(It first, It last) {
    HPDF_Page_MoveTo(page_, X(first->x), Y(first->y));
    for (++first; first != last; ++first) HPDF_Page_LineTo(page_, X(first->x), Y(first->y));
    HPDF_Page_ClosePath(page_);
  }

  // libharu accepts colour changes only outside a path: set them first.
  void PreparePaint(double fill_grey, const StrokeStyle& stroke) {
    if (fill_grey >= 0) SetFill(fill_grey);
    if (stroke.width_pt > 0) SetStroke(stroke);
  }

  void Paint(double fill_grey, const StrokeStyle& stroke) {
    const bool fill = fill_grey >= 0, outline = stroke.width_pt > 0;
    if (fill && outline) {
      HPDF_Page_FillStroke(page_);
    } else if (fill) {
      HPDF_Page_Fill(page_);
    } else if (outline) {
      HPDF_Page_Stroke(page_);
    } else {
      HPDF_Page_EndPath(page_);
    }
  }

  void SetFill(double grey) {
    if (grey == fill_) return;
    HPDF_Page_SetGrayFill(page_, R(grey));
    fill_ = grey;
  }

  // The text state outlives text objects (PDF 1.7, 9.3.1): a font and size
  // already set on the page are not set again.
  void SetFont(HPDF_Font font, double size_pt) {
    if (font == font_ && size_pt == font_size_) return;
    HPDF_Page_SetFontAndSize(page_, font, static_cast<HPDF_REAL>(size_pt));
    font_ = font;
    font_size_ = size_pt;
  }

  void SetStroke(const StrokeStyle& s) {
    if (s.grey != stroke_) HPDF_Page_SetGrayStroke(page_, R(s.grey));
    if (s.width_pt != width_) HPDF_Page_SetLineWidth(page_, R(s.width_pt));
    if (s.dash_pt != dash_) {
      const HPDF_UINT16 dash = static_cast<HPDF_UINT16>(std::max(1.0, std::round(s.dash_pt)));
      HPDF_Page_SetDash(page_, s.dash_pt > 0 ? &dash : nullptr, s.dash_pt > 0 ? 1 : 0, 0);
    }
    stroke_ = s.grey;
    width_ = s.width_pt;
    dash_ = s.dash_pt;
  }

  HPDF_Doc doc_;
  const BodyChars& body_chars_;
  SinkFont main_, body_;
  HPDF_Page page_ = nullptr;
  double height_ = 0;
  double fill_ = 0, stroke_ = 0, width_ = 1, dash_ = 0;
  HPDF_Font font_ = nullptr;
  double font_size_ = 0;
  std::vector<HPDF_Outline> outlines_;
};

std::string HexCode(HPDF_STATUS code) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%04X", static_cast<unsigned>(code));
  return buf;
}

Status LibharuStatus(const PdfErrorLog& log, const std::string& path, const std::string& font) {
  switch (log.code) {
    case HPDF_OK:
      return Status::Ok();
    case HPDF_FILE_OPEN_ERROR:
    case HPDF_FILE_IO_ERROR:
      return Status::IoError(path + ": cannot write file");
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      return Status::InvalidArgument(font + ": the font's licence forbids embedding it");
    case HPDF_TTF_MISSING_TABLE:
    case HPDF_TTF_INVALID_CMAP:
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_INVALID_FONTDEF_DATA:
      return Status::InvalidArgument(font + ": libharu cannot load this TrueType font (error " + HexCode(log.code) +
                                     ")");
    default:
      return Status::Internal(path + ": libharu error " + HexCode(log.code) + " (detail " + std::to_string(log.detail) +
                              ")");
  }
}

}  // namespace

namespace {

// The characters each face prints: `body` those of the runs the body face
// takes (Typefaces::PrintsInBody), `main` the rest, bookmark titles
// included (a character printed in both faces is in both).
void SplitCodePoints(const Drawing& drawing, const std::set<char32_t>& cps, const BodyChars& body_chars,
                     std::set<char32_t>* main, std::set<char32_t>* body) {
  for (const PlacedText& t : drawing.texts()) {
    body_chars.ForEachRun(t.text, t.style,
                     [&](bool in_body, std::string_view run) { CollectCodePoints(run, in_body ? body : main); });
  }
  for (const char32_t cp : cps) {  // drawing.CodePoints(): the bookmarks' too
    if (!body->count(cp)) main->insert(cp);
  }
}

// One face of the document being written: its subset's codes, and the file
// libharu loads the subset from (it reads it again on save).
struct FaceFile {
  explicit FaceFile(const std::set<char32_t>& cps) : codes(cps) {}
  PdfCodes codes;
  TempFontFile file;
};

// Subsets `font` to `cps`, loads it into `doc` and creates the PDF font
// (nullptr and a Status on failure; libharu's errors reach `log`).
Status LoadFace(HPDF_Doc doc, const FontSource& font, const std::set<char32_t>& cps, FaceFile* face,
                HPDF_Font* out) {
  Result<std::string> subset = font.Subset(cps);
  if (!subset.ok()) return subset.status();
  Result<std::string> ttf = WithDenseCmap(*subset, face->codes);
  if (!ttf.ok()) return Status::Internal(font.path() + ": " + ttf.status().message());
  if (Status s = face->file.Write(*ttf); !s.ok()) return s;
  const char* name = HPDF_LoadTTFontFromFile(doc, face->file.path().c_str(), HPDF_TRUE);
  if (!name) return Status::Ok();  // the error is in the log
  const auto scope = std::make_unique<CodesOnlyEncoder>(HPDF_GetEncoder(doc, "UTF-8"), face->codes);
  *out = HPDF_GetFont(doc, name, "UTF-8");
  return Status::Ok();
}

// One attempt at writing the document with the main face subset to
// `main_cps` and the body face to `body_cps` (not loaded when empty).
Status WritePdfWithGlyphs(const Drawing& drawing, const Typefaces& faces, const BodyChars& body_chars,
                          const std::set<char32_t>& main_cps, const std::set<char32_t>& body_cps,
                          const std::string& path, HPDF_STATUS* code) {
  FaceFile main_face(main_cps), body_face(body_cps);  // outlive the document, which reads them on save
  PdfErrorLog log;
  std::string bytes;  // the whole file, saved to memory: one checked writer puts it on disk
  std::string failed_font = faces.main().path();
  {
    HpdfDocPtr doc(HPDF_New(OnHpdfError, &log));
    if (!doc) return Status::Internal(path + ": libharu cannot create a document");
    HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc.get());
    HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
    SinkFont main{nullptr, &main_face.codes}, body{nullptr, &body_face.codes};
    if (Status s = LoadFace(doc.get(), faces.main(), main_cps, &main_face, &main.font); !s.ok()) return s;
    if (log.code != HPDF_OK || !main.font) return LibharuStatus(log, path, failed_font);
    if (!body_cps.empty()) {
      failed_font = faces.body()->path();
      if (Status s = LoadFace(doc.get(), *faces.body(), body_cps, &body_face, &body.font); !s.ok()) return s;
      if (log.code != HPDF_OK || !body.font) return LibharuStatus(log, path, failed_font);
      PatchFont(body.font, body_face.codes);
    }
    PatchFont(main.font, main_face.codes);
    PdfSink sink(doc.get(), body_chars, main, body);
    drawing.Replay(&sink);
    if (log.code == HPDF_OK && HPDF_SaveToStream(doc.get()) == HPDF_OK) {
      HPDF_UINT32 size = HPDF_GetStreamSize(doc.get());
      bytes.resize(size);
      HPDF_ReadFromStream(doc.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);  // failures reach `log`
      bytes.resize(size);
    }
  }
  *code = log.code;
  if (log.code != HPDF_OK) return LibharuStatus(log, path, faces.main().path());
  return WriteFileAtomically(path, bytes);
}

// Characters added to a subset when libharu 2.3.0 fails to save it: for a
// few exact sets of characters its font writer seeks past the end of the
// subset font (HPDF_INVALID_OBJECT from HPDF_TTFontDef_SaveFontData; found by
// the benchmark, see bench/repro/render_libharu_0x1033). Another glyph
// changes the subset's layout and the save succeeds; they are never drawn.
constexpr char32_t kSpareGlyphs[] = {U'的', U'一', U'是', U'了', U'人'};

}  // namespace

Status WritePdf(const Drawing& drawing, const Typefaces& faces, const std::string& path) {
  const std::set<char32_t> cps = drawing.CodePoints();
  if (Status s = CheckGlyphs(faces.main(), cps); !s.ok()) return s;
  const BodyChars body_chars(faces, cps);
  std::set<char32_t> main_cps, body_cps;
  SplitCodePoints(drawing, cps, body_chars, &main_cps, &body_cps);
  HPDF_STATUS code = HPDF_OK;
  Status s = WritePdfWithGlyphs(drawing, faces, body_chars, main_cps, body_cps, path, &code);
  for (char32_t spare : kSpareGlyphs) {
    if (s.ok() || code != HPDF_INVALID_OBJECT) break;
    bool added = false;
    if (!main_cps.count(spare) && faces.main().HasGlyph(spare)) added = main_cps.insert(spare).second;
    if (!body_cps.empty() && !body_cps.count(spare) && faces.body()->HasGlyph(spare)) {
      added = body_cps.insert(spare).second || added;
    }
    if (!added) continue;
    s = WritePdfWithGlyphs(drawing, faces, body_chars, main_cps, body_cps, path, &code);
  }
  return s;
}

}  // namespace peercard
