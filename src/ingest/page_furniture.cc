#include "ingest/page_furniture.h"

#include <map>
#include <set>

#include "base/affix.h"

namespace peercard {

namespace {

// How many lines at the top and at the bottom of a page may be furniture.
constexpr size_t kEdgeLines = 2;

std::string_view Trim(std::string_view s) {
  const auto space = [](std::string_view v, size_t i) {
    if (v[i] == ' ' || v[i] == '\t' || v[i] == '\r' || v[i] == '\f') return size_t{1};
    if (v.substr(i, 3) == "\u3000") return size_t{3};  // ideographic space
    return size_t{0};
  };
  while (!s.empty()) {
    const size_t n = space(s, 0);
    if (n == 0) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    size_t n = 0;
    if (s.size() >= 3 && s.substr(s.size() - 3) == "\u3000") n = 3;
    else if (space(s, s.size() - 1) == 1) n = 1;
    if (n == 0) break;
    s.remove_suffix(n);
  }
  return s;
}

// Removes spaces and the dash-like marks page numbers are printed between.
std::string Squeeze(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    bool skip = false;
    for (std::string_view mark : {" ", "\t", "\u3000", "-", "\uFF0D", "\u2014", "\u2013", "\u2012", "\u00B7", "\u2022"}) {
      if (line.substr(i, mark.size()) == mark) {
        i += mark.size();
        skip = true;
        break;
      }
    }
    if (!skip) out += line[i++];
  }
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The line with every ASCII digit as '#': a footer "第3页" recurs as "第#页".
std::string Shape(std::string_view line) {
  std::string out(line);
  for (char& c : out) {
    if (c >= '0' && c <= '9') c = '#';
  }
  return out;
}

std::vector<std::string_view> Lines(std::string_view page) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= page.size()) {
    size_t end = page.find('\n', start);
    if (end == std::string_view::npos) end = page.size();
    out.push_back(page.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Indexes of the first and last kEdgeLines non-blank lines of a page.
std::vector<size_t> EdgeLines(const std::vector<std::string_view>& lines) {
  std::vector<size_t> nonblank;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!Trim(lines[i]).empty()) nonblank.push_back(i);
  }
  std::set<size_t> edge;
  for (size_t k = 0; k < nonblank.size() && k < kEdgeLines; ++k) edge.insert(nonblank[k]);
  for (size_t k = 0; k < nonblank.size() && k < kEdgeLines; ++k) edge.insert(nonblank[nonblank.size() - 1 - k]);
  return {edge.begin(), edge.end()};
}

}  // namespace

bool IsPageNumberLine(std::string_view line) {
  std::string s = Squeeze(Trim(line));
  if (AllDigits(s)) return true;
  if (StartsWith(s, "Page") || StartsWith(s, "page")) return AllDigits(std::string_view(s).substr(4));
  if (const size_t slash = s.find('/'); slash != std::string::npos) {
    return AllDigits(std::string_view(s).substr(0, slash)) && AllDigits(std::string_view(s).substr(slash + 1));
  }
  // 第3页, 第3页共12页, 共12页第3页
  std::string_view v = s;
  bool any = false;
  while (!v.empty()) {
    std::string_view open = StartsWith(v, "第") ? "第" : StartsWith(v, "共") ? "共" : "";
    if (open.empty()) return false;
    v.remove_prefix(open.size());
    size_t d = 0;
    while (d < v.size() && v[d] >= '0' && v[d] <= '9') ++d;
    if (d == 0 || d > 4 || !StartsWith(v.substr(d), "页")) return false;
    v.remove_prefix(d + std::string_view("页").size());
    if (StartsWith(v, ",") || StartsWith(v, "，")) v.remove_prefix(StartsWith(v, ",") ? 1 : 3);
    any = true;
  }
  return any;
}

std::string JoinPages(const std::vector<std::string>& pages, std::vector<uint32_t>* page_starts) {
  std::vector<std::vector<std::string_view>> lines;
  std::vector<std::vector<size_t>> edges;
  std::map<std::string, std::set<size_t>> pages_with;  // shape of an edge line → pages it tops or ends
  for (size_t p = 0; p < pages.size(); ++p) {
    lines.push_back(Lines(pages[p]));
    edges.push_back(EdgeLines(lines.back()));
    for (size_t i : edges.back()) pages_with[Shape(Trim(lines.back()[i]))].insert(p);
  }
  const size_t need = std::max<size_t>(2, (pages.size() + 1) / 2);
  std::set<std::string> furniture;
  for (const auto& [shape, on] : pages_with) {
    if (on.size() >= need) furniture.insert(shape);
  }
  std::set<std::string> seen;  // furniture kept once, where it first appears
  std::string out;
  page_starts->clear();
  for (size_t p = 0; p < pages.size(); ++p) {
    if (p > 0 && !out.empty() && out.back() != '\n') out += '\n';
    page_starts->push_back(static_cast<uint32_t>(out.size()));
    std::set<size_t> drop;
    for (size_t i : edges[p]) {
      const std::string_view line = Trim(lines[p][i]);
      if (IsPageNumberLine(line)) {
        drop.insert(i);
        continue;
      }
      const std::string shape = Shape(line);
      if (furniture.count(shape) && !seen.insert(shape).second) drop.insert(i);
    }
    bool first = true;
    for (size_t i = 0; i < lines[p].size(); ++i) {
      if (drop.count(i)) continue;
      if (!first) out += '\n';
      out += lines[p][i];
      first = false;
    }
  }
  return out;
}

}  // namespace peercard
