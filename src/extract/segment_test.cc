// Attributing passages to reporting places, and finding their periods, on
// documents written in the layouts real reports come in.
#include <catch2/catch.hpp>

#include <map>

#include "model/catalogue.h"
#include "extract/segment.h"

namespace peercard {
namespace {

const Gazetteer& Places() {
  static const Gazetteer g = [] {
    auto loaded = LoadCatalogue(std::string(PEERCARD_SOURCE_DIR) + "/metrics", "");
    REQUIRE(loaded.ok());
    return Gazetteer(loaded->places);
  }();
  return g;
}

std::vector<Section> Segment(const std::string& text, const DocumentHints& hints = {}) {
  auto doc = IngestBytes(text, "t.txt");
  REQUIRE(doc.ok());
  std::string note;
  auto sections = SegmentDocument(*doc, Places(), hints, &note);
  REQUIRE(sections.ok());
  return *sections;
}

// The sections by place code, for tests that do not pin their order.
std::map<std::string, const Section*> ByCode(const std::vector<Section>& sections) {
  std::map<std::string, const Section*> out;
  for (const Section& s : sections) out[s.code] = &s;
  return out;
}

std::string SectionText(const std::string& text, const Section& s) {
  auto doc = IngestBytes(text, "t.txt");
  std::string out;
  for (const auto& [b, e] : s.ranges) out += doc->text.substr(b, e - b) + "|";
  return out;
}

TEST_CASE("speaker lines split a file of speeches — a town mentioned is not a place", "[segment]") {
  const std::string text =
      "全省市县政协工作座谈会发言摘登\n"
      "夯实基础 提升质效\n张某\n（张掖市政协党组书记、主席）\n"
      "张掖市政协组织委员深入甘州区各乡镇开展协商议事活动。\n"
      "聚焦短板 持续发力\n李某\n（平凉市政协党组书记、主席）\n"
      "平凉市政协会同张掖市政协开展联动协商。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gs-zhangye");
  CHECK(sections[0].reason.rfind("speaker line at line 4", 0) == 0);
  CHECK(sections[1].code == "gs-pingliang");
  // The neighbour's committee named mid-sentence stays in Pingliang's passage.
  CHECK(SectionText(text, sections[1]).find("会同张掖市政协") != std::string::npos);
  CHECK(SectionText(text, sections[0]).find("夯实基础") != std::string::npos);
}

TEST_CASE("titles moved to the end of the file: the opening goes to the place it names", "[segment]") {
  const std::string text =
      "今年是人民政协成立75周年。自1985年政协张掖市委员会成立以来，张掖市政协始终在市委领导下履职。\n"
      "一是协商有力。张掖各地开展协商议事活动300余场。\n"
      "回望来路，初心如磐。平凉市政协坚持党的全面领导，全市开展协商活动210场。\n"
      "——政协张掖市委员会工作综述\n"
      "——政协平凉市委员会工作综述\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gs-pingliang");  // the first anchor: a sentence's subject
  CHECK(sections[1].code == "gs-zhangye");
  CHECK(SectionText(text, sections[1]).find("300余场") != std::string::npos);
  CHECK(SectionText(text, sections[0]).find("210场") != std::string::npos);
  CHECK(SectionText(text, sections[0]).find("300余场") == std::string::npos);
  // 今年是人民政协成立75周年 dates the report.
  CHECK(sections[0].period.period.ToString() == "2024");
  CHECK(sections[1].period.period.ToString() == "2024");
}

TEST_CASE("a committee in no table is reported with a code from its name", "[segment]") {
  // 青檀区 is a made-up district: the national table has every real one.
  const auto sections = Segment("（青檀区政协党组书记、主席）\n青檀区政协开展协商活动45场。\n");
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].unlisted);
  CHECK(sections[0].name_zh == "青檀区");
  CHECK(sections[0].code == "x-qingtanqu");
}

TEST_CASE("generic words before 政协 are not places", "[segment]") {
  const auto sections = Segment("市县政协工作座谈会发言摘登\n（酒泉市政协主席）\n全市开展协商活动10场。\n");
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "gs-jiuquan");
}

TEST_CASE("the manifest's city wins", "[segment]") {
  DocumentHints hints;
  hints.city = "酒泉市";
  hints.year = 2022;
  hints.years = 1;
  const auto sections = Segment("——张掖市政协2023年工作综述\n开展协商活动10场。\n", hints);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "gs-jiuquan");
  CHECK(sections[0].period.period.ToString() == "2022");
  CHECK(sections[0].period.reason == "manifest.csv");
}

