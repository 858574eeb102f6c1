// Internal to the card layout (render_card.cc, card_tile.cc, card_notes.cc):
// the sections of a card, placed down the page by a PageFlow.
#pragma once

#include <string>

#include "render/render_card.h"
#include "render/render_labels.h"

namespace peercard {

void DrawHeader(PageFlow& f, const PlaceView& v);
void DrawOverview(PageFlow& f, const PlaceView& v);
// One indicator's row, `height` points tall.
void DrawIndicatorRow(PageFlow& f, const PlaceView& v, const IndicatorView& iv, double height);
void DrawEvidence(PageFlow& f, const PlaceView& v);
void DrawNotes(PageFlow& f, const PlaceView& v);

// Byte offset of the number `value` in its evidence sentence, so that a long
// sentence is cut around it: the digits as printed, ASCII or full-width, with
// or without grouping commas ("1320", "1,320", "１３２０", "１，３２０"), or
// in Chinese numerals (一千三百二十, 两千); the first found, else 0. Pure.
size_t NumberOffset(const std::string& sentence, double value);

// Where NumberOffset's number is and how many bytes it takes, found whole:
// not inside a longer number (100 is not found in 1100, 一百 not in
// 一百二十). offset npos when it is not printed. Pure.
struct TextSpan {
  size_t offset = std::string::npos, length = 0;
};
TextSpan NumberSpan(const std::string& sentence, double value);

}  // namespace peercard
