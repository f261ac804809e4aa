import csv,glob,re,sys
def norm(u):
    u=u.strip().lower(); u=re.sub(r'^https?://','',u); u=re.sub(r'^www\.','',u); return u.rstrip('/')
files=['/work/shared/devset/MANIFEST.csv','/work/wt-h177-annotate/data/raw/manifest.csv']+[p for p in glob.glob('/work/wt-h177-annotate/tests/*/MANIFEST.csv') if 'heldout177' not in p]+[p for p in glob.glob('/work/wt-h17[5-8]-annotate/tests/heldout17[5-8]/MANIFEST.csv') if 'heldout177' not in p]
used=set()
for f in files:
    for row in csv.DictReader(open(f,encoding='utf-8')):
        for k,v in row.items():
            if v and ('http' in v or '.cn' in v or '.com' in v):
                for m in re.findall(r'https?://\S+|[\w.-]+\.(?:cn|com|net|org)/\S*',v): used.add(norm(m.rstrip(',;')))
        if row.get('url'): used.add(norm(row['url']))
for u in sys.argv[1:]:
    print('USED' if norm(u) in used else 'ok', u)