TEST_CASE("headings of compilations: markers, enumerators, labels, parents, notes", "[segment]") {
  const auto sections = Segment(
      "基层协商工作动态（摘编）\n"
      "◎酒泉市（2022年12月）\n酒泉市各级政协把“微型协商会”开到街边议事亭和村头巷尾，围绕停车、加装电梯等小事开展协商。\n"
      "二、甘肃省张掖市：委员下沉（2023年）\n张掖市政协组织三级委员编组下沉到乡镇（街道）联络组，每名委员联系一个村（社区）。\n"
      "【案例三】武威市：院坝协商\n武威市的委员把协商桌摆进农家院坝，村民、部门负责人和委员围坐一圈商量修路的事。\n"
      "【金昌市（2021年）】\n金昌市政协在全市乡镇（街道）设立委员工作联络站，推动委员常态化联系界别群众。\n");
  REQUIRE(sections.size() == 4);
  CHECK(sections[0].code == "gs-jiuquan");
  CHECK(sections[1].code == "gs-zhangye");
  CHECK(sections[1].period.period.ToString() == "2023");
  CHECK(sections[2].code == "gs-wuwei");
  CHECK(sections[3].code == "gs-jinchang");
  CHECK(sections[3].period.period.ToString() == "2021");
}

TEST_CASE("a heading naming a committee, a title naming a place its text calls 市政协", "[segment]") {
  const auto headed = Segment(
      "两地市政协晒出履职成绩单\n（2026年1月26日）\n\n两地政协负责同志介绍了履职情况。\n"
      "【海北藏族自治州政协】\n州政协围绕生态保护开展协商。\n"
      "【海东市政协】\n海东市政协构建四级协商平台体系。\n");
  REQUIRE(headed.size() == 2);
  CHECK(headed[0].code == "qh-haibei");
  CHECK(headed[1].code == "qh-haidong");
  // The short name opens the title's second line; the body says 市政协.
  const auto titled = Segment(
      "协商在田头　乡村有奔头\n——襄阳推进“一线协商”观察\n（2024年4月25日）\n\n"
      "近两年，襄阳持续推进协商行动。市政协提供的数据显示，委员下沉到镇村一线。\n");
  REQUIRE(titled.size() == 1);
  CHECK(titled[0].code == "hb-xiangyang");
  // A word that is also a short name (同心 of 同心县) opening a title is no
  // place when the document names a committee.
  const auto word = Segment("同心共筑新征程\n——华池县政协2023年工作综述\n\n一年来，县政协围绕中心开展协商。\n");
  REQUIRE(word.size() == 1);
  CHECK(word[0].code == "gs-huachi");
  // Without a committee spoken of by that level, a title's opening name is not a place.
  CHECK(Segment("——襄阳推进“一线协商”观察\n（2024年4月25日）\n\n近两年，樊城区政协持续推进协商行动。\n").front().code ==
        "hb-fancheng");
}

TEST_CASE("a local paper's 我县 is its masthead's place, not the visiting committee's", "[segment]") {
  const std::string story =
      "今日竹山　2020年11月13日　第2版\n\n孝感市政协考察我县基层协商工作\n\n"
      "11月10日，孝感市政协负责同志率考察团来我县考察。\n"
      "县政协围绕基层治理开展协商，截至目前，开展“协商在一线”活动120多次。\n"
      "考察团对做法给予肯定。\n\n版权所有：竹山县融媒体中心\n";
  const auto sections = Segment(story);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "hb-xiaogan");
  CHECK(sections[1].code == "hb-zhushan");
  CHECK(SectionText(story, sections[1]).find("开展“协商在一线”活动120多次") != std::string::npos);
  CHECK(SectionText(story, sections[0]).find("120多次") == std::string::npos);
  // With no 我县 the visitor's report stays the visitor's.
  const auto plain = Segment("孝感市政协考察基层协商工作\n\n孝感市政协负责同志率考察团考察。\n\n版权所有：竹山县融媒体中心\n");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].code == "hb-xiaogan");
}

TEST_CASE("以X为例: the rest of the paragraph is the example's, read as its own", "[segment]") {
  // (Sections view the repaired, NFKC text: "，" reads ",".)
  const std::string report =
      "宜春市政协推进基层协商工作情况汇报\n（2024年5月）\n\n"
      "全市共有2135名市县两级政协委员参与各类协商活动。\n"
      "以袁州区为例，目前全区346名政协委员下沉到33个政协工作联络组。\n"
      "下一步，市政协将继续推动协商向基层延伸。\n";
  const auto sections = Segment(report);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "jx-yichun");
  CHECK(sections[1].code == "jx-yuanzhou");
  CHECK(SectionText(report, sections[1]) == ",目前全区346名政协委员下沉到33个政协工作联络组。|");
  CHECK(SectionText(report, sections[0]).find("346名") == std::string::npos);
  CHECK(SectionText(report, sections[0]).find("以袁州区为例") != std::string::npos);
}

