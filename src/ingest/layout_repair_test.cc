// Layout repair on PDF-extracted (NFKC'd) report text: which hard wraps and stray spaces go, which breaks stay.
#include "ingest/layout_repair.h"

#include <catch2/catch.hpp>

#include <string>

namespace peercard {
namespace {

std::string WithoutWhitespace(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') out += c;
  }
  return out;
}

// The repaired text; checks on the way that only whitespace went and that the map still fits.
std::string Repair(std::string text) {
  const std::string before = text;
  OffsetMap map = OffsetMap::Identity(text.size());
  RepairLayout(&text, &map);
  INFO(before);
  CHECK(WithoutWhitespace(text) == WithoutWhitespace(before));
  CHECK(map.size() == text.size());
  CHECK(map.Lookup(text.size()) == before.size());
  CHECK(map.IsMonotone());
  return text;
}

TEST_CASE("rule 1: a hard-wrapped PDF paragraph becomes one line — its sentence end and the heading keep theirs",
          "[layout_repair]") {
  // A column about 20 characters wide, as pdftotext gives it (seed 004's layout), after NFKC.
  const std::string pdf =
      "  今年以来,市政协聚焦全市中心工作,组织\n"
      "委员围绕乡村振兴、生态保护等开展专题调\n"
      "研45次,形成调研报告12篇,提出意见建议\n"
      "86条。\n"
      "  一、协商议政提质增效\n"
      "  全年召开专题协商会8次。\n";
  CHECK(Repair(pdf) ==
        "  今年以来,市政协聚焦全市中心工作,组织委员围绕乡村振兴、生态保护等开展专题调研45次,形成调研报告12篇,"
        "提出意见建议86条。\n"
        "  一、协商议政提质增效\n"
        "  全年召开专题协商会8次。\n");
}

TEST_CASE("rule 1: a break inside a word or after ,、: goes, with the spaces and tabs around it", "[layout_repair]") {
  CHECK(Repair("下沉委员共参加基层协商活\n动120场。") == "下沉委员共参加基层协商活动120场。");
  CHECK(Repair("委员 \n\t履职") == "委员履职");
  CHECK(Repair("围绕乡村振兴,\n开展专题调研45次。") == "围绕乡村振兴,开展专题调研45次。");
  CHECK(Repair("重点围绕生态保护、\n基层治理建言") == "重点围绕生态保护、基层治理建言");
  CHECK(Repair("主要做法:\n搭建协商平台") == "主要做法:搭建协商平台");
  CHECK(Repair("满意率达98%\n以上") == "满意率达98%以上");
  // A closing mark with no sentence end before it does not end the line.
  CHECK(Repair("开展“协商在一线”\n活动20场。") == "开展“协商在一线”活动20场。");
}

TEST_CASE("rule 4: after 。！？； — or a closing mark right after one — the break stays", "[layout_repair]") {
  for (const std::string text :
       {"办理提案356件。\n全年开展视察20次。", "成效明显!\n委员积极履职。", "如何破题?\n市政协给出答案。",
        "提案356件;\n视察20次。", "他说:“要把协商搬到家门口。”\n委员们深受鼓舞。"}) {
    CHECK(Repair(text) == text);
  }
}

TEST_CASE("rule 1: list markers and speaker lines keep their own lines", "[layout_repair]") {
  for (const std::string marker : {"一、强化政治引领", "(一)专题协商", "(1)视察调研", "1、民主监督", "▲委员调研现场",
                                   "——记市政协委员张某", "【案例三】"}) {
    const std::string text = "今年重点抓好以下工作\n" + marker;
    CHECK(Repair(text) == text);
  }
  // A numbered heading with a note in brackets, commas and all, keeps its line.
  const std::string noted =
      "以下按地区摘录各地公开报道中的数字，每条注明所依据报道的时间和口径。\n"
      "三、云南·曲靖市麒麟区（2023年9月报道，截至发稿）\n"
      "区政协组织委员深入社区开展协商议事活动42场，推动解决问题37件。\n";
  CHECK(Repair(noted) == noted);
  // A case label (例一, 案例2：) opens a heading that keeps its line; 例如 opens none.
  const std::string cases =
      "例一 成都市武侯区(2022年12月5日报道)\n区政协开展小微协商150多场。\n"
      "案例2:泸州市泸县\n县政协解决问题161个。\n";
  CHECK(Repair(cases) ==
        "例一成都市武侯区(2022年12月5日报道)\n区政协开展小微协商150多场。\n案例2:泸州市泸县\n县政协解决问题161个。\n");
  CHECK(Repair("今年的工作\n例如社区议事会开展协商12场。") == "今年的工作例如社区议事会开展协商12场。");
  // "(张掖市政协党组书记、主席)": the break before it and the one after it stay.
  const std::string speaker = "张某\n(张掖市政协党组书记、主席)\n张掖市政协组织委员深入基层开展协商。";
  CHECK(Repair(speaker) == speaker);
}

TEST_CASE("rule 1: a short title keeps its line — a full caption in a wrapped column is joined", "[layout_repair]") {
  // One paragraph per line: the title is far shorter than the paragraph, so not full.
  const std::string title =
      "——张掖市政协2023年工作综述\n"
      "今年以来,张掖市政协坚持以习近平新时代中国特色社会主义思想为指导,围绕中心、服务大局,全年开展协商活动86场。\n";
  CHECK(Repair(title) == title);
  // Line lengths 18 and 9: full is 70% of 18 (13); the caption's 18 characters are full, cut by the page.
  CHECK(Repair("▲陇南市政协主席带队在两当县开展专题\n调研乡村振兴工作。") ==
        "▲陇南市政协主席带队在两当县开展专题调研乡村振兴工作。");
}

TEST_CASE("rule 1: in a text that indents its paragraphs, an indented line opens one", "[layout_repair]") {
  // A narrow PDF column (about 18 characters): the numbered heading is as wide as the body lines, so it is
  // full; the indent of the next line still says a paragraph starts there. Continuation lines are joined.
  const std::string pdf =
      "    一、玉门市：以乡镇委员工作站为依托\n"
      "    玉门市政协依托乡镇委员工作站（点）\n"
      "全市13个乡镇均已覆盖，全年开展协商活\n"
      "动40余场。\n"
      "    二、敦煌市：以“有事好商量”为品牌\n"
      "    敦煌市政协组织委员深入村组开展协商\n"
      "议事活动26次，解决问题31件。\n";
  CHECK(Repair(pdf) ==
        "    一、玉门市：以乡镇委员工作站为依托\n"
        "    玉门市政协依托乡镇委员工作站（点）全市13个乡镇均已覆盖，全年开展协商活动40余场。\n"
        "    二、敦煌市：以“有事好商量”为品牌\n"
        "    敦煌市政协组织委员深入村组开展协商议事活动26次，解决问题31件。\n");
  // Every line indented: the indent tells nothing, and the wrapped line is joined as before.
  CHECK(Repair("  玉门市政协组织委员深入村组开展协商\n  议事活动26次。") == "  玉门市政协组织委员深入村组开展协商议事活动26次。");
}

TEST_CASE("rule 1: between two digits only in a wrapped or long line", "[layout_repair]") {
  // 19 characters before the break: a wrapped column line.
  CHECK(Repair("全年共收到委员提案并立案办理各类问题8\n6件,办结率100%。") ==
        "全年共收到委员提案并立案办理各类问题86件,办结率100%。");
  // Short, but a break in it was removed already.
  CHECK(Repair("各类问\n题8\n6件") == "各类问题86件");
  // A column of years in a table stays apart.
  CHECK(Repair("2022\n2023\n") == "2022\n2023\n");
}

TEST_CASE("rule 2: a blank line inside running text goes — headings keep theirs", "[layout_repair]") {
  CHECK(Repair("今年以来,市政协坚持围绕中心、服务大局,组织委员深入基层开展\n\n调研视察活动45次,形成调研报告12篇。\n") ==
        "今年以来,市政协坚持围绕中心、服务大局,组织委员深入基层开展调研视察活动45次,形成调研报告12篇。\n");
  // A heading with no punctuation (rule 3 still takes the space inside it).
  CHECK(Repair("坚持正确政治方向 强化“同心”的政治属性\n\n市政协坚持把政治建设摆在首位,全年开展学习活动12次。") ==
        "坚持正确政治方向强化“同心”的政治属性\n\n市政协坚持把政治建设摆在首位,全年开展学习活动12次。");
  // A short heading with a comma.
  const std::string comma_heading = "抓学习,促发展\n\n市政协坚持把政治建设摆在首位,全年开展学习活动12次。";
  CHECK(Repair(comma_heading) == comma_heading);
  // Running text before, but the next line is a heading: no sentence punctuation, a blank line after it.
  const std::string next_heading =
      "今年以来,市政协坚持围绕中心、服务大局,组织委员深入基层开展调研视察\n\n提升协商质效\n\n全年召开专题协商会8次。";
  CHECK(Repair(next_heading) == next_heading);
  // Never between digits.
  const std::string digits = "今年以来,市政协坚持围绕中心、服务大局,全年共开展协商活动1\n\n20场。";
  CHECK(Repair(digits) == digits);
}

TEST_CASE("rule 3: spaces go beside Chinese, stay between Latin words and between digits", "[layout_repair]") {
  CHECK(Repair("坚持以 习近平新时代中国特色社会主义思想为指导") == "坚持以习近平新时代中国特色社会主义思想为指导");
  CHECK(Repair("首批 12 个委员工作室") == "首批12个委员工作室");
  CHECK(Repair("首批\t12个") == "首批12个");
  CHECK(Repair("委员 ,群众") == "委员,群众");
  CHECK(Repair("Microsoft Word 2016") == "Microsoft Word 2016");
  CHECK(Repair("2022 2023") == "2022 2023");
}

TEST_CASE("line ends: \\r\\n and a lone \\r become \\n", "[layout_repair]") {
  CHECK(Repair("协商议政。\r\n视察调研。\r\n") == "协商议政。\n视察调研。\n");
  CHECK(Repair("协商议政。\r视察调研。\r") == "协商议政。\n视察调研。\n");
  CHECK(Repair("协商议\r\n政") == "协商议政");
}

TEST_CASE("the offset map: each kept byte maps to where the old map sent it", "[layout_repair]") {
  std::string text = "全年共开展协商议政活\n动120场。";
  const std::string before = text;
  // An earlier stage's map: this text sat 100 bytes into its source.
  OffsetMap map;
  map.AppendInStep(100, text.size());
  map.Finish(100 + text.size());
  RepairLayout(&text, &map);
  REQUIRE(text == "全年共开展协商议政活动120场。");
  CHECK(map.Lookup(0) == 100);
  CHECK(map.Lookup(text.find("活")) == 100 + before.find("活"));
  CHECK(map.Lookup(text.find("动")) == 100 + before.find("动"));  // one byte on: past the removed \n
  CHECK(map.Lookup(text.find("120")) == 100 + before.find("120"));
  CHECK(map.Lookup(text.size()) == 100 + before.size());
}

TEST_CASE("invalid UTF-8 is copied through untouched", "[layout_repair]") {
  const std::string text = "协商\xFF议政\n\xFE活动。";
  const std::string out = Repair(text);
  CHECK(out.find("\xFF") == std::string("协商").size());
  CHECK(out.find("\xFE") != std::string::npos);
}

}  // namespace
}  // namespace peercard
