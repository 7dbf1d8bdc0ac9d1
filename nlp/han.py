"""The Han characters (Chinese ideographs), written once for every pattern that reads them.

:data:`HAN` is the inside of a regular-expression character class, written as escapes, to be
put in brackets by its users (``rf"[{HAN}]"``, or beside other ranges: ``rf"[A-Z{HAN}]"``). It
covers the three blocks of ideographs in the Basic Multilingual Plane:

- CJK Unified Ideographs Extension A (U+3400 to U+4DBF), rarer characters, some of them
  traditional or variant forms;
- CJK Unified Ideographs (U+4E00 to U+9FFF), the common characters of simplified and traditional
  Chinese;
- CJK Compatibility Ideographs (U+F900 to U+FAFF), 512 code points of which 472 are assigned
  and 40 are not (U+FA6E, U+FA6F and U+FADA to U+FAFF). 460 of the assigned ones are duplicates
  of unified ideographs kept for round trips with older encodings, and NFKC maps each to its
  unified form; most are Korean (U+F900 to U+FA0B, the duplicate readings of KS X 1001, and
  U+FA70 to U+FAD9, from North Korea's KPS 10721), the rest Japanese or from IBM's sets. The
  other 12 (U+FA0E, U+FA0F, U+FA11, U+FA13, U+FA14, U+FA1F, U+FA21, U+FA23, U+FA24, U+FA27,
  U+FA28, U+FA29, e.g. 﨑) are unified ideographs in their own right that NFKC keeps.

It does not cover the ideographs outside the Basic Multilingual Plane (Extension B onwards), the
radicals and strokes, the CJK symbols and punctuation block (U+3000 to U+303F: Chinese
punctuation, but also the ideographic zero 〇 U+3007 and the iteration mark 々 U+3005, which
are written among Han characters yet are left out here), kana, hangul or full-width forms:
patterns that read those name them beside :data:`HAN`.

:data:`HAN_KOREAN_COMPAT` is the Korean part of the compatibility block (U+F900 to U+FA0B and
U+FA70 to U+FAD9): a text holding them was written in a Korean encoding, so the language guess
counts them as Korean. :data:`HAN_NOT_KOREAN_COMPAT` is :data:`HAN` without them; the two are
disjoint and together are :data:`HAN`.
"""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

HAN_KOREAN_COMPAT = r"\uf900-\ufa0b\ufa70-\ufad9"

HAN_NOT_KOREAN_COMPAT = r"\u3400-\u4dbf\u4e00-\u9fff\ufa0c-\ufa6f\ufada-\ufaff"

HAN_CHAR = re.compile(rf"[{HAN}]")
