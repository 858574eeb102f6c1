// The period of a passage, from each signal real reports carry, on
// sentences written for these tests.
#include <catch2/catch.hpp>

#include "extract/period_finder.h"

namespace peercard {
namespace {

std::string PeriodOf(std::string_view heading, std::string_view body, DocumentDate date = {}, int file_year = 0,
                     std::string_view doc_title = "") {
  return FindPeriod({heading, doc_title, body, date, file_year}).period.ToString();
}

const DocumentDate kJan2025{2025, 1, "dateline: （2025年1月）"};
const DocumentDate kOct2020{2020, 10, "dateline: （2020年10月）"};

TEST_CASE("titles: a year, a range, a five-year term — a date line is not a period", "[period]") {
  CHECK(PeriodOf("——酒泉市政协2023年工作综述", "") == "2023");
  CHECK(PeriodOf("政协工作报告（2021—2025年）", "") == "2021-2025");
  CHECK(PeriodOf("——十三届某市政协五年工作综述（2012—2016）", "") == "2012-2016");
  CHECK(PeriodOf("——政协武威市委员会五年工作综述", "五年来……2020年……2021年分5组赴外考察") == "2017-2021");
  CHECK(PeriodOf("", "", {}, 0, "两地观察\n——2021年某地、某地政协推动协商向基层延伸观察\n") == "2021");
  // The date under a speech's title dates the document; 过去一年 then reads against it.
  CHECK(PeriodOf("——2025年1月7日在政协某区第十一届委员会第四次会议上", "过去一年，区政协……", kJan2025) == "2024");
}

TEST_CASE("a review heading in the body, not a plan", "[period]") {
  CHECK(PeriodOf("", "一、2024年工作回顾\n过去一年，……\n二、2025年工作安排\n今年，……") == "2024");
  CHECK(PeriodOf("", "二、2025年工作安排\n今年，区政协将……") == "unknown");
}

TEST_CASE("截至: a stock to a date, from a start year when one is printed", "[period]") {
  CHECK(PeriodOf("", "截至2024年1月，全区开展协商活动215场次。") == "2024");
  CHECK(PeriodOf("", "截至2024年年底，县政协开展各类协商议事活动90余次。") == "2024");
  CHECK(PeriodOf("", "2021年起，区政协搭建平台。\n截至2025年8月，全区累计开展协商议事活动39场。") == "2021-2025");
  CHECK(PeriodOf("", "截至目前，区政协共开展小微协商一百五十余场。", {2022, 12, "dateline"}) == "2022");
  CHECK(PeriodOf("", "截至目前，区政协共开展小微协商一百五十余场。") == "unknown");
}

TEST_CASE("an undated news item that opens with its event's date was written then", "[period]") {
  CHECK(PeriodOf("", "　　2022年7月14日，采访团走进区政协议事厅。\n　　截至目前，区政协已开展协商议事40余场。") == "2022");
  // A year alone, or a date inside the paragraph, dates no document: 截至目前 stays unknown.
  CHECK(PeriodOf("", "　　采访团走进议事厅。2022年7月14日，…\n　　截至目前，区政协已开展协商议事40余场。") == "unknown");
  // A printed date of the document wins.
  CHECK(PeriodOf("", "　　2022年7月14日，采访团走进议事厅。截至目前，已开展40余场。", {2023, 5, "dateline"}) == "2023");
}

TEST_CASE("a passage quoting a dated meeting or press report is dated by it", "[period]") {
  CHECK(PeriodOf("", "某区政协九届五次会议（2025年2月）上的常委会工作报告显示，过去一年，区政协开展活动60余次。") ==
        "2024");  // 过去一年 in a February report: the year before
  CHECK(PeriodOf("", "据《某政协报》2022年8月20日报道，截至发稿，县政协帮助群众解决问题约210件。") == "2022");
  // A paragraph that opens by citing the report retells it, even in a later document (a research note)…
  CHECK(PeriodOf("", "　　据《某报》2022年8月20日报道，截至发稿，共解决问题210件。", {2026, 1, "dateline"}) == "2022");
  // …while a report cited in passing leaves the document's own date to date the passage.
  CHECK(PeriodOf("", "截至目前，全县共解决问题210件，据《某报》2022年8月20日报道，首批…", {2023, 5, "dateline"}) == "2023");
}

TEST_CASE("a count to date runs from the start of what it counts", "[period]") {
  // From a pilot's or a launch's year printed in the passage.
  CHECK(PeriodOf("", "某县2019年被列为全省“协商在一线”试点县。从试点启动到2020年11月，县政协共开展活动一百二十多次。",
                 {2024, 12, "dateline"}) == "2019-2020");
  CHECK(PeriodOf("", "2019年，我县被确定为全省试点县。截至目前，共开展“协商在一线”活动120多次。",
                 {2020, 11, "dateline"}) == "2019-2020");
  CHECK(PeriodOf("", "从2021年到2023年，区政协共开展协商议事活动86场。") == "2021-2023");
  // 到 without 从 is no end date: "到2025年要建成" is a plan's year.
  CHECK(PeriodOf("", "2024年，全区开展协商活动80场，到2025年要实现全覆盖。") == "2024");
  // An indented paragraph opens with the pilot's year.
  CHECK(PeriodOf("", "  2019年，我县被确定为全省试点县。\n  截至目前，共开展活动120多次。", {2020, 11, "masthead"}) ==
        "2019-2020");
  // From the year the counted platform was built (自…以来打造), named in another paragraph.
  CHECK(PeriodOf("", "梁平区自2020年以来着力打造“有事来商量”议事平台。\n截至2024年6月，累计开展协商活动58场。") ==
        "2020-2024");
  // The committee's founding is no start of a count.
  CHECK(PeriodOf("", "县政协自1984年成立以来建立了委员联络制度。\n截至2024年6月，累计开展协商活动58场。") == "2024");
  // A launch with no count to date dates nothing beyond its own year.
  CHECK(PeriodOf("", "2023年启动试点，全年开展协商议事活动40场。", {2024, 1, "dateline"}) == "2023");
}

TEST_CASE("a start year — an opening year — the committee's history is not one", "[period]") {
  CHECK(PeriodOf("", "2023年以来，市、区两级政协委员解决了30件民生实事。") == "2023");
  CHECK(PeriodOf("", "2023年以来，委员解决了30件民生实事。", {2024, 6, "dateline"}) == "2023-2024");
  // Early in the next year, it reviews the year it names (as 去年以来 does).
  CHECK(PeriodOf("", "2023年以来，委员解决了30件民生实事。", {2024, 1, "dateline"}) == "2023");
  CHECK(PeriodOf("", "2022年以来，委员解决了30件民生实事。", {2024, 1, "dateline"}) == "2022-2023");
  CHECK(PeriodOf("", "二〇二四年，市、县两级政协依托平台开展协商。") == "2024");
  CHECK(PeriodOf("", "2022年，灵武市政协坚持……2023年6月召开") == "2022");
  CHECK(PeriodOf("", "今年是人民政协成立75周年，自1983年以来") == "unknown");
  // In a dated article a year opening a sentence inside a paragraph tells of
  // that year, not of the passage; one opening a paragraph still dates it.
  const DocumentDate dec2019{2019, 12, "dateline: （2019年12月2日）"};
  CHECK(PeriodOf("", "议事室里坐满了人。\n据统计，委员开展协商活动50多次。\n在市一级也是如此。2018年，市政协开展督查180场。", dec2019) ==
        "2019");
  CHECK(PeriodOf("", "议事室里坐满了人。\n　　2018年，区政协开展协商活动40场。", dec2019) == "2018");
}

TEST_CASE("relative words against the document's date", "[period]") {
  CHECK(PeriodOf("", "今年以来，各县区政协开展协商活动158次。", kOct2020) == "2020");
  CHECK(PeriodOf("", "一年来，市政协坚持……", kOct2020) == "2020");
  // 过去一年, 一年来 and 全年 in a report given in January–March review the year before.
  CHECK(PeriodOf("", "过去一年的履职成效：全年开展39场协商。", kJan2025) == "2024");
  CHECK(PeriodOf("", "一年来，市政协坚持……", kJan2025) == "2024");
  CHECK(PeriodOf("", "去年，县政协开展协商20场。", kOct2020) == "2019");
  // A dated article with no other signal reports its own year.
  CHECK(PeriodOf("", "7月6日上午，县政协到社区开展活动。", {2022, 7, "dateline"}) == "2022");
  CHECK(PeriodOf("", "一年来，市政协坚持……", {2024, 0, "今年是人民政协成立75周年"}) == "2024");
}

TEST_CASE("the file name's year, last — else unknown", "[period]") {
  CHECK(PeriodOf("", "县政协开展协商活动20场。", {}, 2023) == "2023");
  CHECK(PeriodOf("", "县政协开展协商活动20场。", kOct2020, 2023) == "2020");
  CHECK(PeriodOf("", "县政协开展协商活动20场。") == "unknown");
  // With no date printed, a count to date or a start runs to the file's year.
  CHECK(PeriodOf("", "截至目前，委员们开展协商活动50多次。", {}, 2019) == "2019");
  CHECK(PeriodOf("", "2017年以来，委员们开展协商活动50多次。", {}, 2019) == "2017-2019");
  CHECK(PeriodOf("", "截至目前，委员们开展协商活动50多次。") == "unknown");
}

TEST_CASE("a sentence that opens with its own year states its figures' period", "[period]") {
  const auto stated = [](std::string_view sentence, int until_year = 0) {
    const size_t number = sentence.find("1332");
    const size_t clause = sentence.rfind("，", number) + std::string_view("，").size();
    return StatedPeriod(sentence, 0, clause, until_year).period.ToString();
  };
  CHECK(stated("2023年，全市共有2135名委员，参与各类协商活动1332次。") == "2023");
  CHECK(stated("市政协的统计显示，2023年，全市委员参与各类协商活动1332次。") == "2023");
  CHECK(stated("  二〇二三年，全市参与各类协商活动1332次。") == "2023");
  CHECK(stated("截至2024年9月，全市参与各类协商活动1332次。") == "2024");
  CHECK(stated("2022年9月，区政协启动行动，1332名委员下沉乡镇。") == "2022");
  CHECK(stated("二〇二三年的数据最能说明问题，全市参与各类协商活动1332次。") == "2023");  // the year qualifies the subject
  // Relative to the document's date: each sentence its own.
  const DocumentDate may2024{2024, 5, "masthead"}, jan2024{2024, 1, "dateline"};
  const auto relative = [](std::string_view sentence, const DocumentDate& d) {
    const size_t number = sentence.find("1332");
    const size_t clause = sentence.rfind("，", number) + std::string_view("，").size();
    return StatedPeriod(sentence, 0, clause, 0, d).period.ToString();
  };
  CHECK(relative("全市委员去年全年参与各类协商活动，共1332次。", may2024) == "unknown");  // not at a clause's start
  CHECK(relative("去年全年，全市委员参与各类协商活动1332次。", may2024) == "2023");
  CHECK(relative("目前，全区1332名政协委员已全部下沉到联络组。", may2024) == "2024");
  CHECK(relative("去年以来，全区委员参与各类协商活动1332次。", jan2024) == "2023");
  CHECK(relative("去年以来，全区委员参与各类协商活动1332次。", may2024) == "2023-2024");
  CHECK(relative("今年以来，全区委员参与各类协商活动1332次。", may2024) == "2024");
  CHECK(relative("去年全年，全市委员参与各类协商活动1332次。", {}) == "unknown");  // no date: never guessed
  // 过去一年 early in a year, also after a lead that reports it (报告回顾…).
  CHECK(relative("过去一年，全区委员参与各类协商活动1332次。", jan2024) == "2023");
  CHECK(relative("报告回顾过去一年:全区委员参与各类协商活动，共1332次。", jan2024) == "2023");
  CHECK(relative("过去一年，全区委员参与各类协商活动1332次。", may2024) == "unknown");  // twelve months to date
  // A start that runs to date runs to the passage's year.
  CHECK(stated("自2019年4月首场议事会召开以来，市政协已开展活动1332场。", 2021) == "2019-2021");
  CHECK(stated("2019年以来，市政协已开展活动1332场。", 2021) == "2019-2021");
  CHECK(stated("自2019年4月首场议事会召开以来，市政协已开展活动1332场。") == "2019");
  CHECK(stated("自2019年4月首场议事会召开，市政协已开展活动1332场。", 2021) == "unknown");
  // A year inside a clause is not the sentence's period (it rejects the number instead).
  CHECK(stated("区政协2014年2月创办议事会，共举办协商活动1332次。") == "unknown");
  CHECK(stated("全市参与各类协商活动1332次。") == "unknown");
}

TEST_CASE("a passage opening with its event's day that looks back is dated by the event", "[period]") {
  const DocumentDate mar2025{2025, 3, "dateline"};
  CHECK(PeriodOf("", "2025年2月17日，区政协九届五次会议开幕。报告回顾过去一年：区政协开展协商活动60余次。", mar2025) ==
        "2024");
  CHECK(PeriodOf("", "2024年12月19日，区政协召开会议。去年，区政协开展协商活动60余次。", mar2025) == "2023");
  // With no word that looks back, the event's year, as before.
  CHECK(PeriodOf("", "2025年2月17日，区政协开展协商活动6次。", mar2025) == "2025");
}

TEST_CASE("a five-year term counted back from a date, a plan's years printed", "[period]") {
  const DocumentDate jan2026{2026, 1, "dateline: （2026年1月26日）"};
  CHECK(PeriodOf("", "五年来，州政协围绕生态保护开展协商。", jan2026) == "2021-2025");
  // Since a plan began: from its first year, to date.
  CHECK(PeriodOf("", "“十四五”以来，区政协累计开展协商议事活动39场。截至2025年8月，建成站点19个。", {}) == "2021-2025");
  CHECK(PeriodOf("", "“十四五”以来，区政协累计开展协商议事活动39场。", {2024, 6, "dateline"}) == "2021-2024");
  CHECK(PeriodOf("", "五年来，州政协围绕生态保护开展协商。", {2025, 9, "dateline"}) == "2021-2025");
  CHECK(PeriodOf("", "“十四五”时期，州政协围绕生态保护开展协商。五年来，州政协…", jan2026) == "2021-2025");
  // A plan that starts after the document is ahead of it, not its period.
  CHECK(PeriodOf("", "五年来，市政协围绕中心建言。“十四五”时期，要再接再厉。", {2020, 12, "dateline"}) == "2016-2020");
}

TEST_CASE("a five-year plan names its years", "[period]") {
  CHECK(PeriodOf("", "“十四五”时期，州政协围绕生态保护开展协商。") == "2021-2025");
  CHECK(PeriodOf("", "十三五期间，市政协累计开展协商活动。") == "2016-2020");
  CHECK(PeriodOf("", "谋划“十五五”规划的重点任务。") == "unknown");
}

TEST_CASE("ranges with months, years opening sentences, issue numbers", "[period]") {
  CHECK(PeriodOf("二、北京市海淀区（2020年7月—2022年7月）", "") == "2020-2022");
  CHECK(PeriodOf("", "成效看得见。二〇二三年，全市政协系统开展活动。") == "2023");
  CHECK(PeriodOf("", "【概况】 2019年，区政协紧扣中心工作。") == "2019");
  // A paragraph opening with the date of an event: the event's year.
  CHECK(PeriodOf("", "2021年3月18日，玉门市政协召开委员联络组成立会，将全市150名委员编入联络组。") == "2021");
  CHECK(PeriodOf("", "", {2024, 12, "dateline"}, 0, "市县政协工作经验摘编\n（2024年第6期　2024年12月）\n") == "2024");
  CHECK(PeriodOf("", "协商活动。", {}, 0, "工作经验摘编（2024年第6期）\n") == "unknown");
}

TEST_CASE("a clause of time alone, as a sentence opens with before its subject", "[period]") {
  for (const char* clause : {"2023年", "2022年9月", "过去一年", "去年", "今年以来", "近年来", "五年来", "2021年以来",
                             "自2020年3月首次举办“请你来协商”以来", "截至2024年9月", "从2019年起", "2023年上半年", "同年", "全年", "前三季度"}) {
    INFO(clause);
    CHECK(IsTimeClause(clause));
  }
  // A subject, an action, a place, or a committee's history are no time clause.
  for (const char* clause : {"市政协", "全年共开展协商活动", "在敦煌市", "自1985年政协酒泉市委员会成立以来", "",
                             "2023年全市开展协商议事活动86场", "今年政协工作"}) {
    INFO(clause);
    CHECK_FALSE(IsTimeClause(clause));
  }
}

}  // namespace
}  // namespace peercard
