"""Address dedup for heldout139: compare this set's MANIFEST urls (or urls given as arguments) with every
address already listed in the devset manifest, data/raw/manifest.csv, the other tests/*/MANIFEST.csv of this
worktree and the sibling sets' MANIFEST.csv (heldout137-140 in /work/wt-hNNN-annotate).
Addresses are normalised: lower case, no http(s)://, no leading www., no trailing /."""
import csv, glob, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
def norm(u):
    u = u.strip().lower(); u = re.sub(r'^https?://', '', u); u = re.sub(r'^www\.', '', u); return u.rstrip('/')
files = ['/work/shared/devset/MANIFEST.csv', os.path.join(root, 'data/raw/manifest.csv')]
files += [f for f in glob.glob(os.path.join(root, 'tests/*/MANIFEST.csv')) if os.path.dirname(f) != here]
files += [f for f in glob.glob('/work/wt-h*-annotate/tests/heldout1[34]?/MANIFEST.csv') if 'heldout139' not in f]
seen = {}
for f in files:
    try:
        txt = open(f, encoding='utf-8', errors='replace').read()
    except OSError:
        continue
    for u in re.findall(r'https?://[^\s,"]+', txt):
        seen.setdefault(norm(u), f)
urls = sys.argv[1:] or [r['url'] for r in csv.DictReader(open(os.path.join(here, 'MANIFEST.csv'), encoding='utf-8'))]
dups = 0
for u in urls:
    hit = seen.get(norm(u))
    dups += bool(hit)
    print('DUP' if hit else 'ok ', u, hit or '')
print(len(seen), 'known addresses;', dups, 'duplicates')
sys.exit(1 if dups else 0)
