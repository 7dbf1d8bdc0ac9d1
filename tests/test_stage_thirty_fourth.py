"""Stage and sourcing by class of wording, thirty-fourth round, on sentences written for these
tests (English and Chinese, simplified and traditional; the kiosk, drone and sensor rules are
invented).

1. One rule for an official outlet's sourcing: :func:`nlp.about.outlet_sourcing` makes every
   finding of an official outlet ``official``, a denial too, and the stage reads the denial from
   its own cue (:func:`nlp.about.denial_cue`), whatever the sourcing given out.
2. Sourcing: data made anonymous (匿名化处理, a rule's content) is no unnamed source; 匿名人士 is.
3. Stage: a rule that applies "from this week" is in force, as one that applies "from today".
4. Stage: an authority that shuts accounts or blocks apps by the number is an enforcement act in
   force; a company that closes its users' accounts is its own act.
5. Sourcing: a city's or a province's cyberspace or internet office that says is an authority.
"""

from __future__ import annotations

from nlp.about import denial_cue, outlet_sourcing, sourcing, stage
from nlp.entities import Tagger, tag_texts_about
from policywatch_core.models import Finding, Signal
from tests.stage_support import sentences_of


def tagged(tagger: Tagger, text: str, outlet: str = "news") -> tuple[str, str]:
    """The stage and sourcing the whole tagging gives an article of an outlet's kind."""
    tags = tag_texts_about([text], tagger, [outlet])[0]
    return tags.stage.value, tags.sourcing.value


# -- 1. one rule for an official outlet's sourcing --------------------------------------------

KIOSK_REBUTTAL = (
    "Statement on reports about ticket kiosk licences\n\n"
    "The Transport Authority has no plan to license self-service ticket kiosks, and reports that "
    "it is drafting such a rule are untrue."
)


def test_the_stage_reads_the_denial_cue_whatever_the_sourcing(cues) -> None:
    sentences = sentences_of(KIOSK_REBUTTAL)
    title = sentences[0]
    signals = [Signal("law-regulation", title.text, title.start, title.end, "", True)]
    cue = denial_cue(sentences, cues)
    assert cue is not None
    assert cue.value == "denial"
    # the sourcing given out on the authority's own outlet is official: the stage is denied
    official = outlet_sourcing(sourcing(sentences, [], {}, cues), "official")
    assert official.value == "official"
    assert stage(sentences, signals, official, cues).value == "denied"


def test_no_denial_cue_in_a_plain_notice(cues) -> None:
    text = (
        "Transport Authority issues kiosk rules\n\n"
        "The Transport Authority issued rules for self-service ticket kiosks on Monday."
    )
    assert denial_cue(sentences_of(text), cues) is None


def test_an_official_outlet_s_rebuttal_is_official_and_denied_a_news_report_a_denial(
    tagger,
) -> None:
    assert tagged(tagger, KIOSK_REBUTTAL, "official") == ("denied", "official")
    news = (
        "Authority denies kiosk licence plan\n\n"
        "The Transport Authority denied on Monday that it planned to license self-service ticket "
        "kiosks, calling the reports untrue."
    )
    assert tagged(tagger, news)[1] == "denial"


def test_outlet_sourcing_is_the_one_rule() -> None:
    for value in ("none", "on-record", "denial", "anonymous", "secondary", "official"):
        found = Finding(value, "A sentence.")
        assert outlet_sourcing(found, "official") == Finding("official", "A sentence.")
        assert outlet_sourcing(found, "news") == found
