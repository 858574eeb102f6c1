#!/usr/bin/env python3
"""Consistency checks for the holdout set (does not run or read the extractor).

Checks: every gold place is in places.csv; every doc has gold rows and every
gold doc exists; exactly the three indicators per (doc, place); every non-NA
gold value appears in its document as Arabic digits, full-width digits or
Chinese numerals (layout damage such as line breaks inside a number is
tolerated by also searching the text with whitespace removed).
"""
import csv, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
IND = {"consultations", "resolved", "deployed"}
DIG = "零一二三四五六七八九"


def read_doc(fn):
    raw = open(os.path.join(DOCS, fn), "rb").read()
    enc = "gb18030" if ".gb18030." in fn else "utf-8"
    return raw.decode(enc)


def cn_numeral(n):
    """Chinese numeral forms for n (< 100000): 一百六十一, 十六, 一百零七 ..."""
    if n == 0:
        return {"零"}
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    s, zero = "", False
    rest = n
    for u, ch in units:
        d, rest = divmod(rest, u)
        if d:
            if zero:
                s += "零"
                zero = False
            s += DIG[d] + ch
        elif s:
            zero = True
    if rest:
        if zero:
            s += "零"
        s += DIG[rest]
    forms = {s}
    if s.startswith("一十"):
        forms.add(s[1:])
    if "二" in s:
        forms.add(s.replace("二千", "两千").replace("二百", "两百"))
    # digit-by-digit form (二〇二三)
    forms.add("".join("〇一二三四五六七八九"[int(c)] for c in str(n)))
    return forms


def forms(v):
    n = int(v)
    f = {v, v.translate(str.maketrans("0123456789", "０１２３４５６７８９"))}
    f |= cn_numeral(n)
    if n >= 1000:
        f.add(f"{n:,}")
    return f


def main():
    errs = []
    places = {r["name_zh"] for r in csv.DictReader(open(os.path.join(HERE, "places.csv"), encoding="utf-8"))}
    gold = list(csv.DictReader(open(os.path.join(HERE, "gold.csv"), encoding="utf-8")))
    docs = {f: f for f in os.listdir(DOCS) if f.endswith(".txt")}  # gold names a doc by its file name
    by = defaultdict(list)
    for r in gold:
        by[(r["doc"], r["place_zh"])].append(r)
        if r["place_zh"] not in places:
            errs.append(f"gold place not in places.csv: {r['place_zh']} ({r['doc']})")
        if r["doc"] not in docs:
            errs.append(f"gold doc has no file: {r['doc']}")
        if r["indicator"] not in IND:
            errs.append(f"bad indicator {r['indicator']} in {r['doc']}")
        if r["value"] == "NA":
            if r["qualifier"]:
                errs.append(f"NA row with qualifier: {r}")
            continue
        if r["qualifier"] not in {"exact", "at_least", "approx", "at_most"}:
            errs.append(f"bad qualifier {r['qualifier']} in {r['doc']}")
        if r["doc"] in docs:
            text = read_doc(docs[r["doc"]])
            flat = re.sub(r"\s+", "", text)
            if not any(x in text or x in flat for x in forms(r["value"])):
                errs.append(f"value {r['value']} not found in {docs[r['doc']]} ({r['place_zh']} {r['indicator']})")
        if not re.fullmatch(r"\d{4}(-\d{4})?", r["period"]):
            errs.append(f"bad period {r['period']} in {r['doc']}")
    for (d, p), rs in by.items():
        inds = sorted(r["indicator"] for r in rs)
        if inds != sorted(IND):
            errs.append(f"({d}, {p}) has indicators {inds}")
        if len({r['period'] for r in rs}) != 1:
            errs.append(f"({d}, {p}) has more than one period")
    for d, f in docs.items():
        if not any(k[0] == d for k in by):
            errs.append(f"doc without gold rows: {f}")
        try:
            t = read_doc(f)
        except UnicodeDecodeError as e:
            errs.append(f"cannot decode {f}: {e}")
            continue
        for p in {k[1] for k in by if k[0] == d}:
            if p not in t and p.rstrip("县区市") not in t:
                errs.append(f"place {p} not named in {f}")
    for e in errs:
        print("ERROR:", e)
    print(f"{len(docs)} docs, {len(by)} doc-place pairs, {len(gold)} gold rows, "
          f"{sum(r['value'] != 'NA' for r in gold)} values, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
