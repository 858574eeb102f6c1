// The review list for a terminal and the template overrides.csv (review.h).
#include <map>
#include <set>
#include <tuple>

#include "base/csv.h"
#include "base/csv_values.h"
#include "compare/review.h"

namespace peercard {

namespace {

struct ReasonText {
  ReviewReason reason;
  const char* heading;  // 中文, then English
  const char* count;    // for the closing line
};

constexpr ReasonText kReasons[] = {
    {ReviewReason::kConflict, "冲突 conflicts: documents give different values (compare refuses them until settled)",
     "冲突 conflicts"},
    {ReviewReason::kOutlier, "离群值 outliers: far from the year's peers by robust z", "离群值 outliers"},
    {ReviewReason::kJump, "突变 jumps: far from the place's previous comparable value", "突变 jumps"},
    {ReviewReason::kQualified, "限定值 qualified values: at least, about or at most", "限定值 qualified"},
    {ReviewReason::kNoValue, "无数值 no value: covered by the documents, but no figure stated", "无数值 no value"},
};

// The short heading of a reason: "冲突 conflicts".
std::string ReasonHeading(ReviewReason reason) {
  for (const ReasonText& r : kReasons) {
    if (r.reason == reason) return r.count;
  }
  return "";
}

constexpr const char* kSuggestionsIntro =
    " 待复核的建议 suggestions: 核对原文后删去行首的 #，改正数值并填写 reason；不改的行留作注释或删去 "
    "(check the report, delete the leading #, correct the value and give a reason; leave or delete the rest)";

std::string AsPrinted(const std::optional<double>& value, Qualifier q) {
  if (!value) return "NA";
  static const char* const kPrefix[] = {"", "≥", "约", "≤"};
  return kPrefix[static_cast<int>(q)] + FormatCsvNumber(*value);
}

std::string EvidenceLine(const Observation& o) {
  std::string where = o.doc;
  if (o.line > 0) where += ":" + std::to_string(o.line);
  std::string line = "    " + where + "  " + AsPrinted(o.value, o.qualifier);
  if (!o.evidence.empty()) line += "  「" + o.evidence + "」";
  return line + "\n";
}

std::string OverrideLine(const std::string& doc, const std::string& city, const Period& period,
                         const std::string& indicator, const std::optional<double>& value, Qualifier q,
                         const std::string& reason) {
  return CsvLine({doc, city, period.ToString(), indicator, value ? FormatCsvNumber(*value) : "NA",
                  value ? std::string(QualifierName(q)) : "", reason});
}

}  // namespace

std::string FormatReviewList(const std::vector<ReviewFlag>& flags, const std::vector<IndicatorSpec>& catalogue,
                             const std::vector<Place>& places) {
  std::map<std::string, std::string> place_names, labels;
  for (const Place& p : places) place_names[p.code] = p.name_zh;
  for (const IndicatorSpec& s : catalogue) labels[s.id] = s.label_zh;
  if (flags.empty()) return "没有需要复核的数值 nothing to review\n";
  std::string out, counts;
  for (const ReasonText& r : kReasons) {
    int n = 0;
    for (const ReviewFlag& f : flags) {
      if (f.reason != r.reason) continue;
      if (n++ == 0) out += std::string(out.empty() ? "" : "\n") + "== " + r.heading + " ==\n";
      std::string name = place_names.count(f.city) ? " " + place_names[f.city] : "";
      std::string label = labels.count(f.indicator) ? labels[f.indicator] + " " : "";
      out += f.city + name + " · " + f.period.ToString() + " · " + label + "(" + f.indicator + ") · " +
             AsPrinted(f.value, f.qualifier) + " — " + f.detail + "\n";
      for (const Observation& o : f.evidence) out += EvidenceLine(o);
    }
    if (n > 0) counts += std::string(counts.empty() ? "" : ", ") + r.count + " " + std::to_string(n);
  }
  return out + "\n共 " + std::to_string(flags.size()) + " 项待复核 " + std::to_string(flags.size()) +
         " to review: " + counts + "\n";
}

std::string FormatOverridesTemplate(const std::vector<Override>& kept, const std::vector<ReviewFlag>& flags) {
  std::string out(kUtf8Bom);
  out += CsvLine(std::vector<std::string>(std::begin(kOverrideColumns), std::end(kOverrideColumns)));
  std::set<std::tuple<std::string, std::string, Period>> covered;  // city, indicator, period
  for (const Override& o : kept) {
    out += OverrideLine(o.doc, o.city, o.period, o.indicator, o.value, o.qualifier, o.reason);
    covered.emplace(o.city, o.indicator, o.period);
  }
  // Every flag of a key, in (reason, …) order, under one suggestion per key.
  std::map<std::tuple<std::string, std::string, Period>, std::vector<const ReviewFlag*>> rows;  // sorted
  for (const ReviewFlag& f : flags) rows[std::make_tuple(f.city, f.indicator, f.period)].push_back(&f);
  bool intro = false;
  for (const auto& [key, fs] : rows) {
    if (covered.count(key)) continue;
    if (!intro) {
      out += CsvLine({std::string(kOverrideComment) + kSuggestionsIntro});
      intro = true;
    }
    for (const ReviewFlag* f : fs) {
      std::string why = std::string(kOverrideComment) + " " + ReasonHeading(f->reason) + " — " + f->city + " " +
                        f->period.ToString() + " " + f->indicator + ": " + f->detail;
      if (!f->evidence.empty()) {
        const Observation& e = f->evidence.front();
        why += " | " + e.doc + (e.line > 0 ? ":" + std::to_string(e.line) : "");
        if (!e.evidence.empty()) why += " 「" + e.evidence + "」";
      }
      out += CsvLine({why});
    }
    const ReviewFlag& f = *fs.front();
    out += OverrideLine(std::string(kOverrideComment), f.city, f.period, f.indicator, f.value, f.qualifier, "");
  }
  return out;
}

}  // namespace peercard
