// The title a report is cited by, from the first lines of the layouts
// reports come in.
#include <catch2/catch.hpp>

#include "extract/document_title.h"

namespace peercard {
namespace {

TEST_CASE("a work report's title with its subtitle", "[document_title]") {
  CHECK(DocumentTitle("深耕基层协商 厚植为民情怀\n——华池县政协2023年工作综述\n\n一年来，县政协……\n") ==
        "深耕基层协商 厚植为民情怀——华池县政协2023年工作综述");
  CHECK(DocumentTitle("梁溪区政协：协商议事室开到每一个社区\n\n区政协推动议事室建设。\n") ==
        "梁溪区政协：协商议事室开到每一个社区");
}

TEST_CASE("menus, location lines, datelines and salutations are not titles", "[document_title]") {
  CHECK(DocumentTitle("首页 | 政协动态 | 协商议政 | 委员风采\n当前位置：首页 > 基层协商 > 正文\n"
                      "民生议事堂：把协商桌摆在群众家门口\n发布时间：2021-11-09 10:26　来源：海宁政协\n") ==
        "民生议事堂：把协商桌摆在群众家门口");
  CHECK(DocumentTitle("今日竹山　电子版　2020年11月13日　星期五\n本期导航　｜　往期回顾\n\n孝感市政协考察我县基层协商工作\n") ==
        "孝感市政协考察我县基层协商工作");
  // A date under the title is not a subtitle.
  CHECK(DocumentTitle("以“协商在基层”品牌答好履职为民卷\n（2024年1月）\n各位领导、同志们：\n") ==
        "以“协商在基层”品牌答好履职为民卷");
  CHECK(DocumentTitle("各位领导、同志们：\n现在，我代表县政协常委会作工作报告。\n").empty());
  CHECK(DocumentTitle("").empty());
}

}  // namespace
}  // namespace peercard
