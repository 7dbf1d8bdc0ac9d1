"""Cleaning rules for what extractors let through.

Each rule is a small named function over the body's paragraphs (``list[str]`` in, ``list[str]``
out) or over a string, tested on its own in ``tests/test_clean.py``. :func:`clean_body` applies
them in a fixed order and returns paragraphs joined by blank lines.

The rules are conservative: a paragraph is dropped only when it is short and matches a known
residue pattern, so an article *about* cookies or newsletters keeps its sentences.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence

from nlp.han import HAN

Rule = Callable[[list[str]], list[str]]

# Control characters (C0 and C1 sets, but not tab and newline) and invisible format characters
# that survive extraction: zero-width space, BOM, soft hyphen, word joiner, bidi marks.
# Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) too: in a title they can
# make text display reversed ("Trojan Source" style spoofing in alerts and terminals).
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\u200e\u200f"
    r"\u202a-\u202e\u2066-\u2069]"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{2,}")


def strip_control_chars(text: str) -> str:
    """Remove control and invisible format characters, keeping tabs and newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


# UTF-8 punctuation and symbols that were decoded as cp1252 or Latin-1 somewhere upstream (the
# page's CMS, a feed): "â€™" for "’", "Â©" for "©", "â‚¬" for "€". The lead byte of such a
# character reads as "Â" or "â"; its continuation bytes as C1 controls or cp1252 symbols.
_CP1252_SYMBOLS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"\u00c2[\u00a0-\u00bf]|\u00e2[\u0080-\u00bf{_CP1252_SYMBOLS}]{{2}}")


def _utf8_byte(char: str) -> int:
    code = ord(char)
    if 0x80 <= code <= 0xFF:
        return code
    return char.encode("cp1252")[0]


def _unmangle(match: re.Match[str]) -> str:
    raw = match.group()
    try:
        fixed = bytes(_utf8_byte(ch) for ch in raw).decode("utf-8")
    except (UnicodeError, ValueError):
        return raw
    # only punctuation and symbols: Latin-1 symbols, general punctuation, the euro, trade mark
    code = ord(fixed) if len(fixed) == 1 else -1
    if 0xA0 <= code <= 0xBF or 0x2000 <= code <= 0x206F or code in (0x20AC, 0x2122):
        return fixed
    return raw


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 punctuation read as cp1252 ("isnâ€™t" → "isn’t", "Â®" → "®").

    Letters are left alone: "Ã¤" may be a page discussing encodings, and the repair of letters
    cannot tell. Runs before control characters are stripped (some mangled bytes are C1 codes).
    """
    if "\u00c2" not in text and "\u00e2" not in text:
        return text
    return _MOJIBAKE.sub(_unmangle, text)


def normalise_whitespace(text: str) -> str:
    """Collapse runs of spaces (NBSP, ideographic space included) and trim every line."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines of ``text`` (extractors put one block per line)."""
    return [line for line in text.split("\n") if line.strip()]


_NON_WORD = re.compile(r"[\W_]+")


def comparison_key(text: str) -> str:
    """Comparison key: casefolded letters and digits only (NFKC)."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


_key = comparison_key


# ---------------------------------------------------------------------------------------------
# Attribute fragments: the tail of an HTML attribute ("...travel restrictions\">") leaking in.

_ATTR_TRIGGER = re.compile(r"[\"'] ?/?>")
_ATTR_PREFIX = re.compile(r"^[^<>\n]{0,300}?[\"'] ?/?>\s*")
_ATTR_INLINE = re.compile(r"(?:\s[\w:-]{1,30}=\"[^\"<>\n]{0,300}\")+\s*/?>")


def drop_attribute_fragments(paragraphs: list[str]) -> list[str]:
    """Remove leaked attribute tails ending in ``">``: drop the fragment, keep any text after it."""
    kept: list[str] = []
    for para in paragraphs:
        if _ATTR_TRIGGER.search(para):
            para = _ATTR_INLINE.sub(" ", para)
            para = _ATTR_PREFIX.sub("", para).strip()
        if para:
            kept.append(para)
    return kept


