"""Main subjects by class of wording, forty-first round, on sentences written for these tests.

1. A name held only in the questions of a question-and-answer record (问：……？答：……, 問：,
   "Q: ... A: ...") is what the asker asks about: its mentions there are minor, and the learned
   main may not add it.
2. A country right before a company's book of business in it ("China data-centre sales", "the
   China outlook", "China operations", "China cases") names a market, not an actor, as "China
   sales" did; an office's word after it ("UK business department") keeps the country acting.
3. A company's base is its place: "companies based in China" does not make China the party a
   rule's trade reaches, as "entities in China" and "buyers from China" do.
"""

from __future__ import annotations

from nlp.about import (
    Sentence,
    _asked_only,
    _in_a_question,
    _market_modifier,
    _trade_target,
    load_cues,
    split_sentences,
)
from policywatch_core.models import WatchEntity
from tests.main_subject_support import main_of, mention, named_mentions, sentence

# -- 1. a name only in a question of a question-and-answer record --------------------------------


def _asked(text: str, name: str) -> bool:
    return _in_a_question(sentence(text, "body"), mention(text, name, "x"))


def test_a_name_in_a_question_is_asked_about() -> None:
    assert _asked("问：日本对光刻胶出口的限制会影响贵公司吗？", "日本")
    assert _asked("答：订单稳定。问：日本的新规何时生效？", "日本")  # the second question
    assert _asked("問：當局會否限制使用Kimi等應用程式？", "Kimi")  # traditional script
    assert _asked("记者问：韩国的审查进展如何？", "韩国")
    assert _asked("Q: Will Korea widen its screening list?", "Korea")


def test_a_name_in_an_answer_or_plain_text_is_not_asked_about() -> None:
    assert not _asked("问：有何影响？答：日本已于三月收紧出口限制。", "日本")
    assert not _asked("Q: Any impact? A: Korea widened its screening list in May.", "Korea")
    assert not _asked("商务部负责人答记者问：日本的限制不符合规则。", "日本")  # a heading
    assert not _asked("FAQ: Korea widened its screening list in May.", "Korea")
    assert not _asked("日本对光刻胶实施出口管制。", "日本")


def _sentences(text: str) -> list[Sentence]:
    """``text`` split at its full stops and question marks, as the parse would split it."""
    spans, start = [], 0
    for at, char in enumerate(text):
        if char in "。？":
            spans.append((start, at + 1))
            start = at + 1
    return split_sentences(text, spans)


def test_asked_only_needs_every_mention_in_a_question() -> None:
    korea = WatchEntity(id="south-korea", name="South Korea", type="country")
    japan = WatchEntity(id="japan", name="Japan", type="country")
    named = {"韩国": korea, "日本": japan}
    entities = {"south-korea": korea, "japan": japan}
    text = (
        "问：日本和韩国的审查会拖延交易吗？答：我们在等待。"
        "问：还有其他风险吗？答：韩国已批准另一笔交易。"
    )
    asked = _asked_only(_sentences(text), named_mentions(text, named), entities)
    assert asked == {"japan"}  # Korea acts in an answer


def test_an_investor_record_does_not_make_the_asked_country_main() -> None:
    main = main_of(
        "某存储芯片公司：投资者关系活动记录表（2029年3月）\n\n"
        "问：美国对存储芯片设备出口的限制对公司扩产有何影响？答：公司设备已基本到位，扩产按计划推进。"
        "问：公司产品是否受到美国出口管制影响？答：公司经营正常，客户需求稳定。"
        "问：今年的资本开支计划？答：公司将保持资本开支与去年持平。"
    )
    assert "united-states" not in main


def test_a_legislators_question_does_not_make_its_example_app_main() -> None:
    main = main_of(
        "立法會質詢：公營機構使用人工智能聊天程式\n\n"
        "以下是議員的提問和局長的書面答覆：問：政府會否禁止醫院職員在工作電腦使用Kimi等內地聊天程式？"
        "答：政府現時沒有計劃禁止個別程式。各機構須按現行指引評估風險。"
    )
    assert "moonshot-ai" not in main


# -- 2. a country before a company's book of business in it ------------------------------------


def _market(title: str, place: str, entity_id: str) -> bool:
    return _market_modifier(sentence(title, "title"), mention(title, place, entity_id))


def test_a_book_of_business_in_a_country_is_a_market() -> None:
    assert _market("Chip designer says China data-centre sales halved", "China", "china")
    assert _market("Toolmaker cuts the China outlook for next year", "China", "china")
    assert _market("Drone maker winds down China operations", "China", "china")
    assert _market("Licensing unit clears backlog of China cases", "China", "china")
    assert _market("Inspector finds licence unit missed targets on China cases", "China", "china")
    assert _market("Robot maker says Japan business slowed", "Japan", "japan")


def test_an_office_after_the_country_keeps_it_acting() -> None:
    assert not _market("UK business department fines drone maker", "UK", "united-kingdom")
    assert not _market("UK Business Secretary blocks chip deal", "UK", "united-kingdom")
    assert not _market("Japan business ministry widens export list", "Japan", "japan")
    assert not _market("China orders recall of drones", "China", "china")


# -- 3. a company's base is its place, not a party trade reaches --------------------------------


def _reached(text: str, place: str) -> bool:
    return _trade_target(sentence(text, "body"), mention(text, place, "x"), load_cues())


def test_a_companys_base_is_no_trade_target() -> None:
    assert not _reached(
        "The order bars schools from using chatbots made by firms based in Japan", "Japan"
    )
    assert not _reached("Lawmakers moved to bar grants to companies based in Korea", "Korea")


def test_a_holder_in_or_from_a_country_still_is() -> None:
    assert _reached("The rule bars sales of sensors to entities in Japan", "Japan")
    assert _reached("Licences are needed for shipments to buyers from Korea", "Korea")


