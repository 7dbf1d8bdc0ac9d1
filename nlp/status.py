"""The status of a development over time, from the stage and sourcing of its reports.

A development's reports each carry a policy ``stage`` (``none``, ``reported``, ``proposed``,
``adopted``, ``in-force``, ``suspended``, ``denied``) and a ``sourcing`` (``official``,
``on-record``, ``anonymous``, ``secondary``, ``denial``), each with the sentence that shows it, and
come from an outlet of some ``kind`` (``news`` or ``official``). :func:`status_history` turns them,
in publication order, into the development's status changes: each with its date, the report that
shows it first, and whether an official source confirms it.

The rules (see ``docs/decisions/2026-12-02-policy-status.md``):

- **Forward only on the ladder** ``reported`` < ``proposed`` < ``adopted`` < ``in-force``: a report
  of a lower stage after a higher one is a late or background report, not a step back.
- **Suspended** is a change from any status; **denied** is a change only while nothing official
  backs the current status (a denial cannot undo an officially issued rule).
- **Leaving suspended or denied** needs an official source: a rumour that a paused rule is back,
  or that a denied plan is going ahead after all, does not move the status; an official notice
  does.
- **Confirmed**: a status is confirmed when a report showing that same status, at the change or
  later (before the next change), is official-backed: it comes from an official outlet, or its
  sourcing is ``official`` (it rests on the authority's own notice, statement or document). The
  development is confirmed when its current status is.

Three rules read the tagger's per-report values with what their class says when they are
incomplete or at odds (``docs/decisions/2026-12-03-status-on-noisy-reports.md``):

- **A denial's news is a denial**: a report whose sourcing is ``denial`` (its news is that a
  report is denied) shows ``denied`` even when the tagger read no stage in it.
- **A rumour opens the history**: while a development has no status yet, a report with no stage
  that rests on unnamed or second-hand sources (``anonymous``, ``secondary``) shows
  ``reported``; later it cannot move the status anyway (the ladder only goes forward).
- **Suspensions come from authorities**: a report of a suspension resting on named people or
  companies (``on-record``) does not suspend the policy; a company pausing its own sales under
  a rule is not the rule's suspension.
- **An official page is what its form says**: an official outlet's draft put out for comment
  shows ``proposed`` and its penalty decision ``in-force`` (:func:`document_form`), whatever
  stage the tagger read in it, unless it read a reversal
  (``docs/decisions/2026-12-03-confirmation-fourth-round.md``).
- **A rule takes effect on its date**: once a rule is ``adopted`` and a report of it states
  the date it takes effect (:func:`effective_date`: 自2027年5月1日起施行, "takes effect on March
  1"), the first report published on or after that date that shows no reversal shows
  ``in-force``, even when the tagger read another stage or none in it; before that day, a
  report not backed by an official source does not show it in force
  (``docs/decisions/2026-12-03-notices-fifth-round.md``).

Three more read who speaks and when
(``docs/decisions/2026-12-04-notices-and-status-sixth-round.md``):

- **Not in force before the day it states**: a report that reads ``in-force`` while its own text
  states a later day the rule takes effect shows it ``adopted``.
- **A party's denial denies no policy**: a news report whose denial is a company's or another
  party's, not an authority's (:func:`denied_by_party`), does not deny the development.
- **A reversal sought is none**: a news report of a lawsuit or a petition to block the rule
  (:func:`reversal_sought`) does not suspend it.

Pure functions; no I/O. The per-report stage and sourcing come from the tagger; when they are wrong,
so is the history (the evaluation in ``bench/status.py`` gives them as gold).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from nlp.hanzi import to_simplified

STAGES = ("none", "reported", "proposed", "adopted", "in-force", "suspended", "denied")
SOURCINGS = ("official", "on-record", "anonymous", "secondary", "denial")
OUTLET_KINDS = ("news", "official")
# The forward ladder: a report moves the status up it, never down.
LADDER = {"reported": 0, "proposed": 1, "adopted": 2, "in-force": 3}
# Statuses that are reversals rather than steps: leaving them needs an official source.
REVERSALS = frozenset({"suspended", "denied"})
#: Kinds of official document whose form settles the stage they show (:func:`document_form`),
#: and that stage: a draft put out for comment is ``proposed``, a decision imposing a penalty is
#: the rule ``in-force``.
DOCUMENT_FORMS = {"": "none", "draft": "proposed", "penalty": "in-force"}


@dataclass(frozen=True, slots=True)
class StatusReport:
    """One report of a development, as the status needs it.

    Args:
        article_id: the report's id.
        published: its publication time (timezone-aware).
        outlet_kind: ``news`` or ``official`` (the outlet's ``kind`` in ``sources.toml``).
        sourcing: one of :data:`SOURCINGS`, or ``None`` when the tagger found none.
        stage: one of :data:`STAGES`.
        sentence: the sentence that shows the stage.
        effective: the day the report says the policy takes effect, when it states one
            (:func:`effective_date` of its text).
        denies: whether its text says a report is untrue (:func:`states_denial`).
        form: what kind of document its text is, when that settles its stage
            (:func:`document_form`: ``draft`` or ``penalty``; empty otherwise).
        party_denial: whether the denial its text reports is a company's or another party's,
            not an authority's (:func:`denied_by_party`).
        sought: whether its text reports a reversal asked for, not made: a lawsuit or a
            petition to block the rule (:func:`reversal_sought`).
    """

    article_id: str
    published: datetime
    outlet_kind: str
    sourcing: str | None
    stage: str
    sentence: str = ""
    effective: date | None = None
    denies: bool = False
    form: str = ""
    party_denial: bool = False
    sought: bool = False

    def __post_init__(self) -> None:
        if self.stage not in STAGES:
            raise ValueError(f"{self.article_id}: stage {self.stage!r} not in {STAGES}")
        if self.sourcing is not None and self.sourcing not in SOURCINGS:
            raise ValueError(f"{self.article_id}: sourcing {self.sourcing!r} not in {SOURCINGS}")
        if self.outlet_kind not in OUTLET_KINDS:
            raise ValueError(f"{self.article_id}: outlet kind {self.outlet_kind!r} unknown")
        if self.published.tzinfo is None:
            raise ValueError(f"{self.article_id}: published time has no timezone")
        if self.form not in DOCUMENT_FORMS:
            raise ValueError(f"{self.article_id}: document form {self.form!r} unknown")

    @classmethod
    def of_text(
        cls,
        article_id: str,
        published: datetime,
        outlet_kind: str,
        sourcing: str | None,
        stage: str,
        text: str,
        sentence: str = "",
    ) -> StatusReport:
        """A report with what the status reads from its text.

        The effective day it states, whether it denies a report, its document form, whether
        its denial is a party's and whether the reversal it reports is only asked for.
        """
        return cls(
            article_id=article_id,
            published=published,
            outlet_kind=outlet_kind,
            sourcing=sourcing,
            stage=stage,
            sentence=sentence,
            effective=effective_date(text, published),
            denies=states_denial(text),
            form=document_form(text),
            party_denial=denied_by_party(text),
            sought=reversal_sought(text),
        )

    @property
    def official(self) -> bool:
        """Whether this report is backed by an official source."""
        return self.outlet_kind == "official" or self.sourcing == "official"


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One change of a development's status.

    ``at`` and ``article_id`` are those of the first report that shows the new status;
    ``confirmed_at`` and ``confirmed_by`` those of the first official-backed report of it (the same
    report when it is official itself), or ``None`` when nothing official backs it.
    """

    status: str
    at: datetime
    article_id: str
    sentence: str
    confirmed_at: datetime | None = None
    confirmed_by: str | None = None

    @property
    def confirmed(self) -> bool:
        """Whether an official source backs this status."""
        return self.confirmed_by is not None


@dataclass(frozen=True, slots=True)
class StatusHistory:
    """A development's status changes, oldest first."""

    changes: tuple[StatusChange, ...] = ()

    @property
    def status(self) -> str | None:
        """The current status (``None`` while no report shows a stage)."""
        return self.changes[-1].status if self.changes else None

    @property
    def confirmed(self) -> bool:
        """Whether an official source backs the current status."""
        return bool(self.changes) and self.changes[-1].confirmed

    @property
    def status_changed(self) -> datetime | None:
        """When the current status began (the first report showing it)."""
        return self.changes[-1].at if self.changes else None


#: Sourcings of a rumour: a report with no stage resting on them opens a history as ``reported``.
RUMOUR_SOURCINGS = frozenset({"anonymous", "secondary"})

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH = (
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?i:{_MONTH.replace('month', 'month2')})"
    rf"(?:,?\s+(?P<year2>\d{{4}}))?)"
)
# The day a rule takes effect, as a notice or the news states it: 自2027年5月1日起施行, 将于3月1日
# 实施; "takes effect on March 1", "will apply from 1 October 2026", "comes into force on July 1,
# 2027", "effective Jan. 1". A day in the past tense ("took effect on May 1") is one too.
_CN_EFFECTIVE = re.compile(
    r"(?:自|从|于|将于)\s?(?:(?P<year>\d{4})\s?年\s?)?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"
    r"\s?起?\s?(?:正式)?(?:施行|实施|执行|生效)"
)
_EN_EFFECTIVE = re.compile(
    r"\b(?:takes?|took|taking|to take) effect (?:on |from )?"
    r"|\b(?:comes?|came|will come|to come|entered|enters?) into force (?:on |from )?"
    r"|\b(?:will )?(?:apply|applies|applied) (?:from|since) "
    r"|\beffective (?:from |on |as of )?"
    r"|\bin (?:force|effect) (?:from|since) ",
    re.I,
)
_EN_DAY = re.compile(_DAY_MONTH, re.I)
# A year of the Republic of China, as Taiwan's notices date them: 中华民国116年 is 2027.
_ROC_YEAR = re.compile(r"(?:中华)?民国\s?(?P<year>\d{2,3})\s?年")
# What an answer or a notice says when it denies a report: 不属实, 与事实不符, "untrue". Not 谣言
# (rumour) alone: a notice on curbing online rumours denies nothing.
_DENIAL = re.compile(
    r"不属实|报道不实|消息不实|传闻不实|与事实不符|纯属谣言|系谣言|并无此事|没有此事"
    r"|\buntrue\b|\bnot true\b|\bfalse reports?\b|\bhas no such plan\b|\bno such plan\b",
    re.I,
)


