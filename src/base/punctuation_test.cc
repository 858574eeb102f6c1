#include "base/punctuation.h"

#include <catch2/catch.hpp>

#include <string>

namespace peercard {

TEST_CASE("sentence and clause stops, full-width and as NFKC folds them", "[punctuation]") {
  const std::string s = "协商。议事！a?b;c；d，e,f：g:h、i\nj";
  const auto at = [&](const char* mark) { return s.find(mark); };
  // 。！？ and ! ? end a sentence proper; ； and ; only the wider sentence a cue lives in.
  CHECK(FullStopAt(s, at("。")) == 3);
  CHECK(FullStopAt(s, at("！")) == 3);
  CHECK(FullStopAt(s, at("?")) == 1);
  CHECK(FullStopAt(s, at("；")) == 0);
  CHECK(FullStopAt(s, at(";")) == 0);
  CHECK(SentenceStopAt(s, at("；")) == 3);
  CHECK(SentenceStopAt(s, at(";")) == 1);
  CHECK(SentenceStopAt(s, at("\n")) == 1);
  CHECK(SentenceStopAt(s, at("，")) == 0);
  // ，, ：: stop a clause too; 、 stops nothing.
  CHECK(ClauseStopAt(s, at("，")) == 3);
  CHECK(ClauseStopAt(s, at(",")) == 1);
  CHECK(ClauseStopAt(s, at("：")) == 3);
  CHECK(ClauseStopAt(s, at(":")) == 1);
  CHECK(ClauseStopAt(s, at("。")) == 3);
  CHECK(ClauseStopAt(s, at("、")) == 0);
  CHECK(ClauseStopAt(s, 0) == 0);                // 协
  CHECK(ClauseStopAt(s, s.size()) == 0);         // past the end
  CHECK(ClauseStopAt("\xEF\xBC", 0) == 0);        // half of ， at the end

  CHECK(IsSentenceFinal(U'。'));
  CHECK(IsSentenceFinal(U'；'));
  CHECK(IsSentenceFinal(U'…'));
  CHECK_FALSE(IsSentenceFinal(U'，'));
  CHECK(IsClauseFinal(U'，'));
  CHECK(IsClauseFinal(U','));
  CHECK_FALSE(IsClauseFinal(U'、'));
}

}  // namespace peercard
