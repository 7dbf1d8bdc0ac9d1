"""Stage, stated days and the status, thirty-eighth round, on sentences written for these tests
(the ferry, kiosk and tram rules, the firms and the authorities' words are invented).

1. Status: a court's order told with the lawsuit it is pending ("a federal judge in Ohio stayed
   the rule pending a lawsuit") suspends the rule; a court only asked to, or one that stayed
   something else once, does not.
2. Stage: a final text or a new draft that drops a clause ("The final text drops a requirement
   to ...") is no suspension.
3. Stage: an entry into force under a condition ("enters into force if neither ... objects") is
   not in force.
4. Stage: an order's enacting words ("it is hereby ordered that") adopt it; a memorandum
   "Effective today, ..." is in force on its day.
5. Stated day: "commences on 1 March 2031" is a start; 自發布日起六個月後施行 (no 之) counts six
   months from publication.
6. Stage: 正研議 (is studying, read simplified) is a plan, not an act; a draft withdrawn "to be
   studied again" (將重新研議) stays withdrawn.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.about import AboutCues
from nlp.entities import Tagger, tag_texts_about
from nlp.stated import court_ordered, effective_day, reversal_sought
from nlp.status import StatusReport, status_history
from tests.stage_support import stage_of

# -- 1. a court's order told with its lawsuit ---------------------------------------------------


def test_a_court_stay_told_with_its_lawsuit_is_no_mere_request() -> None:
    stayed = "A federal judge in Ohio stayed the ferry rule pending a lawsuit by operators."
    assert not reversal_sought(stayed)  # sought on the code before: the lawsuit alone was read
    asked = "Operators asked a federal judge in Ohio to block the ferry rule in a lawsuit."
    assert reversal_sought(asked)
    earlier = "Operators sued in a state court, which stayed a similar rule in 2030."
    assert reversal_sought(earlier)


@pytest.mark.parametrize(
    "text",
    [
        "Groups sued, saying no court ever blocked such a rule.",
        "A lawsuit says courts have not stayed similar rules.",
        "The petition asks the court whether judges elsewhere suspended such rules.",
        "Operators sued the agency after a court date was suspended.",
    ],
)
def test_a_court_stay_denied_or_asked_about_leaves_the_lawsuit_a_request(text: str) -> None:
    # a stay denied, asked about or of something else is no court's order (each read as one,
    # the lawsuit no request, on the code before)
    assert reversal_sought(text)
    assert not court_ordered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Operators sued, and a federal judge in Texas on Monday stayed the rule.",
        "Operators sued the agency; a judge vacated the rule.",
    ],
)
def test_a_court_stay_with_words_between_or_vacated_is_an_order(text: str) -> None:
    # five words between the judge and the verb, "vacated": sought on the code before
    assert not reversal_sought(text)
    assert court_ordered(text)


def _report(day: int, stage: str, sourcing: str, text: str, kind: str = "news") -> StatusReport:
    return StatusReport.of_text(
        f"r{day}", datetime(2031, 3, day, 12, tzinfo=UTC), kind, sourcing, stage, text, text
    )


def test_the_court_stay_dates_the_suspension_and_confirms_it() -> None:
    history = status_history(
        [
            _report(1, "in-force", "official", "The ferry rule took effect today.", "official"),
            _report(
                10,
                "suspended",
                "official",
                "A federal judge in Ohio stayed the ferry rule pending a lawsuit by operators, "
                "according to the court's order.",
            ),
            _report(
                12, "suspended", "secondary", "The ferry rule is on hold, Harbour Wire reported."
            ),
        ]
    )
    last = history.changes[-1]
    assert (last.status, last.article_id, last.confirmed) == ("suspended", "r10", True)


# -- 2. a text that drops a clause --------------------------------------------------------------


def test_a_final_text_dropping_a_requirement_is_no_suspension(cues: AboutCues) -> None:
    final = (
        "Ohio issues final ferry safety rules\n\n"
        "The transport ministry issued the final ferry safety rules on Friday. "
        "The final text drops a requirement to carry a second radio."
    )
    assert stage_of(final, cues) != "suspended"  # suspended on the code before
    draft = (
        "Ohio floats new ferry rules\n\n"
        "The transport ministry put out a fresh draft of its ferry rules. "
        "The new draft drops the requirement to register every pilot."
    )
    assert stage_of(draft, cues) != "suspended"
    scrapped = "Ohio drops ferry radio requirement\n\nOhio dropped the ferry radio requirement."
    assert stage_of(scrapped, cues) == "suspended"  # the rule itself dropped


# -- 3. an entry into force under a condition ---------------------------------------------------


def test_an_entry_into_force_under_a_condition_is_not_in_force(cues: AboutCues) -> None:
    text = (
        "Kiosk Regulation 2031/77 amending the kiosk code\n\n"
        "Today the Council adopted a regulation amending the kiosk code. "
        "The act enters into force if no member objects within two months."
    )
    assert stage_of(text, cues) == "adopted"  # in-force on the code before
    plain = (
        "Kiosk Regulation 2031/77 in force\n\n"
        "The kiosk regulation enters into force today across the union."
    )
    assert stage_of(plain, cues) == "in-force"


# -- 4. an order's enacting words, a memorandum in force on its day -----------------------------


def test_an_order_hereby_ordered_is_adopted(cues: AboutCues) -> None:
    text = (
        "Order on Kiosk Safety in Federal Buildings\n\n"
        "By the authority vested in me as Governor, it is hereby ordered that agencies shall "
        "inspect every kiosk each year."
    )
    assert stage_of(text, cues) == "adopted"  # in-force on the code before ("ordered")


@pytest.mark.parametrize(
    "body",
    [
        "The Kiosk Data Commission hereby fines Acme 5 million euros for unlawful kiosk tracking.",
        "The Kiosk Data Commission hereby orders Acme to stop processing kiosk data.",
    ],
)
def test_an_authority_acting_hereby_is_in_force_as_without_it(cues: AboutCues, body: str) -> None:
    # only an order's passive enacting words adopt it; a fine or an order to stop made "hereby"
    # reads as it does without the word (adopted on the code before)
    text = f"Acme and the kiosk data decision\n\n{body}"
    assert stage_of(text, cues) == "in-force"
    assert stage_of(text.replace("hereby ", ""), cues) == "in-force"


def test_a_memorandum_effective_today_is_in_force(cues: AboutCues) -> None:
    text = (
        "M-31-02: Kiosk inspections in federal buildings\n\n"
        "Effective today, building managers shall log every kiosk inspection."
    )
    published = date(2031, 3, 2)
    assert stage_of(text, cues, signal=False, published=published) == "in-force"
    window = (
        "M-31-02: Kiosk inspection reports\n\n"
        "Comments are invited from today until 30 April on the kiosk inspection form."
    )
    assert stage_of(window, cues, signal=False, published=published) != "in-force"


# -- 5. stated days ------------------------------------------------------------------------------


def test_commences_on_states_the_start() -> None:
    text = "The Tram Safety Standard 2031 has been registered and commences on 1 June 2031."
    assert effective_day(text, date(2031, 3, 2)) == date(2031, 6, 1)  # None on the code before
    launch = "The consultation on the tram standard opens next week."
    assert effective_day(launch, date(2031, 3, 2)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The public consultation commences on 1 April 2031.",
        "Hearings commence on 5 May 2031.",
        "The review commenced on 3 March 2031 and the rule takes effect later.",
    ],
)
def test_a_process_that_commences_states_no_start(text: str) -> None:
    # a consultation, hearings or a review open on the day: no instrument's start (a day each
    # on the code before)
    assert effective_day(text, date(2031, 3, 2)) is None


def test_a_start_counted_from_publication_without_zhi() -> None:
    text = "本部發布「電車安全管理規定」，自發布日起六個月後施行。"
    assert effective_day(text, date(2031, 3, 2)) == date(2031, 9, 2)  # None on the code before
    with_zhi = "本部发布《电车安全管理规定》，自发布之日起六个月后施行。"
    assert effective_day(with_zhi, date(2031, 3, 2)) == date(2031, 9, 2)


@pytest.mark.parametrize(
    "text",
    [
        "本规定自《电车安全要求》国家标准发布日起六个月后施行。",
        "本規定自《電車安全要求》國家標準發布日起六個月後施行。",
        "本规定自《电车安全要求》国家标准发布之日起六个月后施行。",
    ],
)
def test_a_start_counted_from_another_acts_publication_without_zhi_is_none(text: str) -> None:
    # another act's publication, 之 or not, simplified or traditional: not the report's day
    # (2031-09-02 without 之 on the code before)
    assert effective_day(text, date(2031, 3, 2)) is None


def test_a_notice_in_force_on_its_publication_without_zhi(cues: AboutCues) -> None:
    text = "交通部发布电车安全管理规定\n\n本规定自发布日起施行。"
    assert stage_of(text, cues) == "in-force"


# -- 6. 正研議 -----------------------------------------------------------------------------------


def test_a_measure_being_studied_is_a_plan(tagger: Tagger) -> None:
    # the whole tagging (its stage reads the rules' cues); traditional script is read in
    # simplified characters (正研议 for 正研議)
    studied = (
        "传交通部将要求自动驾驶出租车取得执照\n\n"
        "据了解，交通部正研议要求自动驾驶出租车须先取得许可证，最快年中上路。"
    )
    assert tag_texts_about([studied], tagger)[0].stage.value == "reported"  # adopted before
    traditional = (
        "傳交通部將要求自動駕駛計程車取得執照\n\n"
        "據了解，交通部正研議要求自動駕駛計程車須先取得許可證，最快年中上路。"
    )
    assert tag_texts_about([traditional], tagger)[0].stage.value == "reported"
    required = (
        "传交通部将要求自动驾驶出租车取得执照\n\n"
        "据了解，交通部要求自动驾驶出租车须先取得许可证，最快年中上路。"
    )
    assert tag_texts_about([required], tagger)[0].stage.value == "adopted"  # no study: an act
    withdrawn = (
        "交通部撤回自动驾驶出租车执照规定草案\n\n"
        "交通部今天宣布撤回自动驾驶出租车执照规定草案，将重新研议。"
    )
    assert tag_texts_about([withdrawn], tagger)[0].stage.value == "suspended"