# A draft put out for comment, as the authority's own page says it: the call itself
# (关于公开征求《……（征求意见稿）》意见的通知, 现将征求意见稿向社会公开征求意见, 意见反馈截止时间;
# "released a draft ... Comments are open until", "launched a consultation on draft guidelines").
# Not a final text that mentions its draft (与征求意见稿相比), nor a decision withdrawing a draft
# that "was put out for comment" (撤回……公开征求意见的《……》).
_CN_CALL_FOR_COMMENT = re.compile(
    r"征求意见的通知|现(?:将[^。；]{0,80}?)?(?:向社会|面向社会)?公开征求意见"
    r"|意见反馈截止|反馈意见截止|公众可于[^。]{0,30}前"
)
_EN_DRAFT = re.compile(r"\bdrafts?\b", re.I)
_EN_CALL_FOR_COMMENT = re.compile(
    r"\bcomments? (?:are|is) (?:open|due|invited|welcome)\b|\bopen for (?:public )?comments?\b"
    r"|\b(?:invites?|seeks?|inviting|seeking) (?:public )?(?:comments?|feedback|views)\b"
    r"|\b(?:launch(?:es|ed)?|open(?:s|ed)?) (?:a |an )?(?:public |targeted |open )?consultation\b"
    r"|\bfor public comments?\b",
    re.I,
)
# A decision imposing a penalty, as the authority issues it: 行政处罚决定书, 本局决定……处以罚款,
# 并处罚款人民币3.2亿元; "has imposed a fine of", "fined ... 6 million euros". Not a rule's
# penalties for whoever breaks it (违反本办法的，处……罚款; "may be fined up to").
_CN_PENALTY = re.compile(
    r"处罚决定书|决定[^。；]{0,40}?(?:处以|并处|处)[^。；]{0,10}?罚款|罚款人民币[\d一二三四五六七八九十百千万亿.]+"
)
_EN_PENALTY = re.compile(
    r"\b(?:has|have|had) (?:imposed|levied) (?:a |an )?(?:\w+ )?(?:fine|penalty)\b"
    r"|(?<!be )(?<!been )\bfined\b(?! up to)",
    re.I,
)
_EN_CONDITIONAL = re.compile(r"\b(?:may|could|would|can|will) be fined\b|\bfined up to\b", re.I)


