"""What an article is about and what it reports: the pure functions of nlp.about, the tagger's
output, the warehouse rows and views, the timeline filter and alert matching on main subjects."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from nlp.about import (
    AboutCuesError,
    Cues,
    Role,
    Sentence,
    analyse,
    load_cues,
    mark_reported,
    salience,
    sourcing,
    split_sentences,
    stage,
)
from nlp.about_eval import FIXTURES, evaluate, load_cases
from policywatch_core.config import load_watchlist
from policywatch_core.models import (
    Article,
    EntitySalience,
    Finding,
    Mention,
    Signal,
    TaggedArticle,
)

CONFIG = Path(__file__).resolve().parent.parent / "config"


@pytest.fixture(scope="module")
def entities():
    return {e.id: e for e in load_watchlist(CONFIG).items}


@pytest.fixture(scope="module")
def tagger():
    from nlp.entities import load_tagger

    return load_tagger(load_watchlist(CONFIG).items)


def sentences_of(text: str) -> list[Sentence]:
    """Sentences split at full stops and the blank line (the tagger uses spaCy's)."""
    spans = []
    start = 0
    for i, ch in enumerate(text):
        if ch in ".。" or text[i : i + 2] == "\n\n":
            spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return split_sentences(text, spans)


def mention(text: str, name: str, entity_id: str, nth: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return Mention(at, at + len(name), name, "ORG", entity_id, name)


# -- cues -------------------------------------------------------------------------------------


def test_cues_match_whole_words_gaps_and_chinese():
    cues = Cues.of(["ban", "according to * notice", "据 * 报道"])
    assert cues.search("a bank loan") is None
    assert cues.search("The ban starts") is not None
    assert cues.search("according to a ministry notice") is not None
    assert cues.search("according to the long and winding road") is None
    assert cues.search("据彭博社周一报道，") is not None


def test_bad_cue_file_is_a_clear_error(tmp_path):
    path = tmp_path / "about.toml"
    path.write_text("[sourcing]\ndenial = 'not a list'\n", encoding="utf-8")
    with pytest.raises(AboutCuesError, match=r"sourcing\.denial must be a list"):
        load_cues(path)
    with pytest.raises(AboutCuesError, match="file not found"):
        load_cues(tmp_path / "missing.toml")


def test_sentences_are_labelled_title_lead_body():
    text = "A title\n\nOne. Two. Three. Four."
    parts = [s.part for s in sentences_of(text)]
    assert parts == ["title", "lead", "lead", "body", "body"]


# -- salience ---------------------------------------------------------------------------------


def test_competitors_in_a_list_are_not_main(entities, cues):
    text = (
        "Tencent unveils model it says beats DeepSeek\n\n"
        "Tencent released a model on Tuesday. It outperformed rivals including DeepSeek and "
        "Alibaba. Tencent said the model was cheap."
    )
    mentions = [
        mention(text, "Tencent", "tencent"),
        mention(text, "DeepSeek", "deepseek"),
        mention(text, "Tencent", "tencent", 1),
        mention(text, "DeepSeek", "deepseek", 1),
        mention(text, "Alibaba", "alibaba"),
        mention(text, "Tencent", "tencent", 2),
    ]
    found = analyse(text, [(s.start, s.end) for s in sentences_of(text)], mentions, [], entities)
    by_id = {a.entity_id: a for a in found.about}
    assert by_id["tencent"].main
    assert not by_id["deepseek"].main
    assert not by_id["alibaba"].main
    assert by_id["tencent"].salience > by_id["deepseek"].salience > 0
    assert all(0 <= a.salience <= 1 for a in found.about)


def test_place_only_country_is_not_main(entities, cues):
    text = "Alibaba opens office in Japan\n\nAlibaba said it had opened an office in Japan."
    mentions = [
        mention(text, "Alibaba", "alibaba"),
        mention(text, "Japan", "japan"),
        mention(text, "Alibaba", "alibaba", 1),
        mention(text, "Japan", "japan", 1),
    ]
    about = analyse(
        text, [(s.start, s.end) for s in sentences_of(text)], mentions, [], entities
    ).about
    assert {a.entity_id for a in about if a.main} == {"alibaba"}


def test_a_parent_takes_its_unit_score(entities):
    text = "Alibaba Cloud cuts prices\n\nAlibaba Cloud, a unit of Alibaba, cut prices."
    mentions = [
        mention(text, "Alibaba Cloud", "alibaba-cloud"),
        mention(text, "Alibaba Cloud", "alibaba-cloud", 1),
        Mention(text.rindex("Alibaba"), len(text) - 12, "Alibaba", "ORG", "alibaba", "Alibaba"),
    ]
    sentences = sentences_of(text)
    roles: dict[tuple[int, int], Role] = {
        (mentions[0].start, mentions[0].end): "subject",
        (mentions[1].start, mentions[1].end): "subject",
        (mentions[2].start, mentions[2].end): "other",
    }
    about = {a.entity_id: a for a in salience(sentences, mentions, roles, entities)}
    assert about["alibaba-cloud"].main
    assert about["alibaba"].main
    assert about["alibaba"].salience == about["alibaba-cloud"].salience


# -- reported ---------------------------------------------------------------------------------


def _signal(text: str, kind: str, trigger: str) -> Signal:
    sentence = next(s for s in sentences_of(text) if trigger in s.text)
    return Signal(kind, sentence.text, sentence.start, sentence.end, trigger)


def test_background_signals_are_not_reported(cues):
    text = (
        "Moonshot AI raises $1 billion amid US export controls\n\n"
        "Moonshot AI raised money on Monday. Chips are scarce. The company plans to hire."
    )
    signals = [_signal(text, "export-control", "export controls")]
    marked = mark_reported(signals, sentences_of(text), [], [], [], cues)
    assert [s.reported for s in marked] == [False]


def test_body_signal_reported_only_when_it_continues_the_news(cues):
    text = (
        "Regulator fines Alibaba\n\n"
        "The regulator fined Alibaba on Friday. It was the largest fine. Staff were calm. "
        "The rules require approval for transfers."
    )
    news = [
        _signal(text, "enforcement-fine", "fines"),
        _signal(text, "approval-requirement", "approval"),
    ]
    assert [s.reported for s in mark_reported(news, sentences_of(text), [], [], [], cues)] == [
        True,
        True,
    ]
    plain = (
        "Robotaxi firm starts service\n\n"
        "The firm started a service on Monday. The city offers government funding for projects."
    )
    context = [_signal(plain, "subsidy-funding", "government funding")]
    assert [s.reported for s in mark_reported(context, sentences_of(plain), [], [], [], cues)] == [
        False
    ]


def test_a_rule_that_only_takes_effect_details_the_reported_kind(cues):
    text = (
        "US adds chip designers to entity list\n\n"
        "The department added twelve firms to the entity list. The rule takes effect immediately."
    )
    signals = [
        _signal(text, "export-control", "entity list"),
        _signal(text, "law-regulation", "rule takes effect"),
    ]
    sentences = sentences_of(text)
    marked = mark_reported(signals, sentences, [], [], [], cues)
    assert [s.reported for s in marked] == [True, False]
    # the detail still gives the stage of the export rule
    found = analyse(text, [(s.start, s.end) for s in sentences], [], signals, {}, cues=cues)
    assert found.stage.value == "in-force"
    # a rule named in full that takes effect is a law of its own, and alone it stays one
    named = "Rules on labelling AI content take effect\n\nPlatforms must now label content."
    law = [_signal(named, "law-regulation", "Rules on labelling AI content take effect")]
    assert [s.reported for s in mark_reported(law, sentences_of(named), [], [], [], cues)] == [True]
    alone = "Rule takes effect\n\nThe rule takes effect today."
    bare = [_signal(alone, "law-regulation", "rule takes effect")]
    assert [s.reported for s in mark_reported(bare, sentences_of(alone), [], [], [], cues)] == [
        True
    ]


def test_legislative_approval_and_punished_conduct_are_not_reported(cues):
    text = (
        "EU proposes delay to AI rules\n\n"
        "The Commission proposed a delay that needs approval from the European Parliament."
    )
    signals = [_signal(text, "approval-requirement", "needs approval")]
    assert [s.reported for s in mark_reported(signals, sentences_of(text), [], [], [], cues)] == [
        False
    ]
    fine = "Commission fines Apple for blocking app links\n\nThe Commission fined Apple."
    found = [
        _signal(fine, "enforcement-fine", "fines Apple"),
        _signal(fine, "restriction", "blocking app"),
    ]
    assert [s.reported for s in mark_reported(found, sentences_of(fine), [], [], [], cues)] == [
        True,
        False,
    ]
    # an action by blocking is still the action
    acts = "Ministry acts\n\nThe ministry acted by blocking the app."
    block = [_signal(acts, "restriction", "blocking the app")]
    assert [s.reported for s in mark_reported(block, sentences_of(acts), [], [], [], cues)] == [
        True
    ]


def test_official_speaker_with_and_in_its_name(entities, cues):
    text = (
        "China to pay for computing\n\n"
        "The Ministry of Industry and Information Technology (MIIT) said on Thursday it would pay."
    )
    miit = mention(text, "Ministry of Industry and Information Technology", "miit")
    assert sourcing(sentences_of(text), [miit], entities, cues).value == "official"
    # a company described by its city speaks for itself
    other = "Zhipu signs deal\n\nZhipu signed a deal, the Beijing company said."
    beijing = mention(other, "Beijing", "china")
    assert sourcing(sentences_of(other), [beijing], entities, cues).value == "on-record"


def test_a_denied_plan_is_the_reported_policy_and_its_stage_denied(tagger):
    from nlp.entities import tag_texts_about

    text = (
        "Beijing denies plan to restrict exports of battery technology\n\n"
        "China's Commerce Ministry on Tuesday denied reports that it was preparing to ban exports "
        "of lithium battery technology."
    )
    tags = tag_texts_about([text], tagger)[0]
    assert {s.kind for s in tags.signals if s.reported} >= {"export-control", "restriction"}
    assert (tags.sourcing.value, tags.stage.value) == ("denial", "denied")


def test_a_later_sentence_stating_what_now_applies_continues_the_news(cues):
    text = (
        "EU rules for AI models take effect\n\n"
        "The rules apply from Saturday. Providers must now follow a code of practice."
    )
    signals = [
        _signal(text, "law-regulation", "rules for AI models take effect"),
        _signal(text, "guidance-standard", "code of practice"),
    ]
    marked = mark_reported(signals, sentences_of(text), [], [], [], cues)
    assert [s.reported for s in marked] == [True, True]


# -- sourcing and stage -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Huawei denies report\n\nHuawei denied a report on Monday. It said so.", "denial"),
        (
            "DeepSeek to raise money\n\nDeepSeek will raise money, people familiar said.",
            "anonymous",
        ),
        ("TSMC plans plant\n\nTSMC plans a plant, according to Reuters.", "secondary"),
        ("TSMC plans plant\n\nTSMC plans a plant, Nikkei reported on Monday.", "secondary"),
        ("New rules\n\nThe ministry published the rules in a notice on Monday.", "official"),
        ("New rules\n\nThe regulator said in a statement it would act.", "official"),
        ("Baidu cuts prices\n\nBaidu said on Monday it would cut prices.", "on-record"),
        ("Chip stocks fall\n\nChip stocks fell on Monday.", "none"),
        ("字节跳动计划建数据中心\n\n据知情人士透露，字节跳动计划建设数据中心。", "anonymous"),
        ("华为否认传闻\n\n华为周四否认了相关传闻。", "denial"),
        # a reason cited is no source; a news agency is
        ("App banned\n\nThe app was banned, the ministry said, citing security risks.", "official"),
        # a minister's own words are on the record (the read sets' majority, 14 articles to 4:
        # docs/decisions/2026-12-04-sourcing-second-round.md); citing is no source either way
        (
            "App banned\n\nThe app was banned, the minister said, citing security risks.",
            "on-record",
        ),
        (
            "Baidu wins permit\n\nBaidu received a permit, state news agency Xinhua reported.",
            "secondary",
        ),
        # denial cues in every verb form
        (
            "SMIC rejects report\n\nSMIC said it had no notice, rejecting a report by a paper.",
            "denial",
        ),
        # an authority's act in the passive, a few words before "by"
        (
            "Firm fined\n\nThe firm has been fined 3 million yuan by the market regulator.",
            "official",
        ),
        # an authority's act of years ago further down is history
        (
            "Shop opens\n\nByteDance opened a shop, the company said. It hires. It was fined by a "
            "regulator last year.",
            "on-record",
        ),
    ],
)
def test_sourcing(text, value, cues):
    assert sourcing(sentences_of(text), [], {}, cues).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ministry issues draft rules\n\nThe ministry issued draft rules for comment.", "proposed"),
        ("Ministry issues rules\n\nThe rules will take effect next month.", "adopted"),
        ("Rules take effect\n\nThe rules took effect on Monday.", "in-force"),
        ("Regulator fines Alibaba\n\nThe regulator fined Alibaba on Friday.", "in-force"),
        ("Court blocks rules\n\nA court suspended the rules on Friday.", "suspended"),
        ("Regulators weigh ban\n\nRegulators are considering a ban.", "reported"),
        ("网信办发布征求意见稿\n\n网信办发布管理办法征求意见稿。", "proposed"),
        ("办法正式施行\n\n管理办法于1月1日起正式施行。", "in-force"),
        ("工信部暂停补贴政策\n\n工信部暂停实施补贴政策。", "suspended"),
        # a signed bill is adopted, not proposed
        ("Governor signs bill\n\nThe governor signed a bill on AI safety.", "adopted"),
        # stopping purchases is the restriction itself, not a policy suspended
        ("平台暂停采购芯片\n\n有关部门要求平台暂停采购芯片。", "adopted"),
        ("Ban on app\n\nThe ban applies effective immediately.", "in-force"),
    ],
)
def test_stage(text, value, cues):
    sentences = sentences_of(text)
    title = sentences[0]
    signals = [Signal("law-regulation", title.text, title.start, title.end, "")]
    source = sourcing(sentences, [], {}, cues)
    assert stage(sentences, signals, source, cues).value == value


