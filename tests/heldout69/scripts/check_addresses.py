"""Address check for heldout69 candidates: host rule (a-m after stripping www.) and exclusion against every
known MANIFEST (devset, all tests/*/MANIFEST.csv of this and the parallel worktrees, data/raw/manifest.csv).
Usage: python3 tests/heldout69/scripts/check_addresses.py URL ...   (or --manifest to check this set)"""
import csv, glob, re, sys, os
from urllib.parse import urlparse
def norm(u):
    u = u.strip().lower(); u = re.sub(r'^https?://', '', u); u = re.sub(r'^www\.', '', u); return u.rstrip('/')
files = ['/work/shared/devset/MANIFEST.csv', '/work/wt-h69-annotate/data/raw/manifest.csv']
for w in sorted(glob.glob('/work/wt-h*-annotate')):
    files += glob.glob(w + '/tests/*/MANIFEST.csv')
seen = {}
for f in files:
    if '/heldout69/' in f: continue
    try:
        for row in csv.DictReader(open(f, encoding='utf-8')):
            for k, v in row.items():
                if k and k.lower() in ('url', 'source_url', 'source') and v:
                    seen.setdefault(norm(v), f)
    except Exception as e:
        print('ERR', f, e, file=sys.stderr)
urls = sys.argv[1:]
if urls == ['--manifest']:
    urls = [r['url'] for r in csv.DictReader(open(os.path.join(os.path.dirname(__file__), '..', 'MANIFEST.csv'), encoding='utf-8'))]
bad = 0
for u in urls:
    host = re.sub(r'^www\.', '', urlparse(u).hostname or '')
    okhost = bool(host) and 'a' <= host[0] <= 'm'
    ex = seen.get(norm(u))
    if ex or not okhost: bad += 1
    print(('EXCLUDED by ' + ex) if ex else ('BAD HOST' if not okhost else 'ok'), u)
print(len(seen), 'known addresses from', len(files), 'manifests;', bad, 'problems')
