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
  sourcing is ``official`` (it rests on the authority's own notice, statement or document), or
  it relays the authority's call for comment on its draft. ``reported`` is never confirmed: a
  plan is no official step (:func:`confirms_status`). The development is confirmed when its
  current status is.

Three rules read the tagger's per-report values with what their class says when they are
incomplete or at odds (``docs/decisions/2026-12-03-status-on-noisy-reports.md``):

- **A denial's news is a denial**: a report whose sourcing is ``denial`` (its news is that a
  report is denied) shows ``denied`` even when the tagger read no stage in it.
- **A rumour opens the history**: while a development has no status yet, a report with no stage
  that rests on unnamed or second-hand sources (``anonymous``, ``secondary``), or a news report
  resting on named people (``on-record``: a plan an official or a lawmaker tells,
  ``docs/decisions/2026-12-06-policy-status-eighteenth-round.md``), shows ``reported``; later it
  cannot move the status anyway (the ladder only goes forward).
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

Four more read who speaks and when
(``docs/decisions/2026-12-04-notices-and-status-sixth-round.md``):

- **A later day moves the rule's day**: while a rule is ``adopted``, a report (not a rumour
  resting on unnamed sources) that states a later day to come on which it takes effect (a
  postponement: :func:`nlp.stated.moved_day`) replaces the day; the rule is promoted on the new
  day, not the old one (``docs/decisions/2026-12-04-status-postponed-days.md``).
- **The authority's own page corrects the news' day, and brings its own start forward only when
  it says so**: while a rule is ``adopted``, an official page's day to come that differs from a
  day the news gave replaces it (a correction: 该报道有误……施行日期为6月1日); an official page's
  earlier day replaces the authority's own earlier day only when the page, or a report on the
  authority's word, says the start is brought forward (:func:`nlp.stated.tells_advance`:
  施行日期提前, "three months earlier than planned, the ministry said"), not for a draft's, a
  first phase's or another rule's earlier day. A postponement after a start brought forward is
  measured against the new day
  (``docs/decisions/2026-12-07-stage-fortieth-round.md``).
- **A late report of the draft is background**: once the rule is adopted, a report read
  ``proposed`` (a feature recalling the draft) does not become the report of its entry into force
  when the rule's day has come (:func:`recalls_earlier_step`,
  ``docs/decisions/2026-12-04-confirmation-fifth-round.md``).
- **Not in force before the day it states**: a report that reads ``in-force`` while its own text
  states a later day the rule takes effect shows it ``adopted``; so does one whose sentence ties
  the start to another act's publication (自《……》国家标准发布之日起施行, "takes effect when the
  implementing standard is published": :func:`nlp.stated.effect_awaits_other_act`).
