"""Two speed changes with no change of behaviour: the cue scan's hyphen copy read only where it
can differ, and the grouping's configuration tables parsed once per process.

``nlp.crosslingual._cues`` looks for a cue with no space in the text alone (not in its
hyphens-as-spaces copy too): it names the same cues as the former scan on seeded random texts
made of the real lexicons' cues, the masked terms, hyphens, spaces and line breaks, and on cue
lists holding a line break (read the former way). The former scan kept here (``_cues_before``)
imports the live helpers (``_HYPHEN_BETWEEN_WORDS``, ``_NOT_CUES``, ``_wide_firsts``), so it
proves the new test before the pattern equal to the old one, not the helpers unchanged.
``nlp.archive.params_of`` parses its files once while their bytes are the same: the same
parameters as reading them afresh, an edited or removed file read again, a file that does not
parse raising each time, nothing kept when a file changes while it is parsed, at most
``_TABLES_KEPT`` entries kept least recently used first, and one entry per folder.
"""

from __future__ import annotations

import random
import re
import shutil
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest

from nlp import archive, crosslingual
from nlp.cluster import GroupingParams
from nlp.crosslingual import _HYPHEN_BETWEEN_WORDS, _NOT_CUES, _cues, _matchers, _wide_firsts
from policywatch_core import config
from policywatch_core.settings import load_settings

PROJECT_CONFIG = Path(__file__).resolve().parents[1] / "config"


def _cues_before(text: str, matchers: list[Any]) -> set[str]:
    """The cue scan as it was: every cue looked for in the text and its copy joined."""
    low = text.lower()
    if "-" in low:
        low = low + "\n" + _HYPHEN_BETWEEN_WORDS.sub(" ", low)
    found = set()
    chars = set(text)
    for name, plain, pattern, others in matchers:
        own, own_low = text, low
        for term in _NOT_CUES.get(name, ()):
            own = own.replace(term, "\0")
            own_low = own_low.replace(term, "\0")
        if (not _wide_firsts(others).isdisjoint(chars) and any(c in own for c in others)) or (
            pattern is not None and any(c in own_low for c in plain) and pattern.search(own_low)
        ):
            found.add(name)
    return found


def _random_texts(words: list[str], seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    joints = [" ", "-", "", "\n", " - ", "--", ", "]
    out = []
    for _ in range(n):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 7))]
        # a cue's spaces written as hyphens, double spaces or a hyphen and a space
        parts = [p.replace(" ", rng.choice([" ", "-", "  ", "- ", " -"])) for p in parts]
        text = rng.choice(joints).join(parts)
        out.append(text.upper() if rng.random() < 0.15 else text)
    return out


LEXICONS = {
    "topics": crosslingual._TOPIC_MATCHERS,
    "kinds": crosslingual._KIND_MATCHERS,
    "objects": crosslingual._OBJECT_MATCHERS,
}


@pytest.mark.parametrize("lexicon", sorted(LEXICONS))
def test_cues_name_what_the_former_scan_named(lexicon: str) -> None:
    matchers = LEXICONS[lexicon]
    words = [c for _, plain, _, others in matchers for c in (*plain, *others)]
    words += [t for terms in _NOT_CUES.values() for t in terms]
    words += ["the", "data-labelling", "anti-monopoly", "a-b", "x", "-", "中文", "rules"]
    texts = _random_texts(words, seed=41, n=3000)
    found = 0
    for text in texts:
        assert _cues(text, matchers) == _cues_before(text, matchers), text
        found += bool(_cues_before(text, matchers))
    # the texts are not all empty or all full of cues: both answers are compared
    assert 0 < found < len(texts)


def test_cues_with_a_line_break_or_a_hyphen_are_read_as_before() -> None:
    # made-up cue lists: a cue holding a line break may span the text and its copy (the former
    # way), a cue holding a hyphen matches the text as it is, a one-word cue, a spaced cue
    matchers = _matchers(
        {
            "broken": ("export\ncontrol", "chip"),
            "hyphened": ("anti-monopoly", "cross border"),
            "spaced": ("data security", "cross border_"),
            "labelling": ("label", "labels"),  # a name whose terms _NOT_CUES masks
        }
    )
    words = [
        "export",
        "control",
        "chip",
        "chips",
        "anti",
        "monopoly",
        "cross",
        "border",
        "borders",
        "data",
        "security",
        "label",
        "labels",
        "training",
        "labelling",
    ]
    texts = _random_texts(words, seed=9, n=4000)
    texts += ["anti-monopoly probe", "a cross-border rule", "data-security law"]
    texts += ["x-export\ncontrol"]
    named = set()
    for text in texts:
        now = _cues(text, matchers)
        assert now == _cues_before(text, matchers), text
        named |= now
    assert named == {"broken", "hyphened", "spaced", "labelling"}


def test_a_cue_of_two_words_is_read_where_the_text_hyphens_them() -> None:
    # the hyphens-as-spaces copy is still read for a cue with a space
    matchers = _matchers({"security": ("data security",), "chips": ("chip",)})
    assert _cues("a new data-security law", matchers) == {"security"}
    assert _cues("the data-protection chip-maker", matchers) == {"chips"}
    assert _cues("a data-protection law", matchers) == set()


def _config_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    shutil.copytree(PROJECT_CONFIG, folder)
    return folder


