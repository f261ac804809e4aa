"""Host rule (n-z or digit after stripping www.) and address dedup against every known manifest.
Usage: python3 tests/heldout71/scripts/check_addresses.py URL ...   or  --manifest (checks this set's MANIFEST.csv)
Run from the worktree root."""
import csv, glob, sys, re, os
from urllib.parse import urlsplit

def norm(u):
    u = u.strip()
    u = re.sub(r'^https?://', '', u, flags=re.I)
    u = re.sub(r'^www\.', '', u, flags=re.I)
    return u.rstrip('/').lower()

def host_ok(u):
    h = norm(u).split('/')[0]
    return bool(h) and (h[0] in 'nopqrstuvwxyz0123456789')

def known():
    files = ['/work/shared/devset/MANIFEST.csv', 'data/raw/manifest.csv', '/work/wt-h70-annotate/tests/heldout70/MANIFEST.csv']
    files += [f for f in glob.glob('tests/*/MANIFEST.csv') if 'heldout71' not in f]
    seen = {}
    for f in files:
        if not os.path.exists(f):
            continue
        txt = open(f, encoding='utf-8').read()
        for m in re.findall(r'https?://[^\s,"]+', txt):
            seen.setdefault(norm(m), f)
    return seen

if __name__ == '__main__':
    args = sys.argv[1:]
    if args == ['--manifest']:
        args = [r['url'] for r in csv.DictReader(open('tests/heldout71/MANIFEST.csv', encoding='utf-8'))]
    seen = known()
    print(len(seen), 'known addresses')
    bad = 0
    for u in args:
        problems = []
        if not host_ok(u): problems.append('host not n-z/digit')
        if norm(u) in seen: problems.append('already in ' + seen[norm(u)])
        bad += bool(problems)
        print('OK ' if not problems else 'BAD', u, '; '.join(problems))
    sys.exit(1 if bad else 0)