# ---------------------------------------------------------------------------------------------
# Headline repeated at the top of the body.


def drop_repeated_headline(paragraphs: list[str], title: str) -> list[str]:
    """Drop leading paragraphs that repeat the headline (whole, or a leaked tail of it)."""
    key = _key(title)
    if not key:
        return paragraphs
    start = 0
    for para in paragraphs[:4]:
        pkey = _key(para)
        # the whole headline, or a tail of it of at least three words (a truncated attribute)
        if pkey == key or (len(para.split()) >= 3 and len(pkey) >= 15 and key.endswith(pkey)):
            start += 1
            continue
        break
    return paragraphs[start:]


# ---------------------------------------------------------------------------------------------
# Widget placeholders, share and subscribe lines.

# Safe to cut out wherever they appear, even glued to a sentence ("...Loading market data...").
_INLINE_PLACEHOLDERS = re.compile(
    r"(?:Loading (?:market data|quotes?|chart|stock data|video|comments|player)"
    r"(?:\s*(?:\.{3}|…))?|Loading\s*(?:\.{3}|…)|Please enable JavaScript[^.\n]{0,80}\.?)",
    re.IGNORECASE,
)

_WIDGET_LINE = re.compile(
    r"^(?:"
    r"advertisement|advertising|sponsored(?: content)?|ad|anzeige|广告|"
    r"table of contents?|contents|on this page|in this (?:article|post|story)|back to top|"
    r"end of (?:the )?article|skip (?:to )?navigation|back to (?:blogs?|news|articles?|selection)|"
    r"thank you! your submission has been received!?|"
    r"oops! something went wrong while submitting the form\.?|"
    r"read more|read more »|read more ›|read more >|read the full (?:story|article)|"
    r"continue reading|continue reading below|story continues below(?: advertisement)?|"
    r"scroll to continue(?: with content)?|skip (?:to )?(?:main )?content|skip advert(?:isement)?|"
    r"(?:see|view) (?:also|more|comments|gallery)|show (?:more|comments)|load more|"
    r"related(?: articles| stories| posts| coverage)?|more (?:from|on) [\w .'-]{1,40}|"
    r"trending(?: now| stories| topics)?|most (?:read|popular|viewed|shared)|top stories|"
    r"editor'?s'? picks?|recommended(?: for you| stories)?|you (?:may|might) also like|"
    r"(?:share|tweet|email|print|copy link|pin it|save)( this)?( article| story| post| page)?|"
    r"share (?:on|via|to) [\w ,/&.+-]{1,60}|"
    r"(?:follow us|find us|like us) on [\w ,/&.+-]{1,60}|"
    r"(?:image|photo|video|picture)(?: source| credit)?:? [\w .,/&'-]{0,40}(?:getty|reuters|ap|afp|shutterstock|images)[\w .,/&'-]{0,20}|"  # noqa: E501  # one alternation of a pattern
    r"facebook|twitter|x|linkedin|whatsapp|reddit|telegram|wechat|weibo|email|print"
    r")[\s.:!»›>|]*$",
    re.IGNORECASE,
)

_SUBSCRIBE = re.compile(
    r"\b(?:subscribe (?:to|now|for|today)|sign up (?:for|to|now|today)|"
    r"(?:our|the|daily|weekly|free) newsletters?\b|get (?:our|the) [\w ]{0,30}newsletter|"
    r"delivered (?:straight |directly )?to your inbox|in your inbox|"
    r"already (?:a subscriber|have an account)|log ?in to (?:continue|read|comment)|"
    r"create (?:a )?free account|unlock (?:this|full) (?:article|access)|"
    r"support (?:our|independent) journalism)",
    re.IGNORECASE,
)

