"""Host rule (a-m after stripping www.) and address dedup against earlier manifests.
Usage: python3 tests/heldout70/scripts/check_addresses.py URL [URL ...]
       python3 tests/heldout70/scripts/check_addresses.py --manifest   (checks tests/heldout70/MANIFEST.csv)
Run from the worktree root."""
import csv, glob, sys, re
from urllib.parse import urlsplit

def norm(u):
    u = u.strip()
    u = re.sub(r'^https?://', '', u, flags=re.I)
    u = re.sub(r'^www\.', '', u, flags=re.I)
    return u.rstrip('/').lower()

def host(u):
    h = urlsplit(u if '://' in u else 'http://' + u).hostname or ''
    return re.sub(r'^www\.', '', h.lower())

def known():
    files = ['/work/shared/devset/MANIFEST.csv', 'data/raw/manifest.csv']
    files += [f for f in glob.glob('tests/*/MANIFEST.csv') if 'heldout70' not in f]
    files += glob.glob('/work/wt-h71-annotate/tests/heldout71/MANIFEST.csv')
    seen = {}
    for f in files:
        with open(f, encoding='utf-8') as fh:
            for row in csv.DictReader(fh):
                for k, v in row.items():
                    if k and k.lower() in ('url', 'source_url') and v:
                        for part in re.split(r'[;\s]+', v):
                            if part:
                                seen.setdefault(norm(part), f)
    return seen

if __name__ == '__main__':
    args = sys.argv[1:]
    if args == ['--manifest']:
        with open('tests/heldout70/MANIFEST.csv', encoding='utf-8') as fh:
            args = [r['url'] for r in csv.DictReader(fh)]
    seen = known()
    bad = 0
    for u in args:
        h = host(u)
        probs = []
        if not h or not ('a' <= h[0] <= 'm'):
            probs.append('host %s not a-m' % h)
        if norm(u) in seen:
            probs.append('already in ' + seen[norm(u)])
        bad += bool(probs)
        print(('PROBLEM ' if probs else 'ok      ') + u + ('  ' + '; '.join(probs) if probs else ''))
    print(len(args), 'addresses,', bad, 'problems;', len(seen), 'known addresses')
