"""Archives of articles as JSON lines or Parquet: reading records and making them articles.

A record is one article of an archive (title, text or HTML, outlet, time). Without
``published``, input order stands for time (one second apart, from a fixed origin). Grouping
and importing records with the pipeline's own stages is :mod:`policywatch.archive`'s.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.cluster import ClusterItem, GroupingParams
from nlp.crosslingual import AuthorityRow, place_provinces_of
from policywatch_core.files import LineTooLong, bounded_lines
from policywatch_core.models import Article, WatchEntity, stable_id
from policywatch_core.settings import Settings

log = logging.getLogger(__name__)

#: Origin of the synthetic times of records without ``published`` (input order stands for time).
ORDER_ORIGIN = datetime(2000, 1, 1, tzinfo=UTC)


_UNSAFE_URL = re.compile(r"[\s\x00-\x1f\x7f\u2028\u2029]")


class ArchiveError(Exception):
    """An archive that cannot be read; the message names the line or column."""


@dataclass(frozen=True, slots=True)
class Record:
    """One article of an archive."""

    id: str
    title: str
    text: str
    published: datetime | None = None
    url: str | None = None
    outlet: str | None = None
    html: str | None = None


def _parse_time(value: Any, where: str) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        ts = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise ArchiveError(f"{where}: published {value!r} is not an ISO 8601 date") from None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def record_of(raw: dict[str, Any], where: str) -> Record:
    """A record from a JSON object or Parquet row (``id`` and ``title`` required).

    ``text`` may be empty or absent: a headline-only item (a news alert, a paywalled page's
    headline) is grouped on its title.
    """
    missing = [k for k in ("id", "title") if not raw.get(k) and raw.get(k) != 0]
    if missing:
        raise ArchiveError(f"{where}: missing {', '.join(missing)}")
    url = raw.get("url") or raw.get("source") or None
    if url is not None and (not isinstance(url, str) or _UNSAFE_URL.search(url)):
        # A newline in a URL would end a link line in an alert and start a forged one.
        raise ArchiveError(f"{where}: url {str(url)[:80]!r} has whitespace or a control character")
    return Record(
        id=str(raw["id"]),
        title=str(raw["title"]),
        text=str(raw.get("text") or ""),
        published=_parse_time(raw.get("published"), where),
        url=url,
        outlet=raw.get("outlet") or raw.get("outlet_id") or None,
        html=raw.get("html") or None,
    )


def read_records(path: str | Path) -> list[Record]:
    """Records from a JSON lines file, ``-`` (stdin), or a Parquet file."""
    if str(path) != "-" and str(path).endswith(".parquet"):
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return [record_of(row, f"{path} row {i + 1}") for i, row in enumerate(table.to_pylist())]
    try:
        stream = sys.stdin if str(path) == "-" else Path(path).open(encoding="utf-8")  # noqa: SIM115  # closed below
    except OSError as exc:
        raise ArchiveError(f"{path}: {exc.strerror}") from None
    try:
        return _records_of(bounded_lines(stream), path)
    except LineTooLong as exc:
        raise ArchiveError(f"{path}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ArchiveError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise ArchiveError(f"{path}: {exc.strerror}") from None
    finally:
        if stream is not sys.stdin:
            stream.close()


def _records_of(lines: Iterable[str], path: str | Path) -> list[Record]:
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArchiveError(f"{path} line {number}: not JSON ({exc.msg})") from None
        if not isinstance(raw, dict):
            raise ArchiveError(f"{path} line {number}: not a JSON object")
        out.append(record_of(raw, f"{path} line {number}"))
    return out


def published_times(records: Sequence[Record]) -> list[datetime]:
    """Each record's time; records without one get input order (one second apart)."""
    return [r.published or (ORDER_ORIGIN + timedelta(seconds=i)) for i, r in enumerate(records)]


