// html_reader: the article of a web page saved from a browser, as text:
// its title, its publication date line, and its paragraphs, without the
// menus, breadcrumbs, related-news lists, footers and scripts around it.
// libxml2's HTML parser.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace peercard {

// The charset a page declares (<meta charset=…>, or http-equiv content
// "…; charset=…"), lower-cased; "" when none. Reads the first 8 KiB.
std::string DeclaredCharset(std::string_view html);

// The article of the page in `bytes` as UTF-8 lines: the title (the first
// h1, else <title> up to its site-name separator), then the page's 发布时间
// line when it prints one ("发布时间：2024-01-20", also from a PubDate meta
// tag), then one line per paragraph of the block holding most of the page's
// running text. The charset is the declared one when the bytes are valid in
// it, UTF-8 when they are (browsers save as UTF-8 and keep the old meta).
// InvalidArgument "NAME: bytes do not match the page's charset 'utf-8'
// (byte N)" when they are valid neither in the declared charset nor in UTF-8,
// "NAME: no text in the page". Thread-safe.
Result<std::string> ReadHtmlText(std::string_view bytes, const std::string& name);

}  // namespace peercard
