"""Check every gold row: exact header, quote is a substring of its doc, value (or its Chinese-numeral form) is in the quote."""
import csv, glob, os, sys

HEADER = "doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes".split(',')
ZH = {'1': ['一'], '2': ['二', '两'], '3': ['三'], '4': ['四'], '5': ['五'], '1000': ['千'], '100': ['百'],
      '400': ['四百'], '2000': ['两千']}
BASE = os.path.join(os.path.dirname(__file__), '..')
bad = 0
n = 0
for g in sorted(glob.glob(os.path.join(BASE, 'gold', '*.csv'))):
    with open(g, encoding='utf-8', newline='') as fh:
        rows = list(csv.reader(fh))
    if rows[0] != HEADER:
        print('BAD HEADER', g); bad += 1
    for r in csv.DictReader(open(g, encoding='utf-8', newline='')):
        n += 1
        doc = open(os.path.join(BASE, 'docs', r['doc']), encoding='utf-8').read()
        q, v = r['quote'], r['value']
        problems = []
        if q not in doc: problems.append('quote not in doc')
        if len(q) > 80: problems.append('quote > 80 chars')
        if v and v not in q and not any(z in q for z in ZH.get(v, [])): problems.append('value not in quote')
        if r['kind'] not in ('target', 'baseline', 'actual'): problems.append('kind')
        if r['comparator'] not in ('=', '>=', '>', '<=', '<', '~', 'range'): problems.append('comparator')
        if problems:
            bad += 1; print(os.path.basename(g), r['indicator_zh'], v, problems)
print(f'{n} rows checked, {bad} problems')
sys.exit(1 if bad else 0)
