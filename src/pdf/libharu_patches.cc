#include "pdf/libharu_patches.h"

#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace peercard {

void PatchFont(HPDF_Font font, const PdfCodes& codes) {
  if (!font || !font->attr) return;
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  if (attr->cmap_stream && attr->cmap_stream->stream) {
    HPDF_MemStream_FreeData(attr->cmap_stream->stream);
    HPDF_Stream_WriteStr(attr->cmap_stream->stream, ToUnicodeCMap(codes).c_str());
  }
  if (attr->fontdef && attr->fontdef->type == HPDF_FONTDEF_TYPE_TRUETYPE && attr->fontdef->attr) {
    auto* tt = static_cast<HPDF_TTFontDefAttr>(attr->fontdef->attr);
    if (tt->glyph_tbl.flgs) {
      for (unsigned g = 0; g < tt->num_glyphs; ++g) tt->glyph_tbl.flgs[g] = 1;
    }
  }
}

}  // namespace peercard
