#include "pdf_font.h"

#include <unicode/utf8.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace peercard {

namespace {

std::string Hex4(unsigned v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04X", v & 0xFFFF);
  return buf;
}

}  // namespace

std::string CodePointName(char32_t cp) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(cp));
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return name;
  char utf8[5] = {};
  int32_t n = 0;
  U8_APPEND_UNSAFE(utf8, n, static_cast<UChar32>(cp));
  return "'" + std::string(utf8, n) + "' (" + name + ")";
}

Status CheckGlyphs(const FontSource& font, const std::set<char32_t>& cps) {
  for (const char32_t cp : cps) {
    if (cp < 0x20) continue;
    if (cp > 0xFFFF) {
      return Status::InvalidArgument(font.path() + ": cannot print " + CodePointName(cp) +
                                     ": outside the Basic Multilingual Plane");
    }
    if (!font.HasGlyph(cp)) {
      return Status::InvalidArgument(font.path() + ": no glyph for " + CodePointName(cp));
    }
  }
  return Status::Ok();
}

// libharu's own CMap says "begincidrange", which a ToUnicode CMap may not
// use: poppler warns on every page and other readers may copy garbage.
std::string IdentityToUnicodeCMap(const std::set<char32_t>& cps) {
  std::set<unsigned> high;
  for (const char32_t cp : cps) {
    if (cp <= 0xFFFF) high.insert(static_cast<unsigned>(cp) >> 8);
  }
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::string ranges;
  int count = 0;
  auto flush = [&]() {
    if (count == 0) return;
    out += std::to_string(count) + " beginbfrange\n" + ranges + "endbfrange\n";
    ranges.clear();
    count = 0;
  };
  for (const unsigned h : high) {
    const std::string lo = Hex4(h << 8);
    ranges += "<" + lo + "> <" + Hex4((h << 8) | 0xFF) + "> <" + lo + ">\n";
    if (++count == 100) flush();  // at most 100 entries per block
  }
  flush();
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

TempFontFile::~TempFontFile() {
  if (!path_.empty()) std::remove(path_.c_str());
}

Status TempFontFile::Write(const std::string& bytes) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string templ = (dir / "peercard-font-XXXXXX").string();
  const int fd = ::mkstemp(templ.data());
  if (fd < 0) return Status::IoError(templ + ": cannot create a temporary font file");
  path_ = templ;
  const bool ok = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
  const bool closed = ::close(fd) == 0;
  return ok && closed ? Status::Ok() : Status::IoError(path_ + ": cannot write the temporary font file");
}

}  // namespace peercard
