"""What a report states that both its stage and the status history read: one reader each.

Three facts of a report's text were read twice, by the tagger's stage (``nlp.about``) and by the
status history (``nlp.status``), with different patterns that could disagree
(``docs/decisions/2026-12-04-one-reader-for-stage-decisions.md``). They are read here, once:

- **The day a rule takes effect** (:func:`stated_day` for the day an effect cue states,
  :func:`effective_day` for a whole text): English after the cue ("takes effect on March 1",
  "from 1 July 2027", "applies from July 2028", "in force since May 1", "today"), Chinese
  before it (自2027年3月1日起施行, 将于明年7月1日起实施, 自中华民国116年7月1日施行, 今起,
  自公布之日起; traditional characters read as simplified), a day without its year read
  against the day of publication, a range read from its first day.
- **A party's denial** (:func:`denied_by_party`): the denial a text reports is a company's or
  another party's, not an authority's.
- **A reversal sought** (:func:`reversal_sought`): a lawsuit or a petition to block a rule, with
  no court or authority that did.

Pure functions; no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from nlp.dates import MONTH_NUMBER
from nlp.han import HAN, HAN_CHAR
from nlp.hanzi import to_simplified
from policywatch_core.models import Stated

#: The day of an act's publication, with 之 or without (自发布之日起, 自發布日起 read simplified, as
#: a Taiwanese page words it; 自公告日起): one fragment for every cue counted from it.
ZH_PUBLICATION_DAY = r"(?:印发|发布|公布|颁布|发文|公告)之?日"
#: The words of a text that issues a rule, in simplified characters: its heading's 关于印发 (转发,
#: 发布, 公布; with the title in 《》 or without), 现予(以)公布 (发布, 印发), 予以印发,
#: 现将《……》印发给你们, and Taiwan's 兹订定 (茲訂定 read simplified). One fragment for every
#: reader of an issuing notice (:func:`nlp.status.document_form`, a heading's own title in
#: :mod:`nlp.crosslingual`).
ZH_ISSUING = r"关于(?:印发|转发|发布|公布)|现予(?:以)?(?:印发|公布|发布)|予以印发|印发给你们|兹订定"
_EN_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
#: The day right after an English effect cue: "takes effect on March 1", "from 1 July 2027",
#: "applies from July 2028", "in force since May 1", "took effect today". A month with a year and
#: no day is read before a month with a day, so "July 2028" is never "July 20".
EN_STATED_DAY = re.compile(
    r"^\W*(?:(?P<prep>on|from|as of|since|starting|beginning)\s+)?(?:the\s+)?"
    rf"(?:(?P<m3>{_EN_MONTH})\.?\s+(?P<y3>\d{{4}})\b"
    rf"|(?P<m1>{_EN_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_EN_MONTH})\b\.?(?:,?\s+(?P<y2>\d{{4}}))?"
    r"|(?P<today>today|tomorrow)\b)",
    re.IGNORECASE,
)
#: The day right before a Chinese effect cue: 自2027年3月1日起施行, 将于明年7月1日实施,
#: 自中华民国116年7月1日施行 (a year of the Republic of China), 自2028年7月起实施, 今起施行,
#: 自发布之日起施行.
#: A year of the Republic, a month and a day may be written in Chinese numerals
#: (中华民国一百一十六年九月一日, 民国一百十六年十二月三十一日); Taiwan's notices write the day of
#: publication as 今（1）日 (today, the first).
_ZH_NUMERAL = "[〇零一二两三四五六七八九十百]"
ZH_STATED_DAY = re.compile(
    r"(?:(?:(?P<year>\d{4}|[〇零一二三四五六七八九]{4})\s*年"
    rf"|(?:中华)?民国\s*(?P<roc>\d{{2,3}}|{_ZH_NUMERAL}{{2,6}})\s*年"
    r"|(?P<rel>明年|今年|去年))\s*)?"
    rf"(?P<month>\d{{1,2}}|{_ZH_NUMERAL}{{1,3}})\s*月\s*"
    rf"(?:(?P<day>\d{{1,2}}|{_ZH_NUMERAL}{{1,3}})\s*[日号])?\s*(?:起|开始)?\s*(?:正式)?\s*$"
    r"|(?P<now>今起|今\s*(?:[（(]\s*(?P<today>\d{1,2})\s*[)）]\s*)?日起?|即日起|本日起"
    rf"|{ZH_PUBLICATION_DAY}起?)\s*(?:正式)?\s*$"
)
_ZH_RELATIVE_YEAR = {"明年": 1, "今年": 0, "去年": -1}
# The end of a range before a Chinese cue (自2027年3月1日至6月30日施行): the rule applies from its
# first day.
_ZH_RANGE_END = re.compile(r"(?:至|到|—|－|-|~|～)\s*$")
#: The aspect marker of a thing done (已于3月1日起施行).
ZH_DONE = re.compile(r"已(?:经|于)?")
PAST_EFFECT = re.compile(
    r"^(?:took|came|kicked|began|started|went|applied|entered|resumed)\b", re.IGNORECASE
)
_PAST_BEFORE = re.compile(r"\b(?:took|came|went|entered)\s+$", re.IGNORECASE)


def told_past(text: str, start: int, end: int) -> bool:
    """Whether an effect cue is told in the past ("took effect", "came fully into force")."""
    return bool(PAST_EFFECT.match(text[start:end]) or _PAST_BEFORE.search(text[:start]))


def _has_cjk(text: str) -> bool:
    return HAN_CHAR.search(text) is not None


def nearest_day(month: int, day: int, published: date, past: bool) -> date | None:
    """A month and day without a year, read against the day of publication.

    Told in the past ("took effect on May 1", "in force since May 1"), the last such day on or
    before publication; otherwise the first from a week before publication on ("takes effect on
    January 1", in a December report, is the next year's).
    """
    found = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    if past:
        return max((d for d in found if d <= published), default=None)
    return min((d for d in found if d >= published - timedelta(days=7)), default=None)


# -- an effect counted from publication -----------------------------------------------------------

_EN_NUMBER = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty-five": 45, "sixty": 60, "ninety": 90,
}  # fmt: skip
_EN_COUNT = "|".join(sorted(_EN_NUMBER, key=len, reverse=True))
#: An ordinal day after publication: "the day following" is the first, "the twentieth day
#: following" the twentieth.
_EN_ORDINAL = {
    "first": 1, "second": 2, "third": 3, "fifth": 5, "seventh": 7, "tenth": 10,
    "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "sixtieth": 60,
}  # fmt: skip
_EN_ORDINALS = "|".join(sorted(_EN_ORDINAL, key=len, reverse=True))
#: The publication an English effect is counted from: "publication", "its publication in the
#: Federal Register", "it is published", "being published", "promulgation", "issuance", "its
#: first official publication".
_EN_PUBLICATION = (
    r"(?:(?:its|their|the)\s+)?(?:(?:first|official)\s+){0,2}"
    r"(?:publication|promulgation|issuance|gazettal|gazetting)\b"
    r"|(?:it|they|the\s+\w+)\s+(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:published|promulgated|issued|gazetted)\b"
    r"|being\s+(?:published|promulgated|gazetted)\b"
)
#: After an English effect cue, an effect counted from publication: "takes effect 30 days after
#: publication", "comes into force two months after it is published", "effective upon
#: publication", "takes effect on the day it is published".
_EN_FROM_PUBLICATION = re.compile(
    rf"^\W*(?:(?P<n>\d{{1,3}}|{_EN_COUNT})\s+(?:calendar\s+)?(?P<unit>days?|weeks?|months?)\s+"
    rf"(?:after|following|from|of)\s+(?:{_EN_PUBLICATION})"
    rf"|(?:upon|on|from|with)\s+(?:{_EN_PUBLICATION})"
    rf"|(?:on|from|as\s+of)\s+the\s+(?:(?P<ord>{_EN_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th))\s+)?"
    rf"(?P<next>day)\s+(?:after|following)\s+(?:{_EN_PUBLICATION})"
    rf"|(?:on|from|as\s+of)\s+the\s+(?:date|day)\s+of\s+(?:{_EN_PUBLICATION})"
    rf"|(?:on|from|as\s+of)\s+the\s+(?:date|day)\s+(?:it|they)\s+(?:is|are)\s+"
    r"(?:published|promulgated|issued|gazetted)\b)",
    re.IGNORECASE,
)
_ZH_DIGIT = dict(zip("〇零一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
#: Before a Chinese effect cue, an effect counted from publication: 自公布之日起30日后施行,
#: 自发布之日起三十日后施行, 自印发之日起满六个月施行.
#: 自发布日起六个月后施行 (no 之, as a Taiwanese 發布 page words it, read simplified).
_ZH_FROM_PUBLICATION = re.compile(
    rf"{ZH_PUBLICATION_DAY}起\s*(?:满\s*)?"
    r"(?P<n>\d{1,3}|[〇零一二两三四五六七八九十百]{1,4})"
    r"\s*(?P<unit>日|天|个月|月|周)(?:后|以后|之后)?\s*(?:起|开始)?\s*(?:正式)?\s*$"
)


def _zh_number(text: str) -> int | None:
    """A small Chinese or Arabic number: 30, 三十, 六十, 十五, 九十 (up to 999)."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for ch in text:
        if ch in _ZH_DIGIT:
            digit = _ZH_DIGIT[ch]
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        elif ch == "百":
            total += (digit or 1) * 100
            digit = 0
        else:
            return None
    return total + digit


def _counted(count: int, unit: str, published: date) -> date:
    if unit.startswith(("week", "周")):
        return published + timedelta(days=7 * count)
    if unit.startswith(("month", "个月", "月")):
        month = published.month - 1 + count
        year, month = published.year + month // 12, month % 12 + 1
        for day in range(published.day, 27, -1):
            try:
                return date(year, month, day)
            except ValueError:
                continue
        return date(year, month, min(published.day, 28))
    return published + timedelta(days=count)


#: Before a cue, a future: "will take effect upon publication" waits for a publication to come.
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|would|is\s+to|are\s+to)\s+(?:\w+\s+)?$", re.I)
#: After "upon publication", the place of a publication still to come: "in the Federal Register",
#: "in the official gazette" (the report announces the text; the gazette publishes it later).
_PUBLISHED_ELSEWHERE = re.compile(
    r"^\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:register|gazette|journal|bulletin)\b", re.I
)
#: Anywhere in the report, a publication in a gazette or journal: "it will be published in the
#: Official Journal and will enter into force on the twentieth day following its publication"
#: names the journal before the count; the publication it counts from is that one, not the
#: report's.
_PUBLISHED_IN_JOURNAL = re.compile(
    r"\b(?:published|publication|publish(?:es|ing)?)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:register|gazette|journal|bulletin)\b",
    re.I,
)


