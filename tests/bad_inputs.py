"""A corpus of bad inputs, generated at test time: each case is a raw folder with a small good plan beside the bad file(s).

The good plan (``good_plan.txt``, three targets) must come out of every build unchanged, whatever the bad
file does; the bad file must give a clear flag naming the file and, where there is one, the place. Large
inputs (the 50 MB single line, the file of 100,000 numbers) are generated, never committed.

    from bad_inputs import CASES, make_case
    folder = make_case("mojibake", tmp_path)        # writes tmp_path/mojibake/{good_plan.txt, …}

``python tests/bad_inputs.py OUT`` writes every case under OUT, to look at them by hand.
"""

from __future__ import annotations

import hashlib
import random
import struct
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SIHUI = ROOT / "data" / "raw" / "sihui_2022_education_14th_fyp.txt"

GOOD_NAME = "good_plan.txt"
GOOD_TEXT = (
    "四会市教育提质行动计划(2021—2023年)\n\n"
    "一、主要目标\n"
    "到2023年,全市学前三年毛入园率达到98%以上,九年义务教育巩固率达到99.5%,新建公办幼儿园12所。\n"
)
# What the good plan yields: (indicator as written, value, unit, comparator).
GOOD_VALUES = {("学前三年毛入园率", 98.0, "%", ">="), ("九年义务教育巩固率", 99.5, "%", "="), ("新建公办幼儿园", 12.0, "所", "=")}

# A second, unrelated plan, used as the body of bad files (GBK page, traditional, full-width, duplicated …).
PLAN_LINES = [
    "湛江市基础教育高质量发展行动方案(2022—2025年)",
    "",
    "一、总体目标",
    "到2025年,全市普通高中毛入学率达到95%以上,义务教育巩固率稳定在98.5%,新增公办学位3.2万个。",
    "二、重点任务",
    "(一)扩大优质资源。到2025年,新建改扩建中小学校40所,公办幼儿园在园幼儿占比达到55%。",
    "(二)建强教师队伍。到2025年,小学专任教师本科以上学历比例达到80%。",
]
PLAN_TEXT = "\n".join(PLAN_LINES) + "\n"
# Values of PLAN_TEXT: (value, unit) pairs the extractor reads from it today.
PLAN_VALUES = {(95.0, "%"), (98.5, "%"), (3.2, "万个"), (40.0, "所"), (55.0, "%"), (80.0, "%")}

TRADITIONAL_TEXT = (
    "湛江市基礎教育高質量發展行動方案(2022—2025年)\n\n"
    "一、總體目標\n"
    "到2025年,全市學前三年毛入園率達到98%以上,普通高中毛入學率達到95%以上,義務教育鞏固率穩定在98.5%。\n"
    "二、重點任務\n"
    "到2025年,新建改擴建中小學校40所,小學專任教師本科以上學歷比例達到80%。\n"
)
# Indicators the traditional text must give in simplified characters.
TRADITIONAL_INDICATORS = {"学前三年毛入园率", "普通高中毛入学率", "义务教育巩固率"}

