#include "report_text.h"

#include "number_forms.h"

namespace peercard {
namespace bench {

namespace {

const std::vector<const char*> kTopics = {
    "乡村振兴", "营商环境优化", "生态保护修复", "文旅融合发展", "县域经济", "农村人居环境整治",
    "义务教育均衡发展", "基层医疗服务", "养老服务体系建设", "城市更新", "新能源产业", "特色农业",
    "物流体系建设", "稳就业促创业", "社会治理创新", "数字经济", "水资源节约集约利用", "老旧小区改造",
    "食品安全", "黄河流域生态保护"};
const std::vector<const char*> kTowns = {"石桥镇", "柳湾镇", "红旗乡", "新庄镇", "马营镇",
                                         "双塔乡", "杏园乡", "前进镇", "东风乡", "高台镇"};
const std::vector<const char*> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "罗", "梁"};
const std::vector<const char*> kGiven = {"建华", "文静", "志强", "海燕", "晓东", "丽娟", "国庆", "春梅",
                                         "永刚", "红霞", "德明", "秀英", "俊杰", "雪梅", "立新", "玉兰"};

template <typename T>
const T& Pick(const std::vector<T>& v, SplitMix64* rng) {
  return v[rng->Below(v.size())];
}

// "{d:12-30}" → 12 and 30. Returns false when the token is not a range.
bool ParseRange(std::string_view token, long* lo, long* hi) {
  const size_t dash = token.find('-');
  if (token.size() < 5 || dash == std::string_view::npos) return false;
  *lo = std::stol(std::string(token.substr(2, dash - 2)));
  *hi = std::stol(std::string(token.substr(dash + 1)));
  return *lo <= *hi;
}

std::string PeriodPhrase(const TemplateVars& v, SplitMix64* rng) {
  if (v.five_year) return rng->Chance(0.5) ? "五年来" : "本届以来";
  switch (rng->Below(3)) {
    case 0: return "全年";
    case 1: return "一年来";
    default: return std::to_string(v.year) + "年";
  }
}

std::string ExpandToken(std::string_view token, const TemplateVars& v, SplitMix64* rng) {
  if (token == "N") return v.name;
  if (token == "n") return v.short_name;
  if (token == "S") return v.scope;
  if (token == "U") return v.unit_word;
  if (token == "T") return Pick(kTopics, rng);
  if (token == "TOWN") return Pick(kTowns, rng);
  if (token == "WHO") return std::string(Pick(kSurnames, rng)) + Pick(kGiven, rng);
  if (token == "Y") return std::to_string(v.year);
  if (token == "NB") return v.neighbour;
  if (token == "WHEN") return v.when;
  if (token == "P") return PeriodPhrase(v, rng);
  long lo = 0, hi = 0;
  if ((token[0] == 'd' || token[0] == 'q') && ParseRange(token, &lo, &hi)) {
    const long n = rng->Range(lo, hi);
    if (token[0] == 'd') return std::to_string(n);
    const PrintedCount c = PrintSmallCount(n, rng);
    return c.prefix + c.number + c.suffix;
  }
  return "{" + std::string(token) + "}";  // unknown: left visible, caught by the gold check
}

}  // namespace

std::string Expand(std::string_view tmpl, const TemplateVars& v, SplitMix64* rng) {
  std::string out;
  out.reserve(tmpl.size() + 64);
  size_t i = 0;
  while (i < tmpl.size()) {
    const size_t open = tmpl.find('{', i);
    if (open == std::string_view::npos) break;
    const size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(i, open - i));
    out += ExpandToken(tmpl.substr(open + 1, close - open - 1), v, rng);
    i = close + 1;
  }
  out.append(tmpl.substr(i));
  return out;
}

