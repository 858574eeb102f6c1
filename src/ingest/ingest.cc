#include "ingest/ingest.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "base/file_bytes.h"
#include "base/sha256.h"
#include "ingest/doc_converter.h"
#include "ingest/docx_reader.h"
#include "base/text_encoding.h"
#include "ingest/html_reader.h"
#include "ingest/layout_repair.h"
#include "ingest/page_furniture.h"
#include "ingest/pdf_reader.h"
#include "ingest/traditional_script.h"

namespace peercard {

namespace {

// Offsets are uint32_t; decoding can grow a file by half (GB18030 → UTF-8),
// so a file must stay well below 4 GiB. Reports are a few hundred kilobytes.
constexpr size_t kMaxFileBytes = kMaxInputBytes;

// ---- NFKC with a map back to the input.
//
// Normalizer2::normalizeUTF8 runs at a few hundred MB/s, but asking it for
// Edits (to build the map) and walking them costs as much again. Almost all
// of a report is characters NFKC leaves alone (ASCII, Han, 。、“”), and most
// of the rest is full-width forms that NFKC maps to one ASCII byte (２，：（).
// So the text is scanned here: stable characters are copied, full-width forms
// mapped directly, and ICU only sees the short segments around anything else
// (… → "...", ㍿ → 株式会社, e + U+0301 → é), each from the character before
// it (where a normalisation boundary is guaranteed) to the next stable or
// full-width character. The result is exactly ICU's NFKC of the whole text;
// ingest_test.cc checks that and checks the stable set against ICU.
//
// Of the clause punctuation extraction cares about, NFKC maps the full-width
// ，：；（）！？ to ASCII , : ; ( ) ! ?, but leaves 。、“” alone: later stages
// must treat ',' and '，' alike (layout_repair.cc does).

enum class NfkcKind {
  kStable,     // NFKC leaves it alone, and a normalisation segment may start before it
  kFullWidth,  // U+FF01..U+FF5E and U+3000: NFKC makes it one ASCII byte (and a segment may start before it)
  kOther,      // left to ICU
};

struct NfkcChar {
  NfkcKind kind;
  size_t len;
  char ascii;  // for kFullWidth
};

uint32_t IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

bool IsStable3(uint32_t c) {  // three-byte characters in the stable set
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
         (c >= 0x3014 && c <= 0x301B) || (c >= 0x2013 && c <= 0x2015) || c == 0x2018 || c == 0x2019 ||
         c == 0x201C || c == 0x201D || c == 0x2022 || c == 0x203B || (c >= 0x25A0 && c <= 0x25FF) ||
         c == 0x2605 || c == 0x2606;
}

NfkcChar ClassifyForNfkc(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {NfkcKind::kStable, 1, 0};
  const size_t left = s.size() - i;
  if (b0 >= 0xE0 && b0 <= 0xEF && left >= 3) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      const uint32_t c = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if (IsStable3(c)) return {NfkcKind::kStable, 3, 0};
      if (c >= 0xFF01 && c <= 0xFF5E) return {NfkcKind::kFullWidth, 3, static_cast<char>(c - 0xFEE0)};
      if (c == 0x3000) return {NfkcKind::kFullWidth, 3, ' '};
    }
  }
  if (b0 == 0xC2 && left >= 2 && s[i + 1] == '\xB7') return {NfkcKind::kStable, 2, 0};  // ·
  const size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  return {NfkcKind::kOther, std::min(len, left), 0};
}

// True at the end of s or before a character a segment may start at.
bool QuickAt(std::string_view s, size_t i) {
  return i == s.size() || ClassifyForNfkc(s, i).kind != NfkcKind::kOther;
}

// Largest text a Document holds: offsets are 32-bit. NFKC can expand a
// character up to 18 times (U+FDFA), so a hostile 1 GiB file could pass it.
constexpr size_t kMaxTextBytes = 0xFFFFFFF0u;