FULLWIDTH_TEXT = (
    "湛江市基础教育高质量发展行动方案（２０２２—２０２５年）\n\n"
    "一、总体目标\n"
    "到２０２５年，全市普通高中毛入学率达到９５％以上，义务教育巩固率稳定在９８．５％，新增公办学位３．２万个。\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>湛江市基础教育高质量发展行动方案</title>
<style>
  body { width: 1200px; margin: 0 auto; font-size: 16px; }
  .rate:after { content: "毛入园率达到77%"; }
</style>
<script type="text/javascript">
  var _hmt = _hmt || []; var rate = 66; // 学前三年毛入园率达到66%以上
  document.write("到2030年,普通高中毛入学率达到88%以上。");
</script>
</head><body>
<div class="nav"><a href="/index_2023.html">首页</a></div>
<!-- 旧版:到2025年,义务教育巩固率达到55%。 -->
<div class="content" style="width:900px">
<p>湛江市基础教育高质量发展行动方案(2022—2025年)</p>
<p>一、总体目标</p>
<p>到2025年,全市普通高中毛入学率达到95%以上,义务教育巩固率稳定在98.5%,新增公办学位3.2万个。</p>
</div>
<script>window.stats = {"views": 12345, "rate": "99%"};</script>
<noscript>请开启脚本,毛入园率达到44%</noscript>
</body></html>
"""
# A capture cut off inside a script: the block never closes.
HTML_UNCLOSED = """<html><head><title>茂名市学前教育行动方案</title></head><body>
<p>茂名市学前教育行动方案(2022—2025年)</p>
<p>到2025年,全市普惠性幼儿园覆盖率达到90%以上。</p>
<script>var rate = 33; document.write("到2025年,学前三年毛入园率达到33%以上。"); var next = {"page": 2,"""
# Numbers that appear only inside <script>, <style>, comments or <noscript>: none may become a value.
HTML_HIDDEN_VALUES = {77.0, 66.0, 88.0, 55.0, 12345.0, 99.0, 44.0, 33.0}


@dataclass
class Case:
    """One bad input: how to write it, which files are bad, and what a build must show for them."""

    name: str
    description: str
    write: Callable[[Path], None]
    bad_files: tuple[str, ...]
    # file → flag types that must each appear at least once for that file
    expect_flags: dict[str, set[str]] = field(default_factory=dict)
    # (value, unit) pairs that must be in targets from the bad files (read through the damage)
    expect_values: set[tuple[float, str]] = field(default_factory=set)
    # values that must NOT be in targets from the bad files
    forbid_values: set[float] = field(default_factory=set)
    manifest: bool = False
    large: bool = False
    # A build needing more CPU time than this (seconds) fails the case
    max_seconds: float | None = None
    # A problem outside text/read, text/normalize and flags: the case is run and reported, its test xfails.
    known_problem: str = ""


def write_good(folder: Path) -> None:
    (folder / GOOD_NAME).write_text(GOOD_TEXT, encoding="utf-8")


# ---------------------------------------------------------------- the cases

def _empty(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(" \r\n\t\u3000\r\n".encode("utf-8"))


def _png_bytes(width: int = 16, height: int = 16) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rng = random.Random(1)
    rows = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(width * 3)) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _binary(folder: Path) -> None:
    (folder / "scan.txt").write_bytes(_png_bytes())
    # Compressed bytes without a single NUL: the NUL test alone lets these through to a text decoder.
    rng = random.Random(2)
    (folder / "archive.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(4096)))


def _gbk(folder: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>{PLAN_LINES[0]}</title></head><body>\n"
        + "\n".join(f"<p>{line}</p>" for line in PLAN_LINES if line)
        + "\n</body></html>\n"
    )
    (folder / "gbk_page.html").write_bytes(page.encode("gbk"))


def windows_1252_reading(data: bytes) -> str:
    """Bytes read as Windows-1252 (bytes it leaves undefined read as Latin-1), as a browser does."""
    out = []
    for byte in data:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def _gbk_mojibake(text: str) -> str:
    """UTF-8 bytes read as GBK with replacement characters, the way 锟斤拷 and 瀛︽牎 are born."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def _misdecoded_pages(folder: Path) -> None:
    """Whole pages a scraper decoded one byte to a character and saved as UTF-8: a UTF-8 plan read as Latin-1
    (requests' default for a page sent without a charset), a GBK plan read as Windows-1252 (a browser's)."""
    (folder / "latin1_whole.txt").write_text(PLAN_TEXT.encode("utf-8").decode("latin-1"), encoding="utf-8")
    (folder / "gbk_as_1252.txt").write_text(windows_1252_reading(PLAN_TEXT.encode("gbk")), encoding="utf-8")


def _mojibake(folder: Path) -> None:
    # A good plan with one paragraph garbled by Windows-1252, one by GBK, and 锟斤拷 / U+FFFD where characters were lost.
    lines = [
        "湛江市学前教育发展行动计划(2022—2025年)",
        "一、总体目标",
        "到2025年,全市学前三年毛入园率达到97%以上。",
        windows_1252_reading("到2025年,公办幼儿园在园幼儿占比达到52%。".encode("utf-8")),
        _gbk_mojibake("到2025年,普惠性幼儿园覆盖率达到91%。"),
        "到2025年,幼儿园专任教师专科以上学历比例达到锟斤拷锟斤拷%,保教人员持证上岗率达到100%。",
        "到2025年,新建公办幼儿园\ufffd\ufffd所。",
    ]
    (folder / "mixed_mojibake.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _truncated_table(folder: Path) -> None:
    """The Sihui plan's table 1 (one cell per line), cut off in the middle of a row, twice."""
    sihui = SIHUI.read_text(encoding="utf-8").splitlines(keepends=True)
    head = "四会市教育发展“十四五”规划(2021—2025年)\n\n第二章 发展目标\n\n"
    table = sihui[145:260]
    # Cut after the baseline of 高中阶段毛入学率: its target cell and attribute are missing.
    end = next(i for i, line in enumerate(table) if line.strip() == "97.02") + 1
    (folder / "truncated_table.txt").write_text(head + "".join(table[:end]), encoding="utf-8")
    # Cut by bytes, inside a UTF-8 character of a row label (a download that stopped); another capture's title.
    other_head = "四会市教育事业发展第十四个五年规划(2021—2025年)\n\n二、发展目标\n\n"
    data = (other_head + "".join(table[:end + 20])).encode("utf-8")
    label = "适龄残疾儿童少年入学率".encode("utf-8")
    cut = data.index(label) + 7  # two characters and one byte of the third
    (folder / "truncated_bytes.txt").write_bytes(data[:cut])


# The single line is plan prose with its line breaks lost: sentences end with 。, a value every few of them.
_LINE_SENTENCES = [
    "坚持以人民为中心的发展思想,全面贯彻党的教育方针,落实立德树人根本任务,推动教育事业高质量发展。",
    "深化教育领域综合改革,完善教育治理体系,提升教育治理能力,办好人民满意的教育。",
    "加强教师队伍建设,健全教师培养培训体系,激发教师队伍活力,营造尊师重教的良好氛围。",
    "统筹城乡教育资源配置,推进义务教育优质均衡发展,缩小城乡、区域、校际差距。",
]
_LINE_VALUE = "到2025年,全市学前三年毛入园率达到{:.1f}%以上。"
SINGLE_LINE_MB = 50


def write_single_line(path: Path, megabytes: float = SINGLE_LINE_MB, distinct: bool = False) -> int:
    """A ``megabytes`` MB file with no line break: a plan title, then prose with one value per ~1 KB.

    Every value states the same target (98.0%), as a plan repeats itself; ``distinct`` makes each value
    different, so that each pair of them is a conflict (a stress test of conflict flagging). Return the
    number of values written.
    """
    target = int(megabytes * 1_000_000)
    block = "".join(_LINE_SENTENCES * 2)  # ~ 600 bytes of prose per value sentence
    title = "四会市教育发展行动计划(2021—2025年)"
    parts, size, n = [title], len(title.encode("utf-8")), 0
    block_size = len(block.encode("utf-8"))
    while size < target:
        sentence = _LINE_VALUE.format(90 + (n % 100) / 10 if distinct else 98.0)
        parts.append(block)
        parts.append(sentence)
        size += block_size + len(sentence.encode("utf-8"))
        n += 1
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(parts))
    return n


def _single_line(folder: Path) -> None:
    write_single_line(folder / "one_line.txt")


def write_one_sentence(path: Path, kilobytes: float = 200) -> int:
    """Prose whose sentences never end: clauses joined by commas, no 。 ; ! ?, a value every ~500 bytes.

    Return the number of values written."""
    clause = "推进教育优质均衡发展,全市学前三年毛入园率达到98%以上," + "统筹城乡教育资源配置,缩小城乡区域校际差距," * 8
    n = max(1, int(kilobytes * 1000 // len(clause.encode("utf-8"))))
    path.write_text("四会市教育发展行动计划(2021—2025年)\n" + clause * n, encoding="utf-8")
    return n


def _one_sentence(folder: Path) -> None:
    write_one_sentence(folder / "one_sentence.txt")


HUNDRED_K = 100_000


def write_many_numbers(path: Path, count: int = HUNDRED_K) -> None:
    """A statistical appendix of ``count`` numbers: 10 numbers a line (a label, then its yearly counts)."""
    rng = random.Random(3)
    lines = ["四会市教育统计资料汇编(2021—2025年)", "", "一、各校在校生人数(人)"]
    places = "东南西北城乡新华民光明德育才实验江河山湖桥塘岗田园林沙坪"  # no numeral among them
    written = 0
    row = 0
    while written < count:
        numbers = [str(rng.randrange(10, 99999)) for _ in range(10)]
        name = places[row % len(places)] + places[row // len(places) % len(places)] + places[row // len(places) ** 2 % len(places)]
        lines.append(f"{name}学校在校生 " + " ".join(numbers))
        written += 10
        row += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _many_numbers(folder: Path) -> None:
    write_many_numbers(folder / "numbers_100k.txt")


def _html_script_style(folder: Path) -> None:
    (folder / "script_style.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "script_unclosed.html").write_text(HTML_UNCLOSED, encoding="utf-8")


def _damaged_bytes(folder: Path) -> None:
    """A UTF-8 plan with one corrupt byte inside a character, and NUL bytes padding its end (a crashed write)."""
    data = PLAN_TEXT.replace("湛江市", "茂名市").encode("utf-8")
    at = data.index("扩大".encode("utf-8")) + 1
    data = data[:at] + b"\xff" + data[at + 1:]
    (folder / "corrupt_byte.txt").write_bytes(data + b"\x00" * 10_000)


def _manifest_not_utf8(folder: Path) -> None:
    good = folder / GOOD_NAME
    (folder / "manifest.csv").write_bytes(
        f"source_file,sha256,n_bytes,city_zh\n{GOOD_NAME},{_sha(good)},{good.stat().st_size},四会市\n".encode("gbk"))


def _traditional(folder: Path) -> None:
    (folder / "traditional.txt").write_text(TRADITIONAL_TEXT, encoding="utf-8")


def _fullwidth(folder: Path) -> None:
    (folder / "fullwidth.txt").write_text(FULLWIDTH_TEXT, encoding="utf-8")


def _duplicated(folder: Path) -> None:
    (folder / "plan_site_a.txt").write_text(PLAN_TEXT, encoding="utf-8")
    (folder / "plan_site_b.txt").write_text(PLAN_TEXT, encoding="utf-8")


def _manifest(folder: Path, rows: list[dict[str, str]]) -> None:
    columns = ("source_file", "sha256", "n_bytes", "city_zh", "doc_type", "title")
    lines = [",".join(columns)] + [",".join(row.get(c, "") for c in columns) for row in rows]
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest_missing_file(folder: Path) -> None:
    good = folder / GOOD_NAME
    _manifest(folder, [
        {"source_file": GOOD_NAME, "sha256": _sha(good), "n_bytes": str(good.stat().st_size), "city_zh": "四会市"},
        {"source_file": "lost_plan.txt", "sha256": "0" * 64, "n_bytes": "1234", "city_zh": "湛江市"},
    ])


def _manifest_wrong_hash(folder: Path) -> None:
    (folder / "changed_plan.txt").write_text(PLAN_TEXT, encoding="utf-8")
    good = folder / GOOD_NAME
    _manifest(folder, [
        {"source_file": GOOD_NAME, "sha256": _sha(good), "n_bytes": str(good.stat().st_size), "city_zh": "四会市"},
        {"source_file": "changed_plan.txt", "sha256": hashlib.sha256(b"the file as first captured").hexdigest(),
         "n_bytes": "999", "city_zh": "湛江市"},
    ])


CASES: dict[str, Case] = {case.name: case for case in [
    Case("empty", "a 0-byte file and a file of blanks", _empty, ("empty.txt", "blank.txt"),
         {"empty.txt": {"empty_document"}, "blank.txt": {"empty_document"}}),
    Case("binary", "PNG bytes, and NUL-free random bytes, named .txt", _binary, ("scan.txt", "archive.txt"),
         {"scan.txt": {"unreadable_file"}, "archive.txt": {"unreadable_file"}}),
    Case("gbk_page", "an HTML page encoded in GBK (charset=gb2312)", _gbk, ("gbk_page.html",),
         expect_values=PLAN_VALUES),
    Case("mojibake", "lines of UTF-8 read as Windows-1252 / GBK and saved again in a good page; 锟斤拷 and U+FFFD",
         _mojibake, ("mixed_mojibake.txt",), {"mixed_mojibake.txt": {"mojibake"}},
         expect_values={(97.0, "%"), (100.0, "%")}, forbid_values={52.0, 91.0}),
    Case("misdecoded_page", "whole pages read one byte to a character (UTF-8 as Latin-1, GBK as Windows-1252), saved",
         _misdecoded_pages, ("latin1_whole.txt", "gbk_as_1252.txt"),
         {"latin1_whole.txt": {"misdecoded_file"}, "gbk_as_1252.txt": {"misdecoded_file"}}, expect_values=PLAN_VALUES),
    Case("truncated_table", "the Sihui table 1 cut off mid-row, by lines and by bytes inside a character",
         _truncated_table, ("truncated_table.txt", "truncated_bytes.txt"),
         {"truncated_table.txt": {"table_row_incomplete"}, "truncated_bytes.txt": {"mojibake"}},
         expect_values={(99.86, "%"), (97.02, "%")}),
    Case("single_line_50mb", f"a {SINGLE_LINE_MB} MB file on one line (plan prose, line breaks lost)", _single_line,
         ("one_line.txt",), large=True),
    Case("one_sentence_200kb", "200 KB of prose with no sentence end (commas only), 400 values", _one_sentence,
         ("one_sentence.txt",), expect_values={(98.0, "%")}, max_seconds=1.5),
    Case("numbers_100k", f"a statistical appendix of {HUNDRED_K:,} numbers (10 a line)", _many_numbers,
         ("numbers_100k.txt",), large=True),
    Case("html_script_style", "an HTML page whose <script>, <style>, comments and <noscript> hold numbers, and "
         "one cut off inside a <script>", _html_script_style, ("script_style.html", "script_unclosed.html"),
         {"script_style.html": {"html_markup"}, "script_unclosed.html": {"html_markup"}},
         expect_values={(95.0, "%"), (98.5, "%"), (3.2, "万个"), (90.0, "%")}, forbid_values=HTML_HIDDEN_VALUES),
    Case("damaged_bytes", "a UTF-8 plan with one corrupt byte and a tail of NUL bytes", _damaged_bytes,
         ("corrupt_byte.txt",), {"corrupt_byte.txt": {"mojibake"}}, expect_values=PLAN_VALUES),
    Case("traditional", "a plan in traditional characters (學前三年毛入園率達到98%以上)", _traditional,
         ("traditional.txt",), {"traditional.txt": {"traditional_characters"}},
         expect_values={(98.0, "%"), (95.0, "%"), (98.5, "%"), (40.0, "所"), (80.0, "%")}),
    Case("fullwidth_digits", "a plan written with full-width digits and punctuation (９８．５％)", _fullwidth,
         ("fullwidth.txt",), expect_values={(95.0, "%"), (98.5, "%"), (3.2, "万个")}),
    Case("duplicated", "the same plan saved twice under two names", _duplicated, ("plan_site_a.txt", "plan_site_b.txt"),
         {"plan_site_b.txt": {"duplicate_capture"}}, expect_values=PLAN_VALUES),
    Case("manifest_missing_file", "a manifest row for a file that is not there", _manifest_missing_file,
         ("lost_plan.txt",), {"lost_plan.txt": {"manifest_mismatch"}}, manifest=True),
    Case("manifest_wrong_hash", "a manifest row whose SHA-256 is not the file's", _manifest_wrong_hash,
         ("changed_plan.txt",), {"changed_plan.txt": {"manifest_mismatch"}}, expect_values=PLAN_VALUES,
         manifest=True),
    Case("manifest_not_utf8", "a manifest saved in GBK (read as GB18030)", _manifest_not_utf8, ("manifest.csv",),
         manifest=True),
]}


def make_case(name: str, parent: Path) -> Path:
    """Write case ``name`` into ``parent/name`` (the good plan, the bad files, a manifest if any)."""
    folder = Path(parent) / name
    folder.mkdir(parents=True, exist_ok=True)
    write_good(folder)
    CASES[name].write(folder)
    return folder


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bad_inputs")
    for case_name in CASES:
        print(make_case(case_name, out))
