"""Whether a page gave the whole article: ``free``, ``paywalled`` or ``truncated``.

A paywalled page shows a headline, a lead and a subscription wall; a truncated page shows the
start of the article and a teaser pointing elsewhere ("Read the full story at ..."). Both are
kept as articles (the headline and lead are worth grouping), flagged so that an analyst knows
which reports were read in full.

:func:`detect_access` is pure: the parsed page, what the page states about itself and the body
the extractor kept in, an :class:`Access` out. Signals, strongest first:

1. structured data: ``isAccessibleForFree: false`` in JSON-LD (on the article or a part of it)
   or microdata, ``article:content_tier`` ``locked``, on a text that is not article-sized (under
   ``_FULL_TEXT_WORDS``; over a full text with no wall found, the flag decides nothing). A page
   that says so but
   still serves the walled part (the part ``hasPart.cssSelector`` names holds article-sized
   text, as when a site lets crawlers read everything) counts as read in full;
2. wall wording after the article's last words (its last prose paragraph, which may come
   before the body's last line: a wall's buttons, an editor line or a cookie banner the
   extractor kept): an action (subscribe, log in, register, pay, become a member; 订阅, 登录,
   注册, 付费, 开通会员) joined to what it unlocks (continue reading, the full article; 阅读全文),
   or a statement that the text is reserved, in English, Chinese, German, French, Spanish;
3. the rest of the text in the page but hidden or blurred by CSS, with a wall box beside it;
4. a wall box named by the usual conventions (paywall, gate, meter, locked, premium, paid, vip,
   付费 ...) holding such wording, or an empty one that a wall script fills;
5. a teaser ending: a pointer to where the rest is (an app, print, a partner, a podcast, a
   public account: "Read the rest of this story in the app", 下载客户端查看全文), or a sentence
   cut in an ellipsis with a continue-reading link after it; also a body under half the
   ``wordCount`` the page states;
6. with no wording known, the page's structure (:func:`structural_reading`, any language) when
   the visible article is short (under 60 words, about 120 Chinese characters, and a body under
   150 words, about 300 characters): its rest hidden or blurred right after the lead (by the
   element's own markup or a class the page's stylesheet hides), a box of controls holding an
   access word (subscribe, log in, member, 订阅, 登录 ...) where the article should go on, an
   empty slot a wall script fills, a last paragraph cut in an ellipsis with a link or a control
   after it; and a teaser by its structure: a short block set apart from the story's paragraphs
   (or the last shown paragraph set apart from the one before it) whose sentence says the whole
   is elsewhere (full, complete, continues, 完整, 全文, 剩余 ...) and asks for no account or
   payment (``pointer-block``, ``pointer-line``; the block may be a card, one link holding it
   all, and a link ending the last paragraph is ``pointer-link``); a box of controls that points
   so and whose sentences ask nothing is a teaser, not a wall.

Look-alikes stay free: newsletter boxes and modals, meter and gift notices shown with the text,
rails of other stories marked for subscribers, appeals, app banners beside a full text; on a
short page too, page furniture (share bars, comment and poll boxes, carousels, gallery
navigation, footers, expanders, a hidden cookie dialog, an ad slot a script fills).
docs/decisions/2026-12-07-access-second-round.md,
docs/decisions/2026-12-07-access-third-round.md,
docs/decisions/2026-12-07-access-fourth-round.md,
docs/decisions/2026-12-07-access-fifth-round.md
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from nlp.han import HAN

__all__ = [
    "ACCESS_VALUES",
    "Access",
    "detect_access",
    "shown_text",
    "strip_pointer",
    "strip_wall",
    "structural_reading",
]

FREE, PAYWALLED, TRUNCATED = "free", "paywalled", "truncated"
ACCESS_VALUES = (FREE, PAYWALLED, TRUNCATED)


@dataclass(frozen=True, slots=True)
class Access:
    """The access flag and the signal that set it (``""`` for a free page)."""

    value: str = FREE
    signal: str = ""
    #: on a paywalled page, the element hiding the rest by CSS (for :func:`shown_text`)
    hidden: Any = field(default=None, compare=False, repr=False)
    #: for a structural signal: the element that showed it stands in the page's article or
    #: main element or is a modal over the page (with no body, a page not stating that it is
    #: an article is kept on such a signal only then; nlp.extract)
    rooted: bool = field(default=True, compare=False, repr=False)
    #: for a pointer (``structure-pointer-block`` / ``-line``): the pointer element's text, which
    #: is no sentence of the article (for :func:`strip_pointer`)
    pointer: str = field(default="", compare=False, repr=False)
    #: for ``structure-pointer-link``: the link's label ending the last paragraph, which is no
    #: words of the article (for :func:`strip_link_label`; the paragraph's sentence stays)
    link_label: str = field(default="", compare=False, repr=False)
    #: and its paragraph's text before the label (the extractor may have left the label out)
    link_lead_in: str = field(default="", compare=False, repr=False)

    @property
    def restricted(self) -> bool:
        return self.value != FREE


# The vocabularies below are written as classes of meaning, in every language met (English,
# Chinese in both scripts, German, French, Spanish, Italian): an ACTION the reader must take
# (subscribe, log in, register, pay or buy, become a member, start a trial, download an app, scan
# a code), what it UNLOCKS (the rest, the full text, this article) and, for a teaser, a POINTER to
# where the rest is (an app, the print edition, a partner's site, a podcast, a WeChat account).
# docs/decisions/2026-12-07-access-second-round.md

_EN_ACT = (
    r"(?:subscri\w*|sign(?:ing)? ?in|log(?:ging)? ?in|register\w*|sign(?:ing)? up|"
    r"create (?:a |an |your )?(?:free )?account|join(?: now)?|become an? (?:paying )?"
    r"(?:member|subscriber)|buy|purchase|pay|start (?:your |a )?(?:\d+-day )?(?:free )?trial)"
)
# what the action is for: this article, the rest of it (not "more stories", not a newsletter)
_EN_UNLOCK = (
    r"(?:(?:continue|keep|go on|carry on) reading|read (?:on\b(?! the go)|the rest|the full|"
    r"the whole|the entire|this (?:article|story|piece|post|report|essay|interview|and)|"
    r"it in full)|"
    r"(?:unlock|access|view|see|get) (?:this|the (?:full|rest|whole|entire))|finish reading)"
)
_ZH_ACT = (
    r"(?:订阅|訂閱|登录|登錄|登入|注册|註冊|付费|付費|购买|購買|开通|開通|成为会员|成為會員|"
    r"加入会员|加入會員|充值)"
)
_ZH_UNLOCK = (
    r"(?:(?:阅读|閱讀|查看|解锁|解鎖|看|浏览|瀏覽)(?:全文|全部内容|全部內容|完整内容|完整內容|"
    r"剩余内容|剩餘內容|后续内容|後續內容|完整版)|继续阅读|繼續閱讀|继续浏览全文)"
)

# Wording of a wall: reading this article needs a subscription, an account or a payment.
_WALL_TEXT = re.compile(
    r"(?:"
    # an action, then what it unlocks ("Log in or subscribe ... to continue reading")
    rf"\b{_EN_ACT}\b[\w ,'’£$€.%-]{{0,70}}?\bto {_EN_UNLOCK}"
    # (not a newsletter's "Subscribe to keep reading and get access to the full archive")
    r"(?![\w ,'’]{0,50}\b(?:archive|newsletter|inbox))"
    # what is locked, then the action ("To continue reading, subscribe", "Keep reading with a
    # digital subscription", "Log in to read the full article")
    rf"|\b(?:to )?(?:continue|keep) reading[\w ,'’]{{0,40}}?\b(?:subscri|sign in|log ?in|"
    r"register|membership|member|account|plan)"
    rf"|(?:read|unlock) (?:this|the full|the rest of (?:this|the)) (?:article|story|essay|piece|"
    r"report|insight|analysis)[\w ,'’]{0,30}?\b(?:subscri|member|premium|plan|trial)"
    # a statement that the article is reserved
    r"|(?:this|the) (?:full |rest of (?:the |this )?)?(?:article|story|content|piece|report|"
    r"post|essay|analysis|interview|insight|newsletter issue)[\w ,'’]{0,30}?\b(?:is |are )?"
    r"(?:only |exclusively )?(?:available|reserved|exclusive|open|for)[\w ,'’+&]{0,40}?\b"
    r"(?:subscribers|members|paying|premium|registered (?:readers|users|members))"
    r"|(?:subscribers|members)[- ](?:only|exclusive) (?:article|story|content)"
    r"|for (?:paying )?(?:subscribers|members|premium (?:members|subscribers)) only"
    r"|subscribers only\b(?=[^.]{0,80}\b(?:subscri|log ?in|sign in))"
    # an exhausted meter or preview, a pay-per-article offer
    r"|you(?:'ve|’ve| have) (?:reached|used|read) (?:your|all (?:of )?(?:your|\d+ of your|"
    r"(?:\d+|\w+) of your)) (?:\d+ )?(?:free|monthly) (?:article|stor|limit|read)"
    r"|you(?:'ve|’ve| have) reached the end of (?:this|the|your) (?:free )?(?:preview|sample)"
    r"|\b(?:buy|purchase) (?:this|the) (?:article|story|report|issue) (?:for|now)\b"
    r"|already (?:a subscriber|have a subscription)\?"
    # German
    r"|\bdieser (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|"
    r"abonnentinnen|mitglieder|registrierte)"
    r"|\b(?:weiterlesen|lesen sie weiter) mit\b"
    r"|\b(?:registrieren|anmelden|einloggen|abonnieren|abo abschließen|mitglied werden)\b"
    r"[\w ,.]{0,30}?\b(?:und )?(?:weiterlesen|weiter ?zu ?lesen|freischalten)"
    r"|\bum (?:den|diesen) (?:ganzen |vollständigen )?(?:artikel|beitrag) (?:weiter |zu Ende )?"
    r"zu lesen[\w ,]{0,30}?(?:abo|registrier|anmelden|mitglied)"
    # French
    r"|\bcet article est réservé aux (?:abonnés|membres)"
    r"|\bla suite (?:de cet article )?est réservée aux (?:abonnés|membres)"
    r"|\bpour (?:lire|découvrir|continuer à lire) (?:la suite|cet article|l['’]article)[\w ,'’]"
    r"{0,30}?(?:abonn|créez|connectez|inscri|compte)"
    r"|\b(?:abonnez-vous|connectez-vous|inscrivez-vous|créez (?:gratuitement )?(?:votre|un) "
    r"compte)[\w ,'’]{0,30}?pour (?:lire|continuer|découvrir|accéder)"
    # Spanish
    r"|\b(?:este|el) (?:artículo|contenido) es (?:exclusivo )?para (?:suscriptores|socios)"
    r"|\b(?:esta|la) (?:noticia|información) es (?:exclusiva )?para (?:suscriptores|socios)"
    r"|\bcontenido exclusivo para (?:suscriptores|socios|registrados)"
    r"|\b(?:suscríbete|regístrate|inicia sesión|hazte socio)[\w ,]{0,30}?para (?:seguir|"
    r"continuar) leyendo"
    r"|\bpara (?:seguir|continuar) leyendo[\w ,]{0,30}?(?:suscr|regístr|inicia sesión|cuenta)"
    # Italian
    r"|\bquesto articolo è riservato agli abbonati"
    # Chinese: an action then what it unlocks (订阅后阅读全文, 请登入或訂閱後繼續閱讀,
    # 注册并登录后即可免费阅读全文, 开通会员即可解锁全文), or a statement that the text is paid
    rf"|{_ZH_ACT}[^。！？\n]{{0,14}}?{_ZH_UNLOCK}"
    r"|试读结束|試讀結束|剩余内容需付费|剩餘內容需付費|需付费阅读|需付費閱讀"
    r"|(?:阅读|閱讀|查看)(?:需|须|須)(?:订阅|訂閱|付费|付費)"
    r"|本文(?:为|為|系|是)(?:付费|付費|会员|會員|订阅|訂閱)"
    r"|(?:付费|付費|会员|會員|订阅|訂閱)(?:会员)?(?:专享|專享|专属|專屬|独享|獨享)(?:内容|內容)"
    r")",
    re.IGNORECASE,
)

# What a wall wording unlocks when it is not this article: comments, a discussion, features,
# journalism in general, a newsletter, the archive, an inbox, reading on the go. Looked for in
# the whole sentence the wording sits in ("Sign up for our newsletter to keep reading ...").
_OTHER_OBJECT = re.compile(
    r"\b(?:newsletters?|archives?|inbox|comments?|commenting|discussions?|conversations?|"
    r"forums?|features|(?:our|independent|quality|the best of our) journalism|on the go|"
    r"every (?:morning|day|week|evening))\b|评论|評論|留言",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。！？]")


def _wall(text: str) -> bool:
    """Wall wording about this article: reading it needs a subscription, an account, a payment."""
    for match in _WALL_TEXT.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        stop = _SENTENCE_END.search(text, match.end())
        sentence = text[start : stop.end() if stop else len(text)]
        if not _OTHER_OBJECT.search(sentence):
            return True
    return False


# Wording of a teaser: the article goes on somewhere else.
_TEASER_TEXT = re.compile(
    r"^(?:[\[(（]?(?:…|\.\.\.)?[\])）]?\s*)?(?:"
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
# The rest is elsewhere, said anywhere in a short block after the article: what is missing (the
# full story, the rest, 全文) with a pointer to where it is (an app, print, a partner, a podcast).
_REST = (
    r"(?:(?:the )?(?:full|whole|complete|entire) (?:story|article|interview|essay|"
    r"piece|feature|guide|list)|(?:the )?rest of (?:the|this) (?:story|"
    r"article|piece|interview)|(?:appears|is available|is published|continues) in full)"
)
# an app, as a word (湖滨APP, 下载APP; not "approved", "appeal", "happy")
_APP = r"(?<![A-Za-z])app(?![A-Za-z])"
# the paper's own report, in print or in its app ("The full report ... appears in Saturday's
# print edition", "... in Sunday's print pullout": a day's print is the outlet's); a report on
# a website is some other body's document
_PRINT = (
    r"(?:\bapp\b|print (?:edition|issue)|(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekend)[’']?s? (?:print(?:ed)?\b|edition|paper)|e-edition)"
)
# a partner outlet (one list for the places, the carriers and the pointers)
_PARTNER = r"partner\w*|partenaires?|parceir[oa]s?"
# where the rest is: the outlet's print or app, a site, a magazine, a recording, a partner
_POINTER = (
    r"(?:"
    + _PRINT
    + r"|\bapplication\b|website|\bsite\b|magazine|episode|podcast|"
    + _PARTNER
    + r"|newsroom)"
)
_POINTER_TEXT = re.compile(
    r"(?:"
    rf"\b{_REST}\b[^.!?]{{0,100}}?{_POINTER}"
    rf"|\b(?:the )?full report\b[^.!?]{{0,100}}?{_PRINT}"
    r"|\bcontinued on (?:page \d+|the next page|our partner)"
    r"|\b(?:full story|read more|full article) (?:on|at)\b"
    # German, French, Spanish, Italian
    r"|\b(?:den|die|das) (?:ganzen?|vollständigen?|kompletten?) (?:artikel|bericht|beitrag|text|"
    r"interview)[\w ,]{0,20}?lesen sie\b"
    r"|\b(?:weiterlesen|mehr lesen) (?:auf|in der|bei)\b"
    r"|\b(?:retrouvez|lisez|lire|découvrez) (?:l['’]intégralité|la suite|l['’]article complet)"
    r"[\w ,'’]{0,60}?\b(?:sur|dans)\b"
    r"|\b(?:lee|leer|sigue leyendo|seguir leyendo|continúa leyendo|consulta) (?:la|el) "
    r"(?:noticia|artículo|información|reportaje|entrevista) complet[oa]"
    r"|\b(?:leggi|continua a leggere) l['’]articolo completo"
    # Chinese: an app, print, a partner, a public account holding the full text
    r"|(?:下载|下載|打开|打開|扫码|掃碼|安装|安裝)[^。！？\n]{0,14}?(?:app|客户端|客戶端|应用|應用)"
    r"[^。！？\n]{0,8}?(?:查看|阅读|閱讀|看|浏览|瀏覽)(?:全文|完整|全部)"
    r"|(?:公众号|公眾號|官网|官網|客户端|客戶端|纸质版|紙質版|印刷版|杂志|雜誌|合作媒体|合作媒體|app)"
    r"[^。！？\n]{0,12}?(?:查看|阅读|閱讀|看)(?:全文|完整|全部)"
    # (the outlet's own app, print edition or account: "全文见附件", "全文见国家网信办网站" point
    # to a document, the commonest ending of an official notice)
    r"|(?:全文|完整(?:内容|內容|报道|報導|版))[^。！？\n]{0,6}?(?:请|請)?(?:见|見|到|刊载于|刊載於|"
    r"刊登于|刊登於|载于|載於)[^。！？\n附]{0,14}?(?:本报|本報|本刊|本期|本台|本网|本網|客户端|"
    r"客戶端|app|公众号|公眾號|纸质版|紙質版|印刷版|杂志|雜誌|周刊|週刊|合作媒体|合作媒體|"
    r"第?[a-z]?\d+版)"
    r"|[（(]\s*未完|未完待续|未完待續"
    r")",
    re.IGNORECASE,
)
# A pointer to something other than the rest of this story: a document, an attachment, the text
# of rules, a transcript, a recording, another version of the site. A teaser points to the rest
# of THIS story (the outlet's own app, site, print edition, partner; 未完待续).
_NOT_THIS_STORY = re.compile(
    r"\b(?:transcripts?|transcribed|attach\w*|annex\w*|appendix|pdf|documents?|"
    r"(?:full |whole |complete )?text of|measures|regulations?|rules|guidelines|the law|the bill|"
    r"judgment|ruling|version of (?:this|the|our) (?:site|website|page)|"
    r"(?:desktop|mobile|classic) (?:site|version))"
    r"\b|附件|原文件|文件全文",
    re.IGNORECASE,
)


# A recording of the whole interview or talk ("Hear the full interview in this week's episode"):
# the rest of a short introduction, an extra to a full text.
_RECORDING = re.compile(
    r"\b(?:podcasts?|episodes?|listen\w*|watch\w*|video|audio|recordings?)\b|播客|视频|視頻|音频",
    re.IGNORECASE,
)


def _teaser(text: str) -> bool:
    """A teaser line (it starts by sending the reader to the rest of this story)."""
    return bool(_TEASER_TEXT.search(text)) and not _NOT_THIS_STORY.search(text)


def _pointer(text: str) -> bool:
    """A pointer to where the rest of this story is (not to a document or a recording)."""
    return bool(_POINTER_TEXT.search(text)) and not _NOT_THIS_STORY.search(text)


_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\)|……)\s*[\"”’)]?\s*$")
# a paragraph cut mid-sentence: an ellipsis right after a word (not after a sentence's end or a
# closing quote, not the Chinese 「……」 of prose), a quote's closing mark after it at most
_CUT_END = re.compile(
    r"[^\s.!?。！？…\"'”’」』》»)）\]]\s?(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))"
    r"[\"”’')]?\s*$"
)
_CONTINUE_LINK = re.compile(
    r"^\s*(?:read more|continue reading|keep reading|"
    r"read (?:the )?(?:full|whole|original) (?:story|article)|weiterlesen|lire la suite|leer más|"
    r"continua a leggere|(?:点击|點擊)?(?:阅读|閱讀|查看)(?:原文|全文)|全文)\s*[.:!»›>→…]*\s*$",
    re.IGNORECASE,
)

# Class, id and data-attribute words of wall containers, by many vendors' conventions: a name is
# lowercased and split into words at spaces, hyphens, underscores, colons, dots and slashes (not
# at case changes: a glued name such as ``premiumContent`` is one word, caught only when it starts
# with paywall, paid, vip or 付费 / 付費), and a container is one whose
# words hold one of these (``overlay-gate``, ``vip-mask``, ``body-locked premium-only``,
# ``paid-placeholder``, ``data-type="付费墙"``). Site-wide classes holding the whole article (a
# local paper's ``subscriber-premium`` on every page) decide nothing: the container must be a
# short box holding wall wording, or an empty placeholder with a wall script.
_WALL_WORDS = frozenset(
    {
        "paywall", "paywalled", "regwall", "wall", "gate", "gated", "gating", "meter", "metered",
        "locked", "lock", "paid", "premium", "subscriber", "subscribers", "member", "members",
        "vip", "entitlement", "piano", "tp",
        "付费", "付費", "会员", "會員", "付费墙", "付費牆", "订阅", "訂閱",
    }
)  # fmt: skip
_NAME_SPLIT = re.compile(r"[\s_\-:./]+")
# Elements that may be a wall container (the names are tested in Python).
_WALL_CANDIDATES = "//*[@class or @id or @data-type or @data-paid or @data-paywall]"
_CHROME = {"nav", "footer", "header", "aside", "form", "script", "style", "noscript", "template"}
# A wall box is short; a container holding more text is the article (or the page).
_WALL_BOX_CHARS = 700

# A part the structured data names as walled holds the article when it has this many words.
_SERVED_WORDS = 80
# A text under this many words is "short": a hidden rest and a wall's markup are looked for on
# it (and on any flagged page). Words of Chinese or Japanese text: two characters count as one.
# (Structured data saying "not free" with no wall in sight decides under ``_FULL_TEXT_WORDS``,
# 150, not under this value: sites often serve crawlers the whole text behind the flag.)
_FLAGGED_FULL_WORDS = 300
# A body under this share of the page's stated wordCount stops early.
_WORDCOUNT_SHARE = 0.5
_MIN_STATED_WORDS = 150
# A teaser is one of the first blocks after the article's last words.
_TEASER_BLOCKS = 4
# A body of this many words holds a full article, not a lead: a wall on it must be a box of its
# own (named as a wall, or a short container apart from the article's paragraphs), not a
# sentence among the article's paragraphs; a pointer to a recording after it is an extra.
_FULL_TEXT_WORDS = 150
# Text hidden by CSS after the lead is the article's rest from this many words.
_HIDDEN_WORDS = 40

_CJK = re.compile(rf"[\u3040-\u30ff{HAN}\uac00-\ud7af]")


def _size(text: str) -> int:
    """Words of a text, two CJK characters counting as one (a Chinese article is not "short")."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def _counted(text: str) -> int:
    """Words as a page's stated ``wordCount`` counts them: one per CJK character, plus words."""
    return len(_CJK.findall(text)) + len(_CJK.sub(" ", text).split())


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
    """Whether an element a walled part's selector names holds article-sized, visible text."""
    from lxml.cssselect import CSSSelector
    from lxml.cssselect import SelectorError as CssError

    for selector in selectors:
        try:
            found = CSSSelector(selector)(tree)
        except (CssError, ValueError, SyntaxError):
            continue
        words = sum(_size(el.text_content()) for el in found[:20] if not _hidden(el))
        if words >= _SERVED_WORDS:
            return True
    return False


