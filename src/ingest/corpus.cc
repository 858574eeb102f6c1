#include "ingest/corpus.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "base/csv.h"
#include "base/text_encoding.h"
#include "ingest/source_format.h"

namespace peercard {

namespace fs = std::filesystem;

namespace {

bool IsReport(const fs::path& p) { return SourceFormatOf(p.string()) != SourceFormat::kOther; }

bool ParseInt(const std::string& s, int* out) {
  if (s.empty() || s.size() > 9) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::vector<CorpusFile> ListCorpusFiles(const std::vector<std::string>& paths, Diagnostics* errors,
                                        size_t* skipped) {
  std::vector<CorpusFile> out;
  for (const auto& arg : paths) {
    std::error_code ec;
    const fs::path root(arg);
    if (!fs::is_directory(root, ec)) {
      // A file given by name is read whatever it is: reading it says why a
      // pipe or device is refused ("not a regular file").
      if (fs::exists(fs::symlink_status(root, ec))) {
        out.push_back({arg, PathAsUtf8(root.filename().string())});
      } else {
        errors->push_back({DiagnosticKind::kInput, arg, 0, "", "no such file or folder"});
      }
      continue;
    }
    // Folder by folder, so that one that cannot be read is reported (it may
    // hold reports) while the others are listed. Links to folders are not
    // followed (no cycles); a link to a file is listed, a broken one too, so
    // that reading it reports it by name.
    std::vector<CorpusFile> found;
    std::vector<fs::path> folders{root};
    while (!folders.empty()) {
      const fs::path dir = std::move(folders.back());
      folders.pop_back();
      fs::directory_iterator it(dir, ec), end;
      if (ec) {
        errors->push_back({DiagnosticKind::kInput, dir.string(), 0, "", "cannot read folder: " + ec.message()});
        continue;
      }
      for (; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        const fs::file_status st = it->symlink_status(type_ec);
        if (fs::is_directory(st)) {
          folders.push_back(it->path());
        } else if (IsReport(it->path())) {
          found.push_back({it->path().string(), PathAsUtf8(fs::relative(it->path(), root, type_ec).generic_string())});
        } else if (skipped && it->path().filename() != "manifest.csv") {
          ++*skipped;
        }
      }
      if (ec) errors->push_back({DiagnosticKind::kInput, dir.string(), 0, "", "cannot read folder: " + ec.message()});
    }
    if (found.empty()) {
      errors->push_back({DiagnosticKind::kInput, arg, 0, "", "folder has no reports (.txt, .pdf, .docx, .doc, .html)"});
      continue;
    }
    out.insert(out.end(), found.begin(), found.end());
  }
  std::sort(out.begin(), out.end(), [](const CorpusFile& a, const CorpusFile& b) { return a.path < b.path; });
  out.erase(std::unique(out.begin(), out.end(), [](const CorpusFile& a, const CorpusFile& b) { return a.path == b.path; }),
            out.end());
  return out;
}

const DocumentHints* Manifest::Find(const CorpusFile& f) const {
  // The path as written first, which costs no system call; then with links
  // resolved (fs::relative reads every component's link), for a report
  // reached through a symbolic link.
  std::error_code ec;
  const fs::path base = fs::absolute(dir, ec).lexically_normal();
  const std::string lexical = fs::absolute(f.path, ec).lexically_normal().lexically_relative(base).generic_string();
  if (auto it = rows.find(lexical); it != rows.end()) return &it->second;
  const std::string rel = fs::relative(fs::absolute(f.path, ec), base, ec).generic_string();
  if (!ec) {
    if (auto it = rows.find(rel); it != rows.end()) return &it->second;
  }
  const auto it = by_name.find(fs::path(f.path).filename().string());
  return it == by_name.end() ? nullptr : it->second;  // nullptr also when ambiguous
}

Result<Manifest> LoadManifest(const std::string& path) {
  auto table = ReadCsvFile(path);
  if (!table.ok()) return table.status();
  for (const char* need : {"file", "year"}) {
    if (table->Column(need) < 0) return Status::InvalidArgument(path + ": missing column '" + need + "'");
  }
  Manifest m;
  m.path = path;
  m.dir = fs::path(path).parent_path().string();
  if (m.dir.empty()) m.dir = ".";
  for (const auto& row : table->rows) {
    const std::string where = path + ":" + std::to_string(row.line) + ": ";
    const std::string file = table->Cell(row, "file");
    DocumentHints h;
    if (file.empty()) return Status::InvalidArgument(where + "empty 'file'");
    if (!ParseInt(table->Cell(row, "year"), &h.year) || h.year < 1949 || h.year > 2100) {
      return Status::InvalidArgument(where + "year '" + table->Cell(row, "year") + "' is not a year");
    }
    const std::string years = table->Cell(row, "years");
    if (years.empty()) {
      h.years = 1;
    } else if (!ParseInt(years, &h.years) || h.years < 1 || h.years > 20) {
      return Status::InvalidArgument(where + "years '" + years + "' must be a whole number from 1 to 20");
    }
    h.city = table->Cell(row, "city");
    h.manifest_line = row.line;
    const auto [it, fresh] = m.rows.emplace(file, h);
    if (!fresh) {
      return Status::InvalidArgument(where + "a second row for '" + file + "' (the first is line " +
                                     std::to_string(it->second.manifest_line) + ")");
    }
  }
  for (const auto& [file, hints] : m.rows) {
    const std::string base = fs::path(file).filename().string();
    const auto [it, fresh] = m.by_name.emplace(base, &hints);
    if (!fresh) it->second = nullptr;  // two rows share the name: neither is taken by name
  }
  return m;
}

}  // namespace peercard

namespace peercard {

void CheckManifestCoversFiles(const Manifest& manifest, const std::vector<CorpusFile>& files,
                              Diagnostics* errors) {
  std::set<const DocumentHints*> used;
  for (const auto& f : files) {
    if (const DocumentHints* h = manifest.Find(f)) used.insert(h);
  }
  for (const auto& [file, hints] : manifest.rows) {
    if (!used.count(&hints)) {
      errors->push_back({DiagnosticKind::kManifest, manifest.path, hints.manifest_line, "",
                         "file '" + file + "' is not among the reports read"});
    }
  }
}

std::string FindCorpusManifest(const std::string& folder) {
  std::error_code ec;
  const std::string inside = (fs::path(folder) / "manifest.csv").lexically_normal().string();
  if (fs::is_regular_file(inside, ec)) return inside;
  const std::string beside = (fs::path(folder) / ".." / "manifest.csv").lexically_normal().string();
  if (!fs::is_regular_file(beside, ec)) return "";
  const auto manifest = LoadManifest(beside);
  if (!manifest.ok() || manifest->rows.empty()) return "";
  Diagnostics problems;
  const std::vector<CorpusFile> files = ListCorpusFiles({folder}, &problems);
  CheckManifestCoversFiles(*manifest, files, &problems);
  return problems.empty() ? beside : "";
}

std::string FindManifestFor(const std::vector<std::string>& paths) {
  std::error_code ec;
  if (paths.size() != 1 || !fs::is_directory(paths.front(), ec)) return "";
  return FindCorpusManifest(paths.front());
}

}  // namespace peercard
