#!/usr/bin/env bash
# Builds the libFuzzer target fuzz/fuzz_extract.cc (ingest → segment → extract,
# with ASan and UBSan) with clang in build-fuzz/, and runs it for a bounded
# time, seeded from examples/corpus/*.txt and tests/data/fuzz/ (small byte
# strings: byte order marks, UTF-16, GB18030 fragments, numbers with
# qualifiers; and saved findings).
#
#   scripts/fuzz.sh [SECONDS]   # default 60; FUZZ_JOBS=N runs N workers
#   FUZZ_TARGET=fuzz_report_number scripts/fuzz.sh   # the number parser alone
#
# Needs: clang, libclang-rt-14-dev (libFuzzer and the sanitizer runtimes).
# A crash is saved as build-fuzz/artifacts/crash-*; copy it to tests/data/fuzz/
# so that tests/fuzz_regression_test.cc replays it in every test run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
jobs="${FUZZ_JOBS:-1}"
target="${FUZZ_TARGET:-fuzz_extract}"

mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPEERCARD_FUZZ=ON -DPEERCARD_SANITIZE=ON -DPEERCARD_TESTS=OFF > "$build/cmake.log"
cmake --build "$build" -j2 --target "$target"

seeds="$build/seeds"
corpus="$build/corpus-$target"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$build/artifacts"
if compgen -G "$root/examples/corpus/*.txt" > /dev/null; then cp "$root"/examples/corpus/*.txt "$seeds/"; fi
# tests/data/fuzz/: small byte strings (byte order marks, UTF-16, GB18030
# fragments, numbers with qualifiers, seed-*) and every saved finding, which
# tests/fuzz_regression_test.cc also replays.
cp "$root"/tests/data/fuzz/* "$seeds/"

# The cue words of metrics/ as a dictionary, so mutations splice real cues.
python3 - "$root/metrics" > "$build/extract.dict" <<'PY'
import glob, re, sys
words = set()
for path in glob.glob(sys.argv[1] + "/*.toml"):
    for line in open(path, encoding="utf-8"):
        if re.match(r"\s*(before|after|units|not_units|require|exclude|exclude_sentence)\s*=", line) or line.startswith(" "):
            for w in re.findall(r'"([^"]+)"', line):
                words.update(p for p in w.split("…") if p)
words.update(["政协", "委员会", "——", "综述", "年", "五年来", "一年来", "余", "多", "以上", "近", "约", "不足",
              "万", "千", "百", "十", "两", "〇", "，", "。", "；", "（", "）", "主席", "\n"])
for w in sorted(words):
    print('"' + "".join("\\x%02x" % b for b in w.encode("utf-8")) + '"')
PY

echo "fuzz.sh: running $target for ${seconds}s ($jobs job(s)); artifacts in $build/artifacts/"
cd "$build"
args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=12000
      -dict="$build/extract.dict" -artifact_prefix="$build/artifacts/" -print_final_stats=1)
if [ "$jobs" -gt 1 ]; then args+=(-jobs="$jobs" -workers="$jobs"); fi
"./$target" "${args[@]}" "$corpus" "$seeds"