def _in_chrome(el: lxml.html.HtmlElement) -> bool:
    return any(ancestor.tag in _CHROME for ancestor in el.iterancestors())


def _names(el: lxml.html.HtmlElement) -> str:
    return " ".join(
        el.get(key, "") for key in ("class", "id", "data-type", "data-paid", "data-paywall")
    )


def _wall_named(names: str) -> bool:
    """Whether a class / id / data string names a wall container (see ``_WALL_WORDS``)."""
    return bool(_wall_names(names))


def _wall_names(names: str) -> set[str]:
    """The words of a class / id / data string that name a wall container."""
    if not names.strip():
        return set()
    words = set(_NAME_SPLIT.split(names.lower()))
    found = words & _WALL_WORDS
    # a data attribute naming the wall in Chinese ("付费墙"), or one glued word ("paidContent")
    found.update(w for w in words if w.startswith(("paywall", "paid", "vip", "付费", "付費")))
    return found


_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|filter\s*:\s*blur", re.IGNORECASE
)
# whole class tokens (not ``overflow-hidden``, ``hide-mobile``, ``field--label-hidden``)
_HIDDEN_TOKENS = frozenset({"hidden", "is-hidden", "d-none", "hide", "blur", "blurred", "sr-only"})


def _hidden(el: lxml.html.HtmlElement) -> bool:
    """Whether the element is hidden or blurred by its own markup (style, aria, class)."""
    return bool(
        el.get("hidden") is not None
        or el.get("aria-hidden", "").lower() == "true"
        or _HIDDEN_STYLE.search(el.get("style", ""))
        or bool(_HIDDEN_TOKENS & set(el.get("class", "").lower().split()))
    )