def test_stage_none_without_a_reported_signal_and_denied_with_a_denial(cues):
    text = "Ministry denies ban report\n\nThe ministry denied reports of a ban."
    sentences = sentences_of(text)
    title = sentences[0]
    background = [Signal("restriction", title.text, title.start, title.end, "ban", False)]
    reported = [Signal("restriction", title.text, title.start, title.end, "ban", True)]
    denial = Finding("denial", title.text)
    assert stage(sentences, background, denial, cues).value == "none"
    assert stage(sentences, reported, denial, cues).value == "denied"


# -- the tagger -------------------------------------------------------------------------------


def test_tagger_fills_about_reported_sourcing_and_stage(tagger):
    from nlp.entities import tag_texts_about

    text = (
        "Tencent unveils Hunyuan model it says beats DeepSeek on coding\n\n"
        "Tencent on Tuesday released a new version of its Hunyuan model, saying it outperformed "
        "rivals including DeepSeek and Alibaba. The company said the model would be offered "
        "through its cloud. Tencent shares rose amid new US export controls."
    )
    tags = tag_texts_about([text], tagger)[0]
    main = {a.entity_id for a in tags.about if a.main}
    assert "tencent" in main
    assert not main & {"deepseek", "alibaba"}
    assert tags.sourcing.value == "on-record"
    assert tags.stage.value == "none"
    assert all(not s.reported for s in tags.signals)


