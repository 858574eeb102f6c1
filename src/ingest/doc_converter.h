// doc_converter: legacy Word 97-2003 .doc files, read through antiword (a
// Debian package) when it is installed.
#pragma once

#include <string>

#include "base/status.h"

namespace peercard {

// The UTF-8 text of the .doc at `path`, from `antiword -m UTF-8.txt -w 0`.
// InvalidArgument "NAME: cannot read .doc files here: install antiword, or
// save it as .docx" when antiword is not on PATH; "NAME: antiword could not
// read it (…): save it as .docx" when it fails. Thread-safe.
Result<std::string> ConvertDocToText(const std::string& path, const std::string& name);

}  // namespace peercard
