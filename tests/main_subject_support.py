"""What the main-subject round tests share: the pipeline's tagger on the project's watchlist, a
text tagged with the about decisions, what its mentions link to, its main subjects and one main
feature of an entity, and a sentence or a mention written by hand for the rules' helpers.

The tagger is loaded once per test process (the round files used to load one each).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from nlp.about import FEATURES, Part, Sentence
from nlp.entities import Tagger, TextTags, load_tagger, tag_text, tag_texts_about
from policywatch_core.config import load_watchlist
from policywatch_core.models import Mention, WatchEntity

ROOT = Path(__file__).resolve().parents[1]


@cache
def tagger() -> Tagger:
    """The pipeline's tagger on ``config/watchlist.toml`` (shared: tests must not change it)."""
    return load_tagger(load_watchlist(ROOT / "config").items)


def tags_of(text: str) -> TextTags:
    """One text tagged as the pipeline tags it, with the about decisions and their evidence."""
    return tag_texts_about([text], tagger())[0]


def main_of(text_or_tags: str | TextTags) -> set[str]:
    """The entities the tagging makes main subjects."""
    tags = tags_of(text_or_tags) if isinstance(text_or_tags, str) else text_or_tags
    return {a.entity_id for a in tags.about if a.main}


def feature(tags: TextTags, entity_id: str, name: str) -> float:
    """One main-subject feature of a linked entity (0 when its evidence leaves it out, as the
    model reads it); the name must be one the model knows, so a renamed feature fails here."""
    assert name in FEATURES["main"], f"no main feature {name!r}"
    assert tags.evidence is not None
    return tags.evidence.main[entity_id].get(name, 0.0)


def linked_ids(text: str) -> set[str | None]:
    """The watchlist ids the plain tagging (no about decisions) links in ``text``."""
    mentions, _ = tag_text(text, tagger())
    return {m.entity_id for m in mentions}


def linked_names(tags: TextTags) -> dict[str, str | None]:
    """Each mention's text and the id it links to."""
    return {m.text: m.entity_id for m in tags.mentions}


def sentence(text: str, part: Part = "lead") -> Sentence:
    """``text`` as one sentence of an article (``part``: title, lead or body)."""
    return Sentence(0, len(text), text, part)


def mention(text: str, name: str, entity_id: str = "x", label: str = "GPE") -> Mention:
    """A mention of ``name`` at its first place in ``text``."""
    at = text.index(name)
    return Mention(at, at + len(name), name, label, entity_id, name)


def named_mentions(text: str, named: dict[str, WatchEntity]) -> list[Mention]:
    """Every occurrence in ``text`` of each name of ``named``, linked to its entity, in order."""
    out: list[Mention] = []
    for name, entity in named.items():
        at = text.find(name)
        while at >= 0:
            out.append(Mention(at, at + len(name), name, "ORG", entity.id, name))
            at = text.find(name, at + len(name))
    return sorted(out, key=lambda m: m.start)
