#include "pdf/libharu_patches.h"

#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>

#include <cstring>

// libharu 2.3.0's HPDF_MemSet and HPDF_MemCpy are byte-by-byte loops, and
// every page operator (moveto, lineto, re, Tf, Td…) clears a 512-byte buffer
// with HPDF_MemSet first: 9% of a card's time. libharu calls both through
// its PLT, so these definitions, with the same contracts (the pointer past
// the last byte written is returned), take their place in every peercard
// program. HPDF_MemCpy's loop copies forward; memmove gives the same bytes
// for distinct buffers and for an overlap that copies towards the start, the
// only one libharu 2.3.0 makes (hpdf_fontdef_type1.c: buf from buf + len).
extern "C" {
void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
  std::memset(s, c, n);
  return static_cast<HPDF_BYTE*>(s) + n;
}
HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  std::memmove(out, in, n);
  return out + n;
}
}

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
