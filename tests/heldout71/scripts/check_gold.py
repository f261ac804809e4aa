"""Check heldout71 gold files: exact rubric header, every quote is a substring of its doc,
every value (or its Chinese-numeral form) appears in its quote. Run from the worktree root."""
import csv, glob, os, sys
H = "doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes".split(',')
CN = {'1': '一壹', '2': '二两兩贰', '3': '三叁', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九', '10': '十'}
KINDS = {'target', 'baseline', 'actual'}
COMPS = {'=', '>=', '>', '<=', '<', '~', 'range'}
bad = n = 0
for g in sorted(glob.glob('tests/heldout71/gold/*.csv')):
    rows = list(csv.reader(open(g, encoding='utf-8')))
    if rows[0] != H:
        print('BAD HEADER', g); bad += 1
    for r in rows[1:]:
        n += 1
        d = dict(zip(H, r))
        doc = open(os.path.join('tests/heldout71/docs', d['doc']), encoding='utf-8').read()
        probs = []
        if len(r) != len(H): probs.append('column count')
        if d['quote'] not in doc: probs.append('quote not in doc')
        if d['kind'] not in KINDS: probs.append('kind')
        if d['comparator'] not in COMPS: probs.append('comparator')
        for v in (d['value'], d['value_high']):
            if v and v not in d['quote'] and not any(ch in d['quote'] for ch in CN.get(v, '')):
                probs.append('value %s not in quote' % v)
        if len(d['quote']) > 80: probs.append('quote > 80 chars')
        if probs:
            bad += 1; print(g, r[:1], d['indicator_zh'], probs)
print(n, 'rows,', bad, 'problems')
sys.exit(1 if bad else 0)