def test_quality_gate_on_the_tuned_set(tagger):
    """Floors a little under the figures measured when the rules were tuned (see bench/about.py)."""
    watchlist = load_watchlist(CONFIG).items
    topics = {e.id for e in watchlist if e.type == "topic"}
    mine, base = evaluate(load_cases(FIXTURES / "dev.jsonl"), tagger, topics)
    assert mine.main_f1 >= 0.90, mine.errors
    assert mine.reported_precision >= 0.95, mine.errors
    assert mine.reported_recall >= 0.95, mine.errors
    assert mine.background_as_reported <= 0.05, mine.errors
    assert mine.sourcing_accuracy >= 0.90, mine.errors
    assert mine.stage_accuracy >= 0.85, mine.errors
    # and the rules beat the simplest baseline where it has an answer
    assert mine.main_f1 > base.main_f1
    assert mine.reported_precision > base.reported_precision


# -- the warehouse ----------------------------------------------------------------------------


def _article(n: int, title: str) -> Article:
    return Article(
        url=f"https://a.example/{n}",
        outlet_id="o1",
        title=title,
        text="Body.",
        published=datetime(2026, 11, n, tzinfo=UTC),
        first_seen=datetime(2026, 11, n, tzinfo=UTC),
    )


def _store(con, tagged: list[TaggedArticle]) -> None:
    from warehouse import store
    from warehouse.grouping import refresh_developments

    store.save_entities(con, load_watchlist(CONFIG).items)
    store.save_sources(con, [])
    for i, t in enumerate(tagged):
        store.save_articles(con, [store.article_row(t.article, f"p{i}", "run1")])
    store.save_tags(con, tagged)
    for i, t in enumerate(tagged):
        con.execute(
            "INSERT OR REPLACE INTO development_members VALUES ($a, $d, now(), NULL, 'auto')",
            {"a": t.article.article_id, "d": f"dev{i}"},
        )
    refresh_developments(con, [f"dev{i}" for i in range(len(tagged))])


