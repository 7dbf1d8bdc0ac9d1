"""Policy signals: which kinds of policy action a text reports, from rules in ``signals.toml``.

The rules are spaCy ``Matcher`` patterns written in a compact form analysts can edit (see the
comments at the top of ``config/signals.toml``). Each match yields a :class:`Signal` carrying the
sentence that triggered it; a sentence gives at most one signal per kind.
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp.crosslingual import default_variants
from nlp.han import HAN
from nlp.hanzi import to_simplified
from nlp.inflect import expand_alternatives
from nlp.kinds import KindModel, KindModelError, detect_kinds, load_model
from nlp.linking import has_cjk
from policywatch_core.models import Signal

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

KINDS = (
    "restriction",
    "approval-requirement",
    "export-control",
    "investment-screening",
    "data-security-rule",
    "subsidy-funding",
    "law-regulation",
    "enforcement-fine",
    "guidance-standard",
)
DEFAULT_SIGNALS_PATH = Path(__file__).resolve().parent.parent / "config" / "signals.toml"
NEGATION_WINDOW = 3
_GAPS = {"*": "{0,3}", "**": "{0,6}"}
_NAME = rf"^[A-Z{HAN}]"  # @Name: a word starting with a capital (or a Chinese name)


class SignalRulesError(ValueError):
    """``signals.toml`` cannot be used; the message names the file, the rule and the fix."""


@dataclass(frozen=True, slots=True)
class SignalRules:
    """The parsed rules: kind -> token patterns, and the negation cues."""

    patterns: tuple[tuple[str, tuple[tuple[dict[str, Any], ...], ...]], ...]
    # the kinds whose matches count only near an actor (see find_signals)
    needs_actor: frozenset[str]
    negations: frozenset[str]
    actors: frozenset[str] = frozenset()
    cjk_actors: tuple[str, ...] = ()
    # per entry of ``patterns``: words that cancel a match right before it ("national" for
    # "security review": a national security review screens an investment, not data)
    not_after: tuple[frozenset[str], ...] = ()
    # per entry of ``patterns``: words (or phrases) that cancel a match right after it ("限制" in
    # 限制性条件, the restrictive conditions a merger is cleared on)
    not_before: tuple[frozenset[str], ...] = ()
    # per entry of ``patterns``: whether its matches need an actor although its kind's other
    # tables do not (money "for" a company counts only when a government gives it)
    actor_tables: tuple[bool, ...] = ()


def compile_pattern(text: str, tokenize: Any) -> list[dict[str, Any]]:
    """Turn one compact pattern ("require|requires * approval") into a spaCy token pattern.

    Args:
        text: the pattern; see the top of ``config/signals.toml``.
        tokenize: a spaCy tokenizer, used to split Chinese phrases into the tokens the text gets.
    """
    tokens: list[dict[str, Any]] = []
    for part in text.split():
        if part in _GAPS:
            tokens.append({"OP": _GAPS[part]})
            continue
        if part == "~":
            tokens.append({"IS_LOWER": True, "OP": "{0,3}"})
            continue
        if part == "@Name":
            tokens.append({"TEXT": {"REGEX": _NAME}})
            continue
        part = expand_alternatives(part)  # "<suspend>": its forms
        optional = part.startswith("?") and len(part) > 1
        if optional:
            part = part[1:]
        forms = [f.lower() for f in part.split("|") if f]
        pieces = [[t.text.lower() for t in tokenize(form)] for form in forms]
        if len(pieces) == 1 and len(pieces[0]) > 1:
            # One form the tokenizer splits (Chinese, "sign-off"): match its tokens in a row.
            if optional:
                raise SignalRulesError(f"pattern {text!r}: '?' cannot apply to {part!r}")
            tokens.extend({"LOWER": piece} for piece in pieces[0])
            continue
        if any(len(p) != 1 for p in pieces):
            raise SignalRulesError(
                f"pattern {text!r}: {part!r} mixes forms of several tokens; write separate patterns"
            )
        spec: dict[str, Any] = {"LOWER": {"IN": [p[0] for p in pieces]}}
        if optional:
            spec["OP"] = "?"
        tokens.append(spec)
    if not tokens or all("LOWER" not in t for t in tokens):
        raise SignalRulesError(f"pattern {text!r} matches nothing in particular")
    return tokens


RULE_KEYS = frozenset({"kind", "patterns", "needs_actor", "not_after", "not_before"})


def load_rules(path: Path, nlp: Language) -> SignalRules:
    """Read and check ``signals.toml``."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise SignalRulesError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise SignalRulesError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"rules", "negations", "actors"})
    if unknown:
        raise SignalRulesError(
            f"{path}: unknown key {unknown[0]!r} (known: actors, negations, rules)"
        )
    negations = data.get("negations", [])
    if not isinstance(negations, list) or not all(isinstance(n, str) for n in negations):
        raise SignalRulesError(f"{path}: negations must be a list of strings")
    compiled: list[tuple[str, tuple[tuple[dict[str, Any], ...], ...]]] = []
    not_after: list[frozenset[str]] = []
    not_before: list[frozenset[str]] = []
    flags: list[bool] = []
    for index, rule in enumerate(data.get("rules", [])):
        kind = rule.get("kind") if isinstance(rule, dict) else None
        extra = sorted(set(rule) - RULE_KEYS) if isinstance(rule, dict) else []
        if extra:
            raise SignalRulesError(
                f"{path}: rules[{index}] unknown key {extra[0]!r} "
                f"(known: {', '.join(sorted(RULE_KEYS))})"
            )
        if kind not in KINDS:
            raise SignalRulesError(
                f"{path}: rules[{index}] kind {kind!r} must be one of {', '.join(KINDS)}"
            )
        patterns = rule.get("patterns", [])
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise SignalRulesError(f"{path}: rules[{index}] patterns must be a list of strings")
        try:
            built = tuple(tuple(compile_pattern(p, nlp.tokenizer)) for p in patterns)
        except SignalRulesError as exc:
            raise SignalRulesError(f"{path}: rules[{index}] ({kind}): {exc}") from None
        compiled.append((str(kind), built))
        excluded = rule.get("not_after", [])
        if not isinstance(excluded, list) or not all(isinstance(w, str) for w in excluded):
            raise SignalRulesError(f"{path}: rules[{index}] not_after must be a list of strings")
        not_after.append(frozenset(w.lower() for w in excluded))
        following = rule.get("not_before", [])
        if not isinstance(following, list) or not all(isinstance(w, str) for w in following):
            raise SignalRulesError(f"{path}: rules[{index}] not_before must be a list of strings")
        not_before.append(frozenset(w.lower() for w in following))
        flags.append(rule.get("needs_actor", False) is True)
    # a kind needs an actor when every table of it does; a table that needs one on its own
    # (its kind's other tables do not) is flagged in ``actor_tables``
    needs_actor = {
        kind
        for (kind, _), flag in zip(compiled, flags, strict=True)
        if flag and all(f for (k, _), f in zip(compiled, flags, strict=True) if k == kind)
    }
    actors = data.get("actors", [])
    if not isinstance(actors, list) or not all(isinstance(a, str) for a in actors):
        raise SignalRulesError(f"{path}: actors must be a list of strings")
    words = frozenset(a.lower() for a in actors if not has_cjk(a))
    cjk = tuple(a for a in actors if has_cjk(a))
    return SignalRules(
        tuple(compiled),
        frozenset(needs_actor),
        frozenset(n.lower() for n in negations),
        words,
        cjk,
        tuple(not_after),
        tuple(not_before),
        tuple(
            flag and kind not in needs_actor
            for (kind, _), flag in zip(compiled, flags, strict=True)
        ),
    )