class NfkcWriter {
 public:
  NfkcWriter(std::string_view in, std::string* out, OffsetMap* map) : in_(in), out_(out), map_(map) {
    out_->clear();
    out_->reserve(in.size() + in.size() / 8 + 16);
    *map_ = OffsetMap();
  }

  // Copies in[begin, end) unchanged, in step.
  void Copy(size_t begin, size_t end) {
    if (begin == end) return;
    out_->append(in_.data() + begin, end - begin);
    map_->AppendInStep(begin, end - begin);
  }

  void Put(char c, size_t from) {
    out_->push_back(c);
    map_->AppendInStep(from, 1);
  }

  // Appends ICU's NFKC of in[begin, end); a changed segment maps to its start.
  Status Normalise(const icu::Normalizer2& nfkc, size_t begin, size_t end) {
    UErrorCode ec = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(out_);
    edits_.reset();
    nfkc.normalizeUTF8(0, icu::StringPiece(in_.data() + begin, static_cast<int32_t>(end - begin)), sink, &edits_, ec);
    if (U_FAILURE(ec)) return Status::Internal(std::string("ICU NFKC: ") + u_errorName(ec));
    if (out_->size() > kMaxTextBytes) return Status::InvalidArgument("text too large after normalisation");
    icu::Edits::Iterator it = edits_.getFineIterator();
    while (it.next(ec)) {
      const size_t src = begin + static_cast<size_t>(it.sourceIndex());
      const size_t len = static_cast<size_t>(it.newLength());
      if (it.hasChange()) {
        map_->AppendConstant(src, len);
      } else {
        map_->AppendInStep(src, len);
      }
    }
    return U_FAILURE(ec) ? Status::Internal(std::string("ICU NFKC edits: ") + u_errorName(ec)) : Status::Ok();
  }

  void Finish() {
    map_->Finish(in_.size());
    map_->ShrinkToFit();
  }

 private:
  std::string_view in_;
  std::string* out_;
  OffsetMap* map_;
  icu::Edits edits_;
};

// NFKC-normalises utf8 into *out. out_to_in->Lookup(i) is the offset in utf8
// of byte i of *out: in step where the text is unchanged, the start of the
// normalisation segment where it changed; Lookup(out->size()) is utf8.size().
Status NormaliseNfkc(std::string_view in, std::string* out, OffsetMap* out_to_in) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);  // shared, immutable, thread-safe
  if (U_FAILURE(ec)) return Status::Internal(std::string("ICU NFKC: ") + u_errorName(ec));
  NfkcWriter writer(in, out, out_to_in);
  constexpr size_t kNone = ~size_t{0};
  size_t copied = 0;      // in[0, copied) is written
  size_t quick = kNone;   // start of the previous character if it is stable or full-width
  size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  while (i < n) {
    if (p[i] < 0x80) {  // ASCII, eight bytes at a time
      ++i;
      uint64_t word;
      while (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0)) i += 8;
      while (i < n && p[i] < 0x80) ++i;
      quick = i - 1;
      continue;
    }
    if (p[i] >= 0xE4 && p[i] <= 0xE9 && n - i >= 3 && IsContinuation(p[i + 1]) && IsContinuation(p[i + 2])) {
      quick = i;  // U+4000..U+9FFF, Han
      i += 3;
      continue;
    }
    const NfkcChar c = ClassifyForNfkc(in, i);
    if (c.kind == NfkcKind::kStable) {
      quick = i;
      i += c.len;
      continue;
    }
    if (c.kind == NfkcKind::kFullWidth && QuickAt(in, i + c.len)) {
      writer.Copy(copied, i);
      writer.Put(c.ascii, i);
      i += c.len;
      copied = i;
      quick = kNone;  // written already; what follows starts a segment anyway
      continue;
    }
    // From the character before (it may combine with this one) to the next
    // character a segment can start at.
    const size_t begin = quick != kNone ? quick : i;
    size_t end = i + c.len;
    while (!QuickAt(in, end)) end += ClassifyForNfkc(in, end).len;
    writer.Copy(copied, begin);
    const Status st = writer.Normalise(*nfkc, begin, end);
    if (!st.ok()) return st;
    copied = i = end;
    quick = kNone;
  }
  writer.Copy(copied, in.size());
  writer.Finish();
  return Status::Ok();
}