def articles_of(records: Sequence[Record]) -> list[Article]:
    times = published_times(records)
    return [
        Article(
            url=r.url or f"archive:{r.id}",
            outlet_id=r.outlet or "archive",
            title=r.title,
            text=r.text,
            canonical_url=f"archive:{stable_id(r.id)}:{r.id}",
            published=t,
            published_source="archive" if r.published else "order",
        )
        for r, t in zip(records, times, strict=True)
    ]


def items_of(
    articles: Sequence[Article],
    vectors: npt.NDArray[np.float32],
    entity_ids: Sequence[frozenset[str]],
    signal_kinds: Sequence[frozenset[str]],
    main_entity_ids: Sequence[frozenset[str] | None] | None = None,
) -> list[ClusterItem]:
    """Grouping's input for tagged and embedded articles.

    ``main_entity_ids``: the tagger's main subjects of each (None: not known; every entity an
    article names then counts).
    """
    return [
        ClusterItem(
            article_id=a.article_id,
            title=a.title,
            published=a.published or ORDER_ORIGIN,
            outlet_id=a.outlet_id,
            vector=vectors[i],
            lead=a.lead,
            text=a.text,
            entity_ids=entity_ids[i],
            signal_kinds=signal_kinds[i],
            main_entity_ids=main_entity_ids[i] if main_entity_ids is not None else None,
        )
        for i, a in enumerate(articles)
    ]


def params_of(settings: Settings) -> GroupingParams:
    """The grouping parameters the pipeline uses for these settings.

    Every table the grouping reads comes from ``settings.config_dir``: the watchlist, the places
    (``places.toml``), Taiwan's words (``zh_variants.toml``) and the governments' owner words
    (``owner_words.toml``).
    """
    tables = _config_tables(settings.config_dir)
    return GroupingParams(
        window_days=settings.window_days,
        threshold=settings.join_threshold,
        story_window_days=settings.story_window_days,
        story_model=settings.story_model,
        **tables,
    )


#: The configuration files :func:`params_of` reads, in ``settings.config_dir``.
CONFIG_FILES = (
    "watchlist.toml",
    "places.toml",
    "zh_variants.toml",
    "owner_words.toml",
    "foreign_authorities.toml",
)

#: :func:`_read_tables` by configuration folder and the bytes of its :data:`CONFIG_FILES` (None:
#: absent), least recently used first: at most :data:`_TABLES_KEPT` entries, the least recently
#: used one dropped when a new one comes. The same folder with other bytes is another entry.
_TABLES: OrderedDict[tuple[Path, tuple[bytes | None, ...]], dict[str, Any]] = OrderedDict()
_TABLES_KEPT = 8


def _config_bytes(config_dir: Path) -> tuple[bytes | None, ...]:
    """The bytes of each of :data:`CONFIG_FILES` in ``config_dir`` (None: absent)."""
    contents = []
    for name in CONFIG_FILES:
        path = config_dir / name
        contents.append(path.read_bytes() if path.is_file() else None)
    return tuple(contents)


def _config_tables(config_dir: Path) -> dict[str, Any]:
    """:func:`_read_tables` of ``config_dir``, parsed once per process while its files are the same.

    The files are read as bytes each time (cheap) and parsed only when their bytes are new: an
    edited file is read again, an unchanged one is not parsed for every batch. The parsers read
    the files themselves, so the bytes are read again after parsing and the tables are kept
    only when no file changed in between (a file replaced while it was parsed would otherwise
    keep the new tables under the old bytes). A file that does not parse raises as before, each
    time (nothing is kept for it). The values are immutable (tuples, frozensets), so one kept
    value serves every caller.
    """
    key = (config_dir, _config_bytes(config_dir))
    found = _TABLES.get(key)
    if found is not None:
        _TABLES.move_to_end(key)
        return found
    found = _read_tables(config_dir)
    if _config_bytes(config_dir) == key[1]:
        _TABLES[key] = found
        while len(_TABLES) > _TABLES_KEPT:
            _TABLES.popitem(last=False)
    return found


