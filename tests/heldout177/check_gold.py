import csv,glob,os
D='/work/wt-h177-annotate/tests/heldout177/'
H='doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'
cn={'3':'三','5':'五','7':'七'}
bad=0;from collections import Counter;k=Counter()
for g in sorted(glob.glob(D+'gold/*.csv')):
    assert open(g,encoding='utf-8').readline().strip()==H,g
    for r in csv.DictReader(open(g,encoding='utf-8')):
        txt=open(D+'docs/'+r['doc'],encoding='utf-8').read()
        k[r['kind']]+=1
        if r['quote'] not in txt: print('QUOTE MISSING',g,r['quote']);bad+=1
        v=r['value']
        if v and v not in r['quote'] and cn.get(v,'#') not in r['quote']: print('VALUE NOT IN QUOTE',g,v,r['quote']);bad+=1
        if len(r['quote'])>80: print('LONG',g,r['quote'])
        if r['comparator'] not in ('=','>=','>','<=','<','~','range',''): print('CMP',g,r)
print('bad',bad,dict(k),sum(k.values()))