def test_storage_views_and_entity_filter(warehouse_path):
    from policywatch.reading import query_timeline
    from warehouse.db import connect

    about_tencent = TaggedArticle(
        _article(1, "Tencent model beats DeepSeek"),
        mentions=[
            Mention(0, 7, "Tencent", "ORG", "tencent", "Tencent"),
            Mention(20, 28, "DeepSeek", "ORG", "deepseek", "DeepSeek"),
        ],
        signals=[Signal("export-control", "Tencent model beats DeepSeek", 0, 28, "x", False)],
        about=[EntitySalience("tencent", 0.9, True), EntitySalience("deepseek", 0.1, False)],
        sourcing=Finding("on-record", "Tencent said."),
        stage=Finding("none"),
    )
    about_cloud = TaggedArticle(
        _article(2, "Alibaba Cloud fined by regulator"),
        mentions=[Mention(0, 13, "Alibaba Cloud", "ORG", "alibaba-cloud", "Alibaba Cloud")],
        signals=[Signal("enforcement-fine", "Alibaba Cloud fined by regulator", 0, 32, "fined")],
        about=[EntitySalience("alibaba-cloud", 0.95, True)],
        sourcing=Finding("official", "The regulator said."),
        stage=Finding("in-force", "Alibaba Cloud fined by regulator"),
    )
    with connect(warehouse_path) as con:
        _store(con, [about_tencent, about_cloud])
        _store(con, [about_tencent, about_cloud])  # re-running never duplicates rows
        assert con.execute("SELECT count(*) FROM article_about").fetchone() == (3,)
        assert con.execute("SELECT count(*) FROM article_assessments").fetchone() == (2,)
        rows = {r["headline"]: r for r in query_timeline(con)}
        tencent = rows["Tencent model beats DeepSeek"]
        assert tencent["top_entities"] == ["Tencent", "DeepSeek"]
        assert tencent["main_entities"] == ["Tencent"]
        assert tencent["signals"] == []
        assert tencent["background_signals"] == ["export-control"]
        assert tencent["is_policy"] is False
        cloud = rows["Alibaba Cloud fined by regulator"]
        assert (cloud["sourcing"], cloud["stage"], cloud["is_policy"]) == (
            "official",
            "in-force",
            True,
        )
        # --entity: main subjects by default (a parent matches its unit), every mention on request
        assert [r["headline"] for r in query_timeline(con, entity="deepseek")] == []
        assert [
            r["headline"] for r in query_timeline(con, entity="deepseek", include_mentions=True)
        ] == ["Tencent model beats DeepSeek"]
        assert [r["headline"] for r in query_timeline(con, entity="alibaba")] == [
            "Alibaba Cloud fined by regulator"
        ]
        # --signal: reported signals only
        assert query_timeline(con, signal="export-control") == []
        view = con.execute(
            "SELECT main_entities, background_signals, sourcing, stage FROM timeline "
            "ORDER BY first_seen DESC"
        ).fetchall()
        assert view == [
            (["Alibaba Cloud"], [], "official", "in-force"),
            (["Tencent"], ["export-control"], "on-record", "none"),
        ]
        # entity_timeline: developments about the entity (a parent through its unit), with
        # the passing mentions in entity_mentions_timeline
        about = con.execute(
            "SELECT entity_id, headline, salience, n_main_reports, n_naming_reports "
            "FROM entity_timeline ORDER BY entity_id"
        ).fetchall()
        assert about == [
            ("alibaba", "Alibaba Cloud fined by regulator", None, 1, 0),
            ("alibaba-cloud", "Alibaba Cloud fined by regulator", 0.95, 1, 1),
            ("tencent", "Tencent model beats DeepSeek", 0.9, 1, 1),
        ]
        mentions = con.execute(
            "SELECT entity_id, main, salience FROM entity_mentions_timeline "
            "WHERE headline = 'Tencent model beats DeepSeek' ORDER BY entity_id"
        ).fetchall()
        assert mentions == [("deepseek", False, 0.1), ("tencent", True, 0.9)]
        # what entity_timeline lists is what --entity lists
        for entity_id in ("alibaba", "deepseek", "tencent"):
            view_ids = {
                r[0]
                for r in con.execute(
                    "SELECT development_id FROM entity_timeline WHERE entity_id = $e",
                    {"e": entity_id},
                ).fetchall()
            }
            cli_ids = {r["development_id"] for r in query_timeline(con, entity=entity_id)}
            assert view_ids == cli_ids, entity_id


