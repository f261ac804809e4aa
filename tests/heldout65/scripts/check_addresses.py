import csv, glob, sys, re, urllib.parse
def norm(u):
    u=u.strip()
    u=urllib.parse.unquote(u)
    u=re.sub(r'^https?://','',u,flags=re.I)
    u=re.sub(r'^www\.','',u,flags=re.I)
    u=u.rstrip('/')
    return u.lower()
files=['/work/shared/devset/MANIFEST.csv','/work/wt-h65-annotate/data/raw/manifest.csv','/work/wt-h64-annotate/tests/heldout64/MANIFEST.csv']+glob.glob('/work/wt-h65-annotate/tests/*/MANIFEST.csv')
known={}
for f in files:
    try:
        txt=open(f,encoding='utf-8').read()
    except FileNotFoundError:
        print('missing',f,file=sys.stderr); continue
    for m in re.finditer(r'https?://[^\s,"]+',txt):
        known.setdefault(norm(m.group(0)),f)
    for row in csv.DictReader(open(f,encoding='utf-8')):
        for k,v in row.items():
            if k and 'url' in k.lower() and v:
                known.setdefault(norm(v),f)
for u in sys.argv[1:]:
    n=norm(u)
    host=n.split('/')[0]
    ok_host=host[:1] in 'abcdefghijklm'
    print(('DUP '+known[n]) if n in known else 'new', 'host_ok' if ok_host else 'HOST_BAD', u)
