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
    assert cl.agreement(notice, news).parts["amounts"] == 1.0
    # the simplified spelling and Hong Kong's dollars by the name 港元 too
    assert cl.read("罚款澳门元八千元", [], []).evidence.amounts == frozenset({"8e+03MOP"})
    assert _evidence("可處港元二萬元罰款").amounts == frozenset({"2e+04HKD"})


def test_yuan_with_no_currency_named_before_stays_renminbi() -> None:
    assert _evidence("处五千元以上二万元以下罚款").amounts == frozenset({"5e+03CNY", "2e+04CNY"})
    assert _evidence("罚款人民币三十万元").amounts == frozenset({"3e+05CNY"})


def test_cases_counted_with_zong_agree_with_the_english_count() -> None:
    notice = _evidence("系統啟用首月，共偵測到2,418宗違規個案，已轉交警方跟進。")
    news = _evidence("The cameras flagged 2,418 offending drivers in the first month.")
    assert "2418" in notice.amounts
    assert cl.agreement(notice, news).parts.get("amounts") == 1.0
    # under a thousand, a count of cases is too common a figure to read
    assert _evidence("共錄得18宗個案").amounts == frozenset()


def test_a_published_batch_is_a_list_whatever_the_notice_calls_it() -> None:
    assert cl.list_sizes("现将首批通过审核的45项智能导览服务予以公布。") == frozenset({"45"})
    assert cl.list_sizes("现将第二批完成登记的17家机构予以公告。") == frozenset({"17"})
    # no batch and no list word: a count of what a notice regulates, not a list's size
    assert cl.list_sizes("全市45项智能导览服务应当在上线前登记。") == frozenset()
    # only the batch's own count: not the text's other counts, nor one in the next clause
    assert cl.list_sizes("首批十二家企业通过审核，另有七家企业仍在审查中。") == frozenset({"12"})
    assert cl.list_sizes("第三批检测结果已公布，27款应用仍存在问题。") == frozenset()


def test_english_list_count_reads_past_a_quoted_name() -> None:
    news_text = "The bureau published its first list of 45 approved 'smart guide' services."
    sizes = cl.list_sizes(news_text)
    assert sizes == frozenset({"45"})
    notice = _evidence("现将首批通过审核的45项智能导览服务予以公布。")
    news = _evidence(news_text)
    assert cl.agreement(notice, news).parts.get("list_size") == 1.0


# Review mends: what the readings above must not read.


def test_a_batch_count_told_roughly_or_of_time_or_of_a_round_is_no_list_size() -> None:
    for text in (
        "首批数十家企业获得许可，名单已公布。",  # 数十: told roughly
        "首批上百家企业入选。",
        "首批近百家单位通过审核。",
        "首批试点为期3个月，结果将公布。",  # a span of time
        "首批2个月内完成，名单另行公布。",
        "第二批中央督察组进驻12个省份。",  # no list published
        "首批次抽检的30个样品结果公布。",  # 批次: a round of sampling
    ):
        assert cl.list_sizes(text) == frozenset(), text


def test_a_list_count_told_roughly_or_of_time_is_no_list_size() -> None:
    assert cl.list_sizes("白名单公布后3个月内完成整改。") == frozenset()
    assert cl.list_sizes("名单中数十家企业尚未整改。") == frozenset()
    assert cl.list_sizes("名单共5个工作日公示。") == frozenset()
    # the counts these rules read still are
    assert cl.list_sizes("白名单共收录12家企业。") == frozenset({"12"})


def test_a_batch_publishes_its_count_only_in_a_clause_with_a_publishing_word() -> None:
    assert cl.list_sizes("现将第二批15家企业名单予以公告。") == frozenset({"15"})
    assert cl.list_sizes("首批15家企业已开始试运营。") == frozenset()


def test_small_batch_counts_of_two_batches_do_not_agree() -> None:
    first = _evidence("首批三家企业通过审核并予以公布。")
    second = _evidence("第二批三家企业通过审核并予以公布。")
    assert "list_size" not in cl.agreement(first, second).parts
    # a batch of ten or more is read; under ten only a list word's counts are (as before)
    assert cl.list_sizes("首批十家企业通过审核并予以公布。") == frozenset({"10"})
    assert cl.list_sizes("首批名单共有7家企业。") == frozenset({"7"})


def test_zong_opening_a_word_or_after_an_ordinal_is_no_count() -> None:
    for text in (
        "全省1,200宗教活动场所完成登记。",
        "《2041宗教事务条例》施行。",
        "秉持1,200宗旨。",
        "本港新增第1,234宗確診個案。",
        "这是第1200个案例。",
    ):
        assert _evidence(text).amounts == frozenset(), text


def test_thousands_below_wan_are_one_amount() -> None:
    assert _evidence("科澳門元一萬五千元至二十萬元罰款").amounts == frozenset(
        {"1.5e+04MOP", "2e+05MOP"}
    )
    assert _evidence("處罰款港幣一萬五千元").amounts == frozenset({"1.5e+04HKD"})
    assert _evidence("处一万五千元罚款").amounts == frozenset({"1.5e+04CNY"})
    assert _evidence("罚款两万三千五百元").amounts == frozenset({"2.35e+04CNY"})
    # 一亿二千万 as before
    assert _evidence("投资一亿二千万元").amounts == frozenset({"1.2e+08CNY"})


def test_counts_are_keyed_exactly_and_money_keeps_three_digits() -> None:
    cases = _evidence("共錄得1,126宗個案。")
    companies = _evidence("The bureau said 1,134 companies had filed.")
    assert cases.amounts == frozenset({"1126"})
    assert companies.amounts == frozenset({"1134"})
    assert cl.agreement(cases, companies).parts.get("amounts", 0.0) <= 0.0
    # one count written two ways keeps agreeing
    assert _evidence("113万用户").amounts == _evidence("1.13 million users").amounts
    assert _evidence("罚款1,126万元").amounts == frozenset({"1.13e+07CNY"})


def test_english_counts_read_capitalised_and_quoted_words_and_batches() -> None:
    assert _evidence("Cameras caught 1,126 Hong Kong drivers.").amounts == frozenset({"1126"})
    assert _evidence("Some 1,126 'lane-crossing' drivers were fined.").amounts == frozenset(
        {"1126"}
    )
    assert cl.list_sizes("It published the first batch of 32 services.") == frozenset({"32"})
    assert cl.list_sizes("the first batch of 3 services") == frozenset()  # under ten
    notice = _evidence("现将首批完成备案的32项服务予以公布。")
    news = _evidence("The ministry published the first batch of 32 filed services.")
    assert cl.agreement(notice, news).parts.get("list_size") == 1.0


def test_yuan_marks_are_derived_from_the_currency_table() -> None:
    assert cl._YUAN_MARK == {
        "新台币": "TWD", "台币": "TWD", "nt$": "TWD", "twd": "TWD",
        "港币": "HKD", "港元": "HKD", "hk$": "HKD", "hkd": "HKD",
        "澳门币": "MOP", "澳门元": "MOP", "mop$": "MOP", "mop": "MOP",
    }  # fmt: skip
    assert all(cl._CURRENCY[name] == code for name, code in cl._YUAN_MARK.items())
