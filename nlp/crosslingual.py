"""Evidence that crosses languages, to tell whether a Chinese notice and an English report agree.

The English embedding model cannot compare a Chinese text with an English one. What survives
translation can: the watchlist entities they name (Chinese aliases link to the same ids), document
numbers (国网办发〔2026〕12号 / Document No. 12 [2026]), amounts and percentages (500亿元 / 50
billion yuan, 百分之七十 / 70%), dates (2027年3月1日 / March 1, 2027), the kinds of policy action
and a small bilingual lexicon of policy topics. :func:`extract_evidence` reads them from one text;
:func:`agreement` scores two texts' evidence part by part.

Pure functions; the entity ids and signal kinds come from the tagger (``nlp.entities``).
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

from nlp.dates import MONTH_NUMBER
from nlp.han import HAN
from nlp.hanzi import to_simplified
from nlp.stated import ZH_ISSUING

# Entities too common in this domain to tell two developments apart (one of them is in most texts).
GENERIC_ENTITIES = frozenset({"china", "united-states", "european-union"})

_MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NUMBER, key=len, reverse=True)) + r")\.?"

_EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "fifty": 50,
    "hundred": 100,
}  # fmt: skip
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

_EN_MAGNITUDE = {
    "thousand": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
_CN_MAGNITUDE = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千": 1e3}
_CURRENCY = {
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "美元": "USD",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
    "美金": "USD",
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "欧元": "EUR", "欧罗": "EUR",
    "¥": "CNY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "元": "CNY",
    "人民币": "CNY",
    "won": "KRW", "krw": "KRW", "韩元": "KRW", "韩圆": "KRW", "韩圜": "KRW",
    "yen": "JPY", "日元": "JPY", "日圆": "JPY",
    "nt$": "TWD", "t$": "TWD", "twd": "TWD", "新台币": "TWD", "台币": "TWD",
    "taiwan dollar": "TWD", "taiwan dollars": "TWD", "nt dollar": "TWD", "nt dollars": "TWD",
    "hk$": "HKD", "hkd": "HKD", "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "hk dollar": "HKD", "hk dollars": "HKD", "港元": "HKD", "港币": "HKD",
    "mop$": "MOP", "mop": "MOP", "pataca": "MOP", "patacas": "MOP",
    "澳门元": "MOP", "澳门币": "MOP",
    "s$": "SGD", "sgd": "SGD", "singapore dollar": "SGD", "singapore dollars": "SGD",
    "新加坡元": "SGD", "新元": "SGD",
    "a$": "AUD", "aud": "AUD", "australian dollar": "AUD", "australian dollars": "AUD",
    "澳元": "AUD", "澳币": "AUD",
    "c$": "CAD", "cad": "CAD", "canadian dollar": "CAD", "canadian dollars": "CAD", "加元": "CAD",
    "加币": "CAD",
    "£": "GBP", "gbp": "GBP", "英镑": "GBP",
}  # fmt: skip
#: the currencies counted in 元 besides renminbi: Taiwan's, Hong Kong's and Macau's dollars
_YUAN_COUNTED = frozenset({"TWD", "HKD", "MOP"})
#: a currency counted in 元 named before a Chinese amount, by any of its names of
#: :data:`_CURRENCY` that is written there: a Chinese name (新台币, 港币, 港元, 澳门币, 澳门元:
#: Macau's laws write a fine 科澳門元五千元至二萬元罰款; traditional spellings are read
#: simplified) or a code or sign of two letters or more (twd, nt$, hk$, mop$); not a name in
#: English words (patacas) nor a one-letter sign (t$)
_YUAN_MARK = {
    name: code
    for name, code in _CURRENCY.items()
    if code in _YUAN_COUNTED and (not name.isascii() or re.fullmatch(r"[a-z]{2,3}\$?", name))
}
_CN_YUAN_MARK = re.compile(
    r"(?P<mark>"
    + "|".join(re.escape(k) for k in sorted(_YUAN_MARK, key=len, reverse=True))
    + r")\s?$",
    re.I,
)
#: between two amounts of one range or list (六万元以上六十万元以下, 一万至五万元): the second
#: is in the first one's currency
_CN_RANGE_GAP = re.compile(r"\s?(?:以上|以下|起)?\s?(?:至|到|~|～|-|－|—|–|、|或|及|和|以上)?\s?")
# Durations that news and notices both state ("within 30 days" / "30日内", "two hours" / "两小时").
_DURATION = {
    "hour": "h", "hours": "h", "小时": "h", "day": "d", "days": "d", "天": "d", "日内": "d",
    "working days": "wd", "working day": "wd", "个工作日": "wd", "工作日": "wd",
    "month": "mo", "months": "mo", "个月": "mo", "year": "y", "years": "y",
}  # fmt: skip

_NUM = r"\d+(?:[.,]\d+)*"
_EN_AMOUNT = re.compile(
    r"(?P<cur>us\$|\b(?:nt|t|hk|mop|s|a|c)\$|\b(?:twd|hkd|mop|sgd|aud|cad|gbp)\s?|\$|€|¥|£)?"
    rf"\s?(?P<num>{_NUM}|\b(?:"
    + "|".join(_EN_NUMBER_WORDS)
    + r")\b)(?:\s?(?P<mag>thousand|million|billion|trillion|bn|mn|tn|m)\b)?"
    r"(?:[\s-]?(?P<unit>per ?cent|percent|%|yuan|renminbi|rmb|(?:new )?taiwan dollars?"
    r"|nt dollars?|twd|(?:hong kong|hk|singapore|australian|canadian|us|u\.s\.) dollars?|patacas?"
    r"|dollars?|usd|euros?|eur|won|yen|cny|krw|hkd|mop|sgd|aud|cad|gbp"
    r"|working days?|hours?|days?|months?|years?)\b|(?P<pct>%))?",
    re.IGNORECASE,
)
#: :data:`_EN_AMOUNT` behind a lookahead of where an amount can open (same flags, so the same
#: case folding): a digit, a currency sign or the "u" of "us$"; a space right before a digit or a
#: number word (the optional space before the number); a word start on the first letter of a
#: currency code or a number word. The same matches, with the currency group not tried at every
#: position of a word.
_EN_AMOUNT_SCAN = re.compile(
    r"(?=[\d$€¥£u]|\s[\dotfsenh]|\b[otfsenhmacg])(?:" + _EN_AMOUNT.pattern + ")",
    _EN_AMOUNT.flags,
)
_CN_NUM = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
#: An amount in Chinese: a number (in digits or numerals), its magnitude (万, 亿; 亿 with the
#: 万 after it: 一亿二千万, 1亿2000万; 万 with the thousands or hundreds below it in numerals:
#: 一万五千元, 两万三千五百元), its unit. A currency is written after the number as 元 or as its
#: name (港元, 美元; 人民币, 美金, 日圆, 欧罗 in Hong Kong's and Taiwan's news).
_CN_AMOUNT = re.compile(
    rf"(?P<pct_words>百分之(?P<pnum>{_CN_NUM}))|(?P<num>{_CN_NUM})\s?(?P<mag>万亿|亿|万)?"
    rf"(?:(?<=亿)零?(?P<wan>{_CN_NUM})万)?"
    r"(?:(?<=万)零?(?P<below>[一二两三四五六七八九][千百][零〇一二两三四五六七八九十百]*))?\s?"
    r"(?P<unit>%|％|元|美元|美金|欧元|欧罗|韩元|韩圆|韩圜|日元|日圆|港元|港币|澳门元|澳门币"
    r"|新加坡元|新元|澳元|澳币|加元|加币|英镑|人民币|新台币|台币"
    r"|个工作日|工作日|小时|个月|日内|天)?"
)
#: :data:`_CN_AMOUNT` tried only where an amount opens (百分之, a digit, a numeral): the same
#: matches, not tried at every letter of an English text (:func:`_amounts_cn`)
_CN_AMOUNT_SCAN = re.compile(
    r"(?=[\d百零〇一二两三四五六七八九十千])(?:" + _CN_AMOUNT.pattern + ")"
)

_CN_DATE = re.compile(
    r"(?:(?P<year>\d{4})\s?年\s?)?(?P<month>\d{1,2})\s?月(?:\s?(?P<day>\d{1,2})\s?日)?"
)
_EN_DATE_MDY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?", re.I
)
_EN_DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b", re.I
)
_EN_DATE_MY = re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b", re.I)
#: The English dates behind a lookahead of where one can open (same flags): a word start on a
#: month's first letter, or on a digit (day first). The same matches, tried at fewer positions
#: (:func:`_dates`).
_MONTH_LETTERS = "".join(sorted({name[0] for name in MONTH_NUMBER}))
_EN_DATE_MDY_SCAN = re.compile(rf"(?=\b[{_MONTH_LETTERS}]){_EN_DATE_MDY.pattern}", re.I)
_EN_DATE_DMY_SCAN = re.compile(rf"(?=\b\d){_EN_DATE_DMY.pattern}", re.I)
_EN_DATE_MY_SCAN = re.compile(rf"(?=\b[{_MONTH_LETTERS}]){_EN_DATE_MY.pattern}", re.I)
# Days a text names relative to its publication: "on Tuesday", "as of Sunday", "since Saturday",
# "today" / 今日, 即日起, 自公布之日起 (a notice in force from the day it is published). Chinese
# ones are read in China's time. Not "from Monday", which may be a day to come.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_RELATIVE = re.compile(
    r"\b(?:(?:on|as\s+of|since) (?P<weekday>" + "|".join(_WEEKDAYS) + r")|(?P<today>today))\b",
    re.I,
)
_CN_TODAY = re.compile(r"今日|今天|本日|即日|自公布之日|自发布之日|自印发之日")
_CHINA_TIME = timezone(timedelta(hours=8))
# A text's own date, which says when it was issued or filed, not what the policy does: the date a
# notice closes with, after its issuer (国务院办公厅 2027年6月16日, 中华民国116年1月12日), and a
# news dateline ("BEIJING, June 18 --").
_CN_CLOSING_DATE = re.compile(
    r"(?:\d{2,4}\s?年\s?)?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日[\s。.]*$"
)
_EN_DATELINE = re.compile(
    rf"\b[A-Z]{{3,}}(?:[ -][A-Z]{{2,}})*,\s+(?i:{_MONTH})\s+(?P<day>\d{{1,2}})\s*(?:--|—|–)"
)
# A Chinese authority's answer about another government's measure speaks of 中方 (China's side)
# and the other side (日方, 美方): its subject is the other government's rule. The sides, as
# watchlist ids.
_CN_OWN_SIDE = "中方"
_CN_OTHER_SIDES = {
    "日方": "japan", "美方": "united-states", "欧方": "european-union",
    "欧盟方面": "european-union", "荷方": "netherlands", "韩方": "south-korea",
    "英方": "united-kingdom", "台湾方面": "taiwan",
}  # fmt: skip
_OWNER_NOUNS = (
    r"rules?|regulations?|requirements?|controls?|curbs?|bans?|restrictions?|measures?|"
    r"licen[cs]es?|licensing|laws?|sanctions|guidelines|standards?|regulators?|ministry|"
    r"ministries|commissions?|departments?|bureaus?|agency|agencies|watchdogs?|"
    r"administrations?|government|authority|authorities|cabinet|council|legislature|parliament"
)


def _owner_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """A government's word before a measure or an authority ("US licence rule")."""
    listed = sorted(set(words), key=lambda n: (-len(n), n))
    if not listed:
        return None
    return re.compile(
        r"(?<![\w.])(?P<place>"
        + "|".join(re.escape(n) for n in listed)
        + r")(?![\w'])\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:"
        + _OWNER_NOUNS
        + r")\b"
    )


# What a government or a place named as a sentence's subject does when it states a measure.
# Before the verb, a modal, an adverb or a hedge: "is said to", "reportedly", "is expected to",
# "is preparing to", a headline's "to" ("Guangdong to pay 30% ...").
_SUBJECT_VERBS = (
    r"(?:\s+(?:may|might|will|would|could|should|is|are|was|has|had|still|also|now|"
    r"again|formally|quietly|reportedly|(?:said|expected|set|poised|due|about|preparing|"
    r"planning|moving|understood|likely|ready)\s+to|to))*\s+(?:plan|propos|requir|issu|adopt|"
    r"weigh|mull|consider|eye|"
    r"ban|impos|finali[sz]|draft|consult|restrict|introduc|announc|tighten|widen|extend|add|"
    r"order|approv|confirm|licens|screen|subsidi[sz]|mandat|launch|unveil|roll|offer|refund|"
    r"pay|grant|fund|prepar|publish)\w*\b"
)
#: at a sentence's start (a line's start or after its end)
_SENTENCE_START = r"(?:(?<![^\n])|(?<=[.!?;:]\s))"


@dataclass(frozen=True, slots=True, eq=False)
class Governments:
    """The watchlist's governments in English words, to read them as a measure's owners.

    A government named alone as the subject that states a measure, at a sentence's start ("India
    may still require ...", "Britain proposed adding ...", "The EU plans to ...") owns it as
    "India's ministry" would (no authority need be named). Built by :func:`governments_of` from
    the watchlist's countries, regions and blocs and their aliases: a country is added to the
    reader by its watchlist entry. A government's word before a measure or an authority ("US
    licence rule", "Shanghai's transport commission") owns it too: the words come from
    ``config/owner_words.toml``.
    """

    #: English name -> watchlist id
    of: Mapping[str, str]
    subject: re.Pattern[str] | None
    #: owner word ("US", "China's", "Shanghai's") -> watchlist id
    owner_of: Mapping[str, str] = field(default_factory=dict)
    #: an owner word before a measure or an authority
    owner: re.Pattern[str] | None = None


def governments_of(
    names: Iterable[tuple[str, str]],
    roots: Iterable[str],
    owner_words: Iterable[tuple[str, str]] = (),
) -> Governments:
    """The reader of governments from (name, entity id) pairs of the watchlist.

    Args:
        names: each entity's name and aliases (``GroupingParams.entity_names``).
        roots: the ids that are governments of their own (countries, regions, blocs: the
            watchlist's broad entities without a parent); names of other ids are left out.
        owner_words: (word, government id) pairs that make a government own the measure or
            the authority they stand before (``config/owner_words.toml``,
            :func:`owner_words_of`); none by default.
    """
    keep = frozenset(roots)
    owner_of = {word: government for word, government in owner_words}
    owner = _owner_pattern(owner_of)
    of: dict[str, str] = {}
    for name, entity in names:
        # Latin names only; "the Netherlands" is read with or without its article.
        bare = re.sub(r"^(?:the|The)\s+", "", name.strip())
        if entity in keep and bare.isascii() and bare[:1].isupper():
            of[bare] = entity
    if not of:
        return Governments(of={}, subject=None, owner_of=owner_of, owner=owner)
    pattern = re.compile(
        _SENTENCE_START
        + r"(?:The\s+)?(?P<place>"
        + "|".join(re.escape(n) for n in sorted(of, key=len, reverse=True))
        + r")(?![\w'])"
        + _SUBJECT_VERBS
    )
    return Governments(of=of, subject=pattern, owner_of=owner_of, owner=owner)


def owner_words_of(table: Mapping[str, Iterable[str]]) -> tuple[tuple[str, str], ...]:
    """(word, government id) pairs of an ``[owners]`` table (government id -> its words)."""
    return tuple(sorted((str(w), str(gov)) for gov, words in table.items() for w in words))