def document_form(text: str) -> str:
    """What kind of document ``text`` is, when that settles the stage it shows, or ``""``.

    ``draft``: a draft put out for comment, which the text itself calls for (a Chinese
    征求意见 notice, an English page on a draft that opens a consultation or invites comments).
    ``penalty``: a decision imposing a penalty (行政处罚决定书, 决定……处以罚款, "has imposed a
    fine"). Read for an official outlet's page (:func:`shown_stage`): a notice is what its form
    says, whatever words of other stages it quotes (a draft "enforcement decree", a penalty
    "decision").
    """
    simple = to_simplified(text)
    if _CN_PENALTY.search(simple) or (
        _EN_PENALTY.search(simple) and not _EN_CONDITIONAL.search(simple)
    ):
        return "penalty"
    if _CN_CALL_FOR_COMMENT.search(simple) or (
        _EN_DRAFT.search(simple) and _EN_CALL_FOR_COMMENT.search(simple)
    ):
        return "draft"
    return ""


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
_INITIALS = re.compile(r"(?<![\w])[A-Z]{3,}(?![\w])")


def denied_by_party(text: str) -> bool:
    """Whether the denial ``text`` reports is only a company's or another party's.

    True when the text names who denies (the subject of "denies", "rejects", "disputes", "says
    no") and none of them is an authority (:data:`_AUTHORITY_WORDS`, :data:`_INITIALS`): a
    company denying it received an order, or a detail of its own, denies no policy. False when
    any denier is an authority, or when the text names none (a Chinese answer, "a report ...
    was untrue"): then nothing is known against the denial.
    """
    found = [m.group("who").strip() for m in _EN_DENIER.finditer(text[:1200])]
    if not found:
        return False
    return not any(_AUTHORITY_WORDS.search(who) or _INITIALS.search(who) for who in found)


