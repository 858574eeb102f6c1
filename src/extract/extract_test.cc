// Extraction on sentences written in the style of committee reports, each
// with the distractors that sit beside real indicators (DESIGN.md).
#include <catch2/catch.hpp>

#include <algorithm>

#include "model/catalogue.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "extract/segment.h"

namespace peercard {
namespace {

const Catalogue& Shipped() {
  static const Catalogue c = [] {
    auto loaded = LoadCatalogue(std::string(PEERCARD_SOURCE_DIR) + "/metrics", "");
    REQUIRE(loaded.ok());
    return *loaded;
  }();
  return c;
}

// Extracts `text` as one place's 2023 report; `trace` keeps every candidate.
DocumentExtraction Run(const std::string& text, const std::string& city, bool trace) {
  auto doc = IngestBytes(text, "t.txt");
  REQUIRE(doc.ok());
  const Gazetteer g(Shipped().places);
  DocumentHints hints;
  hints.year = 2023;
  hints.years = 1;
  hints.city = city;
  std::string note;
  auto sections = SegmentDocument(*doc, g, hints, &note);
  REQUIRE(sections.ok());
  return ExtractDocument(*doc, *sections, Shipped().indicators, trace);
}

std::vector<Observation> Extract(const std::string& text, const std::string& city = "gs-zhangye") {
  return Run(text, city, false).observations;
}

// Every candidate `inspect` would list for `text`.
std::vector<Candidate> Trace(const std::string& text) { return Run(text, "gs-zhangye", true).candidates; }

// The verdicts of the candidates of `indicator` with `value`.
std::vector<std::string> Verdicts(const std::vector<Candidate>& cs, const std::string& indicator, double value) {
  std::vector<std::string> out;
  for (const Candidate& c : cs) {
    if (c.indicator == indicator && c.value == value) out.push_back(c.verdict);
  }
  return out;
}


const Observation& Get(const std::vector<Observation>& obs, const std::string& indicator) {
  for (const auto& o : obs) {
    if (o.indicator == indicator) return o;
  }
  FAIL("no row for " << indicator);
  return obs.front();
}

struct Case {
  const char* sentence;
  const char* indicator;
  double value;  // < 0: NA expected
  Qualifier qualifier;
};

TEST_CASE("indicators found, distractors rejected", "[extract]") {
  const Case cases[] = {
      // Real indicators, varied phrasing and number forms.
      {"今年以来，全市开展基层协商议事活动960场次，推动解决群众急难愁盼问题410件。", "consultations", 960,
       Qualifier::kExact},
      {"今年以来，全市开展基层协商议事活动960场次，推动解决群众急难愁盼问题410件。", "resolved", 410,
       Qualifier::kExact},
      {"各级委员工作站组织开展协商活动一千一百余场。", "consultations", 1100, Qualifier::kAtLeast},
      {"全年开展协商活动２，２８９场次。", "consultations", 2289, Qualifier::kExact},
      {"全市开展协商议事活动1.2万次。", "consultations", 12000, Qualifier::kExact},
      {"组织开展协商活动近500场，协商解决矛盾纠纷问题三百余件。", "resolved", 300, Qualifier::kAtLeast},
      {"组织开展协商活动近500场，协商解决矛盾纠纷问题三百余件。", "consultations", 500, Qualifier::kApprox},
      {"八百余个群众关切的问题得到有效化解。", "resolved", 800, Qualifier::kAtLeast},
      {"两千多名市县两级政协委员全部下沉到镇街协商议事会。", "deployed", 2000, Qualifier::kAtLeast},
      {"将市县区政协委员1,045人编入乡镇（街道）委员工作站。", "deployed", 1045, Qualifier::kExact},
      {"本届以来共审查立案提案六百零七件。", "proposals", 607, Qualifier::kExact},
      {"开展协商议事活动不足50场。", "consultations", 50, Qualifier::kAtMost},
      {"全市开展协商活动500场以下。", "consultations", 500, Qualifier::kAtMost},
      // A qualifier after the unit's bracketed alternative.
      {"帮助群众解决实际问题120件（次）左右。", "resolved", 120, Qualifier::kApprox},
      {"开展“有事好商量”协商议事320场（次）以上。", "consultations", 320, Qualifier::kAtLeast},
      // Another body's count is not the committee's; the committee working
      // through it still is.
      {"今年以来，全区各级党组织开展“板凳会”议事协商320余场，化解群众矛盾问题150件。", "consultations", -1,
       Qualifier::kExact},
      {"今年以来，全区各级党组织开展“板凳会”议事协商320余场，化解群众矛盾问题150件。", "resolved", -1,
       Qualifier::kExact},
      {"区政协依托基层党组织搭建协商议事平台，全年开展基层协商活动86场。", "consultations", 86, Qualifier::kExact},
      {"区政协邀请人大代表、法院干警参与，全年开展基层协商活动54场。", "consultations", 54, Qualifier::kExact},
      // Quoted speech is no quoted name: its figures count.
      {"“今年全县开展协商议事活动75场，解决群众急难问题60余件。”县政协主席说。", "consultations", 75,
       Qualifier::kExact},
      // Numbers the parser refuses are skipped whole, never read in part.
      {"开展协商活动约300多场。", "consultations", -1, Qualifier::kExact},
      {"开展协商活动2 289场次。", "consultations", -1, Qualifier::kExact},
      {"开展协商活动1万2千场。", "consultations", -1, Qualifier::kExact},
      // Distractors next to the cues.
      {"围绕产业发展开展专题协商活动4次，双月协商座谈会6次。", "consultations", -1, Qualifier::kExact},
      {"深入一线开展调研视察15次，提出意见建议80余条。", "consultations", -1, Qualifier::kExact},
      {"开展联系服务群众的协商活动190余人次。", "consultations", -1, Qualifier::kExact},
      {"建成协商议事平台1263个、委员工作站123个。", "consultations", -1, Qualifier::kExact},
      {"督导中分析指出问题30余个，提出督导建议23条。", "resolved", -1, Qualifier::kExact},
      {"通过包案督办化解信访积案14件。", "resolved", -1, Qualifier::kExact},
      {"989名委员和机关干部投身疫情防控阻击战。", "deployed", -1, Qualifier::kExact},
      {"将市政协30个界别342名委员全部编入8个专门委员会。", "deployed", -1, Qualifier::kExact},
      {"计划今年开展协商活动200场。", "consultations", -1, Qualifier::kExact},
      {"全省共开展协商活动5000余场。", "consultations", -1, Qualifier::kExact},
      {"李某委员工作室开展协商活动12次。", "consultations", -1, Qualifier::kExact},
      {"十三届一次会议期间共收到提案135件。", "proposals", -1, Qualifier::kExact},
      // Found by probing with new sentences: forms and words the rules now know.
      {"全市开展协商议事活动逾300场。", "consultations", 300, Qualifier::kAtLeast},
      {"全市各级政协组织召开的微型协商会超230场次。", "consultations", 230, Qualifier::kAtLeast},
      {"依托“有事好商量”平台，协商解决群众关切事项87件。", "resolved", 87, Qualifier::kExact},
      {"推动解决群众诉求320余项。", "resolved", 320, Qualifier::kAtLeast},
      {"化解矛盾纠纷56起。", "resolved", 56, Qualifier::kExact},
      {"选派320名委员进驻乡镇（街道）委员工作站。", "deployed", 320, Qualifier::kExact},
      {"共收到提案318件，经审查立案286件，不予立案32件。", "proposals", 286, Qualifier::kExact},
      // The clause names 2022 in a 2023 report: the second value is this year's.
      {"2022年开展协商议事活动260场，2023年开展协商议事活动315场。", "consultations", 315, Qualifier::kExact},
      // ... and distractors they now reject. Not a count: a range, a vague
      // number, an ordinal.
      {"全年开展协商议事活动120至150场。", "consultations", -1, Qualifier::kExact},
      {"全年开展协商议事活动120场到150场。", "consultations", -1, Qualifier::kExact},
      {"开展协商活动数十次。", "consultations", -1, Qualifier::kExact},
      {"开展协商议事活动几十场。", "consultations", -1, Qualifier::kExact},
      {"推动解决群众身边问题上百件。", "resolved", -1, Qualifier::kExact},
      {"市政协召开第12次协商议事会议。", "consultations", -1, Qualifier::kExact},
      {"这是我市开展的第100场协商议事活动。", "consultations", -1, Qualifier::kExact},
      // Changes, averages, plans, other years.
      {"全市开展协商活动同比增加56场，增长18%。", "consultations", -1, Qualifier::kExact},
      {"委员工作站年均开展协商活动12场。", "consultations", -1, Qualifier::kExact},
      {"村均开展协商活动4场。", "consultations", -1, Qualifier::kExact},
      {"明年将组织开展协商议事活动120场次。", "consultations", -1, Qualifier::kExact},
      {"2021年以来，全市累计开展协商活动900场。", "consultations", -1, Qualifier::kExact},
      // Other work that carries the cue words.
      {"委员结合协商活动入户走访860次。", "consultations", -1, Qualifier::kExact},
      {"开展协商议事培训12次。", "consultations", -1, Qualifier::kExact},
      {"召开协商议事推进会3次。", "consultations", -1, Qualifier::kExact},
      {"围绕停车难问题，先后三次开展协商活动。", "consultations", -1, Qualifier::kExact},
      {"通过提案办理推动解决问题56件。", "resolved", -1, Qualifier::kExact},
      {"推动纪检监察机关立案查处12件。", "proposals", -1, Qualifier::kExact},
      // Someone else's figures: an example, another region, a city learnt from.
      {"例如，城关镇东街社区一年开展协商议事活动26场。", "consultations", -1, Qualifier::kExact},
      {"甘肃各地政协共开展协商议事活动2.1万场。", "consultations", -1, Qualifier::kExact},
      {"学习借鉴武威市开展协商议事活动2,000余场的经验。", "consultations", -1, Qualifier::kExact},
      // 分别为 pairs numbers and cues by position: refused rather than guessed.
      {"开展视察调研、协商活动分别为28次、156场。", "consultations", -1, Qualifier::kExact},
      // People who are not members deployed, or members doing other work.
      {"疫情期间，全市989名政协委员下沉社区参与疫情防控志愿服务。", "deployed", -1, Qualifier::kExact},
      {"市政协主席带领32名委员赴外地考察委员下沉工作。", "deployed", -1, Qualifier::kExact},
      {"政协张掖市委员会机关35名干部下沉包抓村开展乡村振兴帮扶。", "deployed", -1, Qualifier::kExact},
      {"市政协机关组织86名干部下沉社区协助委员开展工作。", "deployed", -1, Qualifier::kExact},
  };
  for (const Case& c : cases) {
    INFO(c.sentence << " → " << c.indicator);
    const std::vector<Observation> obs = Extract(c.sentence);
    const Observation& o = Get(obs, c.indicator);
    if (c.value < 0) {
      CHECK_FALSE(o.value.has_value());
    } else {
      REQUIRE(o.value.has_value());
      CHECK(*o.value == c.value);
      CHECK(o.qualifier == c.qualifier);
    }
  }
}

TEST_CASE("a number broken across a hard line break is found, with its original line and offset", "[extract]") {
  const std::string text = "第一段。\n下沉委员共参加基层协商活\n动 110 余次，协商解决了多项民生实事。\n";
  const auto obs = Extract(text, "gs-jiayuguan");
  const Observation& o = Get(obs, "consultations");
  REQUIRE(o.value.has_value());
  CHECK(*o.value == 110);
  CHECK(o.qualifier == Qualifier::kAtLeast);
  CHECK(o.line == 3);
  CHECK(o.offset == static_cast<long>(text.find("110")));
  CHECK(o.evidence == "下沉委员共参加基层协商活动 110 余次，协商解决了多项民生实事。");
  CHECK(o.rule == "consultations.noun_before");
}

TEST_CASE("a place the document covers but whose indicator it does not state gets an NA row", "[extract]") {
  const auto obs = Extract("市政协全年召开常委会议4次。", "gs-wuwei");
  REQUIRE(obs.size() == Shipped().indicators.size());
  for (const auto& o : obs) {
    CHECK(o.city == "gs-wuwei");
    CHECK(o.period.ToString() == "2023");
    CHECK_FALSE(o.value.has_value());
  }
}

TEST_CASE("two disagreeing values: the place-wide one is kept", "[extract]") {
  const auto obs =
      Extract("某镇开展协商议事活动12场次。全年全市开展协商议事活动860场次。", "gs-zhangye");
  const Observation& o = Get(obs, "consultations");
  REQUIRE(o.value.has_value());
  CHECK(*o.value == 860);
}

TEST_CASE("inspect says why each candidate was kept or rejected", "[extract]") {
  // Kept on its score; rejected by a committee-level word in its clause.
  const auto kept = Trace("全年开展协商活动120场次。今年开展专题协商活动14次。");
  const auto v120 = Verdicts(kept, "consultations", 120);
  REQUIRE(v120.size() == 1);
  CHECK(v120[0] == "score 3.0 ≥ 3.0: consultation 协商 +2.0, hold 开展 +1.0");
  const auto v4 = Verdicts(kept, "consultations", 14);
  REQUIRE(v4.size() == 1);
  CHECK(v4[0].find("committee_level 专题协商 -5.0") != std::string::npos);
  CHECK(v4[0].rfind("score -3.5 < 3.0", 0) == 0);
  // A handful: the score it would have, less the small feature's weight.
  const auto handful = Verdicts(Trace("全区开展协商活动3场次。"), "consultations", 3);
  REQUIRE(handful.size() == 1);
  CHECK(handful[0] == "score 0.5 < 3.0: consultation 协商 +2.0, hold 开展 +1.0, whole 全区 +0.5, small <5 -3.0");
  // A classifier but no counted noun next to the number.
  const auto no_noun = Trace("全市共有乡镇45个，社区120个。");
  for (const std::string& v : Verdicts(no_noun, "resolved", 120)) CHECK(v == "no problem noun next to the number");
  // A bulletin read out: someone else's figure, in the sentence before the number.
  const auto bulletin = Trace("会议通报，市政协开展协商活动3200场次。");
  const auto v3200 = Verdicts(bulletin, "consultations", 3200);
  REQUIRE(v3200.size() == 1);
  CHECK(v3200[0].find("elsewhere 通报 -5.0") != std::string::npos);
  // People who are not members: the member noun is missing.
  const auto cadres = Trace("组织420名党员下沉社区报到。");
  for (const std::string& v : Verdicts(cadres, "deployed", 420)) CHECK(v == "no member noun next to the number");
  // A hard rule no score outweighs: another year named in the clause.
  const auto other = Trace("2022年开展协商议事活动260场。");
  const auto v260 = Verdicts(other, "consultations", 260);
  REQUIRE(v260.size() == 1);
  CHECK(v260[0].rfind("clause names 2022年, outside the passage's period; score", 0) == 0);
}

TEST_CASE("each feature family moves the score by its weight", "[extract][features]") {
  struct Probe {
    const char* sentence;
    const char* indicator;
    double value;
    const char* fired;  // a feature the verdict must list
    bool kept;
  };
  const Probe probes[] = {
      {"全县开展院坝协商七次。", "consultations", 7, "grassroots 院坝 +1.0", true},
      {"各地共开展六十四场协商座谈会，解决六十四件群众急难愁盼问题。", "consultations", 64, "consultation 协商 +2.0",
       true},
      {"各地共开展六十四场协商座谈会，解决六十四件群众急难愁盼问题。", "resolved", 64, "resolve 解决 +1.0", true},
      {"全区260余名政协委员下沉到191个村。", "deployed", 260, "deploy 下沉 +1.0", true},
      {"将全县一百五十五名委员安排到六十三个村。", "deployed", 155, "deploy 安排到 +1.0", true},
      {"二百九十五名政协委员全部沉入基层。", "deployed", 295, "deploy 沉入 +1.0", true},
      {"将全县155名委员分派到63个村、7个社区。", "deployed", 155, "deploy 分派到 +1.0", true},
      // The rest of the members, counted apart from those placed first, is a part.
      {"将另外二百六十五名委员全部编入其余的18个街道。", "deployed", 265, "remainder 另外 -5.0", false},
      {"今年要建立100个工作站，组织1000名政协委员下沉到工作站。", "deployed", 1000, "plan 要建立 -5.0", false},
      {"省政协在十六个县开展试点，各地开展小微协商二百余次。", "consultations", 200, "higher 省政协 -5.0", false},
      {"将住本市的全国、省政协委员268名全部下沉到工作站。", "deployed", 268, "deploy 下沉 +1.0", true},
      {"下沉古龙社区的14名政协委员参加活动。", "deployed", 14, "one_unit 社区的 -3.0", false},
      // The verb may stand a clause or two after the number, within its sentence.
      {"全区政协委员共268名，已全部下沉到村（社区）。", "deployed", 268, "deploy 下沉 +1.0", true},
      {"28名政协委员介绍经验，分享案例。会议要求完善委员下沉机制。", "deployed", 28, "score 2.0 < 3.0", false},
      {"成立了十二个委员工作室，自委员工作室成立以来，委员参加基层协商活动一百一十余次。", "consultations", 110,
       "one_unit 工作室 -1.5", false},
      // A kind of unit coordinated with another is every unit of both kinds.
      {"依托委员联络站和委员工作室，组织开展协商活动二百九十七场次。", "consultations", 297, "hold 组织 +1.0", true},
      {"区政协依托委员联络站（工作室）协商解决难题151个。", "resolved", 151, "resolve 解决 +1.0", true},
      {"今年1至11月，益阳市8个政协委员工作室已帮助解决各类民生问题110多个。", "resolved", 110, "resolve 解决 +1.0", true},
      // The standing committee's report as the source, not a meeting.
      {"常委会工作报告显示，过去一年，区政协依托平台开展“微协商”活动60余次。", "consultations", 60, "grassroots 平台 +1.0",
       true},
      {"全年召开常委会议开展协商活动6次。", "consultations", 6, "committee_level 召开常委会 -5.0", false},
      // The standing committee as the body that organises the work it reports, not its meeting.
      {"围绕农村供水等议题，常委会组织二十余场基层协商活动。", "consultations", 20, "hold 组织 +1.0", true},
      {"县政协常委会会议全年开展协商活动12次。", "consultations", 12, "committee_level 常委会会议 -5.0", false},
      // The noun a sentence opens with, pointed at by 这样的, is what its count counts.
      {"类似这样的微型协商会，今年全市各级政协已经组织了230余场次。", "consultations", 230, "consultation 协商 +2.0", true},
      {"这样的场景并不少见，今年全市各级政协已经组织了230余场次。", "consultations", 230, "no consultation noun", false},
      // Activities pointed back at (此类, 相关) count what the sentence named before them.
      {"区政协以“微协商”“微建议”为抓手，累计开展此类活动60余次。", "consultations", 60, "consultation 协商 +2.0", true},
      {"“微协商”“微建议”“微监督”三类活动共计六十余次。", "consultations", 60, "consultation 协商 +2.0", true},
      {"委员走访、义诊、宣讲三类活动共计六十余次。", "consultations", 60, "no consultation noun", false},
      {"区政协以“微协商”“微建议”为载体，全年开展相关活动逾60次。", "consultations", 60, "hold 开展 +1.0", true},
      {"区政协以读书会为载体，全年开展相关活动60次。", "consultations", 60, "no consultation noun", false},
      // A short clause without a noun counts what the clause before it ends with.
      {"敦煌市政协依托乡镇委员工作站开展协商议事，今年以来共组织86场次。", "consultations", 86,
       "consultation 议事 +2.0", true},
      {"敦煌市政协组织委员开展协商的做法受到欢迎，今年共组织86场次。", "consultations", 86, "no consultation noun",
       false},
      {"敦煌市政协依托乡镇委员工作站开展协商议事，委员们在站点里听民声、解民忧共86场次。", "consultations", 86,
       "no consultation noun", false},
      {"敦煌市政协开展协商议事52场，今年以来共组织86场次。", "consultations", 86, "no consultation noun", false},
      // 该区 is the place itself, not one unit.
      {"该区279名各级政协委员下沉到社区联系点。", "deployed", 279, "deploy 下沉 +1.0", true},
      {"该社区开展协商活动12次。", "consultations", 12, "one_unit 该 -3.0", false},
      // 这一年, 这一品牌 are a time and a programme, not one unit; 这个议事室 is one.
      {"2021年这一年，全市民生议事堂组织协商活动379次。", "consultations", 379, "consultation 协商 +2.0", true},
      {"这个议事室全年组织协商活动37次。", "consultations", 37, "one_unit 这个 -3.0", false},
      {"共收集到3个方面16个问题。", "resolved", 16, "collected 收集 -5.0", false},
      {"区政协委员共提出提案284件，所提问题已经解决217件。", "resolved", 217, "no problem noun", false},
      {"委员结合协商活动入户走访860次。", "consultations", 860, "other_work 走访 -5.0", false},
      {"全市开展协商活动同比增加56场。", "consultations", 56, "change 同比 -5.0", false},
      {"围绕停车难问题，先后三次开展协商活动。", "consultations", 3, "repeat 先后 -5.0", false},
      {"989名委员和机关干部投身疫情防控。", "deployed", 989, "person_group", false},
      {"开展视察调研、协商活动分别为28次、156场。", "consultations", 28, "enumeration 分别为 -5.0", false},
      {"全年开展39场协商，提交10份建议案。", "consultations", 39, "consultation 协商 +2.0", true},
      {"常委会工作报告回顾：全年开展39场协商，提交10份建议案。", "consultations", 39, "work_report 工作报告 -0.5",
       false},
      {"群众关切的1000余个问题在协商中得到有效化解。", "resolved", 1000, "resolve 化解 +1.0", true},
      // Quoted activity names count as one word each between noun and number.
      {"依托驿站开展“微协商”“微建议”“微监督”活动60余次。", "consultations", 60, "consultation 协商 +2.0", true},
      // A higher level named as context in a sentence whose subject is the place itself (张掖, the
      // passage's): its count stands; in the number's own clause, or with another subject, it does not.
      {"近年来，张掖市抓住省政协打造平台的机遇，推动解决群众问题161个。", "resolved", 161, "resolve 解决 +1.0",
       true},
      {"近年来，张掖市积极参与，全省共推动解决群众问题1610个。", "resolved", 1610, "higher 全省 -5.0", false},
      {"据介绍，省政协打造平台以来，推动解决群众问题161个。", "resolved", 161, "higher 省政协 -5.0", false},
      {"依托这些阵地，“微协商”“微建议”“微监督”活动全年开展60余次。", "consultations", 60, "consultation 协商 +2.0",
       true},
  };
  for (const Probe& p : probes) {
    INFO(p.sentence << " → " << p.indicator << " " << p.value);
    const auto cs = Trace(p.sentence);
    bool seen = false;
    for (const Candidate& c : cs) {
      if (c.indicator != p.indicator || c.value != p.value) continue;
      seen = true;
      INFO(c.verdict);
      CHECK(c.verdict.find(p.fired) != std::string::npos);
      CHECK(c.kept == p.kept);
    }
    CHECK(seen);
  }
}

}  // namespace
}  // namespace peercard

namespace peercard {
namespace {

TEST_CASE("a report in Traditional script gives its values, with the evidence as printed", "[extract][script]") {
  const std::string text =
      "張掖市政協2024年工作綜述\n"
      "一年來，張掖市政協堅持把協商民主向基層延伸，全年開展基層協商議事活動1100餘場次，"
      "推動解決群眾反映的實際問題860件，組織1050名政協委員下沉到鄉鎮（街道）協商議事室。"
      "全年收到提案302件，經審查立案276件。\n";
  const auto obs = Extract(text, "");
  const Observation& c = Get(obs, "consultations");
  REQUIRE(c.value);
  CHECK(*c.value == 1100);
  CHECK(c.city == "gs-zhangye");
  CHECK(c.qualifier == Qualifier::kAtLeast);  // 餘 read as 余
  CHECK(c.evidence.find("全年開展基層協商議事活動1100餘場次") != std::string::npos);
  CHECK(*Get(obs, "resolved").value == 860);
  CHECK(*Get(obs, "deployed").value == 1050);
  CHECK(*Get(obs, "proposals").value == 276);
}

}  // namespace
}  // namespace peercard
