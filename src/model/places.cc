#include "model/places.h"

#include <cstdlib>
#include <string_view>
#include <unordered_set>

#include "base/csv.h"
#include "base/utf8.h"

namespace peercard {

namespace {

std::vector<std::string> SplitAliases(const std::string& cell) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= cell.size()) {
    const size_t end = cell.find(';', start);
    std::string part = cell.substr(start, end == std::string::npos ? std::string::npos : end - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty()) out.push_back(part);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// Parses a non-negative figure no larger than `most`; "" is 0 (unknown).
// Not inf, nan, 0x10 or 1e308: a plain decimal number.
bool ParseFigure(const std::string& cell, double most, double* out) {
  if (cell.empty()) {
    *out = 0;
    return true;
  }
  if (!LooksLikePlainNumber(cell)) return false;
  const double v = std::strtod(cell.c_str(), nullptr);
  if (!(v >= 0 && v <= most)) return false;
  *out = v;
  return true;
}

// The most residents and townships any place has, with room to spare.
constexpr double kMostPopulation = 2e9;
constexpr double kMostTownships = 1e5;

}  // namespace

bool IsValidPlaceCode(const std::string& code) {
  if (code.empty() || code.front() == '-' || code.size() > 64) return false;
  for (char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

Result<std::vector<Place>> LoadPlacesCsv(const std::string& path) {
  auto table = ReadCsvFile(path);
  if (!table.ok()) return table.status();
  for (const char* need : {"code", "name_zh"}) {
    if (table->Column(need) < 0) {
      return Status::InvalidArgument(path + ": missing column '" + need + "'");
    }
  }
  // Column indexes once; cells are moved out of the parsed table.
  const auto column = [&](const char* name) { return table->Column(name); };
  const int c_code = column("code"), c_name = column("name_zh"), c_division = column("division_code"),
            c_parent = column("parent_code"), c_en = column("name_en"), c_aliases = column("aliases"),
            c_province = column("province"), c_level = column("level"), c_population = column("population_2020"),
            c_population_source = column("population_source"), c_townships = column("townships"),
            c_townships_year = column("townships_year"), c_townships_source = column("townships_source");
  std::vector<Place> places;
  std::unordered_set<std::string> codes;
  places.reserve(table->rows.size());
  for (auto& row : table->rows) {
    const auto take = [&row](int c) {
      return c >= 0 && static_cast<size_t>(c) < row.cells.size() ? std::move(row.cells[c]) : std::string();
    };
    const auto where = [&]() { return path + ":" + std::to_string(row.line) + ": "; };
    Place p;
    p.code = take(c_code);
    p.name_zh = WithoutInvisibleFormatChars(take(c_name));
    if (!IsValidPlaceCode(p.code)) {
      return Status::InvalidArgument(where() + "place code '" + p.code +
                                     "' must be lower-case letters, digits and '-'");
    }
    if (p.name_zh.empty()) return Status::InvalidArgument(where() + "place '" + p.code + "' has no name_zh");
    if (!codes.insert(p.code).second) {
      return Status::InvalidArgument(where() + "duplicate place code '" + p.code + "'");
    }
    p.division_code = take(c_division);
    p.parent_code = take(c_parent);
    for (const std::string* c : {&p.division_code, &p.parent_code}) {
      if (!c->empty() && (c->size() != 6 || c->find_first_not_of("0123456789") != std::string::npos)) {
        return Status::InvalidArgument(where() + "division code '" + *c + "' must be six digits");
      }
    }
    p.name_en = take(c_en);
    p.aliases = SplitAliases(WithoutInvisibleFormatChars(take(c_aliases)));
    p.province = WithoutInvisibleFormatChars(take(c_province));
    p.level = take(c_level);
    const std::string population = take(c_population), townships = take(c_townships);
    if (!ParseFigure(population, kMostPopulation, &p.population_2020)) {
      return Status::InvalidArgument(where() + "population_2020 '" + population +
                                     "' is not a number of residents (a plain number, at most 2e9)");
    }
    if (!ParseFigure(townships, kMostTownships, &p.townships)) {
      return Status::InvalidArgument(where() + "townships '" + townships +
                                     "' is not a number of townships (a plain number)");
    }
    p.population_source = take(c_population_source);
    p.townships_year = take(c_townships_year);
    p.townships_source = take(c_townships_source);
    places.push_back(std::move(p));
  }
  return places;
}

namespace {

// 重庆/重庆市, 广西/广西壮族自治区: the first two characters name a province.
std::string ProvinceKey(const std::string& province) { return province.substr(0, 6); }

}  // namespace

void MergePlaces(std::vector<Place>* base, const std::vector<Place>& extra) {
  for (const auto& p : extra) {
    Place* same = nullptr;
    for (auto& b : *base) {
      if (b.code == p.code) {
        same = &b;
        break;
      }
    }
    for (auto& b : *base) {
      if (same) break;
      if (!p.division_code.empty() && b.division_code == p.division_code) same = &b;
    }
    // By name: in the same province; with no province given, the one row
    // of that name (a name several rows share stays a new row).
    Place* by_name = nullptr;
    int named = 0;
    for (auto& b : *base) {
      if (same) break;
      if (b.name_zh != p.name_zh) continue;
      if (!p.province.empty() && ProvinceKey(b.province) == ProvinceKey(p.province)) same = &b;
      if (p.province.empty() && named++ == 0) by_name = &b;
    }
    if (!same && named == 1) same = by_name;
    if (!same) {
      base->push_back(p);
      continue;
    }
    Place merged = p;
    if (merged.division_code.empty()) merged.division_code = same->division_code;
    if (merged.parent_code.empty()) merged.parent_code = same->parent_code;
    if (merged.level.empty()) merged.level = same->level;
    if (merged.name_en.empty()) merged.name_en = same->name_en;
    if (merged.population_2020 == 0) {
      merged.population_2020 = same->population_2020;
      merged.population_source = same->population_source;
    }
    if (merged.townships == 0) {
      merged.townships = same->townships;
      merged.townships_year = same->townships_year;
      merged.townships_source = same->townships_source;
    }
    *same = std::move(merged);
  }
}

namespace {

// Administrative suffixes, longest first: 临夏回族自治州 must lose 回族自治州, not 州.
constexpr std::string_view kSuffixes[] = {"回族自治州", "藏族自治州", "蒙古族自治州", "自治州", "自治县",
                                          "自治区", "地区", "新区", "省", "市", "区", "县", "州", "盟", "旗"};

// The 55 minority nationalities' names (族 dropped), which autonomous places
// carry between their own name and 自治州/自治县/自治旗/自治区.
constexpr std::string_view kNationalities[] = {
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
    "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
    "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
    "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"};

bool EndsWithView(std::string_view s, std::string_view p) {
  return s.size() > p.size() && s.substr(s.size() - p.size()) == p;
}

// 恩施土家族苗族 → 恩施, 伊犁哈萨克 → 伊犁: drops the nationalities at the
// end of an autonomous place's stem, keeping at least two characters.
std::string_view DropNationalities(std::string_view stem) {
  for (bool dropped = true; dropped;) {
    dropped = false;
    std::string_view base = stem;
    if (EndsWithView(base, "族")) base.remove_suffix(3);
    for (std::string_view n : kNationalities) {
      if (EndsWithView(base, n) && CountChars(base.substr(0, base.size() - n.size())) >= 2) {
        stem = base.substr(0, base.size() - n.size());
        dropped = true;
        break;
      }
    }
  }
  return stem;
}

}  // namespace

std::string ShortPlaceName(const std::string& name_zh) {
  for (std::string_view suffix : {"自治州", "自治县", "自治旗", "自治区"}) {
    if (EndsWithView(name_zh, suffix)) {
      const std::string_view stem = DropNationalities(std::string_view(name_zh).substr(0, name_zh.size() - suffix.size()));
      if (CountChars(stem) >= 2) return std::string(stem);
    }
  }
  for (std::string_view suffix : kSuffixes) {
    if (name_zh.size() > suffix.size() &&
        std::string_view(name_zh).substr(name_zh.size() - suffix.size()) == suffix) {
      std::string stem = name_zh.substr(0, name_zh.size() - suffix.size());
      if (CountChars(stem) >= 2) return stem;
      return name_zh;
    }
  }
  return name_zh;
}


}  // namespace peercard