def _counted_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    reads: list[Path] = []
    real = config.read_toml

    def counted(path: Path) -> dict[str, Any]:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(config, "read_toml", counted)
    return reads


def test_params_parse_their_files_once_while_they_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _config_copy(tmp_path)
    settings = load_settings(config_dir=folder)
    reads = _counted_reads(monkeypatch)
    first = archive.params_of(settings)
    assert reads, "the first call parses the files"
    # places.toml is parsed once for its places and once for its provinces, as before
    assert sum(p.name == "places.toml" for p in reads) == 2
    reads.clear()
    again = archive.params_of(settings)
    assert reads == []
    assert again == first
    # the same as the tables read afresh, field by field
    fresh = archive._read_tables(folder)
    assert {k: getattr(first, k) for k in fresh} == fresh


def test_params_read_an_edited_or_removed_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _config_copy(tmp_path)
    settings = load_settings(config_dir=folder)
    before = archive.params_of(settings)
    places = folder / "places.toml"
    text = places.read_text(encoding="utf-8")
    assert re.search(r'(?m)^id = "shenzhen"$', text)
    # the same length, one byte changed: a new place id
    edited = re.sub(r'(?m)^id = "shenzhen"$', 'id = "shenzhem"', text)
    assert len(edited) == len(text)
    places.write_text(edited, encoding="utf-8")
    after = archive.params_of(settings)
    assert {p for _, p, _ in after.places} - {p for _, p, _ in before.places} == {"shenzhem"}
    assert after == GroupingParams(
        window_days=settings.window_days,
        threshold=settings.join_threshold,
        story_window_days=settings.story_window_days,
        story_model=settings.story_model,
        **archive._read_tables(folder),
    )
    (folder / "owner_words.toml").unlink()
    assert archive.params_of(settings).owner_words == ()
    places.unlink()
    gone = archive.params_of(settings)
    assert gone.places == ()
    assert gone.place_provinces is None


def test_params_raise_for_a_file_that_does_not_parse_each_time(tmp_path: Path) -> None:
    folder = _config_copy(tmp_path)
    settings = load_settings(config_dir=folder)
    (folder / "zh_variants.toml").write_text("[variants\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(config.ConfigError, match="not valid TOML"):
            archive.params_of(settings)


def test_params_keep_nothing_when_a_file_changes_while_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _config_copy(tmp_path)
    settings = load_settings(config_dir=folder)
    places = folder / "places.toml"
    original = places.read_bytes()
    assert b'id = "shenzhen"' in original
    edited = original.replace(b'id = "shenzhen"', b'id = "shenzhem"')
    expected = archive._read_tables(folder)
    real = archive._read_tables

    def replaced_first(config_dir: Path) -> dict[str, Any]:
        # the file is replaced after params_of read its bytes, before the parsers read it
        places.write_bytes(edited)
        return real(config_dir)

    monkeypatch.setattr(archive, "_read_tables", replaced_first)
    racy = archive.params_of(settings)
    assert "shenzhem" in {p for _, p, _ in racy.places}
    monkeypatch.setattr(archive, "_read_tables", real)
    # reverted to the original bytes: the original tables, not the ones parsed from the edit
    places.write_bytes(original)
    later = archive.params_of(settings)
    assert {k: getattr(later, k) for k in expected} == expected
    assert "shenzhem" not in {p for _, p, _ in later.places}


def _with_comment(folder: Path, n: int) -> None:
    """owner_words.toml with a trailing comment ``n``: other bytes, the same tables."""
    path = folder / "owner_words.toml"
    text = path.read_text(encoding="utf-8").split("\n# edition ")[0]
    path.write_text(f"{text}\n# edition {n}\n", encoding="utf-8")


def test_params_keep_the_most_recently_used_tables_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "_TABLES", OrderedDict())
    folder = _config_copy(tmp_path)
    settings = load_settings(config_dir=folder)
    kept = archive._TABLES_KEPT
    keys = []
    for n in range(kept):
        _with_comment(folder, n)
        archive.params_of(settings)
        keys.append((folder, archive._config_bytes(folder)))
    assert list(archive._TABLES) == keys
    # edition 0 used again: served without parsing, now the most recently used
    reads = _counted_reads(monkeypatch)
    _with_comment(folder, 0)
    archive.params_of(settings)
    assert reads == []
    # a ninth edition drops the least recently used one (edition 1), not edition 0
    _with_comment(folder, kept)
    archive.params_of(settings)
    assert reads, "a new edition is parsed"
    latest = (folder, archive._config_bytes(folder))
    assert len(archive._TABLES) <= kept
    assert list(archive._TABLES) == [*keys[2:], keys[0], latest]
    reads.clear()
    archive.params_of(settings)
    assert reads == []


def test_params_keep_one_entry_per_folder_for_identical_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "_TABLES", OrderedDict())
    one = _config_copy(tmp_path / "one")
    two = _config_copy(tmp_path / "two")
    assert archive._config_bytes(one) == archive._config_bytes(two)
    first = archive.params_of(load_settings(config_dir=one))
    second = archive.params_of(load_settings(config_dir=two))
    assert first == second
    assert [folder for folder, _ in archive._TABLES] == [one, two]
    reads = _counted_reads(monkeypatch)
    assert archive.params_of(load_settings(config_dir=one)) == first
    assert archive.params_of(load_settings(config_dir=two)) == second
    assert reads == []
    assert len(archive._TABLES) == 2
