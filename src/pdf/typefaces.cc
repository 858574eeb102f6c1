#include "pdf/typefaces.h"

#include <cmath>

namespace peercard {

Result<std::unique_ptr<FontSource>> OpenBodyFace(const std::string& path) {
  if (path == "none") return std::unique_ptr<FontSource>();
  return FontSource::Open(path.empty() ? kDefaultBodyFontPath : path);
}

bool Typefaces::PrintsInBody(char32_t cp, const TextStyle& style) const {
  if (!body_ || !body_->HasGlyph(cp)) return false;
  if (IsDisplay(style)) return false;
  return std::fabs(body_->Advance(cp) - main_->Advance(cp)) < 0.001;
}

}  // namespace peercard