def variants_of(table: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """(Taiwan's word, the mainland's) pairs of a ``[variants]`` table, longest first.

    Keys and values are read in simplified characters, as :func:`extract_evidence` reads a text.
    """
    pairs = {to_simplified(str(k)): to_simplified(str(v)) for k, v in table.items()}
    return tuple(sorted(pairs.items(), key=lambda kv: len(kv[0]), reverse=True))


#: the project's configuration, read once when no table is given (callers without settings:
#: tests, notebooks, the benchmarks' evidence stage); the pipeline hands the tables of the
#: settings' configuration folder in (``nlp.archive.params_of``)
_PROJECT_CONFIG = Path(__file__).resolve().parent.parent / "config"
#: watchlist types that are governments of their own when they have no parent
GOVERNMENT_TYPES = frozenset({"country", "region", "government"})


def _project_table(file: str, table: str) -> dict[str, Any]:
    with (_PROJECT_CONFIG / file).open("rb") as handle:
        found: dict[str, Any] = tomllib.load(handle).get(table, {})
    return found


@cache
def default_owner_words() -> tuple[tuple[str, str], ...]:
    """:func:`owner_words_of` on the project's ``config/owner_words.toml``."""
    return owner_words_of(_project_table("owner_words.toml", "owners"))


@cache
def default_governments() -> Governments:
    """:func:`governments_of` on the project's ``config/watchlist.toml`` and owner words."""
    from policywatch_core.config import load_watchlist

    items = load_watchlist(_PROJECT_CONFIG).items
    roots = {e.id for e in items if e.type in GOVERNMENT_TYPES and not e.parent}
    return governments_of(
        ((n, e.id) for e in items for n in (e.name, *e.aliases)), roots, default_owner_words()
    )


@dataclass(frozen=True, slots=True, eq=False)
class Roles:
    """The watchlist's authorities named by their role and their government's word.

    The watchlist lists "China's industry ministry" among MIIT's aliases: a report that has
    named China ("Beijing issues ...") and then writes "the industry ministry" names MIIT. Built
    by :func:`roles_of` from the watchlist's aliases and the owner words.
    """

    #: "the" and a role, lower case ("the industry ministry"), or None when there is none
    pattern: re.Pattern[str] | None
    #: (government id, role) -> watchlist id of the one authority of that role
    entity_of: Mapping[tuple[str, str], str]


#: a role of a city's or a province's body ("Beijing's city government"): a city's word is one
#: of its country's owner words, so the role would name that city's body in any city's news
_PLACE_ROLE = re.compile(r"\b(?:government|city|municipal|provincial|cabinet)\b")


def roles_of(names: Iterable[tuple[str, str]], owner_words: Iterable[tuple[str, str]]) -> Roles:
    """The roles of ``names`` ((alias, entity id) pairs) written after an owner word.

    An alias made of a government's owner word and a role in lower case ("China's industry
    ministry", "Chinese industry ministry": ``config/owner_words.toml``) gives that government's
    role; a role two entities of one government share names neither, and neither do the
    government itself and the bodies of its places (:data:`_PLACE_ROLE`).
    """
    words = sorted(owner_words, key=lambda wg: -len(wg[0]))
    found: dict[tuple[str, str], set[str]] = {}
    for name, entity in names:
        for word, government in words:
            if name.startswith(word + " "):
                role = re.sub(r"\s+", " ", name[len(word) + 1 :].strip())
                if (
                    entity != government
                    and re.fullmatch(r"[a-z][a-z' -]*[a-z]", role)
                    and not _PLACE_ROLE.search(role)
                ):
                    found.setdefault((government, role), set()).add(entity)
                break
    entity_of = {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}
    roles = sorted({role for _, role in entity_of}, key=lambda r: (-len(r), r))
    pattern = (
        re.compile(r"\b[Tt]he\s+(?P<role>" + "|".join(re.escape(r) for r in roles) + r")\b")
        if roles
        else None
    )
    return Roles(pattern=pattern, entity_of=entity_of)


@cache
def default_roles() -> Roles:
    """:func:`roles_of` on the project's ``config/watchlist.toml`` and owner words."""
    from policywatch_core.config import load_watchlist

    items = load_watchlist(_PROJECT_CONFIG).items
    return roles_of(((n, e.id) for e in items for n in (e.name, *e.aliases)), default_owner_words())


def role_entities(text: str, owners: frozenset[str], roles: Roles) -> frozenset[str]:
    """The authorities an English ``text`` names by role alone, under its one government.

    "the industry ministry" in a report whose measure is China's alone (``owners``: the
    governments it names as owners) is MIIT when the watchlist lists "China's industry ministry"
    for MIIT (:class:`Roles`); with no owner, or two, the role names no one.
    """
    if roles.pattern is None or len(owners) != 1:
        return frozenset()
    (government,) = owners
    found = {
        roles.entity_of[key]
        for m in roles.pattern.finditer(text)
        if (key := (government, m.group("role"))) in roles.entity_of
    }
    return frozenset(found)


@cache
def default_variants() -> tuple[tuple[str, str], ...]:
    """:func:`variants_of` on the project's ``config/zh_variants.toml``."""
    return variants_of(_project_table("zh_variants.toml", "variants"))


def mainland_words(text: str, variants: Iterable[tuple[str, str]] | None = None) -> str:
    """``text`` (in simplified characters) with Taiwan's words for things in the mainland's.

    人工智慧陪伴 -> 人工智能陪伴, 晶片 -> 芯片 (``variants``: :func:`default_variants`).
    """
    pairs = default_variants() if variants is None else tuple(variants)
    if not _HAN.search(text):
        return text
    for word, mainland in pairs:
        if word in text:
            text = text.replace(word, mainland)
    return text


_ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")

# Document numbers: 〔2026〕12号 with any issuer prefix, 公告2026年第58号, 令第20号; in English
# "No. 12 [2026]", "[2026] No. 12", "No. 58 of 2026", "Order No. 20".
_CN_DOCNO = re.compile(r"[〔\[［(（](?P<year>\d{4})[〕\]］)）]\s?第?(?P<num>\d{1,4})\s?号")
_CN_ANNOUNCEMENT = re.compile(r"(?P<year>\d{4})\s?年\s?第\s?(?P<num>\d{1,4})\s?号")
_CN_ORDER = re.compile(
    r"令\s?(?:[〔\[［(（]\d{4}[〕\]］)）]|\d{4}\s?年)?\s?第\s?(?P<num>\d{1,4})\s?号"
    r"|第\s?(?P<num2>\d{1,4})\s?号\s?令"
)
# Any Chinese document number "第N号" / "N号" closing a numbered document: its number alone, which
# English reports often give without the year ("Announcement No. 61", "Order No. 3").
_CN_ANY_NUMBER = re.compile(r"(?:[〕\]］)）]|年)\s?第?\s?(?P<num>\d{1,4})\s?号")
_EN_DOCNO = [
    re.compile(r"\bNo\.?\s?(?P<num>\d{1,4})\s?[\[(](?P<year>\d{4})[\])]"),
    re.compile(r"[\[(](?P<year>\d{4})[\])]\s?No\.?\s?(?P<num>\d{1,4})\b"),
    re.compile(r"\bNo\.?\s?(?P<num>\d{1,4}) of (?P<year>\d{4})\b"),
    # A Chinese document's number as the news transliterates it, its series in pinyin and no
    # "No." ("Yue Jiao Yun [2027] 14", "Guo Ban Fa (2026) 9"): a bracketed year then the number.
    re.compile(r"[\[(](?P<year>(?:19|20)\d{2})[\])]\s?(?P<num>\d{1,4})\b(?![.,]?\d)(?!\s?%)"),
]
_EN_ORDER = re.compile(r"\b(?:Order|Decree)\s+No\.?\s?(?P<num>\d{1,4})\b", re.I)
# A numbered document in English without its year ("Announcement No. 61", "Document No. 12").
_EN_ANY_NUMBER = re.compile(
    r"\b(?:Announcement|Notice|Circular|Order|Decree|Document|Decision|Regulation|Bulletin)"
    r"\s+No\.?\s?(?P<num>\d{1,4})\b",
    re.I,
)

# The kinds of policy action (config/signals.toml) and policy topics, in both languages. Short and
# written for this domain: a cue names a topic a notice and the news about it both state. A Latin
# cue matches at a word start ("subsid": subsidy, subsidies); one ending in "_" only as a whole
# word ("app_": not "apply").
_KIND_CUES: dict[str, tuple[str, ...]] = {
    "export-control": ("export control", "export licen", "banned from export", "ban on export",
                       "出口管制", "出口许可", "禁止出口", "限制出口"),
    "subsidy-funding": ("subsid", "rebate", "voucher", "funding",
                        "补贴", "安排资金", "经费", "算力券"),
    # 罚锾 / 裁处: a fine and its imposition as Taiwan's notices write them.
    "enforcement-fine": ("fine", "penalt", "罚款", "处罚", "罚锾", "裁处"),
    "approval-requirement": ("approval", "apply for", "sign-off", "licen", "permit_", "permits_",
                             "审批", "申请", "批准", "核准", "许可"),
    "data-security-rule": ("security assessment", "security review", "data transfer",
                           "data export", "cross-border transfer", "cybersecurity review",
                           "安全评估", "安全审查", "数据出境", "个人信息出境"),
    # 规则: rules, in the names of rules on both sides of the strait (管理规则).
    "law-regulation": ("rules", "measures", "regulation", "law", "办法", "规定", "条例", "法",
                       "规则",
                       # 管理规范: rules of an authority for those it oversees (…诊断管理规范),
                       # as 管理办法 and 管理规定 are; not 规范 alone, also a verb (为规范…)
                       "管理规范"),
    # 意见 as a document (关于...的意见, 指导意见), not 征求意见 (a consultation); plans issued as
    # documents (实施方案, 行动计划).
    "guidance-standard": ("standard", "guideline", "guidance", "opinions on", "action plan",
                          "implementation plan", "标准", "指南", "指引", "的意见", "指导意见",
                          "实施意见", "若干意见", "实施方案", "行动计划", "行动方案",
                          # a regulator's circular to the firms it supervises (通函, 通告 to
                          # banks): the document, not the adjective ("circular economy")
                          "circular to", "circular on", "circular requir", "circular tell",
                          "circular ask", "circular that", "circulars to", "circulars on",
                          "通函"),
    "investment-screening": ("investment review", "investment screening", "投资审查"),
    "antitrust": ("antitrust", "anti-monopoly", "反垄断"),
}  # fmt: skip
_TOPIC_CUES: dict[str, tuple[str, ...]] = {
    "labelling": ("label", "watermark", "标识", "水印",
                  # a mark on content as Hong Kong writes it (標示; not 标签, also a user's
                  # tag in recommendation rules), and the duty told with a verb: "require
                  # candidates to mark AI-generated images" (not "marks the first")
                  "标示", "mark ai-generated", "marks ai-generated", "marked as ai-generated",
                  "flag ai-generated", "flags ai-generated", "flagged as ai-generated"),
    # The annotation of training data ("data labelling" firms, 数据标注): another sense of
    # "labelling" than a label on content (its cues are not-cues of ``labelling``).
    "data-annotation": ("data labelling", "data labeling", "data labeller", "data labeler",
                        "data annotation", "data annotator", "annotation of training",
                        "labelling of training", "labeling of training", "数据标注", "标注数据",
                        "训练数据标注"),
    # 陪伴 in the names of AI companions (人工智能陪伴, AI陪伴, 陪伴型), not a person's company.
    "companion-ai": ("companion", "personalit", "anthropomorphic", "拟人", "人工智能陪伴",
                     "智能陪伴", "AI陪伴", "陪伴型", "陪伴机器人", "情感陪伴"),
    # Children by age as the news says it ("under-14s", "children under 16"), and what
    # protects them by age: checks of a user's age, a parent's consent or controls.
    "minors": ("minor", "under 18", "under-1", "children", "child_", "kids_", "teenager",
               "underage", "under-age", "age check", "age verif", "age assurance", "age gat",
               "verify age", "verify ages", "verify users' age", "verify the age",
               "verify their age", "parental consent", "parental control",
               "未成年", "儿童", "青少年", "未满十八", "未满18", "年龄验证", "年龄认证", "年龄核验",
               "防沉迷", "家长同意", "监护人同意"),
    # "ethical", "ethically" (AI research judged ethically high-risk) as well as "ethics".
    "ethics-review": ("ethics", "ethical", "伦理"),
    "travel": ("travel", "人员出境", "出国"),
    # the noun used before another ("model weight exports", "a model-weight rule") is singular
    "model-weights": ("weights", "model weight", "model-weight", "模型参数"),
    "chips": ("chip", "accelerator", "semiconductor", "gpu", "wafer", "fab_", "fabs_",
              "integrated circuit", "tape-out", "tape out", "tapeout", "芯片", "半导体", "加速卡",
              "加速设备", "图形处理器", "晶圆", "集成电路", "流片"),
    "memory-chips": ("high-bandwidth memory", "hbm_", "memory chip", "dram_", "nand_", "存储器",
                     "存储芯片", "高带宽存储", "内存"),
    # "compute centre" as the news also writes 算力中心 (not "compute" alone, a verb)
    "computing-centres": ("computing centre", "computing center", "compute centre",
                          "compute center", "data centre", "data center",
                          "computing power", "computing capacity", "computing voucher",
                          "算力", "计算中心", "数据中心"),
    "electricity": ("power price", "electricity", "kilowatt", "电价", "千瓦时"),
    "rare-earths": ("rare earth", "稀土"),
    "gallium-germanium": ("gallium", "germanium", "镓", "锗"),
    "livestreaming": ("livestream", "直播"),
    "robots": ("robot", "机器人"),
    "humanoids": ("humanoid", "人形机器人"),
    "algorithm-filing": ("filed", "filing", "regist", "备案"),
    # Money for research: a call, a grant, a fund. Not "research project" alone: the projects
    # a review or an ethics rule applies to are no funding.
    "research-funding": ("research grant", "research fund", "funding for research",
                         "call for", "申报指南", "重点专项"),
    "draft-consultation": ("draft", "comment", "consultation", "征求意见", "草案", "预告",
                           # Hong Kong's public consultation (展開公眾諮詢; not 接受公眾諮詢,
                           # the public's questions taken)
                           "展开公众咨询", "进行公众咨询", "开展公众咨询", "公众咨询期"),
    # What a denial says in either language: a spokesperson's answer (答记者问) that a report
    # is untrue, and the news that the authority denied it.
    "denial": ("deni", "untrue", "false report", "not true", "rumour", "rumor", "不实",
               "与事实不符", "不属实", "辟谣", "谣言", "网传"),
    "ai-law": ("ai law", "artificial intelligence law", "人工智能法"),
    # A top court's rules for the courts below it: its judicial interpretation (司法解释,
    # 关于审理……适用法律若干问题的解释; "the court's interpretation on ..."), not a reading of a
    # text in general ("her interpretation of the figures").
    "judicial-interpretation": ("judicial interpretation", "interpretation on",
                                "司法解释", "若干问题的解释", "适用法律问题的解释"),
    # A bill's readings: the mainland's 审议 by their order, Hong Kong's 首读 (首讀), Taiwan's
    # 一读通过 and 一读付委, and both's 二读, 三读 (二讀, 三讀; 院会三读通过, 恢复二读辩论), as
    # "first reading", "third reading" are (not 一读 alone, which ends other words: 逐一读取;
    # nor 再三读, reading again and again: _NOT_CUES).
    "legislative-reading": ("first reading", "second reading", "third reading", "初次审议",
                            "二次审议", "第二次审议", "三次审议", "第三次审议", "审议稿",
                            "首读", "一读通过", "一读付委", "二读", "三读"),
    "suspension": ("suspend", "suspension", "pause", "halt", "暂停", "中止", "暂缓"),
    # A publication licence is how China licenses games and books: the application to publish
    # (申请出版, 出版申请) and its approval number (版号).
    "licensing": ("licen", "permit_", "permits_", "许可证", "许可", "申请出版", "出版申请", "版号",
                  "出版审批",
                  # Hong Kong's word for a licensing regime (發牌制度: a regime issuing licences)
                  "发牌"),
    "large-models": ("large language model", "large model", "foundation model", "chatbot",
                     "generative ai", "generative artificial", "llm_", "llms_", "大模型",
                     "大语言模型", "生成式人工智能", "聊天机器人", "ai chat", "人工智能聊天",
                     "智能聊天"),
    "apps": ("app_", "apps_", "mobile application", "应用程序", "小程序", "移动应用", "聊天应用"),
    "autonomous-driving": ("autonomous driving", "self-driving", "driverless", "robotaxi",
                           "autonomous vehicle", "自动驾驶", "无人驾驶", "智能网联汽车"),
    # 无人驾驶航空器 is the legal name of a drone in Chinese rules; "low-altitude" routes.
    "drones": ("drone", "unmanned aerial", "unmanned aircraft", "low-altitude", "无人机",
               "无人驾驶航空器", "低空"),
    # Aircraft that carry passengers over a city: air taxis, by their rules' name in Chinese
    # (电动垂直起降航空器, eVTOL) or the news's.
    "air-taxis": ("air taxi", "air-taxi", "evtol", "flying car", "passenger drone",
                  "电动垂直起降", "垂直起降航空器", "载人航空器", "飞行汽车", "空中出租车"),
    # 授信 (a bank's granting of credit: 授信评分, credit scoring; 授信审批) as "credit".
    "credit-lending": ("loan", "lending", "lender", "credit", "贷款", "信贷", "放贷", "授信"),
    # Not "bank" / 银行 alone: they are in the central bank's name (People's Bank, 人民银行).
    "banks-finance": ("banks_", "banking", "commercial bank", "financial institution", "insurer",
                      "商业银行", "银行业", "银行机构", "金融机构", "保险"),
    "payments": ("payment", "支付"),
    "crypto": ("crypto", "stablecoin", "blockchain", "virtual currenc", "digital currenc",
               "虚拟货币", "稳定币", "区块链", "加密货币", "数字货币", "数字人民币"),
    # Orders placed by programs (程序化交易, 量化交易, 高频交易; "program trading", "quant
    # trading", "quant funds"): the securities regulator's subject, not 证券 alone (in its name).
    "program-trading": ("program trading", "programme trading", "programmatic trading",
                        "algorithmic trading", "algo trading", "quant trading",
                        "quantitative trading", "quant fund", "high-frequency trading",
                        "程序化交易", "量化交易", "高频交易"),
    "human-review": ("human review", "manual review", "human oversight", "human reviewer",
                     "人工复核", "人工审核", "人工干预"),
    # Imports, not customs: the customs agency's own name is an entity (gacc).
    "customs-imports": ("import_", "imports_", "imported_", "importer", "进口"),
    "declaration": ("declar", "申报"),
    # 换电 (battery swapping) names no battery in Chinese.
    "batteries": ("batter", "lithium", "cathode", "anode", "电池", "锂", "正极", "负极", "换电"),
    # 行动通讯 / 行动通信: mobile communications as Taiwan writes them (移动通信).
    "telecoms": ("telecom", "carrier", "mobile operator", "network operator", "电信", "移动通信",
                 "联通", "运营商", "行动通讯", "行动通信", "电信业务"),
    "domestic-supply": ("secure and controllable", "domestic", "homegrown", "home-grown",
                        "indigenous", "安全可控", "自主可控", "国产"),
    "foreign-supply": ("foreign", "abroad", "overseas", "境外", "国外", "外国", "海外", "外商",
                       "外资"),
    "lithography": ("lithograph", "photoresist", "光刻"),
    # 私隱 is privacy as Hong Kong writes it (私隱專員, 私隱影響評估), as "privacy" is in English
    "personal-data": ("personal information", "personal data", "privacy", "个人信息", "隐私",
                      "私隐"),
    # a face scan as the news words it ("face-scan gates", "scanning faces"), 刷脸
    "face-recognition": ("facial recognition", "face recognition", "人脸识别", "face scan",
                         "facial scan", "scanning faces", "刷脸"),
    "recommendation": ("recommendation algorithm", "algorithmic recommendation", "算法推荐",
                       "推荐算法"),
    "deep-synthesis": ("deepfake", "deep synthesis", "face swap", "深度合成", "换脸"),
    # Intimate images of a person shared without consent (an offence or a takedown duty): the
    # object both languages name (以人工智能生成的私密影像, "AI-generated intimate images").
    "intimate-images": ("intimate image", "intimate photo", "intimate video", "私密影像",
                        "私密图像", "私密图片", "私密照片", "私密视频"),
    # A conduct made a criminal offence (列为罪行, "make it a crime", "a criminal offence"): what
    # a bill amending a criminal law does. Not the boilerplate of a rule's penalty clause
    # (构成犯罪的，依法追究刑事责任), nor "an offence" under a regulation.
    "criminal-offence": ("criminal offence", "criminal offense", "a crime", "criminalis",
                         "criminaliz", "罪行"),
    # A list put out for objections before it is final (公示, "open for objections"): the
    # publicity step of a list of pilot firms, of model bases, of approvals.
    "publicity-list": ("公示", "for objections", "to objections", "publicity period"),
    # Tourism and its sites (文化旅游, 景区, "scenic sites"): not a person's travel abroad.
    "tourism": ("tourism", "tourist", "scenic", "文化旅游", "文旅", "景区", "旅游"),
    "open-source": ("open source", "open-source", "开源"),
    "quantum": ("quantum", "量子"),
    "satellites": ("satellite", "low-orbit", "low earth orbit", "卫星", "低轨"),
    "cloud": ("cloud comput", "cloud service", "cloud provider", "cloud platform", "云计算",
              "云服务", "云平台"),
    # Who may own a business: "foreign-invested", a cap on foreign ownership (外资股比).
    "foreign-ownership": ("foreign-invested", "foreign ownership", "foreign-owned",
                          "foreign stake", "majority stake", "外商投资", "外资", "外商独资",
                          "股比"),
    "electric-vehicles": ("electric vehicle", "electric car", "new energy vehicle", "ev_", "evs_",
                          "新能源汽车", "电动汽车"),
    # A game's licence or its approval is a game's ("AI checks for game licences"), not a
    # match's "game".
    "games": ("video game", "online game", "gaming", "in-game", "game compan", "game maker",
              "game developer", "game publisher", "gamer", "game licen", "game approval",
              "game studio", "网络游戏", "游戏"),
    # Schools and exams: the sitting of an exam and its proctoring (监考, "invigilators") are
    # education as much as a school is; not "example" (exam_ is a whole word).
    "education": ("school", "student", "teacher", "学校", "学生", "教师", "基础教育", "中小学",
                  "exam_", "exams_", "examination", "proctor", "invigilat", "考试", "监考",
                  "考生", "考场"),
    # A diagnosis and its care (AI-assisted diagnosis, 辅助诊断, 互联网诊疗): what rules on AI in
    # medicine act on; not 卫生健康, which is in the health authorities' names (卫生健康委).
    "healthcare": ("medical", "hospital", "patient", "health care", "diagnos", "医疗", "医院",
                   "患者", "诊断", "诊疗"),
    # Pollution and what plants emit (污染源, 排污单位, 排放; "emissions", "polluters", "smog");
    # not 生态环境 or 环境, which are in the environment authorities' names (生态环境部).
    "emissions": ("emission", "pollut", "smog", "污染", "排污", "排放"),
    # A court's judging (人工智能辅助审判, 裁判; "judges", "courtrooms", "adjudication"); not
    # 法院 / "court", which are in the courts' names (最高人民法院, Supreme People's Court), nor
    # "judged" (a project judged risky).
    "judging": ("judge_", "judges_", "courtroom", "adjudicat", "审判", "裁判"),
    # 雇主, 雇员 as "employer", "employee" (not 员工, any firm's staff)
    "workers": ("worker", "employ", "labour", "labor", "劳动者", "就业", "用工", "雇主", "雇员"),
    "vouchers": ("voucher", "coupon", "算力券", "消费券", "代金券", "优惠券"),
    # Devices consumers buy (AI phones, PCs, smart glasses; 人工智能终端), not a firm's equipment.
    "consumer-devices": ("smartphone", "phone_", "phones_", "handset", "laptop", "pc_", "pcs_",
                         "personal computer", "tablet computer", "smart glasses", "wearable",
                         "gadget", "consumer electronics", "手机", "电脑", "智能终端",
                         "人工智能终端", "智能眼镜", "可穿戴", "消费电子",
                         # 人工智能终端 as the news translates it ("AI terminal pilot
                         # companies", "AI device makers")
                         "ai terminal", "ai device"),
    # Money for consumers' purchases: trade-in schemes, purchase subsidies (以旧换新).
    "consumer-subsidies": ("trade-in", "consumer subsid", "subsidies for consumers",
                           "subsidies to consumers", "purchase subsid", "consumers buying",
                           "以旧换新", "消费补贴", "购置补贴", "购机补贴", "购新补贴",
                           "消费者购买"),
    "small-firms": ("small and medium", "small firm", "small compan", "small business",
                    "start-up", "startup", "smes_", "sme_", "中小企业", "小微企业", "初创"),
    # Data held by government bodies, opened to companies for a fee (公共数据授权运营).
    "public-data": ("public data", "government data", "公共数据", "政务数据"),
    # Bodies that certify (a product, a cloud service, a data transfer) and their certificates.
    "certification": ("certif", "认证机构", "认证证书", "认证活动"),
    # A measure whose object is a list of named companies (an export control list, the Entity
    # List, an unreliable entity list), not a class of goods or equipment.
    "company-list": ("entity list", "control list", "blacklist", "black list", "unreliable entit",
                     "管控名单", "实体清单", "不可靠实体清单", "黑名单"),
    # A product's safety, and who answers for the harm an unsafe product does (a product
    # liability law: 产品责任).
    "product-safety": ("safety requirement", "safety rule", "safety standard", "安全技术要求",
                       "安全要求", "product liability", "产品责任"),
    # Where a measure applies when it is a zone of trial openings (a pilot free trade zone, a
    # free trade port), not a place's name: 自由贸易试验区 / "free trade zone", "pilot zones".
    "trade-zones": ("free trade zone", "free-trade zone", "free trade area", "free trade port",
                    "pilot zone", "pilot free trade", "trade zone", "ftz_", "ftzs_",
                    "自由贸易试验区", "自贸试验区", "自贸区", "自由贸易港", "自贸港",
                    # a zone set up to try a technology's uses first (先导区, 先行区, 示范区,
                    # "demonstration zone"); not a demonstration route or project (示范线路)
                    "demonstration zone", "先导区", "先行区", "示范区"),
    # A list of what is barred or needs approval, all else free (外商投资准入负面清单, a data
    # export negative list).
    "negative-list": ("negative list", "负面清单"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one text states that another language can check."""

    entities: frozenset[str] = frozenset()
    doc_numbers: frozenset[str] = frozenset()
    amounts: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()  # "--03-01": month and day (years are often left out)
    months: frozenset[str] = frozenset()  # "2027-03"
    kinds: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    #: of ``days``, those that are the text's own date (its closing date, its dateline, a day
    #: named relative to its publication): when they are all a text states, a different day in
    #: the other text is no contradiction
    own_days: frozenset[str] = frozenset()
    #: of ``days``, those a consultation states as its comment deadline (:func:`deadline_days`):
    #: a day of the procedure, read as the text's own date against a text whose days all come
    #: after it (the final rule is adopted and applies after comments close)
    deadlines: frozenset[str] = frozenset()
    #: the other governments a reaction to their measure names (:func:`reaction_sides`), which
    #: are then its only names; empty for any other text
    reacts_to: frozenset[str] = frozenset()
    #: the day a Chinese text that states no date of its own was published (a notice is issued
    #: that day): one of its days only when the other text states that day as a fact, not as its
    #: own date (two texts' own days agreeing say no more than that they are near in time)
    issued: frozenset[str] = frozenset()
    #: the governments whose measure the text speaks of (watchlist ids of countries, regions,
    #: blocs): those of the authorities it names (``jurisdiction_of``) and, in English, those
    #: that own a measure or an authority in its words ("US licence rule", "Taiwan's
    #: regulator"); a reaction's, the other sides'. Two texts whose owners share none speak of
    #: two governments' measures (:func:`agreement`).
    owners: frozenset[str] = frozenset()
    #: the places below a country (a province, a city; :class:`Places`) that issue the measure
    #: the text speaks of: a notice's issuer ("江苏省工业和信息化厅关于..."), in English a place
    #: owning a measure or an authority ("Jiangsu's industry department", "Jiangsu issued ...").
    #: Not the places of a rule it cites ("为贯彻落实工业和信息化部《...》"): a province's rule
    #: implementing a central one is its own measure.
    places: frozenset[str] = frozenset()
    #: every place of :class:`Places` the text names, in any role
    named_places: frozenset[str] = frozenset()
    #: subjects (topics) the text states only where it names another measure as separate from
    #: its own ("separate measures on renewing AI service filings", "另行制定"): background of
    #: the report, not its news (:func:`aside_topics`)
    aside: frozenset[str] = frozenset()
    #: the laws the text promulgates, enacts, amends or puts in force, named by their title
    #: (总统令 "兹增订…法第…条条文，公布之", 《…法》…施行; "signed the ... Act into law"), each
    #: as the subjects its title states, joined by "+" ("minors", "companion-ai+minors";
    #: :func:`own_laws`): a title the text cites ("under the ... Act", 依据《…法》) is not its own
    laws: frozenset[str] = frozenset()
    #: what a Chinese official text names that a later act under the same rule cites
    #: (:func:`act_keys`): a document's title in title marks, a document number with its
    #: series, a national standard's number, the day a measure takes effect. Looked up, not
    #: scored: a late act finds the development it belongs to by them (``nlp.cluster``)
    acts: frozenset[str] = frozenset()
    #: how many entries a list the text tells of holds (:func:`list_sizes`): 九个模型 and
    #: "nine approved AI models" in a text speaking of a list, or the count of a batch the
    #: text publishes (首批…32项, "the first batch of 32 services"). Compared only when shared (a
    #: list's size one text leaves out or counts otherwise says nothing against the other).
    list_sizes: frozenset[str] = frozenset()
    #: the names the text writes in Latin letters (:func:`latin_names`): in a Chinese text the
    #: acronyms, marks and company names it leaves untranslated (FCA, CCC, TikTok); in an English
    #: one its capitalised words and acronyms and the initials of its capitalised names
    #: (Electronic Arts: EA). Read by the news join only (:func:`same_act_news`).
    names: frozenset[str] = frozenset()
    #: what the text's measure acts on, in either language (:func:`news_objects`): its
    #: subject topics without the steps, and the objects of :data:`_OBJECT_CUES`. Read by the
    #: news join only.
    objects: frozenset[str] = frozenset()
    #: the foreign authorities off the watchlist the text names, in Chinese or in English
    #: (:func:`named_authorities`, ``config/foreign_authorities.toml``), by their keys: the
    #: FCC of 美国联邦通信委员会 and of "Federal Communications Commission". Read by the news
    #: join only, as its "who".
    authorities: frozenset[str] = frozenset()
    #: each year-and-number a Chinese text writes in its series (:func:`numbered_keys`):
    #: "2028-6@琼旅文规" for 琼旅文规〔2028〕6号, "2028-6@国家邮政局公告" for an announcement
    #: numbered under its issuer's heading, "2028-6@公告" for one cited with no issuer
    numbered: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Agreement:
    """How far two texts' evidence agrees: a score in (0, 1) and its parts.

    Each part is in [-1, 1] (agree: positive; contradict: negative) or absent when one side states
    nothing of that kind.
    """

    score: float
    parts: dict[str, float] = field(default_factory=dict)


# Weights of the parts in the score's log-odds, and its bias: set by reasoning about what each
# part means (a shared document number is near proof; one shared agency is common between
# different developments), then revised once after reading the scores on the pairs of
# tests/fixtures/crosslingual (docs/decisions/2026-12-02-crosslingual-evidence.md). Not fitted.
WEIGHTS = {
    "doc_number": 3.0,
    "amounts": 1.5,
    "days": 1.0,
    "months": 0.5,
    "entities": 1.5,
    "kinds": 0.5,
    "topics": 2.0,
    # Only ever -1 (two governments' measures): it counts against, never for; only a shared
    # document number with several other parts agreeing outweighs it.
    "owners": 3.0,
    # One law named by its title on both sides: a fact of the measure, as a figure is.
    "laws": 1.5,
    # One document named by its title or its numbered series in both (a rule and a fine or a
    # suspension under it): only ever +1, as two texts may name a measure differently.
    "acts": 1.5,
    # One list's size both state (nine models, 120 projects): a figure of the act, as an
    # amount is; only ever +1.
    "list_size": 1.5,
    # One place below the country both say issues the measure (a province's notice and
    # "Guizhou's government has issued ..."): who acts, whatever the document is called. Only
    # ever +1, and weighed as one kind of action shared: with one subject alone its agreement
    # stays under the join line. Not so in a join (:func:`best_join`): published within
    # NEAR_DAYS of each other the pair gains NEAR_WEIGHT and passes the line, and the place
    # counts there as a shared name, so a notice and its news of the next day that share the
    # place and one subject join.
    "places": 0.5,
}
BIAS = -1.5
#: Weight of publication within :data:`NEAR_DAYS` of each other, in a join (:func:`best_join`):
#: the news of an official notice mostly follows it the same or the next day. Not a text's
#: evidence (:func:`agreement` leaves it out, so stories months apart are unaffected), and not a
#: part that can carry a join alone (:data:`NON_ENTITY_PARTS`).
NEAR_WEIGHT = 0.75
NEAR_DAYS = 1.5


def _parse_cn_number(text: str) -> float | None:
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return float(total + current)


def _parse_en_number(text: str) -> float | None:
    low = text.lower()
    if low in _EN_NUMBER_WORDS:
        return float(_EN_NUMBER_WORDS[low])
    cleaned = text.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _amount_key(value: float, unit: str) -> str:
    """An amount's key: three significant digits with its unit, a count's exactly.

    Money, a percentage, a span of time are told rounded ("5 billion yuan", 50亿元); a count (no
    unit) is keyed exactly (1,126宗 is not "1,134 companies"), to the float's own precision
    (1.13 million and 113万 are both 1130000).
    """
    return f"{value:.12g}" if unit == "" else f"{value:.3g}{unit}"


def _is_year(value: float, unit: str) -> bool:
    return unit == "" and 1900 <= value <= 2100 and value == int(value)


# After a duration, words that make it time passed between events ("two weeks ago", "four
# months after"), which a notice does not state; "after" only after months or years ("within 30
# days after receipt" is a deadline).
_ELAPSED = re.compile(r"\s+(?:ago|later|earlier)\b", re.I)
_ELAPSED_LONG = re.compile(r"\s+after\b", re.I)


def _amounts_en(text: str) -> set[str]:
    found: set[str] = set()
    for m in _EN_AMOUNT_SCAN.finditer(text):
        value = _parse_en_number(m.group("num"))
        if value is None:
            continue
        cur = (m.group("cur") or "").lower()
        mag = (m.group("mag") or "").lower()
        unit_word = (m.group("unit") or m.group("pct") or "").lower().removeprefix("new ")
        if mag == "m" and not cur and unit_word not in _CURRENCY:
            mag = ""  # "5 m" of distance, not millions
        unit = ""
        if unit_word in ("%", "percent") or unit_word.replace(" ", "") == "percent":
            unit = "%"
        elif unit_word in _CURRENCY or cur.strip() in _CURRENCY:
            unit = _CURRENCY.get(unit_word) or _CURRENCY[cur.strip()]
        elif unit_word:
            unit = _DURATION.get(unit_word, "")
            if (
                not unit
                or _ELAPSED.match(text, m.end())
                or (unit in ("mo", "y") and _ELAPSED_LONG.match(text, m.end()))
            ):
                continue  # "four months after the denial": time passed, not the policy's figure
        value *= _EN_MAGNITUDE.get(mag, 1.0)
        if not unit and not mag:
            continue  # a bare number: too often a count, a page or a year
        found.add(_amount_key(value, unit))
    return found


#: a word between a count and the plural noun it counts, in any case, a quoted name's word
#: with its quote ("Hong Kong", "'digital farewell'"): :data:`_EN_COUNT`, :data:`_EN_LISTED`
#: (both case-folded)
_EN_COUNTED_WORD = r"(?:['‘\"“]?[a-z][\w'-]*['’\"”]?\s+)"
#: a count written in digits with thousands separators before what it counts, a word or two
#: between ("100,000 small manufacturers", "12,000 nursing homes", "1,126 Hong Kong drivers"):
#: the figure Chinese writes 10万家中小企业, read as a count (no unit)
_EN_COUNT = re.compile(
    r"(?<![\w$€¥£.,])(?P<num>\d{1,3}(?:,\d{3})+)(?![.,]?\d)"
    rf"(?=\s+{_EN_COUNTED_WORD}{{0,2}}?[a-z][a-z-]*s\b)",
    re.IGNORECASE,
)
#: a currency before a count's digits: an amount of money, read as one (:func:`_amounts_en`)
_EN_CURRENCY_BEFORE = re.compile(r"(?:us\$|nt\$|\$|€|¥|£)\s?$", re.I)


#: the prefix of a count of the authorities issuing a measure together in :attr:`Evidence.amounts`
#: ("issuers:5": "five ministries", 五部门, 5部委)
ISSUERS_KEY = "issuers:"
_ISSUER_WORDS_EN = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_ISSUER_WORDS_CN = dict(zip("两二三四五六七八九十", (2, 2, 3, 4, 5, 6, 7, 8, 9, 10), strict=True))
_EN_ISSUERS = re.compile(
    r"\b(?P<num>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:(?:Chinese|central|government|national|state)\s+)?"
    r"(?:ministries|departments|agencies|regulators|authorities|government\s+bodies)\b",
    re.I,
)
_CN_ISSUERS = re.compile(
    r"等?(?P<num>十[一二]?|[两二三四五六七八九十]|\d{1,2})(?:个)?(?:部门|部委)"
)
#: A joint notice's heading: its issuers one after another, apart by a space, a line's end or
#: 、, before 关于
#: (教育部 中央网信办 工业和信息化部 公安部 市场监管总局关于……的通知): it counts them as its
#: news does ("five ministries"), though it writes no number.
_CN_BODY_END = r"(?:部|委|委员会|局|总局|署|厅|办|办公室|办公厅|司|院|行|政府)"
_CN_JOINT_HEADING = re.compile(
    rf"^\s*(?P<list>[{HAN}]{{2,20}}?{_CN_BODY_END}"
    rf"(?:(?:\s+|、)[{HAN}]{{2,20}}?{_CN_BODY_END})+)(?=关于)"
)
_CN_HEADING_GAP = re.compile(r"\s+|、")
#: :data:`_EN_ISSUERS` tried only at a word start on a number's first letter or a digit (same
#: flags): the same matches (:func:`issuer_counts`)
_EN_ISSUERS_SCAN = re.compile(r"(?=\b[tfsen\d])(?:" + _EN_ISSUERS.pattern + ")", _EN_ISSUERS.flags)


def issuer_counts(text: str) -> set[str]:
    """How many authorities issue a measure together, as the text counts them (:data:`ISSUERS_KEY`).

    A joint notice lists its issuers (文化和旅游部等五部门联合印发, or one after another in its
    heading, :data:`_CN_JOINT_HEADING`) and its news counts them ("Five ministries jointly
    issued ..."): the count is a figure both state.
    """
    found: set[str] = set()
    for m in _EN_ISSUERS_SCAN.finditer(text):
        word = m.group("num").lower()
        value = int(word) if word.isdigit() else _ISSUER_WORDS_EN[word]
        if value >= 2:
            found.add(f"{ISSUERS_KEY}{value}")
    for m in _CN_ISSUERS.finditer(text) if "部" in text else ():  # every match holds 部
        num = m.group("num")
        if num.isdigit():
            value = int(num)
        elif len(num) == 2:
            value = 10 + _ISSUER_WORDS_CN[num[1]]
        else:
            value = _ISSUER_WORDS_CN[num]
        if value >= 2:
            found.add(f"{ISSUERS_KEY}{value}")
    heading = _CN_JOINT_HEADING.match(text)
    if heading is not None:
        # each issuer once: a site's header line then the title that opens with the same body
        # (工业和信息化部\n工业和信息化部关于……) is one issuer, no joint heading
        issuers = set(_CN_HEADING_GAP.split(heading.group("list")))
        if len(issuers) >= 2:
            found.add(f"{ISSUERS_KEY}{len(issuers)}")
    return found


def comparable_amounts(
    one: frozenset[str], other: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The amounts two texts are compared on: a count of issuers only when both state one.

    A notice that does not count its issuers ("five ministries") states no other number of
    them; the count then neither agrees nor disagrees with its figures.
    """
    if any(a.startswith(ISSUERS_KEY) for a in one) and any(
        a.startswith(ISSUERS_KEY) for a in other
    ):
        return one, other
    return (
        frozenset(a for a in one if not a.startswith(ISSUERS_KEY)),
        frozenset(a for a in other if not a.startswith(ISSUERS_KEY)),
    )


def _counts_en(text: str) -> set[str]:
    """The counts an English text writes in digits before the noun they count (no unit).

    Not an amount :func:`_amounts_en` reads (money, a percentage, a duration, "5,000
    million"), nor one after a currency sign.
    """
    found: set[str] = set()
    for m in _EN_COUNT.finditer(text):
        amount = _EN_AMOUNT.match(text, m.start())
        if amount is not None and (
            amount.group("mag") or amount.group("unit") or amount.group("pct")
        ):
            continue
        if _EN_CURRENCY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue
        value = _parse_en_number(m.group("num"))
        if value is not None:
            found.add(_amount_key(value, ""))
    return found


#: A period of days told with 日 after 为期 or 期限 (为期四十五日的公开咨询, 征求意见期限为30日):
#: a duration, as 四十五天 is. 日 alone after a number is a day of the month (9月1日), not read.
#: So too a number of 日 after a bound (保存期限不少于九十日, 不超过三十日): a day of the month is
#: never at least or at most.
_CN_DAYS_BOUND = r"(?:不少于|不得少于|不低于|不超过|不得超过|不多于|至少|最长|最多|最少)"
_CN_PERIOD_DAYS = re.compile(
    rf"(?:(?:为期|期限为?|期为)\s?{_CN_DAYS_BOUND}?|{_CN_DAYS_BOUND})\s?(?P<num>{_CN_NUM})\s?日(?!内)"
)
#: The term of a pilot or a trial, named before 期 (试点期两年: "a two-year pilot", 试行期一年),
#: which its news states; not 期 alone (a period's 第一期, 同期), nor a measure's validity
#: (有效期三年), a figure its news mostly leaves out and then reads against its other figures.
_CN_TERM = r"(?:试点|试行)"
#: A period of years told after 为期 (为期五年的研究计划: "a five-year research plan") or a term
#: (:data:`_CN_TERM`); 年 alone after a number is a year (2027年), not read. Hours of a course
#: told as 课时 or 学时 (8课时 of training: "eight hours").
_CN_PERIOD_YEARS = re.compile(rf"(?:为期|期限为?|期为|{_CN_TERM}期)\s?(?P<num>{_CN_NUM})\s?年")
_CN_CLASS_HOURS = re.compile(rf"(?P<num>{_CN_NUM})\s?(?:个)?(?:课时|学时)")
#: The years a plan runs, told before what it is (三年行动计划, 五年规划, 三年行动方案): the
#: figure its English news writes "a three-year plan", whatever the plan is called; a year's
#: number (2028年计划, 二〇二六年工作计划: 〇 or 零 is a year's) is not read, nor a year of a
#: plan or the years before one (第二年计划, 近三年规划, 前两年方案, 每年计划) or the tail of a
#: longer number. 计画 is 計畫 (Taiwan's 三年計畫) after the variants map.
_CN_PLAN_YEARS = re.compile(
    rf"(?<![第近前后每\d〇零一二两三四五六七八九十百千])(?P<num>{_CN_NUM})\s?年"
    r"(?:行动|攻坚|专项|工作)?(?:计划|规划|方案|计画)"
)
#: The years a plan runs, told as the span its title brackets (纲要（2028—2032年）, 行动方案
#: （2030-2032）): as many years as the span holds, both ends counted (five, three), the figure
#: its English news writes "a five-year outline", whatever the document is called. The bracket
#: follows a Chinese character or a title's close (》, 〉): not an English tenure or range
#: ("Jane Doe (2019-2023) said"); where it stands is checked by :func:`_own_title_span`. A span
#: in no brackets (2028年至2032年 in a sentence: a period the text tells of) is not read, nor a
#: span of 年度 (2041—2042年度, 学年度: one fiscal or academic year). The dashes are those NFKC
#: leaves apart (— – ― ‒ − 〜 ⸺), and ～ and － besides (NFKC's ~ and -).
_CN_YEAR_SPAN = re.compile(
    rf"(?<=[{HAN}》〉])[(（]\s?(?P<start>\d{{4}})\s?年?\s?[—–―‒−〜⸺\-－~～至到]{{1,2}}\s?"
    r"(?P<end>\d{4})\s?年?\s?[)）]"
)
#: A count of a thousand or more in digits before its measure word (账号1260个, 1,200家企业;
#: 宗, the cases Hong Kong and Macau count: 共偵測到1,126宗越線個案): the figure English writes
#: "1,260 accounts" (:data:`_EN_COUNT`), read as a count (no unit). Not an ordinal (第1,234宗,
#: 第1200个: one case's number), nor 宗 opening a word of its own (宗教, 宗旨, 宗族, 宗亲, 宗师,
#: 宗派: 1,200宗教活动场所 counts places, 2041宗教事务条例 is a year).
_CN_COUNT = re.compile(
    r"(?<![\d.,，第])(?P<num>\d{1,3}(?:,\d{3})+|[1-9]\d{3,})(?![\d.,])\s?"
    r"(?=[个家条款件起名所项台辆户]|宗(?![教旨族亲师派]))"
)


def _own_title_span(text: str, at: int) -> bool:
    """Whether the bracketed span of years at ``at`` is in the text's own title.

    In a title: within 《…》 or 〈…〉 or right after one (现将《某纲要（2041—2045年）》印发给你们),
    or in the clause the text opens with (its headline) or one telling what it is about
    (关于印发某规划（2041—2045年）的通知). Not in a clause citing another document (依据《某规划
    （2021—2025年）》, 为贯彻落实…: that document's years, not its own), nor in a sentence of
    the body (“十四五”时期（2021—2025年）, a period the text tells of).
    """
    if _cited(text, at):
        return False
    opened = max(text.rfind("《", 0, at), text.rfind("〈", 0, at))
    closed = max(text.rfind("》", 0, at), text.rfind("〉", 0, at))
    if opened > closed or (at > 0 and text[at - 1] in "》〉"):
        return True
    start = max(text.rfind(mark, 0, at) for mark in "，。；：,;\n") + 1
    return start == 0 or "关于" in text[start:at]


def _amounts_cn(text: str) -> set[str]:
    found: set[str] = set()
    for m in _CN_PERIOD_DAYS.finditer(text):
        value = _parse_cn_number(m.group("num"))
        if value is not None and 0 < value <= 31 * 12:
            found.add(_amount_key(value, "d"))
    for pattern, unit in ((_CN_PERIOD_YEARS, "y"), (_CN_CLASS_HOURS, "h")):
        for m in pattern.finditer(text):
            value = _parse_cn_number(m.group("num"))
            if value is not None and 0 < value <= 100:
                found.add(_amount_key(value, unit))
    for m in _CN_PLAN_YEARS.finditer(text):
        if "〇" in m.group("num") or "零" in m.group("num"):
            continue
        value = _parse_cn_number(m.group("num"))
        if value is not None and 1 < value <= 10:
            found.add(_amount_key(value, "y"))
    for m in _CN_YEAR_SPAN.finditer(text):
        span = int(m.group("end")) - int(m.group("start")) + 1
        if 1 < span <= 10 and _own_title_span(text, m.start()):
            found.add(_amount_key(float(span), "y"))
    for m in _CN_COUNT.finditer(text):
        found.add(_amount_key(float(m.group("num").replace(",", "")), ""))
    # The currency of the amount before, with where it ended: a range's second end is in it.
    last_unit, last_end = "", -1
    for m in _CN_AMOUNT_SCAN.finditer(text):
        if m.group("pct_words"):
            value = _parse_cn_number(m.group("pnum"))
            if value is not None:
                found.add(_amount_key(value, "%"))
            continue
        value = _parse_cn_number(m.group("num"))
        if value is None:
            continue
        mag, unit_word = m.group("mag") or "", m.group("unit") or ""
        if not mag and not unit_word:
            continue
        if unit_word == "天" and value > 31 * 12:
            continue
        unit = (
            "%"
            if unit_word in ("%", "％")
            else _CURRENCY.get(unit_word) or _DURATION.get(unit_word, "")
        )
        mark = _CN_YUAN_MARK.search(text, max(0, m.start() - 6), m.start())
        if unit == "CNY" and mark is not None:
            # 新台币二千五百万元, 港币320万元: Taiwan's or Hong Kong's dollars, counted in 元 too
            unit = _YUAN_MARK[mark.group("mark").lower()]
        elif (
            unit == "CNY"
            and last_unit in _YUAN_COUNTED
            and _CN_RANGE_GAP.fullmatch(text, last_end, m.start())
        ):
            # the second end of a range in them (新台币六万元以上六十万元以下)
            unit = last_unit
        if unit:
            last_unit, last_end = unit, m.end()
        value *= _CN_MAGNITUDE.get(mag, 1.0)
        if m.group("wan") and (below := _parse_cn_number(m.group("wan"))) is not None:
            value += below * 1e4  # 一亿二千万: the 万 under the 亿
        if m.group("below") and (below := _parse_cn_number(m.group("below"))) is not None:
            value += below  # 一万五千元: the thousands under the 万
        if not unit and not mag:
            continue
        found.add(_amount_key(value, unit))
    return found


def _dates(text: str) -> tuple[set[str], set[str]]:
    days: set[str] = set()
    months: set[str] = set()

    def add(year: str | None, month: int, day: str | None) -> None:
        if not 1 <= month <= 12:
            return
        if day is not None and 1 <= int(day) <= 31:
            days.add(f"--{month:02d}-{int(day):02d}")
        if year is not None:
            months.add(f"{year}-{month:02d}")

    if "月" in text:  # every Chinese date holds its 月
        for m in _CN_DATE.finditer(text):
            add(m.group("year"), int(m.group("month")), m.group("day"))
    for m in _ISO_DATE.finditer(text):
        add(m.group("year"), int(m.group("month")), m.group("day"))
    for pattern in (_EN_DATE_MDY_SCAN, _EN_DATE_DMY_SCAN):
        for m in pattern.finditer(text):
            add(m.group("year"), MONTH_NUMBER[m.group("month").lower()], m.group("day"))
    for m in _EN_DATE_MY_SCAN.finditer(text):
        add(m.group("year"), MONTH_NUMBER[m.group("month").lower()], None)
    return days, months


def _relative_days(text: str, published: datetime) -> set[str]:
    """The days ``text`` names relative to its publication ("on Tuesday": the last Tuesday)."""
    found: set[datetime] = set()
    local = published if published.tzinfo is not None else published.replace(tzinfo=UTC)
    for m in _EN_RELATIVE.finditer(text):
        if m.group("today"):
            found.add(local)
        else:
            back = (local.weekday() - _WEEKDAYS.index(m.group("weekday").lower())) % 7
            found.add(local - timedelta(days=back))
    if _CN_TODAY.search(text):
        found.add(local.astimezone(_CHINA_TIME))
    return {f"--{d.month:02d}-{d.day:02d}" for d in found}


def _own_days(text: str) -> set[str]:
    """The days ``text`` states as its own date: a closing date, a dateline."""
    found: set[str] = set()
    closing = _CN_CLOSING_DATE.search(text.rstrip()[-40:])
    if closing is not None:
        found.add(f"--{int(closing.group('month')):02d}-{int(closing.group('day')):02d}")
    for m in _EN_DATELINE.finditer(text[:400]):
        found.add(f"--{MONTH_NUMBER[m.group('month').lower()]:02d}-{int(m.group('day')):02d}")
    return found


#: a consultation's comment deadline, in Chinese: a clause of feedback or comments (意见, 反馈)
#: that closes (截止, 截至) or asks for them before a day (请于…前反馈), the comments named
#: between the day and the verb (请于5月14日前将意见反馈至秘书处, 前将书面意见寄送; 將 as the
#: traditional script writes it)
_CN_FEEDBACK = re.compile(r"意见|反馈")
_CN_DEADLINE = re.compile(
    r"截止|截至|之?前(?:[将將][^，。；]{0,12}?意见(?:和建议)?)?(?:反馈|提出|提交|发送|寄送|报送)"
)
_CN_CLAUSE_SPLIT = re.compile(r"[，。；,;\n]")
#: in English: comments (feedback, submissions) due, taken or accepted until a day, a
#: consultation or comment period closing or running until it, a deadline for comments
_EN_DEADLINE = re.compile(
    r"\b(?:comments?|feedback|submissions?|views)\b[^.;]{0,40}?"
    r"\b(?:due|until|till|by|before|close[sd]?|closing|end(?:s|ed)?|deadline)\b"
    r"|\b(?:consultation|comment\s+period|comment\s+window)\b[^.;]{0,30}?"
    r"\b(?:close[sd]?|closing|end(?:s|ed)?|runs?\s+(?:until|till|to|through)|until|till)\b"
    r"|\bdeadline\s+for\s+(?:comments?|feedback|submissions?|views)\b",
    re.I,
)
_EN_DEADLINE_REACH = re.compile(r"[^.;,]{0,30}")


def deadline_days(text: str) -> set[str]:
    """The days ``text`` states as a consultation's comment deadline (``--MM-DD``).

    意见反馈截止时间为2027年4月1日, 请于4月1日前反馈意见; "comments are due by April 1", "is
    taking comments until April 1", "the consultation closes on April 1". A day of the procedure,
    not of the measure: the final rule states later days (its adoption, its effect), which do
    not contradict it (:attr:`Evidence.deadlines`). An application deadline (申报截止时间,
    "applications close") is not one: it is a fact of the call.
    """
    found: set[str] = set()
    if _HAN.search(text):
        for clause in _CN_CLAUSE_SPLIT.split(text):
            if _CN_FEEDBACK.search(clause) and _CN_DEADLINE.search(clause):
                found |= _dates(clause)[0]
    for m in _EN_DEADLINE.finditer(text):
        reach = _EN_DEADLINE_REACH.match(text, m.end())
        span = m.group(0) + (reach.group(0) if reach is not None else "")
        found |= _dates(span)[0]
    return found


def _issued_day(published: datetime) -> str:
    """The day a text published at ``published`` was issued, in China's time (``--MM-DD``)."""
    local = published if published.tzinfo is not None else published.replace(tzinfo=UTC)
    day = local.astimezone(_CHINA_TIME)
    return f"--{day.month:02d}-{day.day:02d}"


def reaction_sides(text: str) -> frozenset[str]:
    """The other governments a Chinese authority's reaction speaks of (watchlist ids), if it is one.

    A reaction names 中方 and another side (日方, 美方, ...); its subject is that side's measure.
    Empty for any other text.
    """
    if _CN_OWN_SIDE not in text:
        return frozenset()
    return frozenset(ids for side, ids in _CN_OTHER_SIDES.items() if side in text)


def _doc_numbers(text: str) -> set[str]:
    found = {f"{m.group('year')}-{int(m.group('num'))}" for m in _CN_DOCNO.finditer(text)}
    found |= {f"{m.group('year')}-{int(m.group('num'))}" for m in _CN_ANNOUNCEMENT.finditer(text)}
    found |= {f"order-{int(m.group('num') or m.group('num2'))}" for m in _CN_ORDER.finditer(text)}
    for pattern in _EN_DOCNO:
        found |= {f"{m.group('year')}-{int(m.group('num'))}" for m in pattern.finditer(text)}
    found |= {f"order-{int(m.group('num'))}" for m in _EN_ORDER.finditer(text)}
    # The number alone ("no-61"), which either language may state without year or series: every
    # numbered document also carries it, so "公告2026年第61号" and "Announcement No. 61" agree.
    numbers = {f"no-{key.rsplit('-', 1)[1]}" for key in found}
    numbers |= {f"no-{int(m.group('num'))}" for m in _CN_ANY_NUMBER.finditer(text)}
    # an announcement a later text cites by its sequence number alone (第52号公告施行以来)
    numbers |= {f"no-{int(m.group('num'))}" for m in _CN_ANNOUNCEMENT_BARE.finditer(text)}
    numbers |= {f"no-{int(m.group('num'))}" for m in _EN_ANY_NUMBER.finditer(text)}
    return found | numbers


# Per name: its Latin cues as plain strings (a cheap test first), one compiled pattern of them
# (at a word start), and its other cues.
_Matcher = tuple[str, tuple[str, ...], re.Pattern[str] | None, tuple[str, ...]]


def _matchers(lexicon: dict[str, tuple[str, ...]]) -> list[_Matcher]:
    """Per name: its Latin cues, their pattern (at a word start) and its other cues."""
    out: list[_Matcher] = []
    for name, cues in lexicon.items():
        latin = [c for c in cues if c.isascii()]
        alternatives = [
            re.escape(c[:-1]) + r"\b" if c.endswith("_") else re.escape(c) for c in latin
        ]
        pattern = re.compile(r"\b(?:" + "|".join(alternatives) + ")") if latin else None
        plain = tuple(c.removesuffix("_") for c in latin)
        out.append((name, plain, pattern, tuple(c for c in cues if not c.isascii())))
    return out


# Longer terms of another subject that hold a topic's Chinese cue: 无人驾驶航空器 (a drone, in
# Chinese rules) is no driverless car, 聊天机器人 (a chatbot) no robot. Their occurrences do not
# count for the topic.
_NOT_CUES: dict[str, tuple[str, ...]] = {
    # "data labelling" (firms annotating training data) labels no content for its readers
    "labelling": (
        "label training data",
        "labels training data",
        "labelling training data",
        "labeling training data",
        "data labelling",
        "data labeling",
        "data labeller",
        "data labeler",
        "labelling of training",
        "labeling of training",
    ),
    # reading a text again and again (再三读了) is no bill's third reading
    "legislative-reading": ("再三读",),
    "autonomous-driving": ("无人驾驶航空器",),
    "robots": ("聊天机器人",),
    # 人工智能法律咨询 (legal advice by AI), 人工智能法律法规 (AI's laws and rules in general),
    # AI law as a field of study (人工智能法学), the rule of law in AI (人工智能法治) and an AI
    # judge (人工智能法官) hold 人工智能法 but name no AI law; 人工智能法规定 (the AI law
    # provides) is the law itself
    "ai-law": ("人工智能法律", "人工智能法学", "人工智能法治", "人工智能法官"),
    # a parcel or a container opened for inspection (开箱验视, 开箱查验, 开箱检验, 开箱验货,
    # 被开箱), a product ready out of the box (开箱即用) and an unboxing video or review
    # (开箱视频, 开箱测评) are no game's loot box (游戏"开箱")
    "loot-boxes": ("开箱验", "开箱查", "开箱检", "被开箱", "开箱即用", "开箱视频", "开箱测评"),
    # "Foreign media reported" (境外媒体报道称) in a spokesperson's answer: who reported, not a
    # foreign supply or market.
    "foreign-supply": ("境外媒体", "外国媒体", "海外媒体", "境外记者", "外国记者"),
    # A user's phone number (a data rule's 手机号码) is no device, nor is a chip made for phones
    # (the object of a chip measure).
    "consumer-devices": (
        "手机号",
        "手机芯片",
        "smartphone chip",
        "phone chip",
        "handset chip",
        "smartphone processor",
        "phone processor",
    ),
}

_KIND_MATCHERS = _matchers(_KIND_CUES)
_TOPIC_MATCHERS = _matchers(_TOPIC_CUES)
_TOPIC_NAMES = frozenset(_TOPIC_CUES)


#: An export told as needing a licence in other words: "exports of cooling plates will need a
#: licence", "licences will be required to export", 出口上述物项须申请许可. One measure is then
#: two kinds at once (the notice says 出口管制, the news "will need a licence").
_EXPORT_LICENCE = re.compile(
    r"\b(?:exports|exporting|export\s+of)\b[^.;]{0,100}?\b(?:need|needs|require|requires"
    r"|required|obtain|apply\s+for)\b[^.;]{0,30}?\blicen[cs]es?\b(?!\s+to\s+(?!export)\w)"
    r"|\blicen[cs]es?\b[^.;]{0,40}?\b(?:to|before)\s+export(?:ing)?\b"
    r"|出口[^。；，]{0,30}?(?:申请|取得|办理)[^。；，]{0,6}?许可",
    re.IGNORECASE,
)
_EXPORT_LICENCE_KINDS = frozenset({"export-control", "approval-requirement"})


def export_licence_kinds(text: str) -> frozenset[str]:
    """Both kinds of an export licence told in other words, or none.

    "Exports of cooling plates will need a licence from April 1" is an export control and an
    approval requirement: the news of an export control notice (出口管制) does not contradict it
    on the kind of measure. Not a licence of another act ("a licence to operate", an import
    licence).
    """
    return _EXPORT_LICENCE_KINDS if _EXPORT_LICENCE.search(text) else frozenset()


_HYPHEN_BETWEEN_WORDS = re.compile(r"(?<=[a-z])-(?=[a-z])")


#: the entries :func:`_wide_firsts` and :func:`_spaced` keep: one per cue list of a name, 108
#: in the three lexicons (topics, kinds, objects); a caller making cue lists on the fly drops
#: the least recently used beyond it
_CUE_LISTS_KEPT = 256


@lru_cache(maxsize=_CUE_LISTS_KEPT)
def _wide_firsts(cues: tuple[str, ...]) -> frozenset[str]:
    """Each non-ASCII cue's first non-ASCII character (:func:`_cues`).

    A cue can be in a text only if that character is: a text holding none of them (an English
    text, whose only wide characters are quotes and dashes) is not searched for the cues.
    """
    return frozenset(next(ch for ch in cue if not ch.isascii()) for cue in cues)


@lru_cache(maxsize=_CUE_LISTS_KEPT)
def _spaced(plain: tuple[str, ...]) -> tuple[str, ...] | None:
    """The cues of ``plain`` that hold a space (:func:`_cues`); None when one holds a line break.

    Only such a cue can be in a text's hyphens-as-spaces copy and not in the text: the copy
    differs from the text only where it has a space. A cue holding a line break could span the
    two (then :func:`_cues` searches them joined, as they are).
    """
    if any("\n" in cue for cue in plain):
        return None
    return tuple(cue for cue in plain if " " in cue)


def _cues(text: str, matchers: list[_Matcher]) -> set[str]:
    """The names whose cues ``text`` states (Latin cues lower-cased, at a word start)."""
    low = text.lower()
    # A hyphenated compound ("personal-data exports", "electric-vehicle makers") states the cue
    # its words do; the cues that hold a hyphen ("anti-monopoly") still match the text as it is.
    plain_low, spaced_low = low, ""
    if "-" in low:
        spaced_low = _HYPHEN_BETWEEN_WORDS.sub(" ", low)
        low = low + "\n" + spaced_low
    found = set()
    chars = set(text)
    for name, plain, pattern, others in matchers:
        own, own_low = text, low
        for term in _NOT_CUES.get(name, ()):
            own = own.replace(term, "\0")
            own_low = own_low.replace(term, "\0")
        if (not _wide_firsts(others).isdisjoint(chars) and any(c in own for c in others)) or (
            pattern is not None
            and _states_a_cue(plain, own_low, plain_low, spaced_low, own_low is not low)
            and pattern.search(own_low)
        ):
            found.add(name)
    return found


def _states_a_cue(
    plain: tuple[str, ...], own_low: str, plain_low: str, spaced_low: str, masked: bool
) -> bool:
    """Whether a cue of ``plain`` is in ``own_low`` (:func:`_cues`' test before its pattern).

    ``own_low`` is ``plain_low``, or, for a text with a hyphen, ``plain_low`` and its
    hyphens-as-spaces copy ``spaced_low`` joined by a line break; ``masked``: ``own_low`` is
    that text with terms of ``_NOT_CUES`` masked in it (then it is read as it is). Unmasked and
    joined, a cue with no space is looked for in the text alone and only a cue with a space in
    the copy too (:func:`_spaced`): the same answer, reading less of the joined text.
    """
    spaced = _spaced(plain) if spaced_low and not masked else None
    if spaced is None:
        return any(c in own_low for c in plain)
    return any(c in plain_low for c in plain) or any(c in spaced_low for c in spaced)


# -- places below a country: a province's or a city's own measure ------------------------------

#: a Chinese authority's name ends so (a department, a bureau, a commission, a government)
_CN_BODY = rf"[{HAN}]{{0,14}}?(?:人民政府|办公厅|办公室|厅|局|委员会|委)"
#: words that open the citing of another rule (根据…, 为贯彻落实…): what follows is cited
_CN_CITES = re.compile(r"根据|依据|按照|依照|参照|贯彻|落实|执行")
_CN_ISSUES = r"(?:联合)?(?:印发|发布|起草|制定|出台|公布)"
#: an issuer written without its place: a province's or a city's body (省发展改革委, 市市场监管局)
_CN_BARE_ISSUER = re.compile(rf"\s*(?:省|市|自治区){_CN_BODY}\s*$")
_EN_PLACE_KIND = r"(?:\s+(?:provincial|municipal|city|regional|province|SAR))"
_EN_GOVERNMENT_WORDS = (
    r"government|authorities|department|bureau|commission|administration|office|"
    r"regulators?|people's congress|legislature|"
    # a place's legislature told by its members ("Guangdong lawmakers", "Hainan legislators")
    r"lawmakers|legislators"
)


@dataclass(frozen=True, slots=True, eq=False)
class Places:
    """The places below a country that issue measures of their own (provinces, cities).

    Built by :func:`places_of` from ``config/places.toml``; the grouping hands it to
    :func:`extract_evidence` through :func:`read`.
    """

    #: name (Chinese or English) -> place id
    of: Mapping[str, str]
    #: any name of a place, Chinese or English
    named: re.Pattern[str]
    #: Chinese names, longest first
    zh: re.Pattern[str] | None
    #: a place's authority closing a notice (its seal line), before the date
    zh_seal: re.Pattern[str] | None
    #: a place's authority that issues (印发, 发布, 起草 ...)
    zh_issues: re.Pattern[str] | None
    #: English forms that make a place own a measure or an authority
    en_owner: re.Pattern[str] | None
    #: place id of a sub-provincial city -> its province's place id (``province`` in
    #: ``config/places.toml``; :func:`places_around`)
    province_of: Mapping[str, str] = field(default_factory=dict)


def places_of(
    entries: Iterable[tuple[str, str, bool]], provinces: Iterable[tuple[str, str]] | None = None
) -> Places:
    """The reader of places from (name, place id, alone) entries.

    ``alone``: whether the bare English name speaks for the place; False when it also stands
    for its country's government ("Beijing plans ..."), then only "Beijing municipal ..." and
    "Beijing city ..." name the place's own measure or authority. ``provinces``: (city id,
    province id) pairs of the sub-provincial cities (:func:`place_provinces_of`); None: the
    project's ``config/places.toml``.
    """
    province_of = dict(default_place_provinces() if provinces is None else provinces)
    listed = list(entries)
    of = {name: place for name, place, _ in listed}

    def alternatives(names: Iterable[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))

    zh_names = [n for n, _, _ in listed if not n.isascii()]
    en_alone = [n for n, _, alone in listed if n.isascii() and alone]
    en_any = [n for n, _, _ in listed if n.isascii()]
    named_parts = []
    if zh_names:
        named_parts.append(alternatives(zh_names))
    if en_any:
        named_parts.append(r"\b(?:" + alternatives(en_any) + r")(?![\w])")
    owner_forms = []
    if en_alone:
        alone = r"(?P<alone>" + alternatives(en_alone) + r")(?![\w'])"
        owner_forms += [
            # "Jiangsu's industry department", "Jiangsu's top-up rules"
            r"(?<![\w.])(?P<own>"
            + alternatives(en_alone)
            + r")'s\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:"
            + _OWNER_NOUNS
            + r")\b",
            # "Jiangsu's industry and finance departments": two of its bodies joined by "and"
            r"(?<![\w.])(?P<pair>"
            + alternatives(en_alone)
            + r")'s\s+(?:[A-Za-z][\w-]*\s+){1,2}and\s+(?:[A-Za-z][\w-]*\s+){1,2}?(?:"
            + _OWNER_NOUNS
            + r")\b",
            # "Jiangsu issued its implementing rules" (a sentence's subject)
            _SENTENCE_START + alone + _SUBJECT_VERBS,
        ]
    if en_any:
        # "Jiangsu provincial government", "the Shanghai government", "Beijing municipal bureau"
        owner_forms.append(
            r"(?<![\w.])(?P<named>"
            + alternatives(en_any)
            + r")"
            + _EN_PLACE_KIND
            + r"*(?:'s)?\s+(?:"
            + _EN_GOVERNMENT_WORDS
            + r")\b"
        )
        owner_forms.append(
            r"(?<![\w.])(?P<kinded>" + alternatives(en_any) + r")" + _EN_PLACE_KIND + r"+'s\s+"
            r"(?:[A-Za-z][\w-]*\s+){0,2}?(?:" + _OWNER_NOUNS + r")\b"
        )
    zh = alternatives(zh_names)
    return Places(
        of=of,
        named=re.compile("|".join(named_parts) if named_parts else r"(?!x)x"),
        zh=re.compile(zh) if zh_names else None,
        zh_seal=re.compile(
            rf"(?P<place>{zh}){_CN_BODY}\s*(?:\d{{2,4}}\s?年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日)?"
            r"[\s。.]*$"
        )
        if zh_names
        else None,
        zh_issues=re.compile(rf"(?P<place>{zh}){_CN_BODY}(?:、[^，。；]{{0,24}}?)?{_CN_ISSUES}")
        if zh_names
        else None,
        en_owner=re.compile("|".join(owner_forms)) if owner_forms else None,
        province_of=province_of,
    )


def _cited(text: str, at: int) -> bool:
    """Whether the clause holding position ``at`` cites another rule there (根据…, 为贯彻落实…)."""
    start = max(text.rfind(mark, 0, at) for mark in "，。；：,;\n") + 1
    return _CN_CITES.search(text, start, at) is not None


def place_provinces_of(entries: Iterable[Mapping[str, Any]]) -> tuple[tuple[str, str], ...]:
    """(city id, province id) of the ``[[places]]`` entries that name a ``province``.

    A sub-provincial city's block of ``config/places.toml`` names its province's id: a city's
    notice is its province's news too ("Guangdong tech hub issues ..." of a Shenzhen notice).
    """
    return tuple(sorted((str(e["id"]), str(e["province"])) for e in entries if e.get("province")))


@cache
def default_place_provinces() -> tuple[tuple[str, str], ...]:
    """:func:`place_provinces_of` on the project's ``config/places.toml``."""
    with (_PROJECT_CONFIG / "places.toml").open("rb") as handle:
        return place_provinces_of(tomllib.load(handle).get("places", []))


def places_around(place_ids: Iterable[str], province_of: Mapping[str, str]) -> frozenset[str]:
    """The places and, for a sub-provincial city, its province; for a province, its cities.

    ``province_of``: city id -> province id (:attr:`Places.province_of`).
    """
    ids = set(place_ids)
    return frozenset(
        ids
        | {province_of[p] for p in ids if p in province_of}
        | {city for city, province in province_of.items() if province in ids}
    )


#: A notice that relays another's (关于转发《工业和信息化部…》的通知): the measure is the one it
#: relays, not its issuer's own.
_CN_RELAY = re.compile(r"转发")


def issuing_places(text: str, places: Places) -> frozenset[str]:
    """The places that issue the measure ``text`` speaks of (:attr:`Evidence.places`).

    In Chinese: a place heading the issuer of a notice (its first line before 关于, its closing
    seal line before the date), or an authority of a place that issues (印发, 发布, 起草) outside
    a clause citing another rule. Not the issuer of a relay (a first line with 转发: 江苏省…关于
    转发《工业和信息化部…》的通知 is the ministry's measure, which its news need not place). In
    English: a place owning a measure or an authority ("Jiangsu's industry department", "Jiangsu
    provincial government") or stating one as a sentence's subject ("Jiangsu issued ...").
    """
    found: set[str] = set()
    zh, seal_at, issues = places.zh, places.zh_seal, places.zh_issues
    first = text.lstrip().split("\n", 1)[0]
    if _CN_RELAY.search(first):
        zh = None
    if zh is not None and seal_at is not None and issues is not None and _HAN.search(text):
        head = first.split("关于", 1)[0] if "关于" in first else first[:40]
        found |= {places.of[m.group(0)] for m in zh.finditer(head)}
        if not found and _CN_BARE_ISSUER.match(head):
            # "省发展改革委关于《贵州省…》": a province's body named without its province is of
            # the place its own document's title states
            for title in _CN_TITLE.finditer(first):
                named = zh.search(title.group("a") or title.group("b"))
                if named is not None:
                    found.add(places.of[named.group(0)])
                    break
        seal = seal_at.search(text.rstrip()[-60:])
        if seal is not None:
            found.add(places.of[seal.group("place")])
        for m in issues.finditer(text):
            if not _cited(text, m.start()):
                found.add(places.of[m.group("place")])
    if places.en_owner is not None:
        for m in places.en_owner.finditer(text):
            name = next(g for g in m.groups() if g is not None and g in places.of)
            found.add(places.of[name])
    return frozenset(found)


def named_places(text: str, places: Places) -> frozenset[str]:
    """Every place of ``places`` that ``text`` names, in any role."""
    return frozenset(places.of[m.group(0)] for m in places.named.finditer(text))


# -- a second measure named as separate: background of the report -----------------------------

_EN_MEASURE_NOUNS = (
    r"measures?|rules?|notices?|regulations?|circulars?|guidelines?|standards?|drafts?|"
    r"documents?|orders?|announcements?|polic(?:y|ies)|requirements?|laws?|bills?|decisions?"
)
#: "separate measures on ...", "in a separate notice, ...", "another rule", "other rules"
_EN_ASIDE = re.compile(
    r"\b(?:separate|another|other)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:" + _EN_MEASURE_NOUNS + r")\b",
    re.I,
)
#: 另行制定 (to be issued separately), 另一份通知, 另一项规定
_CN_ASIDE = re.compile(r"另行|另[一外]\s?[份项个部]")
_CLAUSE_END = re.compile(r"[,;.!?，。；！？\n]")
_SENTENCE_END = re.compile(r"[;.!?。；！？\n]")

# A measure named for comparison: another act the report's news is dated or measured against
# ("weeks after it announced controls on ...", "following its earlier curbs on ...", "on top of
# the existing rules on ...", "builds on the 2025 rules on ..."; 继…之后, 此前已…, 在…基础上).
# Its subjects are those of that other act, not of the report's own measure.
_EN_ACT_VERBS = (
    r"announced|launched|imposed|introduced|issued|unveiled|rolled\s+out|adopted|tightened|"
    r"published|finali[sz]ed|released|approved|passed|enacted|added|banned|restricted|"
    r"expanded|extended|put\s+in\s+place"
)
#: a time distance before "after" ("weeks after", "two days after", "shortly after"), or an
#: "earlier" act after it: two acts set apart in time. The act is an actor's, done to a measure
#: ("it announced controls on ..."): a measure as the subject of its own start ("five months
#: after the voucher scheme began") is the report's own measure's history. "After weeks of
#: talks, the ministry announced ..." states no distance between two acts and is not read.
_EN_AFTER_ACT = re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|six|several|few|some|\d+)\s+)?"
    r"(?:days?|weeks?|months?|years?)|shortly|soon|just|only)\s+after\s+"
    r"(?:[\w'’.-]+\s+){1,5}?(?:had\s+|has\s+|already\s+|earlier\s+|first\s+)*"
    r"(?:" + _EN_ACT_VERBS + r")\b"
    r"|\bafter\s+(?:[\w'’.-]+\s+){1,5}?(?:had\s+)?(?:earlier|previously|already)\s+"
    r"(?:" + _EN_ACT_VERBS + r")\b",
    re.I,
)
#: every match of :data:`_EN_AFTER_ACT` holds "after" (same flags): a text without it is not
#: scanned
_AFTER = re.compile(r"after", re.I)
#: a passive act ("after the scheme was launched"): the measure's own history, as above
_EN_PASSIVE_END = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:" + _EN_ACT_VERBS + r")$", re.I
)
_EN_DETERMINER = r"(?:(?:its|their|the|an?|this|that|[\w-]+['’]s)\s+)?"
#: "following its earlier ...", "on top of existing rules ...", "builds on the 2025 rules ..."
_EN_BUILDS_ON = re.compile(
    r"\bfollowing\s+" + _EN_DETERMINER + r"(?:earlier|previous|prior|existing|initial)\b"
    r"|\b(?:on\s+top\s+of|buil(?:ds?|t|ding)\s+on)\s+"
    + _EN_DETERMINER
    + r"(?:[\w-]+\s+){0,3}?(?:"
    + _EN_MEASURE_NOUNS
    + r"|controls?|curbs?|bans?|"
    r"restrictions?|licen[cs]es?|subsid(?:y|ies)|programmes?|programs?|schemes?|list)\b",
    re.I,
)
#: 继…之后 (after ...; not 继续, 继承, 继而, 相继, 继电器), 在…基础上 (on the basis of ...; not
#: 在此基础上, which names what the text has just said)
_CN_COMPARED = re.compile(
    r"(?<!相)继(?![续承而电])[^，。；,;]{2,40}?之?后"
    r"|在(?![此这])[^，。；,;]{2,40}?基础上"
)
#: 此前已… (had earlier ...): to the clause's end; not a relative clause (此前已发放的算力券:
#: the vouchers handed out before, the report's own measure's)
_CN_EARLIER = re.compile(r"此前(?:已经?|曾经?)(?![^，。；,;]{0,12}的)")
#: a measure named beside the report's own ("would sit beside the permission rules", "is separate
#: from the rules that take effect", "unlike the 2025 guidelines", "in addition to the existing
#: controls", "distinct from", "apart from"): to the clause's end. A measure noun must follow
#: within a few words: "unlike last year" or "in addition to banks" names no measure.
_EN_BESIDE = re.compile(
    r"\b(?:beside|besides|separate\s+from|separately\s+from|distinct\s+from|"
    r"apart\s+from|unlike|in\s+addition\s+to)\s+"
    + _EN_DETERMINER
    + r"(?:[\w'’-]+\s+){0,4}?(?:"
    + _EN_MEASURE_NOUNS
    + r"|controls?|curbs?|bans?|restrictions?|checklists?|licen[cs]es?|pilots?|schemes?)\b",
    re.I,
)


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a second measure as separate from its own.

    In English from the words naming it to the clause's end; a clause they open ("In a separate
    notice, the ministry ...") runs to the sentence's end. In Chinese the whole clause, which
    names the measure before 另行 (具体办法另行制定) or after 另一份 (另一份通知要求...).
    A measure named for comparison is another measure too: from "weeks after", "following its
    earlier", "on top of", "builds on", "beside", "separate from", "unlike", "in addition
    to" (a measure noun following) to the clause's end; 继…之后 and 在…基础上 as written,
    此前已… to the clause's end.
    """
    spans: list[tuple[int, int]] = []
    for m in _EN_ASIDE.finditer(text):
        opens = text[m.end() : m.end() + 1] == ","
        stop = (_SENTENCE_END if opens else _CLAUSE_END).search(text, m.end() + opens)
        spans.append((m.start(), stop.start() if stop is not None else len(text)))
    for m in _CN_ASIDE.finditer(text):
        before = _CLAUSE_END.findall(text[: m.start()])
        start = max((text.rfind(mark, 0, m.start()) for mark in set(before)), default=-1) + 1
        stop = _CLAUSE_END.search(text, m.end())
        spans.append((start, stop.start() if stop is not None else len(text)))
    after = [
        m
        for m in (_EN_AFTER_ACT.finditer(text) if _AFTER.search(text) else ())
        if not _EN_PASSIVE_END.search(m.group(0))
    ]
    for m in [*after, *_EN_BUILDS_ON.finditer(text), *_EN_BESIDE.finditer(text)]:
        stop = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), stop.start() if stop is not None else len(text)))
    spans.extend(m.span() for m in _CN_COMPARED.finditer(text))
    for m in _CN_EARLIER.finditer(text):
        stop = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), stop.start() if stop is not None else len(text)))
    return spans


def aside_topics(text: str) -> frozenset[str]:
    """The subjects ``text`` states where it names another measure as separate from its own.

    "Voice-label rule arrives amid filing push. The voice-label notice came shortly before the
    regulator finalised separate measures on renewing AI service filings": the filings are
    background of the report, not its news, even where its headline names them again. Empty
    when the text states no subject besides them (then they are all it is about).
    """
    spans = aside_spans(text)
    if not spans:
        return frozenset()
    inside = _cues(" \n ".join(text[a:b] for a, b in spans), _TOPIC_MATCHERS)
    rest, last = [], 0
    for a, b in sorted(spans):
        rest.append(text[last:a])
        last = max(last, b)
    rest.append(text[last:])
    if not _cues(" \n ".join(rest), _TOPIC_MATCHERS) - inside - STAGE_TOPICS:
        return frozenset()
    return frozenset(inside)


# -- laws named by their title: a promulgation order, a law's entry into force ----------------

#: what a text does with a law of its own: promulgates, passes, enacts, amends, puts in force
#: (read in simplified characters)
_CN_LAW_ACTS = re.compile(r"公布|通过|制定|增订|修正|修订|施行|实施|生效|废止")
#: a law's title in title marks (《儿童及少年福利与权益保障法》), or bare after the act that
#: adds or amends its articles (兹增订…法第四十六条之二条文)
_CN_LAW_TITLE = re.compile(
    r"《(?P<marked>[^《》]{2,40}?(?:法|条例|通则))》"
    rf"|(?:增订|修正|修订|制定|废止)(?P<bare>[{HAN}]{{2,30}}?(?:法|条例|通则))"
    r"(?=第|条文|部分条文|全文|修正|，|；|。)"
)
_EN_LAW_ACTS = re.compile(
    r"\b(?:pass|sign|promulgat|enact|amend|adopt|approv|tak\w* effect|took effect|"
    r"in(?:to)? force|implement|start|begin|began)\w*",
    re.I,
)
#: a title: capitalised words (with "and", "of", "on", "for" between them) ending in Act or Law
_EN_LAW_TITLE = re.compile(
    r"\b(?P<title>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|of|on|for|the|to))*?\s+(?:Act|Law))\b"
)
#: words that cite a law rather than make it: "under the ... Act", 依据《…法》
_EN_LAW_CITES = re.compile(
    r"\b(?:under|according to|pursuant to|in line with|in accordance with|based on|citing)"
    r"\s+(?:the\s+|its\s+|a\s+)?$",
    re.I,
)


def _law_key(title: str) -> str:
    """A law's title as the subjects it states, comparable across languages ("": none)."""
    return "+".join(sorted(_cues(title, _TOPIC_MATCHERS) - STAGE_TOPICS))


