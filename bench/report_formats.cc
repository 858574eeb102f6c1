#include "report_formats.h"

#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <zip.h>

#include <memory>

#include "base/utf8.h"
#include "draw/drawing.h"
#include "pdf/typefaces.h"
#include "pdf/pdf_sink.h"

namespace peercard {
namespace bench {

namespace {

std::string Trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Splits a UTF-8 paragraph into lines of at most `n` characters.
std::vector<std::string> Wrap(const std::string& para, int n) {
  std::vector<std::string> out;
  std::string line;
  int chars = 0;
  for (size_t i = 0; i < para.size();) {
    const size_t len = Utf8Length(static_cast<unsigned char>(para[i]));
    line += para.substr(i, len);
    i += len;
    if (++chars == n) {
      out.push_back(line);
      line.clear();
      chars = 0;
    }
  }
  if (!line.empty()) out.push_back(line);
  return out;
}

}  // namespace

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = Trim(text.substr(start, end - start));
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

Status WriteReportPdf(const std::string& text, const std::string& font_path, const std::string& path,
                      int chars_per_line, int lines_per_page) {
  auto font = FontSource::Open(font_path);
  if (!font.ok()) return font.status();
  const std::vector<std::string> paras = Paragraphs(text);
  if (paras.empty()) return Status::InvalidArgument("no text for " + path);
  constexpr double kWidth = 595.28, kHeight = 841.89, kLeft = 72, kTop = 90, kLeading = 17, kSize = 11;
  Drawing d(**font);
  int page = 0, line_on_page = lines_per_page;  // start a page at the first line
  const auto new_page = [&]() {
    d.BeginPage(kWidth, kHeight);
    ++page;
    if (page > 1) d.Text(kLeft, 50, paras.front(), {9, FontWeight::kRegular, 0.4});  // running header
    d.Text(kWidth / 2 - 20, kHeight - 40, "－ " + std::to_string(page) + " －", {9, FontWeight::kRegular, 0.4});
    line_on_page = 0;
  };
  for (const std::string& para : paras) {
    // A heading (no sentence punctuation, at most a line long) is printed
    // centred with a blank line after it, as reports set titles.
    const bool heading = static_cast<int>(CountChars(para)) <= chars_per_line && para.find("。") == std::string::npos &&
                         para.find("，") == std::string::npos && para.find("；") == std::string::npos;
    for (const std::string& line : Wrap(para, chars_per_line)) {
      if (line_on_page >= lines_per_page) new_page();
      const double indent = heading ? (chars_per_line - static_cast<int>(CountChars(line))) * kSize / 2 : 0;
      d.Text(kLeft + indent, kTop + kLeading * line_on_page, line, {kSize, FontWeight::kRegular, 0});
      ++line_on_page;
    }
    if (heading) line_on_page += 2;
    // A paragraph's end leaves the rest of its last line empty, as in print.
  }
  return WritePdf(d, Typefaces(**font), path);
}

Result<std::string> ReportDocx(const std::string& text) {
  std::string body;
  bool in_table = false;
  for (const std::string& para : Paragraphs(text)) {
    if (para.find('\t') != std::string::npos) {
      if (!in_table) body += "<w:tbl>";
      in_table = true;
      body += "<w:tr>";
      size_t start = 0;
      while (start <= para.size()) {
        size_t end = para.find('\t', start);
        if (end == std::string::npos) end = para.size();
        body += "<w:tc><w:p><w:r><w:t>" + XmlEscape(para.substr(start, end - start)) + "</w:t></w:r></w:p></w:tc>";
        start = end + 1;
      }
      body += "</w:tr>";
      continue;
    }
    if (in_table) body += "</w:tbl>";
    in_table = false;
    // Two runs per paragraph, as Word splits them at formatting changes.
    const size_t half = para.size() / 2;
    size_t cut = half;
    while (cut < para.size() && (static_cast<unsigned char>(para[cut]) & 0xC0) == 0x80) ++cut;
    body += "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">" +
            XmlEscape(para.substr(0, cut)) + "</w:t></w:r><w:r><w:t xml:space=\"preserve\">" +
            XmlEscape(para.substr(cut)) + "</w:t></w:r></w:p>";
  }
  if (in_table) body += "</w:tbl>";
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
      body + "<w:sectPr/></w:body></w:document>";
  const std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"word/document.xml\"/></Relationships>";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* z = out ? zip_open_from_source(out, ZIP_TRUNCATE, &error) : nullptr;
  if (!z) return Status::Internal("cannot make a zip in memory");
  zip_source_keep(out);
  for (const auto& [name, content] : {std::pair<const char*, const std::string*>{"[Content_Types].xml", &types},
                                      {"_rels/.rels", &rels},
                                      {"word/document.xml", &document}}) {
    zip_source_t* s = zip_source_buffer(z, content->data(), content->size(), 0);
    if (!s || zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(s);
      zip_discard(z);
      zip_source_free(out);
      return Status::Internal("cannot add to the zip");
    }
  }
  if (zip_close(z) != 0) {
    zip_source_free(out);
    return Status::Internal("cannot write the zip");
  }
  std::string bytes;
  zip_stat_t st;
  if (zip_source_stat(out, &st) == 0 && zip_source_open(out) == 0) {
    bytes.resize(st.size);
    zip_source_read(out, bytes.data(), st.size);
    zip_source_close(out);
  }
  zip_source_free(out);
  if (bytes.empty()) return Status::Internal("empty zip");
  return bytes;
}

Result<std::string> ReportHtml(const std::string& text, const std::string& date, const std::string& charset) {
  const std::vector<std::string> paras = Paragraphs(text);
  if (paras.empty()) return Status::InvalidArgument("no text");
  std::string html =
      "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset +
      "\">\n<title>" + XmlEscape(paras.front()) + "_政协新闻网</title>\n"
      "<style>body{font-family:SimSun} .nav li{display:inline}</style>\n"
      "<script>var _hmt = _hmt || []; document.write('<div>统计代码</div>');</script></head>\n<body>\n"
      "<div class=\"top\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/xw\">政协要闻</a></li>"
      "<li><a href=\"/lz\">履职动态</a></li><li><a href=\"/ta\">提案工作</a></li><li><a href=\"/wy\">委员风采</a></li></ul></div>\n"
      "<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/lz\">履职动态</a> &gt; 正文</div>\n"
      "<div class=\"main\"><div class=\"article\">\n<h1>" + XmlEscape(paras.front()) + "</h1>\n";
  if (!date.empty()) {
    html += "<div class=\"info\"><span>来源：政协办公室</span>　<span>发布时间：" + date +
            "</span>　<span>浏览次数：1024</span></div>\n";
  }
  html += "<div class=\"content\" id=\"zoom\">\n";
  for (size_t i = 1; i < paras.size(); ++i) {
    html += "<p style=\"text-indent:2em\">" + XmlEscape(paras[i]) + "</p>\n";
  }
  html += "</div></div>\n<div class=\"related\"><h3>相关新闻</h3><ul>"
          "<li><a href=\"/a1\">市政协召开党组会议 传达学习全会精神</a></li>"
          "<li><a href=\"/a2\">委员走进社区开展协商议事活动30场</a></li>"
          "<li><a href=\"/a3\">区政协召开十五届常委会第九次会议</a></li></ul></div></div>\n"
          "<div class=\"footer\">主办：政协办公室　地址：人民路1号　电话：0000-12345678　备案号：ICP备12345678号</div>\n"
          "</body></html>\n";
  if (charset == "utf-8") return html;
  UErrorCode status = U_ZERO_ERROR;
  std::string out(html.size() * 2 + 16, '\0');
  const int32_t n = ucnv_convert(charset.c_str(), "UTF-8", out.data(), static_cast<int32_t>(out.size()), html.data(),
                                 static_cast<int32_t>(html.size()), &status);
  if (U_FAILURE(status)) return Status::Internal("cannot encode the page as " + charset);
  out.resize(static_cast<size_t>(n));
  return out;
}

Result<std::string> TraditionalText(const std::string& text) {
  UErrorCode e = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, e));
  if (U_FAILURE(e)) return Status::Internal(std::string("Hans-Hant transform: ") + u_errorName(e));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  t->transliterate(u);
  // ICU's Hans-Hant writes 沉 (sink, 下沉) as 沈, which Traditional text keeps
  // for the surname; OpenCC and printed Traditional reports write 沉.
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x6C88)), icu::UnicodeString(static_cast<UChar32>(0x6C89)));
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace bench
}  // namespace peercard