#: Before a cue, the text's own words of its start, in the drafting mood: "These rules shall
#: come into force on the date of their publication in the Official Gazette", "This resolution
#: enters into force on the date of its publication". The text is the publication it names: its
#: start on publication is the report's own day (not "the ministry said the rules will take effect
#: upon their publication in the gazette", a publication to come).
_OWN_TEXT_BEFORE = re.compile(
    r"(?:^|[.;:]\s*)(?:these|this)\s+(?:[\w()-]+\s+){0,3}?(?:rules?|regulations?|resolution|"
    r"notification|decree|order|act|directions?|guidelines?|amendments?)\s+(?:shall\s+)?$",
    re.I,
)


def after_publication(text: str, start: int, end: int) -> tuple[int, str] | None:
    """An effect cue's count from publication, as ``(count, unit)``, or None.

    "takes effect 30 days after publication" is ``(30, "days")``, "effective upon publication"
    and 自公布之日起施行 ``(0, "days")``; 自公布之日起三十日后施行 ``(30, "日")``. Told in the past
    ("took effect 30 days after its publication", 已于……) the count dates an earlier publication
    than the report's: None.
    """
    if _has_cjk(text[start:end]):
        before = to_simplified(text[:start])
        zh = _ZH_FROM_PUBLICATION.search(before)
        if zh is not None and publication_of_other_act(before):
            return None  # 自《……》发布之日起三十日后施行: counted from another act's publication
        if zh is not None and not ZH_DONE.search(before[max(0, zh.start() - 8) : zh.start()]):
            count = _zh_number(zh.group("n"))
            return None if count is None else (count, zh.group("unit"))
        return None
    en = _EN_FROM_PUBLICATION.match(text[end:])
    if en is None or told_past(text, start, end):
        return None
    if en.group("next") is not None:
        # "from the day following its publication": the next day (the report's day counted as
        # the publication's); not when the publication is in a gazette or journal still to
        # come, which the report does not date (as "upon its publication in the Federal Register")
        if _PUBLISHED_ELSEWHERE.match(text[end + en.end() :]) or _PUBLISHED_IN_JOURNAL.search(text):
            return None
        ordinal = (en.group("ord") or "first").lower()
        return (_EN_ORDINAL[ordinal] if ordinal in _EN_ORDINAL else int(ordinal[:-2]), "days")
    if en.group("n") is None:
        if _OWN_TEXT_BEFORE.search(text[max(0, start - 60) : start]):
            return (0, "days")  # "These rules shall come into force on the date of their ..."
        if _FUTURE_BEFORE.search(text[max(0, start - 16) : start]) or _PUBLISHED_ELSEWHERE.match(
            text[end + en.end() :]
        ):
            return None  # "will take effect upon its publication in the Federal Register"
        return (0, "days")
    n = en.group("n").lower()
    return (int(n) if n.isdigit() else _EN_NUMBER[n], en.group("unit").lower())


def counted_day(text: str, start: int, end: int, published: date) -> date | None:
    """The day an effect counted from publication falls on, the report's day being publication.

    "30 days after publication" in a report of 10 March is 9 April; "upon publication" is the
    day itself. A count from a publication still to come in another place ("30 days after its
    publication in the Federal Register") is dated from the report too: the rule is not in force
    before it, and the status promotes it on that day at the earliest.
    """
    counted = after_publication(text, start, end)
    if counted is None:
        return None
    return _counted(counted[0], counted[1], published)


#: After a Chinese effect cue, 以来 (since): the day is past, never one to come (自4月1日实施以来).
_SINCE_AFTER = re.compile(r"^\s*以来")


#: The act whose publication a Chinese start is counted from, between 自 (or 从, 于) and
#: 发布之日: none (本规定自发布之日起施行) or the notice itself (本通知, 本办法); another act
#: named by its title or as a standard (自《……》国家标准发布之日起施行) is not the report's.
_ZH_PUBLICATION_OF = re.compile(
    rf"(?:自|从|于)(?P<act>[^自从于，。；,;]{{0,80}}?)(?:正式)?{ZH_PUBLICATION_DAY}"
)
_ZH_OTHER_ACT = re.compile(r"[《》]|标准|配套|实施细则")


def publication_of_other_act(before: str) -> bool:
    """Whether a Chinese start is counted from another act's publication.

    ``before``: the words before the effect verb. 自《儿童智能玩具人工智能功能安全要求》国家标准
    发布之日起施行 waits for that standard; 本规定自发布之日起施行 and 自本通知印发之日起施行 are
    the notice's own publication.
    """
    found = None
    for match in _ZH_PUBLICATION_OF.finditer(before):
        found = match
    if found is None or before[found.end() :].strip(
        " 起开始后以之满0123456789日天个月周〇零一二两三四五六七八九十百正式"
    ):
        return False
    act = found.group("act").strip()
    return bool(act) and not act.startswith("本") and _ZH_OTHER_ACT.search(act) is not None


