"""Whether a page gave the whole article: ``free``, ``paywalled`` or ``truncated``.

A paywalled page shows a headline, a lead and a subscription wall; a truncated page shows the
start of the article and a teaser pointing elsewhere ("Read the full story at ..."). Both are
kept as articles (the headline and lead are worth grouping), flagged so that an analyst knows
which reports were read in full.

:func:`detect_access` is pure: the parsed page, what the page states about itself and the body
the extractor kept in, an :class:`Access` out. Signals, strongest first:

1. structured data: ``isAccessibleForFree: false`` in JSON-LD (on the article or a part of it)
   or microdata, ``article:content_tier`` ``locked``. A page that says so but still serves the
   walled part (the part ``hasPart.cssSelector`` names holds article-sized text, as when a site
   lets crawlers read everything) counts as read in full;
2. a wall element: an element whose class or id names a paywall and whose text asks the
   reader to subscribe or log in to go on reading;
3. wall wording at the end of the text ("Subscribe to continue reading", "This article is for
   subscribers only", in the languages most often met);
4. a teaser ending: the text stops at "Read the full story at ...", "Continue reading on ...",
   or its last paragraph ends in an ellipsis with a continue-reading link after it; also a body
   under half the ``wordCount`` the page states.

Newsletter sign-ups ("Subscribe to our newsletter") are not walls: the wording must be about
reading this article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

__all__ = ["ACCESS_VALUES", "Access", "detect_access"]

FREE, PAYWALLED, TRUNCATED = "free", "paywalled", "truncated"
ACCESS_VALUES = (FREE, PAYWALLED, TRUNCATED)


@dataclass(frozen=True, slots=True)
class Access:
    """The access flag and the signal that set it (``""`` for a free page)."""

    value: str = FREE
    signal: str = ""

    @property
    def restricted(self) -> bool:
        return self.value != FREE


# Wording of a wall: reading this article needs a subscription, an account or a payment.
_WALL_TEXT = re.compile(
    r"(?:"
    r"(?:subscribe|sign in|log ?in|register|sign up|join|become a (?:member|subscriber))"
    r"[\w ,'’]{0,40}?\bto (?:continue|keep|finish|read|unlock|access|view|see)"
    r"(?![\w ,'’]{0,50}\b(?:archive|newsletter|inbox|more (?:stories|articles|posts)))"
    r"|to (?:continue|keep) reading[\w ,'’]{0,40}?\b(?:subscribe|sign in|log ?in|register|"
    r"subscription|member|account|plan)"
    r"|(?:this|the) (?:full |rest of (?:the |this )?)?(?:article|story|content|piece|report|post)"
    r"[\w ,'’]{0,30}?\b(?:is |are )?(?:only |exclusively )?(?:available|reserved|exclusive|for)"
    r"[\w ,'’+]{0,20}?\b(?:subscribers|members|paying|premium|registered)"
    r"|(?:subscribers|members)[- ]only (?:article|story|content)"
    r"|for (?:subscribers|members|premium (?:members|subscribers)) only"
    r"|(?:unlock|read) (?:this|the full|the rest of (?:this|the)) (?:article|story)"
    r"[\w ,'’]{0,30}?\b(?:subscri|member|premium|plan|trial)"
    r"|you(?:'ve| have) (?:reached|used) (?:your|all of your) (?:free|monthly) "
    r"(?:article|stor|limit)"
    r"|already (?:a subscriber|have a subscription)\?"
    r"|dieser (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für abonnenten"
    r"|(?:weiterlesen|lesen sie weiter) mit"
    r"|cet article est réservé aux abonnés|la suite est réservée aux abonnés"
    r"|(?:este|el) (?:artículo|contenido) es (?:exclusivo )?para suscriptores"
    r"|questo articolo è riservato agli abbonati"
    r")",
    re.IGNORECASE,
)

# Wording of a teaser: the article goes on somewhere else.
_TEASER_TEXT = re.compile(
    r"^(?:\[?(?:…|\.\.\.)\]?\s*)?(?:"
    r"(?:read|see|view) (?:the )?(?:full|whole|complete|rest of the|entire) "
    r"(?:story|article|report|post|piece|text)\b"
    r"|(?:continue|keep) reading (?:(?:the|this) (?:full |whole )?(?:story|article|post) )?"
    r"(?:at|on|in|for free)\b"
    r"|read more (?:at|on|in)\b"
    r"|this (?:is an? )?(?:excerpt|preview|summary)\b"
    r"|the full (?:story|article|report) (?:is |can be )?(?:available|found|published)"
    r"|lesen sie (?:den )?(?:ganzen|vollständigen) (?:artikel|beitrag)"
    r"|lire la suite|leer (?:más|el artículo completo)|continua a leggere"
    r")",
    re.IGNORECASE,
)
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))\s*[\"”’)]?\s*$")
_CONTINUE_LINK = re.compile(
    r"^\s*(?:read more|continue reading|keep reading|"
    r"read (?:the )?(?:full|whole) (?:story|article)|weiterlesen|lire la suite|leer más|"
    r"continua a leggere)\s*[.:!»›>→…]*\s*$",
    re.IGNORECASE,
)

# Class or id tokens of wall containers (vendors' and CMSes' usual names).
_WALL_MARKUP = re.compile(
    r"(?:^|[\s_-])(?:pay-?wall|paywalled|regwall|reg-wall|subscriber-only|subscribers-only|"
    r"subscription-wall|subscribe-wall|premium-wall|premium-gate|content-gate|article-gate|"
    r"meter-wall|metered-wall|piano-(?:wall|offer|inline)|tp-(?:modal|container)|"
    r"locked-content|article-locked|content-locked|premium-content-lock)(?:$|[\s_-])",
    re.IGNORECASE,
)
_WALL_KEYS = ("wall", "gate", "subscriber", "piano-", "tp-", "locked")
# Elements that may be a wall container (the class/id test itself is _WALL_MARKUP, in Python).
_WALL_CANDIDATES = "//*[@class or @id]"
_CHROME = {"nav", "footer", "header", "aside", "form", "script", "style", "noscript", "template"}

# A part the structured data names as walled holds the article when it has this many words.
_SERVED_WORDS = 80
# A page whose structured data says "not free", with no wall in sight, was read in full from
# this many words (sites often serve crawlers the whole text behind the flag).
_FLAGGED_FULL_WORDS = 300
# A body under this share of the page's stated wordCount stops early.
_WORDCOUNT_SHARE = 0.5
_MIN_STATED_WORDS = 150


def _false(value: Any) -> bool:
    if isinstance(value, bool):
        return value is False
    if isinstance(value, str):
        return value.strip().lower() in {"false", "no", "0", "https://schema.org/false"}
    return False


def _walled_selectors(article: Mapping[str, Any]) -> tuple[bool, list[str]]:
    """Whether the JSON-LD article says it is not free, and the CSS selectors of walled parts."""
    flagged = _false(article.get("isAccessibleForFree"))
    selectors: list[str] = []
    parts = article.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        if isinstance(part, dict) and _false(part.get("isAccessibleForFree")):
            flagged = True
            selector = part.get("cssSelector")
            if isinstance(selector, str) and selector.strip():
                selectors.append(selector.strip())
    return flagged, selectors


def _served(tree: lxml.html.HtmlElement, selectors: Iterable[str]) -> bool:
    """Whether an element a walled part's selector names holds article-sized text."""
    from lxml.cssselect import CSSSelector
    from lxml.cssselect import SelectorError as CssError

    for selector in selectors:
        try:
            found = CSSSelector(selector)(tree)
        except (CssError, ValueError, SyntaxError):
            continue
        words = sum(len(el.text_content().split()) for el in found[:20])
        if words >= _SERVED_WORDS:
            return True
    return False


