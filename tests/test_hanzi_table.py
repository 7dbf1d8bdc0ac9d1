"""The traditional characters read as simplified (nlp.hanzi): the table's own invariants.

Sentences written for these tests, in the traditional script of Hong Kong and Taiwan notices.
"""

from __future__ import annotations

import pytest

from nlp.hanzi import _ONE_WAY, _TABLE, to_simplified, traditional_forms


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        (
            "該署表示並無計劃將有關措施擴展至其他行業。",
            "该署表示并无计划将有关措施扩展至其他行业。",
        ),
        ("政府採購須符合品質門檻，並設培訓計劃。", "政府采购须符合品质门槛，并设培训计划。"),
        (
            "當局譴責該公司未有履行承諾，懲處金額為五十萬。",
            "当局谴责该公司未有履行承诺，惩处金额为五十万。",
        ),
        ("議員呼籲就翻譯軟件的數據洩露展開辯論。", "议员呼吁就翻译软件的数据泄露展开辩论。"),
    ],
)
def test_notice_vocabulary_reads_as_simplified(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified


def test_reading_as_simplified_twice_changes_nothing() -> None:
    # no simplified form is itself a traditional character of the table
    for key in _TABLE:
        once = to_simplified(chr(key))
        assert to_simplified(once) == once, chr(key)


def test_a_character_read_one_way_never_writes_a_watchlist_name() -> None:
    # 只, 周, 布, 注 stand as they are in traditional text: a name keeps them
    for traditional, simplified in zip(_ONE_WAY[::2], _ONE_WAY[1::2], strict=True):
        assert to_simplified(traditional) == simplified
        assert all(traditional not in form for form in traditional_forms(simplified)), simplified
    assert traditional_forms("周报") == ["周报", "周報"]
    # a two-way character still gives the name its traditional form
    assert "馬斯克" in traditional_forms("马斯克")
