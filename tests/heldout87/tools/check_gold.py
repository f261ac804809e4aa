import csv,glob,os,re
D='/work/wt-h87-annotate/tests/heldout87'
CN='〇零一二三四五六七八九十百千万'
bad=0
for g in sorted(glob.glob(D+'/gold/*.csv')):
    rows=list(csv.DictReader(open(g,encoding='utf-8')))
    txt=open(D+'/docs/'+rows[0]['doc'],encoding='utf-8').read() if rows else ''
    for r in rows:
        q=r['quote']; v=r['value']
        if q not in txt: print('QUOTE MISSING',g,q); bad+=1
        if v and v not in q:
            # allow chinese numerals or split digits
            import re as _re
            split_ok = 'inserted between the digits' in r['notes'] and _re.search('.*?'.join(_re.escape(ch) for ch in v), q)
            if not any(c in q for c in CN) and not split_ok: print('VALUE NOT IN QUOTE',g,v,q); bad+=1
        if len(q)>80: print('LONG',g,q)
print('bad',bad)
