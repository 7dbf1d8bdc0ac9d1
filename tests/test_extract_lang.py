# mypy: allow-untyped-defs, allow-incomplete-defs
# (pyproject's tests.* override does not reach modules mypy names test_*.)
"""Language detection of extracted text (nlp.lang)."""

from __future__ import annotations

import unicodedata

import pytest

from nlp.lang import detect_language, normalise_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "国家网信办发布生成式人工智能服务备案信息，阿里巴巴、DeepSeek等企业的模型通过备案。",
            "zh",
        ),
        ("政府は人工知能の開発者に対して、海外渡航の前に届け出を求める方針を示した。", "ja"),
        ("정부는 인공지능 연구자의 해외 출장에 대해 사전 승인을 요구하기로 했다.", "ko"),
        (
            "Правительство потребовало от разработчиков согласовывать поездки.",
            "ru",
        ),
        (
            "The ministry said that the rules would apply to all providers of the service.",
            "en",
        ),
        (
            "Das Ministerium teilte mit, dass die Regeln für alle Anbieter gelten sollen.",
            "de",
        ),
        (
            "Le ministère a indiqué que les règles s'appliqueront à tous les fournisseurs.",
            "fr",
        ),
        (
            "El ministerio dijo que las normas se aplicarán a todos los proveedores del servicio.",
            "es",
        ),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_chinese_with_latin_brand_names_is_chinese():
    text = "DeepSeek、Alibaba Cloud 和 OpenAI 的模型在评测中表现接近，监管部门表示将加强安全评估。"
    assert detect_language(text, "en") == "zh"


def test_short_text_falls_back_to_the_declared_language():
    assert detect_language("OK", "zh-CN") == "zh"
    assert detect_language("", None) is None


_POLISH = (
    "Zarząd ogrodu postanowił otworzyć dwie nowe działki przy nasypie kolejowym. "
    "Działkowicze poprosili o beczkę na deszczówkę w każdym rogu nowych działek. "
    "Skarbnik powiedział, że zamówień na nasiona jest dwa razy więcej niż rok temu. "
) * 3


def test_a_declared_language_without_word_list_is_kept_against_weak_matches():
    # Polish shares "o", "na", "a" with Portuguese; the page says Polish and the text agrees
    assert detect_language(_POLISH, "pl") == "pl"


def test_clear_prose_overrides_a_wrong_declaration():
    english = (
        "The ministry said that the new rules for travel abroad would apply to staff of the "
        "largest firms, and it was not clear how they would be enforced in practice. "
    ) * 3
    assert detect_language(english, "pl") == "en"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("zh-Hans-CN", "zh"), ("en_US", "en"), ("EN", "en"), ("", None), (None, None), ("x1", None)],
)
def test_normalise_code(code, expected):
    assert normalise_code(code) == expected


def test_korean_with_compatibility_hanja_is_korean():
    """A hanja-heavy Korean line written with the Korean compatibility ideographs (KS X 1001's
    duplicate readings, U+F900 to U+FA0B, here 羅 論 利 年 不 理 料 金 李 樂) reads Korean: those
    come only from Korean encodings, so they count toward Korean, not Chinese."""
    compat = "\uf90f\uf941\uf9dd\uf98e\uf967\uf9e4\uf9be\uf90a\uf9e1\uf914"
    text = f"{compat[:5]}韓國人 정부는 {compat[5:]}中央政府 발표했다 {compat}大學 했습니다"
    assert sum("\uf900" <= ch <= "\ufa0b" for ch in text) == 20
    assert detect_language(text) == "ko"
    # the same line with the unified forms NFKC gives has no Korean-only ideograph: its hangul
    # alone decide, as before
    assert detect_language(unicodedata.normalize("NFKC", text)) == "zh"