@dataclass(slots=True)
class SignalMatcher:
    """The signal rules, each a spaCy Matcher run only on sentences that can match it.

    spaCy evaluates set predicates (``{"LOWER": {"IN": [...]}}``) in Python for every token and
    pattern: over a whole article that costs ~50 ms. A pattern can only match a sentence that
    holds one form of each of its required tokens, so those sets are checked first, through an
    index from each word to the rules it can start, and the Matcher runs on the rare sentences
    that pass.
    """

    rules: list[tuple[str, tuple[frozenset[str], ...], Matcher]]
    negations: frozenset[str]
    needs_actor: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    cjk_actors: tuple[str, ...] = ()
    by_word: dict[str, list[int]] = field(default_factory=dict)
    # per entry of ``rules``: the words that cancel its match right before it
    not_after: list[frozenset[str]] = field(default_factory=list)
    # the learned detector of kinds the head reports in words no rule lists (``nlp.kinds``);
    # None: the rules alone
    kinds: KindModel | None = None
    # per entry of ``rules``: the words that cancel its match right after it
    not_before: list[frozenset[str]] = field(default_factory=list)
    # per entry of ``rules``: whether it needs an actor although its kind does not
    actor_rules: list[bool] = field(default_factory=list)
    # the words of ``by_word``: a sentence's words are met with them in one set operation
    index_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for number, (_kind, required, _matcher) in enumerate(self.rules):
            for word in required[0] if required else ():
                self.by_word.setdefault(word, []).append(number)
        self.index_words = frozenset(self.by_word)

    def candidates(self, lowers: set[str]) -> list[tuple[str, Matcher, frozenset[str]]]:
        """The rules whose required words all occur among a sentence's lower-cased tokens.

        Each comes with its kind and the words that cancel a match right before it.
        """
        return [
            (kind, matcher, before) for kind, matcher, before, _, _ in self.candidate_rules(lowers)
        ]

    def candidate_rules(
        self, lowers: set[str]
    ) -> list[tuple[str, Matcher, frozenset[str], frozenset[str], bool]]:
        """As :meth:`candidates`, with two more fields per rule.

        The words that cancel a match right after it, and whether the rule needs an actor.
        """
        numbers: set[int] = set()
        for word in self.index_words.intersection(lowers):
            numbers.update(self.by_word[word])
        out: list[tuple[str, Matcher, frozenset[str], frozenset[str], bool]] = []
        for number in sorted(numbers):
            kind, required, matcher = self.rules[number]
            if all(not group.isdisjoint(lowers) for group in required[1:]):
                before = self.not_after[number] if number < len(self.not_after) else frozenset()
                after = self.not_before[number] if number < len(self.not_before) else frozenset()
                actor = kind in self.needs_actor or (
                    number < len(self.actor_rules) and self.actor_rules[number]
                )
                out.append((kind, matcher, before, after, actor))
        return out


