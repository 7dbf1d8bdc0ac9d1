"""What an article is about and what it reports: entity salience, reported signals, sourcing, stage.

Pure functions over what tagging already has (the text, its sentences, linked mentions, signals)
plus, where available, spaCy dependency parses of the title and the first body sentence:

- :func:`salience`: per linked watchlist entity, a score in [0, 1] and a ``main`` flag (the
  article is about it: actor or target of its news) from its role in the title and the lead
  (subject or object of the main verbs, or a point of comparison, one of a list, a place), how
  often it is named, and how early; a parent takes its children's score (Alibaba Cloud counts for
  Alibaba) when the text names it too.
- :func:`mark_reported`: each policy signal is reported news or background (an earlier rule, a
  comparison, "amid US export controls", a rule a company complies with).
- :func:`sourcing`: what the report rests on (an authority's own notice, named people, anonymous
  sources, another outlet's story, or a denial), with the sentence that shows it.
- :func:`stage`: where the policy stands (reported, proposed, adopted, in force, suspended,
  denied, or none), with its sentence.

The cues live in ``config/about.toml`` (English and Chinese). Chinese sentences and sentences
without a parse use the same cues on the words before a name or a trigger in its clause.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Literal

from nlp.about_model import (
    COMBINED_CONFIDENCE,
    DEFAULT_METHOD,
    METHODS,
    AboutModel,
    Decision,
    load_model,
    shipped_model,
)
from nlp.dates import MONTH_NUMBER
from nlp.han import HAN
from nlp.hanzi import to_simplified
from nlp.inflect import expand_phrase
from nlp.linking import GEO_TYPES, has_cjk
from nlp.reported_reading import (
    Head,
    apply_reading,
    detector_candidates,
    head_of,
    paired_evidence,
    read_kinds,
)
from nlp.reported_reading import load_model as load_reading
from nlp.signals import KINDS, basis_of_other_act, pair_kinds
from nlp.stage_text import stage_text_features
from nlp.stated import (
    COURT_EN,
    DELAY_WORD,
    EFFECT_DAY,
    EN_STATED_DAY,
    PAST_EFFECT,
    ZH_DONE,
    ZH_PUBLICATION_DAY,
    after_publication,
    duty_day,
    effective_day,
    read_stated,
    stated_day,
    told_past,
)
from policywatch_core.models import EntitySalience, Finding, Mention, Signal, Stated, WatchEntity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DEFAULT_ABOUT_PATH = Path(__file__).resolve().parent.parent / "config" / "about.toml"
#: Body sentences that count as the lead.
LEAD_SENTENCES = 2
#: A name is a main subject from this salience up (or when it is subject or object in the title).
MAIN_THRESHOLD = 0.5
#: Body sentences read for sourcing cues (the basis of a report is stated early).
SOURCING_SENTENCES = 6

Role = Literal["subject", "object", "other", "minor"]
Part = Literal["title", "lead", "body"]
ROLE_WEIGHT: dict[str, float] = {"subject": 1.0, "object": 0.8, "other": 0.5, "minor": 0.1}
ACTOR_TYPES = frozenset({"country", "region", "government", "agency", "person"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "obj"})
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "appos"})
_MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "parataxis"})
_SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl", "pcomp", "csubj"})
_OBJECT_PREPS = frozenset({"on", "against", "to", "for", "over", "with", "by", "of", "from"})
_POLICY_NOUNS = frozenset(
    {
        "rule", "rules", "regulation", "regulations", "law", "laws", "measures", "measure", "ban",
        "bans", "draft", "order", "policy", "guidelines", "guidance", "requirement",
        "requirements", "restrictions", "curbs", "controls", "bill", "act", "notice", "standard",
        "standards", "fine", "penalty", "probe", "investigation", "regime", "framework",
        "amendment", "amendments", "legislation", "provisions", "decree", "directive",
        # a list's members and what they must do: "its list of entities that need a permit"
        "list", "lists", "blacklist",
    }
)  # fmt: skip
# (a space between two Chinese characters separates a headline's clauses: 涉嫌违反反垄断法 依法调查)
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014\uff0c\uff1b\uff1a\u3001\u3002]|\s-\s| and | but "
    rf"|(?<=[{HAN}])\s+(?=[{HAN}])"
)


class AboutCuesError(ValueError):
    """``about.toml`` cannot be used; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Cues:
    """One list of cues, compiled to a regular expression (see the top of ``about.toml``)."""

    phrases: tuple[str, ...]
    pattern: re.Pattern[str] | None
    # the words a text must hold for ``pattern`` to match in it (:class:`CuePrefilter`, derived
    # from ``phrases``); None: every text is scanned
    prefilter: CuePrefilter | None = None

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Cues:
        items = tuple(
            dict.fromkeys(
                form
                for p in phrases
                if p.strip()
                for form in expand_phrase(p.strip().lower())  # "<suspend>": its forms
            )
        )
        if not items:
            return cls((), None)
        # One alternation per script, the longest phrases first; word boundaries once around the
        # Latin group (Chinese has none): far faster than a lookaround per phrase.
        latin = sorted((_cue_regex(p) for p in items if not has_cjk(p)), key=len, reverse=True)
        cjk = sorted((_cue_regex(p) for p in items if has_cjk(p)), key=len, reverse=True)
        groups = []
        if latin:
            groups.append(rf"(?<!\w)(?:{'|'.join(latin)})(?!\w)")
        if cjk:
            groups.append(f"(?:{'|'.join(cjk)})")
        return cls(items, re.compile("|".join(groups), re.IGNORECASE), CuePrefilter.of(items))

    def search(self, text: str) -> re.Match[str] | None:
        """The first cue in ``text``, or None."""
        if self.pattern is None or (self.prefilter is not None and self.prefilter.rules_out(text)):
            return None
        return self.pattern.search(text)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every cue in ``text``, in order."""
        if self.pattern is None or (self.prefilter is not None and self.prefilter.rules_out(text)):
            return []
        return list(self.pattern.finditer(text))


def _plain_case(text: str) -> bool:
    """Whether ignoring case in ``text`` is lowering its ASCII letters.

    Every other character is caseless (Chinese, digits, punctuation, curly quotes), none that a
    pattern ignoring case could match to another (é to É, the long s to s, the Kelvin sign to k).
    """
    return text.isascii() or all(c.isascii() or c.lower() == c == c.upper() for c in set(text))


_WORD_RUN = re.compile(r"\w+")


def _read_words(text: str) -> tuple[frozenset[str], str, frozenset[str]] | None:
    """The lower-cased runs of word characters of ``text``, its lower-cased text and characters.

    The characters only when it holds Chinese. None: a text :func:`_plain_case` does not hold.
    """
    if not _plain_case(text):
        return None
    low = text.lower()
    return frozenset(_WORD_RUN.findall(low)), low, frozenset(low) if has_cjk(low) else frozenset()


_cached_words = functools.lru_cache(maxsize=4096)(_read_words)


def _words_of(text: str) -> tuple[frozenset[str], str, frozenset[str]] | None:
    """:func:`_read_words`, once per sentence for every cue list and pattern.

    A long text is read each time: the cache keeps no whole article.
    """
    return _cached_words(text) if len(text) <= 2000 else _read_words(text)


#: Patterns whose pieces (:func:`_pieces`) are known: ``re``'s parser is used only when it gives
#: these (a run of literals, a branch, a repetition of at least one, an optional part, a class,
#: a flag set inside, case ignored).
_PROBES: tuple[tuple[str, int, frozenset[str]], ...] = (
    ("abc", 0, frozenset({"abc"})),
    ("x(?:ab|cd)+y?", 0, frozenset({"ab", "cd"})),
    ("(?i:ab)c", 0, frozenset({"c"})),
    ("e?[fg]hi", 0, frozenset({"hi"})),
    ("Ab|Cd", re.IGNORECASE, frozenset({"ab", "cd"})),
)


@functools.cache
def _regex_internals() -> tuple[ModuleType, ModuleType] | None:
    """``re``'s own parser and its opcodes, or None where they cannot be read.

    They are not part of ``re``'s documented interface: when they are missing, or their parse
    of the :data:`_PROBES` does not give the pieces known for them (another shape), no pattern
    is gated and every text is scanned.
    """
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        known = all(
            _pieces(_parser.parse(text, flags), bool(flags & re.IGNORECASE), _constants) == want
            for text, flags, want in _PROBES
        )
    except Exception:  # missing, or a parse of another shape than this module reads
        return None
    return (_parser, _constants) if known else None


def _pieces(items: object, ignore_case: bool, sre: ModuleType) -> frozenset[str] | None:
    """Pieces of text one of which every match of a parsed regular expression holds.

    Read from ``re``'s parse of the pattern: runs of literal characters, a piece of each branch
    of an alternation, the body of a repetition of at least one; the longest shortest choice
    is kept. None: no such pieces (a class, an optional part, a flag set inside the pattern).
    """
    best: frozenset[str] | None = None

    def keep(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    run = ""
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        keep(_literal_piece(run, ignore_case))
        run = ""
        if op is sre.SUBPATTERN and not arg[1] and not arg[2]:
            keep(_pieces(arg[3], ignore_case, sre))
        elif op is sre.BRANCH:
            branches = [_pieces(b, ignore_case, sre) for b in arg[1]]
            if all(branches):
                keep(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            keep(_pieces(arg[2], ignore_case, sre))
    keep(_literal_piece(run, ignore_case))
    return best


def _literal_piece(run: str, ignore_case: bool) -> frozenset[str] | None:
    if not run or (ignore_case and not _plain_case(run)):
        return None
    return frozenset([run.lower() if ignore_case else run])


@functools.cache
def _gate(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """The pieces of :func:`_pieces` for a compiled pattern, shortest first, and its case.

    The second item: whether the pattern ignores case. None: no pieces, always scan.
    """
    internals = _regex_internals()
    if internals is None:
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    parser, sre = internals
    try:
        pieces = _pieces(parser.parse(pattern.pattern, pattern.flags), ignore_case, sre)
    except Exception:  # a parse of another shape than this module reads: scan every text
        return None
    return (
        None if pieces is None else (tuple(sorted(pieces, key=lambda p: (len(p), p))), ignore_case)
    )


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when ``pattern`` provably cannot match in ``text``: no piece it needs is there.

    The pieces are derived from the pattern itself (:func:`_gate`), so a rule's pattern written
    or changed later is gated with no other change; True means scan it.
    """
    gate = _gate(pattern)
    if gate is None:
        return True
    pieces, ignore_case = gate
    if ignore_case:
        seen = _words_of(text)
        if seen is None:
            return True
        text = seen[1]
    return any(map(text.__contains__, pieces))  # in C: no generator per piece


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipping the texts :func:`_may_match` rules out."""
    return pattern.search(text) if _may_match(pattern, text) else None


@dataclass(frozen=True, slots=True)
class CuePrefilter:
    """What a text must hold for a cue list's pattern (:meth:`Cues.of`) to match in it.

    Derived from the phrases themselves, so a cue added to ``about.toml`` is covered with no
    other change. A Latin phrase is words between word boundaries, joined by non-word characters
    (or ``*``, a few words): each run of word characters in its words is a whole word of any text
    it matches. A Chinese phrase's words are joined with nothing: each is a part of the text.
    A text that holds, for no phrase, all of these cannot match; any other text is scanned by
    the pattern itself, so the matches are the pattern's. Case is ignored by lowering, which is
    exact only for text and phrases :func:`_plain_case` holds: the others are always scanned.
    """

    # Latin phrases: the longest of their words -> the words of each phrase it is in
    latin: dict[str, tuple[frozenset[str], ...]]
    # Chinese phrases: the first character of their longest part -> the parts of each phrase
    cjk: dict[str, tuple[tuple[str, ...], ...]]
    latin_keys: frozenset[str] = frozenset()
    cjk_keys: frozenset[str] = frozenset()

    @classmethod
    def of(cls, phrases: Iterable[str]) -> CuePrefilter | None:
        """The prefilter of the phrases of :meth:`Cues.of`, or None when one has no words."""
        latin: dict[str, list[frozenset[str]]] = {}
        cjk: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            if not _plain_case(phrase):
                return None
            words = [w.lower() for w in phrase.split() if w != "*"]
            if has_cjk(phrase):
                parts = tuple(words)
                if not parts:
                    return None
                key = max(parts, key=len)
                cjk.setdefault(key[0], []).append(parts)
            else:
                runs = frozenset(r for w in words for r in _WORD_RUN.findall(w))
                if not runs:
                    return None
                latin.setdefault(max(sorted(runs), key=len), []).append(runs)
        return cls(
            {k: tuple(v) for k, v in latin.items()},
            {k: tuple(v) for k, v in cjk.items()},
            frozenset(latin),
            frozenset(cjk),
        )

    def rules_out(self, text: str) -> bool:
        """Whether no phrase can match in ``text`` (False: it must be scanned)."""
        seen = _words_of(text)
        if seen is None:
            return False
        words, low, chars = seen
        for key in words & self.latin_keys:
            if any(runs <= words for runs in self.latin[key]):
                return False
        for char in chars & self.cjk_keys:
            if any(all(p in low for p in parts) for parts in self.cjk[char]):
                return False
        return True


def _cue_regex(phrase: str) -> str:
    words = phrase.split()
    if has_cjk(phrase):
        # up to twelve characters in one clause and one line: 经济持续恢复，运行总体平稳 is no
        # 恢复 * 运行, nor 据江城晚报 / 周三报道 (two lines) 据 * 报道
        return "".join(r"[^，。；！？,;!?\n\r]{0,12}?" if w == "*" else re.escape(w) for w in words)
    body = ""
    for i, word in enumerate(words):
        if word == "*":
            body += r"(?:\W+\w+){0,3}?"
        else:
            body += (r"\W+" if i else "") + re.escape(word)
    return body


@dataclass(frozen=True, slots=True)
class AboutCues:
    """Every cue list of ``about.toml``."""

    comparison: Cues
    location: frozenset[str]
    location_zh: tuple[str, ...]
    background_before: Cues
    background_anywhere: Cues
    anaphora: Cues
    denial: Cues
    secondary: Cues
    anonymous: Cues
    # state media as the carrier (:func:`_state_media_relays`): ``[sourcing] state_media`` (also
    # secondary cues) and ``state_media_named``
    state_media: Cues
    documents: Cues
    official: Cues
    authorities: Cues
    on_record: Cues
    stages: dict[str, Cues] = field(default_factory=dict)
    stage_context: Cues = field(default_factory=lambda: Cues.of(()))
    # a text being written (``[stage] drafting``, reported cues too): the drafter's word
    drafting: Cues = field(default_factory=lambda: Cues.of(()))
    # a suspension lifted (``[stage] resumed``, in-force cues too): in force whatever its day
    resumed: Cues = field(default_factory=lambda: Cues.of(()))
    # a rule back in force told with "again" (``[stage] restored``, in-force cues too)
    restored: Cues = field(default_factory=lambda: Cues.of(()))
    modal: frozenset[str] = frozenset()
    modal_zh: tuple[str, ...] = ()
    stage_only: Cues = field(default_factory=lambda: Cues.of(()))
    procedure: Cues = field(default_factory=lambda: Cues.of(()))
    conduct: frozenset[str] = frozenset()
    content_heads: frozenset[str] = frozenset()
    # words that hold a background cue but are none ("受理" holds 受, "is due to vote" holds
    # "due to"): masked before the cues are searched (see :func:`_clause_cue`)
    not_cues: re.Pattern[str] | None = None
    not_suspended: frozenset[str] = frozenset()
    not_suspended_before: frozenset[str] = frozenset()
    enacted: Cues = field(default_factory=lambda: Cues.of(()))
    still: frozenset[str] = frozenset()
    compounds: tuple[str, ...] = ()
    objects: Cues = field(default_factory=lambda: Cues.of(()))
    instruction: Cues = field(default_factory=lambda: Cues.of(()))
    not_authorities: Cues = field(default_factory=lambda: Cues.of(()))
    #: initials that name no authority before an act ("CNN published", "The CEO unveiled")
    not_authority_initials: frozenset[str] = frozenset()
    #: the `official` cues that are acts, not words of saying ("issued", "fined", 印发)
    official_acts: frozenset[str] = frozenset()
    outlet_heads: frozenset[str] = frozenset()
    spokesperson: Cues = field(default_factory=lambda: Cues.of(()))
    acts: Cues = field(default_factory=lambda: Cues.of(()))
    enforcement: Cues = field(default_factory=lambda: Cues.of(()))
    # a country as the destination of trade a rule reaches ("shipments to China", 向中国出口):
    # the words before the name, and (Chinese) the words after it; see :func:`_trade_target`
    trade_before: re.Pattern[str] | None = None
    trade_after_zh: re.Pattern[str] | None = None
    # nouns that make a Chinese country name right before them a modifier (美国企业)
    modifier_heads_zh: tuple[str, ...] = ()
    # the in-force cues that name the news day itself ("applies from today", "effective today",
    # 即日起): the ``[stage] in_force`` cues holding a word of :data:`_TODAY_WORDS`
    today: Cues = field(default_factory=lambda: Cues.of(()))
    #: words for a person that make a watched name after "former" / "ex-" a past employer
    #: (``[roles] former_persons``; see :func:`_former_employer`)
    former_persons: frozenset[str] = frozenset()
    #: bodies written with the State Council's Chinese name as their prefix (国务院国资委), longest
    #: first (``[roles] state_council_bodies_zh``; see ``nlp.entities._inside_a_longer_word``)
    state_council_bodies_zh: tuple[str, ...] = ()


def _list(data: Mapping[str, object], section: str, key: str, path: Path) -> list[str]:
    table = data.get(section, {})
    if not isinstance(table, dict):
        raise AboutCuesError(f"{path}: [{section}] must be a table")
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AboutCuesError(f"{path}: {section}.{key} must be a list of strings")
    return [form for v in value for form in expand_phrase(v)] if value else []


@functools.cache
def load_cues(path: Path = DEFAULT_ABOUT_PATH) -> AboutCues:
    """Read and compile ``about.toml`` (once per process and path)."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise AboutCuesError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise AboutCuesError(f"{path}: not valid TOML: {exc}") from None
    location = _list(data, "roles", "location", path)
    modal = _list(data, "stage", "modal", path)
    return AboutCues(
        comparison=Cues.of(_list(data, "roles", "comparison", path)),
        location=frozenset(w.lower() for w in location if not has_cjk(w)),
        location_zh=tuple(w for w in location if has_cjk(w)),
        background_before=Cues.of(_list(data, "background", "before", path)),
        background_anywhere=Cues.of(_list(data, "background", "anywhere", path)),
        anaphora=Cues.of(_list(data, "background", "anaphora", path)),
        denial=Cues.of(_list(data, "sourcing", "denial", path)),
        secondary=Cues.of(
            _list(data, "sourcing", "secondary", path)
            + _list(data, "sourcing", "state_media", path)
        ),
        anonymous=Cues.of(_list(data, "sourcing", "anonymous", path)),
        state_media=Cues.of(
            _list(data, "sourcing", "state_media", path)
            + _list(data, "sourcing", "state_media_named", path)
        ),
        documents=Cues.of(_list(data, "sourcing", "documents", path)),
        official=Cues.of(
            _list(data, "sourcing", "official", path)
            + _list(data, "sourcing", "official_acts", path)
        ),
        official_acts=frozenset(_list(data, "sourcing", "official_acts", path)),
        authorities=Cues.of(_list(data, "sourcing", "authorities", path)),
        on_record=Cues.of(_list(data, "sourcing", "on_record", path)),
        stages={
            name: (_with_lifts if name == "in-force" else Cues.of)(
                _list(data, "stage", key, path)
                + (_list(data, "stage", "drafting", path) if key == "reported" else [])
                + (_list(data, "stage", "resumed", path) if key == "in_force" else [])
                + (_list(data, "stage", "restored", path) if key == "in_force" else [])
            )
            for name, key in (
                ("suspended", "suspended"),
                ("in-force", "in_force"),
                ("proposed", "proposed"),
                ("adopted", "adopted"),
                ("reported", "reported"),
            )
        },
        stage_context=Cues.of(_list(data, "stage", "context", path)),
        drafting=Cues.of(_list(data, "stage", "drafting", path)),
        resumed=Cues.of(_list(data, "stage", "resumed", path)),
        restored=Cues.of(_list(data, "stage", "restored", path)),
        modal=frozenset(w.lower() for w in modal if not has_cjk(w)),
        modal_zh=tuple(w for w in modal if has_cjk(w)),
        stage_only=Cues.of(_list(data, "background", "stage_only", path)),
        procedure=Cues.of(_list(data, "background", "procedure", path)),
        conduct=frozenset(w.lower() for w in _list(data, "background", "conduct", path)),
        content_heads=frozenset(
            w.lower() for w in _list(data, "background", "content_heads", path)
        ),
        not_cues=_literal_pattern(_list(data, "background", "not_cues", path)),
        not_suspended=frozenset(w.lower() for w in _list(data, "stage", "not_suspended", path)),
        not_suspended_before=frozenset(
            w.lower() for w in _list(data, "stage", "not_suspended_before", path)
        ),
        enacted=Cues.of(_list(data, "stage", "enacted", path)),
        still=frozenset(w.lower() for w in _list(data, "stage", "still", path)),
        compounds=tuple(_list(data, "stage", "compounds", path)),
        objects=Cues.of(_list(data, "stage", "objects", path)),
        instruction=Cues.of(_list(data, "stage", "instruction", path)),
        not_authorities=Cues.of(_list(data, "sourcing", "not_authorities", path)),
        not_authority_initials=frozenset(
            w.upper() for w in _list(data, "sourcing", "not_authority_initials", path)
        ),
        outlet_heads=frozenset(w.lower() for w in _list(data, "sourcing", "outlet_heads", path)),
        spokesperson=Cues.of(_list(data, "sourcing", "spokesperson", path)),
        acts=Cues.of(_list(data, "sourcing", "acts", path)),
        enforcement=Cues.of(_list(data, "stage", "enforcement", path)),
        modifier_heads_zh=tuple(
            sorted(_list(data, "roles", "modifier_heads_zh", path), key=len, reverse=True)
        ),
        **_trade_patterns(
            _list(data, "roles", "trade", path), _list(data, "roles", "trade_holders", path)
        ),
        today=Cues.of(
            c
            for c in _list(data, "stage", "in_force", path)
            if any(w in c.lower() for w in _TODAY_WORDS)
        ),
        former_persons=frozenset(w.lower() for w in _list(data, "roles", "former_persons", path)),
        state_council_bodies_zh=tuple(
            sorted(_list(data, "roles", "state_council_bodies_zh", path), key=len, reverse=True)
        ),
    )


#: The words of an in-force cue that name the news day: "today", 今日 (自今日起), 即日 (即日起).
_TODAY_WORDS = ("today", "今日", "即日")


def _today_cue(cue: str, cues: AboutCues) -> bool:
    """Whether an in-force cue's words name the news day itself (``cues.today``)."""
    return cues.today.pattern is not None and cues.today.pattern.fullmatch(cue) is not None


def _trade_patterns(trade: Sequence[str], holders: Sequence[str]) -> dict[str, re.Pattern[str]]:
    """The patterns of :func:`_trade_target` from the ``trade`` and ``trade_holders`` cues."""
    latin = sorted({re.escape(w.lower()) for w in trade if not has_cjk(w)}, key=len, reverse=True)
    cjk = sorted({re.escape(w) for w in trade if has_cjk(w)}, key=len, reverse=True)
    held = sorted(
        {r"\s+".join(map(re.escape, h.lower().split())) for h in holders}, key=len, reverse=True
    )
    before: list[str] = []
    if latin:
        before.append(rf"(?<!\w)(?:{'|'.join(latin)})(?!\w)(?:\W+\w+){{0,6}}?\W+(?:to|into)")
    if held:
        # "entities in China", "buyers from China"; not "companies based in China": a company's
        # base is its place, and the read sets make the country main in 1 of 11 such articles
        before.append(rf"(?<!\w)(?:{'|'.join(held)})\s+(?:in|from)")
    if cjk:
        before.append(f"(?:{'|'.join(cjk)})(?:到|至|往)?")
    out: dict[str, re.Pattern[str]] = {}
    if before:
        region = "|".join(sorted(_REGION_WORDS))
        out["trade_before"] = re.compile(
            rf"(?:{'|'.join(before)})\s*(?:the\s+)?(?:(?:{region})\s+)?$", re.IGNORECASE
        )
    if cjk:
        # 向中国出口, 对华禁运: the preposition before the name and the trade verb after it
        out["trade_after_zh"] = re.compile(rf"^[^，。；！？,]{{0,6}}?(?:{'|'.join(cjk)})")
    return out


# -- sentences and parses ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the tagged text: where it is and which part of the article it belongs to."""

    start: int
    end: int
    text: str
    part: Part


def split_sentences(text: str, spans: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Sentences from character ranges (spaCy's), labelled title, lead or body.

    The title is everything before the first blank line (all of the text is body when there is
    none); the lead is the first ``LEAD_SENTENCES`` body sentences.
    """
    title_end = text.find("\n\n")
    out: list[Sentence] = []
    body_seen = 0
    for start, end in spans:
        chunk = text[start:end]
        if not chunk.strip():
            continue
        lead_ws = len(chunk) - len(chunk.lstrip())
        start += lead_ws
        chunk = chunk.strip()
        part: Part
        if title_end >= 0 and start < title_end:
            part = "title"
        else:
            part = "lead" if body_seen < LEAD_SENTENCES else "body"
            body_seen += 1
        out.append(Sentence(start, start + len(chunk), chunk, part))
    return Sentences(out)


class Sentences(list[Sentence]):
    """:func:`split_sentences`' sentences, with an index of where each one starts.

    :func:`_sentence_of` finds the sentence of a position by bisection instead of a scan: a long
    text has tens of thousands of sentences and every mention and signal asks. The index is made
    when first asked for and dropped by any change to the list; sentences out of order or
    overlapping are scanned as before (the first sentence holding the position wins).
    """

    _starts: list[int] | None = None
    _checked: bool = False

    def containing(self, start: int) -> Sentence | None:
        """The first sentence with ``s.start <= start < s.end``, or None."""
        if not self._checked:
            starts = [s.start for s in self]
            ordered = all(a.end <= b.start and a.start <= b.start for a, b in pairwise(self))
            self._starts, self._checked = (starts if ordered else None), True
        if self._starts is None:
            return next((s for s in self if s.start <= start < s.end), None)
        # ordered: every sentence before the last one starting at or before ``start`` ends there
        i = bisect.bisect_right(self._starts, start) - 1
        return self[i] if i >= 0 and start < self[i].end else None


def _dropping_index(name: str) -> Callable[..., object]:
    method = getattr(list, name)

    def changed(self: Sentences, *args: object, **kwargs: object) -> object:
        self._starts, self._checked = None, False
        return method(self, *args, **kwargs)

    changed.__name__ = name
    return changed


for _name in (
    "__setitem__", "__delitem__", "__iadd__", "__imul__", "append", "extend", "insert", "pop",
    "remove", "reverse", "sort", "clear",
):  # fmt: skip
    setattr(Sentences, _name, _dropping_index(_name))


def parse_targets(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences worth a dependency parse: the title and the first body sentence (English)."""
    chosen: list[Sentence] = []
    first_body = True
    for sent in sentences:
        if has_cjk(sent.text):
            continue
        if sent.part == "title" or first_body:
            chosen.append(sent)
        if sent.part != "title":
            first_body = False
    return chosen


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed sentence: its spaCy doc and where its text starts in the tagged text."""

    offset: int
    doc: Doc


def _parse_of(parses: Sequence[Parsed], start: int) -> Parsed | None:
    for p in parses:
        if p.offset <= start < p.offset + len(p.doc.text):
            return p
    return None


def _sentence_of(sentences: Sequence[Sentence], start: int) -> Sentence | None:
    if isinstance(sentences, Sentences):
        return sentences.containing(start)
    for s in sentences:
        if s.start <= start < s.end:
            return s
    return None


class _NamesIn:
    """The entity ids (None for an unlinked name) of the mentions starting in a sentence.

    The mentions' starts are sorted once (when first asked); each sentence is two bisections.
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._mentions = mentions
        self._starts: list[int] = []
        self._ids: list[str | None] = []
        self._sorted = False

    def __call__(self, sentence: Sentence) -> frozenset[str | None]:
        if not self._sorted:
            ordered = sorted(self._mentions, key=lambda m: m.start)
            self._starts = [m.start for m in ordered]
            self._ids = [m.entity_id for m in ordered]
            self._sorted = True
        lo = bisect.bisect_left(self._starts, sentence.start)
        hi = bisect.bisect_left(self._starts, sentence.end)
        return frozenset(self._ids[lo:hi])


def _holds_any(sentence: Sentence, ordered_starts: Sequence[int]) -> bool:
    """Whether a position of ``ordered_starts`` (sorted) is in ``sentence`` or is its start."""
    i = bisect.bisect_left(ordered_starts, sentence.start)
    return i < len(ordered_starts) and ordered_starts[i] < max(sentence.end, sentence.start + 1)


# -- roles and salience -----------------------------------------------------------------------


def _literal_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """One regular expression matching any of ``phrases`` (literally, ignoring case)."""
    if not phrases:
        return None
    ordered = sorted(dict.fromkeys(p.lower() for p in phrases), key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in ordered), re.IGNORECASE)


#: A relative clause that states what an instrument would do ("the special act, which would
#: raise tax credits", "a bill that will require"): its content, the news, not context. A past
#: relative clause ("the law, which took effect in 2021") stays context.
_CONTENT_CLAUSE = re.compile(r"^\s*(?:which|that)\s+(?:would|will|could|shall|is to|are to)\b")
_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:act|acts|bill|bills|law|laws|rules?|regulations?|directive|decree|measures?|"
    r"legislation|plan|plans|proposal|proposals|draft|amendment|order)\s*,?\s*$",
    re.IGNORECASE,
)


#: The cues that name a rule in force as the reason for someone's own act ("as required by the
#: Data Act", 落实《……办法》: ``config/about.toml`` ``[background] before``). Such a cue is
#: none when the rule it names is new (:data:`_NEW_RULE_BETWEEN`, :data:`_NEW_RULE_AFTER`) or
#: when the act it gives the reason for is a new document (:data:`_IMPLEMENTING_DOCUMENT`).
_AS_REQUIRED = re.compile(r"as (?:required|mandated) by", re.IGNORECASE)
_IMPLEMENTS_NAMED = "落实《"
#: "as required by the new rule", "as mandated by the proposed act": the rule is the news
_NEW_RULE_BETWEEN = re.compile(r"\b(?:new|proposed|draft|upcoming|forthcoming)\b", re.IGNORECASE)
#: "as mandated by the act passed on Tuesday", "the rule that takes effect on March 1"
_NEW_RULE_AFTER = re.compile(
    r"^[\w-]+(?:\s+[\w-]+){0,3}?\s*,?\s+(?:(?:which|that)\s+(?:was\s+|were\s+|is\s+)?)?"
    r"(?:(?:will\s+)?takes?\s+effect|passed|adopted)\b(?!\s+in\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: 省政府印发落实《数据条例》的实施方案, 为落实《办法》要求出台的《实施细则》: the implementing
#: document a government issues is the news (实施方案 / 实施意见 are its own rules)
_IMPLEMENTING_DOCUMENT = re.compile(
    "实施方案|实施意见|实施细则|实施办法|若干措施|工作方案|若干意见"
)


def _clause_cue(sentence: Sentence, start: int, cues: AboutCues) -> bool:
    """Whether the clause before ``start`` holds a background cue.

    Words that hold a cue but are none (``not_cues``) are masked first; a relative clause that
    states what the instrument it follows would do is the news (see ``_CONTENT_CLAUSE``). The
    Chinese cues are written in simplified characters: a clause in traditional ones is read
    through them character for character (:func:`nlp.hanzi.to_simplified`, the same offsets).
    A rule named as the reason for an act (:data:`_AS_REQUIRED`, 落实《) is no cue when the
    rule is new or the act is an implementing document (:func:`_names_a_new_rule_or_document`).
    """
    clause = _clause_before(sentence, start)
    if has_cjk(clause):
        clause = to_simplified(clause)
    if cues.not_cues is not None:
        clause = cues.not_cues.sub(lambda m: "_" * len(m.group()), clause)
    if _CONTENT_CLAUSE.match(clause):
        before = sentence.text[: max(0, start - sentence.start)]
        head = before[: len(before) - len(_clause_before(sentence, start))]
        if _INSTRUMENT_BEFORE.search(head):
            return False
    if cues.background_before.search(clause) is None:
        return False
    return any(
        not _names_a_new_rule_or_document(m, clause, sentence, start)
        for m in cues.background_before.finditer(clause)
    )


def _names_a_new_rule_or_document(
    cue: re.Match[str], clause: str, sentence: Sentence, start: int
) -> bool:
    """Whether a cue naming a rule as the reason for an act names a new rule or document.

    "as required by the new rule", "as mandated by the act passed on Tuesday": the rule is the
    news, as "under a new law" is (``_NEW_VEHICLE``). 省政府印发落实《数据条例》的实施方案: the
    province's implementing plan, issued to implement the rule, is the news. Other cues: False.
    """
    words = cue.group()
    between = clause[cue.end() :]
    after = sentence.text[max(0, start - sentence.start) :]
    if _AS_REQUIRED.fullmatch(words):
        return bool(_NEW_RULE_BETWEEN.search(between) or _NEW_RULE_AFTER.match(after))
    if words == _IMPLEMENTS_NAMED:
        closed = between.find("》")
        if closed < 0:  # the trigger is in the rule's own name
            return False
        named_after = between[closed + 1 :] + to_simplified(after[:4])
        return _IMPLEMENTING_DOCUMENT.search(named_after) is not None
    return False


def _clause_before(sentence: Sentence, start: int) -> str:
    """The words of ``sentence`` before ``start`` back to the last clause break."""
    before = sentence.text[: max(0, start - sentence.start)]
    pieces = _CLAUSE_BREAK.split(before)
    return pieces[-1] if pieces else before


def _ancestors(token: Token) -> list[Token]:
    chain = []
    while token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _in_main_clause(token: Token) -> bool:
    current = token
    while current.head.i != current.i:
        if current.dep_ in _SUBORDINATE_DEPS:
            return False
        current = current.head
    return True


#: Verbs whose object is where someone goes: a country there is a place, not an actor.
_TRIP_VERBS = frozenset(
    {"visit", "visits", "visited", "visiting", "enter", "enters", "entered", "entering", "tour"}
)


#: Words naming a part of a country before its name ("mainland China", "northern Italy").
_REGION_WORDS = frozenset(
    {"mainland", "northern", "southern", "eastern", "western", "central", "coastal"}
)


def _passed_on_a_ranking(chain: Sequence[Token], cues: AboutCues) -> bool:
    """Whether a name's governing words, read in the text's order, pass or lead it on a ranking.

    "Kimi model edges past DeepSeek" hangs DeepSeek on "past", then "edges"; "ranked narrowly
    ahead of DeepSeek's release" on "release", "of", "ahead", "ranked": the comparison cue
    ("edges past", "ranked ahead of") is a phrase of those words in their order, which the
    word-by-word reading of :func:`_parse_role` does not see.
    """
    words = " ".join(t.lower_ for t in sorted(chain[:4], key=lambda t: t.i))
    return cues.comparison.search(words) is not None


#: A country's legislators acting under its name ("UK MPs introduce bill"): the country acts, as
#: with "US senators" and "South Korean lawmakers" (the authorities' cue words). Only the role of a
#: name they follow reads them; the stage and sourcing cues do not.
_LEGISLATORS = frozenset({"mps", "legislators", "parliamentarians"})


#: The head word of a public body's name, in the `_institution` name form and in the body a
#: country's possessive owns ("Britain's Home Office", "India's National Company Law Appellate
#: Tribunal", "the Office of the US Trade Representative"): most are `authorities` words; the name
#: form adds the office, the legislature's house, the tribunal, the inspectorate, the directorate.
_PUBLIC_BODY_HEADS = frozenset(
    {
        "office", "bureau", "administration", "commission", "authority", "ministry",
        "department", "agency", "regulator", "inspectorate", "directorate", "house",
        "parliament", "congress", "senate", "assembly", "tribunal",
    }
)  # fmt: skip
# The heads with a common sense besides a body ("an office block", "a house price"): a body when
# capitalised ("Home Office") or named by a modifier of their own ("statistics office").
_BODY_HEADS_SHARED_SENSE = frozenset({"office", "house"})


def _names_body(word: Token, cues: AboutCues) -> bool:
    """Whether ``word`` is a public body's head word: "Office", "cartel office", "tribunal"."""
    if word.lower_ not in _PUBLIC_BODY_HEADS:
        return cues.authorities.search(word.lower_) is not None
    if word.lower_ not in _BODY_HEADS_SHARED_SENSE or word.text[:1].isupper():
        return True
    # a modifier that ranks ("biggest", "largest") names no body: "Germany's biggest office"
    return any(
        child.dep_ in ("compound", "amod") and child.i < word.i and not child.lower_.endswith("est")
        for child in word.children
    )


def _owned_body(noun: Token, cues: AboutCues, linked: frozenset[int] = frozenset()) -> Token | None:
    """The public body a country's possessive names, from the noun it hangs on, if it names one.

    The body acts under the country's name when the watchlist does not hold it (the country is
    then its only linked name): "Britain's Home Office has published", "India's National Company
    Law Appellate Tribunal on Friday stayed", "Germany's cartel office said", and "India's
    electronics and IT ministry notified", where the parse hangs the possessive on the first of
    the joined nouns ("electronics") and the body's word is the last ("ministry"), joined to it
    or heading it. Read: the noun, a noun joined after it by "and" that is no phrase of its own
    (no article or possessive of its own, no linked name in its words), or the noun its words
    modify, is a public body's head (:func:`_names_body`); ``linked`` holds the indexes of the
    tokens inside linked names, and a body's word among them is that name's ("Microsoft
    Office"). The token given back bears the phrase's role in its clause: the phrase's head when
    the noun modifies another ("Britain's Home Office spokesperson said"). Not read: "China's
    biggest bank", "Japan's electronics and car makers" (no body's word), "Britain's office
    market" (a bare office in lower case), "China's state banks and US regulators" (the joined
    noun is another name's phrase).
    """
    phrase: Token = noun
    while phrase.dep_ in ("compound", "nmod", "amod") and phrase.head.i != phrase.i:
        phrase = phrase.head
    bearer = phrase
    # each word read: the noun, the unlinked bare nouns joined after it, the phrase's head
    readings: list[Token] = [noun]
    readings += [
        joined
        for joined in noun.conjuncts
        if joined.i > noun.i
        and not any(child.dep_ in ("det", "poss") for child in joined.children)
        and not any(t.i in linked for t in joined.doc[joined.left_edge.i : joined.i + 1])
    ]
    if phrase is not noun:
        readings.append(phrase)
    for word in readings:
        if word.i in linked:
            continue
        if word is noun and cues.authorities.search(word.lower_) is not None:
            continue  # the noun's own authorities word is read by the caller
        if _names_body(word, cues):
            return bearer
    return None


def _linked_tokens(parsed: Parsed, linked: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The indexes of the parsed tokens inside the linked names' character spans."""
    tokens: set[int] = set()
    for start, end in linked:
        span = parsed.doc.char_span(
            start - parsed.offset, end - parsed.offset, alignment_mode="expand"
        )
        if span is not None:
            tokens.update(range(span.start, span.end))
    return frozenset(tokens)


def _parse_role(
    parsed: Parsed,
    mention: Mention,
    geo: bool,
    cues: AboutCues,
    linked: Sequence[tuple[int, int]] = (),
) -> Role | None:
    """The role the parse gives a mention; ``linked``: the linked names' character spans."""
    span = parsed.doc.char_span(
        mention.start - parsed.offset, mention.end - parsed.offset, alignment_mode="expand"
    )
    if span is None or not len(span):
        return None
    root = span.root
    chain = _ancestors(root)
    governing = " ".join(t.lower_ for t in chain[:4])
    if any(cues.comparison.search(t.lower_) for t in chain[:4]):
        return "minor"
    if cues.comparison.search(governing) and root.dep_ in ("pobj", "conj", "dobj", "appos"):
        return "minor"
    if _passed_on_a_ranking(chain, cues):
        return "minor"
    head = root.head
    owned: Token | None = None  # an unwatched body the country's possessive names
    if geo:
        if root.dep_ == "pobj" and head.lower_ in cues.location:
            return "minor"
        if root.dep_ == "dobj" and head.lower_ in _TRIP_VERBS:
            return "minor"  # a trip's destination is a place: "permission to visit mainland China"
        actor = (
            cues.authorities.search(head.lower_) is not None
            or head.lower_ in _POLICY_NOUNS
            or head.lower_ in _LEGISLATORS
        )
        if root.dep_ == "poss" and not actor:
            owned = _owned_body(head, cues, _linked_tokens(parsed, linked))
        if owned is not None:
            actor = True
        if root.dep_ in ("compound", "amod", "nmod", "poss") and not actor:
            return "minor"  # "US chipmaker Nvidia", "China's biggest bank"; not "China's regulator"
    # A name inside another name's phrase takes that phrase's role ("Alibaba's cloud unit").
    anchor = root
    if root.dep_ in _MODIFIER_DEPS and root.dep_ != "appos":
        anchor = head if owned is None else owned
    if root.dep_ == "conj":
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head
    if not _in_main_clause(anchor):
        return "minor"
    if anchor.dep_ in _SUBJECT_DEPS:
        return "subject"
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "agent":
        return "subject"
    if anchor.dep_ == "ROOT":
        return "subject"  # a title without a verb: "DeepSeek's new model"
    if anchor.dep_ in _OBJECT_DEPS:
        return "object"
    if anchor.dep_ == "pobj" and anchor.head.lower_ in _OBJECT_PREPS:
        holder = anchor.head.head
        if holder.pos_ in ("VERB", "AUX") or holder.dep_ in _OBJECT_DEPS | {"ROOT"}:
            return "object"
        if holder.lower_ in _POLICY_NOUNS:
            return "object"
    return "other"


def _lexical_role(
    sentence: Sentence, mention: Mention, geo: bool, first: bool, cues: AboutCues
) -> Role:
    before = _clause_before(sentence, mention.start)
    if cues.comparison.search(before):
        return "minor"
    words = before.lower().split()
    if geo:
        # "to mainland China", "visit mainland China": the part of the country does not hide
        # the preposition or the trip verb before it
        placed = words[:-1] if words and words[-1] in _REGION_WORDS else words
        if placed and (placed[-1] in cues.location or placed[-1] in _TRIP_VERBS):
            return "minor"
        if before.rstrip().endswith(cues.location_zh):
            return "minor"
        after = sentence.text[mention.end - sentence.start :]
        if after[:1] == " " and after[1:2].isupper() and (sentence.part == "body" or not words):
            return "minor"  # inside a longer name: "China Securities Regulatory Commission"
        if " " not in mention.text.strip() and words and words[-1] in ("the", "a", "an"):
            return "minor"  # a modifier: "the Beijing start-up"
        if (
            cues.modifier_heads_zh
            and has_cjk(mention.text)
            and after.startswith(cues.modifier_heads_zh)
        ):
            return "minor"  # a modifier: 美国企业 ("US companies"), 韩国存储芯片厂商
        if has_cjk(mention.text) and _qualifies_a_business(after):
            return "minor"  # a modifier of companies: 美国军工企业, 中国AI企业
    elif _acted_on_zh(sentence.text[: mention.start - sentence.start]):
        return "object"  # what an act reaches: 约谈美团、阿里巴巴, 禁止使用DeepSeek
    offset = mention.start - sentence.start
    if first and (offset <= 12 or offset <= len(sentence.text) // 4):
        return "subject"
    return "other"


def _inside_a_title(sentence: Sentence, mention: Mention, country: bool) -> bool:
    """Whether a country is named only inside a title, a registered name or a body's name.

    A body that is not its government: 中国互联网协会, "the US Chamber of Commerce".

    《中华人民共和国网络安全法》 names a national law, not China acting; 支付宝（中国）网络技术有限
    公司 is a company's registered name, its country in brackets. Only countries: a city's
    government in its own rule's title (《北京市...办法》) is the rule's author, and a company
    in a decision's title (《关于对...公司的处罚决定》) the party it reaches.
    """
    if not country:
        return False
    at = mention.start - sentence.start
    before = sentence.text[:at]
    if before.rfind("《") > before.rfind("》"):
        return True
    after = sentence.text[mention.end - sentence.start :]
    if before.endswith("（") and after.startswith("）"):
        return True
    return _names_a_body_after(after)


#: After a country: the rest of the name of a body that is not its government, an industry
#: association, a chamber, a university (中国互联网协会, 中国半导体行业协会, "the China
#: Semiconductor Industry Association", "the American Chamber of Commerce"). An institute or a
#: platform too (the fortieth round): 中国信息通信研究院 (中国信通院), 中国互联网联合辟谣平台 (a
#: country before one: gold main 0 of 4 on the read sets, the code 4 of 4). Read in simplified
#: characters (:func:`_names_a_body_after`). No verb, preposition or particle may stand between
#: the country and the body's word (:data:`_NOT_IN_A_BODYS_NAME`: 中国要求行业协会, 韩国推进平台法,
#: 英国成立人工智能安全研究所 are the country acting), and 平台 before 经济, 企业, 公司 or 法 is
#: the platform economy, its companies or its law, not a body (中国平台经济, 中国平台企业).
_NOT_IN_A_BODYS_NAME = (
    r"(?:[将要对向与和的在已拟及等其]"
    r"|成立|设立|推出|出台|发布|约谈|推进|建设|加强|规范|禁止|通过|起诉|罚款|要求|批准|支持|打造"
    r"|建立|组建|开展|启动|整治|监管|处罚|调查|宣布|计划|提出|限制|鼓励|指导|督促|依托|牵头|筹建)"
)
_BODY_NAME_AFTER = re.compile(
    rf"^(?:(?!{_NOT_IN_A_BODYS_NAME})[{HAN}]){{0,8}}?"
    r"(?:协会|学会|商会|联合会|大学|(?:研究|信通|工程|社科|科学)院|研究所|研究中心"
    r"|平台(?!经济|企业|公司|法))"
    r"|^(?:\s+[A-Z][\w-]*){0,4}?\s+(?:Association|Chamber|Federation|University)\b"
)


def _names_a_body_after(after: str) -> bool:
    """Whether the text right after a country ends the name of a body it does not act for.

    ``after``: the sentence's text from the end of the country's name, either script (將約談多家
    平臺 reads as 将约谈多家平台). See :data:`_BODY_NAME_AFTER`.
    """
    return _BODY_NAME_AFTER.match(to_simplified(after)) is not None


def _opens(sentence: Sentence, mention: Mention) -> bool:
    """Whether ``mention`` is the first word of ``sentence`` (after quotes or brackets)."""
    return not sentence.text[: mention.start - sentence.start].strip(" \t\n\"'“‘(「《")


def mention_roles(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    parses: Sequence[Parsed],
    entities: Mapping[str, WatchEntity],
    cues: AboutCues,
) -> dict[tuple[int, int], Role]:
    """The role of each linked mention in its sentence: subject, object, other or minor."""
    roles: dict[tuple[int, int], Role] = {}
    linked = [
        (m.start, m.end) for m in mentions if m.entity_id is not None and m.entity_id in entities
    ]
    first_in: set[int] = set()
    historical: dict[int, bool] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.entity_id is None or mention.entity_id not in entities:
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is None:
            continue
        if sentence.start not in historical:
            historical[sentence.start] = cues.background_anywhere.search(sentence.text) is not None
        if historical[sentence.start]:
            roles[(mention.start, mention.end)] = "minor"  # "... after the 2023 controls"
            continue
        geo = entities[mention.entity_id].type in GEO_TYPES
        if _office_place(mention, mentions, entities, sentence):
            roles[(mention.start, mention.end)] = "minor"  # 北京市网信办: the office's place
            continue
        if geo and _market_modifier(sentence, mention):
            roles[(mention.start, mention.end)] = "minor"  # "China share shrinks": a market
            continue
        if geo and sentence.part == "title" and _curb_destination(sentence, mention):
            roles[(mention.start, mention.end)] = "object"  # "curb ... exports to China"
            continue
        if _inside_a_title(sentence, mention, entities[mention.entity_id].type == "country"):
            roles[(mention.start, mention.end)] = "minor"  # 《中华人民共和国网络安全法》
            continue
        if _in_a_question(sentence, mention, sentences):
            roles[(mention.start, mention.end)] = "minor"  # 问：美国的限制对公司有何影响？
            continue
        if _former_employer(sentence, mention, cues.former_persons):
            roles[(mention.start, mention.end)] = "minor"  # "a former official at the CAC"
            continue
        role: Role | None = None
        parsed = _parse_of(parses, mention.start)
        if parsed is not None:
            role = _parse_role(parsed, mention, geo, cues, linked)
        if role is None:
            first = sentence.start not in first_in
            role = _lexical_role(sentence, mention, geo, first, cues)
        company = entities[mention.entity_id].type == "company"
        if role != "minor" and _after_a_comparison_verb(sentence, mention, company):
            role = "minor"  # "it says outpaces Moonshot and DeepSeek", the verb misparsed
        if role == "other" and sentence.part == "title" and _opens(sentence, mention):
            # a headline's first name is its actor when the parse finds no other role for it:
            # "US probing X's servicing ..., sources say", "Samsung guidance points to ..."
            role = "subject"
        if role != "minor":
            first_in.add(sentence.start)
        roles[(mention.start, mention.end)] = role
    return roles


# A country naming a market, right before the market's noun: "China share shrinks", "US sales
# rose", "Japan revenue" (not "China market regulator": an authority; not "China's"; no noun that
# is also a verb or an office's word: "Britain orders", "UK business department", "UK Business and
# Trade Secretary"). A company's book of business in a country is the same place: "China
# data-centre sales", "the China outlook", "China operations" (not "operations of ..."), an
# inspectorate's "backlog of China cases" (cases only after "of" or "on": "US cases against
# Huawei" or "EU cases rise" are the country's own cases, read by :data:`_CASES_OF_BEFORE`).
_OFFICE_AFTER_A_MARKET = (
    r"(?!\s+(?:and\s+\w+\s+)?(?:regulators?|watchdogs?|supervis\w+|authorit\w+|department"
    r"|ministry|ministers?|secretary|committee|council|office)\b)"
)
_MARKET_NOUN_AFTER = re.compile(
    r"^\s+(?:share|sales|revenues?|shipments|exposure|outlook|operations(?!\s+of\b)"
    r"|(?P<cases>cases)|data[- ]cent(?:re|er)s?"
    rf"|market{_OFFICE_AFTER_A_MARKET}|business{_OFFICE_AFTER_A_MARKET})\b",
    re.IGNORECASE,
)
#: "cases" names a market's cases only after "of" or "on" ("a backlog of China cases", "missed
#: targets on China cases"); the country before "cases" otherwise brings them ("US cases against
#: Huawei").
_CASES_OF_BEFORE = re.compile(r"\b(?:of|on)\s+(?:the\s+)?$", re.IGNORECASE)


def _market_modifier(sentence: Sentence, mention: Mention) -> bool:
    """Whether an English country names a market as a bare modifier ("China share shrinks").

    A company's sales or share in a country make the country a place, no actor: "Nvidia sales
    beat forecasts; China share shrinks". Not a possessive ("China's share": read by the parse)
    nor an authority of the market ("China market regulator").
    """
    if has_cjk(mention.text):
        return False
    found = _MARKET_NOUN_AFTER.match(sentence.text[mention.end - sentence.start :])
    if found is None:
        return False
    if found.group("cases") is None:
        return True
    return _CASES_OF_BEFORE.search(sentence.text[: mention.start - sentence.start]) is not None


# The marks of a question and of its answer in a question-and-answer record: 问：……？答：……,
# 問：, 记者问：, 有记者问：, 提问：, "Q: ... A: ..." (at the start, after a space or a stop; not
# "FAQ:", nor 答记者问： or 答记者提问： heading the questions). A space before the question's mark
# is enough (a record's table or layout flattened: "问询函 问：", "2. Q:"), but an answer's mark
# stands at a line's start or after a stop: "Plan A:" or "Annex A:" inside a sentence is no
# answer, and "A." or "A -" are not marks (nor "Q." or "Q -").
_QUESTION_MARK = re.compile(r"(?<![^\s：:。？！?!])(?:有)?(?:记者|記者)?(?:提)?(?:问|問|Q)[：:]")
_ANSWER_MARK = re.compile(r"(?:^|(?<=[\n。？！?!.;；]))\s*(?:答|A)[：:]")
# An answer that opens on the asked name itself, by reference or as a bare yes or no:
# 答：该公司违反了……, 答：其……, 答：否。, "A: No.", "A: The company ...", "A: It ...": the
# question's name is then what the answer tells of (the interviewee's company, a firm exempted or
# not), not only asked.
_ANSWER_OF_IT = re.compile(
    r"\s*(?:该公司|該公司|该企业|該企業|该集团|該集團|其|它|他们|他們|否|不会|不會|不是|是的|是[，,。]"
    r"|the\s+(?:company|firm|group)\b|it\b|they\b|(?:no|yes)(?=[.,;!]|\s*$))",
    re.IGNORECASE,
)


#: A person's past employer named right after "former" or "ex-": the name straight after it
#: ("former Samsung executive", "ex-Google researcher", "two former Commerce Department
#: officials") or after a title and "at", "of", "with" or "from" ("a former deputy director at
#: the Cyberspace Administration of China"). Only the cue is read in either case: the title's
#: words (at most four) and the preposition are lowercase, so a name in between is no title
#: ("Three ex-OpenAI researchers at Anthropic": Anthropic is their employer now). Words between
#: "former" and the name other than a title's and that preposition do not count: "Former staff
#: have joined ByteDance" names the employer they join.
_FORMER_EMPLOYER = re.compile(
    r"\b(?i:former|ex-)\s*(?P<title>(?:[a-z][a-z-]*\s+){1,4}(?:at|of|with|from)\s+(?:the\s+)?)?$"
)
#: Latin words written with "ex-" that name no past: "ex-ante obligations", "an ex-officio
#: member", "ex-post review", "ex-works prices".
_LATIN_EX = frozenset({"ante", "post", "officio", "works", "gratia", "parte"})
#: The words right after a name (a possessive's "'s" aside), up to four, for the person word of
#: "former Samsung Electronics memory executive".
_WORDS_AFTER = re.compile(r"^(?:['’]s)?((?:\s+[A-Za-z][\w-]*){1,4})")


def _former_employer(sentence: Sentence, mention: Mention, persons: frozenset[str]) -> bool:
    """Whether a mention names a person's past employer ("a former official at the CAC").

    A body a hire, a witness or an author once worked for tells no act of its own in the news:
    the person's new employer or their words do. A person must be named: the title before the
    preposition ends in a word for a person (``persons``: "official", "executive", "chief" ...),
    or, the name straight after the cue, one follows it within four words ("two former Commerce
    Department officials"). "Its former partnership with Huawei", "the former policy of the
    Commerce Department" and the Latin "ex-ante" or "ex-officio" name no one's past employer.
    """
    offset = mention.start - sentence.start
    found = _FORMER_EMPLOYER.search(sentence.text[:offset])
    if found is None:
        return False
    title = found.group("title")
    if title is not None:
        words = title.split()
        if found.group(0)[:3].lower() == "ex-" and words[0] in _LATIN_EX:
            return False
        person = words[-3] if words[-1] == "the" else words[-2]
        return person in persons
    after = _WORDS_AFTER.match(sentence.text[mention.end - sentence.start :])
    return after is not None and any(w.lower() in persons for w in after.group(1).split())


def _in_a_question(
    sentence: Sentence, mention: Mention, sentences: Sequence[Sentence] = ()
) -> bool:
    """Whether a mention stands in the question of a question-and-answer record.

    The asker's words tell no act of the names they hold: an investor asking
    问：美国对英伟达的限制对公司有何影响？, a legislator asking
    問：政府會否禁止使用DeepSeek等應用程式？, a reporter asking
    问：近期有外资企业撤出中国，如何看待？. What the answer or the rest of the text says of a name
    keeps its own role. Read: a question's mark before the mention in its sentence, and no
    answer's mark after the last such mark. A question's span ends at its sentence's end: a
    question asked over two sentences ("Q: Will the rule bite? Will Korea follow?") marks its
    first sentence only.

    Given the text's ``sentences``, a question whose answer opens on the asked name by
    reference or as a bare yes or no (:data:`_ANSWER_OF_IT`: 问：对英伟达的罚款依据是什么？
    答：该公司违反了……; "Q: Will Nvidia be exempt? A: No.") is not one: the answer tells of the
    name.
    """
    before = sentence.text[: mention.start - sentence.start]
    marks = [m.end() for m in _QUESTION_MARK.finditer(before)]
    if not marks or _ANSWER_MARK.search(before, marks[-1]) is not None:
        return False
    return not _answered_of_it(sentence, mention, sentences)


def _answered_of_it(sentence: Sentence, mention: Mention, sentences: Sequence[Sentence]) -> bool:
    """Whether the answer to the question holding ``mention`` opens on the asked name.

    The answer's mark is looked for after the mention, in its sentence and the next three, and
    not past another question's mark; its first words are read by :data:`_ANSWER_OF_IT`.
    """
    rest = [(sentence.text, mention.end - sentence.start)]
    rest += [(s.text, 0) for s in sentences if s.start >= sentence.end][:3]
    for text, at in rest:
        answer = _ANSWER_MARK.search(text, at)
        question = _QUESTION_MARK.search(text, at)
        if question is not None and (answer is None or question.start() < answer.start()):
            return False
        if answer is not None:
            return _ANSWER_OF_IT.match(text, answer.end()) is not None
    return False


# A curb on exports, sales or shipments to a country, in a title: "Japan denies plan to curb
# photoresist exports to China", "US slaps fresh curbs on chip-tool shipments to China",
# 美国拟扩大对中国芯片设备出口限制 (not "sales to China fall": no curb; not "to China plant").
_CURB_WORD = r"(?:curb|ban|halt|restrict|control|limit|bar|tighten|block|stop|suspend)\w*"
_CURB_TO_BEFORE = re.compile(
    rf"\b{_CURB_WORD}\b[^,;:?]{{0,60}}?\b(?:exports?|sales|shipments|supplies|deliveries)\b"
    r"[^,;:?]{0,40}?\bto\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CURB_TO_AFTER = re.compile(
    r"^\s*(?:$|[,;:?!.'’\"]|(?:and|or|over|amid|after|from|in|on|as|for|by|report|reports)\b)",
    re.IGNORECASE,
)
_CURB_ZH = re.compile(r"限制|管制|暂停|禁止|停止|禁运")
_TO_ZH = re.compile(r"(?:对|向)$")
_EXPORT_AFTER_ZH = re.compile(r"^(?:的)?[^，。；：]{0,8}?出口")


def _curb_destination(sentence: Sentence, mention: Mention) -> bool:
    """Whether a title names a country as the destination a curb on exports reaches.

    The country the curb aims at is the act's target (an object), also when the curb is denied
    (the read sets make the destination of a denied curb main). Not a destination without a
    curb ("Nvidia sales to China fall"), nor a country as a modifier ("halt tool shipments to
    China plant").
    """
    at = mention.start - sentence.start
    before = sentence.text[:at]
    after = sentence.text[mention.end - sentence.start :]
    if has_cjk(mention.text):
        return bool(
            _TO_ZH.search(before)
            and _EXPORT_AFTER_ZH.match(after)
            and _CURB_ZH.search(sentence.text)
        )
    return bool(_CURB_TO_BEFORE.search(before) and _CURB_TO_AFTER.match(after))


#: Between a city's name and its office of a national authority: 北京市网信办, 上海网信办.
_OFFICE_GAP = frozenset({"", "市", "省"})


def _office_place(
    mention: Mention,
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
    sentence: Sentence,
) -> bool:
    """Whether a city's or province's government names only the place of a national office.

    The guide: a city's 网信办 is linked to the national authority (``cac``) and main like it;
    北京市 in 北京市网信办 is where the office sits, not the city government acting. Read: a
    sub-national government (a government with a parent) right before a national agency's name
    (nothing but 市 or 省 between), the agency not the city's own (not its child). The city
    government acting (上海市政府发布, 北京市人民政府印发) keeps its role.
    """
    entity = entities.get(mention.entity_id or "")
    if entity is None or entity.type != "government" or not entity.parent:
        return False
    for other in mentions:
        if other.start < mention.end or other.start > mention.end + 1 or other is mention:
            continue
        agency = entities.get(other.entity_id or "")
        if agency is None or agency.type != "agency" or agency.parent == entity.id:
            continue
        gap = sentence.text[mention.end - sentence.start : other.start - sentence.start]
        if gap in _OFFICE_GAP:
            return True
    return False


def _ancestors_of(entity_id: str, entities: Mapping[str, WatchEntity]) -> list[str]:
    chain: list[str] = []
    current = entities.get(entity_id)
    while current is not None and current.parent and len(chain) < 3:
        chain.append(current.parent)
        current = entities.get(current.parent)
    return chain


def salience(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    roles: Mapping[tuple[int, int], Role],
    entities: Mapping[str, WatchEntity],
) -> list[EntitySalience]:
    """Salience and main flag of every watchlist entity the mentions link, most salient first.

    Score: 0.4 x the best role in the title + 0.3 x the best role in the lead + 0.15 x how often
    it is named (four mentions count fully) + 0.15 x its share of the most-named entity's count.
    A role weighs 1 (subject), 0.8 (object), 0.5 (other) or 0.1 (a comparison, a list, a place).
    ``main`` from ``MAIN_THRESHOLD`` up, or when the title makes it subject or object, or the
    first body sentence its subject. A parent
    the text names takes its children's score when higher (Alibaba Cloud counts for Alibaba),
    and their ``main`` flag, unless it is a country named only inside a document's title.
    """
    part_of: dict[int, Part] = {}
    first_lead = next((s.start for s in sentences if s.part == "lead"), -1)
    opening: set[int] = set()
    named: set[str] = set()  # named at least once outside a document's title
    for mention in mentions:
        sentence = _sentence_of(sentences, mention.start)
        part_of[mention.start] = sentence.part if sentence else "body"
        if sentence is not None and sentence.start == first_lead:
            opening.add(mention.start)
        entity = entities.get(mention.entity_id or "")
        if entity is not None and not (
            sentence is not None
            and (
                _inside_a_title(sentence, mention, entity.type == "country")
                or (entity.type in GEO_TYPES and _qualifies_a_thing(sentence, mention))
            )
        ):
            named.add(entity.id)
    title: dict[str, float] = {}
    lead: dict[str, float] = {}
    count: dict[str, float] = {}
    title_role: dict[str, str] = {}
    lead_subject: set[str] = set()
    for mention in mentions:
        entity_id = mention.entity_id
        if entity_id is None or entity_id not in entities:
            continue
        role = roles.get((mention.start, mention.end), "other")
        weight = ROLE_WEIGHT[role]
        part = part_of[mention.start]
        if part == "title":
            if weight > title.get(entity_id, 0.0):
                title[entity_id] = weight
                title_role[entity_id] = role
        elif part == "lead":
            lead[entity_id] = max(lead.get(entity_id, 0.0), weight)
            if role == "subject" and mention.start in opening:
                lead_subject.add(entity_id)
        count[entity_id] = count.get(entity_id, 0.0) + (0.5 if role == "minor" else 1.0)
    if not count:
        return []
    most = max(count.values())
    scores: dict[str, float] = {}
    mains: dict[str, bool] = {}
    for entity_id, n in count.items():
        score = (
            0.4 * title.get(entity_id, 0.0)
            + 0.3 * lead.get(entity_id, 0.0)
            + 0.15 * min(1.0, n / 4)
            + 0.15 * (n / most)
        )
        scores[entity_id] = round(min(1.0, score), 3)
        mains[entity_id] = (
            score >= MAIN_THRESHOLD
            or title_role.get(entity_id) in ("subject", "object")
            or entity_id in lead_subject
        )
    for entity_id in list(scores):
        for parent in _ancestors_of(entity_id, entities):
            # a country named only inside a document's title or a registered name
            # (《中华人民共和国网络安全法》, 支付宝（中国）...公司) is not the actor its child is; a
            # parent named as a modifier ("the US Commerce Department") still is
            if parent in scores and parent in named:
                scores[parent] = max(scores[parent], scores[entity_id])
                mains[parent] = mains[parent] or mains[entity_id]
    ordered = sorted(scores, key=lambda e: (-scores[e], e))
    return [EntitySalience(e, scores[e], mains[e]) for e in ordered]


def late_act_actors(
    about: Sequence[EntitySalience],
    signals: Sequence[Signal],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> list[EntitySalience]:
    """``about`` with the actor of a feature's late news act main.

    An article whose title and first sentence report no policy action, and which reports one
    further down as a dated state act ("On Monday the Ministry of Industry and Information
    Technology issued guidelines ...": :func:`_dated_actor`), is about that actor, however
    seldom the trend of its opening names it. ``signals``: with ``reported`` set
    (:func:`mark_reported`); the salience scores and order stay.
    """
    opening = next((s.start for s in sentences if s.part != "title"), -1)
    actors: set[str] = set()
    for signal in signals:
        sentence = _sentence_of(sentences, signal.start) if signal.reported else None
        if sentence is None:
            continue
        if sentence.part == "title" or sentence.start == opening:
            return list(about)  # the head reports the news: its salience stands
        actor = _dated_actor(sentence, mentions, entities)
        if actor is not None and actor.end <= _trigger_start(signal, sentence):
            actors.add(actor.entity_id or "")
    return [replace(a, main=True) if a.entity_id in actors else a for a in about]


#: The marker opening an item of an itemised piece: "1. ", "2) ", "3、" or a calendar's day
#: label ("Tuesday: ").
_ITEM_MARK = re.compile(
    r"(?:^|(?<=[\s.?!;。！？；]))(?:(\d{1,2})[.)、]\s*(?=[^\d\s])"
    r"|((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*:\s+)",
    re.IGNORECASE,
)
#: The least count of markers that makes a body itemised.
_ITEMS_AT_LEAST = 3
#: A verb right after an item's opening actor: "The European Parliament votes on ...",
#: "Japan's trade ministry said ..." (not "The EU AI Act's obligations": a modifier).
_ITEM_VERB = re.compile(
    r"\s+(?:will|has|have|had|is|are|was|were|would|plans|says|said|\w+ed|\w+[^s']s)\b",
    re.IGNORECASE,
)


#: A country's unlisted legislature between it and an item's verb: "The US Senate banking
#: committee votes", "Japan's Diet passes". A committee only as the legislature's: not "The US
#: Chamber of Commerce committee votes", "The US Olympic committee meets".
_ITEM_BODY = re.compile(
    r"^(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:Senate|House|Congress|Parliament|parliament|Diet"
    r"|Assembly|Bundestag|legislature)\b(?:(?:\s+[\w-]+){0,3}?\s+(?:committee|subcommittee)\b)?"
)


def list_items(text: str, body_start: int) -> list[tuple[int, int]]:
    """The items of an itemised body (a digest, a calendar, a quiz), as (start, end) ranges.

    A body is itemised when it opens with its first marker and has at least three in order:
    numbers counting up from 1 ("1. ... 2. ... 3. ..."), or days of the week ("Monday: ...
    Tuesday: ..."). Each item runs from its marker to the next one (the last to the end of the
    text). An empty list when the body is not itemised.
    """
    body = text[body_start:]
    marks: list[tuple[int, int]] = []  # (position in the text, the item's number or -1)
    for match in _ITEM_MARK.finditer(body):
        number = int(match.group(1)) if match.group(1) else -1
        if number > 0 and number != (marks[-1][1] + 1 if marks else 1):
            continue  # "2.4 billion" or a number out of order is no marker
        if number < 0 and marks and marks[-1][1] > 0:
            continue  # a day inside a numbered item
        if number > 0 and marks and marks[-1][1] < 0:
            continue  # a number inside a calendar's day
        marks.append((body_start + match.start(), number))
    if len(marks) < _ITEMS_AT_LEAST or body[: marks[0][0] - body_start].strip():
        return []
    ends = [start for start, _ in marks[1:]] + [len(text)]
    return [(start, end) for (start, _), end in zip(marks, ends, strict=True)]


def item_names(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    signals: Sequence[Signal],
    entities: Mapping[str, WatchEntity],
) -> tuple[frozenset[str], frozenset[str]]:
    """The names an itemised piece makes idle and the actors of its items that tell an act.

    A newsletter digest, a week-ahead calendar or a quiz lists separate items; its first item
    is no lead of the whole. An item's news is its own: the names the piece gives only in items
    where no policy signal is found (a company's results, a festival, a quiz question) are not
    what it is about (the first returned set: never in the title either); a state actor that
    opens an item where a signal is found, with a verb after it ("Tuesday: The European
    Parliament votes on the second Chips Act ..."), or a country before its unlisted legislature
    and its verb ("The US Senate banking committee votes"), is that item's actor (the second set).
    """
    title_end = next((s.end for s in sentences if s.part == "title"), 0)
    body_start = next((s.start for s in sentences if s.part != "title"), len(text))
    items = list_items(text, body_start)
    if not items:
        return frozenset(), frozenset()
    triggers = [
        _trigger_start(signal, sentence)
        for signal in signals
        if (sentence := _sentence_of(sentences, signal.start)) is not None
    ]
    acts = {i for i, (start, end) in enumerate(items) if any(start <= t < end for t in triggers)}
    idle: set[str] = set()
    busy: set[str] = set()
    actors: set[str] = set()
    for mention in sorted(mentions, key=lambda m: m.start):
        entity_id = mention.entity_id
        if entity_id is None or entity_id not in entities:
            continue
        at = next((i for i, (s, e) in enumerate(items) if s <= mention.start < e), None)
        if at is None or mention.start < title_end:
            busy.add(entity_id)
            continue
        (idle if at not in acts else busy).add(entity_id)
        if at not in acts or entities[entity_id].type not in ACTOR_TYPES - {"person"}:
            continue
        start, end = items[at]
        opening = _ITEM_MARK.sub("", text[start : mention.start], count=1)
        first = not any(start <= m.start < mention.start and m.entity_id for m in mentions)
        rest = text[mention.end : end]
        body = _ITEM_BODY.match(rest) if entities[entity_id].type == "country" else None
        if (
            first
            and opening.strip().lower() in ("", "the")
            and (_ITEM_VERB.match(rest) or (body and _ITEM_VERB.match(rest[body.end() :])))
            and any(mention.end <= t < end for t in triggers)
        ):
            actors.add(entity_id)
    return frozenset(idle - busy), frozenset(actors)


#: A labelled sentence of a tracker, a briefs column or a calendar by place: "Fines: the State
#: Administration for Market Regulation fined ...", "South Korea: chipmakers can claim ...". The
#: label is one to four words opening with a capital, before a colon (also the full-width ：);
#: one written all in capitals is a transcript's speaker or a question's mark ("HOST:", "Q:")
#: and labels nothing, unless it is a linked name ("UK:", "EU:", "US:": a place's item).
_LABEL = re.compile(r"^\s*([A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3})\s*(?::\s+|：\s*)(?=\S)")
#: The least count of labelled body sentences that makes a piece a run of labelled items.
_LABELS_AT_LEAST = 3
#: The types a calendar's heading names as the place whose rule its item tells.
_HEADING_TYPES = frozenset({"country", "region", "government"})


def item_labels(
    body: Sequence[Sentence], linked: Sequence[Mention]
) -> list[tuple[Sentence, re.Match[str]]]:
    """The body sentences that open with an item's label (:data:`_LABEL`), with its match.

    A label in capitals is an item's only when it is a linked mention of ``linked`` ("UK:",
    "EU:": a place's item); otherwise it is a transcript's speaker ("HOST:", "Q:").
    """
    named = {(m.start, m.end) for m in linked}
    return [
        (s, m)
        for s in body
        if (m := _LABEL.match(s.text)) is not None
        and (
            not m.group(1).isupper()
            or (s.start + m.start(1), s.start + m.end(1)) in named  # "UK:", "EU:": a place's
        )
    ]


def labelled_item_actors(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    signals: Sequence[Signal],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The actors of a piece whose body is a run of labelled items, one act per item.

    A weekly tracker ("Lead item: ... Fines: ... Filings: ..."), a briefs column ("Robotaxis:
    ...") or a calendar of rules by place ("China: ... European Union: ... South Korea: ...")
    tells each item's news on its own. An item where a policy signal is found is about its
    actor: the state actor that opens the item's text after its label with a verb after it
    ("Fines: the State Administration for Market Regulation fined ..."), or the country or
    government that is the whole label ("South Korea: chipmakers can claim a 25% tax credit").
    At least three body sentences must open with a label; a record's fields (a name with no verb
    after it) and a transcript's speakers (labels in capitals that link to no watched name: "UK:"
    or "EU:" is a place's item) give no actor.
    """
    body = [s for s in sentences if s.part != "title"]
    linked = sorted(
        (m for m in mentions if m.entity_id is not None and m.entity_id in entities),
        key=lambda m: m.start,
    )
    labelled = item_labels(body, linked)
    if len(labelled) < _LABELS_AT_LEAST:
        return frozenset()
    triggers = [
        _trigger_start(signal, sentence)
        for signal in signals
        if (sentence := _sentence_of(sentences, signal.start)) is not None
    ]
    out: set[str] = set()
    for i, (sentence, label) in enumerate(labelled):
        end = labelled[i + 1][0].start if i + 1 < len(labelled) else body[-1].end
        label_start, label_end = sentence.start + label.start(1), sentence.start + label.end(1)
        opens = sentence.start + label.end()
        inside = [m for m in linked if label_start <= m.start < end]
        for mention in inside:
            entity = entities[mention.entity_id or ""]
            if (
                mention.start == label_start
                and mention.end == label_end
                and entity.type in _HEADING_TYPES
                and any(label_end <= t < end for t in triggers)
            ):
                out.add(entity.id)  # the heading: "South Korea: chipmakers can claim ..."
        first = next((m for m in inside if opens <= m.start < sentence.end), None)
        if first is None:
            continue
        entity = entities[first.entity_id or ""]
        words = sentence.text[label.end() : first.start - sentence.start]
        rest = sentence.text[first.end - sentence.start :]
        legislature = _ITEM_BODY.match(rest) if entity.type == "country" else None
        if (
            entity.type in ACTOR_TYPES - {"person"}
            and words.strip().lower() in ("", "the")
            and (
                _ITEM_VERB.match(rest)
                or (legislature is not None and _ITEM_VERB.match(rest[legislature.end() :]))
            )
            and any(first.end <= t < end for t in triggers)
        ):
            out.add(entity.id)  # the opening actor: "Fines: the State Administration ... fined"
    return frozenset(out)


#: A joint document's title: its issuers' names, joined by spaces or 、, then the document's
#: word: 商务部 海关总署公告2028年第46号, 商务部、海关总署联合公告.
_ISSUERS_JOINED = re.compile(r"^[\s、]*$")
_ISSUED_DOCUMENT = re.compile(r"^\s*(?:联合)?(?:公告|通告|令|决定|通知)")
_ISSUER_TYPES = frozenset({"agency", "government"})


def title_issuers(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The bodies a joint document's title names as its issuers.

    A joint notice's title opens with its issuers, two or more, and the document's word right
    after the last ("商务部 海关总署公告2028年第46号 关于……"): each issues it, however seldom its
    body names it again. A title naming one body, or bodies with other words between them
    ("商务部 海关总署：明年2月起……"), gives none.
    """
    title = next((s for s in sentences if s.part == "title"), None)
    if title is None:
        return frozenset()
    names = sorted(
        (
            m
            for m in mentions
            if m.entity_id is not None
            and m.entity_id in entities
            and title.start <= m.start < title.end
        ),
        key=lambda m: m.start,
    )
    run: list[Mention] = []
    at = title.start
    for mention in names:
        if mention.start < at:
            continue  # a name inside the one before it
        if (
            not _ISSUERS_JOINED.match(title.text[at - title.start : mention.start - title.start])
            or entities[mention.entity_id or ""].type not in _ISSUER_TYPES
        ):
            break
        run.append(mention)
        at = mention.end
    if len(run) < 2 or not _ISSUED_DOCUMENT.match(title.text[at - title.start :]):
        return frozenset()
    return frozenset(m.entity_id or "" for m in run)


#: A company's grant or decision received from a giver: "received a permit from the", "won
#: export licences from", "received an administrative penalty decision from the".
_GRANT_FROM_BEFORE = re.compile(
    r"\b(?:received|receives|won|wins|obtained|obtains|got|gets|secured|secures"
    r"|(?:was|were|has\s+been|have\s+been)\s+granted)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:permits?|licen[cs]es?|approvals?|notices?|decisions?|orders?"
    r"|certificates?|authori[sz]ations?|clearances?)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Before the grant's verb: it is not received, or only a duty to obtain one.
_GRANT_NOT_BEFORE = re.compile(
    r"\b(?:not|no|never|must|need|needs|needed|required|would|could|may|might|hopes?|seeks?"
    r"|applied|apply|applies|to)\s+(?:\w+\s+){0,2}$|n't\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: A Chinese grant from its giver: 获得深圳市交通运输局颁发的许可, 取得……核发的牌照.
_GRANT_ZH_BEFORE = re.compile(r"(?:获得|取得|收到|获)$")
_GRANT_ZH_AFTER = re.compile(r"^[^，。；！？]{0,6}?(?:颁发|核发|作出|出具|发放)")
_GRANT_ZH_NOT = re.compile(r"(?:未|没有|尚未|须|需|需要|应当|应|必须)[^，。；！？]{0,4}$")


def grant_givers(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The authorities named as the givers of a grant or decision a party received.

    "Baidu's Apollo Go on Thursday received a permit from the Beijing municipal government's
    autonomous driving office", "a subsidiary ... received an administrative penalty decision
    from the State Administration for Market Regulation", 萝卜快跑已获得深圳市交通运输局颁发的
    许可: the receiver is the subject, the authority that granted or decided acts all the same.
    Only agencies and governments (a country before an unlisted regulator, "China's securities
    regulator", is a modifier); not a grant negated, hoped for or required ("must obtain",
    须取得). The caller checks that the article tells an act (the rules' stage).
    """
    out: set[str] = set()
    for mention in mentions:
        entity = entities.get(mention.entity_id or "")
        if entity is None or entity.type not in ("agency", "government"):
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is None:
            continue
        before = sentence.text[: mention.start - sentence.start]
        if has_cjk(mention.text):
            after = sentence.text[mention.end - sentence.start :]
            verb = _GRANT_ZH_BEFORE.search(before)
            if (
                verb is not None
                and _GRANT_ZH_AFTER.match(after)
                and not _GRANT_ZH_NOT.search(before[: verb.start()])
            ):
                out.add(entity.id)
            continue
        grant = _GRANT_FROM_BEFORE.search(before[-160:])
        if grant is None:
            continue
        lead = before[-160:][: grant.start()]
        if not _GRANT_NOT_BEFORE.search(lead) and "any " not in grant.group(0).lower():
            out.add(entity.id)
    return frozenset(out)


#: An appended correction's retracted statement: "An earlier version of this story said the
#: rule was issued by the Ministry of Commerce."
_RETRACTED = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|item)"
    r"\b[^.]*?\b(?:said|stated|misstated|reported|wrongly|incorrectly)\b"
    # "this report" is also a government's report ("The previous version of this report said
    # emissions rose"): a correction only under its label or with its error word
    r"|\b(?:correction|clarification)\b.{0,40}?\b(?:an?|the)\s+(?:earlier|previous)\s+version"
    r"\s+of\s+this\s+report\b[^.]*?\b(?:said|stated|misstated|reported|wrongly|incorrectly)\b"
    r"|\b(?:an?|the)\s+(?:earlier|previous)\s+version\s+of\s+this\s+report\b[^.]*?"
    r"\b(?:misstated|wrongly|incorrectly|erroneously|mistakenly)\b",
    re.IGNORECASE,
)


def retracted_names(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The names a text gives only in the statement its correction retracts.

    "Correction: An earlier version of this article said the rule was issued by the Ministry of
    Commerce. It was issued by the General Administration of Customs.": the ministry is named
    only as the error; it did not act. A name the text gives elsewhere too keeps its reading
    from there.
    """
    retracted: set[str] = set()
    elsewhere: set[str] = set()
    for mention in mentions:
        if mention.entity_id is None or mention.entity_id not in entities:
            continue
        sentence = _sentence_of(sentences, mention.start)
        match = _RETRACTED.search(sentence.text) if sentence is not None else None
        if (
            sentence is not None
            and match is not None
            and sentence.part != "title"
            and mention.start >= sentence.start + match.start()
        ):
            retracted.add(mention.entity_id)
            continue
        elsewhere.add(mention.entity_id)
    return frozenset(retracted - elsewhere)


#: A denied report of an order given to the denier: "denied a newspaper report that US officials
#: had ordered it to stop", "dismissed reports that India's IT ministry told it to ...".
_DENIED_REPORT = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b[^.]{0,60}?\breports?"
    r"(?:\s+(?:in|by|from)\s+[^.]{0,40}?)?\s+that\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: After the ordering authority: its unlisted office at most, then the order given to the denier
#: with its "to" ("ordered it to stop", "told the company to"; not "told it", which may be news
#: given to it).
_ORDER_TO_IT = re.compile(
    r"^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?|\s+)(?:officials?\s+|authorities\s+|regulators?\s+)?"
    r"(?:had\s+|has\s+|have\s+)?(?:ordered|told|asked|instructed|directed|required|pressed)\s+"
    r"(?:it|them|the\s+(?:company|firm|group))\s+to\b",
    re.IGNORECASE,
)


def denied_order_givers(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The authorities a company's denial names as the givers of the order it denies receiving.

    "Nvidia on Tuesday denied a newspaper report that US officials had ordered it to stop
    selling ...": the report is about the government's order as much as the company; the
    denial does not make the government a bystander. Only a state actor named first after
    "report that", followed (past its own unlisted office: "India's IT ministry") by an order
    to the denier ("ordered it", "told the company").
    """
    out: set[str] = set()
    for mention in mentions:
        entity = entities.get(mention.entity_id or "")
        if entity is None or entity.type not in ACTOR_TYPES - {"person"}:
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is None:
            continue
        before = sentence.text[: mention.start - sentence.start]
        after = sentence.text[mention.end - sentence.start :]
        if _DENIED_REPORT.search(before[-160:]) and _ORDER_TO_IT.match(after):
            out.add(entity.id)
    return frozenset(out)


#: An approval clause: the body named between 经 and 批准 / 同意 only sanctions another body's act
#: (经国务院批准，商务部……发布公告; 经党中央、国务院同意，……). 经 opens its clause (not 须经,
#: 应当经 or 未经: a requirement, or an act without consent), with other bodies joined before the
#: name, and the approval closes it (not 经国务院批准的规划 nor 经国务院同意后).
_APPROVER_BEFORE = re.compile(
    r"(?:^|[\s，。；：！？,;:!?“”\"（(])经(?:[^，。；！？]{0,12}?[、和及与])?$"
)
_APPROVER_AFTER = re.compile(r"^(?:批准|同意|批覆|批复)[，,；;。]")


def approver_only_names(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The authorities a text names only in an approval clause of another body's act.

    "答：经国务院批准，自8月1日起，出口……须向商务部申请许可": the ministry acts; the State Council
    is named only as the body whose sanction the act carries, as a document's legal basis is.
    A name the text gives elsewhere too keeps its reading from there.
    """
    clause: set[str] = set()
    elsewhere: set[str] = set()
    for mention in mentions:
        if mention.entity_id is None or mention.entity_id not in entities:
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is not None and sentence.part != "title":
            before = to_simplified(sentence.text[: mention.start - sentence.start])
            after = to_simplified(sentence.text[mention.end - sentence.start :])
            if _APPROVER_BEFORE.search(before) and _APPROVER_AFTER.match(after):
                clause.add(mention.entity_id)
                continue
        elsewhere.add(mention.entity_id)
    return frozenset(clause - elsewhere)


#: A body named as the one that will write the detailed rules of another body's act, as its
#: sentence's whole subject: "The National Data Administration will draft the detailed rules.",
#: "The Commerce Department would write the detailed rules within a year", 国家数据局将制定实施细则.
_DRAFTER_BEFORE = re.compile(r"(?:^|[。；;]\s*)\W*(?:the\s+)?$", re.IGNORECASE)
_DRAFTER_AFTER = re.compile(
    r"^\s*(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to)\s+(?:then\s+|later\s+)?"
    r"(?:draft|write|draw\s+up|work\s+out|issue|publish)\s+(?:the\s+)?"
    r"(?:detailed|implementing)\s+(?:rules|regulations|measures)\b"
    r"|(?:将|还将|随后将|另行)(?:制定|起草|出台)(?:配套|具体)?(?:实施)?细则)",
    re.IGNORECASE,
)


def later_drafter_names(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The bodies a text names only as the future drafters of another act's detailed rules.

    "China's top legislature passed a Public Data Law ... The National Data Administration will
    draft the detailed rules.": the legislature acts; the administration's part is a later step
    the text only foresees, like a document's legal basis. A name the text gives elsewhere too
    keeps its reading from there.
    """
    drafter: set[str] = set()
    elsewhere: set[str] = set()
    for mention in mentions:
        if mention.entity_id is None or mention.entity_id not in entities:
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is not None and sentence.part != "title":
            before = to_simplified(sentence.text[: mention.start - sentence.start])
            after = to_simplified(sentence.text[mention.end - sentence.start :])
            if _DRAFTER_BEFORE.search(before) and _DRAFTER_AFTER.match(after):
                drafter.add(mention.entity_id)
                continue
        elsewhere.add(mention.entity_id)
    return frozenset(drafter - elsewhere)


#: A company named as one of the entries of an authority's list (an app notice, a batch of game
#: approvals, a filing list): 其中包括腾讯旗下一款阅读类应用, 腾讯、网易均有新作在列.
_ENTRY_BEFORE = re.compile(r"其中(?:包括|有)(?:[^，。；！？]{0,12}?[、和及与])?$")
_ENTRY_AFTER = re.compile(
    r"^[^，。；！？]{0,16}?(?:均|也|亦|等)?[^，。；！？]{0,4}?(?<![不未没])在列"
)
#: A negation anywhere in the gap before 在列: 没有在列, 并没有在列, 无一在列, 也不会在列.
_ENTRY_NEGATED = re.compile(r"不|未|没|无一|均无|并非")
#: What makes 其中包括 a list of an authority's entries, in its sentence or the one before: a
#: list, a batch, a count of apps or products, a grant, a notice (not a round's investors).
_ENTRY_LIST_WORD = re.compile(r"名单|批|款|应用|产品|获批|通报|目录|清单")


def listed_entries(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The companies named as entries of a list an authority the text names has issued.

    "工业和信息化部……发现38款APP存在……问题。其中包括腾讯旗下一款阅读类应用", "共156款游戏获批。
    腾讯、网易均有新作在列": the company is one of the notice's targets or grantees, as a company
    the authority names alone would be. Only in a text that names an agency or a government; the
    caller checks that the article tells an act (the rules' stage). A company 不在列, 未在列 or
    with any negation before 在列 (没有在列, 无一在列) is left out of the list; 其中包括 reads a
    list only beside a list word (名单, 批, 款, 应用, 通报...) in its sentence or the one before.
    """
    if not any(
        (e := entities.get(m.entity_id or "")) is not None and e.type in ("agency", "government")
        for m in mentions
    ):
        return frozenset()
    out: set[str] = set()
    for mention in mentions:
        entity = entities.get(mention.entity_id or "")
        if entity is None or entity.type != "company" or not has_cjk(mention.text):
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is None or sentence.part == "title":
            continue
        before = sentence.text[: mention.start - sentence.start]
        after = sentence.text[mention.end - sentence.start :]
        if _ENTRY_BEFORE.search(before):
            earlier = [s for s in sentences if s.end <= sentence.start]
            previous = earlier[-1] if earlier else None
            if _ENTRY_LIST_WORD.search(sentence.text) or (
                previous is not None and _ENTRY_LIST_WORD.search(previous.text)
            ):
                out.add(entity.id)
        elif (entry := _ENTRY_AFTER.match(after)) is not None and not _ENTRY_NEGATED.search(
            entry.group(0)
        ):
            out.add(entity.id)
    return frozenset(out)


#: A record's field naming its authority or party, at the start of a sentence: "Contracting
#: authority: Jiangsu provincial government", "Authority: State Administration for Market
#: Regulation. Party: Tencent Holdings.", 采购人：深圳市工业和信息化局; a guide's numbered field
#: naming the office that handles the procedure: 二、受理机关：……; an award notice's buyer and
#: winner: "Purchaser: Shanghai Municipal People's Government", "Winning bidder: Huawei", 中标人：
_FIELD_LABEL = re.compile(
    r"^\W*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．)）]\s*)?"
    r"(?:(?:contracting|issuing|deciding|awarding)\s+authority|authority|party|parties"
    r"|respondent|purchaser|procuring\s+entity|buyer|(?:winning|successful)\s+(?:bidder|tenderer)"
    r"|采购人|当事人|处罚机关|发布机关|受理机关|办理机关|实施机关|中标人|中标供应商|成交供应商"
    r")\s*[:：]\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_FIELD_TYPES = frozenset({"agency", "government", "company"})


def field_names(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The authorities and parties a record in field form names as its fields' values.

    A register entry ("Authority: State Administration for Market Regulation. Party: Tencent
    Holdings. Penalty: 5 million yuan fine.") or a tender notice ("Contracting authority: Jiangsu
    provincial government") states each role in a label: the authority acts and the party is
    acted on, however flat the record's sentences read. Only a name that opens its field.
    """
    out: set[str] = set()
    for mention in mentions:
        entity = entities.get(mention.entity_id or "")
        if entity is None or entity.type not in _FIELD_TYPES:
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is None or sentence.part == "title":
            continue
        if _office_place(mention, mentions, entities, sentence):
            continue  # 深圳市 in 深圳市互联网信息办公室: the office's place, not the field's value
        start = mention.start
        for place in mentions:
            # the office named with its city opens the field: 受理机关：深圳市互联网信息办公室
            if (
                place is not mention
                and place.end <= start <= place.end + 1
                and place.start >= sentence.start
                and _office_place(place, mentions, entities, sentence)
            ):
                start = place.start
        before = to_simplified(sentence.text[: start - sentence.start])
        if len(before) <= 40 and _FIELD_LABEL.search(before):
            out.add(entity.id)
    return frozenset(out)


#: An obituary, in its title or its first sentence: "Obituary:", "..., dies at 86", "died on
#: Sunday aged 81", "died ... at the age of 84", 享年 (逝世，享年九十岁). An age is a number
#: closing its clause or given as one: not "died at 11:40 pm", "died at 14 sites", "died at 10
#: Downing Street".
_OBITUARY_HEAD = re.compile(
    r"^\s*obituary\b|\bdie[sd]\b[^.]{0,60}?\b(?:aged\s+\d{2,3}\b|at\s+the\s+age\s+of\s+\d{2,3}\b"
    r"|at\s+\d{2,3}(?=\s*(?:[,;)]|\.(?:\s|$)|$)))|享年",
    re.IGNORECASE,
)
#: Anywhere: "is survived by".
_OBITUARY_ANYWHERE = re.compile(r"\b(?:is|are)\s+survived\s+by\b", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.!?](?=\s|$)|[。！？]|$)")


def _is_obituary(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    head = lines[:1]
    if len(lines) > 1 and (first := _FIRST_SENTENCE.match(lines[1])) is not None:
        head.append(first.group(0))
    return any(_OBITUARY_HEAD.search(part) for part in head) or bool(
        _OBITUARY_ANYWHERE.search(text)
    )


def obituary_names(
    text: str, mentions: Sequence[Mention], entities: Mapping[str, WatchEntity]
) -> frozenset[str]:
    """The names of an obituary: a life told as history, no name of it acting in the news.

    An obituary names the bodies the dead person worked for or advised ("helped start production
    lines for TSMC ... and later for SMIC", "advised the Ministry of Industry and Information
    Technology on its founding"): history, not the news. The caller reads it only where the
    rules find no act (stage ``none``); an obituary that also reports an act keeps its reading.
    """
    if not _is_obituary(text):
        return frozenset()
    return frozenset(
        m.entity_id for m in mentions if m.entity_id is not None and m.entity_id in entities
    )


def named_in_items_and_grants(
    about: Sequence[EntitySalience],
    idle: Collection[str],
    acting: Collection[str],
) -> list[EntitySalience]:
    """``about`` with an itemised piece's idle names minor and the acting names main.

    ``idle`` and ``acting``: from :func:`item_names` and :func:`grant_givers`; the salience
    scores and order stay.
    """
    return [
        replace(a, main=True)
        if a.entity_id in acting
        else replace(a, main=False)
        if a.entity_id in idle
        else a
        for a in about
    ]


# -- reported signals -------------------------------------------------------------------------


def _find_trigger(text: str, trigger: str) -> int:
    """Where ``trigger`` starts in ``text`` as whole words (-1 if nowhere).

    A trigger is a run of tokens: "ban" is found in "before the ban", not inside "The bank"
    earlier in the sentence (Chinese has no word boundaries: found as it is).
    """
    lowered, wanted = text.lower(), trigger.lower()
    if not wanted or has_cjk(wanted):
        return lowered.find(wanted) if wanted else -1
    match = re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", lowered)
    return match.start() if match is not None else lowered.find(wanted)


def _trigger_start(signal: Signal, sentence: Sentence) -> int:
    """Where the signal's trigger starts in the tagged text (its sentence start if not found)."""
    if signal.trigger:
        at = _find_trigger(sentence.text, signal.trigger)
        if at >= 0:
            return sentence.start + at
    return sentence.start


def _background_by_parse(parsed: Parsed, start: int, end: int, cues: AboutCues) -> bool:
    span = parsed.doc.char_span(start - parsed.offset, end - parsed.offset, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for token in [span.root, *_ancestors(span.root)][:6]:
        if token.dep_ == "prep" and cues.background_before.search(token.lower_):
            return True
        if _headline_predicate(token):
            continue
        if (
            token.dep_ in ("relcl", "acl")
            and token.head.lower_ not in _POLICY_NOUNS
            and token.head.lower_ not in cues.content_heads
            and not _names_policy_content(token.head)
        ):
            return True
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and cues.background_before.search(c.lower_) for c in token.children
        ):
            return True
    return False


def _headline_predicate(token: Token) -> bool:
    """Whether a participle is the predicate of a headline without a verb.

    Headline grammar drops the auxiliary ("Nine AI firms blacklisted by US", "EU probing
    Temu's sellers"); the parser then hangs the participle on the noun as a reduced relative
    clause, but it is the news itself, not a clause about something else: the sentence's root
    is that noun, with no verb of its own, or the noun opens a headline whose attribution the
    parser made the root ("US probing Samsung's servicing, sources say": the noun hangs on
    "say" as an unlabelled ``dep``). The parse here has no part-of-speech tags: a participle
    is read from its "-ed" or "-ing" or its "by" agent.
    """
    head = token.head
    return (
        token.dep_ == "acl"
        and token.i > head.i
        and (head.dep_ == "ROOT" or (head.dep_ == "dep" and head.i == head.sent.start))
        and (token.lower_.endswith(("ed", "ing")) or any(c.dep_ == "agent" for c in token.children))
    )


def _names_policy_content(noun: Token) -> bool:
    """Whether a noun is what a policy noun is about: "a law on the digital industry that ...".

    The parser hangs a relative clause on the nearest noun; when that noun completes a rule's
    phrase ("law on X", "rules for X"), the clause still tells what the rule does.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    holder = prep.head  # "a law on X", or the verb of "passed a law on X" (the parser's choice)
    if holder.lower_ in _POLICY_NOUNS:
        return True
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _POLICY_NOUNS for c in holder.children
    )


# A context word a few words before a trigger, across a clause break or a coordination: "to
# comply with the bloc's AI Act", "complies with the AI Act and data protection rules".
_CONTEXT_WINDOW = re.compile(
    r"(?<!\w)(?:amid|compl(?:y|ies|ied|ying) with|under|despite|like|than)\W+"
    r"(?:\w+\W+){0,5}(?:(?:and|or)\W+(?:\w+\W+){0,3})?$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


#: A licence or approval that was missing: "shipped ... without the required licences", 未经许可.
_WITHOUT = re.compile(
    r"(?:\bwithout(?:\s+(?:a|an|the|any|prior|required|necessary|proper|official|export))*\s*"
    r"|未经|未取得|未获)$",
    re.IGNORECASE,
)
#: Words that make a sentence tell an offence and its penalty or case.
_OFFENCE = re.compile(
    r"\b(?:fined|fines?|penalt(?:y|ies)|penalised|penalized|charged|convicted|investigat\w+|"
    r"probe[sd]?|probing|seized|smuggl\w+|violat\w+|illegal(?:ly)?)\b"
    r"|罚款|处罚|案件|查获|查处|违规|违法|走私|立案|没收",
    re.IGNORECASE,
)


#: Kinds an offence names by the rule it broke: "fined for sharing drivers' location data" reports
#: a data rule enforced (a ban's verb after "fined for", "fined for blocking links", is only the
#: conduct).
_RULE_BROKEN = frozenset({"data-security-rule"})


def _is_conduct(signal: Signal, sentence: Sentence, start: int, cues: AboutCues) -> bool:
    """Whether the trigger is what someone is punished for.

    "fined for blocking app links": an act in -ing after "for" or "over". And a licence or an
    approval that was missing, in a sentence that tells the offence ("fined for sending data
    abroad without the required clearance", 查获未经许可出口管制物项案件): the requirement is
    what the offence broke, not news of its own.
    """
    if signal.kind == "approval-requirement":
        before = sentence.text[: max(0, start - sentence.start)]
        missing = _WITHOUT.search(before) is not None or signal.trigger.lower().startswith(
            "without"
        )
        if missing and _OFFENCE.search(sentence.text):
            return True
    first = signal.trigger.split()[0].lower() if signal.trigger.split() else ""
    if not first.endswith("ing") or signal.kind in _RULE_BROKEN:
        return False
    before_word = _WORD_BEFORE.search(sentence.text[: max(0, start - sentence.start)])
    return before_word is not None and before_word.group(1).lower() in cues.conduct


def _history_before_end(signal: Signal, sentence: Sentence, start: int, cues: AboutCues) -> bool:
    """Whether a history word ("last year", "in 2020") dates the trigger's clause or one before it.

    A later clause that dates something else ("..., up from 26 trillion won announced last
    year") leaves the trigger's news alone.
    """
    at = start - sentence.start + len(signal.trigger)
    rest = sentence.text[at:]
    ends = [
        m.start()
        for m in (
            _CLAUSE_BREAK.search(rest),
            _SUBORDINATE_AFTER.search(rest),
            _EARLIER_ACT_AFTER.search(rest),
        )
        if m
    ]
    upto = sentence.text[: at + min(ends, default=len(rest))]
    return (
        cues.background_anywhere.search(upto) is not None or _EARLIER_YEAR.search(upto) is not None
    )


#: A clause that opens after the trigger's words and tells something else: "would oblige exporters
#: to report any sign that chips had been diverted" ("had been" dates the diversion, not the duty).
_SUBORDINATE_AFTER = re.compile(r"\s(?:that|whether|if|when|which|who)\s", re.IGNORECASE)


#: A relative clause without "that" telling the earlier act an act undoes or changes: "has lifted
#: the block it placed on the app last year", "revoked the licence they granted in 2021" (the date
#: is the earlier act's: the lift or the revocation is the news).
_EARLIER_ACT_AFTER = re.compile(
    r"\s(?:it|they|the\s+\w+)\s+(?:had\s+)?(?:imposed|placed|put|granted|issued|gave|set|"
    r"introduced)\s",
    re.IGNORECASE,
)


#: A year before the ones ``[background] anywhere`` lists ("since 2017" ... "in 2024"): "has
#: been banned since 2016", "in 2009" date a state or an event from long ago.
_EARLIER_YEAR = re.compile(r"\b(?:since|in)\s+(?:1[89]\d\d|200\d|201[0-6])\b", re.IGNORECASE)


#: A time adverbial fronted before the sentence's comma scopes over every clause after it: "Since
#: January 2025, American investors have had to notify ... and some deals are barred", 此前，多地
#: 已出台……，对……给予资金支持 (a state from before the news, whatever clause the trigger is in).
_FRONTED_PAST = re.compile(
    r"^\W*(?:since\s+(?:(?:early|late|mid-?)\s+)?(?:(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\s*,"
    r"|previously\s*,|until\s+now\s*,"
    r"|此前[，,]|早在[^，,。]{1,16}[，,]|近年来[，,]|多年来[，,])",
    re.IGNORECASE,
)


#: A filing or registration done, in the perfect: "said the model had completed the filing",
#: 称已完成备案, 已按照《……办法》完成备案 (the words between may name the rule it was done under).
_DONE_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+)?completed\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}$"
    r"|已(?:经)?(?:按照[^，。；]{0,40}|按规定|依法)?完成(?:了)?[^，。；]{0,10}$",
    re.IGNORECASE,
)
_DONE_HEADS = re.compile(r"filing|registration|备案|登记", re.IGNORECASE)


def _compliance_done(signal: Signal, sentence: Sentence, start: int) -> bool:
    """Whether a filing is one a company says it has done, not a requirement the news sets.

    "Zhipu ... said the service had completed the registration", 阿里云称新模型已完成备案: the
    perfect tells a duty met, the background of a product launch. An authority acting in the
    clause before ("the regulator published 58 services that have completed registration",
    网信办……已完成备案的) keeps it: the authority's act on filings is the news.
    """
    if signal.kind != "approval-requirement" or not _DONE_HEADS.match(signal.trigger):
        return False
    before = sentence.text[: max(0, start - sentence.start)]
    if _DONE_BEFORE.search(before) is None:
        return False
    if has_cjk(before):
        return _AUTHORITY_ZH_ACTOR.search(_TITLE_ZH.sub("", before)) is None
    return _AUTHORITY.search(before) is None


# A rule named as the source of duties someone meets: "to help model makers meet the transparency
# and copyright obligations of the AI Act" is compliance with it, context like "comply with".
_OBLIGATIONS_OF = re.compile(
    r"\b(?:meet|meets|meeting|met|fulfil|fulfils|fulfill|fulfills|fulfilling|satisfy|satisfies)"
    r"\b[^.;:]{0,60}?\b(?:obligations|requirements|duties)\s+(?:of|under|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A company's product or act said to meet a rule: "said the feature meets California's new law",
#: "saying the chip is fully compliant with US export controls", "conforms to the rules" (the
#: third person or a participle: "must meet the AI Act's rules" is a duty, and news). The words
#: between hold no "to" ("meets industry groups to discuss rules" is no compliance).
_MEETS_RULE = re.compile(
    r"(?<!\w)(?:compliant\s+with|in\s+compliance\s+with|conform(?:s|ed|ing)?\s+(?:to|with)"
    r"|meets|satisfies)\s+(?:(?!to\b)[\w'\u2019.-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: The regime as it stands, described: 我国目前对人工智能的监管主要依靠部门规章和国家标准, "the
#: country currently relies mainly on voluntary standards" (what oversight rests on today is the
#: setting of a feature, not an act).
_REGIME_NOW = re.compile(
    r"(?:目前|当前|现阶段)[^，。；]{0,20}(?:主要|仍|仍然|基本)?(?:依靠|依赖|依托)[^，。；]{0,20}$"
    r"|\b(?:currently|still|so\s+far|for\s+now)\s+(?:relies|rely|rests|rest|depends|depend)"
    r"\s+(?:mainly\s+|largely\s+|chiefly\s+)?on\s+(?:[\w'\u2019-]+\s+){0,5}$",
    re.IGNORECASE,
)
#: Kinds counted in money or cases, whose figures "hit" a level as news ("EU fines hit a record").
_COUNTED_KINDS = frozenset({"enforcement-fine", "subsidy-funding"})
#: A rule as the subject of what it did to a business: "US export rules had cut the company's
#: China business to almost nothing", "curbs weigh on sales". The rule is the cause the article
#: reports an effect of, context like "hit by the curbs".
_EFFECT_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:already\s+)?(?:cut|hit|hurt|weighed|dented|slashed|squeezed"
    r"|hammered|wiped|erased|halved|reduced)\b"
    r"|(?:hit|hits|hurt|hurts|weigh|weighs|weighed|dent|dents|dented|squeeze|squeezes|squeezed"
    r"|hammer|hammers|hammered)\s+(?:on\s+)?(?:the\s+|its\s+|their\s+)?\w+)",
    re.IGNORECASE,
)


#: A rule as a cause, in two forms ``_EFFECT_AFTER`` does not read: the perfect after a
#: coordinated subject ("where US export controls and local pressure on buyers have shut it out
#: of the market") with the verbs of being kept out, and a risk a company names ("warned that
#: export restrictions could hurt its sales"). A results story or an annual report names the
#: rule as the reason for a figure; the rule is context.
_RISK_AFTER = re.compile(
    r"^(?:\s+and\s+(?:[\w'\u2019-]+\s+){1,5}?)?\s*(?:"
    r"(?:have|has|had)\s+(?:already\s+|largely\s+|effectively\s+|all\s+but\s+)?"
    r"(?:shut|locked|kept|pushed|forced|driven|priced|cut|hit|hurt|weighed|dented|squeezed"
    r"|hammered|halved|reduced)\b"
    r"|(?:could|may|might)\s+(?:further\s+|continue\s+to\s+|also\s+)?(?:hurt|hit|weigh|dent"
    r"|reduce|cut|squeeze|limit|affect|harm|disrupt|curtail|erode)\b)",
    re.IGNORECASE,
)


#: A rule a company names as a risk to its business, the object of naming or listing: "named
#: Dutch and US export restrictions as the main risk to the forecast", "lists US export controls
#: ... among its principal risks". A results story or an annual report gives the rule as the
#: setting of its figures.
_NAMED_AS_RISK_BEFORE = re.compile(
    r"\b(?:nam(?:e|es|ed|ing)|list(?:s|ed|ing)?|cit(?:e|es|ed|ing)|flag(?:s|ged|ging)?"
    r"|identif(?:y|ies|ied|ying))\s+(?:[\w'\u2019-]+\s+){0,6}$",
    re.IGNORECASE,
)
_NAMED_AS_RISK_AFTER = re.compile(
    r"^[^.;:]{0,80}?\b(?:as|among)\s+(?:(?:a|an|the|its|their|one\s+of\s+(?:the|its))\s+)?"
    r"(?:(?:main|biggest|largest|greatest|key|chief|principal|major|top|single)\s+)?"
    r"(?:risks?|uncertaint(?:y|ies)|headwinds?|threats?)\b",
    re.IGNORECASE,
)
#: The rule as the subject of a risk: "export controls remained the main uncertainty for the
#: coming year", 出口管制带来的设备供应不确定性仍是明年最大的风险, 出口管制仍是最大不确定因素.
_RISK_PREDICATE_AFTER = re.compile(
    r"^(?:\s+(?:is|are|was|were|remain|remains|remained)\s+(?:still\s+)?(?:the|a|its|their)\s+"
    r"(?:(?:main|biggest|largest|greatest|key|chief|principal|major|single)\s+)?"
    r"(?:risk|uncertainty|headwind|threat)\b"
    r"|[^，。；,;]{0,20}?(?:风险|不确定性|不确定因素))",
    re.IGNORECASE,
)


#: A recommendation, not the act: a source that is no authority says what a government "should"
#: do ("the United States should require licences for the export of model weights, a think
#: tank said"). The act verb right after "should", and a recommending source in the sentence.
_SHOULD_BEFORE = re.compile(r"\bshould\s+(?:also\s+|now\s+|instead\s+|first\s+)?$", re.I)
_RECOMMENDER = re.compile(
    r"\bthink[- ]tanks?\b|\breport\b|\bstudy\b|\bpaper\b|\bresearchers\b|\banalysts?\b"
    r"|\bacademics\b|\bexperts?\b|\bcampaigners\b|\badvocates\b|\brecommend\w*"
    r"|\bargu(?:e|es|ed|ing)\b|\burg(?:e|es|ed|ing)\b",
    re.IGNORECASE,
)


#: A recommendation by its verb, not the act: "urged Congress to require export licences",
#: "calls on ministers to ban", "urges licences for exports" (headline grammar): the verb of
#: urging right before the act's words, at most a few words and "to" (and the act's own verb)
#: between, in a clause with no full stop or semicolon.
_URGED_BEFORE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|call(?:s|ed|ing)?\s+for|"
    r"recommend(?:s|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying))\s+"
    r"(?:(?:[\w'\u2019.-]+\s+){0,6}?to\s+(?:[a-z]+\s+)?)?$",
    re.IGNORECASE,
)
#: Urging not to act, in headline grammar, the act's object between ("urges Washington not to
#: widen China curbs", "asks Brussels not to extend battery curbs"): the verb of urging, its
#: addressee, "not to", the verb and up to two words of the object.
_URGED_NOT_BEFORE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?"
    r"|lobb(?:y|ies|ied|ying))\s+(?:[\w'\u2019.-]+\s+){0,4}?not\s+to\s+[a-z]+\s+"
    r"(?:[\w'\u2019.-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A think tank or a study: a source that is no authority (``_ADVOCATE``) and a reviewer
#: (``_REVIEWER``).
_STUDY_NOUNS = r"think[- ]tanks?|study"
#: A source that is no authority: a think tank, a study, researchers, analysts, an
#: industry or campaign group (a government urging another to act is news of that pressure).
_ADVOCATE = re.compile(
    r"\b(?:" + _STUDY_NOUNS + r")\b|\bresearchers\b|\banalysts?\b"
    r"|\bacademics\b|\bexperts?\b|\bcampaigners\b|\badvocates\b|\badvocacy\b"
    r"|\b(?:industry|lobby|trade|rights|consumer|campaign|pressure)\s+groups?\b|\blobby(?:ists)?\b"
    r"|\binstitute\b|智库|研究机构|报告建议"
    # a trade body by its own nouns: "the chipmakers' group", "an industry association", 行业协会
    r"|\b\w+(?:s'|'s|s\u2019|\u2019s)\s+(?:group|body|lobby|association)\b"
    r"|\b(?:association|federation|coalition)\b|\bchambers?\s+of\s+commerce\b|行业协会|商会",
    re.IGNORECASE,
)


def _urged_to_act(before: str, text: str) -> bool:
    """Whether the act's words follow a verb of urging and the urging source is no authority."""
    urged = _URGED_BEFORE.search(before) is not None or _URGED_NOT_BEFORE.search(before) is not None
    return urged and _ADVOCATE.search(text) is not None


#: A demand right before a take-down, in the same clause (要求……下架, 督促……下架, 责成……下架):
#: the order's content, a restriction on what may stay online, not a penalty for a breach.
_TAKEDOWN_DEMANDED = re.compile(r"(?:要求|督促|责成|責成)[^。！？；]{0,30}$")
#: A breach or a sanction in the sentence: a take-down demanded for it is enforcement
#: (督促应用商店下架37款违规应用, 责令其下架相关App整改).
_TAKEDOWN_SANCTION = re.compile(
    r"违规|違規|违法|違法|依法|整改|处罚|處罰|责令|責令|罚|罰|通报|通報|查处|查處"
)


def _demanded_takedown(signal: Signal, text: str, before: str) -> bool:
    """Whether a bare 下架 read as enforcement is a demanded take-down with no breach named.

    On the read sets the gold gives such a take-down the order's kind (a restriction, or the
    rule's own kind), never a fine or an enforcement; with a breach or a sanction in the
    sentence the take-down is enforcement.
    """
    return (
        signal.kind == "enforcement-fine"
        and signal.trigger == "下架"
        and _TAKEDOWN_DEMANDED.search(before) is not None
        and _TAKEDOWN_SANCTION.search(text) is None
    )


def _not_the_act(signal: Signal, sentence: Sentence, start: int) -> bool:
    """Words that name a kind but are not its act (the seventeenth round's precision classes).

    A recommendation's "should require" from a think tank or a report; a penalty a Chinese
    text sets (罚款上限, 罚款……提高: the content of a law, not a fine imposed); a take-down
    demanded with no breach named (要求平台下架未标识的视频: a restriction, not enforcement).
    """
    before = sentence.text[: start - sentence.start]
    if _SHOULD_BEFORE.search(before) and _RECOMMENDER.search(sentence.text):
        return True
    if _urged_to_act(before, sentence.text):
        return True
    if _demanded_takedown(signal, sentence.text, before):
        return True
    after = sentence.text[start - sentence.start + len(signal.trigger) :]
    if _duty_over_read(signal, sentence.text, before, after):
        return True
    if signal.kind != "enforcement-fine" or not has_cjk(signal.trigger):
        return False
    match = re.compile(re.escape(signal.trigger)).search(sentence.text, start - sentence.start)
    return match is not None and _penalty_content(sentence.text, match)


#: A duty to report or notify incidents, breaches or vulnerabilities: a data and security duty,
#: no approval ("must report actively exploited vulnerabilities to national authorities").
_INCIDENT = re.compile(
    r"\b(?:incident|breach|cyberattack|attack|vulnerabilit|intrusion|hack)|安全事件|漏洞",
    re.IGNORECASE,
)
_REPORT_DUTY = re.compile(r"\b(?:report|notif|inform)|报告|上报", re.IGNORECASE)
#: A suspension until a check is passed: the check is the act, no sanction ("ordered X to
#: suspend the feature until it passes a security assessment").
_UNTIL_CHECK = re.compile(
    r"\buntil\b[^.;]{0,40}\b(?:pass|passes|obtain|obtains|complete|completes|clear|clears|receive"
    r"|receives)\b[^.;]{0,30}\b(?:assessment|review|approval|licen[cs]e|filing)",
    re.IGNORECASE,
)
_STOP_ORDER = re.compile(r"\b(?:suspend|halt|stop|cease|pause)\b", re.IGNORECASE)
#: A standing practice that goes on (商务部将继续依法依规审查出口许可申请, "will continue to
#: review applications"): the regime at work, no new approval duty.
_CONTINUES = re.compile(
    r"继续[^，。；：]{0,8}$|\bcontinues?\s+to\s+(?:\w+\s+){0,2}$|\bwill\s+continue\s+to\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: A price's or fee's filing (收费标准须报……备案): price regulation, no approval to operate.
_PRICE_FILING = re.compile(r"(?:价格|收费标准|收费|定价)[^，。；]{0,16}$")


#: Money or a plan approved right after "has approved": a grant or the authority's own plan, no
#: approval a company needs ("has approved up to 100 billion yen in new subsidies", "approved a
#: plan to link computing centres").
_APPROVED_MONEY = re.compile(
    r"^\s*(?:up\s+to\s+|about\s+|nearly\s+|a\s+further\s+|another\s+|an\s+extra\s+)?"
    r"(?:[$€£¥]|\d[\d.,]*\s+(?:(?:billion|million|trillion|bn)\s+)?(?:yen|won|euros?|dollars?"
    r"|yuan|pounds?|rupees?|francs?|ringgit|baht|rupiah|kronor)\b|a\s+plan|the\s+plan|plans|(?:new\s+|fresh\s+)?(?:subsid|grants?\b|funding"
    r"|funds\b|aid\b)|a\s+budget|the\s+budget|a\s+programme|a\s+program)",
    re.IGNORECASE,
)


#: A ban that goes on ("several states still bar Huawei from their networks"): the setting of
#: the news, no new act (the restriction form of ``_CONTINUES``).
_STILL_BEFORE = re.compile(r"\bstill\s+$", re.IGNORECASE)
#: A ban word used as an adjective before a noun, after a preposition or a determiner ("filter
#: banned content", "a list of prohibited items"): it names a category, no act.
_BAN_ADJECTIVE = re.compile(r"^(?:banned|prohibited|forbidden|blacklisted)$", re.IGNORECASE)
_BAN_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:for|of|on|with|against|filter|filters|filtering|any|all|such|other)\s+$", re.IGNORECASE
)
_BAN_ADJECTIVE_AFTER = re.compile(
    r"^\s+(?!(?:from|by|in|on|under|since|for|at|as|until|and|or|to|with|after|before|the|a|an)"
    r"\b)[a-z]+",
    re.IGNORECASE,
)


#: A state fund as a party to a deal, not money given: "a state fund's purchase of a stake",
#: "the sovereign fund bought".
_FUND_WORDS = re.compile(r"^(?:state|government|national|public|sovereign)\s+funds?$", re.I)
_FUND_AS_BUYER_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:purchase|stake|investment|bid|acquisition|takeover|deal|offer|holding)"
    r"|^\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:bought|buys|buying|acquired|acquires|acquiring"
    r"|purchased|purchases|sold|sells|selling|invested|invests|bid|bids)\b",
    re.IGNORECASE,
)
#: Money halted (叫停算力补贴, 算力券补贴将被全面叫停): a funding act, no restriction.
_HALT_ZH = re.compile(r"^(?:叫停|暂停|停止)$")
_MONEY_ZH = r"(?:补贴|补助|奖励|奖补|资金|扶持|算力券|消费券|券)"
_MONEY_HALTED_BEFORE = re.compile(_MONEY_ZH + r"[^，。；！？,]{0,8}$")
_MONEY_HALTED_AFTER = re.compile(r"^[^，。；！？,]{0,6}?" + _MONEY_ZH)
#: Licences stopped being issued ("had stopped issuing export licences"): the halt is the
#: restriction, no new licence duty.
_HALTED_BEFORE = re.compile(
    r"\b(?:stop|stops|stopped|stopping|halt\w*|suspend\w*|freez\w*|froze|frozen|paus\w*"
    r"|ceas\w*)\s+$",
    re.IGNORECASE,
)


def _duty_over_read(signal: Signal, text: str, before: str, after: str) -> bool:
    """A duty verb read as a kind it is not (the nineteenth round's precision classes).

    Each is a class of wording, not a sentence: a duty to report incidents read as an approval;
    data sold read as an export ("barring a broker from selling location data to"); an order to
    suspend until a check is passed read as a fine; a practice that continues (继续……审查) read
    as a new approval; a price's filing (收费标准……备案) read as an approval; money or a plan
    approved ("has approved up to 100 billion yen in subsidies") read as an approval duty; a ban
    that goes on ("still bar") or a ban word used as an adjective ("filter banned content") read
    as a new restriction (the twentieth round).
    """
    trigger = signal.trigger
    if signal.kind == "subsidy-funding":
        # a state fund buying or selling (the twenty-first round)
        return _FUND_WORDS.match(trigger) is not None and bool(_FUND_AS_BUYER_AFTER.match(after))
    if signal.kind == "approval-requirement":
        if _REPORT_DUTY.search(trigger) and _INCIDENT.search(text):
            return True
        if re.match(r"issu", trigger, re.IGNORECASE) and _HALTED_BEFORE.search(before):
            return True  # licences no longer issued: the halt's restriction (twenty-first round)
        if _CONTINUES.search(before):
            return True
        if signal.trigger.lower().endswith("approved") and _APPROVED_MONEY.match(after):
            return True
        return "备案" in trigger and _PRICE_FILING.search(before) is not None
    if signal.kind == "restriction":
        if _STILL_BEFORE.search(before):
            return True  # "several states still bar Huawei from": a standing practice
        if _HALT_ZH.match(trigger) and (
            _MONEY_HALTED_BEFORE.search(before) or _MONEY_HALTED_AFTER.match(after)
        ):
            return True  # 叫停……补贴: a subsidy halted is funding (the twenty-first round)
        return _BAN_ADJECTIVE.match(trigger) is not None and (
            _BAN_ADJECTIVE_BEFORE.search(before) is not None
            and _BAN_ADJECTIVE_AFTER.match(after) is not None
        )
    if signal.kind == "export-control":
        sold_data = re.search(r"\bdata\b", trigger, re.IGNORECASE) is not None
        return sold_data and "export" not in trigger.lower()
    if signal.kind == "enforcement-fine":
        return bool(_STOP_ORDER.search(trigger)) and _UNTIL_CHECK.search(text) is not None
    return False


#: A Chinese designation by its own words (将……认定为): the act, whatever basis (依据《……法》)
#: comes before it; the law it is made under is the kind the read sets give it.
_DESIGNATION_ZH = re.compile(r"^将.{1,16}认定为$")


def _designation_zh(signal: Signal) -> bool:
    """Whether the signal is a designation under a law in Chinese (将……认定为)."""
    return signal.kind == "law-regulation" and _DESIGNATION_ZH.match(signal.trigger) is not None


# "under a bill", "under a draft": a new instrument, named with an indefinite article, that
# carries the news ("under the AI Act", "under existing rules" are context)
_NEW_VEHICLE = re.compile(r"\bunder an?\s+(?:new\s+|proposed\s+|draft\s+)?$", re.IGNORECASE)
_NEW_VEHICLE_HEAD = re.compile(r"(?:bill|bills|draft|legislation|law|proposal)\b", re.IGNORECASE)


#: A licence, permit or filing is required of companies, never a step of law-making: "a plan to
#: require export licences, the minister wrote to parliament" names a legislature as addressee.
_LICENCE = re.compile(r"licen[cs]|permit|registr|备案|许可|牌照", re.IGNORECASE)


def is_background(
    signal: Signal,
    sentence: Sentence,
    parses: Sequence[Parsed],
    cues: AboutCues,
) -> bool:
    """Whether a signal's sentence gives it as context (an earlier rule, a comparison...)."""
    start = _trigger_start(signal, sentence)
    if _history_before_end(signal, sentence, start, cues):
        return True
    if _FRONTED_PAST.match(sentence.text):
        return True
    if (
        signal.kind == "approval-requirement"
        and cues.procedure.search(sentence.text)
        and not _LICENCE.search(signal.trigger)
    ):
        return True  # "it needs approval from the European Parliament": a step of law-making
    if _is_conduct(signal, sentence, start, cues):
        return True
    if _compliance_done(signal, sentence, start):
        return True
    if _NEW_VEHICLE.search(sentence.text[: start - sentence.start]) and _NEW_VEHICLE_HEAD.match(
        signal.trigger
    ):
        return False  # "will require a licence under a bill the ministry will send to parliament"
    if _designation_zh(signal):
        return False  # 依据《……法》将……认定为: the designation is the act, the law its basis
    if _clause_cue(sentence, start, cues):
        return True
    # The words right before the trigger, across a clause break ("to comply with the AI Act").
    window = sentence.text[max(0, start - sentence.start - 50) : start - sentence.start]
    if _CONTEXT_WINDOW.search(window):
        return True
    wider = sentence.text[max(0, start - sentence.start - 90) : start - sentence.start]
    if _OBLIGATIONS_OF.search(wider):
        return True
    if _MEETS_RULE.search(window):
        return True  # "said the feature meets California's new law on companion chatbots"
    if _REGIME_NOW.search(sentence.text[: start - sentence.start]):
        return True  # "目前……主要依靠部门规章和国家标准": the regime today, the setting
    after = sentence.text[start - sentence.start + len(signal.trigger) :]
    if signal.kind not in _COUNTED_KINDS and signal.trigger and _EFFECT_AFTER.match(after):
        return True
    if signal.kind not in _COUNTED_KINDS and signal.trigger and _RISK_AFTER.match(after):
        return True  # "where export controls and local pressure have shut it out": a cause
    if signal.kind not in _COUNTED_KINDS and signal.trigger and _RISK_PREDICATE_AFTER.match(after):
        return True  # "export controls remained the main uncertainty for the coming year"
    if (
        signal.kind not in _COUNTED_KINDS
        and signal.trigger
        and _NAMED_AS_RISK_BEFORE.search(sentence.text[: start - sentence.start])
        and _NAMED_AS_RISK_AFTER.match(after)
    ):
        return True  # "named Dutch and US export restrictions as the main risk": a setting
    if signal.trigger and _not_the_act(signal, sentence, start):
        return True
    parsed = _parse_of(parses, start)
    if parsed is not None and signal.trigger:
        end = start + len(signal.trigger)
        return _background_by_parse(parsed, start, end, cues)
    return False


def mark_reported(
    signals: Sequence[Signal],
    sentences: Sequence[Sentence],
    parses: Sequence[Parsed],
    about: Sequence[EntitySalience],
    mentions: Sequence[Mention],
    cues: AboutCues,
    entities: Mapping[str, WatchEntity] | None = None,
    *,
    details: bool = True,
    review: bool | None = None,
) -> list[Signal]:
    """The signals with ``reported`` set: news the article reports, or background.

    A signal in the title or the first body sentence (where news states itself) is reported
    unless its sentence gives it as context (a cue before its trigger in its clause, a past date,
    a subordinate clause about something else). A signal further down is reported when it is not
    context and continues the reported news: the title or first sentence reports a policy action
    and the sentence repeats its kind, refers back to it ("the rules"), or names a main subject
    of the article; when they report none, when the article is about a policy actor (an agency,
    a government) and the sentence names it or refers back to a rule.

    ``review``: whether the title tells a reviewer's finding or a company's own risk disclosure,
    every signal then background (:func:`review_veto`; None: read here, False: the flags before
    that veto).
    """
    entities = entities or {}
    main = {a.entity_id for a in about if a.main}
    actors = {e for e in main if entities.get(e) is not None and entities[e].type in ACTOR_TYPES}
    opening = next((s.start for s in sentences if s.part != "title"), -1)
    names_in = _NamesIn(mentions)
    first: list[tuple[Signal, Sentence | None, bool]] = []
    for signal in signals:
        sentence = _sentence_of(sentences, signal.start)
        background = sentence is None or is_background(signal, sentence, parses, cues)
        first.append((signal, sentence, background))

    def in_head(sentence: Sentence) -> bool:
        return sentence.part == "title" or sentence.start == opening

    head_kinds = {
        s.kind
        for s, sent, background in first
        if sent is not None and in_head(sent) and not background
    }
    # kinds the title gives only as context ("revenue hits record amid tighter US curbs"): a later
    # sentence about the same kind goes on with that context ("the latest US restrictions had
    # delayed ..."), it is no news of its own
    head_context = {
        s.kind
        for s, sent, background in first
        if sent is not None and sent.part == "title" and background
    } - head_kinds
    out: list[Signal] = []
    own: set[int] = set()  # a company's own act: see _company_acts
    for signal, sentence, background in first:
        continued_context = sentence is not None and not in_head(sentence)
        if sentence is None or background or (continued_context and signal.kind in head_context):
            reported = False
        elif _company_acts(signal, sentence, mentions, entities) or _business_approval(
            signal, sentence
        ):
            reported = False
            own.add(len(out))
        elif in_head(sentence):
            reported = True
        elif not head_kinds:
            # The title and first sentence name no policy action (the rules missed it, or the
            # article is about something else): only a policy actor the article is about, named
            # here or referred back to, makes a later sentence's signal news; or an authority
            # acting on a main subject further down ("its parent disclosed that the regulator
            # had opened an investigation into the cloud unit": news buried under a title about
            # something else).
            names_actor = not actors.isdisjoint(names_in(sentence))
            reported = (bool(actors) and (names_actor or _refers_back(sentence, cues))) or (
                _authority_acts_on_main(signal, sentence, names_in(sentence), main, cues)
                or _authority_acts(signal, sentence, _opening_actor(sentence, mentions, entities))
                or _dated_act(signal, sentence, mentions, entities)
            )
        else:
            names_main = not main.isdisjoint(names_in(sentence))
            reported = signal.kind in head_kinds or names_main or _refers_back(sentence, cues)
        out.append(replace(signal, reported=reported))
    linked = sorted(
        (
            m
            for m in mentions
            if m.entity_id is not None and (entities is None or m.entity_id in entities)
        ),
        key=lambda m: m.start,
    )
    out = _digest_items(out, first, sentences, head_context, own, linked)
    out = _companions(out, first, in_head, head_context, own)
    out = _rule_as_vehicle(out, sentences)
    out = _issued_rules(out)
    out = _standstill(out)
    out = _summons_demands(out)
    out = _blocked_law(out)
    out = basis_of_other_act(out)
    out = _own_code(out, sentences, mentions, entities, cues)
    out = _money_document(out)
    out = _competition_clearance(out, sentences)
    out = _document_content(out, first, sentences)
    out = _factbox_rules(out, first, sentences)
    out = _act_shapes(out, first)
    if review is None:
        review = review_veto(out, sentences, mentions, entities)
    if review:
        out = _review_title(out)
    return stage_only_details(out, cues) if details else out


#: The nouns of a document whose own sentences carry its content: a list, a quota, a catalogue,
#: a plan, a local regulation (名单, 清单, 指标, 目录, 条例; "the list", "the quota", "the plan").
_DOC_NOUN = re.compile(
    r"名单|清单|指标|配额|目录|条例|规划|方案|\b(?:list|quota|quotas|catalogue|catalog|plan|programme"
    r"|program|regulation)\b",
    re.IGNORECASE,
)
#: A duty or a benefit the document sets: 不得, 禁止, 限制, 资金, 奖励, 免征; "must not",
#: "barred", "funds", "subsidies".
_DOC_DUTY = re.compile(
    r"不得|禁止|严禁|限制|资金|奖励|补贴|免征|减免|\b(?:must|may|cannot|barred|banned|prohibited"
    r"|forbidden|funds?|subsid\w*|grants?|rebates?|tax)\b",
    re.IGNORECASE,
)
_DOC_CONTENT_KINDS = frozenset({"restriction", "subsidy-funding", "approval-requirement"})


def _document_content(
    out: list[Signal],
    first: Sequence[tuple[Signal, Sentence | None, bool]],
    sentences: Sequence[Sentence],
) -> list[Signal]:
    """Duties and funds inside a reported document's own sentences are reported with it.

    A list's, a quota's or a plan's duties (列入名单的企业……不得参加政府采购,
    新版清单列有禁止准入事项, 各地不得超指标生产, "the plan provides central funds
    ... and subsidies") and a local regulation's fund (条例还明确……设立专项资金) are
    the document's content: when the title names the document by its noun (the article is
    about it) and the sentence names the same noun, the duty's or fund's kind is reported
    with it. A sentence that gives its kind as context for
    another reason (a past date, a comparison: ``is_background``) stays background.
    """
    title = next((s.text for s in sentences if s.part == "title"), "")
    nouns = {m.group(0).lower() for m in _DOC_NOUN.finditer(title)}
    if not nouns:
        return out
    context = {(s.start, s.kind) for s, _, background in first if background}
    result = []
    for s in out:
        if (
            not s.reported
            and s.kind in _DOC_CONTENT_KINDS
            and s.start > len(title)
            and (s.start, s.kind) not in context
            and _DOC_DUTY.search(s.trigger)
            and any(m.group(0).lower() in nouns for m in _DOC_NOUN.finditer(s.sentence))
        ):
            s = replace(s, reported=True)
        result.append(s)
    return result


#: A wire factbox by its title ("FACTBOX-China's rules for ...", "Factbox: ..."): a list of the
#: rules of a regime, each item the piece's news (the guide: an explainer's rule kinds are
#: reported, with the rules' stage).
_FACTBOX_TITLE = re.compile(r"^\s*fact\s?box\b", re.IGNORECASE)


def _factbox_rules(
    out: list[Signal],
    first: Sequence[tuple[Signal, Sentence | None, bool]],
    sentences: Sequence[Sentence],
) -> list[Signal]:
    """The rules a wire factbox lists are reported, whatever their dates.

    A factbox ("FACTBOX-China's rules for generative AI services") lists the rules of a regime,
    most of them in force for a while ("took effect in August 2023", "in force since 2022"):
    the dates that make a rule context in news are the items themselves here. Every kind of
    rule is reported; a fine (an event, not a rule: "breaches can bring fines") keeps its own
    reading, and words that are no act in any piece (``_not_the_act``: a ban word used as an
    adjective, "banned content") stay background.
    """
    title = next((s.text for s in sentences if s.part == "title"), "")
    if not _FACTBOX_TITLE.search(title):
        return out
    no_act = {
        (signal.start, signal.kind)
        for signal, sentence, _ in first
        if sentence is not None
        and signal.trigger
        and _not_the_act(signal, sentence, _trigger_start(signal, sentence))
    }
    result = []
    for s in out:
        if not s.reported and s.kind != "enforcement-fine" and (s.start, s.kind) not in no_act:
            s = replace(s, reported=True)
        result.append(s)
    return result


#: The title of a piece made of separate items, each its own news: a tracker, a round-up, a
#: briefing or digest, a newsletter's "five things to know", a week ahead, a year in review, a
#: "what changes on 1 January" calendar ("Regulatory tracker, week 22: ...", "Morning digest:
#: ...", "The week ahead: ...", "2028 in review: ...", "What changes on 1 January: ..."). Each
#: form is anchored: the digest noun right before the title's colon (or before its issue: ", week
#: 22"), the year in review at the title's start, "what changes" with "on" or "from" and a date.
#: "Brief" and "wire" are left out (verbs and single stories: "Senators brief press", "Reuters
#: wire: China fines Alibaba"). The title alone is not enough: see :func:`_itemised`.
_DIGEST_TITLE = re.compile(
    r"^[^:]{0,40}\b(?:tracker|round-?up|briefing|digest|newsletter)"
    r"(?:\s*,\s*(?:week|issue|no\.?|day)\s*\d{1,3})?\s*:"
    r"|^(?:the\s+)?week\s+ahead\b"
    r"|^(?:(?:the\s+)?(?:19|20)\d\d|the\s+year)\s+in\s+review\b"
    r"|^what\s+changes\s+(?:on|from)\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december|(?:19|20)\d\d)\b"
    r"|\b(?:three|four|five|six|seven|eight|ten|\d+)\s+things\s+to\s+know\b",
    re.IGNORECASE,
)


def _itemised(sentences: Sequence[Sentence], linked: Sequence[Mention]) -> bool:
    """Whether the body is made of items.

    Numbered or by day (:func:`list_items`), or at least :data:`_LABELS_AT_LEAST` labelled
    sentences (:func:`item_labels`, as :func:`labelled_item_actors` counts them; ``linked``:
    the article's linked mentions).
    """
    body = [s for s in sentences if s.part != "title"]
    if not body:
        return False
    if len(item_labels(body, linked)) >= _LABELS_AT_LEAST:
        return True
    text = [" "] * max(s.end for s in sentences)
    for s in sentences:
        text[s.start : s.start + len(s.text)] = s.text
    return bool(list_items("".join(text), body[0].start))


def _digest_items(
    out: list[Signal],
    first: Sequence[tuple[Signal, Sentence | None, bool]],
    sentences: Sequence[Sentence],
    head_context: Collection[str],
    own: Collection[int],
    linked: Sequence[Mention] = (),
) -> list[Signal]:
    """Every item of a piece made of separate items is news.

    The piece is one by its title (:data:`_DIGEST_TITLE`) and its itemised body
    (:func:`_itemised`). In a tracker, a digest, a week ahead, a year in review or a calendar of
    rules taking effect the later sentences are items of their own, not a continuation of the
    lead: a rule in one of them is reported though the title names another ("Fines: the market
    regulator fined a platform ...", "In June it handed grants to packaging plants"). A signal
    its sentence gives as context (a background cue), a kind the title gives as context and a
    company's own act stay as they were.
    """
    title = next((s.text for s in sentences if s.part == "title"), "")
    if not _DIGEST_TITLE.search(title) or not _itemised(sentences, linked):
        return out
    result = []
    for i, (s, (_, sentence, background)) in enumerate(zip(out, first, strict=True)):
        if (
            not s.reported
            and sentence is not None
            and sentence.part != "title"
            and not background
            and s.kind not in head_context
            and i not in own
        ):
            s = replace(s, reported=True)
        result.append(s)
    return result


#: An easing of a duty: "will no longer need a security assessment", "are no longer required to",
#: 不再需要, 无需再: the change is the news, whatever sentence tells it.
_EASING_BEFORE = re.compile(
    r"\bno\s+longer\s+(?:\w+\s+){0,3}$|不再(?:需要|要求|须|需)[^，。；]{0,12}$|无需再[^，。；]{0,12}$",
    re.IGNORECASE,
)
#: Rules in force now whose content a relative clause introduces: "The first rules, which take
#: effect immediately, bar Apple from ...", "the requirements, which apply from March, oblige".
_RULES_NOW_BEFORE = re.compile(
    r"\b(?:rules?|requirements?|measures?|obligations?)\s*,\s*(?:which|that)\s+(?:will\s+)?"
    r"(?:takes?\s+effect|apply|applies|comes?\s+into\s+force)\b[^,;]{0,30},\s*$",
    re.IGNORECASE,
)
#: A passive duty on the parties of a listing or designation: "Listed companies are barred from".
_PASSIVE_DUTY_BEFORE = re.compile(r"\b(?:are|is|will\s+be|would\s+be)\s+$", re.IGNORECASE)
#: A start still to come after the duty: "from next year", "starting in January", 明年起.
_FUTURE_START_AFTER = re.compile(
    r"\b(?:from|starting|beginning|as\s+of)\s+(?:in\s+)?(?:next\s+(?:year|month|week)|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|20[2-9]\d)\b|(?:明年|下月|下个月|下年度)起",
    re.IGNORECASE,
)
_SHAPE_KINDS = frozenset(
    {"restriction", "approval-requirement", "data-security-rule", "export-control"}
)


def _act_shapes(
    out: list[Signal], first: Sequence[tuple[Signal, Sentence | None, bool]]
) -> list[Signal]:
    """Acts told in shapes that the head's reading misses are reported (not background ones).

    A duty eased ("firms will no longer need a security assessment", 不再需要……评估), the
    content of rules in force now told in a relative clause after them ("The first rules,
    which take effect immediately, bar Apple from ..."), and a passive duty on listed parties
    whose start is still to come ("Listed companies are barred from Defense Department contracts
    from next year") tell the change the article reports, in whatever sentence. A signal its own
    sentence gives as context (``is_background``: a past date, a comparison) stays background.
    """
    context = {(s.start, s.kind) for s, _, background in first if background}
    result = []
    for s in out:
        if (
            not s.reported
            and s.kind in _SHAPE_KINDS
            and s.trigger
            and (s.start, s.kind) not in context
        ):
            at = _find_trigger(s.sentence, s.trigger)
            before = s.sentence[: max(0, at)]
            after = s.sentence[at + len(s.trigger) :] if at >= 0 else ""
            if at >= 0 and (
                _EASING_BEFORE.search(before)
                or _RULES_NOW_BEFORE.search(before)
                or (
                    s.kind == "restriction"
                    and _PASSIVE_DUTY_BEFORE.search(before)
                    and _FUTURE_START_AFTER.search(after)
                )
            ):
                s = replace(s, reported=True)
        result.append(s)
    return result


#: A document's full title: 《人工智能生成合成内容标识办法》 names a document, it refers
#: back to none; a short one, the type alone (《意见》要求, 《办法》规定), is how a report
#: refers back to its document. (A sentence cut inside the title keeps only its end:
#: "...标识办法》自...起施行".)
_TITLE_ZH = re.compile(r"《[^》]{5,}》|^[^《》]{5,}》")


def _refers_back(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence refers back to the reported policy ("the rules", 该办法, 新规).

    A word of the list inside a document's full title (《...标识办法》) names that document,
    another one than the news may be: it refers back to nothing.
    """
    return cues.anaphora.search(_TITLE_ZH.sub("", sentence.text)) is not None


#: Who reviews rules and schemes without making any: a study, a survey, a think tank, a ranking
#: or a scorecard, an inspector, an auditor or an audit body (not a Politburo study meeting,
#: not a watchdog: a regulator's finding is often its enforcement; not an inspector general, an
#: office of a department).
_REVIEWER = (
    r"(?:"
    + _STUDY_NOUNS
    + r"|studies|surveys?|scorecards?|rankings?|inspectors?(?!\s+general)|inspectorates?"
    r"|auditors?|audit (?:board|office)|board of audit|court of auditors)"
)
#: A wire service's prefix before a title: "UPDATE 2-", "EXCLUSIVE-", "ANALYSIS-".
_WIRE_PREFIX = r"(?:[A-Z]{4,}(?:\s+\d+)?\s*-\s*)?"
#: The reviewer as the title's subject with a verb of finding ("Think tank ranks Japan most
#: generous chip subsidiser", "Japan's audit board finds a fifth of chip subsidies unspent",
#: "Inspector finds UK export licence unit missed targets"), up to three words before it.
_REVIEW_SUBJECT = re.compile(
    r"^\s*" + _WIRE_PREFIX + r"(?P<pre>(?:[\w'\u2019.-]+\s+){0,3}?)" + _REVIEWER + r"\s+"
    r"(?:finds?|found|ranks?|rates?|estimates?|traces?|shows?|says?|qualif(?:y|ies)"
    r"|criticis(?:es|e)|criticiz(?:es|e)|urges?)\b",
    re.IGNORECASE,
)
#: The reviewer as the title's label ("Survey: four in ten European firms in China delay data
#: projects").
_REVIEW_LABEL = re.compile(r"^\s*" + _WIRE_PREFIX + _REVIEWER + r"\s*:", re.IGNORECASE)
#: The reviewer as the title's closing attribution ("CFIUS reviews of Chinese deals fell to a
#: decade low, think tank finds"), up to two words before it.
_REVIEW_CLOSING = re.compile(
    r",\s*(?P<pre>(?:[\w'\u2019.-]+\s+){0,2}?)"
    + _REVIEWER
    + r"\s+(?:finds?|says?|shows?|estimates?)\W*$",
    re.IGNORECASE,
)
#: An exchange's letter to a listed company, of enquiry (问询函) or of concern (关注函).
_LETTER = "(?:问询|关注)函"
#: An exchange as Chinese titles name it: abbreviated (上交所, 深交所, 北交所, 港交所), bare
#: (交易所) or in full (上海证券交易所, 证券交易所).
_EXCHANGE = "(?:[上深北港]交所|交易所|(?:上海|深圳|北京|香港)?证券交易所)"
#: An exchange's letter with its matter before it (年报问询函, 重组问询函, 监管关注函).
_EXCHANGE_LETTER = f"(?:年报|年度报告|重组|并购|监管)?{_LETTER}"
#: Where the finding's clause ends and another begins ("Inspector finds violations, fines
#: operator"; "Survey finds firms back ban; EU adopts it"; "... as parliament passes it"), in
#: Chinese at ，, ；, a space between Han characters ("问询函回复存虚假记载 上交所予以纪律处分")
#: or a colon after a label, full-width or ASCII after a Han character ("风险提示：央行宣布降准",
#: "商务部公告:…"; not after a reply to a letter of enquiry or of concern, whose content
#: follows: "回复问询函：出口管制对订单影响有限", "回覆关注函:影响有限").
_CLAUSE_END = re.compile(
    rf"[,;](?=\s)|\s(?:as|and|after|following)\s|[，；]|(?<=[{HAN}])\s+(?=[{HAN}])"
    rf"|(?<!{_LETTER})(?<!回[复覆])(?:：|(?<=[{HAN}]):)",
    re.IGNORECASE,
)
#: An authority acting at the head of a clause: its name, then a verb ("EU fines Meta",
#: "Parliament passes AI law", "US adopts chip rule"; not "CFIUS reviews of Chinese deals").
_AUTHORITY_ACTING = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]*)?)\s+[a-z]+(?:s|ed)\b"
    r"(?!\s+of\b)"
)
#: An authority by a name the watchlist may not hold, written as it is (capitals): the White
#: House, the Fed, Ofcom, the Politburo, the State Council, the Cabinet, a legislature, or
#: initials ("SEC", "CAC", "EU", "MoD").
_AUTHORITY_NAME = re.compile(
    r"\b(?:White House|Fed|Ofcom|Politburo|State Council|Cabinet|Parliament|Congress|Senate"
    r"|Diet|Bundestag|Commission|MoD|[A-Z]{2,5})\b"
)
#: The watchlist types of an authority (a country or a person named is not one: "Japan's audit
#: board" is a reviewer).
_AUTHORITY_TYPES = frozenset({"agency", "government"})


@dataclass(frozen=True, slots=True)
class ReviewForm:
    """Where a title tells a reviewer's finding (:func:`review_form`), as offsets in the title.

    ``owner``: the words naming who the reviewer belongs to (before it); ``finding``: the
    clause the reviewer's finding states (a signal after it is in another clause);
    ``main``: the clause a label or closing attribution gives the finding of (empty for the
    subject form).
    """

    owner: tuple[int, int]
    finding: tuple[int, int]
    main: tuple[int, int]


def review_form(title: str) -> ReviewForm | None:
    """The reviewer's finding a title tells, or None.

    A study, a survey, a think tank, an auditor or an inspector as subject with a verb of
    finding, as label or as closing attribution.
    """
    match = _REVIEW_SUBJECT.search(title)
    if match is not None:
        end = _clause_end(title, match.end())
        return ReviewForm(match.span("pre"), (match.start(), end), (0, 0))
    match = _REVIEW_LABEL.search(title)
    if match is not None:
        end = _clause_end(title, match.end())
        return ReviewForm((0, 0), (match.start(), end), (match.end(), end))
    match = _REVIEW_CLOSING.search(title)
    if match is not None:
        return ReviewForm(match.span("pre"), (0, len(title)), (0, match.start()))
    return None


def _clause_end(title: str, at: int) -> int:
    found = _CLAUSE_END.search(title, at)
    return found.start() if found is not None else len(title)


def _authority_named(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> bool:
    """Whether ``text[start:end]`` names an authority.

    A word (a ministry, a regulator), a name written as one (the Fed, Ofcom, SEC) or an agency
    or a government of the watchlist.
    """
    if start >= end:
        return False
    words = text[start:end]
    if _AUTHORITY.search(words) or _AUTHORITY_NAME.search(words):
        return True
    for m in mentions:
        if start <= m.start < end and m.entity_id is not None:
            entity = entities.get(m.entity_id)
            if entity is not None and entity.type in _AUTHORITY_TYPES:
                return True
    return False


def review_finding(
    title: str,
    mentions: Sequence[Mention] = (),
    entities: Mapping[str, WatchEntity] | None = None,
) -> bool:
    """Whether the title tells a reviewer's finding: no policy action, the rules it names context.

    A study, a survey, a think tank's ranking or urging, an inspector's or an audit body's report
    measures or judges rules and schemes in place; on the read sets (dev to held-out 38) every
    such English title has no reported kind in the gold. An authority named before the reviewer
    or in its attribution ("the ministry's study finds", "Commerce Department survey shows",
    "Fed study finds", "..., SEC study says") is left to the other rules: a government's own
    review may be its act. ``mentions`` are the title's (offsets in ``title``).
    """
    form = review_form(title)
    return form is not None and not _authority_named(title, *form.owner, mentions, entities or {})


def review_veto(
    signals: Sequence[Signal],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> bool:
    """Whether every signal is background: a reviewer's finding or a risk disclosure titled.

    A title telling a company's own risk disclosure (:func:`risk_disclosure`: a prospectus's or
    an annual report's risk factors, a reply to a letter of enquiry or of concern: 回复问询函,
    回复关注函) is read the same way (``_disclosure_veto``).

    The title tells an act beside the finding in another clause (after the finding's: a comma,
    a semicolon, "as", "and", "after", "following": "Inspector finds violations, fines
    operator", "Survey finds firms back ban; EU adopts it") or when an authority acting opens
    the main clause of a label or a closing attribution ("Study: EU fines Meta", "Parliament
    passes AI law, survey shows"); then a reported signal there or in the lead is that act's,
    and no signal is made background.
    """
    title = next((s for s in sentences if s.part == "title"), None)
    if title is None:
        return False
    form = review_form(title.text)
    here = [
        replace(m, start=m.start - title.start, end=m.end - title.start)
        for m in mentions
        if title.start <= m.start < title.end
    ]
    if form is None:
        return _disclosure_veto(signals, sentences, title, here, entities)
    if _authority_named(title.text, *form.owner, here, entities):
        return False
    main_start, main_end = form.main
    words = title.text[main_start:main_end]
    opened = main_start + len(words) - len(words.lstrip())
    acting = _AUTHORITY_ACTING.match(title.text, opened, main_end)
    acts = acting is not None and _authority_named(
        title.text, acting.start("name"), acting.end("name"), here, entities
    )
    beside = form.finding[1] < len(title.text.rstrip(" .!?"))
    if not (acts or beside):
        return True
    lead = next((s for s in sentences if s.part != "title"), None)
    for s in signals:
        if not s.reported:
            continue
        if title.start <= s.start < title.end:
            at = _trigger_start(s, title) - title.start
            if at >= form.finding[1] or (acts and main_start <= at < main_end):
                return False
        elif lead is not None and lead.start <= s.start < lead.end:
            return False
    return True


#: A company's own risk disclosure in the title: a prospectus warning, risk factors tied to
#: the document that holds them (an annual report's, a prospectus's, a 10-K's, a filing's, "in
#: its risk factors"), a company flagging rules "as a (key) risk" or "among key risks", a
#: 风险提示, a prospectus's 风险, the company's reply to an exchange's letter of enquiry or of
#: concern (回复问询函, 回复上海证券交易所问询函, 关注函的回复, 问询函及公司回复, 回复交易所关注函;
#: 回覆, the reply as Taiwan and Hong Kong write it, which the simplified view keeps; not the
#: letter sent or received: 收到问询函, 发出关注函; not a letter demanding a reply: 关注函要求公司
#: 回复, where the exchange acts).
_RISK_DISCLOSURE = re.compile(
    r"\bprospectus\s+(?:warns?|flags?|lists?|cites?|names?)\b"
    r"|\b(?:annual report|prospectus|10-K|20-F|filings?)\b[^,;]{0,40}?\brisk factors?\b"
    r"|\brisk factors?\s+(?:in|of)\s+(?:its|their|the|an?)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:annual reports?|prospectus(?:es)?|10-Ks?|20-Fs?|filings?)\b"
    r"|\b(?:in|among)\s+its\s+risk factors\b"
    r"|\b(?:flags?|cites?|names?|lists?)\b[^,;]{0,80}?"
    r"\b(?:as an?(?:\s+(?:key|major|main|top))?|among(?:\s+(?:its|the))?(?:\s+(?:key|main|top))?)"
    r"\s+risks?\b"
    r"|风险提示|招股(?:说明)?书[^，；]{0,30}风险"
    rf"|回[复覆]{_EXCHANGE}?{_EXCHANGE_LETTER}|{_LETTER}(?:的|之)?回[复覆]"
    rf"|{_LETTER}(?:及|和|与|暨)(?:上市)?公司回[复覆]",
    re.IGNORECASE,
)
#: An authority before a disclosure that neither the authority words (``_AUTHORITY``: 部, 局,
#: 总局, 监管, 委员会), the names written as one (``_AUTHORITY_NAME``) nor, without the title's
#: mentions, the watchlist reach: a central bank, a Chinese regulator, an exchange
#: ("证监会要求上市公司做好风险提示" is the regulator's act); not an exchange named only as the
#: letter's sender (上交所问询函, 深交所年报问询函, 交易所关注函: the reply is the company's). The
#: watchlist holds neither 证监会, 央行 nor the exchanges; 网信办, 国务院, 发改委 and 人民银行 are
#: kept for a title read without its mentions.
_DISCLOSURE_AUTHORITY = re.compile(
    r"\bcentral banks?\b|证监会|银保监会|网信办|国务院|发改委|央行|人民银行|政府|法院"
    rf"|{_EXCHANGE}(?!{_EXCHANGE_LETTER})",
    re.IGNORECASE,
)
#: Initials closing a name of capitalised words ("Zhipu AI", "Samsung SDI"): a company's name,
#: not an authority's initials (``_AUTHORITY_NAME``: "SEC", "EU").
_NAME_INITIALS = re.compile(r"\b([A-Z][a-z]+\s+)([A-Z]{2,5})\b")
#: An enforcement act in the title: the disclosure is the matter of a sanction or of the
#: exchange's letter, not the company's own word ("SEC charges chipmaker over misleading risk
#: factors", 上交所予以纪律处分, 收到问询函).
_DISCLOSURE_ENFORCEMENT = re.compile(
    r"\b(?:fined?|fines|charged?|charges|penali[sz](?:ed|es?)|sued?|sues|sanction(?:s|ed)?)\b"
    rf"|处罚|罚款|纪律处分|监管警示|警示函|立案|(?:收到|发出|下发)[^，；]{{0,12}}{_LETTER}",
    re.IGNORECASE,
)


def risk_disclosure(
    title: str,
    mentions: Sequence[Mention] = (),
    entities: Mapping[str, WatchEntity] | None = None,
) -> tuple[int, int] | None:
    """The clause of a title telling a company's own risk disclosure (offsets), or None.

    A prospectus's or an annual report's risk factors, a company flagging rules as a risk, a
    listed company's reply to an exchange's letter of enquiry or of concern name rules in place
    as risks to the business and change none: on the read sets (dev to held-out 40) no such
    title has a reported kind in the gold. An authority named in the clause before the
    disclosure ("the regulator tells issuers to list AI risk factors": a rule on disclosure may
    be its act; :func:`_authority_named`, ``_DISCLOSURE_AUTHORITY``) and an enforcement act
    anywhere in the title (``_DISCLOSURE_ENFORCEMENT``) are left to the other rules. Traditional
    script is read simplified (the same offsets); ``mentions`` are the title's (offsets in
    ``title``).
    """
    text = to_simplified(title)
    match = _RISK_DISCLOSURE.search(text)
    if match is None or _DISCLOSURE_ENFORCEMENT.search(text) is not None:
        return None
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
    named = _NAME_INITIALS.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    if _authority_named(named, start, match.start(), mentions, entities or {}):
        return None
    # the whole title searched: the exchange's lookahead reads past the disclosure's start
    if any(start <= m.start() < match.start() for m in _DISCLOSURE_AUTHORITY.finditer(text)):
        return None
    return start, _clause_end(text, match.end())


def _disclosure_veto(
    signals: Sequence[Signal],
    sentences: Sequence[Sentence],
    title: Sentence,
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> bool:
    """Whether every signal is background: a title telling a company's risk disclosure.

    Not when a reported signal's trigger lies in the title outside the disclosure's clause, nor
    when the title goes on after the disclosure's clause and a reported signal lies in the lead
    ("Chipmaker flags curbs as a risk; regulator fines it"): that is an act beside it.
    """
    span = risk_disclosure(title.text, mentions, entities)
    if span is None:
        return False
    beside = span[1] < len(title.text.rstrip(" .!?"))
    lead = next((s for s in sentences if s.part != "title"), None)
    for s in signals:
        if not s.reported:
            continue
        if title.start <= s.start < title.end:
            at = _disclosure_trigger(s, title, span[1])
            if not span[0] <= at < span[1]:
                return False
        elif beside and lead is not None and lead.start <= s.start < lead.end:
            return False
    return True


def _disclosure_trigger(signal: Signal, title: Sentence, after: int) -> int:
    """Where the signal's trigger is in the title (offset in it), read after ``after`` first.

    A trigger told again after the disclosure's clause is the act told there ("Chipmaker flags
    export curbs as a risk after US tightens export curbs"), not the risk named.
    """
    if signal.trigger:
        later = _find_trigger(title.text[after:], signal.trigger)
        if later >= 0:
            return after + later
    return _trigger_start(signal, title) - title.start


def _review_title(out: list[Signal]) -> list[Signal]:
    """Every signal is background under a reviewer's finding or a risk disclosure titled.

    A title telling either, no act beside (:func:`review_veto`).
    """
    return [replace(s, reported=False) if s.reported else s for s in out]


#: A rule told as standing as it was beside the news: "the law itself still takes effect",
#: "its obligations remain in force", 仍然, 依然, 照常 (:func:`standing_kinds`).
_STANDING = re.compile(
    r"\bstill\b|\b(?:remains?|stays?) (?:in force|in effect|in place|unchanged)\b"
    r"|\bcontinues? to (?:apply|be in force)\b|仍将|仍然|仍需|依然|照常|继续有效",
    re.IGNORECASE,
)


def standing_kinds(signals: Sequence[Signal], review: bool = False) -> frozenset[str]:
    """The kinds every signal of which is in a sentence telling a rule standing as it was.

    "The law itself still takes effect in January" beside a suspended fine, "the AI Act's
    obligations remain in force": the state of a rule the news leaves unchanged, mostly
    background. A kind with one signal elsewhere is not one. Read by the learned reading of the
    reported kinds (``Evidence.standing``), not by the rules or the about model.

    Under a title that tells a reviewer's finding or a company's own risk disclosure
    (``review``, :func:`review_veto`: a study, a survey, a think tank's ranking, an inspector's
    or an audit body's report; a prospectus's or an annual report's risk factors, a reply to an
    exchange's letter of enquiry or of concern: 问询函, 关注函) every kind stands as it was: the
    piece measures how rules and schemes in place work, or names them as risks to a business,
    and changes none.
    """
    if review:
        return frozenset(KINDS)
    kinds: dict[str, bool] = {}
    for s in signals:
        kinds[s.kind] = kinds.get(s.kind, True) and _STANDING.search(s.sentence) is not None
    return frozenset(k for k, v in kinds.items() if v)


#: Kinds a company can take on its own: a platform's ban, a firm blocking a rival's links.
_COMPANY_KINDS = frozenset({"restriction"})
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _company_acts(
    signal: Signal,
    sentence: Sentence,
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> bool:
    """Whether a company, not an authority, is the one that bans.

    "Tencent has banned links to Doubao from WeChat chats" is a platform's rule for its users,
    no policy action. The clause before the trigger opens with a company and names no
    authority, and the trigger is active ("Nvidia was banned from", "Huawei barred from" are
    acts on the company).
    """
    if signal.kind not in _COMPANY_KINDS:
        return False
    if has_cjk(sentence.text):
        return _company_acts_zh(signal, sentence, mentions, entities)
    start = _trigger_start(signal, sentence)
    before = sentence.text[: start - sentence.start]
    if _AUTHORITY.search(before) or _PASSIVE_BEFORE.search(before):
        return False
    if re.match(r"\s*from\b", sentence.text[start - sentence.start + len(signal.trigger) :]):
        return False  # "barred from": the participle of an act on the company
    if signal.trigger.split()[0].lower() in ("barred", "blacklisted"):
        return False
    firsts = [m for m in mentions if sentence.start <= m.start < start and m.entity_id]
    if not firsts:
        return False
    subject = min(firsts, key=lambda m: m.start)
    entity = entities.get(subject.entity_id or "")
    return (
        entity is not None
        and entity.type == "company"
        and not sentence.text[: subject.start - sentence.start].strip()
    )


#: Who approves in business, not in policy: a board or shareholders right before the approval
#: ("the board also approved a buyback", 董事会同时批准回购), or a customer, an operator buying a
#: product (获欧洲运营商批准商用).
_BUSINESS_GIVER = re.compile(
    r"\b(?:board|directors|shareholders|stockholders)"
    r"(?:\s+(?:has|have|had|also|unanimously|formally|on\s+\w+))*\s+$"
    r"|(?:董事会|股东大会|股东会|股东)(?:同时|已|已经|正式|一致)?$"
    r"|获[^，。；]{0,8}(?:运营商|客户|合作伙伴)$",
    re.IGNORECASE,
)


#: An approval given by a business, named as its owner inside the phrase: "wins carmaker's
#: approval", "won customers' sign-off", "secured its client's go-ahead".
_BUSINESS_OWNER = re.compile(
    r"\b(?:carmakers?|automakers?|customers?|clients?|buyers?|partners?|operators?|airlines?"
    r"|retailers?|shareholders?|investors?|players?|fans?|board)(?:'s|’s|'|’)\s+"
    r"(?:\w+\s+)?(?:approval|approvals|nod|go-ahead|green light|sign-off|permission)\b",
    re.IGNORECASE,
)


#: A person who confirms or consents right after the approval's words: 须经用户确认, 经监护人同意,
#: "must be confirmed by the user" (a product's safeguard, no authority's approval).
_PERSON_GIVER_AFTER = re.compile(
    r"^(?:(?:用户|消费者|本人|监护人|家长|乘客|患者)(?:本人)?(?:的)?(?:明确|主动|二次)?"
    r"(?:确认|同意|授权))"
    r"|^\s*(?:by\s+)?(?:the\s+|a\s+)?(?:users?|consumers?|parents?|account\s+holders?)\b",
    re.IGNORECASE,
)


def _business_approval(signal: Signal, sentence: Sentence) -> bool:
    """Whether an approval is a company's business decision (a board's, a customer's).

    Or a person's confirmation a product asks for (要求涉及支付等操作时必须经用户确认).
    """
    if signal.kind != "approval-requirement":
        return False
    start = _trigger_start(signal, sentence) - sentence.start
    before = sentence.text[: max(0, start)]
    if _BUSINESS_GIVER.search(before) is not None:
        return True
    after = sentence.text[max(0, start) + len(signal.trigger) :]
    if _PERSON_GIVER_AFTER.match(after) is not None:
        return True
    return _BUSINESS_OWNER.search(sentence.text[start : start + len(signal.trigger)]) is not None


#: Chinese authorities (内部, 全部, 外部 hold 部 but name none), and 被 (passive: an act on the
#: company).
_AUTHORITY_ZH = re.compile(
    r"监管|政府|总局|委员会|(?<![内全外局])部|局|网信办|国务院|法院|被|要求|责令|通知要求"
)


def _company_acts_zh(
    signal: Signal,
    sentence: Sentence,
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> bool:
    """The Chinese form of :func:`_company_acts`: 字节跳动禁止员工使用外部工具.

    The first name before the trigger is a company's and opens its clause (after an attribution
    such as 知情人士：, 据知情人士透露， or 据两位知情人士透露，), and nothing between names an
    authority, an instruction (要求, 责令) or a passive (被).
    """
    start = _trigger_start(signal, sentence)
    firsts = [m for m in mentions if sentence.start <= m.start < start and m.entity_id]
    if not firsts:
        return False
    subject = min(firsts, key=lambda m: m.start)
    entity = entities.get(subject.entity_id or "")
    if entity is None or entity.type != "company":
        return False
    opening = sentence.text[: subject.start - sentence.start].strip()
    if opening and not _ATTRIBUTION_ZH.match(opening):
        return False
    between = sentence.text[subject.start - sentence.start : start - sentence.start]
    return _AUTHORITY_ZH.search(between) is None


#: An attribution before a company's clause: 知情人士：, 据知情人士透露，, 消息人士称，.
_ATTRIBUTION_ZH = re.compile(
    r"^(?:据)?(?:[一两二三四五六七八九十几多数]+(?:位|名|个))?(?:知情人士|消息人士|接近\w{0,6}人士)"
    r"(?:透露|称|表示)?[：:，,]$"
)


def _authority_acts_on_main(
    signal: Signal,
    sentence: Sentence,
    named: frozenset[str | None],
    main: Collection[str],
    cues: AboutCues,
) -> bool:
    """Whether a later sentence tells an authority's act on a main subject of the article.

    The act must be stated as such (no modal power, "can impose fines"), name a main subject
    (``named``: the entity ids of the mentions starting in ``sentence``) or refer to the
    article's company by a definite description after the trigger ("had opened an investigation
    into the platform's pricing", "said it had fined the firm $1.4m": news writing names its
    subject once and then says "the company"), and name an authority before the trigger ("the
    State Administration for Market Regulation", "the regulator").
    """
    if signal.kind not in _ACTS_ON_SUBJECTS:
        return False
    at = _trigger_start(signal, sentence) - sentence.start
    names_main = bool(main) and any(entity in main for entity in named)
    if not names_main and _THE_COMPANY.search(sentence.text[at:]) is None:
        return False
    if _modal_before(sentence.text, at, cues):
        return False
    # the authority comes first, as the actor of its act ("DeepSeek was banned from government
    # devices" names a government after a passive, it tells no one's act)
    return _AUTHORITY.search(sentence.text[:at]) is not None


#: A modal of possibility or condition right before an act: "the commission can impose fines",
#: "could be barred", "would face" (a power or a hypothesis, no act; "will" is a plan and stays).
_POSSIBLE = re.compile(
    r"\b(?:can|could|may|might|would|cannot)\s+(?:\w+\s+){0,2}$|(?:可以|可|或将|或|能)$",
    re.IGNORECASE,
)
#: An authority named in Chinese, not inside a word that only holds 部 or 局 (零部件, 全部, 格局).
_AUTHORITY_ZH_ACTOR = re.compile(
    r"监管部门|政府|总局|委员会|网信办|国务院|法院|(?<![零内全外局细])部(?!件|分|署)|(?<![格布结出])局(?!面|势)"
)


def _opening_actor(
    sentence: Sentence, mentions: Sequence[Mention], entities: Mapping[str, WatchEntity]
) -> int:
    """Where a state actor that opens ``sentence`` as its subject ends (-1 if none).

    News names a state by its country or agency as the actor ("Japan will hand Rapidus ...",
    "On Friday Brussels approved ..."): a linked country, region, government or agency whose
    name opens the sentence, after nothing but a fronted day, with a verb right after it.
    """
    for m in sorted(mentions, key=lambda m: m.start):
        if not sentence.start <= m.start < sentence.end or not m.entity_id:
            continue
        entity = entities.get(m.entity_id)
        opening = sentence.text[: m.start - sentence.start]
        if (
            entity is not None
            and entity.type in ACTOR_TYPES - {"person"}
            and (not opening.strip() or _FRONTED_DAY.match(opening))
            and _SUBJECT_VERB.match(sentence.text[m.end - sentence.start :])
        ):
            return m.end - sentence.start
        return -1
    return -1


#: A verb right after the actor's name, which makes the name its subject ("Japan will hand",
#: "Brussels approved"; "US export rules" is a modifier, "Japan's" a possessive).
_SUBJECT_VERB = re.compile(
    r"\s+(?:will|has|have|had|is|are|was|were|plans|says|said|would|\w+ed)\b", re.IGNORECASE
)
#: A day fronted before the subject: "On Wednesday", "On March 3,", "Late on Friday".
_FRONTED_DAY = re.compile(r"^\W*(?:(?:late|early)\s+)?on\s+(?:\w+\s*){1,3},?\s*$", re.IGNORECASE)


def _authority_acts(signal: Signal, sentence: Sentence, actor_end: int = -1) -> bool:
    """Whether a later sentence of an article whose head names no kind tells an authority's act.

    Features, briefs and analyses put the news in the middle ("On Wednesday the European
    Commission approved 1.3 billion euros of German state aid ...", "Japan's economy ministry
    said exporters must now obtain a permit ..."): the head speaks of the trend, the sentence
    tells the act. The authority opens the trigger's clause as its actor (no preposition
    before it: "have to notify the Treasury" names it as an addressee), and no modal of
    possibility stands before the trigger ("the commission can impose fines" is a power).
    Background cues were checked before (a past date, "since", "under").
    """
    if signal.kind not in _ACTS_ON_SUBJECTS | {"export-control"}:
        return False
    at = _trigger_start(signal, sentence) - sentence.start
    before = sentence.text[:at]
    if _POSSIBLE.search(before):
        return False
    if has_cjk(sentence.text):
        # a Chinese report dates its news to the day (12月2日, 近日) or says it is to come (将于);
        # an act dated to a month (今年1月) or undated (当地政府为……提供) is the background
        return (
            _AUTHORITY_ZH_ACTOR.search(before) is not None
            and _ZH_NEWS_TIME.search(before) is not None
        )
    if 0 <= actor_end <= at:
        return True
    match = _AUTHORITY.search(before)
    return match is not None and _ADDRESSEE.search(before[: match.start()]) is None


#: The day of a feature's news fronted before its actor: "On Monday the ministry issued ...",
#: "Late on Friday, the bureau said ...", "On March 3 the commission ...", 12月2日，工信部发布,
#: 今天，国家网信办公布 (a year, a month or "since" date the setting, not the news).
_FEATURE_DAY = re.compile(
    r"^\W*(?:(?:late|early)\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:the\s+)?$"
    r"|^(?:\d{1,2}月)?\d{1,2}日\s*[，,]?$|^(?:近日|日前|今天|今日|昨天|昨日)\s*[，,]?$",
    re.IGNORECASE,
)


def _dated_actor(
    sentence: Sentence, mentions: Sequence[Mention], entities: Mapping[str, WatchEntity]
) -> Mention | None:
    """The state actor a sentence opens with after the day of its news ("On Monday the MIIT ...").

    A long feature tells the trend first and its news further down, dated to the day, its
    actor the subject right after the day: "On Monday the Ministry of Industry and Information
    Technology issued guidelines ...", 12月2日，工信部发布. The first linked name of the sentence
    must be that actor (a country, region, government or agency, not a person), followed by a
    verb in English; None when the sentence opens otherwise.
    """
    first = min(
        (m for m in mentions if sentence.start <= m.start < sentence.end and m.entity_id),
        key=lambda m: m.start,
        default=None,
    )
    if first is None:
        return None
    entity = entities.get(first.entity_id or "")
    if entity is None or entity.type not in ACTOR_TYPES - {"person"}:
        return None
    if not _FEATURE_DAY.match(sentence.text[: first.start - sentence.start]):
        return None
    after = sentence.text[first.end - sentence.start :]
    if not has_cjk(first.text) and not _SUBJECT_VERB.match(after):
        return None
    return first


def _dated_act(
    signal: Signal,
    sentence: Sentence,
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> bool:
    """Whether a later sentence of an article whose head names no kind tells a dated state act.

    The sentence opens with the day and the actor (:func:`_dated_actor`), the trigger comes
    after the actor, and no modal of possibility stands before it: the feature's news, of any
    kind ("On Monday the ministry issued guidelines for a national standards system"), while
    :func:`_authority_acts` reads undated acts of the kinds that fall on companies only.
    """
    actor = _dated_actor(sentence, mentions, entities)
    if actor is None:
        return False
    at = _trigger_start(signal, sentence)
    return actor.end <= at and not _POSSIBLE.search(sentence.text[: at - sentence.start])


#: The time of a Chinese report's news: a day (12月2日, 近日, 日前, 今天) or an act to come (将于,
#: 即将; not 将 alone, which also marks the object: 将智谱列入实体清单).
_ZH_NEWS_TIME = re.compile(r"\d+日|近日|日前|今日|今天|昨日|昨天|当天|将于|将会|即将|将从|将自")
#: A preposition or verb that makes the authority after it an addressee, not the actor (a "by"
#: agent acts: "was approved by the ministry").
_ADDRESSEE = re.compile(
    r"\b(?:to|with|notify|notifies|notified|inform|informs|informed|ask|asked|petition"
    r"|petitioned|lobby|lobbied|sue|sued|urge|urged)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


#: The article's company referred to by a definite description: "the company's cloud services",
#: "the firm", "the platform's pricing" (not "another platform", "a company").
_THE_COMPANY = re.compile(
    r"\b(?:the|this)\s+(?:company|firm|group|platform|start-?up|chipmaker|carmaker|fund|app)"
    r"(?:'s|’s)?\b",
    re.IGNORECASE,
)
#: Kinds whose act falls on a company: a probe or fine, a ban, an approval, money.
_ACTS_ON_SUBJECTS = frozenset(
    {"enforcement-fine", "restriction", "approval-requirement", "subsidy-funding"}
)
_AUTHORITY = re.compile(
    r"\b(?:regulators?|watchdogs?|ministry|ministries|commission|administration|authorit(?:y|ies)"
    r"|governments?|agency|bureau|department|court|treasury)\b|监管|总局|委员会|部|局",
    re.IGNORECASE,
)


def _companions(
    out: list[Signal],
    first: Sequence[tuple[Signal, Sentence | None, bool]],
    in_head: Callable[[Sentence], bool],
    head_context: Collection[str],
    own: Collection[int] = (),
) -> list[Signal]:
    """A phrase of a later sentence that goes on with the reported news reports both its kinds.

    "From February 15, exporters will need a licence to ship ...": the phrase continues the
    export control of the lead, and the licence it requires (read by the same words as an
    approval requirement) is part of that news, not background, although the head did not name
    it. So does a phrase that goes on right after the news's own words ("would also bar
    hospitals from sending patients' genomic data": the data rule is the ban's object). An
    order read as enforcement as well ("ordered the chipmaker to halt deliveries") is
    not added that way: whether an order is enforcement is the head's to say; nor a company's
    own act (``own``: indexes into ``out``).
    """
    news = [(s.start, _trigger_span(s)) for s in out if s.reported and s.trigger]
    return [
        replace(s, reported=True)
        if (
            not s.reported
            and number not in own
            and sent is not None
            and not background
            and not in_head(sent)
            and s.kind not in head_context
            and s.kind != "enforcement-fine"
            and s.trigger
            and any(
                start == s.start and _joined(span, _trigger_span(s), s.sentence)
                for start, span in news
            )
        )
        else s
        for number, (s, (_, sent, background)) in enumerate(zip(out, first, strict=True))
    ]


def _trigger_span(signal: Signal) -> tuple[int, int]:
    """Where a signal's trigger sits in its sentence (characters; the whole sentence if unknown)."""
    at = _find_trigger(signal.sentence, signal.trigger)
    return (at, at + len(signal.trigger)) if at >= 0 else (0, len(signal.sentence))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _joined(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    """Whether two triggers of ``text`` are one phrase.

    They overlap, or one goes on right after the other with nothing but a space between ("bar
    hospitals from" + "sending patients' genomic data": the ban's object is the data; a comma,
    限制 after 实体清单，, opens a new clause).
    """
    if _overlap(a, b):
        return True
    first, second = sorted((a, b))
    return 0 <= second[0] - first[1] <= 1 and not text[first[1] : second[0]].strip()


#: A rule named by nothing but a generic noun ("the new rules", "withdrawn a rule").
_GENERIC_RULE = re.compile(
    r"^(?:(?:new|the|a|an|its|their|draft|final|interim)\s+)*(?:rules?|measures)$"
    r"|\b(?:withdr\w+|shelved?|dropp?\w*|scrap\w*)\s+(?:\w+\s+)?rules?$",
    re.IGNORECASE,
)


#: A deal held still while it is screened: "审查期间当事人不得实施投资", "the deal cannot close
#: pending the review".
_STANDSTILL = re.compile(
    r"审查期间|审查结束前|\b(?:pending|while|until|before the end of)\s+(?:the|a|its)\s+"
    r"(?:\w+\s+){0,2}(?:review|screening|investigation)\b",
    re.IGNORECASE,
)


def _standstill(out: list[Signal]) -> list[Signal]:
    """A deal's standstill during an investment review is the review's, not a ban of its own.

    When the article reports investment screening, a restriction stated for the time of the
    review ("the parties may not carry out the investment while it lasts") is that screening's
    effect.
    """
    if not any(s.reported and s.kind == "investment-screening" for s in out):
        return out
    return [
        replace(s, reported=False)
        if s.reported and s.kind == "restriction" and _STANDSTILL.search(s.sentence)
        else s
        for s in out
    ]


#: An authority's summons of a company (约谈, "summoned"), and the demands it makes after it
#: (要求, 责令, "told ... to"): 约谈……负责人，要求平台停止……，不得强制商家…….
_SUMMONS_DEMAND = re.compile(
    r"约谈[^。！？；]*?(?:要求|责令)|\bsummon(?:s|ed|ing)?\b[^.;!?]*?\b(?:told|ordered|asked|urged)\b",
    re.IGNORECASE,
)


def _summons_demands(out: list[Signal]) -> list[Signal]:
    """What an authority demands of the companies it summons is that enforcement, not a ban.

    A summons (约谈) is an enforcement action; the demands it makes in the same sentence
    ("要求其停止……，不得……", "summoned the platforms and told them to stop ...") are its
    content, as a fine's amount is the fine's. A ban elsewhere in the article (an app taken
    down, 下架, without a demand before it) stays.
    """
    if not any(s.reported and s.kind == "enforcement-fine" for s in out):
        return out
    result = []
    for s in out:
        if s.reported and s.kind == "restriction":
            at = _find_trigger(s.sentence, s.trigger) if s.trigger else -1
            if at > 0 and _SUMMONS_DEMAND.search(s.sentence[: at + len(s.trigger)]):
                s = replace(s, reported=False)
        result.append(s)
    return result


#: A ministry's draft put out for comment: the kinds it states are the news, the draft is
#: their stage ("proposed"), not a law of its own. A legislature's draft law (草案, "draft
#: bill") is law-making and stays.
_DRAFT_FOR_COMMENT = re.compile(
    r"征求意见稿|公开征求意见|\bdraft\s+(?:\w+\s+)?(?:rules|measures|regulations?|provisions)\b"
    r"|\bfloat(?:s|ed|ing)?\b|\bfor (?:public )?comments?\b|\bconsultation\b",
    re.IGNORECASE,
)


def _rule_as_vehicle(out: list[Signal], sentences: Sequence[Sentence]) -> list[Signal]:
    """A rule named only by a generic noun carries the kind it states; it is no law of its own.

    "The new rules extend the licence requirement ...", "withdrew a rule that would have
    forced companies to obtain a licence": when the article reports another kind, the rule is
    its vehicle (its stage is that kind's). So is a ministry's draft put out for comment
    (征求意见稿, "floats draft rules on training data"), wherever it is named. A law or
    regulation named in the title, or by a document's own name, stays reported.
    """
    others = {s.kind for s in out if s.reported and s.kind != "law-regulation"}
    if not others:
        return out
    title_end = next((s.end for s in sentences if s.part == "title"), -1)
    return [
        replace(s, reported=False)
        if (
            s.reported
            and s.kind == "law-regulation"
            and (
                (s.start >= title_end and _GENERIC_RULE.search(s.trigger.strip()) is not None)
                or _DRAFT_FOR_COMMENT.search(s.sentence) is not None
            )
        )
        else s
        for s in out
    ]


#: A document that pays money, named by its title: 《浙江省算力券管理办法》, 《……专项支持办法》.
_DOC_TITLE_ZH = re.compile(r"《([^《》]{2,60})》")
_MONEY_IN_TITLE = re.compile(r"券|补贴|补助|奖励|奖补|资金|扶持|支持|资助|贴息")
_MONEY_BEFORE = r"(?:券|补贴|补助|奖励|奖补|资金|扶持|支持|资助|贴息)[^\s，。；、《》：:]{0,8}?"


def _money_document(out: list[Signal]) -> list[Signal]:
    """A money document's vehicle word is no law of its own: the article reports the money.

    《浙江省算力券管理办法》 印发 reports vouchers (`subsidy-funding`); its 管理办法 is the vehicle
    of that money, as the read sets give every 措施 and 办法 paying money (the kind alone).
    """
    if not any(s.reported and s.kind == "subsidy-funding" for s in out):
        return out

    def in_money_title(s: Signal) -> bool:
        word = s.trigger.strip().rstrip("》")
        if not word:
            return False
        if any(
            word in m.group(1) and _MONEY_IN_TITLE.search(m.group(1))
            for m in _DOC_TITLE_ZH.finditer(s.sentence)
        ):
            return True
        # a title without quotation marks: 算力券管理办法 (the money word right before)
        return bool(re.search(_MONEY_BEFORE + re.escape(word), s.sentence))

    return [
        replace(s, reported=False)
        if s.reported and s.kind == "law-regulation" and has_cjk(s.trigger) and in_money_title(s)
        else s
        for s in out
    ]


#: A competition clearance: the deal approved by a competition authority, with remedies or under
#: competition law; no foreign-investment or security screening named in the article.
_COMPETITION = re.compile(
    r"\bremed(?:y|ies)\b|\bantitrust\b|\bcompetition\s+(?:law|rules|authorit\w+|regulators?"
    r"|watchdog|concerns?|commissioner)|\bin-depth\s+investigation\b|\bmerger\s+control\b"
    r"|反垄断|经营者集中|附加限制性条件",
    re.IGNORECASE,
)
_SCREENING = re.compile(
    r"\bnational\s+security\b|\bforeign\s+(?:direct\s+)?investment\b|\bscreening\b|\bCFIUS\b"
    r"|\bgolden\s+powers?\b|安全审查|外商投资|外资|投资审",
    re.IGNORECASE,
)
_CLEARED = re.compile(r"^(?:approv|clear)", re.IGNORECASE)


def _competition_clearance(out: list[Signal], sentences: Sequence[Sentence]) -> list[Signal]:
    """A deal cleared under competition law is an approval, not investment screening.

    "The European Commission approved the acquisition, subject to remedies": the approval stays,
    the screening its verb also reads is dropped when the article names competition law or
    remedies and no screening of foreign investment (the read competition clearance,
    附加限制性条件批准, is `approval-requirement` alone).
    """
    text = " ".join(s.text for s in sentences)
    if not _search(_COMPETITION, text) or _search(_SCREENING, text):
        return out
    return [
        replace(s, reported=False)
        if s.reported and s.kind == "investment-screening" and _CLEARED.match(s.trigger.strip())
        else s
        for s in out
    ]


def _own_code(
    out: list[Signal],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
    cues: AboutCues,
) -> list[Signal]:
    """A business body's own code or rule, in the head, reports no policy action.

    "中国网络视听节目服务协会发布《……自律公约》，倡议……不得……", "抖音电商发布新规：禁止……",
    "the cloud provider published rules for its customers": the body does the act itself and no
    authority does one (:func:`_business_own`, which makes the stage ``none``); the kinds its
    sentence reads (a ban from 不得, rules) are the body's, not a policy's; so are those of the
    other head sentence (title or lead) when the body does its act there too or it names no
    authority (the title that announces the code, the lead that states its content). Later
    sentences keep their own reading.
    """
    own = _business_own(
        sentences, cues, _actor_names(mentions, entities), _company_names(mentions, entities)
    )
    if own is None:
        return out
    actors, companies = _actor_names(mentions, entities), _company_names(mentions, entities)
    opening = next((s for s in sentences if s.part != "title"), None)
    head = [
        s
        for s in sentences
        if s is own
        or (
            (s.part == "title" or s is opening)
            and (
                _business_own([s], cues, actors, companies) is s
                or (
                    cues.authorities.search(s.text) is None
                    and not any(name in s.text for name in actors)
                )
            )
        )
    ]
    return [
        replace(s, reported=False)
        if s.reported and any(h.start <= s.start < h.end for h in head)
        else s
        for s in out
    ]


#: A rule named by nothing but its issuing: "published a regulation", "issues rules", "the rules,
#: issued by", "adopted rules" (a draft is :data:`_DRAFT_FOR_COMMENT`'s).
_ISSUED_GENERIC = re.compile(
    r"^(?:\w+\s+)?(?:publish|issu|releas|unveil|adopt|introduc|finali[sz])\w*\s+"
    r"(?:(?:a|an|the|new|its|their|final|interim|fresh)\s+)*(?:rules?|regulations?|measures)$"
    r"|^(?:the\s+)?(?:rules?|regulations?|measures),?\s+(?:issued|published|released|unveiled"
    r"|adopted)(?:\s+by)?$",
    re.IGNORECASE,
)


def _issued_rules(out: list[Signal]) -> list[Signal]:
    """Rules named only by their issuing carry the kind they state; they are no law of their own.

    "The Dutch government published a regulation that requires a licence before ...", "China
    issues rules on car data leaving the country": when the article reports another kind, the
    issuing is that kind's stage, not a second kind `law-regulation` (in the title too: the
    title names no law, only that rules were issued). With nothing else reported ("issued rules
    governing how platforms set personalised prices"), the rules are the news and stay.
    """
    if not any(s.reported and s.kind != "law-regulation" for s in out):
        return out
    return [
        replace(s, reported=False)
        if s.reported
        and s.kind == "law-regulation"
        and _ISSUED_GENERIC.search(s.trigger.strip()) is not None
        else s
        for s in out
    ]


#: A law blocked, halted or enjoined (by a court, mostly): the law-regulation trigger that says so.
_LAW_BLOCKED = re.compile(
    r"^(?:block|halt|freez|froze|paus|suspend|enjoin|struck|strike)\w*\b", re.IGNORECASE
)
#: A party barred from applying a law: "barred the state from enforcing the law".
_FROM_ENFORCING = re.compile(r"\bfrom (?:enforcing|implementing|applying)\b", re.IGNORECASE)


#: The content of a law told in a clause after it: "a law that would have barred employers
#: from", "the rule, which bans": what the blocked law says, not the court's act.
_LAW_CONTENT_BEFORE = re.compile(
    r"\b(?:law|laws|act|statute|ordinance|rule|rules|regulation|regulations|measure|ban)\s*,?"
    r"\s+(?:that|which)\s+(?:(?:would|will|could|was\s+to)\s+(?:have\s+)?)?$",
    re.IGNORECASE,
)


def _law_content(signal: Signal) -> bool:
    """Whether a signal's trigger tells a law's content in a clause after the law."""
    at = _find_trigger(signal.sentence, signal.trigger) if signal.trigger else -1
    return at > 0 and _LAW_CONTENT_BEFORE.search(signal.sentence[:at]) is not None


def _blocked_law(out: list[Signal]) -> list[Signal]:
    """A court blocking a law restricts no one: the restriction its verb reads is the law's.

    "Judge blocks Texas app-store law", "barred the state from enforcing the law": the
    sentence's blocking verb acts on a law (law-regulation, stage suspended), so the
    restriction the same sentence gives from "blocks" or "barred" is not reported. The law's
    own content in a clause after it ("blocked Texas from enforcing a law that would have barred
    employers from ...") is what the halted law does, and stays reported.
    """
    blocked = {
        s.start
        for s in out
        if s.kind == "law-regulation" and _LAW_BLOCKED.match(s.trigger.strip()) is not None
    }
    return [
        replace(s, reported=False)
        if s.reported
        and s.kind == "restriction"
        and (s.start in blocked or _FROM_ENFORCING.search(s.sentence) is not None)
        and not _law_content(s)
        else s
        for s in out
    ]


#: Words a rule-takes-effect trigger may hold besides the stage phrase ("the rule will").
_STAGE_ONLY_WORDS = 2


def _stage_only(signal: Signal, cues: AboutCues) -> bool:
    match = cues.stage_only.search(signal.trigger)
    if match is None:
        return False
    rest = signal.trigger[: match.start()] + " " + signal.trigger[match.end() :]
    if has_cjk(rest):
        return len(rest.strip()) <= 2 * _STAGE_ONLY_WORDS
    return len(rest.split()) <= _STAGE_ONLY_WORDS


def stage_only_details(signals: list[Signal], cues: AboutCues) -> list[Signal]:
    """A rule that only "takes effect" is the stage of the action reported, not a kind of its own.

    A reported signal whose trigger says no more than that a rule takes effect or comes into
    force ("the rule takes effect immediately", not "rules on labelling AI content take
    effect") gives the stage of the rule the article reports; when another kind is reported it
    is that kind's detail and stays stored as not reported.
    """
    only = [s.reported and _stage_only(s, cues) for s in signals]
    kinds = {s.kind for s, o in zip(signals, only, strict=True) if s.reported and not o}
    if not kinds:
        return signals
    return [
        replace(s, reported=False) if o and s.kind not in kinds else s
        for s, o in zip(signals, only, strict=True)
    ]


# -- sourcing and stage -----------------------------------------------------------------------


_PLACE_PREPS = frozenset({"in", "at", "from", "to"})
_BY = re.compile(
    r"\b(?:issued|published|released|announced|unveiled|adopted|passed|approved|signed|fined|"
    r"ordered|banned|blocked|penalised|penalized|sanctioned|summoned|cleared|licensed|placed|put|"
    r"added|listed|designated|required|told|asked|approved|rejected|vetoed|suspended|revoked)"
    r"(?:\s+[\w.,$%-]+){0,6}?\s+by\b"
)


def _someone_tells(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence says who tells it ("said", "according to"; "added" as an act is not)."""
    return any(
        not cues.acts.search(m.group(0))
        and not _inside_a_word(sentence.text, m)
        and not _TOLD_TO.match(sentence.text[m.start() :])
        and not _POSTED_BY.match(sentence.text[m.start() :])
        for m in cues.on_record.finditer(sentence.text)
    )


#: "videos posted by European users", "the rules, posted by the bureau": a participle that names
#: what was put online and by whom, not a verb of saying.
_POSTED_BY = re.compile(r"posted\s+by\b", re.IGNORECASE)


#: "told them to stop using", "tells platforms to remove": an instruction, not a verb of saying.
_TOLD_TO = re.compile(r"(?:told|tells)\s+(?:[\w'’-]+\s+){1,3}?to\s+\w+", re.IGNORECASE)


#: A Chinese verb of saying inside a word of its own: 说明 (explain), 说服 (persuade).
_SAY_WORD_AFTER = re.compile(r"^(?:明|服)")


def _inside_a_word(text: str, match: re.Match[str]) -> bool:
    """Whether an on-record cue is part of a longer Chinese word (要求……说明: no one speaks)."""
    return match.group(0) == "说" and bool(_SAY_WORD_AFTER.match(text[match.end() :]))


def _acts_in(sentence: Sentence, cues: AboutCues, actor_names: Sequence[str]) -> bool:
    """Whether a sentence reports an authority's act with no one's word for it (``acts``).

    "The Commerce Department added 12 groups to its entity list on Tuesday": the authority, the
    subject of the act, is the source. A sentence that says who tells it ("..., the company
    said") rests on that speaker instead.
    """
    if _someone_tells(sentence, cues):
        return False
    for match in cues.acts.finditer(sentence.text):
        if sentence.text[match.end() : match.end() + 1] == "-":
            continue  # a noun of its own: "sign-off", "ban-proof"
        speaker = _speaker(sentence, match.start(), cues)
        if _MODAL_VERB.search(speaker):
            continue  # "the government could extend its ban": no act done
        doer = _ZH_OBJECT.split(speaker, maxsplit=1)[0]
        if (
            doer != speaker
            and cues.authorities.search(doer)
            and not cues.not_authorities.search(doer)
            and not cues.stage_context.search(doer)
        ):
            return True  # 证监局对一家上市公司出具警示函: the company is the act's object
        if cues.not_authorities.search(speaker) or cues.stage_context.search(speaker):
            continue
        if _OWN_BODY.search(speaker):
            continue  # "Japanese AI developers publish ...": a country as a modifier
        if _NO_AUTHORITY.search(speaker):
            continue  # "no agency has imposed": no act
        if cues.authorities.search(speaker) or any(name in speaker for name in actor_names):
            return True
        if _institution(sentence.text[: match.start()]):
            return True  # "The Cabinet Office banned ...": a public body by its name's form
    return False


# -- an authority by its initials or its place, acting in the head ------------------------------

# An authority named by its initials alone ("The SPC released", "India's RBI fined", "ACMA
# proposed"): two to six capitals, the whole subject of the act, "the" and a country's "'s"
# before it at most.
_INITIALS_SUBJECT = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.-]*['’]s\s+)?(?P<name>[A-Z]{2,6})$")
# A government by its place ("Zhejiang proposed", "Shenzhen published", 浙江印发, 深圳市发布): the
# place names of ``places.toml`` (China's provinces and sub-provincial cities), the whole subject.
_PLACES_PATH = DEFAULT_ABOUT_PATH.parent / "places.toml"


@functools.cache
def _place_names(path: Path = _PLACES_PATH) -> frozenset[str]:
    """The English and Chinese names of the places that issue measures (``places.toml``)."""
    if not path.is_file():
        return frozenset()
    with path.open("rb") as fh:
        entries = tomllib.load(fh).get("places", [])
    return frozenset(str(n) for e in entries for n in (*e.get("en", ()), *e.get("zh", ())))


def _company_initials(entities: Mapping[str, WatchEntity]) -> frozenset[str]:
    """The names and aliases of the watchlist's companies ("TSMC", "AMD"): no authority's."""
    return frozenset(
        n for e in entities.values() if e.type == "company" for n in (e.name, *e.aliases)
    )


def _named_authority_acts(
    sentence: Sentence,
    cues: AboutCues,
    entities: Mapping[str, WatchEntity],
    company_names: Sequence[str],
) -> bool:
    """Whether an authority named by its initials or its place is the subject of an act.

    "The SPC released a draft interpretation", "RBI fines two lenders", "Zhejiang proposed a
    list", 深圳发布数据条例: the `acts` reading knows its authorities by their words, the
    watchlist and the form of an institution's name; initials and a place alone are none of
    these. A company's initials ("TSMC released", a watchlist company or one linked in the text)
    are the company's; a place that is only where something happens ("In Shenzhen, Tencent
    published") is no subject.
    """
    if _someone_tells(sentence, cues):
        return False
    acts = [m for m in cues.official.finditer(sentence.text) if m.group(0) in cues.official_acts]
    for match in [*cues.acts.finditer(sentence.text), *acts]:
        if sentence.text[match.end() : match.end() + 1] == "-":
            continue
        speaker = _speaker(sentence, match.start(), cues)
        if _MODAL_VERB.search(speaker) or _NO_AUTHORITY.search(speaker):
            continue
        words = _bare_subject(speaker)
        if not words:
            # "The health ministry, still called the Department of Health by some hospitals,
            # proposed": the subject before a phrase set off by commas
            pieces = _CLAUSE_BREAK.split(sentence.text[: match.start()])
            if len(pieces) < 3 or _bare_subject(pieces[-1]) or not pieces[-2][:2].strip():
                continue
            subject = _bare_subject(pieces[-3])
            if (
                len(subject.split()) <= 4
                and cues.authorities.search(subject)
                and not cues.not_authorities.search(subject)
            ):
                return True
            words = subject
        if _names_place_or_initials(words, entities, company_names, cues.not_authority_initials):
            return True
    return False


def _initials_speak(
    sentence: Sentence,
    cues: AboutCues,
    entities: Mapping[str, WatchEntity],
    company_names: Sequence[str],
) -> bool:
    """Whether an authority named by its initials alone is the one who speaks.

    "..., PHMSA said", "The FTC said on Tuesday that ...", "CMS said in a statement": the
    initials are the whole subject of a verb of saying, as :func:`_named_authority_acts` reads
    them for an act; :func:`sourcing` reads it in the lead only. Initials that name no authority
    (``not_authority_initials``: an outlet, a role, a company's) and a company's name or initials
    are no authority's.
    """
    for match in cues.on_record.finditer(sentence.text):
        if has_cjk(match.group(0)) or _negated(sentence.text, match.start(), match.end()):
            continue
        speaker = _speaker(sentence, match.start(), cues)
        if _LISTED_BEFORE.search(sentence.text[: match.start() - len(speaker)]):
            continue  # "Vodafone Portugal and MEO said": one of several speakers, a company's
        words = _bare_subject(speaker)
        if (
            words
            and _INITIALS_SUBJECT.match(words) is not None
            and _names_place_or_initials(
                words, entities, company_names, cues.not_authority_initials
            )
        ):
            return True
    return False


# A speaker joined to others before it: "Vodafone Portugal and MEO said", "NOS or MEO".
_LISTED_BEFORE = re.compile(r"(?:\band|\bor|&)\s*$", re.IGNORECASE)


# "the province of Guizhou", "the city of Shenzhen": a place named with its level.
_PLACE_LEVEL = re.compile(r"^(?:the\s+)?(?:province|city|municipality|region)\s+of\s+", re.I)


def _bare_subject(words: str) -> str:
    """The words of a subject without the time or auxiliary before its verb (``has``, 日前)."""
    words = " " + words.strip().rstrip(" ,")
    while (trimmed := _TRAILING_TIME.sub("", words)) != words:
        words = trimmed.rstrip(" ,")
    return words.strip()


def _names_place_or_initials(
    words: str,
    entities: Mapping[str, WatchEntity],
    company_names: Sequence[str],
    not_initials: Collection[str] = frozenset(),
) -> bool:
    """Whether a whole subject is a place of ``places.toml`` or an authority's initials.

    ``not_initials``: initials that name no authority (an outlet, a role, a common acronym, a
    company outside the watchlist: ``not_authority_initials`` of ``about.toml``).
    """
    if not words:
        return False
    if has_cjk(words[-1]):
        bare = words[:-1] if words[-1] in "省市" and len(words) > 2 else words
        return bare in _place_names() or words in _place_names()
    found = _INITIALS_SUBJECT.match(words)
    name = found.group("name") if found else re.sub(r"^the\s+", "", words, flags=re.I)
    name = _PLACE_LEVEL.sub("", name)
    if found is None and name not in _place_names():
        return False
    if found is not None and name.upper() in not_initials:
        return False  # "CNN published a poll", "The CEO unveiled a plan": no authority
    return name not in company_names and name not in _company_initials(entities)


def _speaker(sentence: Sentence, at: int, cues: AboutCues) -> str:
    """The words before a cue at ``at`` (offset in the sentence) in its clause: who speaks or acts.

    When that clause is only a name set off by commas, an apposition ("China's standards
    committee, TC260, released"), the clause before the name is read with it.
    """
    pieces = _CLAUSE_BREAK.split(sentence.text[:at])
    speaker = pieces[-1] if pieces else ""
    if len(pieces) >= 3 and not speaker.strip():
        name = pieces[-2].strip()  # "committee, TC260, released": a name between two commas
        short = name and len(name.split()) <= 2 and name[:1].isupper()
        if short and not cues.authorities.search(name):
            return pieces[-3] + "," + pieces[-2]
    return speaker


# -- an authority off the watchlist, known by the form of its name ------------------------------

# An institute is a public body when the state names it ("National Institute of ...") or owns it
# ("the Commerce Department's ... Institute"); "the Allen Institute for AI" is not.
_PUBLIC_LEVEL = frozenset({"national", "state", "federal", "government", "public", "royal"})
_NAME_JOINS = frozenset({"of", "for", "and", "on", "the", "&"})
# A public body named in lower case by its level: "the city's procurement office", "the state
# data bureau", "the lower house" (the level says it is no company's office).
_PUBLIC_BODY_LOWER = re.compile(
    r"\b(?:city|city's|state|state's|county|county's|municipal|provincial|prefectural|federal|"
    r"national|government|government's|district|regional|lower|upper)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:office|institute|house)$"
)
# A Chinese public body by the last character of its name: 国家新闻出版署, 市数据局, 市采购办,
# 省委, 商务部, 立法会 (not 签署, 部署, 总部, 内部: a signing, a deployment, a company's head
# office).
_INSTITUTION_ZH = re.compile(
    r"(?:(?<![签部])署|(?<![格布结开])局|(?<![内全外总干乐本分])部|委|(?<![举主创承协开兴])办|"
    r"办公室|(?<![餐客大展])厅|人大常委会|人大|立法会|议会|国会|议院)$"
)
# The time or auxiliary between a name and its verb: "on Monday", "has", 12月3日, 正式, and a
# legislature's procedure before its act (三读通过, 表决通过).
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:has|have|had|also|on|this|last|late|early|earlier|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day|week|month|yesterday|today)|\s*(?:\d{4}年|\d{1,2}月|\d{1,2}日|[今昨本]日|"
    r"[今昨]天|日前|近日|正式|已经|已|也|等部门|等|[一二三]读|表决|投票))$",
    re.IGNORECASE,
)


def _institution(before: str, company_names: Sequence[str] = ()) -> bool:
    """Whether the words before a verb end with a public body's name, known by its form.

    "The Office of the US Trade Representative said", "Germany's Federal Cartel Office said",
    "The Commerce Department's National Institute of Standards and Technology on Monday
    published", "the city's procurement office said", "The US House of Representatives voted",
    国家新闻出版署12月2日表示: an authority acting in its own name, on the watchlist or not. A
    name that holds a linked company's ("Microsoft Office") is the company's.
    """
    words = before.rstrip(" ,")
    while (trimmed := _TRAILING_TIME.sub("", words)) != words:
        words = trimmed.rstrip(" ,")
    if not words:
        return False
    if has_cjk(words[-1]):
        return bool(_INSTITUTION_ZH.search(words))
    if _PUBLIC_BODY_LOWER.search(words):
        return True
    run: list[str] = []
    for token in reversed(words.split()):
        bare = token.strip("\"'“”‘’()")
        if not bare or not (bare[:1].isupper() or bare.lower() in _NAME_JOINS):
            break
        run.insert(0, bare)
    while run and run[0].lower() in _NAME_JOINS - {"the"}:
        run.pop(0)
    if not run or run[-1].lower() in _NAME_JOINS:
        return False
    owned = [i for i, w in enumerate(run) if w.endswith(("'s", "’s"))]
    owner, name = (run[: owned[-1] + 1], run[owned[-1] + 1 :]) if owned else ([], run)
    if not name or any(c in " ".join(run) for c in company_names):
        return False
    heads = {w.lower() for w in name if w[:1].isupper()}
    if heads & _PUBLIC_BODY_HEADS:
        return True
    if "institute" in heads:
        return bool(heads & _PUBLIC_LEVEL) or _institution(" ".join(owner)[:-2])
    return False


# A public body told beside its name ("Ofcom, the UK's online safety regulator, said"): the
# apposition names a body, not a person ("Li Wei, a former ministry official, said" is a person).
_BODY_APPOSITION = re.compile(
    r"^(?:the|a|an|its)\s.*\b(?:regulator|watchdog|agency|authority|office|bureau|ministry|"
    r"department|commission|administration|inspectorate|legislature|parliament|standards body)$",
    re.IGNORECASE,
)


def _apposed_institution(before: str) -> bool:
    """Whether a name set off by commas is described as a public body just before the verb."""
    pieces = re.split(r",", before)
    if len(pieces) < 3 or pieces[-1].strip():
        return False
    name = pieces[-3].split()
    described = _BODY_APPOSITION.match(pieces[-2].strip())
    return bool(name) and name[-1][:1].isupper() and described is not None


# A subject that says no authority acted: "no agency has confirmed any plan", "neither ministry
# has announced", "none of the regulators", 尚无部门发布, 没有任何部门.
_NO_AUTHORITY = re.compile(
    r"\b(?:no|neither|none|nobody)\b(?!\.)|尚无|并无|没有|无任何|未有", re.IGNORECASE
)


def _company_word(words: str, cues: AboutCues, company_names: Sequence[str]) -> bool:
    """Whether words name a company and no authority ("the company", "Tencent", 中芯国际)."""
    if cues.authorities.search(words) and not cues.not_authorities.search(words):
        return False
    if _TAIWAN_BRANCH_IN.search(words):
        return False  # "the Executive Yuan's spokesperson": no company's executive
    return bool(cues.not_authorities.search(words)) or any(n in words for n in company_names)


# Bodies that are no authority and act for themselves: an industry association, a group of
# developers, a league, a platform ("A Tokyo-based association of 140 AI firms published a
# voluntary code", 抖音电商发布规则, 职业联赛发布公告).
_OWN_BODY = re.compile(
    r"\b(?:association|alliance|consortium|federation|league|developers|publishers|platforms?)\b"
    r"|协会|联盟|联赛|商会|平台|电商",
    re.IGNORECASE,
)
# A headline that gives its speaker before a colon: "中芯国际：预计四季度收入环比持平".
_TITLE_SPEAKER = re.compile(r"^\s*([^：:，,。]{2,16})[：:]")
# ", saying ...": the words of the sentence's subject, told with its act ("TSMC raised its
# guidance on Thursday, saying demand ...").
_SAYING = re.compile(r",\s*saying\b", re.IGNORECASE)


def _own_body(words: str, cues: AboutCues, company_names: Sequence[str]) -> bool:
    """Whether words name a company or a body that is no authority (an association, a league)."""
    if _company_word(words, cues, company_names):
        return True
    return bool(_OWN_BODY.search(words)) and not (
        cues.authorities.search(words) and not cues.not_authorities.search(words)
    )


def _body_acts(sentence: Sentence, cues: AboutCues, company_names: Sequence[str]) -> bool:
    """Whether a company or another body that is no authority states its own act or outlook.

    "A Tokyo-based association of 140 AI firms published a voluntary code", "Apple will require
    developers to ...", "TSMC raised its full-year guidance on Thursday, saying ...", 抖音电商
    12月1日发布规则, a title "中芯国际：预计……": no speech verb, but the body's own act is its
    word on the record. A company that is told or fined ("Tencent was told to") does not act.
    """
    if sentence.part == "title":
        colon = _TITLE_SPEAKER.match(sentence.text)
        if colon and _own_body(colon.group(1), cues, company_names):
            return True
    if _SAYING.search(sentence.text):
        opening = _CLAUSE_BREAK.split(sentence.text, maxsplit=1)[0]
        if _own_body(opening, cues, company_names):
            return True
    for cue in (cues.acts, cues.official):
        for match in cue.finditer(sentence.text):
            if _PASSIVE_BEFORE.search(sentence.text[: match.start()]):
                continue
            if _negated(sentence.text, match.start(), match.end()):
                continue
            if _DONE_TO_AFTER.match(sentence.text[match.end() :]):
                continue  # a headline's passive: "Apollo Go cleared for driverless rides"
            speaker = _speaker(sentence, match.start(), cues)
            if cues.stage_context.search(speaker) or _MAYBE.search(speaker):
                continue  # "after Apple approved ...", "on talk that the Dutch could widen"
            if _own_body(speaker, cues, company_names):
                return True
    return False


_DONE_TO_AFTER = re.compile(r"^\s+(?:for|by|over|after|to\s+\w+\s+for)\b", re.IGNORECASE)
_MAYBE = re.compile(r"\b(?:could|would|may|might|talk|speculation)\b|可能|或将|传闻", re.I)


def _company_tells(sentence: Sentence, cues: AboutCues, company_names: Sequence[str]) -> bool:
    """Whether a company tells the sentence: "..., the company said", 腾讯表示, "Alibaba said that".

    What the company says about an authority's act or document (a notice it received, a fine
    it was given, the rule it follows) rests on the company's word, not the authority's.
    """
    for match in cues.on_record.finditer(sentence.text):
        if cues.acts.search(match.group(0)) or _negated(sentence.text, match.start(), match.end()):
            continue
        if _PASSIVE_BEFORE.search(sentence.text[: match.start()]):
            continue  # "Tencent was told to pause": the company is told, it does not tell
        if _company_word(_speaker(sentence, match.start(), cues), cues, company_names):
            return True
    return False


# An office-holder speaking in person ("Foreign Trade Minister Thijs Aarts told parliament",
# "the technology secretary said", 国家数据局局长表示): the read sets mark such words on the
# record, a spokesperson's statement for the office official (see :func:`_in_person`).
_OFFICE_HOLDER = re.compile(
    r"\b(?:minister|secretary|senator|governor|commissioner|premier|president|chancellor|mayor)\b"
    r"|部长|局长|厅长|省长|市长|主席",
    re.IGNORECASE,
)
_SPEECH = re.compile(r"\b(?:said|says|told|tells|wrote|writes)\b|表示|称|说")


def _in_person(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether an office-holder tells the sentence in person, not a spokesperson or an office.

    "The Netherlands will require ASML to ..., Foreign Trade Minister Thijs Aarts told
    parliament", "Taiwan's digital affairs minister said on Monday that ...": the minister's
    own words are on the record even when they report the ministry's act. "A ministry
    spokesperson said", "the ministry said" and "a spokesperson for the minister said" stay the
    office's word.
    """
    for match in _SPEECH.finditer(sentence.text):
        if _negated(sentence.text, match.start(), match.end()):
            continue
        if _PASSIVE_BEFORE.search(sentence.text[: match.start()]):
            continue  # "the minister was told": someone else tells
        speaker = _speaker(sentence, match.start(), cues)
        if cues.spokesperson.search(speaker) or "spokes" in speaker.lower():
            continue
        if _institution(sentence.text[: match.start()]):
            continue  # "the Office of the Prime Minister said": the office, not the person
        if _OFFICE_HOLDER.search(speaker):
            return True
    return False


# Another party's word on an act: a consultant, analyst, lawyer or critic tells it ("..., a
# Doha-based consultant wrote in a client note", "Critics had warned when lawmakers proposed",
# 律师表示). The authority named in it does not speak.
_THIRD_PARTY = (
    r"consultants?|consultanc(?:y|ies)|analysts?|lawyers?|attorneys?|advis[eo]rs?|critics?"
    r"|economists?|researchers?|professors?|academics?|brokers?|commentators?|campaigners?"
    r"|law\s+firm|think\s+tank"
)
_THIRD_PARTY_WORD = re.compile(
    rf",\s*(?:(?:a|an|the|one|two|several|some)\s+)?(?:[\w.'’-]+\s+){{0,4}}?(?:{_THIRD_PARTY})\b"
    r"[^,.;]{0,40}?\b(?:said|says|wrote|writes|noted|notes|told|warned|argued|argues)\b"
    rf"|^\W*(?:(?:some|many|several)\s+)?(?:{_THIRD_PARTY})\b\s+(?:(?:had|have|has)\s+)?"
    r"(?:said|say|says|warned|warn|warns|wrote|argued|argue|noted|note|expect|expected|"
    r"believe|believed|told)\b"
    r"|(?:分析师|律师|咨询(?:公司|顾问|机构)|批评者|批评人士)[^，。；]{0,12}?(?:表示|称|认为|指出|写道)",
    re.IGNORECASE,
)


def _third_party_word(sentence: Sentence) -> bool:
    """Whether a consultant's, analyst's, lawyer's or critic's word tells the sentence."""
    return _THIRD_PARTY_WORD.search(sentence.text) is not None


# A passive act with no agent named: "Under rules issued on Tuesday, ...", "Two drone makers were
# added to the US Entity List" (the authority is implied: its own act, ``official``).
_PASSIVE_ACT = re.compile(
    r"\b(?:rules?|regulations?|measures?|guidelines?|guidance|orders?|notices?|decrees?"
    r"|standards?)\s+(?:(?:that\s+)?(?:was|were)\s+)?(?:issued|published|adopted|released"
    r"|finali[sz]ed|promulgated)\s+(?:on|this|last|in\s+(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december))\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:added|placed|put)\s+(?:to|on)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?:entity\s+list|blacklist|sanctions\s+list|unverified\s+list)\b"
    # a text named with the authority that made it: "under a bill the UK government published
    # on Wednesday", "rules that the ministry issued on Friday"
    r"|\b(?:bill|rules?|regulations?|guidance|guidelines|draft|order|notice|plan)\s+"
    r"(?:that\s+|which\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:government|ministry|commission"
    r"|regulator|department|agency|council|parliament|cabinet)\s+(?:\w+\s+)?(?:published"
    r"|issued|released|adopted|unveiled|introduced|tabled|proposed|finali[sz]ed)\b",
    re.IGNORECASE,
)


def _passive_act(sentence: Sentence, company_names: Sequence[str] = ()) -> bool:
    """Whether a head sentence tells a public act in the passive with no agent (``official``).

    Not when an agent follows ("issued by the association"): that agent is the teller; nor when
    a linked company or a platform is in the sentence ("Tencent will require ..., under updated
    platform rules published on Friday": the company's own rules).
    """
    if any(name in sentence.text for name in company_names):
        return False
    for match in _PASSIVE_ACT.finditer(sentence.text):
        if re.match(r"\s*by\b", sentence.text[match.end() : match.end() + 40]):
            continue
        if _OWN_RULES_BEFORE.search(sentence.text[: match.start()]):
            continue
        return True
    return False


#: Rules of a business's own: "updated platform rules", "the company's rules", "its own rules".
_OWN_RULES_BEFORE = re.compile(
    r"\b(?:platform|company|company's|company’s|firm's|firm’s|community|house|internal|its\s+own"
    r"|industry|association's|association’s|store)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _official_in(
    sentence: Sentence,
    cues: AboutCues,
    actor_names: Sequence[str],
    company_names: Sequence[str] = (),
) -> bool:
    """Whether a sentence shows an authority's own document, statement or act.

    The speaker of a statement or act is the words before the cue in its clause (or after
    "issued by"): an authority word, or a watchlist agency, government or country. A sentence a
    company tells (:func:`_company_tells`) and a document a company issues (its notice to users,
    its filing, 公司发布公告) are the company's word.
    """
    if _head_announces_own_act(sentence, cues):
        return True  # '"We have directed the platforms to ...," the commissioner told reporters'
    if _company_tells(sentence, cues, company_names) or _in_person(sentence, cues):
        return False
    if _third_party_word(sentence):
        return False  # "the decree remains in force, a consultant wrote": the consultant's word
    if _vote_tally(sentence):
        return True  # "The bill passed 48 to 20": a legislature's formal act
    for match in cues.documents.finditer(sentence.text):
        speaker = _speaker(sentence, match.start(), cues)
        if _NO_AUTHORITY.search(speaker):
            continue  # "there has been no official notice", 尚无正式通知
        if not _company_word(speaker, cues, company_names):
            return True
    if _DOC_NUMBER.search(sentence.text):
        return True
    for match in _BY.finditer(sentence.text):
        after = sentence.text[match.end() : match.end() + 60]
        if cues.authorities.search(after) or any(name in after for name in actor_names):
            return True
    if _authority_spokesperson(sentence, cues, actor_names):
        return True
    if _owned_spokesperson(sentence, cues, actor_names, company_names):
        return True
    for match in cues.official.finditer(sentence.text):
        if _negated(sentence.text, match.start(), match.end()):
            continue  # "has announced no such step": nothing official shows it
        speaker = _speaker(sentence, match.start(), cues)
        doer = _ZH_OBJECT.split(speaker, maxsplit=1)[0]
        if (
            doer != speaker
            and cues.authorities.search(doer)
            and not cues.not_authorities.search(doer)
        ):
            return True  # 法院……对两家公司的纠纷作出判决: the companies are its object
        if cues.not_authorities.search(speaker) is not None:
            continue  # "a trade association official said": no authority speaks
        if cues.stage_context.search(speaker) is not None:
            continue  # "a year after Washington restricted exports": history, not the source
        if _NO_AUTHORITY.search(speaker):
            continue  # "though no agency has confirmed any plan": no authority acted
        if cues.authorities.search(speaker) is not None:
            return True
        before = sentence.text[: match.start()]
        if _institution(before, company_names) or _apposed_institution(before):
            return True  # an authority off the watchlist by its name's form
        for name in actor_names:
            # the name itself speaks: "the Chinese government said", "the Ministry of Industry
            # and Information Technology (MIIT) said"; not "customers in China ordered", nor
            # "the Beijing company said", nor "a spokesperson for LINE Taiwan said"
            if _name_speaks(before, name) and not _company_unit(before, name):
                return True
    return False


# A Chinese preposition that puts the object of an act before its verb (法院对……作出判决,
# 监管部门就……约谈): the words after it are no speaker.
_ZH_OBJECT = re.compile(rf"(?<=[{HAN}\d日])(?:对|就|向)")


def _authority_spokesperson(
    sentence: Sentence, cues: AboutCues, actor_names: Sequence[str]
) -> bool:
    """Whether an unnamed spokesperson speaks for the authority the sentence opens with.

    "The European Commission will open an investigation, a spokesperson said": the speaker
    clause holds no name of its own, so it is the subject's spokesperson.
    """
    for match in cues.spokesperson.finditer(sentence.text):
        speaker = _clause_before(sentence, sentence.start + match.start())
        if speaker.strip() or match.start() == 0:
            continue  # "a Tencent spokesperson", or a spokesperson who opens the sentence
        opening = _CLAUSE_BREAK.split(sentence.text, maxsplit=1)[0]
        if cues.not_authorities.search(opening):
            continue
        if cues.authorities.search(opening) or any(name in opening for name in actor_names):
            return True
    return False


# A spokesperson named by whom they speak for: "the Executive Yuan's spokesperson said", "a
# spokesman for the Federal Cartel Office said".
_OWNED_SPOKESPERSON = re.compile(
    r"(?:\b(?:an?|the)\s+)?((?:[\w.&'’-]+\s+){0,6}?[\w.&-]+)['’]s\s+"
    r"(?:chief\s+|deputy\s+|official\s+)?spokes(?:person|man|woman)\b"
    r"|\bspokes(?:person|man|woman)\s+for\s+((?:the\s+)?(?:[\w.&'’-]+\s+){0,6}?[\w.&-]+)"
    r"(?=\s*,|\s+(?:said|says|told|added|confirmed|announced)\b)",
)


def _owned_spokesperson(
    sentence: Sentence,
    cues: AboutCues,
    actor_names: Sequence[str],
    company_names: Sequence[str] = (),
) -> bool:
    """Whether a spokesperson who speaks in the sentence is an authority's, by its name.

    "..., the Executive Yuan's spokesperson said", "a spokesman for the Federal Cartel Office
    told reporters": the body they speak for is an authority (an authority word, a public body
    by its name's form, a linked agency or government), so the word is the authority's own. Not
    "the company's spokesperson", "a spokeswoman for Tencent", "a spokesperson for the
    association".
    """
    if not _may_match(_OWNED_SPOKESPERSON, sentence.text):
        return False
    for match in _OWNED_SPOKESPERSON.finditer(sentence.text):
        if match.start() > 0 and _negated(sentence.text, match.start(), match.end()):
            continue
        owner = (match.group(1) or match.group(2) or "").strip()
        tail = " ".join(owner.split()[-4:])
        if not tail or (cues.not_authorities.search(tail) and not _taiwan_branch(tail)):
            continue
        if any(c and c in owner for c in company_names):
            continue
        if (
            cues.authorities.search(tail)
            or _institution(tail, company_names)
            or _taiwan_branch(tail)
            or any(
                name and owner.endswith(name) and not _company_unit(owner, name, owner=True)
                for name in actor_names
            )
        ):
            return True
    return False


# A spokesperson for a company's local unit named after a place: a capitalised brand right
# before the linked name ("a spokesperson for LINE Taiwan", "Sands China"); not the place itself
# ("for China", "for the US"), nor a name that reads on ("South Korea", "New Zealand").
_UNIT_BRAND = re.compile(
    r"(?:^|\bspokes(?:person|man|woman)\s+for\s+)(?!(?:The|South|North|East|West|New)\b)"
    r"[A-Z][\w&.-]*\s+$"
)


def _company_unit(words: str, name: str, *, owner: bool = False) -> bool:
    """Whether the words before a linked name make it a company's unit named after a place.

    ``words``: the owner of a spokesperson ("LINE Taiwan", with ``owner``) or the words of a
    sentence up to the name and its verb ("..., a spokesperson for Sands China said"): the brand
    before the country's name makes the speaker a business, whose word is on the record.
    """
    at = words.rfind(name)
    if at <= 0:
        return False
    brand = _UNIT_BRAND.search(words[:at])
    return brand is not None and (owner or brand.group(0)[:1].islower())


# Taiwan's five branches of government, named "Yuan" (not the currency: "10 billion yuan").
_TAIWAN_BRANCH_IN = re.compile(r"\b(?:Executive|Legislative|Control|Judicial|Examination)\s+Yuan\b")
_TAIWAN_BRANCH = re.compile(_TAIWAN_BRANCH_IN.pattern + "$")


def _taiwan_branch(name: str) -> bool:
    """Whether ``name`` ends with one of Taiwan's branches of government ("the Executive Yuan")."""
    return bool(_TAIWAN_BRANCH.search(name.rstrip(" ,")))


# What may stand between a name and its verb: an auxiliary or a time ("the United States has
# ordered", 国家新闻出版署12月2日发布, 国务院日前印发).
_AUX_OR_TIME = re.compile(
    r"^(?:\s*(?:has|have|had|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|\d{4}年|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|[今昨]天|[今昨本]日|日前|近日|近期|周[一二三四五六日]"
    r"|上午|下午|晚间|已经|已|正式)\s*)+$",
    re.IGNORECASE,
)


def _name_speaks(before: str, name: str) -> bool:
    """Whether ``name`` ends the words before a cue (an acronym in brackets aside).

    A clause break inside the name does not matter: "the Ministry of Industry and Information
    Technology (MIIT) said".
    """
    at = before.rfind(name)
    if at < 0:
        return False
    between = re.sub(r"\s*\([^)]*\)", "", before[at + len(name) :])
    if between.strip() and not _AUX_OR_TIME.match(between):
        return False  # "the Beijing company said": the company speaks
    return not set(before[:at].lower().split()[-1:]) & _PLACE_PREPS


# "Nikkei reported on Monday", "..., Caixin says": a name reporting, at the end of a clause.
# "..., Nikkei reported", "The Pinewood Digital reported", "fell after Kestrel Review reported
# that": an unlinked name before "reported" (a conjunction of time may open its clause)
# A name may hold "of" ("the Press Trust of India reported"); "reported at the time" is a report
# of then.
_OUTLET_REPORTED = re.compile(
    r"(?:^|[,;]\s*|\b(?:the|The|after|when|as|since|before|until)\s+)"
    r"((?:[A-Z][\w.&'-]*\s+(?:of\s+)?){0,3}[A-Z][\w.&'-]*)\s+"
    r"(?:reported|reports|says|said)"
    r"(?=\s+(?:on|late|earlier|last|this|in|that|at the time|,)|\s*[,.]|\s*$)"
)
# "according to trade press", "quoted by Circuit Standard": a name whose last word is an outlet's.
_ACCORDING_TO = re.compile(
    r"\b(?i:according\s+to|quoted\s+by|cited\s+by|reported\s+by)\s+(?:the\s+|The\s+|an?\s+)?"
    r"((?:[\w'&-]+\s+){0,3}[\w'&-]+)"
)


def _outlet_named(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether an outlet is the source: a name ending in an outlet word (``outlet_heads``)."""
    for match in _ACCORDING_TO.finditer(sentence.text):
        words = re.findall(r"[\w'&-]+", match.group(1))
        name: list[str] = []
        for word in words:
            if not word[:1].isupper():
                break
            name.append(word)
        if name and name[-1].lower() in cues.outlet_heads:
            return True  # a name ending in an outlet's word: "Circuit Standard"
        if any(w.lower() in ("press", "media") for w in words[:3]):
            return True  # "according to trade press", "quoted by local media"
    return False


def _outlet_reports(sentence: Sentence, mentions: Sequence[Mention], cues: AboutCues) -> bool:
    """Whether an unlinked name that is no authority reports the news ("Nikkei reported")."""
    for match in _OUTLET_REPORTED.finditer(sentence.text):
        name = match.group(1)
        start = sentence.start + match.start(1)
        lowered = name.lower()
        # a name ending in an outlet's word is an outlet even when it opens with a linked place
        # ("the Beijing Youth Daily reported") and when it "said" ("Kestrel Tech Daily said")
        outlet = lowered.split()[-1] in cues.outlet_heads
        if not outlet and any(m.entity_id and m.start <= start < m.end for m in mentions):
            continue
        if cues.authorities.search(lowered) or cues.anonymous.search(lowered):
            continue
        if lowered.split()[-1] in ("sources", "source", "people", "officials", "company"):
            continue
        said = match.group(0).rstrip().endswith(("said", "says"))
        if said and sentence.part != "title" and not outlet:
            continue  # "Li Wei said": a person, on record; a title's "..., Caixin says" is not
        return True
    return False


# "was denied a permit", "had been denied entry": someone refused something (a passive with its
# object after it), not a report denied ("the report was denied by the ministry").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_REFUSED_OBJECT = re.compile(
    r"^\s+(?:a|an|the|any|its|their|his|her|entry|access|bail|permission|approval)\b",
    re.IGNORECASE,
)


_REFUSED_LATER = re.compile(
    r"\b(?:will|would|could|may|might|can|must|should)\s+(?:\w+ly\s+)?(?:not\s+)?be\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# A settlement's formula, that takes no side: "did not admit or deny the allegations", "neither
# admits nor denies", "without admitting or denying", 既不承认也不否认: no report is denied.
_ADMIT_OR = re.compile(
    r"\b(?:admit|admits|admitted|admitting|confirm|confirms|confirmed|confirming)\s+(?:or|nor)\s+$"
    r"|承认[^，。；！？,]{0,3}$",
    re.IGNORECASE,
)


_RUMOUR_WORD = re.compile(r"^rumou?rs?$", re.IGNORECASE)
#: Before "rumours" in its clause, the act that makes them a denial: "dismissed the rumours",
#: "called the reports rumours", "the reports are mere rumours".
_RUMOUR_DISMISSED_BEFORE = re.compile(
    r"\b(?:dismiss\w*|quash\w*|dispel\w*|scotch\w*|squash\w*|refut\w*|reject\w*|den(?:y|ies|ied)"
    r"|call(?:s|ed|ing)?|labell?\w*|brand\w*|(?:is|are|was|were)(?:\s+(?:just|mere|merely|only"
    r"|pure|baseless|unfounded|false))*)\b[^.;:,]{0,40}$",
    re.IGNORECASE,
)


def _rumour_dismissed(text: str, start: int) -> bool:
    """Whether "rumours" at ``start`` is a word of denial, not market talk.

    "dismissed the rumours", "the reports were mere rumours" deny; "shares fell on rumours that",
    "amid rumours of a ban" tell the talk itself.
    """
    return bool(_RUMOUR_DISMISSED_BEFORE.search(text[max(0, start - 80) : start]))


# A disclosure or statement found false, the offence an enforcement act names: 信披不实,
# 信息披露不实, 申报不实, 陈述不实 (no denial of a report).
_OFFENCE_FALSE_BEFORE = re.compile(r"(?:信披|披露|申报|陈述|记载|报告|材料)(?:存在|内容)?$")


def _denials(text: str, cues: AboutCues) -> Iterator[re.Match[str]]:
    """The denial cues of a text, without the refusals a passive states ("was denied a visa").

    Nor a settlement's "did not admit or deny" (:data:`_ADMIT_OR`): no side taken.
    """
    for match in cues.denial.finditer(text):
        if _ADMIT_OR.search(text[max(0, match.start() - 24) : match.start()]):
            continue  # "neither admits nor denies the findings": no side taken
        if (
            match.group(0).lower() == "denied"
            and _PASSIVE_BEFORE.search(text[: match.start()])
            and (
                _REFUSED_OBJECT.match(text[match.end() :])
                or _REFUSED_LATER.search(text[: match.start()])
            )
        ):
            continue  # "was denied a visa", "a licence that will usually be denied": refusals
        if _refusal_of_a_grant(text, match):
            continue  # "would let the department deny future licences": a refusal, no denial
        if _RUMOUR_WORD.match(match.group(0)) and not _rumour_dismissed(text, match.start()):
            continue  # "shares fell on rumours that": market talk, no denial
        if match.group(0) == "不实" and _OFFENCE_FALSE_BEFORE.search(text[: match.start()]):
            continue  # 信披不实, 披露不实: an offence named, not a report denied
        if _false_content(text, match):
            continue  # 散布不实信息, "giving inaccurate information": false content, no denial
        yield match
    for match in _reports_called_false(text):  # "said reports of a ban were false"
        if not _false_content(text, match):
            yield match


def _false_content(text: str, match: re.Match[str]) -> bool:
    """Whether a denial cue describes content after it rather than denying a report.

    不实信息, "inaccurate information" (:data:`_FALSE_AS_MODIFIER`), unless a copula comes
    before it (……系不实信息: "is false information", a denial all the same).
    """
    return bool(
        _FALSE_AS_MODIFIER.match(text, match.end()) and not _IS_BEFORE.search(text[: match.start()])
    )


def _denial_now(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence denies a report as its news.

    Not as history: "since the ministry denied the report last month".
    """
    for match in _denials(sentence.text, cues):  # false content (不实信息) is left out there
        before = _clause_before(sentence, sentence.start + match.start())
        if _DENIED_BACK.match(sentence.text[match.end() :]) or _MONTHS_AFTER.search(before):
            continue  # "the rule it denied in February", "five months after it denied": history
        if cues.stage_context.search(before) is None and not _PLUPERFECT.search(
            before + match.group(0)
        ):  # "Skyparcel had denied in March that ...": the cue itself told as history
            return True
    return False


# A past time right after a denial cue, in its clause: "the rule it denied in February", "the
# ministry denied such a plan last month" (a denial of weeks ago, not the news).
_DENIED_BACK = re.compile(
    r"^(?:\s+(?!(?:that|on|in)\b)[\w'-]+){0,4}?\s+(?:last\s+(?:week|month|year)|earlier\s+this\s+"
    r"(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)|(?:weeks|months|years)\s+ago)\b"
)
# Time counted from a denial before it: "eight months after the ministry denied".
_MONTHS_AFTER = re.compile(r"\b(?:days|weeks|months|years)\s+after\b", re.IGNORECASE)


# 不实 before a noun it describes (不实信息, 不实内容): false content, not a report denied; so is
# "inaccurate" or "untrue" before one ("fined TikTok for giving it inaccurate information").
_FALSE_AS_MODIFIER = re.compile(
    r"(?:的)?(?:信息|内容|言论)"
    r"|(?:(?<=inaccurate)|(?<=untrue))\s+(?:information|data|answers|figures|details)\b",
    re.IGNORECASE,
)
# ……系不实信息, 属于不实内容: "is false information", a denial all the same.
_IS_BEFORE = re.compile(r"(?:系|为|属|属于|是|纯属)$")
# A modal verb in the words before an act: "the government could extend its ban".
_MODAL_VERB = re.compile(
    # 将 as "will" before the act ("日本政府将在下月把……列入"), not the 将 of 将其列入 (an act done)
    r"\b(?:could|would|may|might|will|shall|should|can)\b|可能|或将"
    r"|将(?=在|会|要|尽快|很快|逐步|陆续|适时|下[月周]|明年|今年)",
    re.IGNORECASE,
)
# 监管部门要求……暂停: asked to halt (on unnamed sources: an instruction, not a suspension).
_ZH_ASKED = re.compile(r"要求|责令")
# 要求 as a verb with its addressee after it (监管部门要求深度求索……), not the noun (技术要求,
# 安全要求, 要求明确……: requirements).
_ZH_INSTRUCTS = re.compile(r"(?<![术全本的项性])要求(?![》）」，。；、的明：:]|$)")
# "In April the ministry had called the report untrue": a denial told as history.
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:called|denied|dismissed|rejected|said|described|refuted)\b",
    re.IGNORECASE,
)
# An authority's Q&A or press conference in a title: 答记者问, "answers questions on".
_QA = re.compile(
    r"答记者问|答问|回应|\banswers? (?:reporters'? )?questions\b|\bQ&A\b", re.IGNORECASE
)
# A question of a press conference or a Q&A (问：..., "Q: ...?"): its answer states the news.
_QUESTION = re.compile(r"[？?]\s*$")


def _company_names(mentions: Sequence[Mention], entities: Mapping[str, WatchEntity]) -> list[str]:
    """The names of the companies the text links (who may speak for themselves)."""
    return [
        m.text
        for m in mentions
        if m.entity_id is not None
        and m.entity_id in entities
        and entities[m.entity_id].type == "company"
    ]


def _actor_names(mentions: Sequence[Mention], entities: Mapping[str, WatchEntity]) -> list[str]:
    """The names of the authorities, governments and countries the text links (who may speak)."""
    return [
        m.text
        for m in mentions
        if m.entity_id is not None
        and m.entity_id in entities
        and entities[m.entity_id].type in ACTOR_TYPES - {"person"}
    ]


def _second_hand(sent: Sentence, mentions: Sequence[Mention], cues: AboutCues) -> bool:
    """Whether a sentence gives another outlet's report as the source."""
    return bool(
        cues.secondary.search(sent.text)
        or _outlet_reports(sent, mentions, cues)
        or _outlet_named(sent, cues)
        or _outlet_by_kind(sent, cues)
    )


# An outlet named by its kind, with or without its name: "a Tokyo business daily reported", "the
# trade newsletter ReelCount reported", "..., business daily says" (a title); and a name ending
# in "Report" that reports ("Deccan Tech Report said").
_OUTLET_KINDS = (
    r"(?:newsletter|newspaper|daily|weekly|tabloid|magazine|news\s+site|news\s+portal|"
    r"trade\s+(?:paper|journal|publication)|wire\s+service)"
)
_OUTLET_KIND_REPORTS = re.compile(
    rf"\b(?:a|an|the)\s+(?:[\w'&-]+\s+){{0,3}}?{_OUTLET_KINDS}"
    r"(?:\s+[A-Z][\w.&'-]*){0,3}\s+(?:reported|reports|wrote)\b"
)
_OUTLET_KIND_TITLE = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?(?:[\w'&-]+\s+){{0,2}}?{_OUTLET_KINDS}\s+(?:says|said|reports)\W*$"
)
_NAMED_REPORT = re.compile(
    r"(?:^|[,;]\s*)((?:[A-Z][\w.&'-]*\s+){1,3})Report\s+(?:said|says|reported|reports)\b"
)


def _outlet_by_kind(sent: Sentence, cues: AboutCues) -> bool:
    """Whether an outlet told by its kind is the source (see :data:`_OUTLET_KIND_REPORTS`).

    Its verb is "reported" or "wrote" in a body (a newspaper that "said" may be a regulated
    company speaking for itself), "says" only in a title's attribution; a name ending in
    "Report" is an outlet unless it holds an authority's word ("the Government Work Report").
    """
    if _OUTLET_KIND_REPORTS.search(sent.text):
        return True
    if sent.part == "title" and _OUTLET_KIND_TITLE.search(sent.text):
        return True
    for match in _NAMED_REPORT.finditer(sent.text):
        if not cues.authorities.search(match.group(1).lower()):
            return True
    return False


# People counted by their role and left unnamed, who tell the news: "according to two employees
# who saw an internal memo", "a person involved in the drafting said", "one person involved said"
# (the family of "people familiar with the matter"). Suppliers and traders telling their own
# business ("two Korean suppliers said they had stopped shipments") are on the record.
_COUNT = r"(?:a|an|one|two|three|four|five|several|some|multiple)"
_ROLE = (
    r"(?:person|people|employees?|staff(?:ers)?|managers?|engineers?|workers?|insiders?|"
    r"advisers?|advisors?)"
)
_COUNTED_PEOPLE = re.compile(
    rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\b"
    r"(?:\s+(?:who|involved|at|in|with|from|close|briefed)\b[^,.;:!?\"]{0,60}?)?"
    r"\s+(?:said|say|says|told)\b"
    rf"|\baccording\s+to\s+{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\b",
    re.IGNORECASE,
)


# An unnamed-source cue that names no one at all: 据悉, "it is learned".
_VAGUE = re.compile(r"据悉")


def _only_vague(sent: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence's unnamed sources are only a vague 据悉 (no people, no count).

    "智谱相关负责人表示，…… 据悉，部分应用商店已无法下载该App": the later 据悉 adds a detail; the
    named teller before it is the source.
    """
    cued = [m.group(0) for m in cues.anonymous.finditer(sent.text)]
    return (
        bool(cued)
        and all(_VAGUE.fullmatch(c) for c in cued)
        and not _COUNTED_PEOPLE.search(sent.text)
    )


# Sources counted or described, not named, after "according to": "according to two government
# sources", "according to senior industry sources" (no punctuation between: not "according to
# the ministry, sources of supply ...").
_ACCORDING_TO_SOURCES = re.compile(
    r"\baccording\s+to\s+(?:[\w'-]+\s+){1,3}?sources?\b", re.IGNORECASE
)


def _unnamed(sent: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence rests on unnamed sources (or a title's "said to").

    Unnamed sources are the cues of ``anonymous``, people counted by their role
    (:data:`_COUNTED_PEOPLE`) and sources counted or described after "according to"
    (:data:`_ACCORDING_TO_SOURCES`).
    """
    return bool(
        cues.anonymous.search(sent.text)
        or _documents_seen(sent)  # "according to documents seen by this outlet"
        # "a fund manager in Shanghai said": one person named by role and place is on record
        or any(not _placed_role(m) for m in _COUNTED_PEOPLE.finditer(sent.text))
        or _ACCORDING_TO_SOURCES.search(sent.text)
        or (sent.part == "title" and _SAID_TO.search(sent.text))
    )


class Unread(Enum):
    """A cue its caller has not read: the function that takes it reads it itself."""

    UNREAD = "unread"


#: the default of ``denial`` in :func:`sourcing`, :func:`stage` and :func:`stage_features`:
#: :func:`analyse` reads the denial once (:func:`denial_cue`) and passes it to the three; a
#: caller that does not reads it in each
UNREAD = Unread.UNREAD


def denial_cue(sentences: Sequence[Sentence], cues: AboutCues) -> Finding | None:
    """The denial of the report in the head, with its sentence, or None.

    Read in the title, the lead and the first ``SOURCING_SENTENCES`` body sentences, a body
    sentence only when it answers a question of the head (the two sentences after it). What the
    report rests on is then a denial (:func:`sourcing`), and the stage reads the same cue
    (:func:`stage`), whatever the outlet: an authority's rebuttal on its own outlet is sourced
    ``official`` (:func:`outlet_sourcing`) and still ``denied``.
    """
    read = [s for s in sentences if s.part != "body"]
    read += [s for s in sentences if s.part == "body"][: SOURCING_SENTENCES - LEAD_SENTENCES]
    # the head, and after a question in it the answer (the two sentences after the question)
    asked = [i for i, s in enumerate(read) if s.part != "body" and _QUESTION.search(s.text)]
    answer = {id(s) for i in asked for s in read[i + 1 : i + 3]}
    for sent in read:
        if (sent.part != "body" or id(sent) in answer) and _denial_now(sent, cues):
            return Finding("denial", sent.text)
    return None


def _denial_read(
    denial: Finding | Unread | None, sentences: Sequence[Sentence], cues: AboutCues
) -> Finding | None:
    """The head's denial: as the caller read it, or read now (:func:`denial_cue`)."""
    return denial_cue(sentences, cues) if isinstance(denial, Unread) else denial


def sourcing(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
    cues: AboutCues,
    denial: Finding | Unread | None = UNREAD,
) -> Finding:
    """What the report rests on, with the sentence that shows it.

    A denial in the title or lead makes it ``denial``. Otherwise the first sentence (title, then
    body, the first ``SOURCING_SENTENCES`` body sentences) with a cue decides: another outlet's
    report (``secondary``) before anonymous sources (``anonymous``) before an authority's own
    statement or document (``official``); named people or companies (``on-record``) count only
    when no stronger cue comes in those sentences. ``none`` when nothing attributes the news. A
    company that tells a sentence makes it its own word (:func:`_company_tells`), and a company
    that tells the head makes an authority's act further down no source of the article.
    ``denial``: the head's denial (:func:`denial_cue`) when the caller has read it.
    """
    actor_names = _actor_names(mentions, entities)
    companies = _company_names(mentions, entities)
    read = [s for s in sentences if s.part != "body"]
    body = [s for s in sentences if s.part == "body"][: SOURCING_SENTENCES - LEAD_SENTENCES]
    read += body
    denial = _denial_read(denial, sentences, cues)
    if denial is not None:
        return denial

    def second_hand(sent: Sentence) -> bool:
        return _second_hand(sent, mentions, cues)

    def unnamed(sent: Sentence) -> bool:
        return _unnamed(sent, cues)

    # The title states the act ("China bans gallium exports"), the first sentence what it rests
    # on ("..., people familiar with the matter said"): the basis wins over the act's verb.
    head = [s for s in read if s.part == "title"] + [s for s in read if s.part != "title"][:1]
    for check, value in ((second_hand, "secondary"), (unnamed, "anonymous")):
        found = next((s for s in head if check(s)), None)
        if found is not None:
            return Finding(value, found.text)
    court = next((s for s in head if _court_rules(s, cues)), None)
    if court is not None:
        return Finding("on-record", court.text)  # a court's ruling: the record of a case
    # an act stated plainly is the authority's own, unless the head gives it on someone's word
    told = any(
        _someone_tells(s, cues)
        and not _official_in(s, cues, actor_names, companies)
        and not (s.part != "title" and _initials_speak(s, cues, entities, companies))
        for s in head
    )
    # a company that tells the head tells the article: an authority's act further down (another
    # item, the background of its news) does not make it the authority's word
    company_head = any(_company_tells(s, cues, companies) for s in head)
    record: Sentence | None = None
    for sent in read:
        if second_hand(sent):
            return Finding("secondary", sent.text)
        if unnamed(sent) and not (record is not None and _only_vague(sent, cues)):
            # a vague 据悉 ("it is learned") after a named teller does not outrank the teller
            return Finding("anonymous", sent.text)
        later = company_head and sent not in head
        official = (
            not later
            and (
                _official_in(sent, cues, actor_names, companies)
                # initials, weaker evidence than an authority's word, tell only the lead (a
                # headline's "KRA says ..." may be anyone's)
                or (
                    sent in head
                    and sent.part != "title"
                    and _initials_speak(sent, cues, entities, companies)
                )
            )
        ) or (
            not told
            and sent.part != "body"
            and not _third_party_word(sent)
            and (
                _acts_in(sent, cues, actor_names)
                or _passive_act(sent, companies)
                or _named_authority_acts(sent, cues, entities, companies)
            )
        )
        if official and (
            sent.part != "body" or not cues.background_anywhere.search(sent.text)
        ):  # an authority's act of years ago further down is history, not the source
            return Finding("official", sent.text)
        if record is None and (
            any(
                not _negated(sent.text, m.start(), m.end())
                and not _inside_a_word(sent.text, m)
                and not _NO_AUTHORITY.search(_speaker(sent, m.start(), cues))
                and not _market_voice(_speaker(sent, m.start(), cues))
                for m in cues.on_record.finditer(sent.text)
            )
            or (sent in head and _body_acts(sent, cues, companies))
            or _research_note(sent)  # 一家券商在最新研报中预计: a broker's note
        ):
            record = sent
    late = _late_news(sentences, head, cues, actor_names, companies)
    if late is not None:
        return Finding("official", late.text)
    if record is not None:
        return Finding("on-record", record.text)
    return Finding("none")


# A day of the news in a sentence: "on Monday", "On Tuesday the government responded", "this
# week", 周一, and a Chinese month and day with no year (12月3日: a year names an earlier day).
_NEWS_DAY = re.compile(
    r"\b(?:on|this|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bthis week\b|周[一二三四五六日]|星期[一二三四五六日天]|(?<![年\d])\d{1,2}月\d{1,2}日"
    # a day of the month right after the authority that acts: 国家发展改革委18日宣布, 商务部22日就
    r"|(?<=[部委局办院署府])\d{1,2}日"
    # the days just past in Chinese news, right after the authority that acts: 工业和信息化部日前
    # 印发, 市场监管总局近日发布 (not 日前 elsewhere: 截至日前, a count to date)
    r"|(?<=[部委局办院署府厅])(?:日前|近日)",
    re.IGNORECASE,
)


def _late_news(
    sentences: Sequence[Sentence],
    head: Sequence[Sentence],
    cues: AboutCues,
    actor_names: Sequence[str],
    companies: Sequence[str],
) -> Sentence | None:
    """The authority's act that a long feature reaches late, when its head names no day.

    A feature opens on background ("Sovereign investors in the Gulf have spent two years
    ..."), then turns to the news on a day ("That constraint eased this week.", "On Tuesday the
    government responded."): that sentence or the next shows the act ("The Commerce Department
    confirmed on Monday that it had approved licences"), and the article rests on it. Only the
    first sentence naming a day after the head counts; a head that names the day tells the
    news itself.
    """
    if any(_search(_NEWS_DAY, s.text) for s in head):
        return None
    body = [s for s in sentences if s.part != "title" and s not in head]
    for i, sent in enumerate(body):
        if not _search(_NEWS_DAY, sent.text):
            continue
        for turn in body[i : i + 2]:
            if cues.background_anywhere.search(turn.text):
                continue
            if _official_in(turn, cues, actor_names, companies) or _acts_in(
                turn, cues, actor_names
            ):
                return turn
        return None
    return None


def _late_act_stage(
    sentences: Sequence[Sentence],
    source: Finding,
    cues: AboutCues,
    actor_names: Sequence[str],
    published: date | None = None,
) -> Finding | None:
    """The stage of a long feature's late news act, when its head states none.

    The sourcing found the authority's act a feature reaches late (:func:`_late_news`: "On
    Monday the outcome became public. The Committee ... ordered Tencent to sell its stake",
    国家发展改革委18日宣布……正式设立, 商务部22日就修订《……办法》公开征求意见): that sentence gives
    the stage, in the order of :func:`stage` (suspended, in force, proposed, adopted; an act
    with no cue is adopted). The kinds the tagger judged context stay context: only the stage
    is read. None when the source is no such late sentence or the act is a plan.
    """
    late = next(
        (
            s
            for s in sentences
            if s.part == "body" and s.text == source.sentence and _NEWS_DAY.search(s.text)
        ),
        None,
    )
    if late is None:
        # the day may stand in the sentence before the act ("On Monday the outcome became
        # public. The Committee ... ordered ...")
        body = [s for s in sentences if s.part == "body"]
        late = next(
            (
                s
                for prev, s in pairwise(body)
                if s.text == source.sentence and _NEWS_DAY.search(prev.text)
            ),
            None,
        )
    if late is None or cues.background_anywhere.search(late.text):
        return None
    if _stage_hits(late, "reported", cues) or _FUTURE_EN.search(late.text):
        return None  # "On Monday the ministry said it would ...": a plan, no act yet
    for name in ("suspended", "in-force", "proposed", "adopted"):
        if _stage_hits(late, name, cues, published=published):
            return Finding(name, late.text)
    return Finding("adopted", late.text)


# Headline grammar for "reportedly": "Beijing said to curb exports" (not "said to reporters").
_SAID_TO = re.compile(
    r"\bsaid to (?!reporters\b|journalists\b|the\b|a\b|an\b|his\b|her\b|its\b|their\b|him\b|them\b)"
    r"[a-z]+"
)


# 自今日起, 即日起, 自发布之日起: from today, from the day of publication: now, not a plan.
_ZH_NOW = re.compile(rf"(?:今日|即日|本日|{ZH_PUBLICATION_DAY})起?$")


def _modal_before(text: str, at: int, cues: AboutCues) -> bool:
    before = text[:at]
    if _ZH_NOW.search(before.rstrip("起正式开始")) or _ZH_NOW.search(before):
        return False
    words = re.findall(r"\w+", before.lower())[-2:]
    if any(w in cues.modal for w in words):
        return True
    return before[-8:].endswith(cues.modal_zh) or any(z in before[-8:] for z in cues.modal_zh)


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# A count of days, weeks, months or years, in figures or words ("in 20 days", "in twenty days",
# "within forty-five days").
_COUNT_WORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"several|a few)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
# A part of a year or a season before a year or a month: "early 2028", "mid-2027", "the end of
# next year", "spring 2028", "the second half of 2027" (not "last year": that is past).
_PART_OF = (
    r"(?:(?:early|late|mid|spring|summer|autumn|fall|winter)[\s-]+"
    r"|(?:the\s+)?(?:start|end|beginning|middle|first\s+half|second\s+half)\s+of\s+"
    r"(?:the\s+|this\s+|next\s+)?)"
)
_LATER = re.compile(
    rf"^\W*(?:\w+\W+){{0,2}}?(?:next|later|from|in 20\d\d|in (?:{_MONTHS})|"
    rf"(?:in|within) {_COUNT_WORD} "
    r"(?:days?|weeks?|months?|years?))\b",
    re.IGNORECASE,
)
# "takes effect in early 2028", "come into force in spring 2028", "by the end of next year": a
# time to come unless the effect is told in the past ("took effect in early 2025")
_LATER_PART = re.compile(
    rf"^\W*(?:in|by|at)\s+{_PART_OF}(?:20\d\d|next|year|(?:{_MONTHS}))\b", re.IGNORECASE
)


_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ON_A_DATE = re.compile(
    rf"^\W*(?:on|from|as of)\s+(?:the\s+)?(?:{_MONTHS}|{_DAYS}|\d)", re.IGNORECASE
)


_ENDS_FROM = re.compile(r"\b(?:from|on|as of)$", re.IGNORECASE)
_DATE_NEXT = re.compile(
    rf"^\W*(?:the\s+)?{_PART_OF}?(?:{_MONTHS}|{_DAYS}|\d|next\b|year\b)", re.IGNORECASE
)
# 自2027年1月1日起施行: from a stated date on (not 自公布之日起, from the day it is published);
# a headline's 2027年起施行, 2027年7月1日起实施 without 自 (not 已于2025年起施行: done).
_ZH_FROM_DATE = re.compile(
    r"自[^，。；！？]{0,16}\d[^，。；！？]{0,8}$|(?<![已\d])(?<!已于)\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?起?$"
)
# 明年3月1日起施行, 将于下月实施: a time to come (the aspect marker 已, done, says otherwise).
_ZH_LATER = re.compile(r"(?:明年|下月|下个月|下周|下半年|年底前|将于|将自)[^，。；！？]{0,12}$")
# A negation right before or after a cue: "has announced no such step", "has not issued", 尚未.
# "cannot enter into force", "won't take effect", "the rule isn't in force" (the apostrophe
# straight or curly; "won't" is no modal of ``_modal_before``: its words are "won" and "t").
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|cannot)\b|\b(?:has|have|had|did|does|do)n't\b"
    r"|\b(?:ca|wo|could|would|should|must|is|was|are|were)n['’]t\b|\byet to\b|尚未|未|没有|从未)"
    r"\W{0,2}(?:\w+\W+)?$",
    re.IGNORECASE,
)
_NEGATED_AFTER = re.compile(r"^\s+(?:no|not)\b", re.IGNORECASE)
# An earlier text compared with: 与征求意见稿相比 (compared with the draft).
_COMPARED_AFTER = re.compile(r"^[^，。；！？,]{0,4}?(?:相比|比较|对比)")
# An official document's number or header: 国发〔2026〕21号, 令第19号, 公告2027年第3号,
# "Action: Final rule".
_DOC_NUMBER = re.compile(
    r"〔\d{4}〕\s*第?\d+\s*号|令\s*〔?\d{0,4}〕?\s*第\s*\d+\s*号|第\s*\d+\s*号令|\d{4}年第\s*\d+\s*号"
    r"|\bAction:\s*(?:Proposed|Final|Interim final|Temporary|Direct final) rule\b"
)
_DOC_DRAFT = re.compile(
    r"征求意见稿|草案|\bAction:\s*Proposed rule\b|\bproposed rule\b", re.IGNORECASE
)


def _negated(text: str, start: int, end: int) -> bool:
    """Whether a cue is negated: "announced no such step", "has not issued", 尚未出台."""
    before = text[max(0, start - 24) : start]
    return bool(_NEGATED_BEFORE.search(before) or _NEGATED_AFTER.match(text[end : end + 6]))


def _scheduled(sentence: Sentence, start: int, end: int, published: date | None = None) -> bool:
    """Whether an in-force cue gives a date to come, in the present tense.

    "The measures take effect on January 1", 本办法自2027年1月1日起施行: a rule published with
    its effective date is adopted; "took effect on Friday" is in force. With the day of
    publication known, a stated day decides by itself: after that day the rule is adopted (it
    is to take effect), on it or before it is in force, whatever the tense (see
    :func:`nlp.stated.stated_day`).
    """
    text = sentence.text
    if text[start:end].endswith("以来") or text[end:].startswith("以来"):
        return False  # 自5月1日施行以来: in force since that day, whatever its year
    if published is not None:
        day = stated_day(text, start, end, published)
        if day is not None:
            return day > published
    if has_cjk(text[start:end]):
        before = text[:start]
        if _ZH_FROM_DATE.search(before) is not None:
            return True
        later = _ZH_LATER.search(before)
        return later is not None and not ZH_DONE.search(later.group(0))
    if told_past(text, start, end):
        return False
    if _ON_A_DATE.match(text[end:]) is not None:
        return True
    # "applies from April 1": the cue holds its preposition
    return bool(_ENDS_FROM.search(text[start:end])) and _DATE_NEXT.match(text[end:]) is not None


# The day a text is published is its effective day: "takes effect on the date of publication",
# "effective upon issuance", 自印发之日起施行 (in force now, not a date ahead).
_NOW_AFTER = re.compile(
    r"^\W*(?:(?:on|from|upon|as of)\s+)?(?:the\s+)?(?:date|day)\s+of\s+(?:its\s+)?"
    r"(?:publication|issuance|issue|promulgation|release)\b"
    r"|^\W*(?:upon|on)\s+(?:its\s+)?(?:publication|issuance|promulgation|release)\b"
    # the text names itself: "take effect from the date of this announcement"
    r"|^\W*(?:(?:on|from|upon|as of)\s+)?the\s+(?:date|day)\s+of\s+(?:this|the\s+present)\s+"
    r"(?:announcement|notice|decision|order|decree|rule|regulation|circular|publication)\b",
    re.IGNORECASE,
)
# 起 may open the cue itself: 自公布之日起实施 (the cue 起实施 holds it)
_ZH_NOW_BEFORE = re.compile(
    # the day of publication or announcement, with 之 or without: 自发布之日起, 自發布日起 (read
    # simplified), 规定自公告日起生效
    rf"自{ZH_PUBLICATION_DAY}起?$"
    # 自即日起施行 (from this day), 自印发之日即2027年8月19日起施行 (the day of issue, dated)
    r"|自即日起?$"
    rf"|自{ZH_PUBLICATION_DAY}即[^，。；]{{1,16}}?起?$"
    # 即时生效, 即時生效 (read simplified), 立即施行: in force at once
    r"|(?:即时|即刻|立即)$"
    # the cue 之日起执行 holds the day itself: 自印发之日起执行
    r"|自(?:印发|发布|公布|颁布|发文)$"
)


#: A rule in force at once, its own words after its subject: "The guidelines apply immediately",
#: "the listing took effect immediately", "effective immediately", "with immediate effect" (gold
#: in-force 39 of 45 on the read sets; the other 6, a suspension or a repeal that applies at
#: once, are read suspended first)
_AT_ONCE = re.compile(
    r"\b(?:appl(?:y|ies|ied)|take(?:s)?\s+effect|took\s+effect|effective|in\s+force)"
    r"\s+immediately\b|\bwith\s+immediate\s+effect\b",
    re.IGNORECASE,
)
#: After it, the end of a window that opens today (意见反馈即日起至12月15日, "comments from today
#: until March"): a consultation's days, not a rule's effect.
_WINDOW_AFTER = re.compile(r"^\s*(?:至|到|until\b|to\b|through\b)", re.IGNORECASE)


def _effect_now(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence gives a rule's effect from the day it is published (in force now)."""
    text = sentence.text
    if _starts_today(sentence):
        return True  # "the ban starts today", "From today, firms may no longer ..."
    at_once = _AT_ONCE.search(text)
    if (
        at_once is not None
        and not _negated(text, at_once.start(), at_once.end())
        and not _FUTURE_EN.search(text[max(0, at_once.start() - 12) : at_once.start()])
    ):
        return True  # "The guidelines apply immediately": in force from the day of issue
    for match in cues.stages["in-force"].finditer(text):
        if _negated(text, match.start(), match.end()) or _history(
            sentence, match.start(), "in-force", cues, match.group(0)
        ):
            continue
        if _today_cue(match.group(0), cues) and not _WINDOW_AFTER.match(text[match.end() :]):
            return True  # 指引……即日起适用, "the guidance applies from today": the cue is the day
        if has_cjk(match.group(0)):
            if _ZH_NOW_BEFORE.search(text[: match.start()]):
                return True
        elif _NOW_AFTER.match(text[match.end() :]) and not _FUTURE_EN.search(
            text[max(0, match.start() - 12) : match.start()]
        ):
            return True
    return False


# The text itself, in its own last articles: 本通知, 本办法, 本规定, 本决定, 本公告, 本细则, 本指引.
_OWN_TEXT_ZH = re.compile(r"本(?:通知|办法|规定|决定|公告|措施|细则|指引|指南|规则|意见|方案)")


def _own_text_in_force_now(sentences: Sequence[Sentence], cues: AboutCues) -> Sentence | None:
    """A notice's own clause that puts it in force on its issue (本通知自印发之日起施行).

    Read anywhere in the text (the clause is the notice's last article, its day only in the
    落款 after the issuer's name), only when the clause names the text itself (本通知, 本办法):
    a rule cited in force from its publication elsewhere is not the notice.
    """
    for sentence in sentences:
        if _OWN_TEXT_ZH.search(sentence.text) and _effect_now(sentence, cues):
            return sentence
    return None


def _history(sentence: Sentence, start: int, name: str, cues: AboutCues, cue: str = "") -> bool:
    """Whether a context word before a stage cue makes it history ("after a pause").

    A rule in force "since" a day is still in force: that word leaves an in-force cue alone. A
    state reached before the news holds on: "after the measures took effect" (in force, once
    the effect is told in the past) and "since the rules were repealed" (``cue``: the cue's
    words) are the stage now, not an earlier step.
    """
    before = _clause_before(sentence, sentence.start + start)
    for hit in cues.stage_context.finditer(before):
        word = hit.group(0).lower()
        if word == "prior" and not re.match(r"\s+to\b", before[hit.end() :]):
            continue  # "two prior notifications": an adjective, no time before the cue
        if name == "in-force" and word in cues.still:
            continue
        if name == "in-force" and word in _STATE_HOLDS and PAST_EFFECT.match(cue):
            continue
        if name == "suspended" and word in cues.still and _PAST_SUSPENSION.match(cue):
            continue
        return True
    return False


#: Context words after which a state told in the past still holds ("after the rules took effect").
_STATE_HOLDS = frozenset({"after", "since", "following"})
_PAST_SUSPENSION = re.compile(
    r"^(?:suspended|repealed|revoked|rescinded|withdrawn|scrapped|struck down|lifted|abolished"
    r"|废止|撤销|取消)$",
    re.IGNORECASE,
)


#: A suspension lifted, the one reading of it (:func:`_lifts`): a verb that ends a hold, then the
#: hold ("lifts abeyance on", "withdrew its suspension order", "ended the pause on", "the lifting of
#: the suspension", "set aside the precautionary suspension"), or the hold told lifted ("the
#: suspension was lifted on appeal"); 解除暂停, 取消暂停, 解除对《……》的暂停, 撤销……临时禁令,
#: 撤销……暂停执行的裁定 (not 解除出口禁令, a ban lifted; nor 暂停采购, a purchase paused). A
#: court's block, stay or freeze is a hold only when a court lifts it (:data:`_COURT_LIFTS`;
#: "the regulator lifted the block on the app", "lifts freeze on permits" are no rule back).
_LIFT_VERB = (
    r"lift(?:s|ed|ing)?|end(?:s|ed|ing)?|withdr[ae]w\w*|revok\w+|rescind\w*|remov(?:e|es|ed|ing)"
    r"|set(?:s|ting)?\s+aside|vacat(?:e|es|ed|ing)|dissolv(?:e|es|ed|ing)|overturn(?:s|ed|ing)?"
    r"|revers(?:e|es|ed|ing)|quash(?:es|ed|ing)?|(?:lifting|removal|end)\s+of"
)
_LIFT_DONE = (
    r"set\s+aside|lifted|overturned|quashed|revoked|reversed|withdrawn|ended|removed|vacated"
    r"|dissolved|rescinded"
)
_HOLD = r"abeyance|suspensions?|pause|injunctions?|restraining\s+orders?"
_COURT_HOLD = rf"{_HOLD}|blocks?|stay|freeze"
_HOLD_ZH = (
    r"(?:解除|取消|结束|终止|撤销)(?:对[^。；]{0,30}?的)?暂停(?!采购|销售|出口|进口|供货)"
    r"|撤销[^，。；]{0,16}?(?:(?:临时|初步|诉前)禁令|禁制令)"
    r"|撤销[^。；]{0,30}?(?:暂停|中止|暂缓)(?:执行|施行|实施)?的(?:裁定|决定)"
)
_COURT_HOLD_ZH = rf"{_HOLD_ZH}|(?:撤销|解除)[^。；！？]{{0,20}}?(?:暂停执行|中止执行|暂缓执行)"


def _lift_pattern(hold: str, hold_zh: str) -> str:
    """A hold (``hold``, ``hold_zh``) lifted, told actively or passively (:data:`_LIFT_VERB`)."""
    return (
        rf"\b(?:{_LIFT_VERB})\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{hold})\b"
        rf"|\b(?:{hold})\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:was|were|has\s+been|had\s+been|is)\s+"
        rf"(?:{_LIFT_DONE})\b|{hold_zh}"
    )


_SUSPENSION_LIFTS = re.compile(_lift_pattern(_HOLD, _HOLD_ZH), re.IGNORECASE)


def _lifts(text: str) -> list[re.Match[str]]:
    """The suspensions lifted ``text`` tells (read simplified), the one reading of them.

    Read where a suspension cue is undone (:func:`_lifted`) and where a suspension is set aside
    (:func:`_suspension_lifted`); a court lifting a hold is the same words after the court, its
    block, stay or freeze besides (:data:`_COURT_LIFTS`).
    """
    return list(_SUSPENSION_LIFTS.finditer(to_simplified(text)))


#: The words every suspension lifted holds (a hold of :data:`_HOLD`, :data:`_HOLD_ZH`): a text
#: without one is not scanned for a lift (:func:`_with_lifts`).
_HOLD_WORDS = (
    "abeyance", "suspension", "suspensions", "pause", "injunction", "injunctions", "restraining",
    "暂停", "禁令", "禁制令", "中止", "暂缓",
)  # fmt: skip


def _with_lifts(phrases: Iterable[str]) -> Cues:
    """The in-force cues of ``about.toml`` (``phrases``) with the suspensions lifted beside them.

    A suspension lifted is in force again ("lifts abeyance on the rule", "ended the pause on",
    解除暂停): the in-force cue matcher reads it with the one reading of :func:`_lifts` (its
    verbs and holds), not with words of its own, and keeps its own negation and history.
    """
    cues = Cues.of(phrases)
    if cues.pattern is None:
        return Cues((), _SUSPENSION_LIFTS)
    prefilter = None if cues.prefilter is None else CuePrefilter.of((*cues.phrases, *_HOLD_WORDS))
    pattern = re.compile(f"{cues.pattern.pattern}|{_SUSPENSION_LIFTS.pattern}", re.IGNORECASE)
    return Cues(cues.phrases, pattern, prefilter)


#: An effect whose day is left to be set later: "takes effect on a date to be set by decree",
#: "comes into force on such day as the minister may appoint", 施行日期，由行政院定之,
#: 施行日期另行公布: the rule is adopted, not in force.
_DEFERRED = re.compile(
    r"^\s*(?:on|at|from)\s+(?:a|such)\s+(?:date|day)\s+(?:(?:yet\s+)?to\s+be\s+"
    r"(?:set|fixed|determined|decided|announced|notified|appointed|specified)"
    r"|(?:as|that)\s+(?:[\w-]+\s+){1,4}?(?:may|shall|will)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:appoint|set|fix|determine|decide|specify))\b"
    r"|^(?:的)?(?:日期|时间|時間|日)[，,、]?\s*(?:由[^，。；]{1,15}(?:定之|另定|决定|決定|确定|確定)"
    r"|另(?:行)?(?:公布|公佈|规定|規定|通知|确定|確定|定))",
    re.IGNORECASE,
)


def _lifted(sentence: Sentence, start: int, end: int, cues: AboutCues) -> bool:
    """Whether a suspension word undoes a suspension rather than makes one.

    "MeitY lifts abeyance on the rule", "the ministry has withdrawn its abeyance order", 解除暂停,
    or the suspension a rule, a service or a route now at work again had (暂停执行的办法恢复施行,
    暂停运营的3条航线自……起恢复运行: ``[stage] resumed``, or "in force again": ``[stage]
    restored``): the news is that it applies again.
    """
    if any(m.start() < end and start < m.end() for m in _lifts(sentence.text)):
        return True
    text = sentence.text
    return any(
        not _RESUMPTION_UNDATED.match(text, m.end())
        for m in (*cues.resumed.finditer(text), *cues.restored.finditer(text))
    )


#: After a resumption's word, its time left to be announced (暂停受理……，恢复受理时间另行通知):
#: the suspension is the news, nothing is at work again.
_RESUMPTION_UNDATED = re.compile(
    r"的?(?:时间|日期|時間)(?:将)?另(?:行)?(?:通知|公告|公布|确定|通告)"
)


def _in_compound(text: str, start: int, end: int, cues: AboutCues) -> bool:
    """Whether a cue is part of a longer word that means something else (``[stage] compounds``).

    Traditional script is read simplified (施行細則 as 施行细则).
    """
    text = to_simplified(text)
    for word in cues.compounds:
        at = text.find(word, max(0, start - len(word)))
        while 0 <= at <= start:
            if at + len(word) >= end:
                return True
            at = text.find(word, at + 1)
    return False


#: "in abeyance until further orders": the time a suspension lasts, no orders of goods halted.
_UNTIL_FURTHER = re.compile(r"^\s*until\s+further\s+(?:orders?|notice)\b")


def _halts_goods(sentence: Sentence, start: int, end: int, cues: AboutCues) -> bool:
    """Whether a suspension word stops goods or trade ("halted shipments", 暂停采购).

    That is a restriction, not a policy suspended; so is a market that drops or halts
    ("shares dropped 3%", "trading halted": ``not_suspended_before``).
    """
    if cues.objects.search(sentence.text[start:end]):
        return False  # "removes the licence requirement for lidar exports": a rule, not goods
    before = re.findall(r"[\w'-]+", sentence.text[:start].lower())[-2:]
    if any(w in cues.not_suspended_before for w in before):
        return True
    after = _UNTIL_FURTHER.sub("", sentence.text[end:].lower())
    if has_cjk(after[:4]):
        return any(after.startswith(w) for w in cues.not_suspended)
    words = re.findall(r"[\w'-]+", after)[:4]
    return any(w in cues.not_suspended for w in words)


_PENALTY_CONTENT = re.compile(
    r"\b(?:maximum|higher|tougher|heavier|stiffer|steeper|new|raises?|raised|raising)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A penalty a text sets, not one imposed: "fines of up to 4% of turnover", 罚款上限 (the ceiling
# of fines), 最高可处一百万元罚款 (can fine up to), 设定了最高五百万元的罚款 (sets fines of up to),
# 罚款也相应提高 (fines raised with it); Taiwan's 罰鍰, read simplified as 罚锾.
_PENALTY_WORD = re.compile(r"^(?:fines?|penalt(?:y|ies)|罚款|罚锾|罚鍰|罰鍰|处罚)$", re.IGNORECASE)
_PENALTY_CEILING_AFTER = re.compile(
    r"^\s+of\s+up\s+to\b|^(?:的)?(?:上限|数额|标准|幅度)|^[^，。；,]{0,6}(?:提高|上调|提升)",
    re.IGNORECASE,
)
# A fine's range is a rule's too: 违反者由主管机关处新台币六万元以上六十万元以下罚锾.
_PENALTY_CEILING_BEFORE = re.compile(
    r"(?:最高|上限|可处|可并处|设定)[^，。；！？]{0,24}$|以上[^，。；！？]{0,16}以下的?$"
)


# A rule's sanction clause in Chinese: the breach as a condition (违反规定的，, 违者) before the
# enforcement words, or 可 before them (并可处以, 可以责令): what the rule provides, not done.
_SANCTION_IF_BEFORE = re.compile(
    r"(?:违反[^，。；]{0,24}?的|违者|违规的|逾期不改正的)[，,][^。；]{0,30}$"
)
_SANCTION_MAY_BEFORE = re.compile(r"(?:并可|可以|可|将被|将)(?:处以|处|并处)?$")


def _sanction_clause(text: str, match: re.Match[str]) -> bool:
    """Whether a Chinese enforcement cue (责令, 罚款, 处罚) is a rule's sanction clause.

    规定……违反规定的，由网信等部门责令改正，并可处以最高5万元罚款: the penalty a law provides is
    no enforcement act, and leaves the law's own stage (its 施行 day) to decide.
    """
    if not has_cjk(match.group(0)):
        return False
    before = text[: match.start()]
    return bool(_SANCTION_IF_BEFORE.search(before) or _SANCTION_MAY_BEFORE.search(before[-6:]))


def _penalty_content(text: str, match: re.Match[str]) -> bool:
    """Whether a penalty word names what a rule sets (its ceiling, a raise), not a fine imposed."""
    if not _PENALTY_WORD.match(match.group(0)):
        return False
    if _PENALTY_CONTENT.search(text[: match.start()]):
        return True  # "raise the maximum penalty"
    if _PENALTY_RAISED.search(text[: match.start()]):
        return True  # "sharply increases the fines", 提高对违法行为的处罚
    if _PENALTY_CEILING_AFTER.search(text[match.end() :]):
        return True
    return has_cjk(match.group(0)) and bool(_PENALTY_CEILING_BEFORE.search(text[: match.start()]))


# A modal passive right before a cue: "should be added to", "could be fined".
_MODAL_PASSIVE = re.compile(
    r"\b(?:should|would|could|might|may|must|will)\s+(?:not\s+)?be\s+(?:\w+\s*)?$", re.IGNORECASE
)
_PLAN_VERB = re.compile(r"^(?:plan|intend) to$", re.IGNORECASE)
_PLURAL_SUBJECT = re.compile(r"^(?:[a-z]+s|they|we)$")


def _plan_noun(text: str, match: re.Match[str]) -> bool:
    """Whether "plan to" is the noun ("sets out a plan to", "approves TSMC plan to").

    The verb has a plural subject right before it: "regulators plan to limit".
    """
    if not _PLAN_VERB.match(match.group(0)):
        return False
    before = re.findall(r"[\w'’]+", text[: match.start()])
    return (
        not before
        or before[-1] in ("its", "his", "this", "as")
        or before[-1].lower() in _PLAN_MADE_BY  # "State Council approves plan to link"
        or (_PLURAL_SUBJECT.match(before[-1]) is None)
    )


#: A headline's verb of making a plan, in the third person (not a plural subject of "plan to").
_PLAN_MADE_BY = frozenset(
    re.findall(
        r"\w+",
        "approves adopts unveils releases issues publishes sets outlines backs passes endorses "
        "announces launches finalises finalizes",
    )
)


# A condition or an aim right before a suspension cue: "would remove most models", "sue to block
# the ban", "asked the court to set aside": sought, not done.
_CONDITIONAL_BEFORE = re.compile(r"\b(?:would|could|might|may)\s+(?:not\s+)?(?:\w+\s+)?$", re.I)
_AIM_BEFORE = re.compile(
    r"\b(?:sues?|sued|suing|seeks?|seeking|sought|asks?|asked|asking|urges?|urged|urging"
    r"|petition(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|attempts?|attempted|wants?|wanted|push(?:es|ed)?"
    r"|lobb(?:y|ies|ied|ying)|calls?\s+for|called\s+for|moves?|moved"
    # a motion put to a house: "gave notice of a motion to disallow the standard"
    r"|motions?)\b"
    r"(?:\W+\w+){0,6}?\W+to\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# 拟 (plans to) before a Chinese in-force cue in its clause, not inside 模拟 or 虚拟
_ZH_PLANNED = re.compile(r"(?<![模虚])拟(?!人)")
# A listing (将三家企业列入……名单): 将 marks the object there, it is no future unless 将于 says so
_ZH_LISTED = ("列入", "纳入")
_ZH_LATER_WORD = re.compile(r"将于|将在|即将|计划|拟")
# "is effective", "became effective": an effect only with a day after it (see _stage_hits)
_EFFECTIVE = re.compile(r"^(?:is|are|becomes?|became)\s+effective$", re.IGNORECASE)
_FINAL = re.compile(r"\bfinal(?:i[sz](?:e|es|ed|ing))?\b", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)
_CITED_BY = re.compile(r"(?:根据|依据|按照|依照)$")


def _aimed_at(before: str) -> bool:
    """Whether the words before a cue make it a condition or an aim ("would scrap", "sue to")."""
    return bool(_CONDITIONAL_BEFORE.search(before) or _AIM_BEFORE.search(before))


def _final_text(text: str, match: re.Match[str], cues: AboutCues) -> bool:
    """Whether a proposal word qualifies a noun of a text said to be final.

    "issued final rules, dropping a proposed cap", "finalises the rules, keeping the draft's
    registry": the draft is what the final text is compared with. So is a draft named by its
    possessive ("adopted rules ..., keeping the draft's two methods") or a proposal told in a
    relative clause ("finalising the rule it proposed in February") beside a final or enacted
    text.
    """
    if _FINAL.search(text) and _ATTRIBUTIVE.search(text[: match.start()]):
        return True
    earlier = _POSSESSIVE_AFTER.match(text[match.end() :]) or (
        match.group(0).lower() == "proposed" and _RELATIVE_SUBJECT.search(text[: match.start()])
    )
    return bool(earlier) and bool(_FINAL.search(text) or cues.enacted.search(text))


# "the draft's two-method requirement": a possessive names the earlier text
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")
# "the rule it proposed", "the limits they had proposed": a relative clause with a pronoun subject
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:the|a|its|their)\s+(?:\w+\s+){0,2}?\w+\s+(?:that\s+|which\s+)?(?:it|they|he|she|we)"
    r"\s+(?:had\s+|has\s+|have\s+)?$",
    re.IGNORECASE,
)


#: A repeal word: what a notice may do to another document while it is issued.
#: 停止执行《, 停止施行《, 停止实施《 (a rule's application stopped: the stage cue holds the title's
#: mark) count as repeal words, so 同时停止执行《……》 in a new rule is a clause of the text issued.
_REPEAL_WORD = re.compile(
    r"^(?:repeal\w*|rescind\w*|supersed\w*|scrap\w*|ax(?:e|es|ed|ing)|abolish\w*|废止|廢止"
    r"|停止(?:执行|施行|实施|執行|實施)[《「]?)$",
    re.IGNORECASE,
)
#: After 停止执行《 (or 「), a rule's title: it ends in a rule's noun (办法, 规定, 通知, ...), not a
#: contract's (停止执行《会员服务协议》中的不公平格式条款: enforcement of a rule in force).
_RULE_TITLE_AFTER = re.compile(
    r"^[^》」。；\n]{0,80}?(?:办法|规定|条例|细则|规则|通知|决定|意见|措施|标准|制度|指引|公告)"
    r"(?:[（(][^）)]{0,8}[）)])?[》」]"
)
_STOP_APPLYING = re.compile(r"^停止(?:执行|施行|实施)[《「]$")
#: After "cannot enter / come into force", a condition: "cannot enter into force until Parliament
#: and Council have had two months to object", "if either institution objects", "before it is
#: published": the rule's path to force told, nothing refused.
_ENTRY_ON_CONDITION = re.compile(
    r"^\s*,?\s*(?:only\s+)?(?:until|unless|if|before|without|pending|as\s+long\s+as)\b",
    re.IGNORECASE,
)
#: Before a repeal word, the sign that the repeal is a clause of the text issued, not its news:
#: 同时废止, 一并废止 (repealed at the same time), "replaces and repeals", "supersedes and
#: repeals", or "and" after the text's own act in the same sentence ("issued rules ..., which take
#: effect on September 1, and repeals Notice No. 12"), or the new text as the subject ("the new
#: rules repeal", "this notice also repeals").
_REPEAL_CLAUSE_BEFORE = re.compile(
    r"(?:同时|一并|同時|一併)(?:予以)?$"
    r"|\b(?:replac\w*|supersed\w*)\s+and\s+$"
    r"|(?:\b(?:this|these|the\s+present)|(?:^|\b(?:the|its|their|[\w-]+['’]s)\s+)new)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:notice|order|rules?|regulations?|measures|decree|decision|announcement|circular"
    r"|guidelines|directive)(?:,[^,;]{1,40},)?\s+(?:also\s+|thereby\s+)?$",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|while)\s+(?:also\s+|thereby\s+)?$", re.IGNORECASE)


def _repeal_clause(sentence: Sentence, match: re.Match[str], cues: AboutCues) -> bool:
    """Whether a repeal word repeals another document in the clause of a text issued.

    A notice that repeals an earlier one while it is issued (本通知自……起实施，原《……》同时废止,
    "the rules take effect on July 1 and repeal Notice No. 12", "replaces and repeals the 2025
    measures") keeps its own stage: adopted, or in force by its own day. A text whose news is the
    repeal (关于废止《……》的决定, "the ministry repealed the rules") is suspended.
    """
    if not _REPEAL_WORD.match(match.group(0)):
        return False
    before = sentence.text[: match.start()]
    if _REPEAL_CLAUSE_BEFORE.search(before):
        return True
    if not _AND_BEFORE.search(before):
        return False
    return any(_stage_hits_plain(before, name, cues) for name in ("adopted", "in-force"))


def _stage_hits_plain(text: str, name: str, cues: AboutCues) -> bool:
    """Whether ``text`` holds a cue of stage ``name`` not negated (no other context read)."""
    return any(not _negated(text, m.start(), m.end()) for m in cues.stages[name].finditer(text))


def _delayed_effect(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a delay word postpones the day a rule takes effect.

    "Delay of Effective Date", "delays the effective date of the rule to September 1",
    施行日期推迟至…….

    A rule not yet in force whose day moves stays adopted (the status reads the new day); a
    suspension of a rule ("suspends enforcement of", "paused the rules") is no delay word. The
    vocabulary is the status's (:data:`nlp.stated.DELAY_WORD`, :data:`nlp.stated.EFFECT_DAY`).
    """
    if not DELAY_WORD.match(to_simplified(match.group(0))):
        return False
    text = to_simplified(sentence.text)
    after = re.split(r"[;；。]", text[match.end() :])[0][:80]
    before = re.split(r"[;；。]", text[: match.start()])[-1][-100:]
    return bool(EFFECT_DAY.search(after) or EFFECT_DAY.search(before))


#: Before "on hold", the verb that holds a rule: "put the requirement on hold", "is on hold",
#: "remains on hold" (in the same clause); "calls on hold" holds nothing.
_HOLD_VERB_BEFORE = re.compile(
    r"\b(?:put|puts|putting|place[sd]?|placing|kept|keeps?|keeping|is|are|was|were|been|be"
    r"|remains?|remained|stays?|stayed)\b[^,;:]{0,60}$",
    re.IGNORECASE,
)


#: After an in-force cue, a cited text it qualifies: 2023年施行的《……》, 实施的《……》 (the effect of
#: an earlier text, told as its attribute).
_CITED_EFFECT_AFTER = re.compile(r"^(?:以来)?的\s*[《〈]")


def _cited_effect(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether an in-force cue after the title is the attribute of an earlier text cited as context.

    "2023年施行的《生成式人工智能服务管理暂行办法》确立了备案制度": the cited text's effect, not the
    news (a draft the article reports). A title saying so (今起施行的《……》) is left alone.
    """
    return sentence.part != "title" and bool(
        _CITED_EFFECT_AFTER.match(sentence.text[match.end() :])
    )


#: After a suspension cue, a market figure: "dropped as much as 6%", "dropped 3 per cent",
#: "dropped to $40": a price that moved, nothing of a rule suspended.
_MARKET_FIGURE_AFTER = re.compile(
    r"^\s+(?:as\s+much\s+as|by|more\s+than|nearly|almost|about|some|roughly|to)?\s*"
    r"(?:[$€£¥]\s?\d|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|points?\b|cents?\b))",
    re.IGNORECASE,
)
#: Before a suspension cue, what markets fear or bet on: "investors fear a pause", "bets on a
#: halt", "worries about a suspension": an expectation, nothing done.
_MARKET_FEAR_BEFORE = re.compile(
    r"\b(?:fear(?:s|ed|ing)?|bet(?:s|ting)?\s+on|pric(?:e|es|ed|ing)\s+in"
    r"|worr(?:y|ies|ied|ying)\s+(?:about|over|of)|concerns?\s+(?:about|over|of)"
    r"|speculat\w*\s+(?:about|on|over|of))\s+(?:(?:a|an|the|further|another|possible|new)\s+)*$",
    re.IGNORECASE,
)


def _market_talk(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a suspension cue tells a market move or fear, not a rule suspended.

    "Skyward dropped as much as 6%", "investors feared a pause in flight licences". "The
    ministry dropped its plan" and "paused licences, fearing accidents" stay suspended.
    """
    text = sentence.text
    return bool(
        _MARKET_FIGURE_AFTER.match(text[match.end() :])
        or _MARKET_FEAR_BEFORE.search(text[: match.start()])
    )


#: After an in-force cue, an effect that waits for an act still to come: "takes effect once it
#: is promulgated", "comes into force when the president signs it", "after it is gazetted".
_UPON_ACT_AFTER = re.compile(
    r"^\W*(?:once|when|after|as\s+soon\s+as)\s+(?:it|they|the\s+(?:[\w-]+\s+){0,2}?\w+)\s+"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:promulgated|published|gazetted|signed"
    r"|proclaimed|approved)\b"
    r"|^\W*(?:once|when|after|as\s+soon\s+as)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:signs|promulgates|publishes|gazettes|approves)\s+(?:it|them)\b"
    r"|^\W*(?:once|when|after)\s+(?:being\s+)?(?:promulgated|published|gazetted|signed)\b",
    re.IGNORECASE,
)


def _effect_to_come(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether an in-force cue gives an effect still to come, counted from an act.

    "takes effect 30 days after publication", 自公布之日起三十日后施行 (counted from publication,
    :func:`nlp.stated.after_publication`: a count of days, not 自公布之日起施行, which is now),
    "takes effect once it is promulgated": the rule is adopted, not in force.
    """
    counted = after_publication(sentence.text, match.start(), match.end())
    if counted is not None:
        return counted[0] > 0
    return not has_cjk(match.group(0)) and bool(_UPON_ACT_AFTER.match(sentence.text[match.end() :]))


#: Before an in-force cue, a clause of time that waits for the effect: "Vendors can apply once it
#: is in effect", "until the rules come into force", "as soon as the code takes effect", 一旦
#: 《办法》生效, 待条例施行 (present or to come; not "when the rules took effect", "once it was in
#: force": a past effect is in force).
_AWAITED_BEFORE = re.compile(
    r"\b(?:once|until|till|as\s+soon\s+as|when|whenever)\s+(?:it|they|this|these"
    r"|the\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:(?:is|are|will\s+be)\s+)?$"
    r"|(?:一旦|待|等到)[^，。；！？,;]{0,20}$",
    re.IGNORECASE,
)
#: An in-force cue of the effect itself, not of an act ("fined", "ordered" after "when" tell an
#: act done): "takes effect", "in force", "applies", "kicks in", 施行, 生效, 实施.
_EFFECT_CUE = re.compile(r"effect|force|\bappl(?:y|ies)\b|\bkicks?\s+in\b|施行|生效|实施")
#: A day or time right before "when", which then names it ("from today, when the scheme starts
#: to apply", "on Monday, when the rules take effect"): not a condition.
_TIME_BEFORE_WHEN = re.compile(
    r"\b(?:today|tomorrow|now|\w+day|\d{1,4}|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|week|month|year)\W*$",
    re.IGNORECASE,
)
#: An in-force cue told in the past: "took effect", "came into force", "entered into force".
_PAST_CUE = re.compile(r"^(?:took|came|went|entered|was|were|had|kicked)\b", re.IGNORECASE)


def _effect_awaited(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether an in-force cue stands in a clause of time that waits for the effect.

    "Vendors can apply once it is in effect", "Carriers must comply when the standard takes
    effect", 一旦办法生效: the rule's effect is the condition of something else, still to come; it
    states no effect (the rule is adopted, or less). Traditional script is read simplified.
    """
    cue = to_simplified(match.group(0))
    if _PAST_CUE.match(cue) or _EFFECT_CUE.search(cue) is None:
        return False
    before = to_simplified(sentence.text[: match.start()])
    awaited = _AWAITED_BEFORE.search(before)
    if awaited is None:
        return False
    # "from today, when the scheme starts to apply": "when" names the day before it, now
    return _TIME_BEFORE_WHEN.search(before[: awaited.start()]) is None


#: A Chinese rule's promulgation still to come before the in-force cue, in its clause:
#: 条例将由市政府依法公布施行, 將於總統公布後施行, 待国务院颁布后实施 (traditional characters too).
#: Not 自公布之日起施行 (in force on promulgation, now) nor 已由……公布施行 (done).
_ZH_PROMULGATION_TO_COME = re.compile(
    r"(?:将|將|待|拟|擬)[^，。；！？,;]{0,16}?(?:公布|颁布|頒布|发布|發布|公告)(?:后|後|之后|之後)?\s*$"
)


def _zh_promulgation_to_come(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a Chinese in-force cue follows a promulgation still to come (adopted, not in force).

    A legislature's release that its third reading passed a law says the government will
    promulgate it and put it in force (条例将由市政府依法公布施行): the effect waits for an act, as
    "takes effect once it is promulgated" does (:func:`_effect_to_come`).
    """
    if not has_cjk(match.group(0)):
        return False
    clause = re.split(r"[，,；;。：:！？]", sentence.text[: match.start()])[-1]
    return _ZH_PROMULGATION_TO_COME.search(clause) is not None


#: A committee, panel or inquiry that recommends or urges a law: advice to the government,
#: which has not acted ("a committee of MPs recommended that the government bring forward a law",
#: "panel urges licences for drones"): proposed.
_COMMITTEE_RECOMMENDS = re.compile(
    r"\b(?:committee|panel|inquiry|task\s*force|advisory\s+(?:body|board|council|group)"
    r"|MPs|lawmakers|senators)\b[^.;]{0,80}?\b(?P<verb>recommend(?:s|ed|ing)?|urg(?:es|ed|ing)"
    r"|call(?:s|ed|ing)?\s+for)\b"
    r"|\b(?P<verb2>recommend(?:s|ed)?|urg(?:es|ed))\b[^.;]{0,60}?\b(?:committee|panel|inquiry)\b",
    re.IGNORECASE,
)


def _committee_recommends(sentence: Sentence) -> bool:
    """Whether a sentence tells a committee's or panel's recommendation (proposed, not adopted).

    "Recommended" as an adjective ("published a recommended standard") recommends nothing.
    """
    text = sentence.text
    for match in _COMMITTEE_RECOMMENDS.finditer(text):
        verb = "verb" if match.group("verb") else "verb2"
        if _ATTRIBUTIVE.search(text[: match.start(verb)]):
            continue  # "the standardisation committee published a recommended standard"
        if not _negated(text, match.start(), match.end()):
            return True
    return False


# The Federal Register's layout: "AGENCY: ...", "ACTION: Final rule." (interim final, direct final),
# "ACTION: Proposed rule." / "Notice of proposed rulemaking", "SUMMARY: ...", "DATES: Effective
# November 13, 2029; comments due ...". The ACTION line states the document's stage; a withdrawal,
# a stay or a delay of the effective date is left to the suspension cues.
_REGISTER_NEXT = (
    r"(?=\s*(?:AGENCY|AGENCIES|ACTION|SUMMARY|DATES?|ADDRESSES|FOR FURTHER)\b\s*:|\n|$)"
)
_REGISTER_ACTION = re.compile(
    rf"(?<![A-Za-z])ACTION\s*:\s*(?P<action>[^\n]{{1,160}}?){_REGISTER_NEXT}"
)
_REGISTER_HEAD = re.compile(r"(?<![A-Za-z])(?:AGENCY|AGENCIES|SUMMARY|DATES)\s*:")
_REGISTER_FINAL = re.compile(r"\b(?:interim\s+|direct\s+|temporary\s+)?final\s+rules?\b", re.I)
_REGISTER_PROPOSED = re.compile(
    r"\bproposed\s+rules?\b|\bnotice\s+of\s+proposed\s+rulemaking\b|\bNPRM\b"
    r"|\badvance\s+notice\s+of\s+proposed\b|\bsupplemental\s+notice\s+of\s+proposed\b",
    re.IGNORECASE,
)
_REGISTER_WITHDRAWN = re.compile(r"\bwithdrawals?\b|\brescission\b|\bstay\s+of\b", re.IGNORECASE)
_REGISTER_NOT_STAGE = re.compile(
    r"\bdelay\s+of\s+(?:the\s+)?effective\s+date|\bextension\s+of\s+(?:the\s+)?comment\s+period"
    r"|\breopening\b|\bcorrect",
    re.IGNORECASE,
)
_REGISTER_DATES = re.compile(
    rf"(?<![A-Za-z])DATES?\s*:\s*(?P<dates>[^\n]{{1,400}}?){_REGISTER_NEXT}"
)


def _register_stage(sentences: Sequence[Sentence], published: date | None = None) -> Finding | None:
    """The stage the Federal Register's ACTION line states, its DATES line deciding the effect.

    "ACTION: Final rule." (an interim or direct final rule as well) is ``adopted``, ``in-force``
    when its "DATES: Effective ..." day is on or before the day of publication ("effective 60
    days after publication" counts from it: adopted); "ACTION: Proposed rule." or "Notice of
    proposed rulemaking" is ``proposed``; a withdrawal, a rescission or a stay is ``suspended``.
    Only a text in the layout (an ACTION line beside an AGENCY, SUMMARY or DATES line); a delay of
    the effective date, a comment period extended or reopened and a correction give no stage
    here (the cues read the text).
    """
    if not sentences:
        return None
    text = "\n".join(s.text for s in sentences)
    action = _REGISTER_ACTION.search(text)
    if action is None or not _REGISTER_HEAD.search(text):
        return None
    words = action.group("action")
    if _REGISTER_WITHDRAWN.search(words):
        return Finding("suspended", action.group(0).strip())
    if _REGISTER_NOT_STAGE.search(words):
        return None
    if _REGISTER_PROPOSED.search(words):
        return Finding("proposed", action.group(0).strip())
    if not _REGISTER_FINAL.search(words):
        return None
    dates = _REGISTER_DATES.search(text)
    if dates is not None and published is not None:
        day = effective_day(dates.group("dates"), published)
        if day is not None and day <= published:
            return Finding("in-force", dates.group(0).strip())
    return Finding("adopted", action.group(0).strip())


# A press conference or a spokesperson's answer that declines to comment: 不予置评, 暂无可以发布的
# 信息, 有进一步的消息会及时发布, 具体问题请向主管部门询问, "declined to comment", "had nothing to
# announce". The briefing's title (新闻发布会, "press briefing") and the question it answers state
# no stage of their own.
_BRIEFING = re.compile(
    r"发布会|记者会|吹风会|答记者问|\bpress\s+(?:conference|briefing)s?\b|\bbriefing\b"
    r"|\bspokes(?:person|man|woman)\b|发言人",
    re.IGNORECASE,
)
_NO_COMMENT = re.compile(
    r"不予置评|不作评论|不便评论|无可奉告|暂无(?:可以|可供)?(?:对外)?发布的(?:信息|消息)"
    r"|暂无[^，。；]{0,8}(?:信息|消息)(?:可以)?(?:对外)?发布|有进一步(?:的)?(?:消息|信息)[^，。；]{0,6}及时发布"
    r"|请向[^，。；]{0,12}(?:询问|了解)"
    r"|\b(?:declined|declines|refused|refuses)\s+to\s+comment\b|\b(?:would|did)\s+not\s+comment\b"
    r"|\bno\s+comment\b|\bhad\s+nothing\s+to\s+(?:announce|add|share)\b"
    r"|\bno\s+information\s+to\s+(?:release|share|announce)\b",
    re.IGNORECASE,
)
# an authority's own voice in the answer: the spokesperson, the ministry, 我们, 我部
_AUTHORITY_VOICE = re.compile(
    r"\bspokes(?:person|man|woman)\b|\bministry\b|\bdepartment\b|\bofficial\b|\bagency\b"
    r"|\bcommission\b|\bregulator\b|发言人|我们|我部|我委|我局|我署|^\W*答\s*[：:]",
    re.IGNORECASE,
)


def _no_comment_briefing(sentences: Sequence[Sentence], cues: AboutCues) -> Sentence | None:
    """The answer of a briefing that declines to comment, when nothing else states a stage.

    A press conference (新闻发布会, 记者会, "press briefing", a spokesperson) whose answer declines
    comment (不予置评, 暂无可以发布的信息, "declined to comment") states no stage: neither its
    title's 发布 nor the question's report (有报道称……将……) is the news. Only when the authority
    itself declines (a company's "declined to comment" beside a report is no answer) and no
    other sentence of the article, questions aside, states a stage.
    """
    if not any(s.part == "title" and _search(_BRIEFING, s.text) for s in sentences) and not any(
        _search(_BRIEFING, s.text) and _search(_NO_COMMENT, s.text) for s in sentences
    ):
        return None
    declined = None
    for sentence in sentences:
        if sentence.part == "title" or _asks(sentence):
            continue
        hit = _NO_COMMENT.search(sentence.text)
        if hit is not None and _AUTHORITY_VOICE.search(sentence.text[: hit.start()]):
            declined = sentence
            break
    if declined is None:
        return None
    for sentence in sentences:
        if sentence is declined or sentence.part == "title" or _asks(sentence):
            continue
        if _NO_COMMENT.search(sentence.text):
            continue
        if any(
            _stage_hits(sentence, name, cues)
            for name in ("suspended", "in-force", "proposed", "adopted", "reported")
        ):
            return None
    return declined


# A statutory instrument made or laid (UK regulations): "The ... Regulations 2029 were made on 12
# September", "have been made", "the minister made the regulations", "laid the regulations before
# Parliament", "the order was laid in Parliament". Made or laid, the text is law: adopted (its day
# of effect, when one is given, decides whether it is in force).
_INSTRUMENT = (
    r"(?:regulations|order|statutory\s+instrument|instrument|rules|(?:amendment|commencement)"
    r"\s+(?:regulations|order))"
)
_INSTRUMENT_MADE = re.compile(
    rf"\b{_INSTRUMENT}\b(?:\s+\d{{4}})?(?:\s+\([^)]{{1,40}}\))?\s+"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)"
    r"(?:made|laid(?:\s+(?:before|in)\s+(?:parliament|the\s+commons|the\s+house))?)\b"
    r"|\b(?:made|makes|laid|lays|laying)\s+(?:the|its|new|amending|draft\s+)?[^.;:]{0,60}?\b"
    rf"{_INSTRUMENT}\b(?:\s+\d{{4}})?\s+(?:before|in)\s+(?:parliament|the\s+commons|the\s+house)\b"
    r"|\b(?:made|makes)\s+(?:the|its|new|amending)\s+[^.;:]{0,60}?\bregulations\b",
    re.IGNORECASE,
)
# "the regulations were made by ministers" but not a draft laid for approval ("draft regulations
# were laid": the affirmative procedure still needs a vote: proposed)
_DRAFT_INSTRUMENT = re.compile(r"\bdraft\s+(?:[\w()]+\s+){0,6}?" + _INSTRUMENT, re.IGNORECASE)
# A consultation told as answered: "in response to the consultation", "its consultation
# response", "responded to the consultation", "the outcome of the consultation": the proposal
# is past, the news is what came of it.
_CONSULTATION_ANSWERED = re.compile(
    r"\b(?:in|its|their|the\s+(?:government|ministry|department|regulator)['’]s|(?:published|issued)"
    r"\s+(?:a|the|its))\s+response\s+to\s+"
    r"(?:(?:the|its|a|their|last\s+\w+'s|this\s+year's)\s+)?(?:[\w-]+\s+){0,3}?consultation\b"
    r"|\b(?:government|ministry|department|regulator|agency|minister|secretary)\s+"
    r"respon(?:ds|ded)\s+to\s+(?:(?:the|its|a)\s+)?(?:[\w-]+\s+){0,3}?consultation\b"
    r"|\bconsultation\s+(?:response|outcome)\b"
    r"|\b(?:outcome|results?|conclusions?)\s+of\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,3}?consultation\b",
    re.IGNORECASE,
)


def _instrument_made(sentence: Sentence) -> bool:
    """Whether a sentence tells a statutory instrument made or laid (adopted).

    "The Drone Battery Regulations 2029 were made on 12 September", "the government laid the
    regulations before Parliament": the instrument is law once made. A draft instrument laid for
    a vote is no adopted text; neither is one negated ("have not yet been made").
    """
    text = sentence.text
    for match in _INSTRUMENT_MADE.finditer(text):
        if _DRAFT_INSTRUMENT.search(text[max(0, match.start() - 60) : match.end()]):
            continue
        if _negated(text, match.start(), match.end()) or re.search(
            r"\b(?:not|never|yet\s+to\s+be)\b", match.group(0), re.IGNORECASE
        ):
            continue
        return True
    return False


def _consultation_answered(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a proposal cue names a consultation told as answered (not the news).

    "laid the regulations in response to the consultation", "the consultation response
    confirmed the rules": the proposal is past. A sentence that tells an instrument made or laid
    (:func:`_instrument_made`) answers its consultation too ("made following the consultation").
    """
    if "consult" not in match.group(0).lower():
        return False
    text = sentence.text
    for answered in _CONSULTATION_ANSWERED.finditer(text):
        if answered.start() <= match.start() < answered.end() + 1:
            return True
    return _instrument_made(sentence)


# A temporary or emergency rule that ran out at its sunset: "the emergency rule expired on October
# 30", "the rules lapsed", "was allowed to lapse", 《……措施》已于9月30日到期失效,
# 《……办法》有效期届满.
# Past forms only ("will expire", "is due to lapse" tell a day to come); a rule's noun leads the
# clause, so a permit or a licence expiring is no rule suspended.
_SUNSET_EN = re.compile(
    r"\b(?:rule|rules|regulation|regulations|measure|measures|order|orders|ban|curbs|restrictions"
    r"|requirement|requirements|decree|moratorium|regime|curfew|curtailment)\b[^.;:,]{0,40}?\b"
    r"(?:(?:has|have|had)\s+)?(?:expired|lapsed|(?:was|were|been)\s+allowed\s+to\s+lapse)\b"
    r"|\b(?:allowed|let)\s+(?:the|its|their)\s+[^.;:,]{0,40}?\b(?:rule|rules|regulation|regulations"
    r"|measure|measures|order|ban|curbs|restrictions|requirement|decree|moratorium)\s+(?:to\s+)?lapse\b",
    re.IGNORECASE,
)
_SUNSET_ZH = re.compile(
    r"(?:办法|措施|规定|条例|细则|决定|通知|公告|》)[^，。；]{0,16}?"
    r"(?:到期失效|期满失效|有效期(?:已)?届满|到期(?:后)?(?:自动)?废止)"
)
_SUNSET_NOT_IN = re.compile(r"\b(?:not|never)\b|尚未|未到期|未届满", re.IGNORECASE)


def _sunset_passed(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a temporary rule ran out at its sunset (see ``_SUNSET_EN``): ``suspended``.

    Not when negated ("has not expired", 尚未到期失效) nor when told as history ("after the
    emergency rule lapsed").
    """
    for pattern in (_SUNSET_EN, _SUNSET_ZH):
        for match in pattern.finditer(sentence.text):
            if _SUNSET_NOT_IN.search(match.group(0)):
                continue
            if _history(sentence, match.start(), "suspended", cues, match.group(0)):
                continue
            return True
    return False


#: After a suspension word, a fee or charge as what it takes away: 取消……收费, 免除审定费,
#: "scraps the registration fee": a charge dropped by an act adopted, no policy suspended.
_FEE_AFTER = re.compile(
    r"^[^，。；,.;]{0,16}?(?:收费|费用|费(?![心力])|\bfees?\b|\bcharges?\b|\blev(?:y|ies)\b)",
    re.IGNORECASE,
)


#: After a suspension word, a counted set of things as what is suspended: "suspended 1,200
#: numbers", "blocked more than 3,400 SIM accounts", 暂停1200个号码, 暂停了3万余张电话卡. Rules are
#: not counted so: the count is an enforcement or compliance step under a rule in place, no
#: suspension of the rule.
_COUNTED_ITEMS_AFTER = re.compile(
    r"^\s*(?:about|around|over|nearly|almost|some|more\s+than|at\s+least|up\s+to)?\s*"
    r"\d[\d,.]*\s*(?:thousand|million|k)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:phone\s+|mobile\s+)?numbers?|accounts?|sims?|sim\s+cards?|lines?|connections?"
    r"|handsets?|devices?|apps?|websites?|domains?|listings?|users?|subscribers?|profiles?)\b"
    r"|^\s*了?\s*\d[\d,，.]*\s*[万千]?\s*余?\s*(?:个|张|款|部|台|户|家)",
    re.IGNORECASE,
)


def _counted_items(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a suspension word acts on a counted set of things.

    "suspended 1,200 numbers", 暂停1200个号码: an operator's or platform's step under a rule,
    not the rule suspended.
    """
    after = sentence.text[match.end() :]
    found = _COUNTED_ITEMS_AFTER.match(after)
    # 废止3部行政法规, 暂停2项管理办法: counted rules are rules
    return found is not None and not _ZH_COUNTED_RULES.match(after[found.end() :])


#: After a Chinese count, rules counted: 废止3部行政法规 (three regulations repealed), 2件规章.
_ZH_COUNTED_RULES = re.compile(
    r"^[^，。；]{0,10}?(?:法规|规章|法律|条例|办法|规定|规范性文件|文件|通知|决定|措施|细则)"
)


#: After a suspension word, what an operator or a company stops under a rule in place, or its own
#: product: "suspended its prepaid accounts that failed checks", "scraps AI photo feature",
#: "halts the app in Europe". The things are items, not a rule: no rule named before them.
_ITEMS_AFTER = re.compile(
    r"^\s*(?:(?:its|their|the|some|all|own|of|[\w-]+['’]s)\s+){0,3}(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?:(?:phone\s+|mobile\s+)?numbers|accounts?|sims?|sim\s+cards?|phone\s+lines"
    r"|handsets?|apps?|websites?|listings?|profiles?|features?|products?|chatbots?|models?"
    r"|devices?|launch|rollout|lines|sign-?ups|onboarding)\b",
    re.IGNORECASE,
)
_RULE_WORD = re.compile(
    r"\b(?:rules?|regulations?|laws?|measures?|guidance|guidelines?|requirements?|ban|bans|order"
    r"|orders|directions?|directives?|decrees?|notices?|code|codes|policy|policies|scheme|regime"
    r"|licen[cs]e|licen[cs]ing|duty|duties|obligations?|mandate|curbs|controls)\b",
    re.IGNORECASE,
)
_ZH_ITEMS_AFTER = re.compile(r"^\s*了?[^，。；]{0,8}?(?:账号|帐号|号码|电话卡|应用|产品|功能)")


def _items_stopped(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a suspension word stops items (accounts, numbers, a product), not a rule.

    A carrier suspending its own numbers or accounts under a rule complies with it; a company
    scrapping a product or a feature ends nothing of a rule. Neither is the rule suspended.
    """
    after = sentence.text[match.end() :]
    if has_cjk(match.group(0)):
        found = _ZH_ITEMS_AFTER.match(after)
        return found is not None and not re.search(
            r"[《〈]|办法|规定|条例|规则|通知|公告|意见|措施|要求|禁令", found.group(0)
        )
    found = _ITEMS_AFTER.match(after)
    if found is None or _RULE_WORD.search(found.group("words")):
        return False
    # "revokes lending app rule", "scraps the app store code", "halts California's AI model
    # safety law", "halts Texas app store age law": the item names the rule's object
    return not _RULE_AFTER_ITEM.match(after[found.end() :])


#: After an item word, the rule it is the object of, a few words on with no preposition
#: between: "app rule", "AI model safety law", "app store age law" (not "apps until the rule").
_RULE_AFTER_ITEM = re.compile(
    r"^[\s-]*(?:(?!(?:until|under|after|before|because|for|to|pending|following|amid|as|while"
    r"|in|on|at|by|with|from|that|which|and|or)\b)[\w'’-]+[\s-]+){0,3}?" + _RULE_WORD.pattern,
    re.IGNORECASE,
)


#: After a scrapped or repealed text, the text that replaces it: "scraps AI works guidance for
#: stricter rules", "scrapped its interim code in favour of a statute", "replacing it with".
_REPLACED_BY_AFTER = re.compile(
    r"^[^.;:，。；]{0,60}?\b(?:for|in\s+favou?r\s+of|with)\s+(?:(?:a|an|the|its)\s+)?"
    r"(?:(?:new|stricter|tougher|tighter|firmer|binding|permanent|broader|updated|formal)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:rules?|regulations?|measures|law|code|regime|requirements|standards?)\b"
    r"|^[^.;:]{0,60}?,?\s+replacing\s+(?:it|them)\s+with\b",
    re.IGNORECASE,
)
#: Before a repealed text's noun, what dates it as the older text: "its 2024 guidance", "the
#: interim rules", "scraps interim rules", "the old code".
_OLDER_TEXT_AFTER = re.compile(
    r"^\s+(?:(?:its|their|the)\s+)?(?:(?:19|20)\d\d|old|older|previous|earlier|interim|provisional"
    r"|existing|former|trial)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:guidance|guidelines|rules?|measures|regulations?|code|notice|circular|provisions)\b",
    re.IGNORECASE,
)


#: The same in Chinese: 废止原《……》, 废止2024年发布的《……》, 废止此前的指引.
_ZH_OLDER_TEXT_AFTER = re.compile(
    r"^\s*了?\s*(?:原|旧|此前(?:发布)?的?|(?:19|20)\d\d\s*年(?:发布|印发|出台)?的?)\s*[《〈“]?"
)


def _older_text_replaced(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a repeal word repeals an older text for the one that replaces it.

    "China scraps AI works guidance for stricter rules", "issued measures ... and scrapped its
    2024 guidance": the repeal of the older document is the new measure's adoption, not the
    development's suspension (as 原《……》同时废止 in a notice).
    """
    if not _REPEAL_WORD.match(to_simplified(match.group(0))) and match.group(0).lower() not in (
        "withdraws",
        "withdrew",
        "withdrawn",
        "drops",
        "dropped",
    ):
        return False
    after = sentence.text[match.end() :]
    return bool(
        _REPLACED_BY_AFTER.match(after)
        or _OLDER_TEXT_AFTER.match(after)
        or _ZH_OLDER_TEXT_AFTER.match(to_simplified(after))
    )


#: A duty stated as required since a day: "has required the declaration on all applications
#: since Aug. 1", "have been required to label them since March": in force since that day.
_REQUIRED_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?requir(?:ed|ing)\b[^.;]{0,140}?(?=\bsince\b)", re.I
)


def _required_since(sentence: Sentence) -> bool:
    """Whether a sentence states a duty required since a stated day (in force)."""
    for match in _REQUIRED_SINCE.finditer(sentence.text):
        if _negated(sentence.text, match.start(), match.end()):
            continue
        if EN_STATED_DAY.match(sentence.text[match.end() :]):
            return True
    return False


#: An authority's direction with a day to comply: "hereby directs all providers to deploy ... by
#: 1 May 2027", "ordered telecom operators to use AI to flag spam calls by May 1".
_HEREBY_DIRECTS = re.compile(
    r"\bhereby\s+(?:directs?|orders?|instructs?|requires?|mandates?)\b", re.IGNORECASE
)
_DIRECTED_BY = re.compile(
    r"\b(?:direct(?:s|ed)?|order(?:s|ed)?|instruct(?:s|ed)?|told|tells?)\s+"
    r"[^.;:]{1,140}?\bto\s+[^.;:]{1,140}?\bby(?=\s)",
    re.IGNORECASE,
)


def _directed_by_day(sentence: Sentence, published: date | None = None) -> bool:
    """Whether a sentence gives a direction with a compliance day to come (adopted).

    "The Authority hereby directs ... by 1 May 2027", "TRAI ordered operators to ... by May 1":
    the direction is made; what it requires applies from the day, not yet.
    """
    text = sentence.text
    for hereby in _HEREBY_DIRECTS.finditer(text):
        # "hereby directs all providers to deploy ... by 1 May 2027"; not "hereby orders Acme to
        # stop processing", an order with no day to comply, at work now
        for by in re.finditer(r"\bby\s+", text[hereby.end() :]):
            if EN_STATED_DAY.match(text[hereby.end() + by.end() :]):
                return True
    for match in _DIRECTED_BY.finditer(text):
        if _negated(text, match.start(), match.end()):
            continue
        if not EN_STATED_DAY.match(text[match.end() :]):
            continue
        if published is None or _day_ahead(text[match.end() :], published):
            return True
    return False


def _day_ahead(after: str, published: date) -> bool:
    """Whether the day right after a compliance "by" is still to come on ``published``.

    A day without its year is this year's, or next year's when this year's is more than half a
    year past ("by January 31" in December); a day not read is taken as to come.
    """
    en = EN_STATED_DAY.match(after)
    if en is None or en.group("today"):
        return True
    try:
        if en.group("m3"):
            return date(int(en.group("y3")), MONTH_NUMBER[en.group("m3").lower()], 1) > published
        month = MONTH_NUMBER[(en.group("m1") or en.group("m2")).lower()]
        day = int(en.group("d1") or en.group("d2"))
        year = en.group("y1") or en.group("y2")
        if year:
            return date(int(year), month, day) > published
        this_year = date(published.year, month, day)
    except ValueError:
        return True
    return this_year > published or (published - this_year).days > 183


#: A start moved by a correction or an amendment: "moves the start of compulsory certification
#: to July 1 from May 1", "pushed the effective date back to October 1".
_START_MOVED = re.compile(
    r"\b(?:moves?|moved|moving|shifts?|shifted|pushe[sd]|push|brings?|brought|changes?|changed)"
    r"\s+(?:back\s+|forward\s+)?(?:the\s+)?(?:start(?:ing)?(?:\s+date)?|effective\s+date"
    r"|entry\s+into\s+force|date\s+of\s+(?:effect|application))\b[^.;]{0,100}?"
    r"\b(?:back\s+|forward\s+)?to(?=\s)",
    re.IGNORECASE,
)


def _start_moved(sentence: Sentence) -> bool:
    """Whether a sentence moves a rule's start to a stated day (the rule stays adopted)."""
    return any(
        EN_STATED_DAY.match(sentence.text[m.end() :])
        and not _negated(sentence.text, m.start(), m.end())
        for m in _START_MOVED.finditer(sentence.text)
    )


#: A start counted from a publication in a gazette or journal: "which comes into force from the
#: day following its publication in the Official Gazette", "on the twentieth day following its
#: publication": the text is made, its effect to come.
_FROM_PUBLICATION_DAY = re.compile(
    r"\b(?:comes?|come|enters?|enter|takes?|take)\s+(?:into\s+(?:force|effect)|effect)\s+"
    r"(?:from|on|as\s+of)\s+the\s+(?:[\w-]+\s+)?day\s+(?:following|after)\s+"
    r"(?:(?:that\s+of\s+)?(?:its|their|the)\s+)?publication\b",
    re.IGNORECASE,
)


def _effect_from_publication(sentence: Sentence) -> bool:
    """Whether a sentence counts a text's effect from the day after its publication."""
    return _FROM_PUBLICATION_DAY.search(sentence.text) is not None


_DRAFT_PART = re.compile(r"\b(?:draft|proposed|planned)\b", re.IGNORECASE)


#: A condition right after an in-force cue: "The act enters into force if neither Parliament nor
#: Council objects within three months", "takes effect unless ...": the rule is not in force yet.
_EFFECT_ON_CONDITION = re.compile(r"^\s*,?\s*(?:only\s+)?(?:if|unless)\b", re.IGNORECASE)

#: An executive order's enacting words in the passive, "it is hereby ordered that agencies shall
#: ...", "hereby ordered that" (the `[stage] adopted` cue "hereby ordered"): the order adopted, not
#: an order enforced. Not an authority's own act told with "hereby" ("hereby fines Acme", "hereby
#: orders Acme to stop processing"), which its in-force cue still reads.
_HEREBY_ORDERED = re.compile(r"\bhereby\s+ordered\s+that\b|\bit\s+is\s+hereby\s+ordered\b", re.I)


def _hereby_ordered(text: str, start: int) -> bool:
    """Whether the cue at ``start`` is the "ordered" of an order's passive enacting words."""
    if not re.search(r"\bhereby\s+$", text[:start], re.I):
        return False
    return any(m.start() <= start < m.end() for m in _HEREBY_ORDERED.finditer(text))


#: A text as the subject of the drop: "The final text drops a requirement", "the new draft drops
#: the requirement", "the final version drops ...": the text's contents changed, no rule dropped.
_TEXT_DROPS = re.compile(
    r"\b(?:final|new|revised|amended|latest)\s+(?:text|version|draft)\s+(?:also\s+|now\s+)?$",
    re.IGNORECASE,
)


def _draft_part_dropped(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a final text drops a part of its draft: the final rules are adopted.

    "issued final rules, dropping a draft requirement": the draft is what is compared with; "the
    final text drops a requirement to ...": the text, its subject, left a clause out.
    """
    if _TEXT_DROPS.search(sentence.text[: match.start()]):
        return True
    return bool(_DRAFT_PART.search(match.group(0))) and bool(_FINAL.search(sentence.text))


def _fee_dropped(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a suspension word drops a fee (取消无人机适航审定收费): the act is adopted."""
    return bool(_FEE_AFTER.match(sentence.text[match.end() :]))


#: A company's shares halted in Chinese: 股票暂停交易, 停牌, 暂停上市 (a market act, no policy).
_TRADING_HALT_ZH = re.compile(r"股票|证券|股份|股价|停牌|复牌|交易所")


def _trading_halt(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a Chinese suspension word halts a company's trading (停牌, 暂停交易), no policy."""
    if not has_cjk(match.group(0)):
        return False
    clause = re.split(r"[，。；,;]", sentence.text[: match.start()])[-1]
    after = re.split(r"[，。；,;]", sentence.text[match.end() :])[0]
    return bool(_TRADING_HALT_ZH.search(clause) or _TRADING_HALT_ZH.search(after))


def _cited_title(text: str, start: int) -> bool:
    """Whether a cue stands in the name of a text cited as a basis (根据《关于暂停……的通知》)."""
    opened = text.rfind("《", 0, start)
    if opened < 0 or text.find("》", opened, start) >= 0:
        return False
    return bool(_CITED_BY.search(text[max(0, opened - 4) : opened]))


# One chamber of a two-chamber legislature passing a bill, or the member states agreeing their
# position: the text goes on to the other chamber (or to talks), so it is proposed, not adopted.
# "The House passed the bill 281-140", "the Senate approves", 众议院表决通过, "EU governments
# agreed their position". A one-chamber legislature (a national assembly, 立法院) enacts.
_ONE_CHAMBER = re.compile(
    r"(?<!White )\b(?:House(?:\s+of\s+(?:Representatives|Commons|Lords))?|Senate|lower\s+house"
    r"|upper\s+house|Bundestag|Bundesrat)\b[^.;]{0,40}?\b(?:passed|passes|pass|approved|approves"
    r"|voted\s+(?:for|through))\b"
    r"|(?:众议院|参议院|众院|参院|下议院|上议院)[^，。；]{0,12}?通过"
    r"|\b(?:agreed|agree|agrees|adopted|adopts)\s+(?:its|their)\s+(?:\w+\s+)?position\b",
    re.IGNORECASE,
)
# Both chambers done, or the law signed: enacted after all.
_BOTH_CHAMBERS = re.compile(
    r"\bboth\s+(?:chambers|houses)\b|\bsign(?:s|ed)\b|\binto\s+law\b"
    r"|\bpresident(?:'s|’s)?\s+(?:desk|signature)\b|签署",
    re.IGNORECASE,
)


def _one_chamber(text: str) -> bool:
    """Whether a sentence tells one chamber passing a bill (or governments agreeing a position)."""
    match = _ONE_CHAMBER.search(text)
    return (
        match is not None
        and not _negated(text, match.start(), match.end())
        and not _BOTH_CHAMBERS.search(text)
    )


# A legislature's last word on a bill (see :func:`_legislature_stage`). An override of a veto or
# a bill that becomes law: "voted on Tuesday to override the Governor's veto", "overrode the
# veto", "becomes law", 推翻州长否决, 成为法律.
_OVERRIDE = re.compile(
    r"\b(?:overr(?:o|i)de|overridden|overrides|overriding)\b[^.;]{0,60}?\bveto"
    r"|\bveto\b[^.;]{0,30}?\b(?:was|were|has\s+been)\s+overridden\b"
    r"|\b(?:becomes|became|has\s+become)\s+law\b"
    r"|推翻[^，。；]{0,20}?否决|(?:成为|成爲)法律",
    re.IGNORECASE,
)
# A plan to override, or an attempt that failed: no override done.
_OVERRIDE_NOT = re.compile(
    r"\b(?:fail(?:s|ed)?|attempt(?:s|ed)?|try|tries|tried|seek(?:s)?|sought|need(?:s|ed)?|enough"
    r"\s+votes|could|would|may|might|will|plans?|expected|likely|hope(?:s|d)?)\s+"
    r"(?:\w+\s+){0,2}?to\s+$"
    r"|\b(?:could|would|may|might|will)\s+(?:\w+\s+)?$|未能|试图|拟|或将",
    re.IGNORECASE,
)
# A veto, or a bill voted down or defeated: the bill is stopped (``suspended``, the guide's call
# for a bill killed). Not "threatened to veto", "could veto" (no past form), nor 一票否决.
_BILL_STOPPED = re.compile(
    r"\bveto(?:e[sd]|ing)\s+(?:[\w.'’-]+\s+){0,6}?(?:bill|bills|legislation|law|laws|measure"
    r"|amendments?|act|HB|SB|H\.B\.|S\.B\.)\b"
    r"|\b(?:bill|bills|legislation|measure)\b[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+vetoed\b"
    r"|\bbill\b[^.;]{0,20}?\b(?:has\s+)?failed\b(?!\s+to\b)"
    r"|\bvot(?:ed|es|e)\s+down\b|\bdefeated\s+(?:the|a)\s+(?:[\w-]+\s+){0,4}?bill\b"
    r"|\bbill\b[^.;]{0,60}?\b(?:was|were|has\s+been)\s+(?:defeated|voted\s+down)\b"
    r"|\brejected\s+(?:the|a)\s+(?:[\w-]+\s+){0,4}?bill\b"
    r"|\bbill\b[^.;]{0,40}?\bfailed\s+to\s+pass\b|\bfailed\s+to\s+pass\s+(?:the|a)\s+bill\b"
    r"|(?<!一票)否决(?:了)?[^，。；]{0,24}?(?:法案|草案|议案|提案|修正案)"
    r"|(?:法案|草案|议案|提案|修正案)[^，。；]{0,16}?(?:被|遭|遭到)(?:\w{0,4})?否决"
    r"|(?:法案|草案|议案|提案)[^，。；]{0,16}?(?:表决)?未(?:获|能)通过",
    re.IGNORECASE,
)
# A bill passed and sent on for signature: both chambers are done ("passed House Bill 415 on
# third reading ..., and the bill was presented to the Governor", "heads to the governor's desk").
_SENT_FOR_SIGNATURE = re.compile(
    r"\b(?:presented|sent|delivered|forwarded|transmitted)\s+to\s+(?:the\s+)?"
    r"(?:governor|president)\b"
    r"|\bheads?\s+to\s+(?:the\s+)?(?:governor|president)(?:'s|’s)?\b"
    r"|\bto\s+the\s+(?:governor|president)(?:'s|’s)\s+desk\b"
    r"|(?:送交|提交|呈交|送呈)(?:州长|总统)",
    re.IGNORECASE,
)


def _legislature_hit(sentence: Sentence, pattern: re.Pattern[str], cues: AboutCues) -> bool:
    """Whether ``pattern`` states a legislature's act in ``sentence`` as its news.

    Not when negated, told as history ("after the governor vetoed a similar bill last year"), in
    a plan or a failed attempt ("failed to override the veto", "will try to override") or in a
    question.
    """
    for match in pattern.finditer(sentence.text):
        before = sentence.text[: match.start()]
        if pattern is _OVERRIDE and _OVERRIDE_NOT.search(before[-40:]):
            continue
        if pattern is _BILL_STOPPED and re.search(
            r"\b(?:threat\w*|could|would|may|might|will|plans?)\s+(?:\w+\s+)?$", before, re.I
        ):
            continue
        if _negated(sentence.text, match.start(), match.end()):
            continue
        if _history(sentence, match.start(), "suspended", cues, match.group(0)):
            continue
        return True
    return False


def _bill_stopped_in_head(read: Sequence[Sentence], cues: AboutCues) -> bool:
    """Whether the title or the lead tells a legislature stopping a bill as its last word.

    "Dutch MPs vote down police facial recognition bill", "Governor vetoes AI hiring audit
    bill", 韩国国会否决人工智能基本法修正案 (see :func:`_legislature_stage`; not a veto
    overridden, nor a bill passed and sent for signature).
    """
    head = [s for s in read if s.part != "body"]
    found = _legislature_stage(head, cues)
    return found is not None and found.value == "suspended"


#: A bill named: the passage :func:`_one_chamber` reads is a bill's, not a treaty's ("the upper
#: house approved the agreement" ratifies it).
_BILL_NAMED = re.compile(r"\bbills?\b|法案|草案|议案", re.IGNORECASE)


def _one_chamber_in_head(read: Sequence[Sentence], cues: AboutCues) -> bool:
    """Whether the title or lead tells one chamber passing a bill, and nothing tells it made law.

    "Chile's lower house passes AI liability bill", 众议院表决通过……法案 (see :func:`_one_chamber`).
    Not when a legislature's last word is told in the head (a veto, a bill sent for signature:
    :func:`_legislature_stage`) or a later sentence makes the bill law (:func:`_enacted_later`).
    """
    head = [s for s in read if s.part != "body"]
    passed = next((s for s in head if _one_chamber(s.text) and _BILL_NAMED.search(s.text)), None)
    if passed is None or _legislature_stage(head, cues) is not None:
        return False
    return _enacted_later(read, passed) is None


def _legislature_stage(read: Sequence[Sentence], cues: AboutCues) -> Finding | None:
    """A legislature's passage, veto or override of a bill told in a read sentence, if any.

    The last word decides. An override ("voted to override the Governor's veto", "overrode the
    veto", "becomes law", 推翻……否决) is ``adopted``, though the veto it overrides is named
    beside it; a veto or a bill voted down, defeated or rejected ("vetoed House Bill 415",
    "voted down a bill", 否决了……法案) is ``suspended``, the guide's call for a bill stopped; a
    bill passed and presented to the governor or the president for signature is ``adopted``
    (both chambers done; one chamber alone is ``proposed``, :func:`_one_chamber`). ``None`` when
    no sentence tells one.
    """
    for pattern, value in (
        (_OVERRIDE, "adopted"),
        (_BILL_STOPPED, "suspended"),
        (_SENT_FOR_SIGNATURE, "adopted"),
    ):
        found = next((s for s in read if _legislature_hit(s, pattern, cues)), None)
        if found is not None:
            return Finding(value, found.text)
    return None


# A temporary measure's end or a decree annulled (see :func:`_lapsed_or_annulled`).
_LAPSED = re.compile(
    r"\b(?:lapsed|expired|ran\s+out)\b[^.;]{0,80}?\b(?:will|would|is|are)\s+not\s+be\s+"
    r"(?:extended|renewed)\b"
    r"|\b(?:temporary|interim|emergency|provisional)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:lapsed|expired|ran\s+out)\b"
    r"|\b(?:has|have|had)\s+(?:now\s+)?(?:lapsed|expired)\b"
    r"|\bceases?\s+to\s+have\s+(?:the\s+)?force\s+of\s+law\b"
    r"|\bceased\s+to\s+have\s+(?:the\s+)?force\s+of\s+law\b"
    r"|\bno\s+longer\s+(?:has|have)\s+(?:the\s+)?force\s+of\s+law\b"
    r"|\b(?:voted|votes|vote)\s+to\s+reject\s+(?:the\s+)?(?:[\w()-]+\s+){0,3}?decree"
    r"|\brejected\s+(?:the\s+)?(?:[\w()-]+\s+){0,3}?decree-law"
    r"|到期[，,]?\s*(?:不再(?:执行|实施|施行|适用|延续|延期)|停止(?:执行|实施))"
    r"|不再延(?:续|长|期)(?:执行|实施)?"
    r"|(?:失去|丧失)法律效力",
    re.IGNORECASE,
)


def _lapsed_or_annulled(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a temporary measure ran out or a decree was annulled: ``suspended``.

    "The temporary cap ... lapsed at the end of March as scheduled and will not be extended",
    临时措施已于……到期，不再执行, "voted today to reject Decree-Law No. (9) of 2028, which
    accordingly ceases to have the force of law". Not negated ("has not expired"), nor history
    ("after the emergency order lapsed"), nor a lapse to come (尚未到期).
    """
    for match in _LAPSED.finditer(sentence.text):
        if _negated(sentence.text, match.start(), match.end()):
            continue
        if _history(sentence, match.start(), "suspended", cues, match.group(0)):
            continue
        return True
    return False


# What a licence, permit or approval revoked names: the act that holds a holder's authorisation.
_APPROVAL_HELD = re.compile(
    r"licen[cs]es?|permits?|certificat\w*|authori[sz]ations?|waivers?|status|accreditation"
    r"|许可证?|牌照|资质|证书|执照",
    re.IGNORECASE,
)
_REVOKE_WORD = re.compile(r"^(?:revok\w*|吊销|撤销)$", re.IGNORECASE)


def _approval_revoked(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a revocation takes a holder's licence, permit or status, not a rule.

    "The Dutch government has revoked a licence that allowed ASML to", "revokes the validated
    end-user status", 撤销其经营许可证: the authority takes back what it granted, an act of
    enforcement that holds from then on (``in-force``), where "revokes the rule", 撤销《……办法》
    suspends a rule. The licence is the cue's object (within six words after it) or, in the
    passive, its subject ("the licence was revoked"); a rule's name there keeps the suspension.
    """
    if not _REVOKE_WORD.match(match.group(0)):
        return False
    text = sentence.text
    after = re.split(r"[,.;:，。；：]", text[match.end() :])[0]
    words = re.findall(r"[\w'-]+", after)[:6]
    object_ = after[:12] if has_cjk(match.group(0)) else " ".join(words)
    if object_ and not _names_rule(object_) and _APPROVAL_HELD.search(object_):
        return True
    before = re.split(r"[,.;:，。；：]", text[: match.start()])[-1]
    passive = re.search(r"(?:\b(?:was|were|been|is|are|being)\s+$)|被$", before)
    return bool(passive and _APPROVAL_HELD.search(before[-40:]) and not _names_rule(before[-40:]))


# A rule's own name beside a revocation word: "revokes the licensing rule", 撤销《……许可办法》.
_RULE_NAMED = re.compile(
    r"\b(?:rules?|regulations?|law|requirements?|regime|order|decree|directive|policy)\b|《|办法|规定|条例",
    re.IGNORECASE,
)


def _names_rule(words: str) -> bool:
    """Whether words name a rule (then a revocation of it is a suspension)."""
    return bool(_RULE_NAMED.search(words))


_BEFORE_EFFECT_AFTER = re.compile(r"^(?:前|之前|以前)")


def _before_effect(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a Chinese in-force cue names the time before the effect (施行前, 生效之前).

    "会议要求有关部门做好条例施行前的准备工作": the rule does not apply yet. 施行以来 (since) is
    read earlier.
    """
    return has_cjk(match.group(0)) and bool(
        _BEFORE_EFFECT_AFTER.match(sentence.text[match.end() :])
    )


#: In the clause before a landing cue (落地实施, 正式落地), an instruction, a push or a hope:
#: 会议要求加快推动……政策落地实施, 该标准有望年内正式落地, 确保新规正式落地.
_LANDING_AIM_BEFORE = re.compile(
    r"要求|推动|推进|加快|加速|抓紧|确保|促进|力争|争取|尽快|有望|希望|预计|期待|将|拟|计划"
)


def _landing_aimed(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a landing cue is an aim: a push, an instruction or a hope in its clause."""
    if "落地" not in match.group(0):
        return False
    clause = re.split(r"[，。；！？,;!?]", to_simplified(sentence.text[: match.start()]))[-1]
    return bool(_LANDING_AIM_BEFORE.search(clause))


def _stage_hits(
    sentence: Sentence,
    name: str,
    cues: AboutCues,
    *,
    skip_instructions: bool = False,
    published: date | None = None,
) -> bool:
    """Whether a sentence states stage ``name`` (cues in context; see :func:`stage`).

    With ``skip_instructions``, an instruction word ("orders", "ordered") is no sign of a rule in
    force: on anonymous or second-hand sourcing an unpublished instruction is unconfirmed.
    ``published``: the article's day of publication, when known (see :func:`_scheduled`).
    One chamber passing a bill is ``proposed`` (:func:`_one_chamber`), not ``adopted``.
    """
    if name == "proposed" and (_one_chamber(sentence.text) or _committee_recommends(sentence)):
        return True
    if name == "suspended" and (
        _sunset_passed(sentence, cues) or _lapsed_or_annulled(sentence, cues)
    ):
        return True
    if name == "suspended" and _rules_delayed(sentence, cues):
        return True  # "EU delays high-risk AI rules by a year": a delay decided
    if name == "in-force" and not skip_instructions and _order_made_final(sentence, cues):
        return True  # "finalised an order barring", "on Thursday barred the maker from selling"
    if name == "adopted" and _instrument_made(sentence):
        return True
    if name == "in-force" and _required_since(sentence):
        return True  # "has required the declaration since Aug. 1"
    if name == "in-force" and (_duty_applies_now(sentence) or _licence_taken_back(sentence, cues)):
        return True  # "importers must now register", "withdrew part of the firm's permit"
    if name == "adopted" and (
        _directed_by_day(sentence, published)
        or _start_moved(sentence)
        or _effect_from_publication(sentence)
    ):
        return True  # "hereby directs ... by 1 May", "moves the start to July 1"
    for match in cues.stages[name].finditer(sentence.text):
        if skip_instructions and cues.instruction.search(match.group(0)):
            continue
        if _in_compound(sentence.text, match.start(), match.end(), cues):
            continue  # 拟人化: a word of its own, not 拟 (proposed)
        if sentence.text[match.end() : match.end() + 2] in ("'t", "’t"):
            continue  # "won't take effect": a contraction's stem, not "won" (approval)
        if _history(sentence, match.start(), name, cues, match.group(0)):
            continue  # "after a pause of three months"
        if name == "suspended" and sentence.text[max(0, match.start() - 1) : match.start()] == "-":
            continue  # "its long-delayed scheme": an adjective, nothing suspended now
        if name == "in-force" and _landing_aimed(sentence, match):
            continue  # 要求加快推动……政策落地实施, 有望年内正式落地: an aim, not a measure at work
        if name == "in-force" and _EFFECT_ON_CONDITION.match(sentence.text[match.end() :]):
            continue  # "enters into force if neither Parliament nor Council objects": not yet
        if (
            name == "suspended"
            and "into force" in match.group(0).lower()
            and _ENTRY_ON_CONDITION.match(sentence.text[match.end() :])
        ):
            continue  # "cannot enter into force until ... have had two months to object"
        if (
            name == "suspended"
            and _STOP_APPLYING.match(to_simplified(match.group(0)))
            and not _RULE_TITLE_AFTER.match(to_simplified(sentence.text[match.end() :]))
        ):
            continue  # 停止执行《会员服务协议》中的条款: a contract's terms, not a rule stopped
        if name == "in-force" and _hereby_ordered(sentence.text, match.start()):
            continue  # "it is hereby ordered that": an order's enacting words adopt it
        if _COMPARED_AFTER.match(sentence.text[match.end() :]):
            continue  # 与征求意见稿相比: an earlier text compared with, not the news
        if _cited_title(sentence.text, match.start()):
            continue  # 根据《关于暂停执行……的通知》: the name of an earlier text cited as a basis
        if name == "proposed" and _final_text(sentence.text, match, cues):
            continue  # "issued final rules, dropping a proposed cap": the draft is compared with
        if name == "proposed" and _consultation_answered(sentence, match):
            continue  # "laid the regulations in response to the consultation": answered
        if name == "reported" and _plan_noun(sentence.text, match):
            continue  # "sets out a plan to", "approves TSMC plan to": a plan made, not a rumour
        if name != "reported" and _negated(sentence.text, match.start(), match.end()):
            continue  # "has announced no such step", 尚未形成书面文件
        if name == "suspended" and _halts_goods(sentence, match.start(), match.end(), cues):
            continue
        if name == "suspended" and _approval_revoked(sentence, match):
            continue  # "revokes ASML's licence": a holder's licence taken, enforcement in force
        if name == "suspended" and _licence_withdrawn(sentence, match):
            continue  # "withdrew part of the clinic's permit": as a licence revoked
        if name == "suspended" and _repeal_clause(sentence, match, cues):
            continue  # 原《……》同时废止, "and repeals Notice No. 12": the notice keeps its stage
        if (
            name == "suspended"
            and match.group(0).lower() in _HELD_PHRASES
            and not _HOLD_VERB_BEFORE.search(sentence.text[: match.start()])
        ):
            continue  # "calls on hold at the helpline": nothing of a rule held
        if name == "suspended" and _market_talk(sentence, match):
            continue  # "dropped as much as 6%", "investors fear a pause": markets, no rule
        if name == "suspended" and (
            _fee_dropped(sentence, match)
            or _trading_halt(sentence, match)
            or _draft_part_dropped(sentence, match)
            or _counted_items(sentence, match)
            or _items_stopped(sentence, match)
            or _older_text_replaced(sentence, match)
        ):
            continue  # 取消……收费: a fee dropped (adopted); 股票暂停交易: a trading halt
        if name == "suspended" and _business_delay(sentence, match):
            continue  # "over delayed Texas fab": a firm's project late, no rule held
        if name == "suspended" and _delayed_effect(sentence, match):
            continue  # "delays the effective date": a day moved, the rule stays adopted
        if name == "suspended" and _lifted(sentence, match.start(), match.end(), cues):
            continue  # "lifts abeyance on the rule", 解除暂停: the rule applies again
        if (
            name == "suspended"
            and match.group(0).lower().startswith("no longer")
            and _stage_hits(sentence, "in-force", cues, published=published)
        ):
            continue  # "no longer need ... under rules that took effect": an easing in force
        if (
            name == "suspended"
            and _aimed_at(sentence.text[: match.start()])
            and not _said_at_once(sentence, match)
        ):
            continue  # "would remove", "sue to block the ban": an aim or a condition, not done
        if name == "suspended" and cues.stages["reported"].search(
            _clause_before(sentence, sentence.start + match.start())
        ):
            continue  # "is set to revoke the licence": a suspension to come, unconfirmed
        if name == "suspended" and skip_instructions:
            # on unnamed or second-hand sources alone: "is expected to pause the requirement",
            # 被要求暂停 (told to halt): a pause or an instruction nothing public shows yet
            before = sentence.text[: match.start()]
            if cues.stages["reported"].search(before) or _ZH_ASKED.search(before):
                continue
            if cues.instruction.search(sentence.text[: match.end()]):
                continue
        if (
            name == "proposed"
            and cues.enacted.search(_clause_before(sentence, sentence.start + match.start()))
            and not _executive_draft(sentence, match)  # "the cabinet approved a draft amendment"
            and not _draft_sent_to_legislature(sentence, match)  # 通过……草案，将函请立法院审议
        ):
            continue  # "signed a bill": adopted
        if name == "in-force":
            if _today_cue(match.group(0), cues) and _WINDOW_AFTER.match(
                sentence.text[match.end() :]
            ):
                continue  # 意见反馈即日起至12月15日: a consultation's window opens today
            if cues.stages["reported"].search(
                _clause_before(sentence, sentence.start + match.start())
            ):
                continue  # "is preparing to open an investigation"
            if _cited_effect(sentence, match):
                continue  # 2023年施行的《……》: an earlier text cited as context
            if _effect_day_named(sentence, match) or _effect_asked(sentence, match):
                continue  # 关于推迟《……》施行日期的通知, 问：《规定》何时施行？: no effect stated
            if _before_effect(sentence, match):
                continue  # 做好条例施行前的准备工作: the time before the effect, still to come
            if cues.instruction.search(match.group(0)) and _directed_by_day(sentence, published):
                continue  # "ordered operators to ... by May 1": a direction, its day to come
            if match.group(0).endswith("以来"):
                return True  # 施行以来, 试点启动以来: in force since then
            if has_cjk(match.group(0)) and _ZH_PLANNED.search(
                re.split(r"[，,；;。：:]", sentence.text[: match.start()])[-1]
            ):
                continue  # 拟将三家企业列入管控名单, 拟于明年施行: planned, not in force
            if _EFFECTIVE.match(match.group(0)) and not (
                EN_STATED_DAY.match(sentence.text[match.end() :])
                or _NOW_AFTER.match(sentence.text[match.end() :])
            ):
                continue  # "the ban is effective in curbing sales": no effect with a day
            if _penalty_content(sentence.text, match):
                continue  # "raise the maximum penalty", 罚款上限: what a rule sets, not imposed
            if _orders_noun(sentence.text, match):
                continue  # "quotas for orders above 10,000 units": the noun of trade
            if _sanction_clause(sentence.text, match):
                continue  # 违反规定的，由……责令改正，并可处以罚款: a rule's penalty clause
            if _DEFERRED.match(sentence.text[match.end() :]):
                continue  # 施行日期，由行政院定之, "on a date to be set by decree": adopted
            if _effect_to_come(sentence, match):
                continue  # "30 days after publication", "once it is promulgated": adopted
            if _effect_awaited(sentence, match):
                continue  # "Vendors can apply once it is in effect": an effect waited for
            if _zh_promulgation_to_come(sentence, match):
                continue  # 条例将由市政府依法公布施行: to be promulgated, then in force
            if published is not None:
                day = stated_day(sentence.text, match.start(), match.end(), published)
                # a suspension lifted (``[stage] resumed``) is in force whatever its day: 自7月16日
                # 起恢复……运营 published on the 15th, as the gold reads every such notice
                resumed = cues.resumed.search(match.group(0)) is not None
                if day is not None and day > published and not resumed:
                    continue  # a stated day after publication: adopted, with its date
                if day is not None:
                    return True  # "took effect on May 1", 自3月1日起施行 told after that day
            if _modal_before(sentence.text, match.start(), cues) and not (
                match.group(0).startswith(_ZH_LISTED) and not _ZH_LATER_WORD.search(sentence.text)
            ):
                continue  # "will take effect", "face fines"; not 将……列入 (将 marks the object)
            if _MODAL_PASSIVE.search(sentence.text[: match.start()]):
                continue  # "whether it should be added to the blacklist": not done
            if _LATER.match(sentence.text[match.end() :]):
                continue  # "takes effect next month"
            if _LATER_PART.match(sentence.text[match.end() :]) and not told_past(
                sentence.text, match.start(), match.end()
            ):
                continue  # "take effect in early 2028", "come into force in spring 2028"
            if _scheduled(sentence, match.start(), match.end()):
                continue  # "take effect on January 1": adopted, with its date
        return True
    return False


_LISTING = re.compile(
    r"\b(?:entity list|blacklist(?:ed)?|unverified list)\b|实体清单|实体名单|管控名单", re.I
)

# A listing's rule still to be published: "The rule will be published in the Federal Register".
_PUBLISHED_LATER = re.compile(
    r"\b(?:will|is to|are to|(?:is|are) (?:scheduled|due|set) to) be published\b", re.IGNORECASE
)


def _listing_dated_ahead(
    found: Sentence, read: Sequence[Sentence], cues: AboutCues, published: date | None
) -> bool:
    """Whether a listing told in force has its day of effect ahead in another sentence.

    A listing applies when it is published ("adds 14 firms to the Entity List": ``in-force``),
    unless the article dates its effect ahead ("The additions take effect when the rule is
    published on Wednesday", "from January 1"): then it is adopted.
    """
    if not _LISTING.search(found.text):
        return False
    return any(
        s is not found
        and not _LISTING.search(s.text)  # the listing's own day ("added ... on Friday")
        and not _effect_now(s, cues)  # "take effect from the date of this announcement"
        and not _stage_hits(s, "in-force", cues, published=published)
        and (_effect_ahead(s, cues, published) or _effect_to_come_in(s, cues))
        for s in read
    )


def _order_dated_ahead(
    found: Sentence, read: Sequence[Sentence], cues: AboutCues, published: date | None
) -> bool:
    """Whether an order told in force only by its instruction word has its day ahead elsewhere.

    "Central bank orders lenders to label chatbots" / "... ordered lenders to label AI chatbots
    by June 1": the direction is adopted, not yet in force.
    """
    hits = [
        m
        for m in cues.stages["in-force"].finditer(found.text)
        if not _negated(found.text, m.start(), m.end())
    ]
    if not hits or not all(cues.instruction.search(m.group(0)) for m in hits):
        return False
    return any(
        s is not found and (_directed_by_day(s, published) or _duty_from_day(s, published))
        for s in read
    )


#: A duty's day in a sentence: "barring assistants from giving diagnoses from July 1".
_DUTY_DAY = re.compile(r"\b(?:by|from|starting|beginning)(?=\s)", re.IGNORECASE)


def _duty_from_day(sentence: Sentence, published: date | None) -> bool:
    """Whether a sentence dates a duty from or by a day still to come (``published`` known)."""
    if published is None:
        return False
    return any(
        EN_STATED_DAY.match(sentence.text[m.end() :])
        and _day_ahead(sentence.text[m.end() :], published)
        for m in _DUTY_DAY.finditer(sentence.text)
    )


def _effect_to_come_in(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether an in-force cue of a sentence gives an effect counted from an act to come."""
    return any(
        _effect_to_come(sentence, m) for m in cues.stages["in-force"].finditer(sentence.text)
    )


# The rest of a rule stated in force after a part of it is struck or paused: "The remaining
# provisions of the rule ... remain in effect", "the rest of the rules stays in force", 其余条款
# 继续有效.
_REST_IN_FORCE = re.compile(
    r"\b(?:remaining|other|rest\s+of\s+(?:the|its))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:provisions?|requirements?|parts?|sections?|articles?|obligations?|rules?|regulations?"
    r"|measures?|duties)\b[^.;]{0,120}?"
    r"\b(?:(?:remains?|remained|stays?|stayed|continues?\s+to\s+be)\s+in\s+(?:force|effect|place)"
    r"|continues?\s+to\s+apply)\b"
    r"|(?:其余|其他|其它|剩余)(?:条款|规定|内容|部分|措施)[^。；]{0,20}?"
    r"(?:继续有效|仍然有效|仍有效|继续施行|继续实施|继续执行|继续适用|仍然适用)",
    re.IGNORECASE,
)


def _rest_in_force(sentences: Sequence[Sentence], suspended: Sentence) -> Sentence | None:
    """The sentence before ``suspended`` that states the rest of the rule in force, if any.

    A statement that leads with the rest of a rule in force ("The remaining provisions of the
    rule ... remain in effect, and the Commission will continue to enforce them") and then
    names the one provision it will not enforce is the rule in force: the part not enforced is
    no suspension of the rule. A report that leads with the suspension of a part and adds that
    the rest stays ("suspended the licence requirement ... The reporting requirement remains in
    effect", 决定暂停实施……第九条至第十二条……其他条款继续有效) is the suspension: the read sets
    annotate a partial suspension that is the news ``suspended``
    (``docs/decisions/2026-12-04-status-sixth-round.md``).
    """
    return next(
        (
            s
            for s in sentences
            if s.start < suspended.start and s is not suspended and _REST_IN_FORCE.search(s.text)
        ),
        None,
    )


def _state_media_relays(source: Finding, cues: AboutCues) -> bool:
    """Whether the report rests on state media relaying the state's act (sourcing ``secondary``).

    State media as the carrier: "..., Xinhua says", "state broadcaster CCTV reported", 据新华社报道
    (``[sourcing] state_media`` and ``state_media_named`` of ``about.toml``). The read sets never
    annotate such a report ``reported`` (articles relayed by Xinhua, state media or CCTV: adopted,
    in force, proposed, suspended or none): the stage reads it as confirmed, as an authority's
    own word, while its sourcing stays ``secondary``.
    """
    return source.value == "secondary" and cues.state_media.search(source.sentence) is not None


#: The first person of an authority in its own answer: 我委, 我部, 我局 (its official speaking).
_OWN_BODY_ZH = re.compile(r"我(?:委|部|局|办|厅|署|院)")
#: A teller who is no authority: 业内人士, 知情人士, a company's people.
_PERSON_ZH = re.compile(r"人士")


@dataclass(frozen=True, slots=True)
class DraftingTold(Finding):
    """The stage ``proposed`` as :func:`_drafting_told_by_drafter` decided it.

    The rule's own record that it fired: :func:`gather_evidence` reads ``drafting_told`` (the
    flag that keeps the rules' ``proposed`` against the learned stage) from it, not from a second
    reading of the found sentence. As a dataclass it is equal only to another ``DraftingTold``.
    """


def _drafting_told_by_drafter(
    sentence: Sentence,
    cues: AboutCues,
    actor_names: Sequence[str] = (),
    company_names: Sequence[str] = (),
) -> bool:
    """Whether a text being drafted is told on the record by the authority that drafts it.

    "The Privacy Commissioner's office is drafting guidance ..., Commissioner X told lawmakers",
    "the health commission is drafting rules ..., an official told a press briefing", 医政司负责人：
    我委正在组织起草……: the drafter's own word that a text is being written is the start of its
    making (``proposed``), as a draft published is. On unnamed or second-hand sources, or told by
    someone else ("..., the chief executive of the data exchange told a forum", 业内人士透露), it
    stays a report nothing public shows (``reported``).
    """
    text = to_simplified(sentence.text)
    found = cues.drafting.search(text)
    if found is None or _unnamed(sentence, cues) or _third_party_word(sentence):
        return False
    if _PERSON_ZH.search(text):
        return False  # 业内人士：……正在起草, 权威人士表示: a teller who is not the drafter
    if _company_tells(sentence, cues, company_names):
        return False
    authority = False
    for match in cues.on_record.finditer(sentence.text):
        if _negated(sentence.text, match.start(), match.end()):
            continue
        speaker = _speaker(sentence, match.start(), cues)
        if not speaker.strip() or re.fullmatch(r"\s*(?:it|they|he|she)\s*", speaker, re.I):
            continue  # "it said in a reply": the subject speaks, read below
        if cues.not_authorities.search(speaker) or _company_word(speaker, cues, company_names):
            return False  # someone else tells it
        if cues.authorities.search(speaker) or _institution(speaker, company_names):
            authority = True
    return (
        authority
        or bool(_OWN_BODY_ZH.search(text[max(0, found.start() - 4) : found.start()]))
        or _official_in(sentence, cues, actor_names, company_names)
    )


# A list of completed filings published by the authority: 公布第十批……已备案信息, 现将首批完成备案的
# ……名单予以公布, "published its first list of 32 filed services" (read simplified). The filing
# regime is at work, as an approval granted is (the guides' practice on the read sets: such a
# list is `in-force`); a draft of filing rules (备案管理规定（征求意见稿）) names no list. A
# notice telling a batch added (发布公告，新增27款……完成备案) is such a list; a notice alone is
# not (a firm's 发布公告称其……已完成备案).
_FILINGS_LISTED = re.compile(
    r"(?:公布|发布|公示)[^。；;]{0,30}(?:备案信息|备案名单|备案清单)"
    r"|(?:公布|发布|公示)[^。；;]{0,20}(?:第[一二三四五六七八九十百\d]+批|首批|新一批)[^。；;]{0,30}备案"
    r"|发布公告[，,]新增[^。；;]{0,30}完成备案"
    r"|(?:完成备案|已备案)的[^。；;]{0,40}(?:予以公布|予以公告|公布如下)"
    r"|\b(?:publish|release|issue)(?:e?s|e?d|ing)?\s+(?:its|a|the|their)\s+(?:\w+\s+){0,2}?"
    r"lists?\s+of\s+[^.;]{0,40}?\b(?:filed|registered)\s+(?:\S+\s+){0,6}?"
    r"(?:services|products|models|apps|algorithms)\b",
    re.IGNORECASE,
)
# What makes such a wording no list published, read in the sentence up to the list's end: a
# firm telling its own filing (某公司公布了自己的算法备案信息, 称已完成备案), a list to come
# (网信办将于下月公布……, 已完成备案的服务将予以公布, "will publish its first list"; 现将……予以
# 公布 is the notice's own "hereby"), a list of filings cancelled (注销备案信息, "a list of
# revoked registered services"). 虚拟 and 模拟 hold no 拟 (to plan), 名称 no 称 (to say).
_FILINGS_NOT_LISTED = re.compile(
    r"公司|企业|(?<![名简职])称|(?<!现)将(?!近)|(?<![虚模])拟|下月|下周|明年|近期|注销|撤销|取消|吊销"
    r"|\b(?:compan(?:y|ies)|firms?|will|shall|plans?|planned|to\s+(?:publish|release|issue)"
    r"|next\s+(?:week|month|year)|revok\w*|cancel\w*|withdraw\w*|deregister\w*)\b",
    re.IGNORECASE,
)


def _lists_filings(text: str) -> bool:
    """Whether a sentence tells the authority's list of completed filings published, now."""
    simple = to_simplified(text)
    if "征求意见" in simple:
        return False
    return any(
        _FILINGS_NOT_LISTED.search(simple[: match.end()]) is None
        for match in _FILINGS_LISTED.finditer(simple)
    )


#: The stages a list of filings published does not replace: a denial, a suspension or an end told.
_LIST_OUTWEIGHED = ("suspended", "denied")


def _filings_listed(sentences: Sequence[Sentence]) -> Sentence | None:
    """The title or the first sentence after it telling a list of completed filings published."""
    head = [s for s in sentences if s.part == "title"]
    head += [s for s in sentences if s.part != "title"][:1]
    return next((s for s in head if _lists_filings(s.text)), None)


def stage(
    sentences: Sequence[Sentence],
    signals: Sequence[Signal],
    source: Finding,
    cues: AboutCues,
    details: Sequence[Signal] = (),
    actor_names: Sequence[str] = (),
    published: date | None = None,
    company_names: Sequence[str] = (),
    denial: Finding | Unread | None = UNREAD,
) -> Finding:
    """Where the reported policy stands, with the sentence that shows it.

    Read in the title, the lead, the sentences of reported signals and those of ``details`` (a
    reported rule's "takes effect" sentence, see :func:`stage_only_details`): a denial of the
    report (``denied``), then ``suspended``, ``reported`` (plans, talks, anonymous sources,
    without a fine or a rule in force), ``in-force`` (takes effect, fines; not "will take effect"
    nor "takes effect on January 1"), ``proposed`` (drafts, bills), ``adopted`` (issued, passed,
    signed; also the default for a reported action). A business body's own act in the head (an
    association's code or sanction, :func:`_business_own`) is ``none``. Without a reported
    signal, see :func:`stage_stated`. ``published`` (the article's day, when known) dates a
    stated effective day: after it the rule is adopted, on it or before it in force.
    ``company_names``: the companies the text links (a linked company acting is a business body).
    ``denial``: the head's denial (:func:`denial_cue`) when the caller has read it.
    """
    if _state_media_relays(source, cues):
        source = Finding("official", source.sentence)  # the state's own channel confirms it
    # a denial is read from its cue, whatever the sourcing given out (an authority's rebuttal on
    # its own outlet is sourced ``official``)
    denial = _denial_read(denial, sentences, cues)
    # a list of completed filings published (the filing regime at work) is read after a denial,
    # a suspension and an end told, which it does not outweigh
    listed = _filings_listed(sentences) if denial is None else None
    # a signal in a question (问：……有何评论？) is what the question relays, not what is stated
    asked = [s for s in sentences if _asks(s)]
    reported = [s for s in signals if s.reported and not _holds_any_of(asked, s.start)]
    if not reported:
        stated = stage_stated(
            sentences, source, cues, signals, actor_names, published, company_names, denial
        )
        if stated.value == "none" and source.value == "official" and denial is None:
            ended = _annulled_on_official_page(sentences, cues)
            late = _late_act_stage(sentences, source, cues, actor_names, published)
            if late is not None and (listed is None or late.value in _LIST_OUTWEIGHED):
                return late
            if ended is not None:
                return ended
        if listed is not None and stated.value not in _LIST_OUTWEIGHED:
            return Finding("in-force", listed.text)
        return stated
    starts = {s.start for s in reported} | {s.start for s in details}
    ordered_starts = sorted(starts)
    read = [
        s for s in sentences if (s.part != "body" or _holds_any(s, ordered_starts)) and not _asks(s)
    ]
    if denial is not None:
        return Finding("denied", denial.sentence)
    no_comment = _no_comment_briefing(sentences, cues)
    if no_comment is not None:
        return Finding("none", no_comment.text)
    register = _register_stage(sentences, published)
    if register is not None:
        return register
    court = _court_stage(read, cues)
    if court is not None:
        return court  # "an appeals court annulled the fine", 二审法院撤销……罚款决定
    own = _business_own(sentences, cues, actor_names, company_names)
    if own is not None:
        return Finding("none", own.text)

    def first(name: str) -> Sentence | None:
        return next((s for s in read if _stage_hits(s, name, cues, published=published)), None)

    legislature = _legislature_stage(read, cues)
    if legislature is not None:
        return legislature  # a veto's override, a veto, a bill voted down or sent for signature
    unconfirmed = source.value in ("anonymous", "secondary")
    suspended = next(
        (s for s in read if _stage_hits(s, "suspended", cues, skip_instructions=unconfirmed)),
        None,
    )
    if suspended is not None:
        rest = _rest_in_force(sentences, suspended)
        if rest is not None:
            return Finding("in-force", rest.text)  # a provision not enforced, the rest in force
        return Finding("suspended", suspended.text)
    if listed is not None:
        return Finding("in-force", listed.text)  # the filing regime at work: its list published
    in_force = next(
        (
            s
            for s in read
            if _stage_hits(s, "in-force", cues, skip_instructions=unconfirmed, published=published)
        ),
        None,
    )
    if in_force is None and not unconfirmed:
        # "The measure takes effect on the date of publication", 措施自印发之日起施行: in force
        # now, wherever the article says so
        in_force = next((s for s in sentences if _effect_now(s, cues)), None)
    if in_force is not None and (
        _listing_dated_ahead(in_force, read, cues, published)
        or (
            _LISTING.search(in_force.text)
            and any(_PUBLISHED_LATER.search(s.text) for s in sentences)
        )
    ):
        in_force = None  # "added 11 firms to the Entity List ... take effect when published"
    if in_force is not None and _order_dated_ahead(in_force, read, cues, published):
        in_force = None  # "orders lenders to label chatbots ... by June 1": a direction made
    rumour = next(
        (
            s
            for s in read
            if s.part != "body"
            and _states_policy(s, starts, cues)
            and _stage_hits(s, "reported", cues)
        ),
        None,
    )
    if rumour is not None and in_force is None:
        if source.value not in ("anonymous", "secondary") and _drafting_told_by_drafter(
            rumour, cues, actor_names, company_names
        ):
            return DraftingTold("proposed", rumour.text)  # the drafter tells its text is written
        return Finding("reported", rumour.text)
    if source.value == "anonymous":
        # only unnamed sources tell it: an act in force nothing public shows ("US probing the
        # firm, sources say", 据接近监管部门的人士透露……被责令下架) is unconfirmed too
        return Finding("reported", source.sentence if in_force is None else in_force.text)
    if unconfirmed and in_force is None:
        # an instruction nothing public shows, told second-hand: unconfirmed
        told = next(
            (
                s
                for s in read
                if s.part != "body"
                and (
                    cues.instruction.search(s.text)
                    or (has_cjk(s.text) and _ZH_INSTRUCTS.search(s.text))  # 监管部门要求……
                )
                # 据财新报道，……印发……办法，要求……: the document's content, public with it
                and not _instruction_in_document(s.text, cues)
            ),
            None,
        )
        if told is not None:
            return Finding("reported", told.text)
    if in_force is not None:
        return Finding("in-force", in_force.text)
    at_work = next((s for s in read if s.part != "body" and _rule_at_work(s, cues)), None)
    if (
        at_work is not None
        and not unconfirmed
        and first("proposed") is None
        and not any(_effect_ahead(s, cues, published) for s in read)
    ):
        return Finding("in-force", at_work.text)
    for name in ("proposed", "adopted"):
        found = first(name)
        if (
            found is not None
            and name == "proposed"
            # 'the bureau's head said the country would restrict ... within weeks': an intention
            and (unconfirmed or _intention_said(found))
            and _intent_only(found, cues)
        ):
            # 据路透社援引知情人士报道，荷兰政府拟……: an intention told second-hand, no draft
            # shown: unconfirmed, not proposed
            return Finding("reported", found.text)
        if found is not None and name == "proposed":
            enacted = _enacted_later(sentences, found)
            if enacted is not None:
                return Finding("adopted", enacted.text)  # "... The bill passes and becomes law."
        if found is not None:
            return Finding(name, found.text)
    head = reported[0]
    if unconfirmed and not (
        source.value == "secondary"
        # an outlet relays an act told as done, and no unnamed source stands behind it
        and not any(cues.anonymous.search(s.text) for s in sentences if s.part != "body")
        and any(
            _relayed_act_done(text, cues, actor_names) or _CITES_PUBLIC_TEXT.search(text)
            for text in (source.sentence, *(s.text for s in sentences if s.part != "body"))
        )
    ):
        # nothing says the action is public (issued, in force, a draft): on anonymous or
        # second-hand sourcing alone it is unconfirmed
        return Finding("reported", head.sentence)
    return Finding("adopted", head.sentence)


# An outlet relaying an authority's published text: "..., Caixin reported, citing a notice from
# the commerce ministry", 据财新援引商务部通知: the act is public, not a rumour (not "citing
# internal documents", "citing a draft seen by", which are leaks).
_CITES_PUBLIC_TEXT = re.compile(
    r"\bciting\s+(?:a|an|the)\s+(?:(?:new|official|public|published|formal|joint)\s+)?"
    r"(?:notice|circular|statement|announcement|decree|gazette|order|filing|press\s+release)\b"
    r"(?![^.;]{0,40}?\b(?:seen|obtained|reviewed)\s+by\b)"
    r"|援引[^，。；]{0,16}?(?:通知|公告|通告|文件|声明)(?![^，。；]{0,6}(?:草稿|内部))",
    re.IGNORECASE,
)
# A regulator's order made final or a bar imposed as done: "finalised an order barring the app
# from", "on Thursday barred a kiosk maker from selling" (not "a law that bars", "would bar").
_ORDER_FINAL = re.compile(
    r"\bfinali[sz]e[sd]?\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,2}?order\b"
    r"|\bbarred\s+(?:[\w'’.&-]+\s+){1,6}?from\s+\w+ing\b",
    re.IGNORECASE,
)
_ORDER_FINAL_NOT = re.compile(
    r"\b(?:law|laws|bill|bills|act|amendment|amendments|rule|rules|regulation|regulations"
    r"|that|which|would|will|could|may|might|to|be|been|is|are|was|were)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _order_made_final(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether an authority's order is made final or a bar imposed as done: ``in-force``.

    An enforcement order applies when it is made: "The consumer regulator finalised an order
    barring ...", "The regulator on Thursday barred a kiosk maker from selling riders' data".
    Not a law's content ("a law that barred", "the bill barred"), a passive ("was barred from"),
    history or a negation.
    """
    for match in _ORDER_FINAL.finditer(sentence.text):
        before = sentence.text[: match.start()]
        if _ORDER_FINAL_NOT.search(before):
            continue
        if _negated(sentence.text, match.start(), match.end()):
            continue
        if _history(sentence, match.start(), "in-force", cues, match.group(0)):
            continue
        if cues.stages["proposed"].search(_clause_before(sentence, sentence.start + match.start())):
            continue  # "a proposed order", "a draft order": not final
        return True
    return False


# A court annulling or setting aside another authority's act: "an appeals court on Tuesday
# annulled a 750,000-euro fine", "the tribunal set aside the ministry's order", 二审法院撤销……
# 罚款决定 (not "asked the court to set aside", "the court upheld the fine", 驳回……诉讼请求). The
# court is the status's (:data:`nlp.stated.COURT_EN`): a court, a tribunal, a judge, a justice or
# a court of appeals by its circuit ("the Fifth Circuit", "the 5th Circuit"; not an integrated
# circuit nor a circuit breaker).
_COURT = COURT_EN
_ANNUL_EN = (
    r"annul(?:led|s)?|overturn(?:ed|s)?|quash(?:ed|es)?|set(?:s)?\s+aside|struck\s+down"
    r"|strikes\s+down|revers(?:ed|es)|vacat(?:ed|es)"
)
_COURT_ANNULS = re.compile(
    rf"\b{_COURT}\b[^.;:]{{0,80}}?\b(?:{_ANNUL_EN})\b"
    r"|法院[^。；！？]{0,40}?(?:撤销|改判|宣告[^。；！？]{0,12}?无效)",
    re.IGNORECASE,
)
# A court's ruling on an authority's penalty or decision against a party: annulled, set aside,
# upheld, 撤销, 维持, 改判 (see :func:`_court_rules`).
_COURT_RULES = re.compile(
    rf"\b{_COURT}\b[^.;:]{{0,80}}?\b(?:{_ANNUL_EN}|upheld|upholds)\b"
    r"|法院[^。；！？]{0,40}?(?:撤销|改判|维持)",
    re.IGNORECASE,
)
#: A rule for everyone, struck down: not a case between the authority and one party.
_RULE_STRUCK = re.compile(r"\brules?\b|\bregulations?\b|办法|规定", re.IGNORECASE)
#: A penalty or decision an authority took against a party (not a rule for everyone).
_PARTY_DECISION = re.compile(
    r"\b(?:fines?|penalt(?:y|ies)|sanctions?|decisions?|ruling)\b|罚款|处罚|决定",
    re.IGNORECASE,
)
#: What an annulment takes away: an authority's fine, penalty, decision, order or rule.
_ANNULLED_ACT = re.compile(
    r"\b(?:fines?|penalt(?:y|ies)|decisions?|orders?|rulings?|sanctions?|bans?|rules?"
    r"|regulations?|decrees?|approvals?)\b|罚款|处罚|决定|裁决|命令|禁令|规定|办法"
    # a regulator's code, circular or ordinance ("stayed the recommender systems code"), not
    # software ("source code") nor a postal or dress code
    r"|(?<!\bsource )(?<!\bpostal )(?<!\bdress )\b(?:codes?|circulars?|ordinances?|directives?)\b",
    re.IGNORECASE,
)
#: A ruling sought or to come: "asked the court to", "the court will rule", 请求法院撤销.
_RULING_SOUGHT = re.compile(
    r"\b(?:asked|asks|ask|asking|urged|urges|petitioned|sought|seeks|seek|seeking|wants?"
    r"|will|would|could|may|might|to|expected)\b|请求|申请|要求|将|拟|可能",
    re.IGNORECASE,
)


def _court_act(sentence: Sentence, pattern: re.Pattern[str], cues: AboutCues) -> bool:
    """Whether ``pattern`` finds a court's ruling told as done in ``sentence``.

    Not a ruling sought or to come (a modal or a request before the verb, within the clause of
    the court: "asked the court to set aside the fine", "the court will rule", 请求法院撤销),
    negated ("the court did not annul", 未撤销), nor history ("after a court overturned a
    similar fine in 2023").
    """
    text = sentence.text
    for match in pattern.finditer(text):
        clause = re.split(r"[,，;；]", text[: match.start()])[-1]
        if _RULING_SOUGHT.search(clause[-40:] + match.group(0)):
            continue
        verb = re.search(r"\S+$", match.group(0))
        at = match.start() + (verb.start() if verb else 0)
        if _negated(text, at, match.end()):
            continue
        if _history(sentence, match.start(), "suspended", cues, match.group(0)):
            continue
        return True
    return False


def _court_annuls(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a court annuls, overturns or sets aside an authority's act (``suspended``).

    "A Dutch appeals court on Tuesday annulled a 750,000-euro fine the regulator had imposed",
    "the tribunal set aside the ministry's order", 二审法院撤销区市场监管局作出的罚款决定: the act
    no longer holds. The annulled thing must be an act (a fine, an order, a decision, a rule)
    named right after the verb; a ruling that keeps the act ("upheld the fine", 驳回……诉讼请求)
    has no annulment word.
    """
    if not _court_act(sentence, _COURT_ANNULS, cues):
        return False
    return any(
        _ANNULLED_ACT.search(sentence.text[m.end() : m.end() + 60])
        for m in _COURT_ANNULS.finditer(sentence.text)
    )


# A court's stay of a rule, told by the news or the order: "the High Court on Wednesday stayed
# the amended rules", "a judge stays the drone rules pending a hearing"; a court's own holding in
# the first person, "we grant the petition, vacate the Commission's order"; 法院裁定……暂缓执行,
# 中止执行 (not a stay refused or asked for: "declined to stay", 驳回……暂缓执行的申请).
_COURT_STAYS = re.compile(
    rf"\b{_COURT}\b[^.;:]{{0,80}}?\bstay(?:s|ed)?\b"
    r"|\b[Ww]e\s+(?:hereby\s+)?(?:grant\s+the\s+petitions?(?:\s+for\s+review)?\s*,?\s*"
    r"(?:and\s+)?)?(?:vacate|set\s+aside|annul|stay)\b"
    r"|法院[^。；！？]{0,40}?(?:裁定|决定|判决)[^。；！？]{0,30}?(?:暂缓|中止|停止|暂停)(?:执行|实施|施行)"
    r"(?![^。；！？]{0,4}(?:的申请|申请|请求))",
    re.IGNORECASE,
)
#: A rule the order keeps stayed, the act before the verb: "the operation of the Amendment
#: Rules, 2027 shall remain stayed", "the notification is hereby stayed" (not proceedings or a
#: hearing stayed: the court's own case, not the rule).
_STAYED_ACT = re.compile(
    r"\b(?:(?:operation|implementation|enforcement)\s+of\b[^.;:]{0,160}?"
    r"|(?:rules?|regulations?|notifications?|orders?|amendments?|decrees?|resolutions?)\s+)"
    r"(?:(?:shall|is|are|has\s+been|have\s+been|hereby)\s+)*(?:(?:remains?|stands?|be)\s+)?"
    r"(?:hereby\s+)?stayed\b",
    re.IGNORECASE,
)
_REFUSED_BEFORE = re.compile(r"驳回|不予|拒绝")
#: Where the object of a court's verb ends: "stayed the hearing until May, and the rules apply".
_OBJECT_END = re.compile(r"[,;:]|\b(?:until|pending|and|while|so|because|after|before)\b", re.I)
#: The court's own case, stayed: "proceedings in the petition shall remain stayed".
_OWN_CASE = re.compile(r"\b(?:proceedings?|hearings?|trials?|suits?|cases?|appeals?)\b", re.I)


def _court_stays(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a court stays or vacates a rule in ``sentence`` (``suspended``).

    "The Bombay High Court on Wednesday stayed the amended IT rules", "the operation of the
    rules shall remain stayed" (the order's own words), "we grant the petition, vacate the
    Commission's order" (an appeals court's holding), 法院裁定该办法暂缓执行. The stayed thing
    is an act (a rule, an order) named after the verb, or before it in the passive; a stay
    refused, asked for or to come ("declined to stay", "asked the court to stay", "will stay"),
    negated, or of the court's own hearing is none.
    """
    text = sentence.text
    for m in _STAYED_ACT.finditer(text):
        clause = re.split(r"[,，;；]", text[: m.start()])[-1]
        if not _OWN_CASE.search(clause + m.group(0)) and _court_act(sentence, _STAYED_ACT, cues):
            return True
    if not _court_act(sentence, _COURT_STAYS, cues):
        return False
    for m in _COURT_STAYS.finditer(text):
        if has_cjk(m.group(0)):
            if not _REFUSED_BEFORE.search(m.group(0)):
                return True
            continue
        if _ANNULLED_ACT.search(_OBJECT_END.split(text[m.end() : m.end() + 80])[0]):
            return True
    return False


#: A court lifting a block on a rule: "Appeals court lifts block on AI monitoring rule", "the
#: Fifth Circuit vacated the nationwide injunction", "the Council of State ... set aside the
#: precautionary suspension", 法院裁定撤销……暂缓执行的裁定 (the rule applies again): a court,
#: then a lift of :func:`_lifts` whose hold may be the court's block, stay or freeze.
_COURT_LIFTS = re.compile(
    rf"\b(?:{_COURT}|council\s+of\s+state)\b[^.;:]{{0,80}}?"
    rf"(?:{_lift_pattern(_COURT_HOLD, '(?!)')})"
    rf"|法院[^。；！？]{{0,40}}?(?:{_COURT_HOLD_ZH})",
    re.IGNORECASE,
)


# An instrument ended by a legislature's disallowance, disapproval or rejection: "the Senate
# agreed to the motion to disallow the ... Standard", "the Senate disallowed it", "Congress
# disapproves the rule", "the council voted to reject the decree-law", 予以撤销 by a people's
# congress standing committee (an annulment by a court or a vote is read by the stage's other
# cues: :func:`_court_annuls`, ``[stage] suspended``).
# Not a motion or resolution still to be voted ("a senator moved a motion to disallow",
# "introduced a resolution to disapprove the rule", "may disallow"), nor one defeated
# (:data:`_ANNUL_NOT` in the 60 characters before).
_INSTRUMENT_ANNULLED = re.compile(
    r"\b(?:disallow(?:s|ed)|agreed to (?:the |a )?motions? to disallow"
    r"|(?:disallowance|annulment) motions? (?:was |were )?(?:agreed|passed|carried)"
    r"|disapprov(?:es|ed)\s+(?:the|a|an|its|this|that)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:rules?|regulations?|standards?|instruments?|determinations?|orders?|decrees?)"
    r"|(?:reject(?:s|ed)|voted\s+(?:\w+\s+){0,2}?to\s+reject)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"decree-?laws?)\b",
    re.IGNORECASE,
)
_ANNUL_NOT = re.compile(
    r"\b(?:may|might|could|would|will|cannot|not|n't|if|whether|seeks?|sought"
    r"|moved|lodged|tabled|defeated|rejected|failed)\b[^.;]{0,40}$",
)  # lower case: "May 2" is a day, not a modal
_INSTRUMENT_ANNULLED_ZH = re.compile(
    r"(?:常务委员会|常委会|立法会|议会)[^。；]{0,40}?(?:决定|依法)?予以撤销"
)
# A suspension of a rule set aside or lifted, told without the court beside the verb: "the
# suspension was overturned on appeal", "lifted the suspension of the rules", 解除对《……》的暂停,
# 撤销……暂停执行的裁定 (:func:`_lifts`). Not a suspension asked to be lifted ("asked the court to
# lift the suspension", :data:`_LIFT_NOT` in the 50 characters before) nor one upheld.
_LIFT_NOT = re.compile(
    r"\b(?:asked|asks|ask|seeks?|sought|urged?|may|might|could|would|will|not|n't|refused"
    r"|declined|whether|if)\b[^.;]{0,30}$|\bto\s+$",
)  # lower case, as above


def _instrument_annulled(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether ``sentence`` tells an instrument ended by a legislature or an annulment.

    "The Senate agreed to the motion to disallow the ... Standard 2031, which accordingly
    ceases to have effect", "never took effect because the Senate disallowed it", "Congress
    disapproves the rule" (also when the resolution "became law"), "the council voted to
    reject the decree-law", "the court annulled the implementing regulation",
    全国人大常委会……予以撤销: ``suspended`` (ended), whatever step the sentence also names. Not a
    motion or resolution moved, lodged or defeated, nor one that "may disallow" it.
    """
    text = to_simplified(sentence.text)
    for match in _INSTRUMENT_ANNULLED.finditer(text):
        if _ANNUL_NOT.search(text[max(0, match.start() - 60) : match.start()]):
            continue
        if _history(sentence, match.start(), "suspended", cues, match.group(0)):
            continue  # "after the Senate disallowed the earlier standard"
        return True
    return _INSTRUMENT_ANNULLED_ZH.search(text) is not None


def _suspension_lifted(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether ``sentence`` tells a suspension of a rule set aside or lifted: ``in-force``.

    "The suspension of the rules was lifted on appeal", "the high court lifted the suspension",
    解除对《……》的暂停: the rule applies again (the status moves on it only while the rule is
    suspended and an official source backs it). Not a party asking for the lift, nor history
    ("after the suspension was lifted last year").
    """
    text = to_simplified(sentence.text)
    for match in _lifts(text):
        if has_cjk(match.group(0)):
            return True
        if _LIFT_NOT.search(text[max(0, match.start() - 50) : match.start()]):
            continue
        if _history(sentence, match.start(), "suspended", cues, match.group(0)):
            continue  # "after the suspension was lifted last year"
        return True
    return False


def _annulled_on_official_page(sentences: Sequence[Sentence], cues: AboutCues) -> Finding | None:
    """An official page whose head states no stage, telling its instrument ended: ``suspended``.

    A legislature's record of a resolution headed by its number ("S.J.Res. 21: Providing for
    congressional disapproval ... Became Public Law ...: Congress disapproves the rule") tells
    the end in a later sentence (:func:`_instrument_annulled`). Read only for an official source
    whose head found no stage (the caller's condition).
    """
    found = next((s for s in sentences if _instrument_annulled(s, cues)), None)
    return Finding("suspended", found.text) if found is not None else None


def _court_stage(read: Sequence[Sentence], cues: AboutCues) -> Finding | None:
    """A court's annulment of an authority's act in a head sentence: ``suspended``, if any.

    Also a court's stay or vacatur of a rule (:func:`_court_stays`) and an instrument a
    legislature disallows or an annulment ends (:func:`_instrument_annulled`, read before a
    legislature's other words: "Became law: Congress disapproves the rule"). A court lifting a
    block, an injunction or a suspension of a rule (:data:`_COURT_LIFTS`,
    :func:`_suspension_lifted`) puts it back in force: ``in-force`` (read first: the block it
    lifts is named beside it). The one reading of these reversals: the status takes the stage
    as read here (``docs/decisions/2026-12-06-policy-status-eighteenth-round.md``).
    """
    lifted = next(
        (
            s
            for s in read
            if s.part != "body"
            and (_court_act(s, _COURT_LIFTS, cues) or _suspension_lifted(s, cues))
        ),
        None,
    )
    if lifted is not None:
        return Finding("in-force", lifted.text)
    found = next(
        (
            s
            for s in read
            if s.part != "body"
            and (_court_annuls(s, cues) or _court_stays(s, cues) or _instrument_annulled(s, cues))
        ),
        None,
    )
    return Finding("suspended", found.text) if found is not None else None


def _court_rules(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a court's ruling on an authority's penalty is the news: ``on-record``.

    The guide: a court's ruling is the record of a case between parties (here the authority and
    the party it fined), not the word of the authority whose act is at stake, also on appeal:
    "An appeals court annulled the regulator's fine", "the tribunal upheld the fine",
    二审法院撤销……罚款决定. A court striking down a rule for everyone ("vacated a Commerce
    Department rule") and a judgment between two companies are left as they were read.
    """
    if not _court_act(sentence, _COURT_RULES, cues):
        return False
    return any(
        _PARTY_DECISION.search(sentence.text[m.end() : m.end() + 60])
        and not _RULE_STRUCK.search(sentence.text[m.end() : m.end() + 30])
        for m in _COURT_RULES.finditer(sentence.text)
    )


# A delay word whose object is a business's own project, not a rule: "over delayed Texas fab",
# "after the company delayed the second production line", 推迟投产 (a grant clawed back over it
# suspends no rule).
_PROJECT_NOUN = (
    r"(?:fabs?|plants?|factor(?:y|ies)|production(?:\s+lines?)?|lines?|projects?|launch(?:es)?"
    r"|construction|mines?|sites?|campus(?:es)?|facilit(?:y|ies)|shipments?|deliver(?:y|ies)"
    r"|listings?|IPOs?|openings?|output|investments?)"
)
_BUSINESS_DELAY = re.compile(
    rf"^\s*(?:(?:the|its|their|a|an|his|her)\s+)?(?:[\w'’,.-]+\s+){{0,4}}?{_PROJECT_NOUN}\b"
    r"|^[^，。；]{0,6}?(?:投产|量产|开工|建厂|建设|上市|交付)",
    re.IGNORECASE,
)
_RULE_WORDS = re.compile(
    r"\b(?:rules?|regulations?|law|act|requirements?|obligations?|ban|curbs?|controls?|regime"
    r"|duty|duties|measures?|policy|scheme)\b|办法|规定|条例|义务|条款|措施|政策",
    re.IGNORECASE,
)


def _business_delay(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a suspension cue is a business's project delayed, not a rule (no suspension).

    "US to claw back part of Samsung chip grant over delayed Texas fab", "after the company
    delayed the second production line", 企业推迟投产: the firm's plant is late, no rule is held.
    A rule word right after the delay ("delayed the AI rules", 推迟实施办法) keeps it.
    """
    if not DELAY_WORD.match(to_simplified(match.group(0))):
        return False
    after = sentence.text[match.end() : match.end() + 60]
    head = re.split(r"[,.;:，。；：]", after)[0]
    if _RULE_WORDS.search(" ".join(head.split()[:5]) if not has_cjk(head) else head[:8]):
        return False
    return bool(_BUSINESS_DELAY.match(head))


# A rule's duties delayed by a span or to a day, as done: "EU delays high-risk AI rules by a
# year", "will delay the AI Act's rules ... by a year, to August 2027, after member states ...
# agreed", 将……义务推迟至2027年12月起适用 (the guide: a delay agreed is ``suspended``).
_RULES_DELAYED = re.compile(
    r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|push(?:es|ed)?\s+back)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:rules?|obligations?|requirements?|duties|provisions?|ban|regulations?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:by\s+"
    + _COUNT_WORD
    + r"\s+(?:years?|months?|weeks?)|to\s+(?:(?:early|late|mid)[\s-]+)?(?:20\d\d|"
    + _MONTHS
    + r")|until\s+20\d\d)\b"
    r"|(?:义务|条款|规定|要求)[^，。；]{0,6}?推迟至[^，。；]{0,12}?(?:起)?(?:适用|实施|施行)",
    re.IGNORECASE,
)
_DELAY_AIMED = re.compile(
    r"\b(?:would|could|may|might|proposed?|proposes|plans?|planning|considering|weighing|"
    r"consider|wants?|asked|urged|called\s+for|calls\s+for|seek|seeks|sought|push(?:es|ed)?\s+for"
    r"|lobb\w+|not)\s+(?:\w+\s+){0,4}?$|拟|建议|呼吁|可能|考虑",
    re.IGNORECASE,
)


def _rules_delayed(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a rule's duties are delayed by a span or to a day, as decided (``suspended``).

    "EU delays high-risk AI rules by a year", "agreed to push back the obligations ... by twelve
    months": the duties do not apply when they were to (the read sets' delays agreed are all
    ``suspended``). Not a delay proposed, sought or weighed ("proposed delaying the rules by a
    year", "lobbied to delay", 拟推迟), negated, or history ("after a delay of a year").
    """
    text = sentence.text
    for match in _RULES_DELAYED.finditer(text):
        if _DELAY_AIMED.search(text[: match.start()][-60:]):
            continue
        if EFFECT_DAY.search(to_simplified(match.group(0))) or re.search(
            r"\bstart\b", match.group(0), re.IGNORECASE
        ):
            continue  # "pushed back the start of its rule by two months": a day moved, adopted
        if _negated(text, match.start(), match.end()):
            continue
        if _history(sentence, match.start(), "suspended", cues, match.group(0)):
            continue
        return True
    return False


# A duty's start to come, told with its verb: "The duty starts next September", "the checks
# begin in March", "the rules kick in next year" (the rule is made: ``adopted``, not in force).
_START_TO_COME = re.compile(
    r"\b(?:duty|duties|rules?|requirements?|obligations?|ban|checks?|regime|scheme|law|cap"
    r"|limits?|measures?)\s+(?:starts?|begins?|kicks?\s+in|comes?\s+in|appl(?:y|ies))\s+"
    rf"(?:(?:next|in|from)\s+(?:{_MONTHS}|year|month|spring|summer|autumn|winter|20\d\d)"
    r"|next\s+\w+)\b",
    re.IGNORECASE,
)


def _start_to_come(sentence: Sentence) -> bool:
    """Whether a sentence dates a duty's start ahead by its verb.

    "The duty starts next September", "the checks begin in March": told in the present of the
    article, not the past ("started last September").
    """
    return any(
        not _negated(sentence.text, m.start(), m.end())
        for m in _START_TO_COME.finditer(sentence.text)
    )


# A document issued, before the instruction it holds: 国家数据局近日印发……办法，要求……; "issued
# rules requiring": the instruction is the document's content, public with it.
_ISSUED_DOC_BEFORE = re.compile(
    r"(?:印发|发布|出台|公布|颁布)[^。；]{0,30}?(?:办法|通知|规定|意见|细则|规则|指引|指南|方案|条例|决定)"
    r"[^。；]{0,4}[，,]\s*$"
    r"|\b(?:issued|published|released|adopted|finali[sz]ed)\s+(?:\w+\s+){0,4}?(?:rules?|regulations?"
    r"|guidelines?|measures?|notice|circular|order)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def _instruction_in_document(text: str, cues: AboutCues) -> bool:
    """Whether every instruction word of a sentence is the content of a document it says issued.

    "据财新报道，国家数据局近日印发数据商登记管理办法，要求……企业……登记": an outlet relays a
    published 办法; its 要求 is no unpublished instruction, so the act keeps its stage.
    """
    found = [
        *(m.start() for m in cues.instruction.finditer(text)),
        *(m.start() for m in _ZH_INSTRUCTS.finditer(text)),
    ]
    return bool(found) and all(_ISSUED_DOC_BEFORE.search(text[:at]) for at in found)


# Documents the reporting outlet itself saw, not published: "according to documents seen by this
# outlet", "internal papers obtained by this newspaper", 本报获得的内部文件 (not a notice or
# circular seen by reporters, nor court documents: public texts; nor a draft seen by another
# outlet, named: that outlet is the source, ``secondary``).
_DOCUMENTS_SEEN = re.compile(
    r"\b(?<!court\s)(?<!public\s)(?:documents?|drafts?|memos?|memorandums?|papers|emails?"
    r"|minutes|slides?|presentations?)\s+(?:\w+\s+){0,2}?(?:seen|reviewed|obtained|viewed)\s+by\s+"
    r"(?:us\b|(?:this|our)\s+(?:outlet|newspaper|paper|publication|site|magazine|agency"
    r"|news\s+agency|newsroom|reporter|correspondent)\b)"
    r"|(?:本报|本刊|本台|记者)(?:获得|看到|获取|取得|获悉)的(?:一份)?(?:内部)?(?:文件|草案|草稿|材料|会议纪要)",
    re.IGNORECASE,
)


def _documents_seen(sent: Sentence) -> bool:
    """Whether a sentence rests on documents an outlet saw, not published (``anonymous``).

    The guide: an outlet's own exclusive from documents it saw is ``anonymous``, like a leaked
    draft ("..., according to documents seen by this outlet"). A public notice seen by reporters
    and court documents are not.
    """
    return _DOCUMENTS_SEEN.search(sent.text) is not None


# An authority's own act, in its head's quote: "We have directed the platforms to take down ...",
# "we have fined", 我们已责令 (done, in the first person plural; not "we will", "we plan to").
_OWN_ACT_QUOTED = re.compile(
    r"[\"“‘']\s*(?:[\w,]+\s+){0,3}?we\s+(?:have\s+|had\s+)?(?:now\s+|also\s+|today\s+)?"
    r"(?:directed|ordered|instructed|fined|imposed|issued|banned|blocked|suspended|revoked"
    r"|barred|approved|designated|removed|sanctioned|penali[sz]ed)\b"
    r"|[“\"]\s*(?:我们|我局|我委|我部|本局)[^”\"]{0,10}?已(?:经)?(?:责令|要求|处以|作出|对|决定|下达)",
    re.IGNORECASE,
)
# The same act told after the quote: ", announcing orders against", ", announcing fines on".
_ANNOUNCING_ACT = re.compile(
    r",\s*announcing\s+(?:\w+\s+){0,2}?(?:orders?|fines?|penalt(?:y|ies)|bans?|sanctions?"
    r"|directions?|directives?|a\s+ban|a\s+fine)\b",
    re.IGNORECASE,
)


def _head_announces_own_act(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether an authority's office-holder announces the authority's own act done (``official``).

    '"We have directed the platforms to take down every one of these videos," India's chief
    election commissioner told reporters on Saturday, announcing orders against 14 clips': the
    orders are the authority's act, its head the voice of the authority. A minister's intention
    or hint in person ("we will consider", "the minister said the government plans to") stays
    the minister's word (``on-record``).
    """
    if not _in_person(sentence, cues):
        return False
    text = sentence.text
    return bool(_OWN_ACT_QUOTED.search(text) or _ANNOUNCING_ACT.search(text))


# An outlet's attribution around the act it relays: "..., Xinhua reported on Saturday",
# "..., Kyodo News says", 据新华社报道，……, 据韩联社12月3日报道，…….
_OUTLET_AFTER = re.compile(
    r",\s*(?:(?:the|a|an)\s+)?(?:[\w.&'’-]+\s+){0,5}?(?:reported|reports|says|said|wrote)\b[^,]*$",
    re.IGNORECASE,
)
_OUTLET_BEFORE_ZH = re.compile(r"^据[^，。；]{1,30}?(?:报道|消息|报导)(?:称)?[，,]?")
# The authority's act told as done, right after its name: "China has turned its standard into",
# "the commission designated", "the cabinet approved" (not "would", "plans to", "told ... to").
_DONE_AFTER_ACTOR = re.compile(
    r"^(?:[\w.,&'’()-]+\s+){0,4}?(?:(?:has|have|had)\s+(?:also\s+|now\s+)?\w+(?:ed|en|de|t)\b"
    r"|\w+ed\b|made\b|set\b|put\b|gave\b|took\b|won\b)",
    re.IGNORECASE,
)
_DONE_ZH = re.compile(
    r"^[^，。；]{0,12}?(?:已|正式|日前|近日|当天|\d{1,2}月\d{1,2}日)?"
    r"(?:决定|发布|印发|公布|批准|宣布|通过|签署|出台|认定|指定|列入|纳入|核准|处以|作出)"
)


def _relayed_act_done(text: str, cues: AboutCues, actor_names: Sequence[str]) -> bool:
    """Whether an outlet relays an authority's act told as done, not a plan or an instruction.

    "China has turned its power-bank standard into a mandatory one, Xinhua reported",
    "Japan's Fair Trade Commission designated Apple as a provider covered by the law, Kyodo
    News reported", 据韩联社报道，韩国政府决定明年拨款……: the outlet only carries a public act,
    which keeps its stage (the guide: "a public act that another outlet relays keeps the stage
    of the act"); ``reported`` is for an act that is itself unconfirmed ("regulators told the
    firms to ..., Caixin says", "the ministry plans to ..., the paper reported").
    """
    if not text:
        return False
    act = _OUTLET_BEFORE_ZH.sub("", _OUTLET_AFTER.sub("", text)).strip()
    if act == text.strip() or not act:
        return False  # no outlet's clause around the act: nothing relayed here
    if (
        # "has approved a plan to link ...": a plan made, no rumour (:func:`_plan_noun`)
        any(not _plan_noun(act, m) for m in cues.stages["reported"].finditer(act))
        or cues.instruction.search(act)
        or cues.anonymous.search(act)
        or _FUTURE_EN.search(act)
        or _NEGATION.search(act)
        or _ZH_TO_COME.search(act)
    ):
        return False
    names = [n for n in actor_names if n]
    holders = [
        *(m for m in cues.authorities.finditer(act)),
        *(m for n in names for m in re.finditer(re.escape(n), act)),
    ]
    for found in holders:
        before = act[: found.start()]
        if cues.not_authorities.search(before + found.group(0)):
            continue
        after = act[found.end() :]
        if has_cjk(act):
            if _DONE_ZH.search(after):
                return True
        elif _DONE_AFTER_ACTOR.match(after.lstrip()):
            return True
    return False


# -- stage and sourcing, twenty-third round ----------------------------------------------------

# A rule's start told as today: "the ban on ... starts today", "the rules take effect today";
# "From today, agencies may no longer buy ..." (not "from today's meeting", nor a consultation,
# a hearing or talks that start today).
_RULE_STARTS_TODAY = re.compile(
    r"\b(?:rules?|ban|law|act|requirements?|duty|duties|obligations?|regime|scheme|measures?"
    r"|limits?|cap|curbs?|controls?|guidelines?|guidance|order|standards?|checks?)\b"
    r"(?:\s+[\w'’,-]+){0,8}?\s+(?:starts?|begins?|takes?\s+effect|kicks?\s+in|goes\s+live"
    r"|comes?\s+into\s+(?:force|effect)|appl(?:y|ies))\s+(?:from\s+)?today\b(?!['’])",
    re.IGNORECASE,
)
_FROM_TODAY = re.compile(
    r"^\W*(?:starting|beginning|from|as\s+of)\s+today\b(?!['’])\s*,?", re.IGNORECASE
)
_DUTY_NOW = re.compile(
    r"\b(?:must|may\s+(?:no\s+longer|not)|can\s+no\s+longer|cannot|are\s+(?:barred|banned"
    r"|required|prohibited)|is\s+(?:barred|banned|required|prohibited)|have\s+to|need\s+to)\b",
    re.IGNORECASE,
)
_NOT_A_RULE_STARTING = re.compile(
    r"\b(?:consultations?|hearings?|talks|negotiations?|meetings?|debates?|votes?|reviews?"
    r"|comment\s+period|trials?|summit|conference)\b",
    re.IGNORECASE,
)


def _starts_today(sentence: Sentence) -> bool:
    """Whether a rule is told to apply from today (``in-force``): its start is the news day.

    "The city's ban on rental scooters starts today", "From today, firms may no longer ...": the
    day of the article is the first day of the rule. Not a consultation, hearing or talks that
    start today ("the consultation on the ban starts today"), nor "from today's meeting".
    """
    text = sentence.text
    for match in _RULE_STARTS_TODAY.finditer(text):
        if _NOT_A_RULE_STARTING.search(text[: match.end()]):
            continue
        if _negated(text, match.start(), match.end()) or _FUTURE_EN.search(match.group(0)):
            continue
        return True
    opening = _FROM_TODAY.match(text)
    return opening is not None and bool(_DUTY_NOW.search(text[opening.end() :]))


# An executive approving a draft law to put to the legislature: "the cabinet approved a draft
# amendment", "Japan's cabinet approved a bill", 国务院常务会议讨论并原则通过《……法（草案）》
# (``proposed``: the legislature has still to pass it). Not a legislature approving a draft, nor
# a cabinet's own regulation (国务院常务会议通过……条例草案: the State Council makes it).
_EXECUTIVE_APPROVES = re.compile(
    r"\b(?:cabinet|council\s+of\s+ministers|state\s+council|executive\s+yuan|government)\b"
    r"[^.;:]{0,40}?\b(?:approved|approves|passed|passes|adopted|adopts|endorsed|endorses"
    r"|cleared|clears)\b(?:\s+[\w'’(),-]+){0,6}?\s*$"
    r"|(?:国务院|行政院|内阁|政府)[^。；]{0,40}?通过[^。；]{0,40}?$",
    re.IGNORECASE,
)
_DRAFT_OF_LAW = re.compile(r"^(?:draft|drafts|bill|bills)$", re.IGNORECASE)
_ZH_LAW_DRAFT_BEFORE = re.compile(r"(?:法|法律|修正)[（(]?$")


def _executive_draft(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a proposal cue is a draft law an executive approved to send on (``proposed``)."""
    before = sentence.text[: match.start()]
    if not _EXECUTIVE_APPROVES.search(before):
        return False
    if has_cjk(match.group(0)):
        return match.group(0) == "草案" and bool(_ZH_LAW_DRAFT_BEFORE.search(before))
    return bool(_DRAFT_OF_LAW.match(match.group(0)))


# An official's intention told with a time to come and nothing put out: 'the head of the bureau
# said the country would restrict exports ... within weeks' (``reported``: no draft, no rule).
_INTENTION_SAID = re.compile(
    r"\b(?:said|says|told|tells)\b[^.;]{0,120}?\bwould\b[^.;]*?['‘’\"“”]?\b(?:within\s+(?:days"
    r"|weeks|months|a\s+few\s+(?:days|weeks|months)|the\s+coming\s+(?:days|weeks|months))"
    r"|in\s+the\s+coming\s+(?:days|weeks|months)|soon|shortly)\b"
    r"|(?:表示|称)[^。；]{0,30}?拟[^。；]{0,30}?(?:数周内|几周内|近期|不久|尽快)",
    re.IGNORECASE,
)


def _intention_said(sentence: Sentence) -> bool:
    """Whether a sentence tells someone's intention to act soon (see :data:`_INTENTION_SAID`)."""
    return bool(_INTENTION_SAID.search(sentence.text))


# One market participant described by role and place: "a fund manager in Shanghai said", "a
# trader in Singapore said" (named by place and role: on the record, not an unnamed source).
_PLACED_ROLE = re.compile(
    rf"^(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\s+(?:in|from|based\s+in)\s+"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:said|says|told)$"
)


def _placed_role(match: re.Match[str]) -> bool:
    """Whether a counted-people cue is one person named by role and place (not anonymous)."""
    return bool(_PLACED_ROLE.match(match.group(0)))


# A broker's or analysts' research note: "analysts at a Tokyo brokerage wrote in a note",
# 一家券商在最新研报中预计 (``on-record``: the note is a named kind of published text). A note or
# column signed by its writer is one too: "..., writes Bernstein analyst Ming Zhao", "..., write
# lawyers at Tanner & Quill", "..., Fairbank & Wu's litigation team writes." (the writer after
# the comma: a capitalised name or a writer's noun, analyst, lawyer, team...; or "writes" closing
# the sentence after a name or a writer's noun; not "Shenzhen writes air-taxi rules", ", writes
# that ...", "must label content, write safety reports", "reads, writes and stores", "who writes").
_WRITER = (
    r"(?:analysts?|lawyers?|attorneys?|economists?|consultants?|strategists?|partners?"
    r"|researchers?|columnists?|editors?|officials?|advisers?|professors?|fellows?|team|desk)"
)
_RESEARCH_NOTE = re.compile(
    r"\b(?:research|client|investor)\s+notes?\b|\b(?:wrote|said|says|writes)\s+in\s+a\s+note\b"
    rf"|,\s+writes?\s+(?:(?-i:[A-Z])|(?:(?:the|an?|its|their)\s+)?(?:[\w&'’-]+\s+){{0,2}}{_WRITER}\b)"
    rf"|(?:(?-i:[A-Z])[\w&.'’-]*|\b{_WRITER})\s+writes?\s*[.!]?[\"'’”]?\s*$"
    r"|(?:券商|证券|研究所|机构|投行)[^。；]{0,16}?(?:研报|研究报告|报告)[^。；]{0,6}?"
    r"(?:预计|认为|指出|称|显示|表示|预测)",
    re.IGNORECASE,
)


def _research_note(sentence: Sentence) -> bool:
    """Whether a research note tells the sentence (a broker's or analysts' published view)."""
    return bool(_RESEARCH_NOTE.search(sentence.text))


# -- main, twenty-ninth round -------------------------------------------------------------------

#: Before a name, in its sentence: a verb that passes or beats it ("it says outpaces Moonshot
#: and DeepSeek", "edges out DeepSeek and Qwen", "overtakes Apple"), then nothing but the names
#: of a list before it ("Moonshot and ", "Alibaba's Qwen, "). The comparison cues of
#: ``config/about.toml`` read the parse's governing words; a headline's parse often takes such a
#: verb for a noun ("outpaces" compounding "Moonshot"), and the rival reads as the title's object.
_COMPARISON_VERB_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|outpac(?:e|es|ed|ing)|outperform(?:s|ed|ing)?"
    r"|overt(?:ake|akes|aking|ook)|surpass(?:es|ed|ing)?|(?:edges?|edged|edging)\s+(?:out|past)"
    r"|leapfrog(?:s|ged|ging)?|outrank(?:s|ed|ing)?|outsell(?:s|ing)?|outsold"
    # a rank ahead of a rival ("ranked first ... ahead of Alibaba's Qwen and Moonshot AI's
    # Kimi"): the thirtieth round
    r"|ahead\s+of)"
    r"\s+(?:[A-Z][\w.&-]*(?:['’]s)?(?:\s+[A-Z][\w.&-]*(?:['’]s)?){0,2}(?:\s+[a-z][\w-]*){0,2}"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)


#: Before a Chinese name, in its clause (read in simplified characters): a verb that passes,
#: equals or measures itself against it ("性能对标英伟达", "對標通義千問", "超过DeepSeek、豆包和"),
#: then nothing but the names of a list before it (the thirty-first round): a Latin name, or a
#: short Chinese one that opens with no numeral ("超过三成企业将与百度" is "more than", no list),
#: "阿里巴巴的通义" too. A company right after one is gold main 0 of 25 times on the read sets; the
#: comparison cues of ``config/about.toml`` missed 对标 and any traditional form.
#: A Chinese count's numerals (美国3家, 两家, 上百家, 数百家, 10余家); a listed name opens with
#: none (:data:`_ZH_LISTED_NAME`).
_ZH_NUMERALS = "0-9０-９一二三四五六七八九十百千万亿两几数多"
_ZH_LISTED_NAME = (
    r"(?:[A-Za-z][\w.&-]*(?: [A-Za-z][\w.&-]*){0,2}"
    rf"|[^\s\d，。；、,;：:和与及的{_ZH_NUMERALS}半成][^\s，。；、,;：:和与及的]{{0,5}})"
)
_ZH_COMPARISON_VERB_BEFORE = re.compile(
    # 对标, not 对 before 标准, 标注, 标签, 标识, 标题 or 标记 ("对标准征求意见稿征求意见")
    r"(?:对标(?![准注签识题记])|比肩|媲美|超越|超过|优于|胜过|力压|反超|领先于|赶超|击败|追平)"
    rf"(?:{_ZH_LISTED_NAME}(?:的{_ZH_LISTED_NAME})?(?:、|和|与|及|以及))*$"
)


#: Before a company only (the fortieth round): a lead claimed over it ("claims lead over DeepSeek
#: and Qwen") or a product's performance nearing it (性能接近英伟达旗舰; not 接近 alone: 一位接近
#: 某委员会的人士 is a source), then nothing but the names of a list. Not a country: "The US lead
#: over China" and 中国AI技术性能接近美国 compare countries, neither is a point of comparison.
_COMPANY_LEAD_BEFORE = re.compile(
    r"\bleads?\s+over"
    r"\s+(?:[A-Z][\w.&-]*(?:['’]s)?(?:\s+[A-Z][\w.&-]*(?:['’]s)?){0,2}(?:\s+[a-z][\w-]*){0,2}"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)
_ZH_COMPANY_NEARING_BEFORE = re.compile(
    rf"性能接近(?:{_ZH_LISTED_NAME}(?:的{_ZH_LISTED_NAME})?(?:、|和|与|及|以及))*$"
)


#: Before a rival, in its sentence: "pass" ("Kimi passes DeepSeek in monthly users", "passing
#: ByteDance's Doubao and DeepSeek"), then nothing but the names of a list (the thirty-second
#: round). Only a company, and only when the name closes its phrase (:data:`_PASSED_RIVAL_AFTER`):
#: "passed Nvidia's qualification tests" passes a test, "passes EU AI Act" a law.
_PASS_VERB_BEFORE = re.compile(
    r"\bpass(?:es|ed|ing)?"
    r"\s+(?:[A-Z][\w.&-]*(?:['’]s)?(?:\s+[A-Z][\w.&-]*(?:['’]s)?){0,2}"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)
#: After a name a "pass" reaches: the end of its phrase (punctuation, a preposition, a list's
#: next name), its product's name at most between ("ByteDance's Doubao and"). A lower-case noun
#: or another capitalised word after it is the thing passed ("Nvidia qualification", "EU AI Act").
_PASSED_RIVAL_AFTER = re.compile(
    r"^(?:['’]s\s+[A-Z][\w.&-]*)?"
    r"(?:\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|for|as|by|among|and|or|to|with|after|since)\b)"
)


def _passed_rival(sentence: Sentence, mention: Mention) -> bool:
    """Whether a company is the rival a "pass" in its sentence overtakes ("passes DeepSeek in")."""
    before = sentence.text[: mention.start - sentence.start]
    after = sentence.text[mention.end - sentence.start :]
    return (
        not has_cjk(mention.text)
        and _PASS_VERB_BEFORE.search(before) is not None
        and _PASSED_RIVAL_AFTER.match(after) is not None
    )


def _after_a_comparison_verb(sentence: Sentence, mention: Mention, company: bool = False) -> bool:
    """Whether a name is what a verb of comparison passes, alone or in a list.

    "Zhipu touts agent model it says outpaces Moonshot and DeepSeek": Moonshot and DeepSeek are
    the points of comparison of Zhipu's launch (role ``minor``), whatever the parse makes of the
    verb. Not the name before the verb ("Huawei overtakes Apple": Huawei is the subject), nor a
    name after other words ("beats forecasts as Nvidia ..."). A name in Chinese text (Chinese
    before it in its sentence, or the name itself) is read against the Chinese verbs
    (:data:`_ZH_COMPARISON_VERB_BEFORE`, either script): "性能对标英伟达". A ``company`` is also
    the rival a "pass" overtakes (:func:`_passed_rival`), a lead is claimed over or a product's
    performance nears (:data:`_COMPANY_LEAD_BEFORE`, :data:`_ZH_COMPANY_NEARING_BEFORE`).
    """
    before = sentence.text[: mention.start - sentence.start]
    chinese = has_cjk(mention.text) or has_cjk(before)
    if chinese and _ZH_COMPARISON_VERB_BEFORE.search(to_simplified(before)):
        return True
    if company and _passed_rival(sentence, mention):
        return True
    if company and chinese and _ZH_COMPANY_NEARING_BEFORE.search(to_simplified(before)):
        return True
    if company and not has_cjk(mention.text) and _COMPANY_LEAD_BEFORE.search(before):
        return True
    return not has_cjk(mention.text) and _COMPARISON_VERB_BEFORE.search(before) is not None


# -- main, twenty-eighth round ----------------------------------------------------------------

#: After a country: the industry a run of company nouns names, then the company head
#: (美国军工企业, 中国存储芯片企业, 美国无人机企业, 韓國半導體廠商, 中国AI企业): the country
#: qualifies the companies (the targets of a listing or a counter-measure), it does not act.
#: Or, in English, a place of business ("US distribution centres", "Korean data centre sites",
#: "US defence contractors"), which :data:`_THING_HEADS_EN` does not hold. Not a country
#: before its act (美国要求企业, 中国对企业), an authority's office ("the US trade office") or
#: a policy noun. Read in simplified characters: a traditional word's simplified form is listed
#: (零組件 reads as 零组件, 軟體 as 软体).
_INDUSTRY_ZH = (
    r"(?:军工|軍工|国防|國防|军事|軍事|科技|芯片|晶片|半导体|半導體|无人机|無人機"
    r"|人工智能|人工智慧|AI|汽车|汽車|电动车|電動車|互联网|互聯網|电信|電信|通信|通訊|存储|存儲"
    r"|游戏|遊戲|云计算|雲端|能源|电池|電池|机器人|機器人|光伏|显卡|顯卡|算力|数据|數據|相关|相關"
    r"|零部件|零組件|零组件|软件|軟體|软体|云端|通讯|大型|主要|头部|頭部|知名|多家){1,3}"
)
#: The heads of a company noun (simplified: :func:`_qualifies_a_business` reads simplified text).
_COMPANY_HEADS_ZH = r"(?:企业|公司|厂商|制造商|供应商)"
_BUSINESS_AFTER = re.compile(
    # two industries joined by 和, 及 or 与 (中国人工智能和芯片企业, 美国无人机及零部件企业) are
    # one run: the twenty-ninth round
    rf"^(?:大陆|大陸)?{_INDUSTRY_ZH}(?:(?:和|及|与|與|、){_INDUSTRY_ZH})?"
    rf"(?:{_COMPANY_HEADS_ZH}|客户|品牌|工厂)"
    # a counted group of them (美国3家无人机企业, 美国两家企业, 上百家企业) or a company's branch
    # there, a state or city between at most (美國子公司, 美國亞利桑那州子公司, 台灣分公司): the
    # fortieth round, the country gold main 0 of 5 on the read sets, the code 4 of 5. No verb,
    # preposition or particle in the place (对加州子公司, 要求德州子公司 and 将其德州子公司 are
    # the country acting on a branch), at most four characters before 州, 省, 市 or 县, not
    # 城市 (城市分公司).
    rf"|^上?[{_ZH_NUMERALS}]+余?家[{HAN}A-Za-z]{{0,6}}?{_COMPANY_HEADS_ZH}"
    rf"|^(?:(?!城市)(?:(?!{_NOT_IN_A_BODYS_NAME})[{HAN}]){{1,4}}?[州省市县])?(?:子公司|分公司)"
    r"|^(?:\s+(?!(?:of|in|on|at|to|for|from|with|by|and|or|the|a|an|its|their|is|are|was|were"
    r"|has|have|had|will|would|says?|said|tells?|told|trade|government|federal|state)\b)[a-z][a-z-]*){0,2}"
    r"\s+(?:cent(?:re|er)s?|facilit(?:y|ies)|sites?|warehouses?|campus(?:es)?|contractors?"
    r"|operators?|labs?)(?![\w-])"
)


def _qualifies_a_business(after: str) -> bool:
    """Whether the text right after a country makes it the modifier of companies or their sites.

    ``after``: the sentence's text from the end of the country's name, either script. See
    :data:`_BUSINESS_AFTER`: 对三家美国军工企业采取反制措施 names US companies, not the
    United States acting; "maps US distribution centres" names places, not the parent of an
    acting committee.
    """
    return _BUSINESS_AFTER.match(to_simplified(after)) is not None


#: At the end of a Chinese clause: an authority's act on what follows, right before the name or
#: before a list of names ending in 、, 和, 及 or 与 (约谈美团、阿里巴巴, 将DeepSeek等三款应用列为,
#: 禁止使用DeepSeek、豆包, 对苹果公司立案调查, 责令某公司整改). Not 将 or 对 with a word between
#: (将与百度合作: 与 follows no name; 将于, 对此), nor inside another word (即将, 面对, 反对, 应对).
_ACTED_ON_ZH = re.compile(
    r"(?:约谈|約談|禁用|禁止使用|不得使用|停止使用|(?<![即必终終])[将將]|(?<![面反应應相绝絕核比])[对對]"
    r"|责令|責令|处罚|處罰|查处|查處|下架"
    r"|封禁|制裁|起诉|起訴)"
    r"(?:[^\s，。；：、和及与與]{1,12}[、和及与與])*$"
)


def _acted_on_zh(before: str) -> bool:
    """Whether a Chinese name right after ``before`` is what an act reaches.

    ``before``: its sentence up to the name. The object of 约谈, 禁止使用, 将……列为, 对……立案调查,
    alone or one of a list (:data:`_ACTED_ON_ZH`).
    """
    return has_cjk(before) and _ACTED_ON_ZH.search(before) is not None


# -- stage, twenty-eighth round ------------------------------------------------------------------

#: The phrases that hold a rule only after a verb that holds it: "put the requirement on hold",
#: "puts fines under the act on ice for a year", "the law stays on ice" ("calls on hold at the
#: helpline", "stars on ice" hold nothing).
_HELD_PHRASES = ("on hold", "on ice")

#: After an in-force cue, the noun it makes: the day or time of effect named as a thing
#: (施行日期, 实施时间, 生效日期), not given its day right after (施行日期为2027年3月1日 states it).
_EFFECT_DAY_NOUN_AFTER = re.compile(
    r"^(?:日期|时间)(?!\s*(?:为|是|定为|定于|：|:)\s*(?:\d|[〇零一二三四五六七八九十]|明年|今年))"
)


def _effect_day_named(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a Chinese in-force cue only names the day of effect as a thing.

    关于推迟《……》施行日期的通知, 决定调整《……办法》的实施时间, 生效日期另行通知: the notice
    moves, sets or defers the day; that day says nothing of the rule taking effect (the body's
    改为自2031年1月1日起施行 dates it). Not 施行日期为2027年3月1日 (the day given), 自……起施行.
    Traditional script is read simplified (施行日期 as 施行日期, 實施時間 as 实施时间).
    """
    cue = to_simplified(match.group(0))
    after = to_simplified(sentence.text[match.end() :])
    if not has_cjk(cue) or EFFECT_DAY.match(cue[-2:] + after) is None:
        return False  # the status's vocabulary of the day of effect (:data:`nlp.stated.EFFECT_DAY`)
    return _EFFECT_DAY_NOUN_AFTER.match(after) is not None


#: Before a cue in the same clause, a question word: 何时施行, 是否已经生效, "When will the rules
#: take effect", "Does the ban apply"; the sentence must end as a question.
_ASKED_BEFORE = re.compile(
    r"(?:何时|什么时候|何日|是否|能否|会否|会不会|有没有)[^，。；！？,;]{0,16}$"
    r"|^\W*(?:问\W*)?(?:when|will|would|does|do|did|is|are|has|have|could|can)\b[^,;:.!?]{0,80}$",
    re.IGNORECASE,
)


def _effect_asked(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether an in-force cue stands in a question: what is asked is not stated.

    问：《规定》何时施行？, "When does the ban take effect?". Not a statement before a question in
    the same title ("Ban takes effect; what changes?": the cue is in the stated clause).
    """
    text = to_simplified(sentence.text)
    if not text.rstrip().endswith(("？", "?")):
        return False
    clause_end = re.search(r"[？?；;。]", text[match.end() :])
    if clause_end is None or text[match.end() + clause_end.start()] not in "？?":
        return False
    before = re.split(r"[：:；;。！!]", text[: match.start()])[-1]
    return _ASKED_BEFORE.search(before) is not None


#: After a draft an executive approved, the legislature it goes to: 草案……将函请立法院审议,
#: 草案……送立法院審議 (read simplified), 草案……提请全国人大常委会审议, "approved the draft bill
#: and sent it to parliament", "will submit the bill to the National Assembly".
_TO_LEGISLATURE_AFTER = re.compile(
    r"^[^。；]{0,60}?(?:送|送交|送请|函请|函送|提请|提交|报请|呈送)[^。；]{0,4}?"
    r"(?:立法院|全国人大常委会|全国人民代表大会|人大常委会|议会|国会|立法会)"
    r"|^[^.;]{0,80}?\b(?:send|sends|sent|sending|submit|submits|submitted|submitting|forward"
    r"|forwards|forwarded|refer|refers|referred)\b[^.;]{0,30}?\bto\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+)?"
    r"(?:parliament|legislature|congress|diet|national\s+assembly|legislative\s+(?:yuan|council"
    r"|assembly)|lawmakers)\b",
    re.IGNORECASE,
)
#: Before the draft cue, an executive's approval in the same sentence: 行政院会通过,
#: 国务院常务会议通过, "the cabinet approved".
_EXECUTIVE_APPROVAL_BEFORE = re.compile(
    r"(?:国务院|行政院|内阁|政府)[^。；]{0,40}?通过"
    r"|\b(?:cabinet|council\s+of\s+ministers|executive\s+yuan|government)\b[^.;:]{0,40}?"
    r"\b(?:approved|approves|passed|passes|adopted|adopts|endorsed|endorses|cleared|clears)\b",
    re.IGNORECASE,
)


def _draft_sent_to_legislature(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a draft an executive approved is said to go on to the legislature (``proposed``).

    行政院會通過「……法」草案，將函請立法院審議, 行政院通過……施行細則草案，將送立法院審議, "the
    cabinet approved the draft bill on Tuesday and will send it to parliament": whatever the
    text's kind, the legislature has still to pass it. Not a draft approved with nowhere to go
    (国务院常务会议通过……条例草案: the State Council's own regulation), nor a legislature's vote.
    Traditional script is read simplified.
    """
    text = to_simplified(sentence.text)
    if _EXECUTIVE_APPROVAL_BEFORE.search(text[: match.start()]) is None:
        return False
    return _TO_LEGISLATURE_AFTER.match(text[match.end() :]) is not None


# -- main, stage and sourcing, twenty-seventh round --------------------------------------------

#: Before an agency, a bill that would require its licence: "introduced a bill on Thursday that
#: would require a Commerce Department licence before", "the measure would also require an FCC
#: permit", 草案规定出口须经商务部许可 (the agency grants it only if the bill passes).
_BILL_LICENCE_BEFORE = re.compile(
    r"\b(?:bills?|legislation|measure|amendment)\b(?:\s+[\w-]+){0,4}?\s+(?:that\s+|which\s+)?"
    r"would\s+(?:also\s+)?(?:require|mandate)\s+(?:an?\s+|the\s+)?$"
    r"|(?:法案|草案|议案|修正案)[^。；！？]{0,20}?(?:须|需|应当|必须)(?:获得|取得|经过?|经由)$",
    re.IGNORECASE,
)
#: After the agency: the licence, permit or approval it would grant.
_GRANT_AFTER = re.compile(
    r"^(?:'s)?\s+(?:licen[cs]es?|permits?|approvals?|clearances?|authori[sz]ations?)\b"
    r"|^的?(?:许可|批准|审批|同意)",
    re.IGNORECASE,
)


def _licence_a_bill_requires(sentence: Sentence, mention: Mention) -> bool:
    """Whether an agency is named as the grantor of a licence a bill would require.

    "Senators introduced a bill that would require a Commerce Department licence before model
    weights are shared": the department grants licences only if the bill passes; it is the
    bill's executor to come (as :func:`_empowered_by_a_bill`), no actor of the news. Not a rule
    in force ("the rule requires a Commerce Department licence") nor the agency speaking.
    """
    at = mention.start - sentence.start
    before = sentence.text[max(0, at - 80) : at]
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 30]
    return _BILL_LICENCE_BEFORE.search(before) is not None and _GRANT_AFTER.match(after) is not None


#: A report said to be false, with the report's content between: "said on Wednesday that reports
#: of a blanket ban on Chinese-made cameras were false", "said a media report that it had ordered
#: the chips was untrue". The saying verb before the report makes the speaker deny it; "a report
#: that labels were false" alone (what a report found) is no denial. (Chinese: 报道不实 is a cue.)
_REPORT_CALLED_FALSE = re.compile(
    r"\b(?:said|says|say|stated|states|insisted|insists|added|told\s+\w+)\s+"
    r"(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:(?:the|a|an|recent|media|some|earlier|news"
    r"|press)\s+){0,3}reports?\s+(?:of|that|about|saying|claiming)\b[^.;:!?]{1,120}?\b"
    r"(?:was|were|is|are)\s+(?:false|untrue|inaccurate|baseless|groundless|unfounded|incorrect"
    r"|wrong)\b",
    re.IGNORECASE,
)


def _reports_called_false(text: str) -> Iterator[re.Match[str]]:
    """The places a speaker calls a report false with its content between (a denial)."""
    return _REPORT_CALLED_FALSE.finditer(text)


# -- main, stage and sourcing, twenty-sixth round ----------------------------------------------

#: The head of a thing a country only qualifies: a company, a product, its buyers or users, a
#: market or a network ("Nvidia's new China chip", "a US drone software firm", "off US
#: networks", 中国客户, 中国企业).
_THING_HEADS_EN = (
    r"(?:chips?|start-?ups?|firms?|compan(?:y|ies)|(?:chip|tool|drone|car)?makers?"
    r"|manufacturers?|customers?|clients?|buyers?|users?|investors?|suppliers?|developers?"
    r"|networks?|products?|plants?|fabs?|factories|brands?)"
)
#: A policy noun that would make the run an authority's thing ("US chip licence tiers", "EU
#: cloud label", "China chip curbs"): the country is then the policy's author.
_POLICY_AFTER_EN = (
    r"(?:licen[cs]\w*|rules?|rulebook|bans?|curbs?|controls?|labels?|subsid\w+|grants?"
    r"|blacklists?|lists?|tariffs?|duties|sanctions|restrictions?|polic\w+|exports?|probes?"
    r"|permits?|approvals?|officials?|regulators?|review)"
)
#: A word that ends a run of nouns: "Taipei tightens review of chipmakers'" is no compound; nor
#: is a verb before the head ("Beijing orders firms", "Tokyo urged chipmakers", "pushing firms").
_RUN_BREAK = (
    r"(?:of|in|on|at|to|for|from|with|by|over|into|and|or|the|a|an|its|their|is|are|was|were"
    r"|has|have|had|will|would|can|could|may|must|says?|said|tells?|told)"
)
_THING_AFTER = re.compile(
    r"^-(?:origin|made|based|owned)\b"
    rf"|^(?:\s+(?!{_RUN_BREAK}\b)[a-z][a-z-]*(?:ss|(?<!s))(?<!ed)(?<!ing)){{0,3}}?\s+{_THING_HEADS_EN}"
    r"(?![\w-])"
    rf"(?!\s+(?:{_POLICY_AFTER_EN}|away)\b)"
    r"|^(?:大陆|大陸)?(?:AI)?(?:客户|客戶|企业|企業|用户|用戶|市[场場](?!监管|監管|准入)|产品|產品|公司|厂商|廠商|品牌|工厂|工廠)",
)


def _qualifies_a_thing(sentence: Sentence, mention: Mention) -> bool:
    """Whether a country is named only as the modifier of a thing, not as a name of its own.

    "Nvidia's new China chip", "a stake in a US chip start-up", "US-origin technology", "off US
    networks", 向中国客户供应: the country qualifies a company, a product, its buyers or a
    network; it does not act, and it is no parent the text names beside its acting agency (the
    roll-up of :func:`salience`). Not a possessive ("China's chip rules"), an authority's noun
    or act ("US officials", "US chip licence tiers", "an EU cloud label"), nor a country followed
    by a verb ("China chips away", 中国企业 is a thing, 中国要求 an act).
    """
    after = sentence.text[mention.end - sentence.start :]
    return _THING_AFTER.match(after) is not None or _qualifies_a_business(after)


#: After an active "deny": what an authority refuses to grant ("deny future licences", "denies
#: export permits to", "denied the application", "would deny most applications"), not a report
#: it rejects ("denied the licence report").
_REFUSED_GRANT_AFTER = re.compile(
    r"^\s+(?:(?:future|new|further|any|all|most|many|the|their|its|such|export|import|outstanding)"
    r"\s+){0,3}"
    r"(?:licen[cs]es?|permits?|visas?|applications?|approvals?|entry|access|bail|permission"
    r"|requests?)\b(?!\s+(?:reports?|claims?|rumou?rs?|plans?|story|stories)\b)",
    re.IGNORECASE,
)


def _refusal_of_a_grant(text: str, match: re.Match[str]) -> bool:
    """Whether an English "deny" is an authority refusing a grant, not a denial of a report.

    "The bill would let the Commerce Department deny future licences to exporters", "the
    agency denies export permits to": the refusal is the policy's content. A report, a claim or
    a plan denied stays a denial ("denied the licence report"). Chinese denial cues (否认, 辟谣)
    take no such object: a refusal is 拒绝 or 不予批准, which are no denial cues.
    """
    word = match.group(0).lower()
    if word not in ("deny", "denies", "denied", "denying"):
        return False
    return _REFUSED_GRANT_AFTER.match(text[match.end() :]) is not None


#: A voice of the market that names no one: 市场传闻称, 分析人士称, 有券商分析师称, "market talk
#: says": no one's word on the record (sourcing ``none`` unless something else attributes it).
_MARKET_VOICE = re.compile(
    rf"(?:市场传闻|市场消息|传闻|传言|分析人士|业内人士|有(?:[{HAN}]{{0,4}})(?:分析师|人士))$"
    r"|\b(?:market\s+talk|market\s+rumou?rs?|rumou?rs?|chatter)\s*$",
    re.IGNORECASE,
)


def _market_voice(speaker: str) -> bool:
    """Whether the words before a saying cue are an unnamed market voice (市场传闻, 分析人士).

    Not a named analyst ("Li Wei, an analyst at a broker, said"), nor an analyst's firm
    (某券商分析师李明称 names him).
    """
    return _MARKET_VOICE.search(speaker.strip()) is not None


#: A vote's tally after the bill's passage or defeat: "The bill passed 48 to 20", "was approved
#: by 131 votes to 97", "rejected 210-190", 以131票赞成、97票反对表决通过 (a legislature's formal
#: act: ``official``). Not a count of something else ("passed 20 to 30 checkpoints a day").
_VOTE_TALLY = re.compile(
    r"\b(?:passed|passes|approved|approves|adopted|adopts|rejected|rejects|defeated)\s+"
    r"(?:by\s+)?(?:a\s+vote\s+of\s+)?\d{1,3}\s*(?:votes?\s+)?(?:-|–|to)\s*\d{1,3}\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|on|with|after|before|votes?)\b)"
    r"|以\d{1,4}票(?:赞成)?[^，。；]{0,12}?(?:表决)?(?:通过|否决)",
    re.IGNORECASE,
)


def _vote_tally(sentence: Sentence) -> bool:
    """Whether a sentence gives a bill's vote with its tally (a legislature's own act)."""
    return _VOTE_TALLY.search(sentence.text) is not None


# -- stage, twenty-fifth round -----------------------------------------------------------------


def _said_at_once(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a suspension told in reported speech takes effect at once.

    "said it would stop issuing the vouchers with immediate effect": "with immediate effect",
    "effective immediately", 即日起 in the same clause after the cue. The authority's "would" is
    then its act of the day, not an aim (not "would scrap the rule if it wins", "would halt the
    scheme next year").
    """
    after = re.split(
        r"[;:；：]|,\s+(?:after|but|while|as|which)\b|，", sentence.text[match.end() :]
    )[0]
    return _EFFECT_AT_ONCE.search(after) is not None and not _CONDITION_AFTER.search(after)


#: A condition told after the act: "... with immediate effect if it wins the vote", 如果, 若.
_CONDITION_AFTER = re.compile(r"\b(?:if|unless|once|should)\b|如果|若|一旦", re.IGNORECASE)


#: A bill told as made law: "becomes law", "became law", "was passed into law", 成为法律.
_BECOMES_LAW = re.compile(
    r"\b(?:becomes|became|has\s+become|have\s+become)\s+law\b"
    r"|\b(?:is|was|were|has\s+been)\s+(?:passed|voted)\s+into\s+law\b|正式成为法律|成为法律",
    re.IGNORECASE,
)
#: Before it, a condition or a time to come: "if it becomes law", "before it became law", 若……
#: 成为法律, 将成为法律.
_LAW_CONDITION_BEFORE = re.compile(
    r"\b(?:if|once|before|until|unless|when|whether|would|will|could|may|might)\b[^.;]*$"
    r"|(?:若|如果|一旦|将|如|待|之前)[^，。；]*$",
    re.IGNORECASE,
)


def _enacted_later(sentences: Sequence[Sentence], found: Sentence) -> Sentence | None:
    """A sentence after a bill's vote or draft that tells it made law (``adopted``).

    A live blog or a report of a sitting opens on the vote ("Lawmakers vote on chip funding
    bill") and ends on its result: "The bill passes 120 to 80 and becomes law", 法案获得通过，
    正式成为法律. Not a law to come or under a condition ("if it becomes law", "before it became
    law", 将成为法律), nor one negated.
    """
    for sentence in sentences:
        if sentence.start <= found.start:
            continue
        for match in _BECOMES_LAW.finditer(sentence.text):
            before = sentence.text[: match.start()]
            if _LAW_CONDITION_BEFORE.search(before) or _negated(
                sentence.text, match.start(), match.end()
            ):
                continue
            return sentence
    return None


# -- stage, twenty-fourth round ----------------------------------------------------------------

# A duty told as applying now: "importers must now register each shipment", "platforms now have
# to verify ages", 平台现在必须核验 (``in-force``). Not a body that must now decide, vote or wait
# ("the court must now decide", "lawmakers must now vote on the bill", 法院现在必须裁定).
_DUTY_APPLIES_NOW = re.compile(
    r"\b(?:must\s+now|now\s+must|now\s+(?:have|has|need|needs)\s+to)"
    r"(?:\s+(?:also|first|still|either|both))?\s+(?P<verb>[a-z]+)\b"
    rf"|(?:现在|如今)(?:必须|须|需要)(?P<zh>[{HAN}]{{0,2}})",
    re.IGNORECASE,
)
_PENDING_EN = re.compile(
    r"^(?:decide|vote|weigh|consider|choose|wait|approve|review|debate|pass|sign|negotiate"
    r"|respond|rule|determine|assess|agree|convince|persuade|win|prove|show|hope|await|find"
    r"|work|figure)$",
    re.IGNORECASE,
)
_PENDING_ZH = re.compile(r"^(?:决定|表决|审议|裁定|裁决|考虑|研究|作出|等待|说服|证明)")


def _duty_applies_now(sentence: Sentence) -> bool:
    """Whether a sentence tells a duty that applies now (see :data:`_DUTY_APPLIES_NOW`)."""
    text = sentence.text
    for match in _DUTY_APPLIES_NOW.finditer(text):
        if _negated(text, match.start(), match.end()):
            continue
        verb = match.group("verb")
        if verb is not None and _PENDING_EN.match(verb):
            continue
        zh = match.group("zh")
        if zh is not None and _PENDING_ZH.match(zh):
            continue
        return True
    return False


# "orders" as the noun of trade, not an instruction: "quotas for orders above 10,000 units",
# "bulk orders need a permit", "orders worth $2 billion", "orders from Chinese buyers" (not "orders
# the firm to", "orders from today that").
_ORDERS_NOUN_BEFORE = re.compile(
    r"(?:\b(?:for|smaller|larger|small|large|big|bulk|purchase|chip|customer|customers['’]"
    r"|pending|advance|export|repeat|equipment|new|its|their|the|these|those|such|of)|\d)\s+$",
    re.IGNORECASE,
)
_ORDERS_NOUN_AFTER = re.compile(
    r"^\s+(?:above|over|below|under|worth|placed|exceeding|totall?ing|of\s+(?:up\s+to|more|less"
    r"|at\s+least|about|around|\$?\d)|from\s+(?!today\b|now\b|next\b|this\b|the\s+start\b))",
    re.IGNORECASE,
)


def _orders_noun(text: str, match: re.Match[str]) -> bool:
    """Whether the instruction word "orders" is the noun of trade (:data:`_ORDERS_NOUN_BEFORE`)."""
    if match.group(0).lower() != "orders":
        return False
    return bool(
        _ORDERS_NOUN_BEFORE.search(text[: match.start()])
        or _ORDERS_NOUN_AFTER.match(text[match.end() :])
    )


# A penalty a rule raises, not one imposed: "sharply increases the maximum fines", "doubled
# penalties for", 提高对违法行为的处罚, 提高了对违规行为的罚款 (see :func:`_penalty_content`).
_PENALTY_RAISED = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)"
    r"|toughen(?:s|ed|ing)?|stiffen(?:s|ed|ing)?)\s+(?:\w+ly\s+)?(?:the\s+)?"
    r"(?:(?:maximum|administrative|criminal|civil|possible)\s+)?$"
    r"|(?:提高|上调|提升|加大)了?(?:对[^，。；、]{0,12}?的)?(?:违法|违规)?$",
    re.IGNORECASE,
)


# A holder's licence or permit withdrawn, in whole or in part: "withdrew part of the clinic's
# permit to import", "the permit was withdrawn", 撤回其经营许可证: the authority takes back
# what it granted, enforcement that holds from then on (``in-force``, as "revoked a licence";
# see :func:`_approval_revoked`). Not a rule or draft withdrawn ("withdrew the licensing rule"),
# nor an application or appeal a company withdraws ("withdrew its licence application").
_WITHDRAW_WORD = re.compile(r"^(?:withdr(?:ew|awn|aws?|awing)|撤回)$", re.IGNORECASE)
_WITHDRAWAL_FOUND = re.compile(r"\bwithdr(?:ew|awn|aws?|awing)\b|撤回", re.IGNORECASE)
_ASKED_FOR = re.compile(
    r"\b(?:applications?|requests?|bids?|appeals?|complaints?|suits?|lawsuits?|offers?"
    r"|nominations?|candidacy)\b|申请|诉讼|起诉|上诉",
    re.IGNORECASE,
)


def _licence_withdrawn(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a withdrawal word takes a holder's licence (see :data:`_WITHDRAW_WORD`)."""
    if not _WITHDRAW_WORD.match(match.group(0)):
        return False
    text = sentence.text
    after = re.split(r"[,.;:，。；：]", text[match.end() :])[0]
    words = re.findall(r"[\w'’-]+", after)[:6]
    object_ = after[:12] if has_cjk(match.group(0)) else " ".join(words)
    if object_ and _APPROVAL_HELD.search(object_):
        return not _names_rule(object_) and not _ASKED_FOR.search(object_)
    before = re.split(r"[,.;:，。；：]", text[: match.start()])[-1]
    passive = re.search(r"(?:\b(?:was|were|been|is|are|being)\s+$)|被$", before)
    held = before[-40:]
    return bool(
        passive
        and _APPROVAL_HELD.search(held)
        and not _names_rule(held)
        and not _ASKED_FOR.search(held)
    )


def _licence_taken_back(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence tells a holder's licence withdrawn as done (``in-force``).

    Not one to come ("would withdraw the licence", "threatened to withdraw"), nor a negation.
    """
    text = sentence.text
    for match in _WITHDRAWAL_FOUND.finditer(text):
        if not _licence_withdrawn(sentence, match):
            continue
        if _negated(text, match.start(), match.end()) or _modal_before(text, match.start(), cues):
            continue
        if re.search(
            r"\b(?:to|threat\w*|warn\w*|could|would|may|might|will)\s+(?:\w+\s+)?$",
            text[: match.start()],
            re.IGNORECASE,
        ):
            continue
        return True
    return False


# Before a stage cue, words that make the business body named its target, not its doer:
# 对英伟达公司作出处罚, 将……子公司列入, 要求……公司暂停, "a company was fined by", "firms have been
# told to halt".
_TARGET_BEFORE = re.compile(
    # (traditional script too: 將……列入, 對, 給, 責令)
    r"[对将向被把给對將給]|要求|责令|責令|\b(?:was|were|been|being|is|are|by|told|ordered|asked)\b",
    re.IGNORECASE,
)
# Stage cues whose subject receives the act ("has received licences", "won approval").
_RECEIVED = frozenset(("secured", "won", "received", "obtained", "granted", "awarded"))


# Non-state bodies the sourcing list of business words does not name: a league, a platform, "a
# group of 40 developers", an industry group (联赛, 平台).
_OWN_BODY = re.compile(
    r"\b(?:industry\s+(?:group|body|bodies|alliance)|group\s+of)\b"
    # a league or a platform as the subject, not a noun's modifier ("platform competition bill")
    r"|\b(?:league|platform)\b(?=\s*$|['’]s\b)|联赛|平台",
    re.IGNORECASE,
)
# A body's own duty laid on others, no stage word: "Apple will require developers to", "the
# league now bans", 禁止商家 (a platform's rule), as its act.
_OWN_DUTY = re.compile(
    r"\b(?:will|would|to|now)\s+(?:also\s+)?(?:require|ban|bar|prohibit|forbid)\b"
    r"|\b(?:requires|prohibits|forbids)\b|禁止",
    re.IGNORECASE,
)
# The doer's clause: back to the last punctuation ("a group of developers and publishers
# released": the coordination is one subject).
_DOER_BREAK = re.compile(r"[,;:()\u2014\uff0c\uff1b\uff1a\u3001\u3002]|\s-\s")
# A body named after a preposition is no doer: "guidance sent to firms", "a code for companies".
_BODY_AS_COMPLEMENT = re.compile(
    r"\b(?:to|for|from|with|on|against|at|by|among)\s+(?:(?:the|its|their|all|some|\d+)\s+)?$",
    re.IGNORECASE,
)
# The act's doer named after it: "a fine imposed by the Commission", "rules issued by".
_DOER_AFTER = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}?(?:imposed|issued|ordered|levied|set|adopted|published)\s+by\b"
    r"|^\s+by\b",
    re.IGNORECASE,
)
# A Chinese title's speaker before its colon: 市场监管总局：…… (what follows is the speaker's).
_TITLE_SPEAKER = re.compile(r"^([^：:，。]{1,24})[：:]")


def _business_own(
    sentences: Sequence[Sentence],
    cues: AboutCues,
    actor_names: Sequence[str],
    company_names: Sequence[str] = (),
) -> Sentence | None:
    """The head sentence whose first act a business body does itself, no authority doing one.

    "The football association fined two clubs", 网络视听协会发布……自律公约, "the company
    published rules for its customers": an association's or a company's own rule, code or sanction
    is no policy at any stage. Read: a Chinese title and the lead (an English title's verb may be
    a passive: "Ride-hailing firm fined"), the first act cue in each (adopted, proposed or an
    enforcement act; none when the subject receives it, "received licences"). The words before
    it in its clause are its doer: a business word (``[sourcing] not_authorities``) named after any
    authority there (中国网络视听节目服务协会 is an association) makes the act the body's own; an
    authority as the doer keeps the stage its cues give, and so does a sentence that makes the
    body the act's target (对……公司, "was fined by"). A linked company (``company_names``:
    "Apple will require developers", 抖音电商发布规则) and a league, a platform or an industry group
    are business bodies too.
    """
    for sentence in sentences:
        if sentence.part == "body" or (sentence.part == "title" and not has_cjk(sentence.text)):
            continue
        hits = [
            m
            for pattern in (
                cues.stages["adopted"],
                cues.stages["proposed"],
                cues.enforcement,
                _OWN_DUTY,
            )
            for m in pattern.finditer(sentence.text)
        ]
        if not hits:
            continue
        match = min(hits, key=lambda m: m.start())
        if match.group(0).lower() in _RECEIVED or _TARGET_BEFORE.search(
            sentence.text[: match.start()]
        ):
            continue  # "has granted a firm a licence", "the firm received": no act of its own
        if _DOER_AFTER.match(sentence.text[match.end() :]):
            continue  # "appeal against a fine imposed by the Commission": the authority's act
        speaker = _TITLE_SPEAKER.match(sentence.text)
        if speaker is not None and _names_authority(speaker.group(1), cues, actor_names):
            return (
                None  # 市场监管总局：英伟达涉嫌…… the authority speaks, the company is its target
            )
        doer = _DOER_BREAK.split(sentence.text[: match.start()])[-1]
        business = [
            end
            for end, start in (
                [(m.end(), m.start()) for m in cues.not_authorities.finditer(doer)]
                + [(m.end(), m.start()) for m in _OWN_BODY.finditer(doer)]
                + [
                    (doer.rfind(name) + len(name), doer.rfind(name))
                    for name in company_names
                    if name and name in doer
                ]
            )
            if not _BODY_AS_COMPLEMENT.search(doer[:start])
        ]
        authority = [m.end() for m in cues.authorities.finditer(doer)] + [
            doer.rfind(name) + len(name) for name in actor_names if name in doer
        ]
        if business and max(business) > max(authority, default=-1):
            return sentence
        if authority:
            return None
    return None


# Proposal cues that tell an intention, not a text put out: 拟 (plans to), "would require".
_INTENT = re.compile(r"^(?:拟|would\s+(?:require|ban|bar|restrict))$", re.IGNORECASE)


def _intent_only(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence's proposal cues all tell an intention (拟修订, "would require").

    A draft, a bill or a consultation (草案, 征求意见稿, "proposed rules") is a text put out; an
    authority that 拟 (plans to) act has put out nothing yet.
    """
    hits = [
        m
        for m in cues.stages["proposed"].finditer(sentence.text)
        if not _in_compound(sentence.text, m.start(), m.end(), cues)
    ]
    return bool(hits) and all(_INTENT.match(m.group(0)) for m in hits)


_ASKED = re.compile(r"^\W*(?:问|Q)\s*[：:]|[？?]\W*$")


def _asks(sentence: Sentence) -> bool:
    """Whether a sentence other than the title is a question (问：……是否属实？): no act stated."""
    return sentence.part != "title" and _ASKED.search(sentence.text) is not None


def _holds_any_of(sentences: Sequence[Sentence], start: int) -> bool:
    """Whether one of ``sentences`` holds the offset ``start``."""
    return any(s.start <= start < s.end for s in sentences)


def _states_policy(sentence: Sentence, starts: Iterable[int], cues: AboutCues) -> bool:
    """Whether a sentence is about the policy.

    The title, a signal's sentence, or one naming a rule ("beneficiaries are expected to ..." is
    not).
    """
    if sentence.part == "title" or cues.objects.search(sentence.text):
        return True
    return any(sentence.start <= st < sentence.end for st in starts)


# A report relayed in a content clause: "after Kestrel Review reported that the ministry would
# ban", "on a report that the regulator would require", 据……报道称
_RELAY = re.compile(
    r"\b(?:reported|reports|report|said|says)\s+(?:(?:on|late|last|earlier)\s+\w+\s+)?that\b"
    r"|报道称|援引[^，。]{0,20}称",
    re.IGNORECASE,
)


def _relayed(sentence: Sentence, signal: Signal) -> bool:
    """Whether a signal stands in what another report said.

    "Shares fell after Pinewood Digital reported that the regulator plans to bar ...": the
    tagger reads such a signal as context of the market's move, yet the move only relays the
    report: the act reported is still the policy news the sentence carries.
    """
    at = _trigger_start(signal, sentence) - sentence.start
    return any(m.end() <= at for m in _RELAY.finditer(sentence.text))


def _after_relay(before: str) -> str:
    """The words after the last relay clause, where the one who acts is named.

    "Shares of companies fell after X reported that the regulator was preparing to": the
    regulator acts, not the companies.
    """
    relays = list(_RELAY.finditer(before))
    return before[relays[-1].end() :] if relays else before


def stage_stated(
    sentences: Sequence[Sentence],
    source: Finding,
    cues: AboutCues,
    background: Sequence[Signal] = (),
    actor_names: Sequence[str] = (),
    published: date | None = None,
    company_names: Sequence[str] = (),
    denial: Finding | None = None,
) -> Finding:
    """The stage a title or lead plainly states of a policy action, without a reported signal.

    Short reports often name the action in words no signal rule knows ("the guidelines apply
    from today", "issued a rule that sorts countries into tiers", 予以公布《办法》). Only title and
    lead sentences that name a policy action (``[stage] objects``) are read, with the same cues
    and order as :func:`stage` but no default: a denial is ``denied`` when the title names the
    action denied; unless something says the rule is in force, unnamed sources are ``reported``,
    and so are second-hand ones when their sentence names the rule; otherwise an explicit stage cue
    decides, else ``none``. A sentence holding a ``background`` signal is left out: the tagger
    found that action and judged it context. ``denial``: the head's denial cue
    (:func:`denial_cue`), read whatever the sourcing given out.

    Without a rule named, four kinds of head still state a stage (:func:`_stage_unnamed`): an
    authority's plan or instruction on unnamed or second-hand sources (``reported``), an
    authority's enforcement act (``in-force``: "Shanghai fines app maker", 启动安全审查) and an
    official document by its number or header (a draft: ``proposed``, else ``adopted``); an
    authority's own act to come told with a modal and a figure or a day ("will be capped at 40
    euros from June 1", :func:`_announced_act`) is ``adopted``. A denial
    by an authority ("the ministry denied a report that it would ...", 我部从未作出上述要求) is
    ``denied`` even when the title names no rule, unless a head holds a background signal. A
    business body's own act in the head (:func:`_business_own`; ``company_names``: the linked
    companies) is ``none``, as with a signal.
    """
    heads = [
        s
        for s in sentences
        if s.part != "body"
        and not any(s.start <= b.start < s.end and not _relayed(s, b) for b in background)
    ]
    clean = len(heads) == sum(1 for s in sentences if s.part != "body")
    if denial is not None:
        if any(s.part == "title" and cues.objects.search(s.text) for s in heads):
            return Finding("denied", denial.sentence)
        if clean and _authority_denies(denial.sentence, cues, actor_names):
            return Finding("denied", denial.sentence)
        title = next((s for s in heads if s.part == "title"), None)
        if (
            clean
            and title is not None
            and _QA.search(title.text)
            and _names_authority(title.text, cues, actor_names)
            and not cues.not_authorities.search(title.text)
        ):
            # 有关负责人就网传……答记者问: the authority answers, its answer denies the report
            return Finding("denied", denial.sentence)
        return Finding("none")
    if _no_comment_briefing(sentences, cues) is not None:
        return Finding("none")  # 不予置评 at a briefing: no stage from its title or question
    register = _register_stage(sentences, published)
    if register is not None:
        return register  # "ACTION: Final rule.": the Federal Register's layout
    court = _court_stage(heads, cues)
    if court is not None:
        return court  # "an appeals court annulled the fine", 二审法院撤销……罚款决定
    if _business_own(sentences, cues, actor_names, company_names) is not None:
        # an association's code, a platform's own rules: no authority acts, with or without a
        # signal the tagger found
        return Finding("none")
    # a question (问：……是否属实？) relays what others said; its answer states the stage
    heads = [s for s in heads if not _asks(s)]
    # a rule named, or one at work ("received permits in the harbour pilot")
    read = [s for s in heads if cues.objects.search(s.text) or _APPLIED.search(s.text)]
    if not read:
        return _unnamed_or_act(sentences, heads, source, cues, actor_names, published)
    # "Since the rules took effect, ...": the tagger judged the rule context, yet it is in force
    for s in sentences:
        if s.part != "body" and s not in heads and _still_in_force(s, cues):
            return Finding("in-force", s.text)

    def first(name: str) -> Sentence | None:
        return next((s for s in read if _stage_hits(s, name, cues, published=published)), None)

    legislature = _legislature_stage(read, cues)
    if legislature is not None:
        return legislature  # a veto's override, a veto, a bill voted down or sent for signature
    suspended = first("suspended")
    if suspended is not None:
        rest = _rest_in_force(sentences, suspended)
        if rest is not None:
            return Finding("in-force", rest.text)  # a provision not enforced, the rest in force
        return Finding("suspended", suspended.text)
    in_force = first("in-force")
    if in_force is None and source.value not in ("anonymous", "secondary"):
        # 本通知自印发之日起施行 in a notice's last article, its day only in the 落款: the text
        # the head names is in force from its issue
        in_force = _own_text_in_force_now(sentences, cues)
    rumour = first("reported")
    if in_force is None and rumour is not None:
        if source.value not in ("anonymous", "secondary") and _drafting_told_by_drafter(
            rumour, cues, actor_names, company_names
        ):
            return DraftingTold("proposed", rumour.text)  # the drafter tells its text is written
        return Finding("reported", rumour.text)
    if source.value == "anonymous" and in_force is not None:
        return Finding("reported", in_force.text)  # unnamed sources alone: unconfirmed
    if in_force is None and (
        source.value == "anonymous"
        or (
            source.value == "secondary"
            and cues.objects.search(source.sentence)
            # a public act relayed by an outlet keeps its stage: "has issued final
            # requirements, Xinhua reported", 据新华社报道……原则通过《……（草案）》
            and first("proposed") is None
            and first("adopted") is None
        )
    ):
        return Finding("reported", source.sentence)
    if in_force is not None:
        return Finding("in-force", in_force.text)
    at_work = next((s for s in read if _rule_at_work(s, cues)), None)
    if (
        at_work is not None
        and first("proposed") is None
        and not any(_effect_ahead(s, cues, published) for s in read)
        and not any(_start_to_come(s) for s in heads)  # "The duty starts next September"
    ):
        return Finding("in-force", at_work.text)
    for name in ("proposed", "adopted"):
        found = first(name)
        if found is not None:
            return Finding(name, found.text)
    # "The rules take effect on March 1", 自2027年3月1日起施行: published with a date ahead
    scheduled = next((s for s in read if _effect_ahead(s, cues, published)), None)
    if scheduled is not None:
        return Finding("adopted", scheduled.text)
    return _unnamed_or_act(sentences, heads, source, cues, actor_names, published)


def _unnamed_or_act(
    sentences: Sequence[Sentence],
    heads: Sequence[Sentence],
    source: Finding,
    cues: AboutCues,
    actor_names: Sequence[str],
    published: date | None,
) -> Finding:
    """:func:`_stage_unnamed`, then what the head states of an official act in its own words.

    :func:`_head_act_stated` is read when the unnamed head gives nothing or a bare document
    number.
    """
    unnamed = _stage_unnamed(heads, source, cues, actor_names)
    if unnamed.value in ("none", "adopted") and source.value not in ("anonymous", "secondary"):
        act = _head_act_stated(sentences, unnamed, cues, published)
        if act is not None:
            return act
    return unnamed


def _head_act_stated(
    sentences: Sequence[Sentence], unnamed: Finding, cues: AboutCues, published: date | None
) -> Finding | None:
    """What a head that names no rule word states of an official act, in words of its own.

    In force: a duty "has required ... since Aug. 1"; a notice's own clause 本通知自即日起施行
    (its number in the head is no mere adoption). Adopted, when nothing else was read: a
    direction with a compliance day ("hereby directs ... by 1 May 2027"), a start moved ("moves
    the start ... to July 1"), an effect counted from publication ("comes into force from the
    day following its publication"), an effect dated ahead ("takes effect on 1 January 2028").
    Head sentences holding a background signal are read too: these words state the act itself;
    "hereby directs" and a start counted from publication are read in any sentence.
    """
    heads = [s for s in sentences if s.part != "body" and not _asks(s)]
    required = next((s for s in heads if _required_since(s)), None)
    if required is not None:
        return Finding("in-force", required.text)
    own = _own_text_in_force_now(sentences, cues)
    if own is not None:
        return Finding("in-force", own.text)
    # a notice published on the day its start states (自2027年7月1日起实施, out on 1 July): in
    # force, whatever its number line (2027年第15号) says of an issuing
    today = next((s for s in heads if _effect_on_the_day(s, cues, published)), None)
    if today is not None:
        return Finding("in-force", today.text)
    if unnamed.value != "none":
        return None
    for s in heads:
        if _directed_by_day(s, published) or _start_moved(s) or _effect_from_publication(s):
            return Finding("adopted", s.text)
    # the act's own words, wherever they stand (a title cut short at "No." leaves them in the
    # body): "hereby directs", "comes into force from the day following its publication"
    for s in sentences:
        if not _asks(s) and (_HEREBY_DIRECTS.search(s.text) or _effect_from_publication(s)):
            return Finding("adopted", s.text)
    ahead = next((s for s in heads if _effect_ahead(s, cues, published, dated=True)), None)
    if ahead is not None:
        return Finding("adopted", ahead.text)
    return None


def _effect_on_the_day(sentence: Sentence, cues: AboutCues, published: date | None) -> bool:
    """Whether a sentence states a rule's effect from the very day the text is published.

    Two forms count: an in-force cue that names the news day itself (``cues.today``: "Effective
    today, officers shall ...", "applies from today", 即日起, not a window "from today until 30
    April"), and a stated day (:func:`nlp.stated.stated_day`) equal to the day of publication:
    本通知自2027年7月1日起实施 out on 1 July is in force; a day ahead is :func:`_effect_ahead`. A
    start that was due that day and did not come ("which was to take effect today, will now
    apply only from January"), a negated cue or one under a modal is no effect.
    """
    if published is None:
        return False
    text = sentence.text
    for match in cues.stages["in-force"].finditer(text):
        if (
            _negated(text, match.start(), match.end())
            or _history(sentence, match.start(), "in-force", cues, match.group(0))
            or _modal_before(text, match.start(), cues)
        ):
            continue
        if _today_cue(match.group(0), cues) and not _WINDOW_AFTER.match(text[match.end() :]):
            return True  # the day in the cue itself: "Effective today, officers shall ..."
        if stated_day(text, match.start(), match.end(), published) == published:
            return True
    return False


def _effect_ahead(
    sentence: Sentence, cues: AboutCues, published: date | None = None, *, dated: bool = False
) -> bool:
    """Whether a sentence gives a rule's effect on a date ahead (a rule published: adopted).

    ``dated``: only an effect on a stated day to come (:func:`_scheduled`), where the head names
    no rule word; a cue followed by "from" or "next" is then no date ("a rush of orders from phone
    makers ahead of the holiday season" is market talk).
    """
    text = sentence.text
    if not dated and _start_to_come(sentence):
        return True  # "The duty starts next September"
    for match in cues.stages["in-force"].finditer(text):
        if _negated(text, match.start(), match.end()) or _history(
            sentence, match.start(), "in-force", cues, match.group(0)
        ):
            continue
        if _scheduled(sentence, match.start(), match.end(), published):
            return True
        if (
            not dated
            and _LATER.match(text[match.end() :])
            and (
                published is None or stated_day(text, match.start(), match.end(), published) is None
            )
        ):
            return True
    return False


def _names_authority(text: str, cues: AboutCues, actor_names: Sequence[str]) -> bool:
    """Whether a text names an authority (an authority word, or a linked government or agency)."""
    return bool(cues.authorities.search(text)) or any(name in text for name in actor_names)


def _authority_denies(text: str, cues: AboutCues, actor_names: Sequence[str]) -> bool:
    """Whether the words before a denial cue name an authority and no company."""
    match = next(_denials(text, cues), None)
    if match is None:
        return False
    denier = text[: match.start()]
    if _PLUPERFECT.search(denier) or cues.stage_context.search(denier):
        return False  # "in April the ministry had called a report untrue": history
    return _names_authority(denier, cues, actor_names) and not cues.not_authorities.search(denier)


def _stage_unnamed(
    heads: Sequence[Sentence], source: Finding, cues: AboutCues, actor_names: Sequence[str]
) -> Finding:
    """The stage of a head that names no rule (see :func:`stage_stated`).

    An authority's unconfirmed plan or instruction (also an act to come, "will limit", 拟设立,
    told on unnamed or second-hand sources), its suspension or enforcement act, an official
    document by its number, or its own act to come with a figure or a day.
    """
    if source.value in ("anonymous", "secondary"):
        for s in heads:
            # the authority plans or instructs: named before the cue ("Beijing eyes ...",
            # 工信部已要求), not a company's plan in a country ("TSMC considering US plant")
            finders = (
                cues.stages["reported"].search,
                cues.instruction.search,
                _WOULD_RE.search,
                _ZH_TO_COME.search,
            )
            for find in finders:
                match = find(s.text)
                if match is None or _negated(s.text, match.start(), match.end()):
                    continue
                if _plan_noun(s.text, match):
                    continue
                before = _after_relay(s.text[: match.start()])
                if _names_authority(before, cues, actor_names) and not cues.not_authorities.search(
                    before
                ):
                    return Finding("reported", s.text)
                if _plan_by_authority(s.text, match, cues, actor_names):
                    return Finding("reported", s.text)
            # 监管部门要求……: an authority's instruction told second-hand, in Chinese
            asked = _ZH_INSTRUCTS.search(s.text) if has_cjk(s.text) else None
            if asked is not None and not _negated(s.text, asked.start(), asked.end()):
                before = s.text[: asked.start()]
                if _names_authority(before, cues, actor_names) and not cues.not_authorities.search(
                    before
                ):
                    return Finding("reported", s.text)
        # "Chatbot makers told to refile models, sources say": an instruction in the passive,
        # its giver an authority the head names elsewhere
        if _names_authority(" ".join(s.text for s in heads), cues, actor_names):
            for s in heads:
                told = _TOLD_PASSIVE.search(s.text)
                if told is None or _negated(s.text, told.start(), told.end()):
                    continue
                if not cues.not_authorities.search(s.text[: told.start()]):
                    return Finding("reported", s.text)
    for s in heads:
        # an authority suspends or withdraws: "US drops plan for chip reports", 商务部暂停实施
        for match in cues.stages["suspended"].finditer(s.text):
            before = s.text[: match.start()]
            if not _stage_hits(s, "suspended", cues, skip_instructions=True):
                break
            if _names_authority(before, cues, actor_names) and not cues.not_authorities.search(
                before
            ):
                return Finding("suspended", s.text)
    for s in heads:
        for match in cues.enforcement.finditer(s.text):
            if _in_compound(s.text, match.start(), match.end(), cues):
                continue  # "probe cards": equipment, not an investigation
            if _negated(s.text, match.start(), match.end()) or _modal_before(
                s.text, match.start(), cues
            ):
                continue
            if _history(s, match.start(), "in-force", cues):
                continue
            if _names_authority(s.text, cues, actor_names):
                # on unnamed sources alone an enforcement act is unconfirmed
                return Finding("reported" if source.value == "anonymous" else "in-force", s.text)
    expected = next((s for s in heads if _act_expected(s, cues)), None)
    if expected is not None:
        return Finding("reported", expected.text)
    document = next((s for s in heads if _DOC_NUMBER.search(s.text)), None)
    if document is not None:
        draft = next((s for s in heads if _DOC_DRAFT.search(s.text)), None)
        if draft is not None:
            return Finding("proposed", draft.text)
        return Finding("adopted", document.text)
    announced = next((s for s in heads if _announced_act(s, cues, actor_names)), None)
    if announced is not None:
        return Finding("adopted", announced.text)
    return Finding("none")


# The doer of a plan in the passive, after its cue: "under plans being drawn up by ministers".
_BY_DOER = re.compile(r"^\s+by\s+([^,.;:()]{1,60})", re.IGNORECASE)


def _plan_by_authority(
    text: str, match: re.Match[str], cues: AboutCues, actor_names: Sequence[str]
) -> bool:
    """Whether a plan cue in the passive names an authority as its doer after it.

    "under plans being drawn up by ministers", "plans being prepared by the consumer ministry":
    the authority plans, named after the cue (a company's plan "being drawn up by its lawyers"
    is none).
    """
    if not match.group(0).lower().startswith("being"):
        return False
    doer = _BY_DOER.match(text[match.end() :])
    return (
        doer is not None
        and _names_authority(doer.group(1), cues, actor_names)
        and not cues.not_authorities.search(doer.group(1))
    )


# An act to come told second-hand: "Bloomberg reported that the agency would freeze approvals",
# "the city will cap fleets, the paper reported", "the ministry may still require".
_WOULD_RE = re.compile(
    r"\b(?:would|will|may|might|could)\s+(?:still\s+|also\s+|soon\s+)?(?!not\b|have\b|be\b)\w+",
    re.IGNORECASE,
)
# The same in Chinese: 拟 (plans to), 将 (will; not 将于 a day, 即将, 或将, 将近 nearly).
_ZH_TO_COME = re.compile(r"(?<![模虚])拟(?!人)|(?<![即或])将(?![于近来])")

# An authority's own act to come, told without a stage word: "the central bank said wallets
# will be capped at 50,000 yuan from January 1", "Jiangsu will refund a fifth of ...", "importers
# must declare each chip from August 1", 市工信局表示，将对……给予奖励. The verb after the modal
# acts (or a participle after "be"); talk of a step ("will consider", "would study") does not.
_ANNOUNCED = re.compile(
    r"\b(?:will|would|must|shall)\s+(?:also\s+|now\s+|soon\s+)?(be\s+\w+(?:ed|en)\b|\w+)"
    r"|(?<![即或])将(?![于近来会])",
    re.IGNORECASE,
)
# What makes an announced act concrete: a figure or a day after the modal ("capped at 50,000
# yuan", "from August 1", 最高500万元); a leader's goal ("China must rely on its own strength",
# "the country would become a quantum power") names neither.
_CONCRETE = re.compile(rf"\d|%|\b(?:{_MONTHS})\b|[万亿]", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whom|whose|that)\b[^,]*,")
_DELIBERATE = frozenset(
    {
        "be", "have", "not", "consider", "study", "review", "look", "weigh", "explore", "examine",
        "seek", "discuss", "continue", "work", "try", "meet", "hold", "decide", "respond",
        "comment", "keep", "monitor", "assess", "evaluate", "talk", "need", "want", "like",
        "help", "make", "face", "say", "tell",
    }
)  # fmt: skip

# An instruction in the passive: the verb right before "to" ("firms told to stop", "have been
# ordered to file"); the active verb has its object between ("told firms to stop").
_TOLD_PASSIVE = re.compile(
    r"\b(?:told|ordered|asked|instructed|directed|pressed|urged)\s+to\s+\w+", re.IGNORECASE
)
_PASSIVE_AFTER = re.compile(r"\s+(?:be|get)\s+(\w+)", re.IGNORECASE)


def _announced_act(sentence: Sentence, cues: AboutCues, actor_names: Sequence[str]) -> bool:
    """Whether an authority, named before it in its clause, states an act of its own to come.

    "Jiangsu will refund a fifth of what data centres spend on domestic chips", "the central bank
    said wallets will be capped at 50,000 yuan": a decision made public with no stage word, so
    adopted (on unnamed or second-hand sources :func:`_stage_unnamed` reads it ``reported``
    first). Not a deliberation ("will consider"), a negation, a question or a company's plan.
    """
    text = sentence.text
    for match in _ANNOUNCED.finditer(text):
        verb = (match.group(1) or "").lower()
        if verb and verb.split()[0] in _DELIBERATE and not verb.startswith("be "):
            continue
        if _negated(text, match.start(), match.end()) or _QUESTION.search(text):
            continue
        if not (match.group(0).lower().startswith("shall") or _CONCRETE.search(text, match.end())):
            continue  # a goal, not a measure: no figure, no day
        # the speaker counts: "the central bank said that wallets will be capped"
        before = _clause_before(sentence, sentence.start + match.start())
        if not before.strip():
            # a clause of its own: 市工信局表示，将……, "the waiver, for its plant in China, would
            # end"; the subject is the sentence's, not one a relative clause names ("the duty,
            # which the Commission set out in its draft, will cost")
            before = _RELATIVE_CLAUSE.sub(" ", text[: match.start()])
        if _names_authority(before, cues, actor_names) and not cues.not_authorities.search(before):
            return True
    return False


def _act_expected(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a plan or expectation cue governs an act done to someone, in the passive.

    "Apple is expected to be ordered within days to open payments", "is set to be fined": an
    act to come that nothing public shows yet (``reported``), whoever the subject is.
    """
    text = sentence.text
    for match in cues.stages["reported"].finditer(text):
        if _negated(text, match.start(), match.end()):
            continue
        passive = _PASSIVE_AFTER.match(text, match.end())
        if passive is None:
            continue
        verb = passive.group(1)
        if (
            cues.instruction.search(verb)
            or cues.enforcement.search(verb)
            or any(verb.lower() in cues.stages[n].phrases for n in ("suspended", "in-force"))
        ):
            return True
    return False


def _still_in_force(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether an in-force cue comes right after a word that keeps it.

    "Since the rules took effect, ...": the rule is in force now.
    """
    for match in cues.stages["in-force"].finditer(sentence.text):
        before = _clause_before(sentence, sentence.start + match.start()).lower().split()
        if before and before[0] in cues.still and cues.objects.search(" ".join(before)):
            return True
    return False


def outlet_sourcing(found: Finding, outlet_kind: str) -> Finding:
    """An official outlet's own notice rests on the authority itself: ``official`` by definition.

    ``outlet_kind`` is the outlet's ``kind`` in ``sources.toml``. Any finding of an official
    outlet becomes ``official``, keeping its sentence, a denial too: an authority's rebuttal on
    its own outlet (its 答记者问 or clarification that a report is untrue) is its own word (gold
    ``official`` 29 of 43 on the read policy sets, every one of the 20 since policy held-out 15),
    while its stage is read from the denial's cue (:func:`denial_cue`: ``denied``). A news
    outlet's report of a denial stays ``denial`` (gold ``denial`` 54, ``official`` 13: no
    practice to follow). The one rule, for the rules' answer and after the learned decisions
    (``bench.train_about`` calls it too).
    """
    if outlet_kind != "official" or found.value == "official":
        return found
    return Finding("official", found.sentence)


# -- learned decisions ------------------------------------------------------------------------
#
# The rules above give their answers and the cues behind them; the learned model
# (``nlp.about_model``) reads both as features and takes the final decision. Every feature is in
# [0, 1] and general (roles, positions, cue classes, the rules' answer), never a word of the text.

_STAGES = ("none", "reported", "proposed", "adopted", "in-force", "suspended", "denied")
_STAGE_CUES = ("suspended", "in-force", "proposed", "adopted", "reported")
_SOURCINGS = ("official", "on-record", "denial", "anonymous", "secondary", "none")
_POSITIONS = ("title", "first", "later")
#: Stage and sourcing cues are read where news states itself (later sentences cost time and
#: weighed little: see the decision record).
_HEAD = ("title", "first")
_SOURCING_CUES = ("denial", "secondary", "anonymous", "official", "acts", "on-record")
_BACKGROUND = ("bg_history", "bg_procedure", "bg_conduct", "bg_clause", "bg_window", "bg_parse")
#: The grammar and form of the head, beside its cues: an official document's number or header and
#: a draft's name, an authority named, an enforcement act, the aspect (done: 已, "has issued";
#: to come: 将, 拟, "will", a date ahead) and a negation.
_STAGE_FORMS = (
    "doc_number_head", "doc_draft_head", "authority_head", "enforcement_head", "done_head",
    "future_head", "negation_head", "applied_head",
)  # fmt: skip
#: A rule at work: something done under it or according to it ("licensed under the amended
#: rules", "subsidies under the provincial scheme", 根据《……办法》): the rule is in force.
_APPLIED = re.compile(
    r"\b(?:under|according to) (?:the |its |their |a )?(?:[\w'’-]+ ){0,3}?"
    r"(?:rules|regulations?|measures|scheme|regime|law|programme|program|pilot)\b"
    r"|\bin (?:the |its |their |a )?(?:[\w'’-]+ ){0,4}?(?:pilot|scheme|programme|program)\b"
    r"|(?:根据|依据|按照)《",
    re.IGNORECASE,
)
# 根据《……》（等法律法规）有关规定: the formula that gives a new document's legal basis.
# So is 根据《……法》 alone: a law is the basis a new act is made on (not a 办法 at work).
_LEGAL_BASIS = re.compile(r"[^》]{0,40}》[^，。；]{0,10}有关规定|[^》]{0,40}(?<!办)法》")
# An authority's approval under a rule is its own act, adopted ("approved the aid under the
# state aid rules"), not the rule at work.
_APPROVAL_ACT = re.compile(r"^(?:approv\w*|clear(?:s|ed)|authori[sz]\w*)$", re.IGNORECASE)
# Acts done under a rule beside the adopted cues: "licensed under the rules", "went live".
_DONE_UNDER = re.compile(r"\b(?:licensed|went live|began|started|opened)\b", re.IGNORECASE)
_FUTURE_EN = re.compile(r"\b(?:will|would|shall|could|may|might|is to|are to)\b", re.IGNORECASE)


def _rule_at_work(sentence: Sentence, cues: AboutCues) -> bool:
    """Whether a sentence tells an act done under a rule or pilot already in place.

    "Four firms have received licences in the free trade zone pilot", 根据《……办法》，现将首批
    航线予以公布: the rule is applied, so it is in force (an act to come is not).
    """
    text = sentence.text
    if _APPLICATIONS_OPEN.search(text) and not (
        _FUTURE_EN.search(text) or _ZH_APPLICATIONS_AHEAD.search(text)
    ):
        return True  # "applications for the fab subsidy opened on Tuesday", 开始受理申报: at work
    applied = _APPLIED.search(text)
    if applied is None or _FUTURE_EN.search(text) or _modal_before(text, applied.start(), cues):
        return False
    if _LEGAL_BASIS.match(text[applied.end() :]):
        return False  # 根据《出口管制法》有关规定，……决定: a new act's legal basis, not its use
    act = cues.stages["adopted"].search(text) or _DONE_UNDER.search(text)
    if act is not None and _APPROVAL_ACT.match(act.group(0)) and not _DONE_UNDER.search(text):
        return False  # "approved €1.3 billion of aid under the state aid rules": an approval
    return act is not None and not _negated(text, act.start(), act.end())


# A scheme taking applications: it runs ("applications for the subsidy opened", "began
# accepting applications", 正式受理申报, 申报工作已启动)
_APPLICATIONS_OPEN = re.compile(
    r"\bapplications?\s+(?:for|to|under)\b[^.;:]{0,80}?\b(?:opened|(?:are|is)\s+now\s+open"
    r"|(?:have|has)\s+opened)\b"
    r"|\b(?:opened|began\s+accepting|started\s+accepting|began\s+taking|started\s+taking)\s+"
    r"(?:\w+\s+){0,2}?applications\b"
    r"|(?:开始|正式|已)(?:受理|接受)(?:\w{0,4})?申[报请]|申报(?:工作)?(?:已|正式)启动",
    re.IGNORECASE,
)
#: A time ahead before a scheme's applications open: 资助计划明年第一季开始接受申请, 将于下月开始
#: 受理申报 (the scheme is adopted, it does not run yet; read simplified).
_ZH_APPLICATIONS_AHEAD = re.compile(
    r"(?:明年|下月|下个月|下周|下半年|下季度|将于|将在|即将|拟于)[^，。；！？]{0,12}?(?:开始|正式)(?:受理|接受)"
)
_DONE = re.compile(
    r"已(?:经|于)?|\b(?:has|have|had)\s+(?:now\s+|already\s+|formally\s+)?(?:been\s+)?\w+(?:ed|en|ued)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"将|拟|明年|下月|\b(?:will|would|shall|is to|are to|next (?:week|month|year))\b"
    r"|\b(?:from|on|by) (?:next|the end of)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\bno such\b|\b(?:not|never)\b|n't\b|尚未|从未|并未|并无", re.IGNORECASE)

#: Every feature name each decision's extractor can produce (a model file lists exactly these).
FEATURES: dict[str, tuple[str, ...]] = {
    "main": (
        "rules_main", "salience", "count", "share", "minor_share", "early", "lead2_named", "geo",
        "agency", "company", "person", "named_child", "many_entities", "top", "zh",
        *(f"{p}_{r}" for p in ("title", "first") for r in ROLE_WEIGHT),
        "in_title", "in_lead", "signal_head", "signal_later", "actor_news", "no_rules_main",
        "trade_target", "signal_head_minor", "unit_of_main", "owner_of_unit", "country_agency",
        "joined_news", "named_maker", "supplier", "tasked",
    ),
    "reported": (
        "zh", "rules_reported", *(f"in_{p}" for p in _POSITIONS), *_BACKGROUND, "modal",
        "clean", "head_clean", "names_main", "names_actor", "anaphora", "stage_only", "count",
        "other_head_news", "many_kinds", "actor_main",
    ),
    "stage": (
        *(f"rules_{v}" for v in _STAGES), *(f"source_{v}" for v in _SOURCINGS),
        "official_outlet", "any_signal", "reported_signal", "zh",
        *(f"cue_{c}_{p}" for c in _STAGE_CUES for p in _HEAD),
        "cue_denied_head", "names_rule_head", "instruction_head",
        *_STAGE_FORMS,
    ),
    "sourcing": (
        *(f"rules_{v}" for v in _SOURCINGS), "official_outlet", "zh",
        *(f"cue_{c}_{p}" for c in _SOURCING_CUES for p in _HEAD),
        "doc_number_head", "authority_head",
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the rules found in one article, as the learned decisions' features.

    ``main``: per linked entity; ``reported``: per detected signal kind; ``stage`` and
    ``sourcing``: per article. ``rules_*``: the rules' own answers; ``*_sentences``: for each
    value a cue shows, the first sentence that shows it.
    """

    main: dict[str, dict[str, float]]
    reported: dict[str, dict[str, float]]
    stage: dict[str, float]
    sourcing: dict[str, float]
    rules_main: frozenset[str]
    rules_reported: frozenset[str]
    rules_stage: str
    rules_sourcing: str
    stage_sentences: dict[str, str] = field(default_factory=dict)
    sourcing_sentences: dict[str, str] = field(default_factory=dict)
    #: the article dates a rule's effect ahead (:func:`effect_dated_ahead`); not a model feature:
    #: it keeps the rules' ``adopted`` against a learned ``in-force`` (:func:`decide_values`)
    effect_ahead: bool = False
    #: the rules read ``in-force`` from an effect at once ("apply ... immediately", 即日起施行);
    #: not a model feature: it keeps the rules' ``in-force`` against a learned ``adopted``
    in_force_now: bool = False
    #: the rules read ``suspended`` from a court's stay or vacatur of a rule (:func:`_court_stays`);
    #: not a model feature: it keeps the rules' ``suspended`` against another learned stage
    court_stay: bool = False
    #: the rules read ``suspended`` from a legislature stopping a bill in the title or lead (a
    #: veto, a bill voted down: :func:`_legislature_stage`); not a model feature: it keeps the
    #: rules' ``suspended`` against another learned stage
    bill_stopped: bool = False
    #: the title or lead tells one chamber passing a bill and nothing tells it made law
    #: (:func:`_one_chamber_in_head`); not a model feature: a learned ``adopted`` is ``proposed``
    one_chamber: bool = False
    #: the article's title and first body sentence (:func:`head_of`, read before the decisions):
    #: read by the learned reading of the reported kinds (:mod:`nlp.reported_reading`) and by the
    #: learned stage decision over the words, whose ``h`` tokens are its words
    #: (:func:`nlp.stage_text.stage_text_features`)
    head: Head | None = None
    #: the rules read ``adopted`` from a bill told as made law after its vote
    #: (:func:`_enacted_later`); not a model feature: it keeps the rules' ``adopted`` against a
    #: learned ``proposed``
    law_made: bool = False
    #: the rules read ``proposed`` from a text being drafted, told by its drafter
    #: (:func:`_drafting_told_by_drafter`: the stage found is its :class:`DraftingTold`); not a
    #: model feature: it keeps the rules' ``proposed`` against another learned stage
    drafting_told: bool = False
    #: for each linked entity, its ancestors the text names on their own (:func:`_named_parents`);
    #: not a model feature: a parent is main beside a unit the learned main adds
    named_parents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the countries and regions the text names only as modifiers or inside another name
    #: (:func:`_only_modifiers`); not a model feature: the learned main may not add them
    only_modifiers: frozenset[str] = frozenset()
    #: the names every mention of which a verb of comparison passes (:func:`_compared_only`);
    #: not a model feature: the learned main may not add them
    compared_only: frozenset[str] = frozenset()
    #: the names a question-and-answer record holds only in its questions (:func:`_asked_only`);
    #: not a model feature: the learned main may not add them
    asked_only: frozenset[str] = frozenset()
    #: the names the title names as what a verb of comparison passes (:func:`_compared_in_title`);
    #: not a model feature: the learned main may not add them
    compared_in_title: frozenset[str] = frozenset()
    #: the names an itemised piece gives only in items that tell no act (:func:`item_names`) or
    #: a correction only in the statement it retracts (:func:`retracted_names`); not a model
    #: feature: the learned main may not add them
    idle_items: frozenset[str] = frozenset()
    #: an item's opening actor (:func:`item_names`), a grant's giver (:func:`grant_givers`) and
    #: the giver of an order a company denies receiving (:func:`denied_order_givers`); not a
    #: model feature: main whatever the learned main says
    acting_named: frozenset[str] = frozenset()
    #: the kinds every signal of which tells a rule standing as it was (:func:`standing_kinds`);
    #: not a feature of the about model: the learned reading of the reported kinds reads it
    standing: frozenset[str] = frozenset()


def _position(sentence: Sentence, opening: int) -> str:
    if sentence.part == "title":
        return "title"
    return "first" if sentence.start == opening else "later"


#: Chinese prepositions that put a country before the trade it is the destination of (向中国出口).
_ZH_TOWARDS = ("向", "对", "往")


#: Words of a trip before its destination: "travelling to", "trips to", "visit", "flights to".
_TRIP_BEFORE = re.compile(
    r"\b(?:travel(?:s|led|ling|ed|ing)?|trips?|journeys?|visits?|visit(?:ed|ing)|flights?"
    r"|fly(?:ing)?|flew|go(?:es|ing)?|went|enter(?:s|ed|ing)?|return(?:s|ed|ing)?)"
    r"(?:\s+(?:abroad\s+)?to)?(?:\s+the)?(?:\s+(?:" + "|".join(sorted(_REGION_WORDS)) + r"))?\s*$",
    re.IGNORECASE,
)


def _trip_destination(sentence: Sentence, mention: Mention) -> bool:
    """Whether ``mention`` is where a trip goes ("travelling to mainland China", "visit Japan")."""
    before = sentence.text[
        max(0, mention.start - sentence.start - 60) : mention.start - sentence.start
    ]
    return _TRIP_BEFORE.search(before) is not None or before.rstrip().endswith(
        ("赴", "前往", "出访")
    )


def _trade_target(sentence: Sentence, mention: Mention, cues: AboutCues) -> bool:
    """Whether a country is named as the destination of trade ("shipments to China", 向中国出口)."""
    before = sentence.text[
        max(0, mention.start - sentence.start - 120) : mention.start - sentence.start
    ]
    if cues.trade_before is not None and cues.trade_before.search(before):
        return True
    if cues.trade_after_zh is not None and before.endswith(_ZH_TOWARDS):
        after = sentence.text[mention.end - sentence.start :]
        return cues.trade_after_zh.search(after) is not None
    return False


#: Words before a company that make it the owner of what the sentence names: "the mapping
#: service owned by X", "a unit of X", "an affiliate of X".
_OWNER_BEFORE = re.compile(
    r"\b(?:(?:owned|controlled|run|backed) by|(?:unit|subsidiary|subsidiaries|affiliate|arm"
    r"|division|units|arms) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: After a company: X旗下 (the unit "under" X), X的子公司, "X's payments unit".
_OWNER_AFTER = re.compile(
    r"^(?:旗下|下属|控股的|的子公司|的全资子公司|的关联公司)"
    r"|^['’]s(?:\s+[\w-]+){0,3}?\s+(?:unit|subsidiary|arm|affiliate|division)\b",
    re.IGNORECASE,
)


def _owner_of(sentence: Sentence, mention: Mention) -> bool:
    """Whether a company is named as the owner of a unit ("X旗下的...", "a unit of X")."""
    before = sentence.text[
        max(0, mention.start - sentence.start - 40) : mention.start - sentence.start
    ]
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 40]
    return _OWNER_BEFORE.search(before) is not None or _OWNER_AFTER.search(after) is not None


#: After a country: the name of one of its agencies ("the US Justice Department", "Japan's
#: Ministry of Finance", 美国司法部); when the watchlist does not hold that agency, the country
#: speaks through it.
_AGENCY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Department|Ministry|Commission|Bureau"
    r"|Administration|Agency|Office|Council|Authority)\b"
    rf"|^[{HAN}]{{0,6}}?(?:部|委员会|管理局|总局|监管局|办公室)(?![门分长])"
    # its government or legislature, named as such ("the US government", "the US House of
    # Representatives", "the Dutch parliament", 中国监管部门, 日本政府, 美国国会)
    r"|^(?:['’]s)?\s+(?:federal\s+|national\s+)?(?:government|(?:House|Senate|Congress"
    r"|Parliament|parliament|legislature)\b)"
    r"|^(?:政府|监管部门|有关部门|国会|议会|众议院|参议院)"
)


def _country_agency(sentence: Sentence, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether a country is named as the owner of an agency the watchlist does not hold."""
    at = mention.end - sentence.start
    found = _AGENCY_AFTER.search(sentence.text[at : at + 60])
    if found is None:
        return False
    end = mention.end + found.end()
    return not any(
        m.entity_id and m is not mention and mention.end <= m.start < end for m in mentions
    )


#: Between two names of one list of actors or targets: 商务部、海关总署; "X and Y"; "X, Y".
_LISTED_WITH = re.compile(
    r"^\s*(?:、|和|与|及|以及|,|，|(?:,\s*)?and)\s*(?:the\s+)?$", re.IGNORECASE
)


def _listed_with_peer(
    sentence: Sentence,
    mention: Mention,
    mentions: Sequence[Mention],
    roles: Mapping[tuple[int, int], Role],
    entities: Mapping[str, WatchEntity],
) -> bool:
    """Whether a name is listed with a peer the sentence does not make minor.

    Joined by a list's word alone to another entity of its type (商务部、海关总署联合发布公告;
    "将华为、中芯国际列入"), the two share the news's role. A list the sentence makes minor
    ("rivals such as AMD and Intel") or a list of different kinds of names (a company and a
    country) does not count.
    """
    entity = entities.get(mention.entity_id or "")
    kind = entity.type if entity is not None else ""
    if kind not in ("company", "agency", "person"):
        return False
    for other in mentions:
        if (
            other.entity_id is None
            or other.entity_id == mention.entity_id
            or other.entity_id not in entities
            or entities[other.entity_id].type != kind
            or not sentence.start <= other.start < sentence.start + len(sentence.text)
            or roles.get((other.start, other.end), "other") == "minor"
        ):
            continue
        left, right = (mention, other) if mention.end <= other.start else (other, mention)
        if left.end > right.start:
            continue
        # the statistical model may keep the list's mark inside the name ("商务部、")
        mark = left.text[len(left.text.rstrip("、，, ")) :]
        between = mark + sentence.text[left.end - sentence.start : right.start - sentence.start]
        if _LISTED_WITH.match(between):
            return True
    return False


#: An instruction given to named parties: "regulators have told X and Y to halt ...", "Beijing
#: ordered X to ...", 监管部门口头要求X、Y暂停 ..., 责令X整改 (no signal kind of its own).
_INSTRUCTS = re.compile(
    r"\b(?:told|tells|ordered|orders|instructed|directed|asked|urged|pressed|pressured)\s+"
    r"(?=(?:(?!\b(?:that|whether|if|how|what)\b)[^.;:!?]){1,90}?\s+to\s+[a-z])"
    r"|(?:口头|已|近期|近日)?(?:要求|责令|指导)(?![的了])",
    re.IGNORECASE,
)


def _instruction(
    sentence: Sentence,
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
    cues: AboutCues,
) -> bool:
    """Whether a sentence gives an authority's instruction to named parties.

    The words before the instruction name who gives it: an authority ("regulators", 监管部门) or a
    linked country, government or agency ("Beijing has told ..."); "the chief executive told
    analysts to expect ..." is no instruction of a government's.
    """
    found = _search(_INSTRUCTS, sentence.text)
    if found is None:
        return False
    speaker = sentence.text[: found.start()]
    if cues.authorities.search(speaker.lower()) or _AUTHORITY_ZH_SPEAKER.search(speaker):
        return True
    return any(
        m.entity_id is not None
        and m.entity_id in entities
        and entities[m.entity_id].type in ("country", "region", "government", "agency")
        and sentence.start <= m.start < sentence.start + found.start()
        for m in mentions
    )


#: Who gives an instruction in Chinese, unnamed: 监管部门, 有关部门, 主管部门.
_AUTHORITY_ZH_SPEAKER = re.compile(r"(?:监管|有关|主管|相关)部门|监管机构|政府")

#: Around a country's, government's or agency's name: it is the maker of the plan or the rule
#: the news reports ("the Commerce Ministry and the NDRC are drafting the rules", "would be
#: issued by the Bureau of Industry and Security", "the instruction came from the CAC",
#: 由上海市人民政府会同……制定, 发改委正与商务部研究).
_MAKER_AFTER = re.compile(
    r"^(?:\s*(?:,\s*|and\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,8}?)?"
    r"\s*(?:is|are|has been|have been)\s+(?:now\s+|also\s+|jointly\s+)?"
    r"(?:drafting|preparing|leading|drawing up|writing|working on|studying|behind|in charge of)\b"
    r"|^(?:正|已|将)?(?:会同|牵头|联合)?[^，。；！？]{0,16}?(?:研究制定|起草|制定|研究|牵头|研拟)"
    r"(?![院所员生])",
    re.IGNORECASE,
)
_MAKER_BEFORE = re.compile(
    r"\b(?:(?:issued|drafted|prepared|written|drawn up|led|overseen)\s+by|(?:came|comes) from)\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w-]*|of|and|for|the)(?:['’]s)?\s+){0,8}?$"
    r"|(?:由|正与|会同)$",
)


#: Before a company named as the source of a product or of money, not as an actor: "chips from
#: Nvidia", "models built by DeepSeek", "a chip made by SMIC", "backed by Alibaba", "backers
#: such as Tencent".
_SUPPLIER_BEFORE = re.compile(
    r"\b(?:chips?|models?|software|systems?|processors?|servers?|GPUs?|accelerators?|apps?"
    r"|chatbots?|tools|equipment|machines|products|phones|devices|services|technology|parts"
    r"|components)\s+(?:[\w-]+\s+){0,2}?(?:from|(?:made|built|supplied|designed) by)\s+(?:the\s+)?$"
    r"|\b(?:backed|funded|sponsored|financed) by\s+(?:the\s+)?$"
    r"|\bbackers?\s+(?:such as|including)\s+$",
    re.IGNORECASE,
)


def _supplier(sentence: Sentence, mention: Mention) -> bool:
    """Whether a company is named as the maker of a product someone uses, or as a backer."""
    at = mention.start - sentence.start
    return _SUPPLIER_BEFORE.search(sentence.text[max(0, at - 60) : at]) is not None


def _named_maker(sentence: Sentence, mention: Mention) -> bool:
    """Whether an authority is named as the maker of the plan or rule of the news."""
    at = mention.start - sentence.start
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 80]
    before = sentence.text[max(0, at - 80) : at]
    return _MAKER_AFTER.search(after) is not None or _MAKER_BEFORE.search(before) is not None


#: A document's provisions reported as its content: "意见要求", 通知明确, "the plan also tasks".
_PROVISION = re.compile(
    r"(?:意见|通知|方案|规划|办法|计划|纲要|决定|措施|条例|规定)(?:还|同时|并|也)?"
    r"(?:要求|提出|明确|强调|指出|部署)"
    r"|\b(?:plan|opinions?|guidelines?|notice|document|circular|measures|programme|program"
    r"|strategy|blueprint)\s+(?:also\s+)?(?:requires?|calls? for|asks?|tasks?|directs?"
    r"|assigns?|orders?)\b",
    re.IGNORECASE,
)
#: After an agency the document gives a task to: 牵头建立, 负责制定, "will lead the work on".
_TASK_AFTER = re.compile(
    r"^[^，。；！？,.;]{0,6}?(?:牵头|负责|承担|配合|会同)(?!发布|印发|出台)"
    r"|^\s*(?:will\s+(?:lead|oversee|coordinate|be responsible for)"
    r"|(?:is|are)\s+(?:tasked|responsible|in charge|to lead))\b"
    r"|^\s*(?:with|as)\s+(?:the\s+)?(?:lead|executor)",
    re.IGNORECASE,
)


# A bill's executor to come: "The Commerce Department would write the detailed rules" after a
# bill that "would require" (the agency acts only if the bill passes), "under the bill, the
# regulator would enforce the checks".
_FUTURE_TASK_AFTER = re.compile(
    r"^\s*would\s+(?:then\s+|also\s+)?(?:write|draft|draw\s+up|issue|implement|enforce|oversee"
    r"|administer)\b",
    re.IGNORECASE,
)
_BILL_NAMED = re.compile(
    r"\b(?:bills?|legislation|draft\s+(?:law|bill|amendment)s?)\b", re.IGNORECASE
)


def _future_executor(sentences: Sequence[Sentence], sentence: Sentence, mention: Mention) -> bool:
    """Whether an agency is named only as a bill's executor to come (see _FUTURE_TASK_AFTER)."""
    if _empowered_by_a_bill(sentence, mention) or _licence_a_bill_requires(sentence, mention):
        return True  # "the bill would let the Commerce Department deny licences"
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 40]
    if _FUTURE_TASK_AFTER.search(after) is None:
        return False
    if _BILL_NAMED.search(sentence.text[: mention.start - sentence.start]) is not None:
        return True
    index = next((i for i, s in enumerate(sentences) if s.start == sentence.start), 0)
    return index > 0 and _BILL_NAMED.search(sentences[index - 1].text) is not None


#: Before an agency, a bill that would empower or direct it: "The bill would let the Commerce
#: Department deny future licences", "the legislation would require the regulator to", 法案拟授权
#: 商务部, 草案要求工信部 (the agency acts only if the bill passes; not "the department said the
#: bill would", where the agency speaks).
_BILL_EMPOWERS_BEFORE = re.compile(
    r"\b(?:bills?|legislation|measure|amendment|it)\s+would\s+(?:also\s+)?"
    r"(?:let|allow|require|direct|empower|authori[sz]e|give|task|order|oblige|instruct)\s+"
    r"(?:the\s+)?$"
    r"|(?:法案|草案|议案|修正案)(?:将|拟)?(?:授权|要求|责成|规定由)$",
    re.IGNORECASE,
)


def _empowered_by_a_bill(sentence: Sentence, mention: Mention) -> bool:
    """Whether an agency is named as the body a bill would empower or direct (a bill's executor).

    "A group of senators introduced a bill ... The bill would let the Commerce Department deny
    future licences": the department is the bill's executor to come, no actor of the news.
    """
    before = sentence.text[
        max(0, mention.start - sentence.start - 60) : mention.start - sentence.start
    ]
    return _BILL_EMPOWERS_BEFORE.search(before) is not None


def _tasked(sentences: Sequence[Sentence], sentence: Sentence, mention: Mention) -> bool:
    """Whether an agency is named as an executor of a document's tasks, not as its maker.

    A document another body issues lists who carries it out ("意见要求各部门加强协同，国家发展
    改革委牵头建立工作机制。工业和信息化部负责制定……"): the agency followed by its task, in a
    sentence of the document's provisions or right after one, is tasked; it acts only when the
    text has it act (the rules' own answer).
    """
    if _future_executor(sentences, sentence, mention):
        return True  # "The Commerce Department would write the rules" of a bill
    at = mention.start - sentence.start
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 40]
    if _TASK_AFTER.search(after) is None:
        return False
    if _PROVISION.search(sentence.text[:at]) is not None:
        return True
    index = next((i for i, s in enumerate(sentences) if s.start == sentence.start), 0)
    return index > 0 and _PROVISION.search(sentences[index - 1].text) is not None


def main_features(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    roles: Mapping[tuple[int, int], Role],
    about: Sequence[EntitySalience],
    entities: Mapping[str, WatchEntity],
    signals: Sequence[Signal] = (),
    cues: AboutCues | None = None,
) -> dict[str, dict[str, float]]:
    """Per linked entity: its salience and parts, best role by position, counts, type, roll-up.

    ``signals`` (with the rules' ``reported``): whether it is named, other than as a place, a
    modifier or one of a list, where reported news is; whether it is the party that news reaches
    (a country its trade goes to, a name the head's news sentence gives only in a list or as a
    place); a company's unit whose parent the rules make main.
    """
    cues = cues or load_cues()
    opening = next((s.start for s in sentences if s.part != "title"), -1)
    news = {
        sent.start
        for sig in signals
        if sig.reported and (sent := _sentence_of(sentences, sig.start)) is not None
    }
    # an authority's instruction to named parties is news no signal kind detects ("regulators
    # have told X and Y to halt orders"): its parties are read as a reported rule's are
    news |= {
        s.start
        for s in sentences
        if s.start not in news
        and not next(_denials(s.text, cues), None)
        and _instruction(s, mentions, entities, cues)
    }
    denied = {s.start for s in sentences if s.start in news and next(_denials(s.text, cues), None)}
    in_part: set[tuple[str, str]] = set()
    index = {s.start: i for i, s in enumerate(sentences)}
    best: dict[tuple[str, str], str] = {}
    count: dict[str, int] = {}
    minor: dict[str, int] = {}
    first_at: dict[str, int] = {}
    lead2: set[str] = set()
    owner: set[str] = set()
    tasked: set[str] = set()
    acting: set[str] = set()
    for mention in mentions:
        entity_id = mention.entity_id
        if entity_id is None or entity_id not in entities:
            continue
        sentence = _sentence_of(sentences, mention.start)
        role = roles.get((mention.start, mention.end), "other")
        if (
            sentence is not None
            and sentence.part != "body"
            and entities[entity_id].type == "company"
            and _owner_of(sentence, mention)
        ):
            owner.add(entity_id)
        count[entity_id] = count.get(entity_id, 0) + 1
        minor[entity_id] = minor.get(entity_id, 0) + (role == "minor")
        if sentence is None:
            continue
        first_at[entity_id] = min(first_at.get(entity_id, 10**6), index[sentence.start])
        position = _position(sentence, opening)
        in_part.add((entity_id, sentence.part))
        if sentence.start in news and role != "minor":  # not a place or a rival there
            in_part.add((entity_id, "signal_head" if position != "later" else "signal_later"))
        if entities[entity_id].type == "agency" and sentence.part != "title":
            # an executor the document lists is tasked unless it is named otherwise too
            if _tasked(sentences, sentence, mention):
                tasked.add(entity_id)
            else:
                acting.add(entity_id)
        if (
            news
            and sentence.part != "title"
            and role != "minor"
            and entities[entity_id].type in ("country", "region", "government", "agency")
            and _named_maker(sentence, mention)
            and not _tasked(sentences, sentence, mention)
        ):
            # the maker of the news's plan or rule, named in a sentence of its own ("the NDRC and
            # the Commerce Ministry are leading the work", "would be issued by the BIS")
            in_part.add((entity_id, "named_maker"))
        if (
            sentence.start not in news
            and entities[entity_id].type == "company"
            and _supplier(sentence, mention)
        ):
            in_part.add((entity_id, "supplier"))
        if sentence.start in news and sentence.start not in denied:
            # the party a reported rule reaches: a country its trade goes to ("shipments to
            # China", 向中国出口), or a name the head's news sentence gives only in a list or as
            # a place ("added 14 companies, including two units of SMIC"); a denied rule
            # reaches no one ("denies report it will ban exports to China"); a trip's
            # destination is where people go, not a party the rule reaches ("approval before
            # travelling to mainland China")
            geo = entities[entity_id].type in GEO_TYPES
            if geo and _country_agency(sentence, mention, mentions):
                in_part.add((entity_id, "country_agency"))
            if role != "minor" and _listed_with_peer(sentence, mention, mentions, roles, entities):
                in_part.add((entity_id, "joined_news"))
            if geo and _trade_target(sentence, mention, cues):
                in_part.add((entity_id, "trade_target"))
                # not a place there but the party the news reaches
                in_part.add((entity_id, "signal_head" if position != "later" else "signal_later"))
            elif (
                position != "later"
                and role == "minor"
                and not (geo and _trip_destination(sentence, mention))
                and not _inside_a_title(sentence, mention, entities[entity_id].type == "country")
            ):
                in_part.add((entity_id, "signal_head_minor"))
        if position == "later":
            if sentence.part == "lead":
                lead2.add(entity_id)
            continue
        key = (entity_id, position)
        if key not in best or ROLE_WEIGHT[role] > ROLE_WEIGHT[best[key]]:
            best[key] = role
    most = max(count.values(), default=1)
    n_sentences = max(1, len(sentences))
    children: set[str] = set()
    for a in about:
        children.update(_ancestors_of(a.entity_id, entities))
    # the owner of a unit the watchlist does not hold stands in for it where news is reported
    # (蚂蚁集团旗下的...消费金融公司 fined); not beside a unit of its own the text names ("Ant
    # Group, an affiliate of Alibaba": Ant Group speaks for itself)
    owner_stands_in = {e for e in owner if news and e not in children}
    zh = 1.0 if sentences and has_cjk(sentences[0].text) else 0.0
    rules_mains = {a.entity_id for a in about if a.main}
    no_main = not any(
        a.main and (e := entities.get(a.entity_id)) is not None and e.type != "topic" for a in about
    )
    out: dict[str, dict[str, float]] = {}
    for rank, a in enumerate(about):
        entity = entities.get(a.entity_id)
        kind = entity.type if entity is not None else ""
        n = count.get(a.entity_id, 0)
        f: dict[str, float] = {
            "rules_main": float(a.main),
            "salience": a.salience,
            "count": min(1.0, n / 4),
            "share": n / most if most else 0.0,
            "minor_share": minor.get(a.entity_id, 0) / n if n else 0.0,
            "early": 1.0 - min(first_at.get(a.entity_id, n_sentences), n_sentences) / n_sentences,
            "lead2_named": float(a.entity_id in lead2),
            "geo": float(kind in GEO_TYPES),
            "agency": float(kind == "agency"),
            "company": float(kind == "company"),
            "person": float(kind == "person"),
            "named_child": float(a.entity_id in children),
            "many_entities": min(1.0, (len(about) - 1) / 4),
            "top": float(rank == 0),
            "zh": zh,
            "in_title": float((a.entity_id, "title") in in_part),
            "in_lead": float((a.entity_id, "lead") in in_part),
            "signal_head": float((a.entity_id, "signal_head") in in_part),
            "signal_later": float((a.entity_id, "signal_later") in in_part),
            "actor_news": float(bool(news) and kind in ACTOR_TYPES),
            "no_rules_main": float(no_main),
            "trade_target": float((a.entity_id, "trade_target") in in_part),
            "signal_head_minor": float(
                (a.entity_id, "signal_head_minor") in in_part
                and (a.entity_id, "signal_head") not in in_part
            ),
            # a company's unit beside its parent the rules make main (Alibaba Cloud, Alibaba),
            # and an agency's unit beside its parent agency (the BIS beside the Commerce
            # Department: gold main in all 31 read articles that link it); never a unit beside
            # a country or a government above it (the product owner's open questions)
            "unit_of_main": float(_unit_of_main(a.entity_id, kind, rules_mains, entities)),
            "owner_of_unit": float(a.entity_id in owner_stands_in),
            # a country acting through an agency of its own the watchlist does not hold ("a US
            # Justice Department rule takes effect")
            "country_agency": float((a.entity_id, "country_agency") in in_part),
            # one of a list of actors or targets of reported news (商务部、海关总署联合发布)
            "joined_news": float((a.entity_id, "joined_news") in in_part),
            # the maker of the plan or rule of the news, named as such ("the instruction came from
            # the CAC", 由……会同……制定)
            "named_maker": float((a.entity_id, "named_maker") in in_part),
            # an agency named only as an executor of the tasks of a document another body
            # issues (国家发展改革委牵头建立工作机制, "the plan tasks the NDRC with")
            "tasked": float(a.entity_id in tasked and a.entity_id not in acting),
            # a company named only as the maker of a product someone uses, or as a backer, away
            # from the news ("the car uses chips from Nvidia", "backed by Alibaba")
            "supplier": float(
                (a.entity_id, "supplier") in in_part
                and (a.entity_id, "signal_head") not in in_part
                and (a.entity_id, "signal_later") not in in_part
            ),
        }
        for position in ("title", "first"):
            best_role = best.get((a.entity_id, position))
            if best_role is not None:
                f[f"{position}_{best_role}"] = 1.0
        out[a.entity_id] = f
    return out


def _unit_of_main(
    entity_id: str, kind: str, rules_mains: Collection[str], entities: Mapping[str, WatchEntity]
) -> bool:
    """Whether ``entity_id`` is a unit of a parent of its own type the rules make main.

    A company's unit beside its main parent company (Alibaba Cloud beside Alibaba); an agency's
    unit beside its main parent agency (the Bureau of Industry and Security beside the Commerce
    Department: the read sets make the bureau main in every one of the 31 articles that link
    it, the code missed 5, 3 of them beside the department the rules make main; the thirty-third
    round). An agency beside its country or a government above it is not read so: whether the
    country is main beside its agency is the product owner's open question.
    """
    if kind not in ("company", "agency"):
        return False
    return any(
        p in rules_mains and (w := entities.get(p)) is not None and w.type == kind
        for p in _ancestors_of(entity_id, entities)
    )


def _background_reasons(
    signal: Signal, sentence: Sentence, parses: Sequence[Parsed], cues: AboutCues
) -> dict[str, float]:
    """Each background cue of :func:`is_background` on its own (1 when it fires)."""
    start = _trigger_start(signal, sentence)
    window = sentence.text[max(0, start - sentence.start - 50) : start - sentence.start]
    parsed = _parse_of(parses, start)
    by_parse = (
        parsed is not None
        and bool(signal.trigger)
        and _background_by_parse(parsed, start, start + len(signal.trigger), cues)
    )
    return {
        "bg_history": float(_history_before_end(signal, sentence, start, cues)),
        "bg_procedure": float(
            signal.kind == "approval-requirement"
            and bool(cues.procedure.search(sentence.text))
            and not _LICENCE.search(signal.trigger)
        ),
        "bg_conduct": float(_is_conduct(signal, sentence, start, cues)),
        "bg_clause": float(_clause_cue(sentence, start, cues)),
        "bg_window": float(bool(_CONTEXT_WINDOW.search(window))),
        "bg_parse": float(by_parse),
        "modal": float(_modal_before(sentence.text, start - sentence.start, cues)),
    }


def reported_features(
    signals: Sequence[Signal],
    sentences: Sequence[Sentence],
    parses: Sequence[Parsed],
    about: Sequence[EntitySalience],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
    cues: AboutCues,
) -> dict[str, dict[str, float]]:
    """Per detected signal kind: where its signals are, their background cues, the rules' answer.

    ``signals`` carry the rules' ``reported``; the features of a kind are the most telling over
    its signals (the earliest position, any cue).
    """
    main = {a.entity_id for a in about if a.main}
    actors = {e for e in main if e in entities and entities[e].type in ACTOR_TYPES}
    opening = next((s.start for s in sentences if s.part != "title"), -1)
    zh = 1.0 if sentences and has_cjk(sentences[0].text) else 0.0
    rows: dict[str, dict[str, float]] = {}
    head_news = False
    n_signals: dict[str, int] = {}
    names_in = _NamesIn(mentions)
    for signal in signals:
        sentence = _sentence_of(sentences, signal.start)
        f = rows.setdefault(signal.kind, {"zh": zh})
        n_signals[signal.kind] = n_signals.get(signal.kind, 0) + 1
        if signal.reported:
            f["rules_reported"] = 1.0
        if sentence is None:
            continue
        position = _position(sentence, opening)
        f[f"in_{position}"] = 1.0
        reasons = _background_reasons(signal, sentence, parses, cues)
        for name, value in reasons.items():
            if value:
                f[name] = 1.0
        clean = not any(v for k, v in reasons.items() if k.startswith("bg_"))
        if clean:
            f["clean"] = 1.0
            if position != "later":
                f["head_clean"] = 1.0
                head_news = True
        named = names_in(sentence)
        if named & main:
            f["names_main"] = 1.0
        if named & actors:
            f["names_actor"] = 1.0
        if _refers_back(sentence, cues):
            f["anaphora"] = 1.0
        if _stage_only(signal, cues):
            f["stage_only"] = 1.0
    for kind, f in rows.items():
        f["count"] = min(1.0, n_signals[kind] / 3)
        f["other_head_news"] = float(head_news and not f.get("head_clean"))
        f["many_kinds"] = min(1.0, (len(rows) - 1) / 3)
        f["actor_main"] = float(bool(actors))
    return rows


# An effect dated by a year alone (《……规定》自2023年起施行, "in force since 2023"): a rule cited
# as context, not a day of effect to come.
_YEAR_ONLY_EFFECT = re.compile(r"自\d{4}年起|\bsince\s+\d{4}\b", re.IGNORECASE)


def stage_features(
    sentences: Sequence[Sentence],
    signals: Sequence[Signal],
    source: Finding,
    found: Finding,
    cues: AboutCues,
    outlet_kind: str,
    actor_names: Sequence[str] = (),
    published: date | None = None,
    denial: Finding | Unread | None = UNREAD,
) -> tuple[dict[str, float], dict[str, str]]:
    """Per article: the rules' stage and sourcing, and each stage cue in the head.

    The head is the title and the first sentence. Returns the features and, for each stage a
    cue shows, the first sentence that shows it. ``denial``: the head's denial
    (:func:`denial_cue`) when the caller has read it.
    """
    opening = next((s.start for s in sentences if s.part != "title"), -1)
    read = [s for s in sentences if s.part == "title" or s.start == opening]
    # the denial is the stage's own cue (:func:`denial_cue`), whatever the sourcing given out
    basis = "denial" if _denial_read(denial, sentences, cues) is not None else source.value
    f: dict[str, float] = {
        f"rules_{found.value}": 1.0,
        f"source_{basis}": 1.0,
        "official_outlet": float(outlet_kind == "official"),
        "any_signal": float(bool(signals)),
        "reported_signal": float(any(s.reported for s in signals)),
        "zh": 1.0 if sentences and has_cjk(sentences[0].text) else 0.0,
    }
    shown: dict[str, str] = {}
    for sentence in read:
        position = _position(sentence, opening)
        for name in _STAGE_CUES:
            if name == "in-force" and _order_dated_ahead(sentence, sentences, cues, published):
                continue  # "tell AI doctors to stop" / "... from July 1": a direction made
            if _stage_hits(sentence, name, cues, published=published):
                f[f"cue_{name}_{position}"] = 1.0
                shown.setdefault(name, sentence.text)
        if _denial_now(sentence, cues):
            f["cue_denied_head"] = 1.0
            shown.setdefault("denied", sentence.text)
        if cues.objects.search(sentence.text):
            f["names_rule_head"] = 1.0
        if cues.instruction.search(sentence.text):
            f["instruction_head"] = 1.0
        text = sentence.text
        forms: tuple[tuple[str, bool], ...] = (
            ("doc_number_head", bool(_DOC_NUMBER.search(text))),
            ("doc_draft_head", bool(_DOC_DRAFT.search(text))),
            ("authority_head", _names_authority(text, cues, actor_names)),
            (
                "enforcement_head",
                any(
                    not _in_compound(text, m.start(), m.end(), cues)
                    for m in cues.enforcement.finditer(text)
                ),
            ),
            ("done_head", bool(_DONE.search(text))),
            ("future_head", bool(_FUTURE.search(text))),
            ("negation_head", bool(_NEGATION.search(text))),
            ("applied_head", bool(_APPLIED.search(text))),
        )
        for name, hit in forms:
            if hit:
                f[name] = 1.0
        if f.get("applied_head"):
            shown.setdefault("in-force", text)
    return f, shown


def effect_dated_ahead(
    sentences: Sequence[Sentence], cues: AboutCues, published: date | None = None
) -> bool:
    """Whether the article dates a rule's effect ahead ("apply from January 1", 自……起施行).

    A year alone (《……规定》自2023年起施行, "in force since 2023") is a rule cited as context.
    """
    return any(
        _effect_ahead(s, cues, published) and not _YEAR_ONLY_EFFECT.search(s.text)
        for s in sentences
    )


def sourcing_features(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
    source: Finding,
    cues: AboutCues,
    outlet_kind: str,
) -> tuple[dict[str, float], dict[str, str]]:
    """Per article: the rules' sourcing and each class of sourcing cue in the head.

    The head is the title and the first sentence. Returns the features and, for each value a
    cue shows, the first sentence that shows it.
    """
    actor_names = _actor_names(mentions, entities)
    companies = _company_names(mentions, entities)
    opening = next((s.start for s in sentences if s.part != "title"), -1)
    read = [s for s in sentences if s.part == "title" or s.start == opening]
    f: dict[str, float] = {
        f"rules_{source.value}": 1.0,
        "official_outlet": float(outlet_kind == "official"),
        "zh": 1.0 if sentences and has_cjk(sentences[0].text) else 0.0,
    }
    shown: dict[str, str] = {}
    checks: tuple[tuple[str, Callable[[Sentence], bool]], ...] = (  # as in _SOURCING_CUES
        ("denial", lambda s: _denial_now(s, cues)),
        ("secondary", lambda s: _second_hand(s, mentions, cues)),
        ("anonymous", lambda s: _unnamed(s, cues)),
        ("official", lambda s: _official_in(s, cues, actor_names, companies)),
        ("acts", lambda s: _acts_in(s, cues, actor_names)),
        ("on-record", lambda s: bool(cues.on_record.search(s.text))),
    )
    for sentence in read:
        position = _position(sentence, opening)
        for name, check in checks:
            if check(sentence):
                f[f"cue_{name}_{position}"] = 1.0
                shown.setdefault("official" if name == "acts" else name, sentence.text)
        if _DOC_NUMBER.search(sentence.text):
            f["doc_number_head"] = 1.0
        if _names_authority(sentence.text, cues, actor_names):
            f["authority_head"] = 1.0
    return f, shown


def _named_on_their_own(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> tuple[set[str], set[str]]:
    """The linked entities, and those of them the text names on their own at least once.

    Not on its own: a country inside a document's title or a body's name
    (:func:`_inside_a_title`), a country or region only qualifying a thing
    (:func:`_qualifies_a_thing`: "US-origin AI chips", 美国无人机企业).
    """
    named: set[str] = set()
    linked: set[str] = set()
    for mention in mentions:
        entity = entities.get(mention.entity_id or "")
        if entity is None:
            continue
        linked.add(entity.id)
        sentence = _sentence_of(sentences, mention.start)
        if sentence is None or not (
            _inside_a_title(sentence, mention, entity.type == "country")
            or (entity.type in GEO_TYPES and _qualifies_a_thing(sentence, mention))
        ):
            named.add(entity.id)
    return linked, named


def _only_modifiers(
    linked: set[str], named: set[str], entities: Mapping[str, WatchEntity]
) -> frozenset[str]:
    """The countries and regions the text never names on their own.

    ``linked`` and ``named``: what :func:`_named_on_their_own` found. Every mention qualifies a
    thing or sits inside another name: "re-export US-origin AI chips",
    五家美国无人机及零部件企业. The read sets make such a country main in 4 of 47 articles; the
    learned main may not add it (:func:`_learned_addition_held`).
    """
    return frozenset(
        e for e in linked - named if (w := entities.get(e)) is not None and w.type in GEO_TYPES
    )


def _compared_only(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The linked names every mention of which a verb of comparison passes.

    "香港初创推出粤语大模型 对标通义千问 …… 声称优于通义千问": the product the launch measures
    itself against, in every sentence (:func:`_after_a_comparison_verb`). The learned main may
    not add such a name (:func:`_learned_addition_held`): a company right after a verb of
    comparison is gold main 0 of 25 times in Chinese on the read sets.
    """
    passed: dict[str, bool] = {}
    for mention in mentions:
        if mention.entity_id is None or mention.entity_id not in entities:
            continue
        sentence = _sentence_of(sentences, mention.start)
        company = entities[mention.entity_id].type == "company"
        compared = sentence is not None and _after_a_comparison_verb(sentence, mention, company)
        passed[mention.entity_id] = passed.get(mention.entity_id, True) and compared
    return frozenset(e for e, every in passed.items() if every)


def _asked_only(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The linked names a question-and-answer record holds only in its questions.

    An investor relations record asking 问：美国对英伟达对华销售芯片的限制对公司业务有何影响？, a
    legislator's question naming an app as an example: the name is what is asked about, and the
    answer tells no act of it (:func:`_in_a_question`). On the read sets four articles hold a
    watched name (topics aside) only in their questions (held-out 8 en-19, 30 zh-01, 38 zh-09 and
    38 zh-31); the name is gold main in one of the four, held-out 8 en-19's Taiwan beside its own
    agency the NCC (a country beside its agency: the open question, which the roll-up keeps as
    before). The learned main may not add such a name (:func:`_learned_addition_held`).
    """
    asked: dict[str, bool] = {}
    for mention in mentions:
        if mention.entity_id is None or mention.entity_id not in entities:
            continue
        sentence = _sentence_of(sentences, mention.start)
        inside = sentence is not None and _in_a_question(sentence, mention, sentences)
        asked[mention.entity_id] = asked.get(mention.entity_id, True) and inside
    return frozenset(e for e, every in asked.items() if every)


def _compared_in_title(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> frozenset[str]:
    """The linked names the title names as what a verb of comparison passes.

    "Huawei overtakes Apple in China's premium phone segment": the title tells the rival, whatever
    the body then has it say ("Apple said demand ... remained strong"). The learned main may not
    add such a name (:func:`_learned_addition_held`): a name a title passes so is gold main 0 of
    32 times on the read sets, 15 of them in English titles (the thirty-second round).
    """
    out = set()
    for mention in mentions:
        if mention.entity_id is None or mention.entity_id not in entities:
            continue
        sentence = _sentence_of(sentences, mention.start)
        if sentence is None or sentence.part != "title":
            continue
        company = entities[mention.entity_id].type == "company"
        if _after_a_comparison_verb(sentence, mention, company):
            out.add(mention.entity_id)
    return frozenset(out)


def _named_parents(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Mapping[str, WatchEntity],
) -> dict[str, tuple[str, ...]]:
    """For each linked entity, its ancestors the text names on their own.

    As the roll-up of :func:`salience` counts them: a country named only inside a document's
    title or a body's name (《中华人民共和国……法》, 中国互联网协会) is not named; a country inside
    its agency's watchlist name ("the US Commerce Department") is no mention of its own.
    """
    return _parents_named(*_named_on_their_own(sentences, mentions, entities), entities)


def _parents_named(
    linked: set[str], named: set[str], entities: Mapping[str, WatchEntity]
) -> dict[str, tuple[str, ...]]:
    """:func:`_named_parents` from what :func:`_named_on_their_own` found."""
    out: dict[str, tuple[str, ...]] = {}
    for entity_id in sorted(linked):
        parents = tuple(p for p in _ancestors_of(entity_id, entities) if p in named)
        if parents:
            out[entity_id] = parents
    return out


def gather_evidence(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    roles: Mapping[tuple[int, int], Role],
    about: Sequence[EntitySalience],
    marked: Sequence[Signal],
    source: Finding,
    found: Finding,
    entities: Mapping[str, WatchEntity],
    parses: Sequence[Parsed],
    cues: AboutCues,
    outlet_kind: str = "news",
    cue_sentences: Sequence[Sentence] | None = None,
    published: date | None = None,
    denial: Finding | Unread | None = UNREAD,
    review: bool = False,
    kept: Sequence[Signal] | None = None,
) -> Evidence:
    """The features of the four decisions of one article, from the rules' results.

    ``cue_sentences``: the sentences the stage and sourcing cues read (the same spans in
    simplified characters when the text is in traditional ones; default ``sentences``);
    ``published``: the article's day of publication, when known; ``denial``: the head's denial
    in ``cue_sentences`` (:func:`denial_cue`) when the caller has read it; ``review``: whether
    ``marked`` had the veto of a reviewer's finding or a risk disclosure in the title
    (:func:`review_veto`); ``kept``: the flags before
    it, which the main reading reads (default ``marked``).
    """
    actor_names = _actor_names(mentions, entities)
    read = sentences if cue_sentences is None else cue_sentences
    stage_f, stage_shown = stage_features(
        read, marked, source, found, cues, outlet_kind, actor_names, published, denial
    )
    source_f, source_shown = sourcing_features(read, mentions, entities, source, cues, outlet_kind)
    linked, named = _named_on_their_own(sentences, mentions, entities)
    return Evidence(
        main=main_features(
            sentences, mentions, roles, about, entities, marked if kept is None else kept, cues
        ),
        reported=reported_features(marked, sentences, parses, about, mentions, entities, cues),
        stage=stage_f,
        sourcing=source_f,
        rules_main=frozenset(a.entity_id for a in about if a.main),
        rules_reported=frozenset(s.kind for s in marked if s.reported),
        rules_stage=found.value,
        rules_sourcing=source.value,
        stage_sentences=stage_shown,
        sourcing_sentences=source_shown,
        effect_ahead=effect_dated_ahead(read, cues, published) or duty_dated_ahead(read, published),
        in_force_now=found.value == "in-force"
        and (_EFFECT_AT_ONCE.search(found.sentence) is not None or _lists_filings(found.sentence)),
        court_stay=found.value == "suspended"
        and any(s.part != "body" and _court_stays(s, cues) for s in read),
        bill_stopped=found.value == "suspended" and _bill_stopped_in_head(read, cues),
        one_chamber=_one_chamber_in_head(read, cues),
        named_parents=_parents_named(linked, named, entities),
        only_modifiers=_only_modifiers(linked, named, entities),
        compared_only=_compared_only(sentences, mentions, entities),
        asked_only=_asked_only(sentences, mentions, entities),
        compared_in_title=_compared_in_title(sentences, mentions, entities),
        law_made=found.value == "adopted" and _BECOMES_LAW.search(found.sentence) is not None,
        drafting_told=isinstance(found, DraftingTold),
        standing=standing_kinds(marked, review),
    )


def _choose(decision: Decision, features: Mapping[str, float], rules: str, method: str) -> str:
    """One decision by ``method``: the rules', the model's, or (``combined``) the rules'."""
    if method == "rules":
        return rules
    value, confidence = decision.decide(features)
    if method == "combined" and value != rules and confidence < COMBINED_CONFIDENCE:
        return rules
    return value


@dataclass(frozen=True, slots=True)
class Decided:
    """The four final decisions of one article: main subjects, reported kinds, sourcing, stage."""

    main: frozenset[str]
    reported: frozenset[str]
    sourcing: str
    stage: str


def _suspension_unshown(evidence: Evidence, learned: str) -> bool:
    """Whether a learned ``suspended`` stands against the rules with no sentence showing it.

    The rules read a suspension word in context ("suspended 1,200 numbers" under a rule, "scraps
    interim rules" for the ones that replace them, "paused sign-ups"); when no head sentence
    shows a suspension so read, the model, which sees the word and not what it acts on, may not
    make the rule suspended.
    """
    return (
        learned == "suspended"
        and evidence.rules_stage != "suspended"
        and "suspended" not in evidence.stage_sentences
    )


def duty_dated_ahead(sentences: Sequence[Sentence], published: date | None = None) -> bool:
    """Whether the article issues or passes an act whose duty starts on a day to come.

    私隱專員公署今日正式發出指引，僱主須於2027年9月1日起……, "issued the guidance; employers must
    complete an assessment from Sept. 1" (:func:`nlp.stated.duty_day`): no effect cue, but the
    act is dated ahead all the same, so a learned ``in-force`` does not replace the rules'
    ``adopted`` (:func:`_effect_ahead_kept`).
    """
    if published is None:
        return False
    return duty_day(" ".join(s.text for s in sentences), published) is not None


#: A conditional not taken: "would have to preinstall", "could be required to", "might face", 或将
#: 要求, 可能需要. What a rule would do is no rule done.
_CONDITIONAL = re.compile(
    r"\b(?:would|could|might)\s+(?:\w+\s+)?(?:have\s+to|be\s+(?:required|forced|obliged|barred|banned"
    r"|allowed|subject)|need\s+to|require|face|ban|bar|force|oblige|mandate)\b"
    r"|或将|或需|可能(?:会|需|需要|要求)",
    re.IGNORECASE,
)
#: In the same sentence, the act done: "issued", "published", 已发布 (the conditional is then a
#: detail of a rule issued: "issued rules under which platforms would have to ...").
_DONE_ACT = re.compile(
    r"\b(?:issued|published|adopted|passed|signed|finali[sz]ed|enacted|took\s+effect"
    r"|came\s+into\s+force)\b|已(?:经)?(?:发布|印发|公布|通过|施行|实施)",
    re.IGNORECASE,
)


def _conditional_untaken(evidence: Evidence, learned: str) -> bool:
    """Whether a learned ``adopted`` or ``in-force`` stands on a conditional not taken.

    "Phone makers would have to preinstall an approved AI assistant, X reported": the rules
    read no act done (``none``) or an act issued (``adopted``); the model sees the duty words
    and not the "would". When the sentence showing the learned stage is in the conditional and
    tells no act done, the rules' stage stays.
    """
    if learned not in ("adopted", "in-force") or learned == evidence.rules_stage:
        return False
    if evidence.rules_stage not in ("none", "adopted"):
        return False
    shown = evidence.stage_sentences.get(learned, "")
    return bool(shown) and bool(_CONDITIONAL.search(shown)) and not _DONE_ACT.search(shown)


#: An effect at once, as the rules' in-force sentence tells it: "apply ... immediately",
#: "effective immediately", "with immediate effect", "takes effect today", 即日起施行,
#: 自印发之日起施行, 今起实施.
_EFFECT_AT_ONCE = re.compile(
    r"\b(?:immediately|with\s+immediate\s+effect|(?:takes?|took)\s+effect\s+today"
    r"|(?:appl(?:y|ies)|in\s+force|effective)\s+(?:from|as\s+of)\s+today)\b"
    r"|即日起|今起|自(?:印发|发布|公布)之日起(?:施行|实施|生效)",
    re.IGNORECASE,
)


def _in_force_kept(evidence: Evidence, learned: str) -> bool:
    """Whether the rules' ``in-force`` stands against a learned ``adopted``.

    An act issued to apply at once ("The guidelines apply to all agencies immediately",
    本通知自印发之日起施行), and a list of completed filings published (the filing regime at
    work: :data:`_FILINGS_LISTED`), is in force on the day it is issued; the model, which weighs the
    issuing verb, may not put it back to ``adopted``.
    """
    return learned == "adopted" and evidence.rules_stage == "in-force" and evidence.in_force_now


def _court_stay_kept(evidence: Evidence, learned: str) -> bool:
    """Whether the rules' ``suspended`` stands against another learned stage.

    A court's stay or vacatur of a rule ("the High Court stayed the amended rules", "the
    operation of the rules shall remain stayed", "we grant the petition, vacate the order") holds
    no suspension word the model was trained on; it may not read the stay as no stage.
    """
    return learned != "suspended" and evidence.rules_stage == "suspended" and evidence.court_stay


def _bill_stop_kept(evidence: Evidence, learned: str) -> bool:
    """Whether the rules' ``suspended`` stands against another learned stage.

    A legislature's veto or vote that stops a bill ("MPs vote down the facial recognition bill",
    韩国国会否决……修正案) is ``suspended``, the guide's call for a bill stopped (7 of 7 in the
    read sets); the model reads the bill's draft or the rule it would have amended instead.
    """
    return learned != "suspended" and evidence.rules_stage == "suspended" and evidence.bill_stopped


def _drafting_kept(evidence: Evidence, learned: str) -> bool:
    """Whether the rules' ``proposed`` stands against another learned stage.

    A text being drafted, told by the authority that drafts it ("the health commission is
    drafting rules ..., an official told a press briefing"), is ``proposed`` (6 of 6 in the read
    policy sets); the model, trained when the rules read every drafting ``reported``, reads the
    drafting word as a report's.
    """
    return learned != "proposed" and evidence.rules_stage == "proposed" and evidence.drafting_told


def _one_chamber_only(evidence: Evidence, learned: str) -> bool:
    """Whether a learned ``adopted`` stands on a bill only one chamber has passed.

    "Chile's lower house passes AI liability bill", "Brazil's Senate approves AI bill": the bill
    goes on to the other chamber, ``proposed`` (10 of 10 such heads in the read about sets); the
    model reads the passage as an adoption.
    """
    return learned == "adopted" and evidence.one_chamber


def _effect_ahead_kept(evidence: Evidence, learned: str) -> bool:
    """Whether the rules' ``adopted`` stands against a learned ``in-force``.

    A rule published with its day of effect to come ("They apply from January 1",
    办法自2027年1月1日起施行) is adopted; the model, which reads no date, may not put it in force
    unless a sentence of the head shows it in force.
    """
    return (
        learned == "in-force"
        and evidence.rules_stage == "adopted"
        and evidence.effect_ahead
        and "in-force" not in evidence.stage_sentences
    )


#: How sure the learned main must be to add a name where the rules find neither an act nor a
#: main: a coin flip between peers ("an analyst note on DeepSeek, Zhipu and Moonshot") adds none.
NO_ACT_CONFIDENCE = 0.55


def _learned_addition_held(evidence: Evidence, model: AboutModel, entity_id: str) -> bool:
    """Whether the learned main may not add ``entity_id`` over the rules' answer.

    Six classes of name the model, reading salience, would add: an agency named only as an
    executor of another body's document (``tasked``: ministries listed to carry out a State
    Council opinion act only when the text has them act), a country the text never names on its
    own (``only_modifiers``: "US-origin AI chips"), a name only ever passed by a verb of
    comparison (``compared_only``: "对标通义千问") or passed by one in the title
    (``compared_in_title``: "Huawei overtakes Apple"), a name an itemised piece gives only in
    items that tell no act (``idle_items``: a digest's other news), and, in an article where the
    rules find no act and no main (a history, an analyst note, a business story), a name the
    model is not clearly sure of (probability under :data:`NO_ACT_CONFIDENCE`).
    """
    features = evidence.main.get(entity_id, {})
    if features.get("tasked", 0.0) > 0 and not features.get("in_title", 0.0):
        return True
    if entity_id in evidence.only_modifiers:
        return True  # "US-origin AI chips": the country is never named on its own
    if entity_id in evidence.compared_only:
        return True  # "对标通义千问": only ever a point of comparison
    if entity_id in evidence.asked_only:
        return True  # 问：美国的限制有何影响？: only ever in a question asked
    if entity_id in evidence.compared_in_title:
        return True  # "Huawei overtakes Apple": the title's rival
    if entity_id in evidence.idle_items:
        return True  # a digest's other item: "1. Samsung shipped its first 2-nanometre chips"
    if evidence.rules_reported or not features.get("no_rules_main", 0.0):
        return False
    return model["main"].probabilities(features).get("true", 0.0) < NO_ACT_CONFIDENCE


def _parents_of_added(
    evidence: Evidence, main: Collection[str], keep: Collection[str]
) -> frozenset[str]:
    """The parents a name the learned main adds over the rules' answer brings with it.

    The rules make a parent the text names on its own main beside its main unit (the roll-up of
    :func:`salience`: the United States beside its Commerce Department, when "US officials" or
    "Washington" is named apart from the department's name); a unit the model adds brings its
    parent the same way. A country named only inside its agency's name ("the US Commerce
    Department" alone) is no name of its own and is not added.
    """
    return frozenset(
        p
        for e in main
        if e not in evidence.rules_main
        for p in evidence.named_parents.get(e, ())
        if p in evidence.main and p not in keep
    )


def decide_values(
    evidence: Evidence, model: AboutModel, method: str = "shipped", keep: Collection[str] = ()
) -> Decided:
    """The four decisions of one article from its evidence.

    ``keep``: entities whose ``main`` stays the rules' (topics). A stage or sourcing the model
    gives must be shown by a sentence: a value other than the rules' and ``none`` that no cue of
    the article shows (and, for a stage, no reported signal either) is not taken; the rules'
    answer stays.
    """
    methods = {d: model.method(d, method) for d in ("main", "reported", "stage", "sourcing")}

    def flag(value: bool) -> str:
        return "true" if value else "false"

    main = frozenset(
        e
        for e, features in evidence.main.items()
        if (
            e in evidence.rules_main
            if e in keep
            else _choose(model["main"], features, flag(e in evidence.rules_main), methods["main"])
            == "true"
        )
        # a company's unit is main beside its main parent (Alibaba Cloud with Alibaba), as the
        # parent is beside its main unit (the roll-up of :func:`salience`)
        or (methods["main"] != "rules" and features.get("unit_of_main", 0.0) > 0)
    )
    if methods["main"] != "rules":
        main = frozenset(
            e
            for e in main
            if e in evidence.rules_main or not _learned_addition_held(evidence, model, e)
        )
        main |= _parents_of_added(evidence, main, keep)
        # an itemised piece's item actor, a grant's giver: forms the model is not trained on;
        # named so, they bring no parent (whether a country is main beside its agency stays
        # the model's and the rules' answer)
        main |= frozenset(e for e in evidence.acting_named if e in evidence.main and e not in keep)
    reported = frozenset(
        k
        for k, features in evidence.reported.items()
        if _choose(
            model["reported"], features, flag(k in evidence.rules_reported), methods["reported"]
        )
        == "true"
    )
    sourcing_value = _choose(
        model["sourcing"], evidence.sourcing, evidence.rules_sourcing, methods["sourcing"]
    )
    if sourcing_value not in ("none", evidence.rules_sourcing, *evidence.sourcing_sentences):
        sourcing_value = evidence.rules_sourcing
    stage_value = _choose(
        model["stage"] if model.stage_text is None else model.stage_text,
        stage_text_features(evidence) if model.stage_text is not None else evidence.stage,
        evidence.rules_stage,
        methods["stage"],
    )
    if (
        stage_value not in ("none", evidence.rules_stage, *evidence.stage_sentences)
        and not reported
    ):
        stage_value = evidence.rules_stage
    if (
        _effect_ahead_kept(evidence, stage_value)
        or _suspension_unshown(evidence, stage_value)
        or _conditional_untaken(evidence, stage_value)
        or _in_force_kept(evidence, stage_value)
        or _court_stay_kept(evidence, stage_value)
        or _bill_stop_kept(evidence, stage_value)
        or _drafting_kept(evidence, stage_value)
        or (evidence.law_made and stage_value == "proposed")
    ):
        stage_value = evidence.rules_stage
    if _one_chamber_only(evidence, stage_value):
        stage_value = "proposed"
    return Decided(main, reported, sourcing_value, stage_value)


def decide(
    evidence: Evidence,
    about: Sequence[EntitySalience],
    signals: Sequence[Signal],
    source: Finding,
    found: Finding,
    entities: Mapping[str, WatchEntity],
    model: AboutModel,
    method: str = "shipped",
) -> tuple[list[EntitySalience], list[Signal], Finding, Finding]:
    """The four final decisions by ``model`` (``learned``) or ``combined`` with the rules.

    See :func:`decide_values`. Salience scores and order stay the rules'; ``main`` is the
    model's (topics keep the rules' flag: they are subjects, not actors, and the model is not
    trained on them). A signal kind the model reports keeps the signals the rules reported, or
    its first signal when they reported none; a kind judged background has none reported. Stage
    and sourcing keep the rules' sentence when they agree, else the first sentence whose cue
    shows the value (for a stage, else the first reported signal's).
    """
    topics = {e for e in evidence.main if (w := entities.get(e)) is None or w.type == "topic"}
    decided = decide_values(evidence, model, method, topics)
    new_about = [
        a if a.entity_id not in evidence.main else replace(a, main=a.entity_id in decided.main)
        for a in about
    ]
    new_signals = []
    first_of: set[str] = set()
    for s in signals:
        if s.kind not in decided.reported:
            new_signals.append(replace(s, reported=False))
        elif s.kind in evidence.rules_reported:
            new_signals.append(s)
        else:
            new_signals.append(replace(s, reported=s.kind not in first_of))
        first_of.add(s.kind)
    new_source = (
        source
        if decided.sourcing == source.value
        else Finding(decided.sourcing, evidence.sourcing_sentences.get(decided.sourcing, ""))
    )
    if decided.stage == found.value:
        new_stage = found
    elif decided.stage == "none":
        new_stage = Finding("none")
    else:
        fallback = next((s.sentence for s in new_signals if s.reported), new_source.sentence)
        new_stage = Finding(decided.stage, evidence.stage_sentences.get(decided.stage, fallback))
    return new_about, new_signals, new_source, new_stage


# -- all together -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class About:
    """Everything :func:`analyse` finds in one article."""

    about: list[EntitySalience]
    signals: list[Signal]
    sourcing: Finding
    stage: Finding
    # the rules' answers and cues, as the learned decisions read them (``bench/train_about.py``)
    evidence: Evidence | None = None
    # what the text states that the stage and the status read (``nlp.stated``)
    stated: Stated = field(default_factory=Stated)


def analyse(
    text: str,
    sentence_spans: Iterable[tuple[int, int]],
    mentions: Sequence[Mention],
    signals: Sequence[Signal],
    entities: Mapping[str, WatchEntity],
    parses: Sequence[Parsed] = (),
    cues: AboutCues | None = None,
    outlet_kind: str = "news",
    method: str = DEFAULT_METHOD,
    published: date | None = None,
    reading: str = "rules",
    split: list[Sentence] | None = None,
) -> About:
    """Salience, reported signals, sourcing and stage of one tagged text.

    Args:
        text: the tagged text (title, two newlines, body) the offsets refer to.
        sentence_spans: its sentences as (start, end) character ranges.
        mentions: its mentions (linked or not).
        signals: its policy signals.
        entities: the watchlist by id.
        parses: dependency parses of some sentences (see :func:`parse_targets`); roles and
            background fall back to the words before a name or trigger elsewhere.
        cues: the cue lists (``config/about.toml`` by default).
        outlet_kind: the outlet's kind (``official`` makes the sourcing official, see
            :func:`outlet_sourcing`).
        method: how the final decisions (main subject, reported, sourcing, stage) are taken:
            ``rules``, ``learned`` (the model of ``nlp/models/``, :func:`decide`),
            ``combined`` (the rules unless the model is confident otherwise) or ``shipped``
            (per decision, the method the model file names: the default).
        published: the article's day of publication, when known: a stated day on which a
            rule takes effect is read against it (after it: ``adopted``; that day or before:
            ``in-force``); without it, the tense and the words around the day decide.
        reading: which kinds are reported: ``rules`` (detection by the signal rules, then the
            reported decision above) or ``learned`` (:mod:`nlp.reported_reading`, one decision
            per kind that may add a kind no rule found; ``Settings.reported_reading``).
        split: ``split_sentences(text, sentence_spans)`` when the caller has it already.
    """
    if reading not in READINGS:
        raise ValueError(f"unknown reading {reading!r}: one of {', '.join(READINGS)}")
    cues = cues or load_cues()
    spans = list(sentence_spans)
    sentences = split_sentences(text, spans) if split is None else split
    # The stage and sourcing cues are written in simplified characters: a text in traditional
    # ones (a Taiwan ministry's order) is read through them character for character (the same
    # offsets), and the sentences found are given back as written.
    plain = to_simplified(text) if has_cjk(text) else text
    cue_sentences = sentences if plain == text else split_sentences(plain, spans)
    written = {c.text: s.text for c, s in zip(cue_sentences, sentences, strict=True)}
    roles = mention_roles(sentences, mentions, parses, entities, cues)
    about = salience(sentences, mentions, roles, entities)
    raw = mark_reported(
        signals, sentences, parses, about, mentions, cues, entities, details=False, review=False
    )
    # a reviewer's finding or a company's own risk disclosure in the title makes every signal
    # background for the reported kinds and the stage; the main reading reads the flags before it
    # (the body or country reviewed, the company disclosing, stays the subject)
    review = review_veto(raw, sentences, mentions, entities)
    kept = stage_only_details(raw, cues)
    if review:
        raw = _review_title(raw)
    marked = stage_only_details(raw, cues) if review else kept
    about = late_act_actors(about, kept, sentences, mentions, entities)
    # a rule's "takes effect" sentence still tells the stage of the action it details
    details = [r for r, m in zip(raw, marked, strict=True) if r.reported and not m.reported]
    # the head's denial, read once: the sourcing, the stage and the stage's features read it
    denial = denial_cue(cue_sentences, cues)
    source = outlet_sourcing(sourcing(cue_sentences, mentions, entities, cues, denial), outlet_kind)
    found = stage(
        cue_sentences,
        marked,
        source,
        cues,
        details,
        _actor_names(mentions, entities),
        published,
        _company_names(mentions, entities),
        denial,
    )
    if cue_sentences is not sentences:
        source = Finding(source.value, written.get(source.sentence, source.sentence))
        found = replace(found, sentence=written.get(found.sentence, found.sentence))
    idle, item_actors = item_names(text, sentences, mentions, signals, entities)
    # a correction's retracted name is as idle as a digest's other item
    idle |= retracted_names(sentences, mentions, entities)
    # the body named only in an approval clause (经国务院批准) sanctions another's act
    idle |= approver_only_names(sentences, mentions, entities)
    # the body named only as the later drafter of another's act's detailed rules
    idle |= later_drafter_names(sentences, mentions, entities)
    # an obituary's names are its history when the text tells no act
    if found.value == "none":
        idle |= obituary_names(text, mentions, entities)
    givers = grant_givers(sentences, mentions, entities) if found.value != "none" else frozenset()
    if found.value != "none":
        givers |= denied_order_givers(sentences, mentions, entities)
        # a company among an authority's listed entries (其中包括……, ……在列)
        givers |= listed_entries(sentences, mentions, entities)
    # a record's authority and party fields state their roles, whatever the stage read
    givers |= field_names(sentences, mentions, entities)
    # a tracker's, briefs column's or calendar's labelled items, each telling its own act
    givers |= labelled_item_actors(sentences, mentions, signals, entities)
    # a joint document's issuers, named in its title
    givers |= title_issuers(sentences, mentions, entities)
    # a grant's giver is left out of the rules' main, whose roll-up would make its country
    # main beside it: the decisions make it main alone (:func:`decide_values`)
    about = named_in_items_and_grants(about, idle, item_actors)
    evidence = gather_evidence(
        sentences,
        mentions,
        roles,
        about,
        marked,
        source,
        found,
        entities,
        parses,
        cues,
        outlet_kind,
        cue_sentences,
        published,
        denial,
        review,
        kept,
    )
    evidence = replace(evidence, idle_items=idle, acting_named=item_actors | givers)
    found = Finding(found.value, found.sentence)  # the flag read, the tags carry a Finding
    if cue_sentences is not sentences:
        evidence = replace(
            evidence,
            stage_sentences={k: written.get(v, v) for k, v in evidence.stage_sentences.items()},
            sourcing_sentences={
                k: written.get(v, v) for k, v in evidence.sourcing_sentences.items()
            },
        )
    if method not in (*METHODS, "shipped"):
        raise ValueError(f"unknown method {method!r}: shipped or one of {', '.join(METHODS)}")
    model = None if method == "rules" else shipped_model() if method == "shipped" else load_model()
    stated = read_stated(text, published)
    # the head before the decisions: the stage decision over the words reads its tokens, as its
    # trainer gave them (without it the words' decision saw no title or first sentence)
    head = head_of(text, [(x.start, x.end, x.text, x.part) for x in sentences])
    evidence = replace(evidence, head=head)
    if model is not None:
        about, marked, source, found = decide(
            evidence, about, marked, source, found, entities, model, method
        )
        # an official outlet's own notice stays official whatever the model says
        source = outlet_sourcing(source, outlet_kind)
    # an export ban, listing or licence is two kinds: the second follows the first's reading
    final = pair_kinds(marked)
    if reading == "learned":
        final = learned_reading(final, evidence)
    return About(about, final, source, found, evidence, stated)


#: The readings of the reported kinds :func:`analyse` offers (``Settings.reported_reading``).
READINGS = ("rules", "learned")


def learned_reading(signals: Sequence[Signal], evidence: Evidence) -> list[Signal]:
    """The signals as the learned reading of the reported kinds marks and adds them."""
    model = load_reading()
    assert evidence.head is not None
    # a pair's second kind (``pair_kinds``) read with its source's evidence, as the rules read it
    detected, rules_reported = paired_evidence(signals, evidence.reported, evidence.rules_reported)
    probabilities = read_kinds(
        model,
        evidence.head,
        detected,
        rules_reported,
        KINDS,
        main=evidence.main,
        standing=evidence.standing,
    )
    candidates: frozenset[str] = frozenset()
    if model.cut is not None:
        candidates = detector_candidates(evidence.head, detected, model.cut)
    return apply_reading(
        signals,
        evidence.head,
        probabilities,
        model.threshold,
        model,
        evidence.standing,
        candidates,
        rules_reported,
    )
