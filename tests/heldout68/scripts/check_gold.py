"""Checks tests/heldout68/gold/*.csv (run from the worktree root): exact header, doc exists,
quote is an exact substring of the doc, value (or its Chinese-numeral form) appears in the quote,
kind/comparator vocabulary, value_high only for ranges."""
import csv, glob, os, sys
H = 'doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'.split(',')
CN = {'0':'〇','1':'一','2':'二','3':'三','4':'四','5':'五','6':'六','7':'七','8':'八','9':'九','10':'十'}
bad = 0; n = 0
for g in sorted(glob.glob('tests/heldout68/gold/*.csv')):
    with open(g, encoding='utf-8', newline='') as f:
        r = list(csv.reader(f))
    if r[0] != H:
        print('HEADER', g); bad += 1
    doc = os.path.join('tests/heldout68/docs', os.path.basename(g).replace('.csv', '.txt'))
    text = open(doc, encoding='utf-8').read()
    for row in r[1:]:
        n += 1
        d = dict(zip(H, row))
        if len(row) != len(H): print('LEN', g, row); bad += 1; continue
        if d['doc'] != os.path.basename(doc): print('DOC', g, row); bad += 1
        if d['quote'] not in text: print('QUOTE', g, d['quote']); bad += 1
        v = d['value']
        if v and v not in d['quote'] and CN.get(v, '@') not in d['quote']:
            print('VALUE', g, v, d['quote']); bad += 1
        if d['value_high'] and d['value_high'] not in d['quote']:
            print('VHIGH', g, d['value_high'], d['quote']); bad += 1
        if d['kind'] not in ('target', 'baseline', 'actual'): print('KIND', g, row); bad += 1
        if d['comparator'] not in ('=', '>=', '>', '<=', '<', '~', 'range'): print('CMP', g, row); bad += 1
        if (d['comparator'] == 'range') != bool(d['value_high']): print('RANGE', g, row); bad += 1
        if len(d['quote']) > 80: print('LONG', g, d['quote']); bad += 1
print(n, 'rows checked,', bad, 'problems')
sys.exit(1 if bad else 0)
