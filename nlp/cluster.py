"""Incremental grouping of reports into developments.

Articles arrive in publication order. Each is compared with the developments still open (a report
within ``window_days``); it joins the most likely one when the learned decision
(:mod:`nlp.features`) says it belongs there, otherwise it opens a new development.

- Candidates come from a NumPy matrix of the open reports' title+lead embeddings: one
  matrix-vector product, then the ``candidates`` best developments. Reports of developments that
  closed are dropped from the matrix as time moves on, so the cost follows the window, not the
  warehouse.
- Each candidate gets pair features: embedding cosines, TF-IDF cosine of the bodies (IDF from the
  documents the grouper knows), shared names and numbers (plus linked entities), shared policy
  signals, time distance, MinHash near-copy similarity, size; a logistic regression weighs them.
- Analyst corrections (:class:`Corrections`) pin articles to developments and redirect merged
  developments; the grouper applies them on every run, so they survive reprocessing.

The core is pure: state in, decisions out; ``warehouse.grouping`` loads state and stores decisions.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import numpy as np
import numpy.typing as npt

from nlp import crosslingual, headline, lang, latin_across, lexical, linking
from nlp.crosslingual import STEP_TOPICS
from nlp.features import DecisionModel, load_model
from nlp.han import HAN
from nlp.story_model import DEFAULT_STORY_MODEL, StoryModel, load_story_model
from policywatch_core.models import Assignment, stable_id

#: A report whose shingles nearly equal one report of the candidate (MinHash Jaccard estimate) is
#: a syndicated or lightly edited copy: it joins whatever the model says (ECB+ holds too few
#: copies for the model to learn this).
NEAR_COPY_JOIN = 0.8
#: below both, a same-script join rests on generic words (``Grouper._thin_text``): a notice
#: waiting for its news (``Grouper._waiting_notice``) may take the report on a fact of its act
THIN_EMB = 0.55
THIN_TFIDF = 0.15

Vector = npt.NDArray[np.float32]

NO_IDS: frozenset[str] = frozenset()
#: cross-language cues that name a policy's stage, not its subject (a draft of any rule)
STAGE_CUES = frozenset({"draft-consultation"})
#: subject cues that name the kind of instrument rather than the policy (a list of named
#: companies: every listing and every penalty under a list names it; a negative list; the pilot
#: zones a measure applies in), read by the notices' join
#: but not by the story level, where they would tie together every measure of a list's owner
STORY_NEUTRAL_TOPICS = frozenset({"company-list", "negative-list", "trade-zones"})
#: a narrower subject cue and the broader one it is a kind of: high-bandwidth memory is a chip,
#: a humanoid a robot (a report of one measure may name its object either way)
BROADER_TOPICS: Mapping[str, str] = {
    "memory-chips": "chips",
    "lithography": "chips",
    "humanoids": "robots",
    "air-taxis": "drones",
    "model-weights": "large-models",
    "credit-lending": "banks-finance",
}


def measure_subjects(evidence: crosslingual.Evidence) -> frozenset[str]:
    """What a report's measure is about: its subject cues without the steps, with the broader."""
    own = evidence.topics - STEP_TOPICS
    return own | {BROADER_TOPICS[t] for t in own if t in BROADER_TOPICS}


#: beyond the grouping window the learned story decision weighs the developments at least this
#: close in embedding (and those sharing a story key, and notices in another script)
STORY_MODEL_FLOOR = 0.3
#: key prefix of the Chinese character bigrams stories compare (:func:`han_bigrams`)
HAN_KEY = "z:"
_HAN_RUN = re.compile(rf"[{HAN}]+")


#: key prefix of the word pairs stories compare (:func:`word_pairs`)
PHRASE_KEY = "p:"


def word_pairs(text: str) -> Counter[str]:
    """Adjacent content-word pairs of a text (stemmed, ``PHRASE_KEY`` prefixed), with counts.

    What a policy regulates is usually named in two words ("emotion recognition", "synthetic
    presenters", "enforcement decree", "approved designers"): its later steps reword the
    sentences around it but keep the pair, where single words are shared by every rule of a
    sector.
    """
    stops = lexical.STOPWORDS
    stem = lexical.stem
    kept = [
        stem(w) if len(w) > 1 and w not in stops and not w.isdigit() else ""
        for w in lexical.words(text)
    ]
    return Counter(f"{PHRASE_KEY}{a} {b}" for a, b in itertools.pairwise(kept) if a and b)


def pair_sequence(pairs: Counter[str]) -> tuple[str, ...]:
    """``pairs`` (:func:`word_pairs`) as a tuple: each key as often as its count, in order.

    What a report's profile keeps of its word pairs (``Profile.pairs``): a tuple of the keys
    costs a sixth of a counter's dict, and ``Counter`` of it is ``pairs`` again, counts and
    order included.
    """
    return tuple(key for key, count in pairs.items() for _ in range(count))


#: the empty set every profile without a reading shares (an empty frozenset is 216 bytes each)
_NO_KEYS: frozenset[str] = frozenset()


def _shared(keys: frozenset[str]) -> frozenset[str]:
    """``keys``, or the one shared empty set when there are none."""
    return keys if keys else _NO_KEYS


#: key prefix of the legal instruments a report names (:func:`cited_instruments`)
CITE_KEY = "c:"
#: the last word of an instrument's name ("the Entity List", "the AI Basic Act")
_INSTRUMENT_HEADS = (
    "Acts?|Lists?|Rules?|Regulations?|Laws?|Measures|Provisions|Directives?|Decrees?|Codes?|"
    "Guidelines|Bills?|Orders?|Standards?|Catalogue"
)
#: a capitalised name of one to six words ending in an instrument's word
_INSTRUMENT = re.compile(
    rf"(?<![\w'’-])((?:[A-Z0-9][\w'’-]*\s+){{1,6}}(?:{_INSTRUMENT_HEADS}))(?![\w-])"
)
#: a Chinese document title (《...》), without its bracketed stage (（征求意见稿）)
_DOC_TITLE = re.compile(r"《([^》]+)》")
_TITLE_STAGE = re.compile(r"[（(][^）)]*[）)]")


#: key prefix of the lists a report puts someone on or takes someone off (:func:`cited_instruments`)
LISTED_KEY = "l:"
#: the words before a list's name that say a report adds to it or removes from it ("added twelve
#: companies to the Entity List", "removed from the Unverified List")
_LISTED = re.compile(r"\b(?:to|onto|from|off)\s+(?:the\s+|its\s+)?$", re.IGNORECASE)


def cited_instruments(title: str, body: str) -> Counter[str]:
    """The legal instruments a report names (``CITE_KEY`` prefixed, stemmed), with counts.

    A later step of a policy says which rule it acts under: a penalty "for shipping to a company
    on the Entity List", an order "under the AI Act", a court case "challenging the Space Act",
    a Chinese notice 《...管理办法》. Capitalised names ending in an instrument's word (Act, List,
    Rules, Measures...) in the body (a title may be written in title case, where every
    phrase looks like a name), or in the title when there is no body; Chinese document titles
    anywhere, without their stage ("draft for comments"), so a draft and its final text cite
    the same document.
    """
    out: Counter[str] = Counter()
    for match in _INSTRUMENT.finditer(body or title):
        words = [w.lower() for w in lexical.words(match.group(1))]
        while words and words[0] in lexical.STOPWORDS:
            words.pop(0)
        if len(words) >= 2:
            name = " ".join(lexical.stem(w) for w in words)
            out[CITE_KEY + name] += 1
            if _LISTED.search((body or title)[max(0, match.start() - 16) : match.start()]):
                out[LISTED_KEY + name] += 1
    for match in _DOC_TITLE.finditer(f"{title}\n{body}"):
        name = _TITLE_STAGE.sub("", match.group(1)).strip()
        if name:
            out[CITE_KEY + name] += 1
    return out


#: key prefix of the rules a report says a step acts under (:func:`acted_under`)
UNDER_KEY = "u:"
#: words that say a step acts under (or against, or on) a rule: "the first fine under", "breached
#: the law", "failing the rules", "amended the framework", "a challenge to the act"
_LINEAGE_WORDS = (
    r"under|breach(?:ed|es|ing)?(?:\s+of)?|violat(?:ed|es|ing)|flout(?:ed|s|ing)?|"
    r"fail(?:ed|s|ing)?|compl(?:y|ies|ied|ying)\s+with|amend(?:ed|s|ing)?|revis(?:ed|es|ing)|"
    r"implement(?:ed|s|ing)?|enforc(?:ed|es|ing)|challenge\s+to|challenging"
)
#: the words that close a reference to a rule, capitalised or not ("privacy law", "regime")
_RULE_HEADS = (
    r"rules?|measures|laws?|acts?|regulations?|regimes?|frameworks?|guidelines?|guides?|"
    r"codes?|decrees?|standards?|provisions|directives?|bills?|lists?|catalogues?"
)
#: a lineage word, then up to five words and a rule's head word ("under the city's autonomous
#: vehicle regulation", "breached the smartphone competition law")
_LINEAGE = re.compile(
    rf"\b(?:{_LINEAGE_WORDS})\s+((?:[\w'’-]+\s+){{0,5}}?)(?:{_RULE_HEADS})\b", re.IGNORECASE
)
#: words of such a reference that say nothing of the rule's object (its stage, its age)
_STAGE_WORDS = frozenset(
    (
        *("new", "draft", "final", "proposed", "revised", "amended", "expanded", "current"),
        *("existing", "latest", "updated", "tightened", "same", "own", "first", "national"),
        *("federal", "state"),
    )
)


def acted_under(title: str, body: str) -> Counter[str]:
    """What the rules a report says a step acts under are about (``UNDER_KEY`` prefixed).

    A later step of a policy often names its rule by the rule's object rather than its title:
    "the first penalty under the remote-upgrade measures issued in May", "apps failing
    children's screen-time rules", "breached the smartphone competition law". Each such
    reference gives the stemmed object words (not its owner, "India's", "the city's", nor its
    stage, "new", "final"), space-joined, when there are two or more: one word ("under the AI
    Act", "the privacy law") is shared by every rule of a sector, and "under the rules" names
    nothing. Title and body.
    """
    out: Counter[str] = Counter()
    for match in _LINEAGE.finditer(f"{title}\n{body}"):
        kept = [
            lexical.stem(w)
            for w in lexical.words(match.group(1))
            if not w.endswith("'s") and w not in lexical.STOPWORDS and w not in _STAGE_WORDS
        ]
        kept = [w for w in kept if len(w) > 1 and not w.isdigit()]
        if len(kept) >= 2:
            out[UNDER_KEY + " ".join(kept)] += 1
    return out


#: key of a report that tells a step taken again (:func:`renewed_step`)
AGAIN_KEY = "r:again"
#: words that say a step is taken again: a lapsed bill reintroduced or resubmitted, a
#: consultation reopened, a plan revived, a rule a court set aside reissued (English); 再度提交,
#: 重新提交, 再次征求意见, 重新发布 (Chinese)
_AGAIN = re.compile(
    r"\b(?:re-?introduc\w*|re-?submit\w*|re-?open(?:s|ed|ing)?|re-?tabl\w+|revives?|revived|"
    r"re-?launch\w*|re-?issu(?:e|es|ed|ing))\b|"
    r"(?:再度|再次|重新)(?:提交|提出|提请|征求意见|公开征求|审议|启动|发布|印发|公布)|重启",
    re.IGNORECASE,
)
#: key of a report whose headline puts off or pauses a step (:func:`put_off_step`)
PUT_OFF_KEY = "r:put-off"
#: words of a headline that say its authority puts off or pauses a step it took: a deadline
#: pushed back, a rule's start postponed or delayed, a scheme's applications paused (English);
#: 推迟, 延期, 延后, 暂缓, 顺延, and 暂停 of a measure's implementation or applications (暂停实施,
#: 暂停算力券申领; not a certificate or licence suspended: a case) (Chinese)
_PUT_OFF = re.compile(
    r"\b(?:postpon(?:e|es|ed|ing|ement)|defer(?:s|red|ring)?|delay(?:ed|ing)|"
    r"(?:second|third|another|further|new|fresh)\s+delay|delays?\s+(?:of|for)|"
    r"push(?:es|ed)?\s+back|puts?\s+off|paus(?:e|es|ed|ing))\b|"
    r"推迟|延期|延后|暂缓|顺延|暂停[^，。；\s]{0,8}?(?:实施|执行|施行|申领|受理|申报|发放|征收)",
    re.IGNORECASE,
)


#: key of a report whose headline is a research body's paper (:func:`research_paper`)
PAPER_KEY = "r:paper"
#: a research body as a headline's actor: a think tank, a policy or research institute or
#: centre, academics, researchers, a university (English); 智库, 研究机构, 研究院, 研究所,
#: 研究中心, 学者, 高校, 大学 (Chinese). Not "institute" alone: a government's own institute
#: ("the AI Security Institute") is an authority
_PAPER = re.compile(
    r"\b(?:think[- ]?tanks?|(?:policy|research)\s+(?:institutes?|cent(?:re|er)s?|groups?)|"
    r"academics|researchers|universit(?:y|ies)|scholars)\b|"
    r"智库|研究机构|研究院|研究所|研究中心|学者|高校|大学",
    re.IGNORECASE,
)


#: what may stand before a research body that is its headline's subject: names, "a", "the", "new"
_PAPER_LEAD = re.compile(r"(?:(?:[A-Z][\w'’.-]*|a|an|the|new)\s+)*")
#: Chinese characters that may stand before it (a place or a name: 清华大学, 某智库)
_PAPER_LEAD_HAN = 6


#: an obligation laid on a research body named as a headline's subject: "Universities must ...",
#: "researchers are required to", "... may no longer" (English, right after the body); 须, 必须,
#: 应当, 不得, 一律, 需经 within the body's clause, before any verb of speaking (Chinese:
#: 高校AI研究须先过伦理审查)
_OBLIGED = re.compile(
    r"\s+(?:must|(?:are|is)\s+(?:required|obliged|told|ordered)\s+to|(?:will\s+)?have\s+to|"
    r"need\s+to|may\s+(?:no\s+longer|not)|(?:are|is)\s+(?:barred|banned)\s+from|can\s+no\s+longer)\b",
    re.IGNORECASE,
)
_OBLIGED_HAN = re.compile(r"须|必须|应当|不得|一律|需经")
#: the Chinese verbs of a research body speaking (a paper, a call, a finding): before them an
#: obligation is not the body's
_SPEAKS_HAN = re.compile(r"撰文|报告|建议|呼吁|认为|指出|表示|发现|称")
#: characters of a research body's clause read for an obligation laid on it
_OBLIGED_SPAN_HAN = 10


def regulated_research_body(title: str, match: re.Match[str]) -> bool:
    """Whether the research body ``match`` finds in a headline is what a rule regulates.

    "Universities must clear AI research with an ethics board", 高校AI研究须先过伦理审查: the
    research body is the subject of an obligation (:data:`_OBLIGED`, :data:`_OBLIGED_HAN`), so
    the headline tells an authority's rule on research, not a research body's paper or call
    (:func:`research_paper`). In Chinese the obligation must stand in the body's clause (no
    punctuation or space between), within a few characters and before any verb of speaking
    (学者撰文：高校……须 is a scholar's paper).
    """
    rest = title[match.end() :]
    if not _has_han(match.group(0)):
        return _OBLIGED.match(rest) is not None
    clause = re.split(r"[\s，。；：:,;、！？!?]", rest, maxsplit=1)[0][:_OBLIGED_SPAN_HAN]
    found = _OBLIGED_HAN.search(clause)
    return found is not None and _SPEAKS_HAN.search(clause[: found.start()]) is None


def research_paper(title: str) -> bool:
    """Whether a headline tells a research body's paper, study or call (:data:`_PAPER`).

    "Think tank paper says ...", "Singapore policy institute calls for ...", 研究机构报告: what a
    research body argues is no step of a rule, however near its subject: an authority's draft,
    rule or fine is not linked to it as a step of one thread. The research body must be the
    headline's subject: only names (capitalised words), "a", "the" or "new" before it in
    English, a few characters in Chinese ("Regulator fines university hospital" is a fine).
    An industry body's call for a measure (:func:`industry_call`) is read alike.
    """
    for match in _PAPER.finditer(title):
        before = title[: match.start()]
        if regulated_research_body(title, match):
            continue
        if _has_han(match.group(0)):
            if len(before.strip()) <= _PAPER_LEAD_HAN:
                return True
        elif _PAPER_LEAD.fullmatch(before):
            return True
    return industry_call(title)


#: an industry body calling for a measure as a headline's subject and verb: an industry, trade,
#: business or lobby group (body, association), a chamber of commerce, then urges, calls for or
#: on, presses, pushes or lobbies for (English); 行业协会, 产业联盟, 商会, (……)协会 then 呼吁,
#: 建议, 倡议 (Chinese). Not its other verbs: a trade group that sues over a rule or an
#: association's notice to its members is a step of the rule's thread
_INDUSTRY_CALL = re.compile(
    r"\b(?:(?:industry|trade|business|lobby)\s+(?:groups?|bod(?:y|ies)|associations?|lobby)|"
    r"chambers?\s+of\s+commerce)\s+(?:urges?|calls?\s+(?:for|on)|press(?:es)?|"
    r"(?:push(?:es)?|lobb(?:y|ies))\s+for)\b",
    re.IGNORECASE,
)
_INDUSTRY_CALL_HAN = re.compile(r"(?:协会|商会|联盟)(?:发布报告|报告)?(?:呼吁|建议|倡议)")
#: characters that may stand before a Chinese industry body's head word (its name: 印度电子与半导体)
_INDUSTRY_LEAD_HAN = 12


def industry_call(title: str) -> bool:
    """Whether a headline tells an industry body calling for a measure (:data:`_INDUSTRY_CALL`).

    "Industry group urges the government to double chip support", 汽车行业协会呼吁延长补贴: what
    the regulated industry asks for is no step of the rule or scheme it is about, however near
    its subject and country (as a research body's paper, :func:`research_paper`). The body
    must be the headline's subject (names, "a", "the" or "new" before it; a name's characters
    in Chinese), and the verb a call: a trade group suing over a rule, an association's notice
    to its members are steps of the rule's thread.
    """
    for match in _INDUSTRY_CALL.finditer(title):
        if _PAPER_LEAD.fullmatch(title[: match.start()]):
            return True
    for match in _INDUSTRY_CALL_HAN.finditer(title):
        if len(title[: match.start()].strip()) <= _INDUSTRY_LEAD_HAN:
            return True
    return False


def renewed_step(title: str, body: str) -> Counter[str]:
    """``AGAIN_KEY`` once when a report's headline or first sentence says a step is taken again.

    A lapsed bill reintroduced, a consultation reopened, a plan resubmitted: the same authority
    takes up its own earlier step, which its wording rarely repeats (a new session, a new
    reason). Only the headline and the lead's first sentence: a later sentence's "reopened"
    is often about something else.
    """
    lead = _SENTENCE_END.split(body.strip(), maxsplit=1)[0] if body else ""
    return Counter({AGAIN_KEY: 1}) if _AGAIN.search(f"{title}\n{lead}") else Counter()


def put_off_step(title: str) -> Counter[str]:
    """``PUT_OFF_KEY`` once when a report's headline says its authority puts off or pauses a step.

    A deadline pushed back, a rule's start postponed, a scheme's applications paused
    (:data:`_PUT_OFF`): what is put off was set before, by the same authority, so the step
    takes up an earlier one as a step taken again does (:func:`put_off_by_its_authority`).
    Only the headline: a later sentence's "delayed" is often about something else.
    """
    return Counter({PUT_OFF_KEY: 1}) if _PUT_OFF.search(title) else Counter()


#: key prefix of the words a report's measure is about (:func:`measure_objects`)
OBJECT_KEY = "o:"
#: the words that name a measure in a sentence: its object is the words around them ("rules on
#: labelling AI-generated content", "HBM export rule", "ban on loot boxes", "compute vouchers")
_MEASURE_WORDS = re.compile(
    r"rules?|regulations?|laws?|acts?|bills?|licen[cs]es?|licensing|bans?|standards?|"
    r"requirements?|curbs?|controls?|screening|limits?|caps?|mandates?|guidelines?|guidance|"
    r"provisions|measures|checks|filings?|registration|registry|record-keeping|labell?ing|"
    r"marking|watermarks?|vouchers?|subsid(?:y|ies)|restrictions?|permits?|lists?|"
    r"designations?|catalogue|regime|framework|code|decree|order|ruling|fines?|penalty|probe|"
    r"investigation|case|waivers?|suspen\w+|blacklist\w*",
    re.IGNORECASE,
)
#: words near a measure word that say nothing of its object (its stage, when, who said it)
_OBJECT_STOPS = frozenset(
    (
        *_STAGE_WORDS,
        *("year", "month", "week", "monday", "tuesday", "wednesday", "thursday", "friday"),
        *("said", "says", "would", "will", "also", "including", "year-long"),
        *("take", "takes", "effect", "effective", "issue", "issued", "publish", "published"),
    )
)
#: a word as written (its case kept: a capitalised word past the first is a name)
_TOKEN = re.compile(r"[^\W_][\w'’-]*")
#: a sentence's end (English and Chinese punctuation)
_SENTENCE_END = re.compile(r"(?<=[.!?;。；！？])\s*")
#: a Chinese document's kind: the object of the measure is written just before it
_ZH_MEASURE = re.compile(
    r"管理办法|办法|规定|条例|标准|目录|指引|指南|措施|清单|名单|细则|决定|意见|修正案|法"
)
#: characters before a Chinese document's kind read as its object
_ZH_OBJECT_CHARS = 8


def measure_objects(title: str, body: str) -> Counter[str]:
    """What a report's measures are about (``OBJECT_KEY`` prefixed), with counts.

    A policy keeps its object while its name, its authority and its wording change: the draft's
    "labelling of AI-generated content" is the final standard's "watermarks on AI voices" and
    the sweep's "unmarked synthetic audio". English: the content words within three before and
    five after each measure word of the title and each sentence (stemmed; not names, which
    are the authority, the company or the place, nor the stage or the day). Chinese: character
    bigrams of each document title 《...》 (without its stage) and of the characters just
    before a document's kind (管理办法, 规定, 目录...).
    """
    out: Counter[str] = Counter()
    stops, stem = lexical.STOPWORDS, lexical.stem
    for sentence in (title, *_SENTENCE_END.split(body)):
        if _has_han(sentence):
            continue
        words = _TOKEN.findall(sentence)
        lower = [w.lower() for w in words]
        for i, word in enumerate(lower):
            if not _MEASURE_WORDS.fullmatch(word):
                continue
            for j in range(max(0, i - 3), min(len(lower), i + 6)):
                w = lower[j]
                if (
                    j == i
                    or len(w) < 3
                    or w.isdigit()
                    or w in stops
                    or w in _OBJECT_STOPS
                    or _MEASURE_WORDS.fullmatch(w)
                    or (j > 0 and words[j][:1].isupper())
                ):
                    continue
                out[OBJECT_KEY + stem(w)] += 1
    text = f"{title}。{body}"
    if _has_han(text):
        spans = [_TITLE_STAGE.sub("", m.group(1)) for m in _DOC_TITLE.finditer(text)]
        spans += [
            text[max(0, m.start() - _ZH_OBJECT_CHARS) : m.start()]
            for m in _ZH_MEASURE.finditer(text)
        ]
        for span in spans:
            for run in _HAN_RUN.findall(span):
                out.update(OBJECT_KEY + a + b for a, b in itertools.pairwise(run))
    return out


def han_bigrams(text: str) -> Counter[str]:
    """Character bigrams of a text's Chinese runs (``HAN_KEY`` prefixed), with their counts.

    Chinese is written without spaces, so its word tokens (:func:`nlp.lexical.terms`) are whole
    clauses that two reports of one policy rarely share; overlapping bigrams are what a
    document's name (《网络直播虚拟主播管理规定》 in its draft and in its final notice) and its
    subject share.
    """
    out: Counter[str] = Counter()
    for run in _HAN_RUN.findall(text):
        out.update(HAN_KEY + run[i : i + 2] for i in range(len(run) - 1))
    return out


@dataclass(slots=True)
class ClusterItem:
    """What grouping needs to know about one article."""

    article_id: str
    title: str
    published: datetime
    outlet_id: str
    vector: npt.NDArray[np.float32]
    lead: str = ""
    text: str = ""
    entity_ids: frozenset[str] = frozenset()
    signal_kinds: frozenset[str] = frozenset()
    #: the watchlist entities the article is about (its main subjects, ``TaggedArticle.about``);
    #: None: not known (an article tagged before salience), every named entity counts
    main_entity_ids: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class GroupingParams:
    """How grouping decides. ``threshold`` is the join probability (0.5 = the tuned point)."""

    window_days: int = 14
    threshold: float = 0.5
    candidates: int = 4
    model: str = "grouping-v8.json"
    #: member-level lexical evidence (per-report TF-IDF and names) reads at most this many reports
    #: of a development, those closest to the article in embedding: a long-running story of
    #: hundreds of reports costs no more per article than one of 32 (ECB+ clusters have <= 22).
    member_evidence: int = 32
    #: the mean features (embedding, TF-IDF, names, arguments) read only this many reports of a
    #: development, those closest to the article in embedding (k-nearest average link); None:
    #: what the model was trained with (``DecisionModel.evidence_top``), 0: all reports.
    evidence_top: int | None = None
    #: a new development joins the story of the nearest open development at this embedding
    #: cosine to its mean vector (see :meth:`Grouper.story_for`)
    story_threshold: float = 0.5
    #: when both developments name watchlist entities, a story link also needs a shared one
    #: and this TF-IDF cosine of their texts (policy news is all "AI policy" to the embedding;
    #: see :func:`story_link`)
    story_tfidf: float = 0.2
    #: a story link between developments in different scripts needs this cross-language
    #: agreement of their closest reports (and a shared entity; see :func:`story_link`)
    story_crosslingual: float = 0.5
    #: entity ids too broad to tie two developments into one story (countries, regions,
    #: governments, topics; ``nlp.archive.params_of`` fills it from the watchlist)
    broad_entities: frozenset[str] = frozenset()
    #: at the end of each batch, a development that gained reports is checked for two events
    #: grown together (see :meth:`Grouper.review`); False: decisions stay as first made.
    review: bool = True
    #: the review reads developments of at most this many reports (larger ones are left as they are)
    review_max: int = 64
    #: the review separates two parts of at least this many reports each (a stray report or two
    #: is not a second event)
    review_min_part: int = 3
    #: the review separates two parts whose average link is under this probability (None: the
    #: join threshold)
    review_threshold: float | None = None
    #: after the splits, a development the batch opened (at most ``review_merge_max`` reports)
    #: moves into the candidate its reports join with a mean probability of at least
    #: ``review_merge_threshold`` (None: the join threshold; see :meth:`Grouper._merge_pass`)
    review_merge: bool = True
    review_merge_max: int = 8
    review_merge_threshold: float | None = None
    #: a report no development of its own language takes may join one whose reports are all in
    #: another language on cross-language evidence (:meth:`Grouper._crosslingual_target`)
    cross_language: bool = True
    #: the cross-language score that joins (``nlp.crosslingual.JOIN_THRESHOLD``)
    crosslingual_threshold: float = crosslingual.JOIN_THRESHOLD
    #: a report in a Latin-script language that no development of its own language takes may
    #: join one holding a report in another Latin-script language published at most this many
    #: days from it, on the names, figures and entities both write alike
    #: (:meth:`Grouper._latin_across_target`); 0: off
    latin_across_days: float = crosslingual.NEAR_DAYS
    #: a name ties two reports in two languages when at most this share of the reports the
    #: grouper knows writes it (at least two reports always may)
    latin_across_name_share: float = 0.05
    #: ... and never more than this many reports (a name as common as a large firm's ties none)
    latin_across_name_most: int = 20
    #: entity ids the cross-language evidence leaves out: their aliases are not parallel across
    #: languages (the watchlist's topics; ``nlp.archive.params_of`` fills it)
    untranslated_entities: frozenset[str] = frozenset()
    #: a new development also looks for its story among developments that left the grouping
    #: window up to this many days before it (:class:`StoryIndex`); at most ``window_days``:
    #: only among open ones
    story_window_days: int = 365
    #: a development whose headline counts a rule's first or annual results (what it collected,
    #: who missed it: :func:`counts_results`) also looks this far back with the learned step,
    #: for an earlier step it shares a key with or names the measure of; at most
    #: ``story_window_days``: no further
    story_results_days: int = 730
    #: beyond the grouping window the texts must agree more (``story_tfidf`` inside it): a
    #: regulator issues many rules in a year, and its unrelated steps share its vocabulary
    story_tfidf_beyond: float = 0.4
    #: a development about no watchlist entity is tied to its thread beyond the window by the
    #: names its headlines state (an agency or a state the watchlist does not hold); a name in
    #: more than this share of the reports the grouper knows is too common to tie anything
    story_name_share: float = 0.1
    #: one act told in two languages that the development level left in two developments (a
    #: notice and its report a day apart): developments in different scripts whose first
    #: reports are at most this many days apart, of one government's authority, join one story
    #: at this cross-language agreement (below ``story_crosslingual``, which any two
    #: developments of the window must reach; see :meth:`Grouper._story_same_act`)
    story_same_act_days: float = 2.0
    story_same_act_crosslingual: float = 0.2
    #: when the split finds no two parts apart (their average link at or above the threshold),
    #: the review looks for the parts in the embedding instead (average link over the reports'
    #: cosine while it reaches ``review_contrast_link``) and separates them when the model's
    #: own probabilities link reports within a part by at least this much more than across the
    #: parts (see :meth:`Grouper._contrast_parts`; 0.17 chosen on the train split); None: off
    review_contrast: float | None = 0.17
    review_contrast_link: float = 0.65
    #: (entity, parent) pairs of the watchlist (an agency's ministry, a ministry's country):
    #: a thread handed from one authority to another of the same government keeps its root
    #: (``nlp.archive.params_of`` fills it; see :func:`key_relation`)
    entity_parents: tuple[tuple[str, str], ...] = ()
    #: (name, entity id) pairs of the watchlist: each entity's name and aliases. A thread's
    #: authority may be a watchlist entry in one step ("深圳市人民政府") and only a name in
    #: another ("Shenzhen's transport bureau"): the story level reads such names as the entry
    #: they name (:func:`name_ids`; ``nlp.archive.params_of`` fills it)
    entity_names: tuple[tuple[str, str], ...] = ()
    #: a learned second chance beyond the grouping window (a model of ``nlp/models``,
    #: ``story-v1.json`` by default; see :meth:`Grouper._story_learned`): a development the
    #: story rules link to no earlier thread joins the one the model finds most probable; "": off
    story_model: str = DEFAULT_STORY_MODEL
    #: the measure guard: two reports in Latin script that speak of two measures (two
    #: governments', or one regulator's on different objects) never join, nor do their
    #: developments merge (:func:`measure_relation`); False: off
    measure_guard: bool = True
    #: (name, place id, alone) of the places below a country that issue measures of their own
    #: (``config/places.toml``; ``nlp.archive.params_of`` fills it): a province's rule and the
    #: central rule it implements are two measures (``nlp.crosslingual.Evidence.places``)
    places: tuple[tuple[str, str, bool], ...] = ()
    #: (city id, province id) of the sub-provincial cities of ``places`` (``province`` in
    #: ``config/places.toml``, ``nlp.crosslingual.place_provinces_of``; ``nlp.archive.params_of``
    #: fills it): a city's notice is its province's news too; None: the project's own table
    place_provinces: tuple[tuple[str, str], ...] | None = None
    #: (Taiwan's word, the mainland's) pairs the notice evidence reads as the mainland's
    #: (``config/zh_variants.toml``, ``nlp.crosslingual.variants_of``; ``nlp.archive.params_of``
    #: fills it); None: the project's own table (a caller without settings)
    zh_variants: tuple[tuple[str, str], ...] | None = None
    #: (word, government id) pairs that make a government own the measure or the authority
    #: they stand before ("US licence rule"; ``config/owner_words.toml``,
    #: ``nlp.archive.params_of`` fills it); None: the project's own table
    owner_words: tuple[tuple[str, str], ...] | None = None
    #: the foreign authorities off the watchlist, by their names in both languages and their
    #: country (``config/foreign_authorities.toml``, ``nlp.crosslingual.foreign_authority_rows``;
    #: ``nlp.archive.params_of`` fills it); None: the project's own table
    foreign_authorities: tuple[crosslingual.AuthorityRow, ...] | None = None