const std::vector<IndicatorTemplate>& IndicatorTemplates(std::string_view indicator) {
  static const std::vector<IndicatorTemplate> kConsultations = {
      {"{P}{S}各级协商议事组织开展协商议事活动#，议题涵盖{T}、{T}等方面", {"场次", "场", "次"}, true, true},
      {"{S}共开展基层协商议事#，一批群众身边的小事在家门口得到办理", {"次", "场次"}, true, true},
      {"依托乡镇（街道）委员工作站开展#协商议事活动", {"场", "次"}, false, false},
      {"{P}组织开展基层协商活动#", {"场", "场次", "次"}, true, true},
      {"各协商议事会围绕{T}等议题开展协商活动#，形成协商成果{d:10-60}项", {"场次", "场"}, true, true},
      {"{S}{P}累计开展协商议事活动#", {"场次", "次"}, true, true},
  };
  static const std::vector<IndicatorTemplate> kResolved = {
      {"推动解决群众急难愁盼问题#", {"件", "个"}, false, true},
      {"协商解决民生实事#，群众的获得感进一步增强", {"件", "项"}, false, true},
      {"#群众关切的问题在协商中得到有效化解", {"个", "件"}, true, false},
      {"推动解决#群众身边的问题", {"件", "个"}, false, false},
      {"化解各类矛盾纠纷#，促进了基层和谐稳定", {"件"}, false, true},
      {"帮助群众解决实际问题#", {"件", "个"}, false, true},
  };
  static const std::vector<IndicatorTemplate> kDeployed = {
      {"#政协委员下沉基层协商议事机构，面对面听取群众意见", {"名"}, true, false},
      {"{S}#政协委员全部下沉编入乡镇（街道）协商议事会", {"名"}, true, false},
      {"下沉基层的政协委员达#", {"名", "人"}, true, true},
      {"#政协委员编入村（社区）协商议事会，就近参与基层协商", {"名", "人"}, true, false},
      {"{S}共有政协委员#，已全部下沉到基层一线", {"名"}, true, false},
  };
  static const std::vector<IndicatorTemplate> kProposals = {
      {"{P}共收到委员提案{d:300-600}件，经审查立案#", {"件"}, false, true},
      {"{P}审查立案#，截至年底已全部办复", {"件"}, false, true},
      {"{P}立案#，办复率达到100%", {"件"}, false, true},
      {"{P}收到各类提案{d:300-600}件，立案#", {"件"}, false, true},
  };
  static const std::vector<IndicatorTemplate> kNone;
  if (indicator == "consultations") return kConsultations;
  if (indicator == "resolved") return kResolved;
  if (indicator == "deployed") return kDeployed;
  if (indicator == "proposals") return kProposals;
  return kNone;
}

std::string_view SectionHeading(int section, int style) {
  static constexpr std::string_view kHeadings[kSectionCount][3] = {
      {"一、坚持政治引领，把牢正确方向", "政治建设：把方向、强根基", "【政治引领】筑牢思想根基"},
      {"二、聚焦中心大局，深化协商议政", "协商议政：建良言、献良策", "【协商议政】服务发展大局"},
      {"三、延伸协商触角，打通服务群众“最后一公里”", "基层协商：接地气、解民忧", "【基层协商】扎根群众一线"},
      {"四、强化民主监督，提升提案质量", "民主监督：督落实、促发展", "【提案监督】助推工作落实"},
      {"五、强化委员管理，激发履职活力", "委员履职：有担当、显作为", "【委员风采】彰显责任担当"},
      {"六、加强自身建设，提升履职效能", "自身建设：强基础、提效能", "【自身建设】夯实履职根基"},
  };
  return kHeadings[section][style];
}