def _required(pattern: Sequence[dict[str, Any]]) -> tuple[frozenset[str], ...]:
    groups: list[frozenset[str]] = []
    for token in pattern:
        if token.get("OP") or "LOWER" not in token:
            continue
        value = token["LOWER"]
        groups.append(frozenset(value["IN"]) if isinstance(value, dict) else frozenset([value]))
    return tuple(groups)


def build_matcher(rules: SignalRules, nlp: Language, *, detector: bool = False) -> SignalMatcher:
    """One small Matcher per rule pattern, behind a cheap word-set check.

    With ``detector`` the learned detector of ``nlp.kinds`` adds the kinds a head reports in
    words no rule lists. It is off by default: cross-validated by annotated set it did not
    generalise well enough (see docs/decisions/2026-12-03-signal-detection-beyond-patterns.md).
    """
    from spacy.matcher import Matcher

    built: list[tuple[str, tuple[frozenset[str], ...], Matcher]] = []
    not_after: list[frozenset[str]] = []
    not_before: list[frozenset[str]] = []
    actor_rules: list[bool] = []
    for number, (kind, patterns) in enumerate(rules.patterns):
        excluded = rules.not_after[number] if number < len(rules.not_after) else frozenset()
        following = rules.not_before[number] if number < len(rules.not_before) else frozenset()
        actor = number < len(rules.actor_tables) and rules.actor_tables[number]
        for pattern in patterns:
            matcher = Matcher(nlp.vocab, validate=True)
            matcher.add(kind, [list(pattern)])
            built.append((kind, _required(pattern), matcher))
            not_after.append(excluded)
            not_before.append(following)
            actor_rules.append(actor)
    return SignalMatcher(
        built,
        rules.negations,
        rules.needs_actor,
        rules.actors,
        rules.cjk_actors,
        not_after=not_after,
        kinds=_detector() if detector else None,
        not_before=not_before,
        actor_rules=actor_rules,
    )


