"""Stage and sourcing by class of wording, thirty-seventh round, on sentences written for these
tests (the tram, kiosk and ferry rules, the firms and the authorities' words are invented).

1. Stage: a measure that has landed (已正式落地, 兑付落地, 自……起落地, 落地实施) is at work,
   ``in-force``; a landing hoped for (有望年内落地) is not.
2. Stage: a notice published on the very day its start states (自2031年5月1日起实施, out on 1
   May) is ``in-force`` whatever its number line (2031年第9号) says of an issuing; a day ahead
   keeps it ``adopted``.
3. Sourcing: "familiar with the work" marks an unnamed source whoever is counted in it ("an
   official familiar with the work", "two judges familiar with the work"): ``anonymous``, not
   the authority's word.
4. Sourcing: a note or column signed by its writer (", writes consultant ...", ", write lawyers
   at ...", "..., the firm's tax team writes.") is ``on-record``; a city that "writes rules" is
   no writer.
"""

from __future__ import annotations

from datetime import date

from nlp.about import AboutCues
from tests.stage_support import sourcing_of, stage_of

# -- 1. a measure landed ------------------------------------------------------------------------


def test_a_measure_landed_is_in_force(cues: AboutCues) -> None:
    landed = "江城首批电车补贴券已正式落地\n\n江城首批电车补贴券已正式落地，40家企业合计获得补贴。"
    assert stage_of(landed, cues) == "in-force"
    paid = "江城首批电车补贴券兑付落地\n\n江城首批电车补贴券近日完成兑付，40家企业获得补贴。"
    assert stage_of(paid, cues) == "in-force"


def test_a_measure_landed_from_a_day_past_is_in_force(cues: AboutCues) -> None:
    text = "电车购置补贴落地\n\n江财〔2031〕7号文件自4月1日起落地，企业购置电车即可申领补贴。"
    assert stage_of(text, cues, published=date(2031, 4, 2)) == "in-force"


def test_a_landing_hoped_for_is_not_in_force(cues: AboutCues) -> None:
    text = "电车安全标准有望年内落地\n\n由市交通局牵头制定的电车安全标准有望年内落地。"
    assert stage_of(text, cues) != "in-force"


def test_a_landing_pushed_for_or_hoped_for_is_not_in_force(cues: AboutCues) -> None:
    instructed = (
        "江城电车政策座谈会召开\n\n会议要求加快推动电车购置补贴政策落地实施，确保企业尽早受益。"
    )
    assert stage_of(instructed, cues) != "in-force"  # in-force on the code before
    hoped = "电车安全标准有望年内正式落地\n\n由市交通局牵头制定的电车安全标准有望年内正式落地。"
    assert stage_of(hoped, cues) != "in-force"
    urged = "电车新规座谈会\n\n会议强调，要推动电车新规正式落地。"
    assert stage_of(urged, cues) != "in-force"  # in-force on the code before
    done = (
        "江城电车补贴政策落地实施\n\n"
        "江城电车购置补贴政策已于4月1日起在全市落地实施，40家企业获得补贴。"
    )
    assert stage_of(done, cues) == "in-force"


# -- 2. a numbered notice on its start day ------------------------------------------------------

NOTICE = (
    "江城市交通运输局关于开通首批无人售货亭点位的公告。\n\n"
    "首批20个无人售货亭点位自2031年5月1日起实施，运营企业应当按照批准的点位和时段经营。"
    "2031年第9号。"
)


def test_a_numbered_notice_out_on_its_start_day_is_in_force(cues: AboutCues) -> None:
    assert stage_of(NOTICE, cues, signal=False, published=date(2031, 5, 1)) == "in-force"


def test_a_numbered_notice_out_before_its_start_day_stays_adopted(cues: AboutCues) -> None:
    assert stage_of(NOTICE, cues, signal=False, published=date(2031, 4, 28)) == "adopted"


# -- 3. familiar with the work ------------------------------------------------------------------