@dataclass(slots=True)
class Profile:
    """The derived, comparable form of an article (computed once)."""

    article_id: str
    title: str
    published: datetime
    outlet_id: str
    vector: Vector
    terms: Counter[str]
    names: frozenset[str]
    sketch: lexical.Sketch
    entity_ids: frozenset[str]
    signal_kinds: frozenset[str]
    #: Names and numbers of the title and lead: the event's own arguments (who, where, how many),
    #: where the body also carries background.
    head: frozenset[str] = frozenset()
    #: Words of the body (0: a headline-only report); -1: not known (counted as a full text).
    words: int = -1
    #: script and cross-language evidence (:mod:`nlp.crosslingual`)
    reading: crosslingual.Reading | None = None
    #: the watchlist entities the report is about (``ClusterItem.main_entity_ids``; None: every
    #: one it names)
    main_ids: frozenset[str] | None = None
    #: the days (:func:`nlp.lexical.dates`) the title and lead state, and the whole text
    head_dates: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    #: Chinese character bigrams of the title and text (:func:`han_bigrams`; stories compare them)
    bigrams: Counter[str] = field(default_factory=Counter)
    #: typed persons, places and counts the headline states (:func:`nlp.headline.entities`);
    #: None: not read yet (read when a short pair needs them, :func:`head_entities`)
    head_ents: frozenset[str] | None = None
    #: adjacent content-word pairs of the title and text (:func:`word_pairs`; stories compare
    #: them), as :func:`pair_sequence` keeps them (:attr:`phrases` reads them as counts)
    pairs: tuple[str, ...] = ()
    #: the legal instruments the report names (:func:`cited_instruments`) and the objects of
    #: the rules it says a step acts under (:func:`acted_under`); stories compare them
    cites: Counter[str] = field(default_factory=Counter)
    #: the language of a report in Latin script (:func:`nlp.lang.detect_language`; None: another
    #: script, or not known) and the names and figures another language writes the same way
    #: (:func:`nlp.latin_across.cross_keys`): a development told in two Latin-script languages
    #: is held together on them (:meth:`Grouper._latin_across_target`)
    language: str | None = None
    cross_keys: frozenset[str] = frozenset()

    @property
    def phrases(self) -> Counter[str]:
        """The word pairs with their counts (:func:`word_pairs`), read from :attr:`pairs`."""
        return Counter(self.pairs)


#: ``min_words`` of a pair whose sides' lengths are not known (a full text for the model).
UNKNOWN_WORDS = 10_000
#: The headline conflicts (:mod:`nlp.headline`) are measured for pairs where either side has
#: fewer body words than this (the short-report branch's length, or the model's own): full-text
#: pairs never need the headlines' NER.
HEADLINE_WORDS = 36


def head_entities(prof: Profile) -> frozenset[str]:
    """The report's headline entities, read on first need and kept in the profile."""
    if prof.head_ents is None:
        prof.head_ents = headline.entities(prof.title)
    return prof.head_ents


def short_titles(items: Iterable[ClusterItem]) -> list[str]:
    """Titles of the short and headline-only items (their headlines are read in batches)."""
    return [i.title for i in items if len((i.text or i.lead).split()) < HEADLINE_WORDS]


def profile(
    item: ClusterItem,
    *,
    story_evidence: bool = True,
    places: crosslingual.Places | None = None,
    governments: crosslingual.Governments | None = None,
    variants: Sequence[tuple[str, str]] | None = None,
    authorities: crosslingual.ForeignAuthorities | None = None,
    roles: crosslingual.Roles | None = None,
) -> Profile:
    """Terms, names and sketch of an article (the body carries what the embedding does not).

    ``story_evidence``: also the word pairs and cited instruments only the learned story
    decision reads (``GroupingParams.story_model``); without it they stay empty, and nothing
    else changes (their keys weigh no other comparison). ``places``: the places below a
    country whose own measures the notice evidence reads (``GroupingParams.places``);
    ``governments``: the watchlist's governments it reads as owners
    (``nlp.crosslingual.governments_of``; the project's watchlist by default); ``variants``:
    Taiwan's words it reads as the mainland's (``GroupingParams.zh_variants``; the project's
    table by default); ``authorities``: the foreign authorities it reads by their names
    (``GroupingParams.foreign_authorities``; the project's table by default); ``roles``: the
    watchlist's authorities it reads by their role (``nlp.crosslingual.roles_of`` on
    ``GroupingParams.entity_names`` and ``owner_words``; the project's watchlist by default).
    """
    body = item.text or item.lead
    text = f"{item.title}\n{body}"
    lead = lexical.head(item.title, body)
    reading = crosslingual.read(
        text,
        item.entity_ids,
        item.signal_kinds,
        _aware(item.published),
        places,
        governments,
        variants,
        authorities,
        roles,
    )
    language = lang.detect_language(text) if reading.script == "latin" else None
    in_latin = language in latin_across.LATIN_LANGUAGES
    return Profile(
        article_id=item.article_id,
        title=item.title,
        published=_aware(item.published),
        outlet_id=item.outlet_id,
        vector=np.asarray(item.vector, dtype=np.float32),
        terms=lexical.terms(text),
        names=lexical.names(text) | {"e:" + e for e in item.entity_ids},
        sketch=lexical.minhash(body or item.title),
        entity_ids=_shared(item.entity_ids),
        signal_kinds=_shared(item.signal_kinds),
        head=_shared(lexical.names(lead)),
        words=len(body.split()),
        reading=reading,
        main_ids=item.main_entity_ids,
        head_dates=_shared(lexical.dates(lead)),
        dates=_shared(lexical.dates(text)),
        bigrams=han_bigrams(text),
        pairs=pair_sequence(word_pairs(text)) if story_evidence else (),
        cites=cited_instruments(item.title, body)
        + acted_under(item.title, body)
        + measure_objects(item.title, body)
        + renewed_step(item.title, body)
        + put_off_step(item.title)
        + (Counter({PAPER_KEY: 1}) if research_paper(item.title) else Counter())
        if story_evidence
        else Counter(),
        language=language if in_latin else None,
        cross_keys=latin_across.cross_keys(item.title, body) if in_latin else frozenset(),
    )


class Profiler:
    """:func:`profile` of a report as a grouper with ``params`` reads it.

    The learned story decision's evidence only when it is on, the places whose own measures the
    notice evidence reads apart from their country's (``params.places``) and the watchlist's
    governments read when a report names one alone as a measure's owner. The grouper and the
    warehouse's window (profiles rebuilt from stored rows when a run resumes) both build
    profiles through it: built once per parameters, it gives the same profile on either path.
    """

    def __init__(self, params: GroupingParams) -> None:
        parents = dict(params.entity_parents)
        self._story_evidence = bool(params.story_model)
        self._places = (
            crosslingual.places_of(params.places, params.place_provinces) if params.places else None
        )
        owner_words = (
            params.owner_words
            if params.owner_words is not None
            else crosslingual.default_owner_words()
        )
        self._governments = (
            crosslingual.governments_of(
                params.entity_names,
                params.broad_entities - params.untranslated_entities - parents.keys(),
                owner_words,
            )
            if params.entity_names
            else None
        )
        self._variants = params.zh_variants
        self._authorities = (
            crosslingual.foreign_authorities_from_rows(params.foreign_authorities, self._variants)
            if params.foreign_authorities is not None
            else None
        )
        #: the watchlist's authorities by role, from the parameters' watchlist names and owner
        #: words (a configuration folder's own watchlist), not the project's
        self._roles = (
            crosslingual.roles_of(params.entity_names, owner_words) if params.entity_names else None
        )

    @property
    def places(self) -> crosslingual.Places | None:
        """The places whose own measures the notice evidence reads (``params.places``)."""
        return self._places

    def __call__(self, item: ClusterItem) -> Profile:
        return profile(
            item,
            story_evidence=self._story_evidence,
            places=self._places,
            governments=self._governments,
            variants=self._variants,
            authorities=self._authorities,
            roles=self._roles,
        )


def _latin(prof: Profile | None) -> bool:
    """Whether the English model reads a report: Latin script, or a script not known."""
    return prof is not None and (prof.reading is None or prof.reading.script == "latin")


def _arguments(prof: Profile) -> lexical.Arguments:
    """A report's event arguments (names, numbers and days of its lead and text)."""
    args = lexical.Arguments.of(prof.head, prof.names, prof.head_dates, prof.dates)
    if args.figures and args.years and args.dates:
        return args
    # kept for every report of the window: its empty sets are the one shared empty set
    return replace(
        args,
        figures=_shared(args.figures),
        years=_shared(args.years),
        dates=_shared(args.dates),
    )


def df_keys(prof: Profile) -> set[str]:
    """The keys a report adds to the document frequencies: its terms, names and bigrams.

    The bigrams (:func:`han_bigrams`) weigh only stories' comparisons, the cross-language names
    (:attr:`Profile.cross_keys`) only the join of two Latin-script languages; counting them
    changes no other key's IDF. The word pairs are read from :attr:`Profile.pairs` as they are
    kept (no count of them is needed).
    """
    keys = set(prof.terms) | prof.names | prof.bigrams.keys()
    keys.update(prof.pairs)
    # the names and figures another language writes alike, counted for their rarity only
    keys.update(prof.cross_keys)
    return keys


def _offices(
    evidence: crosslingual.Evidence, authorities: Collection[str], parents: Mapping[str, str]
) -> frozenset[str]:
    """The authorities a report names, with those above them short of their government."""
    return frozenset(
        up
        for entity in evidence.entities
        if entity in authorities
        for up in _lineage(entity, parents)
        if up in authorities
    )


def measure_relation(
    one: crosslingual.Evidence,
    other: crosslingual.Evidence,
    authorities: Collection[str] = frozenset(),
    parents: Mapping[str, str] | None = None,
) -> int:
    """Whether two reports speak of one measure, on what the measure itself is: -1, 0 or +1.

    -1 when they speak of two governments' measures (their owners share none, or one is a
    province's or a city's own measure the other does not place there:
    :func:`nlp.crosslingual.contradicts`), when all the subjects they share are those one names
    as another, separate measure (``Evidence.aside``: "came before separate measures on
    renewing filings"), or when both state what the measure is about
    (:func:`measure_subjects`: subject cues, not the steps any measure takes) and both name a
    measure (a rule, a licence, a fine: a kind cue) of an authority (one of ``authorities``: the
    watchlist's agencies, ministries and city governments), and they share none of it, or share
    only one subject (the field: drones, chips) while their authorities are unrelated (none
    named by one is, or is under, one named by the other; ``parents``: the watchlist's parent
    of each entity) or each states a subject the other does not and they name no party of the
    measure in common (an export licence on drone parts against an import ban on drones; two
    reports of one act often name different aspects of it, as requests to DeepSeek and Alibaba
    Cloud read by one report for their foreign suppliers and by the other for their model
    weights, and then the parties they name meet); +1 when they share a document number, more
    than one subject, or one subject otherwise (and the owners do not disagree); 0 when a side
    states no subject (nothing stated is no disagreement). One regulator issues many rules,
    and its reports all share its name and the policy verbs ("rules that would require"):
    only the measure's own object tells a draft on data-export certifiers from a rumour of
    face scans for chatbot users, and a city's drone routes from a customs hold on drone parts.
    """
    if crosslingual.contradicts(one, other):
        return -1
    if one.doc_numbers & other.doc_numbers:
        return 1
    mine, theirs = measure_subjects(one), measure_subjects(other)
    if not mine or not theirs:
        return 0
    # a narrower subject shared (high-bandwidth memory) is two: itself and its broader (chips)
    shared = mine & theirs
    aside = measure_subjects(replace(one, topics=one.aside)) | measure_subjects(
        replace(other, topics=other.aside)
    )
    if shared and shared <= aside:
        return -1  # all they share is what one names as another, separate measure
    if len(shared) > 1:
        return 1
    # Subject cues are read by word starts: in general news they fire by chance ("fine
    # weather", "weights" in a gym), so only two texts about an authority's measure are read
    # on them (a subject stated and not shared then is a disagreement of their measures).
    if not (one.kinds and other.kinds):
        return 1 if shared else 0
    if one.entities.isdisjoint(authorities) or other.entities.isdisjoint(authorities):
        return 1 if shared else 0
    if not shared:
        return -1
    if parents is not None:
        offices_one = _offices(one, authorities, parents)
        offices_other = _offices(other, authorities, parents)
        if offices_one.isdisjoint(offices_other):
            return -1  # one field, two authorities of one government: two measures
    owners = one.owners | other.owners
    parties = {e for e in one.entities & other.entities if e not in authorities and e not in owners}
    if mine - shared and theirs - shared and not parties:
        return -1  # one field, each its own object, and no party of the measure shared
    return 1


def shares_the_measure(one: crosslingual.Evidence, other: crosslingual.Evidence) -> bool:
    """Whether two reports share more of a measure than its field.

    A document number, or more than one subject (:func:`measure_subjects`), with their owners
    not apart.
    """
    if crosslingual.contradicts(one, other):
        return False
    return bool(one.doc_numbers & other.doc_numbers) or (
        len(measure_subjects(one) & measure_subjects(other)) > 1
    )


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


@dataclass(slots=True)
class DevelopmentState:
    """A development as grouping sees it: its reports' evidence, aggregated."""

    development_id: str
    headline: str
    first_article_id: str
    first_published: datetime
    last_published: datetime
    member_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    vector_sum: Vector | None = None
    term_counts: Counter[str] = field(default_factory=Counter)
    name_counts: Counter[str] = field(default_factory=Counter)
    sketches: list[lexical.Sketch] = field(default_factory=list)
    member_terms: list[Counter[str]] = field(default_factory=list)
    member_names: list[frozenset[str]] = field(default_factory=list)
    member_args: list[lexical.Arguments] = field(default_factory=list)
    entity_counts: Counter[str] = field(default_factory=Counter)
    signal_kinds: set[str] = field(default_factory=set)
    head_counts: Counter[str] = field(default_factory=Counter)
    #: the longer-running story the development belongs to (:meth:`Grouper.story_for`)
    story_id: str = ""
    #: body words of the reports whose length is known, and how many those are
    words_total: int = 0
    words_known: int = 0
    _core_names: frozenset[str] | None = None
    _head_core: frozenset[str] | None = None
    _sketch_matrix: npt.NDArray[np.uint64] | None = None
    #: how many reports are about each watchlist entity (main subjects; the story keys)
    main_counts: Counter[str] = field(default_factory=Counter)
    #: Chinese character bigrams of the reports (:func:`han_bigrams`; the story text evidence)
    bigram_counts: Counter[str] = field(default_factory=Counter)
    #: each report's profile, for its headline entities read on need (:func:`head_entities`)
    member_heads: list[Profile] = field(default_factory=list)
    #: word pairs of the reports (:func:`word_pairs`; the story evidence of the policy's object)
    phrase_counts: Counter[str] = field(default_factory=Counter)
    #: legal instruments the reports name (:func:`cited_instruments`; which rule a step cites)
    cite_counts: Counter[str] = field(default_factory=Counter)
    #: :func:`story_names` of ``head_counts`` and :func:`named_in_chinese` (with the table it
    #: read), kept until a report is added: the story steps read them for every open development
    _head_names: frozenset[str] | None = None
    _chinese_names: tuple[Mapping[str, frozenset[str]], frozenset[str]] | None = None
    #: :meth:`Grouper.story_profile`, with what it was read under (the grouper's parameters
    #: and authority table, the story id and the last report's time), kept until a report joins
    _story: tuple[object, object, str, datetime, StoryProfile | None] | None = None

    def add(self, prof: Profile) -> None:
        self.member_ids.append(prof.article_id)
        self.outlets.append(prof.outlet_id)
        self.vector_sum = (
            prof.vector.copy() if self.vector_sum is None else self.vector_sum + prof.vector
        )
        self.term_counts.update(prof.terms)
        self.bigram_counts.update(prof.bigrams)
        self.phrase_counts.update(prof.phrases)
        self.cite_counts.update(prof.cites)
        self.name_counts.update(prof.names)
        self.sketches.append(prof.sketch)
        self.member_terms.append(prof.terms)
        self.member_names.append(prof.names)
        self.member_args.append(_arguments(prof))
        self.member_heads.append(prof)
        self.head_counts.update(prof.head)
        if prof.words >= 0:
            self.words_total += prof.words
            self.words_known += 1
        self.entity_counts.update(prof.entity_ids)
        self.main_counts.update(prof.entity_ids if prof.main_ids is None else prof.main_ids)
        self.signal_kinds.update(prof.signal_kinds)
        self.first_published = min(self.first_published, prof.published)
        self.last_published = max(self.last_published, prof.published)
        self._core_names = None
        self._head_core = None
        self._sketch_matrix = None
        self._head_names = None
        self._chinese_names = None
        self._story = None

    @property
    def is_policy(self) -> bool:
        """Whether any report of the development carries a policy signal."""
        return bool(self.signal_kinds)

    @property
    def size(self) -> int:
        return len(self.member_ids)

    def mean_words(self) -> float:
        """Mean body words of the reports (``UNKNOWN_WORDS`` when none is known)."""
        return self.words_total / self.words_known if self.words_known else UNKNOWN_WORDS

    def core_names(self) -> frozenset[str]:
        """Names at least half of the reports state (all of them for one report)."""
        if self._core_names is None:
            need = max(1, math.ceil(self.size / 2))
            self._core_names = frozenset(k for k, c in self.name_counts.items() if c >= need)
        return self._core_names

    def head_core(self) -> frozenset[str]:
        """Title+lead names and numbers at least half of the reports state there.

        The development's own event arguments (who, where, how many) as its reports lead with
        them (all of them for one report).
        """
        if self._head_core is None:
            need = max(1, math.ceil(self.size / 2))
            self._head_core = frozenset(k for k, c in self.head_counts.items() if c >= need)
        return self._head_core

    def head_names(self) -> frozenset[str]:
        """:func:`story_names` of the reports' title and lead names (``head_counts``)."""
        if self._head_names is None:
            self._head_names = story_names(self.head_counts)
        return self._head_names

    def sketch_matrix(self) -> npt.NDArray[np.uint64]:
        if self._sketch_matrix is None:
            self._sketch_matrix = np.vstack(self.sketches)
        return self._sketch_matrix


def _core_entities(dev: DevelopmentState) -> frozenset[str]:
    """Linked entities at least half of a development's reports name (all of them for one)."""
    need = max(1, math.ceil(dev.size / 2))
    return frozenset(e for e, c in dev.entity_counts.items() if c >= need)


def _core_mains(dev: DevelopmentState) -> frozenset[str]:
    """Main subjects at least half of a development's reports are about (all of them for one)."""
    need = max(1, math.ceil(dev.size / 2))
    return frozenset(e for e, c in dev.main_counts.items() if c >= need)


#: key prefix of the names :func:`lexical.names` finds (story keys of developments about no
#: watchlist entity: :func:`_story_mains`)
NAME_KEY = "n:"


def _story_mains(
    dev: DevelopmentState,
    params: GroupingParams,
    authority_keys: Mapping[str, frozenset[str]] | None = None,
) -> frozenset[str]:
    """What ties a development to its thread beyond the grouping window.

    Its main subjects (:func:`_core_mains`) when they give a story key; otherwise the names
    (``NAME_KEY``) at least half of its reports state in their title and lead: the regulator or
    the state a watchlist does not hold (Ofcom, a state privacy agency) is still the actor a
    draft and its final rules share. Never mixed: a watchlist key and a name never meet. A
    development that names a specific watchlist entity (an agency, a company) but is about none
    has no actor to share, as inside the window: no names either. One that names neither, but
    a city's or province's government, is keyed by that government (:func:`_local_governments`).

    ``authority_keys``: each table authority's Latin names as name keys
    (:func:`authority_name_keys`). A Chinese report names an authority off the watchlist by its
    Chinese name (香港金融管理局, 国家药监局), which no name key reads: it states the
    authority's Latin names as its English reports do (:func:`named_in_chinese`).
    """
    mains = _core_mains(dev)
    if story_keys(mains, params):
        return mains
    named = _core_entities(dev) - params.broad_entities - params.untranslated_entities
    if named:
        return mains
    names = story_names(dev.head_core())
    if authority_keys:
        names |= named_in_chinese(dev, authority_keys)
    return names or _local_governments(dev, params)


def _local_governments(dev: DevelopmentState, params: GroupingParams) -> frozenset[str]:
    """The governments under a country a development's reports name, as its story key.

    A development about no watchlist entity, naming no specific one and no name its headlines
    hold, whose reports (at least half) name a government that answers to a country (a city's
    or province's government, a legislature: a broad entity with a parent on the watchlist):
    its own offices act for it (深圳市市场监管局 repealing the city's rule, a provincial
    department's notice), so the government ties the development to its thread as a main
    subject would. A country alone (no parent) keys nothing here: a report naming only China
    or India has no actor to share.
    """
    parents = {child for child, _ in params.entity_parents}
    return frozenset(
        e
        for e in _core_entities(dev) & params.broad_entities
        if e in parents and e not in params.untranslated_entities
    )


def authority_name_keys(rows: Iterable[crosslingual.AuthorityRow]) -> dict[str, frozenset[str]]:
    """Each table authority's Latin names and initials as name keys hold them, by its key.

    ``rows``: the table of authorities off the watchlist (``GroupingParams.foreign_authorities``):
    ``hk-hkma`` is ``n:hong kong monetary authority`` and ``n:hkma``.
    """
    out: dict[str, frozenset[str]] = {}
    for key, _, latin, *_ in rows:
        names = {NAME_KEY + " ".join(n.lower().split()) for n in latin if n.strip()}
        if names:
            out[key] = frozenset(names)
    return out


def named_in_chinese(
    dev: DevelopmentState, authority_keys: Mapping[str, frozenset[str]]
) -> frozenset[str]:
    """The name keys of the table authorities a development's Chinese reports name.

    A Chinese report that names an authority off the watchlist by its Chinese name
    (:attr:`nlp.crosslingual.Evidence.authorities`: 香港金融管理局, 国家药品监督管理局) states its
    Latin names (``authority_keys``, :func:`authority_name_keys`) as a name key would; with
    the head names of the other reports, those at least half of the reports state are kept (as
    :meth:`DevelopmentState.head_core`). An English report's names are its own.
    """
    cached = dev._chinese_names
    if cached is not None and cached[0] is authority_keys:
        return cached[1]
    counts: Counter[str] = Counter(dev.head_counts)
    for prof in dev.member_heads:
        reading = prof.reading
        if reading is None or reading.script != "han":
            continue
        found: set[str] = set()
        for key in reading.evidence.authorities:
            found.update(authority_keys.get(key, ()))
        counts.update(found - prof.head)
    need = max(1, math.ceil(dev.size / 2))
    named = story_names(k for k, c in counts.items() if c >= need)
    dev._chinese_names = (authority_keys, named)
    return named


def story_names(keys: Iterable[str]) -> frozenset[str]:
    """The name keys (``NAME_KEY``) of ``keys`` as story keys: possessives dropped.

    "the FAA's regime" and "the FAA" name one actor, and "the Online Safety Act's duties" the
    act (:func:`lexical.names` keeps the "'s"). A one-word name that is a stopword
    ("Under the expanded opening") names nothing.
    """
    out = set()
    for key in keys:
        if not key.startswith(NAME_KEY):
            continue
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in key[len(NAME_KEY) :].split()]
        if len(words) == 1 and words[0] in lexical.STOPWORDS:
            continue
        if words and all(words):
            out.add(NAME_KEY + " ".join(words))
    return frozenset(out)


#: the last word of an alias that names an authority by its place or field ("Shenzhen municipal
#: government", "Dutch government", "Commerce Department"): the words before it name it too
_AUTHORITY_HEADS = frozenset({"government", "department", "ministry"})


def name_ids(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The watchlist entity each name names, as name keys hold it (lower case, no prefix).

    ``names``: (name or alias, entity id) pairs. Each name and alias names its entity; an alias
    ending in an authority's word ("the Dutch government", "Shenzhen municipal government",
    "the Commerce Department") also names it by the words before ("dutch", "shenzhen",
    "commerce"), unless a name or alias says otherwise. A name two entities share names none.
    """
    exact: dict[str, set[str]] = {}
    derived: dict[str, set[str]] = {}
    for name, entity in names:
        words = name.lower().split()
        exact.setdefault(" ".join(words), set()).add(entity)
        if len(words) > 1 and words[-1] in _AUTHORITY_HEADS:
            core = [w for w in words[:-1] if w != "municipal"]
            if core:
                derived.setdefault(" ".join(core), set()).add(entity)
    out = {}
    for name in exact.keys() | derived.keys():
        ids = exact.get(name) or derived[name]
        if len(ids) == 1:
            out[name] = next(iter(ids))
    return out


def authority_countries(
    rows: Iterable[crosslingual.AuthorityRow], countries: Collection[str], taken: Collection[str]
) -> dict[str, str]:
    """The country each foreign authority's Latin name names, as name keys hold it.

    ``rows``: the foreign authorities' table (``GroupingParams.foreign_authorities``);
    ``countries``: the watchlist's broad entities (a row whose country is none is left out);
    ``taken``: names that name a watchlist entry (:func:`name_ids`), which they keep. "the FTC"
    and "the Federal Trade Commission" name the United States' authority: a development keyed
    by the name and one keyed by the country alone may be one authority's steps.
    """
    found: dict[str, set[str]] = {}
    for _, country, latin, *_ in rows:
        if country not in countries:
            continue
        for name in latin:
            key = " ".join(name.lower().split())
            if key and key not in taken:
                found.setdefault(key, set()).add(country)
    return {name: next(iter(c)) for name, c in found.items() if len(c) == 1}


#: the words that make a name an authority's ("Korea Ministry of Food and Drug Safety", "Dutch
#: Data Protection Authority"): :func:`country_in_name`
_AGENCY_WORDS = frozenset(
    {
        "administration",
        "agency",
        "authority",
        "board",
        "bureau",
        "commission",
        "committee",
        "department",
        "inspectorate",
        "ministry",
        "office",
        "regulator",
    }
)


def country_names(
    names: Mapping[str, str], countries: Collection[str], parents: Mapping[str, str]
) -> dict[str, str]:
    """The names of the watchlist's countries, as name keys hold them, read as the country.

    ``names``: :func:`name_ids`; ``countries``: the broad entities that may be a country (the
    watchlist's untranslated terms left out); a broad entity with a parent (a city's government,
    a legislature) is no country.
    """
    return {n: e for n, e in names.items() if e in countries and e not in parents}


#: the words that make a name a body's the state does not run, wherever they stand ("US
#: Olympic Committee", "China Chamber of Commerce", "Korea Development Bank Group"): chambers,
#: federations, associations, councils, unions, leagues, clubs, societies, foundations, groups,
#: banks, companies and sports bodies (:func:`country_in_name`)
_NON_STATE_WORDS = frozenset(
    {
        "association",
        "bank",
        "chamber",
        "club",
        "company",
        "corporation",
        "council",
        "federation",
        "foundation",
        "group",
        "league",
        "olympic",
        "society",
        "union",
    }
)


#: the authority's words that are also the organs of companies and clubs (a board, a
#: committee): as a name's last word they name an authority only after two words of its field
#: or more ("Intellectual Property Trial and Appeal Board"), not after one (:func:`country_in_name`)
_ORGAN_WORDS = frozenset({"board", "committee"})


def country_in_name(
    name: str, countries: Mapping[str, str], entities: Collection[str] = frozenset()
) -> str | None:
    """The country an authority's name states in its leading words, or None.

    ``name``: a name key's name ("korea ministry of food drug safety"); ``countries``:
    :func:`country_names`; ``entities``: the names (as name keys hold them) of the watchlist's
    entities that are no country. A country's name with an authority's word right after it
    ("Korea Ministry of Food and Drug Safety") or as the name's last word ("Dutch Data
    Protection Authority", "Japan Patent Office") names that country's authority: one side
    keyed by it and the other by the country alone may be one authority's steps. A name with
    no authority's word there ("China AI", "Korea Zinc"), or with one elsewhere only, names
    none; nor does a body the state does not run (:data:`_NON_STATE_WORDS`: "US Olympic
    Committee"), nor the organ of a named entity, whose name its leading words are (the board
    of a company on the watchlist: "<company> board"), nor a board or committee after one word
    (:data:`_ORGAN_WORDS`: "Korea Zinc board").
    """
    words = name.split()
    for end in range(len(words) - 1, 0, -1):
        country = countries.get(" ".join(words[:end]))
        if country is None:
            continue
        if _NON_STATE_WORDS & set(words[end:]):  # after the country: the European Union's are
            return None
        if words[end] in _AGENCY_WORDS:
            return country
        if words[-1] not in _AGENCY_WORDS:
            return None
        if words[-1] in _ORGAN_WORDS and len(words) - end < 3:
            # "<country> Zinc board": one word before a company's organ is most often its name
            return None
        if any(" ".join(words[:i]) in entities for i in range(end + 1, len(words))):
            return None
        return country
    return None


def initials_meet(
    mine: Collection[str], theirs: Collection[str], glossary: Collection[str] = frozenset()
) -> bool:
    """Whether a name key on one side is the initials of a name key on the other.

    An authority or a law is named in full in one report and by its abbreviation in a later
    one ("the Australian Taxation Office", then "the ATO"): one name, two keys. The
    abbreviation must be one word of two to six letters; the full name two words or more.
    A name's initials are those linking reads (:func:`nlp.linking.generated_initials`, both
    readings of a hyphenated word: :func:`nlp.linking.initials_readings`): none of a one-word
    name beside its legal form ("Apple Inc." is no "AI"), none that spell a domain term ("AI",
    "API"). ``glossary``: the glossary terms' names as name keys hold them (the watchlist's
    topics), which give none ("Export Controls" is no "EC").
    """
    for one, other in ((mine, theirs), (theirs, mine)):
        short = {
            k[len(NAME_KEY) :]
            for k in one
            if k.startswith(NAME_KEY) and k[len(NAME_KEY) :].isalpha() and 2 <= len(k) - 2 <= 6
        }
        if short and short & {
            letters.lower()
            for k in other
            if k.startswith(NAME_KEY) and k[len(NAME_KEY) :] not in glossary
            for letters in linking.initials_readings(k[len(NAME_KEY) :])
        }:
            return True
    return False


def authority_names(rows: Iterable[crosslingual.AuthorityRow]) -> dict[str, tuple[str, str]]:
    """Each foreign authority's Latin name, as name keys hold it, read as (its key, its country).

    ``rows``: the foreign authorities' table (``GroupingParams.foreign_authorities``). A name two
    rows share names neither. "the ICO" and "the Information Commissioner's Office" are
    ``uk-ico`` of ``united-kingdom``; "the FCA" is ``uk-fca``, another authority of that country.
    """
    found: dict[str, set[tuple[str, str]]] = {}
    for key, country, latin, *_ in rows:
        for name in latin:
            if name_key := " ".join(name.lower().split()):
                found.setdefault(name_key, set()).add((key, country))
    return {name: next(iter(v)) for name, v in found.items() if len(v) == 1}


def _story_evidence(
    evidence: crosslingual.Evidence, ignore: frozenset[str]
) -> crosslingual.Evidence:
    """Cross-language evidence as stories compare it.

    Without the untranslated entities, and without the stage cues: a draft and its final
    rules are two steps of one thread.
    """
    return replace(
        evidence, entities=evidence.entities - ignore, topics=evidence.topics - STAGE_CUES
    )


def _only(bag: Counter[str], prefix: str) -> Counter[str]:
    """The terms of ``bag`` with this key prefix."""
    return Counter({t: c for t, c in bag.items() if t.startswith(prefix)})


def _is_enforcement(kind: str) -> bool:
    """Whether a signal kind is an enforcement (a fine, an order, a penalty)."""
    return kind.startswith("enforcement")


#: the signal kinds of a rule's own text: a law, a guideline or standard, a data rule
RULE_KINDS = frozenset({"law-regulation", "guidance-standard", "data-security-rule"})


def penalty_step(kinds: Iterable[str]) -> bool:
    """Whether a step read as these signal kinds is a penalty: an enforcement, and no rule.

    A rule states what breaking it costs ("firms that do not comply face fines of up to",
    "违者处以罚款"): its reports read as an enforcement too, beside the rule's own kind. A step
    read as a law, a guideline or a data rule as well as an enforcement is that rule with its
    penalty clause, not a fine under another instrument (the bar on an earlier penalty:
    :func:`penalty_under_another_instrument`); an enforcement read with other kinds (an export
    control and a restriction: a firm fined for a shipment) stays a penalty.
    """
    kinds = frozenset(kinds)
    return any(_is_enforcement(k) for k in kinds) and not kinds & RULE_KINDS


#: the stemmed last words of instruments' names (:func:`cited_instruments`)
_HEADS = frozenset(
    lexical.stem(w)
    for w in (
        *("act", "acts", "list", "lists", "rule", "rules", "regulation", "regulations"),
        *("law", "laws", "measures", "provisions", "directive", "directives", "decree"),
        *("decrees", "code", "codes", "guidelines", "bill", "bills", "order", "orders"),
        *("standard", "standards", "catalogue"),
    )
)


def _instrument_object(cited: str) -> list[str]:
    """The words of a cited instrument's name that say what it is about (not "act", "list")."""
    words = cited.split()
    return words[:-1] if len(words) > 1 and words[-1] in _HEADS else words