TEST_CASE("a compilation's preface that names none of its places is nobody's", "[segment]") {
  const std::string note =
      "县级实践两例（研究笔记）\n（2022年12月）\n\n"
      "背景：2019年，省政协在全省16个县级政协启动试点，试点县政协开展协商200余次。\n\n"
      "例一　成都市武侯区（2022年12月5日报道）\n截至目前，区政协开展小微协商150多场。\n\n"
      "例二　泸州市泸县（2022年5月报道）\n县政协就机场发展召开协商会。\n";
  const auto sections = Segment(note);
  REQUIRE(sections.size() == 2);
  const auto by = ByCode(sections);
  REQUIRE(by.count("sc-wuhou") == 1);
  REQUIRE(by.count("sc-luxian") == 1);
  CHECK(SectionText(note, *by.at("sc-wuhou")).find("150多场") != std::string::npos);
  for (const Section& s : sections) CHECK(SectionText(note, s).find("200余次") == std::string::npos);
  CHECK(by.at("sc-wuhou")->period.period.ToString() == "2022");
}

TEST_CASE("a speech naming no committee is its city's when it names that city and places within it", "[segment]") {
  const auto speech = Segment(
      "在全市委员工作站建设推进会上的讲话\n（2021年9月）\n市政协负责同志\n\n同志们：\n"
      "今年以来，城中、鱼峰两区率先建成委员工作站，各县区开展协商活动90次。\n"
      "让我们把柳州的工作站建设得更好。\n");
  REQUIRE(speech.size() == 1);
  CHECK(speech[0].code == "gx-liuzhou");
  // A city named once in passing, with nothing within it, is not the speaker's.
  std::string note;
  auto doc = IngestBytes(
      "在全市委员工作站建设推进会上的讲话\n市政协负责同志\n\n同志们：\n各县区开展协商活动90次。我们去杭州学习了经验。\n",
      "t.txt");
  REQUIRE(doc.ok());
  auto none = SegmentDocument(*doc, Places(), {}, &note);
  REQUIRE(none.ok());
  CHECK(none->empty());
}

TEST_CASE("在X，: a paragraph set in a place within the passage's is that place's", "[segment]") {
  const std::string report =
      "成都市政协赴各区调研基层协商工作\n（2024年6月）\n\n"
      "市政协调研组一行先后走访了三个区。\n"
      "在武侯区，调研组察看了社区议事厅。全区今年已开展协商活动45场。\n"
      "调研组认为，各区做法值得推广。在青羊区的做法也很有特色。\n";
  const auto sections = Segment(report);
  REQUIRE(sections.size() == 2);
  const auto by = ByCode(sections);
  REQUIRE(by.count("sc-chengdu") == 1);
  REQUIRE(by.count("sc-wuhou") == 1);
  CHECK(SectionText(report, *by.at("sc-wuhou")).find("45场") != std::string::npos);
  CHECK(SectionText(report, *by.at("sc-chengdu")).find("45场") == std::string::npos);
  // Only where the paragraph opens with it: 在青羊区的 inside a line gives nothing away.
  CHECK(SectionText(report, *by.at("sc-chengdu")).find("青羊区") != std::string::npos);
}

TEST_CASE("a speech at the city's meeting speaks for the county it names most, not the host", "[segment]") {
  const auto speech = Segment(
      "民生议事堂的经验\n——在嘉兴市政协系统民生议事堂工作交流会上的发言\n（二〇二一年十一月）\n\n同志们：\n\n"
      "民生议事堂是从海宁的镇街里长出来的，我们已开展民生议事堂活动六十余场。\n"
      "海宁的做法还在完善。兄弟县市也有好做法，嘉善县的村里也开了协商会。\n");
  REQUIRE(speech.size() == 1);
  CHECK(speech[0].code == "zj-haining");
  // Two places named as often: the speaker is not guessed.
  std::string note;
  auto doc = IngestBytes("经验交流\n——在嘉兴市政协系统交流会上的发言\n\n海宁和嘉善都有好做法。\n海宁、嘉善还要继续探索。\n", "t.txt");
  REQUIRE(doc.ok());
  auto none = SegmentDocument(*doc, Places(), {}, &note);
  REQUIRE(none.ok());
  for (const Section& s : *none) CHECK(s.code != "zj-haining");
}

TEST_CASE("excerpts signed at their end belong to the signer, dated by the signature", "[segment]") {
  const auto sections = Segment(
      "基层协商工作交流发言摘编\n\n编者的话：现将部分发言摘编如下。\n\n━━━━━━━━━━\n\n"
      "之一：小站点连着大民生\n\n我们依托委员联络站开展协商活动，去年以来共组织297场次。\n"
      "——来宾市兴宾区政协主席 ×××（2024年1月，在来宾市政协工作座谈会上）\n\n━━━━━━━━━━\n\n"
      "之二：社区里的议事室\n\n截至目前，全区已有二百七十九名各级政协委员下沉到社区联系点。\n"
      "——无锡市梁溪区政协主席 ×××（2019年12月，在无锡市政协工作交流会上）\n");
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gx-xingbin");
  CHECK(sections[0].period.period.ToString() == "2023");  // 去年以来 in a January speech
  CHECK(sections[1].code == "js-liangxi");
  CHECK(sections[1].period.period.ToString() == "2019");
  const std::string text = SectionText(
      "基层协商工作交流发言摘编\n\n编者的话：现将部分发言摘编如下。\n\n━━━━━━━━━━\n\n"
      "之一：小站点连着大民生\n\n我们依托委员联络站开展协商活动，去年以来共组织297场次。\n"
      "——来宾市兴宾区政协主席 ×××（2024年1月，在来宾市政协工作座谈会上）\n\n━━━━━━━━━━\n\n"
      "之二：社区里的议事室\n\n截至目前，全区已有二百七十九名各级政协委员下沉到社区联系点。\n"
      "——无锡市梁溪区政协主席 ×××（2019年12月，在无锡市政协工作交流会上）\n",
      sections[0]);
  CHECK(text.find("297场次") != std::string::npos);
  CHECK(text.find("二百七十九名") == std::string::npos);
}

