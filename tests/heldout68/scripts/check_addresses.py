"""Address check for heldout68 candidates: host rule (n-z or digit after stripping www.)
and exclusion against every known MANIFEST. Usage: python3 check_addresses.py URL ..."""
import csv, glob, re, sys
from urllib.parse import urlsplit

def norm(u):
    u = u.strip().lower()
    u = re.sub(r'^https?://', '', u)
    u = re.sub(r'^www\.', '', u)
    return u.rstrip('/')

def known():
    files = ['/work/shared/devset/MANIFEST.csv', '/work/wt-h68-annotate/data/raw/manifest.csv']
    files += glob.glob('/work/wt-h68-annotate/tests/*/MANIFEST.csv')
    for w in ('h66', 'h67', 'h68', 'h69'):
        files += glob.glob(f'/work/wt-{w}-annotate/tests/*/MANIFEST.csv')
    seen = {}
    for f in files:
        try:
            with open(f, encoding='utf-8') as fh:
                for row in csv.DictReader(fh):
                    u = row.get('url') or ''
                    if u:
                        seen.setdefault(norm(u), []).append(f)
        except FileNotFoundError:
            pass
    return seen, files

if __name__ == '__main__':
    seen, files = known()
    mine = norm('') 
    for u in sys.argv[1:]:
        host = urlsplit(u if '://' in u else 'http://' + u).hostname or ''
        h = re.sub(r'^www\.', '', host)
        ok_host = bool(h) and (h[0].isdigit() or 'n' <= h[0] <= 'z')
        hits = [f for f in seen.get(norm(u), []) if '/heldout68/' not in f]
        print(('OK ' if ok_host and not hits else 'BAD'), u, 'host_ok=%s' % ok_host, 'dup=%s' % hits)
