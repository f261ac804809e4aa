"""Pass 1 (read, normalize, segment, extract, paragraph records) of a raw folder, stage by stage, in CPU seconds
and as multiples of the same read + one-regex-pass floor as ``build_throughput.py``, in one process.

Pass 1 is the per-file work of a build (``pipeline._parse``), without the spill, the capture index or pass 2, so
a change to the parsing modules shows here without the noise of the rest of the build. The last line is a
digest of everything pass 1 returns, so two revisions can be checked to parse the same files the same way.

    python benchmarks/build_throughput.py --docs 1000 --work /tmp/corpus   # once, to make a corpus
    python benchmarks/pass1_stages.py /tmp/corpus/raw --files 300
    PYTHONPATH=<other checkout>/lib python benchmarks/pass1_stages.py /tmp/corpus/raw --files 300
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import re
import time
from collections import Counter
from pathlib import Path

from plantargets import pipeline
from plantargets.sources import list_sources
from plantargets.text.read import read_raw_file

STAGES = ("read_raw_file", "normalize_text", "segment_documents", "extract_values", "paragraph_records")
FLOOR_PATTERN = re.compile(r"\d+(?:\.\d+)?")  # the floor of build_throughput.py


def _timed(seconds: Counter, name: str) -> None:
    """Replace ``pipeline.<name>`` by the same function adding its CPU seconds to ``seconds[name]``."""
    function = getattr(pipeline, name)

    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] += time.process_time() - start

    setattr(pipeline, name, run)


def floor_seconds(sources) -> float:
    start = time.process_time()
    for source in sources:
        sum(1 for _ in FLOOR_PATTERN.finditer(read_raw_file(source.path).text))
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw_dir", type=Path)
    parser.add_argument("--files", type=int, default=300, help="the first N files of the folder (default 300)")
    args = parser.parse_args(argv)
    sources = list_sources(args.raw_dir)[0][:args.files]
    if not sources:
        parser.error(f"no raw files in {args.raw_dir}")
    seconds: Counter = Counter()
    originals = {name: getattr(pipeline, name) for name in STAGES}
    for name in STAGES:
        _timed(seconds, name)
    try:
        pipeline._parse(sources[0])  # codebooks and automata are loaded once per process: not counted
        seconds.clear()
        before = floor_seconds(sources)
        digest, total = hashlib.sha256(), 0.0
        for source in sources:
            start = time.process_time()
            documents, flags, _sha, tokens, paragraphs = pipeline._parse(source)
            total += time.process_time() - start
            for document in documents:  # the target id a value keeps once hashed (tidy.value_id) is not parsed text
                for value in document.values:
                    value.__dict__.pop("_target_id", None)
            digest.update(pickle.dumps((documents, flags, [vars(t) for t in tokens], paragraphs)))
        floor = (before + floor_seconds(sources)) / 2
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    print(f"{len(sources)} files, floor {floor:.3f} CPU s (read + decode + one pass of /{FLOOR_PATTERN.pattern}/), "
          f"load {os.getloadavg()[0]:.1f}")
    for name in STAGES:
        print(f"  {name:18s} {seconds[name]:6.2f} s {seconds[name] / floor:6.1f}x")
    print(f"  {'pass 1':18s} {total:6.2f} s {total / floor:6.1f}x")
    print(f"digest {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