# A reversal asked for, not made: a lawsuit or a petition to block a rule, a court asked to set it
# aside, a party urging the authority to pause it. Not a court's order that stays it.
_SOUGHT = re.compile(
    r"\b(?:sues?|sued|suing|lawsuits?|petitions?|petitioned|legal challenge"
    r"|ask(?:s|ed|ing)? (?:a|the) (?:\w+ ){0,2}(?:court|judge)"
    r"|urg(?:es?|ed|ing) (?:the )?(?:\w+ ){0,3}to (?:pause|suspend|delay|scrap|drop|withdraw))\b",
    re.I,
)
_ORDERED = re.compile(
    r"\b(?:court|judge|tribunal)s? (?:has |have )?(?:blocked|suspended|halted|stayed|paused"
    r"|struck down|set aside|enjoined|annulled)\b|\binjunction (?:was |has been )?granted\b"
    r"|\bgranted (?:an|the) injunction\b",
    re.I,
)


def reversal_sought(text: str) -> bool:
    """Whether ``text`` reports a reversal asked for and none made.

    A lawsuit, a petition or a court asked to block the rule ("Drone retailers sue to block US
    import ban"), with no court or authority that did block it ("a court stayed the rule").
    """
    return _SOUGHT.search(text) is not None and _ORDERED.search(text) is None


def _roc_years(text: str) -> str:
    """``text`` with years of the Republic of China written as common-era years."""
    return _ROC_YEAR.sub(lambda m: f"{int(m.group('year')) + 1911}年", text)


def states_denial(text: str) -> bool:
    """Whether ``text`` (English or Chinese, traditional characters too) says a report is untrue.

    A spokesperson's answer (经核实，该报道不属实) or a statement ("the report is untrue"). A
    notice that only speaks of rumours (整治网络谣言) is no denial.
    """
    return _DENIAL.search(to_simplified(text)) is not None


def effective_date(text: str, published: datetime) -> date | None:
    """The day ``text`` says a policy takes (or took) effect, or None.

    A day without its year is taken in the year of publication (a rule issued in December
    that takes effect on "January 1" is the next year's).
    """

    def day_of(year: str | None, month: int, day: int) -> date | None:
        try:
            found = date(int(year) if year else published.year, month, day)
        except ValueError:
            return None
        if year is None and found < published.date() and month < published.month:
            found = found.replace(year=found.year + 1)
        return found

    text = _roc_years(to_simplified(text))
    for m in _CN_EFFECTIVE.finditer(text):
        return day_of(m.group("year"), int(m.group("month")), int(m.group("day")))
    for m in _EN_EFFECTIVE.finditer(text):
        d = _EN_DAY.match(text, m.end())
        if d is None:
            continue
        if d.group("month"):
            month, day, year = d.group("month"), d.group("day"), d.group("year")
        else:
            month, day, year = d.group("month2"), d.group("day2"), d.group("year2")
        return day_of(year, _MONTHS[month.lower()], int(day))
    return None


