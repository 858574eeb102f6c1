// The date a document was written, from the lines real material prints it on.
#include <catch2/catch.hpp>

#include "extract/document_date.h"

namespace peercard {
namespace {

TEST_CASE("dates in the forms reports print them", "[document_date]") {
  PrintedDate d = DateAt("2024年1月20日", 0);
  CHECK(d.year == 2024);
  CHECK(d.month == 1);
  CHECK(d.day == 20);
  CHECK(d.length == std::string("2024年1月20日").size());
  d = DateAt("二〇二二年十二月五日", 0);
  CHECK(d.year == 2022);
  CHECK(d.month == 12);
  CHECK(d.day == 5);
  d = DateAt("二〇二五年一月", 0);
  CHECK(d.year == 2025);
  CHECK(d.month == 1);
  CHECK(d.day == 0);
  d = DateAt("2023-11-02 10:20", 0);
  CHECK(d.year == 2023);
  CHECK(d.month == 11);
  CHECK(d.day == 2);
  CHECK(DateAt("2023年", 0).month == 0);
  CHECK(DateAt("12023年", 1).year == 0);  // inside a longer number
  CHECK(DateAt("2023年二十九月", 0).month == 0);
  size_t len = 0;
  CHECK(YearAt("二〇二四年", 0, &len) == 2024);
  CHECK(len == std::string("二〇二四年").size());
}

TEST_CASE("the document's date from datelines, bylines, publication and speech lines", "[document_date]") {
  // A bulletin's issue line: its compiler, then the date at the line's end.
  DocumentDate issue = FindDocumentDate("政协工作信息\n（基层协商专辑）\n山东省政协办公厅编        2023年9月\n正文。\n");
  CHECK(issue.year == 2023);
  CHECK(issue.month == 9);
  CHECK(issue.evidence.find("issue line") == 0);
  CHECK(FindDocumentDate("政协工作信息\n山东省政协办公厅编2023年9月\n正文。\n").month == 9);  // joined by layout repair
  CHECK_FALSE(FindDocumentDate("协商工作\n全市开展协商活动 2023年9月，委员参加。\n").known());  // a sentence
  DocumentDate d = FindDocumentDate("县里的协商\n（本报记者综述 2024年1月20日）\n\n正文。\n");
  CHECK(d.year == 2024);
  CHECK(d.month == 1);
  CHECK(d.evidence.find("dateline") == 0);
  d = FindDocumentDate("首页 > 政协动态\n发布时间：2023-11-02 10:20  来源：某县政协\n正文。\n");
  CHECK(d.year == 2023);
  CHECK(d.month == 11);
  d = FindDocumentDate("常务委员会工作报告\n——2025年1月7日在政协某区第十一届委员会第四次会议上\n各位委员：\n");
  CHECK(d.year == 2025);
  CHECK(d.month == 1);
  d = FindDocumentDate("讲话\n同志们：\n今天我们在这里开会。\n谢谢大家。\n二〇二三年十二月五日\n");
  CHECK(d.year == 2023);
  CHECK(d.month == 12);
  // A date inside a sentence of the body is an event, not the document's date.
  CHECK(!FindDocumentDate("标题\n2022年7月6日上午，县政协到社区开展活动。\n").known());
  d = FindDocumentDate("今年是人民政协成立75周年，也是重要的一年。");
  CHECK(d.year == 2024);
  CHECK(d.month == 0);
  CHECK(!FindDocumentDate("庆祝新中国成立70周年系列活动").known());
  // A bracketed masthead that PDF extraction split at its wide spaces.
  d = FindDocumentDate("市县政协工作经验摘编\n\n(2024年第6期\n\n省政协办公厅编\n\n2024年12月)\n\n正文。\n");
  CHECK(d.year == 2024);
  CHECK(d.month == 12);
}

TEST_CASE("the year in a file name", "[document_date]") {
  CHECK(FileNameYear("2023_武威.txt") == 2023);
  CHECK(FileNameYear("wuwei-2023.txt") == 2023);
  CHECK(FileNameYear("reports/2022/wuwei.txt") == 2022);
  CHECK(FileNameYear("08.gb18030.txt") == 0);
  CHECK(FileNameYear("12345.txt") == 0);
  CHECK(FileNameYear("report.txt") == 0);
}

}  // namespace
}  // namespace peercard
