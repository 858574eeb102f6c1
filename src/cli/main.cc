// peercard: Chinese CPPCC work reports → indicators → peer comparison → PDF cards.
#include <exception>
#include <iostream>

#include "base/atomic_file.h"
#include "cli/commands.h"
#include "cli/usage_hint.h"

int main(int argc, char** argv) {
  int exit_code = peercard::kExitOk;
  CLI::App app{"peercard: compare the grassroots consultation work of CPPCC committees"};
  app.set_version_flag("--version", std::string("peercard ") + PEERCARD_VERSION);
  app.require_subcommand(1);
  peercard::AddExtractCommand(app, &exit_code);
  peercard::AddInspectCommand(app, &exit_code);
  peercard::AddCompareCommand(app, &exit_code);
  peercard::AddRenderCommand(app, &exit_code);
  peercard::AddRunCommand(app, &exit_code);
  peercard::AddReviewCommand(app, &exit_code);
  // Ctrl-C or kill mid-write removes the temporaries being written.
  peercard::InstallTemporaryCleanup();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    if (rc == 0) return 0;
    if (const std::string hint = peercard::UsageHint(app, argc, argv); !hint.empty()) {
      std::cerr << "peercard: " << hint << "\n";
    }
    return peercard::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "peercard: internal error (please report it): " << e.what() << "\n";
    return peercard::kExitInternal;
  }
  return exit_code;
}
