"""Host rule (a-m after stripping www.) and address dedup for heldout72.

Checks every address in tests/heldout72/MANIFEST.csv (or addresses given on the command line) against the devset
manifest, every tests/*/MANIFEST.csv except heldout72's own, data/raw/manifest.csv and, if present,
/work/wt-h73-annotate/tests/heldout73/MANIFEST.csv. Addresses are compared without http(s)://, www. and a trailing /.
Run from the worktree root: python3 tests/heldout72/scripts/check_addresses.py [--manifest | URL ...]
"""
import csv, glob, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OWN = os.path.join(ROOT, "tests", "heldout72", "MANIFEST.csv")

def norm(u):
    u = u.strip().lower()
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")

def known():
    files = ["/work/shared/devset/MANIFEST.csv", os.path.join(ROOT, "data", "raw", "manifest.csv"),
             "/work/wt-h73-annotate/tests/heldout73/MANIFEST.csv"]
    files += [f for f in glob.glob(os.path.join(ROOT, "tests", "*", "MANIFEST.csv")) if os.path.abspath(f) != OWN]
    seen = {}
    for f in files:
        if not os.path.exists(f):
            continue
        for r in csv.DictReader(open(f, encoding="utf-8")):
            if r.get("url"):
                seen.setdefault(norm(r["url"]), f)
    return seen

def main(argv):
    urls = [r["url"] for r in csv.DictReader(open(OWN, encoding="utf-8"))] if argv[:1] == ["--manifest"] else argv
    seen, bad = known(), 0
    print(len(seen), "known addresses")
    for u in urls:
        n = norm(u)
        host_ok = "a" <= n[:1] <= "m"
        dup = seen.get(n)
        ok = host_ok and not dup
        bad += not ok
        print("OK " if ok else "BAD", u, "" if host_ok else "(host not a-m)", "" if not dup else "(already in %s)" % dup)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
