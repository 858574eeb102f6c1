// The names places go by, on the national table: full, short and committee names, namesakes, parents, matching in text.
#include "extract/gazetteer.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace peercard {
namespace {

const Gazetteer& National() {
  static const Gazetteer g = [] {
    auto places = LoadPlacesCsv(std::string(PEERCARD_SOURCE_DIR) + "/metrics/places.csv");
    REQUIRE(places.ok());
    return Gazetteer(std::move(places).value());
  }();
  return g;
}

// The index of the row with `code`; fails the test when the table has none.
int Code(const std::string& code) {
  const int i = National().FindByCode(code);
  INFO(code);
  REQUIRE(i >= 0);
  return i;
}

std::vector<std::string> Codes(const std::vector<int>& ids) {
  std::vector<std::string> out;
  for (int i : ids) out.push_back(National().places()[i].code);
  return out;
}

Place MakePlace(std::string code, std::string name_zh, std::string division, std::string parent,
                std::vector<std::string> aliases = {}) {
  Place p;
  p.code = std::move(code);
  p.name_zh = std::move(name_zh);
  p.division_code = std::move(division);
  p.parent_code = std::move(parent);
  p.aliases = std::move(aliases);
  return p;
}

TEST_CASE("a place by its full, short and committee names", "[gazetteer]") {
  const int jiuquan = Code("gs-jiuquan");
  CHECK(National().places()[jiuquan].name_zh == "酒泉市");
  for (const char* name : {"酒泉市", "酒泉", "酒泉市政协", "酒泉政协", "政协酒泉市委员会"}) {
    INFO(name);
    CHECK(National().FindByName(name) == jiuquan);
  }
  // 临夏回族自治州: 临夏 with the nationality dropped, and 临夏州 with the level's one character.
  const int linxia = Code("gs-linxia");
  for (const char* name : {"临夏回族自治州", "临夏", "临夏州", "临夏州政协", "政协临夏回族自治州委员会"}) {
    INFO(name);
    CHECK(National().FindByName(name) == linxia);
  }
  CHECK(National().FindByName("伊犁州") == Code("xj-yili"));
  CHECK(National().FindByName("通道县") == Code("hn-tongdao"));
  CHECK(National().FindByName("荣昌") == Code("cq-rongchang"));
  // 和县 would shrink below two characters: it is known by its full name only.
  CHECK(National().FindByName("和县") == Code("ah-hexian"));
  CHECK(National().FindByName("和") == -1);

  CHECK(National().FindByName("青檀区") == -1);  // made up
  CHECK(National().FindByName("政协") == -1);
  CHECK(National().FindByName("政协委员会") == -1);
  CHECK(National().FindByName("") == -1);
  CHECK(National().FindByCode("gs-nowhere") == -1);
}

TEST_CASE("namesakes: 鼓楼区 is four districts, in table order", "[gazetteer]") {
  const std::vector<std::string> gulou = {"js-nanjing-gulou", "js-xuzhou-gulou", "fj-gulou", "ha-gulou"};
  CHECK(Codes(National().FindAllByName("鼓楼区")) == gulou);
  CHECK(Codes(National().FindAllByName("鼓楼")) == gulou);  // the short name, shared alike
  CHECK(Codes(National().FindAllByName("鼓楼区政协")) == gulou);
  CHECK(National().FindByName("鼓楼区") == Code("js-nanjing-gulou"));  // the first row
  CHECK(National().FindAllByName("鼓楼门").empty());
}

TEST_CASE("a name shared with a place within is the outer one's — its own full name still finds the inner",
          "[gazetteer]") {
  // 临夏市 and 临夏县 lie in 临夏回族自治州: all three are 临夏 for short.
  CHECK(Codes(National().FindAllByName("临夏")) == std::vector<std::string>{"gs-linxia"});
  CHECK(National().FindByName("临夏市") == Code("gs-linxia-shi"));
  CHECK(National().FindByName("临夏县") == Code("gs-linxia-xian"));
  CHECK(Codes(National().FindAllByName("白银")) == std::vector<std::string>{"gs-baiyin"});
  CHECK(National().FindByName("白银区") == Code("gs-baiyin-qu"));
  CHECK(Codes(National().FindAllByName("吉林")) == std::vector<std::string>{"jl-jilin"});
  CHECK(National().FindByName("吉林市") == Code("jl-jilin-shi"));
}

TEST_CASE("城区 is a common word: such a district is known only with its parent's name", "[gazetteer]") {
  CHECK(National().FindByName("城区") == -1);
  CHECK(National().FindByName("阳泉市城区") == Code("sx-yangquan-chengqu"));
  CHECK(National().FindByName("阳泉城区") == Code("sx-yangquan-chengqu"));
  CHECK(National().FindByName("晋城城区") == Code("sx-jincheng-chengqu"));
  CHECK(National().FindByName("汕尾市城区") == Code("gd-chengqu"));
  CHECK(National().NamesOf(Code("sx-yangquan-chengqu")) == std::vector<std::string>{"阳泉市城区", "阳泉城区"});
}

TEST_CASE("Parent and IsWithin: district → prefecture → province", "[gazetteer]") {
  const int suzhou = Code("gs-suzhou");  // 肃州区
  const int jiuquan = Code("gs-jiuquan");
  const int gansu = Code("gs-gansu");
  CHECK(National().Parent(suzhou) == jiuquan);
  CHECK(National().Parent(jiuquan) == gansu);
  CHECK(National().Parent(gansu) == -1);
  CHECK(National().IsWithin(suzhou, jiuquan));
  CHECK(National().IsWithin(suzhou, gansu));  // the grandparent
  CHECK(National().IsWithin(jiuquan, gansu));
  CHECK_FALSE(National().IsWithin(jiuquan, suzhou));
  CHECK_FALSE(National().IsWithin(suzhou, suzhou));
  CHECK_FALSE(National().IsWithin(suzhou, Code("gs-wuwei")));
  CHECK_FALSE(National().IsWithin(Code("gs-liangzhou"), jiuquan));  // 凉州区 is in 武威市
  CHECK_FALSE(National().IsWithin(gansu, gansu));
}

TEST_CASE("NamesOf: full, short and level names, longest first — no committee names", "[gazetteer]") {
  CHECK(National().NamesOf(Code("gs-jiuquan")) == std::vector<std::string>{"酒泉市", "酒泉"});
  CHECK(National().NamesOf(Code("gs-linxia")) == std::vector<std::string>{"临夏回族自治州", "临夏州", "临夏"});
  CHECK(National().NamesOf(Code("ah-hexian")) == std::vector<std::string>{"和县"});
}

TEST_CASE("MatchNameEndingAt: the longest place name ending there — committee names are not matched", "[gazetteer]") {
  const std::string text = "甘肃省酒泉市政协组织委员赴临夏回族自治州考察";
  size_t begin = 0;
  const size_t after_city = text.find("政协");
  CHECK(National().MatchNameEndingAt(text, after_city, &begin) == Code("gs-jiuquan"));
  CHECK(begin == text.find("酒泉市"));
  CHECK(National().MatchNameEndingAt(text, text.find("酒泉"), &begin) == Code("gs-gansu"));
  CHECK(begin == 0);
  // 临夏回族自治州 ends here; no shorter name (自治州, 州) is taken instead.
  const size_t after_zhou = text.find("考察");
  CHECK(National().MatchNameEndingAt(text, after_zhou, &begin) == Code("gs-linxia"));
  CHECK(begin == text.find("临夏"));
  // "酒泉市政协" ends after 协: a committee name, not a place name.
  CHECK(National().MatchNameEndingAt(text, after_city + 6, &begin) == -1);
  CHECK(National().MatchNameEndingAt(text, 0, &begin) == -1);
  CHECK(National().MatchNameEndingAt(text, text.size() + 1, &begin) == -1);
}

TEST_CASE("MatchNameStartingAt: the longest name starting there, every namesake in `all`", "[gazetteer]") {
  const std::string text = "临夏回族自治州政协与鼓楼区政协联合调研";
  size_t end = 0;
  std::vector<int> all;
  // 临夏 also starts here; the longer 临夏回族自治州 wins.
  CHECK(National().MatchNameStartingAt(text, 0, &end, &all) == Code("gs-linxia"));
  CHECK(end == text.find("政协"));
  CHECK(Codes(all) == std::vector<std::string>{"gs-linxia"});
  const size_t gulou = text.find("鼓楼区");
  CHECK(National().MatchNameStartingAt(text, gulou, &end, &all) == Code("js-nanjing-gulou"));
  CHECK(end == gulou + std::string("鼓楼区").size());
  CHECK(all.size() == 4);
  CHECK(National().MatchNameStartingAt(text, text.find("联合"), &end) == -1);
  CHECK(National().MatchNameStartingAt(text, text.size(), &end) == -1);

  size_t begin = 0;
  CHECK(National().MatchNameEndingAt(text, end, &begin, &all) == Code("js-nanjing-gulou"));
  CHECK(begin == gulou);
  CHECK(all.size() == 4);
}

TEST_CASE("aliases from the table are names like the derived ones", "[gazetteer]") {
  // A two-row table: 甘肃省 and 酒泉市, known in some reports as 肃州 (its old name).
  Gazetteer g(
      {MakePlace("gs-gansu", "甘肃省", "620000", ""), MakePlace("gs-jiuquan", "酒泉市", "620900", "620000", {"肃州"})});
  CHECK(g.FindByName("肃州") == 1);
  CHECK(g.FindByName("肃州政协") == 1);
  CHECK(g.NamesOf(1) == std::vector<std::string>{"酒泉市", "肃州", "酒泉"});
  const std::string text = "古称肃州的";
  size_t begin = 0;
  CHECK(g.MatchNameEndingAt(text, text.find("的"), &begin) == 1);
  CHECK(begin == text.find("肃州"));
  CHECK(g.Parent(1) == 0);
  CHECK(g.Parent(0) == -1);
}

TEST_CASE("a moved gazetteer still finds every name", "[gazetteer]") {
  Gazetteer a({MakePlace("gs-gansu", "甘肃省", "620000", ""), MakePlace("gs-wuwei", "武威市", "620600", "620000")});
  Gazetteer b = std::move(a);
  CHECK(b.FindByName("武威") == 1);
  CHECK(b.FindByName("政协武威市委员会") == 1);
  CHECK(b.FindByCode("gs-wuwei") == 1);
  size_t end = 0;
  CHECK(b.MatchNameStartingAt("武威市政协", 0, &end) == 1);
  CHECK(end == std::string("武威市").size());
}

TEST_CASE("UnlistedPlaceCode: x- and the name's pinyin in ASCII, always a valid code", "[gazetteer]") {
  CHECK(UnlistedPlaceCode("荣昌区") == "x-rongchangqu");
  CHECK(UnlistedPlaceCode("青檀区") == "x-qingtanqu");
  // A name ICU cannot transliterate (a private-use character, EE 80 80) falls back to its bytes in hex.
  CHECK(UnlistedPlaceCode("\xEE\x80\x80") == "x-ee8080");
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += "荣昌";
  const std::string code = UnlistedPlaceCode(long_name);
  CHECK(code.size() == 64);
  CHECK(code.rfind("x-rongchang", 0) == 0);
  for (const std::string& c : {UnlistedPlaceCode("荣昌区"), UnlistedPlaceCode("\xEE\x80\x80"), code}) {
    INFO(c);
    CHECK(IsValidPlaceCode(c));
  }
}

}  // namespace
}  // namespace peercard
