#include "pdf/pdf_font.h"

#include "pdf/hb_ptr.h"

#include <hb.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/utf8.h"

namespace peercard {

Status CheckGlyphs(const FontSource& font, const std::set<char32_t>& cps) {
  for (const char32_t cp : cps) {
    if (cp < 0x20) continue;
    if (!font.HasGlyph(cp)) {
      return Status::InvalidArgument(font.path() + ": no glyph for " + CodePointName(cp));
    }
  }
  return Status::Ok();
}

namespace {

using BlobPtr = HbPtr<hb_blob_t>;
using FacePtr = HbPtr<hb_face_t>;
using FontPtr = HbPtr<hb_font_t>;

void Put16(std::string* out, unsigned v) {
  out->push_back(static_cast<char>((v >> 8) & 0xFF));
  out->push_back(static_cast<char>(v & 0xFF));
}

// A cmap table with one format-4 subtable (platform 3, encoding 1): codes
// base .. base+n-1 through a glyph id array, and the closing 0xFFFF segment.
std::string DenseCmap(char32_t base, const std::vector<uint16_t>& gids) {
  const unsigned n = static_cast<unsigned>(gids.size());
  std::string t;
  Put16(&t, 0);  // version
  Put16(&t, 1);  // one encoding record
  Put16(&t, 3);  // Windows
  Put16(&t, 1);  // Unicode BMP
  Put16(&t, 0);  // offset (32-bit) of the subtable: 12
  Put16(&t, 12);
  Put16(&t, 4);             // format
  Put16(&t, 32 + 2 * n);    // length: 16 + 8 × 2 segments + the glyph ids
  Put16(&t, 0);             // language
  Put16(&t, 4);             // segCountX2
  Put16(&t, 4);             // searchRange
  Put16(&t, 1);             // entrySelector
  Put16(&t, 0);             // rangeShift
  Put16(&t, base + n - 1);  // endCode
  Put16(&t, 0xFFFF);
  Put16(&t, 0);     // reservedPad
  Put16(&t, base);  // startCode
  Put16(&t, 0xFFFF);
  Put16(&t, 0);  // idDelta
  Put16(&t, 1);
  Put16(&t, 4);  // idRangeOffset: the glyph id array starts 4 bytes on
  Put16(&t, 0);
  for (const uint16_t g : gids) Put16(&t, g);
  return t;
}

std::string Utf16Hex(char32_t cp) {
  char buf[16];
  if (cp < 0x10000) {
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  } else {
    const unsigned v = static_cast<unsigned>(cp) - 0x10000;
    std::snprintf(buf, sizeof buf, "%04X%04X", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
  }
  return buf;
}

}  // namespace

std::string PdfCodes::Encode(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size());
  for (const char32_t c : DecodeUtf8(utf8)) {
    const auto it = std::lower_bound(chars_.begin(), chars_.end(), c);
    const bool found = it != chars_.end() && *it == c;
    const auto code = static_cast<UChar32>(found ? kBase + (it - chars_.begin()) : kBase - 1);
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, code);
    out.append(buf, n);
  }
  return out;
}

Result<std::string> WithDenseCmap(const std::string& ttf, const PdfCodes& codes) {
  if (codes.chars().size() > PdfCodes::kMaxChars) {
    return Status::Internal("more than " + std::to_string(PdfCodes::kMaxChars) + " distinct characters in one PDF");
  }
  const BlobPtr blob(
      hb_blob_create(ttf.data(), static_cast<unsigned>(ttf.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  const FacePtr face(hb_face_create(blob.get(), 0));
  const FontPtr font(hb_font_create(face.get()));
  std::vector<uint16_t> gids;
  for (const char32_t c : codes.chars()) {
    hb_codepoint_t g = 0;
    hb_font_get_nominal_glyph(font.get(), c, &g);
    gids.push_back(static_cast<uint16_t>(g));
  }
  const std::string cmap = DenseCmap(PdfCodes::kBase, gids);
  const FacePtr builder(hb_face_builder_create());
  unsigned count = hb_face_get_table_tags(face.get(), 0, nullptr, nullptr);
  std::vector<hb_tag_t> tags(count);
  hb_face_get_table_tags(face.get(), 0, &count, tags.data());
  for (const hb_tag_t tag : tags) {
    const BlobPtr table(
        tag == HB_TAG('c', 'm', 'a', 'p')
            ? hb_blob_create(cmap.data(), static_cast<unsigned>(cmap.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr)
            : hb_face_reference_table(face.get(), tag));
    hb_face_builder_add_table(builder.get(), tag, table.get());
  }
  const BlobPtr out(hb_face_reference_blob(builder.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(out.get(), &length);
  if (!data || length == 0) return Status::Internal("HarfBuzz could not rebuild the font subset");
  return std::string(data, length);
}

std::string ToUnicodeCMap(const PdfCodes& codes) {
  const std::vector<char32_t>& chars = codes.chars();
  std::vector<std::string> ranges, singles;
  for (size_t k = 0; k < chars.size();) {
    // A run of consecutive characters whose codes and characters share
    // their high byte (a bfrange may vary only the last byte).
    size_t e = k + 1;
    const auto code = [](size_t i) { return static_cast<unsigned>(PdfCodes::kBase + i); };
    while (e < chars.size() && chars[e] == chars[e - 1] + 1 && chars[e] < 0x10000 && (code(e) >> 8) == (code(k) >> 8) &&
           (chars[e] >> 8) == (chars[k] >> 8)) {
      ++e;
    }
    if (e - k > 1) {
      ranges.push_back("<" + Utf16Hex(code(k)) + "> <" + Utf16Hex(code(e - 1)) + "> <" + Utf16Hex(chars[k]) + ">\n");
    } else {
      singles.push_back("<" + Utf16Hex(code(k)) + "> <" + Utf16Hex(chars[k]) + ">\n");
    }
    k = e;
  }
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  const auto blocks = [&out](const std::vector<std::string>& entries, const char* kind) {
    for (size_t i = 0; i < entries.size(); i += 100) {  // at most 100 entries per block
      const size_t n = std::min<size_t>(100, entries.size() - i);
      out += std::to_string(n) + " begin" + kind + "\n";
      for (size_t j = i; j < i + n; ++j) out += entries[j];
      out += std::string("end") + kind + "\n";
    }
  };
  blocks(ranges, "bfrange");
  blocks(singles, "bfchar");
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

TempFontFile::~TempFontFile() {
  if (fd_ >= 0) {
    ::close(fd_);
  } else if (!path_.empty()) {
    std::remove(path_.c_str());
  }
}

namespace {

bool WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

Status TempFontFile::Write(const std::string& bytes) {
  // In memory where the kernel allows it: a file created and deleted for
  // every card made ext4 search its inode bitmap (a tenth of a card's time).
  const int mem = ::memfd_create("peercard-font", MFD_CLOEXEC);
  if (mem >= 0) {
    const std::string proc = "/proc/self/fd/" + std::to_string(mem);
    if (WriteAll(mem, bytes) && ::access(proc.c_str(), R_OK) == 0) {
      fd_ = mem;
      path_ = proc;
      return Status::Ok();
    }
    ::close(mem);
  }
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string templ = (dir / "peercard-font-XXXXXX").string();
  const int fd = ::mkstemp(templ.data());
  if (fd < 0) return Status::IoError(templ + ": cannot create a temporary font file");
  path_ = templ;
  const bool ok = WriteAll(fd, bytes);
  const bool closed = ::close(fd) == 0;
  return ok && closed ? Status::Ok() : Status::IoError(path_ + ": cannot write the temporary font file");
}

}  // namespace peercard
