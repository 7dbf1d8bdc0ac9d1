"""Notices, thirty-first round: a currency named before its amount counted in 元, cases counted
with 宗, and a batch a notice publishes read as a list.

Each test proves one reading on texts of its own wording, in either script.
"""

from __future__ import annotations

from nlp import crosslingual as cl


def _evidence(text: str) -> cl.Evidence:
    return cl.read(text, [], []).evidence


def test_macau_currency_before_its_amount_is_patacas_at_both_ends_of_a_range() -> None:
    notice = _evidence("第3/2041號行政法規。違反第四條規定者，科澳門元三千元至二萬元罰款。")
    assert notice.amounts == frozenset({"3e+03MOP", "2e+04MOP"})
    news = _evidence("Landlords who break the rule face fines of up to 20,000 patacas.")
    assert "2e+04MOP" in news.amounts
    assert cl.agreement(notice, news).parts["amounts"] >= 0.0
    # the simplified spelling and Hong Kong's dollars by the name 港元 too
    assert cl.read("罚款澳门元八千元", [], []).evidence.amounts == frozenset({"8e+03MOP"})
    assert _evidence("可處港元二萬元罰款").amounts == frozenset({"2e+04HKD"})


def test_yuan_with_no_currency_named_before_stays_renminbi() -> None:
    assert _evidence("处五千元以上二万元以下罚款").amounts == frozenset({"5e+03CNY", "2e+04CNY"})
    assert _evidence("罚款人民币三十万元").amounts == frozenset({"3e+05CNY"})


def test_cases_counted_with_zong_agree_with_the_english_count() -> None:
    notice = _evidence("系統啟用首月，共偵測到2,418宗違規個案，已轉交警方跟進。")
    news = _evidence("The cameras flagged 2,418 offending drivers in the first month.")
    assert "2.42e+03" in notice.amounts
    assert cl.agreement(notice, news).parts.get("amounts") == 1.0
    # under a thousand, a count of cases is too common a figure to read
    assert _evidence("共錄得18宗個案").amounts == frozenset()


def test_a_published_batch_is_a_list_whatever_the_notice_calls_it() -> None:
    assert cl.list_sizes("现将首批通过审核的45项智能导览服务予以公布。") == frozenset({"45"})
    assert cl.list_sizes("现将第二批完成登记的17家机构予以公告。") == frozenset({"17"})
    # no batch and no list word: a count of what a notice regulates, not a list's size
    assert cl.list_sizes("全市45项智能导览服务应当在上线前登记。") == frozenset()
    # only the batch's own count: not the text's other counts, nor one in the next clause
    assert cl.list_sizes("首批三家企业获得许可，另有七家企业仍在审查中。") == frozenset({"3"})
    assert cl.list_sizes("第三批检测结果已公布，27款应用仍存在问题。") == frozenset()


def test_english_list_count_reads_past_a_quoted_name() -> None:
    news_text = "The bureau published its first list of 45 approved 'smart guide' services."
    sizes = cl.list_sizes(news_text)
    assert sizes == frozenset({"45"})
    notice = _evidence("现将首批通过审核的45项智能导览服务予以公布。")
    news = _evidence(news_text)
    assert cl.agreement(notice, news).parts.get("list_size") == 1.0
