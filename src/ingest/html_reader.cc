#include "ingest/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <vector>

#include "base/affix.h"
#include "base/text_encoding.h"

namespace peercard {

namespace {

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Converts `bytes` from `charset` to UTF-8, failing on the first byte that
// is not valid in it (never replaced). Sets *bad to its offset on failure.
bool ConvertStrict(std::string_view bytes, const std::string& charset, std::string* out, size_t* bad) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  UConverter* to = ucnv_open("UTF-8", &status);
  out->assign(bytes.size() * 2 + 16, '\0');
  char* target = out->data();
  const char* source = bytes.data();
  ucnv_convertEx(to, from, &target, out->data() + out->size(), &source, bytes.data() + bytes.size(), nullptr,
                 nullptr, nullptr, nullptr, true, true, &status);
  const bool ok = U_SUCCESS(status);
  if (!ok) *bad = static_cast<size_t>(source - bytes.data());
  out->resize(ok ? static_cast<size_t>(target - out->data()) : 0);
  ucnv_close(from);
  ucnv_close(to);
  return ok;
}

bool IsElement(const xmlNode* n, std::initializer_list<const char*> names) {
  if (n->type != XML_ELEMENT_NODE) return false;
  for (const char* name : names) {
    if (xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0) return true;
  }
  return false;
}

std::string Attribute(const xmlNode* n, const char* attr) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(attr));
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

// Elements that are never the article: scripts, forms, navigation.
bool IsChrome(const xmlNode* n) {
  if (IsElement(n, {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "select",
                    "button", "object", "svg", "template", "head"})) {
    return true;
  }
  // Class and id names sites give their chrome.
  const std::string marks = Lower(Attribute(n, "class") + " " + Attribute(n, "id"));
  for (const char* word : {"nav", "menu", "breadcrumb", "crumb", "footer", "header", "sidebar", "related",
                           "share", "comment", "copyright", "friendlink", "toolbar", "position", "location"}) {
    if (marks.find(word) != std::string::npos) return true;
  }
  return false;
}

bool IsBlock(const xmlNode* n) {
  return IsElement(n, {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                       "section", "article", "blockquote", "pre", "dd", "dt", "center", "main", "td", "th"});
}

// Text of `node` with a line break at every block boundary; whitespace
// inside a block collapses to one space (as a browser shows it).
void AppendText(const xmlNode* node, std::string* out, bool skip_chrome) {
  for (const xmlNode* n = node->children; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      for (const xmlChar* c = n->content; c && *c; ++c) {
        const bool space = *c == ' ' || *c == '\n' || *c == '\r' || *c == '\t' || *c == '\f';
        if (space) {
          if (!out->empty() && out->back() != ' ' && out->back() != '\n') *out += ' ';
        } else {
          *out += static_cast<char>(*c);
        }
      }
      continue;
    }
    if (n->type != XML_ELEMENT_NODE || (skip_chrome && IsChrome(n))) continue;
    const bool block = IsBlock(n);
    if (block && !out->empty() && out->back() != '\n') *out += '\n';
    if (IsElement(n, {"td", "th"}) && !out->empty() && out->back() != '\n') *out += '\t';
    AppendText(n, out, skip_chrome);
    if (block && !out->empty() && out->back() != '\n') *out += '\n';
  }
}

// Bytes of running text directly in `n`'s paragraphs: the text of its <p>
// children and of its own text nodes, less the text inside links.
size_t ParagraphBytes(const xmlNode* n) {
  size_t bytes = 0;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      for (const xmlChar* s = c->content; s && *s; ++s) bytes += *s > ' ';
    } else if (IsElement(c, {"p", "span", "font", "strong", "b"}) && !IsChrome(c)) {
      std::string text;
      AppendText(c, &text, true);
      bytes += text.size();
    }
  }
  return bytes;
}

// The element holding most running text. Each element scores its own
// paragraph bytes plus half its children's (paragraphs wrapped one div each
// still make their container win; a wrapper around the article scores half
// of it). Chrome and links are never candidates.
void FindArticle(const xmlNode* node, const xmlNode** best, double* best_score) {
  double score = static_cast<double>(ParagraphBytes(node));
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || IsChrome(c) || IsElement(c, {"a"})) continue;
    score += 0.5 * static_cast<double>(ParagraphBytes(c));
    FindArticle(c, best, best_score);
  }
  if (score > *best_score) {
    *best_score = score;
    *best = node;
  }
}

const xmlNode* FindFirst(const xmlNode* node, std::initializer_list<const char*> names) {
  for (const xmlNode* n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (IsElement(n, names)) return n;
    if (IsChrome(n) && !IsElement(n, {"head"})) continue;
    if (const xmlNode* f = FindFirst(n, names)) return f;
  }
  return nullptr;
}

