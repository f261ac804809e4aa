"""Check every gold row: quote is an exact substring of its doc, value appears in the quote."""
import csv, glob, os, sys
here = os.path.dirname(os.path.abspath(__file__))
HEADER = 'doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'.split(',')
bad = 0
for g in sorted(glob.glob(os.path.join(here, 'gold', '*.csv'))):
    rows = list(csv.reader(open(g, encoding='utf-8')))
    if rows[0] != HEADER:
        print('bad header', g); bad += 1
    for row in rows[1:]:
        r = dict(zip(HEADER, row))
        text = open(os.path.join(here, 'docs', r['doc']), encoding='utf-8').read()
        if r['quote'] not in text:
            print('QUOTE NOT IN DOC', g, r['quote']); bad += 1
        if r['value'] and r['value'] not in r['quote']:
            print('VALUE NOT IN QUOTE', g, r['value'], r['quote']); bad += 1
        if len(r['quote']) > 80:
            print('long quote', g, r['quote'])
        if r['kind'] not in ('target', 'baseline', 'actual') or r['comparator'] not in ('=', '>=', '>', '<=', '<', '~', 'range'):
            print('bad kind/comparator', g, row); bad += 1
print('problems:', bad)
sys.exit(1 if bad else 0)
