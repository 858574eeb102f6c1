#!/usr/bin/env python3
"""Self-check of tune3: gold.csv against places.csv and the documents.

usage: python3 tests/data/corpus/tune3/check.py   (from any directory)

Checks (each failure is printed; the last line is OK or FAILED n):
 1. every gold document exists in docs/, and every file in docs/ has gold rows;
 2. every gold place (name + province) is exactly one row of places.csv, every
    places.csv row is used, and codes are unique and well formed;
 3. every (doc, place) has exactly one period and exactly one row for each of
    consultations, resolved and deployed;
 4. every non-NA value is written in its document: Arabic digits, full-width
    digits or Chinese numerals all count, and whitespace (line breaks, spaces)
    is removed first, so "13\\n32次" counts as 1332; at least one occurrence
    must carry a cue that matches the qualifier (余/多/以上/超/逾 -> at_least,
    约/近 -> approx, none of these -> exact);
 5. qualifier is exact|at_least|approx for values and empty for NA.
Notes (not failures): a period year that is printed neither in the document
nor in its file name is listed, since such years are derived (过去一年 in a
January report, 去年 ...). See README.md for each case.
"""
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
INDICATORS = ("consultations", "resolved", "deployed")
CUES = {"at_least": ("余", "多", "以上", "超", "逾"), "approx": ("约", "近")}
ALL_CUES = CUES["at_least"] + CUES["approx"]

DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
         "六": 6, "七": 7, "八": 8, "九": 9}
UNIT = {"十": 10, "百": 100, "千": 1000}
BIG = {"万": 10000, "亿": 100000000}
CN_CHARS = "".join(DIGIT) + "".join(UNIT) + "".join(BIG)


def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    enc = "gb18030" if ".gb18030." in name else "utf-8-sig"
    text = raw.decode(enc)
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text)


def cn_to_int(s):
    """Parse a run of Chinese numeral characters; None if it is not a number."""
    if not s:
        return None
    if all(c in DIGIT for c in s):  # 二〇二三, or a single digit
        if len(s) == 1:
            return DIGIT[s]
        return int("".join(str(DIGIT[c]) for c in s))
    total, section, num = 0, 0, None
    for c in s:
        if c in DIGIT:
            num = DIGIT[c]
        elif c in UNIT:
            section += (1 if num is None else num) * UNIT[c]
            num = None
        elif c in BIG:
            section += num or 0
            total += (section or 1) * BIG[c]
            section, num = 0, None
    return total + section + (num or 0)


def numbers(text):
    """Yield (value, start, end) for every number written in the text."""
    for m in re.finditer(r"\d+(?:,\d{3})*(?:\.\d+)?(万|亿)?", text):
        v = float(m.group(0).rstrip("万亿").replace(",", ""))
        if m.group(1):
            v *= BIG[m.group(1)]
        yield v, m.start(), m.end()
    for m in re.finditer("[" + CN_CHARS + "]+", text):
        run = m.group(0)
        # a run may carry a leading word character such as 一线 or 十四五; try the
        # whole run and every suffix and prefix so that 第一百二十 etc. are found
        seen = set()
        for i in range(len(run)):
            for j in range(len(run), i, -1):
                v = cn_to_int(run[i:j])
                if v is not None and (v, i, j) not in seen:
                    seen.add((v, i, j))
                    yield float(v), m.start() + i, m.start() + j


def cue_at(text, start, end):
    before = text[max(0, start - 2):start]
    after = text[end:end + 4]
    found = set()
    for q, cues in CUES.items():
        for c in cues:
            if c in ("余", "多"):
                if after.startswith(c):
                    found.add(q)
            elif c == "以上":
                if "以上" in after:
                    found.add(q)
            elif c in before:
                found.add(q)
    return found


