"""A later step naming its rule by the number the notice carries: one policy, whatever its wording.

A thread written for these tests (an invented rule of a real regulator): the industry ministry
issues numbered rules on battery swapping stations for electric scooters (a Chinese notice
with its number), and months later an English report says the first suspensions came "under
Document No. 7", naming neither the rule's title nor its object in the rule's words. In the same
months the ministry issues another numbered notice on another subject, and a case under that
other document. The document number ties the case to its rule and tells it from the other.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.cluster import GroupingParams, same_document
from nlp.crosslingual import extract_evidence
from nlp.story_model import STORY_FEATURES
from tests.story_support import COUNTRIES, basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2026, 5, 4, 8, tzinfo=UTC)
BASIS = basis(71)
PARAMS = GroupingParams(
    broad_entities=COUNTRIES,
    entity_parents=(("miit", "china"),),
)
MIIT = frozenset({"miit"})


def _docs(text: str) -> frozenset[str]:
    return extract_evidence(text).doc_numbers


def test_same_document_reads_the_number_with_or_without_its_year():
    notice = _docs("关于印发《电动自行车换电站安全管理规定》的通知（工信部规〔2026〕7号）")
    report_no = _docs("The first suspensions under Document No. 7 hit two swapping networks.")
    other = _docs("Operators were fined under Document No. 12 for mislabelled chargers.")
    assert same_document(notice, report_no) == 1.0
    assert same_document(report_no, notice) == 1.0
    # two numbered documents, none the same: evidence against
    assert same_document(notice, other) == -1.0
    # two full numbers: the year decides, the number alone does not
    assert same_document(_docs("（工信部规〔2026〕7号）"), _docs("（工信部规〔2025〕7号）")) == -1.0
    # a side citing no numbered document: nothing known
    assert same_document(notice, frozenset()) == 0.0
    assert same_document(frozenset(), frozenset()) == 0.0


def _item(aid, days, title, text, vector, kinds):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=MIIT, kinds=kinds)


def _stream():
    return [
        _item(
            "swap-rules",
            0,
            "关于印发《电动自行车换电站安全管理规定》的通知（工信部规〔2026〕7号）",
            "工业和信息化部印发《电动自行车换电站安全管理规定》，要求换电站运营者对电池进行"
            "逐块登记，并在发生热失控时立即断电。",
            _unit(BASIS[0] + 0.6 * BASIS[1]),
            {"law-regulation"},
        ),
        _item(
            "charger-notice",
            40,
            "关于印发《智能网联汽车数据标注规范》的通知（工信部规〔2026〕12号）",
            "工业和信息化部印发《智能网联汽车数据标注规范》，对训练数据的标注质量提出要求。",
            _unit(BASIS[0] + 0.6 * BASIS[2]),
            {"law-regulation"},
        ),
        _item(
            "first-suspensions",
            150,
            "Two scooter networks suspended in first test of the industry ministry's rules",
            "China's Ministry of Industry and Information Technology suspended two scooter "
            "networks, the first penalties under Document No. 7, after cells overheated.",
            _unit(BASIS[0] + 0.6 * BASIS[3]),
            {"enforcement-fine"},
        ),
        _item(
            "labelling-case",
            200,
            "Data firm fined for sloppy driving-data labels",
            "China's Ministry of Industry and Information Technology fined a data firm under "
            "Document No. 12 for mislabelled driving footage.",
            _unit(BASIS[0] + 0.6 * BASIS[4]),
            {"enforcement-fine"},
        ),
        *filler(T0, BASIS, 30, topics=3, every=6, offset=2),
    ]


def test_the_story_evidence_reads_the_document_both_steps_cite():
    assert "document" in STORY_FEATURES
    items = _stream()
    case = evidence_between(PARAMS, items, "first-suspensions", "swap-rules")
    assert case["document"] == 1.0
    # the case under the ministry's other notice, and that notice against the rule: two
    # documents of one ministry
    assert evidence_between(PARAMS, items, "labelling-case", "swap-rules")["document"] == -1.0
    assert evidence_between(PARAMS, items, "first-suspensions", "charger-notice")["document"] == (
        -1.0
    )
    assert evidence_between(PARAMS, items, "labelling-case", "charger-notice")["document"] == 1.0
