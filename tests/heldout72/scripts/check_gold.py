"""Check the heldout72 gold files: header, kinds, comparators, quotes in docs, values in quotes."""
import csv, glob, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = "doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes".split(",")
CN = {"0": "零〇", "1": "一", "2": "二两", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九", "10": "十"}
problems, n = 0, 0
for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.csv"))):
    rows = list(csv.reader(open(g, encoding="utf-8")))
    if rows[0] != HEADER:
        print(g, "bad header"); problems += 1
    doc = open(os.path.join(HERE, "docs", os.path.basename(g).replace(".csv", ".txt")), encoding="utf-8").read()
    for r in rows[1:]:
        n += 1
        d = dict(zip(HEADER, r))
        bad = []
        if len(r) != len(HEADER): bad.append("column count")
        if d["doc"] != os.path.basename(g).replace(".csv", ".txt"): bad.append("doc name")
        if d["kind"] not in ("target", "baseline", "actual"): bad.append("kind")
        if d["comparator"] not in ("=", ">=", ">", "<=", "<", "~", "range"): bad.append("comparator")
        if d["quote"] not in doc: bad.append("quote not in doc")
        if len(d["quote"]) > 80: bad.append("quote > 80 chars")
        v = d["value"]
        if v and v not in d["quote"] and not any(ch in d["quote"] for ch in CN.get(v, "")):
            bad.append("value not in quote")
        if bad:
            problems += 1
            print(os.path.basename(g), r[3], r[8], "|", r[11], "->", ", ".join(bad))
print(n, "rows,", problems, "problems")
sys.exit(1 if problems else 0)
