// peercard_bench convert and formats: the same reports as PDF, .docx and
// saved web pages (report_formats.h).
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/file_bytes.h"
#include "bench_commands.h"
#include "bench_util.h"
#include "ingest/ingest.h"
#include "pdf/font_subset.h"
#include "report_formats.h"

namespace peercard {
namespace bench {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> TextFiles(const std::string& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Writes `txt` as `format` at `out`/<stem>.<ext>; returns the path written.
Result<std::string> ConvertOne(const fs::path& txt, const std::string& format, const std::string& out) {
  auto bytes = ReadFileBytes(txt.string());
  if (!bytes.ok()) return bytes.status();
  auto doc = IngestBytes(*bytes, txt.filename().string());  // decodes GB18030 and UTF-16 too
  if (!doc.ok()) return doc.status();
  const std::string stem = (fs::path(out) / txt.stem()).string();
  if (format == "pdf") {
    const std::string path = stem + ".pdf";
    const Status s = WriteReportPdf(doc->original, kDefaultFontPath, path);
    if (!s.ok()) return s;
    return path;
  }
  if (format == "hant") {  // the text file reposted in Traditional characters
    auto hant = TraditionalText(doc->original);
    if (!hant.ok()) return hant.status();
    const std::string path = stem + ".txt";
    const Status s = WriteFileAtomically(path, *hant);
    if (!s.ok()) return s;
    return path;
  }
  // Word files and web pages hold whole paragraphs: the repaired text, not
  // the hard-wrapped lines a PDF paste leaves.
  const std::string& paragraphs = doc->text;
  Result<std::string> made = format == "docx" ? ReportDocx(paragraphs)
                             : format == "html" ? ReportHtml(paragraphs, "", "utf-8")
                             : format == "html-gbk" ? ReportHtml(paragraphs, "", "gbk")
                                                    : Result<std::string>(Status::InvalidArgument("--to " + format + ": pdf, docx, html, html-gbk or hant"));
  if (!made.ok()) return made.status();
  const std::string path = stem + (format == "docx" ? ".docx" : ".html");
  const Status s = WriteFileAtomically(path, *made);
  if (!s.ok()) return s;
  return path;
}

}  // namespace

int RunConvert(const ConvertArgs& a) {
  std::error_code ec;
  fs::create_directories(a.out, ec);
  int failed = 0, written = 0;
  for (const fs::path& txt : TextFiles(a.src)) {
    auto r = ConvertOne(txt, a.to, a.out);
    if (!r.ok()) {
      std::fprintf(stderr, "convert: %s\n", r.status().message().c_str());
      ++failed;
    } else {
      ++written;
    }
  }
  std::printf("convert: %d files written to %s, %d failed\n", written, a.out.c_str(), failed);
  return failed ? 1 : 0;
}

int RunFormatsBench(const FormatsBenchArgs& a) {
  const std::string tmp = (fs::temp_directory_path() / ("peercard-formats-" + std::to_string(::getpid()))).string();
  std::printf("ingest of the same %zu reports in each format, one core, %d passes (best)\n", TextFiles(a.src).size(),
              a.repeat);
  std::printf("  format      files     MB   pages   best s    MB/s  pages/s\n");
  for (const std::string format : {"txt", "hant", "pdf", "docx", "html", "html-gbk"}) {
    const std::string dir = tmp + "/" + format;
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::vector<std::pair<std::string, std::string>> files;  // path, bytes
    for (const fs::path& txt : TextFiles(a.src)) {
      std::string path = txt.string();
      if (format != "txt") {
        auto r = ConvertOne(txt, format, dir);
        if (!r.ok()) continue;
        path = *r;
      }
      auto bytes = ReadFileBytes(path);
      if (bytes.ok()) files.emplace_back(path, std::move(*bytes));
    }
    size_t total = 0;
    for (const auto& f : files) total += f.second.size();
    double best = 1e9;
    size_t pages = 0;
    for (int r = 0; r < a.repeat; ++r) {
      pages = 0;
      const Stopwatch w;
      for (const auto& [path, bytes] : files) {
        auto doc = IngestFormatBytes(bytes, SourceFormatOf(path), path);
        if (doc.ok()) pages += doc->page_starts.size();
      }
      best = std::min(best, w.CpuSeconds());
    }
    const double mb = static_cast<double>(total) / 1e6;
    std::printf("  %-9s %6zu %7.2f %7zu %8.3f %7.1f %8s\n", format.c_str(), files.size(), mb, pages, best,
                mb / best, pages ? std::to_string(static_cast<int>(pages / best)).c_str() : "-");
  }
  std::error_code ec;
  fs::remove_all(tmp, ec);
  return 0;
}

}  // namespace bench
}  // namespace peercard