def _detector() -> KindModel | None:
    """The shipped kind detector, or None (with a warning naming the fix) when it is missing."""
    try:
        return load_model()
    except KindModelError as exc:
        log.warning("%s; signals come from the rules alone", exc)
        return None


#: Everyday Chinese words that hold an actor's character (部, 局) but name no authority: a club
#: (俱乐部), a headquarters (总部), the inside or the whole of something, a situation (局面); a
#: company's own departments and divisions (业务部门, 研发部门, 事业部: "the team moves to the
#: business department" names no authority).
_NOT_ACTOR_ZH = re.compile(
    r"俱乐部|总部|内部|外部|全部|部分|局面|格局|布局|结局|开局|大局"
    r"|(?:业务|研发|技术|销售|市场|财务|人事|产品|法务|运营|工程)部门|事业部|事业群"
)


def _has_actor(
    sent: Span,
    matcher: SignalMatcher,
    actor_starts: Sequence[int],
    lowers: tuple[Doc, list[str]] | None = None,
) -> bool:
    # ``lowers``: a document and its tokens' ``lower_`` (:func:`_doc_text_and_lowers`), read
    # for its sentences instead of a token object per token
    if lowers is not None and sent.doc is lowers[0]:
        words: Iterable[str] = lowers[1][sent.start : sent.end]
    else:
        words = (t.lower_ for t in sent)
    if not matcher.actors.isdisjoint(words):
        return True
    if any(sent.start_char <= a < sent.end_char for a in actor_starts):
        return True
    # (a sentence in traditional characters is read in simplified ones, as the actors are written)
    text = _NOT_ACTOR_ZH.sub("", to_simplified(sent.text)) if has_cjk(sent.text) else sent.text
    return any(word in text for word in matcher.cjk_actors)


def find_signals(
    doc: Doc,
    matcher: SignalMatcher,
    offset: int = 0,
    actor_starts: Sequence[int] = (),
    sentences: Sequence[Span] | None = None,
    text: str | None = None,
) -> list[Signal]:
    """The signals of a document whose sentences are set; offsets shifted by ``offset``.

    Kinds marked ``needs_actor`` in the rules (restriction, enforcement-fine) count only when the
    sentence, the sentence before it or the title names an actor (government, regulator,
    ministry... or a watchlist country, region, agency or person, whose start offsets are
    ``actor_starts``): "fined by the NFL" or "charged with murder" are not policy actions.
    ``sentences`` are ``list(doc.sents)`` and ``text`` is ``doc.text`` (the text the document was
    made from) when the caller has them already.

    A sentence gives one signal per kind: its earliest match of that kind, whichever rule finds
    it ("has cleared Nvidia's acquisition after a national security review" is the clearing,
    not the review named in the clause after it).
    """
    whole, lowers_of = _doc_text_and_lowers(doc, text)
    title_end = whole.find("\n\n")
    if sentences is None:
        sentences = list(doc.sents)
    title_actor: bool | None = None
    read_lowers = (doc, lowers_of)
    found: list[Signal] = []
    for number, sent in enumerate(sentences):
        sent_text = whole[sent.start_char : sent.end_char]  # ``sent.text``, without its tokens
        view = mainland_view(sent) if has_cjk(sent_text) else None
        read = sent if view is None else view.doc[:]
        lowers = set(lowers_of[sent.start : sent.end]) if view is None else {t.lower_ for t in read}
        candidates = matcher.candidate_rules(lowers)
        if not candidates:
            continue
        if any(c[4] for c in candidates):
            if title_actor is None:
                title_actor = any(
                    _has_actor(s, matcher, actor_starts, read_lowers)
                    for s in sentences
                    if s.start_char < title_end
                )
            near = sentences[max(0, number - 1) : number + 1]
            if not title_actor and not any(
                _has_actor(s, matcher, actor_starts, read_lowers) for s in near
            ):
                candidates = [c for c in candidates if not c[4]]
        earliest: dict[str, tuple[int, int]] = {}
        # matched on the sentence as the cues are written (``read``: its own tokens, or the
        # mainland view's), the offsets given back in the article's tokens
        base = read.doc
        for kind, rule, excluded, following, _actor in candidates:
            for _match_id, start, end in rule(read):
                start, end = read.start + start, read.start + end
                if view is not None:
                    at = (view.first[start - read.start], view.last[end - 1 - read.start] + 1)
                else:
                    at = (start, end)
                if kind in earliest and earliest[kind][0] <= at[0]:
                    continue
                before = base[max(read.start, start - NEGATION_WINDOW) : start]
                if any(t.lower_ in matcher.negations for t in before):
                    continue
                if excluded and _preceded_by(base, start, read.start, excluded):
                    continue
                if following and _followed_by(base, end, read.end, following):
                    continue
                earliest[kind] = at
        text = sent_text.strip()
        lead = len(sent_text) - len(sent_text.lstrip())
        for kind, (start, end) in earliest.items():
            found.append(
                Signal(
                    kind=kind,
                    sentence=text,
                    start=offset + sent.start_char + lead,
                    end=offset + sent.start_char + lead + len(text),
                    trigger=doc[start:end].text,
                )
            )
    if matcher.kinds is not None:
        actor = functools.partial(
            _has_actor, matcher=matcher, actor_starts=actor_starts, lowers=read_lowers
        )
        words = matcher.actors | frozenset(matcher.cjk_actors)
        found.extend(
            detect_kinds(
                doc,
                sentences,
                found,
                offset,
                matcher.kinds,
                actor,
                actor_words=words,
                actor_starts=actor_starts,
            )
        )
    found.sort(key=lambda s: (s.start, KINDS.index(s.kind)))
    return found


