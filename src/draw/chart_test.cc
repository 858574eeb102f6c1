#include "draw/chart.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <random>

#include "render_test_util.h"

namespace peercard {
namespace {

using testing::RenderKit;

// Counts what a chart drew, by replaying its Drawing.
class CountingSink : public RenderSink {
 public:
  void BeginPage(double, double) override {}
  void Text(double, double, std::string_view, const TextStyle&) override {}
  void Line(Point, Point, const StrokeStyle& s) override {
    dashed += s.dash_pt > 0;
    ++lines;
  }
  void Polyline(const std::vector<Point>&, const StrokeStyle&) override { ++polylines; }
  void Segments(const std::vector<std::pair<Point, Point>>& s, const StrokeStyle&) override {
    segments += static_cast<int>(s.size());
  }
  void Polygon(const std::vector<Point>& p, double fill, const StrokeStyle&) override {
    if (fill > 0.5 && fill < 0.8) polygons.push_back(p);
  }
  void Rect(const Box& b, double fill, const StrokeStyle&) override {
    if (fill == 0) black.push_back(b);
    if (fill > 0.5 && fill < 0.8) light_boxes.push_back(b), ++light;
  }
  void Marker(Point, double, MarkerShape shape, double, const StrokeStyle&) override { shapes.push_back(shape); }
  void Bookmark(std::string_view, int, double) override {}
  void SetInfo(const DocInfo&) override {}