#: English: a start on another act's publication, not a day ("takes effect when the implementing
#: standard is published", "will apply once the national standard is issued", "from the date
#: the accompanying standard is released").
_EN_OTHER_ACT_PUBLISHED = re.compile(
    r"\b(?:take|takes|taking|come|comes|enter|enters|apply|applies|effective|in\s+force)\b"
    r"[^.;]{0,40}?\b(?:when|once|after|upon|on\s+the\s+(?:date|day)|from\s+the\s+(?:date|day))\s+"
    r"(?:the|a|its)\s+(?:[\w-]+\s+){0,4}?(?:standards?|regulations?|rules?|measures?|guidelines?"
    r"|decrees?|notices?|codes?)\s+(?:is|are|has\s+been|have\s+been|gets?|will\s+be)\s+"
    r"(?:published|issued|released|adopted|promulgated|finali[sz]ed)\b",
    re.IGNORECASE,
)


def effect_awaits_other_act(text: str) -> bool:
    """Whether ``text`` ties a rule's start to another act's publication, no day of its own.

    自《……》国家标准发布之日起施行, "takes effect when the implementing standard is published": the
    rule is issued, and in force only once that act is out (a later report tells the day).
    """
    plain = to_simplified(text)
    if _EN_OTHER_ACT_PUBLISHED.search(plain):
        return True
    for match in _EFFECT_CUES_SCAN.finditer(plain):
        if _has_cjk(match.group(0)) and publication_of_other_act(plain[: match.start()]):
            return True
    return False


#: A weekday right before a Chinese effect cue: 本周一起实施, 已于上周五起施行, 将于下周一生效,
#: 自星期一起适用.
_ZH_WEEKDAY = re.compile(
    r"(?<!每)(?P<week>本|上|下|这)?(?:周|星期|礼拜)(?P<day>[一二三四五六日天])\s*(?:起|开始)?\s*(?:正式)?\s*$"
)


def _zh_weekday(before: str, published: date, past: bool) -> date | None:
    """The day a Chinese weekday before an effect cue names (本周一起实施), or None.

    上周 and 下周 name the week before and after; 本周 (这周) the week of publication; a
    weekday alone the last one on or before publication when told done (已于周一起施行),
    otherwise the next one after it.
    """
    found = _ZH_WEEKDAY.search(before)
    if found is None:
        return None
    wanted = "一二三四五六日".find(found.group("day").replace("天", "日"))
    week = found.group("week")
    if week in ("本", "这", "上", "下"):
        monday = published - timedelta(days=published.weekday())
        shift = {"上": -7, "下": 7}.get(week, 0)
        return monday + timedelta(days=shift + wanted)
    if past or ZH_DONE.search(before) is not None:
        return published - timedelta(days=(published.weekday() - wanted) % 7)
    return published + timedelta(days=(wanted - published.weekday() - 1) % 7 + 1)


def _zh_day(before: str, published: date, past: bool = False) -> date | None:
    if publication_of_other_act(before):
        return None  # 自《……》国家标准发布之日起施行: that act's day, not the report's
    zh = ZH_STATED_DAY.search(before)
    if zh is not None and zh.group("month") and _ZH_RANGE_END.search(before[: zh.start()]):
        start = ZH_STATED_DAY.search(_ZH_RANGE_END.sub("", before[: zh.start()]))
        if start is not None and start.group("month"):
            zh = start  # 自3月1日至6月30日施行: from the range's first day
    if zh is None:
        return _zh_weekday(before, published, past)
    if zh.group("now"):
        if zh.group("today"):  # 今（1）日: today, the first of the month of the notice
            try:
                return published.replace(day=int(zh.group("today")))
            except ValueError:
                return published
        return published
    month, day = _zh_number(zh.group("month")), _zh_number(zh.group("day") or "1")
    if month is None or day is None:
        return None
    if zh.group("year"):
        year = "".join(str(_ZH_DIGIT.get(ch, ch)) for ch in zh.group("year"))  # 二〇二七
        return date(int(year), month, day)
    if zh.group("roc"):
        roc = _zh_number(zh.group("roc"))
        return None if roc is None else date(roc + 1911, month, day)
    if zh.group("rel"):
        return date(published.year + _ZH_RELATIVE_YEAR[zh.group("rel")], month, day)
    return nearest_day(month, day, published, past or ZH_DONE.search(before) is not None)