- **A party's denial denies no policy**: a news report whose denial is a company's or another
  party's, not an authority's (:func:`denied_by_party`), does not deny the development, unless
  it denies the news itself: that the rumoured measure exists ("no such rule was being
  prepared"; ``docs/decisions/2026-12-04-status-sixth-round.md``).
- **A reversal sought is none**: a news report of a lawsuit or a petition to block the rule
  (:func:`reversal_sought`) does not suspend it.

Pure functions; no I/O. The per-report stage and sourcing come from the tagger; when they are wrong,
so is the history (the evaluation in ``bench/status.py`` gives them as gold).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from hashlib import blake2b
from threading import Lock
from typing import TypeVar

from nlp.hanzi import to_simplified
from nlp.stated import (
    ZH_ISSUING,
    court_ordered,
    effect_awaits_other_act,
    effective_day,
    read_stated,
    recalled_step,
    tells_advance,
    tells_delay,
    tells_reinstatement,
)
from nlp.stated import denied_by_party as denied_by_party
from nlp.stated import reversal_sought as reversal_sought
from policywatch_core.models import Stated

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
DOCUMENT_FORMS = {
    "": "none",
    "draft": "proposed",
    "penalty": "in-force",
}


#: How many texts' readings :meth:`StatusReport.of_text` keeps (the last read): a development's
#: status is refreshed from all its reports whenever one joins it, and a report's text reads the
#: same every time. About 180 bytes a text (a 16-byte digest of it, not the text), 400 with what
#: it states.
TEXT_READINGS = 16_384

_T = TypeVar("_T")
_FORMS: OrderedDict[Hashable, tuple[bool, str]] = OrderedDict()
_STATED: OrderedDict[Hashable, Stated] = OrderedDict()
_KEPT_LOCK = Lock()


def text_key(text: str) -> bytes:
    """A 128-bit digest of ``text``: the key its kept readings are found by."""
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _kept(store: OrderedDict[Hashable, _T], key: Hashable, read: Callable[[], _T]) -> _T:
    """The reading kept in ``store`` under ``key``, or ``read()``, then kept there.

    The store holds the last :data:`TEXT_READINGS` keys read; a lock keeps it whole when
    threads refresh at once (the reading itself is done outside it).
    """
    with _KEPT_LOCK:
        found = store.get(key)
        if found is not None:
            store.move_to_end(key)
            return found
    found = read()
    with _KEPT_LOCK:
        store[key] = found
        while len(store) > TEXT_READINGS:
            store.popitem(last=False)
    return found


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
        stated: Stated | None = None,
    ) -> StatusReport:
        """A report with what the status reads from its text.

        The effective day it states, whether it denies a report, its document form, whether
        its denial is a party's and whether the reversal it reports is only asked for.
        ``stated``: what the tagger read the text to state (:func:`nlp.stated.read_stated`,
        stored with its assessment), trusted as it is; without it (a report assessed before it
        was stored, a report whose stage is given) the text is read here by the same reader.
        The readings of a text are kept (the last :data:`TEXT_READINGS` texts, found by their
        digest): a refresh reads every report of the development again, and they are pure.
        """
        key = text_key(text)
        day = published.date()
        read = (
            stated
            if stated is not None
            else _kept(_STATED, (key, day), lambda: read_stated(text, day))
        )
        denies, form = _kept(_FORMS, key, lambda: (states_denial(text), document_form(text)))
        return cls(
            article_id=article_id,
            published=published,
            outlet_kind=outlet_kind,
            sourcing=sourcing,
            stage=stage,
            sentence=sentence,
            effective=read.effective,
            denies=denies,
            form=form,
            party_denial=read.party_denial,
            sought=read.sought,
        )

    @property
    def official(self) -> bool:
        """Whether this report is backed by an official source.

        An official outlet's page, a report whose sourcing is ``official``, or a news report
        whose text is the authority's call for comment on its draft (:attr:`form` ``draft``:
        "has asked the public to comment on draft guidance", "opened a consultation"): it rests
        on the authority's own document, whatever sourcing the tagger found.
        """
        return self.outlet_kind == "official" or self.sourcing == "official" or self.form == "draft"


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
    r"决定[^。；]{0,40}?(?:处以|并处|处)[^。；]{0,10}?罚款|罚款人民币[\d一二三四五六七八九十百千万亿.]+"
    # Taiwan's form: a fine of a stated sum imposed (裁处新台币二千五百万元;
    # 处新台币三百万元罚锾), not a rule's penalty for whoever breaks it
    # (违反者，处新台币十万元以上一百万元以下罚锾)
    r"|(?<!者，)(?<!者,)(?<!者)(?:裁处|处)新台币[\d一二三四五六七八九十百千万亿,.]+元"
    r"(?!以上|以下|至)"
)
# The penalty decision as a document (行政处罚决定书): a decision's own name, or a document a rule
# names, which a text whose heading issues that rule (关于印发《……》的通知。, 现予以公布。) does
# (申请信用修复应当提交行政处罚决定书): then the text is the rule, not a decision applying it.
_CN_PENALTY_DOCUMENT = re.compile(r"处罚决定书")
_CN_ISSUES_RULE = re.compile(ZH_ISSUING)
# Those fined under a rule ("operators fined under the Measures may apply") are named, not fined
# by the text; a party that "was fined under" an act was.
_EN_PENALTY = re.compile(
    r"\b(?:has|have|had) (?:imposed|levied) (?:a |an )?(?:\w+ )?(?:fine|penalty)\b"
    r"|(?<!be )(?<!been )\bfined\b(?! up to)(?! under\b)|\b(?:was|were) fined under\b",
    re.I,
)
_EN_CONDITIONAL = re.compile(r"\b(?:may|could|would|can|will) be fined\b|\bfined up to\b", re.I)