  std::vector<Box> black, light_boxes;
  int light = 0, dashed = 0, polylines = 0, segments = 0, lines = 0;
  std::vector<std::vector<Point>> polygons;
  std::vector<MarkerShape> shapes;
};

// An empty A4 page to draw a chart on.
Drawing Page(const RenderKit& kit) {
  Drawing d(*kit.font);
  d.BeginPage(595.28, 841.89);
  return d;
}

bool IsNiceStep(double step) {
  const double k = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
  const double m = step / k;
  return std::abs(m - 1) < 1e-9 || std::abs(m - 2) < 1e-9 || std::abs(m - 5) < 1e-9;
}

TEST_CASE("nice ticks, checked by hand", "[render]") {
  struct Case {
    double lo, hi;
    int max;
    double first, step;
    int count;
  };
  const Case cases[] = {
      {0, 2289, 5, 0, 1000, 4},  // 0 1000 2000 3000: 500 would need 6
      {0, 4.57, 5, 0, 2, 4},     // 0 2 4 6
      {0, 10, 5, 0, 5, 3},       // 2 would need 6 ticks; 2.5 is not nice
      {0, 9.91, 4, 0, 5, 3},     // the card's consultations axis
      {-1.3, 2.1, 5, -2, 2, 4},  // -2 0 2 4
      {-2, 2, 5, -2, 1, 5},      // the z profile: -2 -1 0 +1 +2
      {0.012, 0.037, 4, 0.01, 0.01, 4},
      {5, 5, 4, 2, 2, 4},    // one value: a range around it
      {0, 0, 4, 0, 0.5, 3},  // all zero: 0 to 1
      {1000, 1100, 3, 1000, 50, 3},
  };
  for (const Case& c : cases) {
    INFO(c.lo << ".." << c.hi << " in " << c.max);
    const Ticks t = NiceTicks(c.lo, c.hi, c.max);
    CHECK(t.first == Approx(c.first).margin(1e-12));
    CHECK(t.step == Approx(c.step));
    CHECK(t.count == c.count);
  }
}

TEST_CASE("nice ticks cover the range with at most max ticks", "[render]") {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> mag(-3, 5), u(0, 1);
  for (int i = 0; i < 2000; ++i) {
    const double scale = std::pow(10.0, mag(rng));
    const double lo = (u(rng) - 0.3) * scale, hi = lo + u(rng) * scale;
    const int max = 3 + i % 5;
    const Ticks t = NiceTicks(lo, hi, max);
    INFO(lo << ".." << hi << " max " << max);
    CHECK(t.count <= max);
    CHECK(t.count >= 2);
    CHECK(t.first <= lo + 1e-9 * scale);
    CHECK(t.last() >= hi - 1e-9 * scale);
    CHECK(IsNiceStep(t.step));
  }
}

TEST_CASE("sorted bars: this place black under a marker, peers light, median dashed", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  Drawing d = Page(kit);
  const Box box{100, 100, 240, 100};
  const std::vector<Bar> bars = {{"嘉峪关市", 9.91, 9.91, 9.91, false},
                                 {"武威市", 6.83, 6.83, 7.51, true},
                                 {"白银市", 5.82, 5.53, 6.11, false},
                                 {"兰州市", 5.25, 5.25, 5.25, false}};
  DrawSortedBars(&d, *kit.numbers, box, bars, 5.5, {6, 6.5, "每万常住人口 · 场次", "中位数 median", "无数据"});
  CountingSink sink;
  d.Replay(&sink);
  REQUIRE(sink.black.size() == 1);
  CHECK(sink.black[0].x > box.x + 30);  // the second bar, after the axis labels
  CHECK(sink.light == 3);
  CHECK(sink.shapes == std::vector<MarkerShape>{MarkerShape::kTriangleDown});
  CHECK(sink.dashed >= 2);  // the median and its legend sample
  CHECK(sink.segments == 6);  // 白银市's and 武威市's whiskers, each capped at both ends
  CHECK(sink.polygons.empty());
  const std::string text = testing::TextIn(d, 0, box);
  CHECK(text.find("6.8") != std::string::npos);  // this place's value over its bar
  CHECK(text.find("中位数 median 5.5") != std::string::npos);
  CHECK(testing::FirstTextOverlap(d).empty());
  for (const PlacedText& t : d.texts()) {
    INFO(t.text);
    CHECK(Box{box.x - 0.5, box.y - 0.5, box.w + 1, box.h + 1}.Contains(t.box));
  }
}

TEST_CASE("bars grow from zero: up for a value, down for a negative one, a zero as a sliver", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  Drawing d = Page(kit);
  const std::vector<Bar> bars = {{"甲", 5, NAN, NAN, false}, {"乙", 0, NAN, NAN, false}, {"丙", -0.001, NAN, NAN, false}};
  DrawSortedBars(&d, *kit.numbers, {100, 100, 240, 100}, bars, NAN, {6, 6.5, "caption", "median", "none"});
  CountingSink sink;
  d.Replay(&sink);
  REQUIRE(sink.light_boxes.size() == 3);
  const Box &up = sink.light_boxes[0], &zero = sink.light_boxes[1], &down = sink.light_boxes[2];
  const double axis = up.bottom();
  CHECK(zero.bottom() == Approx(axis));
  CHECK(zero.h == Approx(0.6));
  CHECK(down.y == Approx(axis));  // below the axis, however small
  CHECK(down.h == Approx(0.6));
}

TEST_CASE("sorted bars too narrow to separate: the peers as one area, this place over it", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  Drawing d = Page(kit);
  const Box box{100, 100, 300, 90};
  std::vector<Bar> bars;
  for (int i = 0; i < 300; ++i) {
    const double v = 30 - i * 0.1;  // sorted best first, 30 down to 0.1 in even steps
    const bool qualified = i % 10 == 0;
    bars.push_back({"地方" + std::to_string(i), v, qualified ? v - 0.5 : NAN, qualified ? v + 0.5 : NAN, i == 40, ""});
  }
  bars.push_back({"未披露", NAN, NAN, NAN, false, ""});  // no value: not drawn
  DrawSortedBars(&d, *kit.numbers, box, bars, 15, {6, 6.5, "每万常住人口 · 场次", "中位数 median", "无数据"});
  CountingSink sink;
  d.Replay(&sink);
  CHECK(sink.light == 0);  // no separate peer bars
  REQUIRE(sink.polygons.size() == 1);
  const std::vector<Point>& area = sink.polygons[0];
  // Even steps make a straight top edge: its two ends (the outer edges of the
  // first and last bars), at most a point between, and two corners on zero.
  REQUIRE(area.size() >= 4);
  CHECK(area.size() <= 5);
  const size_t n = area.size();
  const Point first = area[0], last = area[n - 3];
  CHECK(first.y < last.y);  // the tallest bar first
  CHECK(area[n - 2].x == Approx(last.x));
  CHECK(area[n - 1].x == Approx(first.x));
  CHECK(area[n - 2].y == Approx(area[n - 1].y));
  CHECK(area[n - 1].y > last.y);  // closed along the zero line
  CHECK(sink.segments == 29 + 3);  // 29 peers' uncapped whiskers; this place's is capped
  REQUIRE(sink.black.size() == 1);  // this place's bar over the area
  const Box& self = sink.black[0];
  const double slot = (last.x - first.x) / 300;
  CHECK(self.x + self.w / 2 == Approx(first.x + slot * 40.5));
  CHECK(self.w >= 1.2);  // wide enough to see where a bar is under 1 pt
  // Its top on the area's edge: the height there, interpolated.
  const double t = (self.x + self.w / 2 - first.x) / (last.x - first.x);
  CHECK(self.y == Approx(first.y + t * (last.y - first.y)).margin(0.1));
  CHECK(sink.shapes == std::vector<MarkerShape>{MarkerShape::kTriangleDown});
  for (const Point& p : area) CHECK(box.Contains({p.x, p.y, 0, 0}));
  CHECK(testing::TextIn(d, 0, box).find("26") != std::string::npos);  // this place's value
}

TEST_CASE("a chart with nothing to draw says so in words", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  Drawing d = Page(kit);
  const ChartText text{6, 6.5, "caption", "median", "同组无可比数值 · no peer values to compare", false, ""};
  DrawSortedBars(&d, *kit.numbers, {50, 50, 200, 80}, {{"武威市", NAN, NAN, NAN, true}}, NAN, text);
  DrawZProfile(&d, *kit.numbers, {50, 150, 200, 80}, {{"协商活动场次", NAN, "未披露"}}, text);
  DrawTrend(&d, *kit.numbers, {50, 250, 200, 80}, {{2023, 2023, 5}}, text);
  DrawRankedRows(&d, *kit.numbers, {50, 350, 200, 80}, {}, NAN, text);
  int notes = 0;
  for (const PlacedText& t : d.texts()) notes += t.text == "同组无可比数值 · no peer values to compare";
  CHECK(notes == 4);
}

TEST_CASE("the z profile prints each z and says what is missing", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  Drawing d = Page(kit);
  DrawZProfile(&d, *kit.numbers, {50, 50, 260, 80},
               {{"协商活动场次", 0.86, ""}, {"解决问题件数", -0.32, ""}, {"委员下沉人数", NAN, "未披露"}},
               {6, 6.5, "z", "", "none"});
  const std::string text = testing::TextIn(d, 0, {0, 0, 595, 842});
  for (const char* s : {"+0.9", "-0.3", "未披露", "-2", "+2", "0"}) {
    INFO(s);
    CHECK(text.find(std::string(s) + "\n") != std::string::npos);
  }
  CHECK(testing::FirstTextOverlap(d).empty());
}

// Regression: Baiyin's -2.0 (peers by province) printed over its row label
// "委员下沉人数" because the axis reached into the label column.
TEST_CASE("a z at the end of the axis keeps its value clear of the labels", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  Drawing d = Page(kit);
  DrawZProfile(&d, *kit.numbers, {50, 50, 260, 80},
               {{"协商活动场次", -0.6, ""}, {"委员下沉人数", -2.0, ""}, {"解决问题件数", 2.0, ""}},
               {6, 6.5, "z", "", "none"});
  CHECK(testing::FirstTextOverlap(d).empty());
  for (const PlacedText& t : d.texts()) CHECK(Box{50, 50, 260, 80}.Contains(t.box));
}

TEST_CASE("a trend draws periods across their years and labels the ends", "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  Drawing d = Page(kit);
  DrawTrend(&d, *kit.numbers, {50, 50, 96, 90}, {{2017, 2021, 700}, {2022, 2022, 820}, {2023, 2023, 1000}},
            {6, 6.5, "历年 每年场次", "", "无往年数据"});
  const std::string text = testing::TextIn(d, 0, {0, 0, 595, 842});
  CHECK(text.find("2017\n") != std::string::npos);
  CHECK(text.find("\n23\n") != std::string::npos);  // every year, the rest by two digits
  CHECK(text.find("\n20\n") != std::string::npos);
  CHECK(text.find("无往年数据") == std::string::npos);
  CountingSink sink;
  d.Replay(&sink);
  CHECK(sink.polylines == 1);
  CHECK(sink.shapes.size() == 2);  // dots for the single years; the term is a level segment
  CHECK(testing::FirstTextOverlap(d).empty());
}

TEST_CASE("ten years on a narrow trend: a tick each, the first in full, the rest by two digits as they fit",
          "[render]") {
  const RenderKit kit = RenderKit::Load();
  REQUIRE(kit.font);
  Drawing d = Page(kit);
  std::vector<TrendPoint> points;
  for (int y = 2015; y <= 2024; ++y) points.push_back({y, y, 200.0 + y % 3 * 10});
  const Box box{50, 50, 110, 70};
  DrawTrend(&d, *kit.numbers, box, points, {7.5, 7.5, "历年", "", "无往年数据"});
  std::vector<std::string> labels;
  for (const PlacedText& t : d.texts()) {
    if (t.box.bottom() > box.bottom() - 9) labels.push_back(t.text);  // the year axis
  }
  labels.erase(std::remove(labels.begin(), labels.end(), "0"), labels.end());  // the value axis's foot
  REQUIRE(labels.size() >= 3);
  CHECK(labels.front() == "2015");
  CHECK(labels.back() == "24");  // the compared year is always labelled
  for (size_t i = 1; i < labels.size(); ++i) CHECK(labels[i].size() == 2);
  CountingSink sink;
  d.Replay(&sink);
  CHECK(sink.lines + sink.segments >= 10 + 3);  // a tick for every year, the axes and gridlines
  CHECK(testing::FirstTextOverlap(d).empty());
  for (const PlacedText& t : d.texts()) {
    INFO(t.text << " at " << t.box.x << "," << t.box.y << " " << t.box.w << "x" << t.box.h);
    CHECK(box.Contains(t.box));
  }
}

}  // namespace
}  // namespace peercard
