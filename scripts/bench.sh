#!/usr/bin/env bash
# Runs every peercard benchmark on a Release build (build-bench/) and prints
# the numbers BENCHMARKS.md records: extract (1 and all threads, stages,
# memory, precision/recall on planted values), compare, render, and the whole
# `peercard run` on 300 places x 10 years with /usr/bin/time -v on 1 and 2
# threads.
#
#   scripts/bench.sh            # everything, ~2 minutes on 2 idle cores
#   REPEAT=5 scripts/bench.sh   # more timed runs per measurement
#   ONLY=run scripts/bench.sh   # one part: extract, compare, render or run
#
# The machine is shared: read CPU seconds and ratios measured in one run, and
# repeat. Needs /usr/bin/time (Debian package `time`) for the run part.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BENCH_BUILD_DIR:-$root/build-bench}"
repeat="${REPEAT:-3}"
only="${ONLY:-all}"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$build" -j2 --target peercard peercard_bench > /dev/null
bench="$build/peercard_bench"
peercard="$build/peercard"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
want() { [ "$only" = all ] || [ "$only" = "$1" ]; }

if want extract; then
  echo; echo "== peercard_bench extract --reports 3000"
  "$bench" extract --reports 3000 --repeat "$repeat"
fi
if want compare; then
  echo; echo "== peercard_bench compare (3000 places x 10 years x every indicator, 1000 draws)"
  "$bench" compare --places 3000 --years 10 --draws 1000 --repeat "$repeat"
fi
if want render; then
  echo; echo "== peercard_bench render --cards 300"
  "$bench" render --cards 300
fi
if want run; then
  echo; echo "== peercard run on 300 places x 10 years (target < 5 s)"
  if [ ! -x /usr/bin/time ]; then
    echo "skipped: /usr/bin/time is missing (apt-get install time)"
    exit 0
  fi
  work="$(mktemp -d "${TMPDIR:-/tmp}/peercard-bench-run-XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  "$bench" gen "$work/gen" --places 300 --years 10 | head -1
  printf '  %-8s %8s %8s %8s %10s %10s %7s\n' threads "wall s" "user s" "sys s" "peak MiB" "output MB" cards
  for threads in 1 2; do
    for i in $(seq "$repeat"); do
      out="$work/out-$threads-$i"
      status=0
      /usr/bin/time -v -o "$work/time.txt" "$peercard" run "$work/gen/corpus" --manifest "$work/gen/manifest.csv" \
        --places "$work/gen/places.csv" -o "$out" --threads "$threads" -q > "$work/run.log" 2>&1 || status=$?
      wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" |
              awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
      user="$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")"
      sys="$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")"
      rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")"
      size="$(du -sk "$out" 2>/dev/null | cut -f1)"
      cards="$(find "$out" -name '*.pdf' -path '*cards*' 2>/dev/null | wc -l)"
      printf '  %-8s %8.2f %8.2f %8.2f %10.1f %10.1f %7s%s\n' "$threads" "$wall" "$user" "$sys" \
        "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$(awk -v k="${size:-0}" 'BEGIN { print k / 1000 }')" "$cards" \
        "$([ "$status" = 0 ] || echo "  (exit $status: $(tail -1 "$work/run.log"))")"
      [ "$i" = "$repeat" ] || rm -rf "$out"
    done
  done
  obs="$(find "$work/out-1-$repeat" -name observations.csv | head -1)"
  if [ -n "$obs" ]; then "$bench" check "$work/gen" "$obs" --examples 5; fi
fi