def _doc_text_and_lowers(doc: Doc, text: str | None = None) -> tuple[str, list[str]]:
    """The document's text (``text`` when given) and its tokens' ``lower_``, read once.

    ``doc.text`` joins every token each time it is read, and a span's ``text`` and tokens are
    made token by token: a sentence's text is the document's text between its first and last
    characters, and its lower-cased words are the strings of the tokens' ``LOWER`` hashes.
    """
    from spacy.attrs import LOWER

    strings = doc.vocab.strings
    return doc.text if text is None else text, [strings[h] for h in doc.to_array(LOWER).tolist()]


@dataclass(frozen=True, slots=True)
class MainlandView:
    """A sentence in traditional characters or Taiwan's words, retokenised as the mainland's.

    ``doc`` holds the sentence's tokens with each character in its simplified form and each word
    of ``config/zh_variants.toml`` as the mainland's word (個資 as 个人信息); token ``i`` of
    ``doc`` comes from the sentence's tokens ``first[i]`` to ``last[i]`` (indices in the
    article's doc).
    """

    doc: Doc
    first: tuple[int, ...]
    last: tuple[int, ...]


#: a character of the Han script (Chinese is tokenised one character a token)
_HAN_CHAR = re.compile(rf"^[{HAN}]$")


def mainland_view(sent: Span) -> MainlandView | None:
    """The sentence as the cues are written, or None when it is so already.

    The signal cues are written in simplified characters and the mainland's words; a sentence
    from Taiwan or Hong Kong (須經專案審查, 實體清單, 個資) is read through the project's
    character table (``nlp.hanzi``) and words table (``config/zh_variants.toml``), so that one
    cue list serves both scripts. English sentences are left alone.
    """
    text = sent.text
    if not has_cjk(text):
        return None
    words = [to_simplified(t.text) for t in sent]
    variants = _variants_by_length()
    if all(w == t.text for w, t in zip(words, sent, strict=True)) and not any(
        key in text for _, key, _ in variants
    ):
        return None
    out: list[str] = []
    spaces: list[bool] = []
    first: list[int] = []
    last: list[int] = []
    tokens = list(sent)
    i = 0
    while i < len(words):
        for size, key, value in variants:
            piece = words[i : i + size]
            if (
                len(piece) == size
                and all(_HAN_CHAR.match(w) for w in piece)
                and "".join(piece) == key
            ):
                for char in value:
                    out.append(char)
                    spaces.append(False)
                    first.append(tokens[i].i)
                    last.append(tokens[i + size - 1].i)
                spaces[-1] = bool(tokens[i + size - 1].whitespace_)
                i += size
                break
        else:
            out.append(words[i])
            spaces.append(bool(tokens[i].whitespace_))
            first.append(tokens[i].i)
            last.append(tokens[i].i)
            i += 1
    from spacy.tokens import Doc as SpacyDoc

    return MainlandView(
        SpacyDoc(sent.doc.vocab, words=out, spaces=spaces), tuple(first), tuple(last)
    )


