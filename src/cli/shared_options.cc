#include "cli/shared_options.h"

#include <iostream>

namespace peercard {

void AddPlacesOption(CLI::App* cmd, std::string* places) {
  cmd->add_option("--places", *places, "Your own places table (code,name_zh,…), added to the built-in one");
}

void AddMetricsOption(CLI::App* cmd, std::string* metrics) {
  cmd->add_option("--metrics", *metrics, "Indicator catalogue folder (default: the bundled metrics/)");
}

void AddOverridesOption(CLI::App* cmd, std::string* overrides, const std::string& help) {
  cmd->add_option("--overrides", *overrides, help);
}

void AddTemplatesOption(CLI::App* cmd, std::string* templates) {
  cmd->add_option("--templates", *templates, "Layouts and printed strings (default: the bundled templates/)");
}

void AddFontOptions(CLI::App* cmd, std::string* font, std::string* body_font) {
  cmd->add_option("--font", *font,
                  "TrueType font for the PDFs (.ttf, or face 0 of a .ttc) that prints headings and every "
                  "character the body font lacks (default: WenQuanYi Zen Hei)");
  cmd->add_option("--body-font", *body_font,
                  "TrueType font for body text, used where it has the glyph at --font's width; 'none' "
                  "prints everything with --font (default: Droid Sans Fallback)");
}

void AddLanguageOption(CLI::App* cmd, Language* language) {
  cmd->add_option_function<std::string>(
         "--lang",
         [language](const std::string& text) { ParseLanguage(text, language); },
         "Edition of the PDFs: zh (Chinese, the default), zh-en (Chinese with English labels), en (English)")
      ->check(CLI::IsMember({"zh", "zh-en", "en"}));
}

void AddManifestOptions(CLI::App* cmd, std::string* manifest, bool* none, const std::string& corpus) {
  CLI::Option* given = cmd->add_option("--manifest", *manifest,
                                       "manifest.csv: file,year,years[,city]; it wins over inference "
                                       "(default: the one in or beside " + corpus + ")");
  cmd->add_flag("--no-manifest", *none, "Take no manifest from " + corpus)->excludes(given);
}

std::string ChosenManifest(const std::string& given, bool none, const std::function<std::string()>& find, bool quiet) {
  if (!given.empty() || none) return none ? std::string() : given;
  const std::string found = find();
  if (!found.empty() && !quiet) std::cerr << "peercard: using manifest " << found << "\n";
  return found;
}

}  // namespace peercard
