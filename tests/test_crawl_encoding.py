"""Decoding fetched pages: declared charsets are trusted only when the bytes agree."""

from __future__ import annotations

import codecs
from typing import Any

import pytest

from spiders.encoding import declared_charset, decode_body, header_charset

ZH = (
    "<html><head><title>人工智能</title></head>"
    "<body><p>国家网信办发布了新的规定，要求企业登记。</p></body></html>"
)
FR = (
    "<html><body><p>Le régulateur a publié un décret très attendu à Paris, "
    "où l'été fut long.</p></body></html>"
)


def test_utf8_declared_and_true() -> None:
    text, codec = decode_body(ZH.encode("utf-8"), "text/html; charset=utf-8")
    assert text == ZH
    assert codec == "utf-8"


def test_gbk_mislabeled_as_utf8() -> None:
    text, codec = decode_body(ZH.encode("gbk"), "text/html; charset=UTF-8")
    assert text == ZH
    assert codec == "gb18030"


def test_gbk_declared_in_meta_only() -> None:
    html = ZH.replace("<head>", '<head><meta charset="gb2312">')
    text, _ = decode_body(html.encode("gbk"), "text/html")
    assert text == html


def test_latin1_mislabeled_as_utf8() -> None:
    text, codec = decode_body(FR.encode("latin-1"), "text/html; charset=utf-8")
    assert text == FR
    assert codec == "cp1252"


def test_utf8_mislabeled_as_latin1() -> None:
    text, _ = decode_body(FR.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert text == FR


def test_windows1252_quotes() -> None:
    html = "<p>\u201cQuoted\u201d \u2014 dash</p>"
    text, _ = decode_body(html.encode("cp1252"), "text/html")
    assert text == html


def test_bom_wins() -> None:
    text, codec = decode_body(
        codecs.BOM_UTF16_LE + FR.encode("utf-16-le"), "text/html; charset=utf-8"
    )
    assert text == FR
    assert codec == "utf-16-le"


def test_garbage_never_raises() -> None:
    text, _ = decode_body(bytes(range(256)) * 4, "text/html; charset=nonsense")
    assert isinstance(text, str)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=UTF-8", "utf-8"),
        ('text/html; charset="gbk"', "gb18030"),
        ("text/html; charset=ISO-8859-1", "cp1252"),
        ("text/html", None),
        ("text/html; charset=bogus", None),
        (None, None),
    ],
)
def test_header_charset(header: Any, expected: Any) -> None:
    assert header_charset(header) == expected


def test_declared_charset() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss/>') == "cp1252"
    assert (
        declared_charset(b'<html><meta http-equiv="Content-Type" content="text/html; charset=gbk">')
        == "gb18030"
    )
    assert declared_charset(b"<html><p>nothing</p>") is None
