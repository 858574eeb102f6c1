// templates/: every string the PDFs print, in Chinese (strings.toml) and in
// English (strings.en.toml), and the layout numbers (margins, tile sizes, chart heights, font sizes), read
// at run time so that wording and layout change without recompiling.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "base/text_pattern.h"
#include "model/reason.h"

namespace peercard {

// The edition a run prints: Chinese (the default), Chinese with English
// after each label (--lang zh-en), or English throughout (--lang en).
enum class Language { kZh, kZhEn, kEn };

// "zh", "zh-en", "en"; false for anything else.
bool ParseLanguage(std::string_view text, Language* out);

// strings.toml holds the printed strings in tables ([card], [summary] …),
// addressed as "card.not_disclosed"; card.toml and summary.toml hold numbers,
// addressed by file stem: "card.margin", "summary.heat.cell_h"; its [reason]
// table prints the reasons of comparison.csv. Immutable after
// Load; safe to share between threads.
class Templates {
 public:
  // Reads DIR/strings.toml (and for kEn and kZhEn DIR/strings.en.toml, which
  // must have every key strings.toml has), DIR/card.toml, DIR/summary.toml
  // kZhEn prints each string as "中文 · English" (a
  // sentence: "中文。 English."), except the keys strings.en.toml lists in
  // edition.chinese_only.
  // InvalidArgument names the file and line of a TOML syntax error, a
  // required key that is missing ("DIR/strings.toml: missing string
  // 'card.not_disclosed'"), or a value of the wrong type; NotFound names a
  // missing file.
  static Result<Templates> Load(const std::string& dir, Language language = Language::kZh);

  Language language() const { return language_; }
  // True for the editions that print Chinese first (kZh, kZhEn).
  bool chinese() const { return language_ != Language::kEn; }

  // The string `key`. A key that is not in the templates (a bug: Load checks
  // every key the code uses) prints as "【key】", visibly, rather than
  // crashing a briefing.
  std::string Text(std::string_view key) const;

  // Text(key) with every "{name}" replaced by its value.
  std::string Fill(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> args) const;

  // Reasons as the PDFs print them: each from its "reason.<key>" string
  // (ReasonKey) with its parameters filled in, joined by "；"; a reason this
  // version does not know (kText) as it is. The English edition prints
  // English(reasons), as comparison.csv gives them.
  std::string Reason(const Reasons& reasons) const;

  // The layout number `key`. A key that is not there is a bug (Load refuses
  // templates without every key of kTemplateNumberKeys, so the code asked for
  // one it never listed): throws std::logic_error naming it, never 0.
  double Num(std::string_view key) const;

  // Every string, concatenated: what a font must be able to print.
  std::string AllText() const;

  // For tests and for users adapting a layout: add or replace an entry.
  void SetText(const std::string& key, std::string value) { strings_[key] = std::move(value); }
  void SetNum(const std::string& key, double value) { numbers_[key] = value; }

 private:
  std::map<std::string, std::string, std::less<>> strings_;
  std::map<std::string, double, std::less<>> numbers_;
  Language language_ = Language::kZh;
};

}  // namespace peercard
