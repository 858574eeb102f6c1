#include "cli/usage_hint.h"

#include <string_view>
#include <vector>

#include "base/suggest.h"
#include "base/join.h"

namespace peercard {

namespace {

std::string DidYouMean(const std::string& choice) { return choice.empty() ? "" : "did you mean '" + choice + "'?"; }

// Every long option of `cmd` and of the app above it ("--threads", "--help").
std::vector<std::string> LongOptions(const CLI::App& cmd) {
  std::vector<std::string> names;
  for (const CLI::App* a = &cmd; a != nullptr; a = a->get_parent()) {
    for (const CLI::Option* opt : a->get_options()) {
      for (const std::string& n : opt->get_lnames()) names.push_back("--" + n);
    }
  }
  return names;
}

}  // namespace

std::string UsageHint(const CLI::App& app, int argc, const char* const* argv) {
  const CLI::App* cmd = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") break;
    if (word.size() > 2 && word.compare(0, 2, "--") == 0) {
      const std::string name = word.substr(0, word.find('='));
      const CLI::App& owner = cmd ? *cmd : app;
      bool known = false;
      for (const CLI::App* a = &owner; a != nullptr && !known; a = a->get_parent()) {
        known = a->get_option_no_throw(name) != nullptr;
      }
      if (!known) return DidYouMean(NearestChoice(name, LongOptions(owner)));
      continue;
    }
    if (cmd == nullptr && !word.empty() && word[0] != '-') {
      std::vector<std::string> commands;
      for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        commands.push_back(sub->get_name());
        if (sub->get_name() == word) cmd = sub;
      }
      if (cmd == nullptr) {
        const std::string near = NearestChoice(word, commands);
        if (!near.empty()) return DidYouMean(near);
        const std::string listed = Join(commands, ", ");
        return "'" + word + "' is not a command; the commands are " + listed;
      }
    }
  }
  return "";
}

}  // namespace peercard
