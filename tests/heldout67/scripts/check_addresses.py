import csv,glob,sys,re,os,io
def norm(u):
    u=u.strip().lower()
    u=re.sub(r'^https?://','',u)
    u=re.sub(r'^www\.','',u)
    return u.rstrip('/')
files=['/work/shared/devset/MANIFEST.csv','/work/wt-h67-annotate/data/raw/manifest.csv']
files+=glob.glob('/work/wt-h67-annotate/tests/*/MANIFEST.csv')
for w in ['h66','h67','h68','h69']:
    files+=glob.glob(f'/work/wt-{w}-annotate/tests/heldout*/MANIFEST.csv')
seen={}
for f in files:
    if not os.path.exists(f): continue
    txt=open(f,encoding='utf-8',errors='replace').read()
    try:
        for row in csv.reader(io.StringIO(txt)):
            for cell in row:
                for m in re.findall(r'https?://\S+',cell):
                    seen.setdefault(norm(m),f)
                if re.match(r'https?://',cell.strip()):
                    seen.setdefault(norm(cell),f)
    except Exception as e:
        print('csv fail',f,e,file=sys.stderr)
    for m in re.findall(r'https?://[^\s"\']+',txt):
        seen.setdefault(norm(m.rstrip(',')),f)
def check(u):
    n=norm(u)
    host=n.split('/')[0]
    ok_host=bool(re.match(r'[n-z0-9]',host))
    hit=seen.get(n)
    if not hit:
        # prefix match either way (truncated urls)
        for k,v in seen.items():
            if len(k)>15 and (n.startswith(k) and len(n)-len(k)<3 or k.startswith(n)):
                hit=v+' (prefix)';break
    return ok_host, hit
if __name__=='__main__':
    print(len(seen),'urls known from',len(files),'files',file=sys.stderr)
    for u in sys.argv[1:]:
        print(u, check(u))
