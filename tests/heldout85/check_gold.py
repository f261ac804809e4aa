import csv,glob,os,collections
cn={'0':'零','1':'一','2':'二','3':'三','5':'五','10000':'萬'}
bad=0; kinds=collections.Counter()
for g in sorted(glob.glob('/work/wt-h85-annotate/tests/heldout85/gold/*.csv')):
    doc=open(g.replace('/gold/','/docs/').replace('.csv','.txt'),encoding='utf-8').read()
    rows=list(csv.DictReader(open(g,encoding='utf-8')))
    for r in rows:
        kinds[r['kind']]+=1
        assert list(r.keys())==['doc','city','section','indicator_zh','kind','year','period','comparator','value','value_high','unit','quote','notes']
        if r['quote'] not in doc: print('QUOTE MISSING',g,r['quote']); bad+=1
        v=r['value']
        if v and v not in r['quote'] and not any(x in r['quote'] for x in [cn.get(v,'@@')]):
            print('VALUE NOT IN QUOTE',g,v,r['quote']); bad+=1
        if len(r['quote'])>80: print('LONG',g,r['quote'])
print('bad',bad,dict(kinds),sum(kinds.values()))
