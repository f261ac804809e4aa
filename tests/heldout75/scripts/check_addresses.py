import csv,glob,sys,re
def norm(u):
    u=u.strip().lower(); u=re.sub(r'^https?://','',u); u=re.sub(r'^www\.','',u); return u.rstrip('/')
files=['/work/shared/devset/MANIFEST.csv','/work/wt-h75-annotate/data/raw/manifest.csv']+glob.glob('/work/wt-h75-annotate/tests/*/MANIFEST.csv')+glob.glob('/work/wt-h74-annotate/tests/heldout74/MANIFEST.csv')+glob.glob('/work/wt-h77-annotate/tests/heldout77/MANIFEST.csv')
seen={}
for f in files:
    if 'heldout75' in f: continue
    for r in csv.DictReader(open(f,encoding='utf-8')):
        u=r.get('url') or ''
        if u: seen[norm(u)]=f
for u in sys.argv[1:]:
    n=norm(u); host=n.split('/')[0]
    ok=host[0] in 'nopqrstuvwxyz0123456789'
    print(u, 'HOST-OK' if ok else 'HOST-BAD', 'DUP:'+seen[n] if n in seen else 'new')
