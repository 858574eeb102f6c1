#!/usr/bin/env python3
"""Self-check for the tune set (run from the repo root or from this directory).

  python3 tests/data/corpus/tune/check.py

Checks that
  1. every gold doc file exists (docs/NN.gb18030.txt is read as GB18030, the rest as UTF-8);
  2. every gold place resolves to exactly one code in places.csv (name + first two
     characters of the province, as ../shared/tools/score.py does), and every
     places.csv row is used;
  3. every non-NA gold value is written in its document in some form (Arabic,
     full-width or Chinese numerals; whitespace and line breaks removed, so
     "34\\n6名" counts as 346) and the qualifier has a cue next to it
     (余/多/以上 for at_least, 约/近 for approx, none of these for exact);
  4. every period is derivable: each year of the period is printed in the doc
     (Arabic or 二〇二三-style), or the doc says 过去一年/去年 and prints the next year.
Exits 1 on an error; prints warnings for cues it cannot confirm.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIG = "〇一二三四五六七八九"


def read_doc(name):
    path = os.path.join(HERE, "docs", name)
    enc = "gb18030" if name.endswith(".gb18030.txt") else "utf-8"
    with open(path, encoding=enc) as f:
        return f.read()


def norm(text):
    text = text.translate({0xFF10 + i: 0x30 + i for i in range(10)})  # full-width digits
    return re.sub(r"\s+", "", text)


def cn_number(n):
    """1332 -> 一千三百三十二; 120 -> 一百二十; 17 -> 十七."""
    units = [(1000, "千"), (100, "百"), (10, "十")]
    if n == 0:
        return "零"
    out, zero = "", False
    for u, ch in units:
        d, n = divmod(n, u)
        if d:
            if zero:
                out += "零"
            out += DIG[d] + ch
            zero = False
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += DIG[n]
    if out.startswith("一十"):
        out = out[1:]
    return out


def forms(v):
    v = int(float(v))
    fs = {str(v), cn_number(v) if v < 10000 else ""}
    if v >= 10000 and v % 1000 == 0:
        fs.add(f"{v / 10000:g}万")
    return {f for f in fs if f}


def find(text, form):
    """Positions where form occurs not glued to other digits."""
    hits = []
    for m in re.finditer(re.escape(form), text):
        a, b = m.start(), m.end()
        if form[0].isdigit() and a > 0 and (text[a - 1].isdigit() or text[a - 1] == "."):
            continue
        if form[-1].isdigit() and b < len(text) and (text[b].isdigit() or text[b] == "."):
            continue
        if not form[0].isdigit() and a > 0 and text[a - 1] in DIG + "十百千":
            continue
        hits.append((a, b))
    return hits


def year_forms(y):
    return {str(y), "".join(DIG[int(c)] for c in str(y))}


def main():
    errors, warnings = [], []
    with open(os.path.join(HERE, "places.csv"), encoding="utf-8") as f:
        places = list(csv.DictReader(f))
    table = {}
    for r in places:
        table.setdefault((r["name_zh"], r["province"][:2]), []).append(r["code"])
    used = set()
    with open(os.path.join(HERE, "gold.csv"), encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    cache = {}
    for g in gold:
        doc = g["doc"]
        if doc not in cache:
            if not os.path.exists(os.path.join(HERE, "docs", doc)):
                errors.append(f"{doc}: file missing")
                cache[doc] = None
                continue
            cache[doc] = norm(read_doc(doc))
        text = cache[doc]
        if text is None:
            continue
        codes = table.get((g["place_zh"], g["province_zh"][:2]), [])
        if len(set(codes)) != 1:
            errors.append(f"{doc}: place {g['place_zh']} ({g['province_zh']}) -> {codes}")
        else:
            used.add(codes[0])
        if g["place_zh"][:2] not in text:
            errors.append(f"{doc}: place {g['place_zh']} not named in the text")
        # period
        years = [int(y) for y in g["period"].split("-")]
        for y in years:
            if not any(yf in text for yf in year_forms(y)):
                if not (any(yf in text for yf in year_forms(y + 1)) and ("过去一年" in text or "去年" in text)):
                    warnings.append(f"{doc}: {g['place_zh']} period {g['period']}: year {y} not printed")
        if g["value"] == "NA":
            continue
        hits = [(f, h) for f in forms(g["value"]) for h in find(text, f)]
        if not hits:
            errors.append(f"{doc}: {g['place_zh']} {g['indicator']} {g['value']} not found in text")
            continue
        q = g["qualifier"]
        def cue(h):
            a, b = h
            after, before = text[b:b + 3], text[max(0, a - 2):a]
            if q == "at_least":
                return bool(re.match(r"(余|多|以上)", after))
            if q == "approx":
                return "约" in before or "近" in before
            return not re.match(r"(余|多|以上)", after) and "约" not in before and "近" not in before
        if not any(cue(h) for _, h in hits):
            warnings.append(f"{doc}: {g['place_zh']} {g['indicator']} {g['value']}: no '{q}' cue next to it")
    for r in places:
        if r["code"] not in used:
            errors.append(f"places.csv: {r['code']} not used by gold")
    n = len(gold)
    nn = sum(1 for g in gold if g["value"] != "NA")
    print(f"gold rows {n} ({nn} values, {n - nn} NA), docs {len(cache)}, places {len(places)}")
    for w in dict.fromkeys(warnings):
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
