"""Decoding raw files: UTF-8 with or without BOM, GB18030/GBK, CRLF kept, HTML recognised, binary refused."""

import pytest

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
