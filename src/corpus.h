// corpus: which files to read, and what manifest.csv says of them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "segment.h"
#include "status.h"

namespace peercard {

struct CorpusFile {
  std::string path;  // to open
  std::string name;  // for observations.csv: path relative to the argument it was found under
};

// Expands files and folders (recursively, *.txt, case-insensitive) into a
// sorted list. A missing path, or a folder with no .txt file, is an error in
// *errors (naming it); the other paths go on.
std::vector<CorpusFile> ListCorpusFiles(const std::vector<std::string>& paths, std::vector<std::string>* errors);

// manifest.csv: `file,year,years[,city]`; `file` is relative to the
// manifest's folder. Keyed by file name relative to that folder.
struct Manifest {
  std::string dir;
  std::map<std::string, DocumentHints> rows;
  // Hints for a corpus file: its path relative to the manifest's folder, else
  // its bare file name when that is unique in the manifest. nullptr if none.
  const DocumentHints* Find(const CorpusFile& f) const;
};

// Reads a manifest. Bad rows (non-numeric year, years < 1) are errors naming
// file:line; a row naming a file that does not exist is reported in *errors
// ("manifest.csv:4: file 'x.txt' does not exist") and the rest is kept.
Result<Manifest> LoadManifest(const std::string& path, std::vector<std::string>* errors);

}  // namespace peercard