def _in_chrome(el: lxml.html.HtmlElement) -> bool:
    return any(ancestor.tag in _CHROME for ancestor in el.iterancestors())


def _wall_element(tree: lxml.html.HtmlElement) -> str | None:
    """The class/id of a wall container whose text asks the reader to pay or log in."""
    names = " ".join(tree.xpath("//@class | //@id")).lower()
    if not any(k in names for k in _WALL_KEYS) or not _WALL_MARKUP.search(names.replace(" ", "  ")):
        return None  # one search over every class and id: most pages stop here
    for el in tree.xpath(_WALL_CANDIDATES):
        names = f"{el.get('class', '')} {el.get('id', '')}"
        if not _WALL_MARKUP.search(names):
            continue
        if not isinstance(el.tag, str) or el.tag in _CHROME or _in_chrome(el):
            continue
        text = " ".join(el.text_content().split())
        if text and len(text) < 2000 and _WALL_TEXT.search(text):
            return names.strip()
    return None


@dataclass(frozen=True, slots=True)
class Block:
    """A short block of the page's text; ``link``: it is a link (or holds only one)."""

    text: str
    link: bool = False


def _visible_blocks(tree: lxml.html.HtmlElement) -> list[Block]:
    """The page's paragraphs, links, headings and short blocks outside chrome, in order."""
    blocks: list[Block] = []
    for el in tree.iter("p", "a", "div", "span", "strong", "em", "h2", "h3", "h4", "button"):
        if el.tag in ("div", "span") and len(el) > 3:
            continue
        text = " ".join(el.text_content().split())
        if not text or len(text) > 400:
            continue
        if _in_chrome(el):
            continue
        link = el.tag == "a" or (len(el) == 1 and el[0].tag == "a" and not (el.text or "").strip())
        blocks.append(Block(text, link))
    return blocks


