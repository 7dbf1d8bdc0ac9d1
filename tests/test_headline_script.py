"""A development's headline is the first title in the script most of its reports use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.novelty import Report, development_facts, headline_report, order

T0 = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)
NOTICE = "关于加强人工智能生成内容标识管理的通知"
NEWS = [
    "Regulator tightens labelling rules for AI-generated content",
    "New labelling duties for AI content take effect next year",
    "Platforms must label synthetic media under the new notice",
]


def reports(titles: list[str]) -> list[Report]:
    return [
        Report(f"a{i}", f"outlet{i}", T0 + timedelta(hours=i), title, f"{title}. More text.")
        for i, title in enumerate(titles)
    ]


def test_a_notice_first_in_another_script_does_not_head_the_english_reports():
    ordered = order(reports([NOTICE, *NEWS]))
    assert headline_report(ordered).title == NEWS[0]
    facts = development_facts("d1", ordered, {})
    assert (facts.headline, facts.headline_article_id) == (NEWS[0], "a1")
    assert facts.first_article_id == "a0"  # the first report stays the first report


def test_reports_in_one_script_keep_the_first_title():
    ordered = order(reports(NEWS))
    assert headline_report(ordered).article_id == "a0"


def test_a_chinese_majority_keeps_a_chinese_headline():
    titles = [
        "Ministry issues AI labelling notice",
        NOTICE,
        "人工智能生成内容须添加标识",
        "标识办法明年施行",
    ]
    assert headline_report(order(reports(titles))).title == NOTICE


def test_a_tie_goes_to_the_latin_script():
    assert headline_report(order(reports([NOTICE, NEWS[0]]))).title == NEWS[0]
    assert headline_report(order(reports([NEWS[0], NOTICE]))).title == NEWS[0]