const std::vector<const char*>& SectionParagraphs(int section) {
  static const std::vector<const char*> kParagraphs[kSectionCount] = {
      {
          "{N}政协党组坚持把政治建设摆在首位，认真落实“第一议题”制度，通过党组理论学习中心组学习、专题读书班和委员学习座谈会等形式，引导广大委员在学思践悟中坚定理想信念、增强履职本领。{P}组织集中学习{d:12-30}次，开展委员专题培训{d:3-8}期，为各项工作的开展打下了坚实的思想基础。",
          "坚持党对政协工作的全面领导，年度协商计划、重要会议和重大活动均事先报请中共{N}委研究同意。党组会议定期研究意识形态、党风廉政建设和机关党建工作，推动党的组织和党的工作在委员队伍中全覆盖，以高质量党建引领高质量履职。",
          "把学习贯彻党的创新理论同推动{S}中心工作结合起来，班子成员带着{T}、{T}等课题深入基层蹲点调研，撰写调研报告{d:8-20}篇，形成了一批有深度、可操作的意见建议，多项建议转化为党委政府的决策举措。",
          "扎实开展作风建设专项行动，聚焦委员履职不到位、机关服务不精准等问题逐项整改，修订完善机关管理制度{d:6-18}项，机关干部的责任意识和服务水平进一步增强。",
          "坚持人民政协为人民，把群众满意作为检验工作成效的标准，推动委员走进群众、倾听心声，把群众的所思所盼转化为协商议题和履职方向。",
      },
      {
          "紧扣{S}发展大局谋划协商议题，围绕{T}和{T}，组织专题协商{d:2-6}次、双月协商{d:4-10}次，报送协商成果{d:10-40}件，其中多件得到{U}委、{U}政府主要领导批示，有关部门据此出台了配套政策。",
          "围绕群众普遍关注的{T}问题，组织委员深入部门、企业和村组开展调研视察{d:10-40}次，走进{TOWN}的田间地头和农户家中，召开座谈会{d:20-80}场，提出的意见建议被有关部门采纳落实。",
          "注重协商成果的转化运用，建立协商成果报送、交办、反馈工作机制，对{S}重点工作开展跟踪协商，推动{T}、{T}等领域的一批建议落地见效，协商的广度和深度不断拓展。",
          "开展对口协商、界别协商和提案办理协商{d:6-20}次，邀请政府部门负责同志到会听取意见，做到协商于决策之前和决策实施之中，让协商更加务实管用。",
          "围绕{T}开展民主协商，委员们从不同角度建言献策，既讲成绩也谈不足，既提问题也出对策，协商氛围民主活泼、求真务实，形成了广泛共识。",
          "坚持围绕中心、服务大局，紧扣{T}这一重点，组织委员开展专题视察，推动有关部门完善工作举措，助力{S}经济社会持续健康发展。",
      },
      {
          "健全基层协商制度，{S}已搭建各类协商议事平台{d:100-1500}个，乡镇（街道）、村（社区）实现协商平台全覆盖。",
          "在总结经验的基础上，{S}出台了基层协商议事规则，明确议题提出、协商开展、成果运用等环节的工作要求，推动基层协商规范化、制度化、常态化。",
          "在调研中，委员们深入一线走访群众，指出问题{q:20-90}个，提出对策建议{d:30-100}条，有关部门逐条研究办理。",
          "协助化解信访积案{d:5-30}件，组织律师委员为群众提供法律咨询服务，引导群众依法理性表达诉求。",
          "深化“委员之家”建设，{S}建成委员工作站{d:20-120}个，实现乡镇（街道）全覆盖，为委员联系群众、开展协商搭建了平台。",
      },
      {
          "深化民主监督，围绕{T}实施情况组织民主评议，聘请{d:20-60}名委员担任特约监督员，开展专项监督{d:3-9}次，提出意见建议{d:30-120}条，推动有关部门改进作风、提升效能。",
          "围绕群众反映集中的{T}问题开展重点提案督办，{U}政协领导牵头督办重点提案{d:8-20}件，督促承办单位落实办理责任，提案办理的满意率进一步提升。",
          "畅通社情民意信息反映渠道，{P}报送社情民意信息{d:50-300}条，被上级政协采用{d:5-40}条，一批反映基层实际困难的信息得到有关部门回应。",
          "推进智慧政协建设，搭建网上履职平台，实现委员履职、提案办理和社情民意报送全流程线上运行，履职效率和服务水平明显提升。",
      },
      {
          "加强委员履职管理，建立委员履职档案，实行履职情况量化积分和年度通报制度。{S}政协委员积极参加各类履职活动{q:300-2000}人次，委员主体作用得到充分发挥。",
          "组织委员开展“双岗建功”活动，{d:200-900}名委员投身{T}和疫情防控等工作，在各自岗位上建功立业，展现了新时代政协委员的责任和担当。",
          "{S}{d:150-450}名政协委员全部编入{d:5-9}个专委会，专委会的基础作用进一步夯实，委员联系界别群众的渠道更加畅通。",
          "开展委员读书活动，依托书香政协平台组织线上线下读书交流{d:20-60}场，委员在读书中提高站位、增长本领，读书成果转化为调研建议{d:10-30}条。",
          "加强与上级政协和兄弟政协的联系交流，接待来访考察团{d:5-15}批次，其中一个考察团一行{d:10-30}人专程来{n}考察委员下沉工作，交流基层协商的经验做法。",
      },
      {
          "坚持大团结大联合，加强同民主党派、工商联和无党派人士的联系，组织开展界别联谊活动{d:5-20}次，在凝聚共识、协调关系中发挥了积极作用。",
          "加强机关自身建设，严格落实中央八项规定及其实施细则精神，深化模范机关创建，推动机关干部在服务委员、服务履职中提高能力，机关运转更加规范高效。",
          "加强政协宣传工作，讲好政协故事、传播政协声音，在各级媒体刊发稿件{d:60-300}篇，微信公众号推送信息{d:200-800}条，政协工作的社会影响力持续扩大。",
          "加强政协文史资料工作，组织编纂{T}相关文史资料，挖掘整理地方历史文化资源，为传承文脉、服务发展提供了有益借鉴。",
      },
  };
  return kParagraphs[section];
}

