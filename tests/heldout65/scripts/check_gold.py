import csv,glob,re,os
H='doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'.split(',')
base='tests/heldout65'
cn={'0':'零','1':'一','2':'二','3':'三','4':'四','5':'五','6':'六','7':'七','8':'八','9':'九','10':'十','100':'百','1000':'千'}
bad=0;tot=0
for f in sorted(glob.glob(base+'/gold/*.csv')):
    r=list(csv.reader(open(f,encoding='utf-8')))
    assert r[0]==H,(f,r[0])
    doc=open(base+'/docs/'+os.path.basename(f)[:-4]+'.txt',encoding='utf-8').read()
    for row in r[1:]:
        tot+=1
        d=dict(zip(H,row))
        assert len(row)==13
        assert d['doc']==os.path.basename(f)[:-4]+'.txt'
        assert d['kind'] in ('target','baseline','actual')
        assert d['comparator'] in ('=','>=','>','<=','<','~','range')
        if d['quote'] not in doc: print('QUOTE MISSING',f,d['quote']); bad+=1
        if d['quote']!=d['quote'].strip(): print('WS',f,repr(d['quote']))
        if len(d['quote'])>80: print('LONG',f,len(d['quote']),d['quote'])
        for v in [d['value'],d['value_high']]:
            if v and v not in d['quote'] and cn.get(v,'#') not in d['quote']:
                if d['notes'].startswith('inferred'):
                    print('inferred (allowed):',f,v,d['quote']); continue
                print('VALUE NOT IN QUOTE',f,v,d['quote'],'|',d['notes']); bad+=1
print('rows',tot,'problems',bad)