TEST_CASE("case labels before the place: 案例一  合肥市：…（2017年）", "[segment]") {
  const auto sections = Segment(
      "政协委员联系服务群众案例选编\n\n案例一  合肥市：委员报名进社区（2017年）\n\n"
      "【做法】2017年，合肥市政协选取8个街道作为试点，22名委员报名进入。\n\n"
      "案例二  益阳市：社区里的委员工作室（2015年）\n\n【做法】益阳市政协在8个社区建立委员工作室。\n");
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "ah-hefei");
  CHECK(sections[0].period.period.ToString() == "2017");
  CHECK(sections[1].code == "hn-yiyang");
  CHECK(sections[1].period.period.ToString() == "2015");
}

TEST_CASE("a committee named with its parent and its term", "[segment]") {
  const auto sections = Segment(
      "政协甘肃省酒泉市第五届委员会常务委员会工作报告\n各位委员：\n过去一年，常委会开展协商活动。\n");
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "gs-jiuquan");
}

// Namesakes: 鼓楼区 in four cities, 长寿区 beside 长寿苑社区 (codes and
// division codes as the national table has them).
const Gazetteer& Namesakes() {
  static const Gazetteer g = [] {
    std::vector<Place> p;
    auto add = [&](std::string code, std::string name, std::string division, std::string parent,
                   std::string province) {
      Place x;
      x.code = std::move(code);
      x.name_zh = std::move(name);
      x.division_code = std::move(division);
      x.parent_code = std::move(parent);
      x.province = std::move(province);
      p.push_back(std::move(x));
    };
    add("js", "江苏省", "320000", "", "江苏省");
    add("fj", "福建省", "350000", "", "福建省");
    add("ha", "河南省", "410000", "", "河南省");
    add("js-nanjing", "南京市", "320100", "320000", "江苏省");
    add("js-nanjing-gulou", "鼓楼区", "320106", "320100", "江苏省");
    add("js-xuzhou", "徐州市", "320300", "320000", "江苏省");
    add("js-xuzhou-gulou", "鼓楼区", "320302", "320300", "江苏省");
    add("fj-fuzhou", "福州市", "350100", "350000", "福建省");
    add("fj-fuzhou-gulou", "鼓楼区", "350102", "350100", "福建省");
    add("ha-kaifeng", "开封市", "410200", "410000", "河南省");
    add("ha-kaifeng-gulou", "鼓楼区", "410204", "410200", "河南省");
    add("cq-changshou", "长寿区", "500115", "500000", "重庆市");
    add("sc-wuhou", "武侯区", "510107", "510100", "四川省");
    return Gazetteer(p);
  }();
  return g;
}

// The codes of the places SegmentDocument finds in `text` with `g`.
std::vector<std::string> SegmentCodes(const Gazetteer& g, const std::string& text, Diagnostics* warnings) {
  auto doc = IngestBytes(text, "t.txt");
  REQUIRE(doc.ok());
  std::string note;
  auto sections = SegmentDocument(*doc, g, {}, &note, warnings);
  REQUIRE(sections.ok());
  std::vector<std::string> codes;
  for (const Section& s : *sections) codes.push_back(s.code);
  return codes;
}

std::vector<std::string> SegmentNamesakes(const std::string& text, Diagnostics* warnings) {
  return SegmentCodes(Namesakes(), text, warnings);
}

TEST_CASE("namesakes: the parent printed with the name decides", "[segment][gazetteer]") {
  Diagnostics w;
  CHECK(SegmentNamesakes("——南京市鼓楼区政协2023年工作综述\n区政协开展协商活动。\n", &w) ==
        std::vector<std::string>{"js-nanjing-gulou"});
  CHECK(SegmentNamesakes("——福州市鼓楼区政协2023年工作综述\n区政协开展协商活动。\n", &w) ==
        std::vector<std::string>{"fj-fuzhou-gulou"});
  CHECK(SegmentNamesakes("——开封鼓楼区政协2023年工作综述\n区政协开展协商活动。\n", &w) ==
        std::vector<std::string>{"ha-kaifeng-gulou"});
  CHECK(w.empty());
}

