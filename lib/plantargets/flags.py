"""Flags: every amendment, doubt or rejected number a step records instead of acting silently.

Each step returns its flags beside its output; the build gathers them into the ``flags`` table.
"""

from __future__ import annotations

from dataclasses import dataclass

# flag_type → (severity, what it means). The one list of flag types; schemas.py checks against it.
FLAG_TYPES: dict[str, tuple[str, str]] = {
    "page_furniture": ("info", "site navigation or page furniture removed from the text"),
    "scrape_residue": ("info", "residue a scraper or converter left inside the text (romanisation in brackets, "
                                "reading annotations, a doubled word, markdown) cut out; see codebook/scrape_residue.csv"),
    "repeated_text": ("info", "a paragraph repeated in the same document (a capture's summary, a headline); its values are "
                              "kept, each later one linked to its first statement by restates_id"),
    "html_markup": ("info", "HTML script/style/markup removed"),
    "spam_text": ("warning", "injected spam text removed from the text; nothing from it enters the data"),
    "typo_repeated_symbol": ("info", "a repeated symbol such as %% read as one"),
    "lost_characters": ("warning", "characters lost around a number (date, count or year run together); not guessed"),
    "unclassified_number": ("warning", "a number the extractor saw but could not classify as a value"),
    "indicator_guessed": ("info", "a value with no indicator phrase before it: its indicator is the words right after "
                                  "it (1794个项目) or, failing those, the last words before it; check it"),
    "list_mismatch": ("warning", "a list stated with 分别 (respectively) whose names and values differ in number: "
                                 "its values are not paired with names, so not read as values"),
    "conflict": ("warning", "two different values stated for the same indicator and year in one document"),
    "duplicate_capture": ("info", "text captured twice (two sites); one copy kept, the other recorded as provenance"),
    "capture_difference": ("warning", "two captures of one text differ here; the clean copy was used"),
    "table_row_incomplete": ("warning", "a table row with fewer cells than columns"),
    "metadata_missing": ("warning", "document metadata (issuer, date, period) could not be inferred"),
    "metadata_inferred": ("info", "document metadata inferred from a damaged or indirect statement"),
    "year_inferred": ("info", "a target with no year of its own takes its plan's horizon"),
    "value_out_of_bounds": ("warning", "a value outside its indicator's bounds"),
    "skipped_file": ("warning", "an entry of the raw folder the build does not read (a link leaving it, a sub-folder, "
                                "a PDF or other format, a device), with the reason"),
    "encoding_detected": ("warning", "a file neither UTF-8 nor GB18030/GBK, decoded in the encoding detected (Big5, "
                                     "Windows-1252 …): check that its text reads right"),
    "unreadable_file": ("error", "a raw file that could not be read as text"),
    "processing_error": ("error", "an unexpected error while cleaning a file; the file's values are missing, the rest built"),
    "manifest_mismatch": ("error", "a raw file whose hash differs from the manifest, or a manifest row with no file"),
    "manifest_problem": ("warning", "a manifest row or column that cannot be used as written (an unknown column, an "
                                    "over-long field, a repeated row, a city without its English name); the message "
                                    "says what was used instead"),
    "empty_document": ("warning", "a file or document with no text"),
    "misdecoded_file": ("warning", "a file whose whole text is a page's bytes read one to a character as Latin-1 or "
                                   "Windows-1252 and saved again (a scraper's default): read from those bytes; offsets "
                                   "refer to the repaired text"),
    "mojibake": ("warning", "text garbled by a wrong encoding (UTF-8 read as Latin-1 or GBK) or characters lost to one "
                            "(U+FFFD, 锟斤拷): cut out with the digits touching it, not read"),
    "spaced_characters": ("info", "a text whose characters a PDF extraction set apart with spaces (学 前 三 年, 9 8 %): "
                                  "the spaces between them were removed, so words and numbers read whole"),
    "spaced_numbers": ("info", "a text whose numbers a PDF extraction set apart from the words around them (比 2020 年"
                               "提高 10 个百分点): the single spaces between a digit and a Chinese character removed"),
    "hard_wrapped_lines": ("info", "a text broken into lines of one width inside its sentences (PDF text): the breaks "
                                   "inside sentences joined, offsets kept"),
    "sentence_per_line": ("info", "a text written one sentence to a line: the breaks between the sentences of a "
                                  "paragraph joined (not before a heading, item or bullet), offsets kept"),
    "inline_line_breaks": ("info", "a text whose scrape put a line break on each side of a number or quoted phrase "
                                   "set apart in its page (a bold or linked element: 新建\\n10\\n所, 表示,\\n“十三五”\\n"
                                   "期间): the breaks joined, offsets kept"),
    "lost_line_breaks": ("info", "a text run into one line by its scrape: line breaks put back before the chapter "
                                 "headings, dateline and bullets run into it, no character changed"),
    "escaped_markup": ("info", "a text whose page's markup is escaped (&lt;p&gt;: a feed's description): its entities "
                               "read as characters and the page read as HTML, offsets mapped back; quotes keep the raw "
                               "text"),
    "ocr_digits": ("info", "numbers whose digits an OCR engine read as the letters they look like (2O25年, l2%): O "
                           "and o read as 0, l and I as 1 inside a run of digits, one for one"),
    "json_escapes": ("info", "a page saved as a JSON string's text (\\n, \\u4e2d): read as the text it stands for, "
                             "offsets mapped back; quotes keep the raw text"),
    "traditional_characters": ("info", "a file in traditional characters, read one for one as simplified; quotes keep the raw text"),
}


@dataclass(frozen=True)
class Flag:
    """One recorded doubt or amendment, located in the raw file it concerns."""

    source_file: str
    flag_type: str
    char_start: int | None
    char_end: int | None
    text: str
    message: str
    doc_id: str = ""
    target_id: str = ""

    @property
    def severity(self) -> str:
        return FLAG_TYPES[self.flag_type][0]

    def __post_init__(self) -> None:
        if self.flag_type not in FLAG_TYPES:
            raise ValueError(f"unknown flag type {self.flag_type!r}; known: {sorted(FLAG_TYPES)}")
