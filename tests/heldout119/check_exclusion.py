"""Exclusion check for heldout119 candidate addresses.
An address is excluded if it (ignoring scheme, leading www. and trailing /) appears in any url-like column of:
/work/shared/devset/MANIFEST.csv, every /work/wt-h119-annotate/tests/*/MANIFEST.csv (except heldout119),
/work/wt-h119-annotate/data/raw/manifest.csv, and the set-120 manifest (worktree or merged copy).
Usage: python3 check_exclusion.py URL [URL ...]   (no args: checks the url column of this set's MANIFEST.csv)
"""
import csv, glob, os, re, sys
def norm(u):
    u = u.strip().lower()
    u = re.sub(r'^https?://', '', u); u = re.sub(r'^www\.', '', u)
    return u.rstrip('/')
files = ['/work/shared/devset/MANIFEST.csv', '/work/wt-h119-annotate/data/raw/manifest.csv']
files += glob.glob('/work/wt-h119-annotate/tests/*/MANIFEST.csv')
files += glob.glob('/work/wt-h120-annotate/tests/heldout120/MANIFEST.csv') + glob.glob('/work/main/tests/heldout120/MANIFEST.csv')
seen = {}
for f in files:
    if '/heldout119/' in f: continue
    for row in csv.DictReader(open(f, encoding='utf-8')):
        for k, v in row.items():
            if k and 'url' in k.lower() and v:
                seen.setdefault(norm(v), f)
urls = sys.argv[1:]
if not urls:
    here = os.path.dirname(os.path.abspath(__file__))
    urls = [r['url'] for r in csv.DictReader(open(os.path.join(here, 'MANIFEST.csv'), encoding='utf-8'))]
bad = 0
for u in urls:
    hit = seen.get(norm(u))
    print(('EXCLUDED (' + hit + ')') if hit else 'ok', u); bad += bool(hit)
print(len(seen), 'known addresses from', len(files), 'manifests;', bad, 'excluded', file=sys.stderr)
sys.exit(1 if bad else 0)
