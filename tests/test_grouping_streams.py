"""Real news streams: headline-only and short reports, the name-only guard, imported text kept."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from nlp.archive import (
    ArchiveError,
    Record,
    articles_of,
    given_article,
    items_of,
    page_html,
    record_of,
)
from nlp.cluster import ClusterItem, Grouper, GroupingParams, development_id_for, story_id_for
from nlp.extract import ExtractionError, extract
from nlp.features import DecisionModel, load_model

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

# Two reports that share their names (the regulator, the company, the model, the province) and
# nothing else: one is a regulator's order, the other a research lab's funding.
REFILE = Record(
    id="cac-qwen",
    title="CAC orders Alibaba to refile Qwen",
    text=(
        "China's internet regulator, the CAC, has told Alibaba to submit a fresh registration "
        "for its Qwen chatbot after inspectors judged the earlier paperwork incomplete.\n"
        "Until the new filing is approved, Alibaba may not roll out further Qwen versions to "
        "the public, an official in Hangzhou, Zhejiang said on Monday."
    ),
    published=T0,
)
FUNDING = Record(
    id="zj-lab",
    title="Zhejiang Lab wins 2 billion yuan in funding",
    text=(
        "Zhejiang Lab will receive 2 billion yuan over five years from the provincial "
        "government in Hangzhou to expand its supercomputing campus.\n"
        "The institute, whose partners include Alibaba and whose researchers have tested Qwen "
        "and other open models, plans to hire 300 scientists; the CAC sent a delegate to the "
        "ceremony."
    ),
    published=T0 + timedelta(hours=1),
)


# -- the name-only guard ---------------------------------------------------------------------


def _guarded_model() -> DecisionModel:
    base = load_model("grouping-v5.json")
    return replace(base, text_guard=(6.0, 9.0, -7.5, -2.5))


def test_guard_needs_textual_agreement_whatever_the_names_say():
    model = _guarded_model()
    agree = {"emb_max": 0.8, "tfidf_max": 0.3}
    names_only = {"emb_max": 0.35, "tfidf_max": 0.05, "names_mean": 0.9, "names": 1.0}
    assert model.texts_agree(agree)
    assert not model.texts_agree(names_only)
    assert model.text_agreement(names_only) < model.text_guard[3]
    assert math.isinf(load_model("grouping-v5.json").text_agreement(names_only))  # no guard


def test_shipped_model_has_a_guard_and_a_short_branch():
    model = load_model(GroupingParams().model)
    assert model.text_guard is not None
    assert model.short is not None
    assert model.short.text_guard is not None
    assert model.short_words > 0
    short = {"min_words": 0.0, "emb_max": 0.9}
    full = {"min_words": float(model.short_words), "emb_max": 0.9}
    assert model.branch(short) is model.short
    assert model.branch(full) is model
    assert model.probability(short) == model.short.probability(short)


def test_model_json_keeps_the_guard_and_the_short_branch():
    model = load_model(GroupingParams().model)
    again = DecisionModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again == model


@pytest.mark.slow
def test_shared_names_alone_never_join_two_reports_whose_texts_disagree():
    """The case analysts met: shared names carried a join the texts did not support."""
    from nlp.embed import embed_articles, load_encoder
    from policywatch_core.settings import load_settings

    settings = load_settings()
    articles = articles_of([REFILE, FUNDING])
    vectors = embed_articles(articles, load_encoder(settings.embedding_model))
    empty: list[frozenset[str]] = [frozenset(), frozenset()]
    items = items_of(articles, vectors, empty, empty)

    unguarded = Grouper(GroupingParams(model="grouping-v5.json")).assign_all(items)
    guarded = Grouper(GroupingParams()).assign_all(items)

    # Without the guard the names carry the join (the defect); with it the texts decide.
    assert unguarded[1].development_id == unguarded[0].development_id
    assert guarded[1].development_id != guarded[0].development_id
    assert guarded[1].is_new
    assert guarded[1].score >= 0.5  # the model alone still says join ...
    assert guarded[1].features["text_guard"] == 1.0  # ... and the guard says no


# -- headline-only and short records ----------------------------------------------------------


def test_records_need_an_id_and_a_title_but_not_a_text():
    headline = record_of({"id": "h1", "title": "Regulator fines chipmaker"}, "line 1")
    assert headline.text == ""
    assert record_of({"id": "h2", "title": "T", "text": None}, "line 2").text == ""
    with pytest.raises(ArchiveError, match="line 3: missing title"):
        record_of({"id": "h3", "text": "A body without its headline."}, "line 3")


def test_an_imported_record_keeps_its_own_text():
    brief = Record(
        id="wire-1",
        title="Port strike ends after pay deal",
        text="Dock workers returned on Friday. The union accepted a 6% raise.",
        published=T0,
    )
    article = given_article(page_html(brief), "archive:wire/1", outlet_id="wire")
    assert article is not None
    assert (article.title, article.text, article.published) == (
        brief.title,
        brief.text,
        brief.published,
    )
    assert article.method == "archive-text"
    headline = Record(id="h", title="Minister <resigns> over </script> leak", text="")
    article = given_article(page_html(headline), "archive:wire/2", outlet_id="wire")
    assert article is not None
    assert (article.title, article.text) == (headline.title, "")
    # any other page is extraction's
    assert given_article("<html><body><p>x</p></body></html>", "u", outlet_id="o") is None


def test_headline_only_reports_are_not_one_text():
    a, b = articles_of(
        [
            Record(id="a", title="Ports reopen", text=""),
            Record(id="b", title="Bank cuts rates", text=""),
        ]
    )
    assert a.content_hash != b.content_hash


def test_a_crawled_two_sentence_brief_is_kept_with_its_title():
    html = (
        "<!DOCTYPE html><html><head><title>Port strike ends after pay deal | Wire</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        "<h1>Port strike ends after pay deal</h1>"
        "<p>Dock workers at the three northern terminals returned to work on Friday morning.</p>"
        "<p>Their union accepted a six percent raise and a shorter night shift, ending a strike "
        "of nine days.</p></article></main></body></html>"
    )
    article = extract(html, "https://wire.example/2026/03/port-strike-ends")
    assert article.title.startswith("Port strike ends after pay deal")
    assert "six percent raise" in article.text
    assert len(article.text.split()) < 40  # shorter than a full article's minimum


def test_a_caption_is_still_no_article():
    html = (
        "<!DOCTYPE html><html><head><title>Gallery: night ferries</title></head><body><main>"
        "<h1>Gallery: night ferries</h1><p>Ferries cross at dusk.</p><p>Next</p></main>"
        "</body></html>"
    )
    with pytest.raises(ExtractionError) as info:
        extract(html, "https://wire.example/galleries/night-ferries")
    assert info.value.reason == "no-article-text"


# -- stories ------------------------------------------------------------------------------------


def _story_items() -> list[ClusterItem]:
    """Two same-kind export-control events (one story) and an unrelated robot launch."""
    from tests.test_cluster import item

    return [
        item("g1", "gallium", 0, seed=1),
        item("c1", "chips", 1, seed=2),
        item("r1", "robot", 2, seed=3),
        item("g2", "gallium", 5, rewrite=True, seed=4),
        item("c2", "chips", 6, rewrite=True, seed=5),
    ]


def _with_topic(items: list[ClusterItem], share: float, dim: int = 16) -> list[ClusterItem]:
    """The items with their own directions, the two export-control events also sharing a topic
    direction with weight ``share`` (0: nothing in common)."""
    import numpy as np

    basis = np.linalg.qr(np.random.default_rng(7).normal(size=(dim, dim)))[0].T.astype(np.float32)
    event = {"g": basis[0], "c": basis[1], "r": basis[2]}
    out = []
    for n, i in enumerate(items):
        kind = i.article_id[0]
        v = event[kind] + (share * basis[3] if kind != "r" else 0) + 0.1 * basis[4 + n]
        out.append(replace(i, vector=(v / np.linalg.norm(v)).astype(np.float32)))
    return out


def test_developments_of_one_topic_share_a_story_and_others_do_not():
    from tests.test_cluster import grouper

    items = _with_topic(_story_items(), 1.5)
    g = grouper()
    result = {a.article_id: a.development_id for a in g.assign_all(items)}
    story = {aid: g.developments[dev].story_id for aid, dev in result.items()}
    assert len({result["g1"], result["c1"], result["r1"]}) == 3  # three developments
    assert story["g1"] == story["c1"] == story["g2"] == story["c2"]  # one export-control story
    assert story["r1"] != story["g1"]
    assert story["g1"] == story_id_for(result["g1"])  # the first development opened it

    apart = grouper()
    found = {
        a.article_id: a.development_id for a in apart.assign_all(_with_topic(_story_items(), 0.0))
    }
    assert apart.developments[found["g1"]].story_id != apart.developments[found["c1"]].story_id


def test_stories_are_stored_and_later_batches_join_them(warehouse_path):
    """A development opened in a later batch joins the stored story (the warehouse keeps it)."""
    from policywatch.reading import fetch_development
    from policywatch_core.models import Article
    from tests.grouping_support import store_for_grouping
    from warehouse import grouping
    from warehouse.db import connect

    items = _with_topic(_story_items(), 1.5, dim=384)
    by_id = {i.article_id: i for i in items}

    def stored(con, ids):
        arts = []
        for aid in ids:
            i = by_id[aid]
            arts.append(
                Article(
                    url=f"https://o.example/{aid}",
                    outlet_id=i.outlet_id,
                    title=i.title,
                    text=i.text,
                    published=i.published,
                    first_seen=i.published,
                )
            )
        rows = [
            replace(by_id[aid], article_id=a.article_id) for aid, a in zip(ids, arts, strict=True)
        ]
        return store_for_grouping(con, arts, rows)

    def run(con, batch):
        grouper = grouping.load_grouper(con, GroupingParams(), T0 - timedelta(days=30))
        assignments = grouper.assign_all(batch)
        grouping.save_assignments(con, grouper, assignments)
        return [a.development_id for a in assignments]

    with connect(warehouse_path) as con:
        g_dev, r_dev = run(con, stored(con, ["g1", "r1"]))
        (c_dev,) = run(con, stored(con, ["c1"]))
        stories = dict(con.execute("SELECT development_id, story_id FROM developments").fetchall())
        in_view = dict(con.execute("SELECT development_id, story_id FROM timeline").fetchall())
        shown = fetch_development(con, g_dev)
    assert len({g_dev, r_dev, c_dev}) == 3
    assert stories[c_dev] == stories[g_dev] == story_id_for(g_dev)
    assert stories[r_dev] == story_id_for(r_dev)
    assert in_view == stories
    assert shown["story_id"] == stories[g_dev]
    assert [d["development_id"] for d in shown["story"]] == [c_dev]


# -- arrival order: the end-of-batch review ------------------------------------------------------


def _bridge_items() -> list[ClusterItem]:
    """A report that reads like both events arrives first; then the two events, interleaved.

    Reports of event A lie near direction a, of event B near b (cosine 0.6: apart for the
    model below); the first report lies between them and is close to both.
    """
    import numpy as np

    basis = np.linalg.qr(np.random.default_rng(3).normal(size=(16, 16)))[0].T
    a = basis[0]
    b = 0.6 * basis[0] + 0.8 * basis[1]

    def unit(v):
        return (v / np.linalg.norm(v)).astype(np.float32)

    out = [("x", unit(a + b))]
    for n in range(3):
        out.append((f"a{n}", unit(a + 0.05 * basis[2 + n])))
        out.append((f"b{n}", unit(b + 0.05 * basis[6 + n])))
    return [
        ClusterItem(
            article_id=aid,
            title=f"report {aid}",
            published=T0 + timedelta(minutes=k),
            outlet_id="o",
            vector=v,
            text=f"report {aid}",
        )
        for k, (aid, v) in enumerate(out)
    ]


def _embedding_model() -> DecisionModel:
    """A model that joins on the best embedding cosine alone (0.7 is even odds)."""
    return DecisionModel("emb", ("emb_max",), (0.7,), (0.05,), (1.0,), 0.0, {})


def test_two_events_grown_together_in_one_batch_are_separated_at_its_end():
    items = _bridge_items()
    greedy = Grouper(GroupingParams(review=False), model=_embedding_model(), dim=16)
    first = {a.article_id: a.development_id for a in greedy.assign_all(items)}
    assert len(set(first.values())) == 1  # one report at a time: everything in one development

    reviewed = Grouper(GroupingParams(), model=_embedding_model(), dim=16)
    result = {a.article_id: a for a in reviewed.assign_all(items)}
    a_dev = {result[k].development_id for k in ("x", "a0", "a1", "a2")}
    b_dev = {result[k].development_id for k in ("b0", "b1", "b2")}
    assert len(a_dev) == len(b_dev) == 1
    assert a_dev != b_dev
    assert result["b0"].is_new
    assert result["b0"].features["split"] == 1.0
    assert not result["b1"].is_new
    (b_id,) = b_dev
    assert b_id == development_id_for("b0")
    assert reviewed.developments[b_id].member_ids == ["b0", "b1", "b2"]
    assert reviewed.member_of["b2"] == b_id
    # the grouper goes on from the separated state, as a grouper loaded from the stored one
    later = replace(items[1], article_id="a3", published=T0 + timedelta(hours=1))
    (joined,) = reviewed.assign_all([later])
    assert joined.development_id == result["a0"].development_id


def test_the_review_never_moves_a_stored_report():
    items = _bridge_items()
    grouper = Grouper(GroupingParams(), model=_embedding_model(), dim=16)
    grouper.assign_all(items[:3])  # x, a0, b0: decided and stored by an earlier batch
    later = {a.article_id: a.development_id for a in grouper.assign_all(items[3:])}
    dev = grouper.member_of["x"]
    assert grouper.member_of["b0"] == grouper.member_of["a0"] == dev
    # b0 is final, so the B part cannot leave without it: the development stays whole
    assert set(later.values()) == {dev}


@pytest.mark.slow
def test_import_stores_short_and_headline_only_records_with_their_own_text(tmp_path, data_dir):
    """Every record is stored, with the text it gave (no re-extraction, no minimum length)."""
    from typer.testing import CliRunner

    from policywatch.cli.app import _load_commands, app
    from warehouse.db import connect

    records = [
        {
            "id": "brief-1",
            "title": "Port strike ends after pay deal",
            "text": "Dock workers returned on Friday. The union accepted a 6% raise.",
            "published": "2026-03-02T08:00:00+00:00",
        },
        {
            "id": "alert-1",
            "title": "Regulator fines chipmaker over export filings",
            "published": "2026-03-02T08:05:00+00:00",
        },
        {
            "id": "alert-2",
            "title": "Chipmaker fined by regulator for export paperwork",
            "text": "",
            "published": "2026-03-02T08:10:00+00:00",
        },
    ]
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    _load_commands()
    result = CliRunner().invoke(app, ["--data-dir", str(data_dir), "import", str(archive)])
    assert result.exit_code == 0, result.output
    with connect(data_dir / "policywatch.duckdb", read_only=True) as con:
        stored = dict(con.execute("SELECT title, text FROM articles").fetchall())
        problems = con.execute("SELECT reason FROM problems").fetchall()
        stories = con.execute("SELECT count(*) FROM developments WHERE story_id IS NULL").fetchone()
    assert problems == []
    assert stored == {r["title"]: r.get("text", "") for r in records}
    assert stories == (0,)


def _late_evidence_items() -> list[ClusterItem]:
    """A report arrives before its event's development holds anything close to it.

    ``r`` is too far from ``a0`` for the model below (cosine 0.64) and opens a development of
    its own; ``a1``, close to both (0.91 to ``a0``, 0.90 to ``r``), joins ``a0``. Only then does
    the event's development hold a report that ``r`` would join.
    """
    import numpy as np

    basis = np.linalg.qr(np.random.default_rng(5).normal(size=(16, 16)))[0].T

    def unit(v):
        return (v / np.linalg.norm(v)).astype(np.float32)

    vectors = [
        ("r", unit(basis[0] + 1.2 * basis[1])),
        ("a0", unit(basis[0])),
        ("a1", unit(basis[0] + 0.45 * basis[1])),
    ]
    return [
        ClusterItem(
            article_id=aid,
            title=f"report {aid}",
            published=T0 + timedelta(minutes=k),
            outlet_id="o",
            vector=v,
            text=f"report {aid}",
        )
        for k, (aid, v) in enumerate(vectors)
    ]


def test_a_report_decided_before_its_evidence_joins_its_event_at_the_end_of_the_batch():
    items = _late_evidence_items()
    first = Grouper(GroupingParams(review_merge=False), model=_embedding_model(), dim=16)
    greedy = {a.article_id: a.development_id for a in first.assign_all(items)}
    assert greedy["a0"] == greedy["a1"] != greedy["r"]

    grouper = Grouper(GroupingParams(), model=_embedding_model(), dim=16)
    result = {a.article_id: a for a in grouper.assign_all(items)}
    assert len({a.development_id for a in result.values()}) == 1
    # the development opened first absorbs the later one: its id and first report stay
    dev_id = development_id_for("r")
    assert result["r"].development_id == dev_id
    assert result["r"].is_new
    assert result["a0"].features["merged"] == 1.0
    assert not result["a0"].is_new
    assert grouper.developments[dev_id].member_ids == ["r", "a0", "a1"]
    assert development_id_for("a0") not in grouper.developments
    # the grouper goes on from the merged state: a later report of the event finds it
    (later,) = grouper.assign_all(
        [replace(items[2], article_id="a2", published=T0 + timedelta(hours=1))]
    )
    assert later.development_id == dev_id


def test_the_merge_moves_only_reports_of_the_batch():
    items = _late_evidence_items()
    grouper = Grouper(GroupingParams(), model=_embedding_model(), dim=16)
    (r,) = grouper.assign_all(items[:1])  # stored by an earlier batch
    later = {a.article_id: a for a in grouper.assign_all(items[1:])}
    # the batch's development moves into the stored one, never the other way round
    assert {a.development_id for a in later.values()} == {r.development_id}
    assert grouper.developments[r.development_id].member_ids == ["r", "a0", "a1"]


def test_the_merge_respects_the_join_threshold():
    items = _late_evidence_items()
    strict = Grouper(GroupingParams(threshold=0.99), model=_embedding_model(), dim=16)
    result = {a.article_id: a.development_id for a in strict.assign_all(items)}
    assert len(set(result.values())) == 3


def test_the_merge_keeps_the_name_only_guard():
    items = _late_evidence_items()
    # texts agree only at an embedding cosine of 0.905: a1 joins a0 (0.91), r's 0.90 falls short
    model = replace(_embedding_model(), text_guard=(1.0, 0.0, 0.0, 0.905))
    grouper = Grouper(GroupingParams(), model=model, dim=16)
    result = {a.article_id: a for a in grouper.assign_all(items)}
    assert result["a1"].development_id == result["a0"].development_id
    assert result["r"].development_id != result["a0"].development_id
    assert "merged" not in result["a0"].features


def test_the_split_finds_two_events_past_a_stray_report():
    """A stray report (linked weakly with everything) must not be taken for the second event."""
    import numpy as np

    a, b, stray = [0, 1, 2], [3, 4, 5, 6], 7
    sim = np.full((8, 8), 0.3)  # the two events: apart (under the threshold), but not far
    for group in (a, b):
        sim[np.ix_(group, group)] = 0.9
    sim[stray, :] = sim[:, stray] = 0.1
    sim[stray, a] = sim[a, stray] = 0.2  # closer to event a than to b
    np.fill_diagonal(sim, 1.0)
    grouper = Grouper(GroupingParams(), model=_embedding_model(), dim=16)
    parts = grouper._two_parts(sim, 0.5)
    assert parts is not None
    assert sorted(map(sorted, parts)) == [[0, 1, 2, 7], [3, 4, 5, 6]]
    # one event and stray reports: no second event of three reports, no split
    assert grouper._two_parts(sim[np.ix_([*b, stray], [*b, stray])], 0.5) is None
