#include "base/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace peercard {

namespace {

struct UConverterClose {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using UConverterPtr = std::unique_ptr<UConverter, UConverterClose>;

Status Invalid(const std::string& name, const std::string& reason) {
  return Status::InvalidArgument(name + ": " + reason);
}

Status NotDecodable(const std::string& name, size_t byte) {
  return Invalid(name, "not valid UTF-8, UTF-16 or GB18030 (byte " + std::to_string(byte) + ")");
}

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && bytes.compare(0, prefix.size(), prefix) == 0;
}

// True if `utf8` holds nothing but whitespace: ASCII whitespace, U+00A0,
// U+3000 (the ideographic space PDF extraction leaves) and U+FEFF.
bool OnlyWhitespace(std::string_view utf8) {
  size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char b = utf8[i];
    if (b == ' ' || (b >= '\t' && b <= '\r')) {
      ++i;
    } else if (utf8.compare(i, 2, "\xC2\xA0") == 0) {
      i += 2;
    } else if (utf8.compare(i, 3, "\xE3\x80\x80") == 0 || utf8.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// Writes UTF-8 into a buffer sized for the worst case (GB18030 and UTF-16
// never take more than 1.5 UTF-8 bytes a byte), and the file offset of each
// character into an OffsetMap. A character's source length is known when the
// next one starts, so each is appended one step late.
class Utf8Writer {
 public:
  Utf8Writer(DecodedText* out, size_t input_bytes) : out_(out) {
    out_->utf8.resize(input_bytes + input_bytes / 2 + 4);
    out_->utf8_to_file = OffsetMap();
  }

  void Put(UChar32 cp, uint32_t file_offset) {
    Flush(file_offset);
    char* p = &out_->utf8[size_];
    size_t len;
    if (cp < 0x80) {
      p[0] = static_cast<char>(cp);
      len = 1;
    } else if (cp < 0x800) {
      p[0] = static_cast<char>(0xC0 | (cp >> 6));
      p[1] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 2;
    } else if (cp < 0x10000) {
      p[0] = static_cast<char>(0xE0 | (cp >> 12));
      p[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      p[2] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 3;
    } else {
      p[0] = static_cast<char>(0xF0 | (cp >> 18));
      p[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      p[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      p[3] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 4;
    }
    size_ += len;
    pending_len_ = len;
    pending_offset_ = file_offset;
  }

  void Finish(uint32_t end_offset) {
    Flush(end_offset);
    out_->utf8.resize(size_);
    out_->utf8_to_file.Finish(end_offset);
    out_->utf8_to_file.ShrinkToFit();
  }

 private:
  // Appends the pending character, whose source ends where `next` starts.
  void Flush(uint32_t next) {
    if (pending_len_ == 0) return;
    const uint32_t source_len = next - pending_offset_;
    if (source_len <= 255) {
      out_->utf8_to_file.AppendStrided(pending_offset_, pending_len_, source_len, 1);
    } else {  // cannot happen for a real encoding; one character maps the same either way
      out_->utf8_to_file.AppendConstant(pending_offset_, pending_len_);
    }
    pending_len_ = 0;
  }

  DecodedText* out_;
  size_t size_ = 0;
  size_t pending_len_ = 0;
  uint32_t pending_offset_ = 0;
};

// Decodes bytes[start..] with the ICU converter `converter_name`, stopping at
// the first illegal or truncated sequence (UCNV_TO_U_CALLBACK_STOP: nothing is
// ever replaced). Fills out->utf8 and out->utf8_to_file. Returns the file
// offset of the first bad byte, or bytes.size() if everything decoded.
Result<size_t> DecodeWithIcu(const char* converter_name, std::string_view bytes, size_t start,
                             DecodedText* out) {
  UErrorCode ec = U_ZERO_ERROR;
  const UConverterPtr cnv(ucnv_open(converter_name, &ec));
  if (U_FAILURE(ec)) return Status::Internal(std::string("ICU converter ") + converter_name + ": " + u_errorName(ec));
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &ec);
  if (U_FAILURE(ec)) return Status::Internal(std::string("ICU callback: ") + u_errorName(ec));

  // The source goes in chunks; every byte yields at most one UTF-16 unit, so
  // the target never overflows. A character cut by a chunk boundary comes
  // out in the next call with offset -1: it starts at pending_start.
  const size_t chunk = std::min(size_t{1} << 16, bytes.size() - start);
  std::vector<UChar> units(chunk + 8);
  std::vector<int32_t> offsets(chunk + 8);
  Utf8Writer writer(out, bytes.size() - start);
  size_t pos = start;
  size_t pending_start = start;
  UChar high = 0;  // a high surrogate waiting for its low half
  uint32_t high_offset = 0;
  for (;;) {
    const size_t chunk_end = std::min(pos + chunk, bytes.size());
    const bool flush = chunk_end == bytes.size();
    const char* src = bytes.data() + pos;
    UChar* tgt = units.data();
    ucnv_toUnicode(cnv.get(), &tgt, units.data() + units.size(), &src, bytes.data() + chunk_end,
                   offsets.data(), flush, &ec);
    if (ec == U_BUFFER_OVERFLOW_ERROR) return Status::Internal("ICU conversion overflowed its buffer");
    const size_t produced = static_cast<size_t>(tgt - units.data());
    for (size_t i = 0; i < produced; ++i) {
      const uint32_t offset = static_cast<uint32_t>(offsets[i] < 0 ? pending_start : pos + offsets[i]);
      const UChar u = units[i];
      if (U16_IS_LEAD(u)) {
        high = u;
        high_offset = offset;
      } else if (U16_IS_TRAIL(u) && high != 0) {
        writer.Put(U16_GET_SUPPLEMENTARY(high, u), high_offset);
        high = 0;
      } else {
        writer.Put(u, offset);
      }
    }
    if (U_FAILURE(ec)) {
      char invalid[32];
      int8_t invalid_len = sizeof(invalid);
      UErrorCode ec2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(cnv.get(), invalid, &invalid_len, &ec2);
      const size_t consumed = static_cast<size_t>(src - bytes.data());
      return consumed - std::min<size_t>(consumed, U_SUCCESS(ec2) ? invalid_len : 0);
    }
    UErrorCode ec3 = U_ZERO_ERROR;
    const int32_t pending = ucnv_toUCountPending(cnv.get(), &ec3);
    pending_start = chunk_end - (U_SUCCESS(ec3) && pending > 0 ? pending : 0);
    pos = chunk_end;
    if (flush) break;
  }
  writer.Finish(static_cast<uint32_t>(bytes.size()));
  return bytes.size();
}

// Decodes a file that starts with a byte order mark of `bom_bytes` bytes.
Result<DecodedText> DecodeWithBom(std::string_view bytes, const std::string& name, Encoding encoding,
                                  uint32_t bom_bytes) {
  DecodedText out;
  out.encoding = encoding;
  out.bom_bytes = bom_bytes;
  if (encoding == Encoding::kUtf8Bom) {
    const size_t bad = bom_bytes + FirstInvalidUtf8(bytes.substr(bom_bytes));
    if (bad != bytes.size()) return NotDecodable(name, bad);
    out.utf8.assign(bytes.substr(bom_bytes));
    return out;
  }
  const char* converter = encoding == Encoding::kUtf16Le   ? "UTF-16LE"
                          : encoding == Encoding::kUtf16Be ? "UTF-16BE"
                                                           : "GB18030";
  const Result<size_t> end = DecodeWithIcu(converter, bytes, bom_bytes, &out);
  if (!end.ok()) return end.status();
  if (*end != bytes.size()) return NotDecodable(name, *end);
  return out;
}

Result<DecodedText> DecodeWithoutBom(std::string_view bytes, const std::string& name) {
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) return Invalid(name, "binary file (NUL bytes)");
  DecodedText out;
  const size_t bad_utf8 = FirstInvalidUtf8(bytes);
  if (bad_utf8 == bytes.size()) {
    out.utf8.assign(bytes);
    return out;
  }
  out.encoding = Encoding::kGb18030;
  const Result<size_t> end = DecodeWithIcu("GB18030", bytes, 0, &out);
  if (!end.ok()) return end.status();
  // Of two failed decodings, the one that got further is more likely the
  // file's real encoding, so its bad byte is the one worth reporting.
  if (*end != bytes.size()) return NotDecodable(name, std::max(bad_utf8, *end));
  return out;
}

}  // namespace

size_t FirstInvalidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {  // ASCII: skip eight bytes at a time
      uint64_t word;
      while (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0)) i += 8;
      while (i < n && p[i] < 0x80) ++i;
      continue;
    }
    // Three-byte characters away from the special cases (E0, ED): Han.
    if (p[i] >= 0xE1 && p[i] <= 0xEC && n - i >= 3 && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const unsigned char lead = p[i];
    unsigned char lo = 0x80;  // bounds of the second byte (table 3-7)
    unsigned char hi = 0xBF;
    size_t len;
    if (lead >= 0xC2 && lead <= 0xDF) {
      len = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      len = 3;
      if (lead == 0xE0) lo = 0xA0;
      if (lead == 0xED) hi = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      len = 4;
      if (lead == 0xF0) lo = 0x90;
      if (lead == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      return i;
    }
    if (n - i < len || p[i + 1] < lo || p[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return n;
}

Result<DecodedText> DecodeBytes(std::string_view bytes, const std::string& name) {
  if (bytes.empty()) return Invalid(name, "empty file");
  Result<DecodedText> decoded =
      StartsWith(bytes, "\xEF\xBB\xBF")           ? DecodeWithBom(bytes, name, Encoding::kUtf8Bom, 3)
      : StartsWith(bytes, "\xFF\xFE")             ? DecodeWithBom(bytes, name, Encoding::kUtf16Le, 2)
      : StartsWith(bytes, "\xFE\xFF")             ? DecodeWithBom(bytes, name, Encoding::kUtf16Be, 2)
      : StartsWith(bytes, "\x84\x31\x95\x33")     ? DecodeWithBom(bytes, name, Encoding::kGb18030, 4)
                                                  : DecodeWithoutBom(bytes, name);
  if (!decoded.ok()) return decoded;
  const std::string& utf8 = decoded->utf8;
  // After a byte order mark NULs survive decoding (U+0000 in UTF-16).
  if (std::memchr(utf8.data(), '\0', utf8.size()) != nullptr) return Invalid(name, "binary file (NUL bytes)");
  if (OnlyWhitespace(utf8)) return Invalid(name, "empty file");
  return decoded;
}

std::string PathAsUtf8(std::string_view raw_path) {
  if (FirstInvalidUtf8(raw_path) == raw_path.size()) return std::string(raw_path);
  std::string out;
  size_t begin = 0;
  while (begin <= raw_path.size()) {
    size_t end = raw_path.find('/', begin);
    if (end == std::string_view::npos) end = raw_path.size();
    const std::string_view part = raw_path.substr(begin, end - begin);
    DecodedText gb;
    if (FirstInvalidUtf8(part) == part.size()) {
      out.append(part);
    } else if (const Result<size_t> decoded = DecodeWithIcu("GB18030", part, 0, &gb);
               decoded.ok() && *decoded == part.size() && part.find('\0') == std::string_view::npos) {
      out.append(gb.utf8);
    } else {
      // Well-formed runs kept, each bad byte as \xHH.
      std::string_view rest = part;
      while (!rest.empty()) {
        const size_t good = FirstInvalidUtf8(rest);
        out.append(rest.substr(0, good));
        if (good == rest.size()) break;
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(rest[good]));
        out.append(hex);
        rest.remove_prefix(good + 1);
      }
    }
    if (end == raw_path.size()) break;
    out.push_back('/');
    begin = end + 1;
  }
  return out;
}

std::string_view EncodingName(Encoding e) {
  switch (e) {
    case Encoding::kUtf8: return "UTF-8";
    case Encoding::kUtf8Bom: return "UTF-8 with BOM";
    case Encoding::kUtf16Le: return "UTF-16LE";
    case Encoding::kUtf16Be: return "UTF-16BE";
    case Encoding::kGb18030: return "GB18030";
  }
  return "unknown";
}

}  // namespace peercard