def shown_stage(current: StatusChange | None, report: StatusReport) -> str:
    """The stage ``report`` shows for the status, its tagged stage read with its sourcing.

    An official outlet's page whose form settles its stage (:attr:`StatusReport.form`: a draft
    put out for comment, a penalty decision) shows that stage, unless it was read as a reversal
    or denies a report. A report with no stage whose sourcing is ``denial`` shows ``denied``; so
    does an official
    outlet's report with no stage whose text denies a report (:attr:`StatusReport.denies`); an
    official outlet's report with no stage that states a later day it takes effect shows
    ``adopted`` (a promulgation: 修正……自2027年3月1日施行); one resting on a rumour's sourcing
    (:data:`RUMOUR_SOURCINGS`) shows ``reported`` while there is no status yet (``current`` is
    ``None``). Otherwise the tagged stage.
    """
    if (
        report.outlet_kind == "official"
        and report.form
        and report.stage not in REVERSALS
        and not report.denies
    ):
        # An authority's own page is what its form says: a draft it puts out for comment is
        # proposed (its "draft enforcement decree" is no rule in force), its penalty decision
        # is the rule at work (the decision is no new rule adopted).
        return DOCUMENT_FORMS[report.form]
    if report.stage != "none":
        return report.stage
    if report.sourcing == "denial":
        return "denied"
    if report.outlet_kind == "official":
        # An authority's own page: its answer that a report is untrue is a denial, and a
        # notice that states a day to come on which it takes effect issues the rule.
        if report.denies:
            return "denied"
        if report.effective is not None and report.effective > report.published.date():
            return "adopted"
    if current is None and report.sourcing in RUMOUR_SOURCINGS:
        return "reported"
    return "none"


def _moves(current: StatusChange | None, report: StatusReport, stage: str) -> bool:
    """Whether ``report``, showing ``stage``, changes the status from ``current``."""
    if stage == "none":
        return False
    if report.outlet_kind != "official" and (
        (stage == "denied" and report.party_denial) or (stage == "suspended" and report.sought)
    ):
        # A company's denial (of an order it says it never received, of a detail of its own)
        # denies no policy; a lawsuit to block a rule suspends nothing until a court or the
        # authority does.
        return False
    if current is None:
        return True
    if stage == current.status:
        return False
    if current.status in REVERSALS:
        # Leaving a reversal: only an official source brings a rule back or a denied plan on.
        return stage in LADDER and stage != "reported" and report.official
    if stage == "suspended":
        # Named people and companies do not suspend a policy; their "paused" is their own act.
        return report.sourcing != "on-record"
    if stage == "denied":
        return not current.confirmed
    return LADDER[stage] > LADDER[current.status]


def status_history(reports: Iterable[StatusReport]) -> StatusHistory:
    """The status changes a development's reports show, in publication order.

    Args:
        reports: the development's reports, in any order; ties in time keep the given order.

    Returns:
        The changes, each with its date, its first report and its official confirmation.
    """
    ordered = sorted(enumerate(reports), key=lambda pair: (pair[1].published, pair[0]))
    changes: list[StatusChange] = []
    effective: date | None = None  # the day the adopted rule takes effect, once a report says
    for _, report in ordered:
        current = changes[-1] if changes else None
        stage = shown_stage(current, report)
        if (
            stage == "in-force"
            and report.form != "penalty"
            and report.effective is not None
            and report.effective > report.published.date()
        ):
            # A report that itself states a day to come on which the rule takes effect shows it
            # issued, not in force (自2028年7月1日起实施; "effective from July 1").
            stage = "adopted"
        if (
            current is not None
            and current.status in ("adopted", "in-force")
            and effective is not None
            and report.published.date() >= effective
            and stage not in REVERSALS
        ):
            # Once the rule's day has come, a report of it (one that shows no reversal) shows
            # it in force: the first one is the change, an official one confirms it.
            stage = "in-force"
        elif (
            current is not None
            and current.status == "adopted"
            and stage == "in-force"
            and effective is not None
            and report.published.date() < effective
            and not report.official
        ):
            # Before the day the adopted rule takes effect, the news cannot show it in force
            # (a mention of what the rule will require); only its authority can bring it forward.
            stage = "adopted"
        if _moves(current, report, stage):
            if stage != "in-force":
                effective = None
            changes.append(
                StatusChange(
                    status=stage,
                    at=report.published,
                    article_id=report.article_id,
                    sentence=report.sentence,
                    confirmed_at=report.published if report.official else None,
                    confirmed_by=report.article_id if report.official else None,
                )
            )
        elif (
            current is not None
            and stage == current.status
            and report.official
            and not current.confirmed
        ):
            # A later official report of the same status confirms it; the change keeps its date.
            changes[-1] = StatusChange(
                status=current.status,
                at=current.at,
                article_id=current.article_id,
                sentence=current.sentence,
                confirmed_at=report.published,
                confirmed_by=report.article_id,
            )
        adopted = changes[-1] if changes and changes[-1].status == "adopted" else None
        if (
            adopted is not None
            and stage == "adopted"
            and effective is None
            and report.effective is not None
            and report.effective > adopted.at.date()
        ):
            effective = report.effective  # a day to come when the rule was adopted
    return StatusHistory(tuple(changes))
