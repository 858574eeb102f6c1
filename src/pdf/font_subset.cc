#include "pdf/font_subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <vector>

#include "base/utf8.h"

namespace peercard {

namespace {

constexpr hb_tag_t Tag(const char* t) { return HB_TAG(t[0], t[1], t[2], t[3]); }

bool HasTable(hb_face_t* face, hb_tag_t tag) {
  const HbPtr<hb_blob_t> table(hb_face_reference_table(face, tag));
  return hb_blob_get_length(table.get()) > 0;
}

// Tables libharu never writes into the PDF (it embeds OS/2, cmap, cvt, fpgm,
// glyf, head, hhea, hmtx, loca, maxp, name, post, prep) or that would only
// make the subset bigger: layout, vertical metrics, embedded bitmaps (Zen Hei
// carries megabytes of them), device metrics.
constexpr const char* kDroppedTables[] = {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx",
                                          "VORG", "gasp", "kern", "EBDT", "EBLC", "EBSC", "hdmx", "LTSH",
                                          "VDMX", "DSIG", "PCLT", "morx", "mort", "feat", "bdat", "bloc"};


}  // namespace


FontSource::~FontSource() = default;

Result<std::unique_ptr<FontSource>> FontSource::Open(const std::string& path, unsigned face_index) {
  std::unique_ptr<FontSource> src(new FontSource());
  src->path_ = path;
  src->blob_.reset(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!src->blob_) return Status::NotFound(path + ": cannot read font file");
  const unsigned faces = hb_face_count(src->blob_.get());
  if (faces == 0) return Status::InvalidArgument(path + ": not a TrueType font");
  if (face_index >= faces) {
    return Status::InvalidArgument(path + ": font collection has " + std::to_string(faces) + " faces, no face " +
                                   std::to_string(face_index));
  }
  src->face_.reset(hb_face_create(src->blob_.get(), face_index));
  hb_face_t* face = src->face_.get();
  if (hb_face_get_glyph_count(face) == 0) return Status::InvalidArgument(path + ": not a TrueType font");
  if (!HasTable(face, Tag("glyf")) || !HasTable(face, Tag("loca"))) {
    return Status::InvalidArgument(path +
                                   ": not a TrueType font with 'glyf' outlines "
                                   "(CFF-based OpenType fonts cannot be embedded)");
  }
  for (const char* t : {"cmap", "head", "hhea", "hmtx", "maxp"}) {
    if (!HasTable(face, Tag(t))) {
      return Status::InvalidArgument(path + ": font has no '" + t + "' table");
    }
  }
  hb_face_make_immutable(face);
  src->font_.reset(hb_font_create(face));
  hb_font_make_immutable(src->font_.get());
  src->units_per_em_ = hb_face_get_upem(face);
  hb_font_extents_t ext;
  if (hb_font_get_h_extents(src->font_.get(), &ext) && ext.ascender > 0) {
    src->ascent_ = ext.ascender / src->units_per_em_;
    src->descent_ = -ext.descender / src->units_per_em_;
  }
  return src;
}

bool FontSource::HasGlyph(char32_t cp) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(font_.get(), cp, &glyph) && glyph != 0;
}

double FontSource::Advance(char32_t cp) const {
  hb_codepoint_t glyph = 0;
  hb_font_get_nominal_glyph(font_.get(), cp, &glyph);
  return hb_font_get_glyph_h_advance(font_.get(), glyph) / units_per_em_;
}

double FontSource::Width(std::string_view utf8, double size_pt) const {
  hb_position_t total = 0;
  ForEachCodePoint(utf8, [&](char32_t c) {
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(font_.get(), c, &glyph);
    total += hb_font_get_glyph_h_advance(font_.get(), glyph);
  });
  return total * size_pt / units_per_em_;
}

Result<std::string> FontSource::Subset(const std::set<char32_t>& code_points) const {
  const HbPtr<hb_subset_input_t> input(hb_subset_input_create_or_fail());
  if (!input) return Status::Internal(path_ + ": cannot create a font subset (out of memory)");
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (const char32_t cp : code_points) hb_set_add(unicodes, cp);
  hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* t : kDroppedTables) hb_set_add(dropped, Tag(t));
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  const HbPtr<hb_face_t> subset(hb_subset_or_fail(face_.get(), input.get()));
  if (!subset) return Status::Internal(path_ + ": HarfBuzz could not subset the font");
  const HbPtr<hb_blob_t> blob(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob.get(), &length);
  std::string out(data ? data : "", data ? length : 0);
  if (out.empty()) return Status::Internal(path_ + ": HarfBuzz produced an empty font subset");
  return out;
}

}  // namespace peercard
