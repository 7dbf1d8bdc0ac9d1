"""Stage and sourcing by class of wording, eighth round, on sentences written for these tests
(English and Chinese): a penalty a text sets (罚款上限, "fines of up to") read as a fine imposed,
a text still being written ("is drafting", 正在起草) and a report relayed as the cause of a
market move ("shares fell after X reported that the regulator would ..."). Each class has a
distractor the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.stage_support import sourcing_of, stage_of, stage_with_context

# -- a penalty a text sets is no fine imposed ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "国务院公布无人机物流管理条例 罚款上限提高\n\n国务院日前公布《无人机物流管理条例》，"
        "自2029年3月1日起施行。",
        "全国人大常委会通过港口安全法修正案\n\n全国人大常委会表决通过港口安全法修正案，"
        "对违规运营的港口企业最高可处二百万元罚款。",
        "交通运输部发布船舶数据管理办法\n\n交通运输部发布《船舶数据管理办法》，对未履行报送义务"
        "的企业设定了最高五十万元的罚款。",
        "Harbour board issues tugboat rules\n\nThe harbour board issued rules for autonomous "
        "tugboats that allow fines of up to 2% of an operator's turnover.",
    ],
)
def test_a_penalty_a_text_sets_is_not_a_fine_imposed(text, cues):
    assert stage_of(text, cues) == "adopted"


@pytest.mark.parametrize(
    "text",
    [
        # distractors: a fine imposed, in Chinese and in English
        "上海交通委对一家物流企业处以罚款\n\n上海市交通委依法对一家无人机物流企业处以罚款人民币"
        "八十万元。",
        "Harbour board fines tugboat operator\n\nThe harbour board fined a tugboat operator "
        "2 million euros on Monday for skipping safety checks.",
    ],
)
def test_a_fine_imposed_stays_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


# -- a text still being written -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ferry rules on the way\n\nThe transport ministry is drafting rules that would cap "
        "ferry fares on island routes, the Harbour Gazette reported.",
        "Night ferry ban still alive, lawyer says\n\nA ban on night ferry crossings is still "
        "being drafted despite the ministry's silence, a lawyer advising operators said.",
        "Islands brace for night ferry ban\n\nThe government is moving toward a ban on night "
        "ferry crossings, according to earlier reports.",
        "交通运输部正在起草轮渡票价管理规定\n\n据港湾日报报道，交通运输部正在起草轮渡票价管理规定，"
        "将对海岛航线票价设定上限。",
    ],
)
def test_a_text_still_being_written_is_reported(text, cues):
    assert stage_of(text, cues) == "reported"


def test_a_draft_put_out_stays_proposed(cues):
    # distractor: a draft published for comment is a text put out, not one being written
    text = (
        "Ministry proposes ferry fare cap\n\nThe transport ministry published draft rules on "
        "Monday that would cap ferry fares on island routes and asked for comments."
    )
    assert stage_of(text, cues) == "proposed"


# -- a report relayed as the cause of a market move ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ferry stocks slide on fare cap report\n\nShares of ferry companies fell on Monday after "
        "Coastline Courier reported that the transport ministry was preparing to cap fares.",
        "Ferry shares drop\n\nFerry operators' shares dropped 4% after a report that the "
        "transport ministry would cap fares on island routes.",
    ],
)
def test_a_report_relayed_by_a_market_move_is_secondary(text, cues):
    assert sourcing_of(text, cues) == "secondary"
    assert stage_of(text, cues, signal=False) == "reported"


def test_a_company_s_own_report_after_a_move_is_not_relayed(cues):
    # distractor: a company's plan, no authority acting: no policy stage
    text = (
        "Ferry stocks rise\n\nShares of ferry companies rose on Monday after Coastline Courier "
        "reported that two operators were preparing to merge."
    )
    assert stage_of(text, cues, signal=False) == "none"


def test_a_signal_inside_a_relayed_report_is_read(cues):
    # the tagger judged the ban a context of the market's move: it is the report relayed
    text = (
        "Ferry stocks slide\n\nShares of ferry companies fell on Monday after Coastline Courier "
        "reported that the transport ministry would ban night crossings."
    )
    assert stage_with_context(text, cues, trigger="ban night crossings") == "reported"


def test_a_signal_in_history_stays_context(cues):
    # distractor: a ban of years ago before the move, no report relayed
    text = (
        "Ferry stocks slide\n\nShares of ferry companies fell on Monday, three years after the "
        "transport ministry would ban night crossings."
    )
    assert stage_with_context(text, cues, trigger="ban night crossings") == "none"
