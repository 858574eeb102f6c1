// Text encodings: finding a file's encoding and decoding it to UTF-8,
// remembering where each decoded byte came from in the file. The first half
// of ingest (ingest.h) and of reading the user's tables (csv.h): a CSV saved
// by Excel or WPS on Chinese Windows is GBK.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/offset_map.h"
#include "base/status.h"

namespace peercard {

enum class Encoding { kUtf8, kUtf8Bom, kUtf16Le, kUtf16Be, kGb18030 };

// "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "GB18030".
std::string_view EncodingName(Encoding e);

struct DecodedText {
  Encoding encoding = Encoding::kUtf8;
  std::string utf8;  // byte order mark removed, nothing else changed
  // Empty (size 0) for UTF-8 input; otherwise the file offset of each byte
  // of utf8 (every byte of a character maps to the character's first file
  // byte; Lookup(utf8.size()) is the file size), by runs.
  OffsetMap utf8_to_file;
  uint32_t bom_bytes = 0;
};

// Index of the first byte of `bytes` that does not start or continue a
// well-formed UTF-8 sequence (Unicode table 3-7: no overlongs, surrogates or
// code points above U+10FFFF; a sequence cut by the end is ill-formed), or
// bytes.size() if all of it is well-formed. Pure.
size_t FirstInvalidUtf8(std::string_view bytes);

// A path as text for outputs (observations.csv, run.json, the cards): file
// names are bytes, and a name copied from a Windows share is often GBK
// (张掖市政协2024年工作综述.txt as D5 C5 D2 B4 …). Each '/'-separated part
// that is well-formed UTF-8 is kept; one that is well-formed GB18030 is
// decoded from it; bytes that fit neither are written as "\xFF". The result
// is always well-formed UTF-8; open the file by its raw path.
std::string PathAsUtf8(std::string_view raw_path);

// Detects the encoding of `bytes` and decodes them:
//   1. a byte order mark decides (UTF-8, UTF-16LE, UTF-16BE, GB18030);
//   2. otherwise a NUL byte means a binary file;
//   3. otherwise well-formed UTF-8 is UTF-8;
//   4. otherwise the bytes must be well-formed GB18030 (GBK is a subset) to
//      the last byte: an illegal or truncated sequence is an error, never
//      replaced.
// Returns InvalidArgument "NAME: empty file" (no bytes, or only a byte order
// mark and whitespace), "NAME: binary file (NUL bytes)", or "NAME: not valid
// UTF-8, UTF-16 or GB18030 (byte N)" where N is the file offset of the first
// bad byte in the decoding that got furthest.
// Thread-safe: opens its own ICU converter per call.
Result<DecodedText> DecodeBytes(std::string_view bytes, const std::string& name);

}  // namespace peercard