def test_exports_carry_salience_sourcing_and_stage(warehouse_path, tmp_path):
    import json

    from policywatch.export import ExportFormat, Selection, export_tables
    from policywatch.report.html import collect
    from warehouse.db import connect

    tencent = TaggedArticle(
        _article(3, "Tencent model beats DeepSeek"),
        mentions=[
            Mention(0, 7, "Tencent", "ORG", "tencent", "Tencent"),
            Mention(20, 28, "DeepSeek", "ORG", "deepseek", "DeepSeek"),
        ],
        signals=[],
        about=[EntitySalience("tencent", 0.9, True), EntitySalience("deepseek", 0.1, False)],
        sourcing=Finding("on-record", "Tencent said."),
        stage=Finding("none"),
    )
    with connect(warehouse_path) as con:
        _store(con, [tencent])
        export_tables(con, tmp_path / "all", ExportFormat.json)
        rows = [
            json.loads(line)
            for line in (tmp_path / "all" / "salience.jsonl").read_text().splitlines()
        ]
        assert [(r["entity_id"], r["salience"], r["main"]) for r in rows] == [
            ("tencent", 0.9, True),
            ("deepseek", 0.1, False),
        ]
        [article] = [
            json.loads(line)
            for line in (tmp_path / "all" / "articles.jsonl").read_text().splitlines()
        ]
        assert (article["sourcing"], article["sourcing_sentence"], article["stage"]) == (
            "on-record",
            "Tencent said.",
            "none",
        )
        # --entity keeps the developments about it; --include-mentions those naming it too
        about = export_tables(con, tmp_path / "d1", ExportFormat.json, Selection(entity="deepseek"))
        assert about["developments"] == 0
        named = export_tables(
            con,
            tmp_path / "d2",
            ExportFormat.json,
            Selection(entity="deepseek", include_mentions=True),
        )
        assert named["developments"] == 1
        assert named["files"]["salience"]["rows"] == 2
        assert collect(con, entity="deepseek")["devs"] == []
        assert len(collect(con, entity="deepseek", include_mentions=True)["devs"]) == 1