def document_form(text: str) -> str:
    """What kind of document ``text`` is, when that settles the stage it shows, or ``""``.

    ``draft``: a draft put out for comment, which the text itself calls for (a Chinese
    征求意见 notice, an English page on a draft that opens a consultation or invites comments).
    ``penalty``: a decision imposing a penalty (行政处罚决定书, 决定……处以罚款, "has imposed a
    fine"), not a text whose heading (up to its first 。) issues a rule and that names the
    penalty decisions taken under it (关于印发《……办法》的通知。……应当提交行政处罚决定书;
    "operators fined under the Measures"); a text deciding a fine itself (决定……处以罚款,
    罚款人民币五万元) is one whatever it issues or cites. A call for comment is read first: a
    draft naming penalty decisions is still a draft. Read for an official outlet's page
    (:func:`shown_stage`): a notice is what its form says, whatever words of other stages it
    quotes (a draft "enforcement decree", a penalty "decision").
    """
    simple = to_simplified(text)
    if _CN_CALL_FOR_COMMENT.search(simple) or (
        _EN_DRAFT.search(simple) and _EN_CALL_FOR_COMMENT.search(simple)
    ):
        return "draft"
    if (
        _CN_PENALTY.search(simple)
        or (
            _CN_PENALTY_DOCUMENT.search(simple)
            and not _CN_ISSUES_RULE.search(simple.split("。", 1)[0])
        )
        or (_EN_PENALTY.search(simple) and not _EN_CONDITIONAL.search(simple))
    ):
        return "penalty"
    return ""


def states_denial(text: str) -> bool:
    """Whether ``text`` (English or Chinese, traditional characters too) says a report is untrue.

    A spokesperson's answer (经核实，该报道不属实) or a statement ("the report is untrue"). A
    notice that only speaks of rumours (整治网络谣言) is no denial.
    """
    return _DENIAL.search(to_simplified(text)) is not None


def effective_date(text: str, published: datetime) -> date | None:
    """The day ``text`` says a policy takes (or took) effect, or None.

    The one reader the tagger's stage uses too (:func:`nlp.stated.effective_day`), read against
    the day of publication in the report's own time zone.
    """
    return effective_day(text, published.date())