// Start of every line of `text`; a line ends at "\n", "\r\n" or a lone "\r".
std::vector<uint32_t> LineStarts(std::string_view text) {
  std::vector<uint32_t> starts{0};
  if (text.find('\r') == std::string_view::npos) {
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      starts.push_back(static_cast<uint32_t>(i + 1));
    }
    return starts;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      starts.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  return starts;
}

}  // namespace

size_t Document::OriginalIndex(size_t text_index) const {
  size_t o = text_to_original.Lookup(text_index);
  // In-step runs land on continuation bytes inside a character; at most three.
  for (int k = 0; k < 3 && o > 0 && o < original.size() && IsContinuation(static_cast<unsigned char>(original[o])); ++k) --o;
  return o;
}

long Document::FileOffset(size_t original_index) const {
  if (original_to_file.size() == 0) return static_cast<long>(original_index + bom_bytes);
  return static_cast<long>(original_to_file.Lookup(original_index));
}

int Document::LineOf(size_t original_index) const {
  const auto after = std::upper_bound(line_starts.begin(), line_starts.end(), original_index);
  return static_cast<int>(after - line_starts.begin());
}

int Document::PageOf(size_t original_index) const {
  if (page_starts.empty()) return 0;
  const auto after = std::upper_bound(page_starts.begin(), page_starts.end(), original_index);
  return static_cast<int>(std::max<ptrdiff_t>(after - page_starts.begin(), 1));
}

std::string NormaliseAndRepair(std::string_view utf8, OffsetMap* out_to_in) {
  std::string text;
  if (!NormaliseNfkc(utf8, &text, out_to_in).ok()) {  // only if ICU's data is missing: repair unnormalised
    text.assign(utf8);
    *out_to_in = OffsetMap::Identity(utf8.size());
  }
  RepairLayout(&text, out_to_in);
  return text;
}

namespace {

// doc->text from doc->original: NFKC, Traditional characters read as
// simplified when the text is in Traditional script (offsets unchanged, see
// traditional_script.h), then, with `repair`, the layout repair.
Status PrepareText(Document* doc, bool repair) {
  const Status normalised = NormaliseNfkc(doc->original, &doc->text, &doc->text_to_original);
  if (!normalised.ok()) return Status::Internal(doc->name + ": " + normalised.message());
  if (IsTraditional(CountScript(doc->text))) {
    ToSimplified(&doc->text);
    doc->traditional = true;
  }
  if (repair) RepairLayout(&doc->text, &doc->text_to_original);
  return Status::Ok();
}

}  // namespace

namespace {

// Frees the file's bytes once a reader is done with them, so that they are
// not held beside the two texts (owner is null when the caller keeps them).
void Release(std::string* owner) {
  if (owner) std::string().swap(*owner);
}

Result<Document> IngestText(std::string_view bytes, const std::string& name, std::string* owner) {
  if (bytes.size() > kMaxFileBytes) {
    return Status::InvalidArgument(name + ": file too large (" + std::to_string(bytes.size()) + " bytes, limit 1 GiB)");
  }
  Result<DecodedText> decoded = DecodeBytes(bytes, name);
  Release(owner);
  if (!decoded.ok()) return decoded.status();
  Document doc;
  doc.name = name;
  doc.encoding = decoded->encoding;
  doc.original = std::move(decoded->utf8);
  doc.original_to_file = std::move(decoded->utf8_to_file);
  doc.bom_bytes = decoded->bom_bytes;
  doc.line_starts = LineStarts(doc.original);
  const Status prepared = PrepareText(&doc, /*repair=*/true);
  if (!prepared.ok()) return prepared;
  return doc;
}

}  // namespace

