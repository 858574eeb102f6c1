// corpus: which files to read, and what manifest.csv says of them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/document_hints.h"
#include "base/status.h"

namespace peercard {

struct CorpusFile {
  std::string path;  // to open
  std::string name;  // for observations.csv: path relative to the argument it was found under, as
                     // UTF-8 (PathAsUtf8: a GBK file name decoded, bad bytes as \xFF)
};

// Expands files and folders into a sorted list: a file given by name is
// read whatever its extension; folders are searched recursively for the
// formats peercard reads (source_format.h: .txt, .pdf, .docx, .doc, .html,
// .htm, case-insensitive), and with `skipped` the other files there (bar
// manifest.csv) are counted. A missing path, a folder or subfolder that
// cannot be read ("cannot read folder: Permission denied"), or a folder with
// no report, is an error in *errors (naming it); the other paths go on.
// Special files (pipes, devices) named like reports are listed, so that
// reading them reports them ("not a regular file").
std::vector<CorpusFile> ListCorpusFiles(const std::vector<std::string>& paths, Diagnostics* errors,
                                        size_t* skipped = nullptr);

// manifest.csv: `file,year,years[,city]`; `file` is relative to the
// manifest's folder. Keyed by file name relative to that folder.
struct Manifest {
  std::string path;
  std::string dir;
  std::map<std::string, DocumentHints> rows;
  // Bare file name → its row, nullptr when two rows share the name. Built by
  // LoadManifest, so that Find costs a look-up, not a pass over the rows.
  std::map<std::string, const DocumentHints*> by_name;
  // Hints for a corpus file: its path relative to the manifest's folder, else
  // its bare file name when that is unique in the manifest. nullptr if none.
  const DocumentHints* Find(const CorpusFile& f) const;
};

// Reads a manifest. Bad rows (no file, non-numeric year, years outside
// 1–20) are InvalidArgument naming file:line.
Result<Manifest> LoadManifest(const std::string& path);

// Adds to *errors each manifest row that names none of `files`
// ("manifest.csv:4: file 'x.txt' is not among the reports read").
void CheckManifestCoversFiles(const Manifest& manifest, const std::vector<CorpusFile>& files,
                              Diagnostics* errors);

// The manifest that goes with a corpus folder given with no --manifest:
// `folder`/manifest.csv when it exists; else `folder`/../manifest.csv when it
// loads and every one of its rows names a report in `folder` (Manifest::Find),
// so that a manifest for other folders too is not taken. "" when neither.
std::string FindCorpusManifest(const std::string& folder);

// FindCorpusManifest for the corpus arguments of a command when they are one
// folder; "" otherwise (files, or several paths, take no manifest unasked).
std::string FindManifestFor(const std::vector<std::string>& paths);

}  // namespace peercard
