"""Synthetic corpora for the end-to-end and scale benchmarks (not a benchmark itself).

- :func:`news_page`: a realistic news page (site chrome, cookie banner, related links, comments,
  JSON-LD and meta dates) around an article made of policy-news sentences written for this file.
  Pages are unique (numbers, names, dates vary), so the pipeline's de-duplication keeps them all.
- :func:`build_warehouse`: a warehouse of N stored, processed articles generated in SQL inside
  DuckDB (articles, pages, embeddings, mentions, signals, developments, memberships), in seconds
  per 100,000 rows instead of hours through the pipeline. Articles arrive at ``per_day`` a day up
  to the day before ``end``; developments group 1-6 consecutive reports with nearby vectors.
- :func:`batch_items`: a daily batch of new articles as the grouping stage receives them, a
  share of them continuing developments still open in the warehouse.

Everything is seeded: the same arguments give the same corpus.
"""

from __future__ import annotations

import gzip
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

BENCH_OUT = Path(__file__).resolve().parent / "out"
DIM = 384

# -- pages ----------------------------------------------------------------------------------------

_ACTORS = [
    "the Cyberspace Administration of China",
    "the Ministry of Science and Technology",
    "the European Commission",
    "the AI Office in Brussels",
    "the US Commerce Department",
    "the Dutch trade ministry",
    "Japan's economy ministry",
    "South Korea's privacy regulator",
    "Taiwan's National Development Council",
    "the UK's competition authority",
]
_COMPANIES = [
    "Alibaba",
    "DeepSeek",
    "Tencent",
    "Baidu",
    "Moonshot AI",
    "Zhipu",
    "ByteDance",
    "Huawei",
    "SMIC",
    "OpenAI",
    "Mistral",
    "Samsung",
    "TSMC",
    "ASML",
]
_TOPICS = [
    "labelling of AI-generated content",
    "export licences for advanced accelerators",
    "security reviews of large language models",
    "cross-border transfers of personal data",
    "subsidies for domestic chip design",
    "registration of recommendation algorithms",
    "disclosure of training data sources",
    "access for researchers to platform data",
    "servicing of lithography equipment",
    "safety testing of frontier models",
]
_SENTENCES = [
    "{actor} published rules on {topic} on {day}, giving companies {n} days to comply.",
    "The measures name {company} among the firms that will have to file reports by {month}.",
    "Officials said the change would affect about {n} products already on the market.",
    "{company} said in a statement that it was studying the text and would cooperate.",
    "Analysts at a {city} brokerage estimated the cost at {n} million yuan a year.",
    "The draft had drawn {n} comments during a consultation that closed in {month}.",
    "A spokesperson for {actor} declined to say how the rules would be enforced.",
    "Lawyers in {city} said the wording on {topic} left room for interpretation.",
    "{company} shares fell {n} per cent in {city} trading after the announcement.",
    "The rules follow a pilot programme on {topic} that ran in {n} provinces.",
    "Industry groups asked for a longer transition period before fines apply.",
    "Penalties reach {n} million yuan for repeated breaches, according to the text.",
    "{company} and {company2} were both cited in an annex listing covered services.",
    "Critics said the approach to {topic} would favour large incumbents.",
    "The announcement came a week after {actor} met executives of {company}.",
]
_CITIES = ["Beijing", "Shanghai", "Shenzhen", "Hong Kong", "Brussels", "Seoul", "Tokyo", "Taipei"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "{iso}", "author": {{"@type": "Person",
"name": "{author}"}}}}</script>
<style>body{{font-family:serif}} .nav a{{margin:4px}}</style>
</head><body>
<div class="cookie-banner">This site uses cookies to improve your experience.
<button>Accept</button></div>
<header><nav class="nav"><a href="/">Home</a><a href="/policy">Policy</a><a href="/chips">Chips</a>
<a href="/ai">AI</a><a href="/markets">Markets</a><a href="/about">About</a></nav>
<div class="ticker">Loading market data...</div></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By {author} &middot; <time datetime="{iso}">{human}</time></p>
<div class="share"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a>
<a href="#">Copy link</a></div>
{paragraphs}
</article>
<aside class="related"><h2>Related articles</h2><ul>{related}</ul></aside>
<section class="comments"><h2>Comments ({n_comments})</h2>{comments}</section>
</main>
<footer><p>Sign up for our morning digest: the day's policy news in your inbox.</p>
<p>&copy; 2026 {site}. All rights reserved.</p></footer>
</body></html>
"""


@dataclass(frozen=True, slots=True)
class SyntheticPage:
    url: str
    outlet_id: str
    html: str
    title: str
    published: datetime


def _sentence(rng: random.Random) -> str:
    template = rng.choice(_SENTENCES)
    companies = rng.sample(_COMPANIES, 2)
    return template.format(
        actor=rng.choice(_ACTORS),
        topic=rng.choice(_TOPICS),
        company=companies[0],
        company2=companies[1],
        city=rng.choice(_CITIES),
        month=rng.choice(_MONTHS),
        day=f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}",
        n=rng.randint(2, 900),
    )


def news_page(i: int, *, seed: int = 0, paragraphs: int = 9) -> SyntheticPage:
    """The ``i``-th synthetic news page (about 6-9 KB of HTML, ~400 words of article text)."""
    rng = random.Random(seed * 1_000_003 + i)
    outlet = f"outlet-{i % 7}"
    published = datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=17 * i)
    title = (
        f"{rng.choice(_ACTORS)[0].upper()}{rng.choice(_ACTORS)[1:]} sets rules on "
        f"{rng.choice(_TOPICS)} for {rng.choice(_COMPANIES)} and {rng.randint(3, 90)} others"
    )
    body = "\n".join(
        "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) + "</p>"
        for _ in range(paragraphs)
    )
    url = f"https://{outlet}.example/2026/11/story-{seed}-{i}.html"
    related = "".join(
        f'<li><a href="/2026/10/r{rng.randint(1, 9999)}.html">{_sentence(rng)[:60]}</a></li>'
        for _ in range(5)
    )
    comments = "".join(
        f'<div class="comment"><b>reader{rng.randint(1, 999)}</b>: {_sentence(rng)}</div>'
        for _ in range(3)
    )
    html = _PAGE.format(
        title=title,
        site=outlet.replace("-", " ").title(),
        iso=published.isoformat(),
        human=published.strftime("%d %B %Y"),
        url=url,
        author=f"{rng.choice(['Li', 'Chen', 'Park', 'Novak', 'Meyer'])} {rng.choice('ABCDEFG')}.",
        paragraphs=body,
        related=related,
        n_comments=3,
        comments=comments,
    )
    return SyntheticPage(url=url, outlet_id=outlet, html=html, title=title, published=published)


# -- warehouses -----------------------------------------------------------------------------------


def vocabulary(size: int = 3000, seed: int = 7) -> list[str]:
    """Pronounceable made-up words: the synthetic corpus's terms."""
    rng = random.Random(seed)
    onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "ch"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
    words: set[str] = set()
    while len(words) < size:
        words.add(
            "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))
        )
    return sorted(words)