def _page_wall_names(tree: lxml.html.HtmlElement) -> set[str]:
    """The wall words among the page's classes, ids and data names (one reading of them all)."""
    return _wall_names(" ".join(tree.xpath("//@class | //@id | //@data-type | //@data-paid")))


def _wall_element(tree: lxml.html.HtmlElement, found: set[str]) -> str | None:
    """The names of a wall box or of an empty wall placeholder, or None.

    A wall box is short, visible and outside chrome, and its text asks the reader to pay or log
    in; a placeholder is empty and a wall script follows it.
    """
    if not found:
        return None  # no class or id names a wall: most pages stop here
    for el in tree.xpath(_WALL_CANDIDATES):
        names = _names(el)
        low = names.lower()
        if not any(word in low for word in found):
            continue
        if not isinstance(el.tag, str) or el.tag in _CHROME or not _wall_named(names):
            continue
        if _in_chrome(el) or _hidden(el):
            continue
        text = " ".join(el.text_content().split())
        if text and len(text) < _WALL_BOX_CHARS and Block(text, el=el).walled:
            return names.strip()
        if not text and _wall_script_after(el):
            return names.strip()
    return None


_WALL_SCRIPT = re.compile(
    r"paywall|pay_wall|regwall|metering|entitle|subscri|premium|付费|付費|订阅|訂閱|会员|會員",
    re.IGNORECASE,
)
_SCRIPT_OFF = re.compile(
    r"(?:enabled|active|on)\s*[:=]\s*(?:false|0|\"?off\"?)|disabled\s*[:=]\s*true", re.IGNORECASE
)