#: A weekday right after an English effect cue: "applied from Monday", "takes effect on Friday",
#: "in force since Tuesday" (not "on Monday's list": the weekday must end the phrase).
_EN_WEEKDAY = re.compile(
    r"^\W*(?:(?P<prep>on|from|as of|since|starting|beginning)\s+)?(?:this\s+|last\s+|next\s+)?"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!'s|\s+\w+day\b)",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(text: str, start: int, end: int, published: date) -> date | None:
    """The day a weekday after an English effect cue names, read against publication.

    Told in the past ("applied from Monday", "took effect on Thursday", "since Tuesday"), the
    last such weekday on or before publication; otherwise the first after it ("takes effect on
    Monday"). Read after an effect cue only (:data:`EFFECT_CUES`); a weekday after another act
    ("dissolved the injunction on Tuesday") is not its start.
    """
    cue = EFFECT_CUES.match(text, start)
    if cue is None or cue.end() > end:
        return None  # "dissolved the injunction on Tuesday": a weekday of another act
    found = _EN_WEEKDAY.match(text[end:])
    if found is None:
        return None
    wanted = _WEEKDAYS.index(found.group("weekday").lower())
    since = (found.group("prep") or "").lower() == "since"
    if since or told_past(text, start, end):
        return published - timedelta(days=(published.weekday() - wanted) % 7)
    return published + timedelta(days=(wanted - published.weekday() - 1) % 7 + 1)


def stated_day(text: str, start: int, end: int, published: date) -> date | None:
    """The day an effect cue at ``start:end`` of ``text`` states, read against publication.

    English gives the day after the cue ("takes effect on March 1", "applies from July 2028",
    "in force since May 1"), Chinese before it (自2027年3月1日起施行, 明年7月1日起实施, 今起施行,
    自发布之日起施行); ``text`` is in simplified characters. A day without its year is the one
    nearest the day of publication (a rule issued in December that takes effect on "January 1"
    is the next year's; one "in force since May 1" is the last May 1); a month alone is its first
    day. None when no day is stated, or no such day ("February 30").
    """
    counted = counted_day(text, start, end, published)
    if counted is not None:
        return counted
    try:
        if _has_cjk(text[start:end]):
            return _zh_day(text[:start], published, past=_SINCE_AFTER.match(text[end:]) is not None)
        en = EN_STATED_DAY.match(text[end:])
        if en is None:
            return _weekday(text, start, end, published)
        if en.group("today"):
            today = en.group("today").lower() == "today"
            return published if today else published + timedelta(days=1)
        if en.group("m3"):
            return date(int(en.group("y3")), MONTH_NUMBER[en.group("m3").lower()], 1)
        month_name = en.group("m1") or en.group("m2")
        day_text = en.group("d1") or en.group("d2")
        year_text = en.group("y1") or en.group("y2")
        month = MONTH_NUMBER[month_name.lower()]
        if year_text:
            return date(int(year_text), month, int(day_text))
        since = (en.group("prep") or "").lower() == "since"
        return nearest_day(month, int(day_text), published, since or told_past(text, start, end))
    except ValueError:
        return None


#: Processes that open on a day and are no instrument's start: "the public consultation commences
#: on 1 April", "hearings commence on 5 May", "the review commenced on 3 March".
_PROCESS_SUBJECTS = (
    "consultation",
    "review",
    "hearing",
    "investigation",
    "inquiry",
    "trial",
    "pilot",
    "talk",
    "negotiation",
    "proceeding",
    "process",
    "period",
    "session",
    "meeting",
)
#: The effect cues a whole text is read for (:func:`effective_day`): "takes effect", "comes
#: (fully) into force", "applies from", "started to apply", "effective", "in force since",
#: "kicks in", "commences on"; 施行, 实施, 执行, 生效.
EFFECT_CUES = re.compile(
    r"\b(?:take|takes|took|taking|taken) effect\b"
    r"|\b(?:come|comes|came|coming|enter|enters|entered|entering|go|goes|went)\s+(?:fully\s+)?"
    r"into\s+(?:force|effect)\b"
    # a rule applies from a day; people "can apply from March 1" for a grant
    r"|(?<!\bcan )(?<!\bmay )(?<!\bmust )(?<!\bcould )"
    r"\b(?:apply|applies|applied|applying)(?=\s+(?:from|since|on)\b)"
    r"|\b(?:start(?:s|ed)?|begin|begins|began)\s+to\s+apply\b"
    r"|\beffective\b"
    r"|\b(?:in|into) (?:force|effect)\b"
    r"|\b(?:kicks?|kicked) in\b"
    # an instrument that "commences on 1 November 2028" (an Australian or British start), not a
    # process that opens on a day ("the consultation commences on 1 April", "hearings commence")
    r"|"
    + "".join(rf"(?<!\b{w} )(?<!\b{w}s )" for w in _PROCESS_SUBJECTS)
    + r"\bcommenc(?:e|es|ed)(?=\s+(?:on|from)\b)"
    r"|施行|实施|执行|生效"
    # a guidance or code "applies from" a day: 由今日起适用, 自2027年9月1日起适用 (not 适用于,
    # "applies to", which names whom a rule covers)
    r"|(?<=起)\s*适用(?!于)",
    re.IGNORECASE,
)
#: Where an effect cue can open: every branch of :data:`EFFECT_CUES` starts at a word boundary
#: before one of these letters, on one of these characters, or right after 起 (a branch opening
#: otherwise must be added here; ``tests/test_e2e_speed_second.py`` checks it).
EFFECT_CUE_LETTERS = "tcegwasbik"
EFFECT_CUE_CHARACTERS = "施实执生适"
#: :data:`EFFECT_CUES` behind a lookahead of where a cue can open (:data:`EFFECT_CUE_LETTERS`,
#: same flags, so the same case folding): the same matches, with the branches (and their
#: lookbehinds) tried only where one of them can start, not at every position (the scan takes
#: about a third of its former time). The whole-text scans use it.
_EFFECT_CUES_SCAN = re.compile(
    rf"(?=\b[{EFFECT_CUE_LETTERS}]|[{EFFECT_CUE_CHARACTERS}]|(?<=起))(?:{EFFECT_CUES.pattern})",
    EFFECT_CUES.flags,
)
# A cited text's effect (自2021年11月1日起施行的《个人信息保护法》) dates that text, not the news.
_ATTRIBUTIVE_AFTER = re.compile(r"^(?:以来)?的")


# -- the vocabulary of a delayed effect, shared with the tagger's stage ---------------------------
#
# One vocabulary for a rule's day of effect moved: the status reads the new day from it
# (:func:`moved_day`), the tagger's stage reads a delay of the effective day from it as no
# suspension (``nlp.about._delayed_effect``).

#: The verbs of a postponement, English: "postponed", "delays", "pushed back", "is deferred".
DELAY_VERBS_EN = (
    r"postpon(?:e|es|ed|ing|ement)|delay(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back"
    r"|(?:is|was|has\s+been|have\s+been|been|be)\s+(?:changed|moved|deferred|put\s+back)"
    r"|deferr?(?:s|ed|ing|al)?|mov(?:es|ed|ing)\s+back"
)
#: The verbs of a postponement, Chinese (simplified; traditional text is read simplified).
DELAY_VERBS_ZH = ("推迟", "推延", "延期", "延迟", "延后", "顺延", "延缓")
#: What a delay acts on when it moves a rule's day: "the effective date", "entry into force",
#: "the start of", "compliance date", 施行日期, 实施时间.
EFFECT_DAY_EN = (
    r"\beffective\s+(?:date|day)s?\b|\b(?:start|commencement|entry\s+into\s+force"
    r"|compliance\s+(?:date|deadline)|implementation\s+date|application\s+date)\b"
)
#: The Chinese effect verbs (施行, 实施, 生效, 执行) and, with a day noun, the day of effect.
EFFECT_VERBS_ZH = ("施行", "实施", "生效", "执行")
EFFECT_DAY_ZH = rf"(?:{'|'.join(EFFECT_VERBS_ZH)})(?:日期|时间|日)"
#: A delay word alone (a stage cue's whole text): "delays", "postponed", 推迟.
DELAY_WORD = re.compile(rf"^(?:{DELAY_VERBS_EN}|{'|'.join(DELAY_VERBS_ZH)})$", re.IGNORECASE)
#: The day of effect as the object of a delay, English or Chinese.
EFFECT_DAY = re.compile(rf"{EFFECT_DAY_EN}|{EFFECT_DAY_ZH}", re.IGNORECASE)

# A day moved, in English: the verb of a postponement and the new day after "to" ("has been
# changed from October 1, 2027 to January 1, 2028", "is delayed from June 1 to September 1",
# "postponed to", "pushed back ... to August 1"), and "now" before an effect cue ("will now
# apply from January 1", "now takes effect on"). The clause must speak of the rule's effect
# (:data:`_EN_MOVED_EFFECT`): a product launch "delayed to March" moves no rule.
_EN_MOVED = re.compile(
    rf"\b(?:{DELAY_VERBS_EN})\b[^.;]{{0,120}}?\bto\s+(?=\S)",
    re.IGNORECASE,
)
# The start itself moved to a day: "moves the start of the state's rule to July 1, 2030",
# "brought the effective date of the rules forward to June 1", "shifts the compliance date to".
# The start must be a rule's (not "moved the start of its sales to May 1").
_EN_START_MOVED = re.compile(
    rf"\b(?:mov(?:es|ed|ing)|shift(?:s|ed|ing)?|br(?:ings?|ought|inging))\s+(?:the\s+)?"
    rf"(?:{EFFECT_DAY_EN})\s+(?:of\s+)?(?:[\w'’-]+\s+){{0,6}}?"
    r"(?:rules?|regulations?|laws?|acts?|bans?|requirements?|measures?|ordinances?|decrees?"
    r"|directives?|codes?|guidelines|curbs?|controls?|regimes?)\b[^.;]{0,60}?\bto\s+(?=\S)",
    re.IGNORECASE,
)
_EN_NOW = re.compile(
    r"\bnow\s+(?:apply|applies|take effect|takes effect|come into force|comes into force"
    r"|start|starts|begin|begins)\s+(?=\S)",
    re.IGNORECASE,
)
_EN_MOVED_EFFECT = re.compile(
    rf"{EFFECT_DAY_EN}"
    r"|\beffective\b|\benforcement\b|\b(?:entry|come|comes|enter|enters) into force\b"
    r"|\b(?:take|takes|taking) effect\b|\bappl(?:y|ies|ication)\b|\bimplementation\b"
    r"|\bstart\b[^.;]{0,60}\b(?:rules?|requirements?|regulations?|laws?"
    r"|orders?|bans?|controls?|licen[cs]es?|regimes?|screening)\b",
    re.IGNORECASE,
)
# A day moved, in Chinese: 推迟至, 延期至, 延至, 推延至, 调整为, 改为 and the new day after it, in
# a clause that speaks of the effect (施行, 实施, 生效, 执行).
_ZH_MOVED = re.compile(rf"(?:{'|'.join(DELAY_VERBS_ZH)}|延|调整|改)(?:至|到|为)")
_ZH_DAY_AFTER = re.compile(
    r"^\s*(?:自\s*)?(?:(?:\d{4}\s*年|(?:中华)?民国\s*\d{2,3}\s*年|明年|今年)\s*)?"
    r"\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?"
)
_ZH_EFFECT = re.compile("|".join(EFFECT_VERBS_ZH))
_SENTENCE = re.compile(r"[^.;。；!?！？\n]+(?:[.;。；!?！？]|$)")


def moved_day(text: str, published: date) -> date | None:
    """The new day ``text`` says a rule's entry into force is moved to, or None.

    A postponement states two days, the old one first ("has been changed from October 1, 2027
    to January 1, 2028", 施行日期延至中华民国116年8月1日, 推迟至2028年1月1日起施行); the new day
    is the one that counts. Read only in a sentence that speaks of the rule's effect.
    """
    plain = to_simplified(text)
    # A sentence is a span between delimiters (no word character at its edges): a match in one is
    # a match in the whole text, so a text with neither has no sentence to read.
    english, chinese = _EN_MOVED_EFFECT.search(plain), _ZH_EFFECT.search(plain)
    if english is None and chinese is None:
        return None
    for sentence in _SENTENCE.finditer(plain):
        part = sentence.group(0)
        if english is not None and _EN_MOVED_EFFECT.search(part):
            for cue in (
                *_EN_MOVED.finditer(part),
                *_EN_NOW.finditer(part),
                *_EN_START_MOVED.finditer(part),
            ):
                day = stated_day(part, cue.start(), cue.end(), published)
                if day is not None:
                    return day
        if chinese is not None and _ZH_EFFECT.search(part):
            for cue in _ZH_MOVED.finditer(part):
                after = _ZH_DAY_AFTER.match(part[cue.end() :])
                if after is not None:
                    day = _zh_day(after.group(0), published)
                    if day is not None:
                        return day
    return None


#: A start denied, English: "will not take effect on", "won't come into force", "did not apply
#: from", "never took effect", "no longer takes effect on".
_EN_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no\s+longer|\w+n't)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A start denied, Chinese, in the cue's clause: 不会于5月1日起施行, 将不再于下月1日实施, 未于今日
#: 生效 (the negation right before the day; not 不在名单内的企业自7月1日起, 不晚于).
_ZH_NEGATED_BEFORE = re.compile(
    r"(?:不|未)(?:会|能|将|再|拟)?\s*(?:于|在|自|从)\s*"
    r"(?:\d|[〇零一二两三四五六七八九十]|明年|今年|本|下|今|即日|发布|公布|印发)"
)


def negated_start(text: str, start: int, end: int) -> bool:
    """Whether the effect cue at ``start:end`` of ``text`` is denied ("will not take effect on").

    A disapproved or withdrawn rule "will not take effect on April 11": the day is the one it
    would have started, not a start. Chinese: the negation before the day in the cue's clause
    (不会于5月1日起施行).
    """
    if _has_cjk(text[start:end]):
        clause = re.split(r"[，。；,;：:]", text[:start])[-1]
        return _ZH_NEGATED_BEFORE.search(clause) is not None
    return _EN_NEGATED_BEFORE.search(text[:start]) is not None


#: A question put in an interview or a 答记者问 (问：……答：, "Q: ... A: ..."): what it quotes
#: ("有报道称规定自7月1日起施行") is the asker's, not the authority's.
_QUESTION = re.compile(
    r"(?:^|(?<=[\s。；！？.!?]))(?:问|记者问|Q)\s*[:：](?P<body>.*?)(?=(?:^|[\s。；！？.!?])(?:答|A)\s*[:：]|$)",
    re.DOTALL,
)


def _question_spans(text: str) -> list[tuple[int, int]]:
    if ("问" not in text and "Q" not in text) or (":" not in text and "：" not in text):
        return []  # every question holds 问 or Q, then a colon: no scan of a text without them
    return [(m.start("body"), m.end("body")) for m in _QUESTION.finditer(text)]


#: The start day named as a fact: "the start date is 1 June", "the effective date is June 1,
#: not July 1", 施行日期为2027年6月1日, 实施时间是6月1日 (the day after the noun, which a
#: correction gives).
_EN_NAMED_DAY = re.compile(
    r"\b(?:start|effective|commencement|implementation)\s+date\s+(?:is|was|remains|will\s+be)\s+",
    re.IGNORECASE,
)
_ZH_NAMED_DAY = re.compile(rf"{EFFECT_DAY_ZH}\s*(?:为|是|仍为|应为)\s*")


def named_day(text: str, published: date) -> date | None:
    """The day ``text`` names as the rule's start day, or None.

    "The start date is 1 June, not 1 July as some reports said", 施行日期为2027年6月1日: a
    correction names the day after the noun of the start; the day it corrects (after "not", or
    in the question it answers) is no stated day. Not in a question (:func:`_question_spans`).
    """
    questions = _question_spans(text)
    for match in (*_EN_NAMED_DAY.finditer(text), *_ZH_NAMED_DAY.finditer(text)):
        if any(a <= match.start() < b for a, b in questions):
            continue
        after = text[match.end() :]
        if _has_cjk(match.group(0)):
            zh = _ZH_DAY_AFTER.match(after)
            day = None if zh is None else _zh_day(zh.group(0), published)
        else:
            day = stated_day(text, match.end(), match.end(), published)
        if day is not None:
            return day
    return None


def effective_day(text: str, published: date) -> date | None:
    """The day ``text`` says a rule takes (or took) effect, or None.

    A day the text says the entry into force is moved to (:func:`moved_day`) first; otherwise
    each effect cue (:data:`EFFECT_CUES`) in order, its day read by :func:`stated_day`; a cue
    that qualifies a cited text (施行的《……》) is left out. Traditional characters and years of
    the Republic of China are read (中華民國116年 is 2027).
    """
    moved = moved_day(text, published)
    if moved is not None:
        return moved
    plain = to_simplified(text)
    named = named_day(plain, published)
    if named is not None:
        return named
    questions = _question_spans(plain)
    for match in _EFFECT_CUES_SCAN.finditer(plain):
        if _has_cjk(match.group(0)) and _ATTRIBUTIVE_AFTER.match(plain[match.end() :]):
            continue
        if any(a <= match.start() < b for a, b in questions):
            continue  # 问：有报道称……自7月1日起施行: the day the question quotes, not the answer's
        if negated_start(plain, match.start(), match.end()):
            continue  # "will not take effect on April 11": no day the rule starts
        day = stated_day(plain, match.start(), match.end(), published)
        if day is not None:
            return day
    return duty_day(plain, published)


# -- a duty dated ahead in an issuing text -----------------------------------------------------

#: A duty from a day, Chinese: 须于2027年9月1日起, 应当自明年1月1日起, 必须从3月1日开始 (the day is
#: read by :data:`ZH_STATED_DAY` on the words up to 起).
_ZH_DUTY_FROM = re.compile(r"(?:必须|须|需|应当|应)\s*(?:于|自|从)\s*[^，。；,;]{2,24}?(?:起|开始)")
#: A duty from a day, English: "must complete an assessment from Sept. 1", "are required to
#: register starting 1 October", "shall file reports from January 1, 2028".
_EN_DUTY_FROM = re.compile(
    r"\b(?:must|shall|will\s+have\s+to|(?:are|is|will\s+be)\s+required\s+to)\b[^.;]{0,120}?"
    r"\b(?=(?:from|starting|beginning|as\s+of)\s)",
    re.IGNORECASE,
)
#: The text issues or passes the act whose duty it dates: 发出, 发布, 印发, 公布, 颁布, 出台, 通过;
#: "issued", "published", "adopted", "made", "finalised", "released", "passed", "signed".
_ISSUES = re.compile(
    r"发出|发布|印发|公布|颁布|出台|通过|制定"
    r"|\b(?:issue[sd]?|issuing|publish(?:es|ed)?|adopt(?:s|ed)?|made|makes|release[sd]|final(?:is|iz)e[sd]"
    r"|pass(?:es|ed)|sign(?:s|ed)|approve[sd])\b",
    re.IGNORECASE,
)


def duty_day(text: str, published: date) -> date | None:
    """The day a duty starts, in a text that issues or passes the act, when it is still to come.

    私隱專員公署今日正式發出指引，僱主須於2027年9月1日起……, "The regulator issued the guidance on
    Tuesday; employers must complete an assessment from Sept. 1": the duty's first day is the
    act's stated start. Read only when no effect cue states a day (:func:`effective_day`), in a
    text with an issuing word, and only a day after publication (a duty "from" a past day tells
    no start to come).
    """
    plain = to_simplified(text)
    if not _ISSUES.search(plain):
        return None
    for match in _ZH_DUTY_FROM.finditer(plain):
        day = _zh_day(match.group(0), published)
        if day is not None and day > published:
            return day
    for match in _EN_DUTY_FROM.finditer(plain):
        after = plain[match.end() :]
        en = EN_STATED_DAY.match(after)
        if en is None or en.group("today"):
            continue
        day = stated_day(plain, match.end(), match.end(), published)
        if day is not None and day > published:
            return day
    return None


# -- who denies -------------------------------------------------------------------------------

# Who denies, in the news: the subject of a denial verb ("Tencent denies receiving order", "A
# spokesperson for one of the companies named denied", "China's planner denies plan"), up to the
# verb within its clause.
_EN_DENIER = re.compile(
    r"(?:^|(?<=[.;:!?\n]))\s*(?P<who>[^.;:!?\n]{1,80}?)\s+"
    r"(?:denie[sd]|deny|denying|rejects?|rejected|disputes?|disputed|says no|said no)\b"
)
# An authority as the one who denies: a ministry, a regulator, a government, its spokesperson
# or officials, or a capital or country standing for its government ("Japan denies plan",
# "Taipei denies"); or an authority's initials (:data:`_INITIALS`).
_AUTHORITY_WORDS = re.compile(
    r"\b(?:ministry|ministries|minister|regulators?|government|commission|department|agency"
    r"|administration|bureau|planner|watchdog|cabinet|council|authorit(?:y|ies)|legislature"
    r"|parliament|officials?|white house|congress)\b"
    r"|^(?:the )?(?:china|beijing|japan|tokyo|taiwan|taipei|washington|seoul|south korea|korea"
    r"|india|new delhi|brussels|london|britain|uk|u\.s\.|us|eu|germany|berlin|france|paris"
    r"|netherlands|the hague|singapore)$",
    re.I,
)
# Three or more capitals and no lower case: MIIT, METI, NDRC (a company so written counts as an
# authority, which leaves the denial as it was read).
# Not initials that name a product before a business noun ("Chinese GPU maker", "GPU designer
# Hanxin Compute", "an EDA vendor"): a company, not an authority.
_INITIALS = re.compile(
    r"(?<![\w])[A-Z]{3,}(?![\w])(?!-?\s*(?:makers?|designers?|firms?|compan(?:y|ies)|suppliers?"
    r"|vendors?|start-?ups?|developers?|producers?|manufacturers?|groups?|giants?|operators?"
    r"|providers?)\b)"
)


# What a denial of the news itself says, whoever says it: the rumoured measure does not exist
# ("no such rule was being prepared", "there is no such regulation", "no rule is being drafted"),
# or the report is false ("said the report was false"). A company's "no such plan" is of its own
# plans, so plans are not among the measures.
_MEASURES = (
    r"(?:rules?|regulations?|measures?|requirements?|polic(?:y|ies)|bans?|curbs?|caps?|quotas?"
    r"|laws?|guidelines?|restrictions?)"
)
_NO_SUCH_MEASURE = re.compile(
    rf"\bno such {_MEASURES}\b"
    rf"|\bno {_MEASURES} (?:of (?:the|that|this) kind )?(?:is|was|are|were|has been|had been)"
    r" (?:being )?(?:drafted|prepared|planned|considered|discussed|drawn up|in the works)\b",
    re.I,
)
#: The rumoured measure denied in other words: "there are no plans for a licence requirement",
#: "the ministry is not preparing any export rule", "no licence requirement for such tools is
#: being prepared", "has no plans to impose a ban". The measure must be named: a company's "no
#: plans to cut output" is of its own plans.
_NO_MEASURE_PLANNED = re.compile(
    rf"\b(?:there (?:are|is|were|was) no|(?:has|have|had) no) (?:such )?plans? "
    rf"(?:for|to (?:introduce|impose|issue|adopt|draw up|draft|bring in|require))"
    rf" (?:a |an |any |such |the )?(?:[\w-]+ ){{0,4}}?{_MEASURES}\b"
    rf"|\b(?:is|are|was|were)(?: not|n't) (?:preparing|drafting|planning|considering|drawing up)"
    rf" (?:a |an |any |such |the )?(?:[\w-]+ ){{0,4}}?{_MEASURES}\b"
    rf"|\bno (?:[\w-]+ ){{0,3}}?{_MEASURES}\b[^.;]{{0,60}}? (?:is|was|are|were|has been|had been)"
    r" (?:being )?(?:drafted|prepared|planned|considered|discussed|drawn up|in the works)\b",
    re.I,
)
_FALSE_WORDS = (
    r"(?:completely |entirely |wholly |pure |mere )?(?:false|untrue|not true|fabricated|baseless"
    r"|groundless|fake|(?:a )?rumou?rs?|speculation)"
)
#: The report called false: "the report was false", "the reports are pure rumour", "called the
#: newsletter's report untrue", "dismissed the reports as speculation".
_REPORT_FALSE = re.compile(
    rf"\b(?:the|that|such|these|those) (?:news )?reports? (?:is|was|are|were) {_FALSE_WORDS}\b"
    r"|\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|dismiss(?:es|ed|ing))"
    r" (?:the|that|such|these|those) (?:[\w'’-]+ ){0,2}?(?:news )?reports? (?:as )?"
    rf"{_FALSE_WORDS}\b",
    re.I,
)
# The denier speaking of itself: "denied that it had been told", "a report that it planned",
# "its launch schedule was unchanged".
_OWN_PART = re.compile(r"\b(?:it|its|it's)\b", re.I)


def denies_the_news(text: str) -> bool:
    """Whether a denial in ``text`` is of the development's news itself, whoever makes it.

    The rumoured measure does not exist ("no such rule was being prepared", "there is no such
    regulation under discussion": :data:`_NO_SUCH_MEASURE`), or the report is false ("said the
    report was false") where the denier speaks of no part of its own (:data:`_OWN_PART`: "denied
    that it had been told of any rule, saying the report was false", "'The report is untrue,'
    the company said" of a report that it would stop a product, deny its own part).
    """
    head = text[:1200]
    if _NO_SUCH_MEASURE.search(head) or _NO_MEASURE_PLANNED.search(head):
        return True
    return bool(_REPORT_FALSE.search(head)) and not _OWN_PART.search(head)


def denied_by_party(text: str) -> bool:
    """Whether the denial ``text`` reports is only a company's or another party's.

    True when the text names who denies (the subject of "denies", "rejects", "disputes", "says
    no") and none of them is an authority (:data:`_AUTHORITY_WORDS`, :data:`_INITIALS`): a
    company denying it received an order, or a detail of its own, denies no policy. False when
    any denier is an authority, or when the text names none (a Chinese answer, "a report ...
    was untrue"): then nothing is known against the denial. False too when the denial is of the
    news itself (:func:`denies_the_news`: "no such rule was being drafted", "the report was
    false"): a company that says the rumoured rule does not exist denies the development
    (``docs/decisions/2026-12-04-status-sixth-round.md``).
    """
    found = [m.group("who").strip() for m in _EN_DENIER.finditer(text[:1200])]
    if not found:
        return False
    if any(_AUTHORITY_WORDS.search(who) or _INITIALS.search(who) for who in found):
        return False
    return not denies_the_news(text)


# -- a reversal asked for ---------------------------------------------------------------------

#: A US court of appeals by its circuit, an ordinal or a numeral before it: "the Fifth Circuit",
#: "the 5th Circuit", "the D.C. Circuit", "the Federal Circuit"; case kept, whatever the flags of
#: the pattern it sits in, so an integrated circuit is none; a circuit breaker is none.
CIRCUIT = (
    r"(?-i:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh"
    r"|\d{1,2}(?:st|nd|rd|th)|D\.C\.|Federal)\s+Circuit)(?!\s+[Bb]reakers?\b)"
)
#: A court, English, for every court reading (this module's status cues and the stage's in
#: :mod:`nlp.about`): a court, a judge, a tribunal, a justice, or a court of appeals by its
#: circuit (:data:`CIRCUIT`). Matched between word boundaries.
COURT_EN = rf"(?:(?i:courts?|tribunals?|judges?|justices?)|{CIRCUIT})"

# A reversal asked for, not made: a lawsuit or a petition to block a rule, a court asked to set it
# aside, a party urging the authority to pause it. Not a court's order that stays it.
_SOUGHT = re.compile(
    r"\b(?:sues?|sued|suing|lawsuits?|petitions?|petitioned|legal challenge"
    rf"|ask(?:s|ed|ing)? (?:a|the) (?:(?:\w+ ){{0,2}}(?:court|judge)|{CIRCUIT})"
    r"|urg(?:es?|ed|ing) (?:the )?(?:\w+ ){0,3}to (?:pause|suspend|delay|scrap|drop|withdraw))\b",
    re.I,
)
#: What a court's verb acts on when it is another court's act, not the rule: "stayed the
#: injunction", "vacated the nationwide injunction", "overturned the lower court's ruling",
#: "blocked the district judge" (the rule then applies, or nothing is said of it).
_OTHER_COURT_ACT = (
    r"(?!\s+(?:(?:the|a|an|its|that|this|lower|earlier|nationwide|universal|preliminary"
    r"|temporary|permanent|district|trial|federal|lower-court|judge'?s|court'?s)\s+)*"
    r"(?:ruling|judgment|judgement|verdict|decision|injunction|stay|judge|motion"
    r"|(?:court'?s?|judge'?s|lower|district|restraining)\s+order)s?\b)"
)
#: A stay verb, its object not another court's act (:data:`_OTHER_COURT_ACT`).
_STAY_VERBS = (
    r"(?:block(?:s|ed)|suspend(?:s|ed)|halt(?:s|ed)|stay(?:s|ed)|paus(?:es|ed|ing)|struck down"
    r"|strikes down|set aside|sets aside|enjoin(?:s|ed)|annul(?:s|led)|vacat(?:es|ed)"
    # a measure overturned or revoked by the court ("Court overturns the city's fine"), not a
    # ruling overturned on appeal (which brings the measure back)
    r"|(?:overturn(?:s|ed)?|revok(?:es|ed)|quash(?:es|ed))"
    r"(?!\s+(?:(?:the|a|an|its|that|this|lower|earlier)\s+)*(?:court'?s?\s+)?"
    r"(?:ruling|judgment|judgement|verdict|decision|injunction|order)s?\b))"
    rf"{_OTHER_COURT_ACT}"
)
#: A court's order that stays a rule, its judge named or not: "Judge Ellen Marsh of the Northern
#: District of Texas blocked the rule", "a federal judge issued a preliminary injunction pausing
#: the rule", "the court vacated the rule", 法院裁定暂停实施; a US court of appeals by its circuit
#: ("The Fifth Circuit on Tuesday vacated the rule", "the 5th Circuit stayed"), not an
#: integrated circuit; a stay of another court's act ("stayed the injunction") is none.
_COURT_ORDER_VERB = re.compile(
    rf"\b{COURT_EN}\b[^.;]{{0,80}}?\b(?P<verb>{_STAY_VERBS})\b"
    r"|(?:法院|法庭)[^，。；]{0,20}(?:裁定|判决|决定)?[^，。；]{0,6}(?P<zh>暂停|中止|撤销|停止)"
)
_COURT_ORDER_OTHER = re.compile(
    r"\b(?:preliminary|temporary|court)\s+(?:injunction|restraining\s+order)\b"
    r"|\binjunction\s+(?:pausing|blocking|halting|suspending|against)\b"
)


#: Words that make a court's stay denied, asked about or asked for, between the clause's start
#: and the stay verb: "no court ever blocked such a rule", "courts have not stayed similar rules",
#: "asks the court whether judges elsewhere suspended", "asked the court to block"; and a passive
#: verb, whose subject is no court ("after a court date was suspended").
_COURT_ORDER_DENIED = re.compile(
    r"\b(?:no|not|never|ever|whether|if|yet|to|ask|asks|asked|asking|seeking|seeks|sought|urged"
    r"|urges|petitioned)\b|n't\b|\b(?:was|were|be|been|being|is|are)$"
    r"|未|没有|是否|请求|申请",
    re.I,
)
#: A court acting on another act that had stayed the rule, told between the court and the stay
#: verb: "vacated the injunction that had blocked the rule", "reversed a district judge who had
#: blocked the rule", "denied a motion that would have paused the rule" (the stay verb is the
#: other act's, in a relative clause; the rule is not stayed).
_COURT_ACTED_ON_OTHER = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|refus(?:es|ed)|revers(?:es|ed)|overturn(?:s|ed)?"
    r"|vacat(?:es|ed)|lift(?:s|ed)?|stay(?:s|ed)|dismiss(?:es|ed)|threw\s+out|throws\s+out)\b"
    r"[^.;]*\b(?:that|who|which)\s+(?:(?:had|has|have|would|could|might|was|were)\s+)*$",
    re.I,
)
#: A clause's start: a sentence or clause mark, or the word that opens a reported clause.
_CLAUSE_START = re.compile(r"[.;:,，。；：]|\b(?:saying|says|said|that|which)\b", re.I)
#: An injunction granted: "an injunction was granted", "the judge granted an injunction".
_INJUNCTION_GRANTED = re.compile(
    r"\binjunction (?:was |has been )?granted\b|\bgranted (?:an|the) injunction\b", re.I
)


