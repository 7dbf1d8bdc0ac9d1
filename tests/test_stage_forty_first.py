"""Stage, forty-first round: a list of completed filings published is the filing regime at work.

Sentences written for these tests (the ministries' lists, the services and the firms are
invented). An authority publishing its list of completed filings (公布第五批……备案信息, 现将首批
完成备案的……予以公布, traditional 公佈首批……備案名單, "published its first list of 18 filed
... services") shows the filing regime at work: ``in-force``, as an approval granted is, and the
learned decision may not put it back to ``adopted`` (the issuing verb it weighs). Traps: a draft
of filing rules put out for comment, a company's release saying its model has completed filing,
a filing duty told for a day to come, and a list named only in the body stay what they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from nlp.about import _lists_filings, load_cues
from nlp.entities import Tagger, tag_texts_about
from tests.stage_support import stage_of

CUES = load_cues()


@pytest.mark.parametrize(
    "text",
    [
        "网信办公布第五批语音合成服务备案信息\n\n"
        "国家网信办3月2日公布第五批语音合成服务备案信息，共有41款服务通过备案。",
        "交通运输部公告 2028年第9号\n\n"
        "根据《自动泊车服务备案管理办法》，现将首批完成备案的26项自动泊车服务予以公布。",
        "數位部公佈首批智慧客服服務備案名單\n\n數位部今日公佈首批智慧客服服務備案名單，共15項。",
        "Ministry lists first filed parking services.\n\nThe ministry published its first list "
        "of 18 filed automated parking services on Tuesday and said unfiled ones must stop.",
    ],
)
def test_a_list_of_completed_filings_published_is_in_force(text: str) -> None:
    # read `adopted` (the publishing verb) on the code before
    assert stage_of(text, CUES) == "in-force"
    assert stage_of(text, CUES, signal=False) == "in-force"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # a draft of filing rules put out for comment: a proposal, no list
        (
            "网信办就自动泊车服务备案办法征求意见\n\n"
            "国家网信办发布《自动泊车服务备案管理办法（征求意见稿）》，公开征求意见，"
            "拟要求已备案服务公示备案编号。",
            "proposed",
        ),
        # a company's release saying its model has completed filing: no authority's list
        (
            "某科技公司发布新一代语音模型\n\n某科技公司今天发布新一代语音模型，称已完成备案。",
            "none",
        ),
    ],
)
def test_a_draft_or_a_firms_word_is_no_list_published(text: str, stage: str) -> None:
    assert stage_of(text, CUES, signal=False) == stage


def test_a_filing_duty_for_a_day_to_come_stays_adopted() -> None:
    text = (
        "Ministry orders parking services to file.\n\nThe transport ministry has ordered "
        "automated parking services to file with provincial authorities from March 1, a notice "
        "said."
    )
    assert stage_of(text, CUES, published=date(2028, 2, 10)) != "in-force"


def test_a_list_named_only_in_the_body_does_not_decide() -> None:
    text = (
        "Parking apps face filing duty.\n\nThe transport ministry plans to require automated "
        "parking services to file before launch, people familiar with the matter said.\n\n"
        "The ministry already keeps a list of 40 registered charging services."
    )
    assert stage_of(text, CUES) == "reported"


def test_the_learned_decision_keeps_a_published_list_in_force(tagger: Tagger) -> None:
    listed = (
        "网信办公布第五批语音合成服务备案信息\n\n"
        "国家网信办3月2日公布第五批语音合成服务备案信息，共有41款服务通过备案。"
    )
    tags = tag_texts_about([listed], tagger)[0]
    assert tags.evidence is not None
    assert tags.evidence.in_force_now
    assert tags.stage.value == "in-force"


# Review mends: a wording of filings that is no list published now (each read `in-force` by the
# first form of the rule): a firm telling its own filing, a list to come, a list of filings
# cancelled.
NOT_LISTED = [
    "某公司发布公告称其大模型已完成备案\n\n某公司发布公告称其大模型已完成备案。",
    "公司公布了自己的算法备案信息\n\n公司公布了自己的算法备案信息。",
    "网信办将于下月公布第二批备案名单\n\n网信办将于下月公布第二批备案名单。",
    "已完成备案的服务将予以公布\n\n网信办表示，已完成备案的服务将予以公布。",
    "CAC to publish filed services list.\n\nThe CAC will publish its first list of filed "
    "services next month.",
    "网信办公布第三批注销备案信息\n\n网信办公布第三批注销备案信息。",
    "Regulator revokes filings.\n\nThe regulator published a list of revoked registered services.",
]


@pytest.mark.parametrize("text", NOT_LISTED)
def test_a_firms_filing_a_list_to_come_or_filings_cancelled_are_no_list(text: str) -> None:
    assert not any(_lists_filings(line) for line in text.split("\n\n"))
    assert stage_of(text, CUES) != "in-force"
    assert stage_of(text, CUES, signal=False) != "in-force"


@pytest.mark.parametrize(
    "text",
    [
        "网信办公布第五批语音合成服务备案信息\n\n国家网信办3月2日公布第五批语音合成服务备案信息，"
        "同时宣布暂停实施《语音合成服务备案管理办法》。",
        "Ministry publishes list of filed parking services.\n\nThe ministry published its first "
        "list of 18 filed automated parking services and suspended the filing rules pending "
        "review.",
    ],
)
def test_a_suspension_told_with_the_list_outweighs_it(text: str) -> None:
    # read `in-force` by the first form of the rule, which came before the suspension
    assert stage_of(text, CUES) == "suspended"
    assert stage_of(text, CUES, signal=False) == "suspended"


def test_a_notice_telling_a_batch_added_is_a_list() -> None:
    assert _lists_filings("国家网信办12月2日发布公告，新增27款生成式人工智能服务完成备案。")
