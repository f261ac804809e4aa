"""Gold check for heldout73 (run from the repository root).

Checks every row of tests/heldout73/gold/*.csv: exact rubric header, doc name,
quote is an exact substring of the doc, value (and value_high) appear in the
quote, comparator and kind are legal; prints row counts by kind.
"""
import csv, glob, os, sys

BASE = os.path.join('tests', 'heldout73')
HEADER = 'doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'


def main():
    bad, kinds = 0, {}
    for g in sorted(glob.glob(os.path.join(BASE, 'gold', '*.csv'))):
        if open(g, encoding='utf-8').read().split('\n')[0] != HEADER:
            print('HEADER', g); bad += 1
        for i, r in enumerate(csv.DictReader(open(g, encoding='utf-8'))):
            doc = open(os.path.join(BASE, 'docs', r['doc']), encoding='utf-8').read()
            if r['doc'] != os.path.basename(g)[:-4] + '.txt':
                print('DOC', g, i); bad += 1
            if r['quote'] not in doc:
                print('QUOTE', g, i, r['quote']); bad += 1
            for k in ('value', 'value_high'):
                if r[k] and r[k] not in r['quote']:
                    print(k.upper(), g, i, r[k], r['quote']); bad += 1
            if r['comparator'] not in ('=', '>=', '>', '<=', '<', '~', 'range'):
                print('COMPARATOR', g, i); bad += 1
            if r['kind'] not in ('target', 'baseline', 'actual'):
                print('KIND', g, i); bad += 1
            kinds[r['kind']] = kinds.get(r['kind'], 0) + 1
    print('rows by kind:', kinds, 'total', sum(kinds.values()), '| problems:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