def main():
    fails = []
    notes = []
    gold = list(csv.DictReader(open(os.path.join(HERE, "gold.csv"), encoding="utf-8-sig")))
    places = list(csv.DictReader(open(os.path.join(HERE, "places.csv"), encoding="utf-8-sig")))

    # 1. documents
    files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
    gold_docs = {r["doc"] for r in gold}
    for d in sorted(gold_docs - set(files)):
        fails.append(f"gold doc {d} is not in docs/")
    for d in sorted(set(files) - gold_docs):
        fails.append(f"docs/{d} has no gold rows")

    # 2. places
    by_name = defaultdict(list)
    codes = set()
    for p in places:
        if not re.fullmatch(r"[a-z]{2}-[a-z]+", p["code"]):
            fails.append(f"places.csv: malformed code {p['code']}")
        if p["code"] in codes:
            fails.append(f"places.csv: duplicate code {p['code']}")
        codes.add(p["code"])
        by_name[(p["name_zh"], p["province"][:2])].append(p["code"])
    used = set()
    for r in gold:
        c = by_name.get((r["place_zh"], r["province_zh"][:2]), [])
        if len(c) != 1:
            fails.append(f"{r['doc']}: place {r['place_zh']} ({r['province_zh']}) matches {len(c)} rows of places.csv")
        else:
            used.add(c[0])
    for c in sorted(codes - used):
        fails.append(f"places.csv: code {c} is not used in gold")

    # 3. three indicators, one period per (doc, place)
    pairs = defaultdict(list)
    for r in gold:
        pairs[(r["doc"], r["place_zh"])].append(r)
    for (d, p), rows in sorted(pairs.items()):
        inds = sorted(r["indicator"] for r in rows)
        if inds != sorted(INDICATORS):
            fails.append(f"{d} {p}: indicators {inds}")
        periods = {r["period"] for r in rows}
        if len(periods) != 1:
            fails.append(f"{d} {p}: several periods {sorted(periods)}")
        for per in periods:
            if not re.fullmatch(r"\d{4}(-\d{4})?", per):
                fails.append(f"{d} {p}: malformed period {per}")

    # 4, 5. values and qualifiers; notes on period years
    texts = {f: read_doc(f) for f in files}
    for r in gold:
        d, v, q = r["doc"], r["value"].strip(), r["qualifier"].strip()
        if d not in texts:
            continue
        if v == "NA":
            if q:
                fails.append(f"{d} {r['place_zh']} {r['indicator']}: NA with qualifier {q}")
            continue
        if q not in ("exact", "at_least", "approx"):
            fails.append(f"{d} {r['place_zh']} {r['indicator']}: bad qualifier {q!r}")
            continue
        text = texts[d]
        hits = [(s, e) for val, s, e in numbers(text) if abs(val - float(v)) < 1e-9]
        if not hits:
            fails.append(f"{d} {r['place_zh']} {r['indicator']}: value {v} is not written in the document")
            continue
        ok = False
        for s, e in hits:
            found = cue_at(text, s, e)
            if (q == "exact" and not found) or (q != "exact" and q in found):
                ok = True
                break
        if not ok:
            fails.append(f"{d} {r['place_zh']} {r['indicator']}: {v} is written, but never with a {q} cue")
    seen = set()
    for r in gold:
        d = r["doc"]
        if d not in texts or (d, r["place_zh"]) in seen:
            continue
        seen.add((d, r["place_zh"]))
        years = {int(y) for y in r["period"].split("-")}
        printed = {int(val) for val, s, e in numbers(texts[d]) if 1900 < val < 2100}
        for y in sorted(years):
            if y not in printed and str(y) not in d:
                notes.append(f"{d} {r['place_zh']}: period year {y} is derived, not printed")

    for n in notes:
        print("note:", n)
    for f in fails:
        print("FAIL:", f)
    vals = sum(1 for r in gold if r["value"].strip() != "NA")
    print(f"{len(files)} docs, {len(pairs)} doc-place pairs, {len(codes)} places, "
          f"{len(gold)} rows, {vals} values, {len(gold) - vals} NA")
    print("OK" if not fails else f"FAILED {len(fails)}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