_COOKIE = re.compile(
    r"\b(?:(?:we|this (?:web)?site|our (?:web)?site|this page) uses? cookies|"
    r"(?:accept|allow|reject|manage)(?: all)? cookies|"
    r"cookie (?:policy|settings|preferences|consent)|"
    r"by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site|"
    r"privacy (?:policy|settings|preferences)|consent (?:preferences|settings)|"
    r"本网站使用cookie|我们使用cookie)",
    re.IGNORECASE,
)

# Vocabulary of consent-manager panels (cookie tables, category toggles): never article prose.
_COOKIE_PANEL = re.compile(
    r"(?:cookielawinfo|cookie duration|necessary cookies are absolutely|"
    r"categori[sz]ed as necessary|gdpr cookie consent|^manage consent$|"
    r"consent to the use of all the cookies|opt-out of these cookies|"
    r"(?:functional|analytics|performance|advertisement) cookies (?:are used|help (?:us|perform)))",
    re.IGNORECASE,
)

_SHARE_ROW = re.compile(
    r"^(?:(?:share|facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|copy link|"
    r"telegram|pinterest|flipboard|mail)[\s,|/·•]*){2,}$",
    re.IGNORECASE,
)


def strip_inline_placeholders(paragraphs: list[str]) -> list[str]:
    """Cut placeholders such as "Loading market data..." out of paragraphs, even mid-line."""
    kept: list[str] = []
    for para in paragraphs:
        cleaned = (
            _INLINE_PLACEHOLDERS.sub("", para).strip()
            if "oading" in para or "avaScript" in para
            else para
        )
        if cleaned:
            kept.append(cleaned)
    return kept


# Button labels of calls to action on commercial pages ("Book a demo", "Get started today").
_CALL_TO_ACTION = re.compile(
    r"^(?:(?:book|request|schedule|get|watch) (?:a |your |my |the )?(?:free )?"
    r"(?:demo|quote|consultation|estimate)(?: today| now)?|get started(?: today| now| for free)?|"
    r"start (?:your )?free trial|try (?:it )?(?:for )?free|sign up(?: now| today| for free)?|"
    r"sign in|log in|register(?: now)?|subscribe(?: now| today)?|get in touch|"
    r"contact us(?: today)?|learn more|download(?: now| the guide| the report)?|shop now|buy now|"
    r"order now|view (?:all|more|details)|see (?:all|more|details|packages|pricing)|"
    r"let'?s (?:talk|get started)|join (?:now|free|us)|apply now|find out more|discover more|"
    r"explore more)\s*[.!»›>→]*$",
    re.IGNORECASE,
)


def drop_widget_lines(paragraphs: list[str]) -> list[str]:
    """Drop lines that are only a widget label.

    "Advertisement", "Read more", share buttons, a call-to-action button ("Book a demo").
    """
    return [
        p
        for p in paragraphs
        if not (
            len(p) <= 80
            and (_WIDGET_LINE.match(p) or _SHARE_ROW.match(p) or _CALL_TO_ACTION.match(p))
        )
    ]


def drop_subscribe_lines(paragraphs: list[str], max_words: int = 30) -> list[str]:
    """Drop short newsletter/subscribe/paywall calls to action."""
    return [p for p in paragraphs if not (len(p.split()) <= max_words and _SUBSCRIBE.search(p))]


def drop_cookie_notices(paragraphs: list[str], max_words: int = 60) -> list[str]:
    """Drop cookie-consent banners: short ones by their wording, consent panels at any length."""
    return [
        p
        for p in paragraphs
        if not (
            (len(p.split()) <= max_words and _COOKIE.search(p))
            or (("ookie" in p or "onsent" in p) and _COOKIE_PANEL.search(p))
        )
    ]


_CRUMB = re.compile(r"^[-•*›>»/|]\s*\S")


def drop_leading_breadcrumbs(paragraphs: list[str], max_words: int = 4) -> list[str]:
    """Drop a breadcrumb trail at the top: two or more short list items before any prose."""
    end = 0
    for para in paragraphs[:12]:
        if _CRUMB.match(para) and len(para.split()) <= max_words + 1:
            end += 1
            continue
        break
    return paragraphs[end:] if end >= 2 else paragraphs