std::string Collapse(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

// <title> up to the site name: "荣昌区政协2023年工作综述_重庆政协网" → the first part.
std::string TitleText(const xmlNode* root) {
  if (const xmlNode* h1 = FindFirst(root, {"h1"})) {
    std::string t;
    AppendText(h1, &t, false);
    t = Collapse(t);
    if (!t.empty()) return t;
  }
  const xmlNode* head = FindFirst(root, {"head"});
  const xmlNode* title = head ? FindFirst(head, {"title"}) : FindFirst(root, {"title"});
  if (!title) return "";
  std::string t;
  AppendText(title, &t, false);
  t = Collapse(t);
  for (std::string_view sep : {"_", " - ", "｜", "|", " — "}) {
    const size_t at = t.find(sep);
    if (at != std::string::npos && at > 0) t = t.substr(0, at);
  }
  return Collapse(t);
}

// The page's publication date as printed: a 发布时间/发布日期/日期/时间 label
// followed by a date, in the whole page's text (it sits in chrome, often);
// else a PubDate-like meta tag.
std::string DateLine(const xmlNode* root, const std::string& page_text) {
  for (std::string_view label : {"发布时间", "发布日期", "发稿时间", "日期", "时间"}) {
    for (size_t at = page_text.find(label); at != std::string::npos; at = page_text.find(label, at + 1)) {
      size_t i = at + label.size();
      while (i < page_text.size() && (page_text[i] == ' ' || page_text.compare(i, 3, "：") == 0 ||
                                      page_text[i] == ':')) {
        i += page_text[i] == ' ' || page_text[i] == ':' ? 1 : 3;
      }
      size_t e = i;
      while (e < page_text.size() && e - i < 40 && page_text[e] != '\n' && page_text[e] != '\t') ++e;
      const std::string_view rest = std::string_view(page_text).substr(i, e - i);
      if (rest.size() >= 8 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
          std::isdigit(static_cast<unsigned char>(rest[3]))) {
        size_t d = 0;  // the date itself: digits and - / . 年 月 日
        while (d < rest.size()) {
          if (std::isdigit(static_cast<unsigned char>(rest[d])) || rest[d] == '-' || rest[d] == '/' || rest[d] == '.') {
            ++d;
          } else if (rest.compare(d, 3, "年") == 0 || rest.compare(d, 3, "月") == 0 || rest.compare(d, 3, "日") == 0) {
            d += 3;
          } else {
            break;
          }
        }
        return "发布时间：" + std::string(rest.substr(0, d));
      }
    }
  }
  for (const xmlNode* head = FindFirst(root, {"head"}); head;) {
    for (const xmlNode* m = head->children; m; m = m->next) {
      if (!IsElement(m, {"meta"})) continue;
      const std::string key = Lower(Attribute(m, "name") + Attribute(m, "property"));
      if (key == "pubdate" || key == "publishdate" || key == "article:published_time" || key == "firstpublishedtime") {
        const std::string v = Attribute(m, "content");
        if (v.size() >= 8) return "发布时间：" + v.substr(0, 10);
      }
    }
    break;
  }
  return "";
}

// Lines of `text`, trimmed, blank ones dropped.
std::string TidyLines(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = Collapse(text.substr(start, end - start));
    if (!line.empty()) out += line + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string DeclaredCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, 8192));
  for (size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 1)) {
    size_t i = at + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    size_t e = i;
    while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) {
      ++e;
    }
    if (e > i) return head.substr(i, e - i);
  }
  return "";
}

Result<std::string> ReadHtmlText(std::string_view bytes, const std::string& name) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  std::string declared = DeclaredCharset(bytes);
  if (declared == "gb2312" || declared == "gbk" || declared == "x-gbk") declared = "gb18030";
  std::string utf8;
  size_t bad = 0;
  const bool has_bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" || bytes.substr(0, 2) == "\xFF\xFE" ||
                       bytes.substr(0, 2) == "\xFE\xFF";
  if (has_bom || declared.empty()) {
    // No declaration: detect as for text files (UTF-8, UTF-16 by BOM, GB18030).
    Result<DecodedText> decoded = DecodeBytes(bytes, name);
    if (!decoded.ok()) return decoded.status();
    utf8 = std::move(decoded->utf8);
  } else if (FirstInvalidUtf8(bytes) == bytes.size()) {
    utf8.assign(bytes);  // valid UTF-8: the page was saved as UTF-8 whatever its meta says
  } else if (declared == "utf-8" || declared == "utf8" || !ConvertStrict(bytes, declared, &utf8, &bad)) {
    if (declared == "utf-8" || declared == "utf8") bad = FirstInvalidUtf8(bytes);
    return Status::InvalidArgument(name + ": bytes do not match the page's charset '" + declared + "' (byte " +
                                   std::to_string(bad) + ")");
  }
  // The text is UTF-8 now: the parser must not switch by the old meta tag.
  const std::unique_ptr<xmlDoc, XmlDocFree> doc(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                         HTML_PARSE_IGNORE_ENC));
  if (!doc) return Status::InvalidArgument(name + ": not a readable web page");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return Status::InvalidArgument(name + ": no text in the page");
  std::string page_text;
  AppendText(root, &page_text, false);
  const xmlNode* article = nullptr;
  double score = 0;
  FindArticle(root, &article, &score);
  std::string body;
  if (article) AppendText(article, &body, true);
  body = TidyLines(body);
  const std::string title = TitleText(root);
  const std::string date = DateLine(root, page_text);
  std::string out;
  if (!title.empty() && body.compare(0, title.size(), title) != 0) out += title + "\n";
  if (!date.empty()) out += date + "\n";
  out += body;
  if (out.empty()) return Status::InvalidArgument(name + ": no text in the page");
  return out;
}

}  // namespace peercard