_TEASER_ANYWHERE = re.compile(_TEASER_TEXT.pattern.replace("^", "", 1), re.IGNORECASE)
# Words every wall or teaser wording above holds one of (checked with `in`: the patterns
# themselves cost ~1 ms per KB of text, these a few microseconds).
_GATE_KEYS = (
    "subscri", "member", "log in", "login", "sign in", "sign up", "regist", "premium", "paying",
    "join", "limit", "abonn", "suscript", "abbonat", "weiterlesen", "lesen sie", "full ",
    "whole ", "complete ", "rest of", "entire ", "continue reading", "keep reading",
    "read more", "excerpt", "preview", "summary", "lire la suite", "leer ", "continua",
)  # fmt: skip


def _worth_reading(tree: lxml.html.HtmlElement, body: str, span: int = 2500) -> bool:
    """Whether wall or teaser wording follows the article in the page's text (most pages: no).

    The page's text comes out of libxml2 in one pass; the article's last words are found in it
    and only the text right after them is searched. Reading the page block by block to place
    the wording (and to leave sidebars and footers out) costs ten times more, so it runs only
    when this says there is something to read. Without a body, the whole text is searched.
    """
    paragraphs = [p for p in body.split("\n") if p.strip()]
    if any(_ELLIPSIS_END.search(p) for p in paragraphs[-3:]):
        return True
    text = etree.tostring(tree, method="text", encoding="unicode", with_tail=False)
    if paragraphs:
        words = paragraphs[-1].split()[-4:]
        plain = " ".join(words)
        at = text.rfind(plain)
        if at < 0:  # the page breaks lines or doubles spaces between those words
            probe = re.compile(r"\s+".join(re.escape(w) for w in words))
            for match in probe.finditer(text):
                at = match.start()
        if at < 0:
            return False
        # from the start of the last paragraph (it may be the wall itself) to a span after it
        text = text[max(0, at - len(paragraphs[-1])) : at + span]
    return any(_WALL_TEXT.search(line) or _TEASER_ANYWHERE.search(line) for line in _segments(text))


