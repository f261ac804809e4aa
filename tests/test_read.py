"""Decoding raw files: UTF-8 with or without BOM, GB18030/GBK, CRLF kept, HTML recognised, binary refused."""

from pathlib import Path

import pytest

from bad_inputs import windows_1252_reading
from plantargets.text.read import UnreadableFileError, read_raw_file

TEXT = "到2025年,学前三年毛入园率达到98%以上。\n"


def test_utf8_with_bom_drops_the_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff".encode("utf-8") + TEXT.encode("utf-8"))
    raw = read_raw_file(path)
    assert raw.text == TEXT and raw.had_bom and raw.encoding == "utf-8-sig"


def test_gbk_is_detected(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(TEXT.encode("gbk"))
    raw = read_raw_file(path)
    assert raw.text == TEXT and raw.encoding == "gb18030"


def test_crlf_is_kept_so_offsets_stay_true(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read_raw_file(path).text == TEXT.replace("\n", "\r\n")


def test_html_is_recognised_by_suffix_and_by_content(tmp_path):
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("<!DOCTYPE html><html><body>x</body></html>", encoding="utf-8")
    assert read_raw_file(tmp_path / "a.html").is_html
    assert read_raw_file(tmp_path / "b.txt").is_html


def test_html_saved_with_a_bom_or_in_utf16_is_recognised_by_content(tmp_path):
    """A page of markup saved by a Windows tool with a UTF-8 BOM (heldout18 p18_10 so written lost its indicator table)
    or in UTF-16 is sniffed in its decoded text, as one without is."""
    page = '<p align="left">规划</p> <h2 align="center">目标</h2>'
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(page.encode("utf-16"))
    assert read_raw_file(tmp_path / "a.txt").is_html and read_raw_file(tmp_path / "b.txt").is_html


def test_binary_file_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(UnreadableFileError, match="binary"):
        read_raw_file(path)


def test_sha256_is_of_the_bytes(tmp_path):
    import hashlib
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    assert read_raw_file(path).sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def test_a_mobile_page_opening_on_an_xml_declaration_is_read_as_markup(tmp_path):
    """A WML page captured as text (heldout362 n01: "<?xml version="1.0"?><!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML
    1.1//EN" …><wml>") is markup, so its doctype's 1.1 is no value; plain text opening on "<" is not."""
    page = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" "x">'
            "<wml><p>通了硬化路</p>")
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text("<5%的学校需改造。\n", encoding="utf-8")
    assert read_raw_file(tmp_path / "a.txt").is_html
    assert not read_raw_file(tmp_path / "b.txt").is_html


def _one_byte_a_character(data: bytes, windows_1252: bool) -> str:
    """Bytes read one to a character: as Latin-1 (requests' default for a page sent without a charset) or as
    Windows-1252 with the bytes it leaves undefined read as Latin-1 (a browser's reading)."""
    return windows_1252_reading(data) if windows_1252 else data.decode("latin-1")


DEVSET_DOCS = Path(__file__).parent / "devset" / "docs"


@pytest.mark.parametrize("encoding, windows_1252", [("utf-8", False), ("utf-8", True), ("gbk", False), ("gbk", True)])
def test_a_page_a_scraper_read_one_byte_to_a_character_reads_as_the_page(tmp_path, encoding, windows_1252):
    """The devset's real pages in their encoding, read as Latin-1 or Windows-1252 and saved as UTF-8 (the page
    as a scraper's default decoding left it): each reads back as the page, character for character, in its
    encoding, and is marked misdecoded; the build reads the same values from the same offsets and flags it."""
    from plantargets.pipeline import extract_tables

    pages = {path.name: path.read_text(encoding="utf-8") for path in sorted(DEVSET_DOCS.glob("*.txt"))}
    good, garbled = tmp_path / "good", tmp_path / "garbled"
    good.mkdir()
    garbled.mkdir()
    for name, page in pages.items():
        try:
            data = page.encode(encoding)
        except UnicodeEncodeError:
            continue  # (a character GBK has not)
        (good / name).write_text(page, encoding="utf-8")
        (garbled / name).write_text(_one_byte_a_character(data, windows_1252), encoding="utf-8")
    names = sorted(path.name for path in garbled.iterdir())
    assert len(names) >= 20
    for name in names:
        raw = read_raw_file(garbled / name)
        assert raw.text == pages[name] and raw.misdecoded
        assert raw.encoding == ("gb18030" if encoding == "gbk" else encoding)
    columns = ["source_file", "kind", "value", "year", "char_start", "char_end", "quote", "indicator_zh"]
    expected, got = extract_tables(good).tables, extract_tables(garbled).tables
    assert len(expected["targets"]) > 300
    assert got["targets"][columns].equals(expected["targets"][columns])
    flagged = got["flags"][got["flags"]["flag_type"] == "misdecoded_file"]
    assert sorted(flagged["source_file"]) == names


def test_text_that_is_not_a_page_read_one_byte_to_a_character_stays_as_it_is(tmp_path):
    """Accented Western text (its bytes may happen to read as GB18030, into rare characters), a page with one
    garbled line among good ones (cut where it is, by normalization), a page in Chinese: none is read again."""
    cases = {
        "french.txt": "Le développement économique à Zhanjiang: 95 % après l'été, à côté des écoles. " * 4,
        "mixed.txt": TEXT + "到2025年,普惠率达到91%。".encode("utf-8").decode("latin-1") + "\n",
        "plain.txt": TEXT * 3,
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        raw = read_raw_file(tmp_path / name)
        assert raw.text == text and not raw.misdecoded and raw.encoding == "utf-8"


def test_a_big5_page_read_one_byte_to_a_character_reads_as_the_page(tmp_path):
    """A traditional page in Big5 read as Latin-1 and saved: its bytes are told from GB18030 as the page's own
    are (``_reads_as_big5``), so it reads back as written."""
    page = "臺灣教育發展規劃:到2025年,學前教育毛入園率達到95%以上,新建公辦幼兒園28所。各級學校擴大招生規模。\n" * 3
    (tmp_path / "big5.txt").write_text(page.encode("big5").decode("latin-1"), encoding="utf-8")
    raw = read_raw_file(tmp_path / "big5.txt")
    assert (raw.text, raw.encoding, raw.misdecoded) == (page, "cp950", True)