TEST_CASE("namesakes: a city named in the title decides", "[segment][gazetteer]") {
  Diagnostics w;
  CHECK(SegmentNamesakes("把协商搬到家门口\n——来自徐州的基层协商观察\n（本报记者 2023年6月5日）\n鼓楼区政协组织委员深入社区开展协商。\n",
                         &w) == std::vector<std::string>{"js-xuzhou-gulou"});
  CHECK(w.empty());
}

TEST_CASE("namesakes: with nothing to decide, a warning names the candidates", "[segment][gazetteer]") {
  Diagnostics w;
  CHECK(SegmentNamesakes("把协商搬到家门口\n鼓楼区政协组织委员深入社区开展协商。\n", &w).empty());
  REQUIRE(w.size() == 1);
  CHECK(w[0].kind == DiagnosticKind::kAmbiguousPlace);
  CHECK(w[0].file == "t.txt");
  for (const char* code : {"js-nanjing-gulou", "js-xuzhou-gulou", "fj-fuzhou-gulou", "ha-kaifeng-gulou"}) {
    CHECK(w[0].message.find(code) != std::string::npos);
  }
  CHECK(w[0].message.find("'鼓楼区' names several places") != std::string::npos);
}

TEST_CASE("namesakes: an ambiguous committee's report is not given to a place it mentions in passing",
          "[segment][gazetteer]") {
  // No title or speaker line: the committee named most is the report's own,
  // and it is ambiguous. 武侯区政协, named once as a partner, is not the
  // author of the report's numbers.
  Diagnostics w;
  CHECK(SegmentNamesakes("一年来，鼓楼区政协组织委员深入社区开展协商议事活动86场。\n"
                         "鼓楼区政协主动与武侯区政协联合开展专题调研。\n",
                         &w)
            .empty());
  REQUIRE(w.size() == 1);
  CHECK(w[0].message.find("'鼓楼区' names several places") != std::string::npos);
  // Named more often than any namesake, a known committee still decides.
  w.clear();
  CHECK(SegmentNamesakes("全年与武侯区政协联合开展协商议事活动86场，同武侯区政协组织委员视察，接待鼓楼区政协来访交流。\n",
                         &w) == std::vector<std::string>{"sc-wuhou"});
}

TEST_CASE("a name inside a longer word is not the place: 长寿苑社区 is not 长寿区", "[segment][gazetteer]") {
  Diagnostics w;
  CHECK(SegmentNamesakes("成都市武侯区政协：协商延伸到最基层\n武侯区政协在长寿苑社区设立小微协商示范点，长寿苑社区政协委员工作室挂牌。\n",
                         &w) == std::vector<std::string>{"sc-wuhou"});
}

// The same collisions with the built-in national table (metrics/places.csv).
std::vector<std::string> SegmentNational(const std::string& text, Diagnostics* warnings) {
  return SegmentCodes(Places(), text, warnings);
}

TEST_CASE("the national table tells namesakes apart by the parent or the title", "[segment][gazetteer]") {
  Diagnostics w;
  CHECK(SegmentNational("南京市鼓楼区政协2023年工作综述\n区政协开展协商活动20场。\n", &w) ==
        std::vector<std::string>{"js-nanjing-gulou"});
  CHECK(SegmentNational("福州市鼓楼区政协2023年工作综述\n区政协开展协商活动20场。\n", &w) ==
        std::vector<std::string>{"fj-gulou"});
  CHECK(SegmentNational("长春市朝阳区政协2023年工作综述\n区政协开展协商活动20场。\n", &w) ==
        std::vector<std::string>{"jl-chaoyang"});
  CHECK(SegmentNational("北京市通州区政协2023年工作综述\n区政协开展协商活动20场。\n", &w) ==
        std::vector<std::string>{"bj-tongzhou"});
  CHECK(SegmentNational("南通市通州区政协2023年工作综述\n区政协开展协商活动20场。\n", &w) ==
        std::vector<std::string>{"js-tongzhou"});
  CHECK(SegmentNational("把协商搬到家门口\n——来自徐州的基层协商观察\n（本报记者 2023年6月5日）\n"
                        "鼓楼区政协组织委员深入社区开展协商20场。\n",
                        &w) == std::vector<std::string>{"js-xuzhou-gulou"});
  CHECK(w.empty());
  CHECK(SegmentNational("把协商搬到家门口\n鼓楼区政协组织委员深入社区开展协商20场。\n", &w).empty());
  REQUIRE(w.size() == 1);
  CHECK(w[0].message.find("js-nanjing-gulou") != std::string::npos);
  CHECK(w[0].message.find("ha-gulou") != std::string::npos);
}