def test_an_official_familiar_with_the_work_is_an_unnamed_source(cues: AboutCues) -> None:
    text = (
        "Riverton plans ferry safety push.\n\n"
        "Riverton is drawing up rules to put AI hull monitoring on every ferry by 2033, "
        "according to an official familiar with the work."
    )
    assert sourcing_of(text, cues) == "anonymous"


def test_judges_familiar_with_the_work_are_unnamed_sources(cues: AboutCues) -> None:
    text = (
        "Top court to limit AI in ferry disputes.\n\n"
        "The maritime court is preparing rules that would bar AI systems from deciding claims on "
        "their own, two judges familiar with the work said."
    )
    assert sourcing_of(text, cues) == "anonymous"


# -- 4. a signed note ---------------------------------------------------------------------------


def test_a_note_signed_after_a_comma_is_on_record(cues: AboutCues) -> None:
    text = (
        "Kiosk rules: a checklist.\n\n"
        "Since March 1, kiosk operators in Riverton must log every AI refund decision, writes "
        "consultant Mara Ilves."
    )
    assert sourcing_of(text, cues) == "on-record"
    lawyers = (
        "Kiosk rules now apply.\n\n"
        "Since March 1, kiosk operators must log every AI refund decision, write lawyers at "
        "Hollis & Crane."
    )
    assert sourcing_of(lawyers, cues) == "on-record"


def test_a_note_signed_at_the_end_is_on_record(cues: AboutCues) -> None:
    text = (
        "Kiosk refunds: what changed on March 1.\n\n"
        "Since March 1, buyers may ask a kiosk operator whether AI decided their refund, "
        "Hollis & Crane's consumer team writes."
    )
    assert sourcing_of(text, cues) == "on-record"


def test_a_city_that_writes_rules_is_no_writer(cues: AboutCues) -> None:
    text = (
        "Riverton writes kiosk rules.\n\n"
        "Riverton published measures on Tuesday that require kiosk operators to log AI refunds."
    )
    assert sourcing_of(text, cues) != "on-record"


def test_a_duty_to_write_a_tool_that_writes_or_who_writes_is_no_signature(
    cues: AboutCues,
) -> None:
    duty = (
        "Kiosk labels: what providers must do.\n\n"
        "Under the Riverton code, kiosk providers must label AI content, write safety reports "
        "and keep refund logs for a year."
    )
    assert sourcing_of(duty, cues) != "on-record"  # on-record on the code before
    tool = (
        "Kiosk refund tool launched.\n\n"
        "The Riverton refund tool reads, writes and stores records of every AI refund decision."
    )
    assert sourcing_of(tool, cues) != "on-record"  # on-record on the code before
    who = (
        "Kiosk code: a draft.\n\n"
        "The Riverton kiosk code will be finalised by the committee, though it is unclear who "
        "writes."
    )
    assert sourcing_of(who, cues) != "on-record"  # on-record on the code before


def test_a_start_that_was_due_on_the_day_is_not_in_force(cues: AboutCues) -> None:
    text = (
        "Kiosk code start slips.\n\n"
        "The kiosk code, which was to take effect today, will now apply only from January, said "
        "Ada Brink, director of the Riverton Retailers Association."
    )
    assert stage_of(text, cues, signal=False, published=date(2031, 6, 1)) != "in-force"


# -- 5. a Chinese gap within one clause ---------------------------------------------------------


def test_a_chinese_gap_does_not_cross_clause_punctuation(cues: AboutCues) -> None:
    in_force = cues.stages["in-force"]
    assert in_force.search("商务部将三家渡轮企业列入出口管制管控名单") is not None
    assert in_force.search("会议将渡轮安全列入议程，名单另行公布") is None
    assert cues.secondary.search("据江城晚报周三报道") is not None
    assert cues.secondary.search("据了解，渡轮企业周三已提交报道材料") is None


def test_a_chinese_gap_does_not_cross_a_line_break(cues: AboutCues) -> None:
    assert cues.secondary.search("据江城晚报\n周三报道") is None
    assert cues.secondary.search("据江城晚报\r\n周三报道") is None
    assert cues.stages["in-force"].search("商务部将三家渡轮企业列入\n名单") is None
