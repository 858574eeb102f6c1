// What a report card shows about one place, gathered from the comparison
// rows, the observations (evidence and earlier years), the catalogue and the
// places table. Layout code (render_card.cc, render_summary.cc) only places
// what this computes.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "draw/chart.h"
#include "tables/comparison.h"
#include "model/indicator_spec.h"
#include "model/observation.h"
#include "model/places.h"

namespace peercard {

// Everything `peercard render` reads. The layouts keep pointers into it:
// it must outlive every view built from it.
struct RenderInput {
  std::vector<ComparisonRow> rows;
  std::vector<Observation> observations;
  std::vector<IndicatorSpec> catalogue;
  std::vector<Place> places;
  // Document name → the title it is cited by, where one was found (a run
  // knows them; `peercard render` from CSVs does not): 数据来源 prints
  // 《title》 instead of the file name.
  std::map<std::string, std::string> doc_titles;
};

// A place's rank on one indicator, and how far it could move when qualified
// values (≥1000, 约500) take any value in their intervals: best..worst.
struct RankRange {
  int rank = 0, best = 0, worst = 0;  // 0 = no rank
  int n = 0;                          // peers with a value
};

// One peer's value on the compared basis, with its interval.
struct PeerValue {
  std::string city;
  std::string name_zh;
  std::string name_en;  // may be empty
  double value = 0, low = 0, high = 0;
};

struct IndicatorView {
  IndicatorSpec spec;                      // from the catalogue (a stub with the id when absent)
  const ComparisonRow* row = nullptr;      // this place's row; never null in a view
  std::vector<PeerValue> peers;            // peers with a value, best first (this place included)
  std::vector<std::string> missing_peers;  // names of peers without a value (未披露)
  RankRange rank;
  const Observation* evidence = nullptr;  // the observation the value came from, if found
  std::vector<TrendPoint> trend;          // per year (flows) or as stated (stocks), by period
  // A value of an earlier year standing in for the comparison year (within
  // compare's --window): printed with its year and counted apart.
  bool stand_in = false;
  bool has_value() const;
  bool stands_in() const { return stand_in; }
};

// A place of the peer group, as the card names it.
struct PeerMember {
  std::string city, name_zh, name_en;
};

struct PlaceView {
  std::string city, name_zh, name_en;
  const Place* place = nullptr;  // null when the place is in no table
  int year = 0;                  // comparison year (most common year used)
  std::string peer_group;
  int peer_places = 0;                    // places in the peer group, with or without values
  int peer_n = 0;                         // most peers with a value on any indicator
  int composite_n = 0;                    // places of the peer group with a composite
  std::vector<PeerMember> peer_members;   // every place of the peer group (this one too), by code
  int first_year = 0, last_year = 0;      // the years the values and their trends cover; 0 = none
  std::vector<IndicatorView> indicators;  // catalogue order, then unknown ids sorted
  std::vector<std::string> sources;       // documents of the values, sorted, unique
  // The indicator with the highest percentile at or above
  // kStrengthPercentile, and the one with the lowest at or below
  // kWeaknessPercentile (indices into indicators), or -1 when none is.
  int strongest = -1, weakest = -1;
};

// A strength is an indicator in the top quarter of the peers, a weakness one
// in the bottom quarter (percentiles as compare gives them: 100 is best).
inline constexpr double kStrengthPercentile = 75;
inline constexpr double kWeaknessPercentile = 25;

// Place codes in the comparison, sorted.
std::vector<std::string> PlaceCodes(const RenderInput& in);

// What every view looks up in a RenderInput, found once: the comparison rows
// of each place and of each peer group's indicator, the observations of each
// place's indicator (each list in input order), the places table by code,
// the comparison year. Building a view without it scans every row and
// observation, so that 300 cards cost 300 × 12,000 string compares.
// REQUIRES: `in` outlives the index and does not change while it is used.
class RenderIndex {
 public:
  explicit RenderIndex(const RenderInput& in);

  const std::vector<const ComparisonRow*>& RowsOf(const std::string& city) const;
  const std::vector<const ComparisonRow*>& Group(const std::string& peer_group, const std::string& indicator) const;
  const std::vector<const Observation*>& ObservationsOf(const std::string& city, const std::string& indicator) const;
  // The last row of the places table with this code, or nullptr.
  const Place* FindPlace(const std::string& code) const;
  // Places of `peer_group` with a composite score.
  int CompositeCount(const std::string& peer_group) const;
  int year() const { return year_; }  // most common year used; ties: the later

 private:
  using Key = std::pair<std::string, std::string>;
  std::map<std::string, std::vector<const ComparisonRow*>> rows_;
  std::map<Key, std::vector<const ComparisonRow*>> groups_;
  std::map<Key, std::vector<const Observation*>> observations_;
  std::map<std::string, const Place*> places_;
  std::map<std::string, int> composites_;
  int year_ = 0;
};

// The view of `city`. REQUIRES: city is one of PlaceCodes(in); `index` is
// built from `in`.
PlaceView BuildPlaceView(const RenderInput& in, const RenderIndex& index, const std::string& city);
// The same, building an index for this one view.
PlaceView BuildPlaceView(const RenderInput& in, const std::string& city);

// Rank of `self` among `peers` (self included) by basis value, with the
// range allowed by every value's [low, high]: best when self is at its high
// and the others at their lows (higher is better), worst the other way.
// Competition ranking: ties share the better rank. n = peers.size().
RankRange ComputeRankRange(const std::vector<PeerValue>& peers, const std::string& self, bool higher_is_better);

// The per-basis interval of a row: basis_value scaled by value_low/value and
// value_high/value (= basis_value for exact values). {NaN, NaN} when missing.
std::pair<double, double> BasisInterval(const ComparisonRow& r);

}  // namespace peercard
