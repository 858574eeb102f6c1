// Commands not written yet: each reports itself as unavailable. A command's
// owner deletes its stub here when adding command_<name>.cc.
#include <iostream>

#include "commands.h"

namespace peercard {

namespace {

CLI::App* AddPending(CLI::App& app, const char* name, const char* what, int* exit_code) {
  CLI::App* cmd = app.add_subcommand(name, what);
  cmd->allow_extras();
  cmd->callback([exit_code, name]() {
    std::cerr << "peercard: error: '" << name << "' is not available in this build\n";
    *exit_code = kExitUsage;
  });
  return cmd;
}

}  // namespace

CLI::App* AddCompareCommand(CLI::App& app, int* exit_code) {
  return AddPending(app, "compare", "Compare places with their peers into comparison.csv", exit_code);
}
CLI::App* AddRenderCommand(CLI::App& app, int* exit_code) {
  return AddPending(app, "render", "Render PDF report cards and the summary", exit_code);
}
CLI::App* AddRunCommand(CLI::App& app, int* exit_code) {
  return AddPending(app, "run", "extract, compare and render in one command", exit_code);
}
CLI::App* AddReviewCommand(CLI::App& app, int* exit_code) {
  return AddPending(app, "review", "List values that deserve a human look", exit_code);
}

}  // namespace peercard