def _root(word: str) -> str:
    """A stemmed word without a final "e" ("upgrade" and "upgrad", the stem of "upgrades")."""
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def _initials(words: Sequence[str]) -> str:
    """The acronym of a name's words ("digital personal data protection" -> "dpdp")."""
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _kept_words(bag: Mapping[str, int]) -> set[str]:
    """The words of a story profile's kept terms (any prefix but Chinese bigrams), rooted."""
    return {_root(w) for t in bag if not t.startswith(HAN_KEY) for w in t.split(":", 1)[-1].split()}


def _has_han(text: str) -> bool:
    return _HAN_RUN.search(text) is not None


def _cites(later: Mapping[str, int], earlier: Mapping[str, int]) -> float:
    """Whether the instruments a later step cites are the earlier one's, in [-1, 1].

    0 when the later step names no instrument; +1 when the earlier one names one of them too,
    or its kept words hold every word of one (a draft does not call itself "the Entity List"
    but names its object), or one is the other's acronym ("the DPDP Rules" under "the Digital
    Personal Data Protection Act"); -1 when it names none of them: a penalty "for shipping to
    a company on the Entity List" is not a step of the agency's chip rule, however alike the
    texts. A Chinese document title is checked only against an earlier step with Chinese
    text: an English draft cannot name 《...》, so that says nothing either way. 0 when the
    earlier step names the cited list only as the list it added someone to or took someone off
    (``LISTED_KEY``): a listing and a later fine for shipping to a listed firm are two acts under
    one standing list, not two steps of one.
    """
    has_han = any(t.startswith(HAN_KEY) for t in earlier)
    cited = [
        t[len(CITE_KEY) :] for t in later if t.startswith(CITE_KEY) and (has_han or not _has_han(t))
    ]
    if not cited:
        return 0.0
    theirs = {t[len(CITE_KEY) :] for t in earlier if t.startswith(CITE_KEY)}
    listed = {t[len(LISTED_KEY) :] for t in earlier if t.startswith(LISTED_KEY)}
    words = _kept_words(earlier)
    acronyms = {_initials(_instrument_object(t)) for t in theirs} - {""}

    def hit(cite: str) -> bool:
        obj = _instrument_object(cite)
        if cite in theirs or {_root(w) for w in obj} <= words:
            return True
        if len(obj) == 1 and obj[0] in acronyms:
            return True
        return _initials(obj) in words

    hits = [c for c in cited if hit(c)]
    if not hits:
        return -1.0
    # the earlier step only put someone on (or took someone off) the list the later one names:
    # two acts under one standing list, not one step of the other; nothing either way
    return 0.0 if all(c in listed for c in hits) else 1.0


def _acts_under(later: Mapping[str, int], earlier: Mapping[str, int]) -> float:
    """Whether a later step says it acts under a rule the earlier one is about, in {-1, 0, 1}.

    0 when the later step names no rule it acts under (:func:`acted_under`); +1 when the
    earlier step's kept words hold every object word of one ("the first penalty under the
    remote-upgrade measures" against the measures on remote software upgrades); -1 when they
    hold none of any.
    """
    refs = [t[len(UNDER_KEY) :].split() for t in later if t.startswith(UNDER_KEY)]
    if not refs:
        return 0.0
    words = _kept_words(earlier)
    rooted = [{_root(w) for w in ref} for ref in refs]
    if any(ref <= words for ref in rooted):
        return 1.0
    return -1.0 if not any(ref & words for ref in rooted) else 0.0


