// Joining a PDF's pages without what the printer put on every page.
#include <catch2/catch.hpp>

#include "ingest/page_furniture.h"

namespace peercard {
namespace {

TEST_CASE("page-number lines in the forms reports print them", "[ingest][pdf]") {
  for (const char* line : {"3", " － 3 － ", "- 12 -", "— 7 —", "第3页", "第 3 页", "第3页 共12页", "共12页 第3页", "3/12",
                           "Page 4"}) {
    INFO(line);
    CHECK(IsPageNumberLine(line));
  }
  for (const char* line : {"2024年", "第三章", "全年开展协商活动45场", "第3期", "12345", "一、基本情况", ""}) {
    INFO(line);
    CHECK_FALSE(IsPageNumberLine(line));
  }
}

TEST_CASE("running headers and page numbers go, the title stays once, the body stays whole", "[ingest][pdf]") {
  const std::vector<std::string> pages = {
      "荣昌区政协2023年工作报告\n一年来，区政协开展协商活动\n45场，解决问题120件。\n－ 1 －\n",
      "荣昌区政协2023年工作报告\n委员下沉基层\n300人次。\n－ 2 －\n",
      "荣昌区政协2023年工作报告\n全年共收到提案\n210件。\n－ 3 －\n"};
  std::vector<uint32_t> starts;
  const std::string text = JoinPages(pages, &starts);
  CHECK(text ==
        "荣昌区政协2023年工作报告\n一年来，区政协开展协商活动\n45场，解决问题120件。\n"
        "委员下沉基层\n300人次。\n全年共收到提案\n210件。\n");
  REQUIRE(starts.size() == 3);
  CHECK(starts[0] == 0);
  CHECK(text.substr(starts[1]).rfind("委员下沉基层", 0) == 0);
  CHECK(text.substr(starts[2]).rfind("全年共收到提案", 0) == 0);
}

TEST_CASE("a line printed on only one page is not furniture", "[ingest][pdf]") {
  const std::vector<std::string> pages = {"标题\n正文第一页。\n", "正文第二页。\n小结\n", "正文第三页。\n附件\n"};
  std::vector<uint32_t> starts;
  CHECK(JoinPages(pages, &starts) == "标题\n正文第一页。\n正文第二页。\n小结\n正文第三页。\n附件\n");
}

}  // namespace
}  // namespace peercard
