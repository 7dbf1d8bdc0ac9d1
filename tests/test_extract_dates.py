# mypy: allow-untyped-defs, allow-incomplete-defs
# (pyproject's tests.* override does not reach modules mypy names test_*.)
"""Date parsing, URL dates and plausibility (nlp.dates)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from nlp.dates import DEFAULT_FLOOR, date_from_url, parse_datetime, plausible

PLUS8 = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-03-14T08:15:00+08:00", datetime(2026, 3, 14, 8, 15, tzinfo=PLUS8)),
        ("2026-03-14T08:15:00+0800", datetime(2026, 3, 14, 8, 15, tzinfo=PLUS8)),
        ("2026-03-14 08:15:00 +0800", datetime(2026, 3, 14, 8, 15, tzinfo=PLUS8)),
        ("2026-03-14T00:15:00Z", datetime(2026, 3, 14, 0, 15, tzinfo=UTC)),
        ("2026-03-14T00:15:00.123Z", datetime(2026, 3, 14, 0, 15, 0, 123000, tzinfo=UTC)),
        ("2026-03-14", datetime(2026, 3, 14, tzinfo=UTC)),
        ("20260314T0815", datetime(2026, 3, 14, 8, 15, tzinfo=UTC)),
        ("Sat, 14 Mar 2026 08:15:00 +0800", datetime(2026, 3, 14, 8, 15, tzinfo=PLUS8)),
        ("2026/3/14", datetime(2026, 3, 14, tzinfo=UTC)),
        ("2026年3月14日 08:15", datetime(2026, 3, 14, 8, 15, tzinfo=UTC)),
    ],
)
def test_parse_datetime_keeps_the_page_offset(raw, expected):
    parsed = parse_datetime(raw)
    assert parsed == expected
    assert parsed is not None
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("raw", [None, "", "   ", "yesterday", "2026-13-45", "not a date at all"])
def test_parse_datetime_gives_none_for_junk(raw):
    assert parse_datetime(raw) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/2025/11/07/slug", "2025-11-07"),
        ("https://a.example/news/2025-11-07-slug", "2025-11-07"),
        ("https://a.example/c/20251107/12345.html", "2025-11-07"),
        ("https://a.example/2025/11/slug", None),
        ("https://a.example/2025/13/45/slug", None),
        ("https://a.example/item?date=2025/11/07", None),
        ("", None),
    ],
)
def test_date_from_url(url, expected):
    found = date_from_url(url)
    assert (found.strftime("%Y-%m-%d") if found else None) == expected


def test_plausible_rejects_future_and_ancient_dates():
    now = datetime(2026, 6, 1, tzinfo=UTC)
    assert plausible(datetime(2026, 5, 31, tzinfo=UTC), now=now)
    assert plausible(now + timedelta(hours=12), now=now)  # a page a time zone ahead
    assert not plausible(now + timedelta(days=3), now=now)
    assert not plausible(datetime(1970, 1, 1, tzinfo=UTC), now=now)
    assert not plausible(DEFAULT_FLOOR - timedelta(days=1), now=now)


# --- text-search dates of whole pages (nlp.extract) -----------------------------------------

_NOTES = (
    "The allotment society agreed to open two more plots near the railway cutting.",
    "Members asked for a water butt at each corner of the new plots before spring.",
    "The treasurer reported that seed orders had doubled compared with last season.",
    "A volunteer rota for the compost bays will be pinned to the shed door.",
)
_TEXT = "".join(f"<p>{s} {s.lower()} {s}</p>" for s in _NOTES)
_SEEN = datetime(2026, 6, 1, tzinfo=UTC)


def _extract(head: str, body: str):
    from nlp.extract import extract

    page = f"<html><head>{head}</head><body><h1>More plots by the cutting</h1>{body}</body></html>"
    return extract(page, "https://allotments.example/plots", first_seen=_SEEN)


def test_a_stated_modified_date_is_not_taken_for_the_publication_date():
    # only a modification date in the metadata; the byline states when the post went up
    head = '<meta property="article:modified_time" content="2026-05-20T09:00:00+00:00">'
    body = f"<p class='byline'>Posted on 14 March 2026</p>{_TEXT}"
    article = _extract(head, body)
    assert article.published == datetime(2026, 3, 14, tzinfo=UTC)
    assert article.published_source == "text"
    assert article.updated == datetime(2026, 5, 20, 9, 0, tzinfo=UTC)


def test_a_copyright_year_is_not_a_publication_date():
    article = _extract("", f"{_TEXT}<footer>© 2026 Allotment Society</footer>")
    assert article.published is None


def test_new_years_day_stays_when_the_page_states_it():
    body = f"<p class='byline'>Posted on January 1, 2026</p>{_TEXT}"
    article = _extract("", body)
    assert article.published == datetime(2026, 1, 1, tzinfo=UTC)


# --- dates in words: read in the page's language and English ---------------------------------

_POLISH = (
    "Zarząd ogrodu postanowił otworzyć dwie nowe działki przy nasypie kolejowym.",
    "Działkowicze poprosili o beczkę na deszczówkę w każdym rogu nowych działek.",
    "Skarbnik powiedział, że zamówień na nasiona jest dwa razy więcej niż rok temu.",
    "Grafik dyżurów przy kompostowniku zawiśnie na drzwiach szopy w przyszłym tygodniu.",
)
_POLISH_TEXT = "".join(f"<p>{s} {s} {s}</p>" for s in _POLISH)


def test_a_date_in_words_is_read_in_the_pages_language(monkeypatch):
    import nlp.extract as extract_module

    asked: list[tuple[str, ...] | None] = []
    real = extract_module._words_date_parser

    def spy(languages):
        asked.append(languages)
        return real(languages)

    monkeypatch.setattr(extract_module, "_words_date_parser", spy)
    # a Polish month name: htmldate's own patterns miss it, dateparser reads it
    page = (
        "<html lang='pl'><body><h1>Nowe działki</h1>"
        f"<p class='byline'>14 marca 2026</p>{_POLISH_TEXT}</body></html>"
    )
    article = extract_module.extract(page, "https://ogrody.example/dzialki", first_seen=_SEEN)
    assert article.published == datetime(2026, 3, 14, tzinfo=UTC)
    assert article.published_source == "text"
    # only Polish and English were tried, not dateparser's ~200 locales
    assert asked == [("pl", "en")]
    assert extract_module._DATE_LANGUAGES.get() is None  # reset after the page


def test_date_languages_of_a_page():
    from nlp.extract import _words_date_parser, date_languages

    assert date_languages("en-GB") == ("en",)
    assert date_languages("zh_Hans") == ("zh", "en")
    assert date_languages(None) is None
    # a code dateparser does not know falls back to English instead of failing the page
    assert _words_date_parser(("qq", "en")).get_date_data("14 March 2026")["date_obj"] is not None