def drop_repeated_paragraphs(paragraphs: list[str]) -> list[str]:
    """Drop a paragraph identical to the one just before it."""
    kept: list[str] = []
    last = ""
    for para in paragraphs:
        key = _key(para)
        if key and key == last:
            continue
        kept.append(para)
        last = key
    return kept


# ---------------------------------------------------------------------------------------------
# Page furniture around the article: its date and reading time on lines of their own, copyright
# lines, tag and category lists. The article's dates are read from the page's metadata; the
# body does not need them again.

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|"
    rf"\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|{_MONTH}\s+{_DAY})"
)
_CLOCK = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_STAMP = r"(?:(?:last\s+)?(?:updated|published|posted|modified|reviewed)(?:\s+(?:on|at))?:?\s*)"
_DATE_LINE = re.compile(rf"^[-•·|]?\s*{_STAMP}?{_DATE}{_CLOCK}\s*$", re.IGNORECASE)
_STAMP_LINE = re.compile(rf"^[-•·|]?\s*{_STAMP}$", re.IGNORECASE)
_READING_TIME = re.compile(
    r"^[-•·|]?\s*(?:estimated\s+)?(?:reading time:?\s*)?"
    r"\d+\s*(?:(?:-|to|–)\s*\d+\s*)?(?:min(?:ute)?s?\.?)(?:\s*read(?:ing)?)?(?:\s*time)?\s*$",
    re.IGNORECASE,
)


def drop_date_and_reading_time_lines(paragraphs: list[str], max_chars: int = 60) -> list[str]:
    """Drop lines that are only a date, a bare date label or a reading time.

    "Posted on Jan 13, 2025", "Updated at", "5 min read": the article's dates come from the
    page's metadata.
    """
    return [
        p
        for p in paragraphs
        if not (
            len(p) <= max_chars
            and (_DATE_LINE.match(p) or _STAMP_LINE.match(p) or _READING_TIME.match(p))
        )
    ]


_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©))|\ball rights reserved\b",
    re.IGNORECASE,
)


def drop_copyright_lines(paragraphs: list[str], max_words: int = 40) -> list[str]:
    """Drop short copyright lines ("© 2025 Example Media. All rights reserved.")."""
    return [
        p
        for p in paragraphs
        if not (_may_be_copyright(p) and len(p.split()) <= max_words and _COPYRIGHT.search(p))
    ]


def _may_be_copyright(text: str) -> bool:
    # a cheap test first: most paragraphs hold none of these (measured: a third of the cost)
    return (
        "©" in text or "opyright" in text or "ights reserved" in text or text[:3] in {"(c)", "(C)"}
    )


_TAXONOMY = re.compile(
    r"^(?:(?:tags?|categories|category|filed under)\s*:\s*\S.{0,120}"
    r"|(?:posted in|tagged(?: with)?)\s+[^.!?]{1,120})$",
    re.IGNORECASE,
)


def drop_taxonomy_lines(paragraphs: list[str]) -> list[str]:
    """Drop tag and category lists ("Tags: ports, shipping", "Posted in Harbour, Notes")."""
    return [p for p in paragraphs if not (len(p) <= 140 and _TAXONOMY.match(p))]


_AFFILIATE = re.compile(
    r"(?:as an amazon associate|(?:through|via|using) (?:our |my |these |the )?affiliate links|"
    r"(?:this|the) (?:post|article|page|site|story) (?:may )?contains? affiliate links|"
    r"products are chosen independently|"
    r"(?:we|i) (?:may|might|could) (?:earn|receive) (?:a )?(?:small )?"
    r"(?:commission|compensation|revenue)|"
    r"may earn us (?:a )?commission|purchases made through (?:our )?links|"
    r"(?:is|are) supported by commissions|we buy all the products we test)",
    re.IGNORECASE,
)