#: A court that stayed something else once, told in a relative clause beside a lawsuit:
#: "Operators sued in a state court, which stayed a similar rule in 2030".
_RELATIVE = re.compile(r"\b(?:which|that)\b", re.I)


def _court_stayed(text: str, *, relative_too: bool = False) -> bool:
    """Whether a court or judge in ``text`` did stay the rule, not denied, asked about or sought.

    "A federal judge in Texas on Monday stayed the rule", "a judge vacated the rule"; not "no
    court ever blocked such a rule" nor "the petition asks the court whether judges elsewhere
    suspended such rules". ``relative_too``: nor a court that stayed something in a relative
    clause ("a state court, which stayed a similar rule in 2030").
    """
    for found in _COURT_ORDER_VERB.finditer(text):
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, found.start())]
        verb = found.start("verb") if found.group("verb") else found.start("zh")
        clause = text[starts[-1] if starts else 0 : verb]
        if _COURT_ACTED_ON_OTHER.search(text[found.start() : verb]) is not None:
            continue
        if _COURT_ORDER_DENIED.search(clause.rstrip()) is None and not (
            relative_too and _RELATIVE.search(text[found.start() : verb]) is not None
        ):
            return True
    return False


def court_ordered(text: str) -> bool:
    """Whether ``text`` tells a court's order that stays or strikes down a rule.

    A court's order is an authority's act though a judge is named ("Judge Ellen Marsh ...
    blocked the rule"): it suspends the rule (a lawsuit or a petition alone does not, see
    :func:`reversal_sought`). A stay denied or asked about ("no court ever blocked such a rule")
    is none.
    """
    return _court_stayed(text) or _COURT_ORDER_OTHER.search(text) is not None