def test_a_bill_on_apps_of_companies_based_in_a_country_does_not_make_it_main() -> None:
    main = main_of(
        "Lawmakers file bill to ban Kimi on state phones\n\n"
        "A group of lawmakers in Texas filed a bill on Thursday that would ban Kimi and other "
        "chatbots made by companies based in China from all state-issued phones. The bill would "
        "give agencies 30 days to delete the apps. Moonshot AI did not reply to a request for "
        "comment."
    )
    assert "china" not in main
    assert "moonshot-ai" in main


# -- review mends --------------------------------------------------------------------------------
# 1. A question whose answer opens on the asked name (by reference, or as a bare yes or no) is
#    no question the name is only asked in: the answer tells of it.


def _sentences_latin(text: str) -> list[Sentence]:
    """``text`` split after its full stops and question marks (either script)."""
    spans, start = [], 0
    for at, char in enumerate(text):
        if char in "。？?." and (at + 1 == len(text) or text[at + 1] in " 答问Q"):
            spans.append((start, at + 1))
            start = at + 1
    if start < len(text):
        spans.append((start, len(text)))
    return split_sentences(text, spans)


def _asked_company(text: str, name: str) -> bool:
    """Whether the company ``name`` stands only in the questions of ``text``."""
    company = WatchEntity(id="x", name=name, type="company")
    mentions = named_mentions(text, {name: company})
    return _asked_only(_sentences_latin(text), mentions, {"x": company}) == {"x"}


def test_a_question_answered_by_reference_does_not_leave_the_name_asked_only() -> None:
    assert not _asked_company("问：英伟达为何被罚款？答：该公司未依法申报。", "英伟达")
    assert not _asked_company("问：对华为的限制会放宽吗？答：否。", "华为")
    assert not _asked_company(
        "Q: Will Nvidia be exempt? A: No. Every exporter needs one.", "Nvidia"
    )
    assert not _asked_company("Q: Is Samsung hiring? A: The company is hiring in Texas.", "Samsung")
    # an answer that speaks of something else leaves the name asked only
    assert _asked_company("问：英伟达为何被罚款？答：根据反垄断法确定。", "英伟达")
    assert _asked_company("Q: Will Nvidia be exempt? A: Nobody is exempt from March.", "Nvidia")


def test_a_fined_company_asked_about_and_answered_by_reference_is_main() -> None:
    main = main_of(
        "市场监管总局就一起反垄断处罚答记者问\n\n"
        "问：英伟达为何被处以罚款？答：该公司在收购迈络思时未依法申报，违反了反垄断法。"
        "问：罚款金额如何确定？答：根据违法行为的性质和程度确定。"
    )
    assert "nvidia" in main


def test_a_company_asked_about_and_answered_no_is_main() -> None:
    main = main_of(
        "Commerce official answers questions on the new chip licence rule\n\n"
        "The Commerce Department published questions and answers on its new export licence rule "
        "on Tuesday. Q: Will Nvidia be exempt from the licence requirement? A: No. Every "
        "exporter of the covered chips needs a licence from March 1. Q: When does the rule take "
        "effect? A: On March 1."
    )
    assert "nvidia" in main


# 4. An answer's mark stands at a line's start or after a stop; a question's span ends at its
#    sentence's end.


def test_an_answer_mark_inside_a_sentence_is_no_answer() -> None:
    assert _asked("Q: Under Plan A: will Korea follow the rule?", "Korea")
    assert _asked("Q: Does Annex A: list Korea as a destination?", "Korea")
    assert not _asked("Q: Any impact?\nA: Korea widened its list.", "Korea")
    assert not _asked("问：有何影响？答：日本已收紧限制。", "日本")


def test_a_question_span_ends_at_its_sentence() -> None:
    text = "Q: Will the rule bite? Will Korea follow?"
    second = _sentences_latin(text)[1]
    assert not _in_a_question(second, mention(text, "Korea", "x"))


# 5. 有记者问： and 提问： are question marks; 答记者提问： heads the questions.


def test_other_question_marks_are_read() -> None:
    assert _asked("有记者问：韩国的审查进展如何？", "韩国")
    assert _asked("提问：韩国的审查进展如何？", "韩国")
    assert _asked("交易所问询函 问：日本子公司的收入如何确认？", "日本")  # after a space
    assert not _asked("商务部负责人答记者提问：日本的限制不符合规则。", "日本")


# 2. "cases" names a market's cases only after "of"; 3. an office's word after "and <word>", and
#    "operations of", keep the country acting.


def test_a_countrys_cases_against_a_company_are_its_own() -> None:
    assert not _market("US cases against Huawei pile up", "US", "united-states")
    assert not _market("EU cases against TikTok widen", "EU", "eu")
    assert not _market("China cases rise as regulator steps up checks", "China", "china")
    assert _market("Licensing unit clears backlog of China cases", "China", "china")


def test_an_office_after_and_a_word_keeps_the_country_acting() -> None:
    assert not _market("UK Business and Trade Secretary blocks deal", "UK", "united-kingdom")
    assert not _market("Japan market and competition regulator fines app store", "Japan", "japan")
    assert not _market("EU operations of the ban begin in May", "EU", "eu")
    assert _market("Drone maker winds down China operations", "China", "china")


# 7. A listing of companies based in a country: the read sets make the country main in none of
#    the two such articles ("added 14 companies based in China to the Entity List"), so the base
#    stays no trade target under a listing verb either.


def test_a_listings_companies_base_is_no_trade_target() -> None:
    assert not _reached(
        "The department added 12 companies based in Japan to the Entity List", "Japan"
    )
    assert _reached("The rule bars exports of lasers to entities in Japan", "Japan")