def own_laws(text: str) -> frozenset[str]:
    """The laws ``text`` promulgates, passes, amends or puts in force, named by their title.

    A title in a sentence that states such an act (公布, 三读通过, 增订, 施行; "signed ... into
    law", "passed", "took effect"), outside a clause citing it (依据《…法》, "under the ...
    Act"). Each as the subjects its title states (:func:`_law_key`); a title stating none is
    left out. ``text`` is read as :func:`extract_evidence` reads it (simplified characters).
    """
    found: set[str] = set()
    for sentence in _SENTENCE_SPLIT.split(text):
        if _HAN.search(sentence) and _CN_LAW_ACTS.search(sentence):
            for m in _CN_LAW_TITLE.finditer(sentence):
                if not _cited(sentence, m.start()):
                    found.add(_law_key(m.group("marked") or m.group("bare")))
        if _EN_LAW_ACTS.search(sentence):
            for m in _EN_LAW_TITLE.finditer(sentence):
                if not _EN_LAW_CITES.search(sentence, 0, m.start()):
                    found.add(_law_key(m.group("title")))
    return frozenset(key for key in found if key)


# -- what a later act under a rule cites (Evidence.acts) ------------------------------------------

#: a document's title in title marks (《…》, Taiwan's 「…」), its stage in brackets left out
#: (征求意见稿, Hong Kong's 諮詢稿 read as 咨询稿, 草案, 试行, 送审稿)
_CN_TITLE = re.compile(r"《(?P<a>[^《》]{4,60})》|「(?P<b>[^「」]{4,60})」")
_CN_TITLE_STAGE = re.compile(r"[(（](?:征求意见稿|咨询稿|草案|试行|送审稿)[)）]|草案$")
#: a document number with its series (沪市监规范〔2027〕2号, 国信办通字〔2027〕9号); the number
#: alone (2号) is shared by every issuer's second document of the year and is not kept
_CN_SERIES_NUMBER = re.compile(
    rf"(?P<series>[{HAN}]{{2,10}})\s?[〔\[［(（](?P<year>\d{{4}})[〕\]］)）]\s?第?(?P<num>\d{{1,4}})\s?号"
)
#: words a sentence citing a document number puts before its series (作出的京市监处罚〔2027〕158号,
#: 根据工信部联科〔2027〕15号, 京政复〔2027〕3号与京政复〔2027〕4号), and the end of an issuer's
#: name written before it (北京市人民政府关于京政复〔2027〕3号): the series starts after them
_CN_BEFORE_SERIES = re.compile(
    r"^.*(?:的|了|号|与|和|及|或|并|即|见|为|是|对|将|把|被|由|在|称|以|作出|印发|发布|颁布|公布|"
    r"根据|依据|按照|依照|参照|贯彻|落实|执行|转发|下发|下达|引用|出具|制发|关于|"
    r"人民政府|委员会|管理局|办公厅|办公室)"
)


