#include "draw/printable_text.h"

#include "base/utf8.h"

namespace peercard {

namespace {

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
  out->append(buf, static_cast<size_t>(n));
}

}  // namespace

char32_t MissingGlyphMark(const TextMeasure& font) { return font.HasGlyph(U'\u25A1') ? U'\u25A1' : U'?'; }

std::string PrintableText(std::string_view utf8, const TextMeasure& font, std::set<char32_t>* missing) {
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {  // ASCII, the common case: every font of ours prints it
      out.push_back(b < 0x20 || b == 0x7F ? ' ' : static_cast<char>(b));
      ++i;
      continue;
    }
    size_t len = 0;
    const char32_t c = DecodeUtf8(utf8, i, &len);
    if ((c >= 0x80 && c < 0xA0) || IsInvisibleFormatChar(c)) {  // C1 controls print nothing too
      i += len;
      continue;
    }
    if (font.HasGlyph(c)) {
      if (c == 0xFFFD) {
        AppendUtf8(c, &out);  // an invalid byte, or the character itself
      } else {
        out.append(utf8.substr(i, len));
      }
    } else {
      if (missing) missing->insert(c);
      AppendUtf8(MissingGlyphMark(font), &out);
    }
    i += len;
  }
  return out;
}

std::string DescribeMissingGlyphs(const std::set<char32_t>& missing, const TextMeasure& font) {
  std::string mark;
  AppendUtf8(MissingGlyphMark(font), &mark);
  std::string out = std::to_string(missing.size()) + (missing.size() == 1 ? " character" : " characters") +
                    " not in the font, printed as " + mark + ":";
  size_t named = 0;
  for (const char32_t c : missing) {
    if (named == 5) {
      out += " …";
      break;
    }
    out += (named++ ? ", " : " ") + CodePointName(c);
  }
  return out;
}

}  // namespace peercard
