"""The seventeenth reading round's class (``config/about.toml`` background ``before`` cues).

A rule in force named as the reason for someone's own act (a product change, a platform's rule
update, a signatory's pledge) is context, not news: "as required by the ... Act", 为落实《……》.
落实 before a duty itself (须落实数据安全) is the news that imposes the duty, and "required by"
without "as" ("will be required by the new law to ...") states a duty too: both are left alone.
"""

from __future__ import annotations

from nlp.about import Sentence, _clause_cue, is_background, load_cues
from nlp.entities import Tagger
from policywatch_core.models import Signal
from tests.signal_support import assert_not_reported


def _cue_before(text: str, trigger: str) -> bool:
    sentence = Sentence(0, len(text), text, "body")
    return _clause_cue(sentence, text.index(trigger), load_cues())


def test_a_product_change_made_as_required_by_a_law_names_the_law_as_context() -> None:
    text = "Users can now download their history as a file, as required by the Digital Markets Act."
    assert _cue_before(text, "Digital Markets Act")


def test_as_required_under_and_as_mandated_by_read_the_same() -> None:
    # "as required under" is no entry of its own: "under" is a cue (a guard that it stays one)
    assert _cue_before(
        "Logs are kept for a year, as required under the Cyber Resilience Act.", "Cyber"
    )
    assert _cue_before(
        "Labels were added, as mandated by the national labelling rules.", "labelling"
    )


def test_a_platform_update_to_implement_a_named_rule_names_the_rule_as_context() -> None:
    text = "为落实《网络数据安全管理条例》有关要求，本平台修订了用户隐私协议。"
    assert _cue_before(text, "条例")


def test_a_pledge_to_implement_a_named_rule_reads_the_same() -> None:
    text = "联盟成员承诺严格落实《生成式人工智能服务管理暂行办法》。"
    assert _cue_before(text, "办法")


def test_implementing_a_duty_itself_is_no_context_cue() -> None:
    text = "主管部门要求各应用商店须落实未成年人身份核验。"
    assert not _cue_before(text, "身份核验")


def test_a_duty_required_by_a_new_law_is_no_context_cue() -> None:
    text = "Operators will be required by the new statute to keep user data in the country."
    assert not _cue_before(text, "keep user data")


def test_the_cue_makes_the_signal_background() -> None:
    text = "为落实《网络数据安全管理条例》有关要求，本平台修订了用户隐私协议。"
    signal = Signal("law-regulation", text, 0, len(text), "条例》", reported=True)
    assert is_background(signal, Sentence(0, len(text), text, "lead"), [], load_cues())


def test_a_platform_rule_update_citing_a_named_rule_reports_no_law(tagger: Tagger) -> None:
    assert_not_reported(
        tagger,
        "某视频平台关于合成内容标注的社区规范更新说明",
        "各位创作者：为落实《人工智能生成合成内容标识办法》的相关要求，平台对社区规范作了修订，"
        "自5月1日起施行。未标注的合成视频将被限制推荐。",
        {"law-regulation"},
    )


def test_a_provinces_implementing_document_is_no_context_cue() -> None:
    # 落实《……》 names the rule a government implements; the plan or measures it issues for it
    # are its own news (实施方案 / 实施意见 / 实施细则 / 若干措施)
    for text, trigger in (
        ("省政府印发落实《数据条例》的实施方案", "实施方案"),
        ("某省出台落实《数据出境安全评估暂行办法》的若干措施，自7月1日起施行", "若干措施"),
        ("为落实《办法》要求出台的《实施细则》自6月1日起施行", "实施细则"),
        ("为落实《办法》要求出台的《实施细则》自6月1日起施行", "施行"),
    ):
        assert not _cue_before(text, trigger), (text, trigger)


def test_a_rule_named_in_its_own_title_after_luoshi_stays_a_context_cue() -> None:
    # the trigger inside the book-title marks: the rule in force, whatever its name ends with
    assert _cue_before("为落实《数据出境安全评估实施细则》，平台更新了规则。", "实施细则")


def test_as_required_by_a_new_rule_is_no_context_cue() -> None:
    for text, trigger in (
        ("As required by the new rule, which takes effect on March 1, apps must verify.", "rule"),
        ("Apps must verify ages as required by the new rule that takes effect on March 1.", "rule"),
        ("Apps must verify ages as required by the upcoming code of practice.", "code"),
        ("Apps must verify ages as mandated by the act passed on Tuesday.", "act"),
        ("Apps must verify ages as required by the rule adopted by the commission.", "rule"),
    ):
        assert not _cue_before(text, trigger), (text, trigger)
    # an act in force, passed years ago, stays context
    assert _cue_before(
        "Apps must verify ages as required by the Online Safety Act, adopted in 2023.",
        "Online Safety Act",
    )


def test_background_cues_read_traditional_script() -> None:
    # the cues are written in simplified characters; Taiwan, Hong Kong and Macau text is read
    # through them character for character
    for text, trigger in (
        ("為落實《網絡數據安全管理條例》有關要求，本平台修訂了用戶隱私協議。", "條例"),
        ("依據《個人資料保護法》，業者應通報主管機關。", "個人資料保護法"),
        ("該公司違反《公平交易法》遭裁罰。", "公平交易法"),
        ("現行《電子支付機構管理條例》規定業者應申請許可。", "條例"),
    ):
        assert _cue_before(text, trigger), (text, trigger)
    # the implementing document guard reads them the same
    assert not _cue_before("縣政府印發落實《數據條例》的實施方案", "實施方案")