def _read_tables(config_dir: Path) -> dict[str, Any]:
    """The :class:`GroupingParams` fields read from the configuration files of ``config_dir``."""
    from policywatch_core.config import load_watchlist

    items = load_watchlist(config_dir).items
    return {
        "untranslated_entities": frozenset(e.id for e in items if e.type == "topic"),
        "broad_entities": frozenset(e.id for e in items if e.type in BROAD_ENTITY_TYPES),
        "entity_parents": tuple(sorted((e.id, e.parent) for e in items if e.parent)),
        "entity_names": tuple(sorted((name, e.id) for e in items for name in (e.name, *e.aliases))),
        "places": places_of(config_dir, items),
        "place_provinces": place_provinces_in(config_dir),
        "zh_variants": zh_variants_of(config_dir),
        "owner_words": owner_words_in(config_dir),
        "foreign_authorities": foreign_authorities_in(config_dir),
    }


def _table(config_dir: Path, file: str, table: str) -> dict[str, Any] | None:
    """A table of a configuration file; None when the file is absent."""
    from policywatch_core.config import ConfigError, read_toml

    path = config_dir / file
    if not path.is_file():
        return None
    found = read_toml(path).get(table, {})
    if not isinstance(found, dict):
        raise ConfigError(f"{path}: [{table}] is not a table")
    return found


def zh_variants_of(config_dir: Path) -> tuple[tuple[str, str], ...]:
    """Taiwan's words and the mainland's of ``zh_variants.toml`` (none when it is absent)."""
    from nlp.crosslingual import variants_of

    return variants_of(_table(config_dir, "zh_variants.toml", "variants") or {})


def owner_words_in(config_dir: Path) -> tuple[tuple[str, str], ...]:
    """(word, government id) of ``owner_words.toml`` (none when it is absent)."""
    from nlp.crosslingual import owner_words_of

    return owner_words_of(_table(config_dir, "owner_words.toml", "owners") or {})


def foreign_authorities_in(config_dir: Path) -> tuple[AuthorityRow, ...] | None:
    """The foreign authorities of ``foreign_authorities.toml``, as grouping reads them.

    None when the file is absent (a configuration from before it existed): the project's own
    table is read then.
    """
    from nlp.crosslingual import foreign_authority_rows
    from policywatch_core.config import ConfigError, read_toml

    path = config_dir / "foreign_authorities.toml"
    if not path.is_file():
        return None
    entries = read_toml(path).get("authorities", [])
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and "key" in e for e in entries
    ):
        raise ConfigError(f"{path}: [[authorities]] entries need a key")
    return foreign_authority_rows(entries)


def places_of(
    config_dir: Path, watchlist: Sequence[WatchEntity] | None = None
) -> tuple[tuple[str, str, bool], ...]:
    """(name, place id, alone) of ``places.toml``: places below a country that issue measures.

    A place the watchlist follows as a government (``entity = "jiangsu-government"``) takes
    that entry's Chinese names (江苏省人民政府, 江苏省) besides its own short ones: the watchlist
    is their one source. ``watchlist``: its entities (read from ``config_dir`` when not given).
    Empty when the file is absent (a configuration from before it existed).
    """
    from policywatch_core.config import ConfigError, load_watchlist, read_toml

    path = config_dir / "places.toml"
    if not path.is_file():
        return ()
    entries = read_toml(path).get("places", [])
    linked = {str(e["entity"]) for e in entries if "entity" in e}
    chinese: dict[str, tuple[str, ...]] = {}
    if linked:
        items = load_watchlist(config_dir).items if watchlist is None else watchlist
        chinese = {
            e.id: tuple(n for n in (e.name, *e.aliases) if not n.isascii())
            for e in items
            if e.id in linked
        }
        missing = sorted(linked - chinese.keys())
        if missing:
            raise ConfigError(f"{path}: entity {', '.join(missing)} is not in the watchlist")
    found: set[tuple[str, str, bool]] = set()
    for entry in entries:
        alone = bool(entry.get("alone", True))
        names = (*entry.get("en", ()), *entry.get("zh", ()), *chinese.get(entry.get("entity"), ()))
        for name in names:
            found.add((str(name), str(entry["id"]), alone))
    return tuple(sorted(found))


