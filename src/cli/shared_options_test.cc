#include "cli/shared_options.h"
#include "cli/commands.h"

#include <catch2/catch.hpp>

namespace peercard {
namespace {

TEST_CASE("the manifest: the one given, none when told, else the one found", "[cli]") {
  int looked = 0;
  const auto find = [&] {
    ++looked;
    return std::string("corpus/manifest.csv");
  };
  CHECK(ChosenManifest("mine.csv", false, find, true) == "mine.csv");
  CHECK(ChosenManifest("", true, find, true).empty());
  CHECK(looked == 0);  // given or refused: nothing is looked for
  CHECK(ChosenManifest("", false, find, true) == "corpus/manifest.csv");
  CHECK(looked == 1);
}

TEST_CASE("the options several commands take read the same in each", "[cli]") {
  CLI::App app;
  int code = 0;
  std::vector<CLI::App*> commands = {AddExtractCommand(app, &code), AddInspectCommand(app, &code),
                                     AddCompareCommand(app, &code), AddRenderCommand(app, &code),
                                     AddRunCommand(app, &code),     AddReviewCommand(app, &code)};
  for (const char* name : {"--places", "--metrics", "--templates", "--font", "--lang"}) {
    INFO(name);
    std::string help;
    int declared = 0;
    for (CLI::App* cmd : commands) {
      const CLI::Option* o = cmd->get_option_no_throw(name);
      if (!o) continue;
      ++declared;
      if (help.empty()) help = o->get_description();
      CHECK(o->get_description() == help);
    }
    CHECK(declared >= 2);
  }
}

}  // namespace
}  // namespace peercard