def reversal_sought(text: str) -> bool:
    """Whether ``text`` reports a reversal asked for and none made.

    A lawsuit, a petition or a court asked to block the rule ("Drone retailers sue to block US
    import ban"), with no court or authority that did block it ("a court stayed the rule").
    """
    return _SOUGHT.search(text) is not None and not (
        _court_stayed(text, relative_too=True) or _INJUNCTION_GRANTED.search(text) is not None
    )


def read_stated(text: str, published: date | None) -> Stated:
    """The three facts of one report as its stage and its status read them.

    The effective day only with a day of publication to read it against.
    """
    return Stated(
        effective=effective_day(text, published) if published is not None else None,
        party_denial=denied_by_party(text),
        sought=reversal_sought(text),
    )


# -- a rule brought back after a reversal (status reading) ------------------------------------

#: A rule brought back, English: "reinstated the decree", "revives the ban", "restored the
#: rules"; Chinese (simplified): 恢复施行, 恢复实施, 恢复执行, 恢复效力, 恢复……的效力. Not a
#: person or a service brought back ("reinstated the employee", "restored power").
_EN_REINSTATED = re.compile(
    r"\b(?:reinstat(?:es|ed|ing)?|reviv(?:es|ed|ing)|restor(?:es|ed|ing))\s+"
    r"(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:rules?|regulations?|decrees?|laws?|bans?|orders?|measures?|requirements?|policy"
    r"|policies|ordinance|directive|guidelines|licen[cs]es?|fines?|penalty|curfews?|curbs?"
    r"|restrictions?|limits?|caps?)\b",
    re.IGNORECASE,
)
_ZH_REINSTATED = re.compile(r"恢复(?:施行|实施|执行|生效|效力|[^，。；]{0,12}的效力)")
#: Before a reinstatement, what makes it another's act told inside the clause ("the ruling that
#: had reinstated the decree"): a relative pronoun, the act then not the news.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?$", re.I)


