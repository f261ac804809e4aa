"""Check heldout119 gold rows: header, quote is a substring of the doc, value (or Chinese-numeral form) appears in quote."""
import csv, glob, os, sys
H = 'doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'.split(',')
here = os.path.dirname(os.path.abspath(__file__))
CN = dict(zip('0123456789', '〇一二三四五六七八九'))
def forms(v):
    out = {v}
    if v.isdigit():
        out.add(''.join(CN[ch] for ch in v))
    return out
bad = 0; n = 0
for g in sorted(glob.glob(os.path.join(here, 'gold', '*.csv'))):
    rows = list(csv.reader(open(g, encoding='utf-8')))
    if rows[0] != H:
        print('BAD HEADER', g); bad += 1
    doc = open(os.path.join(here, 'docs', rows[1][0]), encoding='utf-8').read()
    for r in rows[1:]:
        n += 1
        d = dict(zip(H, r))
        if len(r) != len(H): print('BAD LEN', g, r); bad += 1; continue
        if d['quote'] not in doc: print('QUOTE NOT IN DOC', g, d['quote']); bad += 1
        if d['value'] and not any(f in d['quote'] for f in forms(d['value'])):
            print('VALUE NOT IN QUOTE', g, d['value'], d['quote']); bad += 1
        if d['kind'] not in ('target', 'baseline', 'actual'): print('BAD KIND', g, r); bad += 1
        if d['comparator'] not in ('=', '>=', '>', '<=', '<', '~', 'range'): print('BAD COMP', g, r); bad += 1
        if len(d['quote']) > 80: print('LONG QUOTE', g, len(d['quote'])); bad += 1
print(n, 'rows checked,', bad, 'problems')
sys.exit(1 if bad else 0)