std::string_view NeighbourParagraph() {
  return "主动打破地域界限，与{NB}政协联合开展{T}专题调研，就流域治理、交通联通等跨区域议题开展联动协商，形成的联合调研报告受到两地党委政府重视。";
}

std::string_view ProvinceMeetingParagraph() {
  return "在全省政协工作会议上，省政协会议通报，全省各级政协共开展协商议事活动{d:8000-30000}场次，推动解决问题{d:5000-20000}件，{N}政协的做法作为典型作了交流。";
}

std::string_view OutlookParagraph(int i) {
  static constexpr std::string_view kOutlook[] = {
      "新的一年，{N}政协将继续深化基层协商，计划开展协商活动{d:100-900}场，力争在{T}等方面取得新突破，为{S}高质量发展汇聚更多智慧和力量。",
      "站在新的起点上，{N}政协将坚持团结和民主两大主题，聚焦{T}和{T}，在服务大局中担当作为，在为民履职中再创佳绩。",
  };
  return kOutlook[i];
}

std::string_view OpeningParagraph(int i) {
  static constexpr std::string_view kOpenings[] = {
      "{WHEN}，{N}政协在中共{N}委的坚强领导下，坚持团结和民主两大主题，紧扣{S}中心工作，聚焦{T}、{T}等重点任务，扎实履行政治协商、民主监督、参政议政职能，各项工作取得了新的成效。",
      "{WHEN}，{N}政协党组团结带领全体政协委员，坚持党的领导、统一战线、协商民主有机结合，把协商民主贯穿履职全过程，在建言资政和凝聚共识上双向发力，为推动{S}高质量发展贡献了政协智慧和力量。",
      "{WHEN}，面对繁重的改革发展稳定任务，{N}政协坚持围绕中心、服务大局，聚焦{T}深入协商议政，聚焦民生关切广泛凝聚共识，在服务{S}工作大局中展现了新担当、新作为。",
  };
  return kOpenings[i];
}

std::string_view GrassrootsLead(int i) {
  static constexpr std::string_view kLeads[] = {
      "{N}政协坚持把基层协商作为政协履职向基层延伸的重要载体，推动委员“沉”下去、民意“带”上来。",
      "让协商议事走进群众身边，是{N}政协推进基层协商的基本思路。",
      "{S}上下把搭建基层协商平台作为服务群众的重要抓手，持续擦亮“有事好商量”协商品牌。",
  };
  return kLeads[i];
}

std::string_view ProposalsLead() {
  return "把提案工作作为履职的重要抓手，坚持提案质量与数量并重，完善提案征集、审查、督办和评价机制。";
}

std::string_view Headline(int i) {
  static constexpr std::string_view kHeadlines_[kHeadlines] = {
      "凝心聚力谋发展 履职尽责显担当", "聚焦中心促发展 倾情履职为民生", "守正创新启新程 协商为民谱新篇",
      "同心共筑新征程 务实履职再出发", "深耕基层协商 厚植为民情怀",     "勇毅前行担使命 凝聚共识聚合力",
      "服务大局建良言 情系民生办实事", "发挥专门协商机构作用 助推高质量发展",
  };
  return kHeadlines_[i];
}

