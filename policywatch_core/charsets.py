"""Which declared character encodings a page may be decoded with.

A page names its own encoding (``<meta charset>``, the XML declaration, the HTTP header), and
Python's codec registry accepts far more names than browsers do. Some of them turn plain ASCII
bytes into markup or into something else entirely, so a page may not choose them:

- UTF-7 (``+ADw-script+AD4-`` decodes to ``<script>``), and the other encodings browsers dropped
  for that reason: HZ and the ISO-2022 family (WHATWG maps most to "replacement");
- Python-only codecs that rewrite escapes: ``unicode_escape``, ``raw_unicode_escape``,
  ``punycode``, ``idna``; ``undefined``, which always fails;
- codecs that are not text encodings at all (base64, zlib, rot13...);
- UTF-16 and UTF-32 named inside the document (a document that can be read to find the name is
  not UTF-16; browsers read such a label as UTF-8). A byte-order mark or the HTTP header may
  still say UTF-16.
"""

from __future__ import annotations

import codecs

_REFUSED = frozenset(
    {
        "utf-7",
        "unicode-escape",
        "raw-unicode-escape",
        "punycode",
        "idna",
        "undefined",
        "hz",
        "iso2022-jp",
        "iso2022-jp-1",
        "iso2022-jp-2",
        "iso2022-jp-2004",
        "iso2022-jp-3",
        "iso2022-jp-ext",
        "iso2022-kr",
        "mbcs",
        "oem",
    }
)
_WIDE = ("utf-16", "utf-32")


def usable_codec(
    label: str, *, in_document: bool, aliases: dict[str, str] | None = None
) -> str | None:
    """The Python codec for a declared encoding ``label``, or None when it may not be used.

    Args:
        label: the name as declared.
        in_document: the page names it itself (``<meta>``, XML declaration), as opposed to the
            HTTP header.
        aliases: legacy labels mapped to the codec browsers use instead (``gb2312``: GB18030).
    """
    name = label.strip().lower()
    name = (aliases or {}).get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    canonical = info.name.replace("_", "-")
    if canonical in _REFUSED:
        return None
    if in_document and canonical.startswith(_WIDE):
        return None
    return info.name