@functools.cache
def _variants_by_length() -> tuple[tuple[int, str, str], ...]:
    """Taiwan's words (one Han character a token) and the mainland's, longest first."""
    return tuple(
        (len(word), word, mainland)
        for word, mainland in default_variants()
        if all(_HAN_CHAR.match(c) for c in word)
    )


def _preceded_by(doc: Doc, start: int, limit: int, phrases: frozenset[str]) -> bool:
    """Whether the tokens before ``start`` (from ``limit``) end with one of ``phrases``.

    A phrase is a word or, space-separated, several: Chinese "大 额" before 补贴.
    """
    for phrase in phrases:
        words = phrase.split()
        n = len(words)
        if start - n >= limit and all(doc[start - n + i].lower_ == w for i, w in enumerate(words)):
            return True
    return False


def _followed_by(doc: Doc, end: int, limit: int, phrases: frozenset[str]) -> bool:
    """Whether the tokens from ``end`` (before ``limit``) start with one of ``phrases``."""
    for phrase in phrases:
        words = phrase.split()
        if end + len(words) <= limit and all(doc[end + i].lower_ == w for i, w in enumerate(words)):
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")


def is_policy_report(text: str, signals: Sequence[Signal], lead_sentences: int = 2) -> bool:
    """Whether an article reports a policy action, not just mentions one in passing.

    True when a signal sits in the title or the first ``lead_sentences`` sentences of the body,
    or when two or more sentences carry signals. On the demo's 35 articles (policy flags written
    by another engineer) this gives precision 0.96 and recall 0.96, against 0.90 and 1.00 for
    "any signal": background lines such as "comply with the bloc's AI Act" no longer make a
    product story a policy development.

    Args:
        text: the tagged text (title, two newlines, body) the signals' offsets refer to.
        signals: the article's signals.
        lead_sentences: how many body sentences count as the lead.
    """
    if not signals:
        return False
    if len({s.start for s in signals}) >= 2:
        return True
    title_end = text.find("\n\n")
    body_start = title_end + 2 if title_end >= 0 else 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text, body_start)]
    lead_end = ends[lead_sentences - 1] if len(ends) >= lead_sentences else len(text)
    return any(s.start < lead_end for s in signals)


#: A listing of parties on an export list (an entity list, an end-user list, the unverified list,
#: 实体清单), or their removal from it: the parties listed are cut off, so the listing is an export
#: control and a restriction. China's unreliable entity list (不可靠实体清单) is a restriction of
#: its own (see ``config/signals.toml``).
_LISTING = re.compile(
    r"(?<!unreliable )\b(?:entity|end[- ]user|end user|unverified)\s+list\b"
    r"|(?<!不可靠)实体(?:清单|名单)"
    # the same list in traditional script (經濟部 公告修正「……實體名單」，新增……企業)
    r"|(?<!不可靠)實體(?:清單|名單)",
    re.I,
)
#: An export stopped by its verb: the trigger of an export control bans, halts or stops the goods
#: ("to halt rare earth ore exports", "placed on the catalogue of technologies restricted from
#: export", 禁止出口, 暂停……出口): a restriction of that trade as well. Not 不得出口: "未经许可不得
#: 出口" (not without a licence) is the licence duty, an approval, which the rules give already.
_STOPPED = re.compile(
    r"\b(?:ban|bans|banned|banning|halt|halts|halted|halting|stop|stops|stopped|stopping|"
    r"prohibits?|prohibited|prohibiting|embargo\w*)\b|restricted from export|禁止|暂停|禁运",
    re.I,
)
#: Trade stopped on its way abroad: a restriction whose sentence names exports, shipments, sales
#: or an after-sale service to or at a foreign country ("cap Nvidia's sales of chips to Chinese
#: customers", "stop ASML from servicing machines at Chinese plants", 禁止向美国出口): an export
#: control too. A company as the destination ("stop shipments to Huawei") names no export
#: regime, data sold abroad is a data rule ("barring bulk genomic data sales to China"), and a
#: comma ends the object ("banned agencies from using its services, citing data flowing to
#: China").
_ABROAD = re.compile(
    r"\b(?:exports?|shipments?|(?<!data )sales|servicing|spare parts|supplying)\b[^.;:,]{0,80}?"
    r"\b(?:to|at)\s+(?:the\s+)?(?:China|Chinese|Russia|Russian|Iran|Iranian|North Korea|"
    r"Hong Kong|Macau|Belarus|United States|US|U\.S\.|America|American|Japan|Japanese|"
    r"Korea|Korean|Taiwan|Taiwanese|Europe|European|Middle East|Gulf)\b"
    # Chinese: exports to a place (禁止向美国出口, 暂停对日出口); 向未成年人销售 is no export
    r"|(?:向|对)[^，。；、]{1,8}出口"
)