def place_provinces_in(config_dir: Path) -> tuple[tuple[str, str], ...] | None:
    """(city id, province id) of ``places.toml``: each sub-provincial city's province.

    Read from the same ``[[places]]`` blocks as :func:`places_of` (a block's ``province``).
    None when the file is absent or no block names a ``province`` (a table seeded before the
    key existed, which seeding never overwrites): the project's own table is read then, as
    :func:`foreign_authorities_in` does, so such a table keeps the city-and-province rule. A
    province that is no block of the file is an error.
    """
    from policywatch_core.config import ConfigError, read_toml

    path = config_dir / "places.toml"
    if not path.is_file():
        return None
    entries = read_toml(path).get("places", [])
    pairs = place_provinces_of(entries)
    if not pairs:
        return None
    ids = {str(e["id"]) for e in entries}
    missing = sorted({province for _, province in pairs} - ids)
    if missing:
        raise ConfigError(f"{path}: province {', '.join(missing)} is no place of the file")
    return pairs


#: Watchlist entity types too broad to tie two developments into one story: every policy of a
#: country names it (``GroupingParams.broad_entities``).
BROAD_ENTITY_TYPES = frozenset({"country", "region", "government", "topic"})


#: The script element of an imported record's page that carries the record's own title and text:
#: the pipeline takes them as they are (:func:`given_article`), extraction only reads HTML.
RECORD_SCRIPT = "application/vnd.policywatch.record+json"
_RECORD_RE = re.compile(
    r'<script type="' + re.escape(RECORD_SCRIPT) + r'">(.*?)</script>', re.DOTALL
)


def given_article(
    html: str, url: str, *, outlet_id: str, first_seen: datetime | None = None
) -> Article | None:
    """The article an imported record gave as text (None for any other page).

    An archive that carries its text keeps it: rendering it into a page and extracting it again
    lost short reports (a two-sentence wire brief is under extraction's minimum length) and
    headline-only items.
    """
    if RECORD_SCRIPT not in html:
        return None
    found = _RECORD_RE.search(html)
    if found is None:
        return None
    from nlp.lang import detect_language

    data = json.loads(found.group(1))
    published = _parse_time(data.get("published"), url)
    title = str(data.get("title") or "")
    text = str(data.get("text") or "")
    return Article(
        url=url,
        outlet_id=outlet_id,
        title=title,
        text=text,
        language=detect_language(f"{title}\n{text}"),
        canonical_url=url,
        published=published,
        published_source="archive" if published else None,
        method="archive-text",
        first_seen=first_seen,
    )


def page_html(record: Record) -> str:
    """A minimal article page for a record given as text.

    The page shows the text and carries it, exactly as given, in a script element that
    :func:`given_article` reads back (the text is never re-extracted).
    """
    from html import escape

    given = json.dumps(
        {
            "title": record.title,
            "text": record.text,
            "published": record.published.isoformat() if record.published else None,
        },
        ensure_ascii=True,
    ).replace("</", "<\\/")

    published = (
        f'<meta property="article:published_time" content="{record.published.isoformat()}">'
        if record.published
        else ""
    )
    paragraphs = "\n".join(
        f"<p>{escape(p.strip())}</p>" for p in record.text.split("\n") if p.strip()
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{escape(record.title)}</title>{published}"
        f'<script type="{RECORD_SCRIPT}">{given}</script></head><body><article>'
        f"<h1>{escape(record.title)}</h1>\n{paragraphs}\n</article></body></html>"
    )