TEST_CASE("a short name a city shares with its own district is the city's", "[segment][gazetteer]") {
  // 白银区 is a district of 白银市; 吉林市 is a city of 吉林省.
  CHECK(Places().places()[Places().FindByName("白银")].name_zh == "白银市");
  CHECK(Places().FindAllByName("白银").size() == 1);
  CHECK(Places().places()[Places().FindByName("白银区")].name_zh == "白银区");
  CHECK(Places().places()[Places().FindByName("吉林")].name_zh == "吉林省");
  CHECK(Places().places()[Places().FindByName("吉林市")].name_zh == "吉林市");
  Diagnostics w;
  CHECK(SegmentNational("白银：“三位一体”平台让委员履职有了落脚点\n市政协开展协商活动12场。\n", &w) ==
        std::vector<std::string>{"gs-baiyin"});
}

TEST_CASE("committee names are derived", "[segment][gazetteer]") {
  const int i = Places().FindByName("政协酒泉市委员会");
  REQUIRE(i >= 0);
  CHECK(Places().places()[i].code == "gs-jiuquan");
  CHECK(Places().FindByName("酒泉政协") == i);
  CHECK(Places().FindByName("酒泉") == i);
}

TEST_CASE("a bulletin's 【province·city】 headings locate the item; the place after them is its subject, dated by the heading", "[segment]") {
  const std::string text =
      "基层协商动态\n（第3期）\n\n"
      "【甘肃·酒泉】玉门市：协商议事厅开到田间地头（2022年10月8日）\n\n"
      "　　市政协依托乡镇委员工作站开展协商议事活动40余场，推动解决问题30余件。\n\n"
      "【甘肃·酒泉】敦煌市：小切口协商解民忧（2024年5月20日）\n\n"
      "　　今年以来，市政协组织委员围绕民宿管理开展小微协商26次。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gs-yumen");  // not 酒泉市, which only locates it
  CHECK(sections[0].period.period.ToString() == "2022");
  CHECK(SectionText(text, sections[0]).find("40余场") != std::string::npos);
  CHECK(sections[1].code == "gs-dunhuang");
  CHECK(sections[1].period.period.ToString() == "2024");  // its own date, not the first item's
  CHECK(SectionText(text, sections[1]).find("26次") != std::string::npos);
}

TEST_CASE("a paragraph about the province inside a city's passage is an aside: the next ones are the city's", "[segment]") {
  const std::string text =
      "协商在一线\n——玉门市政协推动委员力量向基层集中\n\n"
      "　　甘肃省政协2021年在部分县市启动“协商在一线”试点，2023年起全面推广。\n\n"
      "　　全市三级政协委员四百一十名，已经编组下沉到各个基层协商议事平台。\n\n"
      "（本报通讯员　2024年11月6日）\n";
  const auto sections = Segment(text);
  const Section* yumen = ByCode(sections)["gs-yumen"];
  REQUIRE(yumen);
  CHECK(SectionText(text, *yumen).find("四百一十名") != std::string::npos);
  for (const Section& s : sections) {
    if (&s != yumen) CHECK(SectionText(text, s).find("四百一十名") == std::string::npos);
  }
}

TEST_CASE("numbered headings that open with a committee, after a short label too, head its item", "[segment]") {
  const std::string text =
      "酒泉市政协系统信息简报\n（第3期）\n\n"
      "一、玉门市政协九届五次会议开幕\n\n"
      "　　报告回顾了过去一年的履职情况，市政协开展协商议事活动40余场。\n\n"
      "二、补记：敦煌市政协九届四次会议\n\n"
      "　　2024年2月26日，市政协常委会报告工作，全年开展小微协商26次。\n";
  const auto sections = Segment(text);
  auto by_code = ByCode(sections);
  const Section* yumen = by_code["gs-yumen"];
  const Section* dunhuang = by_code["gs-dunhuang"];
  REQUIRE(yumen);
  REQUIRE(dunhuang);
  CHECK(SectionText(text, *yumen).find("40余场") != std::string::npos);
  CHECK(SectionText(text, *yumen).find("26次") == std::string::npos);
  CHECK(SectionText(text, *dunhuang).find("26次") != std::string::npos);
}

TEST_CASE("a parent's short name before a place within it (酒泉玉门市) is skipped, not taken for the place", "[segment]") {
  const std::string text =
      "基层协商简讯\n\n"
      "· 酒泉玉门市：“委员同心汇”发布年度议题（2024-06-05）\n"
      "　　市政协活动联络组举办协商议事活动12场。\n\n"
      "· 酒泉敦煌市：委员走进园区听企业心声（2024-06-12）\n"
      "　　市政协组织委员开展小微协商8次。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gs-yumen");
  CHECK(sections[1].code == "gs-dunhuang");
}

TEST_CASE("a committee after a list's dash opens its sentence (——玉门市政协…)", "[segment]") {
  const std::string text =
      "甘肃政协工作简报\n\n"
      "　　会议通报，一年来，全省各市县政协把委员工作室建设摆上重要位置。\n\n"
      "　　——玉门市政协成立12个委员工作室，开展协商议事活动40余场。\n\n"
      "　　——敦煌市政协组织委员开展小微协商26次。\n";
  const auto sections = Segment(text);
  const Section* yumen = ByCode(sections)["gs-yumen"];
  REQUIRE(yumen);
  CHECK(SectionText(text, *yumen).find("40余场") != std::string::npos);
  CHECK(SectionText(text, *yumen).find("26次") == std::string::npos);
}

