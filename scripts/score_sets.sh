#!/bin/sh
# Scores `peercard extract` on every labelled set, one line each, so a
# change to extraction shows what it moves where:
#
#   scripts/score_sets.sh [build/peercard] [--holdout]
#
# dev (../shared/dev), tune, tune2, tune3, tune4, tune5, tune6 and the seeds with their manifest, each
# as its README says. The blind holdout is scored only with --holdout: run it
# when a change is finished, never to choose between versions of one.
set -eu
bin=build/peercard
holdout=no
for a in "$@"; do
  case "$a" in
    --holdout) holdout=yes ;;
    *) bin=$a ;;
  esac
done
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${PEERCARD_SHARED:-$here/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

score() {  # name, docs, gold, places ('' for none), extra extract flags
  name=$1 docs=$2 gold=$3 places=$4
  shift 4
  if [ -n "$places" ]; then
    "$bin" extract -q --places "$places" "$@" -o "$tmp/$name.csv" "$docs" 2>/dev/null || true
    line=$(python3 "$shared/tools/score.py" "$tmp/$name.csv" "$gold" --places "$places" | sed -n "s/^precision \(.*\)  recall \(.*\)/P \1 R \2/p; s/^F1 /F1 /p" | tr "\n" " ")
  else
    "$bin" extract -q "$@" -o "$tmp/$name.csv" "$docs" 2>/dev/null || true
    line=$(python3 "$shared/tools/score.py" "$tmp/$name.csv" "$gold" | sed -n "s/^precision \(.*\)  recall \(.*\)/P \1 R \2/p; s/^F1 /F1 /p" | tr "\n" " ")
  fi
  printf '%-8s %s\n' "$name" "$line"
}

score dev "$shared/dev/docs" "$shared/dev/gold.csv" "$shared/dev/places.csv"
score tune "$here/tests/data/corpus/tune/docs" "$here/tests/data/corpus/tune/gold.csv" \
  "$here/tests/data/corpus/tune/places.csv"
score tune2 "$here/tests/data/corpus/tune2/docs" "$here/tests/data/corpus/tune2/gold.csv" \
  "$here/tests/data/corpus/tune2/places.csv"
score tune3 "$here/tests/data/corpus/tune3/docs" "$here/tests/data/corpus/tune3/gold.csv" \
  "$here/tests/data/corpus/tune3/places.csv"
score tune4 "$here/tests/data/corpus/tune4/docs" "$here/tests/data/corpus/tune4/gold.csv" \
  "$here/tests/data/corpus/tune4/places.csv"
score tune5 "$here/tests/data/corpus/tune5/docs" "$here/tests/data/corpus/tune5/gold.csv" \
  "$here/tests/data/corpus/tune5/places.csv"
score tune6 "$here/tests/data/corpus/tune6/docs" "$here/tests/data/corpus/tune6/gold.csv" \
  "$here/tests/data/corpus/tune6/places.csv"
score seeds "$shared/seeds" "$shared/seeds/gold.csv" "" --manifest "$shared/seeds/manifest.csv"
score examples "$here/examples/corpus" "$here/examples/gold.csv" "" --manifest "$here/examples/manifest.csv"
if [ "$holdout" = yes ] && [ -f "$here/tests/data/corpus/holdout/gold.csv" ]; then
  score holdout "$here/tests/data/corpus/holdout/docs" "$here/tests/data/corpus/holdout/gold.csv" \
    "$here/tests/data/corpus/holdout/places.csv"
fi
