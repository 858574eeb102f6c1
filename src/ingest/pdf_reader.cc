#include "ingest/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>

namespace peercard {

namespace {

// Poppler prints its complaints about damaged files to stderr; the error we
// return says what matters, once.
void Quiet(const std::string&, void*) {}

}  // namespace

Result<std::vector<std::string>> ReadPdfPages(std::string_view bytes, const std::string& name) {
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(Quiet, nullptr); });
  if (bytes.size() < 8 || bytes.substr(0, 5) != "%PDF-") {
    return Status::InvalidArgument(name + ": not a PDF (no %PDF- header)");
  }
  const std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Status::InvalidArgument(name + ": not a readable PDF (damaged, truncated or encrypted)");
  if (doc->is_locked()) return Status::InvalidArgument(name + ": encrypted PDF: save an unlocked copy first");
  std::vector<std::string> pages;
  size_t chars = 0;
  for (int i = 0; i < doc->pages(); ++i) {
    const std::unique_ptr<poppler::page> page(doc->create_page(i));
    std::string text;
    if (page) {
      const poppler::byte_array utf8 =
          page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
      text.assign(utf8.begin(), utf8.end());
    }
    for (char c : text) chars += c != ' ' && c != '\n' && c != '\r' && c != '\f' && c != '\t';
    pages.push_back(std::move(text));
  }
  if (pages.empty()) return Status::InvalidArgument(name + ": PDF has no pages");
  if (chars == 0) return Status::InvalidArgument(name + ": no text layer (a scan?): run OCR first");
  return pages;
}

}  // namespace peercard
