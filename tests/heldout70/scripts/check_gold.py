"""Check the heldout70 gold files. Run from the worktree root:
    python3 tests/heldout70/scripts/check_gold.py
Checks: exact rubric header; doc file exists; quote is an exact substring of the doc;
value (and value_high) appear in the quote, as digits (thousands separators ignored)
or as a Chinese-numeral form; rows whose notes say 'inferred' are exempt from the value check;
kind/comparator vocabularies; range rows have value_high."""
import csv, glob, os, re, sys

HEADER = 'doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'.split(',')
BASE = 'tests/heldout70'
DIG = '零一二三四五六七八九'

def cn(n):
    """Chinese numeral for a small integer (0-99999), simple forms only."""
    n = int(n)
    if n < 10:
        return [DIG[n], '两' if n == 2 else DIG[n]]
    out = []
    units = [(10000, '万'), (1000, '千'), (100, '百'), (10, '十')]
    s = ''
    rest = n
    for u, ch in units:
        q, rest = divmod(rest, u)
        if q:
            s += ('' if (u == 10 and q == 1 and not s) else DIG[q]) + ch
    if rest:
        s += DIG[rest]
    out.append(s)
    out.append(s.replace('万', '萬'))
    return out

def forms(v):
    v = v.strip()
    f = {v}
    if re.fullmatch(r'\d+\.0+', v):
        f.add(v.split('.')[0])
    if re.fullmatch(r'\d+', v):
        f.update(cn(v))
    return f

def present(v, quote):
    q = quote.replace(',', '')
    return any(x in q or x in quote for x in forms(v))

def main():
    problems = 0
    total = 0
    for path in sorted(glob.glob(os.path.join(BASE, 'gold', '*.csv'))):
        with open(path, encoding='utf-8', newline='') as fh:
            rows = list(csv.reader(fh))
        if rows[0] != HEADER:
            print(path, 'bad header'); problems += 1
        for i, r in enumerate(rows[1:], 2):
            total += 1
            d = dict(zip(HEADER, r))
            msg = []
            if len(r) != len(HEADER):
                msg.append('wrong field count')
            docp = os.path.join(BASE, 'docs', d['doc'])
            if not os.path.exists(docp):
                msg.append('doc missing')
            else:
                text = open(docp, encoding='utf-8').read()
                if d['quote'] not in text:
                    msg.append('quote not in doc')
            if d['kind'] not in ('target', 'baseline', 'actual'):
                msg.append('bad kind')
            if d['comparator'] not in ('=', '>=', '>', '<=', '<', '~', 'range'):
                msg.append('bad comparator')
            if d['comparator'] == 'range' and not d['value_high']:
                msg.append('range without value_high')
            if 'inferred' not in d['notes'] and 'unrecoverable' not in d['notes']:
                if d['value'] and not present(d['value'], d['quote']):
                    msg.append('value not in quote')
                if d['value_high'] and not present(d['value_high'], d['quote']):
                    msg.append('value_high not in quote')
            if len(d['quote']) > 80:
                msg.append('quote longer than 80 chars')
            if msg:
                problems += 1
                print('%s:%d %s | %s' % (path, i, '; '.join(msg), d['quote']))
    print(total, 'rows,', problems, 'problems')
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