_SCRIPT_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`(?:[^`\\]|\\.)*`')
# the Spanish subscription stem, with the imperative's accent (suscríbete, suscripción)
_SUSCRI = r"suscr[ií]"
# the access words as words (in a script's strings: "Sign in to ...", "Members only")
_ASKED_WORDS = re.compile(
    r"\b(?:subscri(?:be|bers?|ption)\w*|log ?in|sign (?:in|up)|register|registration|"
    r"members?|membership|premium|paywall\w*|abonn\w*|" + _SUSCRI + r"\w*|anmeld\w*)\b|"
    r"订阅|訂閱|登录|登錄|登入|注册|註冊|付费|付費|会员|會員",
    re.IGNORECASE,
)


def _wall_script_after(el: lxml.html.HtmlElement) -> bool:
    """Whether a script right after an empty placeholder mounts a wall (and is not switched off)."""
    for sibling in list(el.itersiblings())[:2]:
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag != "script":
            return False
        code = sibling.text or ""
        # (the wall words, or the access words a control box holds in the script's strings,
        # word-bounded: "Sign in to read this", not ``rememberConsent`` or ``requireLogin``)
        literals = " ".join(m.group(0)[1:-1] for m in _SCRIPT_STRING.finditer(code))
        walls = _WALL_SCRIPT.search(code) or _ASKED_WORDS.search(literals)
        return bool(walls) and not _SCRIPT_OFF.search(code)
    return False


def _wall_beside(hidden: lxml.html.HtmlElement, reach: int = 3) -> bool:
    """Whether a wall box stands right before or after the hidden rest (or its container)."""
    node: lxml.html.HtmlElement | None = hidden
    for _ in range(2):  # the hidden block, then its container
        if node is None:
            return False
        before = list(node.itersiblings(preceding=True))[:reach]
        for el in [*before, *list(node.itersiblings())[:reach]]:
            if not isinstance(el.tag, str) or el.tag in _CHROME or _hidden(el):
                continue
            text = " ".join(el.text_content().split())
            if text and len(text) < _WALL_BOX_CHARS and Block(text, el=el).walled:
                return True
        node = node.getparent()
    return False


def _hidden_rest(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """An element hidden or blurred by CSS holding article prose (the rest behind a wall)."""
    # (elements holding two paragraphs first: the attribute tests then run on few elements)
    for el in tree.xpath(
        "//*[p[2]][@style or @aria-hidden or @hidden or contains(@class, 'hid') "
        "or contains(@class, 'blur')]"
    ):
        if not isinstance(el.tag, str) or el.tag in _CHROME or not _hidden(el) or _in_chrome(el):
            continue
        prose = [p.text_content() for p in el.iter("p") if _SENTENCE.search(p.text_content())]
        if len(prose) >= 2 and _size(" ".join(prose)) >= _HIDDEN_WORDS:
            return el
    return None


@dataclass(frozen=True, slots=True)
class Block:
    """A short block of the page's text; ``link``: it is a link (or holds only one)."""

    text: str
    link: bool = False
    el: Any = field(default=None, compare=False, repr=False)

    @property
    def walled(self) -> bool:
        """Whether the block is wall wording about this article.

        Not a meter notice shown with the full text, not a rail of other stories marked for
        subscribers.
        """
        if not _GATE_WORDS.search(self.text.lower()) or not _wall(self.text):
            return False  # (the gate words first: a few microseconds, the wording ~0.1 ms)
        if _METER_NOTICE.search(self.text):
            return False
        return self.el is None or not _in_rail(self.el)


# A meter or gift notice shown with the full text: the reader is reading the article.
_METER_NOTICE = re.compile(
    r"last free (?:article|story)|free (?:articles?|stories) (?:left|remaining)|"
    r"you(?:'ve|’ve| have) read (?:\d+|one|two|three) of (?:\d+|three|five|ten)|"
    r"shared (?:this|the) (?:article|story) with you|free (?:for|to) all readers|"
    r"gift(?:ed)? article|"
    r"还可(?:以)?免费阅读|還可(?:以)?免費閱讀|限时免费|限時免費|cet article vous est offert|"
    r"artículo (?:gratuito|en abierto)|dieser artikel ist (?:heute )?kostenlos",
    re.IGNORECASE,
)
_HEADLINE_LINK = 5  # words (two CJK characters a word) of a link naming another story


def _in_rail(el: lxml.html.HtmlElement, levels: int = 3, chars: int = 600) -> bool:
    """Whether the element sits in a short box of links to other stories.

    A rail or a list marked "for subscribers": walls hold buttons, rails hold headlines.
    """
    node: lxml.html.HtmlElement | None = el
    for _ in range(levels):
        if node is None or len(" ".join(node.text_content().split())) > chars:
            return False
        heads = 0
        for a in node.iter("a"):
            text = a.text_content()
            if _size(text) >= _HEADLINE_LINK and not _ACCESS_WORDS.search(text):
                heads += 1
        if heads >= 2:
            return True
        node = node.getparent()
    return False


def _visible_blocks(
    tree: lxml.html.HtmlElement, skip: lxml.html.HtmlElement | None = None
) -> list[Block]:
    """The page's paragraphs, links, headings and short blocks outside chrome, in order."""
    blocks: list[Block] = []
    # the elements inside chrome, gathered once (asking each element for its ancestors costs
    # more than the rest of the reading on a large page)
    inside = [inner for outer in tree.iter(*_CHROME) for inner in outer.iter()]
    chrome = {id(inner) for inner in inside}  # (the elements are kept alive: ids stay theirs)
    keep = list(tree.iter("p", "a", "div", "span", "strong", "em", "h2", "h3", "h4", "button"))
    for el in keep:
        if el.tag in ("div", "span") and len(el) > 3:
            continue
        text = " ".join(el.text_content().split())
        if not text or len(text) > 400:
            continue
        if id(el) in chrome:
            continue
        if skip is not None and (el is skip or any(a is skip for a in el.iterancestors())):
            continue
        link = el.tag == "a" or (len(el) == 1 and el[0].tag == "a" and not (el.text or "").strip())
        blocks.append(Block(text, link, el))
    return blocks


_TEASER_ANYWHERE = re.compile(_TEASER_TEXT.pattern.replace("^", "", 1), re.IGNORECASE)
# Words every wall or teaser wording above holds one of (checked with `in` on lowercased text:
# the patterns themselves cost ~1 ms per KB of text, these a few microseconds).
_GATE_KEYS = (
    "subscri", "member", "log in", "login", "log-in", "sign in", "sign up", "regist", "premium",
    "paying", "join", "limit", "abonn", "suscri", "suscrí", "abbonat", "weiterlesen", "lesen sie",
    "full ", "whole ", "complete ", "rest of", "entire ", "continue reading", "keep reading",
    "read more", "excerpt", "preview", "summary", "lire la suite", "leer ", "continua",
    "buy this", "buy the", "purchase", "free trial", "day trial", "in full", "continued on",
    "intégralité", "leyendo", "completa", "completo", "anmelden", "ganzen", "vollständig",
    "compte", "connectez", "hazte", "réservé", "la suite", "mehr lesen", "freischalten",
    "regíst", "sesión", "充值", "free stor", "free article", "your free", "unlock", "account",
    " pay ", "pay to", "signing", "logging",
    "订阅", "訂閱", "登录", "登錄", "登入", "注册", "註冊", "付费", "付費", "购买", "購買",
    "开通", "開通", "会员", "會員", "全文", "完整", "试读", "試讀", "未完", "原文", "剩余", "剩餘",
)  # fmt: skip
_GATE_WORDS = re.compile("|".join(re.escape(key) for key in _GATE_KEYS))
# Words about access in a paragraph: a short one holding them is no "last words of the article"
# (the wall's companion lines: "Print subscribers can activate digital access", 会员登录).
_ACCESS_WORDS = re.compile(
    r"subscri|log ?in\b|sign (?:in|up)\b|regist|member|premium|paywall|abonn|"
    + _SUSCRI
    + r"|anmeld|"
    r"订阅|訂閱|登录|登錄|登入|注册|註冊|付费|付費|会员|會員",
    re.IGNORECASE,
)
# a sentence's end marks and the closing marks that may follow them (quotes, brackets): one
# list for a paragraph's sentence end and for what may follow a link that ends its paragraph
_STOPS = ".!?。！？…"
_CLOSING = "\"'”’」』》»)）\\]"
_SENTENCE = re.compile(rf"[{_STOPS}][{_CLOSING}]?\s*$")
_LONG_PROSE = 60  # words: a paragraph this long is article text whatever it mentions
_PROSE_WORDS = 8  # words of a sentence of the article (not a caption, button or byline)
_LAST_WORDS_REACH = 15  # paragraphs looked at from the body's end for its last words


def _prose(paragraph: str) -> bool:
    """A paragraph of the article: a sentence of some length that is not about access."""
    text = paragraph.strip()
    size = _size(text)
    if size < _PROSE_WORDS or not _SENTENCE.search(text):
        return False
    return size >= _LONG_PROSE or not _about_access(text)


def _about_access(text: str) -> bool:
    if _ACCESS_WORDS.search(text):
        return True
    if not _GATE_WORDS.search(text.lower()):
        return False  # every wording below holds one of the gate words
    return bool(
        (_TEASER_ANYWHERE.search(text) and not _NOT_THIS_STORY.search(text))
        or _pointer(text)
        or _wall(text)
    )


def _last_words(body: str) -> str:
    """The article's last words in the body: its last prose paragraph (or sentence).

    Extractors keep what follows the article in the same container: the wall's buttons
    ("Subscribe Log in", 开通会员 登录), an editor line (责任编辑), a cookie banner's button
    (知道了), or all of it run into the lead's line. The wall sits after the article's last
    words, which may be before the body's last line or inside it.
    """
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    tail = paragraphs[-_LAST_WORDS_REACH:]
    for at in range(len(tail) - 1, -1, -1):
        paragraph = tail[at]
        if _prose(paragraph) and not (at and _offer_line(paragraph, tail[at - 1])):
            return paragraph
        if _size(paragraph) < 2 * _PROSE_WORDS or not _about_access(paragraph):
            continue
        # a line run together: its last prose sentence before the first one about access
        sentences = _SENTENCES.split(paragraph)
        prose = [_prose(sentence) for sentence in sentences]
        first = next((i for i, ok in enumerate(prose) if not ok and _about_access(sentences[i])), 0)
        for i in range(first - 1, -1, -1):
            if prose[i]:
                return sentences[i]
    return paragraphs[-1] if paragraphs else ""


def _offer_line(paragraph: str, before: str) -> bool:
    """A wall's offer line, not the article's last words.

    A line that asks for an account, a purchase or a price right under a line about access
    that is no prose and is a wall's (wall wording, or a title naming the audience or the
    price: subscribers, members, premium, 付费) (the wall's title: "Esta noticia es exclusiva
    para suscriptores" /
    "Suscríbete ... por 1 € el primer mes"; 本文为付费内容 / 购买专栏后可阅读全部文章;
    "Regístrate para seguir leyendo" / "Crea tu cuenta ...").
    """
    if _size(paragraph) >= _LONG_PROSE or not _asks(paragraph):
        return False
    if _prose(before) or not _about_access(before):
        return False
    return _wall(before) or bool(_WALL_TITLE.search(before))


# A wall's title names the text's audience or its price (subscribers, members, premium, 付费,
# 会员): not a subhead about an account ("How to register": the story's own last words follow).
_WALL_TITLE = re.compile(
    r"subscri|" + _SUSCRI + r"|abonn|abbonat|member|premium|paywall|exclusiv|"
    r"付费|付費|会员|會員|订阅|訂閱|订户|訂戶|专享|專享",
    re.IGNORECASE,
)


_SENTENCES = re.compile(r"(?<=[.!?][\"'”’)])\s+|(?<=[.!?])\s+(?=[A-Z\"“‘(])|(?<=[。！？])")
_RUN_TOGETHER = re.compile(r"(?<=[a-z.!?])(?=[A-Z])")
_QUOTES = re.compile(r"[\"'’‘“”]")


def _find_last(text: str, last: str) -> int:
    """Where the last words of ``last`` are in the page's text (-1: not found)."""
    words = last.split()[-4:]
    at = text.rfind(" ".join(words))
    if at >= 0:
        return at
    # the page breaks lines or doubles spaces between those words, or quotes them otherwise
    parts = [_QUOTES.sub("\x00", re.escape(w)).replace("\x00", "[\"'’‘“”]") for w in words]
    for match in re.finditer(r"\s+".join(parts), text):
        at = match.start()
    return at


def _worth_reading(
    tree: lxml.html.HtmlElement, body: str, last: str | None = None, span: int = 2500
) -> bool:
    """Whether wall or teaser wording follows the article in the page's text (most pages: no).

    The page's text comes out of libxml2 in one pass; the article's last words are found in it
    and only the text right after them is searched. Reading the page block by block to place
    the wording (and to leave sidebars and footers out) costs ten times more, so it runs only
    when this says there is something to read. Without a body, the whole text is searched.
    """
    paragraphs = [p for p in body.split("\n") if p.strip()]
    if any(_ELLIPSIS_END.search(p) for p in paragraphs[-4:]):
        return True
    text = etree.tostring(tree, method="text", encoding="unicode", with_tail=False)
    last = _last_words(body) if last is None else last
    if last:
        at = _find_last(text, last)
        if at < 0:
            return False
        # from the start of the last paragraph (it may be the wall itself) to a span after it
        text = text[max(0, at - len(last)) : at + span]
    return any(_ANY_WORDING.search(line) for line in _segments(text))


# the three wordings in one pattern: one scan of each line instead of three
_ANY_WORDING = re.compile(
    f"{_WALL_TEXT.pattern}|{_TEASER_ANYWHERE.pattern}|{_POINTER_TEXT.pattern}", re.IGNORECASE
)


def _segments(text: str, width: int = 600) -> Iterator[str]:
    """The lines of ``text`` holding a gate word; a long line (minified HTML) around each.

    libxml2's text runs blocks together ("Read the full storyBuy this article"): a space goes
    back where a small letter meets a capital.
    """
    whole = text.lower()
    # the gate words present at all (a plain substring test each: microseconds); most windows
    # hold none and stop here
    present = [key for key in _GATE_KEYS if key in whole]
    if not present:
        return
    for line in _RUN_TOGETHER.sub(" ", text).splitlines():
        low = line.lower()
        if not any(key in low for key in present):
            continue
        if len(line) <= width:
            yield line.strip()
            continue
        # a window of ``width`` characters centred on a gate word; the next window is taken for
        # the first gate word a quarter width (150 characters) or more past the last centre, so
        # every gate word has at least that much context on each side in some window. Windows
        # advance by at least 150 characters and are 600 wide: a character is read up to four
        # times (on a line dense with gate words)
        end = -1
        for match in _GATE_WORDS.finditer(low):
            if match.start() < end:
                continue  # within a quarter width of the last window's centre
            at = match.start()
            yield line[max(0, at - width // 2) : at + width // 2]
            end = at + width // 4


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
    url: str = "",
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
    if words < _FLAGGED_FULL_WORDS:  # (CJK characters counted only when it matters)
        words = _size(body)
    short = words < _FLAGGED_FULL_WORDS
    full = (words if words >= _FLAGGED_FULL_WORDS else _size(body)) >= _FULL_TEXT_WORDS
    last = _last_words(body)
    blocks: list[Block] | None = None  # the page's blocks, read once and only when needed

    def visible() -> list[Block]:
        nonlocal blocks
        if blocks is None:
            blocks = _visible_blocks(tree)
        return blocks

    def walled(signal: str) -> Access:
        # the rest may be in the page, hidden by CSS (named for shown_text, which keeps it out)
        return Access(PAYWALLED, signal, _hidden_rest(tree) if short else None)

    tail = _tail_blocks(visible(), body, last) if _worth_reading(tree, body, last) else []
    for block in tail:
        # on a full text, a wall is a box of its own, not a sentence of the article's prose
        if block.walled and (not full or _apart(block)):
            return walled("wall-text")
    # The rest of the article in the page but hidden or blurred by CSS, a wall box beside it
    # (the extractor may have kept the hidden text: the wall then sits before its last words).
    if short:
        hidden = _hidden_rest(tree)
        if hidden is not None and _wall_beside(hidden):
            return Access(PAYWALLED, "hidden-text", hidden)
    # A wall container away from the article's end (before it, or far below), or an empty one
    # that a wall script fills: looked for on the pages that look walled, short or flagged, and
    # whose classes name a wall (one reading of every class and id; then ~2 ms on a large page).
    found = _page_wall_names(tree) if short or flagged else set()
    if found and _wall_element(tree, found):
        return walled("wall-markup")
    if flagged and not full:
        # Structured data alone: many sites flag articles they serve in full (to crawlers, or
        # in a part other than the one the flag names, or in a part the page does not hold),
        # so it counts when the text is not article-sized.
        return walled("structured-data")
    # a teaser follows the article's last words at once (a "Read more on ..." link further down
    # is a rail's)
    for i, block in enumerate(tail[: _TEASER_BLOCKS + 1]):
        if full and _RECORDING.search(block.text):
            continue  # a recording of the whole interview after a full text is an extra
        if _teaser(block.text) or (i and _pointer(block.text)):
            return Access(TRUNCATED, "teaser-text", pointer=block.text)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    # the text stops mid-sentence and the next thing is a link to go on reading (the cut may
    # be followed by a box the extractor kept: the last four paragraphs are looked at, and the
    # article's last words)
    if last and _ELLIPSIS_END.search(last):
        after = _tail_blocks(visible(), body, last)
        if any(b.link and _CONTINUE_LINK.search(b.text) for b in after[1:3]):
            return Access(TRUNCATED, "ellipsis")
    for at in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 5), -1):
        if _ELLIPSIS_END.search(paragraphs[at]):
            after = _tail_blocks(visible(), "\n".join(paragraphs[: at + 1]))
            if any(b.link and _CONTINUE_LINK.search(b.text) for b in after[1:3]):
                return Access(TRUNCATED, "ellipsis")
            break
    stated = _stated_words(ld_article) if ld_article else 0
    # (a stated count counts Chinese in characters: one per CJK character here, not two)
    if stated >= _MIN_STATED_WORDS and _counted(body) < _WORDCOUNT_SHARE * stated:
        return Access(TRUNCATED, "word-count")
    # No wording known: the markup around a short visible article may still show a wall (not
    # on a body of article size: the extractor found the article, and a page's own short
    # paragraph groups, a teaser box or a share bar after them, are no sign of a wall)
    return Access() if full else _structure(tree, url)


def _apart(block: Block, levels: int = 4) -> bool:
    """Whether a block stands in a box of its own: named as a wall, or a short container."""
    el = block.el
    if el is None:
        return False  # the article's last words themselves
    node = el
    for _ in range(levels):
        if node is None or not isinstance(node.tag, str):
            break
        if _wall_named(_names(node)):
            return True
        node = node.getparent()
    parent = el.getparent()
    if parent is None:
        return False
    return len(" ".join(parent.text_content().split())) < _WALL_BOX_CHARS


def _tail_blocks(
    blocks: list[Block], body: str, last: str | None = None, after: int = 12
) -> list[Block]:
    """The blocks right after the article's last words (or the last ones when not found).

    A wall or teaser sits where the article stops; the same wording elsewhere on the page (a
    promotion in the sidebar, a link to another story) says nothing about this article.
    """
    last = " ".join((_last_words(body) if last is None else last).split())
    if last:
        # its end; or, when the extractor ran a headline, a byline and the lead into one line,
        # the end of its last piece (one element of the page)
        tail = last.split()[-1][-40:]
        for probe in (last[-60:], tail if len(tail) >= 12 else ""):
            for i in range(len(blocks) - 1, -1, -1):
                if probe and probe in blocks[i].text:
                    return [Block(last), *blocks[i + 1 : i + 1 + after]]
        return [Block(last)]
    # no article text at all: any short block of the page may be the wall
    return [b for b in blocks if len(b.text) <= 300][:200]


def shown_text(body: str, hidden: lxml.html.HtmlElement | None) -> str:
    """The body as the reader sees it when the rest is hidden by CSS ("" when none is hidden).

    ``hidden`` is the element :func:`detect_access` found hiding the rest (``Access.hidden``).
    Extractors read hidden text like any other (one may even keep the hidden rest and leave the
    visible lead out): the hidden paragraphs are taken out of the body, and the visible ones
    that stand before the hidden rest in its container come first if the body lacks them. The
    hidden element must sit with the body's first paragraph (in the same container): hidden
    text elsewhere (a cookie modal, a sidebar) says nothing about the body.
    """
    if hidden is None:
        return ""
    first = next((" ".join(p.split()) for p in body.split("\n") if p.strip()), "")[:80]
    near = [hidden, *list(hidden.itersiblings(preceding=True))[:4]]
    if not first or not any(first in " ".join(el.text_content().split()) for el in near):
        return ""
    rest = {" ".join(p.text_content().split()) for p in hidden.iter("p")}
    kept = [p for p in body.split("\n\n") if " ".join(p.split()) not in rest]
    lead = [
        text
        for el in reversed(list(hidden.itersiblings(preceding=True)))
        if el.tag == "p" and _prose(text := " ".join(el.text_content().split()))
    ]
    missing = [text for text in lead if not any(text in p for p in kept)]
    return "\n\n".join([*missing, *kept]).strip()


def _joined(sentences: list[str]) -> str:
    """Sentences back into one line (no space after a CJK full stop)."""
    out = ""
    for sentence in (s.strip() for s in sentences):
        if out and sentence:
            out += "" if _CJK.search(out[-1]) or out[-1] in "。！？" else " "
        out += sentence
    return out


def strip_pointer(body: str, pointer: str) -> str:
    """The body without the pointer it ends with (the block's sentence, its link's label).

    The last line holding the pointer's sentence goes, with the short lines after it (a link's
    label, a button's) and the lines of the pointer before it; ``""`` when nothing would be
    left (the caller keeps the body).
    """
    whole = " ".join(pointer.split())
    lines = [line for line in body.split("\n") if line.strip()]
    for at in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        line = " ".join(lines[at].split())
        if _size(line) >= _POINTER_OWN_WORDS and (
            line in whole or (whole in line and _size(line) < _POINTER_BLOCK_WORDS)
        ):
            while at and " ".join(lines[at - 1].split()) in whole:
                at -= 1
            return "\n\n".join(lines[:at]).strip()
        if _size(line) >= _PROSE_WORDS:
            break  # a sentence of the article after it: no pointer at the end
    return body


# what a pointer link's label leaves dangling at the end of its line (阅读全文请访问, "More:")
_DANGLING = re.compile(
    r"(?:(?:(?:阅读|閱讀|查看)?(?:全文|完整(?:内容|內容)?))?[请請]?(?:[访訪]问|[点點]击)|[:：\-—–]|\s)+$"
)


def strip_link_label(body: str, label: str, lead_in: str = "") -> str:
    """The body without the pointer link's label ending its line.

    The line is the last of the body's last four to end in the label (page chrome the
    extractor kept may follow it), or in the paragraph's text before the label (``lead_in``:
    the extractor left the link out). Only the label goes (and a dangling 阅读全文请访问 or colon
    before it): the line's sentence is the article's; a line that is the label alone goes
    whole. ``""`` when no such line is found or nothing would be left (the caller keeps the
    body).
    """
    label, lead_in = " ".join(label.split()), " ".join(lead_in.split())
    lines = body.split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()]
    for at in reversed(filled[-4:]):
        line = " ".join(lines[at].split())
        ahead = before_label(line, label)
        if ahead is not None:
            kept = _DANGLING.sub("", ahead)
        elif lead_in and line.endswith(lead_in):
            kept = _DANGLING.sub("", line)
        else:
            continue
        before = [*lines[:at]]
        if not kept.strip():  # the label stood alone: its lead-in may end the line before
            filled_before = [n for n in range(len(before)) if before[n].strip()]
            if filled_before and lead_in:
                n = filled_before[-1]
                if " ".join(before[n].split()).endswith(lead_in):
                    before[n] = _DANGLING.sub("", " ".join(before[n].split()))
        rest = [*before, *([kept] if kept.strip() else []), *lines[at + 1 :]]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(rest)).strip()
    return ""


def strip_wall(body: str, max_words: int = 40) -> str:
    """The body without the wall or teaser lines it ends with ("Subscribe to continue ...").

    A short last line goes when it holds such wording; a long one (the lead and the wall run
    into one line) is split into sentences first and loses the access sentences it ends with.
    """
    paragraphs = body.split("\n\n")
    while paragraphs:
        last = paragraphs[-1].strip()
        if not last:
            paragraphs.pop()
            continue
        sentences = [s for s in _SENTENCES.split(last) if s.strip()]
        if _size(last) > max_words:
            first = len(sentences)  # the trailing run of sentences about access
            while first and _about_access(sentences[first - 1]):
                first -= 1
            if first == len(sentences):
                break
            cut = _joined(sentences[first:])
        else:
            # the first sentence about access, and all after it (0: the whole line)
            first = next((i for i, s in enumerate(sentences) if _about_access(s)), 0)
            cut = last
        if not (_wall(cut) or _teaser(cut) or _pointer(cut)):
            break
        paragraphs.pop()
        # a line that ran the lead and the wall together keeps its sentences before the wall
        if first and any(_prose(s) for s in sentences[:first]):
            paragraphs.append(_joined(sentences[:first]))
            break
    return "\n\n".join(paragraphs)


# --- The structural reading: the page shows less than the article (any language) -----------
# docs/decisions/2026-12-07-access-third-round.md (and its "Review mends")
#
# Read from the markup around the article's visible paragraphs: the rest hidden or blurred
# right after the lead (by the element's own markup or by a class the page's stylesheet hides),
# a box of controls (a button, a form, a button-styled link) holding access words where the
# article should go on, an empty slot a wall script fills, a last paragraph cut in an ellipsis
# with a link or control after it. Each needs a short visible article (under 60 words, about
# 120 Chinese characters): on a full text a newsletter box or an app banner says nothing.

# a rule of the page's stylesheet (its selectors, its declarations) and @media blocks (a print
# or small-screen layout, not what the reader sees)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_MEDIA = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.IGNORECASE)
_ONE_CLASS = re.compile(r"^\.([\w-]+)$")
# whole class tokens that hide or blur a part (not ``overflow-hidden``, ``fade-in``,
# ``field-label-hidden``; not ``sr-only``, which screen readers read)
_VEIL_TOKENS = (_HIDDEN_TOKENS - {"sr-only"}) | {"faded", "masked"}
# (a button's class in the languages met: boton, botón, bouton, Knopf, pulsante)
_CONTROL_CLASS = re.compile(
    r"(?:^|[\s_-])(?:btn|button|cta|bot[oó]n|bouton|knopf|pulsante)(?:$|[\s_-])", re.IGNORECASE
)
# page furniture that holds controls without a wall: named so on the box or within it
_FURNITURE = frozenset(
    {
        "share", "sharing", "social", "comment", "comments", "newsletter", "related", "poll",
        "gallery", "consent", "cookie", "cookies", "carousel", "slider", "tag", "tags", "topics",
        "expand", "expander", "toggle", "collapse",
    }
)  # fmt: skip
# fields a furniture box asks for (a newsletter's email, a search, a comment, a poll's choice;
# an email is a registration wall's too: see _furniture)
_FURNITURE_FIELDS = frozenset({"email", "search", "radio", "checkbox", "textarea"})
_SKIP_AFTER = {"script", "style", "template", "noscript", "nav", "footer", "header"}
_EXPANDER_KEYS = ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle")
_ROOTS = {"article", "main"}
#: visible article prose under this many words (two CJK characters a word: ~120) is "short"
_SHORT_SHOWN = 60
#: a hidden part holds the article's rest from two sentences or this many words
_HIDDEN_REST_WORDS = 20
#: a control box is short (words, two CJK characters a word: as ``_WALL_BOX_CHARS`` in English)
_CONTROL_BOX_WORDS = 120
#: the followers of the last visible paragraph looked at
_AFTER_REACH = 8


def _style_hidden(tree: lxml.html.HtmlElement) -> set[str]:
    """Classes the page's own stylesheet hides or blurs (``.rest-locked{display:none}``).

    Only selectors that are exactly one class count (``.a, .b{display:none}`` hides both;
    ``.menu-open .content{...}`` hides ``content`` only in a state); @media blocks are skipped.
    """
    css = " ".join(style.text or "" for style in tree.iter("style"))
    if not css:
        return set()
    found: set[str] = set()
    for selectors, declarations in _CSS_RULE.findall(_CSS_MEDIA.sub(" ", css)):
        if not _HIDDEN_STYLE.search(declarations):
            continue
        for selector in selectors.split(","):
            one = _ONE_CLASS.match(selector.strip())
            if one:
                found.add(one.group(1).lower())
    return found


def _veiled(el: lxml.html.HtmlElement, hidden_classes: set[str]) -> bool:
    """Hidden or blurred by its own markup or by a class the page hides (whole class tokens)."""
    if el.get("hidden") is not None or el.get("aria-hidden", "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(el.get("style", "")):
        return True
    classes = set(el.get("class", "").lower().split())
    return bool(classes & _VEIL_TOKENS or (hidden_classes and classes & hidden_classes))


def veiled_on_page(el: lxml.html.HtmlElement, tree: lxml.html.HtmlElement) -> bool:
    """Whether the element or one of its ancestors is hidden or blurred from the reader.

    Hidden by its own markup (style, ``hidden``, aria) or by a class the page's stylesheet hides.
    """
    hidden_classes = _style_hidden(tree)
    return any(_veiled(node, hidden_classes) for node in (el, *el.iterancestors()))


def about_access(text: str) -> bool:
    """Whether a line asks for an account or a payment or speaks of access.

    A wall's or a sign-in page's line, not an article's.
    """
    return _asks(text) or _about_access(text)


def _dialog(el: lxml.html.HtmlElement) -> bool:
    return el.get("role") in ("dialog", "alertdialog") or el.get("aria-modal") == "true"


class _Marks:
    """The page read once: its visible prose paragraphs and its elements' states.

    Each element's state (veiled by itself or an ancestor; within chrome or a dialog) is
    computed once, and only for the paragraphs' ancestors and the boxes looked at.
    """

    def __init__(self, tree: lxml.html.HtmlElement, hidden_classes: set[str]) -> None:
        self.hidden_classes = hidden_classes
        self.state: dict[Any, tuple[bool, bool]] = {}
        self.prose: dict[Any, int] = {}  # visible prose <p> -> words, in page order
        self.boxes: dict[Any, bool] = {}  # a paragraph's container -> a small box of controls
        for p in tree.iter("p"):
            veiled, apart = self.of(p)
            if veiled or apart:
                continue
            text = " ".join(p.text_content().split())
            size = _size(text)
            if size >= _PROSE_WORDS and _SENTENCE.search(text) and not self._box_line(p, text):
                self.prose[p] = size

    def _box_line(self, p: lxml.html.HtmlElement, text: str) -> bool:
        """A wall box's own sentence, not the article's: about access, in a small box of controls.

        ("This archive story is for registered alumni. Log in ..." beside a shorter lead.) The
        box is small (under a control box's size), holds no other prose paragraph, and its
        control stands among its own children: the story's container, holding a link button
        somewhere in its subtree, is no such box ("EU member states ..." stays prose).
        """
        parent = p.getparent()
        if parent is None or _prose(text):
            return False
        if parent not in self.boxes:
            self.boxes[parent] = _small_control_box(parent)
        return self.boxes[parent]

    def of(self, el: lxml.html.HtmlElement) -> tuple[bool, bool]:
        """(veiled, apart) of an element, from its nearest known ancestor down."""
        chain = []
        node: Any = el
        while node is not None and node not in self.state:
            chain.append(node)
            node = node.getparent()
        veiled, apart = self.state[node] if node is not None else (False, False)
        for node in reversed(chain):
            if node.attrib:
                veiled = veiled or _veiled(node, self.hidden_classes)
                apart = apart or _dialog(node)
            apart = apart or node.tag in _CHROME
            self.state[node] = (veiled, apart)
        return veiled, apart

    def veiled(self, el: lxml.html.HtmlElement) -> bool:
        return self.of(el)[0]


def _small_control_box(box: lxml.html.HtmlElement) -> bool:
    """A small box of controls: a control among its children, no paragraph of prose in it.

    (Its own lines speak of access: a story's container holds the story's prose.)
    """
    if _size(" ".join(box.text_content().split())) >= _CONTROL_BOX_WORDS:
        return False
    if any(_prose(" ".join(q.text_content().split())) for q in box.iter("p")):
        return False
    return any(_control_child(child) for child in box)


def _control_child(child: Any) -> bool:
    """A box's child that is a control, or holds one and no sentence (a row of buttons)."""
    if not isinstance(child.tag, str) or child.tag == "p" or not _controls(child):
        return False
    return not any(_SENTENCE.search(" ".join(q.text_content().split())) for q in child.iter("p"))


def _shown_paragraphs(marks: _Marks) -> list[lxml.html.HtmlElement]:
    """The article's visible prose paragraphs: those of the container holding the most prose."""
    by_parent: dict[Any, list[Any]] = {}
    sizes: dict[Any, int] = {}
    for p, size in marks.prose.items():
        parent = p.getparent()
        by_parent.setdefault(parent, []).append(p)
        sizes[parent] = sizes.get(parent, 0) + size
    if not sizes:
        return []
    return by_parent[max(sizes, key=lambda k: sizes[k])]


def _root(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The article or main element holding ``el`` (None when it stands in neither)."""
    for node in el.iterancestors():
        if node.tag in _ROOTS:
            return node
    return None


def _control_text(el: lxml.html.HtmlElement) -> str:
    """The text of the controls an element is or holds (buttons, links)."""
    if el.tag in ("button", "a"):
        return " ".join(el.text_content().split())
    return " ".join(
        " ".join(c.text_content().split()) for c in el.iter("button", "a") if c is not el
    )


def _controls(el: lxml.html.HtmlElement) -> bool:
    """Whether a box holds a control: a button, a form or field, a button-styled link."""
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in ("button", "form", "input", "select", "textarea"):
            return True
        if node.tag == "a" and _CONTROL_CLASS.search(node.get("class", "")):
            return True
    return False


def _access_stem(text: str) -> bool:
    """Whether a box's text holds a word of the access vocabulary.

    Subscribe, log in, member, the full text, 订阅, 登录, 全文 ...: ``_ACCESS_WORDS`` and the
    wordings' ``_GATE_KEYS``.
    """
    return bool(_ACCESS_WORDS.search(text) or _GATE_WORDS.search(text.lower()))


def _furniture(el: lxml.html.HtmlElement) -> bool:
    """A box of page furniture, not a wall.

    Named share, comments, newsletter, related, poll, gallery ... (on itself or within), or
    whose only fields are an email, a search, a choice, a comment.
    """
    fields: list[str] = []
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if set(_NAME_SPLIT.split(_names(node).lower())) & _FURNITURE:
            return True
        if node.tag == "textarea":
            fields.append("textarea")
        elif node.tag == "select":
            fields.append("select")
        elif node.tag == "input":
            kind = node.get("type", "text").lower()
            if kind not in ("hidden", "submit", "button", "image", "reset"):
                fields.append(kind)
    if not fields or not all(kind in _FURNITURE_FIELDS for kind in fields):
        return False
    # an email alone is a newsletter's, unless the box asks to register or subscribe for this
    # (a registration wall) and names no other object (a newsletter, an inbox, comments)
    text = " ".join(" ".join(el.itertext()).split())
    own = set(fields) == {"email"} and _ACCESS_WORDS.search(text)
    return not own or bool(_OTHER_OBJECT.search(text))


def _expander(nodes: Iterable[lxml.html.HtmlElement]) -> bool:
    """Whether one of the nodes (or a node within) opens or closes a part of the page."""
    return any(
        any(node.get(key) is not None for key in _EXPANDER_KEYS)
        for el in nodes
        for node in el.iter()
        if isinstance(node.tag, str)
    )


def _structure(tree: lxml.html.HtmlElement, url: str = "") -> Access:
    """The structural reading as an :class:`Access` (free when it finds nothing)."""
    value, signal, el = _structural(tree, url)
    if not value:
        return Access()
    if value == PAYWALLED and signal == "control-box":
        # a box of buttons that points to an app, a partner, the print edition: a teaser (its
        # pieces' text apart: "the full story" and a "Go" button are two words, not "storyGo")
        text = " ".join(" ".join(el.itertext()).split())
        anywhere = _TEASER_ANYWHERE.search(text) and not _NOT_THIS_STORY.search(text)
        # (unless its sentences ask for an account or a payment: the box of a wall; a button's
        # own label is no ask of the box: "Subscribe to the print edition" under a page jump)
        points = _pointer(text) or _teaser(text) or anywhere or _points_elsewhere(el)
        if points and not _asks(_own_text(el)):
            return Access(TRUNCATED, "structure-" + signal, rooted=_rooted(el))
    hidden = el if signal == "hidden-rest" else None
    pointer = (
        " ".join(" ".join(el.itertext()).split())
        if signal in ("pointer-block", "pointer-line")
        else ""
    )
    label = lead_in = ""
    if signal == "pointer-link":
        label = " ".join(el.text_content().split())
        paragraph = el.getparent()
        whole = " ".join(paragraph.text_content().split()) if paragraph is not None else ""
        lead_in = (before_label(whole, label) or "").strip()
    return Access(
        value,
        "structure-" + signal,
        hidden,
        rooted=_rooted(el),
        pointer=pointer,
        link_label=label,
        link_lead_in=lead_in,
    )


def _rooted(el: lxml.html.HtmlElement) -> bool:
    """The element stands in the page's article or main element, or is a modal over it."""
    return _root(el) is not None or _dialog(el)


def structural_reading(tree: lxml.html.HtmlElement, url: str = "") -> tuple[str, str]:
    """The page shows less than the article, read from its markup: ``(value, signal)``.

    ``("", "")`` when nothing says so. The signals are ``hidden-rest``, ``script-slot``,
    ``control-box`` (``paywalled``) and ``cut-sentence``, ``pointer-block``, ``pointer-line``,
    ``pointer-link``, ``pager`` (``truncated``); a control box must hold an access word
    (subscribe, log in, member, 订阅, 登录 ...: ``_ACCESS_WORDS``); a pointer must say the whole
    is elsewhere and ask nothing.
    """
    value, signal, _ = _structural(tree, url)
    return value, signal


def _structural(tree: lxml.html.HtmlElement, url: str = "") -> tuple[str, str, Any]:
    """:func:`structural_reading` with the element that showed it."""
    hidden_classes = _style_hidden(tree)
    marks = _Marks(tree, hidden_classes)
    shown = _shown_paragraphs(marks)
    if not shown:
        return "", "", None
    last = shown[-1]
    # "short" on the article root when there is one, else on the paragraphs' container's own
    # container (a WeChat page's paragraphs stand one or two to a section)
    parent = last.getparent()
    scope = _root(last)
    if scope is None and parent is not None:
        scope = parent.getparent()
    size = sum(marks.prose[p] for p in shown)
    reached = True  # (the count reached the last paragraph)
    if scope is not None:  # (the visible prose up to the last paragraph: a wall box's own
        # paragraphs after it are no article)
        size = 0
        for p in scope.iter("p"):
            size += marks.prose.get(p, 0)
            reached = p is last
            if reached or size >= _SHORT_SHOWN:
                break
    if size >= _SHORT_SHOWN:
        # (the last paragraph may itself be the pointer, no words of the story)
        story = size - marks.prose[last] if reached else size
        if story >= _SHORT_SHOWN or not _pointer_line(shown):
            return "", "", None
        # (admitted by leaving the note out: the note is the reading, not what follows it)
        return TRUNCATED, "pointer-line", last
    # what follows the last visible paragraph, in its container (and the container's own
    # followers when the paragraphs end it)
    own_after = [el for el in islice(last.itersiblings(), _AFTER_REACH) if isinstance(el.tag, str)]
    after = own_after
    if not after:
        parent = last.getparent()
        if parent is not None:
            after = [
                el for el in islice(parent.itersiblings(), _AFTER_REACH) if isinstance(el.tag, str)
            ]
    found = _after_last(marks, last, after)
    if found[0]:
        return found
    parent = last.getparent()
    if parent is not None and _credit_lines(own_after):
        # the lead's own block ends in a credit or a byline (a gallery's hero: headline, dek,
        # photo credit): what follows the block is what follows the lead
        followers = islice(parent.itersiblings(), _AFTER_REACH)
        found = _after_last(marks, last, [el for el in followers if isinstance(el.tag, str)])
        if found[0]:
            return found
    # a pager: the page holds part k of n of the story, the next part at a link
    pager = _pager(marks, after, url)
    if pager is not None:
        return TRUNCATED, "pager", pager
    # no wall or teaser after it (a hidden part, a script slot, a control box pre-empt): the
    # last shown paragraph may itself be the pointer
    if _pointer_line(shown):
        return TRUNCATED, "pointer-line", last
    # the last paragraph ends in the link (it may end in the link's label, no sentence mark:
    # then it is the shown paragraph's follower)
    ends = [last, *[el for el in after[:1] if el.tag == "p"]]
    for paragraph in reversed(ends):
        link = _pointer_link(paragraph, _own_hosts(tree, url))
        if link is not None:
            return TRUNCATED, "pointer-link", link
    return "", "", None


# a credit's or a byline's name or first words (a photo credit, an author list, a caption)
_CREDIT_NAME = re.compile(r"credit|byline|author|caption|photographer", re.IGNORECASE)
_CREDIT_TEXT = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|video|words|text|by)\b|^(?:摄影|攝影|图|圖|记者|記者|文)[/／:：]?",
    re.IGNORECASE,
)


def _credit_lines(els: list[lxml.html.HtmlElement]) -> bool:
    """Whether the lead's own followers are only credits or bylines.

    At most two short lines (under 16 words), no link, button or field, each a ``figcaption``,
    named a credit, a byline, an author or a caption, or beginning as a credit ("Photographs
    by ...", 摄影：...).
    """
    if not els or len(els) > 2:
        return False
    for el in els:
        text = " ".join(el.text_content().split())
        if not text or _size(text) >= 16 or el.tag in ("a", "button"):
            return False
        if any(node.tag in ("a", "button", "input", "form") for node in el.iterdescendants()):
            return False
        if not (
            el.tag == "figcaption" or _CREDIT_NAME.search(_names(el)) or _CREDIT_TEXT.search(text)
        ):
            return False
    return True


def _after_last(
    marks: _Marks, last: lxml.html.HtmlElement, after: list[lxml.html.HtmlElement]
) -> tuple[str, str, Any]:
    """What the followers of the last shown paragraph show: a wall, a teaser, or nothing."""
    toggle = False  # a bare control before a hidden rest: a "Show more" expander, free
    # a last paragraph cut in an ellipsis, and what follows it at once (a link or control, or
    # a short note set apart from the story's paragraphs: "Story continues at ...")
    cut = bool(_ELLIPSIS_END.search(" ".join(last.text_content().split())))
    first = True
    for el in after[:4]:
        if el.tag in _SKIP_AFTER:
            continue
        text = " ".join(el.text_content().split())
        if (
            (el.tag == "a" or _only_control(el))
            and not marks.veiled(el)
            and not _furniture(el)
            and _pointer_block(el, last, text)
        ):
            return TRUNCATED, "pointer-block", el  # a card: one link holding the whole block
        if text and text == _control_text(el):
            if cut and first:
                return TRUNCATED, "cut-sentence", last
            toggle = True  # a button or link alone, no box around it
            first = False
            continue
        # prose hidden or blurred by the box or within it: two sentences or 20 words (not a
        # dialog: a cookie or login modal waits hidden in many pages)
        veiled = [
            " ".join(q.text_content().split())
            for q in el.iter("p")
            if marks.veiled(q) and _SENTENCE.search(" ".join(q.text_content().split()))
        ]
        if not _dialog(el) and (len(veiled) >= 2 or _size(" ".join(veiled)) >= _HIDDEN_REST_WORDS):
            if toggle or _expander(after):
                return "", "", None
            return PAYWALLED, "hidden-rest", el
        if marks.veiled(el):
            continue  # a hidden part holding no prose (a message, a label, a closed modal)
        if not text:
            if _wall_script_after(el):
                return PAYWALLED, "script-slot", el
            continue
        furniture = _furniture(el)  # (a share, related or gallery box is neither wall nor pointer)
        if not furniture and _pointer_block(el, last, text):
            return TRUNCATED, "pointer-block", el
        if _controls(el):
            if _size(text) < _CONTROL_BOX_WORDS and _access_stem(text) and not furniture:
                return PAYWALLED, "control-box", el
            if cut and first:
                return TRUNCATED, "cut-sentence", last
        elif cut and first and _set_apart(el, last) and _size(text) < 2 * _PROSE_WORDS:
            return TRUNCATED, "cut-sentence", last
        first = False
        if _prose(text) or any(_prose(" ".join(p.text_content().split())) for p in el.iter("p")):
            return "", "", None  # the article goes on, whatever the tag
    return "", "", None


# "Page 1 of 3", "Seite 1 von 3", "Página 1 de 2", 第1页/共3页, 共3页 第1页: a part of a
# paginated story
_PAGE_OF = re.compile(
    r"\b(?:page|seite|p[áa]gina|bladzijde|pag\.?)\s*(\d{1,3})\s*(?:of|von|de|di|van|sur|/)\s*"
    r"(\d{1,3})\b|第\s*(\d{1,3})\s*[页頁]\s*[/／,，]?\s*共\s*(\d{1,3})\s*[页頁]"
    r"|共\s*(\d{1,3})\s*[页頁]\s*[/／,，]?\s*第\s*(\d{1,3})\s*[页頁]",
    re.IGNORECASE,
)
#: a story is cut into a few parts; a pager of more pages is a listing's or a comment thread's
_STORY_PARTS = 10
# a link that goes on to the next part: "Next", "Weiter", "Siguiente", 下一页 (or names its number)
_NEXT = re.compile(
    r"\b(?:next|weiter|nächste|siguiente|suivante|successiva|avanti|volgende|próxima|seguinte)\b"
    r"|下一[页頁]|下[页頁]",
    re.IGNORECASE,
)
# what is no pager after the text (the page's navigation may hold one: nav is looked at)
_PAGER_SKIP = _SKIP_AFTER - {"nav"}


def _next_link(el: lxml.html.HtmlElement, part: int, url: str) -> bool:
    """Whether a pager holds a link on to the next part.

    Its label says next or names part k+1; an anchor (``#``), a script or the page's own
    address goes nowhere.
    """
    own = url.split("#")[0].rstrip("/")
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        if own and urljoin(url, href).split("#")[0].rstrip("/") == own:
            continue
        label = " ".join(a.text_content().split())
        if _NEXT.search(label) or re.search(rf"(?<!\d){part + 1}(?!\d)", label):
            return True
    return False


def _pager(
    marks: _Marks, after: list[lxml.html.HtmlElement], url: str = ""
) -> lxml.html.HtmlElement | None:
    """A pager right after a short shown text: part k of n (k < n) and a link on to part k+1.

    The story is paginated and the page holds one part of it ("Seite 1 von 3" and "Weiter zu
    Seite 2 ›"); a pager naming the last part, one with no link on (a "Previous" link, ``#``),
    or one of more than :data:`_STORY_PARTS` pages (a listing's) says nothing of the rest.
    """
    for el in after[:4]:
        if el.tag in _PAGER_SKIP or marks.veiled(el):
            continue
        text = " ".join(el.text_content().split())
        if not text or _size(text) >= _POINTER_BLOCK_WORDS or _furniture(el):
            continue
        found = _PAGE_OF.search(text)
        if found is None:
            continue
        if found.group(1):
            part, parts = int(found.group(1)), int(found.group(2))
        elif found.group(3):
            part, parts = int(found.group(3)), int(found.group(4))
        else:
            part, parts = int(found.group(6)), int(found.group(5))
        if 0 < part < parts <= _STORY_PARTS and _next_link(el, part, url):
            return el
    return None


def _set_apart(el: lxml.html.HtmlElement, paragraph: lxml.html.HtmlElement) -> bool:
    """Whether an element is no paragraph of the story: another tag, class or style.

    Classes are compared as sets of tokens: the element is apart by its class only when it
    holds a token the paragraph lacks (``story-p ep-jump`` after ``story-p``), not when the
    paragraph holds one more (a plain ``story-p`` after the lead's ``story-p dropcap``).
    """
    if el.tag != paragraph.tag or el.get("style", "") != paragraph.get("style", ""):
        return True
    mine, theirs = set(el.get("class", "").split()), set(paragraph.get("class", "").split())
    return not mine <= theirs


# What a teaser says, in any of its phrasings: the whole, the rest or the continuation of THIS
# story (a stem bound to a story object: the full story, article, piece, interview; the rest of
# this story; the story continues in; 全文, 完整内容, 剩余内容; la suite de l'article, el resto de
# la noticia) is in a named place (``_PLACE``). Read only in a short block set apart after a
# short shown text (the structure decides; these forms tell a pointer from a caption, a credit,
# a share line, "Full details are on the ministry's website", "Protests continue").
_STORY_OBJECT = (
    r"(?:story|stories|article|piece|interview|report|feature|essay|account|analysis|reaction|"
    r"episode|post|bulletin|commentary|column)"
)
# an excerpt, in the languages the sets hold (one list for "this is an excerpt" and the
# excerpt whose block links to the original, _EXCERPT)
_EXCERPT_WORD = r"excerpt|extract|extrait|extracto|fragmento|auszug"
_WHOLE = re.compile(
    r"\b(?:the )?(?:full|complete|whole|entire|unabridged)(?: [\w’'-]+)? " + _STORY_OBJECT + r"\b"
    r"|\b(?:rest|remainder) of (?:this|the|our|my) (?:[\w’'-]+ )?" + _STORY_OBJECT + r"\b"
    r"|\b(?:the )?rest of it\b|\bin full\b|\b(?:keep|continue) reading\b"
    r"|\b(?:sigue|seguí|seguir) leyendo\b"
    r"|\bcontinua a leggere\b|\bcontinuer à lire\b|\bthis is (?:an? )?(?:"
    + _EXCERPT_WORD
    + r"|shortened version|abridged version)\b"
    r"|\bcontinu(?:e[sd]?|ing) (?:in|on|at)\b|\bfortsetzung\b|\bweiterlesen\b"
    r"|\b(?:vollständigen?|ganzen?|kompletten?) (?:artikel|bericht|beitrag|meldung|text|"
    r"interview|geschichte|reportage)\b"
    r"|\b(?:la suite|l['’]intégralité) de (?:l['’]article|cet article|l['’]entretien|"
    r"l['’]interview|ce reportage)|\b(?:l['’]article|l['’]entretien|le reportage) (?:complet|"
    r"intégral)\b"
    r"|\b(?:la|el) (?:noticia|nota|entrevista|información|reportaje|artículo) complet[ao]\b"
    # Portuguese and Dutch (the whole story, go on reading)
    r"|\b(?:a|o) (?:reportagem|matéria|notícia|entrevista|artigo|texto) complet[ao]\b"
    r"|\b(?:continue|continuar|siga) lendo\b|\bleia a íntegra\b|\bleia mais (?:no|na|em)\b"
    r"|\bna íntegra\b"
    r"|\b(?:het|de) volledige (?:artikel|interview|verhaal|reportage|stuk|bericht|tekst)\b"
    r"|\blees (?:verder|het volledige)\b|\bverder lezen\b"
    r"|\bel resto de (?:la|el|esta|este) (?:noticia|entrevista|reportaje|artículo)\b"
    r"|\bl['’](?:articolo|intervista) (?:complet[oa]|integrale)\b|\bil resto dell['’]articolo\b"
    r"|全文|完整(?:内容|內容|版|报道|報導|报告|報告|访谈|訪談|采访|採訪|纪要|紀要|文章|调查|調查|"
    r"视频|視頻|节目|節目)|(?:剩余|剩餘|余下|餘下|其余|其餘)(?:全文|内容|內容|部分)|全部(?:内容|內容)"
    r"|未完待续|未完待續|[（(]\s*未完\s*[）)]",
    re.IGNORECASE,
)
# The outlet's own carriers in Chinese: its app, paper copy, magazine, e-paper, this issue, a
# partner, a page of print (one list for the places and the carriers below).
_ZH_CARRIER = (
    r"客户端|客戶端|纸质|紙質|纸本|紙本|杂志|雜誌|电子报|電子報|数字报|數字報|本期"
    r"|合作(?:媒体|媒體|平台)|第?[a-z]?\d+版"
)
# Where the rest is: the outlet's app, site, print or email edition, a page of print, its wire
# or partner, a recording, a public account, another named site.
_PLACE = re.compile(
    _POINTER + r"|\b(?:[ée]dition|issue|wire|" + _PARTNER + r"|newsletter|live (?:page|blog)|there|"
    # (print in Portuguese and Spanish: an edition alone is an event's, impresa an Italian firm)
    r"publication|\w*ausgabe|papier|krant|(?:edi[çc][ãa]o|vers[ãa]o) impressa|"
    r"(?:edición|versión) impresa|edición (?:del|de) (?:domingo|sábado|fin de semana)|"
    r"(?:originally published|first appeared) (?:by|on|in)|page [a-z]?\d+|seite \d+|"
    r"aplicación|applicazione|appli)\b|\b[\w-]+\.(?:com|org|net|example|news|co|io|cn|hk|tw)\b"
    r"|小程序|公众号|公眾號|视频号|視頻號|报纸|報紙|刊物|周刊|週刊|原文|推送|下一篇|下篇"
    r"|第[一二三四五六七八九十]+版|"
    + _ZH_CARRIER
    + "|"
    + _APP
    +
    # (a blog, the outlet's own web, an e-paper)
    r"|\bblog\b|\b(?:our|nuestra|notre|nostro) (?:web|sito|site)\w*|e-?paper",
    re.IGNORECASE,
)
# A jump to a page of print (（下转第5版）, 转A3版, 详情请见今日本报A5版; not 迎接第,
# 转第三方, 运转第, nor 意见第2版: 见 only as 请见 / 详见).
_PAGE_JUMP = (
    r"(?:下[转轉]|[转轉接]|(?:请|請|详|詳)[见見](?:今日|今天|明日|明天)?(?:本报|本報)?)"
    r"至?第?[A-Za-z]?\d+版"
)
# The continuation of this story, said without naming it: the rest read elsewhere, a part two,
# a page jump, an excerpt (以上为节选), "continúa en"; with a place, a pointer whatever the
# story's kind. docs/decisions/2026-12-07-access-fifth-round.md
_ONWARD = re.compile(
    r"\b(?:read|see|find|get|hear|watch|follow) the rest\b|\bpart (?:two|2|ii)\b|\bsecond part\b"
    r"|\bread it (?:there|at|on)\b"
    r"|\bcontin[uú]a (?:en|in|a leer|na|no|em)\b|\bsigue en\b|\bsuite (?:sur|dans|en)\b"
    r"|" + _PAGE_JUMP + r"|以上[为為]?[节節][选選]|[节節][选選][^。！？\n]{0,12}?(?:完整|全文|原文)"
    r"|(?:完整|全文|原文)[^。！？\n]{0,12}?[节節][选選]|(?:剩余|剩餘)\d+%",
    re.IGNORECASE,
)
# A page jump says all in a few characters (（下转第3版）): no floor of own words.
_JUMP = re.compile(_PAGE_JUMP + r"|\bcontinued on page\b", re.IGNORECASE)
# The whole of a piece of any kind (the full show notes, the complete list, 完整名单), a pointer
# only when the outlet's own carrier holds it: its app, print, this issue, a partner, the live
# page, a recording ("The complete list is available here", "Full details are on the ministry's
# website" name no carrier of the outlet's).
_ANY_WHOLE = re.compile(
    r"\b(?:full|complete|whole|entire|unabridged) [\w’'-]+|\brest of (?:this|the|our|my) [\w’'-]+"
    r"|\b[\w’'-]+ (?:complet[ao]s?|íntegr[ao]|intégral\w*)\b"
    r"|\b(?:volledige|vollständigen?) [\w’'-]+"
    r"|完整|全文|剩余|剩餘",
    re.IGNORECASE,
)
_CARRIER = re.compile(
    _PRINT + r"|\b(?:" + _PARTNER + r"|live page|magazine|e-?paper)\b"
    r"|\b(?:this|today[’']s|the) (?:print )?issue\b"
    r"|本报|本報|" + _ZH_CARRIER + "|" + _APP,
    re.IGNORECASE,
)
# What a wall asks for, as a requirement (not a topic): to subscribe, log in, register, become a
# member; to create or log in to an account; a free or N-day trial; to pay for or to read; a price
# per period. "No account needed", "without an account" ask nothing; "free" is no price.
_ASKS = re.compile(
    r"\b(?:subscri(?:be|bers?|ption)\w*|log ?in|sign (?:in|up)|register(?: now| free| to| for)?|"
    r"registration|registered (?:users|readers|members)|"
    r"become an? (?:paying )?(?:member|subscriber)|members only|membership|premium|"
    r"paywall|upgrade (?:to|now|your))\b"
    r"|\b(?:create|open|make|set up|register|log ?in (?:to|with)|sign in (?:to|with)) "
    r"(?:a |an |your )?(?:free )?(?:[\w’'-]+ ){0,2}account\b|\baccount (?:required|needed to)\b"
    r"|\b(?:free|\d+[- ]day|\d+[- ]month) trial\b|\btrial (?:period|subscription)\b"
    r"|\bpay (?:to|for)\b|\b(?:buy|purchase) (?:this|the|a|an|it|access|now)\b|\bunlock\b"
    r"|\b(?:unlimited|digital|premium|subscriber|full) access\b|\b(?:get|gain) access\b"
    r"|(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|euros?|dollars?|pounds?))"
    r"\s*(?:a|an|per|/|each)\s*(?:month|year|week|day|mes|mois|monat|mese)\b"
    # (German, French, Spanish, Italian: an account, a registration, a log-in, a subscription)
    r"|\b(?:crea|crear|abre|abrir) (?:tu |una )?cuenta\b|\bregístr\w*|\binicia(?:r)? sesión\b"
    r"|\b(?:créez|créer|ouvrez|ouvrir) (?:un |votre )?compte\b|\binscri(?:vez|ption|bete|birse)\b"
    r"|\bconnexion\b|\bconnectez\b|\b(?:konto (?:anlegen|erstellen)|registrieren|anmelden)\b"
    r"|\biscri(?:viti|versi|zione)\b|\baccedi\b|\babbonat\w*|\babonn\w*|\b"
    + _SUSCRI
    + r"\w*|\babo\b"
    r"|\bhazte\b|\bprueba gratuita\b|\bessai gratuit\b|\bprova gratuita\b|\bprobeabo\b"
    # (Portuguese and Dutch: subscribe, sign up, log in, as requirements: "assinar o acordo",
    # "a assinatura do tratado", "Cadastro Único" are ordinary words)
    r"|\bassine (?:já|agora|e)\b|\bassinantes?\b|\bassinaturas? (?:digital|digitais|mensal|anual)\b"
    r"|\bcadastre-se\b|\bfa[çc]a (?:o )?(?:seu )?(?:cadastro|login)\b"
    r"|\bregistreer\b|\bmeld (?:je|u) aan\b|\binloggen\b|\blog (?:je|u) in\b"
    r"|订阅|訂閱|登录|登錄|登入|注册|註冊|付费|付費|会员|會員|购买|購買|开通|開通|解锁|解鎖|充值|"
    r"试读|試讀|订购|訂購|包月|包年",
    re.IGNORECASE,
)
# (a requirement denied: "no account needed", "without an account", "no subscription required")
_NO_ASK = re.compile(
    r"\b(?:no|without an?|without any) (?:\w+ )?(?:account|subscription|log ?in|registration|"
    r"sign-?up)\b|\b(?:account|subscription|registration) (?:is )?not (?:needed|required)\b"
    r"|\bsem (?:cadastro|assinatura|login)\b",
    re.IGNORECASE,
)
# Another object than the rest of the story: a source's own document (a press release, a
# statement, a study or paper, a data set, an official bulletin or notice); a report only when
# no recording, app or print carries it ("The full report is a video").
_SOURCE_OBJECT = re.compile(
    r"\b(?:(?:press |news )?releases?|statements?|stud(?:y|ies)|papers?|data ?sets?|findings|"
    r"survey|minutes|filings?|programme|schedule|results|coverage|list of stories)\b"
    r"|新闻稿|新聞稿|声明|聲明|论文|論文|报告全文|報告全文|公报|公報|通知|公告|"
    r"文件|通报|通報",
    re.IGNORECASE,
)
_REPORT = re.compile(r"\breports?\b|报告|報告", re.IGNORECASE)
# a site (官网, 网站) is an official body's unless the pointer names the outlet or a partner
_SITE = re.compile(r"官网|官網|网站|網站")
_OUTLET = re.compile(
    r"合作(?:媒体|媒體|平台)|本报|本報|本刊|本台|本网|本網|晚报|晚報|日报|日報|客户端|客戶端|"
    r"公众号|公眾號|" + _APP,
    re.IGNORECASE,
)
#: a pointer block is short (words, two CJK characters a word) and says so in a sentence
_POINTER_BLOCK_WORDS = 32
_POINTER_OWN_WORDS = 3


def _asks(text: str) -> bool:
    """A box's sentences ask for an account or a payment (a wall's box, not a pointer's)."""
    return bool(_ASKS.search(_NO_ASK.sub(" ", text)))


# A call to go and read the whole text at a paper or magazine (前往东部时报阅读全文,
# 阅读全文请前往《砂拉越华报》网站): the reader is sent on to read this story at another outlet.
# An official notice says the same of a body's site (如需阅读全文，请访问国家网信办网站), and
# bare 访问 is a state visit (李强访问东盟秘书处): the call counts only with a going verb (前往,
# 请到, 请访问) and the name of a paper or magazine in its sentence (_PRESS_NAME, or the outlet).
_GO_READ = re.compile(
    r"(?:前往|请到|請到|请访问|請訪問)[^。！？\n]{0,20}?(?:阅读|閱讀)(?:全文|原文)"
    r"|(?:阅读|閱讀)(?:全文|原文)[^。！？\n]{0,3}?(?:前往|请访问|請訪問|请到|請到)"
)
# a paper's or magazine's name: 《…报》, …时报, …日报, …周刊, …杂志
_PRESS_NAME = re.compile(
    r"《[^》]{1,16}(?:报|報|刊|杂志|雜誌)》|(?:时报|時報|日报|日報|晚报|晚報|周刊|週刊|月刊|杂志|雜誌)"
)
# The page says it is an excerpt (本文节选自, "This is an excerpt", extrait, fragmento), its
# block's link says to read the original or the whole (阅读原文, not a source credit's
# 原文链接; 摘编自 is "compiled from", no excerpt): read together, the rest is at the link.
_EXCERPT = re.compile(
    r"节选|節選|\b(?:" + _EXCERPT_WORD + r")\b",
    re.IGNORECASE,
)
_ORIGINAL_LINK = re.compile(
    r"(?:阅读|閱讀)(?:原文|全文)|\b(?:original|full|complete|whole)\b|\bcomplet\w*|\bvollständig\w*",
    re.IGNORECASE,
)


# where this story itself was published ("This story originally appeared on Capitol Wire")
_STORY_AT = re.compile(
    r"\b(?:originally|first) (?:published|appeared|ran|aired)\b|\bappeared first\b", re.IGNORECASE
)


def _says_whole_elsewhere(text: str, links: str = "") -> bool:
    """A pointer's sentence: the rest of this story is in a named place, nothing asked.

    ``links``: the labels of the block's links, which may name the place (第A3版, 原文, a host)
    or, after a sentence saying the page is an excerpt, the whole (点击阅读原文).
    """
    go_read = bool(_GO_READ.search(text)) and bool(_PRESS_NAME.search(text) or _OUTLET.search(text))
    whole = (
        _WHOLE.search(text)
        or _ONWARD.search(text)
        or (_ANY_WHOLE.search(text) and _CARRIER.search(text))
        or (_EXCERPT.search(text) and _ORIGINAL_LINK.search(links))
        # (the sentence says where this story is, the button says go on reading there:
        # "This story first appeared on the Valley Post." + "Read it there"; a sentence
        # naming any place, "Timetables are on the board's website", says nothing of it)
        or (links and _ONWARD.search(links) and (_STORY_AT.search(text) or _CARRIER.search(text)))
    )
    if not whole or _asks(text):
        return False
    place = _PLACE.search(text) or _RECORDING.search(text) or _PLACE.search(links)
    if not (place or go_read):
        return False
    if any(_NOT_THIS_STORY.search(said) or _SOURCE_OBJECT.search(said) for said in (text, links)):
        return False  # (the link's own object too: "Find the rest of our transport coverage")
    if _SITE.search(text) and not (_OUTLET.search(text) or go_read):
        return False  # 全文见国家网信办网站: an official body's document
    # (a report is the story's own only when a recording, an app or print carries it)
    carried = (
        _RECORDING.search(text)
        or re.search(_PRINT, text, re.IGNORECASE)
        or re.search(rf"\b(?:{_PARTNER})", text, re.IGNORECASE)
    )
    return not _REPORT.search(text) or bool(carried)


def _own_text(el: lxml.html.HtmlElement) -> str:
    """An element's text outside its links and buttons (its sentences, not its controls)."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in ("a", "button"):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join(" ".join(parts).split())


def _points_elsewhere(el: lxml.html.HtmlElement) -> bool:
    """A box whose sentences point to the whole story elsewhere and ask for nothing.

    No account or payment: an app's, a partner's, the print edition's box (a teaser).
    """
    if el.tag == "a" or _only_control(el):
        # a card or a button box: the link (or button) is the block, its label the sentence
        own, links = " ".join(el.text_content().split()), ""
    else:
        own, links = _own_text(el), _control_text(el)
    if _size(own) < _POINTER_OWN_WORDS and not _JUMP.search(own):
        return False
    return _says_whole_elsewhere(own, links)


def _only_control(el: lxml.html.HtmlElement) -> bool:
    """A box whose whole text is one link's or button's label (an image beside it at most)."""
    if _own_text(el):
        return False
    controls = [node for node in el.iter("a", "button") if node is not el]
    return len(controls) == 1 and not any(node.tag in ("a", "button") for node in controls[0])


def _pointer_block(el: lxml.html.HtmlElement, last: lxml.html.HtmlElement, text: str) -> bool:
    """A teaser by its structure, right after a short shown text.

    A short block set apart from the story's paragraphs (another tag, class or style), whose
    sentence points to the whole elsewhere ("Live updates continue in the app." and a link;
    完整访谈请在视频号观看).
    """
    if not _set_apart(el, last) or _size(text) >= _POINTER_BLOCK_WORDS:
        return False
    return _points_elsewhere(el)


def _pointer_line(shown: list[lxml.html.HtmlElement]) -> bool:
    """The last shown paragraph is itself the pointer.

    Set apart from the story's paragraph before it, short, pointing to the whole elsewhere
    ("Full story available on the wire service.").
    """
    if len(shown) < 2:
        return False
    last = shown[-1]
    text = " ".join(last.text_content().split())
    # (a note after a paragraph cut in "…" is apart from the story by the cut)
    before = " ".join(shown[-2].text_content().split())
    apart = _set_apart(last, shown[-2]) or bool(_CUT_END.search(before))
    if not apart or _size(text) >= _POINTER_BLOCK_WORDS:
        return False
    return _points_elsewhere(last)


def _host(address: str) -> str:
    """An absolute address's host, without ``www.`` (``""`` for a relative one)."""
    found = re.match(r"[a-z][\w+.-]*://([^/?#:]+)", address.strip(), re.IGNORECASE)
    return found.group(1).lower().removeprefix("www.") if found else ""


def _own_hosts(tree: lxml.html.HtmlElement, url: str) -> set[str]:
    """The page's own hosts: its address's, its canonical's and its ``og:url``'s."""
    addresses = [url]
    for el in tree.iter("link", "meta"):
        if el.tag == "link" and "canonical" in el.get("rel", "").lower().split():
            addresses.append(el.get("href", ""))
        elif el.tag == "meta" and el.get("property", "").lower() == "og:url":
            addresses.append(el.get("content", ""))
    return {host for address in addresses if (host := _host(address))}


# A label naming the outlet's own other piece ("Read our full explainer", "See our full
# coverage"): a related-reading link, not the rest of this story.
_OUR_WHOLE = re.compile(r"\bour (?:full|complete|whole|entire)\b", re.IGNORECASE)


# what may follow a link that ends its paragraph: white space, a sentence mark, a bracket, a quote
_TRAILING = re.compile(rf"[\s{_STOPS}{_CLOSING}]+")
_TRAILING_END = re.compile(rf"[\s{_STOPS}{_CLOSING}]+$")


def before_label(line: str, label: str) -> str | None:
    """The text of a line before the label that ends it; ``None`` when it does not end it.

    Closing marks may follow the label ("... the Valley Herald's full story</a>.", "…网站</a>。").
    """
    if not label:
        return None
    for end in (line, _TRAILING_END.sub("", line)):
        if end.endswith(label):
            return end[: -len(label)]
    return None


def _pointer_link(
    last: lxml.html.HtmlElement, own: set[str] | None = None
) -> lxml.html.HtmlElement | None:
    """The last shown paragraph ends in a link to the whole elsewhere: the link, or None.

    Nothing follows the link in the paragraph, its label says the whole or the rest is in a
    named place or the link leaves the site (another host than the page's ``own`` hosts; with
    none known, no link counts as leaving), the label is no possessive "our full ..." (a
    related piece of the outlet's), and the paragraph's text before it asks for nothing
    ("... 阅读全文请访问江城观察网", "... Open the full live page").
    """
    children = [c for c in last if isinstance(c.tag, str)]
    # (a closing mark after the link still ends the paragraph with it: "... hear the rest</a>.")
    if not children or children[-1].tag != "a" or _TRAILING.sub("", children[-1].tail or ""):
        return None
    link = children[-1]
    label = " ".join(link.text_content().split())
    if _size(label) < _POINTER_OWN_WORDS or _size(label) >= _POINTER_BLOCK_WORDS:
        return None
    if _OUR_WHOLE.search(label):
        return None
    host = _host(link.get("href", ""))
    away = bool(host and own and host not in own)
    if _asks(_own_text(last)) or not _says_whole_elsewhere(label, "x.example" if away else ""):
        return None
    return link
