// Stage ingest/: from files to clean text: the corpus and its manifest,
// encodings, NFKC, layout repair, with a map back to the original bytes.
// ICU only.
//
// ingest: a file's bytes → Document. Detects the encoding, converts to UTF-8,
// normalises (NFKC: full-width digits fold to ASCII), reads Traditional
// characters as simplified, and repairs layout
// damage left by PDF extraction (hard line breaks and stray spaces between
// Chinese characters and inside numbers), keeping a map from every byte of the
// repaired text back to the original text and the original file offset. The
// map is kept by changed span (offset_map.h), so a Document holds little more
// than its two texts: peak memory of ingest is about twice the decoded text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/text_encoding.h"
#include "base/offset_map.h"
#include "ingest/source_format.h"

namespace peercard {

struct Document {
  std::string name;   // as printed in observations.csv: the path given, relative to its corpus root
  SourceFormat format = SourceFormat::kText;
  Encoding encoding = Encoding::kUtf8;
  // The file decoded to UTF-8, byte order mark removed, not normalised, not
  // repaired: the text evidence is quoted from. For a PDF, Word file or web
  // page: the text read from it (pages joined, paragraphs one per line).
  std::string original;
  // The NFKC-normalised, layout-repaired text that extraction reads. Line
  // breaks that are real paragraph breaks stay as '\n'.
  std::string text;
  // Where each byte of `text` came from in `original`, by runs (offset_map.h):
  // read it through OriginalIndex, which snaps to a character start.
  OffsetMap text_to_original;
  // Byte offset in the file of each line start of `original` (line 1 first).
  std::vector<uint32_t> line_starts;  // indexes into `original`
  // For non-UTF-8 files: the file offset of each byte of `original`, by runs
  // (a character's bytes map to its first file byte). Empty (size 0) for
  // UTF-8, where it is the index plus the BOM length.
  OffsetMap original_to_file;
  uint32_t bom_bytes = 0;
  // The report is in Traditional script: `text` holds the simplified forms
  // (traditional_script.h), `original` the characters as printed.
  bool traditional = false;
  // For a PDF: the index in `original` where each page starts (page 1 first).
  std::vector<uint32_t> page_starts;

  // Index in `original` of the start of the character that produced byte i
  // of `text` (for i == text.size(), original.size()). REQUIRES: i <=
  // text.size(). O(log changed spans).
  size_t OriginalIndex(size_t text_index) const;
  // Byte offset in the file for index i of `original`; for a PDF, Word file
  // or web page, the offset in the text read from it.
  long FileOffset(size_t original_index) const;
  // 1-based line number in the file of index i of `original`; for a Word
  // file, the paragraph number; for a web page, the line of the article text.
  int LineOf(size_t original_index) const;
  // 1-based page of index i of `original` for a PDF; 0 for other formats.
  int PageOf(size_t original_index) const;
};

// Decodes, normalises and repairs `bytes`. `name` is used in error messages
// and stored in the Document.
// Returns InvalidArgument "NAME: <reason>" for an empty file ("empty file"),
// a binary file ("binary file (NUL bytes)"), or bytes that are valid in no
// supported encoding ("not valid UTF-8, UTF-16 or GB18030 (byte N)").
// Thread-safe: uses no shared mutable state (ICU converters are per call).
Result<Document> IngestBytes(std::string_view bytes, const std::string& name);

// Reads `path` by its format (source_format.h): text through IngestBytes; a
// PDF's pages (furniture removed), a .docx's paragraphs, a web page's article
// or a .doc through antiword, each then normalised as text is (layout repair
// only for PDFs and .doc, whose lines are hard-wrapped). Only a regular file
// (a link to one is followed) of at most 1 GiB is read, once; its size and
// SHA-256 go to *digest (when not null) as soon as it is read, even when
// the document then fails. Errors from ReadFileBytes name the path ("not a
// regular file (a named pipe)", "file too large …"); each reader's
// InvalidArgument names `name` and the problem.
struct FileDigest {
  size_t bytes = 0;
  std::string sha256;  // hex; empty when the file could not be read
};
Result<Document> IngestFile(const std::string& path, const std::string& name, FileDigest* digest = nullptr);

// The same for bytes already read (tests, fuzzing): `format` says how to read
// them (kDoc needs a file: use IngestFile).
Result<Document> IngestFormatBytes(std::string_view bytes, SourceFormat format, const std::string& name);

// Exposed for tests: NFKC normalisation and layout repair of already-decoded
// UTF-8, with the map from output bytes to input bytes (Lookup is in step,
// not snapped to characters).
std::string NormaliseAndRepair(std::string_view utf8, OffsetMap* out_to_in);

}  // namespace peercard
