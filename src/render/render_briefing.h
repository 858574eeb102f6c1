// The briefing: one printable PDF that binds a cover (title, year, peer
// group, date, issuing office), a contents page, the summary and every card,
// numbered through, with an outline entry for each part and each card.
#pragma once

#include <string>
#include <vector>

#include "draw/drawing.h"
#include "draw/page_flow.h"
#include "render/card_model.h"

namespace peercard {

// One card to bind: its place and its pages as LayoutCardPages drew them.
struct BriefingCard {
  std::string city, name_zh, name_en;
  const Drawing* pages = nullptr;
};

struct BriefingContent {
  int year = 0;
  std::vector<std::string> peer_groups;  // the comparison's, for the cover
  std::string focus_name;                // the focus place's name ("" = none)
  const Drawing* summary = nullptr;      // LayoutSummaryPages without its cover
  std::vector<BriefingCard> cards;       // in the order they are bound
};

// Lays out the briefing. Records regions "cover" and "contents". The
// outline: 封面, 目录, 汇总分析 (the summary's own entries under it), 各地报告卡
// (one entry per card under it). Pure apart from the returned drawing.
// REQUIRES: every pointer in `content` is non-null and outlives the call.
Drawing LayoutBriefing(const BriefingContent& content, const RenderContext& ctx);

}  // namespace peercard
