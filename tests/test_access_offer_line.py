"""A wall's own lines are not the article's last words, and a wall box is found in any language.

A wall box holds a title about access and an offer under it (an account, a price, a purchase);
the offer line is a sentence, but the wall's, not the story's. A lead in a page's hero block,
followed by a credit line, has the wall after the block. Pages written for these tests.
"""

from __future__ import annotations

from nlp.access import detect_access
from nlp.extract import _page_meta, _parse, extract

URL = "https://heraldo-valle.example/2027/04/mercado"
ES_LEAD = "El mercado municipal de abastos reabrirá el 2 de mayo tras dieciocho meses de obras."
ZH_LEAD = "市图书馆新馆将于五一假期对外开放，馆内设有二十四小时自助借阅区和少儿阅览室。"
EN_LEAD = (
    "Volunteers planted four hundred oaks along the canal towpath on Saturday, the first "
    "stage of a plan to shade the path by 2035."
)


def page(lead: str, after: str, lang: str, body_class: str = "texto") -> str:
    return (
        f'<html lang="{lang}"><head><title>T</title>'
        '<meta property="og:type" content="article"></head><body><main><article>'
        f'<h1>Titular</h1><div class="{body_class}"><p>{lead}</p>{after}</div>'
        "</article></main></body></html>"
    )


def read(html: str) -> tuple[str, str]:
    article = extract(html, URL)
    tree = _parse(html)
    meta = _page_meta(tree)
    found = detect_access(tree, meta.ld_article, meta.meta, article.text)
    return article.access, found.signal


def test_a_spanish_offer_line_with_an_accented_imperative_is_the_walls() -> None:
    box = (
        '<div class="cierre"><p class="cierre__t">Esta información es exclusiva para '
        "suscriptores</p><p>Suscríbete hoy y lee todo el periódico por 2 € durante el primer "
        'trimestre.</p><a class="cierre__boton" href="/alta">Quiero suscribirme</a></div>'
    )
    assert read(page(ES_LEAD, box, "es"))[0] == "paywalled"


def test_an_account_offer_under_a_registration_title_is_the_walls() -> None:
    # the offer asks for an account and holds no access word of the box's vocabulary
    box = (
        '<div class="cierre"><p class="cierre__t">Regístrate gratis para seguir leyendo</p>'
        "<p>Crea tu cuenta en Heraldo del Valle y accede a todas las noticias de la comarca.</p>"
        "</div>"
    )
    assert read(page(ES_LEAD, box, "es"))[0] == "paywalled"


def test_a_chinese_purchase_offer_under_a_paid_title_is_the_walls() -> None:
    box = (
        '<div class="fufei"><p>本文为付费内容</p>'
        "<p>本文收录于专栏《城市观察》，购买专栏后可查看全部文章和往期合集。</p></div>"
    )
    assert read(page(ZH_LEAD, box, "zh"))[0] == "paywalled"


def test_reading_that_needs_a_subscription_is_a_wall() -> None:
    box = '<div class="xianzhi"><p>本报电子版全文阅读需订阅。</p><a href="/dingyue">订阅</a></div>'
    assert read(page(ZH_LEAD, box, "zh"))[0] == "paywalled"


def test_a_box_whose_link_is_styled_as_a_button_in_another_language() -> None:
    for name in ("cierre__boton", "encart-bouton", "abo-knopf"):
        box = (
            f'<div class="cierre"><p>Solo para suscriptores.</p><a class="{name}" '
            'href="/alta">Entrar</a></div>'
        )
        assert read(page(ES_LEAD, box, "es"))[0] == "paywalled", name


def test_a_wall_after_a_hero_block_that_ends_in_a_credit() -> None:
    html = (
        '<html lang="en"><head><title>T</title></head><body><main>'
        f'<div class="hero"><h1>Oaks for the towpath</h1><p class="dek">{EN_LEAD}</p>'
        '<p class="credit">Pictures by the canal trust</p></div>'
        '<div class="intro"><section class="lockbox"><p>Subscribe to see every picture and '
        'the planting map.</p><a class="lockbox__cta" href="/join">Subscribe</a></section></div>'
        "</main></body></html>"
    )
    tree = _parse(html)
    meta = _page_meta(tree)
    assert detect_access(tree, meta.ld_article, meta.meta, EN_LEAD).value == "paywalled"


# --- look-alikes: stay free ---------------------------------------------------------------


def test_a_story_line_that_mentions_a_price_after_a_plain_line_stays_the_story() -> None:
    # a line about money after a line that is no wall: the story's own last words
    more = (
        "<p>Los puestos pagarán una renta de 300 € al mes durante el primer año.</p>"
        "<p>La concejala de Comercio presentó el calendario de obras este martes por la tarde "
        "ante los vendedores.</p>"
    )
    assert read(page(ES_LEAD, more, "es"))[0] == "free"


def test_a_credit_after_a_lead_with_a_newsletter_box_after_the_block_stays_free() -> None:
    html = (
        '<html lang="en"><head><title>T</title></head><body><main>'
        f'<div class="hero"><h1>Oaks for the towpath</h1><p class="dek">{EN_LEAD}</p>'
        '<p class="credit">Pictures by the canal trust</p></div>'
        '<div class="newsletter"><p>Get the weekly canal letter in your inbox.</p>'
        '<input type="email"><button>Sign up</button></div>'
        "</main></body></html>"
    )
    tree = _parse(html)
    meta = _page_meta(tree)
    assert detect_access(tree, meta.ld_article, meta.meta, EN_LEAD).value == "free"


def test_an_offer_line_under_a_subscribers_title_is_not_the_last_words() -> None:
    # reaches the offer-line rule itself: the title is no wall wording, only an audience
    from nlp.access import _last_words

    offer = "Suscríbete al Heraldo del Valle y lee sin límites por 1 € el primer mes."
    body = f"{ES_LEAD}\nSolo para suscriptores\n{offer}"
    assert _last_words(body) == ES_LEAD


def test_a_how_to_subhead_then_an_account_line_is_the_storys_last_words() -> None:
    from nlp.access import _last_words

    line = "Residents can create an account on the council website and pay for the permits by card."
    assert _last_words(f"{EN_LEAD}\nHow to register\n{line}") == line
    more = f"<h3>How to register</h3><p>{line}</p>"
    assert read(page(EN_LEAD, more, "en"))[0] == "free"


def test_a_box_with_a_pulsante_or_a_boton_link_is_a_wall() -> None:
    for name in ("chiuso-pulsante", "muro__botón"):
        box = (
            f'<div class="cierre"><p>Solo para suscriptores.</p><a class="{name}" '
            'href="/alta">Entrar</a></div>'
        )
        assert read(page(ES_LEAD, box, "es"))[0] == "paywalled", name


def test_a_tags_list_then_a_membership_promo_after_a_lead_stays_free() -> None:
    # the lead's block ends in a tags list (links), not a credit: what follows the block is
    # not read as what follows the lead
    html = (
        '<html lang="en"><head><title>T</title></head><body><main>'
        f'<div class="hero"><h1>Oaks for the towpath</h1><p class="dek">{EN_LEAD}</p>'
        '<ul class="tags"><li><a href="/t/canal">Canal</a></li><li><a href="/t/trees">Trees</a>'
        "</li></ul></div>"
        '<div class="promo"><p>Become a member of the canal trust.</p>'
        '<a class="promo__cta" href="/join">Join</a></div>'
        "</main></body></html>"
    )
    tree = _parse(html)
    meta = _page_meta(tree)
    assert detect_access(tree, meta.ld_article, meta.meta, EN_LEAD).value == "free"
