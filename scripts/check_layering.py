#!/usr/bin/env python3
"""Fails when a source file includes a header its stage must not use.

usage: check_layering.py SRC_DIR

Each folder of src/ is one stage (a CMake library, src/CMakeLists.txt). A
stage may include its own headers and those of the stages below it, and only
the third-party headers it links. Tests (*_test.cc) may include any stage's
headers, but third-party headers still only where their stage allows.
Prints one line per violation, 'FILE:LINE: ...', and exits 1 if any.
"""
import os
import re
import sys

# Stage -> stages it builds on (directly or not).
BELOW = {
    "base": set(),
    "model": {"base"},
    "ingest": {"base", "model"},
    "extract": {"base", "model", "ingest"},
    "tables": {"base", "model"},
    "compare": {"base", "model", "tables"},
    "draw": {"base", "model"},
    "pdf": {"base", "model", "draw"},
    "render": {"base", "model", "tables", "compare", "draw", "pdf"},
    "app": {"base", "model", "ingest", "extract", "tables", "compare", "draw", "pdf", "render"},
    "cli": {"base", "model", "ingest", "extract", "tables", "compare", "draw", "pdf", "render", "app"},
}

# Third-party header prefix -> the stages that may include it.
THIRD_PARTY = [
    ("hpdf", {"pdf"}),
    ("hb", {"pdf"}),
    ("CLI/", {"cli"}),
    ("Eigen/", {"compare"}),
    ("toml++/", {"model", "draw"}),
    ("xlsxwriter", {"tables"}),
    ("unicode/", {"base", "ingest", "extract", "draw", "pdf"}),
    ("poppler/", {"ingest"}),
    ("libxml/", {"ingest"}),
    ("zip.h", {"ingest"}),
    ("catch2/", None),  # tests only
]

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def check_file(path, stage, is_test):
    problems = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            kind, header = m.groups()
            if kind == '"':
                top = header.split("/", 1)[0]
                if "/" not in header or top not in BELOW:
                    continue  # a test helper in tests/, or a relative path
                if is_test or top == stage or top in BELOW[stage]:
                    continue
                problems.append(f"{path}:{n}: {stage}/ must not include \"{header}\" ({top}/ is not below {stage}/)")
                continue
            for prefix, allowed in THIRD_PARTY:
                if header.startswith(prefix):
                    if allowed is None:
                        if not is_test:
                            problems.append(f"{path}:{n}: <{header}> is for tests only")
                    elif stage not in allowed:
                        problems.append(f"{path}:{n}: {stage}/ must not include <{header}> "
                                        f"(only {', '.join(sorted(allowed))}/)")
                    break
    return problems


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    src = argv[1]
    problems, checked = [], 0
    for stage in sorted(os.listdir(src)):
        folder = os.path.join(src, stage)
        if not os.path.isdir(folder):
            continue
        if stage not in BELOW:
            problems.append(f"{folder}: a stage folder that check_layering.py does not know: add it to BELOW")
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith((".h", ".cc")):
                checked += 1
                problems += check_file(os.path.join(folder, name), stage, name.endswith("_test.cc"))
    for p in problems:
        print(p)
    print(f"check_layering: {checked} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
