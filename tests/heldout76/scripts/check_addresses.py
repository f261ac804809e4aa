"""Check candidate URLs: host rule (a-m after stripping www.) and not already listed anywhere."""
import csv, glob, re, sys
from urllib.parse import urlparse

def norm(u):
    u = u.strip()
    u = re.sub(r'^https?://', '', u, flags=re.I)
    u = re.sub(r'^www\.', '', u, flags=re.I)
    return u.rstrip('/').lower()

def listed():
    files = ['/work/shared/devset/MANIFEST.csv', 'data/raw/manifest.csv'] + glob.glob('tests/*/MANIFEST.csv') \
        + glob.glob('/work/wt-h74-annotate/tests/heldout74/MANIFEST.csv') + glob.glob('/work/wt-h77-annotate/tests/heldout77/MANIFEST.csv')
    seen = {}
    for f in files:
        if f.endswith('heldout76/MANIFEST.csv'):
            continue
        try:
            for row in csv.DictReader(open(f, encoding='utf-8')):
                u = row.get('url') or ''
                if u:
                    seen[norm(u)] = f
        except FileNotFoundError:
            pass
    return seen

def host_ok(u):
    h = urlparse(u if '://' in u else 'http://' + u).hostname or ''
    h = re.sub(r'^www\.', '', h)
    return 'a' <= h[:1] <= 'm'

if __name__ == '__main__':
    seen = listed()
    urls = sys.argv[1:]
    if not urls and len(glob.glob('tests/heldout76/MANIFEST.csv')):
        urls = [r['url'] for r in csv.DictReader(open('tests/heldout76/MANIFEST.csv', encoding='utf-8'))]
    for u in urls:
        print(('OK ' if host_ok(u) and norm(u) not in seen else 'BAD'), u, 'host_ok=%s' % host_ok(u), seen.get(norm(u), ''))