def _series(words: str) -> str:
    """The series of a document number from the Chinese words before its year (:func:`act_keys`).

    A number cited inside a sentence follows the words that cite it: the series is what comes
    after the last citing word (作出的, 根据, 印发), the whole run when none is there.
    """
    return _CN_BEFORE_SERIES.sub("", words)


def series_numbers(text: str) -> list[tuple[str, str, int]]:
    """Each document number ``text`` writes with its series: (series, year, number).

    沪市监规范〔2027〕2号 as ("沪市监规范", "2027", 2); a series shorter than two characters once
    the citing words are cut (:func:`_series`) is not kept. The one reading of
    :func:`act_keys`' "docno:" keys and :func:`numbered_keys`.
    """
    return [
        (series, m.group("year"), int(m.group("num")))
        for m in _CN_SERIES_NUMBER.finditer(text)
        if len(series := _series(m.group("series"))) >= 2
    ]


#: a national standard's number (GB/T 45438, CNS 16231)
_CN_STANDARD = re.compile(
    r"(?<![A-Za-z])(?P<series>GB(?:/[TZ])?|CNS|YD(?:/T)?|JR(?:/T)?)\s?(?P<num>\d{3,6})(?!\d)"
)
#: the day a measure takes effect: 自2027年6月1日起施行, 已于7月1日起在全国实施, 自今(1)日起实施,
#: 自中华民国116年11月1日起实施, 自中华民国116年9月1日施行 (no 起: the verb at once); not a
#: suspension or a repeal from a day (起暂停执行, 起废止); a press conference's word that a
#: measure already took effect on a day, an adverb before the verb (已于5月8日正式施行,
#: 于3月1日全面实施, 于6月1日开始实行)
_CN_EFFECTIVE = re.compile(
    r"(?:自|于|从)\s?(?:(?P<roc>中华民国)?\s?(?P<year>\d{2,4})\s?年)?\s?(?P<month>\d{1,2})\s?月"
    r"\s?(?P<day>\d{1,2})\s?日\s?(?:起(?P<between>[^，。；,;]{0,6}?)|正式|全面|开始)?"
    r"(?:施行|实施|实行|生效)"
)
_CN_EFFECTIVE_TODAY = re.compile(
    r"自今\s?(?:\(\s?\d{1,2}\s?\))?\s?日起(?P<between>[^，。；,;]{0,6}?)(?:施行|实施|实行|生效)"
)
_CN_NOT_EFFECT = re.compile(r"暂停|停止|废止|终止|不再")
#: A day on which a measure formally began, with no 自 before it: 9月1日系统正式启用,
#: 3月1日起正式实施 (a briefing on the first days of a measure at work); a few words between
#: the day and 正式 (the system, the rules), none of a stop (暂停, 停止).
_CN_STARTED_ON = re.compile(
    r"(?<![自于从\d])(?:(?P<year>\d{4})\s?年\s?)?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日\s?起?"
    r"(?P<between>[^，。；,;\d]{0,6}?)正式(?:启用|施行|实施|实行|生效|运行)"
)
#: a Republic-of-China date in Chinese numerals (中华民国一百十六年九月一日, 民国一一五年三月一日):
#: rewritten in digits (中华民国116年9月1日), the form the day and effective-day patterns read
_CN_NUMERALS = "〇零一二三四五六七八九十百"
_CN_ROC_NUMERAL_DATE = re.compile(
    rf"(?:中华)?民国\s?(?P<year>[{_CN_NUMERALS}]{{2,6}})\s?年"
    rf"(?:\s?(?P<month>[一二三四五六七八九十]{{1,3}})\s?月"
    rf"(?:\s?(?P<day>[一二三四五六七八九十]{{1,4}})\s?日)?)?"
)
#: a penalty decision or another act enforcing a rule on a party (处罚决定, 决定对其处以罚款,
#: a penalty series number 沪通信管罚〔2027〕14号): an act under the rule it cites, by whichever
#: office enforces it
_CN_ENFORCES = re.compile(
    rf"处罚决定|[{HAN}]罚[〔\[［(（]\d{{4}}|"
    rf"决定(?:对其|对该[{HAN}]{{0,10}}|给予)[^，。；]{{0,20}}(?:处罚|罚款|警告|处以|吊销)"
)
#: the mark in :attr:`Evidence.acts` of an act enforcing a rule it names (a penalty decision)
ENFORCES = "enforces"
#: the mark in :attr:`Evidence.acts` of a text correcting a published text (更正, 勘误,
#: "corrected"): the day it states replaces its act's, so against a text naming the same
#: document a day that differs is no contradiction (:func:`agreement`)
CORRECTS = "corrects"
#: the mark in :attr:`Evidence.acts` of a Chinese notice that moves the start of a document it
#: names (提前施行《…》, 推迟……施行日期, 施行日期调整为): it carries its own number and a new
#: day, so against a text naming the same document neither contradicts (:func:`agreement`)
MOVES_START = "moves-start"
#: the mark in :attr:`Evidence.acts` of a text telling a measure ended, in either script
#: (:func:`ends_a_measure`: 废止, "repealed", "scraps"): the direction of its act, which a
#: report of a new measure issued the same day by the same authority does not share
REPEALS = "repeals"
#: the marks of :attr:`Evidence.acts` that name no document or day (never looked up)
ACT_MARKS = frozenset({"revises", ENFORCES, "implements", CORRECTS, MOVES_START, REPEALS})