def acts_under_its_rule(feats: Mapping[str, float]) -> bool:
    """Whether a later step acts under the rule of the earlier one, by the same authority.

    The later step names the rule it acts under by the earlier step's object (``under`` 1:
    "the first penalties under the leak detection rules" against the leak detection draft) and
    the two share a key, or one names the other's authority (``key``, ``kin``, ``named_as``),
    and it is no penalty under an instrument the earlier step never names
    (``penalty_elsewhere``). On the annotated threads 23 of 24 such pairs beyond the grouping
    window are one thread's: the learned step links them whatever its probability (a retrain
    that weighs the text less cannot drop them).
    """
    return (
        feats.get("under", 0.0) > 0
        and any(feats.get(k, 0.0) > 0 for k in ("key", "kin", "named_as"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def names_its_rule(feats: Mapping[str, float]) -> bool:
    """Whether a later step names the earlier step's rule, under the same authority.

    It acts under the rule by its object or cites its instrument (``under`` or ``cites`` 1),
    shares a key with the earlier step or names its authority (``key``, ``kin``,
    ``named_as``), and states no subject, instrument or rule against it. A rule's later steps
    (the first compliance reports under a code, a pilot's scheme extended nationwide) often
    come more than a year on: such a step is weighed beyond the story horizon, up to
    ``story_results_days`` (:meth:`Grouper._story_results`), by the learned step as any other.
    """
    return (
        (feats.get("under", 0.0) > 0 or feats.get("cites", 0.0) > 0)
        and any(feats.get(k, 0.0) > 0 for k in ("key", "kin", "named_as"))
        and all(feats.get(k, 0.0) >= 0 for k in ("subjects", "cites", "under"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


#: how far two steps' measure objects must agree (``object``, :func:`measure_objects`) for a
#: later step of one government to be weighed beyond the story horizon (:func:`on_its_object`)
OBJECT_BEYOND = 0.5


def on_its_object(feats: Mapping[str, float]) -> bool:
    """Whether a later step takes up the earlier step's measure object, under one government.

    What the two measures are about agrees (``object`` at least :data:`OBJECT_BEYOND`: "the
    labelling of virtual anchors" in a city's rule and in the national rule that supersedes it,
    or in the city's repeal of it), their story keys answer to one government (``root`` 1: the
    same authority, or the city and the national regulator), and nothing stated says it is
    another matter: no subject, instrument or rule stated against (``subjects``, ``cites``,
    ``under``), no penalty under another instrument. A rule's later fate (superseded,
    repealed, taken up nationwide) often comes more than a year on and names the rule's object
    rather than its title; the same authority's other news that late (an advisory panel's
    members) names no measure object of the rule's and is not weighed.
    """
    return (
        feats.get("object", 0.0) >= OBJECT_BEYOND
        and feats.get("root", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("subjects", "cites", "under"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def on_its_subject(feats: Mapping[str, float]) -> bool:
    """Whether a later step is its authority's next measure of the same kind on the same subject.

    Both steps carry one story key (``key`` and ``root`` 1: the same authority or its
    country), state the same subject (``subjects`` 1) and are measures of one kind
    (``kinds`` 1: a grant scheme and the audit of its grants, a filing regime and its first
    filings), some of the measure's object is named again (``object`` above 0, short of
    :data:`OBJECT_BEYOND`), and nothing stated says it is another matter: no instrument or
    rule stated against (``cites``, ``under``), no penalty under another instrument. A
    scheme's later steps often come more than a year on and name neither the rule's title
    nor its results; the same authority's other news that late (another subject, another
    kind of measure, or its advisory panel's members: no object of the measure's) is not
    weighed.
    """
    return (
        feats.get("key", 0.0) > 0
        and feats.get("root", 0.0) > 0
        and feats.get("subjects", 0.0) > 0
        and feats.get("kinds", 0.0) > 0
        and feats.get("object", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("cites", "under"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def of_its_kind_on_its_object(feats: Mapping[str, float]) -> bool:
    """Whether a later step is one government's next measure of the kind on the measure's object.

    Both steps carry one story key (``key`` and ``root`` 1: the same authority or its
    country), are measures of one kind (``kinds`` 1: a rule for machine-drafted decisions and
    its reversal, a duty and its deadline changed), some of the measure's object is named again
    (``object`` above 0), and nothing stated says it is another matter: no subject, topic,
    instrument or rule stated against (``subjects``, ``topics``, ``cites``, ``under``), no
    penalty under another instrument. It is :func:`on_its_subject` where neither headline
    states a policy subject and :func:`on_its_matter` where the texts' topics are not read
    (a headline of words no topic cue knows): what says it is the measure's next step is the
    authority, the kind and the object together. The same authority's other news (its
    advisory panel's members: no object of the measure's) is not weighed.
    """
    return (
        feats.get("key", 0.0) > 0
        and feats.get("root", 0.0) > 0
        and feats.get("kinds", 0.0) > 0
        and feats.get("object", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("subjects", "topics", "cites", "under"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def named_in_its_country(feats: Mapping[str, float]) -> bool:
    """Whether a later step names the earlier step's authority, keyed by its country on one side.

    An authority off the watchlist is keyed by its name where a report names it and by its
    country where a report says "the Korean patent office" or "Seoul": the two steps share no
    story key (``key`` 0), but one names the other's authority (``named_as`` 1) and both
    answer to one country (``country`` 1). With the texts about the same subjects (``topics``
    positive) and nothing stated against (no subject, kind of measure, instrument or rule:
    ``subjects``, ``kinds``, ``cites``, ``under``; no penalty under another instrument) it is
    the authority's later step. The country alone (another body of it, its other news: no
    authority named) or another subject is not read so.
    """
    return (
        feats.get("named_as", 0.0) > 0
        and feats.get("country", 0.0) > 0
        and feats.get("topics", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("subjects", "kinds", "cites", "under"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def on_its_matter(feats: Mapping[str, float]) -> bool:
    """Whether a later step is its authority's next step on the earlier step's matter.

    The two steps share a story key (``key`` 1) that answers to no two governments (``root``
    not -1: the same authority, or, where the authority is off the watchlist, the same name:
    an energy regulator, a national library, an export office, keyed by a name with no
    lineage, ``root`` 0), the texts are about the same subjects (``topics`` positive), the
    later step names some of the measure's object again (``object`` positive, short of
    :data:`OBJECT_BEYOND` as it may be), and nothing stated says it is another matter: no
    subject, kind of measure, instrument or rule stated against (``subjects``, ``kinds``,
    ``cites``, ``under``), no penalty under another instrument. A measure's next step (the
    first approval under a sandbox, an auction after the queue it replaced, a category
    narrowed) often comes more than a year on and names neither the rule's title nor its
    results: it is weighed beyond the story horizon (:func:`reaches_beyond_horizon`) by the
    learned step, whose bar decides. The same authority's other news on other subjects, or
    naming nothing of the measure's object (a status piece a year on), is not.
    """
    return (
        feats.get("key", 0.0) > 0
        and feats.get("root", 0.0) >= 0
        and feats.get("topics", 0.0) > 0
        and feats.get("object", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("subjects", "kinds", "cites", "under"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def retitled_by_its_authority(feats: Mapping[str, float]) -> bool:
    """Whether a later step is the earlier step's measure under a new title, by its authority.

    A guideline made binding as rules with a title of their own, a scheme folded into a
    programme under a new name: the later step names an instrument the earlier one never does
    (``cites`` -1), so it names its rule neither by title nor by object
    (:func:`names_its_rule`). What says it is the same measure is the rest: one
    story key (``key`` and ``root`` 1: the same authority), some of the measure's object named
    again (``object`` above 0), and the texts about the same subjects (``topics`` positive),
    with no headline subject or rule stated against (``subjects``, ``under``) and no penalty
    under another instrument. Such a step often comes more than a year on: it is weighed
    beyond the story horizon (:func:`reaches_beyond_horizon`) by the learned step as any other.
    The same authority's other instrument on another subject (``topics`` not positive) or
    naming nothing of the measure's object is not.
    """
    return (
        feats.get("cites", 0.0) < 0
        and feats.get("key", 0.0) > 0
        and feats.get("root", 0.0) > 0
        and feats.get("object", 0.0) > 0
        and feats.get("topics", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("subjects", "under"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def on_its_subject_in_another_form(feats: Mapping[str, float]) -> bool:
    """Whether a later step is its authority's next measure on the subject, in another form.

    A guideline followed by a binding order on the same devices, a pilot by a rule: the kind of
    measure changes (``kinds`` -1), so neither :func:`on_its_subject` nor :func:`on_its_matter`
    reads it. What says it is the same measure's next step is everything else together: one
    story key (``key`` and ``root`` 1: the same authority), the headlines stating the same
    subject (``subjects`` 1), the texts about the same subjects (``topics`` positive), some of
    the measure's object named again (``object`` above 0), and no instrument or rule stated
    against (``cites``, ``under``), no penalty under another instrument. The same authority's
    other measure on another subject, or naming nothing of the measure's object, is not.
    """
    return (
        feats.get("key", 0.0) > 0
        and feats.get("root", 0.0) > 0
        and feats.get("subjects", 0.0) > 0
        and feats.get("topics", 0.0) > 0
        and feats.get("object", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("cites", "under"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def reaches_beyond_horizon(
    feats: Mapping[str, float], *, results: bool = False, case: bool = False
) -> bool:
    """Whether the learned step weighs a later step beyond ``story_window_days`` at all.

    Beyond the story horizon (up to ``story_results_days``) a later step is weighed against an
    earlier one only when it counts a rule's results (``results``: :func:`counts_results`) and
    shares a key with it, names its authority or its measure; when it is a case under a
    measure (``case``: :func:`is_case`) that names the measure or acts under it (``under``,
    ``cites``, ``applies``, ``case_under``); or, any other step, when it names its own
    authority's rule (:func:`names_its_rule`), takes up the rule's measure object under one
    government (:func:`on_its_object`), is its authority's next measure of the same kind on
    the same subject (:func:`on_its_subject`), is its authority's next step on its matter
    (:func:`on_its_matter`: an authority off the watchlist keyed by one name), is its measure
    under a new title
    (:func:`retitled_by_its_authority`), or is the step taken again by the authority whose key
    it shares (:func:`taken_again_by_its_authority` with ``key`` 1: a scheme paused and
    relaunched, a lapsed bill reintroduced, often more than a year on). A case that names no
    measure (a regulator's fine under the licence duty it set, told without the duty's title)
    is still its authority's later step: it is weighed when one of those step readings admits
    it, as any other step is (:func:`a_later_step_of_its_authority`). The grouper
    (:meth:`Grouper._story_results`) and the trainer's simulation (``bench.train_stories``)
    both ask this.
    """
    if not (results or case):
        return a_later_step_of_its_authority(feats)
    if any(feats.get(f, 0.0) > 0 for f in ("under", "cites", "applies", "case_under")):
        return True
    if results:
        return feats.get("key", 0.0) > 0 or feats.get("named_as", 0.0) > 0
    return a_later_step_of_its_authority(feats)


def a_later_step_of_its_authority(feats: Mapping[str, float]) -> bool:
    """Whether a later step, whatever it is, reads as its authority's step on the measure.

    It names its authority's rule (:func:`names_its_rule`), takes up the measure's object under
    one government (:func:`on_its_object`), is the next measure of the same kind on the same
    subject (:func:`on_its_subject`) or the next step on its matter (:func:`on_its_matter`),
    the next measure of the kind on its object (:func:`of_its_kind_on_its_object`), names the
    authority its country keys (:func:`named_in_its_country`), is the measure under a new
    title (:func:`retitled_by_its_authority`) or its next measure on the subject in another form
    (:func:`on_its_subject_in_another_form`), or is the step taken again by the authority
    whose key it shares (:func:`taken_again_by_its_authority`, ``key`` 1), or shares that key
    and the earlier step's wording (:func:`keyed_and_worded_alike`).
    :func:`reaches_beyond_horizon` asks it of any later step but a results report, and of
    a case that names no measure: a fine for not doing what the licence duty asks is the duty's
    next step even when its report says "fined" and not the duty's title; each reading asks
    more than a key (the object, the subjects or the topics agreeing, nothing stated against).
    """
    return (
        names_its_rule(feats)
        or on_its_object(feats)
        or on_its_subject(feats)
        or on_its_matter(feats)
        or of_its_kind_on_its_object(feats)
        or named_in_its_country(feats)
        or retitled_by_its_authority(feats)
        or on_its_subject_in_another_form(feats)
        or (feats.get("key", 0.0) > 0 and taken_again_by_its_authority(feats))
        or keyed_alike_on_its_topics(feats)
        or keyed_and_worded_alike(feats)
    )


def keyed_alike_on_its_topics(feats: Mapping[str, float]) -> bool:
    """Whether a later step shares its authority's key and the texts' topics, nothing against.

    A measure re-adopted under a new name, a vendor's statement of a utility's extension, a
    commission's notice rules after its purge: the later step states none of the earlier kinds,
    subjects or object, so no reading above admits it, yet it shares a story key (``key`` 1, no
    two governments: ``root`` not -1) and what the texts are about agrees (``topics``
    positive), with no headline subject, instrument, rule or numbered document stated against
    (``subjects``, ``cites``, ``under``, ``document``: two of an authority's yearly notices
    share its key and their template) and no penalty under another instrument. Weighed beyond
    the story horizon, the learned step's bar decides. Measured on the 30 read splits (the
    trainer's left-out figure at the shipped setting): it admits 41 pairs, 32 of one thread and
    9 of the same authority's other measures, and one of those 9 reads over the bar (a ministry's
    other measure a year and two days on): the gain (left-out mean up, no split down)
    outweighs that one wrong link. The same authority's unrelated measure on other topics, or
    with another headline subject, is still not weighed.
    """
    return (
        feats.get("key", 0.0) > 0
        and feats.get("root", 0.0) >= 0
        and feats.get("topics", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("subjects", "cites", "under", "document"))
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


#: the story text agreement (``text``: TF-IDF cosine of the two developments' story terms) at
#: which a later step keyed alike is worded as its earlier step (:func:`keyed_and_worded_alike`)
WORDED_ALIKE = 0.3


def keyed_and_worded_alike(feats: Mapping[str, float]) -> bool:
    """Whether a later step shares its authority's key and its wording, nothing against.

    A broadcaster's deal on where its signing avatar may be used against the avatar's trial, a
    council's return to banding against the ranking tool it approved, told more than a year on:
    often neither side states a topic the other can be compared on (``topics`` 0), so
    :func:`keyed_alike_on_its_topics` does not read it, nor any reading of kinds, subjects or
    object, yet the two texts are worded alike (``text`` at least :data:`WORDED_ALIKE`); topics
    that agree (``topics`` positive) are no objection. It shares a story key (``key`` 1, no two
    governments: ``root`` not -1) with no topic, headline subject, instrument, rule or numbered
    document stated against (``document`` -1: an authority's templated yearly notices share its
    key and their wording) and no penalty under another instrument; weighed beyond the story
    horizon, the learned step's bar decides. Counted on the 32 read splits: among keyed pairs
    beyond the grouping window, ``text`` reaches 0.3 on 264 pairs of one thread and 17
    distractors; among the pairs beyond the horizon no other reading admits, it admits 18 pairs
    on 10 splits, all of one thread (2 over the shipped model's bar), and no distractor. A text
    that agrees less, or a topic stated against, is still not weighed.
    """
    return (
        feats.get("key", 0.0) > 0
        and feats.get("root", 0.0) >= 0
        and feats.get("text", 0.0) >= WORDED_ALIKE
        and all(
            feats.get(k, 0.0) >= 0 for k in ("topics", "subjects", "cites", "under", "document")
        )
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def within_story_reach(
    gap_days: float,
    feats: Mapping[str, float],
    params: GroupingParams,
    *,
    results: bool = False,
    case: bool = False,
) -> str | None:
    """Where a later step ``gap_days`` after an earlier one is weighed by the learned step.

    ``"horizon"`` up to ``story_window_days`` (:meth:`Grouper._story_beyond`), ``"beyond"``
    up to ``story_results_days`` when :func:`reaches_beyond_horizon` admits the pair
    (:meth:`Grouper._story_results`, only where nothing links within the horizon), None
    otherwise. ``results`` and ``case``: what the later step's reports say
    (:meth:`Grouper.story_evidence` notes them).
    """
    if gap_days <= params.story_window_days:
        return "horizon"
    if params.story_results_days <= params.story_window_days:
        return None
    if gap_days <= params.story_results_days and reaches_beyond_horizon(
        feats, results=results, case=case
    ):
        return "beyond"
    return None


def beside_the_rules(feats: Mapping[str, float]) -> bool:
    """Whether the learned step's link may stand beside a link the story rules made.

    Where the rules link a later step beyond the window (a draft told in Chinese and its first
    approval, keyed alike), an earlier development the learned step reads over the bar links
    too (the final rule between them) on its own evidence (:func:`links_beside`), unless it
    is a penalty under an instrument the later step never names
    (``earlier_penalty_elsewhere``): the same agency's fine for shipping to a listed firm a
    few weeks before its chip rule's later step is no step of the rule.
    """
    return links_beside(feats) and feats.get("earlier_penalty_elsewhere", 0.0) <= 0


def links_beside(feats: Mapping[str, float]) -> bool:
    """Whether a later step may link to an earlier development besides its best link.

    A later step read over the bar against two earlier developments that are not yet one story
    (a rule's draft and a law firm's note on it, an order and its first extension) links to
    both, so the middle step the bar left alone joins the thread through the later one. The
    second link must stand on its own evidence: the authority in common (a shared key, kin, or
    one side naming the other's authority: ``key``, ``kin``, ``named_as``), no subject stated
    against (``subjects`` not negative) and no penalty under an instrument the earlier step
    never names (``penalty_elsewhere``). A development of another story read alike in text
    alone is not merged into this one.
    """
    return (
        any(feats.get(k, 0.0) > 0 for k in ("key", "kin", "named_as"))
        and feats.get("subjects", 0.0) >= 0
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def taken_again_by_its_authority(feats: Mapping[str, float]) -> bool:
    """Whether a later step is the earlier one's authority taking its step again.

    The later step says a step is taken again and the two share their authority (``again`` 1,
    :func:`renewed_of`: a rule reissued after a court set it aside, a lapsed bill
    reintroduced), and nothing it states says it is another matter: no policy subject stated
    against (``subjects``), no instrument or rule the earlier step never names (``cites``,
    ``under``), no penalty under another instrument (``penalty_elsewhere``). Its wording
    rarely repeats the earlier step's (a new cost analysis, a new session): like a step under
    its own authority's rule (:func:`acts_under_its_rule`), the learned step links it whatever
    its probability.

    A scheme relaunched under a new name states another subject in its headline (a training
    grant for compute vouchers): with the earlier step's key and its text's subjects agreeing
    (``key`` 1, ``topics`` positive) the headline's subject is no bar
    (:func:`renamed_by_its_authority`). An authority only named, not shared as a key (a place
    that owns a city's scheme named in a bilateral deal's report), is no authority in common
    when nothing of the subject agrees (:func:`again_on_nothing_in_common`).
    """
    return (
        feats.get("again", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("cites", "under"))
        and (feats.get("subjects", 0.0) >= 0 or renamed_by_its_authority(feats))
        and feats.get("penalty_elsewhere", 0.0) <= 0
        and not again_on_nothing_in_common(feats)
    ) or put_off_by_its_authority(feats)


def put_off_by_its_authority(feats: Mapping[str, float]) -> bool:
    """Whether a later step puts off or pauses the earlier step of its authority.

    Its headline puts off or pauses a step (``put_off`` 1, :func:`put_off_step`: a deadline
    pushed back, applications paused) and the two share their authority (a key, kin, or one
    naming the other's), and the subject is the earlier step's: stated alike in the headlines
    or the texts (``subjects`` or ``topics`` positive), stated against in neither, no
    instrument or rule the earlier step never names, no penalty under another instrument. What
    is put off was set before by the same authority on that subject, so the learned step links
    it whatever its probability (as :func:`taken_again_by_its_authority`); the same
    authority's other measures, on other subjects, are no earlier step of it.
    """
    return (
        feats.get("put_off", 0.0) > 0
        and all(feats.get(k, 0.0) >= 0 for k in ("subjects", "topics", "cites", "under"))
        and (feats.get("subjects", 0.0) > 0 or feats.get("topics", 0.0) > 0)
        and feats.get("penalty_elsewhere", 0.0) <= 0
    )


def renamed_by_its_authority(feats: Mapping[str, float]) -> bool:
    """Whether a step taken again under a new name is still its authority's own measure.

    The two share a story key (``key`` 1: the same authority, not one only named) and what
    their texts are about agrees (``topics`` positive), though the headline's subject cues
    differ (``subjects`` -1): "Shanghai revives GPU subsidy as training grant" against the
    city's compute vouchers. Without the shared key or the texts' subjects, a headline's other
    subject is another measure.
    """
    return feats.get("key", 0.0) > 0 and feats.get("topics", 0.0) > 0


def again_on_nothing_in_common(feats: Mapping[str, float]) -> bool:
    """Whether a step said to be taken again shares with an earlier one only a named authority.

    No story key in common (``key`` 0: the authority is only named on one side, or kin to the
    other's: a city and its country), and nothing of what the measures are about agrees: no
    subject, topic, measure object or phrase in common (``subjects``, ``topics``, ``object``,
    ``phrases`` not positive). A city's relaunched scheme and a car maker's launch, a bilateral
    data deal or a policy dialogue that name the city or its country are no earlier step of
    it; a bureau's disclosure rule reissued after a court threw it out, named by the bureau's
    other name, shares the rule's phrases and is.
    """
    return feats.get("key", 0.0) <= 0 and all(
        feats.get(k, 0.0) <= 0 for k in ("subjects", "topics", "object", "phrases")
    )


def renewed_of(later: Mapping[str, int], feats: Mapping[str, float], key: str = AGAIN_KEY) -> float:
    """Whether a later step says it is taken again by the earlier one's authority, 1 or 0.

    The later step's reports say a step is taken again (:func:`renewed_step`: reintroduced,
    reopened, resubmitted) and the two share a key, or one names the other's authority
    (``key``, ``kin``, ``named_as``): the lapsed bill and the bill resubmitted, the first
    consultation and the one reopened. Without the authority, nothing. ``key``: the reading
    asked (``PUT_OFF_KEY``: a step put off or paused, :func:`put_off_step`).
    """
    if key not in later:
        return 0.0
    return float(any(feats.get(k, 0.0) > 0 for k in ("key", "kin", "named_as")))


def _measure_kinds(kinds: frozenset[str]) -> frozenset[str]:
    """The signal kinds that say what kind of measure a development is (enforcement dropped).

    A fine, order or penalty is a step taken under a measure of some kind: read against the
    rule it enforces, it says nothing about whether the two are the same kind of measure.
    """
    return frozenset(k for k in kinds if not _is_enforcement(k))


#: the signal kind of a rule-making step (a draft or final law, regulation or measures)
RULE_KIND = "law-regulation"


def applies_rule(
    later_kinds: frozenset[str], earlier_kinds: frozenset[str], feats: Mapping[str, float]
) -> bool:
    """Whether a later case applies the rule an earlier step made: the case class of threads.

    The later development is an enforcement (a fine, an order, an approval frozen) and the
    earlier one makes a rule (``RULE_KIND``), by the same authority (the story keys meet, are
    kin, or meet once a name is read as the watchlist entry it names), and nothing the case
    states contradicts it: no instrument the rule never names (``cites`` -1), no rule on another
    object (``under`` -1), no other policy subject in its headlines (``subjects`` -1: a
    campaign against rumours is not a case of the labelling rules). The same authority's other
    measure of the months is not a rule it enforces when it is itself a listing, a licence or
    another case (no rule-making kind), so a case and such a measure stay apart on this
    evidence.
    """
    same_authority = any(feats.get(k, 0.0) > 0 for k in ("key", "kin", "named_as"))
    return (
        any(_is_enforcement(k) for k in later_kinds)
        and RULE_KIND in earlier_kinds
        and same_authority
        and all(feats.get(k, 0.0) >= 0 for k in ("cites", "under", "subjects"))
    )


#: the signal kinds of a measure that makes or changes a rule a later case can act under (a
#: subsidy, a screening decision or a fine makes none)
RULE_MAKING_KINDS = frozenset(
    {
        RULE_KIND,
        "restriction",
        "approval-requirement",
        "export-control",
        "data-security-rule",
        "guidance-standard",
    }
)
#: subject cues that name the kind of act (a certificate, a licence) or a step, not what a
#: measure is about: a licence under a satellite rule and a licence under a chip rule share them
ACT_TOPICS = frozenset(
    {"certification", "licensing", "declaration"} | RULE_MAKING_KINDS | STEP_TOPICS
) | frozenset({"enforcement-fine", "subsidy-funding", "investment-screening"})
#: the rooted words that name a case under a measure (a certificate, licence or permit granted, a
#: fine, a ruling, a clearance), read with "first" (:func:`is_case`): "the first licence under",
#: "wins first safety certificates", "first fine under the rules"
_CASE_WORDS = frozenset(
    _root(w)
    for w in (
        *("certificate", "certificat", "certifi", "licence", "licenc", "license", "licens"),
        *("permit", "fine", "fined", "penalty", "case", "ruling", "grant", "clear", "approv"),
        *("approval", "order", "enforcement", "operator"),
    )
)
#: a Chinese case under a measure: the first certificate, case or licence, a fine, a penalty
#: decision, an approval granted (首张合格证, 首例, 首个核准案例, 罚款, 处罚决定)
_ZH_CASE = re.compile(
    r"首张|首例|首个|首家|首批获|首次获|罚款|处罚|罚单|核准|颁发|获得许可|取得许可"
)


def is_case(kinds: frozenset[str], terms: Mapping[str, int]) -> bool:
    """Whether a development reads as a case under a measure, in either language.

    An enforcement kind (a fine, an order), or its kept words name a first certificate,
    licence, permit, fine or ruling ("first" and a case word: "Tokyo grants first licence",
    "wins first safety certificates"), or, when it makes no rule, its Chinese text names a
    first case, a fine, a penalty or an approval granted (:data:`_ZH_CASE`).
    """
    if any(_is_enforcement(k) for k in kinds):
        return True
    words = _kept_words(terms)
    if "first" in words and words & _CASE_WORDS:
        return True
    # a Chinese rule names its penalties and approvals too (违者处以罚款, 须经核准): only a
    # development that makes no rule reads as a case by these words
    return RULE_KIND not in kinds and any(
        _ZH_CASE.search(t) is not None for t in terms if _has_han(t) and not t.startswith(HAN_KEY)
    )


def measure_topics(topics: frozenset[str]) -> frozenset[str]:
    """What a side's subject cues say its measure is about.

    The kinds of act and the steps dropped (:data:`ACT_TOPICS`), each narrower cue with its
    broader one (an air taxi is a drone, a humanoid a robot: :data:`BROADER_TOPICS`).
    """
    own = topics - ACT_TOPICS - STORY_NEUTRAL_TOPICS
    return own | {BROADER_TOPICS[t] for t in own if t in BROADER_TOPICS}


def case_under(
    later: tuple[frozenset[str], Mapping[str, int], frozenset[str]],
    earlier: tuple[frozenset[str], Mapping[str, int], frozenset[str]],
    feats: Mapping[str, float],
) -> bool:
    """Whether a later case acts under an earlier measure on its subject, whoever names it.

    ``later`` and ``earlier``: each side's (signal kinds, kept terms, subject cues). The later
    development is a case (:func:`is_case`: a first certificate, licence or permit granted, a
    fine, a ruling), the earlier one makes or changes a rule (:data:`RULE_MAKING_KINDS`), and
    the two share what the measure is about (:func:`measure_topics`: "safety certificates for
    home robots" under the safety rules for robots: headline subjects, where a body's
    background would name the neighbouring policies too). Unlike :func:`applies_rule`, the case
    may be named by another authority of the same government: the country ("China's first
    operator certificate" under the aviation regulator's rules), a local office keyed by its
    country, a sister agency (``root`` +1). A side named by companies alone (``root`` 0) names
    no government, and a foreign regulator's parallel case would read the same: no. Nothing the
    case states may contradict the rule (``cites``, ``under`` or ``document`` -1). An earlier
    case is no rule: two cases on one subject are not steps of one another.
    """
    if feats.get("root", 0.0) <= 0:
        return False
    if any(feats.get(k, 0.0) < 0 for k in ("cites", "under", "document")):
        return False
    if not is_case(later[0], later[1]) or not earlier[0] & RULE_MAKING_KINDS:
        return False
    if any(_is_enforcement(k) for k in earlier[0]):
        return False
    return bool(measure_topics(later[2]) & measure_topics(earlier[2]))


def same_document(
    one: frozenset[str],
    other: frozenset[str],
    series: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> float:
    """Whether two developments cite one numbered document, in [-1, 1].

    ``one`` and ``other``: the document numbers their reports state
    (:attr:`nlp.crosslingual.Evidence.doc_numbers`: "2027-4" for 〔2027〕4号, "no-4" for the
    number alone, as "Document No. 4" gives it); ``series``: each side's year-and-numbers with
    the series they are written in (:attr:`nlp.crosslingual.Evidence.numbered`: "2028-6@琼旅文规").
    +1 when they cite one document (the number with its year or series when both give one, else
    the number alone), -1 when both cite numbered documents and none is the same, 0 when a side
    cites none (nothing known). A case "under Document No. 4" names its rule by the number the
    notice carries: the measure's identity, whatever its rewording or its authority's name.
    Every issuer numbers its documents from 1 each year, so a year-and-number both sides write
    in two series (琼旅文规〔2028〕6号 and 国家邮政局公告2028年第6号, both "2028-6") is two
    documents (:func:`nlp.crosslingual.numbers_of_two_series`); a side that writes it without
    its series says nothing against it.
    """
    if not one or not other:
        return 0.0
    full = (
        {k for k in one if not k.startswith("no-")},
        {k for k in other if not k.startswith("no-")},
    )
    if full[0] & full[1] and crosslingual.numbers_of_two_series(
        crosslingual.Evidence(doc_numbers=one, numbered=series[0]),
        crosslingual.Evidence(doc_numbers=other, numbered=series[1]),
    ):
        # every year-and-number they share is written in two series: two documents
        return -1.0
    if full[0] & full[1]:
        return 1.0
    if full[0] and full[1]:
        return -1.0
    return 1.0 if {k for k in one if k.startswith("no-")} & other else -1.0


def paper_beside_step(feats: Mapping[str, float]) -> bool:
    """Whether one of two developments is a research body's paper and the other is not.

    A think tank's or institute's paper on a rule's subject (``paper`` 1, :func:`research_paper`)
    is no step of the rule: the story decision never links it to an authority's step, whatever
    the model reads (two papers, or two steps, are left to it).
    """
    return feats.get("paper", 0.0) > 0


def penalty_under_another_instrument(feats: Mapping[str, float]) -> bool:
    """Whether one of two developments is a penalty under an instrument the other never names.

    A fine, order or ruling that cites an instrument the other step does not
    (``penalty_elsewhere`` on the later side, ``earlier_penalty_elsewhere`` on the earlier):
    the same agency's enforcement of another of its rules, no step of this one. The learned
    step never links such a pair, whatever the model reads (:meth:`Grouper._story_links`):
    the same agency's steps read alike in words and keys, and the model weighs this evidence
    next to nothing (most such pairs read low on the rest), so without the bar the
    threshold's choice hung on the few such pairs that read over it. A penalty citing the
    earlier step's own rule is no such penalty (``cites`` not against): left to the model.
    """
    return (
        feats.get("penalty_elsewhere", 0.0) > 0 or feats.get("earlier_penalty_elsewhere", 0.0) > 0
    )


def other_government_same_subject(feats: Mapping[str, float]) -> bool:
    """Whether two developments are two governments' measures on one subject.

    Their story keys' roots differ (two governments, ``root`` -1) while their headlines state
    the same policy subject (``subjects`` > 0) or their measures are about the same thing
    (``object`` > 0): a parallel measure elsewhere, which the learned story step may not link
    however much the texts agree (:meth:`Grouper._story_learned`). Pairs under one government
    and pairs on different subjects are left to the model.
    """
    return feats.get("root", 0.0) < 0 and (
        feats.get("subjects", 0.0) > 0 or feats.get("object", 0.0) > 0
    )


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    """Agreement of two sets in [-1, 1]: the share of the shorter one the other holds.

    0 when a side is empty (nothing stated is no disagreement).
    """
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / min(len(a), len(b)) - 1


def _lineage(entity: str, parents: Mapping[str, str]) -> list[str]:
    """``entity`` and its ancestors, nearest first (a cycle stops the walk)."""
    out = [entity]
    while (up := parents.get(out[-1])) is not None and up not in out:
        out.append(up)
    return out


def key_relation(
    mine: frozenset[str], theirs: frozenset[str], parents: Mapping[str, str]
) -> tuple[float, float]:
    """How two developments' story keys are related: (kin, root).

    ``kin`` 1: one key is the other's ancestor or descendant (the Bureau of Industry and
    Security and its department; an agency and its country), else 0. ``root``: +1 when their
    keys' top ancestors (a country, a bloc) meet, -1 when both have some and none meets (two
    governments), 0 when a side has none (a name the watchlist does not hold).
    """
    lines = {k: _lineage(k, parents) for k in mine | theirs if not k.startswith(NAME_KEY)}
    kin = any(
        a != b and (a in lines[b] or b in lines[a])
        for a in mine
        for b in theirs
        if a in lines and b in lines
    )
    roots = [{lines[k][-1] for k in side if k in lines} for side in (mine, theirs)]
    root = 0.0
    if roots[0] and roots[1]:
        root = 1.0 if roots[0] & roots[1] else -1.0
    return float(kin), root


def one_government(
    mine: frozenset[str], theirs: frozenset[str], parents: Mapping[str, str]
) -> bool:
    """Whether two developments' story keys name one government's authority.

    Their keys meet, or one is the other's ancestor or descendant (an agency and its ministry;
    a country and its agency: "China" or "Beijing" in a headline for the internet regulator
    whose rules the report is about, "Washington" for Commerce), and every key of both sides has
    the same top ancestor: one government, not two (a side naming China and Taiwan, South
    Korea's regulator against China's). Name keys (a name the watchlist does not hold) say
    nothing of a government: a side with only names is not one.
    """
    lines = {k: _lineage(k, parents) for k in mine | theirs if not k.startswith(NAME_KEY)}
    roots = [{lines[k][-1] for k in side if k in lines} for side in (mine, theirs)]
    if not roots[0] or not roots[1] or len(roots[0] | roots[1]) != 1:
        return False
    return bool(mine & theirs) or key_relation(mine, theirs, parents)[0] > 0


def nothing_against(agreed: crosslingual.Agreement) -> bool:
    """Whether a cross-language agreement reads no part against (no fact, name or subject apart).

    Two reports of one act in two scripts often share nothing the reading finds (a Chinese
    text that names its authority off the table, an amount in another form): their agreement
    is its bias alone. Another act of the same authority told the same day mostly states a
    subject, a kind, a day or an amount of its own, which reads against; where one side reads
    nothing at all it cannot, so :meth:`Grouper._story_same_act` also asks one story key, signal
    kinds not apart and a single such development.
    """
    return all(v >= 0 for v in agreed.parts.values())


def near_copy(matrix: npt.NDArray[np.uint64], sketch: lexical.Sketch) -> float:
    """The largest share of ``sketch``'s values a row of ``matrix`` (members' sketches) holds.

    Counted as integers and divided once: the same float as the maximum of the rows' means of
    the equality mask (a sum of 0s and 1s is exact, and dividing by the same count keeps the
    order), without a float row per member.
    """
    return int(np.count_nonzero(matrix == sketch, axis=1).max()) / int(matrix.shape[1])


def development_id_for(first_article_id: str) -> str:
    """Deterministic id of the development an article opens."""
    return stable_id("development", first_article_id)


def _nearest_first(sims: npt.NDArray[np.float32], k: int = 16) -> Iterator[int]:
    """Indices by decreasing ``sims`` (ties: lower index first).

    The ``k`` best come from a partial sort; the rest are sorted only when a caller reads past
    them.
    """
    n = sims.shape[0]
    if n <= k:
        yield from (int(i) for i in np.lexsort((np.arange(n), -sims)))
        return
    near = np.argpartition(-sims, k - 1)[:k]
    near = near[np.lexsort((near, -sims[near]))]
    yield from (int(i) for i in near)
    taken = {int(i) for i in near}
    yield from (int(i) for i in np.lexsort((np.arange(n), -sims)) if int(i) not in taken)


def story_reach_days(params: GroupingParams) -> int:
    """How far back the story index keeps developments (days before the latest report).

    ``story_window_days``, or ``story_results_days`` when the learned step is on and reaches
    further (:meth:`Grouper._story_results`).
    """
    reach = max(params.story_window_days, params.window_days)
    if not params.story_model or params.story_window_days <= params.window_days:
        return reach  # no learned step, or no story window at all
    return max(reach, params.story_results_days)


#: headline words of a report that counts a rule's results a year or more on: its first or
#: annual report, what it collected, who fell short (English, then Chinese)
_RESULTS = re.compile(
    r"\b(?:(?:first|annual|yearly|first-year)\s+(?:\w+\s+){0,3}?"
    r"(?:report|results|review|figures|data|tally|assessment)s?"
    r"|a\s+year\s+(?:on|after|into|since)|first\s+(?:full\s+)?year"
    r"|collected|fell\s+short|falls?\s+short|for\s+failing\s+to|missed"
    r"|miss(?:es)?\s+(?:the\s+)?(?:target|benchmark)"
    r"|below\s+(?:the\s+)?(?:benchmark|target|standard)|failed\s+to\s+meet)\b"
    r"|年度报告|年报|首份.{0,12}报告|首年|一周年|实施一年|一年来|未达标|首批.{0,6}(?:结果|数据)",
    re.IGNORECASE,
)
#: a count's change over a year told as a fact: "filings fell 60% in a year", "down 40 per
#: cent year on year", 申报量一年下降六成, 同比减少四成 (a rule's results in figures)
_RESULTS_CHANGE = re.compile(
    r"\b(?:fell|dropped|declined|slumped|rose|grew|jumped|climbed|(?:(?:is|are|was|were)\s+)?"
    r"(?:down|up))\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+"
    r"(?:in\s+(?:a|one|its\s+first)\s+year|year[- ]on[- ]year|from\s+a\s+year\s+(?:ago|earlier))"
    r"|(?:一年(?:内|间)?|同比|较上年)(?:下降|减少|下滑|增长|增加|上升)(?:了)?"
    r"(?:[一二三四五六七八九十几\d.]+(?:成|倍|%|％)|逾?[一二三四五六七八九]成|近半|过半)",
    re.IGNORECASE,
)
#: a headline that says the rule's step has not come yet ("still waits for its rulebook", "has
#: yet to", 仍未, 尚未, 迟迟未): a status of what is pending, not a result, however long after
_PENDING = re.compile(
    r"\bstill\s+(?:waits?|waiting|awaits?|awaiting|lacks?|pending|without)\b|\b(?:has|have|is|are)"
    r"\s+yet\s+to\b|\bstill\s+has\s+no\b|仍未|尚未|迟迟未|仍在等待|仍无",
    re.IGNORECASE,
)


#: a headline's mark of a rule's anniversary: "a year on", "one year after", 一周年, 一年间,
#: 一年来, 实施一年, 满一年
_YEAR_ON = re.compile(
    r"\b(?:a|one)\s+year\s+(?:on|after|into|since|later)\b|一周年|一年间|一年来|实施一年|满一年",
    re.IGNORECASE,
)
#: what a status piece tells instead of a finding: what changed or did not on the ground, the
#: habits and scenes of those the rule touches ("has changed little on the street", 新变化,
#: 新习惯, 见闻), or that the rule's next step is still pending (:data:`_PENDING`)
_STATUS = re.compile(
    r"\bchang(?:e|es|ed|ing)\b|\bhabits?\b|\bdaily\s+life\b|\bon\s+the\s+(?:street|ground)\b|"
    r"变化|改变|习惯|见闻|走访|日常",
    re.IGNORECASE,
)
#: what makes a year-on headline a finding: a figure, or a body's review, report, audit, survey
#: or data ("11 new deals, review finds", "down 40%", 审计发现, 报告显示, 九家)
_FINDING = re.compile(
    r"\d|%|\b(?:finds?|found|review|report|audit|survey|data|figures|says|shows?|study)\b|"
    r"报告|发现|显示|审计|评估|调查|统计|数据|通报|核查|检查|"
    r"[一二三四五六七八九十百千万两]+(?:成|家|名|起|项|个|款|件|宗|人)",
    re.IGNORECASE,
)


def status_piece(title: str) -> bool:
    """Whether a headline is a status piece on a rule a year on, counting no results.

    "One year on, the ban has changed little on the street", "……一周年：考场里的新变化", "A
    year on, the AI law still waits for its rulebook": a rule's anniversary (:data:`_YEAR_ON`)
    told as what changed on the ground or what is still pending (:data:`_STATUS`,
    :data:`_PENDING`), with no figure and no body's review, report or audit
    (:data:`_FINDING`). Its anniversary words are no count of the rule's results
    (:func:`counts_results`), so it is not weighed beyond the story horizon as results are.
    A year-on headline that reports a finding ("A year on, the charge has produced 11 deals,
    review finds") or tells the authority's next measure ("A year on, the regulator loosens
    its rules") is not one.
    """
    if _YEAR_ON.search(title) is None or _FINDING.search(title) is not None:
        return False
    return _STATUS.search(title) is not None or _PENDING.search(title) is not None


def counts_results(title: str) -> bool:
    """Whether a headline counts a rule's results.

    A first or annual report, what was collected, who missed the benchmark ("Regulator's
    first annual report finds ...", "12 operators fall short of efficiency benchmark",
    "首份年度报告"), a count's change over a year told as a fact (:data:`_RESULTS_CHANGE`:
    "filings fell 60% in a year", 申报量一年下降六成). Not a headline that says the rule's
    step is still pending (:data:`_PENDING`: "A year on, the AI law still waits for its
    rulebook", 实施一年仍未出台细则): what has not come is no result of it; nor a status piece
    a year on that tells what changed on the ground (:func:`status_piece`: 一周年：……的新变化).
    """
    if _PENDING.search(title) is not None or status_piece(title):
        return False
    return _RESULTS.search(title) is not None or _RESULTS_CHANGE.search(title) is not None


def story_id_for(first_development_id: str) -> str:
    """Deterministic id of the story a development opens."""
    return stable_id("story", first_development_id)


def _both_forms(words: Iterable[str]) -> frozenset[str]:
    """Name keys of ``words`` (each in the singular) and of their plurals: one place for both.

    "minister" and "ministers", "service" and "services", "deputy" and "deputies", "chairman"
    and "chairmen" read alike; a word whose plural is itself ("police", "customs") is
    given once.
    """
    out = set()
    for w in words:
        if w == "police":
            plural = w
        elif w.endswith("man"):
            plural = w[:-3] + "men"
        elif w.endswith("y") and w[-2:-1] not in tuple("aeiou"):
            plural = w[:-1] + "ies"
        elif w.endswith(("s", "x", "ch", "sh")):
            plural = w if w.endswith("s") else w + "es"
        else:
            plural = w + "s"
        out |= {NAME_KEY + w, NAME_KEY + plural}
    return frozenset(out)


#: one-word name keys that are a title or an authority's bare word ("Director Torstein Aas",
#: "the Administration", "the Authority", "the directorate"), in the singular and the plural
#: ("ministers", "officers", "services": :func:`_both_forms`): two steps that share only such
#: words share no authority (:func:`keys_in_common`)
TITLE_NAMES = _both_forms(
    w
    for w in (
        "director",
        "chief",
        "minister",
        "secretary",
        "president",
        "chair",
        "chairman",
        "chairwoman",
        "commissioner",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "head",
        "deputy",
        "mayor",
        "governor",
        "administration",
        "agency",
        "authority",
        "commission",
        "committee",
        "council",
        "department",
        "ministry",
        "office",
        "bureau",
        "board",
        "service",
        "government",
        "state",
        "regulator",
        "inspectorate",
        "inspector",
        "organisation",
        "organization",
        "association",
        "institute",
        "parliament",
        "court",
        "union",
        "official",
        "officer",
        "directorate",
        "city",
        "customs",
    )
)

#: one-word name keys that are a language or a nationality ("Chinese labels", "the Norwegian
#: director", "Polish hauliers"): two customs districts of one country, or two countries'
#: agencies, both say it, so it names no one authority (:func:`keys_in_common`)
LANGUAGE_NAMES = frozenset(
    NAME_KEY + w
    for w in (
        "american",
        "arabic",
        "australian",
        "austrian",
        "belgian",
        "brazilian",
        "british",
        "canadian",
        "chinese",
        "danish",
        "dutch",
        "english",
        "european",
        "finnish",
        "french",
        "german",
        "indian",
        "indonesian",
        "irish",
        "italian",
        "japanese",
        "kenyan",
        "korean",
        "malaysian",
        "mexican",
        "nigerian",
        "norwegian",
        "polish",
        "portuguese",
        "russian",
        "scottish",
        "singaporean",
        "spanish",
        "swedish",
        "swiss",
        "taiwanese",
        "thai",
        "turkish",
        "vietnamese",
        "welsh",
    )
)


#: one-word name keys that are people named by their part in a measure, in the plural, or a
#: force's bare word ("Hunters in Innlandet first to face...", "the Swedish Hunters'
#: Association", "the police"), in both forms (:func:`_both_forms`): a Norwegian and a Swedish
#: report that both quote hunters, or two police forces' news, name no one authority
#: (:func:`keys_in_common`). Only the words that are, on the 33 read splits, the one key a pair
#: shares: "hunters" (1 pair) and "police" (4 pairs), all distractors. The people a measure
#: regulates ("drivers", "tenants", "importers") are often the thing two of its steps share,
#: and no read pair shares one of them alone: they stay keys. English words only: a name key
#: is a capitalised Latin name (:func:`nlp.lexical.names`), so a Chinese report's 警方 or
#: 检察院 is never one
PEOPLE_NAMES = _both_forms(("hunter", "police"))


def keys_in_common(mine: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """The story keys two developments share, without titles and authorities' bare words.

    "Director" in a Norwegian agency's report and in a Swedish agency's, or "Administration"
    left of "Norwegian Public Roads Administration" and "Swedish Transport Administration",
    names no one authority: two developments that share nothing else share no key (``key`` 0
    in :meth:`Grouper.profile_evidence`). On the 30 read splits 54 pairs share only such
    words, 3 of one thread and 51 of distractors. Nor do a language or a nationality
    (:data:`LANGUAGE_NAMES`) and "Customs" left of "Shanghai Customs" and "Ningbo Customs": on
    the 31 read splits 8 more pairs share only those, 1 of one thread and 7 of distractors.
    Nor do people named in the plural by their part or a force's bare word
    (:data:`PEOPLE_NAMES`: "hunters" in a Norwegian and a Swedish report, "police" in two
    forces' news), nor an authority's bare word or a title's plural ("directorate", "services"):
    on the 33 read splits 8 pairs share only those, all distractors, one of them over the shipped
    model's bar (two neighbouring countries' licence screening, three weeks apart).
    """
    return (mine & theirs) - TITLE_NAMES - LANGUAGE_NAMES - PEOPLE_NAMES


def named_as_keys(keys: frozenset[str]) -> frozenset[str]:
    """A side's story keys as the ``named_as`` feature reads them: no title nor language.

    "Chinese" ("Chinese labels", "Chinese importers") names China as the watchlist reads it (the
    words before "government" in "Chinese government"), so a customs district's report keyed by
    it met any Chinese authority's step by a name read as the entry (:meth:`Grouper._named_as`);
    a title ("Director") or a language names no authority. On the 31 read splits 150 pairs
    read ``named_as`` 1 through a language alone (``n:chinese`` or ``n:dutch`` read as China or
    the Netherlands), 9 of one thread and 141 of distractors; titles change none.
    """
    return keys - TITLE_NAMES - LANGUAGE_NAMES


def story_keys(entities: frozenset[str], params: GroupingParams) -> frozenset[str]:
    """The entities that tie a development to a story.

    Its specific entities (an agency, a company: not ``params.broad_entities`` nor a topic of
    ``params.untranslated_entities``); when it names none, its broad ones (a country's own
    thread), never its topics.
    """
    named = entities - params.untranslated_entities
    specific = named - params.broad_entities
    return specific or named


def story_link(
    sim: float,
    tfidf: float,
    entities: tuple[frozenset[str], frozenset[str]],
    kinds: tuple[frozenset[str], frozenset[str]],
    params: GroupingParams,
    crossed: float | None = None,
    subjects: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    named: tuple[bool, bool] | None = None,
    unread: bool = False,
) -> bool:
    """Whether two developments belong to one story (a policy thread, an ECB+ topic).

    ``sim`` is the cosine of their mean embeddings, ``tfidf`` the cosine of their texts,
    ``entities`` and ``kinds`` each side's linked watchlist entities and policy signal kinds.
    The embedding must reach ``story_threshold``. When both sides name watchlist entities
    (other than topics), they must also share one of their :func:`story_keys` (a country
    counts only for a development naming no agency or company), share a signal kind when both
    report some, share a policy subject when both state some (``subjects``: the subject cues of
    :mod:`nlp.crosslingual`, labelling, minors, chips...), and their texts must agree
    (``story_tfidf``): the embedding alone puts every
    AI policy in one story. When a side names none, the embedding decides alone (news outside
    the watchlist, as ECB+). ``crossed``: the two are in different scripts (a Chinese notice,
    English reports), which the embedding cannot compare; the link then needs a shared key and
    a cross-language agreement (:func:`nlp.crosslingual.agreement`) of at least
    ``story_crosslingual`` instead.

    ``entities`` are the main subjects (what the reports are about); ``named``: whether each
    side names a watchlist entity at all (None: whether it has main subjects). A side that
    names entities but is about none of them has no actor to share: no link.

    ``unread``: a side holds no report the embedding model reads (Chinese only). The embedding
    then cannot decide alone: it puts unrelated Chinese notices near one another, so a link
    where a side names no key needs the texts' agreement (``story_tfidf``) too.
    """
    mine, theirs = (story_keys(e, params) for e in entities)
    if named is None:
        named = (bool(mine), bool(theirs))
    if crossed is not None:
        if subjects[0] and subjects[1] and not subjects[0] & subjects[1]:
            return False
        return bool(mine & theirs) and crossed >= params.story_crosslingual
    if sim < params.story_threshold:
        return False
    if not named[0] or not named[1]:
        return not unread or tfidf >= params.story_tfidf
    if not mine & theirs:
        return False
    if kinds[0] and kinds[1] and not kinds[0] & kinds[1]:
        return False
    if subjects[0] and subjects[1] and not subjects[0] & subjects[1]:
        return False
    return tfidf >= params.story_tfidf


#: terms a story profile keeps of a development's text: its most frequent (ties: by term)
STORY_TERMS = 48
#: word pairs a story profile keeps (:func:`word_pairs`): its most frequent
STORY_PHRASES = 32
#: cited instruments a story profile keeps (:func:`cited_instruments`): its most frequent
STORY_CITES = 8
#: the most frequent words of a development's measures a story profile keeps
#: (:func:`measure_objects`)
STORY_OBJECTS = 24
#: reports whose headline subjects and cross-language evidence a story profile reads (the first)
STORY_REPORTS = 8
#: a late official act (``nlp.crosslingual.Evidence.acts``) is looked up among at most this
#: many developments per title, number or day (the latest that stated it), and each keeps the
#: readings of at most this many of its notices for the comparison once its reports are dropped
ACT_DEVELOPMENTS = 8


@dataclass(frozen=True, slots=True)
class StoryProfile:
    """What the story index keeps of a development to link later ones to its story.

    Computed from the development's reports alone (:meth:`Grouper.story_profile`), so the
    profile a run keeps in memory and the one the warehouse stores
    (``development_story_profiles``) are the same.
    """

    development_id: str
    story_id: str
    last_published: datetime
    #: mean title+lead embedding of the reports, unit length
    vector: Vector
    #: main subjects at least half of the reports are about (the story keys are read from them)
    mains: frozenset[str]
    kinds: frozenset[str]
    #: policy subjects the first reports' headlines state (:mod:`nlp.crosslingual` cues)
    subjects: frozenset[str]
    #: the most frequent terms of the reports' texts, with their counts, then their most
    #: frequent Chinese character bigrams (``HAN_KEY`` prefixed; :func:`han_bigrams`)
    terms: tuple[tuple[str, int], ...]
    #: script and cross-language evidence of the first reports
    readings: tuple[tuple[str, crosslingual.Evidence], ...]

    def term_counts(self) -> Counter[str]:
        return Counter(dict(self.terms))


def top_terms(counts: Mapping[str, int], k: int = STORY_TERMS) -> tuple[tuple[str, int], ...]:
    """The ``k`` most frequent terms with their counts (ties: alphabetical), a stable order."""
    return tuple(
        sorted(((t, c) for t, c in counts.items() if c > 0), key=lambda p: (-p[1], p[0]))[:k]
    )


class StoryIndex:
    """Story profiles of developments that left the grouping window, searchable by embedding.

    Bounded: only developments with a story key are kept (:func:`story_keys` of their main
    subjects; a thread across months needs a shared actor, the embedding alone never links
    beyond the window), and :meth:`expire` drops those older than the story window. One row of
    ``dim`` float32 plus a few short sets per development.
    """

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self.profiles: dict[str, StoryProfile] = {}
        self._ids: list[str] = []
        self._matrix: Vector | None = None

    def __len__(self) -> int:
        return len(self.profiles)

    def add(self, prof: StoryProfile) -> None:
        """Keep (or replace) a development's profile."""
        self.profiles[prof.development_id] = prof
        self._matrix = None

    def discard(self, development_id: str) -> None:
        if self.profiles.pop(development_id, None) is not None:
            self._matrix = None

    def expire(self, before: datetime) -> None:
        """Forget the developments whose last report is before ``before``."""
        gone = [d for d, p in self.profiles.items() if p.last_published < before]
        for dev_id in gone:
            del self.profiles[dev_id]
        if gone:
            self._matrix = None

    def near(self, vector: Vector, low: datetime, high: datetime, floor: float) -> list[str]:
        """Developments last reported in [``low``, ``high``) at cosine ``floor`` to ``vector``.

        A little below ``floor`` too: the caller decides on the exact value.
        """
        if not self.profiles:
            return []
        if self._matrix is None:
            self._ids = sorted(self.profiles)
            self._matrix = np.vstack([self.profiles[d].vector for d in self._ids]).astype(
                np.float32, copy=False
            )
        sims = np.einsum("ij,j->i", self._matrix, vector)
        out = []
        for i in np.flatnonzero(sims >= floor - 1e-4):
            prof = self.profiles[self._ids[int(i)]]
            if low <= prof.last_published < high:
                out.append(prof.development_id)
        return out

    def keyed(self, keys: frozenset[str], low: datetime, high: datetime) -> list[str]:
        """Developments last reported in [``low``, ``high``) about one of ``keys``."""
        return sorted(
            d for d, p in self.profiles.items() if low <= p.last_published < high and p.mains & keys
        )


@dataclass(slots=True)
class Corrections:
    """Analyst corrections the grouper must respect on every run.

    ``pins`` maps an article to the development it belongs to (a split, or the members of a
    merged development); ``aliases`` redirects a merged development to the one it was merged into.
    """

    pins: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)

    def resolve(self, development_id: str) -> str:
        seen = set()
        while development_id in self.aliases and development_id not in seen:
            seen.add(development_id)
            development_id = self.aliases[development_id]
        return development_id


class CandidateIndex:
    """Title+lead embeddings of the open developments, for one-product candidate lookups.

    Two matrices: every open report's vector (for the report-level features of the few
    candidates) and every open development's summed vector (searched: one product over the
    developments, not the reports, finds the candidates).
    """

    def __init__(self, dim: int = 384, capacity: int = 1024) -> None:
        self.dim = dim
        self.vectors = np.zeros((capacity, dim), dtype=np.float32)
        self.row_slot = np.zeros(capacity, dtype=np.int64)
        self.n = 0
        self.slot_of: dict[str, int] = {}
        self.dev_of_slot: list[str] = []
        self.sums = np.zeros((64, dim), dtype=np.float32)
        self.norms = np.ones(64, dtype=np.float32)
        self.slot_last = np.zeros(64, dtype=np.float64)

    def _slot(self, dev_id: str) -> int:
        slot = self.slot_of.get(dev_id)
        if slot is None:
            slot = len(self.dev_of_slot)
            self.slot_of[dev_id] = slot
            self.dev_of_slot.append(dev_id)
            if slot >= self.slot_last.size:
                self.slot_last = np.concatenate([self.slot_last, np.zeros_like(self.slot_last)])
                self.sums = np.concatenate([self.sums, np.zeros_like(self.sums)])
                self.norms = np.concatenate([self.norms, np.ones_like(self.norms)])
        return slot

    def add(self, dev_id: str, vector: Vector, last_ts: float) -> int:
        """Add a report's vector under its development; return its row."""
        slot = self._slot(dev_id)
        row = self._append_row(slot, vector)
        self.sums[slot] += vector
        self.norms[slot] = float(np.linalg.norm(self.sums[slot])) or 1.0
        self.slot_last[slot] = max(self.slot_last[slot], last_ts)
        return row

    def _append_row(self, slot: int, vector: Vector) -> int:
        """Store a report's vector under a slot, growing the matrix as needed; return its row."""
        if vector.shape[0] != self.dim:
            raise ValueError(f"vector of dimension {vector.shape[0]}, index holds {self.dim}")
        if self.n == self.vectors.shape[0]:
            self.vectors = np.concatenate([self.vectors, np.zeros_like(self.vectors)])
            self.row_slot = np.concatenate([self.row_slot, np.zeros_like(self.row_slot)])
        self.vectors[self.n] = vector
        self.row_slot[self.n] = slot
        self.n += 1
        return self.n - 1

    def add_development(
        self, dev_id: str, vectors: Sequence[Vector], vector_sum: Vector, last_ts: float
    ) -> list[int]:
        """Add a development's report vectors at once; return their rows.

        ``vector_sum`` is the development's own running sum of the same vectors, added in the
        same order, so the searched sum is bit for bit what one :meth:`add` per report gives.
        """
        slot = self._slot(dev_id)
        rows = [self._append_row(slot, vector) for vector in vectors]
        self.sums[slot] = vector_sum
        self.norms[slot] = float(np.linalg.norm(self.sums[slot])) or 1.0
        self.slot_last[slot] = max(self.slot_last[slot], last_ts)
        return rows

    def touch(self, dev_id: str, last_ts: float) -> None:
        slot = self._slot(dev_id)
        self.slot_last[slot] = max(self.slot_last[slot], last_ts)

    def search(self, vector: Vector, at_ts: float, window_s: float, k: int) -> list[str]:
        """The ``k`` open developments whose mean vector is closest to ``vector``."""
        n_slots = len(self.dev_of_slot)
        if n_slots == 0:
            return []
        # einsum, not `@`: this product over every open development runs once per article, and
        # a multi-threaded BLAS matrix-vector product was 5-15x slower whenever the two cores
        # were busy with anything else (its threads spin-wait); einsum's loop is single-threaded.
        sims = np.einsum("ij,j->i", self.sums[:n_slots], vector) / self.norms[:n_slots]
        open_ = np.abs(at_ts - self.slot_last[:n_slots]) <= window_s
        ranked = np.where(open_, sims, -np.inf)
        m = min(n_slots, k)
        top = np.argpartition(-ranked, m - 1)[:m] if m < n_slots else np.arange(n_slots)
        top = top[np.lexsort((top, -ranked[top]))]
        return [self.dev_of_slot[int(s)] for s in top if np.isfinite(ranked[s])]

    def member_sims(self, rows: list[int], vector: Vector) -> npt.NDArray[np.float32]:
        """Cosines of ``vector`` to the given report rows."""
        if not rows:
            return np.zeros(1, dtype=np.float32)
        return np.asarray(self.vectors[rows] @ vector, dtype=np.float32)

    def compact(self, keep: set[str]) -> dict[int, int]:
        """Drop the developments not in ``keep`` and their rows; return old row -> new row."""
        kept = [d for d in self.dev_of_slot if d in keep]
        old_slots = np.array([self.slot_of[d] for d in kept], dtype=np.int64)
        new_slot = np.full(len(self.dev_of_slot), -1, dtype=np.int64)
        new_slot[old_slots] = np.arange(old_slots.size)
        rows = np.flatnonzero(new_slot[self.row_slot[: self.n]] >= 0)
        mapping = {int(old): new for new, old in enumerate(rows)}
        self.vectors[: rows.size] = self.vectors[rows]
        self.row_slot[: rows.size] = new_slot[self.row_slot[rows]]
        self.n = int(rows.size)
        self.sums[: old_slots.size] = self.sums[old_slots]
        self.norms[: old_slots.size] = self.norms[old_slots]
        self.slot_last[: old_slots.size] = self.slot_last[old_slots]
        self.dev_of_slot = kept
        self.slot_of = {d: i for i, d in enumerate(kept)}
        return mapping


def contrast(found: Sequence[tuple[str, dict[str, float]]]) -> None:
    """Add ``emb_contrast`` to each candidate's features: which development is closer.

    Its mean embedding cosine (``emb_mean``) minus the best of the other candidates' (0 when
    there is no other): two developments of one topic are both close to a report of either, and
    the report belongs with the one clearly closer, not with any that is close enough.
    """
    for i, (_, feats) in enumerate(found):
        others = [f["emb_mean"] for j, (_, f) in enumerate(found) if j != i]
        feats["emb_contrast"] = feats["emb_mean"] - max(others, default=0.0)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One development considered for an article, with its evidence."""

    development_id: str
    probability: float
    features: dict[str, float]


class Grouper:
    """Assigns articles, one at a time, to open developments or new ones."""

    def __init__(
        self,
        params: GroupingParams,
        developments: Iterable[DevelopmentState] = (),
        *,
        model: DecisionModel | None = None,
        corrections: Corrections | None = None,
        dim: int = 384,
        freqs: lexical.DocumentFrequencies | None = None,
        counted: set[str] | None = None,
        profiles: dict[str, Profile] | None = None,
        stories: StoryIndex | None = None,
    ) -> None:
        """A grouper; the warehouse edge may hand in state it keeps between batches.

        ``freqs`` and ``counted`` are document frequencies over exactly the reports ``counted``
        names (the caller guarantees it); ``profiles``, when given, records every report the
        grouper counts, so the next batch's grouper need not profile them again. ``stories``:
        the story profiles of developments that left the grouping window (the warehouse keeps
        them; a grouper run over a whole archive fills its own as developments close).
        """
        self.params = params
        self.model = model or load_model(params.model)
        top = params.evidence_top if params.evidence_top is not None else self.model.evidence_top
        self._evidence_top = top or None
        self.corrections = corrections or Corrections()
        self.developments: dict[str, DevelopmentState] = {}
        self.member_of: dict[str, str] = {}
        self.freqs = freqs if freqs is not None else lexical.DocumentFrequencies()
        self.index = CandidateIndex(dim)
        self.touched: set[str] = set()
        self.evidence: dict[str, list[Candidate]] = {}
        self._profiles: dict[str, Profile] = {}
        self._counted: set[str] = counted if counted is not None else set()
        self._recorded = profiles
        self._latest = 0.0
        self._since_compact = 0
        self._norms: dict[str, tuple[int, float]] = {}
        self._member_norms: dict[str, float] = {}
        self._member_norms_version = -1
        self._item_idf: dict[str, float] = {}
        self._item_args: tuple[str, lexical.Arguments] | None = None
        #: every member's profile (the review rebuilds developments from them)
        self._member_profiles: dict[str, Profile] = {}
        #: reports not in Latin script (the cross-language second chance looks them up)
        self._foreign: set[str] = set()
        #: the candidates the measure guard kept the last report out of (:meth:`_same_measure`)
        self._measure_kept: set[str] = set()
        #: the policy subjects each report's headline states (:meth:`_subjects`)
        self._title_cues: dict[str, frozenset[str]] = {}
        #: while :meth:`settle_stories` runs: the developments by each main subject, head name
        #: and authority their Chinese reports name (:meth:`_holding`)
        self._key_index: tuple[dict[str, set[str]], ...] | None = None
        #: the same index outside :meth:`settle_stories` (the analysis path:
        #: :meth:`story_evidence`), with the state it was built on: each change of the
        #: developments bumps ``_dev_version`` (the count of them catches a direct removal)
        self._dev_version = 0
        self._kept_key_index: tuple[tuple[int, int], tuple[dict[str, set[str]], ...]] | None = None
        #: developments that left the grouping window, for the stories of later ones
        self.stories = stories if stories is not None else StoryIndex(dim)
        #: the developments whose notices named a title, a document number or an effective day
        #: (``nlp.crosslingual.Evidence.acts``), the latest last, and the readings of those
        #: notices: a late act under the rule finds its development beyond the window by them
        self._acts: dict[str, list[str]] = {}
        self._act_readings: dict[str, list[crosslingual.Reading]] = {}
        #: developments a report in another script opened, when it was published: a notice
        #: waiting for its news (``crosslingual.NEAR_DAYS``; :meth:`_waiting_notice`)
        self._waiting: dict[str, float] = {}
        #: pairs of developments kept apart by :meth:`_replacement` (a measure's replacement
        #: and the measure it ended): the review's merge does not join them again
        self._replaced: set[frozenset[str]] = set()
        self._parents = dict(params.entity_parents)
        self._name_ids = name_ids(params.entity_names)
        #: the glossary terms' names, as name keys hold them: they give no initials
        #: (:func:`initials_meet`)
        self._glossary = frozenset(
            " ".join(n.lower().split())
            for n, e in params.entity_names
            if e in params.untranslated_entities
        )
        #: the country of each foreign authority's name (:func:`authority_countries`)
        self._authority_country = authority_countries(
            params.foreign_authorities
            if params.foreign_authorities is not None
            else crosslingual.default_foreign_authority_rows(),
            params.broad_entities - params.untranslated_entities,
            self._name_ids.keys(),
        )
        #: the countries' names, read in an authority's name (:func:`country_in_name`)
        self._country_names = country_names(
            self._name_ids, params.broad_entities - params.untranslated_entities, self._parents
        )
        #: the names of the watchlist's entities that are no country: their organs ("<company>
        #: board") are no country's authority (:func:`country_in_name`)
        self._entity_names = frozenset(
            n for n, e in self._name_ids.items() if n not in self._country_names
        )
        #: each foreign authority's Latin name read as its key and country
        #: (:func:`authority_names`): one country's two authorities told apart
        self._authority_names = authority_names(
            params.foreign_authorities
            if params.foreign_authorities is not None
            else crosslingual.default_foreign_authority_rows()
        )
        #: each table authority's Latin names as name keys (:func:`authority_name_keys`): a
        #: Chinese report naming it by its Chinese name keys its story by them
        self._authority_keys = authority_name_keys(
            params.foreign_authorities
            if params.foreign_authorities is not None
            else crosslingual.default_foreign_authority_rows()
        )
        #: the government each authority answers to: a cross-language join of two
        #: governments' measures is refused (``nlp.crosslingual.Evidence.owners``)
        self._jurisdiction_of = crosslingual.jurisdictions(self._parents, params.broad_entities)
        self._measure_guard = params.measure_guard
        #: a report's profile as these parameters read it (the one builder the warehouse's window
        #: uses too, so that a profile rebuilt from stored rows equals the one built here)
        self._profiler = Profiler(params)
        for dev in developments:
            self.developments[dev.development_id] = dev
            for article_id in dev.member_ids:
                self.member_of[article_id] = dev.development_id

    @property
    def model_version(self) -> str:
        return self.model.version

    def _profile(self, item: ClusterItem) -> Profile:
        """:func:`profile`, as :class:`Profiler` reads it with the grouper's parameters."""
        return self._profiler(item)

    # -- state -------------------------------------------------------------------------------

    def load_members(self, dev: DevelopmentState, items: Iterable[ClusterItem]) -> None:
        """Add a stored development with its reports (the warehouse edge calls this)."""
        self.load_profiles(dev, [self._profile(item) for item in items])

    def load_profiles(
        self, dev: DevelopmentState, profiles: Iterable[Profile], *, built: bool = False
    ) -> None:
        """Add a stored development with its reports' profiles.

        ``built``: ``dev`` already aggregates exactly these profiles, in this order (a state
        kept from the batch before); it is only registered, not aggregated again.
        """
        self.developments[dev.development_id] = dev
        self._dev_version += 1
        if built:
            profiles = list(profiles)
            for prof in profiles:
                self._count(prof)
                self.member_of[prof.article_id] = dev.development_id
                self._member_profiles[prof.article_id] = prof
                self._index_acts(dev.development_id, prof)
            assert dev.vector_sum is not None
            dev.rows = self.index.add_development(
                dev.development_id,
                [p.vector for p in profiles],
                dev.vector_sum,
                dev.last_published.timestamp(),
            )
        else:
            for prof in profiles:
                self._count(prof)
                self._add_to(dev, prof)
        self.touched.discard(dev.development_id)

    def _count(self, prof: Profile) -> None:
        """Register a report: its script for every grouper, its words counted once.

        ``_counted`` may come from the batch before (the kept window): its reports are already
        in ``freqs`` and in the kept profiles, but this grouper still has to know which are in
        another script (the cross-language steps read ``_foreign`` as the members to try).
        """
        if prof.reading is not None and prof.reading.script != "latin":
            self._foreign.add(prof.article_id)
        if prof.article_id not in self._counted:
            self._counted.add(prof.article_id)
            self.freqs.add(df_keys(prof))
            if self._recorded is not None:
                self._recorded[prof.article_id] = prof

    def _add_to(self, dev: DevelopmentState, prof: Profile) -> None:
        dev.add(prof)
        self._dev_version += 1
        ts = dev.last_published.timestamp()
        dev.rows.append(self.index.add(dev.development_id, prof.vector, ts))
        self.index.touch(dev.development_id, ts)
        self.member_of[prof.article_id] = dev.development_id
        self._member_profiles[prof.article_id] = prof
        self._index_acts(dev.development_id, prof)

    def _index_acts(self, dev_id: str, prof: Profile) -> None:
        """Record what a notice of ``dev_id`` names that a later act under it would cite.

        Only reports in another script than Latin (their evidence is read for the
        cross-language join anyway); one dictionary entry per title, number or day, holding
        the latest :data:`ACT_DEVELOPMENTS` developments that stated it.
        """
        reading = prof.reading
        if not self.params.cross_language or reading is None or reading.script == "latin":
            return
        keys = reading.evidence.acts - crosslingual.ACT_MARKS
        if not keys:
            return
        kept = self._act_readings.setdefault(dev_id, [])
        if reading not in kept:
            kept.append(reading)
            del kept[:-ACT_DEVELOPMENTS]
        for key in keys:
            devs = self._acts.setdefault(key, [])
            if dev_id in devs:
                devs.remove(dev_id)
            devs.append(dev_id)
            del devs[:-ACT_DEVELOPMENTS]

    def _new_development(self, dev_id: str, prof: Profile) -> DevelopmentState:
        dev = DevelopmentState(
            development_id=dev_id,
            headline=prof.title,
            first_article_id=prof.article_id,
            first_published=prof.published,
            last_published=prof.published,
        )
        self.developments[dev_id] = dev
        self._dev_version += 1
        return dev

    def _maybe_compact(self, now_ts: float) -> None:
        self._since_compact += 1
        if self._since_compact < 2000:
            return
        self._since_compact = 0
        horizon = 2 * self.params.window_days * 86400.0
        keep = {
            d.development_id
            for d in self.developments.values()
            if now_ts - d.last_published.timestamp() <= horizon
        }
        if len(keep) * 2 > len(self.index.dev_of_slot):
            return
        mapping = self.index.compact(keep)
        self._dev_version += 1
        for dev_id in list(self.developments):
            if dev_id in keep:
                dev = self.developments[dev_id]
                dev.rows = [mapping[r] for r in dev.rows]
            else:  # closed for good: keep only what saving and membership need
                dev = self.developments[dev_id]
                if dev.rows and (story := self.story_profile(dev)) is not None:
                    self.stories.add(story)
                for article_id in dev.member_ids:
                    self._member_profiles.pop(article_id, None)
                    self._title_cues.pop(article_id, None)
                dev.rows = []
                dev.term_counts = Counter()
                dev.bigram_counts = Counter()
                dev.phrase_counts = Counter()
                dev.cite_counts = Counter()
                dev.name_counts = Counter()
                dev.sketches = []
                dev.member_terms = []
                dev.member_names = []
                dev.member_args = []
                dev.member_heads = []
                dev.head_counts = Counter()
                dev._head_core = None
                dev._sketch_matrix = None
                dev._head_names = None
                dev._chinese_names = None
                dev._story = None
        story_s = max(self.params.story_window_days, self.params.window_days) * 86400.0
        reach_s = story_reach_days(self.params) * 86400.0
        self.stories.expire(datetime.fromtimestamp(now_ts - reach_s - horizon, UTC))
        self._expire_acts(now_ts - story_s)

    def _expire_acts(self, before_ts: float) -> None:
        """Forget the late-act entries of developments last reported before ``before_ts``."""
        gone = {
            d
            for d in self._act_readings
            if (dev := self.developments.get(d)) is None
            or dev.last_published.timestamp() < before_ts
        }
        if not gone:
            return
        for d in gone:
            del self._act_readings[d]
        for key in list(self._acts):
            devs = [d for d in self._acts[key] if d not in gone]
            if devs:
                self._acts[key] = devs
            else:
                del self._acts[key]

    # -- evidence ------------------------------------------------------------------------------

    def features(
        self,
        prof: Profile,
        dev: DevelopmentState,
        item_weights: Mapping[str, float],
        item_norm: float,
    ) -> dict[str, float]:
        """The evidence that the article reports the development."""
        member_sims = self.index.member_sims(dev.rows, prof.vector)
        emb_max = float(member_sims.max())
        members = self._evidence_members(member_sims, dev.size)
        if self._evidence_top is not None and len(members) < len(member_sims):
            emb_mean = float(member_sims[members].mean())
        else:
            emb_mean = float(member_sims.mean())
        centroid = dev.vector_sum
        if centroid is not None:
            norm = float(np.linalg.norm(centroid)) or 1.0
            emb_centroid = float(centroid @ prof.vector) / norm
        else:
            emb_centroid = 0.0
        tfidf = self._tfidf(item_weights, item_norm, dev)
        member_tfidf = [
            self._member_tfidf(
                item_weights,
                item_norm,
                dev.member_terms[i],
                self._member_norm(dev.member_ids[i], dev.member_terms[i]),
            )
            for i in members
        ]
        names = lexical.weighted_containment(prof.names, dev.name_counts, self.freqs)
        core = dev.core_names()
        names_back = lexical.weighted_containment(core, prof.names, self.freqs)
        names_weight = lexical.idf_sum(prof.names, self.freqs)
        member_names = [
            lexical.weighted_jaccard(prof.names, dev.member_names[i], self.freqs, names_weight)
            for i in members
        ]
        args = self._arguments_of(prof)
        heads = [lexical.argument_evidence(args, dev.member_args[i], self.freqs) for i in members]
        n_heads = len(heads) or 1
        own_words = prof.words if prof.words >= 0 else UNKNOWN_WORDS
        min_words = float(min(own_words, dev.mean_words()))
        if min_words < max(HEADLINE_WORDS, self.model.short_words):
            own_ents = head_entities(prof)
            head_ents = [
                headline.conflicts(own_ents, head_entities(dev.member_heads[i])) for i in members
            ]
        else:
            head_ents = []
        n_ents = len(head_ents) or 1
        head_core = lexical.weighted_containment(dev.head_core(), prof.names, self.freqs)
        near = near_copy(dev.sketch_matrix(), prof.sketch) if dev.sketches else 0.0
        dev_entities = set(dev.entity_counts)
        if prof.entity_ids and dev_entities:
            union = prof.entity_ids | dev_entities
            entities = len(prof.entity_ids & dev_entities) / len(union)
        else:
            entities = 0.0
        if prof.signal_kinds and dev.signal_kinds:
            signals = 1.0 if prof.signal_kinds & dev.signal_kinds else -1.0
        else:
            signals = 0.0
        days = abs((prof.published - dev.last_published).total_seconds()) / 86400.0
        broad_names = 1.0 if self._broad_names_only(prof, dev, dev_entities) else 0.0
        return {
            "emb_max": emb_max,
            "emb_mean": emb_mean,
            "emb_centroid": emb_centroid,
            "tfidf": tfidf,
            "tfidf_max": max(member_tfidf, default=0.0),
            "tfidf_mean": sum(member_tfidf) / len(member_tfidf) if member_tfidf else 0.0,
            "names": names,
            "names_back": names_back,
            "names_mean": sum(member_names) / len(member_names) if member_names else 0.0,
            "near_copy": near,
            "entities": entities,
            "signals": signals,
            "log_size": math.log1p(dev.size),
            "emb_x_tfidf": emb_max * tfidf,
            "head_cov": math.fsum(h.head_cov for h in heads) / n_heads,
            "head_back": math.fsum(h.head_back for h in heads) / n_heads,
            "head_conflict": math.fsum(h.head_conflict for h in heads) / n_heads,
            "num_conflict": math.fsum(h.num_conflict for h in heads) / n_heads,
            "year_conflict": math.fsum(h.year_conflict for h in heads) / n_heads,
            "head_core": head_core,
            "days": days,
            "min_words": min_words,
            "broad_names": broad_names,
            "date_conflict": math.fsum(h.date_conflict for h in heads) / n_heads,
            "lead_conflict": math.fsum(h.lead_conflict for h in heads) / n_heads,
            "person_conflict": math.fsum(c[0] for c in head_ents) / n_ents,
            "place_conflict": math.fsum(c[1] for c in head_ents) / n_ents,
            "count_conflict": math.fsum(c[2] for c in head_ents) / n_ents,
        }

    def _broad_names_only(
        self, prof: Profile, dev: DevelopmentState, dev_entities: set[str]
    ) -> bool:
        """Whether the report shares only broad watchlist entities with ``dev``.

        Broad: a country, a government, a topic; and ``dev``'s reports name a specific actor
        the report does not. The report's names then say "China" and little else, and the
        texts must agree as they must for full-length reports
        (:meth:`nlp.features.DecisionModel.texts_agree`).
        """
        shared = prof.entity_ids & dev_entities
        if not shared or shared - self.params.broad_entities:
            return False
        specific = _core_entities(dev) - self.params.broad_entities
        return bool(specific - prof.entity_ids)

    def _arguments_of(self, prof: Profile) -> lexical.Arguments:
        """The article's event arguments (kept for the candidates of one article)."""
        cached = self._item_args
        if cached is None or cached[0] != prof.article_id:
            cached = (prof.article_id, _arguments(prof))
            self._item_args = cached
        return cached[1]

    def _evidence_members(self, member_sims: npt.NDArray[np.float32], size: int) -> list[int]:
        """The members whose own lexical evidence is read: all, or the closest in embedding."""
        limit = self.params.member_evidence
        if self._evidence_top is not None:
            limit = min(limit, self._evidence_top)
        if size <= limit or len(member_sims) != size:
            return list(range(size))
        closest = np.argsort(-member_sims, kind="stable")[:limit]
        return sorted(int(i) for i in closest)

    def _member_tfidf(
        self, weights: Mapping[str, float], norm: float, counts: Counter[str], other: float
    ) -> float:
        if norm == 0 or other == 0:
            return 0.0
        idf = self._item_idf
        tf = lexical.TF_WEIGHTS
        # Only the shared terms (a set intersection, in C); an exactly rounded sum, so the order
        # the set yields them in does not matter.
        dot = math.fsum(
            weights[t] * tf[c] * idf[t] for t in weights.keys() & counts.keys() if (c := counts[t])
        )
        return dot / (norm * other)

    def _item_weights(self, prof: Profile) -> tuple[dict[str, float], float]:
        idf = self.freqs.weights
        self._item_idf = {t: idf[t] for t in prof.terms}
        tf = lexical.TF_WEIGHTS
        weights = {t: tf[c] * self._item_idf[t] for t, c in prof.terms.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return weights, norm

    def _tfidf(self, weights: Mapping[str, float], norm: float, dev: DevelopmentState) -> float:
        if norm == 0 or not dev.term_counts:
            return 0.0
        idf = self._item_idf
        counts = dev.term_counts
        tf = lexical.TF_WEIGHTS
        dot = 0.0
        # the item's terms the development holds, in the item's order (the same sum, in the same
        # order, as over every term with a zero count skipped), chosen in C
        for term in filter(counts.__contains__, weights):
            c = counts[term]
            if c:
                dot += weights[term] * tf[c] * idf[term]
        dev_norm = self._dev_norm(dev)
        return dot / (norm * dev_norm) if dev_norm else 0.0

    def _fresh_norms(self) -> None:
        """Forget the norms computed under other document frequencies than the current ones."""
        if self._member_norms_version != self.freqs.version:
            self._member_norms_version = self.freqs.version
            self._member_norms.clear()
            self._norms.clear()

    def _member_norm(self, article_id: str, counts: Counter[str]) -> float:
        """Norm of a report's TF-IDF bag under the current IDF (memoised while it holds).

        Always the current IDF, never the IDF of when the report was added: the evidence then
        depends only on which reports the grouper holds, not on the order it learnt them in, so
        a grouper reloaded from the warehouse decides exactly as one kept between batches.
        """
        self._fresh_norms()
        norm = self._member_norms.get(article_id)
        if norm is None:
            idf = self.freqs.weights
            tf = lexical.TF_WEIGHTS
            norm = math.sqrt(sum((tf[c] * idf[t]) ** 2 for t, c in counts.items()))
            self._member_norms[article_id] = norm
        return norm

    def _dev_norm(self, dev: DevelopmentState) -> float:
        """Norm of the development's TF-IDF bag under the current IDF (memoised while it holds)."""
        self._fresh_norms()
        cached = self._norms.get(dev.development_id)
        if cached is not None and cached[0] == dev.size:
            return cached[1]
        idf = self.freqs.weights
        tf = lexical.TF_WEIGHTS
        norm = math.sqrt(sum((tf[c] * idf[t]) ** 2 for t, c in dev.term_counts.items() if c > 0))
        self._norms[dev.development_id] = (dev.size, norm)
        return norm

    def candidates(self, prof: Profile) -> list[Candidate]:
        """The open developments most likely to hold the article, best first."""
        window_s = self.params.window_days * 86400.0
        ids = self.index.search(
            prof.vector, prof.published.timestamp(), window_s, self.params.candidates
        )
        if not ids:
            return []
        weights, norm = self._item_weights(prof)
        found = [
            (dev_id, self.features(prof, self.developments[dev_id], weights, norm))
            for dev_id in ids
        ]
        contrast(found)
        out = [Candidate(d, self.model.probability(feats), feats) for d, feats in found]
        out.sort(key=lambda c: (-c.probability, c.development_id))
        return out

    # -- decisions -----------------------------------------------------------------------------

    def assign(self, item: ClusterItem) -> Assignment:
        """Decide where ``item`` goes and update the state."""
        existing = self.member_of.get(item.article_id)
        if existing is not None:  # a re-run: the article keeps its development
            return Assignment(item.article_id, existing, False, 1.0, {"already_member": 1.0})
        prof = self._profiles.pop(item.article_id, None) or self._profile(item)
        self._count(prof)
        ts = prof.published.timestamp()
        self._latest = max(self._latest, ts)
        cands = self.candidates(prof)
        self.evidence[item.article_id] = cands[:3]
        best = cands[0] if cands else None
        pinned = self.corrections.pins.get(item.article_id)
        if pinned is not None:
            target: str | None = self.corrections.resolve(pinned)
            reason = "pinned"
        elif self._blank(prof):
            target = self.corrections.resolve(development_id_for(item.article_id))
            reason = "blank"
        elif (
            chosen := self._join_target(
                self._same_measure(prof, self._comparable(prof, self._telling(cands)))
            )
        ) is not None:
            best = self._waiting_notice(prof, chosen) or chosen
            target = self.corrections.resolve(best.development_id)
            reason = "join"
        elif (crossed := self._crosslingual_target(prof)) is not None:
            best = crossed
            target = self.corrections.resolve(crossed.development_id)
            reason = "join"
        elif (
            across := self._latin_across_target(
                prof,
                # the developments its own language's steps rejected or guarded it from
                self._measure_kept
                | {c.development_id for c in cands if c.probability >= self.params.threshold},
            )
        ) is not None:
            best = across
            target = self.corrections.resolve(across.development_id)
            reason = "join"
        else:
            target = self.corrections.resolve(development_id_for(item.article_id))
            reason = "new"
        assert target is not None
        dev = self.developments.get(target)
        is_new = dev is None
        if dev is None:
            dev = self._new_development(target, prof)
        self._add_to(dev, prof)
        if is_new:
            dev.story_id = self.story_for(target, cands)
            if not _latin(prof) and prof.reading is not None:
                self._waiting[target] = ts
        elif _latin(prof):
            self._waiting.pop(target, None)  # its news has come
        self.touched.add(dev.development_id)
        self._maybe_compact(ts)
        feats = dict(best.features) if best is not None else {}
        if reason == "pinned":
            feats["pinned"] = 1.0
        elif reason == "blank":
            feats["no_headline"] = 1.0
        elif reason == "new" and best is not None and self._guarded(best):
            feats["text_guard"] = 1.0
        if reason == "new" and best is not None and best.development_id in self._measure_kept:
            feats["measure_guard"] = 1.0
        return Assignment(
            article_id=item.article_id,
            development_id=dev.development_id,
            is_new=is_new,
            score=best.probability if best is not None else 0.0,
            features=feats,
            candidate_id=best.development_id if best is not None else None,
        )

    def story_for(self, dev_id: str, cands: Sequence[Candidate]) -> str:
        """The story a development that ``cands`` were considered for joins, or a new one.

        A story is the longer-running thread several developments belong to (two same-kind
        events of one topic, a regulation's steps over weeks). A new development joins the
        story of the nearest open development (cosine of its first report to the development's
        mean vector) that :func:`story_link` accepts; otherwise it opens its own story.
        """
        dev = self.developments.get(dev_id)
        ranked = sorted(
            (c for c in cands if c.development_id != dev_id),
            key=lambda c: (-c.features.get("emb_centroid", 0.0), c.development_id),
        )
        for cand in ranked:
            other = self.developments.get(cand.development_id)
            if other is None or not other.story_id:
                continue
            sim = cand.features.get("emb_centroid", 0.0)
            if sim < self.params.story_threshold:
                break
            if dev is None or self._story_link(dev, other, sim):
                return other.story_id
        return story_id_for(dev_id)

    def _story_link(self, dev: DevelopmentState, other: DevelopmentState, sim: float) -> bool:
        """:func:`story_link` over two developments' evidence (``sim``: their embedding cosine).

        Never a research body's paper and an authority's step (:meth:`_paper`), nor two
        developments whose reports name two different authorities off the watchlist
        (:meth:`_other_authority`): the embedding alone links a regulator's rule to another
        place's regulator's proposal on the same subject.
        """
        if self._paper(dev) != self._paper(other) or self._other_authority(dev, other):
            return False
        entities = (_core_mains(dev), _core_mains(other))
        kinds = (frozenset(dev.signal_kinds), frozenset(other.signal_kinds))
        keyed = all(story_keys(e, self.params) for e in entities)
        crossed = self._story_crosslingual(dev, other) if keyed else None
        unread = not (self._holds_latin(dev) and self._holds_latin(other))
        tfidf = 0.0
        if (keyed or unread) and sim >= self.params.story_threshold:
            tfidf = max(
                self._pair_tfidf(dev, other),
                self._bag_tfidf(dev.bigram_counts, other.bigram_counts),
            )
        subjects = (self._subjects(dev), self._subjects(other)) if keyed else (NO_IDS, NO_IDS)
        named = (
            bool(story_keys(_core_entities(dev), self.params)),
            bool(story_keys(_core_entities(other), self.params)),
        )
        if not all(named) and self._another_matter(dev, other):
            return False
        return story_link(
            sim, tfidf, entities, kinds, self.params, crossed, subjects, named, unread
        )

    def _paper(self, dev: DevelopmentState) -> bool:
        """Whether at least half of ``dev``'s first reports' headlines tell a research paper.

        :func:`research_paper` of each headline. A development that took in a paper beside an
        authority's act is the act's.
        """
        heads = dev.member_heads[:STORY_REPORTS]
        return 2 * sum(research_paper(p.title) for p in heads) >= max(1, len(heads))

    def _profile_paper(self, prof: StoryProfile) -> bool:
        """:meth:`_paper` of a story profile's development (its key, or its reports when held)."""
        if PAPER_KEY in prof.term_counts():
            return True
        dev = self.developments.get(prof.development_id)
        return dev is not None and self._paper(dev)

    def _authorities_named(self, dev: DevelopmentState) -> frozenset[str]:
        """The authorities off the watchlist at least half of ``dev``'s first reports name.

        By the table's keys (:attr:`nlp.crosslingual.Evidence.authorities`), in either script.
        """
        heads = [p for p in dev.member_heads[:STORY_REPORTS] if p.reading is not None]
        counts = Counter(a for p in heads for a in p.reading.evidence.authorities)  # type: ignore[union-attr]
        need = max(1, math.ceil(len(heads) / 2))
        return frozenset(a for a, c in counts.items() if c >= need)

    def _other_authority(self, dev: DevelopmentState, other: DevelopmentState) -> bool:
        """Whether two developments name two different authorities off the watchlist.

        Each names one of the table's authorities (:meth:`_authorities_named`: the Monetary
        Authority of Singapore, the Hong Kong Monetary Authority) and none the other names:
        another place's regulator on the same subject, not a step of this one's thread.
        """
        mine = self._authorities_named(dev)
        if not mine:
            return False
        theirs = self._authorities_named(other)
        return bool(theirs) and not mine & theirs

    def _another_matter(self, dev: DevelopmentState, other: DevelopmentState) -> bool:
        """Whether two policy developments state different kinds of measure or subjects.

        Where a side names no watchlist entity, :func:`story_link` lets the embedding decide
        alone (news outside the watchlist, ECB+ topics). Two policy developments on one object
        whose measures are of different kinds (a plant's permit and a bloc's act, another
        country's guidance and a bill) or whose headlines state different policy subjects are
        another party's matter, as a keyed link's guards say; developments without policy
        signals (ECB+) are not read.
        """
        mine = _measure_kinds(frozenset(dev.signal_kinds))
        theirs = _measure_kinds(frozenset(other.signal_kinds))
        if not mine or not theirs:
            return False
        if not mine & theirs:
            return True
        return _share(self._subjects(dev), self._subjects(other)) < 0

    def _one_side_keyless(self, dev: DevelopmentState, other: DevelopmentState) -> bool:
        """Whether exactly one of two developments names a watchlist entity with a story key.

        :func:`story_link` lets the embedding decide alone when a side names none (news outside
        the watchlist); between a keyed development and a keyless one that is the weakest link
        the rules make, so :meth:`settle_stories` takes it only when no keyed step (across
        scripts, the same act, beyond the window or the learned step) links the development.
        """
        named = (
            bool(story_keys(_core_entities(dev), self.params)),
            bool(story_keys(_core_entities(other), self.params)),
        )
        return named[0] != named[1]

    def _named_apart(self, dev: DevelopmentState, other: DevelopmentState) -> bool:
        """Whether two developments are keyed by actors that are not one, by names on a side.

        :meth:`_one_side_keyless`'s side that names no watchlist entity may still name its own
        actor (``NAME_KEY`` story keys, :func:`_story_mains`: a tenancy board, a competition
        authority off the watchlist): it is then no news outside the watchlist but another
        actor's step. When the two sides' story keys neither meet nor are kin, nor meet once
        names are read as the entries they name (:meth:`_named_as`), the embedding's link
        between them (another country's rule of the same kind a week apart) is no fallback.
        A side with no story key at all (a district office's fine) is not read so.
        """
        keys = [
            self._rare(story_keys(_story_mains(d, self.params, self._authority_keys), self.params))
            for d in (dev, other)
        ]
        if not keys[0] or not keys[1] or keys_in_common(keys[0], keys[1]):
            return False
        if key_relation(keys[0], keys[1], self._parents)[0] > 0:
            return False
        return not self._named_as(keys[0], keys[1])

    def _subjects(self, dev: DevelopmentState) -> frozenset[str]:
        """The policy subjects a development's headlines state (their subject cues).

        Headlines only: a body's background names the neighbouring policies too.
        """
        out: set[str] = set()
        for m in dev.member_ids[:8]:
            cues = self._title_cues.get(m)
            if cues is None:
                prof = self._member_profiles.get(m)
                if prof is None:
                    continue
                cues = (
                    crosslingual.extract_evidence(
                        prof.title, variants=self.params.zh_variants
                    ).topics
                    - STAGE_CUES
                    - STORY_NEUTRAL_TOPICS
                )
                self._title_cues[m] = cues
            out |= cues
        return frozenset(out)

    def _story_across(
        self, dev: DevelopmentState, settled: set[str], at: float, window_s: float
    ) -> str | None:
        """The story of an open development in another script that :func:`story_link` accepts.

        The embedding ranks a Chinese notice far from the English reports of its own policy,
        so the developments that share a story key with ``dev`` and hold reports in another
        script are read too; the best cross-language agreement that links wins (ties: id).
        """
        if not self.params.cross_language or not dev.main_counts:
            return None
        keys = story_keys(_core_mains(dev), self.params)
        if not any(m in self._foreign for m in dev.member_ids):  # the common case: cheap
            settled = {self.member_of[a] for a in self._foreign if a in self.member_of} & settled
        found: list[tuple[float, str, str]] = []
        for other_id in sorted(settled):
            other = self.developments.get(other_id)
            if other is None or other is dev or not other.story_id:
                continue
            if abs(at - other.last_published.timestamp()) > window_s:
                continue
            if not keys & other.main_counts.keys():
                continue
            crossed = self._story_crosslingual(dev, other)
            if crossed is None:
                continue
            entities = (_core_mains(dev), _core_mains(other))
            kinds = (frozenset(dev.signal_kinds), frozenset(other.signal_kinds))
            subjects = (self._subjects(dev), self._subjects(other))
            if story_link(0.0, 0.0, entities, kinds, self.params, crossed, subjects):
                found.append((-crossed, other_id, other.story_id))
        return min(found)[2] if found else None

    def _story_same_act(self, dev: DevelopmentState, settled: set[str]) -> str | None:
        """The story of a development that reports the same act in another script, or None.

        The development level may leave one act told in Chinese and in English (a notice and
        its report a day apart) in two developments. A settled development in another script
        whose first report is at most ``story_same_act_days`` from ``dev``'s, whose authority is
        the same government's (:func:`one_government`: the keys meet, or an agency and its
        ministry or country, never two governments), whose headlines state no other policy
        subject, and whose reports agree with ``dev``'s across languages at least
        ``story_same_act_crosslingual`` is the same act: ``dev`` joins its story (the best
        agreement; ties: id). Failing that, so is the one development whose story keys meet
        ``dev``'s (the same authority, or the same country named on both sides) where the
        agreement reads nothing against (:func:`nothing_against`) and the signal kinds are not
        apart: the reading found nothing in common, hours apart, and nothing that tells another
        act; when two such developments qualify, the act is not told apart and none is joined.
        Where a half has no watchlist key (an authority off the watchlist, or named in Chinese
        alone), no government can be told: the agreement at ``story_same_act_crosslingual``
        with nothing against and the signal kinds not apart says it is the same act.
        """
        found, unread = self._same_act_candidates(dev, settled)
        if found:
            return min(found)[2]
        if len(unread) != 1:
            return None
        # read in nothing: only when the act is told apart both ways (no other development
        # of ``dev``'s side qualifies against the one found)
        other = self.developments[unread[0]]
        _, back = self._same_act_candidates(other, (settled | {dev.development_id}) - {unread[0]})
        return other.story_id if back == [dev.development_id] else None

    def _same_act_candidates(
        self, dev: DevelopmentState, settled: set[str]
    ) -> tuple[list[tuple[float, str, str]], list[str]]:
        """The developments :meth:`_story_same_act` may take as ``dev``'s act in another script.

        (-agreement, id, story) of those agreeing at ``story_same_act_crosslingual``, and the
        ids of those read in nothing (keys meeting, nothing against, signal kinds not apart).
        """
        params = self.params
        found: list[tuple[float, str, str]] = []
        unread: list[str] = []
        if not params.cross_language:
            return found, unread
        keys = story_keys(_core_mains(dev), params) if dev.main_counts else frozenset()
        days = timedelta(days=params.story_same_act_days)
        if not any(m in self._foreign for m in dev.member_ids):  # the common case: cheap
            settled = {self.member_of[a] for a in self._foreign if a in self.member_of} & settled
        mine_subjects = self._subjects(dev)
        for other_id in sorted(settled):
            other = self.developments.get(other_id)
            if other is None or other is dev or not other.story_id:
                continue
            if abs(dev.first_published - other.first_published) > days:
                continue
            theirs = story_keys(_core_mains(other), params) if other.main_counts else frozenset()
            keyed = bool(keys and theirs)
            if keyed and not one_government(keys, theirs, self._parents):
                continue
            subjects = self._subjects(other)
            if mine_subjects and subjects and not mine_subjects & subjects:
                continue
            agreed = self._story_agreement(dev, other)
            if agreed is None:
                continue
            if agreed.score >= params.story_same_act_crosslingual and (
                keyed or (nothing_against(agreed) and not self._kinds_apart(dev, other))
            ):
                # a half with no watchlist key (its authority off the watchlist, or named in
                # Chinese alone) tells no government: the agreement alone, with nothing
                # against and the signal kinds not apart, says it is the same act
                found.append((-agreed.score, other_id, other.story_id))
            elif not keyed:
                continue
            elif keys & theirs and nothing_against(agreed) and not self._kinds_apart(dev, other):
                unread.append(other_id)
        return found, unread

    @staticmethod
    def _kinds_apart(dev: DevelopmentState, other: DevelopmentState) -> bool:
        """Whether two developments' signal kinds are both given and share none."""
        mine, theirs = frozenset(dev.signal_kinds), frozenset(other.signal_kinds)
        return bool(mine and theirs and not mine & theirs)

    def _story_crosslingual(self, dev: DevelopmentState, other: DevelopmentState) -> float | None:
        """Best cross-language agreement of two developments' reports when their scripts differ.

        None when they share a script (the embedding compares them) or a reading is not known.
        """
        agreed = self._story_agreement(dev, other)
        return None if agreed is None else agreed.score

    def _story_agreement(
        self, dev: DevelopmentState, other: DevelopmentState
    ) -> crosslingual.Agreement | None:
        """:meth:`_story_crosslingual`'s best agreement itself (its score and parts)."""
        if not self.params.cross_language:
            return None
        sides = []
        for d in (dev, other):
            readings = [
                p.reading
                for p in (self._member_profiles.get(m) for m in d.member_ids[:8])
                if p is not None and p.reading is not None
            ]
            if not readings:
                return None
            sides.append(readings)
        if {r.script for r in sides[0]} & {r.script for r in sides[1]}:
            return None
        ignore = self.params.untranslated_entities

        def own(reading: crosslingual.Reading) -> crosslingual.Evidence:
            return _story_evidence(reading.evidence, ignore)

        return max(
            (crosslingual.agreement(own(a), own(b)) for a in sides[0] for b in sides[1]),
            key=lambda agreed: agreed.score,
        )

    # -- stories beyond the grouping window (StoryIndex) ------------------------------------------

    def story_profile(self, dev: DevelopmentState) -> StoryProfile | None:
        """What the story index keeps of ``dev`` (None: no story key, so no thread across months).

        Read from the development's reports alone (their vectors, main subjects, signal kinds,
        terms, first headlines and readings), never from the grouper's document frequencies:
        the profile kept in memory and the one the warehouse stores are the same.
        """
        if dev.vector_sum is None:
            return None
        kept = dev._story
        if (
            kept is not None
            and kept[0] is self.params
            and kept[1] is self._authority_keys
            and kept[2] == dev.story_id
            and kept[3] == dev.last_published
        ):
            return kept[4]
        mains = _story_mains(dev, self.params, self._authority_keys)
        prof = self._profile_with(dev, mains) if story_keys(mains, self.params) else None
        dev._story = (self.params, self._authority_keys, dev.story_id, dev.last_published, prof)
        return prof

    def _profile_with(self, dev: DevelopmentState, mains: frozenset[str]) -> StoryProfile:
        """:meth:`story_profile` of ``dev`` with the story keys read from ``mains``."""
        assert dev.vector_sum is not None
        ignore = self.params.untranslated_entities
        readings = []
        for m in dev.member_ids[:STORY_REPORTS]:
            prof = self._member_profiles.get(m)
            if prof is not None and prof.reading is not None:
                readings.append(
                    (prof.reading.script, _story_evidence(prof.reading.evidence, ignore))
                )
        norm = float(np.linalg.norm(dev.vector_sum)) or 1.0
        return StoryProfile(
            development_id=dev.development_id,
            story_id=dev.story_id or story_id_for(dev.development_id),
            last_published=dev.last_published,
            vector=np.asarray(dev.vector_sum / norm, dtype=np.float32),
            mains=mains,
            kinds=frozenset(dev.signal_kinds),
            subjects=self._subjects(dev),
            terms=top_terms(dev.term_counts)
            + top_terms(dev.bigram_counts)
            + top_terms(dev.phrase_counts, STORY_PHRASES)
            + top_terms(_only(dev.cite_counts, CITE_KEY), STORY_CITES)
            + top_terms(_only(dev.cite_counts, UNDER_KEY), STORY_CITES)
            + top_terms(_only(dev.cite_counts, LISTED_KEY), STORY_CITES)
            + top_terms(_only(dev.cite_counts, OBJECT_KEY), STORY_OBJECTS)
            + top_terms(_only(dev.cite_counts, AGAIN_KEY), 1)
            + top_terms(_only(dev.cite_counts, PUT_OFF_KEY), 1)
            # a paper when at least half of the reports are (:meth:`_paper`)
            + (
                top_terms(_only(dev.cite_counts, PAPER_KEY), 1)
                if 2 * dev.cite_counts[PAPER_KEY] >= dev.size
                else ()
            ),
            readings=tuple(readings),
        )

    def _story_beyond(
        self,
        dev: DevelopmentState,
        settled: set[str],
        sims: npt.NDArray[np.float32],
        also: list[str] | None = None,
    ) -> str | None:
        """The story of a development that left the grouping window, or None.

        Developments last reported up to ``story_window_days`` before ``dev`` (and more than
        ``window_days``), compared by :func:`story_link` on both story profiles.

        Beyond the window a link needs a story key on both sides (the embedding alone links
        every "AI policy" across a year). Candidates: the developments the grouper still holds
        (``sims``: their embedding cosines, index slots) and those of :attr:`stories`; the
        nearest in embedding first (ties: id), then, across scripts, the best agreement.
        ``also``: where the learned step links, the stories of the other earlier developments
        it links ``dev`` to besides (:func:`links_beside`) are added, for the caller to merge.
        """
        params = self.params
        horizon = timedelta(days=params.story_window_days)
        window = timedelta(days=params.window_days)
        if horizon <= window:
            return None
        mine = self.story_profile(dev)
        if mine is None:
            return None
        low, high = dev.last_published - horizon, dev.last_published - window
        beyond = replace(params, story_tfidf=params.story_tfidf_beyond)
        near = self._near_beyond(mine, sims, low, high, params.story_threshold)
        keys = self._rare(story_keys(mine.mains, params))
        if not keys:
            return None
        scripts = {script for script, _ in mine.readings}
        keyed = self.stories.keyed(keys, low, high)
        across: set[str] = set()
        if params.cross_language and scripts:
            latin = scripts == {"latin"}
            # its main subjects, or the names of an authority its Chinese reports name
            for other_id in self._holding(keys, settled, chinese=True, head=False):
                other = self.developments.get(other_id)
                if other is None or not other.rows:
                    continue
                if not latin or any(m in self._foreign for m in other.member_ids):
                    across.add(other_id)
            across.update(
                d
                for d in keyed
                if not scripts & {script for script, _ in self.stories.profiles[d].readings}
            )
        threads = self._thread_terms(dev, keys, keyed, settled, (low, high))
        found: list[tuple[int, float, str, str]] = []
        for other_id in sorted(near | across):
            if other_id == dev.development_id:
                continue
            theirs = self._profile_between(other_id, settled, low, high)
            if theirs is None:
                continue
            other_scripts = {script for script, _ in theirs.readings}
            crossed = None
            if params.cross_language and scripts and other_scripts and not scripts & other_scripts:
                crossed = max(
                    crosslingual.agreement(a, b).score
                    for _, a in mine.readings
                    for _, b in theirs.readings
                )
            sim = float(np.dot(mine.vector, theirs.vector))
            tfidf = 0.0
            if crossed is None and sim >= params.story_threshold:
                mine_terms = mine.term_counts()
                tfidf = self._story_text(mine_terms, theirs.term_counts())
                thread = threads.get(theirs.story_id)
                if thread is not None:
                    tfidf = max(tfidf, self._story_text(mine_terms, thread))
            their_keys = self._rare(story_keys(theirs.mains, params))
            if self._profile_paper(mine) != self._profile_paper(theirs):
                continue  # a research body's paper is no step of a rule
            if their_keys and story_link(
                sim,
                tfidf,
                (keys, their_keys),
                (mine.kinds, theirs.kinds),
                beyond,
                crossed,
                (mine.subjects, theirs.subjects),
            ):
                rank = (0, -sim) if crossed is None else (1, -crossed)
                found.append((*rank, other_id, theirs.story_id))
        chosen = min(found)[3] if found else None
        if chosen is not None and (also is None or not params.story_model):
            return chosen
        if params.story_model:
            model = load_story_model(params.story_model)
            wider = self._near_beyond(mine, sims, low, high, STORY_MODEL_FLOOR)
            # and those whose authority is named otherwise (a name for a watchlist entry)
            naming = self._naming(keys) | self._authority_naming(keys)
            named = set(self.stories.keyed(naming, low, high)) if naming else set()
            if naming:
                named.update(self._holding(naming, settled, chinese=False))
            candidates = wider | across | set(keyed) | named
            links = self._story_links(model, mine, candidates, settled, low, high)
            if chosen is not None and also is not None:
                # the rules' link stands; the earlier developments the learned step reads
                # over the bar besides, each on its own evidence, join its story too
                # (:func:`links_beside`)
                also.extend(
                    story
                    for _, _, story, feats in links
                    if story != chosen and story not in also and beside_the_rules(feats)
                )
                return chosen
            found_learned = links[0][2] if links else None
            if also is not None and found_learned is not None:
                # the other earlier developments it reads over the bar against, each on its
                # own evidence, join its story (:func:`links_beside`)
                also.extend(
                    story
                    for _, _, story, feats in links[1:]
                    if story != found_learned and story not in also and links_beside(feats)
                )
            results = self._counts_results(dev)
            if found_learned is None:
                # a results report, a case under a measure, or any later step that names its
                # authority's rule (:func:`names_its_rule`) or takes up its measure object
                # under one government (:func:`on_its_object`) reaches beyond the horizon
                held = self._holding(keys | naming, settled, chinese=True)
                case = results or is_case(mine.kinds, mine.term_counts())
                return self._story_results(
                    model,
                    mine,
                    keys | naming,
                    wider | held,
                    settled,
                    low,
                    results=results,
                    rule_only=not case,
                )
            return found_learned
        return None

    def _counts_results(self, dev: DevelopmentState) -> bool:
        """Whether a headline of ``dev``'s reports counts results (:func:`counts_results`)."""
        for m in dev.member_ids[:STORY_REPORTS]:
            prof = self._member_profiles.get(m)
            if prof is not None and counts_results(prof.title):
                return True
        return False

    def _story_results(
        self,
        model: StoryModel,
        mine: StoryProfile,
        keys: frozenset[str],
        held: set[str],
        settled: set[str],
        before: datetime,
        *,
        results: bool = True,
        rule_only: bool = False,
    ) -> str | None:
        """The story of an earlier step a results report links to beyond ``story_window_days``.

        A rule's first or annual results come a year or more after the rule: its report is
        weighed by the learned step against the story index's developments last reported up to
        ``story_results_days`` before it (and before ``before``, where the usual horizon ends)
        that share one of ``keys`` (its keys and the names of its authority) or whose measure it
        names (``under`` or ``cites``), nearest first in embedding as the learned step's others.
        ``held``: the settled developments the grouper still holds that may be such a step
        (near in embedding, or keyed alike). ``results``: ``mine`` counts results; otherwise it
        is a case under a measure (a province's fine under the national rule,
        :func:`is_case`), which must name the measure or be a case under it (``under``,
        ``cites``, ``applies``, ``case_under``) or read as its authority's later step
        (:func:`a_later_step_of_its_authority`): a key alone does not do. ``rule_only``: any
        other later step, which must read as its authority's later step
        (:func:`a_later_step_of_its_authority`, eleven readings: among them it names its own
        authority's rule, takes up its measure object under one government or is its keyed
        authority's step taken again, :func:`names_its_rule`, :func:`on_its_object`,
        :func:`taken_again_by_its_authority`: the first compliance reports under the code, the
        pilot's codes extended nationwide, a scheme relaunched).
        """
        params = self.params
        if params.story_results_days <= params.story_window_days:
            return None
        low = mine.last_published - timedelta(days=params.story_results_days)
        keyed = set(self.stories.keyed(keys, low, before)) if keys else set()
        near = set(self.stories.near(mine.vector, low, before, STORY_MODEL_FLOOR))

        def names_it(feats: Mapping[str, float]) -> bool:
            return reaches_beyond_horizon(feats, results=results, case=not rule_only)

        candidates = keyed | near | held
        return self._story_learned(model, mine, candidates, settled, low, before, names_it)

    def _near_beyond(
        self,
        mine: StoryProfile,
        sims: npt.NDArray[np.float32],
        low: datetime,
        high: datetime,
        floor: float,
    ) -> set[str]:
        """Developments at embedding cosine ``floor`` to ``mine`` (a little below too).

        Those the grouper holds (``sims`` over its index slots) and those of the story index in
        [``low``, ``high``).
        """
        near = {self.index.dev_of_slot[int(slot)] for slot in np.flatnonzero(sims >= floor - 1e-4)}
        near.update(self.stories.near(mine.vector, low, high, floor))
        return near

    def _story_learned(
        self,
        model: StoryModel,
        mine: StoryProfile,
        candidates: set[str],
        settled: set[str],
        low: datetime,
        high: datetime,
        needs: Callable[[Mapping[str, float]], bool] | None = None,
    ) -> str | None:
        """The story of the candidate the learned decision links ``mine`` to best, or None.

        Each candidate with a story key (last reported in [``low``, ``high``)) is weighed by
        ``model`` over :meth:`profile_evidence`; the most probable at or above its threshold wins
        (ties: id). Two governments' measures on one subject are never linked here
        (:func:`other_government_same_subject`), whatever the model gives. A thread's later step
        is compared with each of its earlier steps, so it links through whichever it shares most
        with. ``needs``: what a candidate's evidence must hold besides (None: nothing).
        """
        links = self._story_links(model, mine, candidates, settled, low, high, needs)
        return links[0][2] if links else None

    def _story_links(
        self,
        model: StoryModel,
        mine: StoryProfile,
        candidates: set[str],
        settled: set[str],
        low: datetime,
        high: datetime,
        needs: Callable[[Mapping[str, float]], bool] | None = None,
    ) -> list[tuple[float, str, str, dict[str, float]]]:
        """Every candidate the learned decision links ``mine`` to, the most probable first.

        (probability, development id, story id, evidence) of each candidate at or above the
        model's threshold, as :meth:`_story_learned` weighs them (ties: id).
        """
        links: list[tuple[float, str, str, dict[str, float]]] = []
        for other_id in sorted(candidates):
            if other_id == mine.development_id:
                continue
            theirs = self._profile_between(other_id, settled, low, high)
            if theirs is None or not self._rare(story_keys(theirs.mains, self.params)):
                continue
            feats, _ = self.profile_evidence(mine, theirs, None)
            if (
                other_government_same_subject(feats)
                or paper_beside_step(feats)
                or penalty_under_another_instrument(feats)
            ):
                continue  # a bar the model cannot override
            if needs is not None and not needs(feats):
                continue
            # a step acting under its own authority's rule, or its authority's step taken
            # again, links whatever the model reads
            ruled = acts_under_its_rule(feats) or taken_again_by_its_authority(feats)
            prob = 1.0 if ruled else model.probability(feats)
            if prob < model.threshold:
                continue
            links.append((prob, other_id, theirs.story_id, feats))
        links.sort(key=lambda link: (-link[0], link[1]))
        return links

    def story_evidence(
        self, dev: DevelopmentState, other: DevelopmentState
    ) -> tuple[dict[str, float], dict[str, object]]:
        """What the story decision reads of two developments, whether or not they have keys.

        For analysis and training (``bench.story_pairs``): :meth:`profile_evidence` of the two
        developments' story profiles (made from their reports even when they have no story key).
        """
        mine = self._profile_with(dev, _story_mains(dev, self.params, self._authority_keys))
        theirs = self._profile_with(other, _story_mains(other, self.params, self._authority_keys))
        feats, notes = self.profile_evidence(mine, theirs, None)
        notes["indexed"] = all(story_keys(p.mains, self.params) for p in (mine, theirs))
        # what decides whether the later step reaches beyond the horizon
        # (:func:`within_story_reach`), as :meth:`_story_beyond` reads it
        notes["results"] = self._counts_results(dev)
        notes["case"] = notes["results"] or is_case(mine.kinds, mine.term_counts())
        return feats, notes

    def profile_evidence(
        self, mine: StoryProfile, theirs: StoryProfile, thread: Counter[str] | None
    ) -> tuple[dict[str, float], dict[str, object]]:
        """The evidence a later development (``mine``) and an earlier one share, by kind.

        Features (each in [0, 1] or [-1, 1]) and notes (what they were read from, for people).
        ``thread``: the summed terms of the earlier one's story, when it holds several.
        """
        params = self.params
        keys = (
            self._rare(story_keys(mine.mains, params)),
            self._rare(story_keys(theirs.mains, params)),
        )
        scripts = ({s for s, _ in mine.readings}, {s for s, _ in theirs.readings})
        crossed = bool(scripts[0] and scripts[1] and not scripts[0] & scripts[1])
        ents: list[frozenset[str]] = []
        topics: list[frozenset[str]] = []
        docs: list[frozenset[str]] = []
        series: list[frozenset[str]] = []
        for prof in (mine, theirs):
            ents.append(frozenset().union(*(ev.entities for _, ev in prof.readings)))
            topics.append(
                frozenset().union(*(ev.topics for _, ev in prof.readings)) - STORY_NEUTRAL_TOPICS
            )
            docs.append(frozenset().union(*(ev.doc_numbers for _, ev in prof.readings)))
            series.append(frozenset().union(*(ev.numbered for _, ev in prof.readings)))
        broad = params.broad_entities
        specific = (ents[0] - broad, ents[1] - broad)
        countries = (ents[0] & broad, ents[1] & broad)
        mine_terms, theirs_terms = mine.term_counts(), theirs.term_counts()
        text = self._story_text(mine_terms, theirs_terms)
        feats = {
            "sim": float(np.dot(mine.vector, theirs.vector)),
            "text": text,
            "phrases": self._bag_tfidf(
                _only(mine_terms, PHRASE_KEY), _only(theirs_terms, PHRASE_KEY)
            ),
            "thread_text": max(text, self._story_text(mine_terms, thread)) if thread else text,
            "crossed": float(crossed),
            "agreement": max(
                (
                    crosslingual.agreement(a, b).score
                    for _, a in mine.readings
                    for _, b in theirs.readings
                ),
                default=0.0,
            )
            if crossed
            else 0.0,
            "key": float(bool(keys_in_common(*keys))),
            **dict(zip(("kin", "root"), key_relation(*keys, self._parents), strict=True)),
            "keyless": float(not keys[0] or not keys[1]),
            "actor": _share(specific[0], specific[1]),
            "country": _share(countries[0], countries[1]),
            # the kinds of measure, without enforcement kinds: a fine under a rule is a step of
            # that rule, not a measure of another kind (:func:`_measure_kinds`)
            "kinds": _share(_measure_kinds(mine.kinds), _measure_kinds(theirs.kinds)),
            "subjects": _share(mine.subjects, theirs.subjects),
            "topics": _share(topics[0], topics[1]),
            "doc_number": float(bool(docs[0] & docs[1])),
            # the numbered document each side cites, as a notice's number and a report's "No."
            # give it (:func:`same_document`, the series part of the key): one document +1, two
            # different ones -1
            "document": same_document(docs[0], docs[1], (series[0], series[1])),
            "cites": (cites := _cites(mine_terms, theirs_terms)),
            "under": (under := _acts_under(mine_terms, theirs_terms)),
            "under_held": max(0.0, under),
            # the authority named otherwise: one side named by its country alone ("US
            # finalises..."), the other by that country's agency
            "kin_country": float(
                bool(keys[0] and keys[1])
                and not keys_in_common(keys[0], keys[1])
                and any(k <= broad for k in keys)
                and key_relation(*keys, self._parents)[0] > 0
            ),
            # a penalty, order or ruling under an instrument the earlier step never names: an
            # enforcement of another rule of the same agency, not a step of this one
            "penalty_elsewhere": float(cites < 0 and any(_is_enforcement(k) for k in mine.kinds)),
            # the authority named as a watchlist entry on one side and by a name on the other
            # ("Shenzhen's transport bureau", the Shenzhen government's notice): the keys neither
            # meet nor are kin, but they do once names are read as the entries they name; a
            # title or a language names no authority (:func:`named_as_keys`)
            "named_as": 0.0
            if self._another_authority_of_country(mine, theirs, keys)
            else self._named_as(*(named_as_keys(k) for k in keys)),
            # what the two developments' measures are about, compared script by script
            # (:func:`measure_objects`): the object a thread keeps across renamings and
            # authorities
            "object": self._objects(_only(mine_terms, OBJECT_KEY), _only(theirs_terms, OBJECT_KEY)),
            "gap": min(1.0, max(0.0, (mine.last_published - theirs.last_published).days) / 365.0),
        }
        # the same authority's step taken again (a bill reintroduced, a consultation reopened)
        feats["again"] = renewed_of(mine_terms, feats)
        feats["put_off"] = renewed_of(mine_terms, feats, PUT_OFF_KEY)
        # one side a research body's paper, the other not (:func:`paper_beside_step`)
        feats["paper"] = float((PAPER_KEY in mine_terms) != (PAPER_KEY in theirs_terms))
        # the earlier side a penalty under an instrument the later never names (as
        # ``penalty_elsewhere`` the other way round): :func:`beside_the_rules`
        # (a rule stating its own penalties is no penalty: :func:`penalty_step`)
        feats["earlier_penalty_elsewhere"] = float(
            _cites(theirs_terms, mine_terms) < 0 and penalty_step(theirs.kinds)
        )
        # a case under the rule an earlier step of the same authority made (:func:`applies_rule`)
        feats["applies"] = float(applies_rule(mine.kinds, theirs.kinds, feats))
        # a case under an earlier measure on its subject, whoever names the case
        # (:func:`case_under`): the certificate, licence or fine the companies win or a local
        # office gives under the rules
        feats["case_under"] = float(
            case_under(
                (mine.kinds, mine_terms, mine.subjects),
                (theirs.kinds, theirs_terms, theirs.subjects),
                feats,
            )
        )
        notes: dict[str, object] = {
            "keys": (sorted(keys[0]), sorted(keys[1])),
            "kinds": (sorted(mine.kinds), sorted(theirs.kinds)),
            "subj": (sorted(mine.subjects), sorted(theirs.subjects)),
            "topics": (sorted(topics[0]), sorted(topics[1])),
            "ents": (sorted(ents[0]), sorted(ents[1])),
        }
        return feats, notes

    def _objects(self, mine: Counter[str], theirs: Counter[str]) -> float:
        """How far two developments' measure objects agree, in [0, 1].

        The best TF-IDF cosine over scripts (words, Chinese bigrams), so a Chinese notice's
        bigrams do not dilute its English report's words.
        """
        best = 0.0
        for han in (False, True):
            a = Counter({k: c for k, c in mine.items() if _has_han(k) == han})
            b = Counter({k: c for k, c in theirs.items() if _has_han(k) == han})
            if a and b:
                best = max(best, self._bag_tfidf(a, b))
        return best

    def _named(self, keys: frozenset[str]) -> frozenset[str]:
        """``keys`` with each name key that names a watchlist entry read as that entry."""
        ids = self._name_ids
        return frozenset(
            ids.get(k[len(NAME_KEY) :], k) if k.startswith(NAME_KEY) else k for k in keys
        )

    def _naming(self, keys: frozenset[str]) -> frozenset[str]:
        """The story keys that name ``keys`` otherwise.

        The entries their name keys name, and the name keys that name one of ``keys`` or an
        ancestor (not ``keys`` themselves).
        """
        lines = {a for k in keys if not k.startswith(NAME_KEY) for a in _lineage(k, self._parents)}
        names = {NAME_KEY + n for n, e in self._name_ids.items() if e in lines}
        return frozenset((self._named(keys) | names) - keys)

    def _named_as(self, mine: frozenset[str], theirs: frozenset[str]) -> float:
        """Whether two sides' keys meet or are kin only once names are read as entries, 1 or 0.

        1 when the story keys neither meet nor are kin, but do with names read as the watchlist
        entries they name (:meth:`_named`).
        """
        parents = self._parents
        if mine & theirs or key_relation(mine, theirs, parents)[0] > 0:
            return 0.0
        named = (self._named(mine), self._named(theirs))
        if named[0] & named[1] or key_relation(*named, parents)[0] > 0:
            return 1.0
        if initials_meet(mine, theirs, self._glossary):
            return 1.0
        return float(self._authority_as_country(mine, theirs))

    def _authority_as_country(self, mine: frozenset[str], theirs: frozenset[str]) -> bool:
        """Whether one side is keyed by a foreign authority's name, the other by its country.

        The authority off the watchlist ("the FTC", "Ofgem") keys one development by its name
        and another by the country alone when a report names only the country ("US finalises
        ..."): one authority's two keys. The country side must hold nothing but countries (an
        agency of that country is another authority). An authority off the table that states
        its country in its name ("Korea Ministry of Food and Drug Safety":
        :func:`country_in_name`) is read so too.
        """
        broad = self.params.broad_entities
        for one, other in ((mine, theirs), (theirs, mine)):
            if not other or not other <= broad:
                continue
            countries = {
                self._authority_country.get(k[len(NAME_KEY) :])
                or self._country_in_name(k[len(NAME_KEY) :])
                for k in one
                if k.startswith(NAME_KEY)
            }
            if countries & other:
                return True
        return False

    def _country_in_name(self, name: str) -> str | None:
        """:func:`country_in_name` with the watchlist's countries and other entities."""
        return country_in_name(name, self._country_names, self._entity_names)

    def _another_authority_of_country(
        self, mine: StoryProfile, theirs: StoryProfile, keys: tuple[frozenset[str], frozenset[str]]
    ) -> bool:
        """Whether a side keyed by its country alone is another authority of that country.

        :meth:`_authority_as_country` reads a foreign authority's name key on one side and its
        country alone on the other as one authority's two keys. When the country side's reports
        name foreign authorities of that country (:attr:`crosslingual.Evidence.authorities`)
        and none of them is the one the other side's name keys name (the FCA's priorities
        keyed by the United Kingdom against the ICO's code), the two are different authorities.
        A country side naming no authority of the table tells nothing: the reading stands.
        An authority off the table read by the country its name states
        (:func:`country_in_name`) is not blocked by the table authorities the country side
        names: an office's own board of appeal is named beside the office, which the table
        may hold.
        """
        broad = self.params.broad_entities
        names = self._authority_names
        profs = (mine, theirs)
        for one, other in ((0, 1), (1, 0)):
            if not keys[other] or not keys[other] <= broad:
                continue
            named = {
                names[k[len(NAME_KEY) :]]
                for k in keys[one]
                if k.startswith(NAME_KEY) and k[len(NAME_KEY) :] in names
            }
            for country in keys[other] & {c for _, c in named}:
                ours = {a for a, c in named if c == country}
                theirs_named = {
                    a
                    for _, ev in profs[other].readings
                    for a in ev.authorities
                    if any(v == (a, country) for v in names.values())
                }
                if theirs_named and not theirs_named & ours:
                    return True
        return False

    def _authority_naming(self, keys: frozenset[str]) -> frozenset[str]:
        """The keys that name ``keys``' authority otherwise (:meth:`_authority_as_country`).

        The country of a foreign authority's name key (or of an authority's name stating its
        country: :func:`country_in_name`), and the name keys of the foreign authorities of a
        development keyed by countries alone.
        """
        out = {
            country
            for k in keys
            if k.startswith(NAME_KEY)
            and (
                country := self._authority_country.get(k[len(NAME_KEY) :])
                or self._country_in_name(k[len(NAME_KEY) :])
            )
            is not None
        }
        if keys and keys <= self.params.broad_entities:
            out.update(NAME_KEY + n for n, c in self._authority_country.items() if c in keys)
        return frozenset(out - keys)

    def _rare(self, keys: frozenset[str]) -> frozenset[str]:
        """``keys`` without the names too common to tie a thread (``story_name_share``)."""
        if not any(k.startswith(NAME_KEY) for k in keys):
            return keys
        df, most = self.freqs.df, self.params.story_name_share * self.freqs.n_docs
        assert df is not None
        return frozenset(k for k in keys if not k.startswith(NAME_KEY) or df[k] <= most)

    def _profile_between(
        self, other_id: str, settled: set[str], low: datetime, high: datetime
    ) -> StoryProfile | None:
        """The story profile of a development last reported in [``low``, ``high``), or None.

        From the story index, or made from a settled development the grouper still holds.
        """
        theirs = self.stories.profiles.get(other_id)
        if theirs is None:
            other = self.developments.get(other_id)
            if other is None or not other.rows or other_id not in settled:
                return None
            if not low <= other.last_published < high:
                return None
            return self.story_profile(other)
        return theirs if low <= theirs.last_published < high else None

    def _thread_terms(
        self,
        dev: DevelopmentState,
        keys: frozenset[str],
        keyed: Iterable[str],
        settled: set[str],
        between: tuple[datetime, datetime],
    ) -> dict[str, Counter[str]]:
        """The kept terms of each story of two or more developments about one of ``keys``.

        A thread's later step is compared with what its steps say together, not with one of
        them: the final rules and their enforcement may each share different words with the
        draft. Developments last reported in ``between`` (the story index's: ``keyed``; the
        grouper's own: ``settled``), by story id.
        """
        low, high = between
        ids = set(keyed)
        ids.update(
            d
            for d in self._holding(keys, settled, chinese=False)
            if self.developments[d] is not dev
        )
        members: dict[str, list[StoryProfile]] = {}
        for other_id in sorted(ids):
            theirs = self._profile_between(other_id, settled, low, high)
            if theirs is not None and keys & theirs.mains:
                members.setdefault(theirs.story_id, []).append(theirs)
        out: dict[str, Counter[str]] = {}
        for story, profs in members.items():
            if len(profs) > 1:
                total: Counter[str] = Counter()
                for theirs in profs:
                    total.update(theirs.term_counts())
                out[story] = total
        return out

    def _story_text(self, a: Mapping[str, int], b: Mapping[str, int]) -> float:
        """How far two term bags agree, script by script: the best TF-IDF cosine.

        Words and Chinese character bigrams (``HAN_KEY``) are compared apart: a development
        with a Chinese notice and an English report shares its English words with an English
        development and its bigrams with a Chinese one, and neither should dilute the other.
        """
        parts = []
        for bag in (a, b):
            words: Counter[str] = Counter()
            bigrams: Counter[str] = Counter()
            for term, count in bag.items():
                if term.startswith(
                    (
                        *(PHRASE_KEY, CITE_KEY, UNDER_KEY, OBJECT_KEY, LISTED_KEY, AGAIN_KEY),
                        *(PAPER_KEY, PUT_OFF_KEY),
                    )
                ):
                    continue
                (bigrams if term.startswith(HAN_KEY) else words)[term] += count
            parts.append((words, bigrams))
        return max(self._bag_tfidf(parts[0][i], parts[1][i]) for i in (0, 1))

    def _bag_tfidf(self, a: Counter[str], b: Counter[str]) -> float:
        """TF-IDF cosine of two term bags (story profiles' kept terms)."""
        idf = self.freqs.weights.__getitem__
        tf = lexical.TF_WEIGHTS  # 1.0 + math.log(count), kept

        def weights(counts: Counter[str]) -> dict[str, float]:
            return {t: tf[c] * idf(t) for t, c in counts.items() if c > 0}

        wa, wb = weights(a), weights(b)
        norm_a = math.sqrt(math.fsum(w * w for w in wa.values()))
        norm_b = math.sqrt(math.fsum(w * w for w in wb.values()))
        if not norm_a or not norm_b:
            return 0.0
        return math.fsum(w * wb[t] for t, w in wa.items() if t in wb) / (norm_a * norm_b)

    def _pair_tfidf(self, a: DevelopmentState, b: DevelopmentState) -> float:
        """TF-IDF cosine of two developments' texts (their reports' terms, summed)."""
        norm_a, norm_b = self._dev_norm(a), self._dev_norm(b)
        if not norm_a or not norm_b:
            return 0.0
        idf = self.freqs.weights.__getitem__
        tf = lexical.TF_WEIGHTS  # 1.0 + math.log(count), kept
        small, large = sorted((a.term_counts, b.term_counts), key=len)
        dot = math.fsum(
            tf[c] * tf[d] * idf(t) ** 2
            for t, c in small.items()
            if c > 0 and (d := large.get(t, 0)) > 0
        )
        return dot / (norm_a * norm_b)

    def _joinable(self, cand: Candidate) -> bool:
        """Whether the article may join this candidate.

        A near copy, or a probable join whose texts agree: shared names alone never join two
        reports whose texts disagree.
        """
        if cand.features.get("near_copy", 0.0) >= NEAR_COPY_JOIN:
            return True
        return cand.probability >= self.params.threshold and self.model.texts_agree(cand.features)

    def _guarded(self, cand: Candidate) -> bool:
        """Whether the name-only guard alone kept the article out of this candidate."""
        return cand.probability >= self.params.threshold and not self._joinable(cand)

    def _join_target(self, cands: Sequence[Candidate]) -> Candidate | None:
        """The most probable candidate the article may join, or None (a new development)."""
        if cands and cands[0].features.get("near_copy", 0.0) >= NEAR_COPY_JOIN:
            return cands[0]
        for cand in cands:
            if cand.probability < self.params.threshold:
                break
            if self._joinable(cand):
                return cand
        return None

    def _blank(self, prof: Profile | None) -> bool:
        """Whether a report has no evidence of its event (a headline-only report, no headline).

        Its title is a dateline, a time stamp or a name alone (:func:`nlp.headline.states_event`).
        Such a report opens a development of its own and nothing joins it: the words of a date
        or a page label tell no event from another (two reports of one day are not one event).
        """
        if prof is None or prof.words != 0:
            return False
        if headline.is_stamp(prof.title):
            return True
        return not headline.states_event(prof.title, head_entities(prof))

    def _blank_development(self, dev: DevelopmentState) -> bool:
        """Whether every report of ``dev`` lacks evidence of its event (:meth:`_blank`)."""
        return all(self._blank(self._member_profiles.get(m)) for m in dev.member_ids)

    def _telling(self, cands: list[Candidate]) -> list[Candidate]:
        """The candidates a report may join: not a development of reports without evidence."""
        return [
            c
            for c in cands
            if (dev := self.developments.get(c.development_id)) is None
            or not self._blank_development(dev)
        ]

    # -- across languages (nlp.crosslingual) ----------------------------------------------------

    def _comparable(self, prof: Profile, cands: list[Candidate]) -> list[Candidate]:
        """The candidates the learned decision may join the report to.

        All of them for a report in Latin script; for another (a Chinese notice), only near
        copies: the English embedding and word statistics cannot tell two Chinese texts of
        different developments apart, so such a report joins on cross-language evidence instead
        (:meth:`_crosslingual_target`).
        """
        reading = prof.reading
        if not self.params.cross_language or reading is None or reading.script == "latin":
            return cands
        return [c for c in cands if c.features.get("near_copy", 0.0) >= NEAR_COPY_JOIN]

    def _crosslingual_target(self, prof: Profile) -> Candidate | None:
        """A second chance for a report no candidate took: a development in another language.

        The embedding cannot compare a Chinese notice with English reports. So a report that
        would open a development may instead join an open one holding reports in another script:

        - on cross-language evidence against those reports (``nlp.crosslingual.best_join``);
          a Chinese report is compared with the open developments sharing a watchlist entity
          with it, a Latin-script report with those holding reports in another script;
        - or, for a Latin-script report and a development that also holds Latin-script reports,
          on the learned decision over those reports alone (the others' vectors and words would
          otherwise blur the comparison).
        """
        reading = prof.reading
        if not self.params.cross_language or reading is None:
            return None
        ignore = self.params.untranslated_entities
        ts = prof.published.timestamp()
        window_s = self.params.window_days * 86400.0
        if reading.script == "latin":
            ids = {self.member_of[a] for a in self._foreign if a in self.member_of}
        else:
            # Those naming a watchlist entity it names, and those reported within a day or so
            # of it (a notice of an authority or a city the watchlist does not know).
            names = reading.evidence.entities - ignore
            near_s = crosslingual.NEAR_DAYS * 86400.0
            ids = {
                d
                for d, dev in self.developments.items()
                if names & dev.entity_counts.keys()
                or abs(ts - dev.last_published.timestamp()) <= near_s
            }
        open_ids = [
            d
            for d in sorted(ids)
            if d in self.developments
            and abs(ts - self.developments[d].last_published.timestamp()) <= window_s
        ]
        if not open_ids:  # the common case: nothing in another script is open
            return self._late_act_target(reading, ts) if reading.script != "latin" else None
        profiles = {
            d: [
                p
                for p in (self._member_profiles.get(m) for m in self.developments[d].member_ids)
                if p is not None and p.reading is not None
            ]
            for d in open_ids
        }
        match = crosslingual.best_join(
            reading,
            ((d, [p.reading for p in profiles[d] if p.reading is not None]) for d in open_ids),
            threshold=self.params.crosslingual_threshold,
            ignore=ignore,
            jurisdiction_of=self._jurisdiction_of,
        )
        if match is not None:
            feats = {"crosslingual": match.score, **{f"cl_{k}": v for k, v in match.parts.items()}}
            return Candidate(match.development_id, match.score, feats)
        news = crosslingual.news_join(
            reading,
            ((d, [p.reading for p in profiles[d] if p.reading is not None]) for d in open_ids),
            ignore=ignore,
            jurisdiction_of=self._jurisdiction_of,
        )
        if news is not None:  # one act's news in the other script, a day or so apart
            feats = {
                "crosslingual": news.score,
                "news_across": 1.0,
                **{f"cl_{k}": v for k, v in news.parts.items()},
            }
            return Candidate(news.development_id, news.score, feats)
        if reading.script != "latin":  # the English model does not read the others' own view
            return self._late_act_target(reading, ts)
        own: list[Candidate] = []
        weights, norm = self._item_weights(prof)
        for d in open_ids:
            dev = self.developments[d]
            same = [
                (i, p)
                for i, p in enumerate(profiles[d])
                if p.reading is not None and p.reading.script == reading.script
            ]
            if not same or len(same) == dev.size or len(dev.rows) != dev.size:
                continue
            if self._other_measure(reading, profiles[d]):
                continue
            if self._place_unnamed(reading, profiles[d]):
                continue
            if self._authority_only(reading, profiles[d]):
                continue
            if self._evidence_apart(reading, profiles[d]):
                continue
            if self._actions_apart(reading, profiles[d]):
                continue
            if self._measures_differ([prof], [p for _, p in same]):
                continue
            view = self._state_of(d, [p for _, p in same], [dev.rows[i] for i, _ in same])
            feats = self.features(prof, view, weights, norm)
            cand = Candidate(d, self.model.probability(feats), {**feats, "same_script_view": 1.0})
            if self._joinable(cand):
                own.append(cand)
        own.sort(key=lambda c: (-c.probability, c.development_id))
        return own[0] if own else None

    def _latin_across_target(
        self, prof: Profile, refused: Collection[str] = frozenset()
    ) -> Candidate | None:
        """A development told in another Latin-script language for a report none took, or None.

        A German, Dutch or Italian report of the development English reports told hours before
        reads far from them in the English embedding, and their words barely meet. It joins an
        open development holding a report in another Latin-script language published within
        ``latin_across_days`` of it when the two reports share a rare name, a figure or a
        watchlist entity and nothing disagrees (:func:`nlp.latin_across.agreement`: shared names
        never join reports whose figures or entities differ), and when no other development
        shares as much with it (a name two developments of the day share tells neither).
        ``refused``: the developments the steps of the report's own language kept it out of
        (a probable join the text or measure guards refused), never joined here; and a
        development any of whose reports disagrees with it (in whatever language) is none.
        """
        if not self.params.cross_language or self.params.latin_across_days <= 0:
            return None
        language = prof.language
        if language is None or not prof.cross_keys:
            return None
        ts = prof.published.timestamp()
        near_s = self.params.latin_across_days * 86400.0
        ignore = self.params.broad_entities | self.params.untranslated_entities
        mine = prof.entity_ids - ignore
        df, n_docs = self.freqs.df, self.freqs.n_docs
        assert df is not None
        most = min(
            max(2.0, self.params.latin_across_name_share * n_docs),
            float(self.params.latin_across_name_most),
        )

        def rare(key: str) -> bool:
            return df[key] <= most

        found: list[tuple[int, str, latin_across.Agreement]] = []
        for dev_id, dev in self.developments.items():
            if dev.last_published.timestamp() < ts - near_s or dev_id in refused:
                continue
            best: latin_across.Agreement | None = None
            for member in dev.member_ids:
                other = self._member_profiles.get(member)
                if other is None or other.language is None:
                    continue
                agreed = latin_across.agreement(
                    prof.cross_keys, other.cross_keys, mine, other.entity_ids - ignore, rare
                )
                if agreed.against:  # one report of the development disagrees: not this one
                    best = None
                    break
                if other.language == language or abs(ts - other.published.timestamp()) > near_s:
                    continue
                if best is None or len(agreed.shared) > len(best.shared):
                    best = agreed
            if best is not None and latin_across.joins(best):
                found.append((len(best.shared), dev_id, best))
        if not found:
            return None
        found.sort(key=lambda f: (-f[0], f[1]))
        if len(found) > 1 and found[1][0] == found[0][0]:
            return None  # two developments share as much: the report tells neither apart
        count, dev_id, agreed = found[0]
        feats = {"latin_across": float(count), **{f"la_{k}": v for k, v in agreed.parts.items()}}
        return Candidate(dev_id, 1.0, feats)

    def _late_act_target(self, reading: crosslingual.Reading, ts: float) -> Candidate | None:
        """A development beyond the window for a late official act under its rule, or None.

        A penalty under a rule, the word that a measure is in force, a suspension of a city's
        rules, the day a standard applies: weeks or months after the development's last
        report. The notice is compared (``nlp.crosslingual.best_join``) only with the
        developments whose notices named a title, a document number or an effective day it
        names too (:attr:`nlp.crosslingual.Evidence.acts`; a dictionary lookup per key, at
        most :data:`ACT_DEVELOPMENTS` developments each, so the cost does not grow with the
        developments stored), last reported beyond the grouping window and within the story
        window: of those naming a title or number, the latest (the rule's latest step), of
        those naming the day, all but the earlier steps of a rule whose latest step is found
        (a rule's issue is no rival of its amendment). The evidence decides as inside the
        window. A notice revising the rule it names (``nlp.crosslingual.REVISES``), or issuing
        or drafting implementing rules citing it by title (``nlp.crosslingual.IMPLEMENTS``: a
        province's 实施细则), is a rule-making of its own: not looked up. A development of
        notices alone is not a candidate: the act joins the news of its rule, and a draft's
        final text months later is the next development of the draft's story, not the draft's
        development (a development whose reports were dropped, beyond the window, is compared
        on the notices it kept).
        """
        keys = reading.evidence.acts
        if not keys or not self._acts or keys & {crosslingual.REVISES, crosslingual.IMPLEMENTS}:
            return None  # a revision of the rule, or implementing rules: a rule-making of its own
        window_s = self.params.window_days * 86400.0
        horizon_s = max(self.params.story_window_days, self.params.window_days) * 86400.0
        found: set[str] = set()
        #: developments naming a title or number the notice names whose later step names it
        #: too: the rule's earlier step, not a rival of its latest (found again by the day)
        earlier: set[str] = set()
        latest: set[str] = set()
        for key in keys - crosslingual.ACT_MARKS:
            beyond = [
                d
                for d in self._acts.get(key, ())
                if (dev := self.developments.get(d)) is not None
                and window_s < ts - dev.last_published.timestamp() <= horizon_s
            ]
            if key.startswith(crosslingual.ANNOUNCEMENT_SEQUENCE_KEY):
                # 第52号公告 without its year: only an announcement of an authority it names
                found.update(self._same_authority(reading, beyond))
            elif key.startswith((crosslingual.EFFECTIVE_KEY, crosslingual.ANNOUNCEMENT_KEY)):
                # many measures take effect on 1 July, and several authorities number their
                # announcements 2027年第12号: all are compared
                found.update(beyond)
            elif beyond:
                # a title or number names one rule: the latest development that named it is its
                # latest step (a draft's development and its final rule's may both have)
                last = max(beyond, key=lambda d: self.developments[d].last_published)
                found.add(last)
                latest.add(last)
                earlier.update(d for d in beyond if d != last)
        # the start day finds every development that states it, the rule's earlier steps among
        # them: those are no rival of the latest step naming the rule's title or number
        found -= earlier - latest
        if not found:
            return None
        members: list[tuple[str, list[crosslingual.Reading]]] = []
        for d in sorted(found):
            held = [
                p.reading
                for p in map(self._member_profiles.get, self.developments[d].member_ids)
                if p is not None and p.reading is not None
            ]
            if held and all(r.script != "latin" for r in held):
                continue  # notices alone: the act would wait there, away from any news of it
            members.append((d, held or self._act_readings.get(d, [])))
        if not members:
            return None
        match = crosslingual.best_join(
            reading,
            members,
            threshold=self.params.crosslingual_threshold,
            ignore=self.params.untranslated_entities,
            jurisdiction_of=self._jurisdiction_of,
        )
        if match is None:
            return None
        feats = {
            "crosslingual": match.score,
            "late_act": 1.0,
            **{f"cl_{k}": v for k, v in match.parts.items()},
        }
        return Candidate(match.development_id, match.score, feats)

    def _thin_text(self, cand: Candidate) -> bool:
        """Whether the English model's join rests on little beyond generic words.

        A short English report ("China drafts rules for AI tour guides") shares its headline's
        generic words ("China", "rules") with another development's headline; its embedding and
        its words' weights agree weakly (:data:`THIN_EMB`, :data:`THIN_TFIDF`). A near copy is
        never thin.
        """
        feats = cand.features
        if feats.get("near_copy", 0.0) >= NEAR_COPY_JOIN:
            return False
        return feats.get("emb_max", 1.0) < THIN_EMB and feats.get("tfidf", 1.0) < THIN_TFIDF

    def _country_only(self, prof: Profile, chosen: Candidate) -> bool:
        """Whether an English join shares nothing of the measure with the report but its country.

        The development chosen names no authority the report names (the country is none: "China
        finalises AI hiring rules" and "China's AI customer-service rules take effect" share it),
        and none of its latest Latin-script reports agrees with the report on a fact of the act
        (``nlp.crosslingual.FACT_PARTS``: a number, a figure, a day, a law or document named).
        """
        reading = prof.reading
        if reading is None or self._same_authority(reading, [chosen.development_id]):
            return False
        mine = reading.evidence_under(self._jurisdiction_of)
        for other in self._measure_evidence(self._profiles_of(chosen.development_id)):
            parts = crosslingual.agreement(mine, other).parts
            if any(parts.get(p, 0.0) > 0 for p in crosslingual.FACT_PARTS):
                return False
        return True

    def _placed_elsewhere(self, prof: Profile, chosen: Candidate) -> bool:
        """Whether the report tells a place's own measure that the chosen development never names.

        The report places its measure below a country (``Evidence.places``: "Macau proposes
        ...", "Guangdong lawmakers ..."), and none of the chosen development's latest
        Latin-script reports names that place in any role (``Evidence.named_places``): the
        English model joined two places' or two governments' measures on their shared wording
        (a consultation on AI content rules here and one abroad, a government the watchlist
        does not know naming no owner to contradict).
        """
        reading = prof.reading
        if reading is None or not reading.evidence.places:
            return False
        mine = reading.evidence.places
        theirs = self._measure_evidence(self._profiles_of(chosen.development_id))
        return bool(theirs) and not any(mine & ev.named_places for ev in theirs)

    def _same_authority(self, reading: crosslingual.Reading, dev_ids: Sequence[str]) -> list[str]:
        """Of ``dev_ids``, the developments holding an authority ``reading`` names.

        Broad entities (a country) and untranslated ones name no authority: every ministry of
        a country numbers its announcements from 1.
        """
        broad = self.params.broad_entities | self.params.untranslated_entities
        mine = reading.evidence.entities - broad
        return [d for d in dev_ids if mine & self.developments[d].entity_counts.keys()]

    def _waiting_notice(self, prof: Profile, chosen: Candidate) -> Candidate | None:
        """A notice's own development for a report the English model joined elsewhere, or None.

        A notice published hours before its news (an issuer the watchlist does not name, so
        no development of its news was there to join) opens a development of its own. Its
        English news may then be taken by the English model into another development of the
        same authority and field, one holding another notice. The report goes to the waiting
        notice instead when that notice's development was opened within
        ``crosslingual.NEAR_DAYS`` before it and holds no Latin-script report yet, the
        cross-language evidence joins them (``nlp.crosslingual.best_join``) with a fact of the
        measure agreeing (a number, a figure, a day, a law or document named), and the
        development chosen holds notices in another script none of which agrees with the
        report within ``crosslingual.JOIN_MARGIN`` of that. A development holding no notice
        keeps the report (the English model read all of it), unless the English join rests on
        generic words (:meth:`_thin_text`): then the waiting notice takes the report when the
        evidence joins them and they share an authority (not the country alone) or a fact; or
        when the chosen development shares nothing with the report beyond its country
        (:meth:`_country_only`): then the waiting notice takes it on the authority and a fact.
        """
        reading = prof.reading
        if not self._waiting or not self.params.cross_language or not _latin(prof):
            return None
        assert reading is not None
        ts = prof.published.timestamp()
        near_s = crosslingual.NEAR_DAYS * 86400.0
        for d, opened in list(self._waiting.items()):
            if ts - opened > near_s or d not in self.developments:
                del self._waiting[d]
        waiting = sorted(
            d for d, opened in self._waiting.items() if d != chosen.development_id and opened <= ts
        )
        if not waiting:
            return None
        theirs = [
            p.reading
            for p in self._profiles_of(chosen.development_id)
            if p.reading is not None and p.reading.script != "latin"
        ]
        replacement = self._replacement(reading, theirs, waiting)
        if replacement is not None:
            self._replaced.add(frozenset((replacement.development_id, chosen.development_id)))
            return replacement
        thin = not theirs and self._thin_text(chosen)
        country = not theirs and not thin and self._country_only(prof, chosen)
        placed = not theirs and self._placed_elsewhere(prof, chosen)
        if not theirs and not thin and not country and not placed:
            return None
        ignore = self.params.untranslated_entities
        match = crosslingual.best_join(
            reading,
            [
                (d, [p.reading for p in self._profiles_of(d) if p.reading is not None])
                for d in waiting
            ],
            threshold=self.params.crosslingual_threshold,
            ignore=ignore,
            jurisdiction_of=self._jurisdiction_of,
        )
        if match is None:
            return None
        if placed and crosslingual.measure_shared(match.parts):
            # the report's measure is a place's own and no report of the English development
            # names that place: the waiting notice takes it on the measure shared (a fact of it
            # or more than one subject), as no authority of a place off the watchlist can agree
            feats = {
                "crosslingual": match.score,
                "waiting_notice": 1.0,
                "placed_elsewhere": 1.0,
                **{f"cl_{k}": v for k, v in match.parts.items()},
            }
            return Candidate(match.development_id, match.score, feats)
        if placed and not (thin or country):
            return None
        if thin or country:
            # the English development holds no notice: a fact of the measure or the authority
            # (not the country alone) must agree; both when the English join is on its text
            # but shares nothing with the report beyond the country
            shared = bool(self._same_authority(reading, [match.development_id]))
            fact = any(match.parts.get(p, 0.0) > 0 for p in crosslingual.FACT_PARTS)
            if not (shared and fact) and (country or not (shared or fact)):
                return None
            feats = {
                "crosslingual": match.score,
                "waiting_notice": 1.0,
                "thin_text" if thin else "country_only": 1.0,
                **{f"cl_{k}": v for k, v in match.parts.items()},
            }
            return Candidate(match.development_id, match.score, feats)
        # No fact of the measure agrees: the move is made only when every notice of the
        # development chosen reads the report apart (``crosslingual.evidence_apart``).
        if not any(
            match.parts.get(p, 0.0) > 0 for p in crosslingual.FACT_PARTS
        ) and not crosslingual.evidence_apart(
            reading, theirs, ignore=ignore, jurisdiction_of=self._jurisdiction_of
        ):
            return None
        mine = reading.evidence_under(self._jurisdiction_of)
        mine = replace(mine, entities=mine.entities - ignore)
        rival = max(
            crosslingual.agreement(
                mine,
                replace(
                    (ev := other.evidence_under(self._jurisdiction_of)),
                    entities=ev.entities - ignore,
                ),
            ).score
            for other in theirs[: crosslingual.MEMBERS_READ]
        )
        if match.score < rival + crosslingual.JOIN_MARGIN:
            return None
        feats = {
            "crosslingual": match.score,
            "waiting_notice": 1.0,
            **{f"cl_{k}": v for k, v in match.parts.items()},
        }
        return Candidate(match.development_id, match.score, feats)

    def _replacement(
        self,
        reading: crosslingual.Reading,
        theirs: Sequence[crosslingual.Reading],
        waiting: Sequence[str],
    ) -> Candidate | None:
        """The waiting notice of a measure issued as another ends, for the news of the new one.

        One authority repeals its measure and issues its replacement the same day, in two
        notices: the repeal joins the old measure's development, the new one opens its own and
        waits for its news. The English model reads the new measure's news with the old one's
        (one authority, one field, the repeal's news naming the replacement too). The report
        goes to the waiting notice when: the development chosen holds a notice ending a measure
        (``crosslingual.REPEALS``: 废止) and the report tells none (its act's direction is
        another); the waiting notice ends none, shares an authority with the ending notice (not
        the country alone), and agrees with the report on a fact of the measure (a day, a
        number, a figure, a title) with no fact apart, at least as well as the ending notice
        does, and by ``crosslingual.JOIN_MARGIN`` better than the development's other notices
        that agree with the report on a fact (the ended measure's notices share its field and
        its kind with any replacement).
        """
        ends = crosslingual.REPEALS
        if not theirs or ends in reading.evidence.acts:
            return None
        ending = [t for t in theirs if ends in t.evidence.acts]
        if not ending:
            return None
        others = [t for t in theirs if ends not in t.evidence.acts]
        broad = self.params.broad_entities | self.params.untranslated_entities
        authorities = frozenset().union(*(t.evidence.entities for t in ending)) - broad
        if not authorities:
            return None
        ignore = self.params.untranslated_entities
        jur = self._jurisdiction_of
        mine = reading.evidence_under(jur)
        mine = replace(mine, entities=mine.entities - ignore)

        def scored(other: crosslingual.Reading, near: bool) -> crosslingual.Agreement:
            ev = other.evidence_under(jur)
            found = crosslingual.agreement(mine, replace(ev, entities=ev.entities - ignore))
            if (
                near
                and reading.published is not None
                and other.published is not None
                and abs(reading.published - other.published) <= crosslingual.NEAR_DAYS * 86400.0
            ):
                logit = math.log(found.score / (1 - found.score)) + crosslingual.NEAR_WEIGHT
                found = crosslingual.Agreement(1 / (1 + math.exp(-logit)), found.parts)
            return found

        best: tuple[float, str, dict[str, float]] | None = None
        for d in waiting:
            for p in self._profiles_of(d):
                notice = p.reading
                if notice is None or notice.script == "latin" or ends in notice.evidence.acts:
                    continue
                if not (notice.evidence.entities - broad) & authorities:
                    continue
                found = scored(notice, near=True)
                parts = found.parts
                if not any(parts.get(f, 0.0) > 0 for f in crosslingual.FACT_PARTS):
                    continue
                if any(parts.get(f, 0.0) < 0 for f in crosslingual.FACT_PARTS):
                    continue
                if best is None or found.score > best[0]:
                    best = (found.score, d, parts)
        if best is None:
            return None
        score, dev_id, parts = best
        if score < max(scored(t, near=True).score for t in ending):
            return None
        # the ended measure's own notices share its field and kind with any replacement: a
        # rival only when it agrees with the report on a fact of the measure as well
        rivals = [
            found.score
            for found in (scored(t, near=False) for t in others)
            if any(found.parts.get(f, 0.0) > 0 for f in crosslingual.FACT_PARTS)
        ]
        if rivals and score < max(rivals) + crosslingual.JOIN_MARGIN:
            return None
        feats = {
            "crosslingual": score,
            "waiting_notice": 1.0,
            "replaces_ended": 1.0,
            **{f"cl_{k}": v for k, v in parts.items()},
        }
        return Candidate(dev_id, score, feats)

    def _same_measure(self, prof: Profile, cands: list[Candidate]) -> list[Candidate]:
        """The candidates without those whose reports speak of another measure than ``prof``.

        The measure guard (:func:`measure_relation`): a probable join (at the threshold or
        above, not a near copy) is refused when some Latin-script report of the development
        speaks of another measure than the report and none of the same one. The English model
        weighs the shared regulator and policy wording; it cannot see that a draft on
        data-export certifiers and a rumour of face scans for chatbots are two rules.
        """
        self._measure_kept = set()
        if not _latin(prof) or prof.reading is None:
            return cands
        out = []
        for cand in cands:
            if (
                cand.probability >= self.params.threshold
                and cand.features.get("near_copy", 0.0) < NEAR_COPY_JOIN
                and self._measures_differ([prof], self._profiles_of(cand.development_id))
            ):
                self._measure_kept.add(cand.development_id)
                continue
            out.append(cand)
        return out

    def _measures_differ(self, one: Sequence[Profile], other: Sequence[Profile]) -> bool:
        """Whether two groups of Latin-script reports speak of two measures.

        Some pair of their reports is apart on :func:`measure_relation` and none is of one
        measure (each side's latest ``crosslingual.MEMBERS_READ`` reports are read); or some
        pair speaks of two governments' measures and no pair shares more than the field of
        the measure (:func:`shares_the_measure`): a report naming no authority that shares one
        subject (chips) with the other side says nothing of whose measure it is, and does not
        outweigh a report of another government's.
        """
        if not self._measure_guard:
            return False
        mine = self._measure_evidence(one)
        theirs = self._measure_evidence(other) if mine else []
        if not mine or not theirs:
            return False
        authorities = self._jurisdiction_of.keys()
        found = {measure_relation(a, b, authorities, self._parents) for a in mine for b in theirs}
        if -1 not in found:
            return False
        if 1 not in found:
            return True
        pairs = [(a, b) for a in mine for b in theirs]
        return any(crosslingual.contradicts(a, b) for a, b in pairs) and not any(
            shares_the_measure(a, b) for a, b in pairs
        )

    def _measure_evidence(self, profs: Sequence[Profile]) -> list[crosslingual.Evidence]:
        """The cross-language evidence of the Latin-script reports among ``profs``."""
        latin = [p for p in profs if p.reading is not None and p.reading.script == "latin"]
        return [
            p.reading.evidence_under(self._jurisdiction_of)
            for p in latin[-crosslingual.MEMBERS_READ :]
            if p.reading is not None
        ]

    def _profiles_of(self, dev_id: str) -> list[Profile]:
        """The profiles of a development's reports (those still held)."""
        dev = self.developments[dev_id]
        return [p for p in map(self._member_profiles.get, dev.member_ids) if p is not None]

    def _measures_apart(self, one: Sequence[Profile], other: Sequence[Profile]) -> bool:
        """Whether two developments' reports speak of two governments' measures.

        A report of one and a report of the other in another script
        (``nlp.crosslingual.contradicts``).
        """
        return any(p.reading is not None and self._other_measure(p.reading, other) for p in one)

    def _authority_only(self, reading: crosslingual.Reading, members: Sequence[Profile]) -> bool:
        """Whether a report agrees with a development's notices only on the authority and field.

        The development's reports in another script than the report's: when one shares a name
        with it and none agrees on the measure itself (a fact of it, or more than one subject;
        ``nlp.crosslingual.authority_and_field_only``), the same-script view must not join
        them: the English model reads one ministry's two measures on chips as one development.
        """
        foreign = [
            p.reading
            for p in members
            if p.reading is not None and p.reading.script != reading.script
        ]
        if not foreign:
            return False
        return crosslingual.authority_only(
            reading,
            foreign,
            ignore=self.params.untranslated_entities,
            jurisdiction_of=self._jurisdiction_of,
        )

    def _evidence_apart(self, reading: crosslingual.Reading, members: Sequence[Profile]) -> bool:
        """Whether a report's evidence is apart from all of a development's notices.

        The development's reports in another script than the report's: when every one states
        another subject, document or law than the report and none agrees on one
        (``nlp.crosslingual.evidence_apart``), the same-script view must not join them: what
        the English model reads over the English reports alone (a regulator, a draft) does not
        outweigh the notice the report is checked against.
        """
        foreign = [
            p.reading
            for p in members
            if p.reading is not None and p.reading.script != reading.script
        ]
        return crosslingual.evidence_apart(
            reading,
            foreign,
            ignore=self.params.untranslated_entities,
            jurisdiction_of=self._jurisdiction_of,
        )

    def _actions_apart(self, reading: crosslingual.Reading, members: Sequence[Profile]) -> bool:
        """Whether a report's kinds of action are apart from all of a development's notices.

        The development's reports in another script than the report's: when every one tells
        another kind of action than the report and nothing else agrees
        (``nlp.crosslingual.actions_apart``), the same-script view must not join them: the
        English model's reading of the English reports alone rests then on the country's name
        and the field, which every one of that country's measures shares.
        """
        foreign = [
            p.reading
            for p in members
            if p.reading is not None and p.reading.script != reading.script
        ]
        return crosslingual.actions_apart(
            reading,
            foreign,
            ignore=self.params.untranslated_entities,
            jurisdiction_of=self._jurisdiction_of,
        )

    def _other_measure(self, reading: crosslingual.Reading, members: Sequence[Profile]) -> bool:
        """Whether a report speaks of another government's measure than its notices do.

        The development's reports in another script than the report's
        (``nlp.crosslingual.contradicts``).
        """
        if not self._jurisdiction_of:
            return False
        foreign = [
            p.reading
            for p in members
            if p.reading is not None and p.reading.script != reading.script
        ]
        if not foreign:  # the common case: read no evidence
            return False
        mine = reading.evidence_under(self._jurisdiction_of)
        return any(
            crosslingual.contradicts(mine, other.evidence_under(self._jurisdiction_of))
            for other in foreign
        )

    def _place_unnamed(self, reading: crosslingual.Reading, members: Sequence[Profile]) -> bool:
        """Whether a development's notices are a place's own measure the report does not name.

        The notices in another script than the report's state the place below the country that
        issues them (a province's implementing rules: :attr:`nlp.crosslingual.Evidence.places`)
        and the report names none of those places: it tells of another measure of the field
        (the national guidance the province implements, a firm elsewhere meeting it), which
        the English model, reading the development's English reports alone, cannot tell.
        A relay (转发) states no place (:func:`nlp.crosslingual.issuing_places`); a city's
        province, or a province's sub-provincial city, named counts as the place named
        (:func:`nlp.crosslingual.places_around`).
        """
        places: set[str] = set()
        for p in members:
            if p.reading is not None and p.reading.script != reading.script:
                places |= p.reading.evidence_under(self._jurisdiction_of).places
        if not places:  # the common case: no place's notice
            return False
        named = reading.evidence_under(self._jurisdiction_of).named_places
        where = self._profiler.places
        province_of = where.province_of if where is not None else {}
        return not crosslingual.places_around(places, province_of) & named

    def prime(
        self, items: Iterable[ClusterItem], profiler: Callable[[ClusterItem], Profile] = profile
    ) -> None:
        """Profile a batch and count its terms before assigning (IDF sees the whole batch).

        ``profiler`` makes the profiles (training passes a cache: it groups the same items
        many times).
        """
        batch = list(items)
        if profiler is profile:
            headline.prime(short_titles(i for i in batch if i.article_id not in self.member_of))
            profiler = self._profile
        for item in batch:
            if item.article_id in self.member_of or item.article_id in self._profiles:
                continue
            prof = profiler(item)
            self._profiles[item.article_id] = prof
            self._count(prof)

    def assign_all(
        self, items: Iterable[ClusterItem], profiler: Callable[[ClusterItem], Profile] = profile
    ) -> list[Assignment]:
        """Assign items in publication order (ties keep input order, so runs are repeatable).

        ``profiler`` as for :meth:`prime`.
        """
        ordered = sorted(enumerate(items), key=lambda p: (_aware(p[1].published), p[0]))
        batch = [item for _, item in ordered]
        self.prime(batch, profiler)
        assignments = [self.assign(item) for item in batch]
        if self.params.review:
            assignments = self.review(assignments)
        self.settle_stories([a.development_id for a in assignments if a.is_new])
        return assignments

    def settle_stories(self, opened: Sequence[str]) -> None:
        """Decide the stories of the developments a batch opened, on all their reports.

        In the order they opened, each joins the story of the open development (stored, or
        opened earlier in the batch) nearest its own mean embedding that :func:`story_link`
        accepts (at least ``story_threshold``); otherwise it keeps a story of its own. A
        development the learned step links to earlier developments of two stories of this
        batch makes them one (:meth:`_merge_story`). Stories of stored developments do not
        change.
        """
        if not opened:
            return
        # no development gains a report while the stories settle: their keys are indexed once
        self._key_index = self._story_key_index()
        try:
            self._settle_stories(opened)
        finally:
            self._key_index = None

    def _story_key_index(self) -> tuple[dict[str, set[str]], ...]:
        """The developments by main subject, by head name and by Chinese-named authority."""
        index: tuple[dict[str, set[str]], ...] = ({}, {}, {})
        for dev_id, dev in self.developments.items():
            keys = (
                dev.main_counts.keys(),
                dev.head_names(),
                named_in_chinese(dev, self._authority_keys),
            )
            for part, found in zip(index, keys, strict=True):
                for key in found:
                    part.setdefault(key, set()).add(dev_id)
        return index

    def _holding(
        self, keys: frozenset[str], settled: set[str], chinese: bool, head: bool = True
    ) -> set[str]:
        """The ``settled`` developments whose story keys meet ``keys``.

        Their main subjects, their head names (``head``), the authorities their Chinese
        reports name (``chinese``): from the index :meth:`settle_stories` keeps, or else from
        one built on the developments as they are and kept until they change (the analysis
        path, :meth:`story_evidence`, asks it for every pair).
        """
        index = self._key_index
        if index is None:
            state = (self._dev_version, len(self.developments))
            if self._kept_key_index is None or self._kept_key_index[0] != state:
                self._kept_key_index = (state, self._story_key_index())
            index = self._kept_key_index[1]
        parts = [index[0], *([index[1]] if head else []), *([index[2]] if chinese else [])]
        found: set[str] = set()
        for key in keys:
            for part in parts:
                found.update(part.get(key, ()))
        return found & settled

    def _settle_stories(self, opened: Sequence[str]) -> None:
        """:meth:`settle_stories` of a batch that opened developments."""
        settled: set[str] = set(self.index.dev_of_slot) - set(opened)
        fresh = set(opened)
        window_s = self.params.window_days * 86400.0
        n_slots = len(self.index.dev_of_slot)
        for dev_id in opened:
            dev = self.developments.get(dev_id)
            if dev is None or dev.vector_sum is None:
                continue
            own = dev.vector_sum / (float(np.linalg.norm(dev.vector_sum)) or 1.0)
            sims = np.einsum("ij,j->i", self.index.sums[:n_slots], own) / self.index.norms[:n_slots]
            at = dev.last_published.timestamp()
            story = story_id_for(dev_id)
            keyless: str | None = None  # a link by the embedding alone to a side without keys
            for slot in _nearest_first(sims):
                if float(sims[slot]) < self.params.story_threshold:
                    break
                other_id = self.index.dev_of_slot[int(slot)]
                if other_id == dev_id or other_id not in settled:
                    continue
                if abs(at - self.index.slot_last[slot]) > window_s:
                    continue
                other = self.developments.get(other_id)
                if other is None or not other.story_id:
                    continue
                if self._story_link(dev, other, float(sims[slot])):
                    if self._one_side_keyless(dev, other):
                        if not self._named_apart(dev, other):
                            keyless = keyless or other.story_id
                        continue
                    story = other.story_id
                    break
            if story == story_id_for(dev_id):
                story = self._story_across(dev, settled, at, window_s) or story
            same_act = None
            if story == story_id_for(dev_id):
                same_act = self._story_same_act(dev, settled)
                story = same_act or story
            also: list[str] = []
            if story == story_id_for(dev_id):
                story = self._story_beyond(dev, settled, sims, also) or story
            elif same_act is not None:
                # the act's other script may have opened first with no key to link it beyond
                # the window: this half's link, where the learned step finds one, takes both
                # halves (when the other half's story is this batch's alone)
                beyond = self._story_beyond(dev, settled, sims, also)
                if beyond is not None and self._merge_story(same_act, beyond, fresh):
                    story = beyond
            if story == story_id_for(dev_id) and keyless is not None:
                story = keyless
            dev.story_id = story
            settled.add(dev_id)
            for other_story in also:
                self._merge_story(other_story, story, fresh)

    def _merge_story(self, story: str, into: str, fresh: set[str]) -> bool:
        """Move the developments of ``story`` into ``into`` when all of them are ``fresh``.

        A later step linked to two earlier developments of two stories makes them one
        (:meth:`_story_beyond`'s ``also``). Stories of stored developments do not change: a
        story any development outside ``fresh`` (this batch's) holds is left as it is.
        """
        if story == into:
            return False
        members = [d for d in self.developments.values() if d.story_id == story]
        indexed = [p for p in self.stories.profiles.values() if p.story_id == story]
        if not members or any(d.development_id not in fresh for d in members):
            return False
        if any(p.development_id not in fresh for p in indexed):
            return False
        for d in members:
            d.story_id = into
        for prof in indexed:
            self.stories.add(replace(prof, story_id=into))
        return True

    # -- review ------------------------------------------------------------------------------

    def review(self, assignments: Sequence[Assignment]) -> list[Assignment]:
        """Split the developments of this batch where two events grew together, then merge.

        Decisions are made one report at a time, so a development that the first reports of two
        events opened together (events reported in interleaved order) attracts both events'
        later reports. Once the batch is grouped, each development it touched (4 to
        ``review_max`` reports) is split in two (:meth:`_two_parts`: average link over the
        model's own report-to-report probabilities) when the two parts' average link (the mean
        probability that a report of one part joins a report of the other) is under the
        threshold (``review_threshold``) and each part has at least ``review_min_part`` reports,
        or, when the model links them above it, when the embedding finds two parts the model
        links clearly more within than across (:meth:`_contrast_parts`). Then a report that
        opened a development before anything close to it had arrived gets a second look
        (:meth:`_merge_pass`). Only reports of this batch move (stored decisions are
        final); developments an analyst corrected are left alone. Returns the batch's
        assignments as they stand after it (moved reports marked ``split`` or ``merged``).
        """
        movable = {a.article_id for a in assignments if "already_member" not in a.features}
        moved: dict[str, str] = {}
        opened: set[str] = set()
        apart: set[frozenset[str]] = set(self._replaced)
        for dev_id in sorted({a.development_id for a in assignments}):
            dev = self.developments.get(dev_id)
            if dev is None or not 4 <= dev.size <= self.params.review_max:
                continue
            if any(m in self.corrections.pins for m in dev.member_ids):
                continue
            profs = [self._member_profiles.get(m) for m in dev.member_ids]
            if any(p is None for p in profs):
                continue
            parts = self._bisect(dev, [p for p in profs if p is not None])
            if parts is None:
                continue
            keep, leave = parts
            if self._script_part(keep) or self._script_part(leave):
                continue
            if not all(m in movable for m in leave):
                keep, leave = leave, keep
                if not all(m in movable for m in leave):
                    continue
            new_id = self._split(dev, leave)
            opened.add(new_id)
            apart.add(frozenset((dev_id, new_id)))
            for m in leave:
                moved[m] = new_id
        merged = (
            self._merge_pass(assignments, movable, apart) if self.params.review_merge else set()
        )
        out = []
        for a in assignments:
            target = self.member_of.get(a.article_id, a.development_id)
            if a.article_id not in movable or target == a.development_id:
                out.append(a)
                continue
            feats = dict(a.features)
            if a.article_id in moved:
                feats["split"] = 1.0
            if a.article_id in merged:
                feats["merged"] = 1.0
            out.append(
                replace(
                    a,
                    development_id=target,
                    is_new=self.developments[target].first_article_id == a.article_id,
                    features=feats,
                )
            )
        return out

    def _script_part(self, members: Sequence[str]) -> bool:
        """Whether a part the review found holds only reports not in Latin script.

        The model reads Latin-script reports only: a part of notices alone against the
        development's English reports is the script it cannot read, not a second event (the
        notices joined on cross-language evidence, which the split does not weigh).
        """
        return not any(_latin(self._member_profiles.get(m)) for m in members)

    def _merge_pass(
        self, assignments: Sequence[Assignment], movable: set[str], apart: set[frozenset[str]]
    ) -> set[str]:
        """Move the developments this batch opened into the development their reports join.

        A report decided early (the first of its event, or one whose event's development was
        still young) may have opened a development of its own; once the batch is grouped, each
        development the batch opened (at most ``review_merge_max`` reports, all of this batch) is
        scored against its candidates as they stand now: the mean probability that its reports
        join the candidate. At ``review_merge_threshold`` or above, and when the texts agree (the
        name-only guard of a join, on the closest pair of reports), the reports move into the
        best candidate (a development opened earlier in the batch absorbs one opened later), unless
        the two were separated by the splits (``apart``). Returns the reports moved.
        """
        moved: set[str] = set()
        bar = self.params.review_merge_threshold
        bar = self.params.threshold if bar is None else bar
        window_s = self.params.window_days * 86400.0
        opened = [
            d
            for d in dict.fromkeys(a.development_id for a in assignments if a.is_new)
            if d in self.developments
        ]
        opened += [
            d
            for d in sorted({self.member_of.get(a.article_id, "") for a in assignments})
            if d in self.developments and d not in opened
        ]
        for dev_id in opened:
            dev = self.developments.get(dev_id)
            if dev is None or dev.size > self.params.review_merge_max or dev.vector_sum is None:
                continue
            if self._corrected(dev) or not all(m in movable for m in dev.member_ids):
                continue
            if self._blank_development(dev):
                continue
            # The model reads Latin-script reports only (as in :meth:`_comparable`): a
            # development of Chinese notices is never merged on it, nor merged into.
            profs = [p for p in (self._member_profiles[m] for m in dev.member_ids) if _latin(p)]
            if not profs:
                # Its English reports may have joined an English development since (a notice
                # published before the news of it): a second look on cross-language evidence.
                target = self._foreign_merge_target(dev, apart)
                if (
                    target is not None
                    and not self._unfounded_across(dev, target)
                    and not self._apart_from_opening(dev, target)
                ):
                    moved.update(dev.member_ids)
                    self._absorb(target, dev)
                continue
            centre = dev.vector_sum / (float(np.linalg.norm(dev.vector_sum)) or 1.0)
            ids = self.index.search(
                centre,
                dev.last_published.timestamp(),
                window_s,
                self.params.candidates + 1,
            )
            others = [
                other_id
                for other_id in ids
                if other_id != dev_id
                and frozenset((dev_id, other_id)) not in apart
                and not self._corrected(self.developments[other_id])
                and self._holds_latin(self.developments[other_id])
                # nor where one's notices in another script are of another government's
                # measure than the other's reports speak of
                and not self._measures_apart(self._profiles_of(dev_id), self._profiles_of(other_id))
                and not self._blank_development(self.developments[other_id])
                # nor two developments whose English reports speak of two measures
                and not self._measures_differ(profs, self._profiles_of(other_id))
            ]
            # each report against every candidate at once: which one is closer is evidence too
            per_report = []
            for p in profs:
                weights, norm = self._item_weights(p)
                found = [(o, self.features(p, self.developments[o], weights, norm)) for o in others]
                contrast(found)
                per_report.append(found)
            best: tuple[float, str] | None = None
            for k, other_id in enumerate(others):
                total = 0.0
                agree = False
                for found in per_report:
                    feats = found[k][1]
                    total += self.model.probability(feats)
                    agree = agree or self.model.texts_agree(feats)
                if not agree:  # the name-only guard: no two reports' texts agree
                    continue
                link = total / len(profs)
                if best is None or link > best[0]:
                    best = (link, other_id)
            if best is None or best[0] < bar:
                continue
            into = self.developments[best[1]]
            if self._unfounded_across(dev, into):
                continue
            if self._notices_apart_from_opening(dev, into) or self._notices_apart_from_opening(
                into, dev
            ):
                continue
            if all(m in movable for m in into.member_ids) and (
                into.first_published,
                into.first_article_id,
            ) > (dev.first_published, dev.first_article_id):
                dev, into = into, dev
            moved.update(dev.member_ids)
            self._absorb(into, dev)
        return moved

    def _foreign_merge_target(
        self, dev: DevelopmentState, apart: set[frozenset[str]]
    ) -> DevelopmentState | None:
        """Where a development of reports in another script joins, on the evidence, or None.

        An open development holding Latin-script reports, chosen on cross-language evidence
        (``nlp.crosslingual.best_join``, as a report's in :meth:`_crosslingual_target`).
        """
        if not self.params.cross_language:
            return None
        window_s = self.params.window_days * 86400.0
        at = dev.last_published.timestamp()
        others = [
            (d, [p.reading for p in profs if p.reading is not None])
            for d, other in sorted(self.developments.items())
            if d != dev.development_id
            and frozenset((dev.development_id, d)) not in apart
            and abs(at - other.last_published.timestamp()) <= window_s
            and not self._corrected(other)
            and (profs := [p for p in map(self._member_profiles.get, other.member_ids) if p])
            and any(_latin(p) for p in profs)
            # nor one holding a report of another government's measure than its notices'
            and not self._measures_apart(self._profiles_of(dev.development_id), profs)
        ]
        best: crosslingual.CrossMatch | None = None
        for m in dev.member_ids:
            prof = self._member_profiles.get(m)
            if prof is None or prof.reading is None or not others:
                continue
            match = crosslingual.best_join(
                prof.reading,
                others,
                threshold=self.params.crosslingual_threshold,
                ignore=self.params.untranslated_entities,
                jurisdiction_of=self._jurisdiction_of,
            )
            if match is not None and (best is None or match.score > best.score):
                best = match
        return None if best is None else self.developments[best.development_id]

    def _unfounded_across(self, dev: DevelopmentState, into: DevelopmentState) -> bool:
        """Whether a review merge across scripts rests on nothing of a notice's act.

        When one development holds reports in a script (an official notice in Chinese) that the
        other holds none of, the merge must rest on the measure, not on the embedding alone
        (one ministry's notice and the English news of another authority's measure of the same
        field read close): the two share an authority (not the country alone: a country's
        ministries share it) or a notice and a report of the other script agree on a fact of
        the act (``nlp.crosslingual.FACT_PARTS``: its document number, a figure, a day, a law
        or document named), or agree on more than one subject of it with no part apart
        (:func:`nothing_against`) within ``crosslingual.NEAR_DAYS`` (the notice's own news).
        Two developments of one script are not asked; two both holding notices are kept apart
        when their notices name authorities and none is shared (two ministries' acts, their
        English news read close).
        """
        if not self.params.cross_language:
            return False
        one, other = self._profiles_of(dev.development_id), self._profiles_of(into.development_id)
        broad = self.params.broad_entities | self.params.untranslated_entities
        issuers = [
            {e for p in profs if not _latin(p) and p.reading is not None for e in p.entity_ids}
            - broad
            for profs in (one, other)
        ]
        if issuers[0] and issuers[1] and not issuers[0] & issuers[1]:
            return True
        for notices, news in ((one, other), (other, one)):
            scripts = {p.reading.script for p in notices if p.reading is not None} - {"latin"}
            if not scripts:
                continue
            theirs = [p.reading for p in news if p.reading is not None]
            if not theirs or any(r.script in scripts for r in theirs):
                continue
            if self._shares_authority(dev, into):
                return False
            mine = [
                p.reading for p in notices if p.reading is not None and p.reading.script in scripts
            ]
            for a in mine[: crosslingual.MEMBERS_READ]:
                ev = a.evidence_under(self._jurisdiction_of)
                for b in theirs[: crosslingual.MEMBERS_READ]:
                    agreed = crosslingual.agreement(ev, b.evidence_under(self._jurisdiction_of))
                    parts = agreed.parts
                    if any(parts.get(k, 0.0) > 0 for k in crosslingual.FACT_PARTS):
                        return False
                    if (
                        crosslingual.measure_shared(parts)
                        and nothing_against(agreed)
                        and crosslingual.near_in_time(a, b)
                    ):
                        # the notice's own news, within a day and a half, on more than one
                        # subject of it and nothing apart (a bureau's denial and its news:
                        # 教育局 is no name either side links): the measure, not the embedding
                        return False
            return True
        return False

    def _apart_from_opening(self, dev: DevelopmentState, into: DevelopmentState) -> bool:
        """Whether notices merged across scripts read the development's opening report apart.

        The review's second look moves a development of notices into the development holding
        the report their evidence agrees with best. That report may have been taken in by the
        English model on a consultation's generic wording ("publishes for comment a draft
        ... that would require"), into another government's development: the notices would
        follow it there on the agreement of one report, not of the development. So the move
        also needs the development's opening report (a Latin-script one: the event the
        development is) not to read every notice apart, on its kinds of action or on what the
        measure is about, and agree on nothing (no part of the agreement, not even the kind of
        action: ``nlp.crosslingual.action_apart``, ``subjects_apart``); unless the two
        developments name one authority (not a country). A first report of a plan that names the
        notice's kind of action but words its subject otherwise is not apart.
        """
        if self._shares_authority(dev, into):
            return False
        first = self._member_profiles.get(into.first_article_id)
        if first is None or first.reading is None or not _latin(first):
            return False
        ignore = self.params.untranslated_entities
        theirs = first.reading.evidence_under(self._jurisdiction_of)
        theirs = replace(theirs, entities=theirs.entities - ignore)
        notices = [
            p.reading
            for p in self._profiles_of(dev.development_id)
            if p.reading is not None and not _latin(p)
        ]
        if not notices:
            return False
        for reading in notices[: crosslingual.MEMBERS_READ]:
            mine = reading.evidence_under(self._jurisdiction_of)
            parts = crosslingual.agreement(
                replace(mine, entities=mine.entities - ignore), theirs
            ).parts
            if any(value > 0 for value in parts.values()) or not (
                crosslingual.action_apart(parts) or crosslingual.subjects_apart(parts)
            ):
                return False
        return True

    def _notices_apart_from_opening(self, dev: DevelopmentState, into: DevelopmentState) -> bool:
        """Whether ``dev``'s notices read the opening report of ``into`` apart.

        The review merges two developments when their English reports read close: one stray
        report of ``dev``'s measure taken in by ``into`` on the English model's reading (a
        ministry's robot rule's news, in a data-centre rumour's development) would carry
        ``dev``'s notices into another measure's development, and the authority it names makes
        the two developments seem to share one. So a merge of a development holding notices
        into another also needs the other's opening report (a Latin-script one: the event it
        is) to read each of ``dev``'s first ``nlp.crosslingual.MEMBERS_READ`` notices apart
        (a later notice is not read; one with no reading reads nothing apart) on what the
        measure is about, its document or its law, with none of it agreeing
        (``nlp.crosslingual.subjects_apart``; a kind of action shared is no subject), unless
        that report itself names an authority any notice of ``dev`` names.
        """
        first = self._member_profiles.get(into.first_article_id)
        if first is None or first.reading is None or not _latin(first):
            return False
        notices = [p for p in self._profiles_of(dev.development_id) if not _latin(p)]
        if not notices:
            return False
        broad = self.params.broad_entities | self.params.untranslated_entities
        if (set(first.entity_ids) - broad) & {e for p in notices for e in p.entity_ids}:
            return False
        ignore = self.params.untranslated_entities
        theirs = first.reading.evidence_under(self._jurisdiction_of)
        theirs = replace(theirs, entities=theirs.entities - ignore)
        for prof in notices[: crosslingual.MEMBERS_READ]:
            if prof.reading is None:
                return False
            mine = prof.reading.evidence_under(self._jurisdiction_of)
            parts = crosslingual.agreement(
                replace(mine, entities=mine.entities - ignore), theirs
            ).parts
            if not crosslingual.subjects_apart(parts):
                return False
        return True

    def _shares_authority(self, dev: DevelopmentState, other: DevelopmentState) -> bool:
        """Whether two developments name one authority (broad entities, a country, are none)."""
        broad = self.params.broad_entities | self.params.untranslated_entities
        return bool((dev.entity_counts.keys() & other.entity_counts.keys()) - broad)

    def _holds_latin(self, dev: DevelopmentState) -> bool:
        """Whether a development holds a report the English model reads (Latin script)."""
        return any(_latin(self._member_profiles.get(m)) for m in dev.member_ids)

    def _corrected(self, dev: DevelopmentState) -> bool:
        """Whether an analyst's correction shaped ``dev`` (a pinned report, a merge into it)."""
        return dev.development_id in self.corrections.aliases.values() or any(
            m in self.corrections.pins for m in dev.member_ids
        )

    def _absorb(self, into: DevelopmentState, dev: DevelopmentState) -> None:
        """Move every report of ``dev`` into ``into`` and forget ``dev``."""
        for m in list(dev.member_ids):
            self._add_to(into, self._member_profiles[m])
        del self.developments[dev.development_id]
        self._dev_version += 1
        slot = self.index.slot_of.get(dev.development_id)
        if slot is not None:
            self.index.sums[slot] = 0.0
            self.index.norms[slot] = 1.0
            self.index.slot_last[slot] = -np.inf
        self._norms.pop(dev.development_id, None)
        self.touched.discard(dev.development_id)
        self.touched.add(into.development_id)

    def _bisect(
        self, dev: DevelopmentState, profs: list[Profile]
    ) -> tuple[list[str], list[str]] | None:
        """Two parts of a development the model says are two events, or None."""
        n = len(profs)
        singles = [
            self._state_of(f"\0single:{p.article_id}", [p], [dev.rows[i]])
            for i, p in enumerate(profs)
        ]
        prob = np.zeros((n, n), dtype=np.float64)
        for i, p in enumerate(profs):
            weights, norm = self._item_weights(p)
            for j in range(n):
                if i != j:
                    feats = self.features(p, singles[j], weights, norm)
                    prob[i, j] = self.model.probability(feats)
        sim = (prob + prob.T) / 2
        for p in profs:
            self._norms.pop(f"\0single:{p.article_id}", None)
        bar = self.params.review_threshold
        bar = self.params.threshold if bar is None else bar
        parts = self._two_parts(sim, bar)
        if parts is None or float(sim[np.ix_(*parts)].mean()) >= bar:
            parts = self._contrast_parts(profs, sim)
            if parts is None:
                return None
        first, second = parts
        if 0 not in first:
            first, second = second, first
        return [profs[i].article_id for i in first], [profs[i].article_id for i in second]

    def _contrast_parts(
        self, profs: list[Profile], sim: npt.NDArray[np.float64]
    ) -> tuple[list[int], list[int]] | None:
        """Two events the embedding tells apart and the model confirms, or None.

        Two events of one topic can link at 0.9 report to report in the model (the later
        event's reports recall the earlier one), so no bar on the probabilities separates them,
        while each report's lead is clearly closer to its own event's in the embedding. The
        parts are found by average link over the embedding cosine (``review_contrast_link``,
        past stray reports as in :meth:`_two_parts`) and separated when the model's mean
        probability within the parts exceeds its mean across them by ``review_contrast``: the
        contrast of the two parts, on the model's scale. Not for a development of short
        reports (mean body words under the model's ``short_words``).
        """
        gap = self.params.review_contrast
        known = [p.words for p in profs if p.words >= 0]
        if gap is None or (known and sum(known) / len(known) < self.model.short_words):
            # short reports do not state the lead's who, when and where fully: their embeddings
            # do not tell two events apart (on train, titles only and title + first sentence
            # lost with it)
            return None
        vectors = np.vstack([p.vector for p in profs]).astype(np.float64)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        parts = self._two_parts(vectors @ vectors.T, self.params.review_contrast_link)
        if parts is None:
            return None
        pairs = sum(len(part) * (len(part) - 1) for part in parts)
        within = sum(
            float(sim[np.ix_(part, part)].sum() - np.trace(sim[np.ix_(part, part)]))
            for part in parts
        )
        if within / pairs - float(sim[np.ix_(*parts)].mean()) < gap:
            return None
        return parts

    def _two_parts(
        self, sim: npt.NDArray[np.float64], bar: float
    ) -> tuple[list[int], list[int]] | None:
        """Two groups of at least ``review_min_part`` reports by average link over ``sim``.

        Reports are joined by average link while the best link reaches ``bar``; the groups of at
        least ``review_min_part`` reports are the candidate events, and each smaller group (a
        stray or short report) goes with the candidate it links with best. Candidates then join
        by average link until two remain. None when fewer than two candidates form.
        """
        min_part = self.params.review_min_part
        # a link depends only on the two groups: kept while neither changes (each round of
        # joining changes one group, and every other pair's link is read again)
        links: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}

        def link(a: list[int], b: list[int]) -> float:
            key = (tuple(a), tuple(b))
            value = links.get(key)
            if value is None:
                value = links[key] = float(sim[np.ix_(a, b)].mean())
            return value

        def closest(groups: list[list[int]]) -> tuple[float, int, int]:
            best: tuple[float, int, int] | None = None
            for a in range(len(groups)):
                for b in range(a + 1, len(groups)):
                    value = link(groups[a], groups[b])
                    if best is None or value > best[0]:
                        best = (value, a, b)
            assert best is not None
            return best

        clusters = [[i] for i in range(sim.shape[0])]
        while len(clusters) > 2:
            value, a, b = closest(clusters)
            if value < bar:
                break
            clusters[a] = sorted(clusters[a] + clusters[b])
            del clusters[b]
        major = [c for c in clusters if len(c) >= min_part]
        if len(major) < 2:
            return None
        for c in clusters:
            if len(c) < min_part:
                target = max(range(len(major)), key=lambda k: (link(c, major[k]), -k))
                major[target] = sorted(major[target] + c)
        while len(major) > 2:
            _, a, b = closest(major)
            major[a] = sorted(major[a] + major[b])
            del major[b]
        return major[0], major[1]

    def _state_of(self, dev_id: str, profs: list[Profile], rows: list[int]) -> DevelopmentState:
        """A development state aggregating ``profs`` (whose index rows are ``rows``)."""
        state = DevelopmentState(
            development_id=dev_id,
            headline=profs[0].title,
            first_article_id=profs[0].article_id,
            first_published=profs[0].published,
            last_published=profs[0].published,
        )
        for p in profs:
            state.add(p)
        state.rows = list(rows)
        return state

    def _split(self, dev: DevelopmentState, leave: list[str]) -> str:
        """Move the reports ``leave`` out of ``dev`` into a development of their own."""
        gone = set(leave)
        stay = [m for m in dev.member_ids if m not in gone]
        go = sorted(
            (self._member_profiles[m] for m in leave), key=lambda p: (p.published, p.article_id)
        )
        ordered_go = [
            p for p in (self._member_profiles[m] for m in dev.member_ids) if p.article_id in gone
        ]
        first = go[0]
        new_id = self.corrections.resolve(development_id_for(first.article_id))
        kept = DevelopmentState(
            development_id=dev.development_id,
            headline=dev.headline,
            first_article_id=dev.first_article_id,
            first_published=self._member_profiles[stay[0]].published,
            last_published=self._member_profiles[stay[0]].published,
        )
        self._norms.pop(dev.development_id, None)
        self.developments[dev.development_id] = kept
        for m in stay:
            kept.add(self._member_profiles[m])
        self._dev_version += 1
        kept.first_article_id = min(stay, key=lambda m: (self._member_profiles[m].published, m))
        kept.headline = self._member_profiles[kept.first_article_id].title
        assert kept.vector_sum is not None
        kept.rows = self.index.add_development(
            dev.development_id,
            [self._member_profiles[m].vector for m in stay],
            kept.vector_sum,
            kept.last_published.timestamp(),
        )
        self.index.slot_last[self.index.slot_of[dev.development_id]] = (
            kept.last_published.timestamp()
        )
        new = self._new_development(new_id, first)
        for p in ordered_go:
            self._add_to(new, p)
        self.touched.add(dev.development_id)
        self.touched.add(new_id)
        return new_id