#: (kind read, what the sentence or trigger must say, where to look, the kind it gives too)
_PAIRS: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    ("export-control", _LISTING, "sentence", "restriction"),
    ("export-control", _STOPPED, "trigger", "restriction"),
    ("restriction", _ABROAD, "sentence", "export-control"),
)


def pair_kinds(signals: Sequence[Signal]) -> list[Signal]:
    """The signals with the second kind of each pair their sentence gives, added as ``paired``.

    An export ban, a listing on an entity list and an export licence are each two kinds of policy
    action at once; the rules name one of them by the words they match. The reading decides by the
    sentence's object and verb: a listing of parties (entity list, 实体清单) and an export stopped
    by its verb (ban, halt, 禁止出口) are a restriction too; a restriction of exports, shipments,
    sales or servicing to a foreign country is an export control too. The paired signal has its
    source's sentence, offsets and ``reported`` flag; none is added when the sentence already
    gives that kind. Detection is scored without them (a text names one kind).
    """
    out: list[Signal] = []
    have = {(s.start, s.kind) for s in signals}
    for signal in signals:
        out.append(signal)
        for kind, cue, where, other in _PAIRS:
            if signal.kind != kind or signal.paired or (signal.start, other) in have:
                continue
            if cue.search(signal.trigger if where == "trigger" else signal.sentence):
                have.add((signal.start, other))
                out.append(replace(signal, kind=other, paired=True))  # right after its source
    return out


def kinds_of(signals: Sequence[Signal]) -> list[str]:
    """The distinct kinds among signals, in the canonical order."""
    present = {s.kind for s in signals}
    return [k for k in KINDS if k in present]


#: Words that name a rule as the basis another act rests on, right before the rule's trigger and
#: in the same clause (no comma between): "fined under the data export rules", "pursuant to its
#: screening law", "fined for breaching the export rules", "failed to obtain the required
#: approval", 依据《……》, 依《……条例》, 违反……规定.
_BASIS_BEFORE = re.compile(
    r"\b(?:under|pursuant\s+to|in\s+accordance\s+with|in\s+breach\s+of|for\s+breaching|"
    r"for\s+violating|for\s+infringing|fail(?:ed|ing|s)?\s+to\s+(?:obtain|file|make|complete|"
    r"seek|get|secure|register|comply\s+with|meet))\s+(?:[\w'\u2019.-]+\s+){0,5}$"
    r"|(?:依据|根据|依照|违反|违背)[^，。；：,;]{0,12}$"
    # bare 依 before a title: 依《电子商务平台管理条例》对其处以罚款 (and in traditional script)
    r"|依《[^》，。；]{0,24}$",
    re.IGNORECASE,
)
#: A duty that was not met, named right before it: 未履行备案手续, 未依法申报, 未按规定办理许可
#: (a few characters, no verb of the authority's act between: 未依法申报……作出处罚 is the act).
_DUTY_UNMET = re.compile(
    r"(?:未履行|未依法(?:履行)?|未按(?:照)?规定(?:履行|办理)?|未办理)[^，。；：,;作处给责对]{0,4}$"
)
#: A trigger holding the act and its basis at once: "blocked under the law", "approved pursuant
#: to the act" (a participle, then the rule it rests on).
_BASIS_IN_TRIGGER = re.compile(r"^[\w'-]+(?:ed|en)\s+(?:under|pursuant\s+to)\b", re.IGNORECASE)
#: A rule new in the article is news even as a basis: "fined under the new rules", 依据新出台的; so
#: is a vehicle still to be made ("will require a licence under a bill the ministry will send").
_NEW_BASIS = re.compile(
    r"\b(?:new|newly|just-adopted|revised|amended|bill|bills|draft|proposal|proposed|planned)\b"
    r"|新|草案|征求意见",
    re.IGNORECASE,
)
#: Kinds that are an act, never the rule another act rests on (a fine or an order is the news).
_ACT_KINDS = frozenset({"enforcement-fine"})