const std::vector<Stem>& StemFirsts() {
  static const std::vector<Stem> kFirsts = {
      {"岚", "lan"},  {"泓", "hong"}, {"澜", "lan"},   {"桐", "tong"},  {"榆", "yu"},    {"柘", "zhe"},
      {"栎", "li"},   {"枫", "feng"}, {"槐", "huai"},  {"楠", "nan"},   {"柏", "bai"},   {"杉", "shan"},
      {"蒲", "pu"},   {"芷", "zhi"},  {"蘅", "heng"},  {"菱", "ling"},  {"荻", "di"},    {"苇", "wei"},
      {"棠", "tang"}, {"椿", "chun"}, {"桦", "hua"},   {"楸", "qiu"},   {"樟", "zhang"}, {"檀", "tan"},
      {"萱", "xuan"}, {"蓉", "rong"}, {"蔺", "lin"},   {"茗", "ming"},  {"岫", "xiu"},   {"嵩", "song"},
      {"崖", "ya"},   {"峨", "e"},    {"岷", "min"},   {"崂", "lao"},   {"琅", "lang"},  {"瑷", "ai"},
      {"珑", "long"}, {"琦", "qi"},   {"璋", "zhang"}, {"瑜", "yu"},    {"砚", "yan"},   {"磐", "pan"},
      {"碣", "jie"},  {"溆", "xu"},   {"沅", "yuan"},  {"湄", "mei"},   {"涪", "fu"},    {"淇", "qi"},
      {"漳", "zhang"}, {"滦", "luan"}, {"汶", "wen"},  {"泾", "jing"},  {"洮", "tao"},   {"渭", "wei"},
      {"濉", "sui"},  {"浠", "xi"},   {"汨", "mi"},    {"潼", "tong"},  {"澧", "li"},    {"沣", "feng"},
  };
  return kFirsts;
}

const std::vector<Stem>& StemSeconds() {
  static const std::vector<Stem> kSeconds = {
      {"川", "chuan"}, {"溪", "xi"},   {"源", "yuan"},  {"原", "yuan"},   {"峪", "yu"},   {"岭", "ling"},
      {"坪", "ping"},  {"塬", "yuan"}, {"滩", "tan"},   {"湾", "wan"},    {"洲", "zhou"}, {"渚", "zhu"},
      {"坝", "ba"},    {"堡", "bu"},   {"屯", "tun"},   {"寨", "zhai"},   {"口", "kou"},  {"沟", "gou"},
      {"谷", "gu"},    {"泉", "quan"}, {"阳", "yang"},  {"阴", "yin"},    {"山", "shan"}, {"河", "he"},
      {"江", "jiang"}, {"城", "cheng"}, {"宁", "ning"}, {"安", "an"},     {"平", "ping"}, {"昌", "chang"},
      {"丰", "feng"},  {"和", "he"},   {"兴", "xing"},  {"乐", "le"},     {"康", "kang"}, {"定", "ding"},
      {"远", "yuan"},  {"德", "de"},   {"西", "xi"},    {"东", "dong"},   {"南", "nan"},  {"北", "bei"},
      {"台", "tai"},   {"桥", "qiao"}, {"关", "guan"},  {"门", "men"},    {"林", "lin"},  {"田", "tian"},
      {"庄", "zhuang"}, {"集", "ji"},  {"店", "dian"},  {"陵", "ling"},   {"津", "jin"},  {"浦", "pu"},
      {"汀", "ting"},  {"潭", "tan"},  {"峰", "feng"},  {"曲", "qu"},     {"水", "shui"}, {"泽", "ze"},
  };
  return kSeconds;
}

const std::vector<const char*>& Provinces() {
  static const std::vector<const char*> kProvinces = {"甘肃省", "宁夏回族自治区", "青海省", "陕西省", "山西省",
                                                      "河南省", "四川省", "云南省", "贵州省", "内蒙古自治区"};
  return kProvinces;
}

}  // namespace bench
}  // namespace peercard
