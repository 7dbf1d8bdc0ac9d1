"""Every id the README and the commands' help use as an example exists in the demo.

The demo's ids follow from its gold file (news reports and official notices): an article's id
is the hash of its stored URL and a development's id the hash of its first report's, so no
warehouse needs to be built to check them.
"""

from __future__ import annotations

import inspect
import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from nlp.cluster import development_id_for
from policywatch.cli.app import _load_commands, app
from policywatch.pipeline import DEMO_ORIGIN
from policywatch_core.models import stable_id

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "policywatch" / "demo" / "gold.json"
#: An id as the docs write one: 6 to 16 hexadecimal characters, digits and letters mixed.
HEX = re.compile(r"(?<![\w/.-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,16}(?![\w/.-])")


def demo_ids() -> tuple[dict[str, set[str]], set[str]]:
    """Development id -> its article ids, and every article id, of the demo."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    # The official gazette's notices are reports of their developments too (often the first).
    articles = [*gold["articles"], *gold["official"]]
    groups: dict[str, list[dict[str, str]]] = {}
    for article in articles:
        groups.setdefault(article["development"], []).append(article)
    developments: dict[str, set[str]] = {}
    for members in groups.values():
        first = min(members, key=lambda a: (datetime.fromisoformat(a["published"]), a["path"]))
        ids = {stable_id(DEMO_ORIGIN + a["path"]) for a in members}
        developments[development_id_for(stable_id(DEMO_ORIGIN + first["path"]))] = ids
    return developments, {a for ids in developments.values() for a in ids}


def _help_texts() -> list[tuple[str, str]]:
    _load_commands()
    texts = []

    def walk(typer_app, prefix):
        for info in typer_app.registered_commands:
            doc = inspect.getdoc(info.callback) or ""
            texts.append((" ".join([*prefix, info.name or info.callback.__name__]), doc))
        for group in typer_app.registered_groups:
            walk(group.typer_instance, [*prefix, group.name])

    walk(app, [])
    return texts


def _sources() -> list[tuple[str, str]]:
    return [("README.md", (ROOT / "README.md").read_text(encoding="utf-8")), *_help_texts()]


def _resolve(prefix: str, ids: set[str] | dict[str, set[str]]) -> list[str]:
    return [i for i in ids if i.startswith(prefix)]


def test_the_gold_ids_are_the_ones_the_pipeline_gives():
    developments, articles = demo_ids()
    # The demo gold's articles (35, and 3 for what articles are about) and the gazette's notices.
    assert len(articles) == 42
    # Two ids the pipeline's demo run gave (a grouping of three reports, its first report).
    assert "ade63e8b6b4899b5" in developments
    path = "/circuit-standard/2026/10/bis-rule-memory-bandwidth-threshold-china-accelerators.html"
    assert stable_id(DEMO_ORIGIN + path) in developments["ade63e8b6b4899b5"]
    # A development a Chinese notice opens before the news reports it takes the notice's id.
    notice = "/policy-gazette/notices/2026/10/n2026100901.html"
    assert stable_id(DEMO_ORIGIN + notice) in developments["e71b6ea3bae53caa"]
    assert len(developments["e71b6ea3bae53caa"]) == 4


@pytest.mark.parametrize(("where", "text"), _sources(), ids=lambda v: str(v)[:40])
def test_every_example_id_exists_in_the_demo(where, text):
    developments, articles = demo_ids()
    for token in HEX.findall(text):
        found = _resolve(token, developments) + _resolve(token, articles)
        assert len(found) == 1, f"{where}: id {token} matches {found or 'nothing'} in the demo"


@pytest.mark.parametrize(("where", "text"), _sources(), ids=lambda v: str(v)[:40])
def test_example_ids_are_of_the_right_kind(where, text):
    developments, articles = demo_ids()

    def dev(token):
        return _resolve(token, developments)

    for match in re.finditer(r"\b(show|merge|rename) ([0-9a-f]{4,16})(?: ([0-9a-f]{4,16}))?", text):
        for token in filter(None, match.groups()[1:]):
            assert dev(token), f"{where}: {match.group(0)!r}: {token} is no demo development"
    for match in re.finditer(r"\bsplit ([0-9a-f]{4,16}) ([0-9a-f]{4,16})", text):
        [full] = dev(match.group(1))
        assert _resolve(match.group(2), developments[full]), f"{where}: {match.group(0)!r}"
    for match in re.finditer(r"\bexplain ([0-9a-f]{4,16})\b", text):
        assert _resolve(match.group(1), articles), f"{where}: {match.group(0)!r}"


def _demo_names() -> dict[str, set[str]]:
    """The configured outlets, the watchlist's entities and the signal kinds, lower-cased (ids,
    names, aliases): what an example may filter on."""
    import tomllib

    from nlp.signals import KINDS

    config = ROOT / "config"
    sources = tomllib.loads((config / "sources.toml").read_text(encoding="utf-8"))
    outlets = {v.lower() for o in sources["outlets"] for v in (o["id"], o["name"])}
    watchlist = tomllib.loads((config / "watchlist.toml").read_text(encoding="utf-8"))
    entities = {
        v.lower()
        for e in watchlist["entities"]
        for v in (e["id"], e["name"], *e.get("aliases", []))
    }
    return {"outlet": outlets, "entity": entities, "signal": {k.lower() for k in KINDS}}


#: A filter value as the examples write it: `--outlet "Circuit Standard"`, `--entity cac`
#: on a command line; `#outlet=Circuit%20Standard` (a report's address) or `?entity=CAC` (the web
#: app's) in an address.
OPTION = re.compile(r"--(outlet|entity|signal) (?:\"([^\"]+)\"|'([^']+)'|(\w[\w.-]*))")
PARAMETER = re.compile(r"[#&?](outlet|entity|signal)=([\w%.-]+)")


def _examples(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for line in text.splitlines():
        if "policywatch " in line:
            command = re.sub(r"(^|\s)#.*", "", line)  # a shell comment is prose
            found += OPTION.finditer(command)
        found += PARAMETER.finditer(line)
    return found


@pytest.mark.parametrize(("where", "text"), _sources(), ids=lambda v: str(v)[:40])
def test_example_filter_values_exist(where, text):
    """An example's outlet, entity or signal is one the configuration knows, so it runs as
    written (an unknown one is an error, or an empty page)."""
    from urllib.parse import unquote

    known = _demo_names()
    for match in _examples(text):
        field = match.group(1)
        value = unquote(next(v for v in match.groups()[1:] if v)).lower()
        assert value in known[field], f"{where}: {match.group(0)!r}: no such {field} configured"
