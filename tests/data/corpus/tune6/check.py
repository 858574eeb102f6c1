#!/usr/bin/env python3
"""Self-check of tune6: gold vs places vs documents. Prints OK when all checks hold.

Copied from tune5/check.py; only this docstring differs. It reads UTF-16 files with a BOM (docs/05.utf16.txt)
and GB18030 files (docs/06.gb18030.txt)."""
import csv, os, re, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
INDS = ('consultations', 'resolved', 'deployed')
CUES = {'at_least': ('余', '多', '以上', '超', '逾'), 'approx': ('约', '近', '左右')}
BEFORE = ('超', '逾', '约', '近')          # cues printed before the number
AFTER = ('余', '多', '以上', '左右')       # cues printed after the number

DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
       '六': 6, '七': 7, '八': 8, '九': 9}
UNIT = {'十': 10, '百': 100, '千': 1000, '万': 10000}

def cn2int(s):
    if not any(ch in UNIT for ch in s):      # digit by digit, as in a year: 二〇二三 -> 2023
        return int(''.join(str(DIG[ch]) for ch in s))
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in DIG:
            num = DIG[ch]
        else:
            u = UNIT[ch]
            if u == 10000:
                section = (section + num) * u
                total += section; section = 0
            else:
                section += (num if num or ch != '十' else 1) * u
            num = 0
    return total + section + num

def read(path):
    raw = open(path, 'rb').read()
    if raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return raw.decode('utf-16')
    if raw[:3] == b'\xef\xbb\xbf':
        return raw[3:].decode('utf-8')
    for enc in ('utf-8', 'gb18030'):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError('cannot decode ' + path)

def normalise(text):
    t = unicodedata.normalize('NFKC', text)
    t = re.sub(r'\s+', '', t)
    t = re.sub(r'(?<=\d),(?=\d{3})', '', t)
    t = re.sub('[零〇一二两三四五六七八九十百千万]+', lambda m: str(cn2int(m.group())), t)
    return t

def cue_of(t, s, e):
    before, after = t[max(0, s - 2):s], t[e:e + 10]
    # a classifier (and a bracketed 次) may stand between the number and 以上/左右: 300个以上, 210件(次)左右
    tail = re.sub(r'^[场次件个名位人项条]?(\([次件]\))?(?=以上|左右)', '', after)
    for q, words in CUES.items():
        for w in words:
            if w in BEFORE and before.endswith(w):
                return q
            if w in AFTER and (after.startswith(w) or (w in ('以上', '左右') and tail.startswith(w))):
                return q
    return 'exact'

def main():
    errs, notes = [], []
    places = list(csv.DictReader(open(os.path.join(HERE, 'places.csv'), encoding='utf-8')))
    pkey = defaultdict(list)
    for p in places:
        pkey[(p['name_zh'], p['province'])].append(p['code'])
    if len({p['code'] for p in places}) != len(places):
        errs.append('duplicate codes in places.csv')
    gold = list(csv.DictReader(open(os.path.join(HERE, 'gold.csv'), encoding='utf-8')))
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
    texts = {d: read(os.path.join(DOCS, d)) for d in docs}
    used = set()
    pairs = defaultdict(list)
    for g in gold:
        if g['doc'] not in texts:
            errs.append('gold doc missing: ' + g['doc']); continue
        k = (g['place_zh'], g['province_zh'])
        if len(pkey.get(k, [])) != 1:
            errs.append('place not exactly once in places.csv: %s %s' % k)
        used.add(k)
        pairs[(g['doc'], g['place_zh'])].append(g)
        if g['place_zh'] not in texts[g['doc']] and g['place_zh'][:2] not in texts[g['doc']]:
            errs.append('%s: place %s not named' % (g['doc'], g['place_zh']))
    for d in docs:
        if not any(k[0] == d for k in pairs):
            errs.append('doc without gold rows: ' + d)
    for p in places:
        if (p['name_zh'], p['province']) not in used:
            errs.append('places.csv row unused: ' + p['code'])
    for (d, pl), rows in pairs.items():
        if sorted(r['indicator'] for r in rows) != sorted(INDS):
            errs.append('%s %s: indicators %s' % (d, pl, [r['indicator'] for r in rows]))
        if len({r['period'] for r in rows}) != 1:
            errs.append('%s %s: several periods' % (d, pl))
        per = rows[0]['period']
        if not re.fullmatch(r'\d{4}(-\d{4})?', per):
            errs.append('%s %s: bad period %s' % (d, pl, per))
        else:
            norm = normalise(texts[d])
            for y in per.split('-'):
                if y not in norm:
                    notes.append('%s %s: year %s is derived, not printed' % (d, pl, y))
        for r in rows:
            if r['value'] == 'NA':
                if r['qualifier']:
                    errs.append('%s %s %s: NA with qualifier' % (d, pl, r['indicator']))
                continue
            t = normalise(texts[d])
            hits = [m for m in re.finditer(r'(?<!\d)%s(?!\d)' % re.escape(r['value']), t)]
            if not hits:
                errs.append('%s %s %s: value %s not in text' % (d, pl, r['indicator'], r['value']))
                continue
            if not any(cue_of(t, m.start(), m.end()) == r['qualifier'] for m in hits):
                errs.append('%s %s %s: no occurrence of %s with a %s cue (found %s)' % (
                    d, pl, r['indicator'], r['value'], r['qualifier'],
                    [cue_of(t, m.start(), m.end()) for m in hits]))
    for n in notes:
        print('note:', n)
    for e in errs:
        print('FAIL:', e)
    if errs:
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
