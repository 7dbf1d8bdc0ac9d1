"""The Han characters (Chinese ideographs), written once for every pattern that reads them.

:data:`HAN` is the inside of a regular-expression character class, written as escapes, to be
put in brackets by its users (``rf"[{HAN}]"``, or beside other ranges: ``rf"[A-Z{HAN}]"``). It
covers the three blocks of ideographs in the Basic Multilingual Plane:

- CJK Unified Ideographs Extension A (U+3400 to U+4DBF), rarer characters, some of them
  traditional or variant forms;
- CJK Unified Ideographs (U+4E00 to U+9FFF), the common characters of simplified and traditional
  Chinese;
- CJK Compatibility Ideographs (U+F900 to U+FAFF), duplicates of unified ideographs kept for
  round trips with older encodings (NFKC maps most of them to the unified forms).

It does not cover the ideographs outside the Basic Multilingual Plane (Extension B onwards), the
radicals and strokes, Chinese punctuation (U+3000 to U+303F), kana, hangul or full-width forms:
patterns that read those name them beside :data:`HAN`.
"""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

HAN_CHAR = re.compile(rf"[{HAN}]")