def _trigger_at(signal: Signal) -> int:
    """Where the signal's trigger starts in its sentence (-1 when its words are not found)."""
    if not signal.trigger:
        return -1
    at = signal.sentence.find(signal.trigger)
    if at < 0:
        first = re.split(r"\s+|…|\.\.\.", signal.trigger.strip())[0]
        at = signal.sentence.find(first) if first else -1
    return at


#: A rule named as the owner of a list the act puts parties on: 列入「……管理辦法」的實體名單,
#: 列入《……条例》规定的目录 (the list is the act; the rule it belongs to is its basis).
_LIST_OF_RULE_AFTER = re.compile(
    r"^[^，。；：,;]{0,4}?[》」』]\s*(?:的|所)?(?:规定的|規定的)?[^，。；：,;]{0,4}?"
    r"(?:名单|名單|清单|清單|目录|目錄)"
)


def _named_as_basis(signal: Signal) -> bool:
    """Whether the signal's trigger names a rule as the basis of an act, and the rule is not new."""
    if signal.kind in _ACT_KINDS:
        return False
    at = _trigger_at(signal)
    if at < 0:
        return False
    if signal.kind == "law-regulation" and _LIST_OF_RULE_AFTER.match(
        signal.sentence[at + len(signal.trigger) :]
    ):
        return _NEW_BASIS.search(signal.trigger) is None  # the rule a list belongs to
    if _BASIS_IN_TRIGGER.match(signal.trigger):
        return _NEW_BASIS.search(signal.trigger) is None
    before = signal.sentence[:at]
    found = _BASIS_BEFORE.search(before) or _DUTY_UNMET.search(before)
    if found is None:
        return False
    return _NEW_BASIS.search(found.group() + signal.trigger) is None


def basis_of_other_act(signals: Sequence[Signal]) -> list[Signal]:
    """The signals with a rule named as the basis of another act in its sentence as background.

    "The regulator fined two carmakers under the data export rules", 12款应用未履行备案手续……已
    责令整改, "the sixth deal the government has blocked under the law": the act (a fine, an order,
    a block) is the news; the rule it rests on, or the duty that was not met, is background. A
    trigger that holds the act and its basis at once ("blocked under the law": a law-regulation
    reading of the act's words) is background whenever the rule is not new. Otherwise the basis
    stays reported when the rule is new ("under the new rules", 依据新修订的) or when nothing of
    another kind is reported in its sentence (a duty stated "under the rules" alone may be the
    news). A rule also reported elsewhere in the article (a new rule and its first fine) keeps
    its kind reported through that other signal. A fine is never a basis (it is the act).
    """
    basis = [s.reported and not s.paired and _named_as_basis(s) for s in signals]
    out: list[Signal] = []
    for signal, is_basis in zip(signals, basis, strict=True):
        if is_basis:
            own_act = _BASIS_IN_TRIGGER.match(signal.trigger) is not None
            other_act = any(
                o.reported and not b and o.kind != signal.kind and o.sentence == signal.sentence
                for o, b in zip(signals, basis, strict=True)
            )
            if own_act or other_act:
                out.append(replace(signal, reported=False))
                continue
        out.append(signal)
    return out