def test_alert_entities_match_main_subjects_unless_mentions(entities):
    from policywatch.alerts.matching import Development, Report, matches
    from policywatch.alerts.subscriptions import entity_index, parse_subscription

    index = entity_index(entities.values())
    main_only, _ = parse_subscription(
        {"name": "ds", "entities": ["DeepSeek"], "channels": ["jsonl:x.jsonl"]}, index, None
    )
    any_mention, _ = parse_subscription(
        {"name": "ds2", "entities": ["DeepSeek"], "mentions": True, "channels": ["jsonl:x.jsonl"]},
        index,
        None,
    )
    now = datetime(2026, 11, 1, tzinfo=UTC)
    report = Report(
        article_id="a1",
        title="Tencent model beats DeepSeek",
        url="u",
        outlet="o",
        published=now,
        first_seen=now,
        entity_ids=frozenset({"tencent", "deepseek"}),
        main_entity_ids=frozenset({"tencent"}),
    )
    dev = Development("d1", "Tencent model beats DeepSeek", now, (report,))
    assert not matches(main_only, dev)
    assert matches(any_mention, dev)
    with pytest.raises(ValueError, match="mentions"):
        parse_subscription(
            {"name": "x", "entities": ["DeepSeek"], "mentions": "yes", "channels": ["jsonl:x"]},
            index,
            None,
        )


