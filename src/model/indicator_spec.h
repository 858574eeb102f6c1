// The indicator catalogue: one TOML file per indicator in metrics/. Adding a
// file adds an indicator; nothing here names a particular indicator.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace peercard {

enum class IndicatorKind { kFlow, kStock };  // flows are divided by years, stocks never

// Where in the text around a number a feature looks for its family's words.
enum class FeatureScope {
  kClause,          // the number's clause
  kBefore,          // the clause, from its start to the number
  kAfter,           // the clause, from the classifier to its end
  kSentence,        // the number's sentence
  kSentenceBefore,  // the sentence, from its start to the number
  kBetween,         // between the counted noun and the number
};

// A slot of 1,024 for a FirstCharKey (a multiplicative hash's top ten bits).
inline uint32_t FirstCharSlot(uint32_t key) { return (key * 0x9E3779B1u) >> 22; }

// The first character of s (up to three bytes) packed into an integer.
inline uint32_t FirstCharKey(std::string_view s) {
  uint32_t k = 0;
  for (size_t i = 0; i < 3 && i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (i > 0 && (b & 0xC0) != 0x80) break;
    k = (k << 8) | b;
  }
  return k;
}

// A word family of metrics/families/: words that mean one thing to the
// extractor (the consultation nouns, plans, higher levels …), shared by the
// indicators that name it.
struct WordFamily {
  std::string name;                // file stem: "consultation"
  std::vector<std::string> words;  // longest first
  // A word counted or quantified just before it (27个委员工作室, 各村) speaks
  // of many units, not one: it does not fire.
  bool unless_counted = false;
  // A word followed by one of these names something else: 省政协 in
  // 省政协委员 is the members' committee, not a higher level's figure.
  std::vector<std::string> unless_followed_by;
  // The first character of each word, packed by FirstCharKey, sorted: the
  // extractor scans a span once and compares words only where one may start.
  std::vector<uint32_t> first_chars;
  // For first_chars[k], the indices in `words` of the words that start with
  // it, longest first: only those are compared there.
  std::vector<std::vector<uint32_t>> words_by_first;
  // FirstCharSlot of each first character, one bit each of 1,024: a span's
  // other characters are passed over with one test (about 2 % of them pass
  // for a family of twenty first characters), before any search of
  // first_chars.
  std::array<uint64_t, 16> first_char_bits{};
  bool MayStartWord(uint32_t key) const {
    const uint32_t slot = FirstCharSlot(key);
    return (first_char_bits[slot >> 6] >> (slot & 63)) & 1;
  }
};

// One feature of a candidate: a family's words in a scope, and its weight.
struct FeatureSpec {
  std::string family;
  FeatureScope scope = FeatureScope::kClause;
  double weight = 0;
  // When the number's sentence opens (after its time) with the passage's own
  // place or committee (2020年以来，泸县抓住省政协…的机遇，…解决了161个), the
  // family's words before the number's clause are the place's context, not
  // the count's owner: only those in its clause fire.
  bool unless_own_subject = false;
  WordFamily words;  // filled from metrics/families/ when the catalogue loads
};

// How a number is recognised as a value of the indicator (see extract.h):
// its classifier, the noun it counts standing next to it, the verb of the
// clause, and weighted features; the score is the sum of the weights that
// fire, and below `threshold` the value stays NA.
struct Recogniser {
  std::vector<std::string> classifiers;      // right after the number, longest first: 场次, 场, 次
  std::vector<std::string> not_classifiers;  // longer classifiers that count other things: 人次
  FeatureSpec noun;       // the counted noun's family, required
  int noun_before = 8;    // characters allowed from the noun's end to the number (协商活动 960场)
  int noun_after = 4;     // characters allowed from the classifier to the noun (64场 协商座谈会)
  FeatureSpec verb;       // the clause's verb family (开展, 解决, 下沉)
  int verb_reach = 0;     // clauses after the number the verb may stand in (委员共268名，已全部下沉)
  std::vector<FeatureSpec> features;
  // A handful (两次协商, 两件…解决方案) tells one story, not a place's
  // year: a value below `small_below` adds `small_weight` (0: no such feature).
  double small_below = 0;
  double small_weight = 0;
  std::string small_label;  // "<5", what `inspect` prints for the feature
  double threshold = 3.0;
};

// A ratio column: this indicator divided by another (resolved per consultation).
struct RatioSpec {
  std::string id;           // "per_consultation"
  std::string denominator;  // indicator id
  std::string label_zh;
  std::string label_en;
};

// How wide a qualified value's interval is, as a fraction of the value:
// 1000余 → [1000, 1000·(1+at_least)), 约500 → 500·(1±approx),
// 不足50 → (50·(1−at_most), 50].
struct IntervalRule {
  double at_least = 0.10;
  double approx = 0.05;
  double at_most = 0.10;
};

struct IndicatorSpec {
  std::string id;        // file stem, [a-z_]+: "consultations"
  std::string label_zh;  // "协商活动场次"
  std::string label_en;  // "Consultation sessions"
  std::string unit_zh;   // "场次"
  std::string unit_en;   // "sessions" (optional)
  // What the place did, for the card's key points: "开展协商活动" reads
  // "酒泉市开展协商活动1236场次" (optional; without it "协商活动场次为…").
  std::string phrase_zh;
  std::string phrase_en;  // "held consultation sessions:" (optional)
  IndicatorKind kind = IndicatorKind::kFlow;
  bool higher_is_better = true;
  double weight = 1.0;   // in the composite
  // Normalisations shown, in order: any of "per_year", "per_10k", "per_township".
  std::vector<std::string> normalisations;
  std::string compare_on = "per_10k";  // the basis of peer statistics: "raw" or a normalisation
  std::vector<RatioSpec> ratios;
  IntervalRule interval;
  Recogniser recognise;
  std::string source_path;  // the file it was read from
};

// Reads one indicator file. Returns InvalidArgument naming the file and key
// for a missing id/label, an unknown kind, normalisation, basis, scope or
// key. Feature words are not filled in (see LoadIndicatorCatalogue).
Result<IndicatorSpec> LoadIndicatorSpec(const std::string& path);

// Reads the word families of `dir` (one *.toml per family: `words = […]`,
// optional `unless_counted`), sorted by name; errors name the file.
Result<std::vector<WordFamily>> LoadWordFamilies(const std::string& dir);

// Reads every *.toml in `dir`, sorted by file name, and fills each feature's
// words from the families in dir/families/; an unknown family is an error
// naming the indicator file.
Result<std::vector<IndicatorSpec>> LoadIndicatorCatalogue(const std::string& dir);

// Index of the indicator with `id` in `catalogue`, or -1.
int FindIndicator(const std::vector<IndicatorSpec>& catalogue, const std::string& id);

}  // namespace peercard