TEST_CASE("an outlet's place is read from a masthead or footer, not from a paragraph near the end", "[segment]") {
  const std::string text =
      "协商议事厅里的商量事\n\n"
      "　　区政协党组副书记介绍，截至目前，区政协已开展协商议事40余场活动。\n\n"
      "　　镇党委副书记回应：前期已对33个平房村摸底，有1万多户村民有需求。\n";
  for (const Section& s : Segment(text)) CHECK(s.code != "hl-pingfang");
}

TEST_CASE("a bracketed label that names no place ([剪报]) is passed over to the heading's place", "[segment]") {
  const std::string text =
      "【剪报】酒泉玉门：协商议事厅里“你说我听，我说你听”\n\n"
      "　　2022年7月14日，采访团走进市民中心。\n\n"
      "　　截至目前，市政协已开展协商议事40余场活动。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "gs-yumen");
  CHECK(sections[0].reason.rfind("title line at line 1", 0) == 0);
}

TEST_CASE("a bulletin's marked items open with their places, each dated by the line under its heading", "[segment]") {
  const std::string text =
      "酒泉政协基层协商简讯\n\n"
      "■ 玉门市  “协商议事厅”开到田间地头\n（2022年10月）\n"
      "近年来，玉门市政协依托13个乡镇（街道）委员工作站开展协商议事活动40余场。\n\n"
      "■ 敦煌市  小切口协商解民忧\n（2024年1月）\n"
      "过去一年，酒泉市敦煌市政协组织委员围绕民宿管理开展小微协商26次。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() >= 2);
  const Section& yumen = sections[sections.size() - 2];
  const Section& dunhuang = sections.back();
  CHECK(yumen.code == "gs-yumen");
  CHECK(yumen.reason.rfind("title line at line 3", 0) == 0);
  CHECK(yumen.date.year == 2022);
  CHECK(SectionText(text, yumen).find("40余场") != std::string::npos);
  CHECK(dunhuang.code == "gs-dunhuang");
  CHECK(dunhuang.date.year == 2024);
  CHECK(dunhuang.date.month == 1);
  // 过去一年 in a January item is the year before.
  CHECK(dunhuang.period.period.ToString() == "2023");
  CHECK(SectionText(text, dunhuang).find("26次") != std::string::npos);
  CHECK(SectionText(text, yumen).find("26次") == std::string::npos);
}

TEST_CASE("a committee after a sentence's opening time is its subject", "[segment]") {
  // No heading: each paragraph is its subject's.
  const std::string text =
      "基层协商工作交流\n\n"
      "2023年，玉门市政协推动协商议事室全覆盖，开展协商活动52场。\n"
      "自2021年5月首个委员工作站挂牌以来，敦煌市政协开展协商议事活动31场。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gs-yumen");
  CHECK(sections[0].reason.rfind("committee as the subject of a sentence at line 3", 0) == 0);
  CHECK(sections[1].code == "gs-dunhuang");
  CHECK(SectionText(text, sections[1]).find("31场") != std::string::npos);
}

TEST_CASE("a city's tiers of committees together (市县两级政协) speak for the city", "[segment]") {
  // A district's story with one paragraph on the whole city's committees.
  const std::string text =
      "汇川区政协：让协商议事走进寻常巷陌\n\n"
      "2023年，汇川区政协在各街道设立协商议事室，开展协商活动86场。\n"
      "同年，遵义市市县两级政协组织委员参与基层协商活动2100余场，形成了一批可复制的经验。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].code == "gz-huichuan");
  CHECK(SectionText(text, sections[0]).find("2100余场") == std::string::npos);
  CHECK(sections[1].code == "gz-zunyi");
  CHECK(SectionText(text, sections[1]).find("2100余场") != std::string::npos);
}

TEST_CASE("namesakes of different levels: the level the text speaks of decides (兴山县 or 兴山区)", "[segment][gazetteer]") {
  const std::string county =
      "兴山：院坝协商解民忧\n\n"
      "今年以来，县政协把协商平台搭到村组院坝，全县12个村开展协商活动40场。\n";
  auto sections = Segment(county);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "hb-xingshan");
  const std::string district =
      "兴山：协商议事进社区\n\n"
      "今年以来，区政协在全区各街道开展协商活动15场。\n";
  sections = Segment(district);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "hl-xingshan");
  // Both levels spoken of: nothing decides, nothing is guessed.
  const std::string both =
      "兴山：协商议事进社区\n\n"
      "今年以来，区政协联合县政协开展协商活动15场。\n";
  Diagnostics w;
  CHECK(SegmentCodes(Places(), both, &w).empty());
  REQUIRE(w.size() == 1);
  CHECK(w[0].message.find("hb-xingshan") != std::string::npos);
}

