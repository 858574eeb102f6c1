// The report card of one place: A4 portrait, one page where it fits, two at
// most. Header (place, year, peer group, sources); the composite with its
// rank interval, strengths and weaknesses beside the z-score profile; one
// row per indicator (tile, sorted peer chart, trend); the evidence table;
// notes on method, missing data and reviewed values.
#pragma once

#include "render/card_model.h"
#include "draw/drawing.h"
#include "draw/page_flow.h"

namespace peercard {

// Lays out the card of `view` (from BuildPlaceView). Records regions
// "header", "composite", "z_profile", "tile:<id>", "chart:<id>",
// "trend:<id>", "evidence" and "notes" so that tests can check the geometry.
// Pure apart from the returned drawing; safe from any thread given
// thread-safe context members.
Drawing LayoutCard(const PlaceView& view, const RenderContext& ctx);
// The same without page footers, to be bound into a briefing.
Drawing LayoutCardPages(const PlaceView& view, const RenderContext& ctx);

}  // namespace peercard
