// Web pages as browsers save them: the article, its title and date, nothing
// of the site around it; charsets as declared, and bytes that betray them.
#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

#include "ingest/html_reader.h"
#include "ingest/ingest.h"

namespace peercard {
namespace {

const char kPage[] =
    "<html><head><meta charset=\"CHARSET\"><title>县政协开展“协商在一线”活动_某某县人民政府网</title>"
    "<script>var a = '全年开展协商活动999场';</script><style>p{color:red}</style></head><body>"
    "<div id=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">政协动态</a> <a href=\"/b\">通知公告</a></div>"
    "<div class=\"crumbs\">当前位置：首页 &gt; 政协动态</div>"
    "<div class=\"wrap\"><div class=\"left\"><h1>县政协开展“协商在一线”活动</h1>"
    "<div class=\"source\">来源：县政协办公室　发布时间：2024-01-20 09:30　阅读：88</div>"
    "<div class=\"TRS_Editor\"><p>2023年，县政协组织委员下沉一线，全年开展协商活动45场。</p>"
    "<p>围绕群众关心的问题，推动解决问题120件，委员<b>下沉</b>基层300人次。</p>"
    "<p>下一步，县政协将继续深化基层协商。</p></div></div>"
    "<div class=\"right\"><h3>相关阅读</h3><ul><li><a href=\"/1\">市政协召开协商会议30场</a></li>"
    "<li><a href=\"/2\">某地政协委员履职纪实</a></li></ul></div></div>"
    "<div class=\"footer\">版权所有：某某县人民政府　备案号：12345号</div></body></html>";

std::string Page(const std::string& charset) {
  std::string s = kPage;
  s.replace(s.find("CHARSET"), 7, charset);
  return s;
}

std::string Gbk(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2, '\0');
  const int32_t n = ucnv_convert("gb18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

TEST_CASE("a saved page gives its title, its date line and its article, not the site", "[ingest][html]") {
  const auto text = ReadHtmlText(Page("utf-8"), "p.html");
  REQUIRE(text.ok());
  CHECK(*text ==
        "县政协开展“协商在一线”活动\n"
        "发布时间：2024-01-20\n"
        "2023年，县政协组织委员下沉一线，全年开展协商活动45场。\n"
        "围绕群众关心的问题，推动解决问题120件，委员下沉基层300人次。\n"
        "下一步，县政协将继续深化基层协商。\n");
}

TEST_CASE("a GBK page is read by its meta charset; bytes that match no charset are an error", "[ingest][html]") {
  CHECK(DeclaredCharset(Page("gbk")) == "gbk");
  CHECK(DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">") == "gb2312");
  const auto gbk = ReadHtmlText(Gbk(Page("gbk")), "p.html");
  REQUIRE(gbk.ok());
  CHECK(gbk->find("全年开展协商活动45场") != std::string::npos);
  // Saved as UTF-8 by the browser, the old meta kept: read as UTF-8.
  const auto resaved = ReadHtmlText(Page("gb2312"), "p.html");
  REQUIRE(resaved.ok());
  CHECK(resaved->find("全年开展协商活动45场") != std::string::npos);
  // GBK bytes under a UTF-8 declaration.
  const auto wrong = ReadHtmlText(Gbk(Page("utf-8")), "bad.html");
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.status().message().find("bad.html: bytes do not match the page's charset 'utf-8'") == 0);
}

TEST_CASE("a web page ingested keeps its date line for the period and is not line-repaired", "[ingest][html]") {
  const auto doc = IngestFormatBytes(Page("utf-8"), SourceFormat::kHtml, "p.html");
  REQUIRE(doc.ok());
  CHECK(doc->format == SourceFormat::kHtml);
  CHECK(doc->text.find("发布时间:2024-01-20\n") != std::string::npos);  // NFKC: the colon folds
  CHECK(doc->PageOf(10) == 0);
  CHECK(doc->LineOf(doc->original.find("围绕")) == 4);
  const auto empty = IngestFormatBytes("<html><body><div id=\"nav\"><a>首页</a></div></body></html>",
                                       SourceFormat::kHtml, "e.html");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message().find("e.html: no text") == 0);
}

}  // namespace
}  // namespace peercard