def _numeral_value(numerals: str) -> int | None:
    """一百十六 -> 116, 一一五 -> 115 (digit by digit when no unit is written)."""
    if any(unit in numerals for unit in "十百"):
        value = _parse_cn_number(numerals)
        return int(value) if value is not None else None
    digits = [_CN_DIGITS.get(ch) for ch in numerals]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def roc_digits(text: str) -> str:
    """``text`` with Republic-of-China dates in Chinese numerals written in digits.

    中华民国一百十六年九月一日 as 中华民国116年9月1日, 民国一一五年三月一日 as 中华民国115年3月1日
    (simplified characters: read after :func:`to_simplified`).
    """
    if "民国" not in text:
        return text

    def digits(m: re.Match[str]) -> str:
        year = _numeral_value(m.group("year"))
        if year is None or not 1 <= year <= 300:
            return m.group(0)
        out = f"中华民国{year}年"
        for name, unit in (("month", "月"), ("day", "日")):
            if m.group(name) is None:
                break
            value = _numeral_value(m.group(name))
            if value is None:
                return m.group(0)
            out += f"{value}{unit}"
        return out

    return _CN_ROC_NUMERAL_DATE.sub(digits, text)


#: the prefix of an effective day's key in :attr:`Evidence.acts` ("effective:2027-07-01")
EFFECTIVE_KEY = "effective:"
#: the mark in :attr:`Evidence.acts` of a text revising a document it names (修订后的《…》,
#: 对《…》进行了修订, 关于修改《…》的决定): a revision is a rule-making of its own, not an act under
#: the rule it revises
REVISES = "revises"
#: the mark in :attr:`Evidence.acts` of a text issuing or drafting implementing rules of its own
#: (a province's 实施细则 citing the central rule by its title): a rule-making of its own, not an
#: act under the rule it implements
IMPLEMENTS = "implements"
#: a pilot named (:func:`pilot_keys`) is keyed as a document is
_DOCUMENT_KEYS = ("title:", "docno:", "std:", "pilot:")
#: a title of implementing rules (…实施细则, …实施办法, …的实施方案, …的实施意见), its stage
#: in brackets left out
_CN_IMPLEMENTING_TITLE = re.compile(r"(?:实施细则|实施办法|实施方案|实施意见)$")
#: the text's own document in title marks: issued, drafted or put out for comment
#: (印发《…》, 起草了《…》, 《…（征求意见稿）》); a title cited after 依据 or 按照 is not its own
_CN_OWN_TITLE = re.compile(
    r"(?:印发|发布|起草了?|制定了?|研究起草了?|形成了?|出台|公布|关于)\s?[《「](?P<a>[^《》「」]{4,60})[》」]"
    r"|[《「](?P<b>[^《》「」]{4,60}[(（](?:征求意见稿|咨询稿|草案|送审稿)[)）])[》」]"
)
_CN_REVISES = re.compile(
    r"(?:修订|修改|修正)(?:后的)?\s?《|》\s?(?:进行了?|作出)?\s?(?:修订|修改|修正)|修订(?:征求意见稿|稿|草案)"
)


def _implements(text: str) -> bool:
    """Whether ``text`` issues or drafts implementing rules of its own (:data:`IMPLEMENTS`).

    Its first line names them (浙江省…关于印发《…实施细则》的通知, …的实施意见), or it issues,
    drafts or puts out for comment a document whose title is of implementing rules.
    """
    first = text.lstrip().split("\n", 1)[0]
    own_first = _CN_TITLE_STAGE.sub("", re.sub(r"[》」]?\s?(?:的)?(?:通知|公告|通告)$", "", first))
    if _CN_IMPLEMENTING_TITLE.search(own_first.rstrip("》」 ")):
        return True
    for m in _CN_OWN_TITLE.finditer(text):
        title = _CN_TITLE_STAGE.sub("", m.group("a") or m.group("b")).strip()
        if _CN_IMPLEMENTING_TITLE.search(title):
            return True
    return False


def _named_documents(keys: frozenset[str]) -> frozenset[str]:
    """Of :attr:`Evidence.acts`, the documents named (titles, numbers), not the days."""
    return frozenset(k for k in keys if k.startswith(_DOCUMENT_KEYS))


#: the issuing body before 关于 in a document's title (最高人民法院关于……的解释, 国务院关于……的批复,
#: 某省教育厅关于……的通知): a later text names the same document with or without it
_CN_TITLE_ISSUER = re.compile(
    rf"^[{HAN}]{{2,24}}?(?:法院|检察院|院|部|委员会|委|局|厅|署|办公室|政府|银行|会)(?=关于)"
)


#: the years a plan or programme runs, in brackets after its name (行动方案（2028—2030年）,
#: 规划(2026-2030)): a later text often names it without them
_CN_TITLE_PERIOD = re.compile(
    r"[(（]\d{4}\s?(?:年\s?)?(?:[—–\-~～至到]{1,2}\s?\d{4}\s?)?年?(?:度)?[)）]$"
)
#: an amendment's title after its regulation's (…指南修改草案, …条例修正案): the amendment is a
#: step of the regulation it amends, keyed as that regulation
#: (…法（修订草案）, …法修正案（二）: the bracketed stage and a numbered amendment alike)
_CN_TITLE_AMENDMENT = re.compile(
    rf"(?<=[{HAN}])(?:(?:修改|修正|修订)(?:案|草案|稿)?"
    r"|[(（](?:修改|修正|修订)(?:草案|稿)?[)）]"
    r"|修正案[(（][一二三四五六七八九十\d]{1,3}[)）])$"
)
#: the prefix of a titled plan's period in :attr:`Evidence.acts`
#: ("period:title:…行动方案@2024-2026"): the title's key keeps no period, so two editions of
#: one plan differ by this key only
PERIOD_KEY = "period:"


def _plain_title(title: str) -> str:
    return re.sub(r"\s+", "", _CN_TITLE_STAGE.sub("", title))


def _title_key(title: str) -> str:
    plain = _CN_TITLE_AMENDMENT.sub("", _CN_TITLE_PERIOD.sub("", _plain_title(title)))
    return "title:" + _CN_TITLE_ISSUER.sub("", plain)


def _period_key(title: str) -> str | None:
    """The period key of a title naming its years (行动方案（2024—2026年）), None without them."""
    period = _CN_TITLE_PERIOD.search(_plain_title(title))
    if period is None:
        return None
    years = "-".join(re.findall(r"\d{4}", period.group(0)))
    return f"{PERIOD_KEY}{_title_key(title)}@{years}"


