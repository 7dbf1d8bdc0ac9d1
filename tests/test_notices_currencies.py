"""Amounts in the currencies of Hong Kong, Macau, Singapore, Australia, Canada and the UK.

English news writes these with a dollar sign after a prefix (HK$, MOP$, S$, A$, C$) or the pound
sign; Chinese writes 港元, 港幣 … 元, 澳門元, 澳門幣 … 元, 新加坡元, 澳元, 加元, 英镑. Before, "HK$"
was read as US dollars (the sign alone) and 港元 as an amount with no currency, so a fine stated
on both sides was a fact neither shared. Reports and notices written for these tests (invented
acts and figures).
"""

from __future__ import annotations

import pytest

from nlp.crosslingual import extract_evidence


@pytest.mark.parametrize(
    ("english", "chinese", "key"),
    [
        (
            "The regulator fined the lender HK$3.6 million.",
            "監管機構向該貸款機構罰款三百六十萬港元。",
            "3.6e+06HKD",
        ),
        ("Fines reach HK$2 million.", "違者最高罰款港幣200萬元。", "2e+06HKD"),
        ("Offenders face 3.6 million Hong Kong dollars in fines.", "罚款360万港币。", "3.6e+06HKD"),
        ("Operators risk fines of MOP$80,000.", "經營者最高可被罰款澳門幣八萬元。", "8e+04MOP"),
        ("Fines of 80,000 patacas apply.", "罚款8万澳门元。", "8e+04MOP"),
        ("The agency fined the firm S$420,000.", "该机构对公司罚款42万新加坡元。", "4.2e+05SGD"),
        (
            "Platforms earning over A$150 million must pay.",
            "营收超过1.5亿澳元的平台须缴费。",
            "1.5e+08AUD",
        ),
        ("The fund holds C$75 million.", "基金规模7500万加元。", "7.5e+07CAD"),
        ("Licences sold for £240m in all.", "许可证合计售出2.4亿英镑。", "2.4e+08GBP"),
    ],
)
def test_an_amount_reads_its_currency_in_both_languages(
    english: str, chinese: str, key: str
) -> None:
    assert key in extract_evidence(english).amounts, english
    assert key in extract_evidence(chinese).amounts, chinese
    for text in (english, chinese):
        assert not any(a.endswith(("USD", "CNY")) for a in extract_evidence(text).amounts), text


def test_a_currency_code_after_the_amount_is_read_as_before_it() -> None:
    for text, key in (
        ("The levy raised 12 million HKD.", "1.2e+07HKD"),
        ("Fines reach 50,000 MOP.", "5e+04MOP"),
        ("A grant of 3 million SGD was paid.", "3e+06SGD"),
        ("The fund holds 40 million CNY.", "4e+07CNY"),
    ):
        assert key in extract_evidence(text).amounts, text


def test_a_range_in_pataca_or_hong_kong_dollars_holds_at_both_ends() -> None:
    assert extract_evidence("處澳門幣一萬元至十萬元罰款。").amounts == {"1e+04MOP", "1e+05MOP"}
    assert extract_evidence("處港幣五萬元以上五十萬元以下罰款。").amounts == {
        "5e+04HKD",
        "5e+05HKD",
    }


def test_plain_dollars_yuan_and_the_us_prefix_keep_their_currency() -> None:
    assert extract_evidence("The state awarded $12 million in grants.").amounts == {"1.2e+07USD"}
    assert extract_evidence("The deal is worth US$3 billion.").amounts == {"3e+09USD"}
    assert extract_evidence("罚款30万元。").amounts == {"3e+05CNY"}
    # a yuan amount after a Hong Kong one, in another clause, stays in yuan
    found = extract_evidence("補助港幣300萬元，另外內地企業投資100萬元。").amounts
    assert found == {"3e+06HKD", "1e+06CNY"}