def drop_affiliate_disclosures(paragraphs: list[str], max_words: int = 45) -> list[str]:
    """Drop short affiliate and advertising disclosures ("We may earn a commission...").

    List items are kept: a list about affiliate programmes is the article's.
    """
    return [
        p
        for p in paragraphs
        if not (
            any(word in p for word in _AFFILIATE_WORDS)
            and len(p.split()) <= max_words
            and not p.startswith("- ")
            and _AFFILIATE.search(p)
        )
    ]


# one of these is in every text _AFFILIATE matches: a cheap test before the pattern
_AFFILIATE_WORDS = (
    "ssociate",
    "ffiliate",
    "hosen independently",
    "y earn",
    "y receive",
    "t earn",
    "d earn",
    "t receive",
    "d receive",
    "made through",
    "y commissions",
    "products we test",
)


_CJK_CHAR = re.compile(rf"[\u3040-\u30ff{HAN}\uac00-\ud7af]")


def drop_repeated_passages(
    paragraphs: list[str], min_words: int = 12, min_cjk_chars: int = 30
) -> list[str]:
    """Drop a long paragraph that already appeared earlier in the body, wherever it is.

    Responsive templates write the same block twice (one for wide screens, one for phones),
    pull quotes repeat a sentence of the article, teaser boxes repeat its lead. An article
    does not say the same sentences twice: the first time is kept. Short lines ("Pros",
    a product name) may recur in a real article and are left alone.
    """
    seen: set[str] = set()
    kept: list[str] = []
    for para in paragraphs:
        # list items and table rows repeat by design (a weekly plan's steps)
        long = not para.startswith(("- ", "| ")) and (
            len(para.split()) >= min_words
            or (len(para) >= min_cjk_chars and len(_CJK_CHAR.findall(para)) >= min_cjk_chars)
        )
        if long:
            # paragraphs are whitespace-normalised already: a repeat is the same string
            if para in seen:
                continue
            seen.add(para)
        kept.append(para)
    return kept


# A line that heads the author's box: "About the author", "Written by", "Author", "Meet the
# authors" (the box's own text follows on the next lines).
_AUTHOR_BOX_HEAD = re.compile(
    r"^(?:about the (?:authors?|writer|reviewer)|about author|author bio|meet the authors?|"
    r"written by|authors?)\W*$",
    re.IGNORECASE,
)


# The same heading with the author's name on its line: "Written by Mara Ellison", "Author: Mara
# Ellison, Staff Writer" (the name capitalised, so that "Written by hand" stays prose).
_AUTHOR_BOX_NAMED = re.compile(
    r"^(?i:written by|about the author|author)\s*:?\s+[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
    r"(?:,\s*[\w ]{1,40})?$"
)


def drop_trailing_author_box(
    paragraphs: list[str], max_words: int = 200, max_share: float = 0.25
) -> list[str]:
    """Drop the author's box that closes a body: its heading line and what follows it.

    Only at the end: from the first such heading to the end of the body are at most
    ``max_words`` words and ``max_share`` of the body's (a short biography, a link to the
    author's other posts). A heading earlier in the body, with the article after it, stays.
    The heading may carry the author's name ("Written by Mara Ellison"); such a line near the
    top is the byline, and the search goes on past it.
    """
    for at, para in enumerate(paragraphs):
        line = para.strip()
        named = len(line) <= 80 and _AUTHOR_BOX_NAMED.match(line) is not None
        if named or _AUTHOR_BOX_HEAD.match(line):
            rest = sum(len(p.split()) for p in paragraphs[at:])
            total = sum(len(p.split()) for p in paragraphs)
            if at and rest <= max_words and rest <= max_share * total:
                return paragraphs[:at]
            if not named:  # a byline with the name may open the body; the box may follow
                break
    return paragraphs


