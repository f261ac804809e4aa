"""Score a set after a scrape-like perturbation of its pages: how much a scraper's habits cost the extractor.

Each perturbation rewrites every page of a set (Markdown markup, letter spacing, hard wraps, HTML entities, …);
each gold quote is mapped to the span of the perturbed page its text became, so the matching rule of
``rubric_scoring.py`` is unchanged. Only for sets whose pages may be read (not the sealed ones).

Run from the repository root: ``python tests/perturbations.py devset markdown`` (or ``all``); ``-v`` lists the
documents whose counts changed.
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

import rubric_scoring as rs
from plantargets.paths import MANIFEST_NAME


_HALF_WIDTH = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?", "“": '"',
                             "”": '"', "、": ",", "。": "."})
_KANGXI = {ord(unicodedata.normalize("NFKC", chr(code))): chr(code) for code in range(0x2F00, 0x2FD6)}
_CJK_DIGIT_GAP = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff%])")


def _wrap(text: str, width: int = 38) -> str:
    return "\n".join("\n".join(line[i:i + width] for i in range(0, len(line), width)) for line in text.split("\n"))


def _pdf_pages(text: str, lines_a_page: int = 30, running_head: str = "") -> str:
    """A PDF's text: lines wrapped at 38 characters and a page number ("- 2 -") after every ``lines_a_page`` lines,
    inside a sentence where the page ended in one; the next page's running head after it, if any."""
    lines = _wrap(text).split("\n")
    head = f"\n{running_head}" if running_head else ""
    return "\n".join(line + (f"\n- {i // lines_a_page + 1} -{head}" if i % lines_a_page == lines_a_page - 1 else "")
                     for i, line in enumerate(lines))


def _tab_table(text: str) -> str:
    """A page whose drawn table ("a | b | c" lines) a scraper wrote with tabs between the cells."""
    return "\n".join("\t".join(cell.strip() for cell in line.strip().strip("|").split("|")) if line.count("|") >= 2
                     else line for line in text.split("\n"))


def _space_table(text: str) -> str:
    """A page whose drawn table a text browser dumped (lynx, w3m) or a PDF's layout set: its cells apart by spaces."""
    return "\n".join("   ".join(cell.strip() for cell in line.strip().strip("|").split("|")) if line.count("|") >= 2
                     else line for line in text.split("\n"))


