// Traditional-script reports read as simplified, offsets kept.
#include <catch2/catch.hpp>

#include "ingest/ingest.h"
#include "ingest/traditional_script.h"

namespace peercard {
namespace {

// A repost of a work report on a mirror site that converts to Traditional.
const char kTraditional[] =
    "酒泉市政協2024年工作綜述\n"
    "一年來，市政協組織引導委員下沉基層，全年開展基層協商活動1236場次，"
    "推動解決群眾急難愁盼問題870餘件。\n";

TEST_CASE("a Traditional report is recognised and read as simplified", "[ingest][script]") {
  const ScriptCount count = CountScript(kTraditional);
  CHECK(count.han == 52);         // 10 in the title, 42 in the sentence
  CHECK(count.traditional == 21);  // 協綜 來協組織導員層開層協動場動決眾難問題餘
  CHECK(IsTraditional(count));

  auto doc = IngestBytes(kTraditional, "repost.txt");
  REQUIRE(doc.ok());
  CHECK(doc->traditional);
  CHECK(doc->text.find("酒泉市政协2024年工作综述") != std::string::npos);
  CHECK(doc->text.find("全年开展基层协商活动1236场次") != std::string::npos);  // NFKC folds the comma
  CHECK(doc->text.find("推动解决群众急难愁盼问题870余件。") != std::string::npos);
  // The original keeps the characters as printed, and the map still points
  // at the same character in it.
  CHECK(doc->original == kTraditional);
  const size_t at = doc->text.find("协商");
  const size_t o = doc->OriginalIndex(at);
  CHECK(doc->original.substr(o, 6) == "協商");
}

TEST_CASE("simplified reports are left alone, even with the few shared forms", "[ingest][script]") {
  // 著 (显著, 著力) is a simplified character that ICU's table also maps.
  const std::string text =
      "张掖市政协2024年工作综述\n"
      "市政协著力推动协商向基层延伸，全年开展协商议事活动1100余场次，成效显著，"
      "形成了一批可复制的经验。著作权保护、乾坤湾旅游开发等议题也进入了协商议程。\n";
  const ScriptCount count = CountScript(text);
  CHECK(count.traditional == 4);  // 著 ×3, 乾
  CHECK_FALSE(IsTraditional(count));
  auto doc = IngestBytes(text, "s.txt");
  REQUIRE(doc.ok());
  CHECK_FALSE(doc->traditional);
  CHECK(doc->text.find("著力推动") != std::string::npos);
  CHECK(doc->text.find("乾坤湾") != std::string::npos);
}

TEST_CASE("the conversion keeps every byte offset and leaves other text as it is", "[ingest][script]") {
  std::string s = "會議 ABC 123 與會者：蘭州、銀川。「渝事好商量」『議事廳』";
  const size_t before = s.size();
  CHECK(ToSimplified(&s) == 12);  // 會議與會蘭銀 議廳, and four quotes
  CHECK(s.size() == before);
  CHECK(s == "会议 ABC 123 与会者：兰州、银川。“渝事好商量”‘议事厅’");
}

TEST_CASE("a short Traditional phrase in a simplified report is not enough", "[ingest][script]") {
  // A quoted name in Traditional characters (a Hong Kong body) inside a simplified paragraph.
  const std::string text =
      "市政协组织委员赴香港考察，与“香港島各界聯合會”座谈交流，全年开展协商活动980场次，"
      "推动解决问题650件，组织420名委员下沉到村（社区）协商议事室。";
  const ScriptCount count = CountScript(text);
  CHECK(count.traditional == 3);  // 島 聯 會
  CHECK_FALSE(IsTraditional(count));
}

}  // namespace
}  // namespace peercard
