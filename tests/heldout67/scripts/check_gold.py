"""Check heldout67 gold: header, quote is an exact substring of the doc, value (or a
word/Chinese-numeral form) occurs in the quote, kind/comparator vocab. Run from the worktree root."""
import csv, glob, os, re, sys
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
H = 'doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'.split(',')
KINDS = {'target', 'baseline', 'actual'}
COMPS = {'=', '>=', '>', '<=', '<', '~', 'range'}
# word forms accepted for values that are written in words / inferred
WORDS = {'1': ['一', '万亿', '万億', '萬'], '0': ['消除'], '1000': ['千亿', '千億'], '10': ['兩位數', '两位数']}
bad = 0; n = 0
for g in sorted(glob.glob(os.path.join(BASE, 'gold', '*.csv'))):
    rows = list(csv.reader(open(g, encoding='utf-8')))
    if rows[0] != H:
        print('BAD HEADER', g); bad += 1
    for r in rows[1:]:
        n += 1
        d = dict(zip(H, r))
        doc = open(os.path.join(BASE, 'docs', d['doc']), encoding='utf-8').read()
        if d['quote'] not in doc:
            print('QUOTE NOT IN DOC', g, d['quote']); bad += 1
        if d['kind'] not in KINDS or d['comparator'] not in COMPS:
            print('VOCAB', g, d['kind'], d['comparator']); bad += 1
        v = d['value']
        forms = [v]
        if re.fullmatch(r'\d+\.0', v): forms.append(v[:-2])
        forms += WORDS.get(v, [])
        if not any(f in d['quote'] for f in forms):
            print('VALUE NOT IN QUOTE', g, v, d['quote']); bad += 1
        if len(d['quote']) > 80:
            print('LONG QUOTE', g, len(d['quote'])); bad += 1
print(n, 'rows,', bad, 'problems')
sys.exit(1 if bad else 0)
