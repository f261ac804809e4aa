import csv,glob,re,sys
def norm(u):
    u=u.strip().lower(); u=re.sub(r'^https?://','',u); u=re.sub(r'^www\.','',u); return u.rstrip('/')
files=['/work/shared/devset/MANIFEST.csv','/work/wt-h85-annotate/data/raw/manifest.csv']+[g for g in glob.glob('/work/wt-h85-annotate/tests/*/MANIFEST.csv') if 'heldout85' not in g]+glob.glob('/work/wt-h84-annotate/tests/heldout84/MANIFEST.csv')
seen={}
for f in files:
    try:
        for line in open(f,encoding='utf-8'):
            for m in re.findall(r'https?://[^\s,"]+',line):
                seen.setdefault(norm(m),f)
    except Exception as e: print('skip',f,e)
for u in sys.argv[1:]:
    print(u, '->', seen.get(norm(u),'NEW'))
