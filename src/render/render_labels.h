// Labels the card and the summary print for values held as ids in the
// comparison: the peer group, a period, the basis of comparison. The words
// come from the templates.
#pragma once

#include <string>

#include "model/period.h"
#include "draw/templates.h"

namespace peercard {

// "全部地区 all places" for "all"; "同省 甘肃省 …" for "province:甘肃省"; the
// kinds level and list likewise; anything else as given.
std::string PeerGroupLabel(const Templates& t, const std::string& group);

// "2023年" or "2019–2023年（5年合计）"; tile.period_unknown when unknown.
std::string PeriodLabel(const Templates& t, const Period& p);

// "每万常住人口 per 10k residents" for "per_10k"; the id itself when unknown.
std::string BasisLabel(const Templates& t, const std::string& basis);

}  // namespace peercard