def tells_reinstatement(sentence: str) -> bool:
    """Whether a stage sentence tells a rule brought back after its reversal.

    "An appeals chamber overturned the ruling and reinstated the decree", 法院二审判决……恢复施行:
    the rule applies again, though a reversal's verb (overturned) is in the sentence. Not
    "the ruling that had reinstated the decree was overturned" (another act, in a relative
    clause).
    """
    for match in _EN_REINSTATED.finditer(sentence):
        if not _RELATIVE_BEFORE.search(sentence[: match.start()]):
            return True
    return _ZH_REINSTATED.search(to_simplified(sentence)) is not None


# -- a rule's start moved, a rule's past step told as background (status readings) -------------

_EN_DELAY = re.compile(rf"\b(?:{DELAY_VERBS_EN})\b", re.IGNORECASE)


def tells_delay(sentence: str) -> bool:
    """Whether a stage sentence tells a postponement.

    "Pushes back the rules by three months", "delays the start", 推迟……施行日期 (traditional
    script read as simplified).

    With a later day it states for the start, the status reads it as the rule's day moved,
    not the rule suspended (``nlp.status``).
    """
    if _EN_DELAY.search(sentence) is not None:
        return True
    plain = to_simplified(sentence)
    return any(verb in plain for verb in DELAY_VERBS_ZH)


