import csv,glob,os,sys
base='tests/heldout75'
H='doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'.split(',')
CN={'1':'一','2':'两二','3':'三','4':'四','5':'五','6':'六','7':'七','8':'八','9':'九','10':'十'}
bad=0;n=0
for g in sorted(glob.glob(base+'/gold/*.csv')):
    rows=list(csv.reader(open(g,encoding='utf-8')))
    if rows[0]!=H: print('HEADER',g); bad+=1
    for r in rows[1:]:
        n+=1
        d=dict(zip(H,r)); doc=open(os.path.join(base,'docs',d['doc']),encoding='utf-8').read()
        if d['quote'] not in doc: print('QUOTE',g,d['quote']); bad+=1
        v=d['value']
        if v and v not in d['quote'] and not any(ch in d['quote'] for ch in CN.get(v,'')) and 'inferred' not in d['notes']:
            print('VALUE',g,v,d['quote']); bad+=1
        if d['kind'] not in ('target','baseline','actual'): print('KIND',g,r); bad+=1
        if d['comparator'] not in ('=','>=','>','<=','<','~','range'): print('CMP',g,r); bad+=1
print('rows',n,'problems',bad)