def _markdown(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if re.match(r"^\s*[一二三四五六七八九十]+、", line) or (0 < len(line) < 25 and not line.endswith("。")):
            out.append("## " + line)
        elif len(line) > 25:
            out.append("- " + re.sub(r"(\d+(?:\.\d+)?%?)", r"**\1**", line, count=2))
        else:
            out.append(line)
    return "\n".join(out)


_CJK_PAIR = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")
def as_html_table(text: str) -> str:
    """A page whose drawn table ("a | b | c" lines) is written as an HTML table, its other lines as paragraphs."""
    out, in_table = [], False
    for line in text.split("\n"):
        if line.count("|") >= 2:
            out += [] if in_table else ["<table>"]
            in_table = True
            cells = line.strip().strip("|").split("|")
            out.append("<tr>" + "".join(f"<td>{cell.strip()}</td>" for cell in cells) + "</tr>")
            continue
        out += ["</table>"] if in_table else []
        in_table = False
        out.append(f"<p>{line}</p>")
    return "<html><body>\n" + "\n".join(out + (["</table>"] if in_table else [])) + "\n</body></html>"


def _site_title(text: str) -> str:
    """A page's <title> as its site writes it: its first line, if a headline's length, and the site's name after it."""
    first = next((line.strip(" |") for line in text.split("\n") if line.strip(" |")), "")
    return (f"{first}_" if len(first) <= 50 else "") + "某某市人民政府门户网站"


def as_site_page(text: str) -> str:
    """A page as a site serves it: its first line, if a headline's length, with the site's name after it as the
    <title>; a breadcrumb; each line in a <div>; a footer."""
    lines = "\n".join(f"<div><span>{line}</span></div>" for line in text.split("\n"))
    return (f"<html><head><title>{_site_title(text)}</title><script>var id = 2024;</script></head><body>\n"
            "<div class=nav><a href=/>首页</a> > <a href=/xw/>新闻中心</a> > 正文</div>\n"
            f"{lines}\n<div class=foot>主办单位:某某市人民政府办公室 版权所有 联系我们</div></body></html>")


def as_portal_page(text: str) -> str:
    """A page of a government portal: the site-page's <title>, a menu of links (首页 / 政务公开 / …), a breadcrumb
    with an entity, the text in <p>s, a list of related news with dates, a footer of licence numbers and telephone."""
    menu = "".join(f"<li><a href=/{k}/>{word}</a></li>" for k, word in enumerate(["首页", "政务公开", "政务服务", "互动交流"]))
    related = "".join(f"<li><a href=/x{k}.html>{title}</a><span>0{k}-1{k}</span></li>" for k, title in
                      enumerate(["某市召开第5次常务会议", "市长调研重点项目建设", "我市举行新闻发布会介绍营商环境"], 1))
    body = "\n".join(f"<p>{line}</p>" for line in text.split("\n"))
    return (f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{_site_title(text)}</title></head><body>"
            f"<ul class=menu>{menu}</ul>\n<div class=nav>当前位置:<a href=/>首页</a> &gt; <a>新闻中心</a></div>\n"
            f"<div class=article>{body}</div>\n<div class=related><h3>相关新闻</h3><ul>{related}</ul></div>\n"
            "<div class=foot><p>主办:某某市人民政府办公室</p><p>粤ICP备05012345号 联系电话:0759-3333333</p></div></body></html>")


def as_page_with_related_links(text: str) -> str:
    """A page in <p>s with the site's related news after it: a list of links whose headlines state other pages'
    targets, one with its date (what a scrape of the whole page keeps)."""
    related = "".join(f"<li><a href=/x{k}.html>{title}</a>{date}</li>" for k, (title, date) in enumerate(
        [("某县今年将新建幼儿园10所", " <span>2024-03-01</span>"), ("全省计划完成交通投资500亿元", ""),
         ("到2025年全市森林覆盖率达到45%", "")], 1))
    body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<html><body>{body}<div class=xg><h4>相关新闻</h4><ul>{related}</ul></div></body></html>"


def wrapped_at_columns(line: str, columns: int) -> str:
    """``line`` broken where the next character would pass ``columns`` columns (two for a wide character)."""
    out, width, start = [], 0, 0
    for index, character in enumerate(line):
        wide = 2 if unicodedata.east_asian_width(character) in "WF" else 1
        if width + wide > columns:
            out.append(line[start:index])
            start, width = index, 0
        width += wide
    return "\n".join(out + [line[start:]])


def _paged(text: str, lines_a_page: int = 30) -> str:
    """``text`` with a page's number between blank lines after every ``lines_a_page`` lines, as pdftotext sets it."""
    lines = text.split("\n")
    return "\n".join(line + (f"\n\n- {k // lines_a_page} -\n" if k % lines_a_page == 0 else "")
                     for k, line in enumerate(lines, 1))


def _with_unit_signs(text: str, square_km: str, square_m: str, cubic_m: str) -> str:
    """Area, volume and length units written as signs (km², ㎡, m³, km) or their letters (km2, m2, m3)."""
    for word, sign in (("平方公里", square_km), ("平方米", square_m), ("立方米", cubic_m), ("公里", "km")):
        text = text.replace(word, sign)
    return text


_THOUSANDS = re.compile(r"(?<![\d.,:\uff1a/-])(?!(?:19|20)\d\d(?!\d))(\d{1,3})(\d{3})(?![\d年月日:/-])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?=年)")
_QUOTED_PHRASE = re.compile(r"(“[^”\n]{2,12}”)")
_NUMBER_IN_PROSE = re.compile(r"(?<=[\u4e00-\u9fff])(\d+(?:\.\d+)?%?)(?=[\u4e00-\u9fff%])")
_CHINESE_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
PERTURBATIONS = {
    "markdown": _markdown,  # headings, bullets, bold numbers
    "letters": lambda t: re.sub(r"(?<=\S)(?=\S)", " ", t),  # every character set apart (PDF letter spacing)
    "cjk-spaced": lambda t: _CJK_PAIR.sub(" ", t),  # Chinese characters set apart
    "wrap38": _wrap,  # lines broken every 38 characters
    "pdf-pages": _pdf_pages,  # the same, with a page number line every 30 lines
    "pdf-running-head": lambda t: _pdf_pages(t, running_head="某市国民经济和社会发展规划纲要"),  # and a running head
    "entities": lambda t: t.replace("\u3000", "&nbsp;").replace("“", "&ldquo;").replace("”", "&rdquo;"),
    "line-separators": lambda t: t.replace("\n", "\u2028"),
    "one-line": lambda t: t.replace("\n", ""),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "fullwidth": lambda t: t.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％")),
    "html": lambda t: "<html><body>\n" + "\n".join(f"<p>{line}</p>" for line in t.split("\n")) + "\n</body></html>",
    "tab-table": _tab_table,  # drawn tables' cells set apart by tabs
    "space-table": _space_table,  # drawn tables' cells set apart by runs of spaces
    "watermark": lambda t: re.sub(r"([,,。])", lambda m: m.group(1) + "xq7k", t),  # a site's token after each mark
    "pangu": lambda t: _CJK_DIGIT_GAP.sub(" ", t),  # a space between Chinese and digits (an editor's typesetting)
    "corner-quotes": lambda t: t.translate(str.maketrans("“”‘’", "「」『』")),  # the quotation marks of traditional print
    "html-table": as_html_table,  # the same, with its drawn tables as <table> rows of <td> cells
    "ascii-points": lambda t: t.replace("。", "."),  # full stops typed or converted as ASCII points
    "tab-joined": lambda t: t.replace("\n", "\t"),  # a scraper that joined a page's text nodes with tabs
    "sentence-lines": lambda t: t.replace("。", "。\n"),  # a line break after each sentence
    "bullets": lambda t: "\n".join("▶ " + line if line.strip() else line for line in t.split("\n")),  # dressed lines
    "chinese-years": lambda t: _YEAR.sub(lambda m: m.group(0).translate(_CHINESE_DIGITS), t),  # 二〇二四年, as formal texts
    "list-commas": lambda t: t.replace("、", ","),  # a converter that writes the list mark 、 as a comma
    "half-width": lambda t: t.translate(_HALF_WIDTH),  # a converter that writes all Chinese punctuation as ASCII
    "pdf-cjk-spaced": lambda t: _pdf_pages(_CJK_PAIR.sub(" ", t)),  # a PDF's letter-spaced text, wrapped and paged
    "wrap38-html": lambda t: PERTURBATIONS["html"](_wrap(t)),  # a PDF's wrapped text pasted into a page, a <p> a line
    "pdf-pages-html": lambda t: PERTURBATIONS["html"](_pdf_pages(t)),  # the same, its page numbers paragraphs too
    "wrap38-pangu": lambda t: _wrap(_CJK_DIGIT_GAP.sub(" ", t)),  # an editor's spaces by the digits, then hard wraps
    "site-page": as_site_page,  # the page as its site serves it: <title> with the site's name, breadcrumb, footer
    "portal": as_portal_page,  # the same with a menu of links, a list of related news and a footer of numbers
    # a statistics page or converter that sets thousands apart (1,200万元, 2,242.6), not years, dates or codes
    "thousands": lambda t: _THOUSANDS.sub(r"\1,\2", t),
    # units written with their signs (㎡, m³, km, km²) or the signs' plain forms (m2, m3, km2), as technical pages do
    "unit-signs": lambda t: _with_unit_signs(t, "km²", "㎡", "m³"),
    "unit-letters": lambda t: _with_unit_signs(t, "km2", "m2", "m3"),
    "related-html": as_page_with_related_links,  # a page in <p>s with related news after it, their targets other pages'
    # an encyclopedia's or annotated edition's note marks after sentences and clauses ("…实事项目[3]。")
    "cite-marks": lambda t: re.sub(r"[。;]", lambda m: f"[{m.start() % 9 + 1}]{m.group(0)}", t),
    # a PDF's text whose font gave common ideographs as Kangxi radicals (⼈, ⼯, ⽣, ⽤, ⾏: U+2F00-U+2FD5)
    "kangxi": lambda t: t.translate(_KANGXI),
    # a page a scraper saved as a JSON string's text (an API's response kept as it came): \n, \", or every character
    # escaped (\u589e)
    "json-lines": lambda t: json.dumps(t, ensure_ascii=False)[1:-1],
    "json-ascii": lambda t: json.dumps(t)[1:-1],
    # a feed's description or a double-encoded export: the page's markup escaped as text (&lt;p&gt;)
    "html-escaped": lambda t: html.escape(PERTURBATIONS["html"](t), quote=False),
    # a WeChat capture's foot: its source and editors, and the post's counters (阅读 2.3万, 在看 128)
    "wechat-tail": lambda t: t + "\n\n来源:某某日报\n编辑:张三\n审核:李四\n\n阅读 2.3万\n在看 128\n",
    # a scraper that took the page's text with its <style> and <script> elements' (a site's analytics script)
    "script-text": lambda t: (".main{width:1200px;margin:0 auto}\n.article p {\n  font-size: 16px;\n}\n\n" + t
                              + "\nvar _hmt = _hmt || [];\n(function() {\n"
                              "  var hm = document.createElement(\"script\");\n"
                              "  hm.src = \"https://hm.baidu.com/hm.js?8a8b\";\n})();\n"),
    # a PDF's text wrapped at a width on the page (72 columns: a Chinese character two, a digit or letter one), so a
    # line of digits holds more characters than a line of Chinese
    "pdf-width": lambda t: "\n".join(wrapped_at_columns(line, 72) for line in t.split("\n")),
    # pdftotext's text of a report: paragraphs indented by two ideographic spaces, wrapped at 72 columns, a page's
    # number between blank lines every 30 lines
    "pdftotext": lambda t: _paged("\n".join(wrapped_at_columns("\u3000\u3000" + line if len(line) > 20 else line, 72)
                                           for line in t.split("\n"))),
    # lines dressed with a glyph run into their words: a WeChat post's emoji, a Word file's Wingdings bullet (U+F06C)
    "glyph-bullets": lambda t: "\n".join(("\U0001f539" if k % 2 else "\uf06c ") + line if len(line) > 20 else line
                                         for k, line in enumerate(t.split("\n"))),
    # a scrape that breaks the line at every element of a page whose numbers are set apart (bold, or in a font of
    # their own: <span lang=EN-US>10</span>), the first two in a line of prose: 新建\n10\n所幼儿园
    "element-lines": lambda t: "\n".join(_NUMBER_IN_PROSE.sub(r"\n\1\n", line, count=2) if len(line) > 25
                                         and "|" not in line else line for line in t.split("\n")),
    # the same scrape of a page whose quoted phrases are links or spans: 李光明表示,\n“十三五”\n期间新疆将…
    "quote-lines": lambda t: "\n".join(_QUOTED_PHRASE.sub(r"\n\1\n", line).replace("\n\n", "\n").strip("\n")
                                       for line in t.split("\n")),
    # a scrape that kept the site's related links after the text, their headlines other pages' targets and dates
    "related-links": lambda t: t + "\n相关新闻\n某县今年将新建幼儿园10所 2024-03-01\n全省计划完成交通投资500亿元\n"
                                   "到2025年全市森林覆盖率达到45%\n",
    # a site's anti-copying marks: a zero-width space after a quarter of its characters, inside words, numbers
    # (9\u200b5%) and a converter's pinyin glosses alike
    "zero-width": lambda t: re.sub(r"[^\n]", lambda m: m.group(0) + ("\u200b" if ord(m.group(0)) % 4 == 0 else ""), t),
    # an OCR engine's reading of a scanned report: 0 between digits read as O, 1 before a digit or % as l (2O2l, l2%)
    "ocr-digits": lambda t: re.sub(r"(?<=\d)0(?=\d)", "O", re.sub(r"(?<=\d)1(?=[\d%])", "l", t)),
    # the same engine's reading of the full stop as the letter o
    "ocr-stops": lambda t: t.replace("。", "o"),
    # a WeChat article's foot: its collection line and the collection's hashtags with their counts
    "wechat-collection": lambda t: t + "\n\n预览时标签不可点\n收录于合集\n#政务公开 128个\n#民生实事 12个\n",
}


def _mapped(page: str, quote: str, perturb) -> str:
    """The perturbed page's text that ``quote`` (its first occurrence) became: the perturbations act locally, so
    the perturbed prefix before the quote is a prefix of the perturbed prefix through it."""
    at = page.find(quote)
    if at < 0:
        return quote
    before, through, whole = perturb(page[:at]), perturb(page[:at + len(quote)]), perturb(page)
    if through.startswith(before) and whole.startswith(through[len(before):], len(before)):
        return through[len(before):]
    # a perturbation that looks at the whole line (Markdown's bullets and bold): the quote's characters in order,
    # with only markup or white space between them, nearest the quote's place in the page
    between = r"(?:\*\*|[ \t\n\u2028]|<[^<>]{0,20}>)*"
    pattern = re.compile(between.join(map(re.escape, quote)))
    found = min(pattern.finditer(whole), key=lambda m: abs(m.start() - len(before)), default=None)
    return found.group(0) if found else quote


def perturbed_score(name: str, perturbation: str) -> tuple[dict, dict]:
    """The scores of set ``name`` as it is and with ``perturbation`` applied to its pages (and mapped gold)."""
    raw_dir, gold_dir = rs.SETS[name]
    perturb = PERTURBATIONS[perturbation]
    from plantargets.pipeline import extract_tables

    with tempfile.TemporaryDirectory() as work:
        docs, gold = Path(work) / "docs", Path(work) / "gold"
        docs.mkdir()
        gold.mkdir()
        pages = {path.name: rs._read(path) for path in raw_dir.iterdir()
                 if path.is_file() and path.name != MANIFEST_NAME}
        for page_name, page in pages.items():
            (docs / page_name).write_text(perturb(page), encoding="utf-8")
        if (raw_dir / MANIFEST_NAME).is_file():  # (the seeds' manifest is no page: it is copied as it is)
            shutil.copyfile(raw_dir / MANIFEST_NAME, docs / MANIFEST_NAME)
        for path in gold_dir.glob("*.csv"):
            with open(path, encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
            for row in rows:
                row["quote"] = _mapped(pages.get(row["doc"], ""), row["quote"], perturb)
            with open(gold / path.name, "w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=rows[0].keys() if rows else ["doc"])
                writer.writeheader()
                writer.writerows(rows)
        before = rs.score(extract_tables(raw_dir).tables["targets"], raw_dir, rs.load_rubric_gold(gold_dir))
        after = rs.score(extract_tables(docs).tables["targets"], docs, rs.load_rubric_gold(gold))
    return before, after


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    name, which = [a for a in argv if a != "-v"][:2]
    for perturbation in PERTURBATIONS if which == "all" else [which]:
        before, after = perturbed_score(name, perturbation)
        print(f"{name} {perturbation}: target F1 {before['f1_target']:.3f} -> {after['f1_target']:.3f}, "
              f"actual R {before['recall_actual']} -> {after['recall_actual']}")
        for doc, counts in before["per_doc"].items() if verbose else ():
            if counts != after["per_doc"].get(doc):
                print(f"  {doc}: {counts} -> {after['per_doc'].get(doc)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
