"""How a short page shows that its story stops, sixth round: a block whose only text is its link,
a pager, a note after a cut paragraph, the continuation said in Dutch and Portuguese, a call to go
and read the whole text, a page of print reached by 见, an excerpt whose link is the original.

Each positive case is truncated after a short shown text; the look-alikes (no place, a notice's
document, an excerpt credit, the last part of a paginated story, a pager with no link) stay free.
Small pages written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.access import structural_reading
from nlp.extract import _parse

URL = "https://riverside-post.example/2027/06/ferry"
LEAD = (
    "The river ferry between Oldmill and Brackwater will run every twenty minutes from July, the "
    "transport board said on Monday."
)
SECOND = "Two new boats join the line in the spring."
ZH_LEAD = "河畔渡轮自七月起每二十分钟一班，交通委员会周一表示，两艘新船将于明年春季加入航线。"
ZH_SECOND = "新船由本地船厂建造。"


def page(after: str, lead: str = LEAD, second: str = SECOND, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Ferry timetable</title>'
        f'<link rel="canonical" href="{URL}"></head><body><main><article>'
        f'<h1>Ferry every twenty minutes</h1><div class="story"><p>{lead}</p><p>{second}</p>'
        f"{after}</div></article></main></body></html>"
    )


def reading(html: str) -> tuple[str, str]:
    return structural_reading(_parse(html), URL)


# --- a card or a button box whose only text is its link ------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        '<div class="tile"><img src="/t.jpg" alt=""><a href="https://rivertv.example/ferry">'
        "Watch the full report on River TV</a></div>",
        '<div class="go-on"><a class="cta" href="https://valleyherald.example/ferry">'
        "Continue reading the whole story on the Valley Herald website</a></div>",
    ],
)
def test_a_block_whose_only_text_is_its_link_is_read_by_its_label(after: str) -> None:
    assert reading(page(after)) == ("truncated", "pointer-block")


@pytest.mark.parametrize(
    "after",
    [
        # a link to another story, no place
        '<div class="tile"><img src="/t.jpg" alt=""><a href="/2027/06/bridge">Read the full '
        "story</a></div>",
        # a bare button, no whole and no place
        '<div class="more"><a class="btn" href="/2027/06/ferry/photos">Show more</a></div>',
    ],
)
def test_a_link_only_block_naming_no_whole_elsewhere_stays_free(after: str) -> None:
    assert reading(page(after)) == ("", "")


# --- a pager ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pager",
    [
        '<nav class="pages"><span>Page 1 of 3</span> <a href="/2027/06/ferry/2">Next page: the '
        "new boats</a></nav>",
        '<div class="seiten"><span>Seite 2 von 4</span> <a href="/2027/06/ferry/3">Weiter</a>'
        "</div>",
        '<div class="fenye"><span>第1页/共2页</span> <a href="/2027/06/ferry/2">下一页</a></div>',
    ],
)
def test_a_pager_naming_part_of_the_story_is_truncated(pager: str) -> None:
    assert reading(page(pager)) == ("truncated", "pager")


@pytest.mark.parametrize(
    "pager",
    [
        # the last part: the story ends here
        '<nav class="pages"><span>Page 3 of 3</span> <a href="/2027/06/ferry/2">Previous page'
        "</a></nav>",
        # no link to go on
        '<div class="pages"><span>Page 1 of 2</span></div>',
    ],
)
def test_a_pager_at_the_end_or_without_a_link_stays_free(pager: str) -> None:
    assert reading(page(pager)) == ("", "")


# --- a note after a paragraph cut in an ellipsis --------------------------------------------


def test_a_note_after_a_cut_paragraph_is_a_pointer_though_not_set_apart() -> None:
    cut = "The board's chair said the new boats were needed because the old ones were…"
    note = "<p>The full story is in Saturday's print edition.</p>"
    assert reading(page(note, second=cut)) == ("truncated", "pointer-line")


def test_a_plain_last_paragraph_after_a_complete_one_stays_free() -> None:
    note = "<p>The full story of the ferry began in 1931, when the first boat ran.</p>"
    assert reading(page(note)) == ("", "")


def test_a_pointer_line_does_not_count_as_words_of_the_story() -> None:
    # the story's own paragraphs are short; with its end note counted the page is not
    lead = LEAD + " Passengers will be able to pay by card on board for the first time."
    second = (
        "The board expects the number of daily crossings to rise by a third, and plans a "
        "second landing stage at Brackwater."
    )
    note = (
        '<p class="printnote"><em>The full interview with the board\'s chair is in '
        "Saturday's print edition of the Riverside Post, with photographs.</em></p>"
    )
    assert reading(page(note, lead=lead, second=second)) == (
        "truncated",
        "pointer-line",
    )


# --- the continuation said in Dutch, Portuguese, Spanish (voseo, nota), French ---------------


@pytest.mark.parametrize(
    "after",
    [
        '<p class="printnote"><em>Het volledige interview leest u zaterdag in de papieren '
        "krant.</em></p>",
        '<p class="nota"><em>Esta reportagem continua na edição impressa de domingo.</em></p>',
        '<div class="parceiro"><p>Continue lendo no site do Jornal da Ribeira.</p>'
        '<a href="https://jornaldaribeira.example/balsa">Jornal da Ribeira</a></div>',
        '<div class="fuente"><span>Fuente: Diario Andino</span><p>Leé la nota completa en '
        '<a href="https://diarioandino.example/balsa">diarioandino.example</a></p></div>',
        '<div class="app-cta"><p>La lista completa de horarios, solo en nuestra app.</p>'
        '<a class="btn-app" href="https://app.riverside-post.example/f">Seguí leyendo en la app'
        "</a></div>",
        '<div class="box"><p>Lire l\'article complet sur <a href="https://courrier.example/bac">'
        "Le Courrier du Fleuve, notre partenaire</a></p></div>",
    ],
)
def test_the_continuation_in_other_languages_is_read(after: str) -> None:
    assert reading(page(after))[0] == "truncated"


@pytest.mark.parametrize(
    "after",
    [
        # a Dutch sentence of a story, no continuation
        '<p class="note"><em>De veerdienst vaart sinds 1931 volgens de krant.</em></p>',
        # a Portuguese membership box: an ask, not a pointer
        '<div class="parceiro"><p>Assine e continue lendo no site do Jornal da Ribeira.</p>'
        '<a class="btn" href="/assine">Assine</a></div>',
    ],
)
def test_look_alikes_in_other_languages_stay_free(after: str) -> None:
    assert reading(page(after)) == ("", "")


# --- Chinese: go and read the whole text, a page of print by 见, an excerpt's original --------


@pytest.mark.parametrize(
    "after",
    [
        '<div class="partner"><a class="btn" href="https://dongan-times.example/ferry">'
        "前往东岸时报网站阅读全文</a></div>",
        '<p class="jump">（详情请见今日本报A5版）</p>',
        '<p class="src">本文节选自微信公众号“河畔人家”，<a href="https://mp.example/s/ferry">'
        "点击阅读原文</a></p>",
    ],
)
def test_chinese_pointers_are_read(after: str) -> None:
    assert reading(page(after, ZH_LEAD, ZH_SECOND, "zh"))[0] == "truncated"


def test_a_link_ending_the_paragraph_asking_to_go_and_read_the_whole_text() -> None:
    second = (
        "新船由本地船厂建造。"
        '<a href="https://dongan-times.example/ferry">阅读全文请前往《东岸时报》网站</a>'
    )
    assert reading(page("", ZH_LEAD, second, "zh")) == ("truncated", "pointer-link")


@pytest.mark.parametrize(
    "after",
    [
        # a notice's document at a body's site (no going verb)
        '<p class="src">全文见市交通委员会网站。</p>',
        # an excerpt credit with no link to the original
        '<p class="src"><em>本文节选自《河畔周刊》。</em></p>',
        # 见 with no page of print
        '<p class="note">详情请见附件。</p>',
    ],
)
def test_chinese_look_alikes_stay_free(after: str) -> None:
    assert reading(page(after, ZH_LEAD, ZH_SECOND, "zh")) == ("", "")


# --- the rest heard, followed or read there --------------------------------------------------


def test_the_rest_heard_in_a_podcast_at_the_end_of_the_paragraph() -> None:
    second = (
        'Two new boats join the line in the spring. The rest I recorded for <a href="https://'
        'pods.example/ep12">episode 12 of the River Notes podcast, where you can hear the rest</a>'
    )
    assert reading(page("", second=second)) == ("truncated", "pointer-link")


def test_a_link_ending_the_paragraph_before_a_full_stop_is_still_its_end() -> None:
    second = (
        "Two new boats join the line in the spring. The rest is in "
        '<a href="https://valleyherald.example/ferry">the Valley Herald\'s full story on its '
        "website</a>."
    )
    assert reading(page("", second=second)) == ("truncated", "pointer-link")


def test_a_place_in_the_sentence_and_a_go_on_button_are_a_pointer() -> None:
    after = (
        '<div class="origin"><p>This story first appeared on the Valley Herald.</p>'
        '<a class="btn" role="button" href="https://valleyherald.example/ferry">Read it there</a>'
        "</div>"
    )
    assert reading(page(after)) == ("truncated", "pointer-block")


@pytest.mark.parametrize(
    "after",
    [
        # a credit line and a link to the partner's home page: nothing says go on reading
        '<div class="origin"><p>This story first appeared on the Valley Herald.</p>'
        '<a class="btn" href="https://valleyherald.example/">Valley Herald</a></div>',
        # a go-on button with no place named
        '<div class="origin"><p>Services may change at short notice.</p>'
        '<a class="btn" href="/2027/06/ferry/times">Read it there</a></div>',
    ],
)
def test_a_credit_or_a_button_alone_stays_free(after: str) -> None:
    assert reading(page(after)) == ("", "")


# --- the review's look-alikes: each stays free, each positive form keeps its signal -----------


@pytest.mark.parametrize(
    "after",
    [
        # an official notice's call to read its full text at a body's site
        '<p class="src">如需阅读全文，请访问国家网信办网站。</p>',
        '<p class="src">阅读全文请访问国家网信办网站。</p>',
        # 访问 is a state visit: a card of another story
        '<a class="card" href="/2027/06/asean">李强访问东盟秘书处 阅读全文</a>',
        # 意见 ends in 见: a draft's round, no page of print
        '<p class="note">本指南为征求意见第2版。</p>',
        # 摘编自 credits a source (compiled from), 原文链接 is its address: a repost's credit
        '<p class="src">本文摘编自新华社，<a href="https://news.example.cn/a/1">原文链接</a></p>',
    ],
)
def test_chinese_notices_visits_and_credits_stay_free(after: str) -> None:
    assert reading(page(after, ZH_LEAD, ZH_SECOND, "zh")) == ("", "")


@pytest.mark.parametrize(
    "after",
    [
        # an event's edition going on in a park; an Italian firm's work going on in a region
        '<p class="nota">El festival, en su quinta edición, continúa en el Parque Central hasta '
        "el domingo.</p>",
        '<p class="nota">Il lavoro dell\'impresa continua in Puglia.</p>',
        # "leia mais" (read more) about a subject, no continuation of this story
        '<p class="nota">Leia mais sobre a balsa no jornaldaribeira.example.</p>',
        # a sentence naming a site, not where this story is, and a go-on button
        '<div class="box"><p>Timetables are on the board\'s website.</p><a class="btn" '
        'href="/2027/06/timetables">Read it there</a></div>',
    ],
)
def test_an_event_a_firm_related_links_and_a_named_site_stay_free(after: str) -> None:
    assert reading(page(after)) == ("", "")


def test_a_link_to_other_coverage_under_a_sentence_naming_a_site_is_no_pointer() -> None:
    from nlp.access import _says_whole_elsewhere

    text = "Timetables are on the board's website."
    assert not _says_whole_elsewhere(text, "Find the rest of our transport coverage")
    assert not _says_whole_elsewhere(text, "Read it there")
    assert _says_whole_elsewhere("This story first appeared on the Valley Herald.", "Read it there")


def test_ordinary_portuguese_words_ask_for_nothing() -> None:
    from nlp.access import about_access

    # signing an agreement, the signature of a treaty, a social register: a story's sentences
    assert not about_access("O presidente vai assinar o acordo comercial com o Uruguai amanhã.")
    assert not about_access("A assinatura do tratado está marcada para sexta-feira em Brasília.")
    assert not about_access("As famílias inscritas no Cadastro Único recebem o benefício.")
    assert not about_access("O serviço é gratuito e sem cadastro.")
    # the requirement forms still ask
    assert about_access("Assine já e tenha acesso ilimitado.")
    assert about_access("Cadastre-se para continuar lendo.")
    assert about_access("Conteúdo exclusivo para assinantes.")


def test_a_portuguese_pointer_about_a_signing_is_a_pointer() -> None:
    after = (
        '<p class="nota"><em>A reportagem completa sobre a assinatura do acordo está na edição '
        "impressa de domingo.</em></p>"
    )
    assert reading(page(after)) == ("truncated", "pointer-line")


def test_a_portuguese_summary_about_signing_is_kept_as_the_lead() -> None:
    from nlp.extract import extract

    # a one-sentence page showing its stated summary: kept by the lead rescue, which a line
    # asking for an account refuses ("assinar" asks for nothing)
    lead = (
        "O presidente vai assinar o acordo comercial com o Uruguai na próxima semana, em "
        "Montevidéu, segundo o Itamaraty."
    )
    html = (
        '<html lang="pt"><head><title>Acordo com o Uruguai</title>'
        f'<meta name="description" content="{lead}"><meta property="og:type" content="article">'
        "</head><body><main><article><h1>Acordo com o Uruguai</h1>"
        f"<p>{lead}</p></article></main></body></html>"
    )
    article = extract(html, "https://riverside-post.example/2027/06/acordo")
    assert article.access == "free"
    assert article.text == lead


@pytest.mark.parametrize(
    "pager",
    [
        # a listing's pager: many pages
        '<nav class="pagination"><span>Page 1 of 12</span> <a href="/news?page=2">Next</a></nav>',
        # no link on: an anchor, a script, the page's own address, a link back
        '<div class="pages"><span>Page 1 of 3</span> <a href="#">Next</a></div>',
        '<div class="pages"><span>Page 1 of 3</span> <a href="javascript:void(0)">Next</a></div>',
        f'<div class="pages"><span>Page 1 of 3</span> <a href="{URL}">Next</a></div>',
        '<div class="pages"><span>Page 1 of 3</span> <a href="/2027/06/ferry#top">Next</a></div>',
        '<div class="pages"><span>Page 2 of 3</span> <a href="/2027/06/ferry">Previous</a></div>',
    ],
)
def test_a_listing_pager_or_one_with_no_link_on_stays_free(pager: str) -> None:
    assert reading(page(pager)) == ("", "")


@pytest.mark.parametrize(
    ("pager", "lead", "second", "lang"),
    [
        (
            '<div class="paginacion"><span>Página 1 de 2</span> <a href="/2027/06/ferry/2">'
            "Siguiente</a></div>",
            LEAD,
            SECOND,
            "es",
        ),
        (
            '<div class="paginering"><span>Pagina 1 van 2</span> <a href="/2027/06/ferry/2">'
            "Volgende pagina</a></div>",
            LEAD,
            SECOND,
            "nl",
        ),
        (
            '<div class="paginazione"><span>Pag. 1 di 3</span> <a href="/2027/06/ferry/2">'
            "Pagina successiva</a></div>",
            LEAD,
            SECOND,
            "it",
        ),
        (
            '<div class="fenye"><span>共3頁 第1頁</span> <a href="/2027/06/ferry/2">下一頁</a>'
            "</div>",
            ZH_LEAD,
            ZH_SECOND,
            "zh-Hant",
        ),
    ],
)
def test_a_pager_in_other_languages_and_orders(
    pager: str, lead: str, second: str, lang: str
) -> None:
    assert reading(page(pager, lead, second, lang)) == ("truncated", "pager")


@pytest.mark.parametrize(
    "cut",
    [
        # the Chinese ellipsis of prose
        "新船由本地船厂建造，董事长说，新船早就该来了……",
        # a sentence that ended before the ellipsis
        "The board's chair said the new boats were needed. ...",
    ],
)
def test_a_note_after_an_ellipsis_of_prose_is_not_set_apart(cut: str) -> None:
    note = "<p>The full story is in Saturday's print edition.</p>"
    assert reading(page(note, second=cut)) == ("", "")


def test_a_link_ending_the_paragraph_before_a_closing_quote_is_still_its_end() -> None:
    second = (
        "新船由本地船厂建造。「"
        '<a href="https://dongan-times.example/ferry">阅读全文请前往《东岸时报》网站</a>」'
    )
    assert reading(page("", ZH_LEAD, second, "zh")) == ("truncated", "pointer-link")


def test_the_stored_text_leaves_out_a_label_followed_by_a_closing_mark() -> None:
    from nlp.extract import extract

    second = (
        "新船由本地船厂建造，明年春季投入运营，届时班次将进一步加密。"
        '<a href="https://dongan-times.example/ferry">阅读全文请前往《东岸时报》网站</a>。'
    )
    article = extract(page("", ZH_LEAD, second, "zh"), URL)
    assert article.access == "truncated"
    assert "阅读全文请前往" not in article.text
    assert "届时班次将进一步加密" in article.text


def test_a_label_before_a_full_stop_is_stripped_from_its_line() -> None:
    from nlp.access import strip_link_label

    body = (
        f"{LEAD}\n\nTwo new boats join the line in the spring. The rest is in the Valley "
        "Herald's full story on its website."
    )
    label = "the Valley Herald's full story on its website"
    kept = strip_link_label(body, label)
    assert label not in kept
    assert kept.startswith(LEAD)
    assert "Two new boats join the line in the spring." in kept


def test_an_end_note_that_admits_the_page_is_the_reading_not_the_box_after_it() -> None:
    lead = LEAD + " Passengers will be able to pay by card on board for the first time."
    second = (
        "The board expects the number of daily crossings to rise by a third, and plans a "
        "second landing stage at Brackwater."
    )
    note = (
        '<p class="printnote"><em>The full interview with the board\'s chair is in '
        "Saturday's print edition of the Riverside Post, with photographs.</em></p>"
        '<div class="promo"><p>Subscribe to the print edition.</p>'
        '<a class="btn" href="/subscribe">Subscribe</a></div>'
    )
    assert reading(page(note, lead=lead, second=second)) == ("truncated", "pointer-line")


@pytest.mark.parametrize(
    ("after", "signal"),
    [
        (
            '<p class="printnote"><em>The rest of the interview runs in Sunday\'s printed '
            "pages.</em></p>",
            "pointer-line",
        ),
        (
            '<p class="tv"><em>Watch the rest of the interview on River TV tonight.</em></p>',
            "pointer-line",
        ),
        (
            '<p class="nota"><em>A reportagem continua no site do Jornal da Ribeira, nosso '
            "parceiro.</em></p>",
            "pointer-line",
        ),
        (
            '<p class="nota"><em>A entrevista continua em nossa edição impressa de sábado.'
            "</em></p>",
            "pointer-line",
        ),
    ],
)
def test_the_continuation_forms_keep_their_signal(after: str, signal: str) -> None:
    assert reading(page(after)) == ("truncated", signal)


@pytest.mark.parametrize(
    "after",
    [
        '<div class="partner"><p>Lees verder op de site van De Rivierkrant.</p>'
        '<a class="btn" href="/login">Log je in</a> <span>of registreer gratis</span></div>',
        '<div class="partner"><p>Meld je aan en lees het volledige interview in de krant.</p>'
        '<a class="btn" href="/inloggen">Aanmelden</a></div>',
    ],
)
def test_a_dutch_box_asking_for_an_account_is_no_pointer(after: str) -> None:
    assert reading(page(after))[0] != "truncated"
