"""Check heldout69 gold: header, quotes present in the doc, values present in their quotes.
Run from the worktree root: python3 tests/heldout69/scripts/check_gold.py"""
import csv, glob, os, sys
ROOT = os.path.join(os.path.dirname(__file__), '..')
HEADER = "doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes".split(',')
CN = {'0':'〇零','1':'一','2':'二两','3':'三','4':'四','5':'五','6':'六','7':'七','8':'八','9':'九','10':'十'}
def num_forms(v):
    forms = {v}
    if v.endswith('.0'): forms.add(v[:-2])
    forms |= set(CN.get(v, ''))
    return forms
bad = 0; n = 0
for g in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.csv'))):
    rows = list(csv.reader(open(g, encoding='utf-8')))
    if rows[0] != HEADER:
        print('BAD HEADER', g); bad += 1
    for r in rows[1:]:
        n += 1
        d = dict(zip(HEADER, r))
        doc = open(os.path.join(ROOT, 'docs', d['doc']), encoding='utf-8').read()
        if d['quote'] not in doc:
            print('QUOTE NOT IN DOC', g, d['quote']); bad += 1
        if d['kind'] not in ('target', 'baseline', 'actual'):
            print('BAD KIND', g, d['kind']); bad += 1
        for k in ('value', 'value_high'):
            v = d[k]
            if not v: continue
            if 'inferred' in d['notes']: continue
            if not any(f in d['quote'] for f in num_forms(v)):
                print('VALUE NOT IN QUOTE', g, k, v, d['quote']); bad += 1
        if len(d['quote']) > 80:
            print('LONG QUOTE', g, len(d['quote']), d['quote'])
print(n, 'rows checked,', bad, 'problems')
sys.exit(1 if bad else 0)