#: Reports per development: consecutive article numbers share a development (sizes 1-6).
_DEV_OF = "(i // 3)"

_BUILD_SQL = """
CREATE OR REPLACE TEMP TABLE synth AS
SELECT
    i,
    md5('article-' || i) AS article_id,
    md5('page-' || i) AS page_id,
    md5('dev-' || {dev}) AS development_id,
    {dev} AS dev,
    'outlet-' || (hash(i) % $outlets) AS outlet_id,
    $end::TIMESTAMPTZ - to_seconds(86400.0 * ($n - i) / $per_day) AS published,
    list_transform(range(8), k -> $words[1 + (hash({dev} * 31 + k) % $nwords)::INTEGER]) AS topic
FROM range($start, $stop) t(i);

INSERT INTO pages BY NAME
SELECT page_id, 'https://' || outlet_id || '.example/a/' || i || '.html' AS url,
       'https://' || outlet_id || '.example/a/' || i || '.html' AS final_url, outlet_id,
       'synthetic' AS run_id, published AS fetched_at, 200 AS status,
       'text/html' AS content_type, $html AS html_gz, published AS processed_at
FROM synth;

INSERT INTO articles BY NAME
SELECT article_id, page_id, 'https://' || outlet_id || '.example/a/' || i || '.html' AS url,
       'https://' || outlet_id || '.example/a/' || i || '.html' AS canonical_url, outlet_id,
       array_to_string(topic[1:6], ' ') || ' ' || $words[1 + (hash(i) % $nwords)::INTEGER]
           AS title,
       published, 'meta' AS published_source, published AS first_seen, 'en' AS language,
       array_to_string(topic, ' ') || '.' AS lead,
       array_to_string(list_concat(topic, list_transform(range(70),
           k -> $words[1 + (hash(i * 131 + k) % $nwords)::INTEGER])), ' ') || '.' AS text,
       'synthetic' AS method, md5('content-' || i) AS content_hash, 'synthetic' AS run_id
FROM synth;

INSERT INTO embeddings
SELECT article_id, 'synthetic', list_transform(v, x -> (x / norm)::FLOAT)
FROM (
    SELECT article_id, v, sqrt(list_dot_product(v, v)) AS norm
    FROM (
        SELECT article_id,
               list_transform(range($dim), j -> (((hash(dev * $dim + j) % 2001) / 1000.0 - 1.0)
                   + 0.35 * ((hash(i * $dim + j) % 2001) / 1000.0 - 1.0))) AS v
        FROM synth
    )
);

INSERT INTO mentions
SELECT article_id, 10 * k, 10 * k + 6, 'Entity' || e, 'ORG', 'entity-' || e, 'Entity ' || e
FROM (SELECT article_id, k, (hash(dev * 7 + k) % 200) AS e FROM synth, range(3) r(k));

INSERT INTO article_signals (article_id, kind, sentence, start_char, end_char)
SELECT article_id, 'rule', 'A synthetic sentence.', 0, 20 FROM synth WHERE i % 10 = 0;

INSERT INTO development_members BY NAME
SELECT article_id, development_id, published AS joined_at, 0.9 AS score FROM synth;
"""

