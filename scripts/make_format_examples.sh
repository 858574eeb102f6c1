#!/usr/bin/env bash
# Makes the bundled examples' PDF, Word and web-page reports from their text
# in examples/sources/ (the generated files are committed so that the first
# README command reads them with no build step of its own):
#   examples/corpus/2024_nx-wuzhong_report.pdf     (PDF: running header, page numbers, hard-wrapped lines)
#   examples/corpus/2024_gs-qingyang_review.docx   (Word)
#   examples/corpus/2024_nx-shizuishan_news.html   (a web page saved from a browser, GBK)
# Usage: scripts/make_format_examples.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:-build}/peercard_bench"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for pair in pdf:2024_nx-wuzhong_report docx:2024_gs-qingyang_review html-gbk:2024_nx-shizuishan_news; do
  format=${pair%%:*} name=${pair#*:}
  mkdir -p "$tmp/$format/in"
  cp "examples/sources/$name.txt" "$tmp/$format/in/"
  "$bench" convert --to "$format" "$tmp/$format/in" "$tmp/$format/out" >/dev/null
  cp "$tmp/$format/out/"* examples/corpus/
done
ls -l examples/corpus/2024_nx-wuzhong_report.pdf examples/corpus/2024_gs-qingyang_review.docx \
  examples/corpus/2024_nx-shizuishan_news.html
