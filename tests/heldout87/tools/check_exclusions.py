import csv,glob,re,sys
def norm(u):
    u=u.strip().lower(); u=re.sub(r'^https?://','',u); u=re.sub(r'^www\.','',u); return u.rstrip('/')
files=['/work/shared/devset/MANIFEST.csv','/work/wt-h87-annotate/data/raw/manifest.csv','/work/wt-h86-annotate/tests/heldout86/MANIFEST.csv']+glob.glob('/work/wt-h87-annotate/tests/*/MANIFEST.csv')
seen=set()
for f in files:
    try: txt=open(f,encoding='utf-8').read()
    except Exception: continue
    for m in re.findall(r'https?://[^\s,"]+',txt): seen.add(norm(m))
for u in sys.argv[1:]:
    print('EXCLUDED' if norm(u) in seen else 'ok', u)
