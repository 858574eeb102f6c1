// report_text: the phrases the synthetic reports are built from, written for
// peercard's benchmarks (none is copied from a real report), and the template
// expansion that fills them in.
//
// Template tokens:
//   {N} place name (岚川市)   {n} short name (岚川)   {S} 全市/全县   {U} 市/县
//   {T} a topic (each occurrence drawn anew)   {TOWN} a township   {WHO} a person
//   {Y} report year   {NB} a neighbouring committee's place name
//   {P} period phrase (全年, 一年来 …; 五年来 … in a five-year review)
//   {WHEN} how the opening paragraph dates the report (2023年, 一年来, 五年来)
//   {d:LO-HI} a distractor count in digits   {q:LO-HI} the same, sometimes 余/多
//   #  the indicator's count and unit (indicator templates only)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus_gen.h"

namespace peercard {
namespace bench {

struct TemplateVars {
  std::string name, short_name, scope, unit_word, neighbour, when;
  int year = 0;
  bool five_year = false;
};

// Expands every token of `tmpl` but '#'. Draws topics, people and counts from rng.
std::string Expand(std::string_view tmpl, const TemplateVars& v, SplitMix64* rng);

// A way to state one indicator: the sentence with '#' where the count and
// unit go, the units it may take, and whether qualifiers before the number
// (近, 不足) or after the unit (以上, 左右) read well there.
struct IndicatorTemplate {
  const char* text;
  std::vector<const char*> units;
  bool allow_prefix;
  bool allow_trailing;
};

// Templates for an indicator of kGoldIndicators; empty for any other id.
const std::vector<IndicatorTemplate>& IndicatorTemplates(std::string_view indicator);

// Section i (0 … kSectionCount-1) of a report: its heading in one of three
// styles, and the boilerplate paragraphs (with their distractors) it draws from.
inline constexpr int kSectionCount = 6;
inline constexpr int kGrassrootsSection = 2;  // where consultations, resolved, deployed go
inline constexpr int kProposalsSection = 3;   // where proposals go
std::string_view SectionHeading(int section, int style);
const std::vector<const char*>& SectionParagraphs(int section);

// The neighbour paragraph (names {NB}'s committee mid-sentence), the
// province-meeting paragraph (a province-wide total the extractor must
// reject), and the closing outlook (a plan, not a result).
std::string_view NeighbourParagraph();
std::string_view ProvinceMeetingParagraph();
std::string_view OutlookParagraph(int i);  // i in [0, 2)
std::string_view OpeningParagraph(int i);  // i in [0, 3)
std::string_view GrassrootsLead(int i);    // i in [0, 3): opens the indicator paragraph
std::string_view ProposalsLead();
std::string_view Headline(int i);          // i in [0, kHeadlines)
inline constexpr int kHeadlines = 8;

// Two-character place stems: first and second character with pinyin.
struct Stem {
  const char* zh;
  const char* pinyin;
};
const std::vector<Stem>& StemFirsts();   // 60
const std::vector<Stem>& StemSeconds();  // 60
const std::vector<const char*>& Provinces();  // 10

}  // namespace bench
}  // namespace peercard