_DEVELOPMENTS_SQL = """
INSERT INTO developments BY NAME
SELECT development_id, arg_min(a.title, a.published) AS headline,
       arg_min(a.article_id, a.published) AS first_article_id,
       min(a.published) AS first_published, max(a.published) AS last_published,
       min(a.published) AS first_seen, max(a.published) AS last_update
FROM development_members m JOIN articles a USING (article_id)
GROUP BY development_id;
"""


@dataclass(frozen=True, slots=True)
class WarehouseSpec:
    articles: int
    per_day: int = 5000
    end: datetime = datetime(2026, 11, 1, tzinfo=UTC)
    outlets: int = 60
    seed: int = 1

    @property
    def filename(self) -> str:
        return f"synthetic-{self.articles}-{self.per_day}-v2.duckdb"


def build_warehouse(path: Path, spec: WarehouseSpec, *, chunk: int = 250_000) -> Path:
    """Write a migrated warehouse holding ``spec.articles`` processed articles (SQL, in chunks)."""
    from warehouse.db import connect
    from warehouse.search import update_search

    words = vocabulary()
    html = gzip.compress(news_page(0).html.encode("utf-8"))
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(str(tmp) + ".wal")):
        leftover.unlink(missing_ok=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    with connect(tmp) as con:
        con.execute("SET enable_progress_bar = false")
        for start in range(0, spec.articles, chunk):
            params = {
                "start": start,
                "stop": min(spec.articles, start + chunk),
                "n": spec.articles,
                "per_day": spec.per_day,
                "end": spec.end,
                "outlets": spec.outlets,
                "words": words,
                "nwords": len(words),
                "html": html,
                "dim": DIM,
            }
            con.execute("BEGIN TRANSACTION")
            for statement in _BUILD_SQL.format(dev=_DEV_OF).split(";\n"):
                if statement.strip():
                    used = {k: v for k, v in params.items() if re.search(rf"\${k}\b", statement)}
                    con.execute(statement, used)
            con.execute("COMMIT")
        con.execute(_DEVELOPMENTS_SQL)
        # The search structures a running deployment keeps in its warehouse (v2 of the cache):
        # each snapshot then updates them with the day's articles instead of building them.
        update_search(con)
        con.execute("CHECKPOINT")
    tmp.replace(path)
    return path


def cached_warehouse(spec: WarehouseSpec, cache: Path | None = None) -> tuple[Path, bool]:
    """The warehouse for ``spec`` from the cache folder, built if missing; (path, was_built)."""
    cache = cache or BENCH_OUT / "scale-cache"
    path = cache / spec.filename
    if path.exists():
        return path, False
    return build_warehouse(path, spec), True


@dataclass(frozen=True, slots=True)
class BatchArticle:
    article_id: str
    title: str
    lead: str
    text: str
    outlet_id: str
    published: datetime
    vector: np.ndarray
    entity_ids: frozenset[str]


def batch_items(
    spec: WarehouseSpec, size: int = 5000, *, continuing: float = 0.3, seed: int = 11
) -> list[BatchArticle]:
    """A day's new articles after ``spec.end``; ``continuing`` of them follow open developments.

    Continuations take the topic words and vector centre of a development of the last days (the
    same hash formulas as the SQL), so grouping sees real candidates, not only noise.
    """
    import duckdb

    words = vocabulary()
    rng = np.random.default_rng(seed)
    last_dev = max(0, (spec.articles - 1) // 3)
    recent_devs = max(1, min(last_dev, spec.per_day * 3 // 3))
    new_dev_base = last_dev + 1 + 10_000_000
    devs = [
        int(last_dev - rng.integers(0, recent_devs))
        if rng.random() < continuing
        else new_dev_base + k // 2
        for k in range(size)
    ]
    with duckdb.connect() as con:
        rows = con.execute(
            """
            SELECT k, dev,
                list_transform(range(8), j -> $words[1 + (hash(dev * 31 + j) % $nwords)::INTEGER]),
                list_transform(range(70),
                    j -> $words[1 + (hash((k + 5000000000) * 131 + j) % $nwords)::INTEGER]),
                list_transform(range($dim), j -> (((hash(dev * $dim + j) % 2001) / 1000.0 - 1.0)
                    + 0.35 * ((hash((k + 5000000000) * $dim + j) % 2001) / 1000.0 - 1.0))::FLOAT)
            FROM (SELECT unnest(range(len($devs))) AS k, unnest($devs)::BIGINT AS dev)
            ORDER BY k
            """,
            {"words": words, "nwords": len(words), "devs": devs, "dim": DIM},
        ).fetchall()
    out = []
    for k, dev, topic, extra, vec in rows:
        vector = np.asarray(vec, dtype=np.float32)
        vector /= np.linalg.norm(vector) or 1.0
        out.append(
            BatchArticle(
                article_id=f"batch-{seed}-{k:07d}",
                title=" ".join(topic[:6]) + " " + words[k % len(words)],
                lead=" ".join(topic) + ".",
                text=" ".join(topic + extra) + ".",
                outlet_id=f"outlet-{k % spec.outlets}",
                published=spec.end + timedelta(seconds=int(k * 86400 / size)),
                vector=vector,
                entity_ids=frozenset(f"entity-{(dev * 7 + j) % 200}" for j in range(2)),
            )
        )
    return out