TEST_CASE("in a county's story, a sentence that opens with its city speaks of the city", "[segment]") {
  const std::string text =
      "——盘州市政协“协商在基层”工作综述\n"
      "2024年3月8日\n\n"
      "2023年，盘州市政协在全市27个乡镇建立协商议事室，开展协商活动64场。\n"
      "据统计，去年，六盘水共有1860名市县两级政协委员参与基层协商活动930余次。盘州市政协主席表示，将继续做实协商议事室。\n"
      "2023年，六盘水市钟山区政协也组织委员开展了协商。\n";
  const auto sections = Segment(text);
  std::map<std::string, const Section*> by_code = ByCode(sections);
  REQUIRE(by_code.count("gz-panzhou"));
  const std::string county = SectionText(text, *by_code["gz-panzhou"]);
  CHECK(county.find("64场") != std::string::npos);
  CHECK(county.find("930余次") == std::string::npos);
  CHECK(county.find("盘州市政协主席表示") != std::string::npos);  // the next sentence is the county's again
  REQUIRE(by_code.count("gz-liupanshui"));
  const Section& city = *by_code["gz-liupanshui"];
  CHECK(SectionText(text, city).rfind("据统计,去年,六盘水共有", 0) == 0);  // with the opening that dates it
  CHECK(city.period.period == Period::Year(2023));  // 去年 in a document of 2024-03
  // 六盘水市钟山区: the city naming the district within it is the district's.
  REQUIRE(by_code.count("gz-zhongshan"));
  CHECK(SectionText(text, city).find("钟山区") == std::string::npos);
  // With its province before it (贵州六盘水共有…), the city all the same.
  const std::string provinced =
      "——盘州市政协“协商在基层”工作综述\n2024年3月8日\n\n"
      "2023年，盘州市政协开展协商活动64场。\n"
      "据统计，去年，贵州六盘水共有1860名市县两级政协委员参与基层协商活动930余次。\n";
  const auto provinced_sections = Segment(provinced);
  by_code = ByCode(provinced_sections);
  REQUIRE(by_code.count("gz-liupanshui"));
  CHECK(SectionText(provinced, *by_code["gz-liupanshui"]).find("930余次") != std::string::npos);
  CHECK(SectionText(provinced, *by_code["gz-panzhou"]).find("930余次") == std::string::npos);
}

TEST_CASE("quoted speech belongs to the committee whose member speaks right after it", "[segment]") {
  const std::string text =
      "——麒麟区政协“协商在基层”工作综述\n"
      "2024年3月8日\n\n"
      "2023年，麒麟区政协在11个街道建立协商议事室，开展协商活动58场。\n"
      "“全区226名政协委员全部编入街道委员联络组，一年来开展协商活动40余场。”沾益区政协主席介绍说。\n";
  const auto sections = Segment(text);
  std::map<std::string, const Section*> by_code = ByCode(sections);
  REQUIRE(by_code.count("yn-zhanyi"));
  CHECK(SectionText(text, *by_code["yn-zhanyi"]).find("226名") != std::string::npos);
  REQUIRE(by_code.count("yn-qilin"));
  CHECK(SectionText(text, *by_code["yn-qilin"]).find("226名") == std::string::npos);
}

TEST_CASE("a county named by one character reads as a word too: 和县政协 needs a second sign", "[segment][gazetteer]") {
  Diagnostics w;
  // …干部和县政协委员…: "cadres and the county committee's members", in a story that names no place.
  CHECK(SegmentNational("走访记\n\n日前，镇村干部和县政协委员一起到村里商量修路的事。\n", &w).empty());
  // Printed twice, or with the city it lies in, it is 和县.
  CHECK(SegmentNational("和县政协：协商议事进村组\n\n和县政协今年开展协商活动18场。\n", &w) ==
        std::vector<std::string>{"ah-hexian"});
  CHECK(SegmentNational("协商议事进村组\n\n马鞍山市和县政协今年开展协商活动18场。\n", &w) ==
        std::vector<std::string>{"ah-hexian"});
}

TEST_CASE("a local outlet's story that calls its committee 县政协 is its masthead place's", "[segment]") {
  const std::string text =
      "今日沂水\n中共沂水县委宣传部主办  2024年5月10日  星期五\n\n"
      "县政协：协商议事进网格\n\n"
      "本报讯  今年以来，县政协把协商议事室建到网格，组织开展“有事好商量”活动30余场。\n";
  const auto sections = Segment(text);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].code == "sd-yishui");
  CHECK(sections[0].reason.rfind("the outlet's own place", 0) == 0);
  CHECK(SectionText(text, sections[0]).find("30余场") != std::string::npos);
  // Without the masthead there is no place to give it to.
  CHECK(Segment(text.substr(text.find("县政协："))).empty());
}

}  // namespace
}  // namespace peercard