def test_reprocess_recomputes_salience_sourcing_and_stage(tmp_path: Path, config_dir: Path):
    """Articles stored before salience existed get it from `policywatch reprocess`."""
    from nlp.extract import extract
    from policywatch.pipeline import reprocess
    from policywatch_core.models import RawPage
    from policywatch_core.settings import load_settings
    from warehouse import store
    from warehouse.db import connect
    from warehouse.load import upsert

    site = Path(__file__).resolve().parent.parent / "policywatch" / "demo" / "site"
    path = "lattice-brief/2026/11/china-ai-researchers-travel-approval.html"
    settings = load_settings(data_dir=tmp_path / "data", config_dir=config_dir)
    url = f"http://demo.policywatch.test/{path}"
    html = (
        (site / path)
        .read_text(encoding="utf-8")
        .replace("{{BASE}}", "http://demo.policywatch.test")
    )
    at = datetime(2026, 11, 20, tzinfo=UTC)
    page = RawPage(url, url, "lattice-brief", at, 200, html)
    article = extract(html, url, outlet_id="lattice-brief")
    with connect(settings.duckdb_path) as con:
        store.save_entities(con, load_watchlist(config_dir).items)
        store.save_pages(con, "run0", [page])
        store.save_articles(con, [store.article_row(article, page.page_id, "run0")])
        # tagged before salience: a mention and a signal, nothing about what it is about
        store.save_tags(
            con, [TaggedArticle(article, [Mention(0, 5, "China", "GPE", "china", "China")])]
        )
        con.execute("DELETE FROM article_about")
        con.execute("DELETE FROM article_assessments")
        upsert(con, "developments", [{
            "development_id": "dev1", "headline": article.title,
            "first_article_id": article.article_id, "first_published": at,
            "last_published": at, "first_seen": at, "last_update": at, "is_policy": False,
        }])  # fmt: skip
        upsert(con, "development_members", [{
            "article_id": article.article_id, "development_id": "dev1", "joined_at": at,
            "score": 1.0, "source": "auto",
        }])  # fmt: skip
        before = con.execute("SELECT main_entities, stage FROM timeline").fetchone()
    assert before == (["China"], "none")  # every named entity counts as main until then
    reprocess(settings)
    with connect(settings.duckdb_path, read_only=True) as con:
        main = {
            r[0] for r in con.execute("SELECT entity_id FROM article_about WHERE main").fetchall()
        }
        assessed = con.execute("SELECT sourcing, stage FROM article_assessments").fetchall()
        reported = con.execute("SELECT count(*) FROM article_signals WHERE reported").fetchone()
        after = con.execute("SELECT main_entities, stage, is_policy FROM timeline").fetchone()
    assert "china" in main
    assert len(assessed) == 1
    assert assessed[0][1] != "none"
    assert reported is not None
    assert reported[0] >= 1
    assert after is not None
    assert after[1] == assessed[0][1]
    assert after[2] is True


def test_second_held_out_set_is_well_formed(entities):
    from nlp.signals import KINDS

    cases = load_cases(FIXTURES / "heldout2.jsonl")
    earlier = {c.id for name in ("dev", "heldout") for c in load_cases(FIXTURES / f"{name}.jsonl")}
    assert len(cases) >= 30
    assert len({c.id for c in cases}) == len(cases)
    assert not {c.id for c in cases} & earlier
    assert {c.split for c in cases} == {"heldout-2"}
    assert sum(1 for c in cases if not c.title.isascii()) >= 5
    for c in cases:
        assert c.main <= set(entities), c.id
        assert c.reported | c.background <= set(KINDS), c.id
        assert c.sourcing in {"official", "on-record", "anonymous", "secondary", "denial", "none"}
        assert c.stage in {
            "none",
            "reported",
            "proposed",
            "adopted",
            "in-force",
            "suspended",
            "denied",
        }, c.id
        assert (c.stage == "none") == (not c.reported), c.id
    assert {k for c in cases for k in c.reported} == set(KINDS)