Result<Document> IngestBytes(std::string_view bytes, const std::string& name) {
  return IngestText(bytes, name, nullptr);
}

namespace {

// A Document from text read out of a PDF, Word file or web page.
Result<Document> FromReadText(std::string utf8, SourceFormat format, const std::string& name, bool repair,
                              std::vector<uint32_t> page_starts = {}) {
  if (utf8.find_first_not_of(" \n\r\t\f") == std::string::npos) {
    return Status::InvalidArgument(name + ": no text in the " + std::string(SourceFormatName(format)));
  }
  if (FirstInvalidUtf8(utf8) != utf8.size()) {
    return Status::InvalidArgument(name + ": the " + std::string(SourceFormatName(format)) +
                                   " holds text that is not valid UTF-8");
  }
  Document doc;
  doc.name = name;
  doc.format = format;
  doc.original = std::move(utf8);
  doc.line_starts = LineStarts(doc.original);
  doc.page_starts = std::move(page_starts);
  const Status prepared = PrepareText(&doc, repair);
  if (!prepared.ok()) return prepared;
  return doc;
}

}  // namespace

namespace {

// IngestFormatBytes; with `owner`, the bytes it views are freed as soon as
// the format's reader is done with them.
Result<Document> IngestFormat(std::string_view bytes, SourceFormat format, const std::string& name,
                              std::string* owner) {
  if (bytes.size() > kMaxFileBytes) {
    return Status::InvalidArgument(name + ": file too large (" + std::to_string(bytes.size()) + " bytes, limit 1 GiB)");
  }
  if (bytes.empty()) return Status::InvalidArgument(name + ": empty file");
  switch (format) {
    case SourceFormat::kPdf: {
      auto pages = ReadPdfPages(bytes, name);
      Release(owner);
      if (!pages.ok()) return pages.status();
      std::vector<uint32_t> starts;
      std::string text = JoinPages(*pages, &starts);
      return FromReadText(std::move(text), format, name, /*repair=*/true, std::move(starts));
    }
    case SourceFormat::kDocx: {
      auto text = ReadDocxText(bytes, name);
      Release(owner);
      if (!text.ok()) return text.status();
      return FromReadText(std::move(*text), format, name, /*repair=*/false);
    }
    case SourceFormat::kHtml: {
      auto text = ReadHtmlText(bytes, name);
      Release(owner);
      if (!text.ok()) return text.status();
      return FromReadText(std::move(*text), format, name, /*repair=*/false);
    }
    case SourceFormat::kDoc:
      return Status::InvalidArgument(name + ": a .doc is read from its file (IngestFile)");
    case SourceFormat::kText:
    case SourceFormat::kOther:
      break;
  }
  return IngestText(bytes, name, owner);
}

}  // namespace

Result<Document> IngestFormatBytes(std::string_view bytes, SourceFormat format, const std::string& name) {
  return IngestFormat(bytes, format, name, nullptr);
}

Result<Document> IngestFile(const std::string& path, const std::string& name, FileDigest* digest) {
  const SourceFormat format = SourceFormatOf(path);
  // Read once, whatever the format: the bytes give the digest, and only a
  // regular file within the limit goes on (a .doc to antiword too).
  auto bytes = ReadFileBytes(path, kMaxFileBytes);
  if (!bytes.ok()) return bytes.status();
  if (digest) *digest = {bytes->size(), Sha256Hex(*bytes)};
  if (format == SourceFormat::kDoc) {
    auto text = ConvertDocToText(path, name);
    if (!text.ok()) return text.status();
    return FromReadText(std::move(*text), format, name, /*repair=*/true);
  }
  const std::string_view view = *bytes;
  return IngestFormat(view, format, name, &*bytes);
}

}  // namespace peercard
