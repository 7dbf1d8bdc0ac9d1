# mypy: allow-untyped-defs, allow-incomplete-defs
"""Body text of pages whose bytes or markup carry known damage."""

from __future__ import annotations

from nlp.extract import extract

PARAGRAPHS = [
    "The town council approved the new bus timetable on Monday after a month of hearings.",
    "Riders said the evening service had been too thin for years, and the council agreed.",
    "The first buses on the new timetable run in March, with more trips after eight o'clock.",
]


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html><head><meta charset="utf-8"><title>New bus timetable</title></head><body>'
        f"<article><h1>New bus timetable</h1>{body}</article></body></html>"
    )


def test_punctuation_saved_as_latin1_text_is_repaired_before_extraction() -> None:
    # The page was saved after its UTF-8 right quote (E2 80 99) had been read as Latin-1:
    # "â" and two C1 control characters. The extractor drops the controls; the repair must run
    # on the page first, or the body reads "councilâs".
    mangled = "\u00e2\u0080\u0099"
    said = f"The council{mangled}s vote was unanimous, and the mayor{mangled}s office welcomed it."
    article = extract(_page([*PARAGRAPHS, said]), "https://town.example/buses")
    assert "The council’s vote was unanimous, and the mayor’s office welcomed it." in article.text
    assert "â" not in article.text


def test_letters_of_a_page_are_left_alone() -> None:
    # "Lâcher", "château": a letter after "â" is never part of a mangled quote
    french = "Le château a rouvert ses portes, et les visiteurs disent « lâcher prise » enfin."
    article = extract(_page([*PARAGRAPHS, french]), "https://town.example/buses")
    assert french in article.text
