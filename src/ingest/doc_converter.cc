#include "ingest/doc_converter.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace peercard {

Result<std::string> ConvertDocToText(const std::string& path, const std::string& name) {
  const std::string save_as = ": save it as .docx (Word: 文件 → 另存为 → .docx)";
  int out[2];
  if (pipe(out) != 0) return Status::IoError(name + ": cannot run antiword: " + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", 0, 0);
  std::string a0 = "antiword", a1 = "-m", a2 = "UTF-8.txt", a3 = "-w", a4 = "0", a5 = path;
  char* argv[] = {a0.data(), a1.data(), a2.data(), a3.data(), a4.data(), a5.data(), nullptr};
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "antiword", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (spawned != 0) {
    close(out[0]);
    return Status::InvalidArgument(name + ": cannot read .doc files here: install antiword (apt-get install antiword), or" +
                                   save_as.substr(1));
  }
  std::string text;
  char buf[1 << 15];
  for (;;) {
    const ssize_t n = read(out[0], buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  close(out[0]);
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 127) {
    return Status::InvalidArgument(name + ": cannot read .doc files here: install antiword (apt-get install antiword), or" +
                                   save_as.substr(1));
  }
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0 || text.find_first_not_of(" \n\r\t") == std::string::npos) {
    return Status::InvalidArgument(name + ": antiword could not read it (not a Word 97-2003 file?)" + save_as);
  }
  return text;
}

}  // namespace peercard
