"""How the extractor does on documents it was not written for, with the devset's matching rule.

- devset: 24 real pages of 17 provinces (tests/devset, copied from ../shared/devset with its scorer);
- corpus_extra: 15 captures of the three cities' other documents (mostly achieved values);
- heldout: 26 pages of other places, annotated by reading before any extractor ran on them (tests/heldout),
  since read for general causes; heldout2: 23 more, measured once and not read (docs/generalisation.md);
- heldout3: 14 pages of provinces and document types seen little before, measured once, then read like heldout;
- heldout4, heldout5, heldout8, heldout9 (session 5): 14, 14, 12 and 12 pages, measured once, then read;
  heldout6 and heldout7 (10 pages each): measured, never read (summary lines only);
- heldout10, heldout11, heldout13, heldout14 (session 6): 12 pages each (work-report news; education plans and
  news), measured once, then read; heldout12 and heldout15 (12 pages each, mixed samples): measured, never read;
- heldout16, heldout18, heldout19 and heldout21 (session 7): 12 pages each (education results; county work
  reports; plan targets and execution reports; a devset-like mix), measured once, then read; heldout17 and heldout20 (12 pages each, devset-like
  mixes): measured, never read;
- heldout23, heldout24 (session 8): 12 pages each (hosts i–r and s–z: work reports, their news, execution
  reports), measured once, then read; heldout22 (12 pages, hosts a–h): measured, never read;
- seeds: the achieved values of the five seed files (tests/gold/actuals; their targets are in test_gold.py).

Each test prints precision, recall and F1 per kind and one line per document (``-s`` shows them; the summary
lines are printed on failure too). Goals are those of the generalising-extractor issue; the held-out sets have
floors a little under what was measured, so a change that loses ground there fails.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rubric_scoring import SETS, format_result, load_rubric_gold, score

from plantargets.pipeline import extract_tables

TESTS = Path(__file__).parent
# Goals from the issue; held-out floors are measured values less a margin (see benchmarks/README.md history).
DEVSET_GOALS = {"precision_target": 0.85, "recall_target": 0.85, "recall_actual": 0.80, "comparator_accuracy": 0.95,
                "quote_span_exact": 1.0}
CORPUS_EXTRA_GOALS = {"recall_actual": 0.80}
SEED_ACTUAL_GOALS = {"recall_actual": 0.85}
HELDOUT_FLOORS = {"f1_target": 0.80, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# The second held-out set's misses are not read (docs/generalisation.md); its floors sit under what it measured in
# session 6 (target F1 0.859, actual R 0.737; first run 0.667, 0.586).
HELDOUT2_FLOORS = {"f1_target": 0.80, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# The third held-out set was measured once (target F1 0.545, actual R 0.883), then read; its floors sit a little
# under what it measures after the fixes drawn from it (F1 0.968, actual R 1.0), as tests/heldout's do.
HELDOUT3_FLOORS = {"f1_target": 0.93, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 5's sets, each annotated and committed before any run (first runs in docs/generalisation.md). 4, 5, 8
# and 9 were then read for general causes: floors a little under what they measure after the fixes (4: F1 0.988,
# actual R 0.990; 5: 0.795, 0.976; 8: 0.959, 0.826; 9: 0.914, 0.856). 6 and 7 are sealed (summary lines only):
# floors under their first runs (6: 0.756, 0.491; 7: 0.472, 0.563).
HELDOUT4_FLOORS = {"f1_target": 0.93, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT5_FLOORS = {"f1_target": 0.90, "recall_actual": 0.93, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
HELDOUT8_FLOORS = {"f1_target": 0.90, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT9_FLOORS = {"f1_target": 0.90, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT6_FLOORS = {"f1_target": 0.74, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT7_FLOORS = {"f1_target": 0.65, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 6's sets (first runs: 10: 0.254, 1.0; 11: 0.563, 0.328; 12: 0.558, 0.368). 10 and 11 were then read; 12
# is sealed. Floors a little under what they measure after the session's fixes (10: 0.667, 1.0; 11: 0.690, 0.438;
# 12: 0.558, 0.408).
HELDOUT10_FLOORS = {"f1_target": 0.61, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT11_FLOORS = {"f1_target": 0.69, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT12_FLOORS = {"f1_target": 0.50, "recall_actual": 0.36, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# 13 and 14 (first runs 0.896, 0.893 and 0.690, 0.359) were read; 15, sealed, a devset-like mix, measured once at the
# end of the session: 0.766, 0.958 (0.694, 0.958 with the library of the session's start).
HELDOUT13_FLOORS = {"f1_target": 0.85, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT14_FLOORS = {"f1_target": 0.87, "recall_actual": 0.53, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT15_FLOORS = {"f1_target": 0.70, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 7: 16 (education results) and 18 (county work reports) measured once, then read; 17, sealed, a devset-like
# mix: 0.704 / 0.982 at its one measurement (0.704 / 0.800 with the session's first library f9cf63d).
HELDOUT16_FLOORS = {"f1_target": 0.55, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT17_FLOORS = {"f1_target": 0.66, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT18_FLOORS = {"f1_target": 0.82, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# 19 (plan targets and execution reports, first run 0.722 / 0.927, the same with the session's first library) was
# read; 20, sealed, a devset-like mix built during the session, is measured once at its end.
HELDOUT19_FLOORS = {"f1_target": 0.80, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# 20, sealed, measured once at the end of the session: 0.842 / 0.886 (0.830 / 0.886 with the session's first library).
HELDOUT20_FLOORS = {"f1_target": 0.80, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# 21 (a devset-like mix built last, read; first run 0.567 / 0.925, the same with the session's first library).
HELDOUT21_FLOORS = {"f1_target": 0.72, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 8's sets, each annotated by a helper who never ran the extractor, first runs with the session's first
# library 609ab1d: 22, sealed (0.234 / 0.898); 23, read (0.356 / 0.629, then 0.481 / 0.782 after the fixes drawn
# from it); 24, read (0.545 / 0.365; two pages' gold years are unattainable corrections, see its README).
HELDOUT22_FLOORS = {"f1_target": 0.20, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT23_FLOORS = {"f1_target": 0.44, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT24_FLOORS = {"f1_target": 0.50, "recall_actual": 0.33, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 9's sets (first runs with the session's first library 621ef67): 25, sealed (0.865 / 0.723; end 0.874 /
# 0.733); 26 read (0.727 / 0.639 -> 0.909 / 0.972); 27 read (0.891 / 0.970 -> 0.891 / 1.0); 28, read, plan-execution
# reports (0.233 / 0.821; 0.303 / 0.917 at the end, not yet read); 29, sealed (0.803 / 0.618, the same at the end).
HELDOUT25_FLOORS = {"f1_target": 0.82, "recall_actual": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT26_FLOORS = {"f1_target": 0.85, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT27_FLOORS = {"f1_target": 0.85, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT28_FLOORS = {"f1_target": 0.79, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT29_FLOORS = {"f1_target": 0.76, "recall_actual": 0.57, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# session 10: heldout30 and 31 read (first runs 0.067 / 0.63 and 0.538 / 0.48), 32 and 33 sealed
HELDOUT30_FLOORS = {"f1_target": 0.65, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT31_FLOORS = {"f1_target": 0.78, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT32_FLOORS = {"f1_target": 0.44, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT33_FLOORS = {"f1_target": 0.87, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout34 read (plan-execution reports; first run 0.490 / 0.856)
HELDOUT34_FLOORS = {"f1_target": 0.85, "recall_actual": 0.90, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# heldout35 sealed (execution reports; 0.716 / 0.804 with both the session's first and last library)
HELDOUT35_FLOORS = {"f1_target": 0.67, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 11: heldout36 (execution and work reports) and 37 (mixed) read, first runs 0.460 / 0.75 and 0.545 / 0.88;
# heldout38 sealed (county and prefecture pages; 0.789 / 0.909 with the session's first library)
HELDOUT36_FLOORS = {"f1_target": 0.80, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT37_FLOORS = {"f1_target": 0.79, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT38_FLOORS = {"f1_target": 0.74, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout39 (execution and work reports) and 40 (mixed) read, first runs 0.971 / 0.899 and 0.613 / 0.978; heldout41
# (execution and work reports, 11 pages) and 42 (mixed) sealed, first runs 0.977 / 0.862 and 0.536 / 0.824
HELDOUT39_FLOORS = {"f1_target": 0.92, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout40's floor lowered in session 12 (0.633 -> 0.576): n12's six 今年 targets, actuals of 2013 before, are
# targets now (their gold kind) but of no year, the page naming none; precision falls
HELDOUT40_FLOORS = {"f1_target": 0.55, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT41_FLOORS = {"f1_target": 0.92, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT42_FLOORS = {"f1_target": 0.50, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout43 (plans, tables) and 44 (mixed) read, first runs 0.575 (baseline R 0) and 0.333 / 0.747; heldout45 (plans)
# and 46 (mixed) sealed, first runs 0.506 / 0.25 and 0.593 / 0.758
HELDOUT43_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT44_FLOORS = {"f1_target": 0.81, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT45_FLOORS = {"f1_target": 0.46, "recall_actual": 0.25, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
HELDOUT46_FLOORS = {"f1_target": 0.55, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# built after the session's last extractor change: heldout47 read (0.515 / 0.836), 48 and 49 sealed (0.512 / 0.427 and
# 0.518 / 0.591); each the same with the session's first library
HELDOUT47_FLOORS = {"f1_target": 0.47, "recall_actual": 0.79, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
HELDOUT48_FLOORS = {"f1_target": 0.47, "recall_actual": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT49_FLOORS = {"f1_target": 0.47, "recall_actual": 0.54, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 12 (docs/generalisation.md): heldout50 (education, sealed) first run 0.512 / 0.382; 51 (education news, read)
# 0.654 / 0.952; 52 (non-education plans, read) 0.804 / 0.857; 53 (non-education plans, sealed) 0.642 / 0.825; 54
# (tables, read) 0.502 / 0.722; 55 (sealed) 0.738 / 0.703; 56 (work points and summaries, read) 0.222 / 0.886; 57
# (the same, sealed) 0.368 / 0.773; 58 (work-report targets and action plans, read) 0.731 / 0.761; 59 (sealed)
# 0.658 / 0.627: each floor a little under the session's end
HELDOUT50_FLOORS = {"f1_target": 0.48, "recall_actual": 0.34, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT51_FLOORS = {"f1_target": 0.68, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT52_FLOORS = {"f1_target": 0.90, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT53_FLOORS = {"f1_target": 0.62, "recall_actual": 0.78, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}
HELDOUT54_FLOORS = {"f1_target": 0.60, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT55_FLOORS = {"f1_target": 0.69, "recall_actual": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT56_FLOORS = {"f1_target": 0.58, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT57_FLOORS = {"f1_target": 0.33, "recall_actual": 0.73, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
HELDOUT58_FLOORS = {"f1_target": 0.69, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT59_FLOORS = {"f1_target": 0.61, "recall_actual": 0.58, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# built last (devset-like mix): heldout60 sealed, first run 0.818 / 0.846, the same at the end; heldout61 read, 0.918 / 0.767
HELDOUT60_FLOORS = {"f1_target": 0.77, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT61_FLOORS = {"f1_target": 0.87, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 13 (first runs with the session's first library, f746348): heldout62 (devset mix, read) 0.638 / 0.872;
# heldout63 (devset mix, sealed, 11 pages) 0.735 / 0.957; heldout64 (non-education plans, read) 0.802 / 0.882;
# heldout65 (non-education plans and work reports, sealed) 0.788 / 1.0
HELDOUT62_FLOORS = {"f1_target": 0.58, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT63_FLOORS = {"f1_target": 0.72, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT64_FLOORS = {"f1_target": 0.76, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT65_FLOORS = {"f1_target": 0.74, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 13, second batch (first runs with f746348): heldout66 (devset mix, read) 0.714 / 0.805; heldout67 (devset
# mix, sealed) 0.674 / 0.414; heldout68 (education, read) 0.651 / 0.789; heldout69 (education, sealed) 0.375 / 1.0
HELDOUT66_FLOORS = {"f1_target": 0.67, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT67_FLOORS = {"f1_target": 0.63, "recall_actual": 0.37, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}
HELDOUT68_FLOORS = {"f1_target": 0.61, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT69_FLOORS = {"f1_target": 0.34, "recall_actual": 0.95, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# session 13, third batch (devset mix; first runs with f746348): heldout70 (read) 0.724 / 0.615; heldout71 (sealed)
# 0.531 / 0.536
HELDOUT70_FLOORS = {"f1_target": 0.68, "recall_actual": 0.57, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT71_FLOORS = {"f1_target": 0.49, "recall_actual": 0.49, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 13, last batch (devset mix, both sealed, built after the session's rules; first runs with f746348):
# heldout72 0.343 / 0.818 (0.333 / 0.810 with the session's last library); heldout73 0.765 / 0.741 (0.750 / 0.741)
HELDOUT72_FLOORS = {"f1_target": 0.29, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT73_FLOORS = {"f1_target": 0.70, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 14, first batch (work reports, plan reports, their news and education bureaux' summaries; both read; first
# runs with f50d68e): heldout76 0.962 / 0.798; heldout77 0.765 / 0.804
# session 47: n10, an essay site's 2021 copy of a 2013 summary, now reads as a copy (its years, not its dateline): its
# projects finished in 2014 become that year's targets, which the gold reads as 2013's work (0.981 -> 0.867)
HELDOUT76_FLOORS = {"f1_target": 0.82, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT77_FLOORS = {"f1_target": 0.71, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 14, sealed (devset mix; first runs with f50d68e): heldout74 0.667 / 0.725; heldout75 0.695 / 0.794
HELDOUT74_FLOORS = {"f1_target": 0.62, "recall_actual": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT75_FLOORS = {"f1_target": 0.65, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 14, second batch (education plans, summaries and their news; both read; first runs with f50d68e):
# heldout78 0.711 / 0.580; heldout79 0.625 / 1.0
HELDOUT78_FLOORS = {"f1_target": 0.66, "recall_actual": 0.53, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT79_FLOORS = {"f1_target": 0.58, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 14, third batch (pages as scrapers capture them: work reports, 民生实事 lists and their progress, news; both
# read; first runs with f50d68e): heldout80 0.476 / 0.690; heldout81 0.468 / 0.813
HELDOUT80_FLOORS = {"f1_target": 0.43, "recall_actual": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT81_FLOORS = {"f1_target": 0.42, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 14, last batch (devset mix, both sealed, built after most of the session's rules; first runs with f50d68e,
# the same with the library of their merge): heldout82 0.777 / 1.0; heldout83 0.835 / 0.844
HELDOUT82_FLOORS = {"f1_target": 0.73, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT83_FLOORS = {"f1_target": 0.79, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 14, education pages (both read; built after most of the session's rules): first runs with f50d68e
# heldout84 0.609 / 0.547, heldout85 0.750 / 0.774; with the library of their merge 0.618 / 0.547 and 0.750 / 0.774
HELDOUT84_FLOORS = {"f1_target": 0.56, "recall_actual": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT85_FLOORS = {"f1_target": 0.70, "recall_actual": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 14, last batch (devset mix, both sealed, built after the session's rules; first runs with f50d68e):
# heldout86 0.842 / 0.791 (the same at merge); heldout87 0.328 / 0.692 (0.426 / 0.692 at merge)
HELDOUT86_FLOORS = {"f1_target": 0.79, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT87_FLOORS = {"f1_target": 0.28, "recall_actual": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 15, first batch (first runs with 6db3d69, the session's first library): heldout88 (devset mix, sealed)
# 0.679 / 0.790; heldout89 (devset mix, sealed, 9 pages) 0.333 / 0.875; heldout90 (plan documents, read after its
# first run) 0.333 / 0.941
HELDOUT88_FLOORS = {"f1_target": 0.63, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT89_FLOORS = {"f1_target": 0.28, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT90_FLOORS = {"f1_target": 0.28, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 15: heldout91 (education plans, 8 pages, read after its first run) 0.375 / 0.500
HELDOUT91_FLOORS = {"f1_target": 0.32, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 15: heldout92 (county and district pages, read after its first run) 0.741 / 0.785
HELDOUT92_FLOORS = {"f1_target": 0.69, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 15, second batch (the devset's mix, both sealed, built after most of the session's rules; first runs with
# 6db3d69, then with the library of their merge): heldout93 0.594 / 0.885 (the same); heldout94 0.520 / 0.545
# (0.542 / 0.748)
HELDOUT93_FLOORS = {"f1_target": 0.54, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT94_FLOORS = {"f1_target": 0.47, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 15: heldout95 (news and work reports, read after its first run) 0.808 / 0.687; 0.808 / 0.851 with the
# library of its merge (built after most of the session's rules)
HELDOUT95_FLOORS = {"f1_target": 0.76, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 15: heldout96 (education plans and news, read after its first run) 0.789 / 0.651 (the same with the library
# of its merge)
HELDOUT96_FLOORS = {"f1_target": 0.74, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 15: heldout97 (work reports and plan reports, read after its first run; 11 pages: its n08 was heldout37's
# n01 and was removed) 0.439 / 0.886 with the session's first library and with the library of its merge
HELDOUT97_FLOORS = {"f1_target": 0.39, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 16: heldout98 (county plans' news and results, sealed) 0.792 / 0.430; heldout99 (county work reports,
# bulletins, education, sealed) 0.649 / 0.777: first runs with the session's first library (91b5763)
HELDOUT98_FLOORS = {"f1_target": 0.74, "recall_actual": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT99_FLOORS = {"f1_target": 0.60, "recall_actual": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 16: heldout100 (action plans and news of targets, read after its first run) 0.637 / 0.750
HELDOUT100_FLOORS = {"f1_target": 0.58, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 16, second batch: heldout101 (plan execution and budget reports and their news, sealed) 0.660 / 0.959;
# heldout102 (plans' target chapters and their news, read after its first run) 0.741 / 0.429; first runs with the
# session's first library (91b5763), the same with the library of their merge
HELDOUT101_FLOORS = {"f1_target": 0.61, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT102_FLOORS = {"f1_target": 0.69, "recall_actual": 0.37, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 16, third batch: heldout103 (health, environment, transport, poverty plans and news, sealed) 0.732 / 0.468;
# heldout104 (master plans, housing, progress news, read after its first run) 0.348 / 0.444, comparator 0.922; first
# runs with the session's first library (91b5763), the same with the library of their merge (the session's rules to 67c0f3e
# included)
HELDOUT103_FLOORS = {"f1_target": 0.68, "recall_actual": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT104_FLOORS = {"f1_target": 0.29, "recall_actual": 0.39, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}
# session 16, last batch (the devset's mix, both sealed, built after all of the session's rules): heldout105 0.744 /
# 0.825, heldout106 (10 pages) 0.500 / 0.654; the same with the session's first library (91b5763) and its last (55b9fe6)
HELDOUT105_FLOORS = {"f1_target": 0.69, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT106_FLOORS = {"f1_target": 0.45, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 17 (sealed, built by helpers while the session's first rules were written; first runs with its first library,
# 493ec9a, the same with the library of their merge): heldout107 (4 pages: education plans' reviews, a 2006 work
# report) 0.643 / 0.838; heldout108 (11 county and district work reports and their news; 9 targets) 1.000 / 0.969;
# heldout109 (the devset's mix, 11 pages, 25 targets) 0.175 / 0.719; heldout110 (badly scraped relays, work-report
# news, project lists) 0.507 / 1.000
HELDOUT107_FLOORS = {"f1_target": 0.59, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT108_FLOORS = {"f1_target": 0.95, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT109_FLOORS = {"f1_target": 0.12, "recall_actual": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT110_FLOORS = {"f1_target": 0.45, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 18 (built by helpers while the session's rules were written; first runs with its first library, 2ad4a8a):
# heldout111 (read: 12 pages of results news, bulletins, a press conference, a work summary; 1 target) 0.111 / 0.750,
# 0.250 / 0.806 after the session's rules; sealed, the same with the library of their merge and of the session's end:
# heldout112 (plan news, work-report sections, an implementation opinion) 0.604 / 0.750; heldout113 (annual plans,
# livelihood-project lists, bulletins) 0.702 / 0.750; heldout114 (county and district work reports) 0.786 / 0.771
HELDOUT111_FLOORS = {"f1_target": 0.20, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT112_FLOORS = {"f1_target": 0.55, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT113_FLOORS = {"f1_target": 0.65, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT114_FLOORS = {"f1_target": 0.73, "recall_actual": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 18, second pair (built while the session's later rules were written; first runs with 2ad4a8a): heldout115
# (sealed: education plans and their news) 0.671 / 0.519, the same at merge; heldout116 (read: targets and results
# captured badly: mirrors, document sites, spam-ridden relays) 0.908 / 0.985, 0.965 / 0.985 after the session's rules
HELDOUT115_FLOORS = {"f1_target": 0.62, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT116_FLOORS = {"f1_target": 0.90, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 18, third pair (first runs with 2ad4a8a): heldout117 (read: news and lists of the year's livelihood and
# construction projects) 0.648 / 0.111, 0.743 / 0.111 after the session's rules; heldout118 (sealed: the devset's mix,
# mostly provincial) 0.924 / 0.746, the same at merge
HELDOUT117_FLOORS = {"f1_target": 0.68, "recall_actual": 0.10, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT118_FLOORS = {"f1_target": 0.87, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout120 (read: reports on the execution of annual plans and budgets, bulletins; 7 of 12 pages undated, their
# years from the address) 0.240 / 0.477 with 2ad4a8a and at merge
# (session 19: 0.167 once 完成年初预算X的N% reads X as the budget, a target: right in kind, but on its undated pages
# a target has no year and can only miss)
HELDOUT120_FLOORS = {"f1_target": 0.14, "recall_actual": 0.43, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout119 (sealed: county, county-level-city and district pages of every kind) 0.844 / 0.772 with 2ad4a8a and at
# merge
HELDOUT119_FLOORS = {"f1_target": 0.79, "recall_actual": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# session 19: heldout121 (sealed: sector plans of counties and cities other than education; targets only) 0.508 with
# 5c644e0 and at merge
HELDOUT121_FLOORS = {"f1_target": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout123 (read: news and bulletins reporting results, a few targets) 0.324 / 0.626 with 5c644e0 and at merge;
# heldout126 (read: pages captured badly: furniture, spam, reposts, fused header lines, cut captures) 0.951 / 0.697
HELDOUT123_FLOORS = {"f1_target": 0.28, "recall_actual": 0.58, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT126_FLOORS = {"f1_target": 0.90, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout122 (sealed: work reports of every level, mostly their reviews) 0.585 / 0.833 with 5c644e0 and at merge;
# heldout125 (sealed: the devset's mix, mostly county and district) 0.707 / 1.000
HELDOUT122_FLOORS = {"f1_target": 0.54, "recall_actual": 0.78, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
HELDOUT125_FLOORS = {"f1_target": 0.66, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout124 (read: education plans and their news, county pages mostly results) 0.726 / 0.553 with 5c644e0
HELDOUT124_FLOORS = {"f1_target": 0.68, "recall_actual": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout130 (sealed: targets of sectors other than education, plans and their news) 0.901 with 5c644e0 and at merge
HELDOUT130_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout129 (read: targets of sectors other than education; 11 pages, n10 dropped) 0.812 with 5c644e0 and at merge
HELDOUT129_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout128 (read: county and district work reports, mostly their reviews) 0.455 / 1.000 with 5c644e0 and at merge
HELDOUT128_FLOORS = {"f1_target": 0.40, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout127 (sealed: the devset's mix, half county pages) 0.959 / 0.853 with 5c644e0 and at merge
HELDOUT127_FLOORS = {"f1_target": 0.91, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout134 (sealed: results pages, execution reports and bulletins; 5 targets, none found at the first run, so no
# target floor) 0.000 / 0.616 with 5c644e0 and at merge
HELDOUT134_FLOORS = {"recall_actual": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout132 (sealed: work reports of cities, counties and districts, mostly reviews) 0.964 / 0.993 with 5c644e0 and
# at merge
HELDOUT132_FLOORS = {"f1_target": 0.91, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout131 (sealed: the devset's mix, leaning to work reports and their news) 0.682 / 0.811 and heldout133 (sealed:
# pages that set targets, every sector) 0.816, with 5c644e0 and at merge
HELDOUT131_FLOORS = {"f1_target": 0.63, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT133_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout135 (read: budget reports and their news) 0.176 / 0.946 with 5c644e0 and at merge; heldout136 (read:
# provincial and city work reports, their headline results) 1.000 / 0.713
HELDOUT135_FLOORS = {"f1_target": 0.70, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT136_FLOORS = {"f1_target": 0.90, "recall_actual": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout140 (sealed: education pages of every kind, mostly news) 0.767 / 0.849 with 5c644e0, 0.750 / 0.849 at merge
HELDOUT140_FLOORS = {"f1_target": 0.70, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout138 (sealed: county, district and town pages of every kind) 0.729 / 0.775 and heldout139 (sealed: news of
# targets and results) 0.789 / 0.981, the same with 5c644e0 and at merge
HELDOUT138_FLOORS = {"f1_target": 0.68, "recall_actual": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
HELDOUT139_FLOORS = {"f1_target": 0.74, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout137 (sealed: the devset's mix, provinces and districts) 0.827 / 0.967, the same with 5c644e0 and at merge
HELDOUT137_FLOORS = {"f1_target": 0.77, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout142 (read: annual plan execution reports and their news, 6 pages; 5 targets, none found at the first run,
# so no target floor) 0.000 / 0.640 with 5c644e0 and at merge; 1.000 / 1.000 in session 20 (the forum's hidden
# strings cut, 2013预期目标's year, 预计全年 as a result). Its comparator falls to 0.75 as n01's estimates (预计达8050元)
# are now matched: its gold writes them ~ where the read sets' gold writes 151 of 187 such estimates =, as the
# extractor does (the rubric gives ~ to 左右 and 约 only)
HELDOUT142_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.70, "quote_span_exact": 1.0}
# heldout141 (read: sector plans and livelihood-project lists of counties and cities, 11 pages) 0.633 with 5c644e0,
# 0.765 at merge (the session's rules, measured on it before it was read)
HELDOUT141_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout143 (read: news of sector plans of 12 provinces, 12 pages) 0.921 with 7bdbbd6 and at merge
HELDOUT143_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout145 (read: budget and finance pages of 11 provinces, 12 pages) 0.651 / 0.981 with 7bdbbd6 and at merge
HELDOUT145_FLOORS = {"f1_target": 0.6, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout146 (sealed: sector plans of 12 provinces) 0.705, baseline R 0.0 (of 2), with 7bdbbd6 and at merge
HELDOUT146_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout147 (sealed: work reports and their news of 11 provinces) 0.667 / 0.917 with 7bdbbd6 and at merge
HELDOUT147_FLOORS = {"f1_target": 0.61, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout144 (read: county, district and city work reports, 12 pages, 5 targets) 0.769 / 0.919 with 7bdbbd6 and at merge
HELDOUT144_FLOORS = {"f1_target": 0.71, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout148 (sealed: mixed kinds of 12 provinces) 0.930 / 0.954 with 7bdbbd6 and at merge
HELDOUT148_FLOORS = {"f1_target": 0.88, "recall_actual": 0.9, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout152 (sealed: the devset's mix of 11 provinces) 0.881 / 0.654 with 7bdbbd6 and at merge
HELDOUT152_FLOORS = {"f1_target": 0.83, "recall_actual": 0.6, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout151 (sealed: results pages with some targets, 12 provinces) 0.170 / 0.662 with 7bdbbd6 and at merge
HELDOUT151_FLOORS = {"f1_target": 0.12, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout149 (read: work reports and news of their targets, 10 provinces) 0.921 / 1.000 with 7bdbbd6 and at merge
HELDOUT149_FLOORS = {"f1_target": 0.87, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout150 (sealed: education pages of 9 provinces) 0.797 / 0.643 with 7bdbbd6 and at merge
HELDOUT150_FLOORS = {"f1_target": 0.74, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout153 (read: progress reports carrying planned quantities, 12 pages) 0.485 / 0.536 with 7bdbbd6, 0.582 / 0.536 at merge (the session's rules, measured before it was read)
HELDOUT153_FLOORS = {"f1_target": 0.53, "recall_actual": 0.48, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout154 (sealed: progress reports carrying planned quantities, 10 provinces) 0.173 / 0.546 with 7bdbbd6, 0.174 / 0.546 at merge
HELDOUT154_FLOORS = {"f1_target": 0.12, "recall_actual": 0.49, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout155 (read): county work reports, mostly results; first run 0.170 / 0.861 (session 21, before any rule of the session)
HELDOUT155_FLOORS = {"f1_target": 0.12, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout156 (sealed): the devset's mix; first run 0.834 / 0.800
HELDOUT156_FLOORS = {"f1_target": 0.78, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout157 (read): progress reports carrying planned quantities; first run 0.479
HELDOUT157_FLOORS = {"f1_target": 0.42, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout158 (sealed): five-year plan outlines and their news; first run 0.689 / 1.000
HELDOUT158_FLOORS = {"f1_target": 0.63, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout159 (read): news and press conferences on plans and results; first run 0.739 / 0.887
HELDOUT159_FLOORS = {"f1_target": 0.68, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout160 (sealed): education action plans, project lists and results; first run 0.477 / 0.451
HELDOUT160_FLOORS = {"f1_target": 0.42, "recall_actual": 0.4, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout162 (read): policy measures, plan pages captured mid-text, sector plans and news quoting them; first run 0.875 with 10ab20a and at merge
HELDOUT162_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}

# heldout161 (sealed): the devset's mix; 0.790 / 0.625 with 10ab20a, 0.786 / 0.625 at merge
HELDOUT161_FLOORS = {"f1_target": 0.73, "recall_actual": 0.57, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout163 (read): education news of plans and results (school works, dormitories, balance certifications); 0.452 / 0.257 with 29b772b and at merge
HELDOUT163_FLOORS = {"f1_target": 0.4, "recall_actual": 0.2, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout164 (sealed): the devset's mix from the least-used provinces; 0.540 / 0.968 with 29b772b and at merge
HELDOUT164_FLOORS = {"f1_target": 0.49, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout165 (sealed): older pages (2008-2013); 0.757 / 0.739 with 29b772b and at merge
HELDOUT165_FLOORS = {"f1_target": 0.7, "recall_actual": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout166 (sealed): the devset's mix, county pages; 0.612 / 0.683 with 29b772b and at merge, 0.632 / 0.730 later in session 22
HELDOUT166_FLOORS = {"f1_target": 0.56, "recall_actual": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout167 (read): plan documents proper and bureaus' annual plans; 0.637 / 0.000 (3 actual rows) with 29b772b and at merge
HELDOUT167_FLOORS = {"f1_target": 0.58, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout168 (read): the devset's mix from the least-used provinces (a sibling of sealed 164); 0.746 / 0.926 with 29b772b and at merge
HELDOUT168_FLOORS = {"f1_target": 0.69, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout170 (read): older pages 2006-2014 (a sibling of sealed 165); 0.876 / 0.757 with a4ea53a and at merge
HELDOUT170_FLOORS = {"f1_target": 0.82, "recall_actual": 0.7, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout171 (sealed): the devset's mix, central provinces, four county pages; 0.732 / 0.944 with a4ea53a and at merge
HELDOUT171_FLOORS = {"f1_target": 0.68, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout169 (read): the devset's mix, county pages (a sibling of sealed 166); 0.739 / 1.000 with a4ea53a and at merge
HELDOUT169_FLOORS = {"f1_target": 0.68, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout172 (read): the devset's mix, central provinces (a sibling of sealed 171); 0.961 / 1.000 with a4ea53a, 0.967 at merge
HELDOUT172_FLOORS = {"f1_target": 0.91, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout173 (sealed): the devset's mix, eastern provinces and Guangxi, five county pages; 0.806 / 0.969 with a4ea53a and at merge
HELDOUT173_FLOORS = {"f1_target": 0.75, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout174 (read): the devset's mix, least-used provinces, four county pages; 0.667 / 1.000 with a4ea53a and at merge
HELDOUT174_FLOORS = {"f1_target": 0.61, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout175 (sealed): the devset's mix, eastern and northern provinces, four county pages; 0.667 / 0.716 with f296541 and at merge
HELDOUT175_FLOORS = {"f1_target": 0.61, "recall_actual": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout176 (read): the devset's mix, eastern and northern provinces (sibling of 175), five county pages; 0.747 / 0.875 with f296541 and at merge
HELDOUT176_FLOORS = {"f1_target": 0.69, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout177 (sealed): the devset's mix, central and south-western provinces, seven county pages; 0.667 / 1.000 with f296541, 0.672 at merge
HELDOUT177_FLOORS = {"f1_target": 0.61, "recall_actual": 0.95, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}

# heldout178 (read): the devset's mix, central and south-western provinces (sibling of 177), five county pages; 0.566 / 0.509 with f296541 and at merge
HELDOUT178_FLOORS = {"f1_target": 0.51, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout179 (sealed): the devset's mix, northern, western and border provinces, six county pages; 0.716 / 1.000 with cd011fe and at merge
HELDOUT179_FLOORS = {"f1_target": 0.66, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout181 (sealed): the devset's mix, central and northern provinces, four county or district pages; 0.600 / 0.855 with cd011fe and at merge
HELDOUT181_FLOORS = {"f1_target": 0.54, "recall_actual": 0.8, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}

# heldout182 (read): the devset's mix, central and northern provinces (sibling of 181), five county or district pages; 0.784 / 0.920 with cd011fe and at merge
HELDOUT182_FLOORS = {"f1_target": 0.73, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout180 (read): the devset's mix, northern, western and border provinces (sibling of 179), five county or district pages; 0.836 / 0.811 with cd011fe and at merge
HELDOUT180_FLOORS = {"f1_target": 0.78, "recall_actual": 0.76, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}

# heldout183 (sealed): the devset's mix, eastern and northern provinces, five county or district pages;
# 0.952 / 0.895 with 376a991 and at merge
HELDOUT183_FLOORS = {"f1_target": 0.9, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout184 (read): the devset's mix (news-heavy), northern, western and border provinces, five county pages;
# 0.691 / 0.973 with 376a991 and at merge
HELDOUT184_FLOORS = {"f1_target": 0.64, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout185 (sealed): the devset's mix (work-report heavy), central provinces, six county or district pages;
# 0.561 / 1.000 with 376a991, 0.677 / 1.000 at merge (7388500+)
HELDOUT185_FLOORS = {"f1_target": 0.62, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout186 (read): the devset's mix (news-heavy), eastern and central provinces, four county or district pages;
# 0.704 / 0.779 with 376a991 and at merge
HELDOUT186_FLOORS = {"f1_target": 0.65, "recall_actual": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout187 (sealed): news-heavy (9 of 12), northern and western provinces, four county pages;
# 0.644 / 1.000 with 777af49 and at merge
HELDOUT187_FLOORS = {"f1_target": 0.59, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout188 (read): news-heavy, central provinces, four county pages;
# 0.941 / 0.758 with 777af49 and at merge
HELDOUT188_FLOORS = {"f1_target": 0.89, "recall_actual": 0.7, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout189 (sealed): the devset's mix (work-report heavy), eastern provinces, four county or district pages;
# 0.608 / 0.973 with 777af49 and at merge
HELDOUT189_FLOORS = {"f1_target": 0.55, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout190 (read): plan-heavy, northern and western provinces, five county pages;
# 0.841 / 1.000 with 777af49 and at merge
HELDOUT190_FLOORS = {"f1_target": 0.79, "recall_actual": 0.95, "comparator_accuracy": 0.86, "quote_span_exact": 1.0}

# heldout193 (sealed): the devset's mix, eastern provinces, six county or district pages;
# 0.736 / 1.000 with 4fe2a16 and at merge
HELDOUT193_FLOORS = {"f1_target": 0.68, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout191 (sealed): news-heavy, northern and western provinces, five county or district pages;
# 0.500 / 0.727 with 4fe2a16 and at merge
HELDOUT191_FLOORS = {"f1_target": 0.45, "recall_actual": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout194: work-report heavy, northern and western provinces, six county or district pages;
# 0.833 / 0.902 with 4fe2a16 and at merge
HELDOUT194_FLOORS = {"f1_target": 0.78, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout192: plan-heavy, central provinces, four county pages;
# 0.854 / 0.806 with 4fe2a16 and at merge
HELDOUT192_FLOORS = {"f1_target": 0.8, "recall_actual": 0.75, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}

# heldout197 (sealed): work-report heavy, eastern provinces, five county or district pages;
# 0.925 / 0.829 with 39c4f10 and at merge
HELDOUT197_FLOORS = {"f1_target": 0.87, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout195 (sealed): news-heavy, central provinces, six county or district pages;
# 0.667 / 0.978 with 39c4f10 and at merge
HELDOUT195_FLOORS = {"f1_target": 0.61, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout196: the devset's mix (news-heavy in the end), northern and western provinces, five county pages;
# 0.633 / 0.833 with 39c4f10 and at merge
HELDOUT196_FLOORS = {"f1_target": 0.58, "recall_actual": 0.78, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}

# heldout198: news-heavy, northern and western provinces, five county or district pages;
# 0.726 / 0.959 with 39c4f10 and at merge
HELDOUT198_FLOORS = {"f1_target": 0.67, "recall_actual": 0.9, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout199 (sealed): plan-heavy, central provinces, four county pages;
# 0.868 / 0.893 with 3a6675d and at merge
HELDOUT199_FLOORS = {"f1_target": 0.81, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout200: news-heavy, eastern provinces, four county or district pages;
# 0.654 / 0.816 with 3a6675d and at merge
HELDOUT200_FLOORS = {"f1_target": 0.6, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout201: the devset's mix (eight pages, no five-year plan), northern and western provinces, three county pages;
# 0.682 / 1.000 with 3a6675d and at merge
HELDOUT201_FLOORS = {"f1_target": 0.63, "recall_actual": 0.95, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}

# heldout202 (sealed): work-report heavy, central provinces, eight county or district pages;
# 0.741 / 0.984 with 3a6675d and at merge
HELDOUT202_FLOORS = {"f1_target": 0.69, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout204 (sealed): plan-heavy and work reports, eastern provinces, 4 county pages;
# F1 / actR with 6efa5e5 and at merge: 0.787 / 0.745
HELDOUT204_FLOORS = {"f1_target": 0.73, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout206 (sealed): work-report heavy, northern and western provinces, 5 county pages (n05 dropped: read 174's text);
# F1 / actR with 6efa5e5 and at merge: 0.600 / 0.952
HELDOUT206_FLOORS = {"f1_target": 0.54, "recall_actual": 0.9, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout203 (read): news-heavy, northern and western provinces, 4 county pages;
# F1 / actR with 6efa5e5 and at merge: 0.201 / 0.703
HELDOUT203_FLOORS = {"f1_target": 0.15, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# heldout205 (read): the devset's mix, central provinces, 4 county or district pages;
# F1 / actR with 6efa5e5 and at merge: 0.844 / 0.962
HELDOUT205_FLOORS = {"f1_target": 0.79, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout207 (read): news-heavy, central provinces, 4 county pages;
# F1 / actR with add915f and at merge: 0.667 / 0.899
HELDOUT207_FLOORS = {"f1_target": 0.62, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout210 (sealed): work-report heavy, eastern and central provinces, 5 county or district pages;
# F1 / actR with add915f and at merge: 0.836 / 0.922
HELDOUT210_FLOORS = {"f1_target": 0.79, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout208 (sealed): plan-heavy, northern and western provinces, 4 county or district pages;
# F1 / actR with add915f and at merge: 0.739 / 0.938
HELDOUT208_FLOORS = {"f1_target": 0.69, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout209 (read): the devset's mix, eastern provinces, 4 county or district pages;
# F1 / actR with add915f and at merge: 0.652 / 0.989
HELDOUT209_FLOORS = {"f1_target": 0.6, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout214 (sealed): news-heavy (7 news pages on work reports, 5 work reports), eastern provinces;
# F1 / actR with 2a23602 and at merge: 0.800 / 0.991
HELDOUT214_FLOORS = {"f1_target": 0.75, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout212 (sealed): devset mix without five-year plans (3 work reports, 3 education plans, 6 news), western
# and northeastern provinces;
# F1 / actR with 2a23602 and at merge: 0.792 / 0.986
HELDOUT212_FLOORS = {"f1_target": 0.74, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout211 (read): plan-heavy (7 plans and lists of the year's projects, 5 work reports), central provinces;
# F1 / actR with 2a23602 and at merge: 0.751 / 1.000
HELDOUT211_FLOORS = {"f1_target": 0.7, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout213 (read): work-report heavy (6 work reports' results, 6 news and plans), southern and western provinces;
# F1 / actR with 2a23602 and at merge: 0.612 / 0.987
HELDOUT213_FLOORS = {"f1_target": 0.56, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout215 (read): 12 pages, education and sector plans (north, north-east, north-west), 85 targets, no actuals
# (actual floor 0); F1 / actR with f8522f7 and at merge: 0.875 / -
HELDOUT215_FLOORS = {"f1_target": 0.82, "recall_actual": 0.0, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout216 (sealed): 12 pages, work-report heavy (east and centre), 18 targets, 113 actuals;
# F1 / actR with f8522f7 and at merge: 0.541 / 0.938
HELDOUT216_FLOORS = {"f1_target": 0.49, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout218 (sealed): 12 pages, the devset's mix (centre and south), 54 targets, 35 actuals;
# F1 / actR with f8522f7 and at merge: 0.681 / 1.000
HELDOUT218_FLOORS = {"f1_target": 0.63, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout217 (read): 12 pages, news-heavy (south and west), 31 targets, 104 actuals;
# F1 / actR with f8522f7 and at merge: 0.735 / 0.777
HELDOUT217_FLOORS = {"f1_target": 0.68, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout220 (read): annual-plan and bulletin heavy, east (6 targets, 118 actuals);
# F1 / actR with 0c622bd and at merge: 0.800 / 0.992
HELDOUT220_FLOORS = {"f1_target": 0.75, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout221 (sealed): news-heavy, north and north-east;
# F1 / actR with 0c622bd and at merge: 0.741 / 0.929
HELDOUT221_FLOORS = {"f1_target": 0.69, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout222 (read): the devset's mix, east and south;
# F1 / actR with 0c622bd and at merge: 0.824 / 0.841
HELDOUT222_FLOORS = {"f1_target": 0.77, "recall_actual": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout219 (sealed): five-year-plan news heavy, west (only 5 plan pages);
# F1 / actR with 0c622bd and at merge: 0.809 / 0.679
HELDOUT219_FLOORS = {"f1_target": 0.76, "recall_actual": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout223 (sealed): 12 work-report and news pages of 8 central and northern provinces (session 36);
# F1 / actR with af58755 and at merge: 0.786 / 0.841
HELDOUT223_FLOORS = {"f1_target": 0.74, "recall_actual": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout226 (read): 12 news-heavy pages of 10 provinces (session 36);
# F1 / actR with af58755 and at merge: 0.553 / 0.667
HELDOUT226_FLOORS = {"f1_target": 0.5, "recall_actual": 0.62, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout224 (read): 12 education- and sector-plan pages of 9 southern and eastern provinces (session 36);
# F1 / actR with af58755 and at merge: 0.710 / 0.800
HELDOUT224_FLOORS = {"f1_target": 0.66, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout225 (sealed): 12 pages of the devset's mix from 8 northern and western provinces (session 36);
# F1 / actR with af58755 and at merge: 0.750 / 0.980
HELDOUT225_FLOORS = {"f1_target": 0.7, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout227 (sealed): work reports and their news, south-west and centre (12 pages; 18 targets, 101 actuals);
# F1 / actR with 8b9ae1e and at merge: 0.839 / 0.951
HELDOUT227_FLOORS = {"f1_target": 0.79, "recall_actual": 0.9, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout228 (read): action plans, schemes and opinions, north (12 pages; 85 targets, 13 actuals);
# F1 / actR with 8b9ae1e and at merge: 0.747 / 1.000
HELDOUT228_FLOORS = {"f1_target": 0.7, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout229 (read): work reports and their news, south and east (12 pages; 22 targets, 112 actuals);
# F1 / actR with 8b9ae1e and at merge: 0.936 / 0.750
HELDOUT229_FLOORS = {"f1_target": 0.89, "recall_actual": 0.7, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout230 (sealed): the devset's mix, centre and west (12 pages; 75 targets, 68 actuals);
# F1 / actR with 8b9ae1e and at merge: 0.919 / 1.000
HELDOUT230_FLOORS = {"f1_target": 0.87, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout234 (read): 12 plan, scheme and plan-news pages of the south and east (session 38);
# F1 / actR with 931e955 and at merge: 0.914 / 1.000
HELDOUT234_FLOORS = {"f1_target": 0.86, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout231 (sealed): 12 pages of the devset's mix from the north and east (session 38);
# F1 / actR with 931e955 and at merge: 0.818 / 0.768
HELDOUT231_FLOORS = {"f1_target": 0.77, "recall_actual": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout232 (read): 12 news pages and work reports of the centre and south-west (session 38);
# F1 / actR with 931e955 and at merge: 0.428 / 0.754
HELDOUT232_FLOORS = {"f1_target": 0.38, "recall_actual": 0.7, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout233 (sealed): 12 work reports, annual-plan reports and their news of the north (session 38);
# F1 / actR with 931e955 and at merge: 0.533 / 0.926
HELDOUT233_FLOORS = {"f1_target": 0.48, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout236 (sealed): 12 pages of the devset's mix from the south (session 38);
# F1 / actR with 931e955 and at merge: 0.904 / 0.965
HELDOUT236_FLOORS = {"f1_target": 0.85, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout235 (read): 12 action plans, plan news and task lists of the north and north-west (session 38);
# F1 / actR with 931e955 and at merge: 0.743 / 1.000
HELDOUT235_FLOORS = {"f1_target": 0.69, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout238 (read): annual plan reports, plan news, special and action plans, east (Jiangsu, Zhejiang,
# Shanghai, Anhui, Jiangxi, Fujian, Shandong, Hubei); 76 targets, 24 actuals;
# F1 / actR with d5f7f25 and at merge: 0.757 / 0.875
HELDOUT238_FLOORS = {"f1_target": 0.71, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout239 (sealed): special plans, action plans, work reports and news, west (Sichuan, Gansu, Xinjiang,
# Qinghai, Chongqing, Guizhou, Yunnan, Tibet; Zhejiang, Hubei); 89 targets, 19 actuals;
# F1 / actR with d5f7f25 and at merge: 0.880 / 1.000
HELDOUT239_FLOORS = {"f1_target": 0.83, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout237 (sealed): the devset's mix, north and centre (Shandong, Henan, Beijing, Hebei, Hubei, Shanxi,
# Tianjin, Anhui); 72 targets, 53 actuals;
# F1 / actR with d5f7f25 and at merge: 0.417 / 0.698
HELDOUT237_FLOORS = {"f1_target": 0.37, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout240 (read): the devset's mix, south and north-east (Guangdong, Hainan, Hunan, Heilongjiang, Liaoning,
# Jilin, Guangxi, Inner Mongolia); 49 targets, 94 actuals;
# F1 / actR with d5f7f25 and at merge: 0.750 / 0.925
HELDOUT240_FLOORS = {"f1_target": 0.7, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout241 (sealed): the devset's mix, east and south (Jiangxi, Hainan, Guangdong, Jiangsu, Zhejiang, Hubei,
# Hunan, Fujian, Shanghai); 62 targets, 12 baselines, 47 actuals; second round;
# F1 / actR with d5f7f25 and at merge: 0.721 / 0.617
HELDOUT241_FLOORS = {"f1_target": 0.67, "recall_actual": 0.57, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout243 (sealed): work reports and their news, action plans, special plans and their news, south-west and
# centre (Yunnan, Sichuan, Hubei, Chongqing, Ningxia, Anhui, Guangxi, Guizhou, Gansu); 96 targets, 20 actuals;
# second round;
# F1 / actR with d5f7f25 and at merge: 0.857 / 0.750
HELDOUT243_FLOORS = {"f1_target": 0.81, "recall_actual": 0.7, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout242 (read): news of 民生实事 lists, annual plans and work plans, implementation schemes, results with the
# next targets, north and north-east (Jilin, Hebei, Shanxi, Inner Mongolia, Liaoning, Heilongjiang, Shaanxi,
# Henan, Shandong; Zhejiang); 77 targets, 25 actuals; second round;
# F1 / actR with d5f7f25 and at merge: 0.752 / 1.000
HELDOUT242_FLOORS = {"f1_target": 0.7, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout244 (read): the devset's mix, north and west (Beijing, Tianjin, Hebei, Tibet, Hunan, Qinghai, Shaanxi,
# Ningxia; one national page); 75 targets, 44 actuals; second round;
# F1 / actR with d5f7f25 and at merge: 0.701 / 0.727
HELDOUT244_FLOORS = {"f1_target": 0.65, "recall_actual": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout246 (read): news of targets, action plans and 民生实事 news, work reports and an annual plan report, south
# and centre (Guangdong, Fujian, Jiangxi, Guangxi, Hunan, Hainan, Hubei; Zhejiang); 48 targets, 66 actuals;
# third round;
# F1 / actR with d5f7f25 and at merge: 0.843 / 0.985
HELDOUT246_FLOORS = {"f1_target": 0.79, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout247 (sealed): work reports and their news, plan news, north and east (Jiangsu, Anhui, Tianjin, Beijing,
# Shanghai, Shandong, Zhejiang, Henan); 52 targets, 65 actuals; third round;
# F1 / actR with d5f7f25 and at merge: 0.721 / 0.985
HELDOUT247_FLOORS = {"f1_target": 0.67, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout245 (sealed): the devset's mix, north and north-west (Ningxia, Gansu, Liaoning, Hebei, Jilin, Shanxi,
# Inner Mongolia, Xinjiang, Shaanxi, Heilongjiang; Sichuan); 63 targets, 34 actuals; third round (n08 shares a
# 101-character run with read heldout h22);
# F1 / actR with d5f7f25 and at merge: 0.648 / 0.912
HELDOUT245_FLOORS = {"f1_target": 0.6, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout248 (read): the devset's mix, west (Yunnan, Shaanxi, Sichuan, Guizhou, Gansu, Chongqing, Tibet; Hebei);
# 92 targets, 40 actuals; third round;
# F1 / actR with d5f7f25 and at merge: 0.686 / 0.675
HELDOUT248_FLOORS = {"f1_target": 0.64, "recall_actual": 0.62, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout251 (sealed): work reports and their news, plans and plan news, east and south (Jiangsu, Guangdong,
# Sichuan, Fujian, Zhejiang, Hainan, Chongqing); 26 targets, 69 actuals; 11 pages; fourth round; 0.641 / 0.884
# with the library at merge;
# F1 / actR with d5f7f25: 0.625 / 0.884
HELDOUT251_FLOORS = {"f1_target": 0.57, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout252 (read): the devset's mix, north-east and west (Liaoning, Heilongjiang, Jilin, Qinghai, Tibet, Inner
# Mongolia, Xinjiang, Gansu); 42 targets, 52 actuals; fourth round;
# F1 / actR with d5f7f25 and at merge: 0.719 / 0.942
HELDOUT252_FLOORS = {"f1_target": 0.67, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout250 (read): annual plan reports, work reports and their news, a 民生工程 list, plan news, north (Tianjin,
# Beijing, Inner Mongolia, Shaanxi, Shandong, Hebei, Shanxi, Ningxia; one national page); 37 targets, 50 actuals;
# fourth round;
# F1 / actR with d5f7f25 and at merge: 0.872 / 0.680
HELDOUT250_FLOORS = {"f1_target": 0.82, "recall_actual": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout249 (sealed): the devset's mix, centre and south (Anhui, Guizhou, Jiangxi, Hubei, Guangxi, Hunan, Yunnan,
# Henan); 31 targets, 5 baselines, 78 actuals; fourth round;
# F1 / actR with d5f7f25 and at merge: 0.406 / 0.551
HELDOUT249_FLOORS = {"f1_target": 0.36, "recall_actual": 0.5, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout253 (sealed): 12 pages of 9 provinces (special plans as news, work and plan reports, results news), session 40;
# F1 / actR with cdf5941 and at merge: 0.779 / 1.000
HELDOUT253_FLOORS = {"f1_target": 0.73, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout254 (read): 12 pages of 8 western provinces (work reports, plans and their news, project news), session 40;
# F1 / actR with cdf5941 and at merge: 0.487 / 0.968
HELDOUT254_FLOORS = {"f1_target": 0.44, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout255 (sealed): 12 pages of 9 provinces (plan news, work reports, action plans, news), session 40;
# F1 / actR with cdf5941 and at merge: 0.951 / 0.978
HELDOUT255_FLOORS = {"f1_target": 0.9, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout256 (read): 12 pages of 8 northern provinces (news, special plans, work reports), session 40;
# F1 / actR with cdf5941 and at merge: 0.880 / 0.951
HELDOUT256_FLOORS = {"f1_target": 0.83, "recall_actual": 0.9, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout257 (sealed): 12 pages of 8 southern provinces (work reports, sector plans and their news, results news),
# session 40;
# F1 / actR with cdf5941 and at merge: 0.824 / 0.897
HELDOUT257_FLOORS = {"f1_target": 0.77, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout258 (read): 12 pages of 8 provinces (annual plan reports, 民生实事 lists, health and education plans), session 40;
# F1 / actR with cdf5941 and at merge: 0.598 / 0.950
HELDOUT258_FLOORS = {"f1_target": 0.55, "recall_actual": 0.9, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout259 (sealed): 12 pages of 9 provinces (work reports, plan news, project lists, results news), session 40;
# F1 / actR with cdf5941 and at merge: 0.657 / 0.746
HELDOUT259_FLOORS = {"f1_target": 0.61, "recall_actual": 0.7, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout260 (read): 12 pages of 8 eastern provinces (work reports, plan news, results news), session 40;
# F1 / actR with cdf5941 and at merge: 0.899 / 0.691
HELDOUT260_FLOORS = {"f1_target": 0.85, "recall_actual": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout261 (sealed): 12 pages of 8 western provinces (work reports and their news, plans, results news), session 40;
# F1 / actR with cdf5941 and at merge: 0.840 / 0.657
HELDOUT261_FLOORS = {"f1_target": 0.79, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout262 (read): 12 pages of 10 provinces (annual plan reports, news, action plans), session 40;
# F1 / actR with cdf5941 and at merge: 0.797 / 0.788
HELDOUT262_FLOORS = {"f1_target": 0.75, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout263 (sealed): 12 pages of 8 eastern provinces (work reports, special plans as news, results news), session 40;
# F1 / actR with cdf5941 and at merge: 0.958 / 0.983
HELDOUT263_FLOORS = {"f1_target": 0.91, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout264 (read): 12 pages of 8 northern provinces (news, plans, work reports), session 40;
# F1 / actR with cdf5941 and at merge: 0.592 / 0.815
HELDOUT264_FLOORS = {"f1_target": 0.54, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout265 (sealed): 12 pages of 9 provinces (sector plans as news, work and plan reports, results news), session 40;
# F1 / actR with cdf5941 and at merge: 0.845 / 0.947
HELDOUT265_FLOORS = {"f1_target": 0.79, "recall_actual": 0.9, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout266 (read): 12 pages of 8 provinces (action plans, meeting news, plan and budget reports), session 40;
# F1 / actR with cdf5941 and at merge: 0.720 / 0.942
HELDOUT266_FLOORS = {"f1_target": 0.67, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout267 (sealed): 12 pages of 10 western provinces (plans and explainers, work reports, education news), session
# 40;
# F1 / actR with cdf5941 and at merge: 0.724 / 0.333
HELDOUT267_FLOORS = {"f1_target": 0.67, "recall_actual": 0.28, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout268 (read): 12 pages of 10 northern provinces (work reports, plan news, results news), session 40;
# F1 / actR with cdf5941 and at merge: 0.571 / 0.981
HELDOUT268_FLOORS = {"f1_target": 0.52, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout270 (read): 12 education plan and news pages of 7 northern and western provinces, session 41;
# F1 / actR with 4b04587 and at merge: 0.760 / 0.900
HELDOUT270_FLOORS = {"f1_target": 0.71, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout271 (sealed): 5 work-report pages of Sichuan, Chongqing and Yunnan (the stored pages ran short), session 41;
# F1 / actR with 4b04587 and at merge: 0.909 / 0.897
HELDOUT271_FLOORS = {"f1_target": 0.85, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout272 (read): 11 work-report pages of 6 eastern provinces, session 41;
# F1 / actR with 4b04587 and at merge: 1.000 / 0.850
HELDOUT272_FLOORS = {"f1_target": 0.95, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout276 (read): 8 pages of 7 provinces (an annual plan, plan and policy news, work reports), session 41;
# F1 / actR with 4b04587 and at merge: 0.904 / 0.809
HELDOUT276_FLOORS = {"f1_target": 0.85, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout269 (sealed): 11 education plan and policy news pages of 7 southern provinces, session 41;
# F1 / actR with 4b04587 and at merge: 0.793 / -
HELDOUT269_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout273 (sealed): 8 pages of 6 northern provinces (work reports and their news, a five-year plan outline), session
# 41;
# F1 / actR with 4b04587 and at merge: 0.286 / 0.986
HELDOUT273_FLOORS = {"f1_target": 0.23, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout274 (read): 11 pages of 7 central and southern provinces (annual plan and work-report news, a plan text, work
# reports), session 41;
# F1 / actR with 4b04587 and at merge: 0.522 / 0.913 (comparator 0.935: its floor under it)
HELDOUT274_FLOORS = {"f1_target": 0.47, "recall_actual": 0.86, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}


# heldout275 (sealed): 8 pages of 8 western and southern provinces (work reports, news on targets), session 41;
# F1 / actR with 4b04587 and at merge: 0.917 / 0.967
HELDOUT275_FLOORS = {"f1_target": 0.86, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout278 (read): 12 sector-plan pages of 7 provinces (tourism, employment, water, sport, agriculture, roads, elderly
# care), session 41;
# F1 / actR with 4b04587 and at merge: 0.746 / -
HELDOUT278_FLOORS = {"f1_target": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout282 (read): 12 sector-plan pages of 9 provinces (ecology, tourism, employment, forestry, roads, culture;
# 2006-2018), session 41;
# F1 / actR with 4b04587 and at merge: 0.774 / -
HELDOUT282_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout277 (sealed): 12 sector-plan pages of 7 provinces (environment, water, elderly care, sport, tourism, transport,
# rural construction), session 41;
# F1 / actR with 4b04587 and at merge: 0.811 / -
HELDOUT277_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout281 (sealed): 12 plan-news pages of 12 provinces (tourism, highways, manufacturing, culture, forestry, new
# countryside; 2006-2016), session 41;
# F1 / actR with 4b04587 and at merge: 0.808 / -
HELDOUT281_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout280 (read): 12 county and banner pages of 7 northern and western provinces (annual project plans, greening,
# livelihood works), session 41;
# F1 / actR with 4b04587 and at merge: 0.750 / -
HELDOUT280_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout279 (sealed): 11 county pages of 6 southern provinces (work reports, water-project and target news), session
# 41;
# F1 / actR with 4b04587 and at merge: 0.512 / 1.000
HELDOUT279_FLOORS = {"f1_target": 0.46, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout284 (read): 12 sector-plan news pages of 7 eastern and central provinces (disability, energy, talent, grain,
# health, housing, digital economy), session 41;
# F1 / actR with 4b04587 and at merge: 0.912 / -
HELDOUT284_FLOORS = {"f1_target": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout285 (sealed): 12 pages of 6 northern provinces (district and banner work reports, project and
# livelihood-project news), session 41;
# F1 / actR with 4b04587 and at merge: 0.796 / 1.000
HELDOUT285_FLOORS = {"f1_target": 0.74, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout286 (read): 10 pages of 6 southern provinces (work reports, target lists, sector plans, livelihood projects),
# session 41;
# F1 / actR with 4b04587 and at merge: 0.803 / 1.000
HELDOUT286_FLOORS = {"f1_target": 0.75, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout283 (sealed): 12 sector-plan news pages of 8 western provinces (housing, talent, digital economy, grain,
# energy, children's health, commerce), session 41;
# F1 / actR with 4b04587 and at merge: 0.921 / - (comparator 0.936: its floor under it)
HELDOUT283_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}


# heldout287 (sealed): 9 plan-news pages of 8 provinces (spatial planning, transport, culture and tourism, urbanisation,
# ecology), session 41;
# F1 / actR with 4b04587 and at merge: 0.769 / - (comparator 0.900: its floor under it)
HELDOUT287_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.85, "quote_span_exact": 1.0}


# heldout290 (read): 11 pages of 8 provinces (district, county and province plans with their bases, a work report, plan
# news), session 41;
# F1 / actR with 4b04587 and at merge: 0.800 / 1.000
HELDOUT290_FLOORS = {"f1_target": 0.75, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout289 (sealed): 11 plan and target-news pages of 8 western provinces (land use, tourism, ecology, transport,
# energy, projects), session 41;
# F1 / actR with 4b04587 and at merge: 0.870 / -
HELDOUT289_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout288 (read): 12 plan-news pages of 8 southern and eastern provinces (tourism, urbanisation, environment,
# transport, logistics), session 41;
# F1 / actR with 4b04587 and at merge: 0.836 / -
HELDOUT288_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout297 (sealed): 9 pages of 8 provinces (sector plans and news, an annual plan, a plan summary), session 42;
# F1 / actR with 52ae869 and at merge: 0.694 / -
HELDOUT297_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout293 (sealed): 12 pages of 9 provinces (sector plans and their news in the north-west and north-east), session
# 42;
# F1 / actR with 52ae869 and at merge: 0.702 / -
HELDOUT293_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout294 (read): 8 pages of 8 provinces (sector plans and their news: water, forestry, sport, housing, digital
# economy, talent), session 42;
# F1 / actR with 52ae869 and at merge: 0.895 / -
HELDOUT294_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout296 (read): 8 pages of 8 provinces (news on plan targets), session 42;
# F1 / actR with 52ae869 and at merge: 0.787 / -
HELDOUT296_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout291 (sealed): 10 pages of 8 provinces (county and prefecture work reports and news on plan targets), session
# 42;
# F1 / actR with 52ae869 and at merge: 0.533 / 1.000
HELDOUT291_FLOORS = {"f1_target": 0.48, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout298 (read): 9 pages of 7 provinces (sector plans, work-report targets, plan excerpts), session 42;
# F1 / actR with 52ae869 and at merge: 0.953 / -
HELDOUT298_FLOORS = {"f1_target": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout292 (read): 11 pages of 8 provinces (sector plans, zones and parks, news), session 42;
# F1 / actR with 52ae869 and at merge: 0.850 / -
HELDOUT292_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout295 (sealed): 12 pages of 8 provinces (news and official interpretations of plans), session 42;
# F1 / actR with 52ae869 and at merge: 0.689 / 0.000
HELDOUT295_FLOORS = {"f1_target": 0.63, "recall_actual": 0.00, "comparator_accuracy": 0.85, "quote_span_exact": 1.0}


# heldout305 (sealed): 11 pages of 8 provinces (an annual plan, sector plans, work reports), session 42;
# F1 / actR with 52ae869 and at merge: 0.809 / 1.000
HELDOUT305_FLOORS = {"f1_target": 0.75, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout302 (read): 12 pages of 9 provinces (sector plans and their news), session 42;
# F1 / actR with 52ae869 and at merge: 0.835 / -
HELDOUT302_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout299 (sealed): 9 pages of 7 provinces (prefecture work reports and news, sector plans, a development zone),
# session 42;
# F1 / actR with 52ae869 and at merge: 0.943 / 1.000
HELDOUT299_FLOORS = {"f1_target": 0.89, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout301 (sealed): 12 pages of 8 provinces (sector plans, zones, work reports), session 42;
# F1 / actR with 52ae869 and at merge: 0.911 / 1.000
HELDOUT301_FLOORS = {"f1_target": 0.86, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout300 (read): 8 pages of 6 provinces (news of sector plans), session 42;
# F1 / actR with 52ae869 and at merge: 0.924 / -
HELDOUT300_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout304 (read): 8 pages of 7 provinces (district work reports, sector plans and news), session 42;
# F1 / actR with 52ae869 and at merge: 0.939 / 0.962
HELDOUT304_FLOORS = {"f1_target": 0.88, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout306 (read): 10 pages of 8 provinces (sector plans and their news, work reports), session 42;
# F1 / actR with 52ae869 and at merge: 0.778 / 1.000
HELDOUT306_FLOORS = {"f1_target": 0.72, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout303 (sealed): 10 pages of 9 provinces (county, district and provincial work reports and their news), session
# 42;
# F1 / actR with 52ae869 and at merge: 0.787 / 0.884
HELDOUT303_FLOORS = {"f1_target": 0.73, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout312 (read): 12 pages of 9 provinces (agriculture, grain, elderly and health care, a budget report), session 42;
# F1 / actR with 52ae869 and at merge: 0.743 / -
HELDOUT312_FLOORS = {"f1_target": 0.69, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout311 (sealed): 10 pages of 8 provinces (agriculture, food security, rural modernisation), session 42;
# F1 / actR at merge: 0.817 / - (with 52ae869, the session's first library: 0.796 / -)
HELDOUT311_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout310 (read): 10 pages of 8 provinces (news of 十一五/十二五 plans, work reports, congress goals, 2004-2012), session
# 42;
# F1 / actR with 52ae869 and at merge: 0.898 / 0.763
HELDOUT310_FLOORS = {"f1_target": 0.84, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout309 (sealed): 8 pages of 7 provinces (十一五/十二五 goals of provinces, counties and districts, 2006-2011), session
# 42;
# F1 / actR with 52ae869 and at merge: 0.898 / 0.667
HELDOUT309_FLOORS = {"f1_target": 0.84, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout307 (sealed): 8 pages of 6 provinces (news of plans: elderly care, farmland, urbanisation, population,
# renewable energy), session 42;
# F1 / actR with 52ae869 and at merge: 0.880 / -
HELDOUT307_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout308 (read): 10 pages of 8 provinces (work reports and their news, plan news, 2001-2023), session 42;
# F1 / actR with 52ae869 and at merge: 0.796 / 0.571
HELDOUT308_FLOORS = {"f1_target": 0.74, "recall_actual": 0.52, "comparator_accuracy": 0.86, "quote_span_exact": 1.0}


# heldout313 (sealed): 7 county pages (budget draft, work-report news, project plans), session 42;
# F1 / actR with 52ae869 and at merge: 0.771 / 0.800
HELDOUT313_FLOORS = {"f1_target": 0.72, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout314 (read): 12 township, street and zone pages of 6 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.590 / 1.000
HELDOUT314_FLOORS = {"f1_target": 0.53, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout320 (read): 12 sector-plan pages of 9 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.778 / -
HELDOUT320_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout315 (sealed): 12 township and street pages of 6 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.786 / 0.819
HELDOUT315_FLOORS = {"f1_target": 0.73, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout319 (sealed): 11 pages of 8 provinces (party congress goals, sector goals, work reports), session 43;
# F1 / actR with 46367702 and at merge: 0.803 / 0.900
HELDOUT319_FLOORS = {"f1_target": 0.75, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout317 (sealed): 12 pages of 9 provinces (department and task-assignment pages, district work reports), session
# 43;
# F1 / actR with 46367702 and at merge: 0.867 / 1.000
HELDOUT317_FLOORS = {"f1_target": 0.81, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout321 (sealed): 12 sector pages of 9 provinces (roads, sport, 5G, sewage, forests, tourism, air, farmland),
# session 43;
# F1 / actR with 46367702 and at merge: 0.821 / -
HELDOUT321_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout316 (read): 12 department, town and report pages of 9 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.621 / 0.930
HELDOUT316_FLOORS = {"f1_target": 0.57, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout318 (read): 12 party congress, work report and plan pages of 8 provinces, session 43;
# F1 / actR with 46367702: 0.472 / 0.973; at merge: 0.472 / 0.946
HELDOUT318_FLOORS = {"f1_target": 0.42, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout323 (sealed): 12 livelihood-project pages of 8 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.911 / -
HELDOUT323_FLOORS = {"f1_target": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout326 (read): 12 work reports, plan and news pages of 2003-2011 from 7 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.933 / 0.960
HELDOUT326_FLOORS = {"f1_target": 0.88, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout327 (sealed): 12 province, prefecture, county and town pages of 8 provinces (2004-2021), session 43;
# F1 / actR with 46367702 and at merge: 0.830 / 1.000
HELDOUT327_FLOORS = {"f1_target": 0.77, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout324 (read): 11 work reports, their news and plan pages of 9 provinces (2011-2026), session 43;
# F1 / actR with 46367702 and at merge: 0.930 / 1.000
HELDOUT324_FLOORS = {"f1_target": 0.88, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout328 (read): 12 press conferences, interpretations and report news of 9 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.753 / 0.474
HELDOUT328_FLOORS = {"f1_target": 0.70, "recall_actual": 0.42, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout322 (read): 12 livelihood-project lists, targets news and report pages of 8 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.667 / 1.000
HELDOUT322_FLOORS = {"f1_target": 0.61, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout325 (sealed): 12 recent work reports, their news and plan pages of 9 provinces (2012-2026), session 43;
# F1 / actR with 46367702 and at merge: 0.850 / 0.838
HELDOUT325_FLOORS = {"f1_target": 0.80, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout331 (sealed): 12 township, district and municipal pages of 9 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.674 / 0.885
HELDOUT331_FLOORS = {"f1_target": 0.62, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout329 (sealed): 12 recent work reports, a plan execution report and news of 8 provinces (2011-2026), session 43;
# F1 / actR with 46367702 and at merge: 0.792 / 0.947
HELDOUT329_FLOORS = {"f1_target": 0.74, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout330 (read): 12 livelihood-project lists, report and plan news of 9 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.758 / 1.000
HELDOUT330_FLOORS = {"f1_target": 0.70, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout332 (read): 11 sector pages of 6 provinces (sewage, sport, tourism, infrastructure, medicine, farmland, roads),
# session 43;
# F1 / actR with 46367702 and at merge: 0.803 / -
HELDOUT332_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout333 (sealed): 12 department, plan-execution, work report and target-list pages of 7 provinces, session 43;
# F1 / actR with 46367702 and at merge: 0.946 / 0.987
HELDOUT333_FLOORS = {"f1_target": 0.89, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout336 (read): 12 town, street, zone, district and news pages of 7 northern provinces, session 43;
# F1 / actR with 46367702: 0.904 / 1.000; at merge: 0.931 / 1.000
HELDOUT336_FLOORS = {"f1_target": 0.88, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout337 (sealed): 11 sector-plan pages of 8 provinces (sanitation, sewage, 5G, roads, carbon, vocational education,
# tourism, rivers), session 43;
# F1 / actR with 46367702 and at merge: 0.868 / -
HELDOUT337_FLOORS = {"f1_target": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout335 (sealed): 12 older work reports, plans and news of 9 northern provinces (2003-2018), session 43;
# F1 / actR with 46367702 and at merge: 0.706 / 1.000
HELDOUT335_FLOORS = {"f1_target": 0.65, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout334 (read): 12 work reports, press conferences, interpretations and target lists of 8 central provinces,
# session 43;
# F1 / actR with 46367702 and at merge: 0.674 / 0.976
HELDOUT334_FLOORS = {"f1_target": 0.62, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout341 (sealed): 10 town and township pages of 7 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.612 / 0.855
HELDOUT341_FLOORS = {"f1_target": 0.56, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout343 (sealed): 12 work-report and target-news pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.792 / 0.978
HELDOUT343_FLOORS = {"f1_target": 0.74, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout340 (read): 10 pages of livelihood projects and work reports of 9 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.700 / 1.000
HELDOUT340_FLOORS = {"f1_target": 0.64, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout338 (read): 12 department and work-report pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.887 / 0.986
HELDOUT338_FLOORS = {"f1_target": 0.83, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout342 (read): 12 older pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.667 / 0.000
HELDOUT342_FLOORS = {"f1_target": 0.61, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout339 (sealed): 11 pages of plans, plenary and targets news of 9 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.834 / 0.250
HELDOUT339_FLOORS = {"f1_target": 0.78, "recall_actual": 0.20, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout345 (sealed): 11 sector-plan pages of 9 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.944 / -
HELDOUT345_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout349 (sealed): 12 livelihood-project pages of 7 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.882 / 1.000
HELDOUT349_FLOORS = {"f1_target": 0.83, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout348 (read): 12 older pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.809 / 0.286
HELDOUT348_FLOORS = {"f1_target": 0.75, "recall_actual": 0.23, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout346 (read): 9 work-report and plan-news pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.549 / 0.797
HELDOUT346_FLOORS = {"f1_target": 0.49, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout347 (sealed): 10 department and work-report pages of 9 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.852 / 1.000
HELDOUT347_FLOORS = {"f1_target": 0.80, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout344 (read): 9 press-conference and target-news pages of 7 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.571 / 1.000
HELDOUT344_FLOORS = {"f1_target": 0.52, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout350 (read): 12 district, county and province pages of 9 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.609 / 0.957
HELDOUT350_FLOORS = {"f1_target": 0.55, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout352 (read): 11 sector-plan pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.800 / -; comparator floor 0.92, not 0.95: its gold writes = for the time
# circles of n11 (3.5小时到北京) where the extractor, like most golds (22 of the 34 read rows in hours or minutes), writes <=
HELDOUT352_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout351 (sealed): 9 recent town, county and province pages of 7 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.707 / 0.611
HELDOUT351_FLOORS = {"f1_target": 0.65, "recall_actual": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout353 (sealed): 10 press-conference and work-report pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.835 / 0.650
HELDOUT353_FLOORS = {"f1_target": 0.78, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout356 (read): 12 livelihood-project and work-report pages of 9 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.322 / 1.000
HELDOUT356_FLOORS = {"f1_target": 0.27, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout357 (sealed): 9 party-congress, plenary, town and plan-news pages of 7 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.753 / 0.950
HELDOUT357_FLOORS = {"f1_target": 0.70, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout355 (sealed): 12 older work-report and plan-news pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.552 / 0.989
HELDOUT355_FLOORS = {"f1_target": 0.50, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout354 (read): 12 department and work-report pages of 8 provinces, session 44;
# F1 / actR with a691dea5 and at merge: 0.971 / 1.000
HELDOUT354_FLOORS = {"f1_target": 0.92, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout358 (read): 12 older work-report, bulletin and plan pages of 8 northern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.918 / 0.910
HELDOUT358_FLOORS = {"f1_target": 0.86, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout359 (sealed): 12 recent department, town and plan-news pages of 6 eastern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.937 / 1.000
HELDOUT359_FLOORS = {"f1_target": 0.88, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout360 (read): 12 party-congress and work-report news pages of 5 central and southern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.861 / 0.804
HELDOUT360_FLOORS = {"f1_target": 0.81, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout361 (sealed): 12 sector-plan, town and work-report pages of 7 western provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.926 / 1.000
HELDOUT361_FLOORS = {"f1_target": 0.87, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout362 (read): 11 recent livelihood-project, progress and work-report pages of 8 western provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.494 / 0.853
HELDOUT362_FLOORS = {"f1_target": 0.44, "recall_actual": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout363 (sealed): 12 older news, work-report and bulletin pages of 6 central and southern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.512 / 0.773
HELDOUT363_FLOORS = {"f1_target": 0.46, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout364 (read): 12 department and sector-plan pages of 7 eastern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.873 / 0.923
HELDOUT364_FLOORS = {"f1_target": 0.82, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout365 (sealed): 8 town, district and county work-report and project-list pages of 5 northern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.578 / 0.735
HELDOUT365_FLOORS = {"f1_target": 0.52, "recall_actual": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout366 (read): 12 recent work-report and plan-news pages of 6 eastern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.871 / 1.000
HELDOUT366_FLOORS = {"f1_target": 0.82, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout367 (sealed): 12 livelihood-project and town pages of 6 central and southern provinces, session 45;
# F1 / actR with d34a2f38: 0.861 / 0.818; at merge (9717b26e): 0.857 / 0.818
HELDOUT367_FLOORS = {"f1_target": 0.80, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout368 (read): 12 older sector-plan and results pages of 7 western provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.788 / 0.875
HELDOUT368_FLOORS = {"f1_target": 0.73, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout369 (sealed): 12 department-plan and plan-news pages of 8 northern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.455 / 0.867
HELDOUT369_FLOORS = {"f1_target": 0.40, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout370 (read): 8 recent town, district and work-report pages of 5 central and southern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.818 / 1.000
HELDOUT370_FLOORS = {"f1_target": 0.76, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout371 (sealed): 12 press and livelihood-project pages of 9 western provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.818 / 1.000
HELDOUT371_FLOORS = {"f1_target": 0.76, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout372 (read): 10 older department, work-report and plan-news pages of 6 eastern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.943 / 0.943
HELDOUT372_FLOORS = {"f1_target": 0.89, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout373 (sealed): 8 recent sector-plan and work-report pages of 6 northern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.870 / 1.000
HELDOUT373_FLOORS = {"f1_target": 0.82, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout375 (sealed): 10 department, town and plan pages of 5 central and southern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.682 / 0.975
HELDOUT375_FLOORS = {"f1_target": 0.63, "recall_actual": 0.91, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout376 (read): 12 livelihood-project and older work-report pages of 8 northern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.656 / 0.895
HELDOUT376_FLOORS = {"f1_target": 0.60, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout377 (sealed): 11 press, sector-plan and town pages of 6 eastern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.657 / 0.938
HELDOUT377_FLOORS = {"f1_target": 0.60, "recall_actual": 0.87, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout374 (read): 11 older work-report, bulletin and results-news pages of 7 western provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.533 / 0.846
HELDOUT374_FLOORS = {"f1_target": 0.48, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout378 (read): 11 town, district and press pages of 6 eastern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.765 / 1.000
HELDOUT378_FLOORS = {"f1_target": 0.71, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout379 (sealed): 8 livelihood-list, work-report and plan pages of 6 northern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.417 / 0.655
HELDOUT379_FLOORS = {"f1_target": 0.36, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout380 (read): 10 department and older work-report pages of 6 central and southern provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.746 / 0.848
HELDOUT380_FLOORS = {"f1_target": 0.69, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout381 (sealed): 11 party-congress, sector-plan and plan-news pages of 7 western provinces, session 45;
# F1 / actR with d34a2f38 and at merge: 0.829 / 0.000
# (no actual-recall floor: none of its 5 actuals, one education review, was read at the first run)
HELDOUT381_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout383 (sealed): 12 pages of departments' work points and older plans and news (east China), session 46;
# F1 / actR with 0702c85d and at merge: 0.655 / 0.925
HELDOUT383_FLOORS = {"f1_target": 0.60, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout386 (read): 11 pages of livelihood lists and older reports (west China), session 46;
# F1 / actR with 0702c85d and at merge: 0.600 / 0.726
HELDOUT386_FLOORS = {"f1_target": 0.54, "recall_actual": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout387 (sealed): 12 pages of news and township reports (east China), session 46;
# F1 / actR with 0702c85d and at merge: 0.400 / 0.957
HELDOUT387_FLOORS = {"f1_target": 0.35, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout382 (read): 10 pages of district and county reports and news (north China), session 46;
# F1 / actR with 0702c85d and at merge: 0.839 / 0.806
HELDOUT382_FLOORS = {"f1_target": 0.78, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout384 (read): 10 pages of news of reports and plans (centre and south China), session 46;
# F1 / actR with 0702c85d and at merge: 0.634 / 0.947
HELDOUT384_FLOORS = {"f1_target": 0.58, "recall_actual": 0.88, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout385 (sealed): 9 pages of sector plans and recent reports (west China), session 46;
# F1 / actR with 0702c85d and at merge: 0.628 / 1.000
HELDOUT385_FLOORS = {"f1_target": 0.57, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout388 (read): 10 pages of departments' plans and recent news (centre and south China), session 46;
# F1 / actR with 0702c85d and at merge: 0.919 / 0.143
HELDOUT388_FLOORS = {"f1_target": 0.86, "recall_actual": 0.08, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout389 (sealed): 12 pages of township and older reports (centre and south China), session 46;
# F1 / actR with 0702c85d and at merge: 0.895 / 0.947
HELDOUT389_FLOORS = {"f1_target": 0.84, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout392 (read): 12 pages of party-congress and older reports (east China), session 46;
# F1 / actR with 0702c85d and at merge: 0.832 / 0.867
HELDOUT392_FLOORS = {"f1_target": 0.78, "recall_actual": 0.80, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout393 (sealed): 12 pages of departments' plans in the news (west China), session 46;
# F1 / actR with 0702c85d and at merge: 0.503 / 0.533
HELDOUT393_FLOORS = {"f1_target": 0.45, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout390 (read): 11 pages of sector plans and news (north China), session 46;
# F1 / actR with 0702c85d and at merge: 0.682 / 0.938
HELDOUT390_FLOORS = {"f1_target": 0.63, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout391 (sealed): 12 pages of livelihood lists and recent reports (north China), session 46;
# F1 / actR with 0702c85d and at merge: 0.613 / 0.865
HELDOUT391_FLOORS = {"f1_target": 0.56, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout396 (read): 12 pages of departments' plans and older reports (north China), session 46;
# F1 / actR with 0702c85d and at merge: 0.667 / 1.000
HELDOUT396_FLOORS = {"f1_target": 0.61, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout395 (sealed): 12 pages of township and district livelihood lists (east China), session 46;
# F1 / actR with 0702c85d and at merge: 0.830 / 1.000
HELDOUT395_FLOORS = {"f1_target": 0.77, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout398 (read): 12 pages of recent reports and township pages (east China), session 46;
# F1 / actR with 0702c85d and at merge: 0.618 / 0.730
HELDOUT398_FLOORS = {"f1_target": 0.56, "recall_actual": 0.66, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout397 (sealed): 12 pages of sector plans and news (centre and south China), session 46;
# F1 / actR with 0702c85d and at merge: 0.841 / 1.000
HELDOUT397_FLOORS = {"f1_target": 0.79, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout399 (sealed): 10 pages of party and government reports (north China), session 46;
# F1 / actR with 0702c85d and at merge: 0.706 / 0.862
HELDOUT399_FLOORS = {"f1_target": 0.65, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout394 (read): 11 pages of news of recent reports (west China), session 46;
# F1 / actR with 0702c85d and at merge: 0.286 / 0.863
HELDOUT394_FLOORS = {"f1_target": 0.23, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout402 (read): 10 pages of livelihood lists and news (centre and south China), session 46;
# F1 / actR with 0702c85d and at merge: 0.920 / 1.000
HELDOUT402_FLOORS = {"f1_target": 0.87, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout404 (read): 10 pages of party and government reports (west China), session 46;
# F1 / actR with 0702c85d and at merge: 0.632 / 0.671
HELDOUT404_FLOORS = {"f1_target": 0.58, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout403 (sealed): 6 pages of recent reports and sector plans (east China; search allowance ran out), session 46;
# F1 / actR with 0702c85d and at merge: 0.906 / 0.909
HELDOUT403_FLOORS = {"f1_target": 0.85, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout405 (sealed): 9 pages of older reports and livelihood lists (centre and south China), session 46;
# F1 / actR with 0702c85d and at merge: 0.720 / 0.843
HELDOUT405_FLOORS = {"f1_target": 0.67, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout401 (sealed): 9 pages of district and department pages (north China), session 46;
# F1 / actR with 0702c85d and at merge: 0.748 / 1.000
HELDOUT401_FLOORS = {"f1_target": 0.69, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout400 (read): 9 pages of older reports and news (west China), session 46;
# F1 / actR with 0702c85d and at merge: 0.562 / 0.679
HELDOUT400_FLOORS = {"f1_target": 0.51, "recall_actual": 0.61, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout406 (read): 11 pages of north and north-east China (towns, districts and counties, 2022-2025), session 47;
# F1 / actR with d15f0a31 and at merge: 0.667 / 0.909
HELDOUT406_FLOORS = {"f1_target": 0.61, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout407 (sealed): 12 pages of east China (departments' work points and sector plans), session 47;
# F1 / actR with d15f0a31 and at merge: 0.806 / 0.269
HELDOUT407_FLOORS = {"f1_target": 0.75, "recall_actual": 0.20, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout408 (read): 12 pages of central and south China (livelihood lists and news of reports), session 47;
# F1 / actR with d15f0a31 and at merge: 0.744 / 0.714
HELDOUT408_FLOORS = {"f1_target": 0.69, "recall_actual": 0.65, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout409 (sealed): 11 pages of west China (bulletins and reports of 2005-2012, small places), session 47;
# F1 / actR with d15f0a31 and at merge: 0.708 / 0.988
HELDOUT409_FLOORS = {"f1_target": 0.65, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout410 (read): 12 pages of east China (party-congress and work-report pages, 2021-2025), session 47;
# F1 / actR with d15f0a31 and at merge: 0.918 / 1.000
HELDOUT410_FLOORS = {"f1_target": 0.86, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout411 (sealed): 12 pages of central and south China (sector plans and their news), session 47;
# F1 / actR with d15f0a31 and at merge: 0.690 / 0.491
HELDOUT411_FLOORS = {"f1_target": 0.63, "recall_actual": 0.43, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout412 (read): 12 pages of west China (livelihood lists and departments' plans), session 47;
# F1 / actR with d15f0a31 and at merge: 0.730 / 0.678
HELDOUT412_FLOORS = {"f1_target": 0.68, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout413 (sealed): 10 pages of north and north-east China (recent reports, towns and districts), session 47;
# F1 / actR with d15f0a31 and at merge: 0.696 / 0.929
HELDOUT413_FLOORS = {"f1_target": 0.64, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout414 (read): 12 pages of central and south China (departments' plans and reports of 2007-2015), session 47;
# F1 / actR with d15f0a31 and at merge: 0.764 / 0.667
HELDOUT414_FLOORS = {"f1_target": 0.71, "recall_actual": 0.60, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout415 (sealed): 12 pages of east China (towns and livelihood lists), session 47;
# F1 / actR with d15f0a31 and at merge: 0.519 / 0.933
HELDOUT415_FLOORS = {"f1_target": 0.46, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout416 (read): 9 pages of west China (sector plans and recent news), session 47;
# F1 / actR with d15f0a31 and at merge: 0.679 / 0.839
HELDOUT416_FLOORS = {"f1_target": 0.62, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout418 (read): 12 pages of east China (towns' reports and news of reports), session 47;
# F1 / actR with d15f0a31 and at merge: 0.515 / 1.000
HELDOUT418_FLOORS = {"f1_target": 0.46, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout419 (sealed): 12 pages of central and south China (sector plans and reports of 2007-2012), session 47;
# F1 / actR with d15f0a31 and at merge: 0.803 / 0.917
HELDOUT419_FLOORS = {"f1_target": 0.75, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout421 (sealed): 12 pages of west China (departments' plans, counties and towns), session 47;
# F1 / actR with d15f0a31 and at merge: 0.664 / 0.400
HELDOUT421_FLOORS = {"f1_target": 0.61, "recall_actual": 0.34, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout417 (sealed): 12 pages of north and north-east China (news of plans and party congresses), session 47;
# F1 / actR with d15f0a31 and at merge: 0.816 / 0.667
HELDOUT417_FLOORS = {"f1_target": 0.76, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout420 (read): 10 pages of north and north-east China (livelihood lists and recent reports), session 47;
# F1 / actR with d15f0a31 and at merge: 0.824 / 1.000
HELDOUT420_FLOORS = {"f1_target": 0.77, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout423 (sealed): 12 department pages of East China (transport, agriculture, health, education, water bureaus),
# session 48;
# F1 / actR with afa1b24f and at merge: 0.903 / -
HELDOUT423_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout424 (read): 11 party-congress and press pages of Central South China, session 48;
# F1 / actR with afa1b24f and at merge: 0.458 / 0.560
HELDOUT424_FLOORS = {"f1_target": 0.40, "recall_actual": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout426 (read): 12 livelihood-project and small-place pages of East China, session 48;
# F1 / actR with afa1b24f and at merge: 0.643 / 0.800
HELDOUT426_FLOORS = {"f1_target": 0.59, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout422 (read): 11 small-place and livelihood-project pages of North and North-East China, session 48;
# F1 / actR with afa1b24f and at merge: 0.620 / 1.000
HELDOUT422_FLOORS = {"f1_target": 0.56, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout429 (sealed): 12 press and department pages of Central South China (transport, education), session 48;
# F1 / actR with afa1b24f and at merge: 0.532 / 1.000
HELDOUT429_FLOORS = {"f1_target": 0.48, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout428 (read): 12 old pages (2000-2012) of West China: work reports, news of plans, interviews, session 48;
# F1 / actR with afa1b24f and at merge: 0.675 / 0.400
HELDOUT428_FLOORS = {"f1_target": 0.62, "recall_actual": 0.34, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout425 (sealed): 12 sector plans and their news of West China (culture, tourism, industry, environment,
# education), session 48;
# F1 / actR with afa1b24f and at merge: 0.793 / 0.778
HELDOUT425_FLOORS = {"f1_target": 0.74, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout427 (sealed): 12 recent pages (2021-2025) of North China: project-plan news, plan reports, work reports,
# session 48;
# F1 / actR with afa1b24f and at merge: 0.686 / 0.970
HELDOUT427_FLOORS = {"f1_target": 0.63, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout433 (sealed): 12 old pages (2005-2012) and party conferences of East China, session 48;
# F1 / actR with afa1b24f and at merge: 0.681 / 0.787
HELDOUT433_FLOORS = {"f1_target": 0.63, "recall_actual": 0.72, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout432 (read): 12 sector and department plans of North and North-East China (tourism, agriculture, transport,
# water, air, education), session 48;
# F1 / actR with afa1b24f and at merge: 0.794 / -
HELDOUT432_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout430 (read): 10 recent pages and news of plans of West China, session 48;
# F1 / actR with afa1b24f and at merge: 0.755 / 0.662
HELDOUT430_FLOORS = {"f1_target": 0.70, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout437 (sealed): 12 old pages and party-congress documents of North China, session 48;
# F1 / actR with afa1b24f and at merge: 0.677 / 0.920
HELDOUT437_FLOORS = {"f1_target": 0.62, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout434 (read): 12 livelihood-project and department pages of Central South China, session 48;
# F1 / actR with afa1b24f and at merge: 0.600 / 0.667
HELDOUT434_FLOORS = {"f1_target": 0.54, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout431 (sealed): 12 township, district and county pages of Central South China, session 48;
# F1 / actR with afa1b24f and at merge: 0.588 / 0.913
HELDOUT431_FLOORS = {"f1_target": 0.53, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout436 (read): 12 press and small-place pages of East China, session 48;
# F1 / actR with afa1b24f and at merge: 0.397 / 0.712
HELDOUT436_FLOORS = {"f1_target": 0.34, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout435 (sealed): 12 recent reports and sector news of West China, session 48;
# F1 / actR with afa1b24f and at merge: 0.700 / 0.912
HELDOUT435_FLOORS = {"f1_target": 0.64, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout442 (read): 9 old pages and livelihood lists of North China, session 48;
# F1 / actR with afa1b24f and at merge: 0.000 / 0.983
HELDOUT442_FLOORS = {"f1_target": 0.00, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout438 (read): 12 department and sector pages of West China, session 48;
# F1 / actR with afa1b24f and at merge: 0.548 / 0.756
HELDOUT438_FLOORS = {"f1_target": 0.49, "recall_actual": 0.69, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout439 (sealed): 11 livelihood lists and news of North China, session 48;
# F1 / actR with afa1b24f and at merge: 0.371 / 0.600
HELDOUT439_FLOORS = {"f1_target": 0.32, "recall_actual": 0.54, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout440 (read): 2 party-congress and work-report pages of East China, session 48;
# F1 / actR with afa1b24f and at merge: 0.000 / 0.875
HELDOUT440_FLOORS = {"f1_target": 0.00, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout443 (sealed): 12 sector plans and town reports of East China, session 48;
# F1 / actR with afa1b24f and at merge: 0.713 / 1.000
HELDOUT443_FLOORS = {"f1_target": 0.66, "recall_actual": 0.94, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout444 (read): 10 press and recent pages of Central South China, session 48;
# F1 / actR with afa1b24f and at merge: 0.568 / 0.583
HELDOUT444_FLOORS = {"f1_target": 0.51, "recall_actual": 0.52, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout445 (sealed): 12 department and party pages of West China, session 48;
# F1 / actR with afa1b24f and at merge: 0.472 / 0.532
HELDOUT445_FLOORS = {"f1_target": 0.42, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout441 (sealed): 12 small-place and old pages of Central South China, session 48;
# F1 / actR with afa1b24f and at merge: 0.568 / 0.689
HELDOUT441_FLOORS = {"f1_target": 0.51, "recall_actual": 0.62, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout452 (read): 11 pages of western provinces (department plans, 2006-2012 targets, county results),
# session 49;
# F1 / actR with 6ecd38ae and at merge: 0.667 / 1.000
HELDOUT452_FLOORS = {"f1_target": 0.61, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout447 (sealed): 12 pages of eastern provinces' departments (transport, water, agriculture, education),
# session 49;
# F1 / actR with 6ecd38ae and at merge: 0.846 / -
HELDOUT447_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout450 (read): 12 pages of eastern sector plans and party reports, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.857 / 1.000
HELDOUT450_FLOORS = {"f1_target": 0.80, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout453 (sealed): 8 pages of northern work reports and news (results paragraphs), session 49;
# F1 / actR with 6ecd38ae and at merge: 1.000 / 0.804
HELDOUT453_FLOORS = {"f1_target": 0.95, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout449 (sealed): 10 pages of western old pages and towns (2006-2012), session 49;
# F1 / actR with 6ecd38ae and at merge: 0.884 / 0.583
HELDOUT449_FLOORS = {"f1_target": 0.83, "recall_actual": 0.52, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout448 (read): 12 pages of central-southern recent work reports and news, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.949 / 0.988
HELDOUT448_FLOORS = {"f1_target": 0.89, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout451 (sealed): 10 pages of central-southern press and livelihood lists, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.899 / 1.000
HELDOUT451_FLOORS = {"f1_target": 0.84, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout446 (read): 12 pages of northern towns, districts and livelihood lists, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.635 / 0.821
HELDOUT446_FLOORS = {"f1_target": 0.58, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout459 (sealed): 12 pages of central-southern sector and department plans, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.900 / 0.550
HELDOUT459_FLOORS = {"f1_target": 0.85, "recall_actual": 0.49, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout460 (read): 12 pages of eastern towns and old work reports, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.583 / 0.906
HELDOUT460_FLOORS = {"f1_target": 0.53, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout457 (sealed): 12 pages of eastern livelihood lists and recent reports, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.850 / 0.862
HELDOUT457_FLOORS = {"f1_target": 0.80, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout461 (sealed): 9 pages of northern recent work reports and livelihood lists, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.529 / 1.000
HELDOUT461_FLOORS = {"f1_target": 0.47, "recall_actual": 0.94, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout456 (read): 12 pages of northern sector plans and old pages, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.662 / 0.833
HELDOUT456_FLOORS = {"f1_target": 0.61, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout458 (read): 12 pages of western press and party-congress news, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.703 / -
HELDOUT458_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout454 (read): 12 pages of central-southern department and recent pages, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.661 / 0.740
HELDOUT454_FLOORS = {"f1_target": 0.61, "recall_actual": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout455 (sealed): 11 pages of western towns and party-congress news, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.704 / 0.820
HELDOUT455_FLOORS = {"f1_target": 0.65, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout462 (read): 5 pages of eastern provinces' results news (search allowance ran out), session 49;
# F1 / actR with 6ecd38ae and at merge: 0.000 / 0.955
HELDOUT462_FLOORS = {"f1_target": 0.00, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout463 (sealed): 4 pages of central-southern livelihood lists (search allowance ran out), session 49;
# F1 / actR with 6ecd38ae and at merge: 0.750 / 0.852
HELDOUT463_FLOORS = {"f1_target": 0.70, "recall_actual": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout464 (read): 5 pages of central-southern party and old results pages, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.000 / 0.923
HELDOUT464_FLOORS = {"f1_target": 0.00, "recall_actual": 0.86, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout465 (sealed): 4 pages of northern department news (search allowance ran out), session 49;
# F1 / actR with 6ecd38ae and at merge: 0.455 / 1.000
HELDOUT465_FLOORS = {"f1_target": 0.40, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout466 (read): 5 pages of Gansu and Shaanxi livelihood and results pages, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.816 / 1.000
HELDOUT466_FLOORS = {"f1_target": 0.76, "recall_actual": 0.94, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout467 (sealed): 8 pages of eastern old work reports and press, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.280 / 0.987
HELDOUT467_FLOORS = {"f1_target": 0.23, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout468 (read): 10 pages of western sector and results pages, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.593 / 0.812
HELDOUT468_FLOORS = {"f1_target": 0.54, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout469 (sealed): 5 pages of eastern towns and a water department, session 49;
# F1 / actR with 6ecd38ae and at merge: 0.857 / 0.919
HELDOUT469_FLOORS = {"f1_target": 0.80, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout471 (sealed): ten pages of departments' work points and sector plans, seven eastern provinces, session 50;
# F1 / actR with 862c2b7c and at merge: 0.832 / -
HELDOUT471_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout472 (read): five pages of Guangdong, Hubei and Guangxi news and reports, session 50;
# F1 / actR with 862c2b7c and at merge: 0.357 / 0.286
# (n01 names no year anywhere: its quoted targets, read as targets since the quotation rule, are undated and count
# as unmatched; floor from that run, 0.263)
HELDOUT472_FLOORS = {"f1_target": 0.21, "recall_actual": 0.22, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout475 (sealed): three work reports cut in their reviews (no target in the gold: target F1 0 is no
# measure), session 50;
# F1 / actR with 862c2b7c and at merge: 0.000 / 1.000
HELDOUT475_FLOORS = {"f1_target": 0.00, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout477 (sealed): ten pages of 2006-2011 results reports, northern provinces, session 50;
# F1 / actR with 862c2b7c and at merge: 0.000 / 0.777
HELDOUT477_FLOORS = {"f1_target": 0.00, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout470 (read): eight pages of northern bulletins, a plan, a work report and a livelihood report, session 50;
# F1 / actR with 862c2b7c and at merge: 0.103 / 0.699
HELDOUT470_FLOORS = {"f1_target": 0.05, "recall_actual": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout473 (sealed): nine pages of south-western livelihood news, results news, a project table and a
# bulletin, session 50;
# F1 / actR with 862c2b7c and at merge: 0.000 / 0.936
HELDOUT473_FLOORS = {"f1_target": 0.00, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout474 (read): ten pages of 2005-2011 eastern work reports and 11th/12th five-year sector plans, session 50;
# F1 / actR with 862c2b7c and at merge: 0.794 / 0.893
HELDOUT474_FLOORS = {"f1_target": 0.74, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout476 (read): eight pages of western departments' plans and livelihood news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.568 / 0.240
HELDOUT476_FLOORS = {"f1_target": 0.51, "recall_actual": 0.18, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout478 (read): six pages of central-southern results news and an education plan's review, session 50;
# F1 / actR with 862c2b7c and at merge: 0.375 / 0.667
HELDOUT478_FLOORS = {"f1_target": 0.32, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout479 (sealed): ten pages of eastern livelihood lists, work reports and plan news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.653 / 0.773
HELDOUT479_FLOORS = {"f1_target": 0.60, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout480 (read): eight pages of western departments' targets and results news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.917 / 1.000
HELDOUT480_FLOORS = {"f1_target": 0.86, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout481 (sealed): nine pages of northern tourism and industry plans and results news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.882 / 0.828
HELDOUT481_FLOORS = {"f1_target": 0.83, "recall_actual": 0.76, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout482 (read): nine pages of northern livelihood and results news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.312 / 0.902
HELDOUT482_FLOORS = {"f1_target": 0.26, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout483 (sealed): ten pages of central-southern departments' plans and results, session 50;
# F1 / actR with 862c2b7c and at merge: 0.757 / 0.550
HELDOUT483_FLOORS = {"f1_target": 0.70, "recall_actual": 0.49, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout485 (sealed): six pages of eastern annual plans and work-report news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.304 / 0.250
HELDOUT485_FLOORS = {"f1_target": 0.25, "recall_actual": 0.19, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout484 (read): eleven pages of western township to province results and reports, session 50;
# F1 / actR with 862c2b7c and at merge: 0.455 / 0.925
HELDOUT484_FLOORS = {"f1_target": 0.40, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout486 (read): ten pages of western results news, an environment plan and a township report, session 50;
# F1 / actR with 862c2b7c and at merge: 0.667 / 1.000
HELDOUT486_FLOORS = {"f1_target": 0.61, "recall_actual": 0.94, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout487 (sealed): six pages of central-southern plenary news, work reports and results news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.083 / 0.784
HELDOUT487_FLOORS = {"f1_target": 0.03, "recall_actual": 0.72, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout488 (read): eleven pages of northern departments' plans, old and new, session 50;
# F1 / actR with 862c2b7c and at merge: 0.521 / 0.291
HELDOUT488_FLOORS = {"f1_target": 0.47, "recall_actual": 0.23, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout489 (sealed): six pages of eastern sector plans and livelihood lists, session 50;
# F1 / actR with 862c2b7c and at merge: 0.843 / -
# F1 floor lowered in session 63 (0.79 -> 0.71): targets met are told apart across the body that set them (met-word
# window 16 -> 24; decided on the read sets: 2 up, 0 down; sealed 3 up, 1 down) and this set's F1 went 0.843 -> 0.769
HELDOUT489_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout490 (read): four work reports' results paragraphs (no target in the gold: target F1 0 is no
# measure), session 50;
# F1 / actR with 862c2b7c and at merge: 0.000 / 0.971
HELDOUT490_FLOORS = {"f1_target": 0.00, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout491 (sealed): nine pages of western sector plans and results news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.410 / 0.775
HELDOUT491_FLOORS = {"f1_target": 0.36, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout492 (read): eight pages of eastern party-congress news and livelihood lists, session 50;
# F1 / actR with 862c2b7c and at merge: 0.465 / 0.351
HELDOUT492_FLOORS = {"f1_target": 0.41, "recall_actual": 0.29, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout493 (sealed): eight pages of northern departments' and districts' plans and reports, session 50;
# F1 / actR with 862c2b7c and at merge: 0.667 / 0.826
# F1 floor lowered in session 61 (0.61 -> 0.55): a paragraph's opening commitment no longer fails on a numeral in a
# name (四川, 四好农村路; decided on the read sets: 9 up, 1 down) and this set's F1 went 0.627 -> 0.604
HELDOUT493_FLOORS = {"f1_target": 0.55, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout498 (read): eight pages of western congress news, work reports and results news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.941 / 0.833
HELDOUT498_FLOORS = {"f1_target": 0.89, "recall_actual": 0.77, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout501 (sealed): six pages of eastern livelihood lists and their results, session 50;
# F1 / actR with 862c2b7c and at merge: 0.628 / 0.457
HELDOUT501_FLOORS = {"f1_target": 0.57, "recall_actual": 0.39, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout500 (read): eight pages of northern departments' and sector plans' targets, session 50;
# F1 / actR with 862c2b7c and at merge: 0.802 / -
HELDOUT500_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout496 (read): one page of Beijing district action-plan progress news, session 50;
# F1 / actR with 862c2b7c and at merge: 0.154 / 0.667
HELDOUT496_FLOORS = {"f1_target": 0.10, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout495 (sealed): eight pages of eastern departments' plans and town and county results, session 50;
# F1 / actR with 862c2b7c and at merge: 0.682 / 0.784
HELDOUT495_FLOORS = {"f1_target": 0.63, "recall_actual": 0.72, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout499 (sealed): eight pages of central-southern work reports and news of 2005-2012, session 50;
# F1 / actR with 862c2b7c and at merge: 0.889 / 0.808
HELDOUT499_FLOORS = {"f1_target": 0.83, "recall_actual": 0.74, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout497 (sealed): five pages of western project lists, a sector plan and results, session 50;
# F1 / actR with 862c2b7c and at merge: 0.955 / 0.850
HELDOUT497_FLOORS = {"f1_target": 0.90, "recall_actual": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout494 (read): nine pages of central-southern sector plans and news, 2009-2016, session 50;
# F1 / actR with 862c2b7c and at merge: 0.887 / 0.667
HELDOUT494_FLOORS = {"f1_target": 0.83, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout507 (sealed): six pages of eastern work reports' results and annual plans, 2006-2020, session 51;
# F1 / actR with 9e498ad2 and at merge: 1.000 / 1.000
HELDOUT507_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout509 (sealed): two pages of western town results and a county's livelihood list, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.308 / 1.000
HELDOUT509_FLOORS = {"f1_target": 0.25, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout508 (read): four pages of northern livelihood lists and departments' targets, 2023-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.486 / -
HELDOUT508_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout504 (read): three pages of western party-congress and meeting news with targets, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.792 / -
HELDOUT504_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout503 (sealed): eight pages of central-southern departments' plans and work points, 2023-2027, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.777 / -
HELDOUT503_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout505 (sealed): five pages of northern sector plans and a party congress's goals, 2010-2035, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.465 / -
HELDOUT505_FLOORS = {"f1_target": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout506 (read): six pages of central-southern livelihood lists and a work report's results, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.729 / 1.000
HELDOUT506_FLOORS = {"f1_target": 0.67, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout502 (read): four eastern work reports' results paragraphs (no target in the gold: target F1 0 is no
# measure), session 51;
# F1 / actR with 9e498ad2 and at merge: 0.000 / 0.844
HELDOUT502_FLOORS = {"f1_target": 0.00, "recall_actual": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout510 (read): two pages of an eastern work report's results and a sports plan, 2022-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.750 / 1.000
HELDOUT510_FLOORS = {"f1_target": 0.70, "recall_actual": 0.95, "comparator_accuracy": 0.64, "quote_span_exact": 1.0}


# heldout511 (sealed): four pages of central-southern school-building plans and key-project lists, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.870 / 0.800
HELDOUT511_FLOORS = {"f1_target": 0.82, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout513 (sealed): two pages of a northern district's results and a township's plan, 2009-2015, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.667 / 1.000
HELDOUT513_FLOORS = {"f1_target": 0.61, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout515 (sealed): two pages of eastern party-congress news with five-year goals, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.143 / -
HELDOUT515_FLOORS = {"f1_target": 0.09, "comparator_accuracy": 0.00, "quote_span_exact": 1.0}


# heldout516 (read): eight pages of western sector plans and work points, 2005-2017, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.655 / -
HELDOUT516_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout512 (read): eight pages of western departments' water, road and school targets, 2013-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.750 / -
HELDOUT512_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout517 (sealed): six pages of central-southern sector plans, 2013-2030, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.400 / -
HELDOUT517_FLOORS = {"f1_target": 0.35, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout514 (read): nine pages of northern livelihood and key-project lists and a work report, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.385 / 0.818
HELDOUT514_FLOORS = {"f1_target": 0.33, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout518 (read): three pages of central-southern county and town plans and results, 2024-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.952 / 1.000
HELDOUT518_FLOORS = {"f1_target": 0.90, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout524 (read): ten pages of eastern sector plans and their news, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.766 / 1.000
HELDOUT524_FLOORS = {"f1_target": 0.71, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout519 (sealed): six pages of eastern livelihood lists and their progress, 2011-2021, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.838 / -
HELDOUT519_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout525 (sealed): ten pages of central-southern departments' targets, plans and work reports, 2007-2016,
# session 51;
# F1 / actR with 9e498ad2 and at merge: 0.852 / 1.000
HELDOUT525_FLOORS = {"f1_target": 0.80, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout522 (read): four pages of central-southern subdistricts' and a town's results, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.286 / 0.923
HELDOUT522_FLOORS = {"f1_target": 0.23, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout520 (read): six pages of northern plan news and work reports' results, 2008-2015, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.444 / 1.000
HELDOUT520_FLOORS = {"f1_target": 0.39, "recall_actual": 0.95, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout521 (sealed): twelve pages of northern departments' work targets, budgets and sector plans, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.638 / -
HELDOUT521_FLOORS = {"f1_target": 0.58, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout523 (sealed): three pages of western work reports and preschool news, 2023-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.364 / 0.833
HELDOUT523_FLOORS = {"f1_target": 0.31, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout526 (read): four pages of western livelihood lists and a key-project plan, 2023-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.889 / -
HELDOUT526_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout527 (sealed): three northern district work reports' results (no target in the gold: target F1 0 is no
# measure), session 51;
# F1 / actR with 9e498ad2 and at merge: 0.000 / 0.968
HELDOUT527_FLOORS = {"f1_target": 0.00, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout528 (read): eight pages of eastern sector plans and work reports, 2005-2015, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.545 / 1.000
HELDOUT528_FLOORS = {"f1_target": 0.49, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout530 (read): three pages of northern targets news and a work report's results, 2009-2013, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.906 / 1.000
HELDOUT530_FLOORS = {"f1_target": 0.85, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout531 (sealed): two pages of central-southern sector measures and campaign news, 2024, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.571 / -
HELDOUT531_FLOORS = {"f1_target": 0.52, "comparator_accuracy": 0.73, "quote_span_exact": 1.0}


# heldout533 (sealed): eight pages of central-southern livelihood lists and work reports, 2006-2017, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.707 / 0.643
HELDOUT533_FLOORS = {"f1_target": 0.65, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout529 (sealed): eleven pages of western department and meeting news with targets, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.535 / -
HELDOUT529_FLOORS = {"f1_target": 0.48, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout532 (read): twelve pages of eastern departments' and counties' work targets, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.720 / -
HELDOUT532_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout535 (sealed): seven pages of eastern departments' work-meeting targets, 2023-2030, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.789 / -
HELDOUT535_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout537 (sealed): three pages of northern livelihood lists and an annual plan, 2024-2026, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.776 / -
HELDOUT537_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout541 (sealed): three pages of central-southern work-report news, 2023-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.783 / 0.583
HELDOUT541_FLOORS = {"f1_target": 0.73, "recall_actual": 0.53, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout534 (read): nine pages of western sector plans and their news, 2001-2015, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.670 / -
HELDOUT534_FLOORS = {"f1_target": 0.62, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout536 (read): five pages of eastern district, county and town reports and news, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.889 / 1.000
HELDOUT536_FLOORS = {"f1_target": 0.83, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout538 (read): four pages of central-southern work-report news and plan explainers, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.618 / 0.722
HELDOUT538_FLOORS = {"f1_target": 0.56, "recall_actual": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout539 (sealed): four pages of western plans and work reports, 2010-2016, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.946 / 1.000
HELDOUT539_FLOORS = {"f1_target": 0.89, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout540 (read): ten pages of northern departments' and sector plans' targets, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.784 / -
HELDOUT540_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout543 (sealed): six pages of western sector plans and decisions, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.815 / -
HELDOUT543_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout546 (read): one page of a western district's work plan for 2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 1.000 / -
HELDOUT546_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout547 (sealed): eight pages of eastern livelihood lists and work-report targets, 2003-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.802 / -
HELDOUT547_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout549 (sealed): three pages of central-southern transport and water targets, 2023-2025, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.857 / -
HELDOUT549_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout548 (read): seven pages of central-southern sector targets and a work report, 2006-2015, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.676 / 1.000
HELDOUT548_FLOORS = {"f1_target": 0.62, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout542 (read): eight pages of central-southern town, district and province task lists, session 51;
# F1 / actR with 9e498ad2: 0.874 / -, at merge 0.880 / -
HELDOUT542_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout544 (read): two pages of Hebei policy news and a county's five-year results, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.923 / 0.909
HELDOUT544_FLOORS = {"f1_target": 0.87, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout545 (sealed): eleven pages of eastern departments' and sector plans and a work report, 2005-2020, session 51;
# F1 / actR with 9e498ad2 and at merge: 0.355 / 0.314
HELDOUT545_FLOORS = {"f1_target": 0.30, "recall_actual": 0.26, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout550 (read): a western county work report cut in its review (no target in the gold: target F1 0 is no measure),
# session 52;
# F1 / actR with 00a99062 and at merge: 0.000 / 1.000
HELDOUT550_FLOORS = {"f1_target": 0.00, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout555 (sealed): southwestern livelihood lists, a work report summary and a key-projects plan's news, session 52;
# F1 / actR with 00a99062 and at merge: 0.857 / 1.000
HELDOUT555_FLOORS = {"f1_target": 0.80, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout557 (sealed): eastern district and town work reports' results and a town plan's undated targets, session 52;
# F1 / actR with 00a99062 and at merge: 0.000 / 1.000
HELDOUT557_FLOORS = {"f1_target": 0.00, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout553 (sealed): eastern sector plans, road plans, an education page and a work report, session 52;
# F1 / actR with 00a99062 and at merge: 0.686 / 1.000
HELDOUT553_FLOORS = {"f1_target": 0.63, "recall_actual": 0.95, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout556 (read): central-southern water, transport, river-chief and tourism department targets, session 52;
# F1 / actR with 00a99062 and at merge: 0.667 / -
HELDOUT556_FLOORS = {"f1_target": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout552 (read): central-southern plan news, a press conference and a work report's results, session 52;
# F1 / actR with 00a99062 and at merge: 0.978 / 0.727
HELDOUT552_FLOORS = {"f1_target": 0.92, "recall_actual": 0.67, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout551 (sealed): northern provinces' department and sector targets, session 52;
# F1 / actR with 00a99062 and at merge: 0.754 / -
HELDOUT551_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout554 (read): northern work-report targets and results, livelihood-project news, an investment plan and a work
# plan, session 52;
# F1 / actR with 00a99062 and at merge: 0.725 / 0.789
HELDOUT554_FLOORS = {"f1_target": 0.67, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout558 (read): eastern department work points, a rural-roads plan's news and education news, session 52;
# F1 / actR with 00a99062 and at merge: 0.684 / -
HELDOUT558_FLOORS = {"f1_target": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout561 (sealed): central-southern party congress goals and a plenum proposal's news, session 52;
# F1 / actR with 00a99062 and at merge: 0.516 / -
HELDOUT561_FLOORS = {"f1_target": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout562 (read): central-southern town and subdistrict plans and work summaries, session 52;
# F1 / actR with 00a99062 and at merge: 0.794 / 1.000
HELDOUT562_FLOORS = {"f1_target": 0.74, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout560 (read): northern provinces' sector plans of 2005-2015 and two education plans' reviews, session 52;
# F1 / actR with 00a99062 and at merge: 0.659 / 1.000
HELDOUT560_FLOORS = {"f1_target": 0.60, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout563 (sealed): northern plan news, education plans' reviews and a work report, mostly 2005-2015, session 52;
# F1 / actR with 00a99062 and at merge: 0.531 / 1.000
HELDOUT563_FLOORS = {"f1_target": 0.48, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout559 (sealed): western key-project and livelihood-project plans and progress news, session 52;
# F1 / actR with 00a99062 and at merge: 0.429 / -
HELDOUT559_FLOORS = {"f1_target": 0.37, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout564 (read): eastern project plans, a livelihood list and work reports' results, 2023-2025, session 52;
# F1 / actR with 00a99062 and at merge: 0.885 / 1.000
HELDOUT564_FLOORS = {"f1_target": 0.83, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout565 (sealed): northern department work targets, a health plan and a district work report's results, session 52;
# F1 / actR with 00a99062 and at merge: 0.852 / 1.000
HELDOUT565_FLOORS = {"f1_target": 0.80, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout570 (read): Beijing work report targets' news and a district work report's results, 2025, session 52;
# F1 / actR with 00a99062 and at merge: 1.000 / 1.000
HELDOUT570_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout569 (sealed): western education, transport, agriculture, water and medical-scheme targets, 2009-2015, session
# 52;
# F1 / actR with 00a99062 and at merge: 0.783 / -
HELDOUT569_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout571 (sealed): central-southern district and city work reports' results and a city's year targets (year only in
# the address), session 52;
# F1 / actR with 00a99062 and at merge: 0.000 / 0.786
HELDOUT571_FLOORS = {"f1_target": 0.00, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout568 (read): eastern work reports' results, an annual plan's table and work-report news, session 52;
# F1 / actR with 00a99062 and at merge: 0.800 / 1.000
HELDOUT568_FLOORS = {"f1_target": 0.75, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout575 (sealed): eastern district and town key-work tables and arrangements, 2023-2025, session 52;
# F1 / actR with 00a99062 and at merge: 1.000 / -
HELDOUT575_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout566 (read): western plan news and sector targets, session 52;
# F1 / actR with 00a99062 and at merge: 0.670 / -
HELDOUT566_FLOORS = {"f1_target": 0.62, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout567 (sealed): Guangdong and Hubei work plans, a work report's tasks, a land-use plan's news and school places,
# session 52;
# F1 / actR with 00a99062 and at merge: 0.349 / -
HELDOUT567_FLOORS = {"f1_target": 0.29, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout573 (sealed): central-southern livelihood lists, a five-year plan chapter and work reports' results, session
# 52;
# F1 / actR with 00a99062 and at merge: 0.698 / 1.000
HELDOUT573_FLOORS = {"f1_target": 0.64, "recall_actual": 0.95, "comparator_accuracy": 0.94, "quote_span_exact": 1.0}


# heldout572 (read): northern tourism, water, irrigation and school-building department plans and press news, session
# 52;
# F1 / actR with 00a99062 and at merge: 0.463 / -
HELDOUT572_FLOORS = {"f1_target": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout574 (read): western sector plans' targets (transport, water, energy, industry), session 52;
# F1 / actR with 00a99062 and at merge: 0.797 / -
HELDOUT574_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout576 (read): central-southern water and road targets' news and education reviews, 2023-2025, session 52;
# F1 / actR with 00a99062 and at merge: 0.353 / 0.889
HELDOUT576_FLOORS = {"f1_target": 0.30, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout577 (sealed): western party congress news, a work report's results and a round-up of city work reports, session
# 52;
# F1 / actR with 00a99062 and at merge: 0.125 / 1.000
HELDOUT577_FLOORS = {"f1_target": 0.07, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout578 (read): eastern sector and implementation plans of 2006-2015 and a draft education plan, session 52;
# F1 / actR with 00a99062 and at merge: 0.805 / 1.000
HELDOUT578_FLOORS = {"f1_target": 0.75, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout580 (read): eastern work reports' summaries, news round-ups and an execution report's target column, 2023-2025,
# session 52;
# F1 / actR with 00a99062 and at merge: 0.314 / 0.879
HELDOUT580_FLOORS = {"f1_target": 0.26, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout581 (sealed): central-southern department plans and winter-spring water campaign targets, session 52;
# F1 / actR with 00a99062 and at merge: 0.753 / -
HELDOUT581_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout579 (sealed): two Liaoning county and district work reports' tasks and results, session 52;
# F1 / actR with 00a99062 and at merge: 1.000 / 1.000
HELDOUT579_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout587 (sealed): a Beijing district work report's results and one five-year target (one page), session 52;
# F1 / actR with 00a99062 and at merge: 0.000 / 1.000
HELDOUT587_FLOORS = {"f1_target": 0.00, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout584 (read): central-southern livelihood lists and work reports' results, 2024-2025, session 52;
# F1 / actR with 00a99062 and at merge: 0.571 / 1.000
HELDOUT584_FLOORS = {"f1_target": 0.52, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout586 (read): central-southern plan news of 2007-2013, session 52;
# F1 / actR with 00a99062 and at merge: 0.655 / -
HELDOUT586_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout588 (read): a western education plan summary and a transport investment news page, session 52;
# F1 / actR with 00a99062 and at merge: 0.938 / -
HELDOUT588_FLOORS = {"f1_target": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout583 (sealed): northern sector plans' news and work points, 2021-2024, session 52;
# F1 / actR with 00a99062 and at merge: 0.885 / -
HELDOUT583_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout585 (sealed): eastern department targets and plans of 2010-2023, session 52;
# F1 / actR with 00a99062 and at merge: 0.802 / -
HELDOUT585_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout582 (read): western township, provincial and city work reports' results (no target in the gold: target F1 0 is
# no measure), session 52;
# F1 / actR with 00a99062 and at merge: 0.000 / 1.000
HELDOUT582_FLOORS = {"f1_target": 0.00, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout589 (sealed): western key-project plans and a county livelihood list, 2023-2026, session 52;
# F1 / actR with 00a99062 and at merge: 0.735 / -
HELDOUT589_FLOORS = {"f1_target": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout590 (read): central-southern sector plans' news of 2010-2015 and work reports' results, session 52;
# F1 / actR with 00a99062 and at merge: 0.609 / 1.000
HELDOUT590_FLOORS = {"f1_target": 0.55, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout591 (sealed): eastern transport, education, water and preschool plans of county to province, session 52;
# F1 / actR with 00a99062 and at merge: 0.755 / -
HELDOUT591_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout592 (read): northern plan and targets news, session 52;
# F1 / actR with 00a99062 and at merge: 0.842 / -
HELDOUT592_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout593 (sealed): news of Hunan city and provincial work reports: results and targets, session 52;
# F1 / actR with 00a99062 and at merge: 1.000 / 1.000
HELDOUT593_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout594 (read): eastern water targets, transport livelihood projects and a work report's five-year tasks, session
# 52;
# F1 / actR with 00a99062 and at merge: 0.411 / -
HELDOUT594_FLOORS = {"f1_target": 0.36, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout595 (sealed): western district work reports' results and rural road targets' news, session 52;
# F1 / actR with 00a99062 and at merge: 0.649 / 1.000
HELDOUT595_FLOORS = {"f1_target": 0.59, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout596 (read): a Suzhou plan report's flattened table of targets and news of its work report, session 52;
# F1 / actR with 00a99062 and at merge: 0.000 / 1.000
HELDOUT596_FLOORS = {"f1_target": 0.00, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout598 (read): a provincial work report's task notice, a city's livelihood-list report and a school plan's news,
# session 52;
# F1 / actR with 00a99062 and at merge: 0.553 / -
HELDOUT598_FLOORS = {"f1_target": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout599 (sealed): western education targets' news, a press conference's current situation and water plans, session
# 52;
# F1 / actR with 00a99062 and at merge: 0.654 / 0.000
HELDOUT599_FLOORS = {"f1_target": 0.60, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout601 (sealed): a Hainan highway plan's news and a Shenzhen work report's five-year goals, session 52;
# F1 / actR with 00a99062 and at merge: 0.929 / -
HELDOUT601_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout602 (read): western irrigation, farming, transport and tourism targets, session 52;
# F1 / actR with 00a99062 and at merge: 0.817 / -
HELDOUT602_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout603 (sealed): eastern work reports' targets and results and news of them, 2023-2026, session 52;
# F1 / actR with 00a99062 and at merge: 0.444 / 1.000
HELDOUT603_FLOORS = {"f1_target": 0.39, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout604 (read): western street and town work plans and a street's news, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.974 / -
HELDOUT604_FLOORS = {"f1_target": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout605 (sealed): eastern water and transport departments' year targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.787 / -
HELDOUT605_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout606 (read): northern transport, agriculture, sports, sewage and living-environment plans' targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.604 / -
HELDOUT606_FLOORS = {"f1_target": 0.55, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout607 (sealed): a central-southern county work report's year targets (one page), session 53;
# F1 / actR with 5ed36f00 and at merge: 1.000 / -
HELDOUT607_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout608 (read): eastern education and transport plans' news and a city's year goals, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.841 / -
HELDOUT608_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout609 (sealed): western livelihood-project lists and news, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.136 / -
HELDOUT609_FLOORS = {"f1_target": 0.08, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout610 (read): central-southern department work conferences' targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.746 / -
HELDOUT610_FLOORS = {"f1_target": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout611 (sealed): northern school-building and school-place targets' news, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.722 / -
HELDOUT611_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout612 (read): western transport, water and farming plans of 2006-2020, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.752 / -
HELDOUT612_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout613 (sealed): a Tianjin investment page's one three-year target (one page, one row: the helper's 20 searches
# found no other), session 53;
# F1 / actR with 5ed36f00 and at merge: 0.000 / -
HELDOUT613_FLOORS = {"f1_target": 0.00}


# heldout614 (read): central-southern livelihood lists, housing, water and road projects, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.905 / -
HELDOUT614_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout615 (sealed): eastern sports, pollution, water, farming, tourism and transport plans, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.833 / -
HELDOUT615_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout616 (read): Liaoning work reports' targets in news and commentary, 2006-2012, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.571 / -
HELDOUT616_FLOORS = {"f1_target": 0.52, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout617 (sealed): western department targets (water, elderly care, forestry, employment), session 53;
# F1 / actR with 5ed36f00 and at merge: 0.761 / -
HELDOUT617_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout618 (read): central-southern school and kindergarten building targets' news and a work report's part, session
# 53;
# F1 / actR with 5ed36f00 and at merge: 0.383 / -
HELDOUT618_FLOORS = {"f1_target": 0.33, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout619 (sealed): western work reports' targets and results in news, transport and road targets, 2024-2026, session
# 53;
# F1 / actR with 5ed36f00 and at merge: 0.920 / 1.000
HELDOUT619_FLOORS = {"f1_target": 0.87, "recall_actual": 0.95, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout620 (read): eastern ecology, energy-saving, river-chief and forestry plans, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.800 / -
HELDOUT620_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout621 (sealed): central-southern civil-affairs, sports and livelihood-project targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.946 / -
HELDOUT621_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout622 (read): western key-project, investment-promotion and industry targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.695 / -
HELDOUT622_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout623 (sealed): northern rural-road, farming and rural-revitalisation targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.736 / -
HELDOUT623_FLOORS = {"f1_target": 0.68, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout625 (sealed): western greening, water-ecology, energy-saving and forestry plans, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.612 / -
HELDOUT625_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout626 (read): central-southern digital-economy, key-project, tourism and investment targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.963 / -
HELDOUT626_FLOORS = {"f1_target": 0.91, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout627 (sealed): eastern rural-revitalisation, farming and rural-road targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.785 / -
HELDOUT627_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout624 (read): northern elderly-care, civil-affairs, health and winter-sports targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.927 / -
HELDOUT624_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout628 (read): eastern town and district work reports, a city's rural-revitalisation work points and a plan
# report's target column, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.792 / -
HELDOUT628_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout630 (read): central-southern plan news of 2005-2011 and a work report's targets and results, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.716 / 1.000
HELDOUT630_FLOORS = {"f1_target": 0.66, "recall_actual": 0.95, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout631 (sealed): northern livelihood-project lists, rural-road and transport targets and work reports' targets,
# session 53;
# F1 / actR with 5ed36f00 and at merge: 0.504 / -
HELDOUT631_FLOORS = {"f1_target": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout634 (read): central-southern farming, water, manufacturing and rural-road plans' news, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.649 / -
HELDOUT634_FLOORS = {"f1_target": 0.59, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout633 (sealed): northern health plans and transport and water departments' year targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.917 / -
HELDOUT633_FLOORS = {"f1_target": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout636 (read): northern environment, energy-saving, river-chief, forestry and water plans' targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.968 / -
HELDOUT636_FLOORS = {"f1_target": 0.91, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout640 (read): central-southern rural-revitalisation, poverty, farmland and living-environment targets, session
# 53;
# F1 / actR with 5ed36f00 and at merge: 0.753 / -
HELDOUT640_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout639 (sealed): western work-report targets, sports, farmland, rural and air-quality plans' targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.975 / -
HELDOUT639_FLOORS = {"f1_target": 0.92, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout632 (read): western preschool and education plans' targets, 2001-2016, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.543 / -
HELDOUT632_FLOORS = {"f1_target": 0.49, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout637 (sealed): eastern tourism, digital-economy, investment and informatisation plans and a work report's news,
# session 53;
# F1 / actR with 5ed36f00 and at merge: 0.880 / 1.000
HELDOUT637_FLOORS = {"f1_target": 0.83, "recall_actual": 0.95, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout638 (read): western elderly-care, sports, livelihood and clinic targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.877 / -
HELDOUT638_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout642 (read): eastern education work meeting and school-building news, 2024-2025, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.727 / 1.000
HELDOUT642_FLOORS = {"f1_target": 0.67, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout635 (sealed): eastern sports, fitness and life-expectancy plans' news and a city's livelihood-project list,
# session 53;
# F1 / actR with 5ed36f00 and at merge: 0.981 / -
HELDOUT635_FLOORS = {"f1_target": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout641 (sealed): central-southern forestry, energy-saving, environment and education-bureau targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.709 / 1.000
HELDOUT641_FLOORS = {"f1_target": 0.65, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout643 (sealed): western livelihood-project lists, a work report's investment targets and an urban-renewal plan,
# session 53;
# F1 / actR with 5ed36f00 and at merge: 0.887 / -
HELDOUT643_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout644 (read): central-southern sports, fitness, maternal-health and elderly-care plans' targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.844 / -
HELDOUT644_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout646 (read): northern commerce, tourism, key-project and digital-economy targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.730 / -
HELDOUT646_FLOORS = {"f1_target": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout647 (sealed): western investment-promotion, digital-economy and key-project targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.687 / -
HELDOUT647_FLOORS = {"f1_target": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout649 (sealed): northern sports, health and livelihood-project targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.929 / -
HELDOUT649_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout650 (read): western forestry, energy-saving, carbon-peak, desert-control and grassland targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.495 / -
HELDOUT650_FLOORS = {"f1_target": 0.44, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout645 (sealed): central-southern forestry, tree-planting and urban sewage targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.788 / -
HELDOUT645_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout648 (read): northern transport, fitness, water, community-health and farming plans' news, 2008-2021, session
# 53;
# F1 / actR with 5ed36f00 and at merge: 0.782 / -
HELDOUT648_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout651 (sealed): western rural-road, farming, rural-toilet and poverty-project targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.894 / -
HELDOUT651_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout652 (read): eastern agriculture, water, health, transport and education departments' year targets, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.689 / -
HELDOUT652_FLOORS = {"f1_target": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout654 (read): central-southern transport and highway conferences' targets and work-report news, 2024-2026,
# session 53;
# F1 / actR with 5ed36f00 and at merge: 0.855 / -
HELDOUT654_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout653 (sealed): western agriculture, transport, forestry, civil-affairs and water departments' targets, session
# 53;
# F1 / actR with 5ed36f00 and at merge: 0.886 / -
HELDOUT653_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout655 (sealed): northern work reports' targets and results in news, a city's key projects and a press conference,
# 2024-2025, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.507 / 1.000
HELDOUT655_FLOORS = {"f1_target": 0.45, "recall_actual": 0.95, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout656 (read): news of two eastern cities' work reports, 2023-2024, session 53;
# F1 / actR with 5ed36f00 and at merge: 0.727 / 1.000
HELDOUT656_FLOORS = {"f1_target": 0.67, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout663 (sealed): four education pages of Hainan, Fujian, Guangdong and Zhejiang, 2016-2024 (news, work points),
# session 54;
# F1 / actR with c8b4d952 and at merge: 0.897 / -
HELDOUT663_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout657 (sealed): four western township and province pages, 2024 (township work-report notes, press news, a village
# programme), session 54;
# F1 / actR with c8b4d952 and at merge: 1.000 / -
HELDOUT657_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout658 (read): seven forestry, environment and river-chief bureau pages of Hunan, Jiangxi, Guangxi, Hubei, Anhui
# and Henan, 2017-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.667 / -
HELDOUT658_FLOORS = {"f1_target": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout659 (sealed): seven northern press-conference, key-project and investment-promotion pages (Tianjin, Harbin,
# Beijing, Datong, Anshan, Shenyang, Hebei), session 54;
# F1 / actR with c8b4d952 and at merge: 0.725 / -
HELDOUT659_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout660 (read): four eastern provincial work-report and plan news pages, 2004-2011, one a roundup of 24 provinces'
# GDP targets as place: value lines, session 54;
# F1 / actR with c8b4d952 and at merge: 0.409 / -
HELDOUT660_FLOORS = {"f1_target": 0.35, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout661 (sealed): six central and southern sector pages (sports, agriculture, air, new-energy vehicles, health,
# education), 2018-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.906 / -
HELDOUT661_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout662 (read): seven western rural, poverty-alleviation, transport and livelihood-project pages, 2016-2025,
# session 54;
# F1 / actR with c8b4d952 and at merge: 0.902 / -
HELDOUT662_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout664 (read): seven northern press and plan pages of 2023-2025 (forestry, transport, agriculture, urban rail),
# one with whole-word pinyin glosses, session 54;
# F1 / actR with c8b4d952 and at merge: 0.697 / -
HELDOUT664_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.85, "quote_span_exact": 1.0}


# heldout665 (sealed): two Hubei county and district pages (a 2025 work-report press item with its 2024 results, a GDP
# goal), session 54;
# F1 / actR with c8b4d952 and at merge: 0.500 / 1.000
HELDOUT665_FLOORS = {"f1_target": 0.45, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout666 (read): five eastern township and district livelihood-project pages (Wenzhou, Qingdao, Yantai, Dongguan),
# 2017-2026, session 54;
# F1 / actR with c8b4d952 and at merge: 0.849 / -
HELDOUT666_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout667 (sealed): seven western department and education pages (water, transport, rural work, preschool, schools,
# forestry), 2006-2024, session 54;
# F1 / actR with c8b4d952 and at merge: 0.893 / -
HELDOUT667_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout670 (read): seven western health, elderly-care, sports and civil-affairs plan and press pages, 2016-2035
# horizons, session 54;
# F1 / actR with c8b4d952 and at merge: 0.886 / -
HELDOUT670_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout672 (read): seven eastern river-chief, forestry, agriculture, culture-tourism and water plan pages, 2016-2026,
# session 54;
# F1 / actR with c8b4d952 and at merge: 0.778 / -
HELDOUT672_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout668 (read): seven northern sector-plan pages, mostly 2003-2013 (rural water, air pollution, transport,
# equipment manufacturing), session 54;
# F1 / actR with c8b4d952 and at merge: 0.883 / -
HELDOUT668_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout669 (sealed): seven central and southern economy pages (tourism, commerce, key projects, industry policy,
# investment promotion), 2012-2024, session 54;
# F1 / actR with c8b4d952 and at merge: 0.754 / -
HELDOUT669_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout671 (sealed): seven northern rural and work-plan pages of Beijing, Tianjin, Hebei and Jilin, 2014-2021, session
# 54;
# F1 / actR with c8b4d952 and at merge: 0.474 / -
HELDOUT671_FLOORS = {"f1_target": 0.42, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout673 (sealed): five education pages of 2003-2014 (Hunan, Hubei, Jiangxi, Guangxi and a national notice with a
# target per province), session 54;
# F1 / actR with c8b4d952 and at merge: 0.597 / -
HELDOUT673_FLOORS = {"f1_target": 0.54, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout675 (sealed): five northern livelihood-project and rural-road pages of Jilin, Hebei and Harbin, 2023-2026,
# session 54;
# F1 / actR with c8b4d952 and at merge: 0.588 / -
HELDOUT675_FLOORS = {"f1_target": 0.53, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout677 (sealed): seven western rural, ecology and rural-road plan pages of Sichuan, Chongqing, Shaanxi and
# Xinjiang, 2011-2045, session 54;
# F1 / actR with c8b4d952 and at merge: 0.646 / -
HELDOUT677_FLOORS = {"f1_target": 0.59, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout678 (read): seven northern transport, farmland and economy department pages (Liaoyang, Beijing, Shanxi, Hebei,
# Changchun), 2017-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.579 / -
HELDOUT678_FLOORS = {"f1_target": 0.52, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout674 (read): five western pages (a Xinjiang township's plan, Tibet jobs news, Gansu plan proposal and half-year
# report), 1995-2021, session 54;
# F1 / actR with c8b4d952 and at merge: 0.518 / -
HELDOUT674_FLOORS = {"f1_target": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout676 (read): seven eastern elderly-care, civil-affairs and livelihood-project pages (Shanghai, Jiangsu, Foshan,
# Zhejiang, Shandong), 2014-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.964 / -
HELDOUT676_FLOORS = {"f1_target": 0.91, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout679 (sealed): seven central and southern environment, forestry and energy-saving plan pages (Anhui, Henan,
# Jiangxi, Guangxi, Wuhan), 2008-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.897 / -
HELDOUT679_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout680 (read): seven eastern work-report, water, clean-air, manufacturing and rural-road plan pages (Suzhou,
# Shandong, Shanghai, Guangdong, Hainan), session 54;
# F1 / actR with c8b4d952 and at merge: 0.964 / -
HELDOUT680_FLOORS = {"f1_target": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout682 (read): one Tibet news page of 2013 (a hydropower project's schedule; its year only in its address),
# session 54;
# F1 / actR with c8b4d952 and at merge: 0.000 / -
HELDOUT682_FLOORS = {"f1_target": 0.00}


# heldout683 (sealed): two Beijing childcare-place news pages, 2023-2024, session 54;
# F1 / actR with c8b4d952 and at merge: 1.000 / -
HELDOUT683_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout685 (sealed): six eastern health, elderly-care, sports and farmland pages (Fujian, Guangdong, Guangzhou,
# Shandong, Suzhou, Lianyungang), 2015-2035, session 54;
# F1 / actR with c8b4d952 and at merge: 0.667 / -
HELDOUT685_FLOORS = {"f1_target": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout688 (read): seven northern environment, water-pollution, greening, agriculture and forestry department pages,
# 2017-2026, session 54;
# F1 / actR with c8b4d952 and at merge: 0.619 / -
HELDOUT688_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout684 (read): six central and southern livelihood-project pages (Henan, Wuhan, Wuxue, Xingan, Guangxi, Hunan),
# 2013-2023, session 54;
# F1 / actR with c8b4d952 and at merge: 0.606 / -
HELDOUT684_FLOORS = {"f1_target": 0.55, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout686 (read): seven western investment, key-project, digital-economy and tourism pages of 2024-2026 (Sichuan,
# Tibet, Guizhou, Xinjiang, Inner Mongolia), session 54;
# F1 / actR with c8b4d952 and at merge: 0.774 / -
HELDOUT686_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout681 (sealed): seven central and southern province, prefecture and county pages (Henan, Hunan, Jiangxi,
# Nanchang, Quanzhou, Shangcai), 2018-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.733 / -
HELDOUT681_FLOORS = {"f1_target": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout687 (sealed): seven eastern rural and agriculture plan pages (Zhejiang, Qidong, Lechang, Jining, Shanghai,
# Fujian, Hainan), 2006-2017, session 54;
# F1 / actR with c8b4d952 and at merge: 0.774 / -
HELDOUT687_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout689 (sealed): two eastern county-level pages splitting their 2024-2025 work reports' targets among departments
# (Jinxiang, Pinghu), session 54;
# F1 / actR with c8b4d952 and at merge: 0.963 / -
HELDOUT689_FLOORS = {"f1_target": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout690 (read): seven northern rural, grain, rural-road and poverty pages (Heilongjiang, Shanxi, Jinzhong, Jilin, a
# town, Fuxin), 2018-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.758 / -
HELDOUT690_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout691 (sealed): seven western education news pages (Xinjiang, Xi'an, Yunnan, Chengdu, Guiyang's Baiyun, Xining),
# 2018-2024, session 54;
# F1 / actR with c8b4d952 and at merge: 0.667 / -
HELDOUT691_FLOORS = {"f1_target": 0.61, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout692 (read): six central and southern elderly-care, grain and sports pages (Hubei, Jiangxi, Henan, Changsha),
# 2015-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.712 / -
HELDOUT692_FLOORS = {"f1_target": 0.66, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout693 (sealed): seven northern sector and economy plan pages (Hebei, Taiyuan, Liaoning, Heilongjiang, Yanbian,
# Shanxi), 2020-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.907 / -
HELDOUT693_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout694 (read): seven western provincial livelihood-project pages of 2007-2012 (Tibet, Xinjiang, Shaanxi, Gansu,
# Sichuan), session 54;
# F1 / actR with c8b4d952 and at merge: 0.733 / -
HELDOUT694_FLOORS = {"f1_target": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout695 (sealed): seven central and southern ecology, forestry, carbon and river-chief pages (Jingzhou, Yichun,
# Guangxi, Henan, Anhui, Hubei), 2020-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.882 / -
HELDOUT695_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout696 (read): seven eastern plan, work-report and party-meeting pages (Zhejiang, Hangzhou, Nantong, Zhongshan,
# Jiangmen, Shandong), 2023-2026, session 54;
# F1 / actR with c8b4d952 and at merge: 0.741 / -
HELDOUT696_FLOORS = {"f1_target": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout699 (sealed): five central and southern department pages (Hunan civil affairs, Anhui ecology, Henan water,
# Xiangyang agriculture, Jiangxi water), 2025-2027, session 54;
# F1 / actR with c8b4d952 and at merge: 0.645 / -
HELDOUT699_FLOORS = {"f1_target": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout697 (sealed): two western pages (Gansu's 2002 annual plan report, news of Chengdu's 2025 urban-rural plan),
# session 54;
# F1 / actR with c8b4d952 and at merge: 1.000 / -
HELDOUT697_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout698 (read): five eastern education pages (Shandong and Zhejiang plans to 2020, Qingdao, Guangzhou, Wujiang),
# 2010-2021, session 54;
# F1 / actR with c8b4d952 and at merge: 0.656 / -
HELDOUT698_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout702 (read): five western health, population, fitness and sports pages (Sichuan, Yunnan, Xinjiang), 2016-2030,
# session 54;
# F1 / actR with c8b4d952 and at merge: 0.833 / -
HELDOUT702_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout703 (sealed): five northern press and plan pages (Liaoning projects, Hebei commerce and customs, Heilongjiang
# digital economy), 2005-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.780 / -
HELDOUT703_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout701 (sealed): six eastern rural, agriculture and livelihood-project pages (Dongfang, Liaocheng, Jinan,
# Guangdong, Gaozhou, Jiangsu), 2022-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.711 / -
HELDOUT701_FLOORS = {"f1_target": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout700 (read): seven northern sector-plan and press pages (Jilin water, Hebei tourism, Guyuan grain, Shenfu
# industry, Heilongjiang water, Beijing rail), 2025-2035, session 54;
# F1 / actR with c8b4d952 and at merge: 0.695 / -
HELDOUT700_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout704 (read): seven central and southern environment, forestry and water pages (Hunan, Huoshan, Anhui, Shiyan,
# Henan, Hubei), session 54;
# F1 / actR with c8b4d952 and at merge: 0.784 / -
HELDOUT704_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout705 (sealed): seven eastern key-project, tourism, digital-economy and investment-promotion pages (Hainan,
# Shanghai, Yancheng, Fuzhou, Jiangsu), 2020-2027, session 54;
# F1 / actR with c8b4d952 and at merge: 0.897 / -
HELDOUT705_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout706 (read): seven central and southern rural, farmland and rural-road pages (Henan, Shiyan, Hubei, Guangxi,
# Jiangxi, Anhui), 2008-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.940 / -
HELDOUT706_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout707 (sealed): seven northern transport, farmland-water, environment and agriculture department pages of
# 2004-2012 (Heilongjiang, Mudanjiang, Shanxi, Tianjin, Liaoning), session 54;
# F1 / actR with c8b4d952 and at merge: 0.894 / -
HELDOUT707_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout708 (read): three western education pages (Bairin Right Banner, Shaanxi, Xinjiang), 2012-2020, session 54;
# F1 / actR with c8b4d952 and at merge: 0.538 / -
HELDOUT708_FLOORS = {"f1_target": 0.48, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout709 (sealed): six central and southern livelihood-project, elderly-care and fitness pages (Hubei, Jiangxi,
# Xingan, Hunan, Xinyang, Guangxi), 2015-2025, session 54;
# F1 / actR with c8b4d952 and at merge: 0.792 / -
HELDOUT709_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout710 (read): six western provincial plan, air, infrastructure, transport and rural-road pages (Gansu, Inner
# Mongolia, Guizhou, Qinghai), 2017-2024, session 54;
# F1 / actR with c8b4d952 and at merge: 0.886 / -
HELDOUT710_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout712 (read): six eastern agriculture, transport, water and health department pages (Ningbo, Cixi, Nanjing,
# Shandong, Guangdong, Fujian), session 55;
# F1 / actR with 05e804f4 and at merge: 0.901 / -
HELDOUT712_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout713 (sealed): six northern provincial water, agriculture, energy-saving and afforestation pages (Liaoning,
# Beijing, Shanxi, Hebei, Tianjin), session 55;
# F1 / actR with 05e804f4 and at merge: 0.833 / -
HELDOUT713_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.83, "quote_span_exact": 1.0}


# heldout714 (read): seven central-south sports and health pages (Anhui, Henan, Yiyang, Nanning, Guangxi), session 55;
# F1 / actR with 05e804f4 and at merge: 0.889 / -
HELDOUT714_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout715 (sealed): seven central-south provincial industry, project, commerce, tourism and digital-economy pages
# (Henan, Hunan, Guangxi, Anhui), session 55;
# F1 / actR with 05e804f4 and at merge: 0.809 / 1.000
HELDOUT715_FLOORS = {"f1_target": 0.75, "recall_actual": 0.95, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout716 (read): seven northern rural, poverty and agriculture pages of 2007-2026 (Liaoning, Heilongjiang, Shanxi,
# Hebei, Gucheng, Tianjin, Beijing), session 55;
# F1 / actR with 05e804f4 and at merge: 0.901 / -
HELDOUT716_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout717 (sealed): five western education pages and press reports (Qinghai, Yibin, Kunming, Inner Mongolia), session
# 55;
# F1 / actR with 05e804f4 and at merge: 0.757 / -
HELDOUT717_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout718 (read): five eastern livelihood-project announcements (Xinyi, Yancheng, Jiangshan, Qingdao, Zhongshan),
# session 55;
# F1 / actR with 05e804f4 and at merge: 0.444 / -
HELDOUT718_FLOORS = {"f1_target": 0.39, "comparator_accuracy": 0.78, "quote_span_exact": 1.0}


# heldout719 (sealed): five central-south township, district, county and street pages (Taipingdian, Guancheng, Changsha,
# Wangcheng, Guangxi), session 55;
# F1 / actR with 05e804f4 and at merge: 0.200 / -
HELDOUT719_FLOORS = {"f1_target": 0.15, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout720 (read): two northern education pages of 2023-2024 (Taiyuan, Shijiazhuang), session 55;
# F1 / actR with 05e804f4 and at merge: 1.000 / -
HELDOUT720_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout721 (sealed): seven eastern sports, water, environment and transport plan pages (Fujian, Guangdong, Zhejiang,
# Changning, Nantong, Jiangsu, Shandong), session 55;
# F1 / actR with 05e804f4 and at merge: 0.821 / -
HELDOUT721_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout722 (read): seven western forestry, air, water and river-protection pages (Sichuan, Shufu, Yunnan, Shaanxi,
# Ningxia), session 55;
# F1 / actR with 05e804f4 and at merge: 0.937 / -
HELDOUT722_FLOORS = {"f1_target": 0.88, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout723 (sealed): seven central-south department pages of 2006-2012 (Tongling, Jiangxi, Henan, Hubei, Hunan,
# Guangxi), session 55;
# F1 / actR with 05e804f4 and at merge: 0.638 / -
HELDOUT723_FLOORS = {"f1_target": 0.58, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout724 (read): six northern key-project and tourism pages (Beijing, Jilin, Weichang, Lixian, Shijiazhuang),
# session 55;
# F1 / actR with 05e804f4 and at merge: 0.789 / -
HELDOUT724_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout725 (sealed): six eastern rural-revitalisation press and plan pages (Zhejiang, Shandong, Fengxian, Fuzhou,
# Hainan, Jiangsu), session 55;
# F1 / actR with 05e804f4 and at merge: 0.373 / -
# comparator floor lowered in session 58 (0.95 -> 0.87): the comparator words added then (codebook comparators.csv,
# decided on the read gold: 243 -> 204 disagreements) changed one of its matched values' comparator (1.000 -> 0.929)
HELDOUT725_FLOORS = {"f1_target": 0.32, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout726 (read): two western explainer pages of growth targets (Guizhou, Zunyi), session 55;
# F1 / actR with 05e804f4 and at merge: 1.000 / -
HELDOUT726_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout727 (sealed): five work-report, plan-report and interview pages of 2003-2007 (Chengdu, Zanhuang, an unnamed
# city, Anhui, Fangshan), session 55;
# F1 / actR with 05e804f4 and at merge: 0.855 / 0.889
HELDOUT727_FLOORS = {"f1_target": 0.80, "recall_actual": 0.83, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout728 (read): seven sector plan pages (Henan, Yangzhou, Gansu, Inner Mongolia, Hainan, Jiangsu, Jiangxi), session
# 55;
# F1 / actR with 05e804f4 and at merge: 0.629 / -
HELDOUT728_FLOORS = {"f1_target": 0.57, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout729 (sealed): two provincial education and work-report news pages (Sichuan 2010, Jiangxi 2018), session 55;
# F1 / actR with 05e804f4 and at merge: 0.526 / -
HELDOUT729_FLOORS = {"f1_target": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout730 (read): seven key-project, investment-promotion, tourism and commerce pages (Liaocheng, Sichuan, Songyang,
# Jiangmen, Zhuzhou, Hubei), session 55;
# F1 / actR with 05e804f4 and at merge: 0.724 / -
HELDOUT730_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout731 (sealed): six civil-affairs, health and sports pages (Jinhua, Jiangsu, Xingren, Hebei, Chongqing, Yongjia),
# session 55;
# F1 / actR with 05e804f4 and at merge: 0.838 / -
HELDOUT731_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout732 (read): five energy-saving, forestry, water and carbon pages (Qianjiang, Qinghai, Guangzhou, Liupanshui,
# Shanghai), session 55;
# F1 / actR with 05e804f4 and at merge: 0.868 / -
HELDOUT732_FLOORS = {"f1_target": 0.81, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout733 (sealed): six township, county and district rural pages (Huayuan, Fushun, Weixi, Zhangmutou, Yuhuan,
# Haimen), session 55;
# F1 / actR with 05e804f4 and at merge: 0.885 / -
HELDOUT733_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.86, "quote_span_exact": 1.0}


# heldout734 (read): five meeting, energy-saving and speech pages of 2006-2009 (Jing-Jin-Ji, national, Gaoyou,
# Shaanxi; a sixth page was taken out at merge, the same page as sealed heldout727 n04), session 55;
# F1 / actR with 05e804f4 and at merge: 0.829 / -
HELDOUT734_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.83, "quote_span_exact": 1.0}


# heldout735 (sealed): six township, county and district work-plan and livelihood pages (Wuhan, Shahekou, Gangkou,
# Tianzhu, Zhouwang, Qichun), session 55;
# F1 / actR with 05e804f4 and at merge: 0.829 / -
HELDOUT735_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout736 (read): six education pages of 2002-2013 (Cangnan, the western region, Changsha, national, two unnamed
# provinces), session 55;
# F1 / actR with 05e804f4 and at merge: 0.814 / 1.000
HELDOUT736_FLOORS = {"f1_target": 0.76, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout737 (sealed): six provincial sector news pages (Jiangxi, Shanxi, Tibet, Gansu, Heilongjiang, Hangzhou), session
# 55;
# F1 / actR with 05e804f4 and at merge: 0.784 / -
HELDOUT737_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout738 (read): one provincial work-report news page of 2026 (Anhui), session 55;
# F1 / actR with 05e804f4 and at merge: 0.857 / -
HELDOUT738_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout739 (sealed): six sports, energy-saving, ecology and health pages (Shanghai, Chongming, national), session 55;
# F1 / actR with 05e804f4 and at merge: 0.902 / -
HELDOUT739_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout740 (read): six western investment-promotion, agriculture, key-project and tourism pages (Guizhou, Tibet,
# Xi'an, Shangluo, Chongqing), session 55;
# F1 / actR with 05e804f4 and at merge: 0.571 / -
HELDOUT740_FLOORS = {"f1_target": 0.52, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout741 (sealed): five rural and work-report pages (Pingliang, Hubei, Nayong, national), session 55;
# F1 / actR with 05e804f4 and at merge: 0.923 / 1.000
HELDOUT741_FLOORS = {"f1_target": 0.87, "recall_actual": 0.95, "comparator_accuracy": 0.86, "quote_span_exact": 1.0}


# heldout742 (read): six eastern transport, water, sports and air plan pages (Zhejiang, Hainan, Suzhou, Jiangsu,
# Shandong), session 55;
# F1 / actR with 05e804f4 and at merge: 0.952 / -
HELDOUT742_FLOORS = {"f1_target": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout743 (sealed): six sector plan pages of 2002-2013 (Shanghai, Jiangsu-Shaanxi-Gansu, Sichuan, Heilongjiang,
# Luzhou, Jiangxi), session 55;
# F1 / actR with 05e804f4 and at merge: 0.815 / -
HELDOUT743_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.79, "quote_span_exact": 1.0}


# heldout744 (read): six key-project and livelihood pages of 2023-2026 (Datong, Chengdu, Yangzhong, Shanghai, Licheng),
# session 55;
# F1 / actR with 05e804f4 and at merge: 0.946 / -
HELDOUT744_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout745 (sealed): five department pages (Guangshui, Sichuan, an unnamed county, Shanxi, Shizhu), session 55;
# F1 / actR with 05e804f4 and at merge: 0.430 / -
HELDOUT745_FLOORS = {"f1_target": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout746 (read): five health and sports pages of 2022-2025 (Henan, Zhumadian, national), session 55;
# F1 / actR with 05e804f4 and at merge: 0.622 / -
HELDOUT746_FLOORS = {"f1_target": 0.57, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout747 (sealed): six ecology and environment plan pages of 2003-2016 (Xinjiang, Suining, Shanghai, Dezhou, Jinan,
# Chengdu; a seventh page was taken out at merge, the same page as sealed heldout743 n03), session 55;
# F1 / actR with 05e804f4 and at merge: 0.836 / -
HELDOUT747_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout748 (read): five township, prefecture and provincial economy pages (Paotai, Zhuzhou, Jiangxi, Huayu, Jiangsu),
# session 55;
# F1 / actR with 05e804f4 and at merge: 0.837 / -
HELDOUT748_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout749 (sealed): three northern education pages (Binhai, Changchun, Cangzhou), session 55;
# F1 / actR with 05e804f4 and at merge: 0.643 / 0.615
HELDOUT749_FLOORS = {"f1_target": 0.59, "recall_actual": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout750 (read): five rural, transport, industry and sports plan pages (Inner Mongolia, Qingyuan, Henan, Sichuan, an
# unnamed place), session 55;
# F1 / actR with 05e804f4 and at merge: 0.947 / -
HELDOUT750_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout751 (sealed): five eastern plan and work-report pages of 2005-2011 (Jiaxing, Guangzhou, Qingyuan, Guangdong,
# Shanghai), session 55;
# F1 / actR with 05e804f4 and at merge: 0.971 / 1.000
HELDOUT751_FLOORS = {"f1_target": 0.92, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout752 (read): five work-report news and plan pages of 2023-2026 (Shanghai, Jilin, a provincial round-up,
# Huaihua), session 55;
# F1 / actR with 05e804f4 and at merge: 0.421 / 1.000
HELDOUT752_FLOORS = {"f1_target": 0.37, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout753 (sealed): six county, street, town and provincial department pages (Boluo, Shuangyang, Jianhu, two unnamed
# places, Shanxi), session 55;
# F1 / actR with 05e804f4 and at merge: 0.889 / -
HELDOUT753_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout754 (read): six investment-promotion, key-project, commerce and tourism pages (Bijiang, Huidong, Jiangxi,
# Yunnan, Chengdu, Chuxiong), session 55;
# F1 / actR with 05e804f4 and at merge: 0.447 / -
HELDOUT754_FLOORS = {"f1_target": 0.39, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout755 (sealed): two education pages of 2023 (national, Ganzhou District of Zhangye), session 55;
# F1 / actR with 05e804f4 and at merge: 0.500 / -
HELDOUT755_FLOORS = {"f1_target": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout756 (read): seven river, forestry, ecology, air and energy-saving pages (Inner Mongolia, Chizhou, Hainan,
# Linfen, Jiajiang, Zhejiang, Huludao), session 55;
# F1 / actR with 05e804f4 and at merge: 0.835 / -
HELDOUT756_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout757 (sealed): seven elderly-care, health, work-report and sports pages of 2006-2015 (Longshan, Ningxia,
# Chongqing, Zhongshan, Guangdong, Sichuan, Yulin), session 55;
# F1 / actR with 05e804f4 and at merge: 0.721 / -
HELDOUT757_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout758 (read): six livelihood-project and rural pages of 2003-2010 (Guangzhou, Xin'an, Shanghai, Shanxi,
# Guangdong, Fujian), session 55;
# F1 / actR with 05e804f4 and at merge: 0.464 / -
HELDOUT758_FLOORS = {"f1_target": 0.41, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout759 (sealed): one county-level city's livelihood-project news of 2026 (an unnamed city), session 55;
# F1 / actR with 05e804f4 and at merge: 1.000 / -
HELDOUT759_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout760 (read): six farmland-water, transport, sports and tourism pages (Youxian, Huarong, Jiangxi, Kunming,
# Guiyang), session 55;
# F1 / actR with 05e804f4 and at merge: 0.808 / -
HELDOUT760_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout761 (sealed): five education pages of 2010-2013 (Fujian, Jining, Shandong, Shanghai), session 55;
# F1 / actR with 05e804f4 and at merge: 0.756 / -
HELDOUT761_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout762 (read): six northern investment, project, port and industry pages (Beijing, Hebei, Changchun New Area,
# Heilongjiang, Liaoning), session 55;
# F1 / actR with 05e804f4 and at merge: 0.825 / -
HELDOUT762_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout763 (sealed): a county agriculture plan paragraph and a news report of Gansu's 2020 work report (2 pages),
# session 56;
# F1 / actR with 8c3183f8 and at merge: 0.750 / 0.667
HELDOUT763_FLOORS = {"f1_target": 0.70, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout764 (read): sector plans of four provinces and a county (agriculture, industry, water, fitness), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.831 / -
HELDOUT764_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout765 (sealed): department and township pages (social security, water, transport, forestry, a town's targets),
# session 56;
# F1 / actR with 8c3183f8 and at merge: 0.718 / -
HELDOUT765_FLOORS = {"f1_target": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout766 (read): education pages (school building news, subsidies, bilingual kindergartens, vocational and special
# education plans), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.041 / -
HELDOUT766_FLOORS = {"f1_target": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout767 (sealed): recent news of targets (culture and tourism, livelihood projects, national work report,
# agriculture), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.875 / -
HELDOUT767_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout768 (read): health and environment pages (community services plan, forestry in a work report; 2 pages), session
# 56;
# F1 / actR with 8c3183f8 and at merge: 0.933 / -
HELDOUT768_FLOORS = {"f1_target": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout769 (sealed): economy and rural pages (rural tourism plans, investment promotion, poverty relocation; 4 pages,
# one taken out as the same page as heldout767 n02), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.885 / -
HELDOUT769_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout770 (read): party conference news and older plan pages (2002-2011), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.762 / -
HELDOUT770_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout771 (sealed): livelihood project lists of prefectures and counties (惠民行动, 民生实事, a rural water project), session
# 56;
# F1 / actR with 8c3183f8 and at merge: 0.510 / -
HELDOUT771_FLOORS = {"f1_target": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout772 (read): township and street pages (a street's and three towns' targets), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.970 / -
HELDOUT772_FLOORS = {"f1_target": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout773 (sealed): provincial sector pages (irrigation, sports facilities, agriculture), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.852 / -
HELDOUT773_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout774 (read): department and environment pages (forestry, air quality plans, transport, health); n07 found with
# the helper's 21st search, one over its budget, session 56;
# F1 / actR with 8c3183f8 and at merge: 0.775 / -
HELDOUT774_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout775 (sealed): older education pages of six prefectures (2007-2013 school and kindergarten building), session
# 56;
# F1 / actR with 8c3183f8 and at merge: 0.440 / -
HELDOUT775_FLOORS = {"f1_target": 0.39, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout776 (read): economy news and plans (investment promotion, digital economy, tourism, industrial clusters, key
# projects, consumption), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.906 / -
HELDOUT776_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout777 (sealed): recent rural pages (grain, protected farming, rural revitalisation, village building), session
# 56;
# F1 / actR with 8c3183f8 and at merge: 0.882 / -
HELDOUT777_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout778 (read): livelihood project lists and party and project pages (十件实事, a county plenary, water and key
# projects), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.486 / -
HELDOUT778_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout779 (sealed): news of a district's work report (one page), session 56;
# F1 / actR with 8c3183f8 and at merge: 1.000 / 1.000
HELDOUT779_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.71, "quote_span_exact": 1.0}


# heldout780 (read): sector plan news (a county's rural construction, a city's school building, a province's industry),
# session 56;
# F1 / actR with 8c3183f8 and at merge: 0.970 / -
HELDOUT780_FLOORS = {"f1_target": 0.92, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}


# heldout781 (sealed): livelihood project lists of counties, towns, a district and a city, session 56;
# F1 / actR with 8c3183f8 and at merge: 0.758 / -
HELDOUT781_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout782 (read): a city's school and kindergarten building progress news (one page), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.462 / -
HELDOUT782_FLOORS = {"f1_target": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout783 (sealed): health, elderly-care and civil-affairs pages (livelihood projects, action plans, key projects),
# session 56;
# F1 / actR with 8c3183f8 and at merge: 0.869 / -
HELDOUT783_FLOORS = {"f1_target": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout784 (read): older forestry and energy-saving plans and targets (2001-2012), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.832 / -
HELDOUT784_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout785 (sealed): economy and department pages (tourism, key projects, foreign trade, 5G, agriculture, project
# plans), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.774 / -
HELDOUT785_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout786 (read): rural and party pages (relocation, a rural work conference, a party congress, housing renovation,
# poverty), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.605 / -
HELDOUT786_FLOORS = {"f1_target": 0.55, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout787 (sealed): older and recent sector pages (culture plan, transport, agriculture, water, forestry, sewage
# treatment), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.612 / -
# F1 floor lowered in session 64 (0.56 -> 0.42): a result cue leading a full sentence (截至10月7日,…) reads its pieces
# after a ; in a target section as results too (decided on the read sets: 13 up, 0 down, the devset up; sealed 13 up,
# 1 down) and this set's F1 went 0.612 -> 0.468
HELDOUT787_FLOORS = {"f1_target": 0.42, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout788 (read): a city's work report news and two thin plan pages (3 pages), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.909 / -
HELDOUT788_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout789 (sealed): education target news of a city, counties and a district; n01, n04, n05 found with the helper's
# 21st search, one over its budget, session 56;
# F1 / actR with 8c3183f8 and at merge: 0.602 / -
HELDOUT789_FLOORS = {"f1_target": 0.55, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout790 (read): street and township work plans and livelihood project lists, session 56;
# F1 / actR with 8c3183f8 and at merge: 0.930 / -
HELDOUT790_FLOORS = {"f1_target": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout791 (sealed): economy and environment pages (rural tourism, a county's targets, key projects, manufacturing,
# water pollution, afforestation), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.587 / -
HELDOUT791_FLOORS = {"f1_target": 0.53, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout792 (read): health and civil-affairs department pages (community services, care homes, village clinics, elderly
# care), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.904 / -
HELDOUT792_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout793 (sealed): county rural and work pages (targets for the year, several undated), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.949 / -
HELDOUT793_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout794 (read): party and sector pages (a province's plan outline, transport, culture targets, health facilities),
# session 56;
# F1 / actR with 8c3183f8 and at merge: 0.690 / -
HELDOUT794_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.80, "quote_span_exact": 1.0}


# heldout795 (sealed): older work reports and plan news of provinces and sub-provincial cities (2003-2006), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.870 / 0.667
HELDOUT795_FLOORS = {"f1_target": 0.82, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout796 (read): recent sector plan news (transport, manufacturing, health, soil conservation; 4 pages, one taken
# out as the same plan as sealed heldout791 n04), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.766 / -
HELDOUT796_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout797 (sealed): department and township pages (transport, highways, forestry, education work points, two towns'
# targets), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.512 / -
HELDOUT797_FLOORS = {"f1_target": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout798 (read): education news (school building, high-school places, kindergartens, a vocational education goals
# list), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.275 / -
HELDOUT798_FLOORS = {"f1_target": 0.22, "comparator_accuracy": 0.80, "quote_span_exact": 1.0}


# heldout799 (sealed): recent livelihood project lists of Anhui (2 pages, one taken out as overlapping read heldout334
# n12), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.456 / -
HELDOUT799_FLOORS = {"f1_target": 0.40, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout800 (read): older economy pages (information industry, key projects, investment promotion, tourism, commerce,
# foreign trade), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.782 / -
HELDOUT800_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout801 (sealed): environment pages (river chiefs, energy saving, water pollution), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.944 / -
HELDOUT801_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout802 (read): rural pages (housing, drinking water, house renovation, farmland, a press conference), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.667 / -
HELDOUT802_FLOORS = {"f1_target": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout803 (sealed): a county work report's agriculture section (one page), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.154 / -
# session 68: F1 1.0 (a report's tasks captured without their review: a task's sentence commits from the page's start);
# the comparator accuracy, of 1 matched target before, is 11 of 12 now: its floor moves with the 12 (the F1's rises)
HELDOUT803_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout804 (read): provincial sector plans (transport, water saving, irrigation, culture, animal husbandry, tourism,
# manufacturing), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.923 / -
HELDOUT804_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout805 (sealed): older education pages (distance education, school safety, kindergartens, special education),
# session 56;
# F1 / actR with 8c3183f8 and at merge: 0.615 / -
HELDOUT805_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout806 (read): department, township and ministry pages (crop work points, livelihood works, rural roads,
# irrigation), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.833 / -
HELDOUT806_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout807 (sealed): economy and rural pages (rural e-commerce, key projects, digital economy, investment, tourism,
# industry), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.435 / -
HELDOUT807_FLOORS = {"f1_target": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout808 (read): environment pages (rural pollution control, air pollution; 2 pages), session 56;
# F1 / actR with 8c3183f8 and at merge: 0.182 / -
HELDOUT808_FLOORS = {"f1_target": 0.13, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout809 (sealed): town and street pages of 2024-2025 and a corps cotton plan (5 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.762 / -
HELDOUT809_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout810 (read): department pages (rural roads, highway yearbook, orchard conversion; 3 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.421 / -
HELDOUT810_FLOORS = {"f1_target": 0.37, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout811 (sealed): old pages (a 2004 provincial county-economy opinion, 2011 national health goals; 2 pages),
# session 57;
# F1 / actR with 9442fa50 and at merge: 0.857 / -
HELDOUT811_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout812 (read): province sector pages (sports, tourism, forestry, roads; 6 pages, n06 taken out after merge as
# a held page in another script), session 57;
# F1 / actR with 9442fa50 and at merge: 0.596 / - (0.558 without n06)
HELDOUT812_FLOORS = {"f1_target": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout813 (sealed): livelihood and rural pages (project lists, toilets, farmland; 6 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.524 / -
HELDOUT813_FLOORS = {"f1_target": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout814 (read): industry and economy news and reports (7 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.812 / 1.000
HELDOUT814_FLOORS = {"f1_target": 0.76, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout815 (sealed): energy-saving and forestry pages (3 pages; 2 taken out at merge as held documents), session 57;
# F1 / actR with 9442fa50 and at merge: 0.970 / -
HELDOUT815_FLOORS = {"f1_target": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout816 (read): party congress round-up and farmland meeting news (2 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.091 / -
HELDOUT816_FLOORS = {"f1_target": 0.04, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout817 (sealed): county and district work report news of 2025-2026 (2 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.667 / -
HELDOUT817_FLOORS = {"f1_target": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout818 (read): town and street plans and a county speech (5 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.791 / -
HELDOUT818_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout819 (sealed): department and sector pages of 2008-2012 (6 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.766 / -
HELDOUT819_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout820 (read): livelihood project lists and their progress news (5 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.857 / -
HELDOUT820_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout821 (sealed): sector plans and their news (5 pages; 1 taken out at merge as a held plan), session 57;
# F1 / actR with 9442fa50 and at merge: 0.895 / -
HELDOUT821_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout822 (read): education targets in news and press conferences (4 pages; 1 taken out at merge), session 57;
# F1 / actR with 9442fa50 and at merge: 0.750 / -
HELDOUT822_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout823 (sealed): elderly-care and public-service targets (5 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.709 / -
HELDOUT823_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout824 (read): key project lists, commerce, carbon-peak and forestry pages (7 pages), session 57;
# F1 / actR with 9442fa50 and at merge: 0.418 / -
HELDOUT824_FLOORS = {"f1_target": 0.36, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout825 (sealed): a township work report of 2019 (1 page), session 57;
# F1 / actR with 9442fa50 and at merge: 1.000 / -
HELDOUT825_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout826 (read): recent sector plan news (health, sponge city, transport, industry, forestry), session 57;
# F1 / actR with 9442fa50 and at merge: 0.762 / -
HELDOUT826_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout827 (sealed): livelihood lists and work-report target news of cities and provinces, session 57;
# F1 / actR with 9442fa50 and at merge: 0.817 / -
HELDOUT827_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout828 (read): department pages (transport, air quality, water), session 57;
# F1 / actR with 9442fa50 and at merge: 0.656 / -
HELDOUT828_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout829 (sealed): economy pages (investment promotion, industrial clusters, rural tourism, key projects, commerce),
# session 57;
# F1 / actR with 9442fa50 and at merge: 0.788 / -
HELDOUT829_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout830 (read): older rural and poverty-relief pages (2004-2011), session 57;
# F1 / actR with 9442fa50 and at merge: 0.444 / -
HELDOUT830_FLOORS = {"f1_target": 0.39, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout831 (sealed): health, elderly-care, river-chief, forestry and sports pages, session 57;
# F1 / actR with 9442fa50 and at merge: 0.739 / -
HELDOUT831_FLOORS = {"f1_target": 0.68, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout832 (read): party meetings and district work report news of development zones, session 57;
# F1 / actR with 9442fa50 and at merge: 0.829 / -
HELDOUT832_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout833 (sealed): sector pages of counties and provinces (health, forestry, water, ecology), session 57;
# F1 / actR with 9442fa50 and at merge: 0.711 / -
HELDOUT833_FLOORS = {"f1_target": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout834 (read): annual key-project plans of counties and a city, a zone targets list, session 57;
# F1 / actR with 9442fa50 and at merge: 0.945 / -
HELDOUT834_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout835 (sealed): town and district livelihood lists and a key-project plan, session 57;
# F1 / actR with 9442fa50 and at merge: 0.210 / -
HELDOUT835_FLOORS = {"f1_target": 0.16, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout836 (read): recent environment pages (a town, provinces, cities: forestry, air, water), session 57;
# F1 / actR with 9442fa50 and at merge: 0.915 / -
HELDOUT836_FLOORS = {"f1_target": 0.86, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout837 (sealed): a county water-saving target table and department news (education, rural roads, water; 2
# national), session 57;
# F1 / actR with 9442fa50 and at merge: 0.482 / -
HELDOUT837_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.86, "quote_span_exact": 1.0}


# heldout838 (read): education target pages of three provinces, session 57;
# F1 / actR with 9442fa50 and at merge: 0.667 / -
HELDOUT838_FLOORS = {"f1_target": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout839 (sealed): rural and economy pages (rural tourism, county industry, a village plan, herding, investment; 1
# taken out at merge), session 57;
# F1 / actR with 9442fa50 and at merge: 0.809 / -
HELDOUT839_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout840 (read): health and party pages (a work report, health services, healthy ageing, meal services), session 57;
# F1 / actR with 9442fa50 and at merge: 0.686 / -
HELDOUT840_FLOORS = {"f1_target": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout841 (sealed): an older provincial work report section of 2007 (1 page), session 57;
# F1 / actR with 9442fa50 and at merge: 1.000 / -
HELDOUT841_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout842 (read): sector and economy pages (agriculture plan, major projects, investment promotion, a half-year
# projection), session 57;
# F1 / actR with 9442fa50 and at merge: 0.629 / -
HELDOUT842_FLOORS = {"f1_target": 0.57, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout844 (read): town and county livelihood lists and a district work report, session 57;
# F1 / actR with 9442fa50 and at merge: 0.857 / -
HELDOUT844_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout845 (sealed): department and environment pages (transport, elderly care, forestry, water, agriculture), session
# 57;
# F1 / actR with 9442fa50 and at merge: 0.873 / -
HELDOUT845_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout846 (read): sports and health targets in news and press conferences, session 57;
# F1 / actR with 9442fa50 and at merge: 0.476 / -
HELDOUT846_FLOORS = {"f1_target": 0.42, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout847 (sealed): poverty, agriculture and rural pages of provinces and a city, session 57;
# F1 / actR with 9442fa50: 0.427 / -; at merge (main 72934fcd): 0.468 / -
HELDOUT847_FLOORS = {"f1_target": 0.37, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout848 (read): recent work report news of a district and a county, session 57;
# F1 / actR with 9442fa50 and at merge: 1.000 / 1.000
HELDOUT848_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout849 (sealed): a township work report excerpt and a town year-target page, session 58;
# F1 / actR with 43cdc366 and at merge: 0.800 / -
HELDOUT849_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout850 (read): province and county civil affairs, agriculture, sports, elderly care and health targets, session
# 58;
# F1 / actR with 43cdc366 and at merge: 0.724 / -
HELDOUT850_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.80, "quote_span_exact": 1.0}


# heldout851 (sealed): forestry, culture and tourism, water pollution and industry plans and news, session 58;
# F1 / actR with 43cdc366 and at merge: 0.981 / -
HELDOUT851_FLOORS = {"f1_target": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout852 (read): two county pages of 2008-2011 (a rural work speech, new-countryside news), session 58;
# F1 / actR with 43cdc366 and at merge: 0.308 / -
HELDOUT852_FLOORS = {"f1_target": 0.25, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout853 (sealed): industry, manufacturing and exhibition plans and press pages, session 58;
# F1 / actR with 43cdc366 and at merge: 0.851 / -
HELDOUT853_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout854 (read): rural revitalization, housing and water project pages of counties and regions, session 58;
# F1 / actR with 43cdc366 and at merge: 0.435 / -
HELDOUT854_FLOORS = {"f1_target": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout855 (sealed): a county economic work meeting news page (one target), session 58;
# F1 / actR with 43cdc366 and at merge: 1.000 / -
HELDOUT855_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout856 (read): summaries of national government work reports 2024-2026, session 58;
# F1 / actR with 43cdc366 and at merge: 0.683 / 1.000
HELDOUT856_FLOORS = {"f1_target": 0.63, "recall_actual": 0.95, "comparator_accuracy": 0.84, "quote_span_exact": 1.0}


# heldout857 (sealed): province transport, health, agriculture and water targets of 2024-2025, session 58;
# F1 / actR with 43cdc366 and at merge: 0.658 / -
HELDOUT857_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout858 (read): a town key-work plan and two province news items (2015, 2022), session 58;
# F1 / actR with 43cdc366 and at merge: 0.909 / -
HELDOUT858_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout859 (sealed): elderly care, civil affairs, sports and health targets of eastern provinces and cities, session
# 58;
# F1 / actR with 43cdc366 and at merge: 0.672 / -
HELDOUT859_FLOORS = {"f1_target": 0.62, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout860 (read): environment, energy-saving and forestry targets of 2001-2010, session 58;
# F1 / actR with 43cdc366 and at merge: 0.611 / -
HELDOUT860_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout861 (sealed): industry and key-project targets of western provinces and places, 2008-2014, session 58;
# F1 / actR with 43cdc366 and at merge: 0.769 / -
HELDOUT861_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout862 (read): a city education news page (targets of 2023 and a present state), session 58;
# F1 / actR with 43cdc366 and at merge: 0.000 / 1.000
HELDOUT862_FLOORS = {"f1_target": 0.00, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout863 (sealed): livelihood project lists, a work report news page and key-project plans of eastern places,
# session 58;
# F1 / actR with 43cdc366 and at merge: 0.751 / 0.333
HELDOUT863_FLOORS = {"f1_target": 0.70, "recall_actual": 0.28, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout864 (read): agriculture, transport, sports and environment targets of central provinces, session 58;
# F1 / actR with 43cdc366 and at merge: 0.851 / -
HELDOUT864_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.77, "quote_span_exact": 1.0}


# heldout865 (sealed): two older western pages (a 2006 city work report news page, a 2010 region housing feature),
# session 58;
# F1 / actR with 43cdc366 and at merge: 0.778 / -
HELDOUT865_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout866 (read): transport, rural roads, farmland water and crop task pages of central provinces, session 58;
# F1 / actR with 43cdc366 and at merge: 0.655 / -
HELDOUT866_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout867 (sealed): street, county and corps farm livelihood lists and annual plans, session 58;
# F1 / actR with 43cdc366 and at merge: 0.582 / -
HELDOUT867_FLOORS = {"f1_target": 0.53, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout868 (read): rural and farming targets in press pages of northern provinces and cities, session 58;
# F1 / actR with 43cdc366 and at merge: 0.667 / -
HELDOUT868_FLOORS = {"f1_target": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout869 (sealed): population, health, elderly-care, transport and farmland pages of central provinces, session 58;
# F1 / actR with 43cdc366 and at merge: 0.762 / -
HELDOUT869_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout870 (read): greening, forestry, river and water-pollution targets of eastern provinces, session 58;
# F1 / actR with 43cdc366 and at merge: 0.753 / -
HELDOUT870_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout871 (sealed): key-project, investment and tourism targets of northern places, session 58;
# F1 / actR with 43cdc366 and at merge: 0.621 / -
HELDOUT871_FLOORS = {"f1_target": 0.57, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout874 (read): province-level news and press-conference pages of central and southern provinces, 2008-2012,
# session 59;
# F1 / actR with 920814ee and at merge: 0.857 / -
HELDOUT874_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout875 (sealed): education and department targets of eastern provinces and cities, session 59;
# F1 / actR with 920814ee and at merge: 0.926 / -
HELDOUT875_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout876 (read): district livelihood-project and plan news of northern places, session 59;
# F1 / actR with 920814ee and at merge: 0.925 / -
HELDOUT876_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout877 (sealed): health, sports, elderly-care and transport sector plans of central and southern provinces,
# session 59;
# F1 / actR with 920814ee and at merge: 0.911 / -
HELDOUT877_FLOORS = {"f1_target": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout878 (read): investment, key-project and tourism targets of western places, session 59;
# F1 / actR with 920814ee and at merge: 0.818 / -
HELDOUT878_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout879 (sealed): rural-road, rural-revitalisation and agriculture targets of eastern places, session 59;
# F1 / actR with 920814ee and at merge: 0.611 / -
HELDOUT879_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout880 (read): forestry, ecology and energy-saving targets of northern provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.645 / -
HELDOUT880_FLOORS = {"f1_target": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout881 (sealed): county, district and town work-report pages of Hubei, session 59;
# F1 / actR with 920814ee and at merge: 0.727 / -
HELDOUT881_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout882 (read): farming, forestry, road and clinic targets of western provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.909 / -
HELDOUT882_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout883 (sealed): party-meeting and press pages of eastern cities and counties, session 59;
# F1 / actR with 920814ee and at merge: 0.871 / -
HELDOUT883_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout884 (read): sector plans and their news of northern provinces, 2005-2024, session 59;
# F1 / actR with 920814ee and at merge: 0.551 / -
HELDOUT884_FLOORS = {"f1_target": 0.50, "comparator_accuracy": 0.80, "quote_span_exact": 1.0}


# heldout885 (sealed): livelihood-project votes and lists of western places, 2024-2026, session 59;
# F1 / actR with 920814ee and at merge: 0.645 / -
HELDOUT885_FLOORS = {"f1_target": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout886 (read): forestry, energy-saving, river-chief and health plans of eastern places, session 59;
# F1 / actR with 920814ee and at merge: 0.850 / -
HELDOUT886_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout887 (sealed): key-project, investment and digital-economy targets of northern places, session 59;
# F1 / actR with 920814ee and at merge: 0.417 / -
HELDOUT887_FLOORS = {"f1_target": 0.36, "comparator_accuracy": 0.85, "quote_span_exact": 1.0}


# heldout888 (read): poverty-alleviation and rural targets of several provinces and a town, session 59;
# F1 / actR with 920814ee and at merge: 0.619 / -
HELDOUT888_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout889 (sealed): work-report news and speeches of northern provinces, 2006-2009 (one value a page), session 59;
# F1 / actR with 920814ee and at merge: 0.400 / -
HELDOUT889_FLOORS = {"f1_target": 0.35, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout890 (read): a county school-building plan and two township work pages of central provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.606 / -
HELDOUT890_FLOORS = {"f1_target": 0.55, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout891 (sealed): sports, elderly-care and health plans and meetings of western places, session 59;
# F1 / actR with 920814ee and at merge: 0.824 / -
HELDOUT891_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout892 (read): energy-saving, grain, transport, forestry and school-building targets of central provinces, session
# 59;
# F1 / actR with 920814ee and at merge: 0.803 / -
HELDOUT892_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout893 (sealed): manufacturing, agriculture, tourism and sport-industry plans of eastern places, 2021-2027,
# session 59;
# F1 / actR with 920814ee and at merge: 0.979 / -
HELDOUT893_FLOORS = {"f1_target": 0.92, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout894 (read): livelihood-project lists and city targets of several provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.605 / -
HELDOUT894_FLOORS = {"f1_target": 0.55, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout895 (sealed): rural water, revitalisation and road plans of western provinces, session 59;
# F1 / actR with 920814ee: 0.611 / -; with main at merge (82bd719c, this session's rules): 0.833 / -
HELDOUT895_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout896 (read): tourism, investment and key-project targets of eastern places, 2005-2019, session 59;
# F1 / actR with 920814ee and at merge: 0.824 / -
HELDOUT896_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}


# heldout897 (sealed): news round-ups and press pages of 2024-2025 targets, several provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.778 / -
HELDOUT897_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.80, "quote_span_exact": 1.0}


# heldout898 (read): a county party-congress page and a city targets explainer of the west, session 59;
# F1 / actR with 920814ee and at merge: 0.867 / -
HELDOUT898_FLOORS = {"f1_target": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout899 (sealed): school-enrolment and school-building pages of 2006-2010, session 59;
# F1 / actR with 920814ee and at merge: 0.407 / -
HELDOUT899_FLOORS = {"f1_target": 0.35, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout900 (read): industry, fitness, waste-sorting and rural-water plans of northern places, session 59;
# F1 / actR with 920814ee and at merge: 0.889 / -
HELDOUT900_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.82, "quote_span_exact": 1.0}


# heldout901 (sealed): ecology, new-energy-vehicle and forestry plans of central and southern provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.849 / -
HELDOUT901_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout902 (read): fitness plans and livelihood-project lists of several provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.986 / -
HELDOUT902_FLOORS = {"f1_target": 0.93, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout903 (sealed): investment-promotion, digital-economy, tourism and development-zone targets of central and
# southern places, session 59;
# F1 / actR with 920814ee and at merge: 0.901 / -
HELDOUT903_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout904 (read): rural revitalisation, agriculture and party-meeting pages of northern places, session 59;
# F1 / actR with 920814ee and at merge: 0.494 / -
HELDOUT904_FLOORS = {"f1_target": 0.44, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout905 (sealed): two prefecture work-report news summaries of Guangdong, 2023, session 59;
# F1 / actR with 920814ee and at merge: 1.000 / 1.000
HELDOUT905_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout906 (read): transport, water, environment and population pages of central provinces, 2007-2012, session 59;
# F1 / actR with 920814ee and at merge: 0.928 / -
HELDOUT906_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout907 (sealed): town, county, district and city livelihood-project pages of eastern places (n03 taken out),
# session 59;
# F1 / actR with 920814ee: 0.702 / -; with main at merge (2c367ebf, this session's rules): 0.714 / -
HELDOUT907_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout908 (read): preschool and education news of northern provinces and a zone plan, session 59;
# F1 / actR with 920814ee and at merge: 0.370 / -
HELDOUT908_FLOORS = {"f1_target": 0.32, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout909 (sealed): major-project, digital-economy and investment plans of western places, session 59;
# F1 / actR with 920814ee and at merge: 0.748 / -
HELDOUT909_FLOORS = {"f1_target": 0.69, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout910 (read): sports-industry, agriculture and water plans of several provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.864 / -
HELDOUT910_FLOORS = {"f1_target": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout911 (sealed): greening, forestry and ecology plans of Sichuan and Shaanxi, session 59;
# F1 / actR with 920814ee and at merge: 0.941 / -
HELDOUT911_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout912 (read): agriculture, poverty, rural-road and new-countryside pages of central provinces, 2006-2019, session
# 59;
# F1 / actR with 920814ee and at merge: 0.692 / -
HELDOUT912_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout913 (sealed): health, sports and livelihood pages of eastern places, 1990s-2021, session 59;
# F1 / actR with 920814ee and at merge: 0.675 / 1.000
HELDOUT913_FLOORS = {"f1_target": 0.62, "recall_actual": 0.95, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout914 (read): county tourism, a town congress and investment-promotion news, session 59;
# F1 / actR with 920814ee and at merge: 0.889 / 1.000
HELDOUT914_FLOORS = {"f1_target": 0.83, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout915 (sealed): education work and budget pages of western provinces, 2023-2024, session 59;
# F1 / actR with 920814ee and at merge: 0.889 / -
HELDOUT915_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout916 (read): tourism, agriculture and party meetings of central and southern places, session 59;
# F1 / actR with 920814ee and at merge: 0.785 / -
HELDOUT916_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout917 (sealed): plan proposals, work-report news and livelihood lists of northern places, 2000-2011 (n07 taken
# out), session 59;
# F1 / actR with 920814ee and at merge: 0.417 / -
HELDOUT917_FLOORS = {"f1_target": 0.36, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout918 (read): manure use, grassland, energy-saving and clean-energy plans of several provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.657 / -
HELDOUT918_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout919 (sealed): highway, water works, employment, forestry and education pages of central provinces, session 59;
# F1 / actR with 920814ee and at merge: 0.729 / -
HELDOUT919_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout920 (read): rural revitalisation and grain pages of eastern provinces, 2023-2025, session 59;
# F1 / actR with 920814ee and at merge: 0.952 / -
HELDOUT920_FLOORS = {"f1_target": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout922 (read): 3 pages (Hunan/Jiangxi county farm work points and rural work news, a county work report's page),
# 25 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.980 / -
HELDOUT922_FLOORS = {"f1_target": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout923 (sealed): 7 province-level sector pages of northern provinces (water, transport, energy, environment), 74
# rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.482 / -
HELDOUT923_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}


# heldout924 (read): 6 press and news pages of eastern provinces (transport plans, school building, GDP and tourism
# targets), 33 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.700 / -
HELDOUT924_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout925 (sealed): 6 department pages (water, transport, culture and tourism; n02 taken out at merge, a read page's
# twin), 41 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.588 / -
HELDOUT925_FLOORS = {"f1_target": 0.53, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout926 (read): 4 education pages (a county plan 2005-2007, education news 2007-2016), 23 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.979 / -
HELDOUT926_FLOORS = {"f1_target": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout927 (sealed): 5 rural roads, investment and poverty-alleviation pages of central provinces, 22 rows, session
# 60;
# F1 / actR with 8fc010f0 and at merge: 0.766 / -
HELDOUT927_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout928 (read): 6 province-level health, elderly-care, sports and ecology pages of western provinces, 32 rows,
# session 60;
# F1 / actR with 8fc010f0 and at merge: 0.947 / -
HELDOUT928_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout929 (sealed): 5 forestry, tourism and livestock meeting pages of counties, a township and Chongqing, 33 rows,
# session 60;
# F1 / actR with 8fc010f0 and at merge: 0.829 / -
HELDOUT929_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout930 (read): 2 pages 2005-2009 (Gansu's livelihood projects, a Shenzhen report's news summary), 21 rows, session
# 60;
# F1 / actR with 8fc010f0 and at merge: 0.000 / 1.000
HELDOUT930_FLOORS = {"f1_target": 0.00, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout931 (sealed): 6 sector pages of eastern provinces 2013-2026 (industry, transport, water, tourism, grain), 35
# rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.750 / -
HELDOUT931_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout932 (read): 7 industry, e-commerce, tourism and food-industry pages of central provinces, 59 rows, session 60;
# F1 / actR with 8fc010f0: 0.855 / -; with main at merge (91fd3b14, this session's rules): 0.875 / -
HELDOUT932_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout933 (sealed): 6 township, county and prefecture pages 2009-2015, 42 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.861 / -
HELDOUT933_FLOORS = {"f1_target": 0.81, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout934 (read): 3 province-level water and agriculture department pages of Shanxi and Liaoning, 13 rows, session
# 60;
# F1 / actR with 8fc010f0 and at merge: 1.000 / -
HELDOUT934_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout935 (sealed): 7 education pages of western provinces (pre-school building, a project list, a county plan), 36
# rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.721 / -
HELDOUT935_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout936 (read): 7 livelihood project lists and work-report news of eastern cities, 109 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.561 / -
HELDOUT936_FLOORS = {"f1_target": 0.51, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}


# heldout937 (sealed): 2 work-report pages of 2025-2026 (Huanggang news, a Loudi district's summary), 29 rows, session
# 60;
# F1 / actR with 8fc010f0 and at merge: 1.000 / 1.000
HELDOUT937_FLOORS = {"f1_target": 0.95, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout938 (read): 7 sector pages 2000-2023 (banner agriculture and husbandry, forestry, rural tourism, drinking
# water, sewage), 74 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.463 / -
HELDOUT938_FLOORS = {"f1_target": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout939 (sealed): 5 health and livelihood pages of northern provinces (a medicine plan, hospital layouts, Dalian's
# projects), 65 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.860 / -
HELDOUT939_FLOORS = {"f1_target": 0.81, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout940 (read): 7 province-level forestry, greening and carbon pages of eastern provinces, 64 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.908 / -
HELDOUT940_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout941 (sealed): 6 rural and township pages of western provinces 2019-2024, 64 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.796 / -
HELDOUT941_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout942 (read): 7 press and economy pages of northern provinces, 48 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.828 / -
HELDOUT942_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout943 (sealed): 2 education pages of 2023-2025 (Linyi schools, a Dongguan town's school), 12 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.846 / -
HELDOUT943_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout944 (read): 6 department pages of western provinces (transport, grain and hogs, forestry), 40 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.711 / -
HELDOUT944_FLOORS = {"f1_target": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout947 (sealed): 7 livelihood-project and construction pages 2004-2013 (Shanghai's ten projects, Qiongzhong,
# Heilongjiang, Anlong), 68 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.779 / -
HELDOUT947_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout948 (read): 5 sector pages of central provinces (sports, rural water, rural roads, tourism), 36 rows, session
# 60;
# F1 / actR with 8fc010f0 and at merge: 0.943 / -
HELDOUT948_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout949 (sealed): 6 health, fitness, elderly-care and disability plan pages (five national, one of Guangdong), 29
# rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.800 / -
HELDOUT949_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout950 (read): 2 pages (Jilin's snow-season forecast, Jinzhou's division of its work report's tasks), 3 rows,
# session 60;
# F1 / actR with 8fc010f0 and at merge: 0.400 / -
HELDOUT950_FLOORS = {"f1_target": 0.35, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout951 (sealed): 6 economy pages 2004-2011 (commerce, mining, foreign trade, logistics, tourism, industrial
# parks), 38 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.877 / -
HELDOUT951_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout952 (read): 6 education pages of central provinces (n06 taken out at merge, near a sealed page), 93 rows,
# session 60;
# F1 / actR with 8fc010f0 and at merge: 0.886 / -
HELDOUT952_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout953 (sealed): 5 township, prefecture and district pages 2009-2025 (Muta township, Shigatse, Ngari, a district's
# targets, Guangdong), 37 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.833 / -
HELDOUT953_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout954 (read): 5 sector pages (rural roads, agriculture, culture, sports facilities), 13 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.762 / -
HELDOUT954_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout955 (sealed): 7 environment, forestry and energy-saving pages 2007-2012 of several provinces, 75 rows, session
# 60;
# F1 / actR with 8fc010f0 and at merge: 0.791 / -
HELDOUT955_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout956 (read): 6 plan pages of new sectors 2024-2026 (low-altitude economy, prepared food, AI, first stores), 42
# rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.988 / -
HELDOUT956_FLOORS = {"f1_target": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout957 (sealed): 7 rural, farming and poverty-alleviation pages 2003-2015, 52 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.909 / -
HELDOUT957_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout958 (read): 4 education pages 2004-2012 (Xinjiang corps, a region's high schools, Chaozhou, Bozhou), 14 rows,
# session 60;
# F1 / actR with 8fc010f0 and at merge: 0.250 / -
HELDOUT958_FLOORS = {"f1_target": 0.20, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout959 (sealed): 7 department and county pages 2001-2017 (roads, air quality, agriculture, population, labour,
# livestock), 68 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.721 / -
HELDOUT959_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout960 (read): 6 province-level livelihood-project pages 2018-2026, 59 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.739 / -
HELDOUT960_FLOORS = {"f1_target": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout961 (sealed): 3 work-conference and work-report news pages of central provinces, 2010-2013, 23 rows, session
# 60;
# F1 / actR with 8fc010f0 and at merge: 0.875 / -
HELDOUT961_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout962 (read): 7 sector pages of western provinces (water supply, industry, transport, cotton, tourism, a congress
# report), 51 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.905 / -
HELDOUT962_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout963 (sealed): 2 province-level pages of Heilongjiang and Jilin (2008 grain and dairy goals, a 2017 strategy
# note), 5 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.222 / -
HELDOUT963_FLOORS = {"f1_target": 0.17, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout964 (read): 7 health, elderly-care, sports and disability pages 2001-2011, 55 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.729 / -
HELDOUT964_FLOORS = {"f1_target": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout965 (sealed): 6 economy pages of eastern provinces (key projects, digital economy, night economy, a work
# report's news), 45 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.747 / 0.300
HELDOUT965_FLOORS = {"f1_target": 0.69, "recall_actual": 0.25, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout966 (read): 5 rural and farming pages 2024-2026 (tea plans, a city's farm meeting, national water and No. 1
# documents), 19 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.839 / -
HELDOUT966_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout967 (sealed): 6 water, pollution, forestry and energy-saving pages (Ningbo, Shenyang, basins, national plans),
# 35 rows, session 60;
# F1 / actR with 8fc010f0 and at merge: 0.919 / -
HELDOUT967_FLOORS = {"f1_target": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout968 (read): 5 education pages 2014-2026 (Shenzhen places, Jiuquan, Qinghai, national targets), 49 rows, session
# 60;
# F1 / actR with 8fc010f0 and at merge: 0.869 / -
HELDOUT968_FLOORS = {"f1_target": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout969 (sealed): 7 pages: fire-station, fitness, livestock, forestry, village trees, environment, culture plans
# (Fujian, Hebei, Tibet, Jilin, Shaanxi; 2008-2030), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.658 / -
HELDOUT969_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout970 (read): 3 pages: 2025 work-report news (Sichuan, Guyuan) and a Tibet district's work points, session 61;
# F1 / actR with 72cc07a0 and at merge: 0.833 / -
HELDOUT970_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout971 (sealed): 5 pages: Beijing housing tasks, Changchun beef cattle, Shanxi No. 1 document news, Hebei ice-and-
# snow plan, Tongzhou investment plan (2022-2024), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.480 / -
HELDOUT971_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout972 (read): 7 pages: school rebuilding, a school layout plan, a river-basin plan, education meetings and plans
# (Anhui, Hubei, Hunan, Guangxi, Henan; 2007-2018), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.629 / -
HELDOUT972_FLOORS = {"f1_target": 0.57, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout973 (sealed): 7 pages: transport and water works targets of Jiangsu, Zhejiang and Fujian cities, a party
# congress report (2011-2026), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.365 / -
HELDOUT973_FLOORS = {"f1_target": 0.31, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout974 (read): 5 pages: health and civil-affairs targets (Inner Mongolia, Chongqing, Gansu, Hubei), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.545 / -
HELDOUT974_FLOORS = {"f1_target": 0.49, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout975 (sealed): 7 pages: roads, rural housing, tea, poverty, farmland and dairy targets (Guizhou, Xinjiang,
# Yunnan, Sichuan, Chongqing, Ningxia; 2011-2027), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.432 / -
HELDOUT975_FLOORS = {"f1_target": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout976 (read): 6 pages: river-lake, environment, afforestation and forestry targets (Heilongjiang, Hebei, Shanxi;
# 2023-2025), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.571 / -
HELDOUT976_FLOORS = {"f1_target": 0.52, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout977 (sealed): 3 pages: a prefecture's 2003-2004 plan report, news of a 2012 work report, a province's 2008
# split of work targets (Zhejiang, Guangdong, Jiangsu), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.435 / 1.000
HELDOUT977_FLOORS = {"f1_target": 0.38, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout978 (read): 5 pages: county tobacco meetings and a province's 2017 work-report news (Hubei, Jiangxi, Hunan;
# 2015-2020), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.821 / -
HELDOUT978_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout979 (sealed): 6 pages: livelihood-project lists and announcements (Fujian, Shanghai, Hunan, Henan; 2014-2016),
# session 61;
# F1 / actR with 72cc07a0 and at merge: 0.680 / -
HELDOUT979_FLOORS = {"f1_target": 0.63, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout980 (read): 7 pages: industry, commerce, county-economy and software targets (Hebei, Shanxi, Liaoning, Beijing,
# Tianjin, Jilin; 2005-2016), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.800 / -
HELDOUT980_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout981 (sealed): 4 pages: news of a city economic conference, an industrial-cluster plan, a press conference and a
# low-altitude economy plan (Guangxi, Jiangxi, Henan, Hubei; 2023-2025), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.789 / -
HELDOUT981_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout982 (read): 7 pages: tea, vegetable, fishery, transport and rural water plans (Fujian, Shandong, Guangdong;
# 2011-2027), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.853 / -
HELDOUT982_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}


# heldout983 (sealed): 4 pages: news of a school plan, a special-education plan and school building, a journal abstract
# of targets (Tibet, Ningxia, Xinjiang), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.765 / -
HELDOUT983_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout984 (read): 4 pages: news of national work-report targets and a No. 1 document, a county's tourism targets,
# cooperatives' plans, session 61;
# F1 / actR with 72cc07a0 and at merge: 0.250 / -
HELDOUT984_FLOORS = {"f1_target": 0.20, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout985 (sealed): 7 pages: health-insurance, earthquake rebuilding, elderly-care, sports and health-funding targets
# (Yunnan, Shaanxi, Sichuan, Tibet, Inner Mongolia; 2008-2017), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.694 / -
HELDOUT985_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout986 (read): 6 pages: energy-saving, forestry, water-pollution, river and ecology plans (Hunan, Henan, Hubei,
# Jiangxi, Guangxi; 2017-2025), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.821 / -
HELDOUT986_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout987 (sealed): 4 pages: rural work plans, a No. 1 document, a mayor's statement, winter vegetables (Jiangsu,
# Guangdong, Hainan; 2023-2024), session 61;
# F1 / actR with 72cc07a0 and at merge: 1.000 / -
HELDOUT987_FLOORS = {"f1_target": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout988 (read): 5 pages: transport, civil-affairs and district education targets (Liaoning, Tianjin, Shanxi,
# Beijing; 2012-2020), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.692 / -
HELDOUT988_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout989 (sealed): 2 pages: school broadband plans (Sichuan, Ningxia; 2014-2020), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.615 / -
HELDOUT989_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.82, "quote_span_exact": 1.0}


# heldout990 (read): 5 pages: province livelihood-project lists, rural-road targets and a key-work notice (Hunan, Henan,
# Hubei, Anhui; 2008-2011), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.936 / -
HELDOUT990_FLOORS = {"f1_target": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout991 (sealed): 6 pages: husbandry, hog, groundwater and transport plans (Liaoning, Hebei, Tianjin; 2007-2024),
# session 61;
# F1 / actR with 72cc07a0 and at merge: 0.932 / -
HELDOUT991_FLOORS = {"f1_target": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout993 (sealed): 5 pages: old-housing renovation, sports facilities, a farm-brand campaign and sports work points
# (Beijing, Tianjin, Shanxi; 2017-2025), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.510 / -
HELDOUT993_FLOORS = {"f1_target": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout994 (read): 7 pages: sports, transport, expressway, livestock, potato, farm-base and ecology plans (Qinghai,
# Shaanxi, Inner Mongolia, Gansu, Guizhou, Chongqing; 2004-2027), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.967 / -
HELDOUT994_FLOORS = {"f1_target": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout995 (sealed): 7 pages: key-project, industry-cluster, e-commerce, opening-up and rural tourism plans (Guangxi,
# Henan, Anhui, Jiangxi, Hunan), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.775 / -
HELDOUT995_FLOORS = {"f1_target": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout996 (read): 1 page: news of a prefecture's 14th five-year health plan (Meizhou), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.833 / -
HELDOUT996_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout997 (sealed): 7 pages: press and meeting news of provinces' and cities' targets (Hubei, Guangzhou, Datong,
# Guangdong, Xinjiang, Heilongjiang, Gansu), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.511 / -
HELDOUT997_FLOORS = {"f1_target": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout998 (read): 7 pages: forestry, afforestation, energy-saving and environment plans of eastern provinces
# (2000-2012), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.780 / -
HELDOUT998_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout999 (sealed): 7 pages: transport, civil-affairs, environment, livestock and sector pages of western provinces
# (2006-2014), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.565 / -
HELDOUT999_FLOORS = {"f1_target": 0.51, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout1000 (read): 5 pages: education news and a work report's page of northern provinces (Beijing, Jilin, Tianjin,
# Hebei; 2003-2014), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.800 / -
HELDOUT1000_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1002 (read): 6 pages: livelihood-project lists and housing targets (Nanjing, Jiangsu, Wuxi, Shenzhen, Zibo,
# Dongguan; 2012-2025), session 61;
# F1 / actR with 72cc07a0: 0.574 / -; with main at merge (a7961abc, this session's rules): 0.561 / -
HELDOUT1002_FLOORS = {"f1_target": 0.51, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1003 (sealed): 6 pages: oil-tea, irrigation, rural living, tourism and sugarcane targets of central provinces
# (2020-2030), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.764 / -
HELDOUT1003_FLOORS = {"f1_target": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1004 (read): 6 pages: data-centre, digital-economy and key-project targets of western provinces (2024-2025),
# session 61;
# F1 / actR with 72cc07a0 and at merge: 0.362 / -
HELDOUT1004_FLOORS = {"f1_target": 0.31, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1005 (sealed): 7 pages: rural housing, poverty, new-countryside and pastoral water plans of several provinces
# (2003-2015), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.508 / -
HELDOUT1005_FLOORS = {"f1_target": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1006 (read): 3 pages: a county leader's article, a province's under-forest economy news, a disabled persons'
# federation meeting (n03 taken out: masked year), session 61;
# F1 / actR with 72cc07a0: 0.759 / -; with main at merge (a7961abc, this session's rules): 0.786 / -
HELDOUT1006_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1007 (sealed): 5 pages: civil-affairs, sports and elderly-care targets of central cities (Changsha, Hefei,
# Xinyu, Ganzhou, Jingmen; 2011-2025), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.808 / -
HELDOUT1007_FLOORS = {"f1_target": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1008 (read): 4 pages: rural water, fisheries, new-energy vehicle and energy plans (Yangquan, Yunnan, Hainan,
# Tibet; 2023-2030), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.933 / -
HELDOUT1008_FLOORS = {"f1_target": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1009 (sealed): 6 pages: township, district and province pages of western provinces (Sichuan, Guizhou, Tibet,
# Yunnan, Qinghai, Ningxia; 2006-2015; n02 taken out), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.693 / -
HELDOUT1009_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}


# heldout1010 (read): 6 pages: agriculture, air-quality, transport and employment department pages of eastern provinces
# (n02 taken out), session 61;
# F1 / actR with 72cc07a0 and at merge: 0.691 / -
HELDOUT1010_FLOORS = {"f1_target": 0.64, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout1011 (sealed): 6 pages: forestry, river-chief, Qinling, ecology, Three-North and biodiversity targets of
# western provinces (2023-2025), session 61;
# F1 / actR with 72cc07a0: 0.928 / -; with main at merge (79756274, this session's rules): 0.912 / -
HELDOUT1011_FLOORS = {"f1_target": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1012 (read): 4 pages: kindergarten and school building plans of northern places (Tanggu, Beijing, Shenyang),
# session 61;
# F1 / actR with 72cc07a0 and at merge: 0.892 / -
HELDOUT1012_FLOORS = {"f1_target": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1013 (sealed): 8 pages: livelihood-project lists, funeral-service and cemetery plans, waste sorting, elevator
# and pipe renewal of eight provinces (2020-2027), session 77;
# F1 / actR with the session's start 53d4cdcf and its end: 0.921 / - both
HELDOUT1013_FLOORS = {"f1_target": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1014 (sealed): 7 pages: rural roads, goji, county hospital and health buildings, water, winter vegetables and
# preschool places of six southern and western provinces (2015-2020), session 77;
# F1 / actR with the session's start 53d4cdcf and at its merge (0555f3e6): 0.756 / - both
HELDOUT1014_FLOORS = {"f1_target": 0.70, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout1015 (sealed): 7 pages: renewable energy, port throughput, winter heating and SO2, housing security,
# employment and ice-and-snow industry targets of six provinces (2012-2025), session 77;
# F1 / actR with the session's start 53d4cdcf and its end (04f5e13f): 0.704 / - both
HELDOUT1015_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1016 (sealed): 7 pages: health, livelihood-project, grain and agriculture and kindergarten targets of
# five northern and western provinces (2016-2026), session 78;
# F1 / actR with the session's start 67a7bb8d: 0.557 / -
HELDOUT1016_FLOORS = {"f1_target": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1017 (sealed): 8 pages: transport, water quality, industry, winter water works, forestry, rural drinking
# water, digital economy and old-housing renovation targets of six eastern and southern provinces (2005-2027),
# session 78; F1 / actR with the session's start 67a7bb8d: 0.837 / -
HELDOUT1017_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1018 (sealed): 7 pages: tourism, elderly care and childcare, rural nursing homes, township hospitals and
# public fitness targets of six provinces (2005-2025), session 78;
# F1 / actR with the session's start 67a7bb8d and at f45e260d: 0.827 / - both
HELDOUT1018_FLOORS = {"f1_target": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1019 (sealed): 8 pages: housing, a district work report's results, employment, afforestation, science
# and technology, affordable housing and energy saving of six provinces (2009-2017), session 78;
# F1 / actR with the session's start 67a7bb8d and at f45e260d: 0.650 / 1.0 both
HELDOUT1019_FLOORS = {"f1_target": 0.60, "recall_actual": 0.93, "comparator_accuracy": 0.92,
                      "quote_span_exact": 1.0}


# heldout1020 (sealed): 6 pages: preschool and school building plans of two counties, a province's 2026 education
# projects, a city's school places, the 2026 national work report (traditional characters; its targets are those of
# read heldout856 n03's summary, in other words) and a city health bureau's half-year report (2009-2026), session 78;
# F1 / actR with the session's start 67a7bb8d and at a41c6375: 0.835 / 1.0 both
HELDOUT1020_FLOORS = {"f1_target": 0.78, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1021 (sealed): 6 pages: a district's target table, a district's key projects (traditional characters), a
# district meeting on its year's results and targets, a county work report, an anonymised county report draft and a
# key-project progress note (2009-2025; three places never named), session 78;
# F1 / actR with the session's start 67a7bb8d and at a41c6375: 0.488 / 0.636 both
HELDOUT1021_FLOORS = {"f1_target": 0.43, "recall_actual": 0.58, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1022 (sealed): 8 pages of rural plans and their years' tasks: a district's rural-work targets, a city's
# three-year rural-revitalisation action plan, a county's village-construction work points (a doc site's copy, its
# year as written), a town's poverty-alleviation scheme, a district's water tasks (undated), a province's forestry
# special plan, a town's work report (results only) and a province's village and grain targets (traditional
# characters), 2016-2021, session 79; F1 / actR with the session's start 0a089ccd: 0.915 / 1.0
HELDOUT1022_FLOORS = {"f1_target": 0.86, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1023 (sealed): 8 pages of plans and their progress: a district's three-year parking and roads plan, a
# city's urban construction targets, a forum post of a city's year's construction tasks, a region's rural water-supply
# plan (garbled characters), a region's and a county's housing-security targets with their progress, a province's
# small-town programme and a county's housing-security programme (2013-2035; no annotated results), session 79 (the
# helper ran 27 searches of the 25 its brief allowed; two pages came from the last); F1 with the session's start
# 0a089ccd: 0.655
HELDOUT1023_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1024 (sealed): 8 pages of hospitals, schools and kindergartens being built, seven of counties or districts:
# a county hospital's year's targets, two county hospitals' new buildings, two vocational schools' new campuses, a
# district's four new schools, a county kindergarten's enlargement and a city's third batch of public kindergartens
# (2015-2022; one baseline), session 79; F1 with the session's start 0a089ccd and at 231373b9: 0.903 both
HELDOUT1024_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1025 (sealed): 7 pages, six of counties or districts: a county's livelihood projects (undated), a county's
# and a province's heating and retrofit plans, a county's afforestation targets, a district's 20 livelihood projects
# of the year, and two districts' five-year construction plans from news (2005-2021; no annotated results; every work
# report or annual plan its helper found was held already), session 79; F1 with the session's start 0a089ccd and at
# 231373b9: 0.682 both
HELDOUT1025_FLOORS = {"f1_target": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1026 (sealed): 7 pages of environmental targets: a county's air, energy and sewage plan to 2025, a city's
# zero-waste plan (traditional characters), a city's emission, air and water targets, two districts' air plans (one
# never naming its place, one garbled), a city's water work and a city's household-waste sorting (2017-2025), session
# 79; F1 with the session's start 0a089ccd and at 231373b9: 0.839 both
HELDOUT1026_FLOORS = {"f1_target": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1027 (sealed): 8 pages of industry, investment-promotion and tourism targets: a high-tech zone's and a
# district's investment targets (years from their addresses only), a development zone's firm counts to 2027, a
# district's investment promotion and a city's e-commerce (both undated), a prefecture's tourism, a province's
# cultural-tourism towns and a province's industrial clusters (2012-2027), session 79; F1 with the session's start
# 0a089ccd and at 231373b9: 0.484 both
HELDOUT1027_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1028 (sealed): 8 pages of social security, employment and poverty-relief targets: a county's labour-transfer
# tasks (undated), a county's notice raising its minimum-living and subsidy standards (undated, captured twice over;
# old levels as baselines), a district's ten practical projects, a city's employment targets, a city's rural
# revitalisation and poverty work, a city's social-security work meeting, a province's poverty-reduction plan and a
# province's employment and business-loan targets (2013-2020), session 79; F1 with the session's start 0a089ccd and
# at 231373b9: 0.481 both
HELDOUT1028_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1029 (sealed): 8 pages of transport and urban-infrastructure targets: a district's urban construction, a
# county's three-year transport plan (undated), a county-level city's transport tasks, a county-level city's work
# report (its headline results), and four cities' year's transport, utility and construction plans (2015-2024),
# session 79; F1 / actR with the session's start 0a089ccd and at 231373b9: 0.794 / 1.0 both
HELDOUT1029_FLOORS = {"f1_target": 0.74, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1030 (sealed): 8 pages of culture, broadcasting and sport targets: a city's culture plan to 2025, two
# counties' culture industry and services, a county's and a city's broadcasting coverage, a district's, a city's and a
# city's fitness plans (2012-2025; two share only a news site's furniture with held pages), session 79; F1 with the
# session's start 0a089ccd and at 231373b9: 0.854 both
HELDOUT1030_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1031 (sealed): 6 pages: two counties' 2022 budgets (their figures the year's targets, execution results left
# out), a county's science targets to 2015 (traditional characters), a city's science plan (digits set apart by
# spaces; undated), news of a province's work report (its headline results) and a ministry's opinion on a science
# city's 2025 targets (2015-2025), session 79; F1 / actR with the session's start 0a089ccd and at 231373b9: 0.351 /
# 1.0 both
HELDOUT1031_FLOORS = {"f1_target": 0.30, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1032 (sealed): 8 pages on water works, irrigation, rural water supply and housing renewal (shantytowns, old
# residential areas): three counties' and three cities' news or notes, two provinces' news (2012-2024; one page lost
# every year and most totals), session 80; F1 with the session's start 2ffdbb1d and at c793a072: 0.843 both
HELDOUT1032_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1033 (sealed): 6 pages on health and elderly care: two districts' livelihood projects (one a flattened
# progress table in traditional characters), a county's healthy-community template (years masked as 202A), a city's
# 2018 projects, national human-rights and 健康中国2030 news (2016-2030), session 80; F1 with the session's start
# 2ffdbb1d and at c793a072: 0.719 both
HELDOUT1033_FLOORS = {"f1_target": 0.66, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}


# heldout1034 (sealed): 7 pages on farming: four counties' sheep, tea and farmland news, three cities' cattle,
# fisheries and grain targets (one 十四五 plan's summary; 2012-2025, one page of no year), session 80; F1 with the
# session's start 2ffdbb1d and at c793a072: 0.656 both
HELDOUT1034_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1035 (sealed): 6 pages on 5G, e-commerce, exports and energy: a city's 5G stations, a round-up of places' 5G
# targets (traditional characters), a province's rural e-commerce plan (2019 baseline), suburbs' 2003 exports, an
# unnamed district's mid-year targets, a city's energy-intensity caps (2003-2025), session 80; F1 with the session's
# start 2ffdbb1d and at c793a072: 0.486 both
HELDOUT1035_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}


# heldout1036 (sealed): 7 pages on new schools, places and kindergartens: six districts' news (two in traditional
# characters) and a city's rural-teacher allocation to its 17 counties (2014-2025), session 80; F1 with the session's
# start 2ffdbb1d and at c007047e: 0.703 both
HELDOUT1036_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1037 (sealed): 8 pages on ecology and work safety: two districts' and a county's environmental targets, a
# city's water-pollution plan, three cities' and a province's accident-death ceilings (one a statistical bulletin;
# 2007-2022), session 80; F1 with the session's start 2ffdbb1d and at c007047e: 0.391 both
HELDOUT1037_FLOORS = {"f1_target": 0.34, "comparator_accuracy": 0.77, "quote_span_exact": 1.0}


# heldout1038 (sealed): 6 pages on poverty alleviation: two provinces' 2017 tasks (one a congress's resolution), two
# cities' and two counties' targets, one split by town (2017-2019), session 80; F1 with the session's start 2ffdbb1d
# and at c007047e: 0.882 both
HELDOUT1038_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1039 (sealed): 7 pages of annual plans and their execution: five counties' and districts' (half-)year
# results, a city's 2020 plan, a province's first-half report, a district's five-year growth targets (2017-2024;
# 54 results, 10 targets), session 80; F1 / actR with the session's start 2ffdbb1d and at c007047e: 0.952 / 1.0 both
HELDOUT1039_FLOORS = {"f1_target": 0.90, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1040 (sealed): 8 pages of odd captures on farming and water: a spam site's repost, mirror and spun reposts,
# traditional characters with pinyin left in, three counties', two districts' and two cities' targets (2011-2020,
# four pages of no year), session 80; F1 with the session's start 2ffdbb1d and at aa0d527d: 0.857 both
HELDOUT1040_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1041 (sealed): 8 pages of the smallest places: two towns' and a street's plans, three counties' (one a
# 十四五 plan's chapter) and two cities' farming, housing and tourism targets (2010-2025), session 80; F1 with the
# session's start 2ffdbb1d and at aa0d527d: 0.791 both
HELDOUT1041_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


# heldout1042-1047 (read): six sets annotated before their first run in session 83, read after it (helpers'
# searches of the stored pages; first-run F1 / actR with the session's start bb5e020b in each comment)
# heldout1042 (read): 7 pages of farming plans and news (Sichuan, Yunnan, Gansu, Ningxia; 2018-2025): 0.705 / -
HELDOUT1042_FLOORS = {"f1_target": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1043 (read): 7 pages of education plans and news (preschool, high school, vocational; 2010-2025): 0.958 / -
HELDOUT1043_FLOORS = {"f1_target": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1044 (read): 6 pages of a county's annual plan and city and national sector plans (fire, weather, relics;
# 2012-2025): 0.796 / -
HELDOUT1044_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1045 (read): 7 pages of action plans (elderly care, employment, equipment renewal, hydrogen, AI, prepared
# food; 2013-2030): 0.652 / -
HELDOUT1045_FLOORS = {"f1_target": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1046 (read): 7 older pages (two county bulletins of 2011, 十二五 news, a forestry plan, 2007-2012): 0.765 / 0.707
HELDOUT1046_FLOORS = {"f1_target": 0.71, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1047 (read): 8 odd captures (app banners, a Big5 mirror, pinyin residue; progress reports quoting the year's
# tasks; 2007-2020): 0.741 / -
HELDOUT1047_FLOORS = {"f1_target": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1048-1053 (read): six more, annotated before their first run in session 83 and read after it (first-run F1 /
# actR with the session's start bb5e020b; the same with a1c24e00)
# heldout1048 (read): 8 county bulletins and work reports' results (2017-2023; results only): - / 0.745
HELDOUT1048_FLOORS = {"recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1049 (read): 8 livelihood-project lists, hospital and school projects (2011-2022): 0.486 / -
HELDOUT1049_FLOORS = {"f1_target": 0.43, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1050 (read): 7 environmental and water-use target pages (2010-2035): 0.889 / -
HELDOUT1050_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1051 (read): 6 pages of provinces' and cities' growth targets, three of them round-ups (2011-2023):
# 0.781 / 0.85
HELDOUT1051_FLOORS = {"f1_target": 0.73, "recall_actual": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1052 (read): 8 rural pages of towns, counties and cities (roads, irrigation, wheat, solar poverty relief):
# 0.471 / -
HELDOUT1052_FLOORS = {"f1_target": 0.42, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1053 (read): 8 health, culture, film and elderly-care pages with progress (2011-2030): 0.538 / -
HELDOUT1053_FLOORS = {"f1_target": 0.48, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1054-1059 (read): six more, annotated before their first run in session 84 and read after it (first-run F1 /
# actR with the session's start fc60c80d)
# heldout1054 (read): 8 science, technology and talent plans and a town's budget (2008-2025; targets only): 0.819 / -
HELDOUT1054_FLOORS = {"f1_target": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1055 (read): 4 pages of a development zone's and counties' growth and investment targets (2016-2023): 0.850 / -
HELDOUT1055_FLOORS = {"f1_target": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1056 (read): 6 plan pages (low-altitude economy plans, a 十四五 outline's news, national 十五五 indicators,
# transport and sport; 2020-2035): 0.963 / -
HELDOUT1056_FLOORS = {"f1_target": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1057 (read): 8 work reports of central China's cities and counties, mostly their results (2013-2022):
# 0.941 / 0.942
HELDOUT1057_FLOORS = {"f1_target": 0.89, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1058 (read): 7 pages of urban districts and development zones (urban renewal, projects; 2015-2026): 0.844 / -
HELDOUT1058_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.90, "quote_span_exact": 1.0}
# heldout1059 (read): 8 pages of annual tasks (water limits, rural roads, housing, employment, heating; 2011-2020):
# 0.600 / -
HELDOUT1059_FLOORS = {"f1_target": 0.55, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1060-1065 (read): a second six of session 84, the same way (first-run F1 / actR with fc60c80d)
# heldout1060 (read): 8 key-project and annual-task pages of provinces, cities and counties (2009-2020): 0.787 / -
HELDOUT1060_FLOORS = {"f1_target": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1061 (read): 7 task-breakdown and assessment pages, tables one cell per line (2006-2020): 0.614 / -
HELDOUT1061_FLOORS = {"f1_target": 0.56, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1062 (read): 7 bureau summaries and annual targets (education, civil affairs, health, jobs; 2008-2020):
# 0.667 / 1.0
HELDOUT1062_FLOORS = {"f1_target": 0.61, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1063 (read): 6 pages of the south-west and north-west (刺梨, forestry, desert belt, tourism) and Fujian
# (2014-2024): 0.841 / -
HELDOUT1063_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1064 (read): 8 environmental work plans of cities and counties (air, soil, heating; 2014-2020): 0.883 / -
HELDOUT1064_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1065 (read): 8 township and street pages, targets and results (2004-2022): 0.622 / 0.565
HELDOUT1065_FLOORS = {"f1_target": 0.57, "recall_actual": 0.51, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1066-1071 (read): a third six of session 84, the same way (first-run F1 / actR with fc60c80d)
# heldout1066 (read): 6 county education overviews and a city's fitness plan (2019-2025; mostly results): 0.875 / 0.975
HELDOUT1066_FLOORS = {"f1_target": 0.82, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1067 (read): 7 notices dividing targets among departments and places, a work report's targets (2007-2023):
# 0.705 / 0.917
HELDOUT1067_FLOORS = {"f1_target": 0.65, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1068 (read): 6 round-ups and provincial or national pages (GDP results, pigs, toilets, forests; 2017-2023):
# 0.618 / 0.833
HELDOUT1068_FLOORS = {"f1_target": 0.56, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1069 (read): 5 transport, tourism, rural-road, elderly-care and culture plans (2014-2030): 0.906 / -
HELDOUT1069_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1070 (read): 8 progress pages against plans and assigned tasks (2012-2022): 0.565 / -
HELDOUT1070_FLOORS = {"f1_target": 0.51, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1071 (read): 8 pages of the north-east and north (roads, pipes, straw, herbs, grain; 2013-2025): 0.904 / -
HELDOUT1071_FLOORS = {"f1_target": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1072-1077 (read): a fourth six of session 84, the same way (first-run F1 / actR with fc60c80d; the same with
# the session's rules, 1446ae91, before they were read)
# heldout1072 (read): 7 southern pages, a province's work-report news and year tasks (2013-2019): 0.853 / 1.0
HELDOUT1072_FLOORS = {"f1_target": 0.80, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1073 (read): 7 task lists and ledgers of counties, a town and provinces (2016-2023): 0.797 / -
HELDOUT1073_FLOORS = {"f1_target": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1074 (read): 8 progress bulletins and key-project lists against their plans (2013-2025): 0.558 / -
HELDOUT1074_FLOORS = {"f1_target": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1075 (read): 7 health pages (family doctors, rural medical insurance; 2008-2017): 0.581 / -
HELDOUT1075_FLOORS = {"f1_target": 0.53, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1076 (read): 8 county education-bureau plans (teacher recruitment, school building; 2005-2022): 0.548 / 1.0
HELDOUT1076_FLOORS = {"f1_target": 0.49, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1077 (read): 6 industry plans captured from mirrors in traditional characters (2015-2027): 0.956 / -
HELDOUT1077_FLOORS = {"f1_target": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1078-1083 (read): session 85's six, the same way (first-run F1 / actR with b1ce461b; the same with the
# session's first rule, b9de4891, before they were read)
# heldout1078 (read): 5 western work-report results pages and a doubling programme (2011-2025): 0.0 / 1.0
HELDOUT1078_FLOORS = {"f1_target": 0.0, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1079 (read): 8 township and street summaries and plans (2008-2026): 0.718 / 0.977
HELDOUT1079_FLOORS = {"f1_target": 0.66, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1080 (read): 5 energy, power-grid, water and transport plan pages (1996-2025): 0.765 / 0.8
HELDOUT1080_FLOORS = {"f1_target": 0.71, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1081 (read): 5 culture, sports, civil-affairs and livelihood-project pages (2017-2024): 0.936 / -
HELDOUT1081_FLOORS = {"f1_target": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1082 (read): 7 progress pages against annual targets (2011-2020): 0.392 / -
HELDOUT1082_FLOORS = {"f1_target": 0.34, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1083 (read): 5 kindergarten and school layout plans and preschool news (2013-2035): 0.2 / 1.0
HELDOUT1083_FLOORS = {"f1_target": 0.15, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1084-1089 (read): session 85's second six (first-run F1 / actR with b1ce461b; with the session's rules at
# cbcfa524, before they were read, the same except heldout1087 0.600 / 0.909)
# heldout1084 (read): 8 market-regulation, quality and food-safety plans (2016-2027): 0.880 / -
HELDOUT1084_FLOORS = {"f1_target": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1085 (read): 8 science, technology and intellectual-property plans (2015-2026): 0.848 / -
HELDOUT1085_FLOORS = {"f1_target": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1086 (read): 8 shanty-town and old-estate renovation pages (2015-2024): 0.637 / 1.0
HELDOUT1086_FLOORS = {"f1_target": 0.58, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1087 (read): 7 commerce and investment-promotion pages, mostly results (2012-2023): 0.632 / 0.927
HELDOUT1087_FLOORS = {"f1_target": 0.55, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1088 (read): 6 informatisation and information-consumption plans (2009-2020): 0.946 / -
HELDOUT1088_FLOORS = {"f1_target": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1089 (read): 8 afforestation and soil-conservation pages (2013-2025): 0.974 / 1.0
HELDOUT1089_FLOORS = {"f1_target": 0.92, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1090-1095 (read): session 85's third six (first-run F1 / actR with b1ce461b; the same with the session's
# rules at b07204d1, before they were read)
# heldout1090 (read): 6 health plans and livelihood results pages (2010-2035): 0.970 / 0.217
HELDOUT1090_FLOORS = {"f1_target": 0.91, "recall_actual": 0.16, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1091 (read): 8 air and water quality plans and results (2016-2020): 0.593 / 0.868
HELDOUT1091_FLOORS = {"f1_target": 0.54, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1092 (read): 7 tourism targets and results pages (2016-2023): 0.548 / 0.789
HELDOUT1092_FLOORS = {"f1_target": 0.49, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1093 (read): 8 county and city budget reports (2015-2024): 1.0 / 0.92
HELDOUT1093_FLOORS = {"f1_target": 0.95, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1094 (read): 8 development-zone work plans and conference news (2010-2025): 0.832 / 0.917
HELDOUT1094_FLOORS = {"f1_target": 0.78, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1095 (read): 8 energy-saving and emission-reduction results and plans (2009-2022): 0.379 / 0.826
HELDOUT1095_FLOORS = {"f1_target": 0.32, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1096-1101 (read): session 85's fourth six (first-run F1 / actR with b1ce461b; the same with all the
# session's rules at b5c71e17, before they were read)
# heldout1096 (read): 8 rural drinking-water and toilet pages (2016-2020): 0.604 / 0.694
HELDOUT1096_FLOORS = {"f1_target": 0.55, "recall_actual": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1097 (read): 7 sports and fitness plans and results (2015-2025): 0.608 / 0.571
HELDOUT1097_FLOORS = {"f1_target": 0.55, "recall_actual": 0.52, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1098 (read): 8 population and family-planning pages (2004-2014): 0.710 / 0.661
HELDOUT1098_FLOORS = {"f1_target": 0.66, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1099 (read): 8 social-insurance results and targets pages (2011-2018): 0.744 / 0.5
HELDOUT1099_FLOORS = {"f1_target": 0.69, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1100 (read): 6 urbanisation plans and targets (2012-2025): 0.913 / -
HELDOUT1100_FLOORS = {"f1_target": 0.86, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# heldout1101 (read): 6 pages of Tibet, Xinjiang, Qinghai, Ningxia and Inner Mongolia, mostly results (2009-2025):
# 0.667 / 0.9
HELDOUT1101_FLOORS = {"f1_target": 0.61, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1102-1107 (read): session 85's fifth six (first-run F1 / actR with b1ce461b; the same with all the
# session's rules at 183debda, before they were read)
# heldout1102 (read): 8 rural-road and highway pages (2006-2024): 0.710 / 0.455
HELDOUT1102_FLOORS = {"f1_target": 0.66, "recall_actual": 0.40, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1103 (read): 7 public-culture plans and livelihood-project reports (2016-2025): 0.400 / 0.667
HELDOUT1103_FLOORS = {"f1_target": 0.35, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1104 (read): 8 skills-training and skilled-talent plans (2011-2025): 0.911 / 0.867
HELDOUT1104_FLOORS = {"f1_target": 0.86, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1105 (read): 7 fishery, pig and grain plans and results (2009-2026): 0.927 / 0.295
HELDOUT1105_FLOORS = {"f1_target": 0.87, "recall_actual": 0.24, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}
# heldout1106 (read): 8 work-safety plans and results against annual limits (2005-2020): 0.318 / 0.441
HELDOUT1106_FLOORS = {"f1_target": 0.26, "recall_actual": 0.39, "comparator_accuracy": 0.82, "quote_span_exact": 1.0}
# heldout1107 (read): 6 northern work reports and yearbook overviews, results only (no gold target: F1 0 whatever
# the extractor does; the set measures actuals) (2013-2018): 0.0 / 0.988
HELDOUT1107_FLOORS = {"f1_target": 0.0, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1108-1113 (read): session 86's six (first-run F1 / actR with eeef2948)
# heldout1108 (read): 7 employment targets and results pages (2010-2023): 0.867 / 0.742
HELDOUT1108_FLOORS = {"f1_target": 0.81, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1109 (read): 6 poverty-alleviation and rural-revitalisation pages (2016-2020): 0.737 / 0.884
HELDOUT1109_FLOORS = {"f1_target": 0.68, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1110 (read): 5 county work reports of central provinces, results only (no gold target: F1 0 whatever the
# extractor does; the set measures actuals) (2010-2024): 0.0 / 0.978
HELDOUT1110_FLOORS = {"f1_target": 0.0, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1111 (read): 8 municipal utilities, waste and greening pages (2010-2025): 0.979 / 0.824
HELDOUT1111_FLOORS = {"f1_target": 0.92, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1112 (read): 6 carbon-peaking plans and news of them, targets only (2021-2030): 0.873 / -
HELDOUT1112_FLOORS = {"f1_target": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1113 (read): 6 meeting news and progress reports against annual targets (2012-2022): 0.273 / 0.341
HELDOUT1113_FLOORS = {"f1_target": 0.22, "recall_actual": 0.29, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1114-1119 (read): session 86's second six (first-run F1 / actR with eeef2948; the same with the session's
# rules at e6b86698 and with the year-so-far rule, before they were read)
# heldout1114 (read): 8 water-conservancy and farmland-irrigation plans and results (2010-2017): 0.811 / 0.444
HELDOUT1114_FLOORS = {"f1_target": 0.76, "recall_actual": 0.39, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1115 (read): 5 education bureaus' annual plans and news of them (2012-2024): 0.839 / 1.0
HELDOUT1115_FLOORS = {"f1_target": 0.78, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1116 (read): 7 mid-year progress reports, one gold target (F1 0 or 1 on it alone) (2006-2023): 0.0 / 0.328
HELDOUT1116_FLOORS = {"f1_target": 0.0, "recall_actual": 0.27, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1117 (read): 8 industry and manufacturing plans and results (2009-2023): 0.769 / 0.513
HELDOUT1117_FLOORS = {"f1_target": 0.71, "recall_actual": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1118 (read): 7 agricultural-modernisation plans and news of them, targets only (2010-2023): 0.718 / -
HELDOUT1118_FLOORS = {"f1_target": 0.66, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1119 (read): 5 southern city work reports' results sections, two gold targets (2006-2017): 0.0 / 0.946
HELDOUT1119_FLOORS = {"f1_target": 0.0, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1120-1125: session 87's six (first-run F1 / actR with 919ce1fb, before they were read); heldout1122 and
# heldout1125 sealed (read for their summary lines only)
# heldout1120 (read): 1 county half-year work summary, two gold targets (2025): 0.0 / 0.857
HELDOUT1120_FLOORS = {"f1_target": 0.0, "recall_actual": 0.8, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1121 (read): 5 five-year reviews of party congresses, work reports and two sessions, actuals only (the
# extractor's false targets lower its F1 from 0, none) (2016-2022): 0.0 / 0.704
HELDOUT1121_FLOORS = {"f1_target": 0.0, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1122 (sealed): 7 women's and children's development plans and news of them (2011-2022): 0.841 / 0.724
HELDOUT1122_FLOORS = {"f1_target": 0.79, "recall_actual": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1123 (read): 7 work reports of Shanghai and Tianjin districts and Zhejiang and Jiangsu cities (2015-2022):
# 0.941 / 0.877
HELDOUT1123_FLOORS = {"f1_target": 0.89, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1124 (read): 5 ecological and environmental plans and news of them (2010-2018): 0.625 / 1.0
HELDOUT1124_FLOORS = {"f1_target": 0.57, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1125 (sealed): 8 talent and science-literacy plans and survey results (2009-2022): 0.873 / 0.545
HELDOUT1125_FLOORS = {"f1_target": 0.82, "recall_actual": 0.49, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1126-1129: session 87's second batch (first-run F1 / actR the same with 919ce1fb and with the session's rules
# at 4bced8ca, before they were read); heldout1129 sealed
# heldout1126 (read): 5 province-level work reports and news of results, three gold targets (2005-2013): 0.545 / 0.725
HELDOUT1126_FLOORS = {"f1_target": 0.49, "recall_actual": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1127 (read): 8 port, airport and logistics plans and results (2011-2026): 0.926 / 0.433
HELDOUT1127_FLOORS = {"f1_target": 0.87, "recall_actual": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1128 (read): 8 retail-sales and income results of cities and counties, two gold targets (2008-2025): 0.286 / 0.44
HELDOUT1128_FLOORS = {"f1_target": 0.23, "recall_actual": 0.39, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1129 (sealed): 8 new areas' and development zones' plans and results (2008-2024, two undated): 0.980 / 0.966
HELDOUT1129_FLOORS = {"f1_target": 0.93, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 88's four sets, annotated by helpers before any run (first-run target F1 / actual R, the same with the start's
# library 51b68d3a and with the session's two rules at 5a775d5d, before they were read); heldout1131 and heldout1133 sealed
# heldout1130 (read): 8 meteorology, earthquake and geological-disaster plans and results (2016-2025): 0.765 / 0.267
HELDOUT1130_FLOORS = {"f1_target": 0.71, "recall_actual": 0.21, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1131 (sealed): 8 telecom, broadband and radio/TV coverage plans and results: 0.886 / 0.291
HELDOUT1131_FLOORS = {"f1_target": 0.83, "recall_actual": 0.24, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1132 (read): 8 supply-and-marketing cooperative, tobacco and foreign-trade pages: 0.8 / 1.0
HELDOUT1132_FLOORS = {"f1_target": 0.75, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1133 (sealed): 8 rule-of-law, hotline, anti-drug, volunteer and charity pages, mostly results: 0.649 / 0.659
HELDOUT1133_FLOORS = {"f1_target": 0.59, "recall_actual": 0.6, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1134-1137: session 88's second batch (first-run F1 / actR the same with 51b68d3a and with the session's four
# rules at 2a26d0f5, before they were read); heldout1135 and heldout1137 sealed
# heldout1134 (read): 8 state-owned enterprise and housing provident fund targets and results (2008-2022): 0.75 / 0.791
HELDOUT1134_FLOORS = {"f1_target": 0.7, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1135 (sealed): 8 land supply, land consolidation and marine economy pages (2011-2025): 0.951 / 0.742
HELDOUT1135_FLOORS = {"f1_target": 0.9, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1136 (read): 8 hydrogen, exhibition, live-streaming and private-economy pages (2015-2030): 0.914 / 0.769
HELDOUT1136_FLOORS = {"f1_target": 0.86, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1137 (sealed): 8 civil air defence, veterans, chronicles, archives and speciality-crop pages: 0.81 / 0.895
HELDOUT1137_FLOORS = {"f1_target": 0.76, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 89's eight sets, annotated by helpers before any run (first-run target F1 / actual R, the same with the start's
# library e1073f87 and with the session's ranking rule, before they were read); 1139, 1141, 1143 and 1145 sealed
# heldout1138: 8 public-health pages (AIDS, TB, vaccination, blood donation, mental health, chronic disease): 0.9706 / 0.84
HELDOUT1138_FLOORS = {"f1_target": 0.92, "recall_actual": 0.79, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1139 (sealed): 8 urban-infrastructure pages (utility tunnels, sponge city, rail transit, buses, charging piles, parking): 0.5517 / 0.6923
HELDOUT1139_FLOORS = {"f1_target": 0.50, "recall_actual": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1140: 8 finance pages (listed companies, loans, inclusive finance, insurance): 0.94 / 0.4324
HELDOUT1140_FLOORS = {"f1_target": 0.89, "recall_actual": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1141 (sealed): 8 industrial-sector pages (textiles, chips, data centres, cars, petrochemicals, ceramics, software, building materials): 0.9143 / 0.6667
HELDOUT1141_FLOORS = {"f1_target": 0.86, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1142: 8 social-governance pages (ethnic affairs, traffic safety, petitions, anti-drug work, grid governance): 0.8485 / 0.8701
HELDOUT1142_FLOORS = {"f1_target": 0.79, "recall_actual": 0.82, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}
# heldout1143 (sealed): 8 ecology pages (desertification, wetlands, biodiversity, nature reserves, soil, noise): 0.7297 / 0.4
HELDOUT1143_FLOORS = {"f1_target": 0.67, "recall_actual": 0.35, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1144: 8 civil-affairs pages (funeral services, disability, social assistance, child welfare): 0.5504 / 0.0
HELDOUT1144_FLOORS = {"f1_target": 0.50, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1145 (sealed): 8 services pages (express delivery, property management, housekeeping, catering, hotels, talent housing): 0.6191 / 0.2727
HELDOUT1145_FLOORS = {"f1_target": 0.56, "recall_actual": 0.22, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 90's eight sets, annotated by helpers before any run (first-run target F1 / actual R with the start's
# library 4a6d2e44, before they were read); 1147, 1149, 1151 and 1153 sealed
# heldout1146: 8 township and street-level pages (town master plan, land-use plan, subdistrict plans, results news, half-year report): 0.7556 / 0.7424
HELDOUT1146_FLOORS = {"f1_target": 0.70, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1147 (sealed): 8 medical-security pages (rural co-operative and medical insurance, county medical alliances, hospital building, family doctors): 0.6 / 0.7872
HELDOUT1147_FLOORS = {"f1_target": 0.55, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1148: 8 fire-safety and emergency pages (fire stations, forest fire prevention, emergency shelters, relief reserves): 0.8829 / 0.3333
HELDOUT1148_FLOORS = {"f1_target": 0.83, "recall_actual": 0.28, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# heldout1149 (sealed): 8 culture pages (reading promotion, culture industry, heritage protection, rural film screening, cinemas): 0.6966 / 1.0
HELDOUT1149_FLOORS = {"f1_target": 0.64, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1150: 8 major-project and fixed-asset investment plan and results pages: 0.6033 / 0.7222
HELDOUT1150_FLOORS = {"f1_target": 0.55, "recall_actual": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1151 (sealed): 8 school-place pages (school-building plans, kindergartens, replies to deputies, project approvals): 0.5834 / 1.0
HELDOUT1151_FLOORS = {"f1_target": 0.53, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1152: 8 youth and workers pages (Communist Youth League task lists, trade-union service projects, graduates' retention): 0.8958 / 0.0
HELDOUT1152_FLOORS = {"f1_target": 0.84, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1153 (sealed): 8 natural-resources pages (mineral-resource plans, farmland protection, green mines, land consolidation): 0.6931 / 0.9286
HELDOUT1153_FLOORS = {"f1_target": 0.64, "recall_actual": 0.87, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}
# Session 90's second eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library 4a6d2e44, before they were read); 1155, 1157, 1159 and 1161 sealed
# heldout1154: 8 rural collective-economy pages (village collective income, weak-village elimination, model villages): 0.5714 / 0.8
HELDOUT1154_FLOORS = {"f1_target": 0.52, "recall_actual": 0.75, "comparator_accuracy": 0.83, "quote_span_exact": 1.0}
# heldout1155 (sealed): 8 railway, expressway and rail-transit pages (meetings, results, a 十三五 plan, a work report, an action plan): 0.5202 / 0.8929
HELDOUT1155_FLOORS = {"f1_target": 0.47, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1156: 8 traditional-Chinese-medicine pages (herb-growing bases, TCM industry plans, township TCM clinics): 0.5807 / 0.56
HELDOUT1156_FLOORS = {"f1_target": 0.53, "recall_actual": 0.51, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1157 (sealed): 8 plan-execution pages (execution reports cut before their targets, annual-plan news, key-project bulletins): 0.7 / 0.75
HELDOUT1157_FLOORS = {"f1_target": 0.65, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1158: 8 market-entity and business-environment pages (cultivation plans, private-economy plans, online services): 0.9248 / 0.4615
HELDOUT1158_FLOORS = {"f1_target": 0.87, "recall_actual": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1159 (sealed): 8 higher-education pages (university towns, new campuses, a round-up of five provinces' plans): 0.5778 / 0.4211
HELDOUT1159_FLOORS = {"f1_target": 0.52, "recall_actual": 0.37, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1160: 8 special-education and student-aid pages (special schools, aid bulletins, a plan's current situation): 0.4071 / 0.3421
HELDOUT1160_FLOORS = {"f1_target": 0.35, "recall_actual": 0.29, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1161 (sealed): 8 county-economy pages (strong-county rankings, county results, a county's five-year goals): 0.6087 / 0.7091
HELDOUT1161_FLOORS = {"f1_target": 0.55, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 90's third eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library 4a6d2e44, before they were read); 1163, 1165, 1167 and 1169 sealed
# heldout1162: 8 agricultural-mechanisation pages (machinery plans, facility agriculture, sugarcane mechanisation, a regiment's greenhouses): 0.7642 / 1.0
HELDOUT1162_FLOORS = {"f1_target": 0.71, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1163 (sealed): 8 teacher-workforce pages (recruitment and training targets, rural-teacher subsidies, staffing norms, rotation): 0.5979 / 0.6364
HELDOUT1163_FLOORS = {"f1_target": 0.54, "recall_actual": 0.58, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}
# heldout1164: 8 community-service pages (15-minute living circles, community canteens, service centres): 0.7692 / 0.6667
HELDOUT1164_FLOORS = {"f1_target": 0.71, "recall_actual": 0.61, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1165 (sealed): 8 innovation-platform pages (incubator clusters, maker spaces, high-tech zones): 0.9014 / 0.9062
HELDOUT1165_FLOORS = {"f1_target": 0.85, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1166: 8 autonomous-area pages (prefecture and county work reports, five-year reviews, an academic article): 0.6939 / 0.7778
HELDOUT1166_FLOORS = {"f1_target": 0.64, "recall_actual": 0.72, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# heldout1167 (sealed): 8 grain-reserve pages (reserve plans, storage projects, sowing areas): 0.505 / 0.0
HELDOUT1167_FLOORS = {"f1_target": 0.45, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1168: 8 compulsory-education pages (student nutrition, dropout control, education poverty relief): 0.4138 / 0.3529
HELDOUT1168_FLOORS = {"f1_target": 0.36, "recall_actual": 0.30, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1169 (sealed): 8 power-grid pages (grid plans, substations, rural grid upgrades, investment allocations): 0.8522 / 0.913
HELDOUT1169_FLOORS = {"f1_target": 0.80, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 90's fourth eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library 4a6d2e44, before they were read); 1171, 1173, 1175 and 1177 sealed
# heldout1170: 8 rural-sewage and toilet pages (treatment-plant plans, village sewage rates, project approvals): 0.75 / 0.8182
HELDOUT1170_FLOORS = {"f1_target": 0.70, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1171 (sealed): 8 rural-tourism pages (scenic villages, farm stays, homestay opinions): 0.8163 / 1.0
HELDOUT1171_FLOORS = {"f1_target": 0.76, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1172: 8 school-health pages (myopia, physical fitness, school football, health checks): 0.6117 / 0.6522
HELDOUT1172_FLOORS = {"f1_target": 0.56, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1173 (sealed): 8 lifelong-learning pages (universities for the elderly, community education, building projects): 0.7952 / 0.0
HELDOUT1173_FLOORS = {"f1_target": 0.74, "recall_actual": 0.00, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}
# heldout1174: 8 Northeast pages (Liaoning, Jilin, Heilongjiang: plan reviews, work reports, project news): 0.6296 / 0.8636
HELDOUT1174_FLOORS = {"f1_target": 0.57, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1175 (sealed): 8 Northwest pages (Ningxia, Shaanxi, Gansu, Qinghai: projects, land consolidation, forestry, results): 0.7312 / 0.7556
HELDOUT1175_FLOORS = {"f1_target": 0.68, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1176: 8 Southwest pages (Sichuan, Guizhou, Chongqing, Yunnan: county plans, results, a work report): 0.6141 / 0.7879
HELDOUT1176_FLOORS = {"f1_target": 0.56, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1177 (sealed): 8 pages of 2002-2008 (work reports, a statistical bulletin, 十一五 round-ups, a town's results): 1.0 / 0.9326
HELDOUT1177_FLOORS = {"f1_target": 0.95, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 91's eight sets, annotated by helpers before any run (first-run target F1 / actual R with the start's
# library e6929a99, before they were read); 1179, 1181, 1183 and 1185 sealed
# heldout1178: 8 animal-husbandry and fisheries pages (livestock tasks, fishing ports, dairy and fisheries plans, aquaculture results): 0.6857 / 1.0
HELDOUT1178_FLOORS = {"f1_target": 0.63, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1179 (sealed): 8 food-safety and market-supervision pages (catering and demonstration-county plans, sampling results, complaints): 0.7654 / 0.7679
HELDOUT1179_FLOORS = {"f1_target": 0.71, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1180: 8 party-congress and plenary-session pages (speeches, proposals, decisions: few values, 2 targets): 0.0 / 0.2069
HELDOUT1180_FLOORS = {"f1_target": 0.00, "recall_actual": 0.15, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1181 (sealed): 8 sports and national-fitness pages (project briefs, a sports plan, livelihood results, a bulletin): 0.5283 / 0.7447
HELDOUT1181_FLOORS = {"f1_target": 0.47, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1182: 8 energy-saving and renewable-energy pages (solar stations, building retrofits, energy work points): 0.8907 / 1.0
HELDOUT1182_FLOORS = {"f1_target": 0.84, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1183 (sealed): 8 water-conservancy pages (water plans, village tap water, farmland water projects, a plan's review): 0.6286 / 1.0
HELDOUT1183_FLOORS = {"f1_target": 0.57, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1184: 8 housing-security and urban-renewal pages (棚改 tasks by district, results, work-report news): 0.9257 / 0.381
HELDOUT1184_FLOORS = {"f1_target": 0.87, "recall_actual": 0.33, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1185 (sealed): 8 pages of 2010-2013 (十二五 goals and tables, annual tasks, a plan draft's review): 0.7151 / 0.775
HELDOUT1185_FLOORS = {"f1_target": 0.66, "recall_actual": 0.72, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 91's second eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library e6929a99, before they were read); 1187, 1189, 1191 and 1193 sealed
# heldout1186: 8 department work-summary and next-year pages (transport conferences, bureau summaries and plans, project progress): 0.8675 / 0.9714
HELDOUT1186_FLOORS = {"f1_target": 0.81, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1187 (sealed): 8 responsibility-letter, assessment and task-breakdown pages (safety, poverty, rural roads, 十四五 task lists): 0.7045 / 0.5714
HELDOUT1187_FLOORS = {"f1_target": 0.65, "recall_actual": 0.52, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1188: 2 policy-interpretation pages (a mayor's press session, a 十四五 reading): results only, no targets; the store had no more: 0.0 / 0.7
HELDOUT1188_FLOORS = {"f1_target": 0.00, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1189 (sealed): 8 plan-evaluation pages (十一五-十三五 reviews and mid-term reports, a three-year plan's results): 0.4286 / 0.7922
HELDOUT1189_FLOORS = {"f1_target": 0.37, "recall_actual": 0.74, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1190: 8 十五五 pages (2026 provincial growth targets, the national outline, county 2026 schemes and results): 0.7851 / 0.3684
HELDOUT1190_FLOORS = {"f1_target": 0.73, "recall_actual": 0.31, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1191 (sealed): 3 flattened indicator tables (eco-county standards, one cell per line or spaces): targets only; the store had no more: 0.8148 / None
HELDOUT1191_FLOORS = {"f1_target": 0.76, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1192: 8 county and district pages of 2016-2018 (project lists, annual plans, reviews, a bulletin, a work report): 0.8333 / 0.9737
HELDOUT1192_FLOORS = {"f1_target": 0.78, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1193 (sealed): 8 Hebei, Shandong, Jiangsu and Zhejiang county and district pages (new areas, project news, reports, a bulletin): 0.75 / 0.3
HELDOUT1193_FLOORS = {"f1_target": 0.70, "recall_actual": 0.25, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 91's third eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library e6929a99, before they were read); 1195, 1197, 1199 and 1201 sealed
# heldout1194: 8 school pages (school building and expansion, enrolment-rate targets, a school profile, kindergartens): 0.5208 / 0.875
HELDOUT1194_FLOORS = {"f1_target": 0.47, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1195 (sealed): 8 hospital-building pages (new hospitals and wards, a county hospital's plan approval, a health bureau's reply): 0.2338 / None
HELDOUT1195_FLOORS = {"f1_target": 0.18, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1196: 8 department work-point and results pages (key projects, transport, water, agriculture bureaus): 0.4706 / 0.6667
HELDOUT1196_FLOORS = {"f1_target": 0.42, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1197 (sealed): 8 village and community pages (demonstration villages, village committees' goals, community service centres): 0.7164 / 0.5
HELDOUT1197_FLOORS = {"f1_target": 0.66, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1198: 3 county and city education-bureau pages (an enrolment plan, a bureau's results and park project, new schools): the store had no more: 0.6 / 0.8667
HELDOUT1198_FLOORS = {"f1_target": 0.55, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1199 (sealed): 8 replies to deputies' suggestions and CPPCC proposals (projects, schools, toilets, urban renewal): 0.52 / 0.5294
HELDOUT1199_FLOORS = {"f1_target": 0.47, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1200: 8 mainland plan pages relayed in traditional characters (Hong Kong papers, 中新社 mirrors, a gov.cn gateway): 0.5843 / 0.3864
HELDOUT1200_FLOORS = {"f1_target": 0.53, "recall_actual": 0.33, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1201 (sealed): 8 pages of 1996-2002 (a county chronicle's plans, a city's 12 practical projects, bulletins, reviews): 0.5556 / 0.9358
HELDOUT1201_FLOORS = {"f1_target": 0.50, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 91's fourth eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library e6929a99, before they were read); 1203, 1205, 1207 and 1209 sealed
# heldout1202: 8 county and township target pages (the WeChat focus found none: 两会 targets, project plans, a toilet notice): 0.7901 / 0.0
HELDOUT1202_FLOORS = {"f1_target": 0.74, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1203 (sealed): 8 self-media and portal relays (a 网易号 work report, district plans, small cities, 十四五 results): 0.6014 / 0.4615
HELDOUT1203_FLOORS = {"f1_target": 0.55, "recall_actual": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1204: 8 document-site copies of town and county summaries (year-end reviews, a few targets): 0.7369 / 0.8587
HELDOUT1204_FLOORS = {"f1_target": 0.68, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1205 (sealed): 8 master-plan and spatial-plan pages (plan texts and news, a flattened indicator table, baselines): 0.6236 / None
HELDOUT1205_FLOORS = {"f1_target": 0.57, "recall_actual": 0.00, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}
# heldout1206: 8 project approval and environmental-assessment notices (construction scale, investment, design parameters): 0.3178 / None
HELDOUT1206_FLOORS = {"f1_target": 0.26, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1207 (sealed): 8 project start and signing ceremony pages (counts started, batch investment, showcase projects): 0.3765 / 0.8182
HELDOUT1207_FLOORS = {"f1_target": 0.32, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1208: 8 government meeting pages (mobilisation, on-site and executive meetings: few values): 0.3768 / 0.0
HELDOUT1208_FLOORS = {"f1_target": 0.32, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1209 (sealed): 8 county and district year-end and mid-year summaries (bureau summaries, first-half results): 0.4667 / 0.8404
HELDOUT1209_FLOORS = {"f1_target": 0.41, "recall_actual": 0.79, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# Session 92's eight sets, annotated by helpers before any run (first-run target F1 / actual R with the start's
# library 060dd77e, before they were read); 1211, 1213, 1215 and 1217 sealed
# heldout1210: 8 women's and children's development plan pages (plan texts, mid-term monitoring, final evaluations): 0.6207 / 0.5125
HELDOUT1210_FLOORS = {"f1_target": 0.57, "recall_actual": 0.46, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1211 (sealed): 8 disabled persons' and veterans' pages (a five-year plan's news, rehabilitation schemes, task results): 0.6024 / 0.4219
HELDOUT1211_FLOORS = {"f1_target": 0.55, "recall_actual": 0.37, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# heldout1212: 8 work safety, emergency and flood control pages (fire stations, flood-season works, a target table): 0.6718 / 1.0
HELDOUT1212_FLOORS = {"f1_target": 0.62, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1213 (sealed): 8 land use and farmland protection pages (farmland projects, an approval, results against a land plan): 0.75 / 0.3667
HELDOUT1213_FLOORS = {"f1_target": 0.70, "recall_actual": 0.31, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1214: 8 science and technology pages (county targets, annual work opinions and points, progress reports): 0.7521 / 0.4038
HELDOUT1214_FLOORS = {"f1_target": 0.70, "recall_actual": 0.35, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# heldout1215 (sealed): 8 talent development pages (talent plans' news, plan texts with review tables, meeting news): 0.8254 / 0.5227
HELDOUT1215_FLOORS = {"f1_target": 0.77, "recall_actual": 0.47, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1216: 8 port, airport, railway and logistics pages (waterway schemes, approvals, groundbreakings): 0.797 / 0.6667
HELDOUT1216_FLOORS = {"f1_target": 0.74, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1217 (sealed): 8 budget and tax revenue pages (revenue tasks, budget-report news, 三公 budgets, a quarter's bulletin): 0.4082 / 0.7647
HELDOUT1217_FLOORS = {"f1_target": 0.35, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 92's second eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library 060dd77e, before they were read); 1219, 1221, 1223 and 1225 sealed
# heldout1218: 8 mineral resources and geology pages (prospecting and mineral plans, geological hazard plans, green mines): 0.7634 / 0.5667
HELDOUT1218_FLOORS = {"f1_target": 0.71, "recall_actual": 0.51, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1219 (sealed): 8 meteorology and earthquake prevention pages (a plan text, county work points, meeting and results news): 0.4 / 0.5294
HELDOUT1219_FLOORS = {"f1_target": 0.35, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1220: 8 archives, museums and public reading pages (library and archive buildings, reading schemes, a project sheet): 0.7693 / 1.0
HELDOUT1220_FLOORS = {"f1_target": 0.71, "recall_actual": 0.95, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1221 (sealed): 8 commerce, consumption and foreign trade pages (e-commerce plans, half-year summaries, quarterly results): 0.8 / 0.4512
HELDOUT1221_FLOORS = {"f1_target": 0.75, "recall_actual": 0.40, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1222: 8 population and family planning pages (county and province targets, a town work plan, bulletin news): 0.8319 / 0.9677
HELDOUT1222_FLOORS = {"f1_target": 0.78, "recall_actual": 0.91, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}
# heldout1223 (sealed): 8 agricultural mechanisation and seed industry pages (machinery work goals, subsidy schemes, plan news): 0.8817 / 0.7692
HELDOUT1223_FLOORS = {"f1_target": 0.83, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1224: 8 partner assistance and east-west cooperation pages (aid plans, agreements, bulletins, a self-assessment): 0.5769 / 0.7805
HELDOUT1224_FLOORS = {"f1_target": 0.52, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1225 (sealed): 8 water supply, gas, heating and telecoms pages (a water plan, gas pipe renewal, a heating plan's table): 0.6018 / 0.1667
HELDOUT1225_FLOORS = {"f1_target": 0.55, "recall_actual": 0.11, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 92's third eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library 060dd77e, before they were read); 1227, 1229, 1231 and 1233 sealed
# heldout1226: 8 garbage sorting and sanitation pages (a district scheme, a sanitation plan's news, waste-to-energy plants): 0.8081 / 1.0
HELDOUT1226_FLOORS = {"f1_target": 0.75, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1227 (sealed): 8 public transport, parking and charging pages (a charging-pile scheme, a parking plan, metro and bus news): 0.8195 / 1.0
HELDOUT1227_FLOORS = {"f1_target": 0.76, "recall_actual": 0.95, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# heldout1228: 8 business environment and market entity pages (a metro area's plan news, county schemes, results news): 0.8706 / 0.875
HELDOUT1228_FLOORS = {"f1_target": 0.82, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1229 (sealed): 8 finance and listed company pages (listing plans, a city's finance targets, a province's capital-market news): 0.9565 / 0.7
HELDOUT1229_FLOORS = {"f1_target": 0.90, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1230: 8 cultural industry and heritage pages (relic vacating, A-grade scenic areas, a county's creation targets): 0.8155 / 0.6774
HELDOUT1230_FLOORS = {"f1_target": 0.76, "recall_actual": 0.62, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1231 (sealed): 8 labour export and skills training pages (a city scheme, province plan news, town and county results): 0.8395 / 0.8235
HELDOUT1231_FLOORS = {"f1_target": 0.78, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1232: 8 new urbanisation and county town pages (central towns, characteristic towns, a city's work report): 0.8453 / 0.2667
HELDOUT1232_FLOORS = {"f1_target": 0.79, "recall_actual": 0.21, "comparator_accuracy": 0.92, "quote_span_exact": 1.0}
# heldout1233 (sealed): 8 specialty agriculture pages (tea, fruit, herbs and fungi: targets, project news, quarterly progress): 0.6993 / 0.6538
HELDOUT1233_FLOORS = {"f1_target": 0.64, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 92's fourth eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library 060dd77e, before they were read); 1235, 1237, 1239 and 1241 sealed
# heldout1234: 8 solar, wind and new energy pages (county results and progress, city plan news, a work report's news): 0.7816 / 0.4615
HELDOUT1234_FLOORS = {"f1_target": 0.73, "recall_actual": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1235 (sealed): 8 state-owned enterprise pages (a district plan text with a table, province plan news, meeting news): 0.8428 / 0.7857
HELDOUT1235_FLOORS = {"f1_target": 0.79, "recall_actual": 0.73, "comparator_accuracy": 0.93, "quote_span_exact": 1.0}
# heldout1236: 8 medical and social insurance pages (labour and social security conferences, coverage targets, results): 0.5421 / 0.64
HELDOUT1236_FLOORS = {"f1_target": 0.49, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1237 (sealed): 8 traditional medicine and public health pages (a TCM meeting, hospital projects, vaccination bulletins): 0.566 / 0.4103
HELDOUT1237_FLOORS = {"f1_target": 0.51, "recall_actual": 0.36, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1238: 8 wetland, nature reserve and biodiversity pages (red-line plans, park projects, results news): 0.6984 / 0.6452
HELDOUT1238_FLOORS = {"f1_target": 0.64, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1239 (sealed): 8 foreign capital and open economy pages (a policy notice, review press conferences, results news): 0.7027 / 0.8202
HELDOUT1239_FLOORS = {"f1_target": 0.65, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1240: 8 exhibition, hotel and service industry pages (exhibition plans, a doubling plan, service clusters): 0.7939 / 0.5714
HELDOUT1240_FLOORS = {"f1_target": 0.74, "recall_actual": 0.52, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1241 (sealed): 8 water saving and drinking water pages (project news, an implementation plan, a pilot scheme, results): 0.835 / 0.6364
HELDOUT1241_FLOORS = {"f1_target": 0.78, "recall_actual": 0.58, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 92's fifth eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library 060dd77e, before they were read); 1243, 1245, 1247 and 1249 sealed
# heldout1242: 8 youth development and graduate employment pages (plan and target news, a league bulletin, results): 0.717 / 0.5909
HELDOUT1242_FLOORS = {"f1_target": 0.66, "recall_actual": 0.54, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}
# heldout1243 (sealed): 8 ethnic minority and border area pages (border villages, ethnic townships, a bureau's points, results): 0.72 / 0.6667
HELDOUT1243_FLOORS = {"f1_target": 0.67, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1244: 8 marine economy and island pages (a coastal-zone plan, island county news, marine GDP results): 0.7636 / 0.9524
HELDOUT1244_FLOORS = {"f1_target": 0.71, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1245 (sealed): 8 relocation and resettlement pages (county plans' news, a fund bulletin, a province's relocation plan): 0.5778 / 1.0
HELDOUT1245_FLOORS = {"f1_target": 0.52, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1246: 8 village collective economy pages (schemes and plan news, funding news, survey and results news): 0.5496 / 0.7188
HELDOUT1246_FLOORS = {"f1_target": 0.49, "recall_actual": 0.66, "comparator_accuracy": 0.91, "quote_span_exact": 1.0}
# heldout1247 (sealed): 8 old revolutionary base and resource-exhausted city pages (red tourism, subsidence areas, old industry): 0.6337 / 0.4545
HELDOUT1247_FLOORS = {"f1_target": 0.58, "recall_actual": 0.40, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1248: 8 digital government and smart city pages (online-service schemes, smart-city news, a work summary): 0.7347 / 0.8333
HELDOUT1248_FLOORS = {"f1_target": 0.68, "recall_actual": 0.78, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1249 (sealed): 5 household registration and settling pages (a province's opinions, a scheme, national relays, results): 0.88 / 0.8824
HELDOUT1249_FLOORS = {"f1_target": 0.83, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 92's sixth sets, annotated by helpers before any run (first-run target F1 / actual R with the start's
# library 060dd77e, before they were read); the session's search budget ran out during them (heldout1251 kept
# one templated page and was dropped, heldout1255 found none); 1253 and 1257 sealed
# heldout1250: 3 rural tourism and homestay pages (two provinces' opinions, a work meeting's news; the search budget ran out): 0.9565 / 1.0
HELDOUT1250_FLOORS = {"f1_target": 0.90, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1252: 8 forest chief and forest fire prevention pages (results news, a county summary, a bureau's page; budget ran out): 0.8 / 0.5283
HELDOUT1252_FLOORS = {"f1_target": 0.75, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1253 (sealed): 4 county ecological environment pages (air quality results, a province plan's news; the search budget ran out): 0.4 / 0.8158
HELDOUT1253_FLOORS = {"f1_target": 0.35, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1254: 8 industrial park and development zone pages (park funds, zone results, industry targets; budget ran out): 0.64 / 0.675
HELDOUT1254_FLOORS = {"f1_target": 0.59, "recall_actual": 0.62, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1256: 8 cold chain and farm produce market pages (market projects, a province programme, results; budget ran out): 0.439 / 0.7333
HELDOUT1256_FLOORS = {"f1_target": 0.38, "recall_actual": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1257 (sealed): 8 modern agricultural park pages (planned park sizes, park results, province figures; budget ran out): 0.1 / 0.8611
HELDOUT1257_FLOORS = {"f1_target": 0.05, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 93's sets, annotated by helpers before any run (first-run target F1 / actual R with the start's library
# a127fdbb, before they were read); odd sealed; heldout1264 is short (the store had few county consortium pages)
# heldout1258: 8 biomedicine and health industry pages (plan news, meeting news, park items, mirrors with pinyin): 0.8431 / 0.7333
HELDOUT1258_FLOORS = {"f1_target": 0.79, "recall_actual": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1259 (sealed): 8 rule of law, public security and drug control pages (a mediation scheme, surveillance projects, drug-control results): 0.5352 / 0.3889
HELDOUT1259_FLOORS = {"f1_target": 0.48, "recall_actual": 0.33, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1260: 8 charity, volunteer and social organisation pages (federation targets, plan news, two provinces' schemes): 0.9153 / 0.0
HELDOUT1260_FLOORS = {"f1_target": 0.86, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1261 (sealed): 8 soil, noise and solid waste pages (work points, a quarterly notice, waste plans, a noise bulletin): 0.5667 / 0.6429
HELDOUT1261_FLOORS = {"f1_target": 0.51, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1262: 8 family education, language work and lifelong learning pages (ten projects, plan news, senior education): 0.7111 / 1.0
HELDOUT1262_FLOORS = {"f1_target": 0.66, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1263 (sealed): 8 computing power and digital infrastructure pages (plan news, work points, project news; few local targets): 0.7447 / 0.2222
HELDOUT1263_FLOORS = {"f1_target": 0.69, "recall_actual": 0.17, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1264: 5 county medical consortium and tiered care pages (two with no values; the store had few): 0.6667 / 0.75
HELDOUT1264_FLOORS = {"f1_target": 0.61, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1265 (sealed): 8 county economy and private enterprise pages (work reports, SME work points, growth plans, results): 0.9265 / 1.0
HELDOUT1265_FLOORS = {"f1_target": 0.87, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1266: 8 maternal and child health and mental health pages (screening notices, hospital projects, plan news): 0.6383 / 0.85
HELDOUT1266_FLOORS = {"f1_target": 0.58, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1267 (sealed): 8 audit and revenue collection pages (monthly revenue notes, audit plans, audit results; few targets): 0.5106 / 0.5556
HELDOUT1267_FLOORS = {"f1_target": 0.46, "recall_actual": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1268: 8 cash crop pages (tobacco plans, sugar cane seasons, cotton results, a rapeseed scheme): 0.5806 / 0.8
HELDOUT1268_FLOORS = {"f1_target": 0.53, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 93's second eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library a127fdbb, before they were read); odd sealed
# heldout1269 (sealed): 8 night-time economy and pedestrian street pages (a commerce plan, street investment bulletins, district goals): 0.6 / 0.5
HELDOUT1269_FLOORS = {"f1_target": 0.54, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1270: 8 airport and general aviation pages (airport approvals, a transport plan, three-year targets, results): 0.8305 / 0.9167
HELDOUT1270_FLOORS = {"f1_target": 0.78, "recall_actual": 0.86, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1271 (sealed): 8 agricultural insurance and rural finance pages (county results, insurance pilots, province opinions): 0.6197 / 0.9825
HELDOUT1271_FLOORS = {"f1_target": 0.56, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1272: 8 real estate and housing supply pages (work meetings, a housing-security meeting, plan round-ups): 0.8136 / 0.7273
HELDOUT1272_FLOORS = {"f1_target": 0.76, "recall_actual": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1273 (sealed): 8 traditional manufacturing pages (textile schemes, liquor targets, ceramics, furniture and food processing): 0.8662 / 0.5238
HELDOUT1273_FLOORS = {"f1_target": 0.81, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1274: 8 steel, chemical park and coal pages (capacity cuts, park targets, a coal plan, a province's report): 0.8637 / 0.64
HELDOUT1274_FLOORS = {"f1_target": 0.81, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1275 (sealed): 8 youth palace, children's home and holiday care pages (project starts, plan targets, care notices): 0.625 / 0.75
HELDOUT1275_FLOORS = {"f1_target": 0.57, "recall_actual": 0.70, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}
# heldout1276: 8 power grid and rural electrification pages (project news, a reply letter, results; no plan texts): 0.4368 / 0.0833
HELDOUT1276_FLOORS = {"f1_target": 0.38, "recall_actual": 0.03, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 93's third eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library a127fdbb, before they were read); odd sealed
# heldout1277 (sealed): 8 hydrogen and new energy vehicle pages (plan news, a park brief, results features, project capacities): 0.5834 / 0.9444
HELDOUT1277_FLOORS = {"f1_target": 0.53, "recall_actual": 0.89, "comparator_accuracy": 0.84, "quote_span_exact": 1.0}
# heldout1278: 8 rural e-commerce and express delivery pages (a county plan, notices, results; three short pages): 0.5634 / 0.303
HELDOUT1278_FLOORS = {"f1_target": 0.51, "recall_actual": 0.25, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1279 (sealed): 8 geological hazard and mine restoration pages (project targets, results summaries, province plans): 0.8378 / 0.5556
HELDOUT1279_FLOORS = {"f1_target": 0.78, "recall_actual": 0.50, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1280: 8 civil air defence and emergency shelter pages (plan news, standards, completion reports; few values): 0.7576 / 0.6154
HELDOUT1280_FLOORS = {"f1_target": 0.70, "recall_actual": 0.56, "comparator_accuracy": 0.85, "quote_span_exact": 1.0}
# heldout1281 (sealed): 8 radio and television coverage pages (county programmes, emergency broadcasting, results news): 0.6988 / 0.4074
HELDOUT1281_FLOORS = {"f1_target": 0.64, "recall_actual": 0.35, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1282: 8 grain reserve and storage pages (depot projects, reserve programmes, a release plan, results): 0.7755 / 0.5
HELDOUT1282_FLOORS = {"f1_target": 0.72, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1283 (sealed): 8 reservoir safety, irrigation and dike pages (county projects, plan news, funding news): 0.6818 / 0.7059
HELDOUT1283_FLOORS = {"f1_target": 0.63, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1284: 8 quality, standardisation and brand pages (a scheme's target table, action plans, meeting news): 0.7379 / 0.5
HELDOUT1284_FLOORS = {"f1_target": 0.68, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 94's first eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b8ca0f16, before they were read); odd sealed
# heldout1285 (sealed): 8 grassland and pastoral pages (subsidy schemes, a banner's tasks, prefecture and county results): 0.4445 / 0.6346
HELDOUT1285_FLOORS = {"f1_target": 0.39, "recall_actual": 0.58, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1286: 8 patriotic health and hygienic city pages (meeting news, a province plan, district results): 0.9583 / 0.7879
HELDOUT1286_FLOORS = {"f1_target": 0.90, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1287 (sealed): 8 traditional village and historic town pages (project news, an investment plan, a work summary): 0.8649 / 0.8824
HELDOUT1287_FLOORS = {"f1_target": 0.81, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1288: 8 social credit pages (one rural credit action plan, results bulletins, plan reviews): 0.4 / 0.8293
HELDOUT1288_FLOORS = {"f1_target": 0.35, "recall_actual": 0.77, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1289 (sealed): 8 wet market, old brand and neighbourhood commerce pages (meeting news, action plans, results): 0.7089 / 1.0
HELDOUT1289_FLOORS = {"f1_target": 0.65, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1290: 8 under-forest economy, camellia oil, bamboo and flower pages (plans, news of plans, results): 0.7102 / 0.1818
HELDOUT1290_FLOORS = {"f1_target": 0.66, "recall_actual": 0.13, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1291 (sealed): 8 animal epidemic prevention and livestock waste pages (project news, campaign launches, a draft plan): 0.6491 / 0.6818
HELDOUT1291_FLOORS = {"f1_target": 0.59, "recall_actual": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1292: 8 cross-border e-commerce and bonded zone pages (zone plans, a proposal reply, trade results): 0.7778 / 0.043
HELDOUT1292_FLOORS = {"f1_target": 0.72, "recall_actual": 0.00, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}
# Session 94's second eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b8ca0f16, before they were read); odd sealed
# heldout1293 (sealed): 8 green building and construction industry pages (industry meetings, a work points list, a plan's news, results): 0.7767 / 0.8571
HELDOUT1293_FLOORS = {"f1_target": 0.72, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1294: 8 clean winter heating pages (county task lists, a pilot scheme, a province scheme, results): 0.9152 / 0.3333
HELDOUT1294_FLOORS = {"f1_target": 0.86, "recall_actual": 0.28, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1295 (sealed): 8 urban drainage and waterlogging pages (project news, a scheme, meeting news, a county plan, results): 0.6966 / 0.4167
HELDOUT1295_FLOORS = {"f1_target": 0.64, "recall_actual": 0.36, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1296: 8 specialised small and medium enterprise pages (city schemes, a province policy, work-report results): 0.7458 / 1.0
HELDOUT1296_FLOORS = {"f1_target": 0.69, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1297 (sealed): 8 high-standard farmland and saline land pages (project news, a press conference, scheme news, a bulletin): 0.6988 / 0.5333
HELDOUT1297_FLOORS = {"f1_target": 0.64, "recall_actual": 0.48, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1298: 8 aquaculture and fisheries pages (county plans, meeting news, results, a feature story): 0.7866 / 0.7407
HELDOUT1298_FLOORS = {"f1_target": 0.73, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1299 (sealed): 8 preschool education pages (plan approval news, project news, a standards table, results): 0.5429 / 0.2222
HELDOUT1299_FLOORS = {"f1_target": 0.49, "recall_actual": 0.17, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1300: 8 public toilet and tourist toilet pages (district and city schemes, progress news, county news): 0.7164 / 0.6154
HELDOUT1300_FLOORS = {"f1_target": 0.66, "recall_actual": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 94's third eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b8ca0f16, before they were read); odd sealed
# heldout1301 (sealed): 8 disability services pages (work points, a work meeting, annual projects, a plan's news, a results bulletin): 0.9703 / 0.8
HELDOUT1301_FLOORS = {"f1_target": 0.92, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1302: 8 elderly meal and home care pages (a civil affairs meeting, results press conferences, project news): 0.8695 / 0.7241
HELDOUT1302_FLOORS = {"f1_target": 0.81, "recall_actual": 0.67, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1303 (sealed): 8 vegetable basket and dairy pages (a plan text, work points, news of plans and results): 0.9091 / 0.6429
HELDOUT1303_FLOORS = {"f1_target": 0.85, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1304: 8 dangerous bridge and rural road safety pages (programme news, meeting news, project and results news): 0.6667 / 1.0
HELDOUT1304_FLOORS = {"f1_target": 0.61, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1305 (sealed): 8 social assistance standard pages (notices raising standards, meeting news, a policy interpretation): 0.6729 / None
HELDOUT1305_FLOORS = {"f1_target": 0.62, "recall_actual": 0.00, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}
# heldout1306: 8 boarding school and small rural school pages (programme news, project news, a county report, results): 0.4259 / 0.1429
HELDOUT1306_FLOORS = {"f1_target": 0.37, "recall_actual": 0.09, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1307 (sealed): 8 forestry carbon sink and ecological compensation pages (schemes, a three-year plan, pilot news): 0.8842 / 0.2222
HELDOUT1307_FLOORS = {"f1_target": 0.83, "recall_actual": 0.17, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1308: 8 rural housing safety pages (programme news, a plan table letter, a plan excerpt, results): 0.5211 / 0.6429
HELDOUT1308_FLOORS = {"f1_target": 0.47, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 94's fourth eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b8ca0f16, before they were read); odd sealed
# heldout1309 (sealed): 8 family doctor and primary care pages (results news, progress news, a bulletin, a county scheme, an article): 0.4444 / 0.6
HELDOUT1309_FLOORS = {"f1_target": 0.39, "recall_actual": 0.54, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}
# heldout1310: 8 employment assistance pages (a city scheme, a work notice, meeting news, results, post adjustments): 0.38 / 0.9286
HELDOUT1310_FLOORS = {"f1_target": 0.33, "recall_actual": 0.87, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1311 (sealed): 8 rural talent and farmer training pages (meeting and launch news, a scheme, results, a relay): 0.5432 / 0.1176
HELDOUT1311_FLOORS = {"f1_target": 0.49, "recall_actual": 0.06, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1312: 8 industrial technological transformation pages (a three-year plan draft, an opinion, meeting news, results): 0.6574 / 1.0
HELDOUT1312_FLOORS = {"f1_target": 0.60, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1313 (sealed): 8 teacher training and rural teacher pages (mostly results news, a district summary, a few targets): 0.3637 / 0.6122
HELDOUT1313_FLOORS = {"f1_target": 0.31, "recall_actual": 0.56, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1314: 8 agricultural export and farm brand pages (city and county news, province plans, results): 0.4545 / 0.931
HELDOUT1314_FLOORS = {"f1_target": 0.40, "recall_actual": 0.88, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1315 (sealed): 8 straw utilisation and burning ban pages (a project notice table, an opinion, plan news, results): 0.6588 / 0.0
HELDOUT1315_FLOORS = {"f1_target": 0.60, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1316: 8 fertiliser and pesticide reduction pages (county project schemes, campaign news, a province scheme): 0.8571 / 0.8
HELDOUT1316_FLOORS = {"f1_target": 0.80, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 95's first eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b833b90d, before they were read); odd sealed
# heldout1317 (sealed): 8 childcare pages for children under three (project lists, livelihood-project news, results, construction news): 0.575 / 0.4762
HELDOUT1317_FLOORS = {"f1_target": 0.52, "recall_actual": 0.42, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1318: 8 funeral reform and public cemetery pages (a province action plan, meeting news, project news, a county scheme): 0.6823 / 0.8333
HELDOUT1318_FLOORS = {"f1_target": 0.63, "recall_actual": 0.78, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}
# heldout1319 (sealed): 8 fire services pages (province and city hydrant and station plans, county schemes; targets only): 0.4311 / None
HELDOUT1319_FLOORS = {"f1_target": 0.38, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1320: 8 students' eyesight and physical health pages (short news of plans and survey results, a football plan): 0.7118 / 0.7083
HELDOUT1320_FLOORS = {"f1_target": 0.66, "recall_actual": 0.65, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1321 (sealed): 8 office-building and headquarters economy pages (a district indicator table, work points, results news): 0.8852 / 0.8889
HELDOUT1321_FLOORS = {"f1_target": 0.83, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1322: 8 affordable rental housing pages (plan news, results news, a press conference, a meeting report): 0.7907 / 0.8824
HELDOUT1322_FLOORS = {"f1_target": 0.74, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1323 (sealed): 8 electronics and integrated circuit pages (an industry plan, meeting news, policy news, work-report news): 0.8 / 0.9565
HELDOUT1323_FLOORS = {"f1_target": 0.75, "recall_actual": 0.90, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1324: 8 investment promotion pages (a city scheme, a campaign plan, mostly results news with annual targets): 0.5312 / 0.9672
HELDOUT1324_FLOORS = {"f1_target": 0.48, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 95's second eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b833b90d, before they were read); odd sealed
# heldout1325 (sealed): 8 river and lake chief pages (a town remediation plan, work-plan news, a water-quality target list, results): 0.2353 / 0.4706
HELDOUT1325_FLOORS = {"f1_target": 0.18, "recall_actual": 0.42, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1326: 8 vocational school pages (construction news, a county plan, a city scheme, results, a province investment plan): 0.5161 / 0.0
HELDOUT1326_FLOORS = {"f1_target": 0.46, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1327 (sealed): 8 higher education pages (university-town and campus news, expansion news, a province scheme): 0.7037 / 0.0
HELDOUT1327_FLOORS = {"f1_target": 0.65, "recall_actual": 0.00, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}
# heldout1328: 8 gas pipeline and ageing pipe network pages (a scheme, a province plan relay, annual-plan news, results): 0.72 / 1.0
HELDOUT1328_FLOORS = {"f1_target": 0.67, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1329 (sealed): 8 road traffic safety and parking pages (a province plan, county and city campaigns, a deputy's reply): 0.937 / 1.0
HELDOUT1329_FLOORS = {"f1_target": 0.88, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1330: 8 civilised city pages (schemes, meeting news, work points, a project list, results, a province summary): 0.6275 / 0.5217
HELDOUT1330_FLOORS = {"f1_target": 0.57, "recall_actual": 0.47, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1331 (sealed): 8 nursing home and elderly-care bed pages (target news, results, meeting news, reports to a congress): 0.7728 / 0.6667
HELDOUT1331_FLOORS = {"f1_target": 0.72, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1332: 8 county commerce and rural logistics pages (co-op plan news, a city scheme, a county report, results): 0.8182 / 0.6857
HELDOUT1332_FLOORS = {"f1_target": 0.76, "recall_actual": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 95's third eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b833b90d, before they were read); odd sealed
# heldout1333 (sealed): 8 legal aid and public legal service pages (plan news, results news, a scheme, an island county's standards): 0.814 / 0.8511
HELDOUT1333_FLOORS = {"f1_target": 0.76, "recall_actual": 0.80, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1334: 8 natural forest protection and returning farmland pages (meeting news, a county work plan, progress and results): 0.7606 / 0.5484
HELDOUT1334_FLOORS = {"f1_target": 0.71, "recall_actual": 0.49, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1335 (sealed): 8 cancer screening and chronic disease pages (county and district results, province plans, project news): 0.6072 / 0.814
HELDOUT1335_FLOORS = {"f1_target": 0.55, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1336: 8 parks and greenway pages (plan and opinion news, project news, meeting news, results): 0.7258 / 0.7333
HELDOUT1336_FLOORS = {"f1_target": 0.67, "recall_actual": 0.68, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1337 (sealed): 8 forest pest and pine wilt disease pages (a scheme, action plan news, results, an evaluation report): 0.8182 / 0.9444
HELDOUT1337_FLOORS = {"f1_target": 0.76, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1338: 8 groundwater over-extraction pages (a plan text, a plan report, annual targets, mostly results): 0.3284 / 0.439
HELDOUT1338_FLOORS = {"f1_target": 0.27, "recall_actual": 0.38, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1339 (sealed): 8 desertification control pages (news of zone tasks, county and city plans, a project approval, a province): 0.8032 / 0.7692
HELDOUT1339_FLOORS = {"f1_target": 0.75, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1340: 8 senior education pages (meeting news, plan news, scheme news, a proposal, results): 0.7369 / 0.6923
HELDOUT1340_FLOORS = {"f1_target": 0.68, "recall_actual": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 95's fourth eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b833b90d, before they were read); odd sealed
# heldout1341 (sealed): 8 school safety pages (an action plan, work points, an opinion, meeting news, school-bus plans): 0.7408 / 1.0
HELDOUT1341_FLOORS = {"f1_target": 0.69, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1342: 8 rural road pages (meeting news, plan-launch news, an opinion, county results and plans, project progress): 0.4878 / 0.6
HELDOUT1342_FLOORS = {"f1_target": 0.43, "recall_actual": 0.54, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}
# heldout1343 (sealed): 8 double reduction and after-school pages (county results, fee caps, a project table, care-class plans): 0.5384 / 0.6923
HELDOUT1343_FLOORS = {"f1_target": 0.48, "recall_actual": 0.64, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1344: 8 5G and gigabit network pages (plan news, results news, a bureau report, a forum repost): 0.6341 / 0.875
HELDOUT1344_FLOORS = {"f1_target": 0.58, "recall_actual": 0.82, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1345 (sealed): 8 small-firm growth pages (a province plan, notices, work news, results, a county half-year plan): 0.8511 / 0.75
HELDOUT1345_FLOORS = {"f1_target": 0.80, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1346: 8 government hotline and service pages (work points, schemes, hotline bulletins, results, a summary): 0.5 / 0.7447
HELDOUT1346_FLOORS = {"f1_target": 0.45, "recall_actual": 0.69, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1347 (sealed): 8 tax and fee cut pages (county and district schemes, a city plan, province results and plans): 0.4946 / 0.3333
HELDOUT1347_FLOORS = {"f1_target": 0.44, "recall_actual": 0.28, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1348: 8 soybean and oilseed pages (county and district schemes, an opinion, results, meeting news): 0.7059 / 0.6316
HELDOUT1348_FLOORS = {"f1_target": 0.65, "recall_actual": 0.58, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 95's fifth eight sets, annotated by helpers before any run (first-run target F1 / actual R with the
# start's library b833b90d, before they were read); odd sealed
# heldout1349 (sealed): 8 demonstration and beautiful village pages (meeting news, county tasks, a city list, work-report news, results): 0.8571 / 0.6842
HELDOUT1349_FLOORS = {"f1_target": 0.80, "recall_actual": 0.63, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1350: 8 emergency medical service pages (a project list, plan news, project news, launch news, results): 0.625 / 0.6
HELDOUT1350_FLOORS = {"f1_target": 0.57, "recall_actual": 0.54, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1351 (sealed): 8 migrant children schooling pages (plan and meeting news, a county summary, a journal abstract): 0.4706 / 0.5
HELDOUT1351_FLOORS = {"f1_target": 0.42, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1352: 8 land-use efficiency pages (a province scheme, meeting news, land-sale notices, a district plan, results): 0.7234 / 0.3333
HELDOUT1352_FLOORS = {"f1_target": 0.67, "recall_actual": 0.28, "comparator_accuracy": 0.89, "quote_span_exact": 1.0}
# heldout1353 (sealed): 8 private education pages (policy news, a yearbook, fund news, meeting news, school project pages): 0.7805 / 0.9211
HELDOUT1353_FLOORS = {"f1_target": 0.73, "recall_actual": 0.87, "comparator_accuracy": 0.87, "quote_span_exact": 1.0}
# heldout1354: 8 incubator and maker-space pages (project announcements and groundbreaking news, province results): 0.339 / 0.95
HELDOUT1354_FLOORS = {"f1_target": 0.28, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1355 (sealed): 8 disaster relief reserve pages (programme news, opinions, results, warehouse project news, a plan review): 0.5047 / 0.2222
HELDOUT1355_FLOORS = {"f1_target": 0.45, "recall_actual": 0.17, "comparator_accuracy": 0.88, "quote_span_exact": 1.0}
# heldout1356: 8 township report pages (town congress news, project plans, a town plan, party sessions, a yearbook): 0.5 / 0.8679
HELDOUT1356_FLOORS = {"f1_target": 0.45, "recall_actual": 0.81, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# Session 95's sixth sets (seven: the helper of heldout1358 found no page before the search budget ran out), annotated
# by helpers before any run (first-run target F1 / actual R with the start's library b833b90d, before they were
# read); odd sealed
# heldout1357 (sealed): 8 river fishing ban pages (mostly results news of boats and fishermen withdrawn, a few quotas): 0.1428 / 0.386
HELDOUT1357_FLOORS = {"f1_target": 0.09, "recall_actual": 0.33, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1359 (sealed): 8 online interview and Q&A pages with officials (a bureau head's answers, county and district interviews): 0.56 / 0.8824
HELDOUT1359_FLOORS = {"f1_target": 0.51, "recall_actual": 0.83, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1360: 8 press conference pages (news of city and county conferences, mostly anniversary and five-year results): 0.2051 / 0.6
HELDOUT1360_FLOORS = {"f1_target": 0.15, "recall_actual": 0.54, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1361 (sealed): 8 work-conference speech pages (speeches with mostly results, two province meeting news with targets): 0.0 / 0.4423
HELDOUT1361_FLOORS = {"f1_target": 0.00, "recall_actual": 0.39, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1362: 8 urban-rural bus and rural passenger transport pages (plan news, a plan fragment, results news): 0.5909 / 0.4865
HELDOUT1362_FLOORS = {"f1_target": 0.54, "recall_actual": 0.43, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1363 (sealed): 8 town sewage treatment plant pages (project and plan news of cities, counties, districts and a town): 0.6604 / None
HELDOUT1363_FLOORS = {"f1_target": 0.61, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1364: 8 lifts in old residential building pages (city and district news, a round-up of cities, results): 0.6071 / 0.6739
HELDOUT1364_FLOORS = {"f1_target": 0.55, "recall_actual": 0.62, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# Session 96's first sets, annotated by helpers before any run (first-run target F1 / actual R with the start's library
# 2d8b7975, before they were read); odd sealed
# heldout1365 (sealed): 8 migrant workers' wage arrears pages: 0.7428 / 0.8056
HELDOUT1365_FLOORS = {"f1_target": 0.69, "recall_actual": 0.75, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1366: 8 occupational health and pneumoconiosis pages: 0.8354 / 0.4717
HELDOUT1366_FLOORS = {"f1_target": 0.78, "recall_actual": 0.42, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1367 (sealed): 8 food and drug safety inspection pages: 0.8616 / 1.0
HELDOUT1367_FLOORS = {"f1_target": 0.81, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1368: 8 housing provident fund pages: 0.2667 / 0.7632
HELDOUT1368_FLOORS = {"f1_target": 0.21, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1369 (sealed): 8 trade unions and workers' services pages: 0.8955 / 0.9444
HELDOUT1369_FLOORS = {"f1_target": 0.84, "recall_actual": 0.89, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1370: 8 immunisation and vaccination pages: 0.5581 / 1.0
HELDOUT1370_FLOORS = {"f1_target": 0.50, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1371 (sealed): 8 blood donation and the Red Cross pages: 0.6598 / 0.65
HELDOUT1371_FLOORS = {"f1_target": 0.60, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1372: 8 barrier-free environments pages: 0.7907 / 0.9032
HELDOUT1372_FLOORS = {"f1_target": 0.74, "recall_actual": 0.85, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# Session 96's second sets, annotated by helpers before any run (first-run target F1 / actual R with the start's
# library 2d8b7975, before they were read; heldout1380's helper ran 26 queries, one over the 25 asked); odd sealed
# heldout1373 (sealed): 8 property management pages: 0.475 / 0.4667
HELDOUT1373_FLOORS = {"f1_target": 0.42, "recall_actual": 0.41, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1374: 8 grid-based governance and community safety pages: 0.7879 / 0.8919
HELDOUT1374_FLOORS = {"f1_target": 0.73, "recall_actual": 0.84, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1375 (sealed): 8 domestic services pages: 0.7143 / 0.6585
HELDOUT1375_FLOORS = {"f1_target": 0.66, "recall_actual": 0.60, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1376: 8 plastic, straw and farm film recycling pages: 0.6792 / 0.6667
HELDOUT1376_FLOORS = {"f1_target": 0.62, "recall_actual": 0.61, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1377 (sealed): 8 China-Europe freight trains and logistics pages: 0.4571 / 0.6429
HELDOUT1377_FLOORS = {"f1_target": 0.40, "recall_actual": 0.59, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1378: 8 local government bonds and debt pages: 0.4 / 0.9796
HELDOUT1378_FLOORS = {"f1_target": 0.35, "recall_actual": 0.92, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1379 (sealed): 8 teacher workforce pages: 0.4138 / None
HELDOUT1379_FLOORS = {"f1_target": 0.36, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1380: 8 dairy, beef cattle and sheep farming pages: 0.8696 / 0.5
HELDOUT1380_FLOORS = {"f1_target": 0.81, "recall_actual": 0.45, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# Session 96's third sets, annotated by helpers before any run (first-run target F1 / actual R with the start's library
# 2d8b7975, before they were read); odd sealed
# heldout1381 (sealed): 8 saline-alkali land improvement pages: 0.7347 / None
HELDOUT1381_FLOORS = {"f1_target": 0.68, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1382: 8 internet hospitals and smart healthcare pages: 0.6181 / 0.5652
HELDOUT1382_FLOORS = {"f1_target": 0.56, "recall_actual": 0.51, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1383 (sealed): 8 consumption vouchers pages: 0.3424 / 0.0556
HELDOUT1383_FLOORS = {"f1_target": 0.29, "recall_actual": 0.00, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1384: 8 ice and snow sports pages: 0.7838 / 1.0
HELDOUT1384_FLOORS = {"f1_target": 0.73, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1385 (sealed): 8 seed industry and breeding bases pages: 0.766 / 0.25
HELDOUT1385_FLOORS = {"f1_target": 0.71, "recall_actual": 0.20, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1386: 8 special equipment, metrology and market inspection pages: 0.4375 / 0.56
HELDOUT1386_FLOORS = {"f1_target": 0.38, "recall_actual": 0.51, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1387 (sealed): 8 public procurement and resource trading pages: 0.6364 / 0.9818
HELDOUT1387_FLOORS = {"f1_target": 0.58, "recall_actual": 0.93, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1388: 8 livestreaming and online retail pages: 0.8 / 0.7619
HELDOUT1388_FLOORS = {"f1_target": 0.75, "recall_actual": 0.71, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}

# Session 96's fourth sets, annotated by helpers before any run (first-run target F1 / actual R with the start's
# library 2d8b7975, before they were read); odd sealed
# heldout1389 (sealed): 8 community meal services for the elderly pages: 0.8511 / 0.8571
HELDOUT1389_FLOORS = {"f1_target": 0.80, "recall_actual": 0.80, "comparator_accuracy": 0.85, "quote_span_exact": 1.0}
# heldout1390: 8 pumped storage and new energy storage pages: 0.781 / 1.0
HELDOUT1390_FLOORS = {"f1_target": 0.73, "recall_actual": 0.95, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1391 (sealed): 8 training of farmers and rural craftsmen pages: 0.7 / 0.7568
HELDOUT1391_FLOORS = {"f1_target": 0.64, "recall_actual": 0.70, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1392: 8 long-term care pages (five of them Taiwan pages: the store had almost no mainland ones): 0.4651 / 0.3462
HELDOUT1392_FLOORS = {"f1_target": 0.41, "recall_actual": 0.29, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1393 (sealed): 8 desalination and reclaimed water pages: 0.8368 / 0.25
HELDOUT1393_FLOORS = {"f1_target": 0.78, "recall_actual": 0.20, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1394: 8 sponge city pages: 0.8571 / 0.8148
HELDOUT1394_FLOORS = {"f1_target": 0.80, "recall_actual": 0.76, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1395 (sealed): 8 county hospitals' capacity pages: 0.6479 / 0.9688
HELDOUT1395_FLOORS = {"f1_target": 0.59, "recall_actual": 0.91, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}
# heldout1396: 8 digital village pages: 0.6 / 0.7857
HELDOUT1396_FLOORS = {"f1_target": 0.54, "recall_actual": 0.73, "comparator_accuracy": 0.95, "quote_span_exact": 1.0}


@pytest.fixture(scope="module")
def results():
    out = {}
    for name, (raw_dir, gold_dir) in SETS.items():
        targets = extract_tables(raw_dir).tables["targets"]
        out[name] = (targets, score(targets, raw_dir, load_rubric_gold(gold_dir)))
    return out


def _check(name: str, result: dict, goals: dict[str, float]) -> None:
    print("\n" + format_result(name, result))
    missed = {k: (result[k], goal) for k, goal in goals.items() if (result[k] or 0.0) < goal}
    assert not missed, f"{name}: below goal (measured, goal): {missed}"


# (set, label, goals or floors): every set the extractor is measured on, each checked the same way
GOALS = [
    ("devset", "devset", DEVSET_GOALS),
    ("corpus_extra", "corpus_extra", CORPUS_EXTRA_GOALS),
    ("seeds", "seeds (achieved values)", SEED_ACTUAL_GOALS),
    ("heldout", "heldout", HELDOUT_FLOORS),
    ("heldout2", "heldout2 (sealed)", HELDOUT2_FLOORS),
    ("heldout3", "heldout3", HELDOUT3_FLOORS),
    ("heldout4", "heldout4", HELDOUT4_FLOORS),
    ("heldout5", "heldout5", HELDOUT5_FLOORS),
    ("heldout6", "heldout6 (sealed)", HELDOUT6_FLOORS),
    ("heldout7", "heldout7 (sealed)", HELDOUT7_FLOORS),
    ("heldout8", "heldout8", HELDOUT8_FLOORS),
    ("heldout9", "heldout9", HELDOUT9_FLOORS),
    ("heldout10", "heldout10", HELDOUT10_FLOORS),
    ("heldout11", "heldout11", HELDOUT11_FLOORS),
    ("heldout12", "heldout12 (sealed, since read)", HELDOUT12_FLOORS),
    ("heldout13", "heldout13", HELDOUT13_FLOORS),
    ("heldout14", "heldout14", HELDOUT14_FLOORS),
    ("heldout15", "heldout15 (sealed)", HELDOUT15_FLOORS),
    ("heldout16", "heldout16", HELDOUT16_FLOORS),
    ("heldout17", "heldout17 (sealed)", HELDOUT17_FLOORS),
    ("heldout18", "heldout18", HELDOUT18_FLOORS),
    ("heldout19", "heldout19", HELDOUT19_FLOORS),
    ("heldout20", "heldout20 (sealed)", HELDOUT20_FLOORS),
    ("heldout21", "heldout21", HELDOUT21_FLOORS),
    ("heldout22", "heldout22 (sealed, since read)", HELDOUT22_FLOORS),
    ("heldout23", "heldout23", HELDOUT23_FLOORS),
    ("heldout24", "heldout24", HELDOUT24_FLOORS),
    ("heldout25", "heldout25 (sealed)", HELDOUT25_FLOORS),
    ("heldout26", "heldout26", HELDOUT26_FLOORS),
    ("heldout27", "heldout27", HELDOUT27_FLOORS),
    ("heldout28", "heldout28", HELDOUT28_FLOORS),
    ("heldout29", "heldout29 (sealed)", HELDOUT29_FLOORS),
    ("heldout30", "heldout30", HELDOUT30_FLOORS),
    ("heldout31", "heldout31", HELDOUT31_FLOORS),
    ("heldout32", "heldout32 (sealed)", HELDOUT32_FLOORS),
    ("heldout33", "heldout33 (sealed)", HELDOUT33_FLOORS),
    ("heldout34", "heldout34", HELDOUT34_FLOORS),
    ("heldout35", "heldout35 (sealed)", HELDOUT35_FLOORS),
    ("heldout36", "heldout36", HELDOUT36_FLOORS),
    ("heldout37", "heldout37", HELDOUT37_FLOORS),
    ("heldout38", "heldout38 (sealed)", HELDOUT38_FLOORS),
    ("heldout39", "heldout39", HELDOUT39_FLOORS),
    ("heldout40", "heldout40", HELDOUT40_FLOORS),
    ("heldout41", "heldout41 (sealed)", HELDOUT41_FLOORS),
    ("heldout42", "heldout42 (sealed)", HELDOUT42_FLOORS),
    ("heldout43", "heldout43", HELDOUT43_FLOORS),
    ("heldout44", "heldout44", HELDOUT44_FLOORS),
    ("heldout45", "heldout45 (sealed, since read)", HELDOUT45_FLOORS),
    ("heldout46", "heldout46 (sealed)", HELDOUT46_FLOORS),
    ("heldout47", "heldout47", HELDOUT47_FLOORS),
    ("heldout48", "heldout48 (sealed, since read)", HELDOUT48_FLOORS),
    ("heldout49", "heldout49 (sealed, since read)", HELDOUT49_FLOORS),
    ("heldout50", "heldout50 (sealed)", HELDOUT50_FLOORS),
    ("heldout51", "heldout51", HELDOUT51_FLOORS),
    ("heldout52", "heldout52", HELDOUT52_FLOORS),
    ("heldout53", "heldout53 (sealed)", HELDOUT53_FLOORS),
    ("heldout54", "heldout54", HELDOUT54_FLOORS),
    ("heldout55", "heldout55 (sealed)", HELDOUT55_FLOORS),
    ("heldout56", "heldout56", HELDOUT56_FLOORS),
    ("heldout57", "heldout57 (sealed)", HELDOUT57_FLOORS),
    ("heldout58", "heldout58", HELDOUT58_FLOORS),
    ("heldout59", "heldout59 (sealed)", HELDOUT59_FLOORS),
    ("heldout60", "heldout60 (sealed)", HELDOUT60_FLOORS),
    ("heldout61", "heldout61", HELDOUT61_FLOORS),
    ("heldout62", "heldout62", HELDOUT62_FLOORS),
    ("heldout63", "heldout63 (sealed)", HELDOUT63_FLOORS),
    ("heldout64", "heldout64", HELDOUT64_FLOORS),
    ("heldout65", "heldout65 (sealed)", HELDOUT65_FLOORS),
    ("heldout66", "heldout66", HELDOUT66_FLOORS),
    ("heldout67", "heldout67 (sealed)", HELDOUT67_FLOORS),
    ("heldout68", "heldout68", HELDOUT68_FLOORS),
    ("heldout69", "heldout69 (sealed, since read)", HELDOUT69_FLOORS),
    ("heldout70", "heldout70", HELDOUT70_FLOORS),
    ("heldout71", "heldout71 (sealed)", HELDOUT71_FLOORS),
    ("heldout72", "heldout72 (sealed, since read)", HELDOUT72_FLOORS),
    ("heldout73", "heldout73 (sealed)", HELDOUT73_FLOORS),
    ("heldout74", "heldout74 (sealed)", HELDOUT74_FLOORS),
    ("heldout75", "heldout75 (sealed)", HELDOUT75_FLOORS),
    ("heldout76", "heldout76", HELDOUT76_FLOORS),
    ("heldout77", "heldout77", HELDOUT77_FLOORS),
    ("heldout78", "heldout78", HELDOUT78_FLOORS),
    ("heldout79", "heldout79", HELDOUT79_FLOORS),
    ("heldout80", "heldout80", HELDOUT80_FLOORS),
    ("heldout81", "heldout81", HELDOUT81_FLOORS),
    ("heldout82", "heldout82 (sealed)", HELDOUT82_FLOORS),
    ("heldout83", "heldout83 (sealed)", HELDOUT83_FLOORS),
    ("heldout84", "heldout84", HELDOUT84_FLOORS),
    ("heldout85", "heldout85", HELDOUT85_FLOORS),
    ("heldout86", "heldout86 (sealed)", HELDOUT86_FLOORS),
    ("heldout87", "heldout87 (sealed, since read)", HELDOUT87_FLOORS),
    ("heldout88", "heldout88 (sealed)", HELDOUT88_FLOORS),
    ("heldout89", "heldout89 (sealed)", HELDOUT89_FLOORS),
    ("heldout90", "heldout90", HELDOUT90_FLOORS),
    ("heldout91", "heldout91", HELDOUT91_FLOORS),
    ("heldout92", "heldout92", HELDOUT92_FLOORS),
    ("heldout93", "heldout93 (sealed)", HELDOUT93_FLOORS),
    ("heldout94", "heldout94 (sealed)", HELDOUT94_FLOORS),
    ("heldout95", "heldout95", HELDOUT95_FLOORS),
    ("heldout96", "heldout96", HELDOUT96_FLOORS),
    ("heldout97", "heldout97", HELDOUT97_FLOORS),
    ("heldout98", "heldout98 (sealed)", HELDOUT98_FLOORS),
    ("heldout99", "heldout99 (sealed)", HELDOUT99_FLOORS),
    ("heldout100", "heldout100", HELDOUT100_FLOORS),
    ("heldout101", "heldout101 (sealed)", HELDOUT101_FLOORS),
    ("heldout102", "heldout102", HELDOUT102_FLOORS),
    ("heldout103", "heldout103 (sealed)", HELDOUT103_FLOORS),
    ("heldout104", "heldout104", HELDOUT104_FLOORS),
    ("heldout105", "heldout105 (sealed)", HELDOUT105_FLOORS),
    ("heldout106", "heldout106 (sealed)", HELDOUT106_FLOORS),
    ("heldout107", "heldout107 (sealed)", HELDOUT107_FLOORS),
    ("heldout108", "heldout108 (sealed)", HELDOUT108_FLOORS),
    ("heldout109", "heldout109 (sealed)", HELDOUT109_FLOORS),
    ("heldout110", "heldout110 (sealed)", HELDOUT110_FLOORS),
    ("heldout111", "heldout111", HELDOUT111_FLOORS),
    ("heldout112", "heldout112 (sealed)", HELDOUT112_FLOORS),
    ("heldout113", "heldout113 (sealed)", HELDOUT113_FLOORS),
    ("heldout114", "heldout114 (sealed)", HELDOUT114_FLOORS),
    ("heldout115", "heldout115 (sealed)", HELDOUT115_FLOORS),
    ("heldout116", "heldout116", HELDOUT116_FLOORS),
    ("heldout117", "heldout117", HELDOUT117_FLOORS),
    ("heldout118", "heldout118 (sealed)", HELDOUT118_FLOORS),
    ("heldout119", "heldout119 (sealed)", HELDOUT119_FLOORS),
    ("heldout120", "heldout120", HELDOUT120_FLOORS),
    ("heldout121", "heldout121 (sealed)", HELDOUT121_FLOORS),
    ("heldout122", "heldout122 (sealed)", HELDOUT122_FLOORS),
    ("heldout123", "heldout123", HELDOUT123_FLOORS),
    ("heldout124", "heldout124", HELDOUT124_FLOORS),
    ("heldout125", "heldout125 (sealed)", HELDOUT125_FLOORS),
    ("heldout126", "heldout126", HELDOUT126_FLOORS),
    ("heldout127", "heldout127 (sealed)", HELDOUT127_FLOORS),
    ("heldout128", "heldout128", HELDOUT128_FLOORS),
    ("heldout129", "heldout129", HELDOUT129_FLOORS),
    ("heldout130", "heldout130 (sealed)", HELDOUT130_FLOORS),
    ("heldout131", "heldout131 (sealed)", HELDOUT131_FLOORS),
    ("heldout132", "heldout132 (sealed)", HELDOUT132_FLOORS),
    ("heldout133", "heldout133 (sealed)", HELDOUT133_FLOORS),
    ("heldout134", "heldout134 (sealed)", HELDOUT134_FLOORS),
    ("heldout135", "heldout135", HELDOUT135_FLOORS),
    ("heldout136", "heldout136", HELDOUT136_FLOORS),
    ("heldout137", "heldout137 (sealed)", HELDOUT137_FLOORS),
    ("heldout138", "heldout138 (sealed)", HELDOUT138_FLOORS),
    ("heldout139", "heldout139 (sealed)", HELDOUT139_FLOORS),
    ("heldout140", "heldout140 (sealed)", HELDOUT140_FLOORS),
    ("heldout141", "heldout141", HELDOUT141_FLOORS),
    ("heldout142", "heldout142", HELDOUT142_FLOORS),
    ("heldout143", "heldout143", HELDOUT143_FLOORS),
    ("heldout145", "heldout145", HELDOUT145_FLOORS),
    ("heldout146", "heldout146 (sealed)", HELDOUT146_FLOORS),
    ("heldout147", "heldout147 (sealed)", HELDOUT147_FLOORS),
    ("heldout144", "heldout144", HELDOUT144_FLOORS),
    ("heldout148", "heldout148 (sealed)", HELDOUT148_FLOORS),
    ("heldout152", "heldout152 (sealed)", HELDOUT152_FLOORS),
    ("heldout151", "heldout151 (sealed)", HELDOUT151_FLOORS),
    ("heldout149", "heldout149", HELDOUT149_FLOORS),
    ("heldout150", "heldout150 (sealed)", HELDOUT150_FLOORS),
    ("heldout153", "heldout153", HELDOUT153_FLOORS),
    ("heldout154", "heldout154 (sealed)", HELDOUT154_FLOORS),
    ("heldout155", "heldout155", HELDOUT155_FLOORS),
    ("heldout156", "heldout156 (sealed)", HELDOUT156_FLOORS),
    ("heldout157", "heldout157", HELDOUT157_FLOORS),
    ("heldout158", "heldout158 (sealed)", HELDOUT158_FLOORS),
    ("heldout159", "heldout159", HELDOUT159_FLOORS),
    ("heldout160", "heldout160 (sealed)", HELDOUT160_FLOORS),
    ("heldout162", "heldout162", HELDOUT162_FLOORS),
    ("heldout161", "heldout161 (sealed)", HELDOUT161_FLOORS),
    ("heldout163", "heldout163", HELDOUT163_FLOORS),
    ("heldout164", "heldout164 (sealed)", HELDOUT164_FLOORS),
    ("heldout165", "heldout165 (sealed)", HELDOUT165_FLOORS),
    ("heldout166", "heldout166 (sealed)", HELDOUT166_FLOORS),
    ("heldout167", "heldout167", HELDOUT167_FLOORS),
    ("heldout168", "heldout168", HELDOUT168_FLOORS),
    ("heldout170", "heldout170", HELDOUT170_FLOORS),
    ("heldout171", "heldout171 (sealed)", HELDOUT171_FLOORS),
    ("heldout169", "heldout169", HELDOUT169_FLOORS),
    ("heldout172", "heldout172", HELDOUT172_FLOORS),
    ("heldout173", "heldout173 (sealed)", HELDOUT173_FLOORS),
    ("heldout174", "heldout174", HELDOUT174_FLOORS),
    ("heldout175", "heldout175 (sealed)", HELDOUT175_FLOORS),
    ("heldout176", "heldout176", HELDOUT176_FLOORS),
    ("heldout177", "heldout177 (sealed)", HELDOUT177_FLOORS),
    ("heldout178", "heldout178", HELDOUT178_FLOORS),
    ("heldout179", "heldout179 (sealed)", HELDOUT179_FLOORS),
    ("heldout181", "heldout181 (sealed)", HELDOUT181_FLOORS),
    ("heldout182", "heldout182", HELDOUT182_FLOORS),
    ("heldout180", "heldout180", HELDOUT180_FLOORS),
    ("heldout183", "heldout183 (sealed)", HELDOUT183_FLOORS),
    ("heldout184", "heldout184", HELDOUT184_FLOORS),
    ("heldout185", "heldout185 (sealed)", HELDOUT185_FLOORS),
    ("heldout186", "heldout186", HELDOUT186_FLOORS),
    ("heldout187", "heldout187 (sealed)", HELDOUT187_FLOORS),
    ("heldout188", "heldout188", HELDOUT188_FLOORS),
    ("heldout189", "heldout189 (sealed)", HELDOUT189_FLOORS),
    ("heldout190", "heldout190", HELDOUT190_FLOORS),
    ("heldout193", "heldout193 (sealed)", HELDOUT193_FLOORS),
    ("heldout191", "heldout191 (sealed)", HELDOUT191_FLOORS),
    ("heldout194", "heldout194", HELDOUT194_FLOORS),
    ("heldout192", "heldout192", HELDOUT192_FLOORS),
    ("heldout197", "heldout197 (sealed)", HELDOUT197_FLOORS),
    ("heldout195", "heldout195 (sealed)", HELDOUT195_FLOORS),
    ("heldout196", "heldout196", HELDOUT196_FLOORS),
    ("heldout198", "heldout198", HELDOUT198_FLOORS),
    ("heldout199", "heldout199 (sealed)", HELDOUT199_FLOORS),
    ("heldout200", "heldout200", HELDOUT200_FLOORS),
    ("heldout201", "heldout201", HELDOUT201_FLOORS),
    ("heldout202", "heldout202 (sealed)", HELDOUT202_FLOORS),
    ("heldout204", "heldout204 (sealed)", HELDOUT204_FLOORS),
    ("heldout206", "heldout206 (sealed)", HELDOUT206_FLOORS),
    ("heldout203", "heldout203", HELDOUT203_FLOORS),
    ("heldout205", "heldout205", HELDOUT205_FLOORS),
    ("heldout207", "heldout207", HELDOUT207_FLOORS),
    ("heldout210", "heldout210 (sealed)", HELDOUT210_FLOORS),
    ("heldout208", "heldout208 (sealed)", HELDOUT208_FLOORS),
    ("heldout209", "heldout209", HELDOUT209_FLOORS),
    ("heldout214", "heldout214 (sealed)", HELDOUT214_FLOORS),
    ("heldout212", "heldout212 (sealed)", HELDOUT212_FLOORS),
    ("heldout211", "heldout211", HELDOUT211_FLOORS),
    ("heldout213", "heldout213", HELDOUT213_FLOORS),
    ("heldout215", "heldout215", HELDOUT215_FLOORS),
    ("heldout216", "heldout216 (sealed)", HELDOUT216_FLOORS),
    ("heldout218", "heldout218 (sealed)", HELDOUT218_FLOORS),
    ("heldout217", "heldout217", HELDOUT217_FLOORS),
    ("heldout220", "heldout220", HELDOUT220_FLOORS),
    ("heldout221", "heldout221 (sealed)", HELDOUT221_FLOORS),
    ("heldout222", "heldout222", HELDOUT222_FLOORS),
    ("heldout219", "heldout219 (sealed)", HELDOUT219_FLOORS),
    ("heldout223", "heldout223 (sealed)", HELDOUT223_FLOORS),
    ("heldout226", "heldout226", HELDOUT226_FLOORS),
    ("heldout224", "heldout224", HELDOUT224_FLOORS),
    ("heldout225", "heldout225 (sealed)", HELDOUT225_FLOORS),
    ("heldout227", "heldout227 (sealed)", HELDOUT227_FLOORS),
    ("heldout228", "heldout228", HELDOUT228_FLOORS),
    ("heldout229", "heldout229", HELDOUT229_FLOORS),
    ("heldout230", "heldout230 (sealed)", HELDOUT230_FLOORS),
    ("heldout234", "heldout234", HELDOUT234_FLOORS),
    ("heldout231", "heldout231 (sealed)", HELDOUT231_FLOORS),
    ("heldout232", "heldout232", HELDOUT232_FLOORS),
    ("heldout233", "heldout233 (sealed)", HELDOUT233_FLOORS),
    ("heldout236", "heldout236 (sealed)", HELDOUT236_FLOORS),
    ("heldout235", "heldout235", HELDOUT235_FLOORS),
    ("heldout238", "heldout238", HELDOUT238_FLOORS),
    ("heldout239", "heldout239 (sealed)", HELDOUT239_FLOORS),
    ("heldout237", "heldout237 (sealed)", HELDOUT237_FLOORS),
    ("heldout240", "heldout240", HELDOUT240_FLOORS),
    ("heldout241", "heldout241 (sealed)", HELDOUT241_FLOORS),
    ("heldout243", "heldout243 (sealed)", HELDOUT243_FLOORS),
    ("heldout242", "heldout242", HELDOUT242_FLOORS),
    ("heldout244", "heldout244", HELDOUT244_FLOORS),
    ("heldout246", "heldout246", HELDOUT246_FLOORS),
    ("heldout247", "heldout247 (sealed)", HELDOUT247_FLOORS),
    ("heldout245", "heldout245 (sealed)", HELDOUT245_FLOORS),
    ("heldout248", "heldout248", HELDOUT248_FLOORS),
    ("heldout251", "heldout251 (sealed)", HELDOUT251_FLOORS),
    ("heldout252", "heldout252", HELDOUT252_FLOORS),
    ("heldout250", "heldout250", HELDOUT250_FLOORS),
    ("heldout249", "heldout249 (sealed)", HELDOUT249_FLOORS),
    ("heldout253", "heldout253 (sealed)", HELDOUT253_FLOORS),
    ("heldout254", "heldout254", HELDOUT254_FLOORS),
    ("heldout255", "heldout255 (sealed)", HELDOUT255_FLOORS),
    ("heldout256", "heldout256", HELDOUT256_FLOORS),
    ("heldout257", "heldout257 (sealed)", HELDOUT257_FLOORS),
    ("heldout258", "heldout258", HELDOUT258_FLOORS),
    ("heldout259", "heldout259 (sealed)", HELDOUT259_FLOORS),
    ("heldout260", "heldout260", HELDOUT260_FLOORS),
    ("heldout261", "heldout261 (sealed)", HELDOUT261_FLOORS),
    ("heldout262", "heldout262", HELDOUT262_FLOORS),
    ("heldout263", "heldout263 (sealed)", HELDOUT263_FLOORS),
    ("heldout264", "heldout264", HELDOUT264_FLOORS),
    ("heldout265", "heldout265 (sealed)", HELDOUT265_FLOORS),
    ("heldout266", "heldout266", HELDOUT266_FLOORS),
    ("heldout267", "heldout267 (sealed)", HELDOUT267_FLOORS),
    ("heldout268", "heldout268", HELDOUT268_FLOORS),
    ("heldout270", "heldout270", HELDOUT270_FLOORS),
    ("heldout271", "heldout271 (sealed)", HELDOUT271_FLOORS),
    ("heldout272", "heldout272", HELDOUT272_FLOORS),
    ("heldout276", "heldout276", HELDOUT276_FLOORS),
    ("heldout269", "heldout269 (sealed)", HELDOUT269_FLOORS),
    ("heldout273", "heldout273 (sealed)", HELDOUT273_FLOORS),
    ("heldout274", "heldout274", HELDOUT274_FLOORS),
    ("heldout275", "heldout275 (sealed)", HELDOUT275_FLOORS),
    ("heldout278", "heldout278", HELDOUT278_FLOORS),
    ("heldout282", "heldout282", HELDOUT282_FLOORS),
    ("heldout277", "heldout277 (sealed)", HELDOUT277_FLOORS),
    ("heldout281", "heldout281 (sealed)", HELDOUT281_FLOORS),
    ("heldout280", "heldout280", HELDOUT280_FLOORS),
    ("heldout279", "heldout279 (sealed)", HELDOUT279_FLOORS),
    ("heldout284", "heldout284", HELDOUT284_FLOORS),
    ("heldout285", "heldout285 (sealed)", HELDOUT285_FLOORS),
    ("heldout286", "heldout286", HELDOUT286_FLOORS),
    ("heldout283", "heldout283 (sealed)", HELDOUT283_FLOORS),
    ("heldout287", "heldout287 (sealed)", HELDOUT287_FLOORS),
    ("heldout290", "heldout290", HELDOUT290_FLOORS),
    ("heldout289", "heldout289 (sealed)", HELDOUT289_FLOORS),
    ("heldout288", "heldout288", HELDOUT288_FLOORS),
    ("heldout297", "heldout297 (sealed)", HELDOUT297_FLOORS),
    ("heldout293", "heldout293 (sealed)", HELDOUT293_FLOORS),
    ("heldout294", "heldout294", HELDOUT294_FLOORS),
    ("heldout296", "heldout296", HELDOUT296_FLOORS),
    ("heldout291", "heldout291 (sealed)", HELDOUT291_FLOORS),
    ("heldout298", "heldout298", HELDOUT298_FLOORS),
    ("heldout292", "heldout292", HELDOUT292_FLOORS),
    ("heldout295", "heldout295 (sealed)", HELDOUT295_FLOORS),
    ("heldout305", "heldout305 (sealed)", HELDOUT305_FLOORS),
    ("heldout302", "heldout302", HELDOUT302_FLOORS),
    ("heldout299", "heldout299 (sealed)", HELDOUT299_FLOORS),
    ("heldout301", "heldout301 (sealed)", HELDOUT301_FLOORS),
    ("heldout300", "heldout300", HELDOUT300_FLOORS),
    ("heldout304", "heldout304", HELDOUT304_FLOORS),
    ("heldout306", "heldout306", HELDOUT306_FLOORS),
    ("heldout303", "heldout303 (sealed)", HELDOUT303_FLOORS),
    ("heldout312", "heldout312", HELDOUT312_FLOORS),
    ("heldout311", "heldout311 (sealed)", HELDOUT311_FLOORS),
    ("heldout310", "heldout310", HELDOUT310_FLOORS),
    ("heldout309", "heldout309 (sealed)", HELDOUT309_FLOORS),
    ("heldout307", "heldout307 (sealed)", HELDOUT307_FLOORS),
    ("heldout308", "heldout308", HELDOUT308_FLOORS),
    ("heldout313", "heldout313 (sealed)", HELDOUT313_FLOORS),
    ("heldout314", "heldout314", HELDOUT314_FLOORS),
    ("heldout320", "heldout320", HELDOUT320_FLOORS),
    ("heldout315", "heldout315 (sealed)", HELDOUT315_FLOORS),
    ("heldout319", "heldout319 (sealed)", HELDOUT319_FLOORS),
    ("heldout317", "heldout317 (sealed)", HELDOUT317_FLOORS),
    ("heldout321", "heldout321 (sealed)", HELDOUT321_FLOORS),
    ("heldout316", "heldout316", HELDOUT316_FLOORS),
    ("heldout318", "heldout318", HELDOUT318_FLOORS),
    ("heldout323", "heldout323 (sealed)", HELDOUT323_FLOORS),
    ("heldout326", "heldout326", HELDOUT326_FLOORS),
    ("heldout327", "heldout327 (sealed)", HELDOUT327_FLOORS),
    ("heldout324", "heldout324", HELDOUT324_FLOORS),
    ("heldout328", "heldout328", HELDOUT328_FLOORS),
    ("heldout322", "heldout322", HELDOUT322_FLOORS),
    ("heldout325", "heldout325 (sealed)", HELDOUT325_FLOORS),
    ("heldout331", "heldout331 (sealed)", HELDOUT331_FLOORS),
    ("heldout329", "heldout329 (sealed)", HELDOUT329_FLOORS),
    ("heldout330", "heldout330", HELDOUT330_FLOORS),
    ("heldout332", "heldout332", HELDOUT332_FLOORS),
    ("heldout333", "heldout333 (sealed)", HELDOUT333_FLOORS),
    ("heldout336", "heldout336", HELDOUT336_FLOORS),
    ("heldout337", "heldout337 (sealed)", HELDOUT337_FLOORS),
    ("heldout335", "heldout335 (sealed)", HELDOUT335_FLOORS),
    ("heldout334", "heldout334", HELDOUT334_FLOORS),
    ("heldout341", "heldout341 (sealed)", HELDOUT341_FLOORS),
    ("heldout343", "heldout343 (sealed)", HELDOUT343_FLOORS),
    ("heldout340", "heldout340", HELDOUT340_FLOORS),
    ("heldout338", "heldout338", HELDOUT338_FLOORS),
    ("heldout342", "heldout342", HELDOUT342_FLOORS),
    ("heldout339", "heldout339 (sealed)", HELDOUT339_FLOORS),
    ("heldout345", "heldout345 (sealed)", HELDOUT345_FLOORS),
    ("heldout349", "heldout349 (sealed)", HELDOUT349_FLOORS),
    ("heldout348", "heldout348", HELDOUT348_FLOORS),
    ("heldout346", "heldout346", HELDOUT346_FLOORS),
    ("heldout347", "heldout347 (sealed)", HELDOUT347_FLOORS),
    ("heldout344", "heldout344", HELDOUT344_FLOORS),
    ("heldout350", "heldout350", HELDOUT350_FLOORS),
    ("heldout352", "heldout352", HELDOUT352_FLOORS),
    ("heldout351", "heldout351 (sealed)", HELDOUT351_FLOORS),
    ("heldout353", "heldout353 (sealed)", HELDOUT353_FLOORS),
    ("heldout356", "heldout356", HELDOUT356_FLOORS),
    ("heldout357", "heldout357 (sealed)", HELDOUT357_FLOORS),
    ("heldout355", "heldout355 (sealed)", HELDOUT355_FLOORS),
    ("heldout354", "heldout354", HELDOUT354_FLOORS),
    ("heldout358", "heldout358", HELDOUT358_FLOORS),
    ("heldout359", "heldout359 (sealed)", HELDOUT359_FLOORS),
    ("heldout360", "heldout360", HELDOUT360_FLOORS),
    ("heldout361", "heldout361 (sealed)", HELDOUT361_FLOORS),
    ("heldout362", "heldout362", HELDOUT362_FLOORS),
    ("heldout363", "heldout363 (sealed)", HELDOUT363_FLOORS),
    ("heldout364", "heldout364", HELDOUT364_FLOORS),
    ("heldout365", "heldout365 (sealed)", HELDOUT365_FLOORS),
    ("heldout366", "heldout366", HELDOUT366_FLOORS),
    ("heldout367", "heldout367 (sealed)", HELDOUT367_FLOORS),
    ("heldout368", "heldout368", HELDOUT368_FLOORS),
    ("heldout369", "heldout369 (sealed)", HELDOUT369_FLOORS),
    ("heldout370", "heldout370", HELDOUT370_FLOORS),
    ("heldout371", "heldout371 (sealed)", HELDOUT371_FLOORS),
    ("heldout372", "heldout372", HELDOUT372_FLOORS),
    ("heldout373", "heldout373 (sealed)", HELDOUT373_FLOORS),
    ("heldout375", "heldout375 (sealed)", HELDOUT375_FLOORS),
    ("heldout376", "heldout376", HELDOUT376_FLOORS),
    ("heldout377", "heldout377 (sealed)", HELDOUT377_FLOORS),
    ("heldout374", "heldout374", HELDOUT374_FLOORS),
    ("heldout378", "heldout378", HELDOUT378_FLOORS),
    ("heldout379", "heldout379 (sealed)", HELDOUT379_FLOORS),
    ("heldout380", "heldout380", HELDOUT380_FLOORS),
    ("heldout381", "heldout381 (sealed)", HELDOUT381_FLOORS),
    ("heldout383", "heldout383 (sealed)", HELDOUT383_FLOORS),
    ("heldout386", "heldout386", HELDOUT386_FLOORS),
    ("heldout387", "heldout387 (sealed)", HELDOUT387_FLOORS),
    ("heldout382", "heldout382", HELDOUT382_FLOORS),
    ("heldout384", "heldout384", HELDOUT384_FLOORS),
    ("heldout385", "heldout385 (sealed)", HELDOUT385_FLOORS),
    ("heldout388", "heldout388", HELDOUT388_FLOORS),
    ("heldout389", "heldout389 (sealed)", HELDOUT389_FLOORS),
    ("heldout392", "heldout392", HELDOUT392_FLOORS),
    ("heldout393", "heldout393 (sealed)", HELDOUT393_FLOORS),
    ("heldout390", "heldout390", HELDOUT390_FLOORS),
    ("heldout391", "heldout391 (sealed)", HELDOUT391_FLOORS),
    ("heldout396", "heldout396", HELDOUT396_FLOORS),
    ("heldout395", "heldout395 (sealed)", HELDOUT395_FLOORS),
    ("heldout398", "heldout398", HELDOUT398_FLOORS),
    ("heldout397", "heldout397 (sealed)", HELDOUT397_FLOORS),
    ("heldout399", "heldout399 (sealed)", HELDOUT399_FLOORS),
    ("heldout394", "heldout394", HELDOUT394_FLOORS),
    ("heldout402", "heldout402", HELDOUT402_FLOORS),
    ("heldout404", "heldout404", HELDOUT404_FLOORS),
    ("heldout403", "heldout403 (sealed)", HELDOUT403_FLOORS),
    ("heldout405", "heldout405 (sealed)", HELDOUT405_FLOORS),
    ("heldout401", "heldout401 (sealed)", HELDOUT401_FLOORS),
    ("heldout400", "heldout400", HELDOUT400_FLOORS),
    ("heldout406", "heldout406", HELDOUT406_FLOORS),
    ("heldout407", "heldout407 (sealed)", HELDOUT407_FLOORS),
    ("heldout408", "heldout408", HELDOUT408_FLOORS),
    ("heldout409", "heldout409 (sealed)", HELDOUT409_FLOORS),
    ("heldout410", "heldout410", HELDOUT410_FLOORS),
    ("heldout411", "heldout411 (sealed)", HELDOUT411_FLOORS),
    ("heldout412", "heldout412", HELDOUT412_FLOORS),
    ("heldout413", "heldout413 (sealed)", HELDOUT413_FLOORS),
    ("heldout414", "heldout414", HELDOUT414_FLOORS),
    ("heldout415", "heldout415 (sealed)", HELDOUT415_FLOORS),
    ("heldout416", "heldout416", HELDOUT416_FLOORS),
    ("heldout418", "heldout418", HELDOUT418_FLOORS),
    ("heldout419", "heldout419 (sealed)", HELDOUT419_FLOORS),
    ("heldout421", "heldout421 (sealed)", HELDOUT421_FLOORS),
    ("heldout417", "heldout417 (sealed)", HELDOUT417_FLOORS),
    ("heldout420", "heldout420", HELDOUT420_FLOORS),
    ("heldout423", "heldout423 (sealed)", HELDOUT423_FLOORS),
    ("heldout424", "heldout424", HELDOUT424_FLOORS),
    ("heldout426", "heldout426", HELDOUT426_FLOORS),
    ("heldout422", "heldout422", HELDOUT422_FLOORS),
    ("heldout429", "heldout429 (sealed)", HELDOUT429_FLOORS),
    ("heldout428", "heldout428", HELDOUT428_FLOORS),
    ("heldout425", "heldout425 (sealed)", HELDOUT425_FLOORS),
    ("heldout427", "heldout427 (sealed)", HELDOUT427_FLOORS),
    ("heldout433", "heldout433 (sealed)", HELDOUT433_FLOORS),
    ("heldout432", "heldout432", HELDOUT432_FLOORS),
    ("heldout430", "heldout430", HELDOUT430_FLOORS),
    ("heldout437", "heldout437 (sealed)", HELDOUT437_FLOORS),
    ("heldout434", "heldout434", HELDOUT434_FLOORS),
    ("heldout431", "heldout431 (sealed)", HELDOUT431_FLOORS),
    ("heldout436", "heldout436", HELDOUT436_FLOORS),
    ("heldout435", "heldout435 (sealed)", HELDOUT435_FLOORS),
    ("heldout442", "heldout442", HELDOUT442_FLOORS),
    ("heldout438", "heldout438", HELDOUT438_FLOORS),
    ("heldout439", "heldout439 (sealed)", HELDOUT439_FLOORS),
    ("heldout440", "heldout440", HELDOUT440_FLOORS),
    ("heldout443", "heldout443 (sealed)", HELDOUT443_FLOORS),
    ("heldout444", "heldout444", HELDOUT444_FLOORS),
    ("heldout445", "heldout445 (sealed)", HELDOUT445_FLOORS),
    ("heldout441", "heldout441 (sealed)", HELDOUT441_FLOORS),
    ("heldout452", "heldout452", HELDOUT452_FLOORS),
    ("heldout447", "heldout447 (sealed)", HELDOUT447_FLOORS),
    ("heldout450", "heldout450", HELDOUT450_FLOORS),
    ("heldout453", "heldout453 (sealed)", HELDOUT453_FLOORS),
    ("heldout449", "heldout449 (sealed)", HELDOUT449_FLOORS),
    ("heldout448", "heldout448", HELDOUT448_FLOORS),
    ("heldout451", "heldout451 (sealed)", HELDOUT451_FLOORS),
    ("heldout446", "heldout446", HELDOUT446_FLOORS),
    ("heldout459", "heldout459 (sealed)", HELDOUT459_FLOORS),
    ("heldout460", "heldout460", HELDOUT460_FLOORS),
    ("heldout457", "heldout457 (sealed)", HELDOUT457_FLOORS),
    ("heldout461", "heldout461 (sealed)", HELDOUT461_FLOORS),
    ("heldout456", "heldout456", HELDOUT456_FLOORS),
    ("heldout458", "heldout458", HELDOUT458_FLOORS),
    ("heldout454", "heldout454", HELDOUT454_FLOORS),
    ("heldout455", "heldout455 (sealed)", HELDOUT455_FLOORS),
    ("heldout462", "heldout462", HELDOUT462_FLOORS),
    ("heldout463", "heldout463 (sealed)", HELDOUT463_FLOORS),
    ("heldout464", "heldout464", HELDOUT464_FLOORS),
    ("heldout465", "heldout465 (sealed)", HELDOUT465_FLOORS),
    ("heldout466", "heldout466", HELDOUT466_FLOORS),
    ("heldout467", "heldout467 (sealed)", HELDOUT467_FLOORS),
    ("heldout468", "heldout468", HELDOUT468_FLOORS),
    ("heldout469", "heldout469 (sealed)", HELDOUT469_FLOORS),
    ("heldout471", "heldout471 (sealed)", HELDOUT471_FLOORS),
    ("heldout472", "heldout472", HELDOUT472_FLOORS),
    ("heldout475", "heldout475 (sealed)", HELDOUT475_FLOORS),
    ("heldout477", "heldout477 (sealed)", HELDOUT477_FLOORS),
    ("heldout470", "heldout470", HELDOUT470_FLOORS),
    ("heldout473", "heldout473 (sealed)", HELDOUT473_FLOORS),
    ("heldout474", "heldout474", HELDOUT474_FLOORS),
    ("heldout476", "heldout476", HELDOUT476_FLOORS),
    ("heldout478", "heldout478", HELDOUT478_FLOORS),
    ("heldout479", "heldout479 (sealed)", HELDOUT479_FLOORS),
    ("heldout480", "heldout480", HELDOUT480_FLOORS),
    ("heldout481", "heldout481 (sealed)", HELDOUT481_FLOORS),
    ("heldout482", "heldout482", HELDOUT482_FLOORS),
    ("heldout483", "heldout483 (sealed)", HELDOUT483_FLOORS),
    ("heldout485", "heldout485 (sealed)", HELDOUT485_FLOORS),
    ("heldout484", "heldout484", HELDOUT484_FLOORS),
    ("heldout486", "heldout486", HELDOUT486_FLOORS),
    ("heldout487", "heldout487 (sealed)", HELDOUT487_FLOORS),
    ("heldout488", "heldout488", HELDOUT488_FLOORS),
    ("heldout489", "heldout489 (sealed)", HELDOUT489_FLOORS),
    ("heldout490", "heldout490", HELDOUT490_FLOORS),
    ("heldout491", "heldout491 (sealed)", HELDOUT491_FLOORS),
    ("heldout492", "heldout492", HELDOUT492_FLOORS),
    ("heldout493", "heldout493 (sealed)", HELDOUT493_FLOORS),
    ("heldout498", "heldout498", HELDOUT498_FLOORS),
    ("heldout501", "heldout501 (sealed)", HELDOUT501_FLOORS),
    ("heldout500", "heldout500", HELDOUT500_FLOORS),
    ("heldout496", "heldout496", HELDOUT496_FLOORS),
    ("heldout495", "heldout495 (sealed)", HELDOUT495_FLOORS),
    ("heldout499", "heldout499 (sealed)", HELDOUT499_FLOORS),
    ("heldout497", "heldout497 (sealed)", HELDOUT497_FLOORS),
    ("heldout494", "heldout494", HELDOUT494_FLOORS),
    ("heldout507", "heldout507 (sealed)", HELDOUT507_FLOORS),
    ("heldout509", "heldout509 (sealed)", HELDOUT509_FLOORS),
    ("heldout508", "heldout508", HELDOUT508_FLOORS),
    ("heldout504", "heldout504", HELDOUT504_FLOORS),
    ("heldout503", "heldout503 (sealed)", HELDOUT503_FLOORS),
    ("heldout505", "heldout505 (sealed)", HELDOUT505_FLOORS),
    ("heldout506", "heldout506", HELDOUT506_FLOORS),
    ("heldout502", "heldout502", HELDOUT502_FLOORS),
    ("heldout510", "heldout510", HELDOUT510_FLOORS),
    ("heldout511", "heldout511 (sealed)", HELDOUT511_FLOORS),
    ("heldout513", "heldout513 (sealed)", HELDOUT513_FLOORS),
    ("heldout515", "heldout515 (sealed)", HELDOUT515_FLOORS),
    ("heldout516", "heldout516", HELDOUT516_FLOORS),
    ("heldout512", "heldout512", HELDOUT512_FLOORS),
    ("heldout517", "heldout517 (sealed)", HELDOUT517_FLOORS),
    ("heldout514", "heldout514", HELDOUT514_FLOORS),
    ("heldout518", "heldout518", HELDOUT518_FLOORS),
    ("heldout524", "heldout524", HELDOUT524_FLOORS),
    ("heldout519", "heldout519 (sealed)", HELDOUT519_FLOORS),
    ("heldout525", "heldout525 (sealed)", HELDOUT525_FLOORS),
    ("heldout522", "heldout522", HELDOUT522_FLOORS),
    ("heldout520", "heldout520", HELDOUT520_FLOORS),
    ("heldout521", "heldout521 (sealed)", HELDOUT521_FLOORS),
    ("heldout523", "heldout523 (sealed)", HELDOUT523_FLOORS),
    ("heldout526", "heldout526", HELDOUT526_FLOORS),
    ("heldout527", "heldout527 (sealed)", HELDOUT527_FLOORS),
    ("heldout528", "heldout528", HELDOUT528_FLOORS),
    ("heldout530", "heldout530", HELDOUT530_FLOORS),
    ("heldout531", "heldout531 (sealed)", HELDOUT531_FLOORS),
    ("heldout533", "heldout533 (sealed)", HELDOUT533_FLOORS),
    ("heldout529", "heldout529 (sealed)", HELDOUT529_FLOORS),
    ("heldout532", "heldout532", HELDOUT532_FLOORS),
    ("heldout535", "heldout535 (sealed)", HELDOUT535_FLOORS),
    ("heldout537", "heldout537 (sealed)", HELDOUT537_FLOORS),
    ("heldout541", "heldout541 (sealed)", HELDOUT541_FLOORS),
    ("heldout534", "heldout534", HELDOUT534_FLOORS),
    ("heldout536", "heldout536", HELDOUT536_FLOORS),
    ("heldout538", "heldout538", HELDOUT538_FLOORS),
    ("heldout539", "heldout539 (sealed)", HELDOUT539_FLOORS),
    ("heldout540", "heldout540", HELDOUT540_FLOORS),
    ("heldout543", "heldout543 (sealed)", HELDOUT543_FLOORS),
    ("heldout546", "heldout546", HELDOUT546_FLOORS),
    ("heldout547", "heldout547 (sealed)", HELDOUT547_FLOORS),
    ("heldout549", "heldout549 (sealed)", HELDOUT549_FLOORS),
    ("heldout548", "heldout548", HELDOUT548_FLOORS),
    ("heldout542", "heldout542", HELDOUT542_FLOORS),
    ("heldout544", "heldout544", HELDOUT544_FLOORS),
    ("heldout545", "heldout545 (sealed)", HELDOUT545_FLOORS),
    ("heldout550", "heldout550", HELDOUT550_FLOORS),
    ("heldout555", "heldout555 (sealed)", HELDOUT555_FLOORS),
    ("heldout557", "heldout557 (sealed)", HELDOUT557_FLOORS),
    ("heldout553", "heldout553 (sealed)", HELDOUT553_FLOORS),
    ("heldout556", "heldout556", HELDOUT556_FLOORS),
    ("heldout552", "heldout552", HELDOUT552_FLOORS),
    ("heldout551", "heldout551 (sealed)", HELDOUT551_FLOORS),
    ("heldout554", "heldout554", HELDOUT554_FLOORS),
    ("heldout558", "heldout558", HELDOUT558_FLOORS),
    ("heldout561", "heldout561 (sealed)", HELDOUT561_FLOORS),
    ("heldout562", "heldout562", HELDOUT562_FLOORS),
    ("heldout560", "heldout560", HELDOUT560_FLOORS),
    ("heldout563", "heldout563 (sealed)", HELDOUT563_FLOORS),
    ("heldout559", "heldout559 (sealed)", HELDOUT559_FLOORS),
    ("heldout564", "heldout564", HELDOUT564_FLOORS),
    ("heldout565", "heldout565 (sealed)", HELDOUT565_FLOORS),
    ("heldout570", "heldout570", HELDOUT570_FLOORS),
    ("heldout569", "heldout569 (sealed)", HELDOUT569_FLOORS),
    ("heldout571", "heldout571 (sealed)", HELDOUT571_FLOORS),
    ("heldout568", "heldout568", HELDOUT568_FLOORS),
    ("heldout575", "heldout575 (sealed)", HELDOUT575_FLOORS),
    ("heldout566", "heldout566", HELDOUT566_FLOORS),
    ("heldout567", "heldout567 (sealed)", HELDOUT567_FLOORS),
    ("heldout573", "heldout573 (sealed)", HELDOUT573_FLOORS),
    ("heldout572", "heldout572", HELDOUT572_FLOORS),
    ("heldout574", "heldout574", HELDOUT574_FLOORS),
    ("heldout576", "heldout576", HELDOUT576_FLOORS),
    ("heldout577", "heldout577 (sealed)", HELDOUT577_FLOORS),
    ("heldout578", "heldout578", HELDOUT578_FLOORS),
    ("heldout580", "heldout580", HELDOUT580_FLOORS),
    ("heldout581", "heldout581 (sealed)", HELDOUT581_FLOORS),
    ("heldout579", "heldout579 (sealed)", HELDOUT579_FLOORS),
    ("heldout587", "heldout587 (sealed)", HELDOUT587_FLOORS),
    ("heldout584", "heldout584", HELDOUT584_FLOORS),
    ("heldout586", "heldout586", HELDOUT586_FLOORS),
    ("heldout588", "heldout588", HELDOUT588_FLOORS),
    ("heldout583", "heldout583 (sealed)", HELDOUT583_FLOORS),
    ("heldout585", "heldout585 (sealed)", HELDOUT585_FLOORS),
    ("heldout582", "heldout582", HELDOUT582_FLOORS),
    ("heldout589", "heldout589 (sealed)", HELDOUT589_FLOORS),
    ("heldout590", "heldout590", HELDOUT590_FLOORS),
    ("heldout591", "heldout591 (sealed)", HELDOUT591_FLOORS),
    ("heldout592", "heldout592", HELDOUT592_FLOORS),
    ("heldout593", "heldout593 (sealed)", HELDOUT593_FLOORS),
    ("heldout594", "heldout594", HELDOUT594_FLOORS),
    ("heldout595", "heldout595 (sealed)", HELDOUT595_FLOORS),
    ("heldout596", "heldout596", HELDOUT596_FLOORS),
    ("heldout598", "heldout598", HELDOUT598_FLOORS),
    ("heldout599", "heldout599 (sealed)", HELDOUT599_FLOORS),
    ("heldout601", "heldout601 (sealed)", HELDOUT601_FLOORS),
    ("heldout602", "heldout602", HELDOUT602_FLOORS),
    ("heldout603", "heldout603 (sealed)", HELDOUT603_FLOORS),
    ("heldout604", "heldout604", HELDOUT604_FLOORS),
    ("heldout605", "heldout605 (sealed)", HELDOUT605_FLOORS),
    ("heldout606", "heldout606", HELDOUT606_FLOORS),
    ("heldout607", "heldout607 (sealed)", HELDOUT607_FLOORS),
    ("heldout608", "heldout608", HELDOUT608_FLOORS),
    ("heldout609", "heldout609 (sealed)", HELDOUT609_FLOORS),
    ("heldout610", "heldout610", HELDOUT610_FLOORS),
    ("heldout611", "heldout611 (sealed)", HELDOUT611_FLOORS),
    ("heldout612", "heldout612", HELDOUT612_FLOORS),
    ("heldout613", "heldout613 (sealed)", HELDOUT613_FLOORS),
    ("heldout614", "heldout614", HELDOUT614_FLOORS),
    ("heldout615", "heldout615 (sealed)", HELDOUT615_FLOORS),
    ("heldout616", "heldout616", HELDOUT616_FLOORS),
    ("heldout617", "heldout617 (sealed)", HELDOUT617_FLOORS),
    ("heldout618", "heldout618", HELDOUT618_FLOORS),
    ("heldout619", "heldout619 (sealed)", HELDOUT619_FLOORS),
    ("heldout620", "heldout620", HELDOUT620_FLOORS),
    ("heldout621", "heldout621 (sealed)", HELDOUT621_FLOORS),
    ("heldout622", "heldout622", HELDOUT622_FLOORS),
    ("heldout623", "heldout623 (sealed)", HELDOUT623_FLOORS),
    ("heldout625", "heldout625 (sealed)", HELDOUT625_FLOORS),
    ("heldout626", "heldout626", HELDOUT626_FLOORS),
    ("heldout627", "heldout627 (sealed)", HELDOUT627_FLOORS),
    ("heldout624", "heldout624", HELDOUT624_FLOORS),
    ("heldout628", "heldout628", HELDOUT628_FLOORS),
    ("heldout630", "heldout630", HELDOUT630_FLOORS),
    ("heldout631", "heldout631 (sealed)", HELDOUT631_FLOORS),
    ("heldout634", "heldout634", HELDOUT634_FLOORS),
    ("heldout633", "heldout633 (sealed)", HELDOUT633_FLOORS),
    ("heldout636", "heldout636", HELDOUT636_FLOORS),
    ("heldout640", "heldout640", HELDOUT640_FLOORS),
    ("heldout639", "heldout639 (sealed)", HELDOUT639_FLOORS),
    ("heldout632", "heldout632", HELDOUT632_FLOORS),
    ("heldout637", "heldout637 (sealed)", HELDOUT637_FLOORS),
    ("heldout638", "heldout638", HELDOUT638_FLOORS),
    ("heldout642", "heldout642", HELDOUT642_FLOORS),
    ("heldout635", "heldout635 (sealed)", HELDOUT635_FLOORS),
    ("heldout641", "heldout641 (sealed)", HELDOUT641_FLOORS),
    ("heldout643", "heldout643 (sealed)", HELDOUT643_FLOORS),
    ("heldout644", "heldout644", HELDOUT644_FLOORS),
    ("heldout646", "heldout646", HELDOUT646_FLOORS),
    ("heldout647", "heldout647 (sealed)", HELDOUT647_FLOORS),
    ("heldout649", "heldout649 (sealed)", HELDOUT649_FLOORS),
    ("heldout650", "heldout650", HELDOUT650_FLOORS),
    ("heldout645", "heldout645 (sealed)", HELDOUT645_FLOORS),
    ("heldout648", "heldout648", HELDOUT648_FLOORS),
    ("heldout651", "heldout651 (sealed)", HELDOUT651_FLOORS),
    ("heldout652", "heldout652", HELDOUT652_FLOORS),
    ("heldout654", "heldout654", HELDOUT654_FLOORS),
    ("heldout653", "heldout653 (sealed)", HELDOUT653_FLOORS),
    ("heldout655", "heldout655 (sealed)", HELDOUT655_FLOORS),
    ("heldout656", "heldout656", HELDOUT656_FLOORS),
    ("heldout663", "heldout663 (sealed)", HELDOUT663_FLOORS),
    ("heldout657", "heldout657 (sealed)", HELDOUT657_FLOORS),
    ("heldout658", "heldout658", HELDOUT658_FLOORS),
    ("heldout659", "heldout659 (sealed)", HELDOUT659_FLOORS),
    ("heldout660", "heldout660", HELDOUT660_FLOORS),
    ("heldout661", "heldout661 (sealed)", HELDOUT661_FLOORS),
    ("heldout662", "heldout662", HELDOUT662_FLOORS),
    ("heldout664", "heldout664", HELDOUT664_FLOORS),
    ("heldout665", "heldout665 (sealed)", HELDOUT665_FLOORS),
    ("heldout666", "heldout666", HELDOUT666_FLOORS),
    ("heldout667", "heldout667 (sealed)", HELDOUT667_FLOORS),
    ("heldout670", "heldout670", HELDOUT670_FLOORS),
    ("heldout672", "heldout672", HELDOUT672_FLOORS),
    ("heldout668", "heldout668", HELDOUT668_FLOORS),
    ("heldout669", "heldout669 (sealed)", HELDOUT669_FLOORS),
    ("heldout671", "heldout671 (sealed)", HELDOUT671_FLOORS),
    ("heldout673", "heldout673 (sealed)", HELDOUT673_FLOORS),
    ("heldout675", "heldout675 (sealed)", HELDOUT675_FLOORS),
    ("heldout677", "heldout677 (sealed)", HELDOUT677_FLOORS),
    ("heldout678", "heldout678", HELDOUT678_FLOORS),
    ("heldout674", "heldout674", HELDOUT674_FLOORS),
    ("heldout676", "heldout676", HELDOUT676_FLOORS),
    ("heldout679", "heldout679 (sealed)", HELDOUT679_FLOORS),
    ("heldout680", "heldout680", HELDOUT680_FLOORS),
    ("heldout682", "heldout682", HELDOUT682_FLOORS),
    ("heldout683", "heldout683 (sealed)", HELDOUT683_FLOORS),
    ("heldout685", "heldout685 (sealed)", HELDOUT685_FLOORS),
    ("heldout688", "heldout688", HELDOUT688_FLOORS),
    ("heldout684", "heldout684", HELDOUT684_FLOORS),
    ("heldout686", "heldout686", HELDOUT686_FLOORS),
    ("heldout681", "heldout681 (sealed)", HELDOUT681_FLOORS),
    ("heldout687", "heldout687 (sealed)", HELDOUT687_FLOORS),
    ("heldout689", "heldout689 (sealed)", HELDOUT689_FLOORS),
    ("heldout690", "heldout690", HELDOUT690_FLOORS),
    ("heldout691", "heldout691 (sealed)", HELDOUT691_FLOORS),
    ("heldout692", "heldout692", HELDOUT692_FLOORS),
    ("heldout693", "heldout693 (sealed)", HELDOUT693_FLOORS),
    ("heldout694", "heldout694", HELDOUT694_FLOORS),
    ("heldout695", "heldout695 (sealed)", HELDOUT695_FLOORS),
    ("heldout696", "heldout696", HELDOUT696_FLOORS),
    ("heldout699", "heldout699 (sealed)", HELDOUT699_FLOORS),
    ("heldout697", "heldout697 (sealed)", HELDOUT697_FLOORS),
    ("heldout698", "heldout698", HELDOUT698_FLOORS),
    ("heldout702", "heldout702", HELDOUT702_FLOORS),
    ("heldout703", "heldout703 (sealed)", HELDOUT703_FLOORS),
    ("heldout701", "heldout701 (sealed)", HELDOUT701_FLOORS),
    ("heldout700", "heldout700", HELDOUT700_FLOORS),
    ("heldout704", "heldout704", HELDOUT704_FLOORS),
    ("heldout705", "heldout705 (sealed)", HELDOUT705_FLOORS),
    ("heldout706", "heldout706", HELDOUT706_FLOORS),
    ("heldout707", "heldout707 (sealed)", HELDOUT707_FLOORS),
    ("heldout708", "heldout708", HELDOUT708_FLOORS),
    ("heldout709", "heldout709 (sealed)", HELDOUT709_FLOORS),
    ("heldout710", "heldout710", HELDOUT710_FLOORS),
    ("heldout712", "heldout712", HELDOUT712_FLOORS),
    ("heldout713", "heldout713 (sealed)", HELDOUT713_FLOORS),
    ("heldout714", "heldout714", HELDOUT714_FLOORS),
    ("heldout715", "heldout715 (sealed)", HELDOUT715_FLOORS),
    ("heldout716", "heldout716", HELDOUT716_FLOORS),
    ("heldout717", "heldout717 (sealed)", HELDOUT717_FLOORS),
    ("heldout718", "heldout718", HELDOUT718_FLOORS),
    ("heldout719", "heldout719 (sealed)", HELDOUT719_FLOORS),
    ("heldout720", "heldout720", HELDOUT720_FLOORS),
    ("heldout721", "heldout721 (sealed)", HELDOUT721_FLOORS),
    ("heldout722", "heldout722", HELDOUT722_FLOORS),
    ("heldout723", "heldout723 (sealed)", HELDOUT723_FLOORS),
    ("heldout724", "heldout724", HELDOUT724_FLOORS),
    ("heldout725", "heldout725 (sealed)", HELDOUT725_FLOORS),
    ("heldout726", "heldout726", HELDOUT726_FLOORS),
    ("heldout727", "heldout727 (sealed)", HELDOUT727_FLOORS),
    ("heldout728", "heldout728", HELDOUT728_FLOORS),
    ("heldout729", "heldout729 (sealed)", HELDOUT729_FLOORS),
    ("heldout730", "heldout730", HELDOUT730_FLOORS),
    ("heldout731", "heldout731 (sealed)", HELDOUT731_FLOORS),
    ("heldout732", "heldout732", HELDOUT732_FLOORS),
    ("heldout733", "heldout733 (sealed)", HELDOUT733_FLOORS),
    ("heldout734", "heldout734", HELDOUT734_FLOORS),
    ("heldout735", "heldout735 (sealed)", HELDOUT735_FLOORS),
    ("heldout736", "heldout736", HELDOUT736_FLOORS),
    ("heldout737", "heldout737 (sealed)", HELDOUT737_FLOORS),
    ("heldout738", "heldout738", HELDOUT738_FLOORS),
    ("heldout739", "heldout739 (sealed)", HELDOUT739_FLOORS),
    ("heldout740", "heldout740", HELDOUT740_FLOORS),
    ("heldout741", "heldout741 (sealed)", HELDOUT741_FLOORS),
    ("heldout742", "heldout742", HELDOUT742_FLOORS),
    ("heldout743", "heldout743 (sealed)", HELDOUT743_FLOORS),
    ("heldout744", "heldout744", HELDOUT744_FLOORS),
    ("heldout745", "heldout745 (sealed)", HELDOUT745_FLOORS),
    ("heldout746", "heldout746", HELDOUT746_FLOORS),
    ("heldout747", "heldout747 (sealed)", HELDOUT747_FLOORS),
    ("heldout748", "heldout748", HELDOUT748_FLOORS),
    ("heldout749", "heldout749 (sealed)", HELDOUT749_FLOORS),
    ("heldout750", "heldout750", HELDOUT750_FLOORS),
    ("heldout751", "heldout751 (sealed)", HELDOUT751_FLOORS),
    ("heldout752", "heldout752", HELDOUT752_FLOORS),
    ("heldout753", "heldout753 (sealed)", HELDOUT753_FLOORS),
    ("heldout754", "heldout754", HELDOUT754_FLOORS),
    ("heldout755", "heldout755 (sealed)", HELDOUT755_FLOORS),
    ("heldout756", "heldout756", HELDOUT756_FLOORS),
    ("heldout757", "heldout757 (sealed)", HELDOUT757_FLOORS),
    ("heldout758", "heldout758", HELDOUT758_FLOORS),
    ("heldout759", "heldout759 (sealed)", HELDOUT759_FLOORS),
    ("heldout760", "heldout760", HELDOUT760_FLOORS),
    ("heldout761", "heldout761 (sealed)", HELDOUT761_FLOORS),
    ("heldout762", "heldout762", HELDOUT762_FLOORS),
    ("heldout763", "heldout763 (sealed)", HELDOUT763_FLOORS),
    ("heldout764", "heldout764", HELDOUT764_FLOORS),
    ("heldout765", "heldout765 (sealed)", HELDOUT765_FLOORS),
    ("heldout766", "heldout766", HELDOUT766_FLOORS),
    ("heldout767", "heldout767 (sealed)", HELDOUT767_FLOORS),
    ("heldout768", "heldout768", HELDOUT768_FLOORS),
    ("heldout769", "heldout769 (sealed)", HELDOUT769_FLOORS),
    ("heldout770", "heldout770", HELDOUT770_FLOORS),
    ("heldout771", "heldout771 (sealed)", HELDOUT771_FLOORS),
    ("heldout772", "heldout772", HELDOUT772_FLOORS),
    ("heldout773", "heldout773 (sealed)", HELDOUT773_FLOORS),
    ("heldout774", "heldout774", HELDOUT774_FLOORS),
    ("heldout775", "heldout775 (sealed)", HELDOUT775_FLOORS),
    ("heldout776", "heldout776", HELDOUT776_FLOORS),
    ("heldout777", "heldout777 (sealed)", HELDOUT777_FLOORS),
    ("heldout778", "heldout778", HELDOUT778_FLOORS),
    ("heldout779", "heldout779 (sealed)", HELDOUT779_FLOORS),
    ("heldout780", "heldout780", HELDOUT780_FLOORS),
    ("heldout781", "heldout781 (sealed)", HELDOUT781_FLOORS),
    ("heldout782", "heldout782", HELDOUT782_FLOORS),
    ("heldout783", "heldout783 (sealed)", HELDOUT783_FLOORS),
    ("heldout784", "heldout784", HELDOUT784_FLOORS),
    ("heldout785", "heldout785 (sealed)", HELDOUT785_FLOORS),
    ("heldout786", "heldout786", HELDOUT786_FLOORS),
    ("heldout787", "heldout787 (sealed)", HELDOUT787_FLOORS),
    ("heldout788", "heldout788", HELDOUT788_FLOORS),
    ("heldout789", "heldout789 (sealed)", HELDOUT789_FLOORS),
    ("heldout790", "heldout790", HELDOUT790_FLOORS),
    ("heldout791", "heldout791 (sealed)", HELDOUT791_FLOORS),
    ("heldout792", "heldout792", HELDOUT792_FLOORS),
    ("heldout793", "heldout793 (sealed)", HELDOUT793_FLOORS),
    ("heldout794", "heldout794", HELDOUT794_FLOORS),
    ("heldout795", "heldout795 (sealed)", HELDOUT795_FLOORS),
    ("heldout796", "heldout796", HELDOUT796_FLOORS),
    ("heldout797", "heldout797 (sealed)", HELDOUT797_FLOORS),
    ("heldout798", "heldout798", HELDOUT798_FLOORS),
    ("heldout799", "heldout799 (sealed)", HELDOUT799_FLOORS),
    ("heldout800", "heldout800", HELDOUT800_FLOORS),
    ("heldout801", "heldout801 (sealed)", HELDOUT801_FLOORS),
    ("heldout802", "heldout802", HELDOUT802_FLOORS),
    ("heldout803", "heldout803 (sealed)", HELDOUT803_FLOORS),
    ("heldout804", "heldout804", HELDOUT804_FLOORS),
    ("heldout805", "heldout805 (sealed)", HELDOUT805_FLOORS),
    ("heldout806", "heldout806", HELDOUT806_FLOORS),
    ("heldout807", "heldout807 (sealed)", HELDOUT807_FLOORS),
    ("heldout808", "heldout808", HELDOUT808_FLOORS),
    ("heldout809", "heldout809 (sealed)", HELDOUT809_FLOORS),
    ("heldout810", "heldout810", HELDOUT810_FLOORS),
    ("heldout811", "heldout811 (sealed)", HELDOUT811_FLOORS),
    ("heldout812", "heldout812", HELDOUT812_FLOORS),
    ("heldout813", "heldout813 (sealed)", HELDOUT813_FLOORS),
    ("heldout814", "heldout814", HELDOUT814_FLOORS),
    ("heldout815", "heldout815 (sealed)", HELDOUT815_FLOORS),
    ("heldout816", "heldout816", HELDOUT816_FLOORS),
    ("heldout817", "heldout817 (sealed)", HELDOUT817_FLOORS),
    ("heldout818", "heldout818", HELDOUT818_FLOORS),
    ("heldout819", "heldout819 (sealed)", HELDOUT819_FLOORS),
    ("heldout820", "heldout820", HELDOUT820_FLOORS),
    ("heldout821", "heldout821 (sealed)", HELDOUT821_FLOORS),
    ("heldout822", "heldout822", HELDOUT822_FLOORS),
    ("heldout823", "heldout823 (sealed)", HELDOUT823_FLOORS),
    ("heldout824", "heldout824", HELDOUT824_FLOORS),
    ("heldout825", "heldout825 (sealed)", HELDOUT825_FLOORS),
    ("heldout826", "heldout826", HELDOUT826_FLOORS),
    ("heldout827", "heldout827 (sealed)", HELDOUT827_FLOORS),
    ("heldout828", "heldout828", HELDOUT828_FLOORS),
    ("heldout829", "heldout829 (sealed)", HELDOUT829_FLOORS),
    ("heldout830", "heldout830", HELDOUT830_FLOORS),
    ("heldout831", "heldout831 (sealed)", HELDOUT831_FLOORS),
    ("heldout832", "heldout832", HELDOUT832_FLOORS),
    ("heldout833", "heldout833 (sealed)", HELDOUT833_FLOORS),
    ("heldout834", "heldout834", HELDOUT834_FLOORS),
    ("heldout835", "heldout835 (sealed)", HELDOUT835_FLOORS),
    ("heldout836", "heldout836", HELDOUT836_FLOORS),
    ("heldout837", "heldout837 (sealed)", HELDOUT837_FLOORS),
    ("heldout838", "heldout838", HELDOUT838_FLOORS),
    ("heldout839", "heldout839 (sealed)", HELDOUT839_FLOORS),
    ("heldout840", "heldout840", HELDOUT840_FLOORS),
    ("heldout841", "heldout841 (sealed)", HELDOUT841_FLOORS),
    ("heldout842", "heldout842", HELDOUT842_FLOORS),
    ("heldout844", "heldout844", HELDOUT844_FLOORS),
    ("heldout845", "heldout845 (sealed)", HELDOUT845_FLOORS),
    ("heldout846", "heldout846", HELDOUT846_FLOORS),
    ("heldout847", "heldout847 (sealed)", HELDOUT847_FLOORS),
    ("heldout848", "heldout848", HELDOUT848_FLOORS),
    ("heldout849", "heldout849 (sealed)", HELDOUT849_FLOORS),
    ("heldout850", "heldout850", HELDOUT850_FLOORS),
    ("heldout851", "heldout851 (sealed)", HELDOUT851_FLOORS),
    ("heldout852", "heldout852", HELDOUT852_FLOORS),
    ("heldout853", "heldout853 (sealed)", HELDOUT853_FLOORS),
    ("heldout854", "heldout854", HELDOUT854_FLOORS),
    ("heldout855", "heldout855 (sealed)", HELDOUT855_FLOORS),
    ("heldout856", "heldout856", HELDOUT856_FLOORS),
    ("heldout857", "heldout857 (sealed)", HELDOUT857_FLOORS),
    ("heldout858", "heldout858", HELDOUT858_FLOORS),
    ("heldout859", "heldout859 (sealed)", HELDOUT859_FLOORS),
    ("heldout860", "heldout860", HELDOUT860_FLOORS),
    ("heldout861", "heldout861 (sealed)", HELDOUT861_FLOORS),
    ("heldout862", "heldout862", HELDOUT862_FLOORS),
    ("heldout863", "heldout863 (sealed)", HELDOUT863_FLOORS),
    ("heldout864", "heldout864", HELDOUT864_FLOORS),
    ("heldout865", "heldout865 (sealed)", HELDOUT865_FLOORS),
    ("heldout866", "heldout866", HELDOUT866_FLOORS),
    ("heldout867", "heldout867 (sealed)", HELDOUT867_FLOORS),
    ("heldout868", "heldout868", HELDOUT868_FLOORS),
    ("heldout869", "heldout869 (sealed)", HELDOUT869_FLOORS),
    ("heldout870", "heldout870", HELDOUT870_FLOORS),
    ("heldout871", "heldout871 (sealed)", HELDOUT871_FLOORS),
    ("heldout874", "heldout874", HELDOUT874_FLOORS),
    ("heldout875", "heldout875 (sealed)", HELDOUT875_FLOORS),
    ("heldout876", "heldout876", HELDOUT876_FLOORS),
    ("heldout877", "heldout877 (sealed)", HELDOUT877_FLOORS),
    ("heldout878", "heldout878", HELDOUT878_FLOORS),
    ("heldout879", "heldout879 (sealed)", HELDOUT879_FLOORS),
    ("heldout880", "heldout880", HELDOUT880_FLOORS),
    ("heldout881", "heldout881 (sealed)", HELDOUT881_FLOORS),
    ("heldout882", "heldout882", HELDOUT882_FLOORS),
    ("heldout883", "heldout883 (sealed)", HELDOUT883_FLOORS),
    ("heldout884", "heldout884", HELDOUT884_FLOORS),
    ("heldout885", "heldout885 (sealed)", HELDOUT885_FLOORS),
    ("heldout886", "heldout886", HELDOUT886_FLOORS),
    ("heldout887", "heldout887 (sealed)", HELDOUT887_FLOORS),
    ("heldout888", "heldout888", HELDOUT888_FLOORS),
    ("heldout889", "heldout889 (sealed)", HELDOUT889_FLOORS),
    ("heldout890", "heldout890", HELDOUT890_FLOORS),
    ("heldout891", "heldout891 (sealed)", HELDOUT891_FLOORS),
    ("heldout892", "heldout892", HELDOUT892_FLOORS),
    ("heldout893", "heldout893 (sealed)", HELDOUT893_FLOORS),
    ("heldout894", "heldout894", HELDOUT894_FLOORS),
    ("heldout895", "heldout895 (sealed)", HELDOUT895_FLOORS),
    ("heldout896", "heldout896", HELDOUT896_FLOORS),
    ("heldout897", "heldout897 (sealed)", HELDOUT897_FLOORS),
    ("heldout898", "heldout898", HELDOUT898_FLOORS),
    ("heldout899", "heldout899 (sealed)", HELDOUT899_FLOORS),
    ("heldout900", "heldout900", HELDOUT900_FLOORS),
    ("heldout901", "heldout901 (sealed)", HELDOUT901_FLOORS),
    ("heldout902", "heldout902", HELDOUT902_FLOORS),
    ("heldout903", "heldout903 (sealed)", HELDOUT903_FLOORS),
    ("heldout904", "heldout904", HELDOUT904_FLOORS),
    ("heldout905", "heldout905 (sealed)", HELDOUT905_FLOORS),
    ("heldout906", "heldout906", HELDOUT906_FLOORS),
    ("heldout907", "heldout907 (sealed)", HELDOUT907_FLOORS),
    ("heldout908", "heldout908", HELDOUT908_FLOORS),
    ("heldout909", "heldout909 (sealed)", HELDOUT909_FLOORS),
    ("heldout910", "heldout910", HELDOUT910_FLOORS),
    ("heldout911", "heldout911 (sealed)", HELDOUT911_FLOORS),
    ("heldout912", "heldout912", HELDOUT912_FLOORS),
    ("heldout913", "heldout913 (sealed)", HELDOUT913_FLOORS),
    ("heldout914", "heldout914", HELDOUT914_FLOORS),
    ("heldout915", "heldout915 (sealed)", HELDOUT915_FLOORS),
    ("heldout916", "heldout916", HELDOUT916_FLOORS),
    ("heldout917", "heldout917 (sealed)", HELDOUT917_FLOORS),
    ("heldout918", "heldout918", HELDOUT918_FLOORS),
    ("heldout919", "heldout919 (sealed)", HELDOUT919_FLOORS),
    ("heldout920", "heldout920", HELDOUT920_FLOORS),
    ("heldout922", "heldout922", HELDOUT922_FLOORS),
    ("heldout923", "heldout923 (sealed)", HELDOUT923_FLOORS),
    ("heldout924", "heldout924", HELDOUT924_FLOORS),
    ("heldout925", "heldout925 (sealed)", HELDOUT925_FLOORS),
    ("heldout926", "heldout926", HELDOUT926_FLOORS),
    ("heldout927", "heldout927 (sealed)", HELDOUT927_FLOORS),
    ("heldout928", "heldout928", HELDOUT928_FLOORS),
    ("heldout929", "heldout929 (sealed)", HELDOUT929_FLOORS),
    ("heldout930", "heldout930", HELDOUT930_FLOORS),
    ("heldout931", "heldout931 (sealed)", HELDOUT931_FLOORS),
    ("heldout932", "heldout932", HELDOUT932_FLOORS),
    ("heldout933", "heldout933 (sealed)", HELDOUT933_FLOORS),
    ("heldout934", "heldout934", HELDOUT934_FLOORS),
    ("heldout935", "heldout935 (sealed)", HELDOUT935_FLOORS),
    ("heldout936", "heldout936", HELDOUT936_FLOORS),
    ("heldout937", "heldout937 (sealed)", HELDOUT937_FLOORS),
    ("heldout938", "heldout938", HELDOUT938_FLOORS),
    ("heldout939", "heldout939 (sealed)", HELDOUT939_FLOORS),
    ("heldout940", "heldout940", HELDOUT940_FLOORS),
    ("heldout941", "heldout941 (sealed)", HELDOUT941_FLOORS),
    ("heldout942", "heldout942", HELDOUT942_FLOORS),
    ("heldout943", "heldout943 (sealed)", HELDOUT943_FLOORS),
    ("heldout944", "heldout944", HELDOUT944_FLOORS),
    ("heldout947", "heldout947 (sealed)", HELDOUT947_FLOORS),
    ("heldout948", "heldout948", HELDOUT948_FLOORS),
    ("heldout949", "heldout949 (sealed)", HELDOUT949_FLOORS),
    ("heldout950", "heldout950", HELDOUT950_FLOORS),
    ("heldout951", "heldout951 (sealed)", HELDOUT951_FLOORS),
    ("heldout952", "heldout952", HELDOUT952_FLOORS),
    ("heldout953", "heldout953 (sealed)", HELDOUT953_FLOORS),
    ("heldout954", "heldout954", HELDOUT954_FLOORS),
    ("heldout955", "heldout955 (sealed)", HELDOUT955_FLOORS),
    ("heldout956", "heldout956", HELDOUT956_FLOORS),
    ("heldout957", "heldout957 (sealed)", HELDOUT957_FLOORS),
    ("heldout958", "heldout958", HELDOUT958_FLOORS),
    ("heldout959", "heldout959 (sealed)", HELDOUT959_FLOORS),
    ("heldout960", "heldout960", HELDOUT960_FLOORS),
    ("heldout961", "heldout961 (sealed)", HELDOUT961_FLOORS),
    ("heldout962", "heldout962", HELDOUT962_FLOORS),
    ("heldout963", "heldout963 (sealed)", HELDOUT963_FLOORS),
    ("heldout964", "heldout964", HELDOUT964_FLOORS),
    ("heldout965", "heldout965 (sealed)", HELDOUT965_FLOORS),
    ("heldout966", "heldout966", HELDOUT966_FLOORS),
    ("heldout967", "heldout967 (sealed)", HELDOUT967_FLOORS),
    ("heldout968", "heldout968", HELDOUT968_FLOORS),
    ("heldout969", "heldout969 (sealed)", HELDOUT969_FLOORS),
    ("heldout970", "heldout970", HELDOUT970_FLOORS),
    ("heldout971", "heldout971 (sealed)", HELDOUT971_FLOORS),
    ("heldout972", "heldout972", HELDOUT972_FLOORS),
    ("heldout973", "heldout973 (sealed)", HELDOUT973_FLOORS),
    ("heldout974", "heldout974", HELDOUT974_FLOORS),
    ("heldout975", "heldout975 (sealed)", HELDOUT975_FLOORS),
    ("heldout976", "heldout976", HELDOUT976_FLOORS),
    ("heldout977", "heldout977 (sealed)", HELDOUT977_FLOORS),
    ("heldout978", "heldout978", HELDOUT978_FLOORS),
    ("heldout979", "heldout979 (sealed)", HELDOUT979_FLOORS),
    ("heldout980", "heldout980", HELDOUT980_FLOORS),
    ("heldout981", "heldout981 (sealed)", HELDOUT981_FLOORS),
    ("heldout982", "heldout982", HELDOUT982_FLOORS),
    ("heldout983", "heldout983 (sealed)", HELDOUT983_FLOORS),
    ("heldout984", "heldout984", HELDOUT984_FLOORS),
    ("heldout985", "heldout985 (sealed)", HELDOUT985_FLOORS),
    ("heldout986", "heldout986", HELDOUT986_FLOORS),
    ("heldout987", "heldout987 (sealed)", HELDOUT987_FLOORS),
    ("heldout988", "heldout988", HELDOUT988_FLOORS),
    ("heldout989", "heldout989 (sealed)", HELDOUT989_FLOORS),
    ("heldout990", "heldout990", HELDOUT990_FLOORS),
    ("heldout991", "heldout991 (sealed)", HELDOUT991_FLOORS),
    ("heldout993", "heldout993 (sealed)", HELDOUT993_FLOORS),
    ("heldout994", "heldout994", HELDOUT994_FLOORS),
    ("heldout995", "heldout995 (sealed)", HELDOUT995_FLOORS),
    ("heldout996", "heldout996", HELDOUT996_FLOORS),
    ("heldout997", "heldout997 (sealed)", HELDOUT997_FLOORS),
    ("heldout998", "heldout998", HELDOUT998_FLOORS),
    ("heldout999", "heldout999 (sealed)", HELDOUT999_FLOORS),
    ("heldout1000", "heldout1000", HELDOUT1000_FLOORS),
    ("heldout1002", "heldout1002", HELDOUT1002_FLOORS),
    ("heldout1003", "heldout1003 (sealed)", HELDOUT1003_FLOORS),
    ("heldout1004", "heldout1004", HELDOUT1004_FLOORS),
    ("heldout1005", "heldout1005 (sealed)", HELDOUT1005_FLOORS),
    ("heldout1006", "heldout1006", HELDOUT1006_FLOORS),
    ("heldout1007", "heldout1007 (sealed)", HELDOUT1007_FLOORS),
    ("heldout1008", "heldout1008", HELDOUT1008_FLOORS),
    ("heldout1009", "heldout1009 (sealed)", HELDOUT1009_FLOORS),
    ("heldout1010", "heldout1010", HELDOUT1010_FLOORS),
    ("heldout1011", "heldout1011 (sealed)", HELDOUT1011_FLOORS),
    ("heldout1012", "heldout1012", HELDOUT1012_FLOORS),
    ("heldout1013", "heldout1013 (sealed)", HELDOUT1013_FLOORS),
    ("heldout1014", "heldout1014 (sealed)", HELDOUT1014_FLOORS),
    ("heldout1015", "heldout1015 (sealed)", HELDOUT1015_FLOORS),
    ("heldout1016", "heldout1016 (sealed)", HELDOUT1016_FLOORS),
    ("heldout1017", "heldout1017 (sealed)", HELDOUT1017_FLOORS),
    ("heldout1018", "heldout1018 (sealed)", HELDOUT1018_FLOORS),
    ("heldout1019", "heldout1019 (sealed)", HELDOUT1019_FLOORS),
    ("heldout1020", "heldout1020 (sealed)", HELDOUT1020_FLOORS),
    ("heldout1021", "heldout1021 (sealed)", HELDOUT1021_FLOORS),
    ("heldout1022", "heldout1022 (sealed)", HELDOUT1022_FLOORS),
    ("heldout1023", "heldout1023 (sealed)", HELDOUT1023_FLOORS),
    ("heldout1024", "heldout1024 (sealed)", HELDOUT1024_FLOORS),
    ("heldout1025", "heldout1025 (sealed)", HELDOUT1025_FLOORS),
    ("heldout1026", "heldout1026 (sealed)", HELDOUT1026_FLOORS),
    ("heldout1027", "heldout1027 (sealed)", HELDOUT1027_FLOORS),
    ("heldout1028", "heldout1028 (sealed)", HELDOUT1028_FLOORS),
    ("heldout1029", "heldout1029 (sealed)", HELDOUT1029_FLOORS),
    ("heldout1030", "heldout1030 (sealed)", HELDOUT1030_FLOORS),
    ("heldout1031", "heldout1031 (sealed)", HELDOUT1031_FLOORS),
    ("heldout1032", "heldout1032 (sealed)", HELDOUT1032_FLOORS),
    ("heldout1033", "heldout1033 (sealed)", HELDOUT1033_FLOORS),
    ("heldout1034", "heldout1034 (sealed)", HELDOUT1034_FLOORS),
    ("heldout1035", "heldout1035 (sealed)", HELDOUT1035_FLOORS),
    ("heldout1036", "heldout1036 (sealed)", HELDOUT1036_FLOORS),
    ("heldout1037", "heldout1037 (sealed)", HELDOUT1037_FLOORS),
    ("heldout1038", "heldout1038 (sealed)", HELDOUT1038_FLOORS),
    ("heldout1039", "heldout1039 (sealed)", HELDOUT1039_FLOORS),
    ("heldout1040", "heldout1040 (sealed)", HELDOUT1040_FLOORS),
    ("heldout1041", "heldout1041 (sealed)", HELDOUT1041_FLOORS),
    ("heldout1042", "heldout1042", HELDOUT1042_FLOORS),
    ("heldout1043", "heldout1043", HELDOUT1043_FLOORS),
    ("heldout1044", "heldout1044", HELDOUT1044_FLOORS),
    ("heldout1045", "heldout1045", HELDOUT1045_FLOORS),
    ("heldout1046", "heldout1046", HELDOUT1046_FLOORS),
    ("heldout1047", "heldout1047", HELDOUT1047_FLOORS),
    ("heldout1048", "heldout1048", HELDOUT1048_FLOORS),
    ("heldout1049", "heldout1049", HELDOUT1049_FLOORS),
    ("heldout1050", "heldout1050", HELDOUT1050_FLOORS),
    ("heldout1051", "heldout1051", HELDOUT1051_FLOORS),
    ("heldout1052", "heldout1052", HELDOUT1052_FLOORS),
    ("heldout1053", "heldout1053", HELDOUT1053_FLOORS),
    ("heldout1054", "heldout1054", HELDOUT1054_FLOORS),
    ("heldout1055", "heldout1055", HELDOUT1055_FLOORS),
    ("heldout1056", "heldout1056", HELDOUT1056_FLOORS),
    ("heldout1057", "heldout1057", HELDOUT1057_FLOORS),
    ("heldout1058", "heldout1058", HELDOUT1058_FLOORS),
    ("heldout1059", "heldout1059", HELDOUT1059_FLOORS),
    ("heldout1060", "heldout1060", HELDOUT1060_FLOORS),
    ("heldout1061", "heldout1061", HELDOUT1061_FLOORS),
    ("heldout1062", "heldout1062", HELDOUT1062_FLOORS),
    ("heldout1063", "heldout1063", HELDOUT1063_FLOORS),
    ("heldout1064", "heldout1064", HELDOUT1064_FLOORS),
    ("heldout1065", "heldout1065", HELDOUT1065_FLOORS),
    ("heldout1066", "heldout1066", HELDOUT1066_FLOORS),
    ("heldout1067", "heldout1067", HELDOUT1067_FLOORS),
    ("heldout1068", "heldout1068", HELDOUT1068_FLOORS),
    ("heldout1069", "heldout1069", HELDOUT1069_FLOORS),
    ("heldout1070", "heldout1070", HELDOUT1070_FLOORS),
    ("heldout1071", "heldout1071", HELDOUT1071_FLOORS),
    ("heldout1072", "heldout1072", HELDOUT1072_FLOORS),
    ("heldout1073", "heldout1073", HELDOUT1073_FLOORS),
    ("heldout1074", "heldout1074", HELDOUT1074_FLOORS),
    ("heldout1075", "heldout1075", HELDOUT1075_FLOORS),
    ("heldout1076", "heldout1076", HELDOUT1076_FLOORS),
    ("heldout1077", "heldout1077", HELDOUT1077_FLOORS),
    ("heldout1078", "heldout1078", HELDOUT1078_FLOORS),
    ("heldout1079", "heldout1079", HELDOUT1079_FLOORS),
    ("heldout1080", "heldout1080", HELDOUT1080_FLOORS),
    ("heldout1081", "heldout1081", HELDOUT1081_FLOORS),
    ("heldout1082", "heldout1082", HELDOUT1082_FLOORS),
    ("heldout1083", "heldout1083", HELDOUT1083_FLOORS),
    ("heldout1084", "heldout1084", HELDOUT1084_FLOORS),
    ("heldout1085", "heldout1085", HELDOUT1085_FLOORS),
    ("heldout1086", "heldout1086", HELDOUT1086_FLOORS),
    ("heldout1087", "heldout1087", HELDOUT1087_FLOORS),
    ("heldout1088", "heldout1088", HELDOUT1088_FLOORS),
    ("heldout1089", "heldout1089", HELDOUT1089_FLOORS),
    ("heldout1090", "heldout1090", HELDOUT1090_FLOORS),
    ("heldout1091", "heldout1091", HELDOUT1091_FLOORS),
    ("heldout1092", "heldout1092", HELDOUT1092_FLOORS),
    ("heldout1093", "heldout1093", HELDOUT1093_FLOORS),
    ("heldout1094", "heldout1094", HELDOUT1094_FLOORS),
    ("heldout1095", "heldout1095", HELDOUT1095_FLOORS),
    ("heldout1096", "heldout1096", HELDOUT1096_FLOORS),
    ("heldout1097", "heldout1097", HELDOUT1097_FLOORS),
    ("heldout1098", "heldout1098", HELDOUT1098_FLOORS),
    ("heldout1099", "heldout1099", HELDOUT1099_FLOORS),
    ("heldout1100", "heldout1100", HELDOUT1100_FLOORS),
    ("heldout1101", "heldout1101", HELDOUT1101_FLOORS),
    ("heldout1102", "heldout1102", HELDOUT1102_FLOORS),
    ("heldout1103", "heldout1103", HELDOUT1103_FLOORS),
    ("heldout1104", "heldout1104", HELDOUT1104_FLOORS),
    ("heldout1105", "heldout1105", HELDOUT1105_FLOORS),
    ("heldout1106", "heldout1106", HELDOUT1106_FLOORS),
    ("heldout1107", "heldout1107", HELDOUT1107_FLOORS),
    ("heldout1108", "heldout1108", HELDOUT1108_FLOORS),
    ("heldout1109", "heldout1109", HELDOUT1109_FLOORS),
    ("heldout1110", "heldout1110", HELDOUT1110_FLOORS),
    ("heldout1111", "heldout1111", HELDOUT1111_FLOORS),
    ("heldout1112", "heldout1112", HELDOUT1112_FLOORS),
    ("heldout1113", "heldout1113", HELDOUT1113_FLOORS),
    ("heldout1114", "heldout1114", HELDOUT1114_FLOORS),
    ("heldout1115", "heldout1115", HELDOUT1115_FLOORS),
    ("heldout1116", "heldout1116", HELDOUT1116_FLOORS),
    ("heldout1117", "heldout1117", HELDOUT1117_FLOORS),
    ("heldout1118", "heldout1118", HELDOUT1118_FLOORS),
    ("heldout1119", "heldout1119", HELDOUT1119_FLOORS),
    ("heldout1120", "heldout1120", HELDOUT1120_FLOORS),
    ("heldout1121", "heldout1121", HELDOUT1121_FLOORS),
    ("heldout1122", "heldout1122 (sealed)", HELDOUT1122_FLOORS),
    ("heldout1123", "heldout1123", HELDOUT1123_FLOORS),
    ("heldout1124", "heldout1124", HELDOUT1124_FLOORS),
    ("heldout1125", "heldout1125 (sealed)", HELDOUT1125_FLOORS),
    ("heldout1126", "heldout1126", HELDOUT1126_FLOORS),
    ("heldout1127", "heldout1127", HELDOUT1127_FLOORS),
    ("heldout1128", "heldout1128", HELDOUT1128_FLOORS),
    ("heldout1129", "heldout1129 (sealed)", HELDOUT1129_FLOORS),
    ("heldout1130", "heldout1130", HELDOUT1130_FLOORS),
    ("heldout1131", "heldout1131 (sealed)", HELDOUT1131_FLOORS),
    ("heldout1132", "heldout1132", HELDOUT1132_FLOORS),
    ("heldout1133", "heldout1133 (sealed)", HELDOUT1133_FLOORS),
    ("heldout1134", "heldout1134", HELDOUT1134_FLOORS),
    ("heldout1135", "heldout1135 (sealed)", HELDOUT1135_FLOORS),
    ("heldout1136", "heldout1136", HELDOUT1136_FLOORS),
    ("heldout1137", "heldout1137 (sealed)", HELDOUT1137_FLOORS),
    ("heldout1138", "heldout1138", HELDOUT1138_FLOORS),
    ("heldout1139", "heldout1139 (sealed)", HELDOUT1139_FLOORS),
    ("heldout1140", "heldout1140", HELDOUT1140_FLOORS),
    ("heldout1141", "heldout1141 (sealed)", HELDOUT1141_FLOORS),
    ("heldout1142", "heldout1142", HELDOUT1142_FLOORS),
    ("heldout1143", "heldout1143 (sealed)", HELDOUT1143_FLOORS),
    ("heldout1144", "heldout1144", HELDOUT1144_FLOORS),
    ("heldout1145", "heldout1145 (sealed)", HELDOUT1145_FLOORS),
    ("heldout1146", "heldout1146", HELDOUT1146_FLOORS),
    ("heldout1147", "heldout1147 (sealed)", HELDOUT1147_FLOORS),
    ("heldout1148", "heldout1148", HELDOUT1148_FLOORS),
    ("heldout1149", "heldout1149 (sealed)", HELDOUT1149_FLOORS),
    ("heldout1150", "heldout1150", HELDOUT1150_FLOORS),
    ("heldout1151", "heldout1151 (sealed)", HELDOUT1151_FLOORS),
    ("heldout1152", "heldout1152", HELDOUT1152_FLOORS),
    ("heldout1153", "heldout1153 (sealed)", HELDOUT1153_FLOORS),
    ("heldout1154", "heldout1154", HELDOUT1154_FLOORS),
    ("heldout1155", "heldout1155 (sealed)", HELDOUT1155_FLOORS),
    ("heldout1156", "heldout1156", HELDOUT1156_FLOORS),
    ("heldout1157", "heldout1157 (sealed)", HELDOUT1157_FLOORS),
    ("heldout1158", "heldout1158", HELDOUT1158_FLOORS),
    ("heldout1159", "heldout1159 (sealed)", HELDOUT1159_FLOORS),
    ("heldout1160", "heldout1160", HELDOUT1160_FLOORS),
    ("heldout1161", "heldout1161 (sealed)", HELDOUT1161_FLOORS),
    ("heldout1162", "heldout1162", HELDOUT1162_FLOORS),
    ("heldout1163", "heldout1163 (sealed)", HELDOUT1163_FLOORS),
    ("heldout1164", "heldout1164", HELDOUT1164_FLOORS),
    ("heldout1165", "heldout1165 (sealed)", HELDOUT1165_FLOORS),
    ("heldout1166", "heldout1166", HELDOUT1166_FLOORS),
    ("heldout1167", "heldout1167 (sealed)", HELDOUT1167_FLOORS),
    ("heldout1168", "heldout1168", HELDOUT1168_FLOORS),
    ("heldout1169", "heldout1169 (sealed)", HELDOUT1169_FLOORS),
    ("heldout1170", "heldout1170", HELDOUT1170_FLOORS),
    ("heldout1171", "heldout1171 (sealed)", HELDOUT1171_FLOORS),
    ("heldout1172", "heldout1172", HELDOUT1172_FLOORS),
    ("heldout1173", "heldout1173 (sealed)", HELDOUT1173_FLOORS),
    ("heldout1174", "heldout1174", HELDOUT1174_FLOORS),
    ("heldout1175", "heldout1175 (sealed)", HELDOUT1175_FLOORS),
    ("heldout1176", "heldout1176", HELDOUT1176_FLOORS),
    ("heldout1177", "heldout1177 (sealed)", HELDOUT1177_FLOORS),
    ("heldout1178", "heldout1178", HELDOUT1178_FLOORS),
    ("heldout1179", "heldout1179 (sealed)", HELDOUT1179_FLOORS),
    ("heldout1180", "heldout1180", HELDOUT1180_FLOORS),
    ("heldout1181", "heldout1181 (sealed)", HELDOUT1181_FLOORS),
    ("heldout1182", "heldout1182", HELDOUT1182_FLOORS),
    ("heldout1183", "heldout1183 (sealed)", HELDOUT1183_FLOORS),
    ("heldout1184", "heldout1184", HELDOUT1184_FLOORS),
    ("heldout1185", "heldout1185 (sealed)", HELDOUT1185_FLOORS),
    ("heldout1186", "heldout1186", HELDOUT1186_FLOORS),
    ("heldout1187", "heldout1187 (sealed)", HELDOUT1187_FLOORS),
    ("heldout1188", "heldout1188", HELDOUT1188_FLOORS),
    ("heldout1189", "heldout1189 (sealed)", HELDOUT1189_FLOORS),
    ("heldout1190", "heldout1190", HELDOUT1190_FLOORS),
    ("heldout1191", "heldout1191 (sealed)", HELDOUT1191_FLOORS),
    ("heldout1192", "heldout1192", HELDOUT1192_FLOORS),
    ("heldout1193", "heldout1193 (sealed)", HELDOUT1193_FLOORS),
    ("heldout1194", "heldout1194", HELDOUT1194_FLOORS),
    ("heldout1195", "heldout1195 (sealed)", HELDOUT1195_FLOORS),
    ("heldout1196", "heldout1196", HELDOUT1196_FLOORS),
    ("heldout1197", "heldout1197 (sealed)", HELDOUT1197_FLOORS),
    ("heldout1198", "heldout1198", HELDOUT1198_FLOORS),
    ("heldout1199", "heldout1199 (sealed)", HELDOUT1199_FLOORS),
    ("heldout1200", "heldout1200", HELDOUT1200_FLOORS),
    ("heldout1201", "heldout1201 (sealed)", HELDOUT1201_FLOORS),
    ("heldout1202", "heldout1202", HELDOUT1202_FLOORS),
    ("heldout1203", "heldout1203 (sealed)", HELDOUT1203_FLOORS),
    ("heldout1204", "heldout1204", HELDOUT1204_FLOORS),
    ("heldout1205", "heldout1205 (sealed)", HELDOUT1205_FLOORS),
    ("heldout1206", "heldout1206", HELDOUT1206_FLOORS),
    ("heldout1207", "heldout1207 (sealed)", HELDOUT1207_FLOORS),
    ("heldout1208", "heldout1208", HELDOUT1208_FLOORS),
    ("heldout1209", "heldout1209 (sealed)", HELDOUT1209_FLOORS),
    ("heldout1210", "heldout1210", HELDOUT1210_FLOORS),
    ("heldout1211", "heldout1211 (sealed)", HELDOUT1211_FLOORS),
    ("heldout1212", "heldout1212", HELDOUT1212_FLOORS),
    ("heldout1213", "heldout1213 (sealed)", HELDOUT1213_FLOORS),
    ("heldout1214", "heldout1214", HELDOUT1214_FLOORS),
    ("heldout1215", "heldout1215 (sealed)", HELDOUT1215_FLOORS),
    ("heldout1216", "heldout1216", HELDOUT1216_FLOORS),
    ("heldout1217", "heldout1217 (sealed)", HELDOUT1217_FLOORS),
    ("heldout1218", "heldout1218", HELDOUT1218_FLOORS),
    ("heldout1219", "heldout1219 (sealed)", HELDOUT1219_FLOORS),
    ("heldout1220", "heldout1220", HELDOUT1220_FLOORS),
    ("heldout1221", "heldout1221 (sealed)", HELDOUT1221_FLOORS),
    ("heldout1222", "heldout1222", HELDOUT1222_FLOORS),
    ("heldout1223", "heldout1223 (sealed)", HELDOUT1223_FLOORS),
    ("heldout1224", "heldout1224", HELDOUT1224_FLOORS),
    ("heldout1225", "heldout1225 (sealed)", HELDOUT1225_FLOORS),
    ("heldout1226", "heldout1226", HELDOUT1226_FLOORS),
    ("heldout1227", "heldout1227 (sealed)", HELDOUT1227_FLOORS),
    ("heldout1228", "heldout1228", HELDOUT1228_FLOORS),
    ("heldout1229", "heldout1229 (sealed)", HELDOUT1229_FLOORS),
    ("heldout1230", "heldout1230", HELDOUT1230_FLOORS),
    ("heldout1231", "heldout1231 (sealed)", HELDOUT1231_FLOORS),
    ("heldout1232", "heldout1232", HELDOUT1232_FLOORS),
    ("heldout1233", "heldout1233 (sealed)", HELDOUT1233_FLOORS),
    ("heldout1234", "heldout1234", HELDOUT1234_FLOORS),
    ("heldout1235", "heldout1235 (sealed)", HELDOUT1235_FLOORS),
    ("heldout1236", "heldout1236", HELDOUT1236_FLOORS),
    ("heldout1237", "heldout1237 (sealed)", HELDOUT1237_FLOORS),
    ("heldout1238", "heldout1238", HELDOUT1238_FLOORS),
    ("heldout1239", "heldout1239 (sealed)", HELDOUT1239_FLOORS),
    ("heldout1240", "heldout1240", HELDOUT1240_FLOORS),
    ("heldout1241", "heldout1241 (sealed)", HELDOUT1241_FLOORS),
    ("heldout1242", "heldout1242", HELDOUT1242_FLOORS),
    ("heldout1243", "heldout1243 (sealed)", HELDOUT1243_FLOORS),
    ("heldout1244", "heldout1244", HELDOUT1244_FLOORS),
    ("heldout1245", "heldout1245 (sealed)", HELDOUT1245_FLOORS),
    ("heldout1246", "heldout1246", HELDOUT1246_FLOORS),
    ("heldout1247", "heldout1247 (sealed)", HELDOUT1247_FLOORS),
    ("heldout1248", "heldout1248", HELDOUT1248_FLOORS),
    ("heldout1249", "heldout1249 (sealed)", HELDOUT1249_FLOORS),
    ("heldout1250", "heldout1250", HELDOUT1250_FLOORS),
    ("heldout1252", "heldout1252", HELDOUT1252_FLOORS),
    ("heldout1253", "heldout1253 (sealed)", HELDOUT1253_FLOORS),
    ("heldout1254", "heldout1254", HELDOUT1254_FLOORS),
    ("heldout1256", "heldout1256", HELDOUT1256_FLOORS),
    ("heldout1257", "heldout1257 (sealed)", HELDOUT1257_FLOORS),
    ("heldout1258", "heldout1258", HELDOUT1258_FLOORS),
    ("heldout1259", "heldout1259 (sealed)", HELDOUT1259_FLOORS),
    ("heldout1260", "heldout1260", HELDOUT1260_FLOORS),
    ("heldout1261", "heldout1261 (sealed)", HELDOUT1261_FLOORS),
    ("heldout1262", "heldout1262", HELDOUT1262_FLOORS),
    ("heldout1263", "heldout1263 (sealed)", HELDOUT1263_FLOORS),
    ("heldout1264", "heldout1264", HELDOUT1264_FLOORS),
    ("heldout1265", "heldout1265 (sealed)", HELDOUT1265_FLOORS),
    ("heldout1266", "heldout1266", HELDOUT1266_FLOORS),
    ("heldout1267", "heldout1267 (sealed)", HELDOUT1267_FLOORS),
    ("heldout1268", "heldout1268", HELDOUT1268_FLOORS),
    ("heldout1269", "heldout1269 (sealed)", HELDOUT1269_FLOORS),
    ("heldout1270", "heldout1270", HELDOUT1270_FLOORS),
    ("heldout1271", "heldout1271 (sealed)", HELDOUT1271_FLOORS),
    ("heldout1272", "heldout1272", HELDOUT1272_FLOORS),
    ("heldout1273", "heldout1273 (sealed)", HELDOUT1273_FLOORS),
    ("heldout1274", "heldout1274", HELDOUT1274_FLOORS),
    ("heldout1275", "heldout1275 (sealed)", HELDOUT1275_FLOORS),
    ("heldout1276", "heldout1276", HELDOUT1276_FLOORS),
    ("heldout1277", "heldout1277 (sealed)", HELDOUT1277_FLOORS),
    ("heldout1278", "heldout1278", HELDOUT1278_FLOORS),
    ("heldout1279", "heldout1279 (sealed)", HELDOUT1279_FLOORS),
    ("heldout1280", "heldout1280", HELDOUT1280_FLOORS),
    ("heldout1281", "heldout1281 (sealed)", HELDOUT1281_FLOORS),
    ("heldout1282", "heldout1282", HELDOUT1282_FLOORS),
    ("heldout1283", "heldout1283 (sealed)", HELDOUT1283_FLOORS),
    ("heldout1284", "heldout1284", HELDOUT1284_FLOORS),
    ("heldout1285", "heldout1285 (sealed)", HELDOUT1285_FLOORS),
    ("heldout1286", "heldout1286", HELDOUT1286_FLOORS),
    ("heldout1287", "heldout1287 (sealed)", HELDOUT1287_FLOORS),
    ("heldout1288", "heldout1288", HELDOUT1288_FLOORS),
    ("heldout1289", "heldout1289 (sealed)", HELDOUT1289_FLOORS),
    ("heldout1290", "heldout1290", HELDOUT1290_FLOORS),
    ("heldout1291", "heldout1291 (sealed)", HELDOUT1291_FLOORS),
    ("heldout1292", "heldout1292", HELDOUT1292_FLOORS),
    ("heldout1293", "heldout1293 (sealed)", HELDOUT1293_FLOORS),
    ("heldout1294", "heldout1294", HELDOUT1294_FLOORS),
    ("heldout1295", "heldout1295 (sealed)", HELDOUT1295_FLOORS),
    ("heldout1296", "heldout1296", HELDOUT1296_FLOORS),
    ("heldout1297", "heldout1297 (sealed)", HELDOUT1297_FLOORS),
    ("heldout1298", "heldout1298", HELDOUT1298_FLOORS),
    ("heldout1299", "heldout1299 (sealed)", HELDOUT1299_FLOORS),
    ("heldout1300", "heldout1300", HELDOUT1300_FLOORS),
    ("heldout1301", "heldout1301 (sealed)", HELDOUT1301_FLOORS),
    ("heldout1302", "heldout1302", HELDOUT1302_FLOORS),
    ("heldout1303", "heldout1303 (sealed)", HELDOUT1303_FLOORS),
    ("heldout1304", "heldout1304", HELDOUT1304_FLOORS),
    ("heldout1305", "heldout1305 (sealed)", HELDOUT1305_FLOORS),
    ("heldout1306", "heldout1306", HELDOUT1306_FLOORS),
    ("heldout1307", "heldout1307 (sealed)", HELDOUT1307_FLOORS),
    ("heldout1308", "heldout1308", HELDOUT1308_FLOORS),
    ("heldout1309", "heldout1309 (sealed)", HELDOUT1309_FLOORS),
    ("heldout1310", "heldout1310", HELDOUT1310_FLOORS),
    ("heldout1311", "heldout1311 (sealed)", HELDOUT1311_FLOORS),
    ("heldout1312", "heldout1312", HELDOUT1312_FLOORS),
    ("heldout1313", "heldout1313 (sealed)", HELDOUT1313_FLOORS),
    ("heldout1314", "heldout1314", HELDOUT1314_FLOORS),
    ("heldout1315", "heldout1315 (sealed)", HELDOUT1315_FLOORS),
    ("heldout1316", "heldout1316", HELDOUT1316_FLOORS),
    ("heldout1317", "heldout1317 (sealed)", HELDOUT1317_FLOORS),
    ("heldout1318", "heldout1318", HELDOUT1318_FLOORS),
    ("heldout1319", "heldout1319 (sealed)", HELDOUT1319_FLOORS),
    ("heldout1320", "heldout1320", HELDOUT1320_FLOORS),
    ("heldout1321", "heldout1321 (sealed)", HELDOUT1321_FLOORS),
    ("heldout1322", "heldout1322", HELDOUT1322_FLOORS),
    ("heldout1323", "heldout1323 (sealed)", HELDOUT1323_FLOORS),
    ("heldout1324", "heldout1324", HELDOUT1324_FLOORS),
    ("heldout1325", "heldout1325 (sealed)", HELDOUT1325_FLOORS),
    ("heldout1326", "heldout1326", HELDOUT1326_FLOORS),
    ("heldout1327", "heldout1327 (sealed)", HELDOUT1327_FLOORS),
    ("heldout1328", "heldout1328", HELDOUT1328_FLOORS),
    ("heldout1329", "heldout1329 (sealed)", HELDOUT1329_FLOORS),
    ("heldout1330", "heldout1330", HELDOUT1330_FLOORS),
    ("heldout1331", "heldout1331 (sealed)", HELDOUT1331_FLOORS),
    ("heldout1332", "heldout1332", HELDOUT1332_FLOORS),
    ("heldout1333", "heldout1333 (sealed)", HELDOUT1333_FLOORS),
    ("heldout1334", "heldout1334", HELDOUT1334_FLOORS),
    ("heldout1335", "heldout1335 (sealed)", HELDOUT1335_FLOORS),
    ("heldout1336", "heldout1336", HELDOUT1336_FLOORS),
    ("heldout1337", "heldout1337 (sealed)", HELDOUT1337_FLOORS),
    ("heldout1338", "heldout1338", HELDOUT1338_FLOORS),
    ("heldout1339", "heldout1339 (sealed)", HELDOUT1339_FLOORS),
    ("heldout1340", "heldout1340", HELDOUT1340_FLOORS),
    ("heldout1341", "heldout1341 (sealed)", HELDOUT1341_FLOORS),
    ("heldout1342", "heldout1342", HELDOUT1342_FLOORS),
    ("heldout1343", "heldout1343 (sealed)", HELDOUT1343_FLOORS),
    ("heldout1344", "heldout1344", HELDOUT1344_FLOORS),
    ("heldout1345", "heldout1345 (sealed)", HELDOUT1345_FLOORS),
    ("heldout1346", "heldout1346", HELDOUT1346_FLOORS),
    ("heldout1347", "heldout1347 (sealed)", HELDOUT1347_FLOORS),
    ("heldout1348", "heldout1348", HELDOUT1348_FLOORS),
    ("heldout1349", "heldout1349 (sealed)", HELDOUT1349_FLOORS),
    ("heldout1350", "heldout1350", HELDOUT1350_FLOORS),
    ("heldout1351", "heldout1351 (sealed)", HELDOUT1351_FLOORS),
    ("heldout1352", "heldout1352", HELDOUT1352_FLOORS),
    ("heldout1353", "heldout1353 (sealed)", HELDOUT1353_FLOORS),
    ("heldout1354", "heldout1354", HELDOUT1354_FLOORS),
    ("heldout1355", "heldout1355 (sealed)", HELDOUT1355_FLOORS),
    ("heldout1356", "heldout1356", HELDOUT1356_FLOORS),
    ("heldout1357", "heldout1357 (sealed)", HELDOUT1357_FLOORS),
    ("heldout1359", "heldout1359 (sealed)", HELDOUT1359_FLOORS),
    ("heldout1360", "heldout1360", HELDOUT1360_FLOORS),
    ("heldout1361", "heldout1361 (sealed)", HELDOUT1361_FLOORS),
    ("heldout1362", "heldout1362", HELDOUT1362_FLOORS),
    ("heldout1363", "heldout1363 (sealed)", HELDOUT1363_FLOORS),
    ("heldout1364", "heldout1364", HELDOUT1364_FLOORS),
    ("heldout1365", "heldout1365 (sealed)", HELDOUT1365_FLOORS),
    ("heldout1366", "heldout1366", HELDOUT1366_FLOORS),
    ("heldout1367", "heldout1367 (sealed)", HELDOUT1367_FLOORS),
    ("heldout1368", "heldout1368", HELDOUT1368_FLOORS),
    ("heldout1369", "heldout1369 (sealed)", HELDOUT1369_FLOORS),
    ("heldout1370", "heldout1370", HELDOUT1370_FLOORS),
    ("heldout1371", "heldout1371 (sealed)", HELDOUT1371_FLOORS),
    ("heldout1372", "heldout1372", HELDOUT1372_FLOORS),
    ("heldout1373", "heldout1373 (sealed)", HELDOUT1373_FLOORS),
    ("heldout1374", "heldout1374", HELDOUT1374_FLOORS),
    ("heldout1375", "heldout1375 (sealed)", HELDOUT1375_FLOORS),
    ("heldout1376", "heldout1376", HELDOUT1376_FLOORS),
    ("heldout1377", "heldout1377 (sealed)", HELDOUT1377_FLOORS),
    ("heldout1378", "heldout1378", HELDOUT1378_FLOORS),
    ("heldout1379", "heldout1379 (sealed)", HELDOUT1379_FLOORS),
    ("heldout1380", "heldout1380", HELDOUT1380_FLOORS),
    ("heldout1381", "heldout1381 (sealed)", HELDOUT1381_FLOORS),
    ("heldout1382", "heldout1382", HELDOUT1382_FLOORS),
    ("heldout1383", "heldout1383 (sealed)", HELDOUT1383_FLOORS),
    ("heldout1384", "heldout1384", HELDOUT1384_FLOORS),
    ("heldout1385", "heldout1385 (sealed)", HELDOUT1385_FLOORS),
    ("heldout1386", "heldout1386", HELDOUT1386_FLOORS),
    ("heldout1387", "heldout1387 (sealed)", HELDOUT1387_FLOORS),
    ("heldout1388", "heldout1388", HELDOUT1388_FLOORS),
    ("heldout1389", "heldout1389 (sealed)", HELDOUT1389_FLOORS),
    ("heldout1390", "heldout1390", HELDOUT1390_FLOORS),
    ("heldout1391", "heldout1391 (sealed)", HELDOUT1391_FLOORS),
    ("heldout1392", "heldout1392", HELDOUT1392_FLOORS),
    ("heldout1393", "heldout1393 (sealed)", HELDOUT1393_FLOORS),
    ("heldout1394", "heldout1394", HELDOUT1394_FLOORS),
    ("heldout1395", "heldout1395 (sealed)", HELDOUT1395_FLOORS),
    ("heldout1396", "heldout1396", HELDOUT1396_FLOORS),
]


@pytest.mark.parametrize("name, label, goals", GOALS, ids=[name for name, _, _ in GOALS])
def test_each_set_meets_its_goals_or_holds_its_floors(results, name, label, goals):
    _check(label, results[name][1], goals)


def test_every_document_of_the_devset_yields_values(results):
    """A document whose every value is missed points at a general cause (a year, a format), not a phrase."""
    per_doc = results["devset"][1]["per_doc"]
    empty = [doc for doc, c in per_doc.items()
             if sum(c.get(f"gold_{k}", 0) for k in ("target", "actual")) >= 3
             and sum(c.get(f"hit_{k}", 0) for k in ("target", "actual")) == 0]
    assert not empty, empty


def test_our_scorer_agrees_with_the_devset_scorer(results, tmp_path):
    """rubric_scoring.score gives the totals that tests/devset/score.py (the rule that counts) prints."""
    targets, ours = results["devset"]
    pred = tmp_path / "targets.csv"
    targets.to_csv(pred, index=False)
    devset = TESTS / "devset"
    printed = subprocess.run(
        [sys.executable, str(devset / "score.py"), "--pred", str(pred), "--raw", str(devset / "docs"),
         "--gold", *map(str, sorted((devset / "gold").glob("*.csv"))), "--json"],
        capture_output=True, text=True, check=True, timeout=300).stdout
    theirs = json.loads(printed.strip().splitlines()[-1])
    keys = [k for k in theirs if k not in ("pred_rows", "pred_unmapped_files")]
    assert {k: ours[k] for k in keys} == {k: theirs[k] for k in keys}


def test_gold_quotes_are_in_their_documents():
    """Every rubric gold row is checkable: its quote is in its document, its kind and comparator are known."""
    for name, (raw_dir, gold_dir) in SETS.items():
        for row in load_rubric_gold(gold_dir):
            text = (raw_dir / row["doc"]).read_text(encoding="utf-8")
            assert row["quote"] in text, (name, row["doc"], row["quote"])
            assert row["kind"] in ("target", "baseline", "actual"), (name, row)
            assert row["comparator"] in ("=", ">=", ">", "<=", "<", "~", "range", ""), (name, row)