def periods_apart(one: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The title keys both texts name with their periods, in periods neither shares.

    Two editions of one plan (行动方案（2024—2026年）, 行动方案（2027—2029年）) share the title's
    key but are two documents; a text naming the plan without its years says nothing against
    either (only two stated periods that differ set them apart).
    """
    mine: dict[str, set[str]] = {}
    theirs: dict[str, set[str]] = {}
    for keys, into in ((one, mine), (other, theirs)):
        for key in keys:
            if key.startswith(PERIOD_KEY):
                title, _, years = key.removeprefix(PERIOD_KEY).rpartition("@")
                into.setdefault(title, set()).add(years)
    return frozenset(t for t in mine.keys() & theirs.keys() if not mine[t] & theirs[t])


#: a document's own title in its heading, in no title marks: 关于……的通知 before its number
#: (国家发展改革委关于完善……政策的通知（发改价格〔2030〕455号）), as a later text or the draft's
#: call for comment names it in title marks (《关于完善……政策的通知（征求意见稿）》)
_CN_HEADING_TITLE = re.compile(
    r"关于[^《》「」，。；、\s]{2,60}?的(?:通知|决定|意见|批复|复函|函|公告|通告|办法|规定)"
    r"(?=$|[(（\s])"
)


#: a heading issuing or forwarding another document (关于印发……的通知): that document's title
#: is the one a later text names (matched at a 关于 title's start, where only the 关于 forms of
#: the shared issuing words can be)
_CN_ISSUING_HEADING = re.compile(ZH_ISSUING)


def heading_title_keys(text: str) -> frozenset[str]:
    """The title key (:func:`_title_key`) of a Chinese text's own heading, in no title marks.

    The first line of a notice titles it: its issuer, 关于……的通知 (决定, 意见, 批复, 函, …),
    then its number in brackets. A heading that names a document in title marks
    (关于印发《…》的通知) is keyed by those marks, not here, and one issuing another document
    (关于印发……方案的通知) by that document's title. ``text`` in simplified characters.
    """
    first = text.lstrip().split("\n", 1)[0]
    if "《" in first or "「" in first:
        return frozenset()
    return frozenset(
        _title_key(m.group(0))
        for m in _CN_HEADING_TITLE.finditer(first)
        if not _CN_ISSUING_HEADING.match(m.group(0))
    )


#: a pilot a heading names (同意贵州省开展……试点的批复, 印发贵州省……试点工作方案的通知): the
#: approval of a pilot and the work plan that carries it out name it alike; what comes before
#: its name (the place, the verb) is left out
PILOT_KEY = "pilot:"
_CN_PILOT = re.compile(rf"(?P<name>[{HAN}]{{4,40}}?试点)(?=的|工作的|工作方案|实施方案|方案|$)")
_CN_PILOT_BEFORE = re.compile(r".*(?:关于|同意|印发|开展|组织|建设|省|自治区|市)")


def pilot_keys(text: str) -> frozenset[str]:
    """The pilots a Chinese text's heading names, as keys ("pilot:人工智能算力互联互通试点").

    A ministry's 批复 or 复函 approving a province's pilot and the province's work plan or
    notice for it (…试点工作方案, 关于开展…试点工作的通知) name one pilot: its name after the
    last word of who or how (关于, 同意, 印发, 开展, the province or city), at least four
    characters before 试点.
    ``text`` in simplified characters.
    """
    first = text.lstrip().split("\n", 1)[0]
    found = set()
    for m in _CN_PILOT.finditer(first):
        name = _CN_PILOT_BEFORE.sub("", m.group("name"))
        if len(name) >= 6:  # four characters or more, then 试点
            found.add(PILOT_KEY + name)
    return frozenset(found)


#: a list, a roll or a catalogue a text publishes or tells of (名单, 白名单, 名录, 目录, 清单, 榜单;
#: "list", "white list", "whitelist", "roster", "catalogue", "directory")
_CN_LIST = re.compile(r"名单|名录|目录|清单|榜单")
#: what a count of a list's entries counts, after the number: 个 not of a span of time nor of
#: points (3个月, 5个工作日, 2个百分点)
_CN_LISTED_WORD = r"(?:个(?!月|工作日|小时|季度|百分点)|家|款|项|所|种)"
#: not before a list's count: a figure told roughly (数十家, 几个, 上百家, 近百家, 逾百家, 超百家,
#: 约十家, 多个), or a digit or point of a longer number
_CN_NOT_BEFORE_COUNT = r"(?<![\d.数几上近逾超约余多])"
#: a batch a notice publishes in order (首批, 第二批; not 首批次, 第二批次: a round of sampling)
#: and the count that follows it, up to eight characters after it with no clause's mark between
#: (现将首批完成备案的32项服务予以公布): the entries are a list's, whether or not the notice
#: calls them 名单, when the clause publishes them (:data:`_CN_PUBLISHES`). Only the count of
#: the batch: the text's other counts are not a list's. Ten or more: a batch of three or six
#: entries agrees with another batch's by chance (首批三家企业, 第二批三家企业); a smaller count
#: is read only as a list's (:data:`_CN_LISTED`, in a text with a list word: 首批名单共有7家).
_CN_BATCH_COUNT = re.compile(
    rf"(?:首批|第[一二三四五六七八九十\d]{{1,3}}批)(?!次)[^，。；,;：:\n\d]{{0,8}}?"
    rf"{_CN_NOT_BEFORE_COUNT}(?P<num>{_CN_NUM})\s?{_CN_LISTED_WORD}(?=[{HAN}])"
)
#: a word that publishes a batch (公布, 公告, 发布, 通报, 入选, 通过, 名单), looked for in the
#: batch's clause (from the clause's mark before it to the one after)
_CN_PUBLISHES = re.compile(r"公布|公告|发布|通报|入选|通过|名单")
_CN_CLAUSE_MARK = re.compile(r"[，。；,;：:\n]")
#: the least count of a batch read as a list's size (:data:`_CN_BATCH_COUNT`, :data:`_EN_BATCH`)
_BATCH_LEAST = 10
_EN_LIST = re.compile(
    r"\b(?:white\s?list|black\s?list|list|roster|catalogue|catalog|directory)s?\b", re.IGNORECASE
)
#: a count of things before the word of what is counted (九个模型, 120个项目, 52家企业, 14款产品;
#: not 30余家, a count told as "more than", nor 1.2万架, a figure :func:`_amounts_cn` reads; not
#: 数十家 nor 近百家, told roughly; not 3个月, a span of time)
_CN_LISTED = re.compile(rf"{_CN_NOT_BEFORE_COUNT}(?P<num>{_CN_NUM})\s?{_CN_LISTED_WORD}(?=[{HAN}])")
#: a list's total told with 共 ("in all"), where nothing need follow the counted word: 白名单
#: （共7家）, 名单共12个。
_CN_LISTED_TOTAL = re.compile(rf"共\s?(?P<num>{_CN_NUM})\s?{_CN_LISTED_WORD}")
_EN_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50,
}  # fmt: skip
_EN_LISTED_NUM = r"(?P<num>\d{1,4}|" + "|".join(_EN_COUNT_WORDS) + r")"
#: a count in digits or words before a plural noun, up to three words between ("nine approved
#: AI models", "120 projects", "14 AI tutoring apps", "32 filed 'digital farewell' services")
_EN_LISTED = re.compile(
    rf"\b{_EN_LISTED_NUM}\s+{_EN_COUNTED_WORD}{{0,3}}?(?P<noun>[a-z][a-z-]*s)\b", re.IGNORECASE
)
#: a batch published in order and its count, as :data:`_CN_BATCH_COUNT` reads 首批 and 第二批
#: ("the first batch of 32 services", "a second batch of 15 approved apps")
_EN_BATCH = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    rf"\s+batch\s+of\s+{_EN_LISTED_NUM}\s+{_EN_COUNTED_WORD}{{0,3}}?(?P<noun>[a-z][a-z-]*s)\b",
    re.IGNORECASE,
)
#: what a count of a list's entries never counts: spans of time, money, the people a report
#: cites as its sources ("30 days", "two years", "three sources familiar with it")
_EN_NOT_LISTED = frozenset(
    {
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
        "dollars", "euros", "pounds", "points", "times",
        "persons", "sources", "officials", "executives", "analysts", "lawyers",
    }
)  # fmt: skip


def list_sizes(text: str) -> frozenset[str]:
    """How many entries a list the text tells of holds, in either script ("9", "120").

    A notice publishing a list counts what it holds (共收录九个模型, 120个项目) and its news
    counts them too ("a procurement list of nine approved AI models", "a list of 120
    projects"): a figure of the act both state, when the words and the kind of document of
    the notice are read on neither side. Read in a text that speaks of a list (名单, 目录,
    "list", "roster"): its counts of things; and in any text, the count of a batch it publishes
    in order, of ten or more (现将首批完成备案的32项服务予以公布, "the first batch of 32
    services": :data:`_CN_BATCH_COUNT`, :data:`_EN_BATCH`). Not a figure told roughly (数十家,
    近百家) nor a span of time (3个月); a year is no count, nor one. Traditional characters are
    read as simplified ones.
    """
    return _listed_counts(to_simplified(unicodedata.normalize("NFKC", text)))


def _listed_counts(plain: str) -> frozenset[str]:
    """:func:`list_sizes` of a text already read as :func:`extract_evidence` reads it."""
    found: set[str] = set()
    for m in _CN_BATCH_COUNT.finditer(plain):
        value = _parse_cn_number(m.group("num"))
        if value is None or value < _BATCH_LEAST:
            continue
        before = [mark.end() for mark in _CN_CLAUSE_MARK.finditer(plain, 0, m.start())]
        after = _CN_CLAUSE_MARK.search(plain, m.end())
        clause = plain[before[-1] if before else 0 : after.start() if after else len(plain)]
        if _CN_PUBLISHES.search(clause):
            found.add(str(int(value)))
    for m in _EN_BATCH.finditer(plain):
        word = m.group("num").lower()
        value = int(word) if word.isdigit() else _EN_COUNT_WORDS[word]
        if value >= _BATCH_LEAST and m.group("noun").lower() not in _EN_NOT_LISTED:
            found.add(str(value))
    if _CN_LIST.search(plain):
        for m in chain(_CN_LISTED.finditer(plain), _CN_LISTED_TOTAL.finditer(plain)):
            value = _parse_cn_number(m.group("num"))
            if value is not None:
                found.add(str(int(value)))
    if _EN_LIST.search(plain):
        for m in _EN_LISTED.finditer(plain):
            if m.group("noun").lower() in _EN_NOT_LISTED:
                continue
            word = m.group("num").lower()
            found.add(str(int(word) if word.isdigit() else _EN_COUNT_WORDS[word]))
    return frozenset(n for n in found if 2 <= int(n) < 10000 and not 1900 <= int(n) <= 2100)


def act_keys(text: str, published: datetime | None = None) -> frozenset[str]:
    """What a Chinese official text names that a later act under the same rule would cite.

    The titles of the documents it names in title marks ("title:…", a draft's stage left out:
    the final rule keeps its draft's title), its document numbers with their series
    ("docno:沪市监规范-2027-2"), national standards' numbers ("std:CNS-16231") and the days it
    states a measure takes effect ("effective:2027-07-01"; a day without its year is of the
    year the text was published, 今日 the day itself, in China's time), and :data:`REVISES`
    when it revises a document it names. Empty for a text not mostly in Chinese characters;
    traditional characters are read as simplified ones.
    """
    if script_of(text) != "han":
        return frozenset()
    text = roc_digits(to_simplified(unicodedata.normalize("NFKC", text)))
    titles = [m.group("a") or m.group("b") for m in _CN_TITLE.finditer(text)]
    found = {_title_key(t) for t in titles}
    found |= heading_title_keys(text) | pilot_keys(text)
    found |= {f"docno:{series}-{year}-{num}" for series, year, num in series_numbers(text)}
    found |= {
        f"std:{m.group('series').split('/')[0]}-{m.group('num')}"
        for m in _CN_STANDARD.finditer(text)
    }
    if found and _CN_REVISES.search(text):
        found.add(REVISES)
    if found and _CN_ENFORCES.search(text):
        found.add(ENFORCES)
    elif found and _implements(text):
        found.add(IMPLEMENTS)
    local = None
    if published is not None:
        at = published if published.tzinfo is not None else published.replace(tzinfo=UTC)
        local = at.astimezone(_CHINA_TIME)
    for m in _CN_EFFECTIVE.finditer(text):
        if _CN_NOT_EFFECT.search(m.group("between") or ""):
            continue
        year = m.group("year")
        if year is not None:
            value = int(year) + (1911 if m.group("roc") or len(year) < 4 else 0)
        elif local is not None:
            value = local.year
        else:
            continue
        month, day = int(m.group("month")), int(m.group("day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.add(f"{EFFECTIVE_KEY}{value:04d}-{month:02d}-{day:02d}")
    if local is not None:
        for m in _CN_STARTED_ON.finditer(text):
            # the day a measure began, told after it (9月1日系统正式启用首日): without its year,
            # of the year the text was published, as a start day stated so is
            if _CN_NOT_EFFECT.search(m.group("between")):
                continue
            year = int(m.group("year")) if m.group("year") else local.year
            month, day = int(m.group("month")), int(m.group("day"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.add(f"{EFFECTIVE_KEY}{year:04d}-{month:02d}-{day:02d}")
        for m in _CN_EFFECTIVE_TODAY.finditer(text):
            if not _CN_NOT_EFFECT.search(m.group("between")):
                found.add(f"{EFFECTIVE_KEY}{local.year:04d}-{local.month:02d}-{local.day:02d}")
    found |= announcement_keys(text)
    found |= announcement_sequence_keys(text)
    found |= {
        k for t in titles if (k := _period_key(t)) and not k.startswith(PERIOD_KEY + "title:@")
    }
    return frozenset(k for k in found if k not in ("title:", ""))


#: the prefix of an announcement's year-and-sequence number in :attr:`Evidence.acts`
#: ("announcement:2027-12"): looked up like an effective day (every development naming it is
#: compared: several authorities number their announcements by year), not scored
ANNOUNCEMENT_KEY = "announcement:"
#: an announcement's number, its own (…的公告 2027年第12号, 公告2027年第12号) or one a later
#: notice cites (更正2027年第12号公告, 我委2027年第12号公告中): 年第N号 beside 公告
_CN_ANNOUNCEMENT_NUMBER = re.compile(
    r"公告\s?(?P<year>\d{4})\s?年\s?第\s?(?P<num>\d{1,4})\s?号"
    r"|(?P<year2>\d{4})\s?年\s?第\s?(?P<num2>\d{1,4})\s?号\s?公告"
)


def announcement_keys(text: str) -> frozenset[str]:
    """The announcements ``text`` names by year and sequence number (:data:`ANNOUNCEMENT_KEY`).

    A corrigendum or a later notice names the announcement it corrects or follows by its
    number alone (更正2027年第12号公告实施日期): read as the announcement's own number is read,
    so the later notice finds the announcement's development. ``text`` in simplified
    characters, NFKC-normalised.
    """
    return frozenset(
        f"{ANNOUNCEMENT_KEY}{year}-{num}" for _, year, num in announcement_numbers(text)
    )


def announcement_numbers(text: str) -> list[tuple[re.Match[str], str, int]]:
    """Each announcement's year-and-sequence number ``text`` writes (年第N号 beside 公告).

    (match, year, number): the one reading of :func:`announcement_keys` and
    :func:`numbered_keys`; the match's "year" group is set when 公告 comes before the number
    (an announcement's own number under its heading), "year2" when after (a citation).
    """
    return [
        (m, m.group("year") or m.group("year2"), int(m.group("num") or m.group("num2")))
        for m in _CN_ANNOUNCEMENT_NUMBER.finditer(text)
    ]


#: the prefix of an announcement's sequence number without its year in :attr:`Evidence.acts`
#: ("announcement-no:52"): a later notice of the same authority cites 第52号公告 bare; looked up
#: only among developments of an authority the notice names (``nlp.cluster.Grouper``), scored
#: by nothing
ANNOUNCEMENT_SEQUENCE_KEY = "announcement-no:"
#: 第N号公告 with no year before it (公告施行以来, 第52号公告要求): the same authority's own series
_CN_ANNOUNCEMENT_BARE = re.compile(r"(?<![年\d])第\s?(?P<num>\d{1,4})\s?号\s?公告")


def announcement_sequence_keys(text: str) -> frozenset[str]:
    """The announcements ``text`` names by sequence number (:data:`ANNOUNCEMENT_SEQUENCE_KEY`).

    An announcement's own number (公告2027年第52号) gives the key of its sequence number too, and
    so does a later text citing it bare (第52号公告施行以来): an authority's briefing months on
    names its announcement so. Every authority numbers its announcements from 1 each year, so
    the key finds an announcement only with its authority (the lookup's condition). ``text``
    in simplified characters, NFKC-normalised.
    """
    found = {
        f"{ANNOUNCEMENT_SEQUENCE_KEY}{int(m.group('num') or m.group('num2'))}"
        for m in _CN_ANNOUNCEMENT_NUMBER.finditer(text)
    }
    found |= {
        f"{ANNOUNCEMENT_SEQUENCE_KEY}{int(m.group('num'))}"
        for m in _CN_ANNOUNCEMENT_BARE.finditer(text)
    }
    return frozenset(found)


_SENTENCE_SPLIT = re.compile(r"(?<=[。；！？\n])|(?<=[.!?;])\s+")
#: a date in the Republic of China's calendar (中华民国116年): a Taiwan government's document
_CN_ROC_YEAR = re.compile(r"中华民国\s?\d{2,3}\s?年")


def calendar_owner(text: str) -> frozenset[str]:
    """Taiwan (its watchlist id) for a Chinese text dated in the Republic of China's calendar.

    A promulgation order or a ministry's notice of Taiwan's often names no authority the
    watchlist holds; its date (中華民國116年5月7日) says whose measure it is.
    """
    return frozenset({"taiwan"}) if _CN_ROC_YEAR.search(text) else frozenset()


def extract_evidence(
    text: str,
    *,
    entity_ids: Iterable[str] = (),
    signal_kinds: Iterable[str] = (),
    published: datetime | None = None,
    jurisdiction_of: Mapping[str, str] | None = None,
    places: Places | None = None,
    governments: Governments | None = None,
    variants: Sequence[tuple[str, str]] | None = None,
    authorities: ForeignAuthorities | None = None,
    roles: Roles | None = None,
) -> Evidence:
    """What ``text`` (English or Chinese, or both) states that crosses languages.

    Args:
        text: the title and text of an article or notice.
        entity_ids: the watchlist entities the tagger linked in it (Chinese aliases included);
            leave out entities of type ``topic``: their aliases are not parallel across
            languages (the topic lexicon here covers topics).
        signal_kinds: the policy signal kinds the tagger found in it.
        published: when the text was published, to date what it names relative to that
            ("on Tuesday", "today", 自公布之日起); without it those are not read.
        jurisdiction_of: the government (country, region, bloc) each authority of the
            watchlist answers to (:func:`jurisdictions`); without it, the owners of a measure
            are read from English words only.
        places: the places below a country that issue measures of their own
            (:func:`places_of`); without it, no place is read.
        governments: the watchlist's governments read when named alone as a measure's owner
            (:func:`governments_of`); the project's watchlist by default.
        variants: Taiwan's words and the mainland's (:func:`variants_of`), read as the
            mainland's; the project's ``config/zh_variants.toml`` by default.
        authorities: the foreign authorities off the watchlist, by their Chinese and English
            names (:func:`foreign_authorities_of`); the project's
            ``config/foreign_authorities.toml`` by default.
        roles: the watchlist's authorities by their role (:func:`roles_of`); the project's
            ``config/watchlist.toml`` by default (:func:`default_roles`).

    Returns:
        The text's evidence; empty parts where it states nothing of a kind.
    """
    # NFKC turns 〔〕 into themselves and full-width digits into ASCII ones, which the patterns use;
    # traditional characters are read as simplified ones, in which the cues are written.
    # Taiwan's words for the same things are read as the mainland's (人工智慧: 人工智能).
    normal = unicodedata.normalize("NFKC", text)
    simplified = to_simplified(normal)
    traditional = _traditional_characters(normal, simplified) >= TRADITIONAL_CHARACTERS
    text = roc_digits(mainland_words(simplified, variants))
    corrects = _CORRECTS.search(text) is not None
    # A correction (更正, 勘误) names the document it corrects by the day that was published
    # (我局2030年4月8日公布的《…》): that day is the earlier document's, not the correction's.
    days, months = _dates(_CN_CORRECTED_DAY.sub("", text) if corrects else text)
    own = _own_days(text) & days
    if published is not None:
        relative = _relative_days(text, published)
        days |= relative
        own |= relative
    # A Chinese notice that closes with no date was issued the day it was published (in China's
    # time): the day its news may state ("issued final rules on September 30").
    issued = (
        frozenset({_issued_day(published)})
        if published is not None and not own and script_of(text) == "han"
        else frozenset()
    )
    amounts = _amounts_en(text) | _amounts_cn(text) | _counts_en(text) | issuer_counts(text)
    # A reaction to another government's measure is about that measure: the reacting authority
    # (the speaker) is not its author, so only the other side counts as its names.
    # Its sides are kept even when broad (the United States): they are all it names.
    sides = reaction_sides(text)
    topic_cues = _cues(text, _TOPIC_MATCHERS)  # read once: the topics and the objects
    owners = (
        sides
        if sides
        else owners_of(text, entity_ids, jurisdiction_of, governments) | calendar_owner(text)
    )
    if not sides and script_of(text) == "latin":
        entity_ids = frozenset(entity_ids) | role_entities(
            text, owners, roles if roles is not None else default_roles()
        )
    return Evidence(
        entities=sides if sides else frozenset(entity_ids) - GENERIC_ENTITIES,
        doc_numbers=frozenset(_doc_numbers(text)),
        amounts=frozenset(amounts),
        days=frozenset(days),
        months=frozenset(months),
        kinds=frozenset(signal_kinds)
        | frozenset(_cues(without_opinions_sought(without_negated_penalties(text)), _KIND_MATCHERS))
        | export_licence_kinds(text),
        topics=frozenset(topic_cues) | ({"labelling"} if marks_ai_content(text) else frozenset()),
        own_days=frozenset(own),
        deadlines=frozenset(deadline_days(text) & days),
        reacts_to=sides,
        issued=issued,
        owners=owners,
        places=issuing_places(text, places) if places is not None else frozenset(),
        named_places=named_places(text, places) if places is not None else frozenset(),
        aside=aside_topics(text),
        names=latin_names(text),
        objects=news_objects(text, topic_cues),
        laws=own_laws(text),
        acts=act_keys(text, published)
        | ({CORRECTS} if corrects else set())
        | ({MOVES_START} if moves_start(text) else set())
        | ({REPEALS} if ends_a_measure(text) else set()),
        list_sizes=_listed_counts(text),
        numbered=numbered_keys(text),
        authorities=named_authorities(
            text,
            authorities if authorities is not None else default_foreign_authorities(),
            traditional=traditional,
        ),
    )


#: A start moved, in a notice naming the document: 提前施行, 推迟施行, 延期实施, 施行日期提前,
#: 施行日期调整为, 调整……的施行日期 (simplified characters). Not 暂停施行 (a suspension) nor
#: 提前完成 (a task done early).
_CN_MOVES_START = re.compile(
    r"(?:提前|推迟|推延|延期|延迟|延后|顺延)(?:施行|实施|执行|生效)"
    r"|(?:施行|实施|生效)(?:日期|时间)[^，。；]{0,6}?(?:提前|推迟|推延|延后|延至|调整|改为)"
    r"|调整[^，。；]{0,40}?(?:施行|实施|生效)(?:日期|时间)"
    # the verb before the document's title (关于推迟《…》施行日期的通知), and the new start told
    # as a change (《…》改为自2031年1月1日起施行): not a renaming (将《…》改为《…》)
    r"|(?:提前|推迟|推延|延期|延迟|延后|顺延)《[^》]{1,80}》的?(?:施行|实施|生效)(?:日期|时间)"
    r"|改为自[^，。；]{1,30}?起(?:施行|实施|生效)"
)


def moves_start(text: str) -> bool:
    """Whether a Chinese text moves the start of a document it names in title marks.

    河南省…关于提前施行《…办法》的通知, 决定将《…》的施行日期推迟至…: the notice is an act on
    that document (:data:`MOVES_START`). Traditional characters are read as simplified.
    """
    if script_of(text) != "han":
        return False
    plain = to_simplified(unicodedata.normalize("NFKC", text))
    return bool(_CN_TITLE.search(plain)) and _CN_MOVES_START.search(plain) is not None


#: A measure ended: 废止 (…自本公告发布之日起废止, 同时废止), "repealed", "scraps", "rescinded",
#: "abolished"; not a licence revoked (a penalty), nor 暂停 (a suspension, which may end).
_ENDS = re.compile(
    r"废止|\b(?:repeal(?:s|ed|ing)?|scrap(?:s|ped|ping)?|rescind(?:s|ed|ing)?"
    r"|abolish(?:es|ed|ing)?)\b",
    re.IGNORECASE,
)


def ends_a_measure(text: str) -> bool:
    """Whether a text tells a measure ended (:data:`REPEALS`), in either script.

    The direction of its act: a notice repealing announcements (废止) and its news ("China
    scraps its 2029 controls") against a new list issued the same day and its news ("new list
    ... applies from July 1"). Simplified characters (as :func:`extract_evidence` reads them).
    """
    return _ENDS.search(text) is not None


#: A correction of a published text: 关于……施行日期的更正, 勘误, "施行日期有误，更正为", "corrected
#: the start of its provisions to October 1", "Correction: ..." (not 纠正, a conduct put right,
#: nor "correctional").
_CORRECTS = re.compile(r"更正|勘误|\bcorrect(?:ed|s|ing|ion)\b", re.IGNORECASE)
#: The day a correction gives the document it corrects, as that document's publication
#: (我局2030年4月8日公布的《…》, 于10月12日公示的行政处罚决定书): the date, before its verb.
_CN_CORRECTED_DAY = re.compile(
    r"(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?=(?:公布|公示|印发|发布|下发)的)"
)


#: a penalty or a fine the text says a measure does not set: "sets no penalties", "carries no
#: fines", "without penalties", "is not binding and imposes no fine", "there are no penalties";
#: 不设罚则, 没有处罚条款, 无罚则
_EN_NEGATED_PENALTY = re.compile(
    r"\b(?:no|without(?:\s+any)?|nor)\s+(?:[a-z-]+\s+)?(?:fines?|penalt(?:y|ies))\b"
    r"|\b(?:not|never)\s+(?:impos|set|carr|includ|contain|provid\w*\s+for|levy|attach)\w*"
    r"\s+(?:any\s+)?(?:[a-z-]+\s+)?(?:fines?|penalt(?:y|ies))\b",
    re.I,
)
_CN_NEGATED_PENALTY = re.compile(r"(?:不设|没有|未设|无)(?:罚则|处罚条款|处罚规定|罚款条款)")


def without_negated_penalties(text: str) -> str:
    """``text`` without what it says a measure does not impose ("sets no penalties", 不设罚则).

    The kinds of action are read from cue words (:data:`_KIND_CUES`): a guidance that "is not
    binding and sets no penalties" is no fine. Only the kinds read this text.
    """
    text = _EN_NEGATED_PENALTY.sub(" ", text)
    return _CN_NEGATED_PENALTY.sub("", text) if _HAN.search(text) else text


#: A duty to mark what AI made, the object between the verb and its maker: "require online
#: shops to mark product photos generated or heavily altered by AI", "must mark images made
#: with AI". Not a day or an event that "marked" something, nor a mark with no AI maker.
_EN_MARK_AI = re.compile(
    r"\b(?:to|must|shall|should|will)\s+(?:clearly\s+)?mark\s+[^.;]{1,60}?"
    r"\b(?:generated|created|made|produced|altered|edited)\b[^.;]{0,30}?"
    r"\b(?:by|with|using)\s+(?:ai|artificial intelligence)\b",
    re.I,
)


def marks_ai_content(text: str) -> bool:
    """Whether ``text`` tells a duty to mark content AI made (the ``labelling`` subject).

    The labelling cues read a label or a mark next to "AI-generated"; a duty told with the
    object between ("to mark product photos generated ... by AI") says the same.
    """
    return _EN_MARK_AI.search(text) is not None


#: An opinion sought or heard from a body (经征询行政会的意见, 听取专家的意见, 征求有关部门的意见):
#: a step of the procedure, not a document of opinions (指导意见, 关于……的意见).
_CN_OPINION_SOUGHT = re.compile(r"(?:征询|听取|征求|咨询)[^，。；《》]{1,12}?的意见")


def without_opinions_sought(text: str) -> str:
    """``text`` without the opinions its authority sought or heard before acting.

    经征询行政会的意见，制定本行政法规: the regulation is made after hearing the council, and
    的意见 there names no guidance document. Only the kinds read this text.
    """
    return _CN_OPINION_SOUGHT.sub("", text) if _HAN.search(text) else text


def owners_of(
    text: str,
    entity_ids: Iterable[str],
    jurisdiction_of: Mapping[str, str] | None = None,
    governments: Governments | None = None,
) -> frozenset[str]:
    """The governments whose measure ``text`` speaks of (:attr:`Evidence.owners`).

    ``governments``: the watchlist's governments named alone (:func:`governments_of`; the
    project's watchlist by default).
    """
    reader = governments if governments is not None else default_governments()
    found: set[str] = set()
    if reader.owner is not None:
        found |= {reader.owner_of[m.group("place")] for m in reader.owner.finditer(text)}
    if reader.subject is not None:
        found |= {reader.of[m.group("place")] for m in reader.subject.finditer(text)}
    if jurisdiction_of:
        found |= {jurisdiction_of[e] for e in entity_ids if e in jurisdiction_of}
    return frozenset(found)


def jurisdictions(parents: Mapping[str, str], governments: Iterable[str]) -> dict[str, str]:
    """Each watchlist entity under a government (an agency, a city), mapped to that government.

    Args:
        parents: entity id -> parent id (``parent`` in the watchlist).
        governments: the ids that are countries, regions or blocs (the roots that count).
    """
    roots = frozenset(governments)
    out: dict[str, str] = {}
    for entity in parents:
        seen = {entity}
        up = parents[entity]
        while up in parents and up not in seen:
            seen.add(up)
            up = parents[up]
        if up in roots:
            out[entity] = up
    return out


def contradicts(one: Evidence, other: Evidence) -> bool:
    """Whether two texts speak of two governments' measures.

    Their owners share none (:attr:`Evidence.owners`), or both state an owner and one speaks
    of a measure issued by a place below the country (:attr:`Evidence.places`: a province, a
    city) that the other does not name at all: a province's rule implementing a central one
    (Jiangsu's implementing rules, the ministry's subsidy they top up) is its own measure. A
    place that issues is an owner stated: "Guangdong is said to plan ..." and "Zhejiang's
    economy department issued ..." speak of two places' measures though neither names a
    government.
    """
    if one.owners and other.owners and not one.owners & other.owners:
        return True
    if not ((one.owners or one.places) and (other.owners or other.places)):
        return False
    return bool(one.places - other.named_places) or bool(other.places - one.named_places)


def enforces_under(one: Evidence, other: Evidence) -> bool:
    """Whether one text is an office's act enforcing the other's rule, which it names.

    A city's or a province's office fining a company under a central rule (a penalty decision
    naming the rule by its title or number, :data:`ENFORCES`) acts in the central rule's chain:
    the places and owners that tell a province's own rules from the centre's
    (:func:`contradicts`) do not part them. The rule's side issues no place's measure of its own
    and enforces nothing itself; two offices' penalties under one rule stay apart.
    """
    shared = _named_documents(one.acts) & _named_documents(other.acts)
    if not shared:
        return False
    for act, rule in ((one, other), (other, one)):
        if ENFORCES in act.acts and ENFORCES not in rule.acts and not rule.places:
            return True
    return False


#: Topics that name a policy's stage, not its subject (a draft of any rule).
STAGE_TOPICS = frozenset({"draft-consultation"})


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Agreement in [-1, 1]: +1 when the shorter set is all shared, -1 when nothing is.

    The shorter set, because a text often states figures or dates the other leaves out.
    """
    return 2 * len(a & b) / min(len(a), len(b)) - 1


def _doc_number_part(one: frozenset[str], other: frozenset[str]) -> float:
    """+1 when the two texts cite one document, -1 when they cite different ones.

    Numbers with their year or series ("2026-61", "order-3") decide when both texts give one;
    otherwise the bare numbers ("no-61") do, since a report often leaves the year out.
    """
    full_one = {k for k in one if not k.startswith("no-")}
    full_other = {k for k in other if not k.startswith("no-")}
    if full_one & full_other:
        return 1.0
    if full_one and full_other:
        return -1.0
    bare = {k for k in one if k.startswith("no-")} & {k for k in other if k.startswith("no-")}
    return 1.0 if bare else -1.0


#: the series an announcement's year-and-sequence number is of when no issuer heads it
#: (更正2027年第12号公告): an authority's announcements, whose authority the text leaves unsaid
ANNOUNCEMENT_SERIES = "公告"
#: a notice's heading naming its issuer before its kind (国家邮政局关于……的公告, 黑龙江省市场
#: 监督管理局公告, 石家庄市发展和改革委员会听证公告), at the text's start: the issuer ends as an
#: issuer's name ends (:data:`_CN_BODY_END`), the kind is an announcement or one of its own
#: kinds (a supplement or a correction shares its sequence), nothing else
_CN_HEADING_ISSUER = re.compile(
    rf"^\s*(?P<issuer>[{HAN}]{{2,24}}?{_CN_BODY_END})"
    rf"(?:关于[^\n。]{{0,80}}?的)?(?P<kind>(?:补充|更正|听证|招标)?公告)"
)
#: a series with the shape of an issuer's name (工业和信息化部, 国务院, 省教育厅, 国家邮政局): a
#: citing sentence's words or the issuer itself written where a series stands, not a series
_CN_ISSUER_SHAPED = re.compile(rf"{_CN_BODY_END}$")


def numbered_keys(text: str) -> frozenset[str]:
    """Each year-and-number a Chinese text writes, with its series (:attr:`Evidence.numbered`).

    A document number in brackets with the series written before it (琼旅文规〔2028〕6号: its
    series as :func:`act_keys` reads it); an announcement's 年第N号 beside 公告, of the issuer
    whose heading opens the text when its own number follows that heading (国家邮政局……的公告
    2028年第6号), else of :data:`ANNOUNCEMENT_SERIES`. Empty for a text not mostly in Chinese
    characters. ``text`` in simplified characters, NFKC-normalised.
    """
    if script_of(text) != "han":
        return frozenset()
    found = {f"{year}-{num}@{series}" for series, year, num in series_numbers(text)}
    heading = _CN_HEADING_ISSUER.match(text)
    for m, year, num in announcement_numbers(text):
        series = ANNOUNCEMENT_SERIES
        if (
            heading is not None
            and m.group("year")
            and heading.end() - 2 <= m.start() <= heading.end() + 2
        ):
            # its own number, written right after its heading: the issuer's announcements
            series = heading.group("issuer") + ANNOUNCEMENT_SERIES
        found.add(f"{year}-{num}@{series}")
    return frozenset(found)


def numbered_series(evidence: Evidence) -> dict[str, frozenset[str]]:
    """The series each year-and-number of a text is written in (:attr:`Evidence.numbered`).

    Keyed as :attr:`Evidence.doc_numbers` keys them ("2028-6").
    """
    found: dict[str, set[str]] = {}
    for key in evidence.numbered:
        number, series = key.split("@", 1)
        found.setdefault(number, set()).add(series)
    return {k: frozenset(v) for k, v in found.items()}


def _series_alike(one: str, other: str) -> bool:
    """Whether two series name one: equal, or one the start or the end of the other.

    A text citing 琼旅文规〔2028〕6号 may write its province before it (海南琼旅文规), one citing
    an announcement may leave its issuer out (公告 against 国家邮政局公告), and a joint document's
    series adds its joint mark after the lead issuer's (工信部联科 against 工信部).
    """
    return (
        one.endswith(other) or other.endswith(one) or one.startswith(other) or other.startswith(one)
    )


def numbers_of_two_series(one: Evidence, other: Evidence) -> bool:
    """Whether every year-and-number two texts share is written in two series.

    琼旅文规〔2028〕6号 (a province's department's sixth normative document of 2028) and 国家邮政局
    公告2028年第6号 (a national bureau's sixth announcement) are both "2028-6" in
    :attr:`Evidence.doc_numbers`: every issuer numbers its documents from 1 each year, so the
    year and number alone are a template two documents share, not one document. When both
    texts write the series of each shared number (:func:`numbered_series`; two announcements by
    their issuers' headings) and none agrees, they cite two documents. A text that writes a
    shared number without its series (an English report, a news story's 〔2028〕6号) says
    nothing against it, nor does a "series" with the shape of an issuer's name (工业和信息化部
    〔2028〕5号 read as 信息化部, 国务院〔2028〕12号, 国家邮政局〔2028〕6号公告): the issuer or the
    citing words written where the series stands, which may be any of its series.
    """
    shared = {k for k in one.doc_numbers & other.doc_numbers if not k.startswith("no-")}
    if not shared:
        return False
    mine, theirs = numbered_series(one), numbered_series(other)
    for key in shared:
        a = {x for x in mine.get(key, ()) if not _CN_ISSUER_SHAPED.search(x)}
        b = {x for x in theirs.get(key, ()) if not _CN_ISSUER_SHAPED.search(x)}
        if not a or not b or any(_series_alike(x, y) for x in a for y in b):
            return False
    return True


def _procedure_days(deadlines: frozenset[str], other_days: frozenset[str]) -> frozenset[str]:
    """A text's comment deadlines when every day the other text states comes after them.

    Days are compared by month and day (``--MM-DD``; years are often left out): a final rule in
    force early in the next year is not read as after its deadline, and the day still counts.
    """
    if deadlines and other_days and min(other_days) > max(deadlines):
        return deadlines
    return frozenset()


def _reaction_names(one: Evidence, other: Evidence) -> frozenset[str]:
    """The names of ``one`` as compared with ``other``'s.

    When ``other`` is a reaction to another government's measure, the government that owns
    ``one``'s measure is among ``one``'s names: the news of a US rule names the Commerce
    Department, the reaction only 美方 (the United States, too broad to be a name elsewhere).
    """
    if not other.reacts_to:
        return one.entities
    return one.entities | (one.owners & other.reacts_to)


def agreement(one: Evidence, other: Evidence) -> Agreement:
    """How far two texts' evidence agrees, part by part.

    Args:
        one: the evidence of one text (:func:`extract_evidence`).
        other: the evidence of the other.

    Returns:
        The score (a logistic of the weighted parts, in (0, 1)) and the parts.
    """
    parts: dict[str, float] = {}
    editions = periods_apart(one.acts, other.acts)
    # An office's penalty under a rule it names carries its own number and its own authority's
    # name: neither says it is another measure (:func:`enforces_under`).
    enforcing = enforces_under(one, other)
    if one.doc_numbers and other.doc_numbers:
        parts["doc_number"] = _doc_number_part(one.doc_numbers, other.doc_numbers)
        if parts["doc_number"] > 0 and numbers_of_two_series(one, other):
            # one year and number in two series: two issuers' documents, not one
            parts["doc_number"] = -1.0
        if enforcing and parts["doc_number"] < 0:
            del parts["doc_number"]
    amounts_one, amounts_other = comparable_amounts(one.amounts, other.amounts)
    if amounts_one and amounts_other:
        parts["amounts"] = _overlap(amounts_one, amounts_other)
    # Two different days are a contradiction, unless one text states only its own date (when it
    # was issued): a notice signed on the 16th and the news of it dated the 18th agree. An undated
    # notice's day of issue counts when the other text states that day as a fact.
    days_one = one.days | (one.issued & (other.days - other.own_days))
    days_other = other.days | (other.issued & (one.days - one.own_days))
    own_one = one.own_days | one.issued
    own_other = other.own_days | other.issued
    # A consultation's comment deadline contradicts no day after it: the final rule's adoption
    # and effect come after comments close. A day before it may be another measure's.
    own_one |= _procedure_days(one.deadlines, days_other - own_other)
    own_other |= _procedure_days(other.deadlines, days_one - own_one)
    both = bool(days_one and days_other)
    own_only = both and (not days_one - own_one or not days_other - own_other)
    if both and (days_one & days_other or not own_only):
        parts["days"] = _overlap(days_one, days_other)
    if one.months and other.months and "days" not in parts and not own_only:
        parts["months"] = _overlap(one.months, other.months)
    names_one, names_other = _reaction_names(one, other), _reaction_names(other, one)
    if names_one and names_other:
        # One shared agency is common between an agency's developments; two shared names
        # (the regulator and the company it acts on) say more.
        shared = len(names_one & names_other)
        share = shared / min(len(names_one), len(names_other))
        parts["entities"] = 2 * share * min(shared, 2) / 2 - 1
        if enforcing and parts["entities"] <= -1.0:
            del parts["entities"]
    if one.authorities & other.authorities:
        # One authority both name by its own name (``config/foreign_authorities.toml``, in either
        # script): a name shared, as a watchlist entity's is, whatever kind of document it issued.
        # It stands in only where no names were compared: two notices of one regulator naming
        # two companies keep their negative score (a shared authority alone is never enough).
        parts.setdefault("entities", 0.0)
    if one.kinds and other.kinds:
        parts["kinds"] = 2 * _jaccard(one.kinds, other.kinds) - 1
    # What a text names only as another, separate measure is not its subject.
    topics_one, topics_other = one.topics - one.aside, other.topics - other.aside
    if bool(topics_one & STAGE_TOPICS) != bool(topics_other & STAGE_TOPICS):
        # A stage only one text states (final rules "dropping a draft requirement") is no
        # subject the other lacks.
        topics_one, topics_other = topics_one - STAGE_TOPICS, topics_other - STAGE_TOPICS
    # What both texts' measures act on (:data:`_OBJECT_CUES`: prices, ride-hailing, software),
    # read in either language whatever the document is called, is a subject they share.
    # A topic one text states only aside is not brought back as an object.
    shared_objects = (one.objects - one.aside) & (other.objects - other.aside) & OBJECT_NAMES
    topics_one, topics_other = topics_one | shared_objects, topics_other | shared_objects
    if topics_one and topics_other:
        # The share of the shorter list that is shared (a notice states more than a headline);
        # one shared topic (chips, say) counts for less than two, even when it is all that a
        # short text states.
        shared = len(topics_one & topics_other)
        shorter = min(len(topics_one), len(topics_other))
        parts["topics"] = 2 * (shared / shorter) * (min(shared, 2) / 2 if shorter > 1 else 0.75) - 1
    if one.laws and other.laws:
        # One law named by its title in both (its subjects read across the languages), or two.
        parts["laws"] = 1.0 if one.laws & other.laws else -1.0
    if contradicts(one, other) and not enforcing:
        # Two governments' measures (a US rule on drone parts, a Chinese notice on drone parts):
        # one subject family, two measures.
        parts["owners"] = -1.0
    elif (_named_documents(one.acts) & _named_documents(other.acts)) - editions or pilots_alike(
        one.acts, other.acts
    ):
        # One document both name, unless they are two governments' measures: a province's
        # rules implementing the central rule they cite are a measure of their own.
        parts["acts"] = 1.0
    elif editions:
        # two editions of one plan, each named with its own years: two documents
        parts["acts"] = -1.0
    if one.list_sizes & other.list_sizes:
        # one list's size both state (:func:`list_sizes`); sizes that differ say nothing (a
        # proposed list and the final one, a text counting what it adds)
        parts["list_size"] = 1.0
    if same_issuing_place(one, other) and "owners" not in parts:
        # the place below the country both say issues the measure (:attr:`Evidence.places`);
        # places that differ say nothing here (:func:`contradicts` reads them)
        parts["places"] = 1.0
    if CORRECTS in one.acts | other.acts and parts.get("acts", 0.0) > 0:
        # a correction of the document both name changes its day: the days differing is its
        # point, not another measure's
        for name in ("days", "months"):
            if parts.get(name, 0.0) < 0:
                del parts[name]
    started = [any(k.startswith(EFFECTIVE_KEY) for k in e.acts) for e in (one, other)]
    if parts.get("acts", 0.0) > 0 and not all(started):
        # one document both name, at two of its steps (its draft's comment deadline and the
        # final text's start, a 公示's period and the 决定's start): its days differing are its
        # steps, not another measure's. Two start days of it still contradict (no correction).
        for name in ("days", "months"):
            if parts.get(name, 0.0) < 0:
                del parts[name]
    if MOVES_START in one.acts | other.acts and parts.get("acts", 0.0) > 0:
        # a notice moving the start of the document both name: its new day and its own number
        # are its point, not another measure's
        for name in ("days", "months", "doc_number"):
            if parts.get(name, 0.0) < 0:
                del parts[name]
    if parts.get("doc_number", 0.0) < 0 and shared_pilot(one, other):
        # an approved pilot and the work plan carrying it out: each has its own number
        del parts["doc_number"]
    logit = BIAS + sum(WEIGHTS[name] * value for name, value in parts.items())
    return Agreement(1 / (1 + math.exp(-logit)), parts)


def pilots_alike(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two texts' keys (:attr:`Evidence.acts`) name one pilot (:func:`pilot_keys`).

    One pilot is named with or without the zone or place it is held in: the State Council's
    批复 approves a pilot 在海南博鳌乐城国际医疗旅游先行区开展进口……试点 (its key after 开展), the
    province's plan names it 博鳌乐城进口……试点. The longer name ends with the whole shorter one.
    """
    names_one = [k.removeprefix(PILOT_KEY) for k in one if k.startswith(PILOT_KEY)]
    names_other = [k.removeprefix(PILOT_KEY) for k in other if k.startswith(PILOT_KEY)]
    return any(a.endswith(b) or b.endswith(a) for a in names_one for b in names_other)


def shared_pilot(one: Evidence, other: Evidence) -> bool:
    """Whether two texts name one pilot (:func:`pilot_keys`) of one place, or of none.

    A ministry's 批复 approving a province's pilot and the province's work plan for it carry
    two numbers; two places' pilots of one name are two measures (the places they name differ).
    """
    if not pilots_alike(one.acts, other.acts):
        return False
    places_one, places_other = one.named_places, other.named_places
    return not (places_one and places_other) or bool(places_one & places_other)


# -- joining across languages (the grouping's second chance, nlp.cluster) -----------------------

_HAN = re.compile(rf"[{HAN}]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
#: Parts that say something besides the names: a join needs one of them to agree, so that two
#: texts naming the same agency and company are never joined on the names alone.
NON_ENTITY_PARTS = (
    "doc_number", "amounts", "days", "months", "topics", "laws", "acts", "list_size",
)  # fmt: skip
#: Of those, the parts that say what a text is about. A date alone (1 October, 1 January: common
#: effective dates) carries a join only with a name both texts state.
SUBJECT_PARTS = ("doc_number", "amounts", "topics", "laws", "acts", "list_size")
#: Parts stating a fact of the policy (its document, a figure, a date).
FACT_PARTS = ("doc_number", "amounts", "days", "months", "laws", "acts", "list_size")
#: The topic part when a single subject is shared (:func:`agreement`): with nothing else agreeing
#: but nearness, no shared name and no fact, it joins nothing (a drone route rule in one city
#: and a drone subsidy rumoured in another country, reported the same week).
SINGLE_TOPIC = 0.5
#: The score at which a report joins a development in another language: the threshold chosen on
#: the bilingual pairs of tests/fixtures/crosslingual (bench stage ``crosslingual``).
JOIN_THRESHOLD = 0.542
#: A second development this close to the best one makes the join ambiguous: none is made.
JOIN_MARGIN = 0.1
#: The reports of a development read, at most (the earliest ones).
MEMBERS_READ = 32


def authority_and_field_only(parts: Mapping[str, float]) -> bool:
    """Whether an agreement shares an authority and at most one subject, and nothing of the measure.

    Two measures of one authority on near subjects (a ministry's control list of chip firms and
    its export control on chip-packaging tools, weeks apart) agree on the authority and the field;
    one measure's reports also share a fact of it (its document number, a figure, a date) or more
    than one subject.
    """
    return parts.get("entities", -1.0) > -1.0 and not _measure_shared(parts)  # one agency: 0


def measure_shared(parts: Mapping[str, float]) -> bool:
    """Whether an agreement shares the measure itself (:func:`_measure_shared`)."""
    return _measure_shared(parts)


def _measure_shared(parts: Mapping[str, float]) -> bool:
    """Whether an agreement shares the measure itself: a fact of it or more than one subject."""
    return parts.get("topics", 0.0) > SINGLE_TOPIC or any(
        parts.get(part, 0.0) > 0 for part in FACT_PARTS
    )


def script_of(text: str) -> str:
    """``han`` for a text written mostly in Chinese characters, else ``latin``."""
    sample = text[:2000]
    if _HAN.search(sample) is None:  # most reports: no Chinese character at all
        return "latin"
    return "han" if len(_HAN.findall(sample)) > len(_LATIN_WORD.findall(sample)) else "latin"


class Reading:
    """What grouping keeps of a report to compare it across languages.

    The script is read at once (cheap); the evidence only when a comparison needs it (most
    reports are never compared across languages), then kept.
    """

    __slots__ = (
        "_authorities",
        "_entities",
        "_evidence",
        "_governments",
        "_kinds",
        "_owned",
        "_pending",
        "_places",
        "_roles",
        "_text",
        "_variants",
        "_when",
        "published",
        "script",
    )

    def __init__(
        self,
        text: str,
        entity_ids: Iterable[str],
        signal_kinds: Iterable[str],
        published: datetime | None = None,
        places: Places | None = None,
        governments: Governments | None = None,
        variants: Sequence[tuple[str, str]] | None = None,
        authorities: ForeignAuthorities | None = None,
        roles: Roles | None = None,
    ) -> None:
        self.script = script_of(text)
        #: publication time (POSIX seconds), when known
        self.published = None if published is None else published.timestamp()
        self._when = published
        self._text = text
        self._entities = frozenset(entity_ids)
        self._kinds = frozenset(signal_kinds)
        self._places = places
        self._governments = governments
        self._variants = variants
        self._authorities = authorities
        self._roles = roles
        self._evidence: Evidence | None = None
        #: the evidence with its authorities' governments, and the mapping they came from
        self._owned: tuple[Mapping[str, str], Evidence] | None = None
        #: where evidence made elsewhere is awaited (:meth:`expect_evidence`)
        self._pending: Callable[[], Evidence | None] | None = None

    @property
    def evidence(self) -> Evidence:
        """The text's cross-language evidence (:func:`extract_evidence`).

        Evidence another process is making (:meth:`expect_evidence`) is awaited, not made again.
        """
        if self._evidence is None and self._pending is not None:
            deliver, self._pending = self._pending, None
            found = deliver()
            if found is not None:
                self.take_evidence(found)
        if self._evidence is None:
            self._evidence = extract_evidence(
                self._text,
                entity_ids=self._entities,
                signal_kinds=self._kinds,
                published=self._when,
                places=self._places,
                governments=self._governments,
                variants=self._variants,
                authorities=self._authorities,
                roles=self._roles,
            )
            self._text = ""
        return self._evidence

    def take_evidence(self, evidence: Evidence) -> None:
        """Keep ``evidence`` made elsewhere from this reading's text, unless it has its own yet.

        The same :func:`extract_evidence` of the same text, made in another process
        (``policywatch.archive``); the text is kept, as a computation of :attr:`evidence` may
        already have started in another thread and sets the same value.
        """
        if self._evidence is None:
            self._evidence = evidence

    def expect_evidence(self, deliver: Callable[[], Evidence | None]) -> None:
        """Await ``deliver`` for this text's evidence, before making it, when first asked.

        ``deliver`` waits for :func:`extract_evidence` of the same text made elsewhere (a task
        already queued or running in another process, ``policywatch.archive``) and returns it,
        or None where it cannot (the task failed, was cancelled, or made none): then it is made
        here, as without it.
        """
        if self._evidence is None:
            self._pending = deliver

    def evidence_under(self, jurisdiction_of: Mapping[str, str] | None) -> Evidence:
        """:attr:`evidence` with the governments of the authorities it names among its owners.

        ``jurisdiction_of``: as for :func:`extract_evidence` (kept for the last mapping asked).
        """
        found = self.evidence
        if not jurisdiction_of or found.reacts_to:
            return found
        if self._owned is None or self._owned[0] is not jurisdiction_of:
            roots = {jurisdiction_of[e] for e in self._entities if e in jurisdiction_of}
            owned = replace(found, owners=found.owners | roots) if roots else found
            self._owned = (jurisdiction_of, owned)
        return self._owned[1]

    def __repr__(self) -> str:
        return f"Reading(script={self.script!r})"


def read(
    text: str,
    entity_ids: Iterable[str],
    signal_kinds: Iterable[str],
    published: datetime | None = None,
    places: Places | None = None,
    governments: Governments | None = None,
    variants: Sequence[tuple[str, str]] | None = None,
    authorities: ForeignAuthorities | None = None,
    roles: Roles | None = None,
) -> Reading:
    """A report's script, and its cross-language evidence when asked (``text``: title, body).

    ``places``, ``governments``, ``variants``, ``authorities``, ``roles``: as for
    :func:`extract_evidence`.
    """
    return Reading(
        text, entity_ids, signal_kinds, published, places, governments, variants, authorities, roles
    )


def _near(one: Reading, other: Reading) -> bool:
    if one.published is None or other.published is None:
        return False
    return abs(one.published - other.published) <= NEAR_DAYS * 86400.0


def near_in_time(one: Reading, other: Reading) -> bool:
    """Whether two reports were published within :data:`NEAR_DAYS` of each other."""
    return _near(one, other)


def _with_near(found: Agreement) -> Agreement:
    """``found`` with the publication-time part added (:data:`NEAR_WEIGHT`)."""
    logit = math.log(found.score / (1 - found.score)) + NEAR_WEIGHT
    return Agreement(1 / (1 + math.exp(-logit)), {**found.parts, "near_in_time": 1.0})


@dataclass(frozen=True, slots=True)
class CrossMatch:
    """The development a report joins across languages, and why."""

    development_id: str
    score: float
    parts: dict[str, float]


def _without(evidence: Evidence, ignore: frozenset[str]) -> Evidence:
    if not ignore or not evidence.entities & ignore:
        return evidence
    return replace(evidence, entities=evidence.entities - ignore)


def _development_owners(
    members: Sequence[Reading], jurisdiction_of: Mapping[str, str] | None
) -> frozenset[str]:
    """The governments a development's reports state as owning its measure.

    A government's own notice often names no country ("the government is consulting on ..."):
    the development it belongs to owns the measure its other reports place ("UK plans to ...").
    Reactions name other sides and are left out.
    """
    found: set[str] = set()
    for member in members:
        evidence = member.evidence_under(jurisdiction_of)
        if not evidence.reacts_to:
            found |= evidence.owners
    return frozenset(found)


def best_join(
    reading: Reading,
    developments: Iterable[tuple[str, Sequence[Reading]]],
    *,
    threshold: float = JOIN_THRESHOLD,
    margin: float = JOIN_MARGIN,
    ignore: frozenset[str] = frozenset(),
    jurisdiction_of: Mapping[str, str] | None = None,
) -> CrossMatch | None:
    """The development a report joins on cross-language evidence alone, or None.

    A Latin-script report is compared with a development's reports in another script (the
    embedding compares it with the others); a report in another script, which the English
    embedding reads poorly, with all of them. A development's agreement is its best compared
    report's (among its first :data:`MEMBERS_READ`), raised a little when the two were
    published within :data:`NEAR_DAYS` of each other. The report joins the best development when
    that agreement is at least ``threshold``, a part saying what the texts are about agrees
    (:data:`SUBJECT_PARTS`) or a date agrees and a name is shared, more than one subject is
    shared when no name and no fact (:data:`FACT_PARTS`) is, and no other development comes
    within ``margin`` of it. A reaction to another government's measure
    (:attr:`Evidence.reacts_to`) joins only a development whose report names that government.

    Args:
        reading: the report's (:func:`read`).
        developments: the open candidate developments, each with its reports' readings.
        threshold: the join score (held-out choice on the bilingual pairs by default).
        margin: how far ahead of the second development the best must be.
        ignore: entity ids whose aliases are not parallel across languages (watchlist topics).
        jurisdiction_of: the government each authority answers to (:func:`jurisdictions`):
            two texts about two governments' measures do not agree (:attr:`Evidence.owners`).
    """
    mine = _without(reading.evidence_under(jurisdiction_of), ignore)
    scored: list[CrossMatch] = []
    #: per development, whether its best report shares more than a sector word with ``mine``
    beyond_sector: dict[str, bool] = {}
    #: per development, whether its best report and ``mine`` state one issuing place
    placed: dict[str, bool] = {}
    #: per development, whether its best report and ``mine`` read one kind of measure acting on
    #: one subject (:func:`one_kind_one_subject`)
    kind_subject: dict[str, bool] = {}
    for dev_id, members in developments:
        foreign = [m for m in members if reading.script != "latin" or m.script != "latin"]
        owners = _development_owners(members, jurisdiction_of)
        best: Agreement | None = None
        for member in foreign[:MEMBERS_READ]:
            theirs = member.evidence_under(jurisdiction_of)
            if owners and not theirs.owners and not theirs.reacts_to:
                theirs = replace(theirs, owners=owners)  # "the government" of that development
            found = agreement(mine, _without(theirs, ignore))
            if _near(reading, member):
                found = _with_near(found)
            if best is None or found.score > best.score:
                best = found
                beyond_sector[dev_id] = more_than_a_sector(mine, theirs)
                placed[dev_id] = same_issuing_place(mine, theirs)
                kind_subject[dev_id] = one_kind_one_subject(mine, theirs, found.parts)
        if best is not None:
            scored.append(CrossMatch(dev_id, best.score, best.parts))
    scored.sort(key=lambda m: (-m.score, m.development_id))
    if not scored or scored[0].score < threshold:
        return None
    top = scored[0]
    if day_and_sector_only(top.parts) and not beyond_sector.get(top.development_id):
        return None  # two authorities' acts on one start day, in one sector: nothing of the act
    # a name shared, or the place below the country both say issues the measure (a province's
    # notice and "Shandong issued rules ..."): who acts, as a name says it
    named = top.parts.get("entities", -1.0) > -1.0 or placed.get(top.development_id, False)
    if not any(top.parts.get(part, 0.0) > 0 for part in SUBJECT_PARTS) and not (
        any(top.parts.get(part, 0.0) > 0 for part in NON_ENTITY_PARTS) and named
    ):
        return None
    if (
        not named
        and top.parts.get("topics", 0.0) <= SINGLE_TOPIC
        and not any(top.parts.get(part, 0.0) > 0 for part in FACT_PARTS)
        and not kind_subject.get(top.development_id, False)
    ):
        return None  # one shared subject (drones) and no shared name: two places' news of it
    if len(scored) > 1 and scored[1].score > top.score - margin:
        return None
    if mine.reacts_to and not top.parts.get("entities", -1.0) > -1.0:
        return None  # a reaction joins the news of the government it reacts to, named there
    return top


#: Parts stating something of the act itself (its document, a figure, a law, a title): with a
#: shared name, what a day and a sector word alone do not say (:func:`day_and_sector_only`).
ACT_PARTS = ("doc_number", "amounts", "laws", "acts", "list_size")


def day_and_sector_only(parts: Mapping[str, float]) -> bool:
    """Whether an agreement rests on a shared day and one broad subject, and no kind of action.

    Two authorities' acts that start on one day (1 July) in one sector (robots: a product
    certification and a care home's rule on its robots) agree on the day and the topic, and
    published a day apart, or looked up by that day beyond the window, they pass the join
    score; they share no kind of action (their kinds disagree, or one states none) and nothing
    of the act: no document number, figure, law or title, no name (:data:`ACT_PARTS`,
    ``entities``). Such a pair is not one act's, unless the two share more than the one
    subject or a place or a name (:func:`more_than_a_sector`): that the agreement's parts do
    not tell.
    """
    if parts.get("kinds", -1.0) > -1.0 or parts.get("entities", -1.0) > -1.0:
        return False
    if any(parts.get(part, 0.0) > 0 for part in ACT_PARTS):
        return False
    return parts.get("topics", 0.0) <= SINGLE_TOPIC


def same_issuing_place(one: Evidence, other: Evidence) -> bool:
    """Whether two texts state one place below a country as issuing their measure.

    :attr:`Evidence.places`: a province's notice (山东省交通运输厅关于印发……) and its news
    ("Shandong issued rules on ...", "Yunnan's provincial government issued guidelines"). Who
    acts, as a shared name says it: not a place only named (a port, a city where a firm sits).
    """
    return bool(one.places & other.places)


def more_than_a_sector(one: Evidence, other: Evidence) -> bool:
    """Whether two texts share more than one sector word (robots) and a day.

    Two subjects or more (a zone's negative list for foreign investment: the list, the zone,
    foreign supply), an object narrower than the topics (:attr:`Evidence.objects` that are no
    topic of :data:`_TOPIC_CUES`: e-bikes, helmets, riders), read in either language; or who
    acts, where the agreement's names do not tell it: a place below the country both name (a
    province's rules and "Guizhou's development and reform commission"), a foreign authority
    or a Latin-script name both write.
    """
    topics = (one.topics - one.aside - STAGE_TOPICS) & (other.topics - other.aside - STAGE_TOPICS)
    return (
        len(topics) > 1
        or bool((one.objects & other.objects) - _TOPIC_NAMES)
        or bool(one.named_places & other.named_places)
        or bool(one.authorities & other.authorities)
        or bool(one.names & other.names)
    )


def one_kind_one_subject(one: Evidence, other: Evidence, parts: Mapping[str, float]) -> bool:
    """Whether two texts read one kind of measure acting on one subject, and nothing apart.

    Both state a kind of measure and share one (a standard, a filing rule: ``kinds`` at least
    0), they share a subject the measure acts on (large models, robots, licences; not a step
    any measure takes, :data:`STEP_TOPICS`, nor a subject one states only aside), and no part
    reads them apart. A body no reading names (运输署, "the standards body") and a title no
    reading matches leave a notice and its news of the next day only this: with nearness it
    reaches the join score, and it lifts the single-subject condition of :func:`best_join`.
    A drone rule and a drone subsidy rumour (no kind on the news's side), or two drafts on
    two subjects sharing only "draft", stay refused.
    """
    if parts.get("kinds", -1.0) < 0.0 or any(value < 0 for value in parts.values()):
        return False
    return bool((one.topics - one.aside - STEP_TOPICS) & (other.topics - other.aside - STEP_TOPICS))


def subjects_apart(parts: Mapping[str, float]) -> bool:
    """Whether an agreement reads two texts' measures apart and nothing of them together.

    Their subjects disagree, or they cite different documents or laws, and no part saying what
    they are about agrees (:data:`SUBJECT_PARTS`).
    """
    if any(parts.get(part, 0.0) > 0 for part in SUBJECT_PARTS):
        return False
    return any(parts.get(part, 0.0) < 0 for part in ("topics", "doc_number", "laws"))


def evidence_apart(
    reading: Reading,
    others: Sequence[Reading],
    *,
    ignore: frozenset[str] = frozenset(),
    jurisdiction_of: Mapping[str, str] | None = None,
) -> bool:
    """Whether a report's evidence reads it apart from every one of other texts.

    Each of ``others`` (a development's notices in another script, among the first
    :data:`MEMBERS_READ`) disagrees with the report on what the measure is about, on the
    document or the law, and agrees on none of it (:func:`subjects_apart`): the English model
    reads the report with the development's English reports alone, and a rumour sharing their
    regulator and the word "draft" is read as their news, while the development's notice,
    which the report is checked against across the languages, states another subject.
    """
    if not others:
        return False
    mine = _without(reading.evidence_under(jurisdiction_of), ignore)
    return all(
        subjects_apart(
            agreement(mine, _without(other.evidence_under(jurisdiction_of), ignore)).parts
        )
        for other in others[:MEMBERS_READ]
    )


def action_apart(parts: Mapping[str, float]) -> bool:
    """Whether an agreement reads two texts' kinds of action apart and nothing of them together.

    No kind of action is shared (a restriction against a standard, an export control against a
    content rule) and no part agrees: no subject, fact, day, name or authority. A text that
    states no kind says nothing of it (no ``kinds`` part), and is not read apart. The place both
    say issues the measure (``places``) is left out: one province issues a restriction and a
    subsidy, two measures its kinds still tell apart.
    """
    return parts.get("kinds", 0.0) <= -1.0 and not any(
        value > 0 for part, value in parts.items() if part not in _NOT_TOGETHER
    )


#: The parts :func:`action_apart` leaves out: who issues tells no two measures of it together.
_NOT_TOGETHER = frozenset({"places"})


def actions_apart(
    reading: Reading,
    others: Sequence[Reading],
    *,
    ignore: frozenset[str] = frozenset(),
    jurisdiction_of: Mapping[str, str] | None = None,
) -> bool:
    """Whether a report's kinds of action are apart from every one of other texts.

    Apart as :func:`action_apart` reads an agreement: no kind shared, and nothing else agrees.

    ``others``: a development's notices in another script, among the first
    :data:`MEMBERS_READ`. The English model reads the report with the development's English
    reports alone, and two of one country's measures share its name ("China", "Chinese"), the
    field and a sector word: a report whose subject no topic cue reads (ads in AI search
    answers, liquid-cooled servers) is not read apart on its subject (:func:`evidence_apart`),
    while the notice it is checked against across the languages tells another kind of action
    and agrees on nothing.
    """
    if not others:
        return False
    mine = _without(reading.evidence_under(jurisdiction_of), ignore)
    return all(
        action_apart(agreement(mine, _without(other.evidence_under(jurisdiction_of), ignore)).parts)
        for other in others[:MEMBERS_READ]
    )


def authority_only(
    reading: Reading,
    others: Sequence[Reading],
    *,
    ignore: frozenset[str] = frozenset(),
    jurisdiction_of: Mapping[str, str] | None = None,
) -> bool:
    """Whether a report agrees with other texts on their authority and field but not the measure.

    Some of ``others`` (a development's notices, among the first :data:`MEMBERS_READ`) shares
    an authority with the report and at most one subject, with no fact of the measure
    (:func:`authority_and_field_only`), and none agrees on the measure: a shared fact or more
    than one shared subject.
    """
    mine = _without(reading.evidence_under(jurisdiction_of), ignore)
    found = [
        agreement(mine, _without(other.evidence_under(jurisdiction_of), ignore)).parts
        for other in others[:MEMBERS_READ]
    ]
    return any(authority_and_field_only(parts) for parts in found) and not any(
        _measure_shared(parts) for parts in found
    )


# -- one act's news in two scripts (the grouping's news join, nlp.cluster) ----------------------

#: Topics that name a step any measure can take (a draft, a reading, a pause, a denial), not what
#: it acts on.
STEP_TOPICS = frozenset({"draft-consultation", "legislative-reading", "suspension", "denial"})
#: What a measure acts on, as news in either language names it, beyond the topics
#: (:data:`_TOPIC_CUES`, which the notices' agreement reads): the products, services, people
#: and practices consumer and platform rules are about. A name shared with a topic widens that
#: topic for the news join only (a battery cell is a battery).
_OBJECT_CUES: dict[str, tuple[str, ...]] = {
    "batteries": ("battery cell", "电芯"),
    "power-banks": ("power bank", "portable charger", "移动电源", "充电宝"),
    "charging": ("charging", "charger", "充电"),
    "e-bikes": ("e-bike", "electric bike", "electric bicycle", "电动自行车"),
    "e-scooters": ("e-scooter", "electric scooter", "电动滑板车", "滑板车"),
    "helmets": ("helmet", "头盔"),
    "food-delivery": ("food delivery", "delivery platform", "delivery app", "takeaway",
                      "外卖"),
    "riders": ("delivery rider", "riders' ", "courier", "骑手", "配送员"),
    "working-time": ("working time", "working hours", "daily hours", "rest break",
                     "劳动时间", "工作时间", "在线时长"),
    "subscriptions": ("subscription", "auto-renew", "recurring charge", "negative option",
                      "click-to-cancel", "订阅", "自动续费", "续费"),
    "loot-boxes": ("loot box", "random reward", "random-reward", "gacha", "开箱", "随机奖励",
                   "抽卡"),
    "advertising": ("advert", "ads_", "ad buyer", "广告"),
    "fraud": ("scam", "fraud", "诈骗", "欺诈", "防诈"),
    "identity-checks": ("real-name", "verify", "verification", "identity check", "实名",
                        "身份验证", "身份核验"),
    "news-media": ("news bargaining", "news publisher", "news outlet", "news media",
                   "news organisation", "news organization", "新闻议价", "新闻机构", "新闻媒体"),
    "medical-devices": ("medical device", "diagnostic", "医疗器械", "辅助诊断", "辅助检测"),
    "software": ("software", "软件"),
    "card-fees": ("interchange", "card fee", "card scheme", "交换费", "银行卡"),
    "cloud": ("cloud", "云服务", "云计算", "云采购"),
    "procurement": ("procurement", "purchasing", "tender", "采购", "招标"),
    # 网约车 in full in the notices' titles: 网络预约出租汽车
    "ride-hailing": ("ride-hailing", "ride hailing", "网约车", "网络预约出租汽车",
                     "网络预约出租车"),
    "livestream-selling": ("live commerce", "live-commerce", "livestream selling", "带货"),
    "pricing": ("price", "pricing", "价格", "定价", "标价"),
    "tobacco-vaping": ("e-cigarette", "vape", "vaping", "电子烟"),
    "gambling": ("gambling", "betting", "casino", "赌博", "博彩"),
    "recalls": ("recall", "召回"),
}  # fmt: skip
_OBJECT_MATCHERS = _matchers(_OBJECT_CUES)
#: the objects that are not topics (:func:`news_objects`): a cue of both lists (batteries,
#: cloud) is a topic, which the topics' share reads already
OBJECT_NAMES = frozenset(_OBJECT_CUES) - frozenset(_TOPIC_CUES)


def news_objects(text: str, topics: Iterable[str] | None = None) -> frozenset[str]:
    """What a text's measure acts on: its topics without the steps, and its object cues.

    ``topics``: the text's topic cues (``_cues(text, _TOPIC_MATCHERS)``) when the caller has
    read them already (:func:`extract_evidence`); read here otherwise.
    """
    found = set(topics) if topics is not None else _cues(text, _TOPIC_MATCHERS)
    return frozenset(found - STEP_TOPICS) | frozenset(_cues(text, _OBJECT_MATCHERS))


#: a word in Latin letters (with its inner hyphens or ampersands: AT&T, Ele.me is two)
_LATIN_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[&-][A-Za-z0-9]+)*")
#: a capitalised name of two words or more ("Financial Conduct Authority", "Electronic Arts")
_CAPITALISED_NAME = re.compile(
    r"(?<![\w'’])[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][a-z]+)+"
)
#: capitalised words that open a sentence before a name, not part of it ("The Financial ...")
_NAME_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "By", "For", "From", "After"})
#: a code of letters and a number (a standard, a model, a rule): AS 8100, ISO/IEC 42001, EN 301
#: 549, GB 4943.1; the letters in capitals, the number of two digits or more, a space or a
#: hyphen between or none. Read as one name, without the space (AS8100).
_LATIN_CODE = re.compile(
    r"(?<![A-Za-z0-9])(?P<letters>[A-Z]{1,6}(?:/[A-Z]{1,6})?)[\s-]?(?P<num>\d{2,6}(?:\.\d{1,3})?)"
    r"(?![\d.,]?\d)"
)


def latin_codes(text: str) -> frozenset[str]:
    """The codes a text writes (:data:`_LATIN_CODE`): "AS8100" of "AS 8100" and of "AS8100".

    A number that reads as a year (1990 to 2100: "CES 2027", "Q3 2027") is not a code's, nor
    one after a currency's code ("EUR 200 million").
    """
    found: set[str] = set()
    for m in _LATIN_CODE.finditer(text):
        num = m.group("num")
        if len(num) == 4 and num.isdigit() and 1990 <= int(num) <= 2100:
            continue
        if m.group("letters").lower() in _CURRENCY:
            continue  # "EUR 200 million", "HKD 120": an amount (:data:`_EN_AMOUNT`), no code
        found.add(m.group("letters") + num)
    return frozenset(found)


#: Latin words a Chinese report writes for things every sector's news has (AI, an app, an ID)
COMMON_LATIN = frozenset({"AI", "AIGC", "APP", "App", "ID", "CEO", "IT", "GDP", "PC", "VR", "AR"})


def latin_names(text: str) -> frozenset[str]:
    """The names a text writes in Latin letters (:attr:`Evidence.names`).

    A Chinese text: each Latin word with a capital letter (FCA, CCC, TikTok, Meta), not the
    common ones (:data:`COMMON_LATIN`). An English text: each word with a capital letter (a
    name, an acronym, a sentence's first word) and the initials of each capitalised name of two
    words or more (Financial Conduct Authority: FCA), which Chinese news writes for it. In
    either, each code of letters and a number (:func:`latin_codes`: AS8100 of "AS 8100").
    """
    if script_of(text) == "han":
        return latin_codes(text) | frozenset(
            w
            for w in _LATIN_TOKEN.findall(text)
            if len(w) > 1 and not w.islower() and w not in COMMON_LATIN
        )
    found = {w for w in _LATIN_TOKEN.findall(text) if len(w) > 1 and not w.islower()}
    for m in _CAPITALISED_NAME.finditer(text):
        words = [w for w in m.group(0).split() if w[:1].isupper()]
        while words and words[0] in _NAME_OPENERS:
            words.pop(0)
        if len(words) > 1:
            found.add("".join(w[0] for w in words))
    return frozenset(found - COMMON_LATIN) | latin_codes(text)


@dataclass(frozen=True)
class ForeignAuthorities:
    """Foreign authorities off the watchlist by their names in both languages.

    Built by :func:`foreign_authorities_of` from ``config/foreign_authorities.toml``.
    """

    #: any Chinese name (simplified, the mainland's words), or None when the table has none
    zh: re.Pattern[str] | None
    #: any English name or initials, as written, as whole words; or None
    latin: re.Pattern[str] | None
    #: each name's authority key
    key_of: Mapping[str, str]
    #: the bare Chinese names read only in a text written in traditional characters
    #: (``zh_traditional``: 證監會, 海關 are Hong Kong's there, the mainland's in simplified
    #: text), as a word of their own (:data:`_BARE_BEFORE`); or None
    zh_traditional: re.Pattern[str] | None = None


#: Before a bare name of ``zh_traditional``: no Han character, or a word that introduces who
#: acts (由, 据, 向 ...), not a place or a qualifier (中國證監會, 深圳海關 are others).
_BARE_BEFORE = rf"(?:(?<![{HAN}])|(?<=[由据向与及和对经被在称指说令将已今昨近亦也但并而即]))"

#: How many characters a text must write in their traditional forms to be read as written in
#: traditional script (one or two are found in simplified text too: 乾, 著).
TRADITIONAL_CHARACTERS = 3


def written_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (Hong Kong's, Taiwan's, Macau's)."""
    return _traditional_characters(text, to_simplified(text)) >= TRADITIONAL_CHARACTERS


def _traditional_characters(text: str, simplified: str) -> int:
    """How many characters of ``text`` its simplified form (:func:`to_simplified`) changes."""
    if text == simplified:
        return 0  # no character changed (every text without traditional ones): no pass needed
    return sum(a != b for a, b in zip(text, simplified, strict=True))


def _read_zh_name(name: str, variants: Sequence[tuple[str, str]] | None) -> str:
    """A Chinese name of the table as texts are read (simplified, the mainland's words)."""
    return mainland_words(to_simplified(unicodedata.normalize("NFKC", name)).strip(), variants)


def foreign_authorities_of(
    entries: Iterable[Mapping[str, Any]],
    variants: Sequence[tuple[str, str]] | None = None,
) -> ForeignAuthorities:
    """The table of ``entries`` (``[[authorities]]`` of ``foreign_authorities.toml``).

    Each entry has a ``key`` and lists ``en``, ``initials``, ``zh`` and ``zh_short``, and may
    list ``zh_traditional``: bare names read in traditional-script text only. A name two
    entries list is left out: it does not say which authority a text names.
    """
    keys: dict[str, set[str]] = {}
    zh_names: set[str] = set()
    bare: dict[str, set[str]] = {}
    for entry in entries:
        key = str(entry["key"])
        for name in (*entry.get("en", ()), *entry.get("initials", ())):
            keys.setdefault(unicodedata.normalize("NFKC", str(name)).strip(), set()).add(key)
        for name in (str(n) for n in (*entry.get("zh", ()), *entry.get("zh_short", ()))):
            read = _read_zh_name(name, variants)
            keys.setdefault(read, set()).add(key)
            zh_names.add(read)
        for name in (str(n) for n in entry.get("zh_traditional", ())):
            bare.setdefault(_read_zh_name(name, variants), set()).add(key)
    key_of = {name: next(iter(found)) for name, found in keys.items() if len(found) == 1 and name}
    bare_of = {n: next(iter(f)) for n, f in bare.items() if len(f) == 1 and n and n not in keys}

    def alternatives(names: Iterable[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    zh = [n for n in key_of if n in zh_names]
    latin = [n for n in key_of if n not in zh_names]
    return ForeignAuthorities(
        zh=re.compile(alternatives(zh)) if zh else None,
        latin=re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives(latin)})(?![A-Za-z0-9])")
        if latin
        else None,
        key_of={**bare_of, **key_of},
        zh_traditional=re.compile(rf"{_BARE_BEFORE}(?:{alternatives(bare_of)})")
        if bare_of
        else None,
    )


@cache
def default_foreign_authorities() -> ForeignAuthorities:
    """:func:`foreign_authorities_of` on the project's ``config/foreign_authorities.toml``."""
    with (_PROJECT_CONFIG / "foreign_authorities.toml").open("rb") as handle:
        entries = tomllib.load(handle).get("authorities", [])
    return foreign_authorities_of(entries)


def named_authorities(
    text: str, table: ForeignAuthorities, *, traditional: bool = False
) -> frozenset[str]:
    """The keys of the foreign authorities ``text`` names (:attr:`Evidence.authorities`).

    ``text`` as :func:`extract_evidence` reads it (simplified, the mainland's words);
    ``traditional``: whether it was written in traditional characters
    (:func:`written_traditional`), where a bare name of ``zh_traditional`` is read too.
    """
    found: set[str] = set()
    bare = table.zh_traditional if traditional else None
    for pattern in (table.zh, table.latin, bare):
        if pattern is not None:
            found.update(table.key_of[m.group(0)] for m in pattern.finditer(text))
    return frozenset(found)


#: one foreign authority as a configuration holds it: (key, country, its English names and
#: initials, its Chinese names, its bare Chinese names read in traditional-script text only
#: (``zh_traditional``)), the rows :func:`foreign_authority_rows` reads
AuthorityRow = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def foreign_authority_rows(entries: Iterable[Mapping[str, Any]]) -> tuple[AuthorityRow, ...]:
    """The ``[[authorities]]`` entries of a ``foreign_authorities.toml`` as hashable rows.

    English names and initials are matched alike, and so are Chinese full and short names
    (:func:`foreign_authorities_of`), so a row keeps each pair as one list.
    """
    return tuple(
        (
            str(entry["key"]),
            str(entry.get("country", "")),
            tuple(str(n) for n in (*entry.get("en", ()), *entry.get("initials", ()))),
            tuple(str(n) for n in (*entry.get("zh", ()), *entry.get("zh_short", ()))),
            tuple(str(n) for n in entry.get("zh_traditional", ())),
        )
        for entry in entries
    )


def foreign_authorities_from_rows(
    rows: Iterable[AuthorityRow], variants: Sequence[tuple[str, str]] | None = None
) -> ForeignAuthorities:
    """:func:`foreign_authorities_of` of :func:`foreign_authority_rows`' rows."""
    return foreign_authorities_of(
        (
            {"key": key, "en": latin, "zh": zh, "zh_traditional": bare}
            for key, _, latin, zh, bare in rows
        ),
        variants,
    )


@cache
def default_foreign_authority_rows() -> tuple[AuthorityRow, ...]:
    """:func:`foreign_authority_rows` of the project's ``config/foreign_authorities.toml``."""
    with (_PROJECT_CONFIG / "foreign_authorities.toml").open("rb") as handle:
        return foreign_authority_rows(tomllib.load(handle).get("authorities", []))


def same_act_news(one: Evidence, other: Evidence) -> bool:
    """Whether two reports of one day or so, in two scripts, tell one act.

    The evidence of a Chinese news report and an English one is thinner than a notice's (no
    document number, few figures, the act's subject in the words of each language), and their
    embedding does not compare them. They tell one act when they share who acts or is acted on
    and what the act is about, and nothing sets them apart:

    - who: a watchlist entity both link, a Latin-script name both write (FCA, TikTok, CCC;
      :attr:`Evidence.names`), a foreign authority both name, each in its own language
      (美国联邦通信委员会 and the FCC; :attr:`Evidence.authorities`), or a place below the
      country both name; or, when they share
      two objects, a day both state;
    - what: an object of the measure both name (:attr:`Evidence.objects`), or a figure, a
      document or a law both state;
    - nothing apart: not two governments' measures (:func:`contradicts`), not two documents or
      two laws; and when all they share is an authority and one object, their subjects do not
      disagree (:func:`agreement`'s topics).

    A code both write (AS 8100, ISO 42001: :func:`latin_codes`) is a fact of the act, as a
    figure is. A shared authority alone, with nothing of the act, is never enough: one
    authority's other measure of the same week names other objects. Without an object or a
    fact both state, the act is told by who only when who is named in both scripts
    (:func:`named_in_both_scripts`) and the rest agrees (:func:`act_told_by_who`).
    """
    if contradicts(one, other):
        return False
    parts = agreement(one, other).parts
    if parts.get("doc_number", 0.0) < 0 or parts.get("laws", 0.0) < 0:
        return False
    shared_objects = one.objects & other.objects
    fact = any(
        parts.get(part, 0.0) > 0 for part in ("amounts", "doc_number", "acts", "laws")
    ) or bool(latin_codes_of(one.names & other.names))
    if not shared_objects and not fact:
        return named_in_both_scripts(one, other) and act_told_by_who(one, other, parts)
    names = bool(one.names & other.names)
    who = names or bool(
        one.entities & other.entities
        or one.authorities & other.authorities
        or one.named_places & other.named_places
    )
    if not who:
        return len(shared_objects) >= 2 and parts.get("days", 0.0) > 0
    if len(shared_objects) == 1 and not fact and not names:
        # an authority and one field (its filings, its rules on apps): the act only when the
        # subjects the two state do not disagree
        return parts.get("topics", 0.0) >= 0
    return True


def latin_codes_of(names: Iterable[str]) -> frozenset[str]:
    """Of :attr:`Evidence.names`, the codes of a text (:func:`latin_codes`) that name one act.

    A code of two letters or more before its number (a standard, a bill, a committee: AS8100,
    ISO42001, SB1221). A code of one letter (H20, A100, A320) is a product's model, which the
    news of many acts of one week names (a chip's export rule, a buyer's ban, a firm's sales):
    a name both write, not a fact of the act.
    """
    return frozenset(
        n
        for n in names
        if any(ch.isdigit() for ch in n) and len(n) - len(n.lstrip(_CODE_LETTERS)) >= 2
    )


_CODE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ/"


def named_in_both_scripts(one: Evidence, other: Evidence) -> bool:
    """Whether two texts name one actor off the watchlist, each in its own script.

    A foreign authority (欧洲航空安全局 and EASA, 香港证监会 and the SFC;
    :attr:`Evidence.authorities`), a Latin-script name the Chinese text writes too (Axelera,
    Ofgem; :attr:`Evidence.names`) or a place below the country both name (青岛 and Qingdao;
    :attr:`Evidence.named_places`): who acts or where, read across scripts, not a watchlist
    entity (whose other acts of the week the watchlist's news is full of).
    """
    return bool(
        one.authorities & other.authorities
        or one.names & other.names
        or one.named_places & other.named_places
    )


def act_told_by_who(one: Evidence, other: Evidence, parts: Mapping[str, float]) -> bool:
    """Whether two reports naming one actor in two scripts, a day or so apart, tell one act.

    Something of the act agrees (a day both state, the kind of measure, a subject), nothing is
    read against (no part below 0), and the objects do not differ (one side names none, as
    news of a roadmap or a research plan often does): one actor's other act of the same day
    would be told with other objects, or read apart.
    """
    if any(value < 0 for value in parts.values()):
        return False
    if one.objects and other.objects:
        return False
    return any(parts.get(part, 0.0) > 0 for part in ("days", "kinds", "topics"))


#: How far apart, at most, two reports in two scripts sharing a place and an amount may tell
#: one act (:func:`news_join`): the news of a city's fine often comes two or three days after
#: the decision (a weekend between), a little beyond :data:`NEAR_DAYS`.
PLACE_AMOUNT_DAYS = 3.0


def _near_or_later(one: Reading, other: Reading) -> bool:
    if one.published is None or other.published is None:
        return False
    return abs(one.published - other.published) <= PLACE_AMOUNT_DAYS * 86400.0


def place_and_amount(one: Evidence, other: Evidence) -> bool:
    """Whether two texts name one place below the country and agree on the act's figures.

    A city office's fine of 800,000 yuan and the news of Shenzhen fining an app maker 800,000
    yuan: a place and an amount both state, which two acts of one week seldom share.
    """
    amounts_one, amounts_other = comparable_amounts(one.amounts, other.amounts)
    if not one.named_places & other.named_places or not amounts_one or not amounts_other:
        return False
    return _overlap(amounts_one, amounts_other) > 0


def place_and_start(one: Evidence, other: Evidence) -> bool:
    """Whether two texts name one place below the country and one start day or document number.

    A province's issuing notice (自2027年10月1日起施行, its 〔〕 number) and its English news two
    days on ("Zhejiang issues ... rules, effective Oct. 1"): a place and a day the measure
    starts (not the day either was issued), or a document number, that two acts of a few days
    seldom share; nothing sets them apart (two governments, two documents, two laws).
    """
    if not one.named_places & other.named_places or contradicts(one, other):
        return False
    parts = agreement(one, other).parts
    if any(parts.get(p, 0.0) < 0 for p in ("doc_number", "laws", "amounts", "days")):
        return False
    if parts.get("doc_number", 0.0) > 0:
        return True
    starts_one = one.days - one.own_days - one.issued
    starts_other = other.days - other.own_days - other.issued
    return bool(starts_one & starts_other)


def news_join(
    reading: Reading,
    developments: Iterable[tuple[str, Sequence[Reading]]],
    *,
    ignore: frozenset[str] = frozenset(),
    jurisdiction_of: Mapping[str, str] | None = None,
) -> CrossMatch | None:
    """The development whose report in another script tells the same act as a report, or None.

    The second chance for news after :func:`best_join`: a development qualifies when one of
    its reports in the other script, published within :data:`NEAR_DAYS` of the report, tells
    the same act (:func:`same_act_news`); or within :data:`PLACE_AMOUNT_DAYS`, when the two
    also share a place and an amount (:func:`place_and_amount`) or a place and a start day or
    number (:func:`place_and_start`), with or without the rest of :func:`same_act_news`. When
    two developments qualify
    the report's act is not told apart: none is joined. The match's score is the agreement of
    the two reports (with their nearness), its parts theirs.
    """
    mine = _without(reading.evidence_under(jurisdiction_of), ignore)
    found: list[CrossMatch] = []
    for dev_id, members in developments:
        best: Agreement | None = None
        for member in members[:MEMBERS_READ]:
            if member.script == reading.script or not _near_or_later(reading, member):
                continue
            theirs = _without(member.evidence_under(jurisdiction_of), ignore)
            if not same_act_news(mine, theirs):
                if _near(reading, member) or not place_and_start(mine, theirs):
                    continue
            elif not _near(reading, member) and not (
                place_and_amount(mine, theirs) or place_and_start(mine, theirs)
            ):
                # beyond the day and a half: a place with an amount, or with a start day or
                # number, as for news telling less of the act (sharing an object as well is
                # no reason to refuse)
                continue
            score = _with_near(agreement(mine, theirs))
            if best is None or score.score > best.score:
                best = score
        if best is not None:
            found.append(CrossMatch(dev_id, best.score, best.parts))
    return found[0] if len(found) == 1 else None