# A line that heads the site's list of other pages: "Related articles", "Recent posts", "Read
# this next", "You may also like", "More from the Gazette", "Up next". Not "Further reading" nor
# "See also": those lists are the author's, part of the article.
_RELATED_HEAD = re.compile(
    r"^(?:related (?:articles?|posts?|content|coverage|reading|stories|guides|resources|news|"
    r"topics|links)(?: (?:that|from|by|and|on|for|you)\b[^.!?]{0,40})?|"
    r"(?:more|other) (?:[\w-]+ ){0,2}(?:articles|posts|stories|reads|news)"
    r"(?: (?:from|by|on|about|like this|for you)\b[^.!?]{0,40})?|"
    r"read (?:this )?next|what to read next|up next|keep reading|also read|more like this|"
    r"top stories|most (?:read|popular|viewed|shared)|editor'?s'? picks?|"
    r"trending(?: now| stories)?|(?:recent|latest|popular|similar) (?:articles|posts|stories|news)|"
    r"more from(?: the)? [\w .&'-]{1,40}|"
    r"recommended(?: for you| reading| articles| posts| stories)?|"
    r"(?:you(?:'ll|\u2019ll| will| may| might) )?also (?:like|love|enjoy)|"
    r"you (?:may|might) (?:like|enjoy))\W*$",
    re.IGNORECASE,
)


def _cut_closing_section(
    paragraphs: list[str], head: re.Pattern[str], max_share: float, max_chars: int = 80
) -> list[str]:
    """Cut the body at a closing section's heading line.

    The first line ``head`` matches (never the body's first, never longer than ``max_chars``)
    from which to the end are at most ``max_share`` of the body's words; the body is unchanged
    when there is none. Words are counted only when a line matches (most bodies have none).
    """
    heads = [
        at
        for at, para in enumerate(paragraphs)
        if at and len(para) <= max_chars and head.match(para.strip())
    ]
    if not heads:
        return paragraphs
    words = [len(p.split()) for p in paragraphs]
    total = sum(words)
    for at in heads:
        if sum(words[at:]) <= max_share * total:
            return paragraphs[:at]
    return paragraphs


def drop_trailing_related_links(paragraphs: list[str], max_share: float = 0.25) -> list[str]:
    """Drop the list of the site's other pages that closes a body: its heading and what follows.

    Only at the end: from the heading to the end of the body are at most ``max_share`` of the
    body's words (link titles and teasers). A heading earlier, with the article after it (a
    box of links inside the text), stays; a later heading of the kind may still close it.
    """
    return _cut_closing_section(paragraphs, _RELATED_HEAD, max_share)


# The reader-feedback widget under an article: "Was this article helpful?", "Did you find this
# content helpful?", "How was this issue?", "Rate this post".
_FEEDBACK_HEAD = re.compile(
    r"^(?:(?:was|is) this (?:article |page |post |content |information |answer )?"
    r"(?:helpful|useful)|did you find this (?:article|page|post|content|information) "
    r"(?:helpful|useful)|how (?:was|did you like) this (?:issue|article|post|newsletter)|"
    r"how (?:helpful|useful) was this(?: article| page| post| content)?|"
    r"rate this (?:article|post|page|issue))\W*$",
    re.IGNORECASE,
)


def drop_trailing_feedback_widget(paragraphs: list[str], max_share: float = 0.5) -> list[str]:
    """Drop what follows a reader-feedback question that closes the article, the question too.

    The widget sits after the article's text; what comes after it (the thanks, the author's
    box, the newsletter's footer) is the site's. Only when the article before it is the larger
    part of the body (at most ``max_share`` of the words from the question on).
    """
    return _cut_closing_section(paragraphs, _FEEDBACK_HEAD, max_share)


# The order matters: placeholders glued to a line go before whole-line rules look at it.
RULES: Sequence[Rule] = (
    drop_leading_breadcrumbs,
    drop_attribute_fragments,
    strip_inline_placeholders,
    drop_trailing_related_links,  # before the widget rule drops its heading line
    drop_trailing_feedback_widget,
    drop_widget_lines,
    drop_subscribe_lines,
    drop_cookie_notices,
    drop_date_and_reading_time_lines,
    drop_copyright_lines,
    drop_taxonomy_lines,
    drop_affiliate_disclosures,
    drop_repeated_paragraphs,
    drop_repeated_passages,
    drop_trailing_author_box,
)


