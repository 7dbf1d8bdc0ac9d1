"""Decode fetched bytes into text, trusting the declared charset only when the bytes agree.

Order: byte-order mark, then strict UTF-8 (valid UTF-8 with non-ASCII bytes is almost never another
encoding by accident), then the HTTP header, then ``<meta charset>``/XML declaration, each tried
strictly. A page declared UTF-8 whose bytes are not UTF-8 (GBK and Latin-1 served with a wrong
header are common) is decoded by the first other candidate that fits: the other declaration,
GB18030 when the non-ASCII bytes read as Chinese, else Windows-1252.
"""

from __future__ import annotations

import codecs
import re

from policywatch_core.charsets import usable_codec

_META = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE | re.DOTALL
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)["']""")
_HEADER = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy labels browsers map to a superset (WHATWG Encoding Standard).
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}


def _codec(label: str | None, *, in_document: bool = True) -> str | None:
    """A declared label's codec; None for unknown and refused ones (policywatch_core.charsets)."""
    if not label:
        return None
    return usable_codec(label, in_document=in_document, aliases=_ALIASES)


def header_charset(content_type: str | None) -> str | None:
    """The charset named in a Content-Type header, as a Python codec name."""
    if not content_type:
        return None
    match = _HEADER.search(content_type)
    return _codec(match.group(1), in_document=False) if match else None


def declared_charset(body: bytes) -> str | None:
    """The charset the document declares itself (XML declaration or ``<meta>``)."""
    head = body[:4096]
    match = _XML_DECL.match(head) or _META.search(head)
    return _codec(match.group(1).decode("ascii", "replace")) if match else None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_chinese(text: str) -> bool:
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return False
    cjk = sum(1 for c in non_ascii if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return cjk / len(non_ascii) >= 0.8


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a document; return ``(text, codec used)``.

    Never raises: when nothing fits strictly, Windows-1252 (which maps almost every byte) or UTF-8
    with replacement characters is used.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            text = _strict(body[len(bom) :], codec)
            if text is not None:
                return text, codec
    candidates: list[str] = []
    # Valid UTF-8 with non-ASCII bytes is almost never another encoding by accident, while a wrong
    # declaration is common: UTF-8 is tried first, then what the server and the page declare.
    for label in ("utf-8", header_charset(content_type), declared_charset(body)):
        if label and label not in candidates:
            candidates.append(label)
    for codec in candidates:
        text = _strict(body, codec)
        if text is not None:
            return text, codec
    gb = _strict(body, "gb18030")
    if gb is not None and _looks_chinese(gb):
        return gb, "gb18030"
    text = _strict(body, "cp1252")
    if text is not None:
        return text, "cp1252"
    return body.decode("utf-8", errors="replace"), "utf-8"