def _segments(text: str, width: int = 600) -> Iterator[str]:
    """The lines of ``text`` holding a gate word; a long line (minified HTML) around each."""
    for line in text.splitlines():
        low = line.lower()
        if not any(key in low for key in _GATE_KEYS):
            continue
        if len(line) <= width:
            yield line.strip()
            continue
        for key in _GATE_KEYS:
            at = low.find(key)
            while at >= 0:
                yield line[max(0, at - width // 2) : at + width // 2]
                at = low.find(key, at + width // 2)


def _stated_words(article: Mapping[str, Any]) -> int:
    raw = article.get("wordCount") or article.get("wordcount")
    try:
        return int(str(raw).strip()) if raw is not None else 0
    except ValueError:
        return 0


def detect_access(
    tree: lxml.html.HtmlElement,
    ld_article: Mapping[str, Any],
    meta: Mapping[str, str],
    body: str,
) -> Access:
    """Whether the page gave the whole article (see the module's docstring for the signals).

    Args:
        tree: the parsed page.
        ld_article: the page's JSON-LD article node (empty when none).
        meta: the page's meta tags, keys lowercased (``property``/``name``/``itemprop``).
        body: the article text the extractor kept (before the no-article-text check).
    """
    flagged, selectors = _walled_selectors(ld_article) if ld_article else (False, [])
    # microdata: <meta itemprop="isAccessibleForFree" content="false"> (read with the meta tags)
    flagged = flagged or _false(meta.get("isaccessibleforfree", ""))
    flagged = flagged or meta.get("article:content_tier", "").strip().lower() == "locked"
    if flagged and selectors and _served(tree, selectors):
        return Access()  # the walled part is in the page: read in full
    words = len(body.split())
    tail = _tail_blocks(_visible_blocks(tree), body) if _worth_reading(tree, body) else []
    for block in tail:
        if _WALL_TEXT.search(block.text):
            return Access(PAYWALLED, "wall-text")
    # A wall container away from the article's end (before it, or far below): looked for on
    # the pages that look walled, short or flagged (the search costs ~2 ms on a large page).
    if (flagged or words < _FLAGGED_FULL_WORDS) and _wall_element(tree):
        return Access(PAYWALLED, "wall-markup")
    if flagged and words < _FLAGGED_FULL_WORDS:
        # Structured data alone: many sites flag articles they serve in full (to crawlers, or
        # in a part other than the one the flag names), so it counts when the text is short.
        return Access(PAYWALLED, "structured-data")
    for block in tail:
        if _TEASER_TEXT.search(block.text):
            return Access(TRUNCATED, "teaser-text")
    paragraphs = [p for p in body.split("\n") if p.strip()]
    # the text stops mid-sentence and the next thing is a link to go on reading (the cut may
    # be followed by a box the extractor kept: the last three paragraphs are looked at)
    for at in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 4), -1):
        if _ELLIPSIS_END.search(paragraphs[at]):
            after = _tail_blocks(_visible_blocks(tree), "\n".join(paragraphs[: at + 1]))
            if any(b.link and _CONTINUE_LINK.search(b.text) for b in after[1:3]):
                return Access(TRUNCATED, "ellipsis")
            break
    stated = _stated_words(ld_article) if ld_article else 0
    if stated >= _MIN_STATED_WORDS and len(body.split()) < _WORDCOUNT_SHARE * stated:
        return Access(TRUNCATED, "word-count")
    return Access()


def _tail_blocks(blocks: list[Block], body: str, after: int = 12) -> list[Block]:
    """The blocks right after the body's last paragraph (or the last ones when it is not found).

    A wall or teaser sits where the article stops; the same wording elsewhere on the page (a
    promotion in the sidebar, a link to another story) says nothing about this article.
    """
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if paragraphs:
        last = " ".join(paragraphs[-1].split())
        probe = last[-60:]
        for i in range(len(blocks) - 1, -1, -1):
            if probe and probe in blocks[i].text:
                return [Block(last), *blocks[i + 1 : i + 1 + after]]
    if not paragraphs:
        # no article text at all: any short block of the page may be the wall
        return [b for b in blocks if len(b.text) <= 300][:200]
    return [Block(paragraphs[-1])]


def strip_wall(body: str, max_words: int = 40) -> str:
    """The body without the wall or teaser lines it ends with ("Subscribe to continue ...")."""
    paragraphs = body.split("\n\n")
    while paragraphs:
        last = paragraphs[-1].strip()
        if last and len(last.split()) > max_words:
            break
        if last and not (_WALL_TEXT.search(last) or _TEASER_TEXT.search(last)):
            break
        paragraphs.pop()
    return "\n\n".join(paragraphs)