def clean_paragraphs(text: str, title: str = "") -> list[str]:
    """The body's paragraphs after every rule, the headline repeat removed."""
    text = normalise_whitespace(strip_control_chars(repair_mojibake(text)))
    paragraphs = split_paragraphs(text)
    for rule in RULES:
        paragraphs = rule(paragraphs)
    return drop_repeated_headline(paragraphs, title) if title else paragraphs


def clean_body(text: str, title: str = "") -> str:
    """Clean an extracted body: paragraphs joined by one blank line."""
    return "\n\n".join(clean_paragraphs(text, title))


def clean_line(text: str) -> str:
    """Clean a one-line field (title, author, site name): entities decoded, single spaces."""
    if "&" in text:
        text = html.unescape(text)
    text = strip_control_chars(repair_mojibake(text))
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", "_")


# A site's name with a qualifier runs to this many words at most ("Example Children's Hospital",
# "Example App Store"); a longer segment that starts with the name is a sentence about the site.
_SITE_NAME_WORDS = 4


def _names_site(segment_key: str, site_key: str, segment_words: int = 0) -> bool:
    """Whether a title segment names the site.

    Its key is the site's, the start of it, or (for names of six letters or more) the site's
    name followed by a short qualifier: "Example.ai Labs" for example.ai (a key at most twice
    the name's), "Example Children's Hospital" (``_SITE_NAME_WORDS`` words at most).
    """
    return (
        segment_key == site_key
        or site_key.startswith(segment_key)
        or (
            len(site_key) >= 6
            and segment_key.startswith(site_key)
            and (len(segment_key) <= 2 * len(site_key) or 0 < segment_words <= _SITE_NAME_WORDS)
        )
    )


def strip_site_from_title(title: str, *sites: str | None) -> str:
    """Remove a trailing or leading " | Site Name" from a title when it names the site.

    ``sites`` are names of the site (its stated name, its host name), as text or comparison
    keys; a segment names the site when its key equals one or is the start of one.
    """
    keys = [k for k in (_key(s) for s in sites if s) if k]
    if not title or not keys:
        return title
    # a title can carry the site twice, its name and its address ("Name | name.com - Title"):
    # each segment that names the site goes, up to three
    for _ in range(3):
        bare = _strip_site_once(title, keys)
        if bare == title:
            break
        title = bare
    return title


def _strip_site_once(title: str, keys: list[str]) -> str:
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        tail_key = _key(tail)
        words = len(tail.split())
        if head and tail_key and any(_names_site(tail_key, k, words) for k in keys):
            return head.strip()
        first, _, rest = title.partition(sep)
        if rest and _key(first) in keys:
            return rest.strip()
    # a leading "Site: " (a blog's name before its post's title)
    first, _, rest = title.partition(": ")
    if rest and _key(first) in keys and len(rest.split()) >= 2:
        return rest.strip()
    return title


# Separators a template puts between a headline and a label (a section, a series, the site);
# typographic dashes are left alone: editors write them inside headlines.
_LABEL_SEPARATORS = (" | ", " - ")


def strip_trailing_label(title: str, max_words: int = 3) -> str:
    """Remove a short trailing label joined by " | " or " - " ("... | Opinion", "... - Acme").

    Measured on the dev pages (docs/decisions/): cutting labels of up to three words after
    these two separators matched the reference titles on 4 more pages and on none fewer;
    four words also cut subtitles ("- I Tried 11 Services").
    """
    for sep in _LABEL_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and _words(tail) <= max_words and _words(head) >= 3:
            return head.strip()
    return title


def _words(text: str) -> int:
    """Words of a title part; a lone sign ("&", "+") is not one ("Python, SQL & AI": three)."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def collapse_blank_lines(text: str) -> str:
    """At most one blank line between paragraphs."""
    return _BLANK_LINES.sub("\n\n", text).strip()