#: A start brought forward, English: "brought forward", "moves up the start", "earlier than
#: planned", "advanced the effective date".
_EN_ADVANCE = re.compile(
    r"\b(?:br(?:ing|ings|inging|ought)\s+(?:\w+\s+){0,4}?forward"
    # moved up to a day or moved up the start ("moves up camera rule for coaches to July 1")
    r"|mov(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){0,6}?up\b(?=[^.;]{0,60}?\b(?:to\s+(?:(?:jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d)|start|effective|deadline"
    r"|compliance|date))"
    r"|earlier\s+than\s+(?:planned|scheduled|originally|first|expected|announced|set)"
    r"|advanc(?:e|es|ed|ing)\s+(?:the\s+|its\s+)?(?:effective\s+date|start|entry\s+into\s+force"
    r"|compliance\s+date|implementation\s+date))",
    re.IGNORECASE,
)
#: A start brought forward, Chinese (simplified): 施行日期提前, 提前至7月1日起施行, 提早实施; 提前
#: beside the rule's effect in its clause (not 提前完成改装, 提前30日公告).
_ZH_ADVANCE = re.compile(
    r"(?:施行|实施|生效|执行)(?:日期|时间)?(?:提前|提早)"
    r"|(?:提前|提早)(?:至|到)?[^，。；]{0,14}?(?:起)?(?:施行|实施|生效)"
)


def tells_advance(sentence: str) -> bool:
    """Whether a stage sentence tells a start brought forward.

    "The rule will now apply from July 1, three months earlier than planned", "brought forward
    the start", 将……的施行日期提前, 提前至7月1日起施行 (traditional script read as simplified). The
    status moves an adopted rule's day to an earlier one only on such a sentence (``nlp.status``):
    an earlier day alone may be another rule's, a draft's or a first phase's.
    """
    if _EN_ADVANCE.search(sentence) is not None:
        return True
    return _ZH_ADVANCE.search(to_simplified(sentence)) is not None


#: The nouns of a rule, English, as the subject a past step is told of.
_EN_RULE_NOUN = (
    r"(?:rules?|regulations?|law|laws|measures?|guidelines|requirements?|ordinance|decree|"
    r"directive|code|act|ban|curbs?|controls?|order)"
)
#: A time told after a past step: "in November", "on Monday", "last month", "earlier this year",
#: "in 2027", "since September".
_EN_PAST_TIME = (
    rf"(?:in|on|since|last|earlier|from)\s+(?:{_EN_MONTH}|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|week|month|year|this|the|\d{4})\b"
)
#: A rule's past step told as a modifier of the rule, with its time: "the rules adopted in
#: November", "the regulation in force since September", "rules that took effect last year",
#: "the ban, which was introduced in March".
_EN_RECALLED_STEP = re.compile(
    rf"\b{_EN_RULE_NOUN},?\s+(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:adopted|passed|issued|approved|finali[sz]ed|introduced|enacted|signed|published|"
    r"in\s+force|in\s+effect|(?:(?:that|which)\s+)?(?:took|came\s+into)\s+(?:effect|force))"
    rf"\s+{_EN_PAST_TIME}",
    re.IGNORECASE,
)
#: The same in Chinese: 11月出台的规定, 去年施行的《……》, 此前已于9月实施的办法.
_ZH_RECALLED_STEP = re.compile(
    r"(?:\d{1,2}\s*月(?:份)?|去年|年初|此前|早前)\s*(?:已|已经)?\s*"
    r"(?:出台|发布|印发|通过|施行|实施|生效|公布)的\s*"
    rf"(?:《[^》]{{1,40}}》|[{HAN}]{{0,10}}?(?:规定|办法|条例|规则|法规|措施|细则|法))"
)
#: A rule brought back: what a recalled step is then told for ("reinstated the rules adopted in
#: November", 恢复施行).
_RESTORED = re.compile(
    r"\b(?:reinstat\w*|restor\w*|resum\w*|revived?|back\s+in\s+(?:force|effect)|"
    r"(?:lift\w*|end\w*)\s+(?:the\s+)?(?:suspension|pause|stay|injunction)|in\s+force\s+again)\b"
    r"|恢复|重新(?:施行|实施|生效)",
    re.IGNORECASE,
)


#: A step the sentence tells of the rule itself, beside the recalled one.
_OWN_STEP = re.compile(
    r"\b(?:take|takes|took|taking)\s+effect\b|\b(?:come|comes|came|enter|enters|entered)\s+into\s+"
    r"(?:force|effect)\b|\bappl(?:y|ies)\s+from\b|起(?:施行|实施|生效)|正式(?:施行|实施)",
    re.IGNORECASE,
)


def recalled_step(sentence: str) -> bool:
    """Whether a stage sentence tells the rule's past step only as background of its news.

    "Platforms are hiring reviewers to meet the rules adopted in November, a survey reported",
    "the marks required by the regulation in force since September", 为落实11月出台的规定: the
    step is a modifier of the rule with its time, the news is something else. Not a rule brought
    back ("reinstated the rules adopted in November", 恢复施行).
    """
    plain = to_simplified(sentence)
    if _RESTORED.search(plain) is not None:
        return False
    found = _EN_RECALLED_STEP.search(plain) or _ZH_RECALLED_STEP.search(plain)
    if found is None:
        return False
    # the rule's own step told besides: "the rules adopted in November take effect today"
    rest = plain[: found.start()] + " " + plain[found.end() :]
    return _OWN_STEP.search(rest) is None