def shown_stage(current: StatusChange | None, report: StatusReport) -> str:
    """The stage ``report`` shows for the status, its tagged stage read with its sourcing.

    An official outlet's page whose form settles its stage (:attr:`StatusReport.form`: a draft
    put out for comment, a penalty decision) shows that stage, unless it was read as a reversal
    or denies a report. A report with no stage whose sourcing is ``denial`` shows ``denied``; so
    does an official
    outlet's report with no stage whose text denies a report (:attr:`StatusReport.denies`); an
    official outlet's report with no stage that states a later day it takes effect shows
    ``adopted`` (a promulgation: 修正……自2027年3月1日施行); one resting on a rumour's sourcing
    (:data:`RUMOUR_SOURCINGS`), or a news report resting on named people (``on-record``), shows
    ``reported`` while there is no status yet (``current`` is ``None``). Otherwise the tagged
    stage.
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
    if current is None and (
        report.sourcing in RUMOUR_SOURCINGS
        or (report.sourcing == "on-record" and report.outlet_kind == "news")
    ):
        # a rumour, or news of a plan told by named people (an official, a lawmaker, a firm
        # briefed on it), opens the history: nothing official has shown a step yet
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
        # Leaving a reversal: only an official source brings a rule back or a denied plan on,
        # and not by recalling the step the rule had reached ("hiring reviewers to meet the
        # rules adopted in November, a survey reported": background of other news).
        return (
            stage in LADDER
            and stage != "reported"
            and report.official
            and not recalled_step(report.sentence)
        )
    if stage == "suspended":
        # Named people and companies do not suspend a policy; their "paused" is their own act.
        # A court's order does, though its judge is named ("Judge ... blocked the rule").
        return report.sourcing != "on-record" or court_ordered(report.sentence)
    if stage == "denied":
        return not current.confirmed
    return LADDER[stage] > LADDER[current.status]


# A draft told as new: a revised or fresh draft, a consultation opened again ("published a
# revised draft", "reopened the consultation", "put the draft out for comment again",
# 重新征求意见, 修改后的草案, 再次公开征求意见).
_NEW_DRAFT = re.compile(
    r"\b(?:new|revised|fresh|second|amended|reworked)\s+(?:draft|version|proposal|consultation)"
    r"|\breopen(?:s|ed|ing)?\b|\brelaunch(?:es|ed|ing)?\b|\bresubmit(?:s|ted|ting)?\b"
    r"|\bagain\b|\bonce more\b"
    r"|重新(?:起草|征求|公开|提交|发布|提出)|再次(?:征求|公开|提交|发布)|修改后的|修订后的草案|新的草案|新一轮"
    r"|(?:第二|新)(?:次|轮)征求意见|新版",
    re.I,
)


def withdrawn_draft_recalled(changes: list[StatusChange], report: StatusReport, stage: str) -> bool:
    """Whether ``report``, showing ``proposed`` after its draft was withdrawn, only recalls it.

    A draft withdrawn (or suspended) is ``suspended``; only a new draft brings it back to
    ``proposed``: the authority's own page putting one out, or a report telling a draft as new
    (:data:`_NEW_DRAFT`: "published a revised draft", "reopened the consultation", 重新征求意见).
    A news report that the authority "has proposed" the regulation, after the withdrawal, tells
    the withdrawn draft (a lawyer's round-up of rules to watch), not a new one. Not a rule
    brought back in force (a court reinstating it), which is no draft.
    """
    return (
        stage == "proposed"
        and report.outlet_kind != "official"
        and len(changes) >= 2
        and changes[-1].status == "suspended"
        and changes[-2].status in ("reported", "proposed")
        and _NEW_DRAFT.search(to_simplified(report.sentence)) is None
    )


def confirms_status(report: StatusReport, stage: str) -> bool:
    """Whether ``report``, showing ``stage``, confirms that status.

    An official-backed report (:attr:`StatusReport.official`) confirms what it shows, but not
    ``reported``: a plan told, even by the authority's own people ("the chairman said the
    commission was preparing guidance"), is no step an official act shows; once an official
    document shows one, the status is ``proposed`` or further (every read set: 191 gold
    ``reported`` changes, none confirmed).
    """
    return report.official and stage != "reported"


def lift_starts_nothing(current: StatusChange | None, report: StatusReport, stage: str) -> bool:
    """Whether ``report``, read ``in-force`` for a court's order, shows nothing for the status.

    The tagger's stage reads a court lifting a block, an injunction or a suspension as the rule
    back ``in-force`` (``nlp.about._court_stage``, the one reading of it). A court puts back a rule
    it had stayed; it starts none: while the rule is reported, proposed or adopted (not
    suspended), a court's order in the sentence ("the court set aside the suspension of an
    earlier code", :func:`nlp.stated.court_ordered`) does not bring it in force.
    """
    return (
        stage == "in-force"
        and current is not None
        and current.status in ("reported", "proposed", "adopted")
        and court_ordered(report.sentence)
    )


def recalls_earlier_step(current: StatusChange, stage: str) -> bool:
    """Whether a report showing ``stage`` only recalls a step the status has passed.

    A report read ``proposed`` once the rule is adopted tells of its draft ("Zhejiang, which
    proposed a list in March, is one of four provinces ...", a feature recalling the
    consultation): late background, not news of the rule now, so the day the rule takes effect
    does not make it the report of its entry into force. Not ``reported``: the tagger reads a
    relay ("licensing began on Thursday, state television reported") as ``reported``, and such a
    relay after the day is news of the rule at work
    (``docs/decisions/2026-12-04-confirmation-fifth-round.md``).
    """
    return stage == "proposed" and current.status in ("adopted", "in-force")


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
    effective_official = False  # whether that day is from the authority's own page
    first_effective: date | None = None  # the day stated when the rule was adopted
    for _, report in ordered:
        current = changes[-1] if changes else None
        stage = shown_stage(current, report)
        if lift_starts_nothing(current, report, stage):
            stage = "none"
        if (
            stage == "in-force"
            and report.form != "penalty"
            and report.effective is not None
            and report.effective > report.published.date()
        ):
            # A report that itself states a day to come on which the rule takes effect shows it
            # issued, not in force (自2028年7月1日起实施; "effective from July 1").
            stage = "adopted"
        elif (
            stage == "in-force"
            and report.form != "penalty"
            and report.effective is None
            and effect_awaits_other_act(report.sentence)
        ):
            # A start tied to another act's publication (自《……》国家标准发布之日起施行, "takes
            # effect when the implementing standard is published") dates nothing yet: the rule
            # is issued; the report of that act's publication or of the start brings it in force.
            stage = "adopted"
        elif (
            stage == "adopted"
            and report.sourcing not in RUMOUR_SOURCINGS
            and report.effective is not None
            and report.effective == report.published.date()
        ):
            # A text in force from the day it is published (自公布之日起施行, "effective upon
            # publication") shows the rule in force on that day, not only issued.
            stage = "in-force"
        elif (
            stage == "adopted"
            and current is not None
            and current.status in ("adopted", "in-force")
            and report.sourcing not in RUMOUR_SOURCINGS
            and report.effective is not None
            and report.effective < report.published.date()
        ):
            # A later report of the adopted rule that states the day it took effect, now past
            # ("applies from 1 October" published on 8 October, 已于7月1日起实施, 自5月1日施行以来):
            # it shows the rule in force (an official one confirms it), whatever the tagger read
            # of its issuing.
            stage = "in-force"
        if (
            stage == "suspended"
            and current is not None
            and current.status == "suspended"
            and tells_reinstatement(report.sentence)
        ):
            # A reversal's verb in a sentence that brings the suspended rule back ("an appeals
            # court overturned the ruling and reinstated the decree", 恢复施行): the rule is in
            # force again, not suspended once more.
            stage = "in-force"
        if (
            stage == "suspended"
            and current is not None
            and current.status == "adopted"
            and first_effective is not None
            and report.effective is not None
            and report.effective > max(first_effective, report.published.date())
            and tells_delay(report.sentence)
        ):
            # A start pushed back to a later day the report states ("pushes back the rules by
            # three months ... would now apply from March 1", 推迟……施行日期) moves the rule's
            # day: the rule stays adopted, it is not suspended.
            stage = "adopted"
        if (
            current is not None
            and current.status == "adopted"
            and effective is not None
            and stage not in REVERSALS
            and report.sourcing != "anonymous"
            and report.effective is not None
            and report.effective > max(effective, report.published.date())
        ):
            # A report of a later day to come moves the rule's day (a postponement: "changed
            # from October 1 to January 1", 施行日期延至8月1日, "will now apply from January 1");
            # until that day the rule stays adopted. A rumour's day moves nothing.
            effective = report.effective
            effective_official = report.outlet_kind == "official"
        elif (
            current is not None
            and current.status == "adopted"
            and effective is not None
            and stage not in REVERSALS
            and report.effective is not None
            and report.effective != effective
            and report.effective > report.published.date()
            and (
                (report.outlet_kind == "official" and not effective_official)
                or (
                    report.effective < effective
                    and tells_advance(report.sentence)
                    and (report.outlet_kind == "official" or report.sourcing == "official")
                )
            )
        ):
            # The authority's own page gives a day to come other than the one the news gave (a
            # correction: 该报道有误……施行日期为6月1日): its day supersedes the news', even
            # when the news said it rested on the authority's word. An earlier day to come on
            # the authority's page, or a report resting on the authority's word ("three months
            # earlier than planned, the ministry said in a supplementary notice"), supersedes the
            # authority's own earlier day only when it says the start is brought forward (a 补充通知
            # or 决定 moving 施行日期 提前: :func:`tells_advance`); an earlier day alone may be a
            # draft's, a first phase's or another rule's. The brought-forward day is the one a
            # later postponement is measured against.
            if report.effective < effective and tells_advance(report.sentence):
                first_effective = report.effective
            effective = report.effective
            effective_official = True
        if (
            current is not None
            and current.status in ("adopted", "in-force")
            and effective is not None
            and report.published.date() >= effective
            and stage not in REVERSALS
            and not (report.effective is not None and report.effective > report.published.date())
            and not recalls_earlier_step(current, stage)
        ):
            # Once the rule's day has come, a report of it (one that shows no reversal, nor a
            # later day of its own) shows it in force: the first one is the change, an official
            # one confirms it.
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
        if withdrawn_draft_recalled(changes, report, stage):
            # the withdrawn draft recalled by the news after its withdrawal: no new draft
            stage = "none"
        if _moves(current, report, stage):
            if stage != "in-force":
                effective = None
                effective_official = False
                first_effective = None
            confirms = confirms_status(report, stage)
            changes.append(
                StatusChange(
                    status=stage,
                    at=report.published,
                    article_id=report.article_id,
                    sentence=report.sentence,
                    confirmed_at=report.published if confirms else None,
                    confirmed_by=report.article_id if confirms else None,
                )
            )
        elif (
            current is not None
            and stage == current.status
            and confirms_status(report, stage)
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
            first_effective = effective
            effective_official = report.outlet_kind == "official"
    return StatusHistory(tuple(changes))
