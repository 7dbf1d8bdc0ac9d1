"""Development facts read each report once; the result equals reading every earlier report."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from nlp.lexical import DocumentFrequencies
from nlp.novelty import Report, additions, development_facts, order

_BODIES = [
    "The Harbour Council approved a levy on imported drones. Officials in Port Vesna said the "
    "levy starts in March.",
    "Port Vesna will charge a levy on imported drones from March. Trade minister Ilse Marrow "
    "said 40 importers must register with the customs office by February.",
    "A levy on imported drones begins in March in Port Vesna. Freight brokers warned that "
    "warehouse rents near the northern quay could climb by 12 percent before summer.",
    "Drone importers in Port Vesna face a March levy. The Harbour Council also opened a public "
    "consultation on battery recycling quotas for delivery fleets.",
]


def _reports() -> list[Report]:
    start = datetime(2026, 3, 1, 8, tzinfo=UTC)
    return [
        Report(
            article_id=f"r{i}",
            outlet_id=f"outlet-{i}",
            published=start + timedelta(hours=i),
            title=f"Port Vesna drone levy, report {i}",
            text=body,
        )
        for i, body in enumerate(_BODIES)
    ]


def test_facts_additions_equal_those_against_every_earlier_report() -> None:
    reports = _reports()
    facts = development_facts("dev", list(reversed(reports)), {})
    ordered = order(reports)
    assert [f.article_id for f in facts.reports] == [r.article_id for r in ordered]
    assert facts.reports[0].additions == []
    found_any = False
    for i, report_facts in enumerate(facts.reports[1:], start=1):
        n_sentences, added = additions(ordered[:i], ordered[i])
        assert report_facts.n_sentences == n_sentences
        assert report_facts.additions == added
        found_any = found_any or bool(added)
    assert found_any, "the fixture must make at least one report add something"


def test_idf_memo_follows_added_documents() -> None:
    freqs = DocumentFrequencies()
    freqs.add(["levy", "drone"])
    before = freqs.idf("levy")
    assert freqs.idf("levy") == before
    freqs.add(["levy"])
    freqs.add(["quay"])
    after = freqs.idf("levy")
    # 3 documents, 2 with "levy": log(4 / 3) + 1, not the value cached at 1 document.
    assert after != before
    assert abs(after - (math.log(4 / 3) + 1.0)) < 1e-12
