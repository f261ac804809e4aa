"""Address check used to build heldout73 (run from the repository root).

Usage: python tests/heldout73/scripts/check_addresses.py URL [URL ...]
       python tests/heldout73/scripts/check_addresses.py --manifest tests/heldout73/MANIFEST.csv

For each URL: is it already listed (ignoring http(s)://, a leading www. and a
trailing /) in ../shared/devset/MANIFEST.csv, any tests/*/MANIFEST.csv (except
heldout73 itself), data/raw/manifest.csv or the parallel set's
tests/heldout72/MANIFEST.csv (if present); and does its host, after stripping
www., start with n-z or a digit.
"""
import csv, glob, os, re, sys

ROOT = os.getcwd()
SOURCES = [os.path.join(ROOT, '..', 'shared', 'devset', 'MANIFEST.csv'),
           '/work/shared/devset/MANIFEST.csv',
           os.path.join(ROOT, 'data', 'raw', 'manifest.csv'),
           '/work/wt-h72-annotate/tests/heldout72/MANIFEST.csv']
SOURCES += glob.glob(os.path.join(ROOT, 'tests', '*', 'MANIFEST.csv'))


def norm(u):
    u = u.strip().lower()
    u = re.sub(r'^https?://', '', u)
    u = re.sub(r'^www\.', '', u)
    return u.rstrip('/')


def known():
    seen = {}
    for f in SOURCES:
        if f.replace('\\', '/').endswith('heldout73/MANIFEST.csv') or not os.path.exists(f):
            continue
        for row in csv.DictReader(open(f, encoding='utf-8')):
            u = row.get('url') or ''
            if u:
                seen.setdefault(norm(u), f)
    return seen


def main(argv):
    if argv[:1] == ['--manifest']:
        urls = [r['url'] for r in csv.DictReader(open(argv[1], encoding='utf-8'))]
    else:
        urls = argv
    seen = known()
    bad = 0
    for u in urls:
        n = norm(u)
        host_ok = bool(re.match(r'^[n-z0-9]', n.split('/')[0]))
        hit = seen.get(n)
        bad += bool(hit) or not host_ok
        print('DUP ' + hit if hit else 'ok', 'host_ok' if host_ok else 'HOST_BAD', u)
    print(len(seen), 'known addresses;', bad, 'problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
