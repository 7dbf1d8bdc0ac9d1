"""Two events of one topic: the days their leads state, lead against lead, which is closer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from nlp import lexical
from nlp.cluster import ClusterItem, Grouper, GroupingParams, contrast, profile
from nlp.features import FEATURES, DecisionModel

T0 = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
DIM = 8


def _args(title: str, body: str) -> lexical.Arguments:
    lead = lexical.head(title, body)
    text = f"{title}\n{body}"
    return lexical.Arguments.of(
        lexical.names(lead), lexical.names(text), lexical.dates(lead), lexical.dates(text)
    )


def test_dates_reads_weekdays_and_calendar_days_not_words():
    found = lexical.dates(
        "Posted Feb. 04, 2031. The mayor resigned early Sunday, February 1; a vote follows on "
        "3rd of March. Voters may 5 times... MARCH 9 and 12 April. The Sun reported it."
    )
    assert found == {"d:2-4", "w:sunday", "d:2-1", "d:3-3", "d:3-9", "d:4-12"}
    assert lexical.dates("We may see 4 of them in march 2 weeks from now.") == frozenset()
    assert lexical.dates("A report without a day.") == frozenset()


def test_date_conflict_needs_comparable_days_on_both_sides():
    tuesday = _args("Striker held after crash", "The striker was arrested early Tuesday.")
    sunday = _args("Defender held after crash", "The defender was arrested early Sunday.")
    undated = _args("Defender held after crash", "The defender was arrested, police said.")
    dated = _args("Defender held on Feb. 1", "The defender was arrested on February 1.")
    freqs = lexical.DocumentFrequencies()
    assert lexical.argument_evidence(tuesday, sunday, freqs).date_conflict == 1.0
    assert lexical.argument_evidence(sunday, tuesday, freqs).date_conflict == 1.0
    # one side states no day: nothing to disagree about
    assert lexical.argument_evidence(tuesday, undated, freqs).date_conflict == 0.0
    # a weekday and a calendar day cannot be compared without the year's calendar
    assert lexical.argument_evidence(tuesday, dated, freqs).date_conflict == 0.0


def test_date_conflict_allows_the_day_after_and_a_recalled_day():
    first = _args("Dam fails on Feb. 4", "The dam failed on February 4, flooding the valley.")
    next_day = _args("Valley flooded", "Posted February 5. Water from the dam reached the town.")
    week_later = _args("Second dam fails", "Posted February 12. Another dam failed.")
    recalls = _args(
        "Second dam fails",
        "Posted February 12. Another dam failed, a week after the failure of February 4.",
    )
    freqs = lexical.DocumentFrequencies()
    assert lexical.argument_evidence(first, next_day, freqs).date_conflict == 0.0
    assert lexical.argument_evidence(first, week_later, freqs).date_conflict == 1.0
    # the later report recalls the first day in its body: not a disagreement of days
    assert lexical.argument_evidence(recalls, first, freqs).date_conflict == 0.0


def test_lead_conflict_reads_leads_not_the_background_of_bodies():
    jackson = _args(
        "Receiver Jackson arrested for DUI",
        "Receiver Vincent Jackson was arrested on suspicion of drunk driving.",
    )
    williams = _args(
        "Tackle Jamal Williams arrested for DUI",
        "Tackle Jamal Williams was arrested on suspicion of drunk driving. " * 8
        + "Receiver Vincent Jackson was arrested last month.",
    )
    jackson2 = _args("Jackson arrested", "Vincent Jackson, a receiver, was arrested by the patrol.")
    freqs = lexical.DocumentFrequencies()
    for a in (jackson, williams, jackson2):
        freqs.add(a.names)
    other = lexical.argument_evidence(jackson, williams, freqs)
    same = lexical.argument_evidence(jackson2, jackson, freqs)
    # Williams' body names Jackson: against the whole text the conflict looks smaller
    assert other.head_cov > 0.0
    assert other.lead_conflict > other.head_conflict
    assert same.lead_conflict < other.lead_conflict
    silent = _args("the patrol says", "the patrol made arrests, it said.")
    assert lexical.argument_evidence(jackson, silent, freqs).lead_conflict == 0.0


def test_contrast_says_which_candidate_is_closer():
    found = [("a", {"emb_mean": 0.8}), ("b", {"emb_mean": 0.7}), ("c", {"emb_mean": 0.2})]
    contrast(found)
    assert [round(f["emb_contrast"], 6) for _, f in found] == [0.1, -0.1, -0.6]
    alone = [("a", {"emb_mean": 0.6})]
    contrast(alone)
    assert alone[0][1]["emb_contrast"] == 0.6
    contrast([])  # nothing to compare


def _vec(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def _item(aid: str, title: str, text: str, minutes: int, vector: np.ndarray) -> ClusterItem:
    return ClusterItem(aid, title, T0 + timedelta(minutes=minutes), "o", vector, text=text)


def _weighing(**coef: float) -> DecisionModel:
    """A model that weighs only ``coef`` (standardised as is) and joins at 0 log-odds."""
    n = len(FEATURES)
    weights = tuple(coef.get(f, 0.0) for f in FEATURES)
    return DecisionModel("test", FEATURES, (0.0,) * n, (1.0,) * n, weights, 0.0, {})


def test_grouper_records_the_new_evidence_and_a_date_mismatch_keeps_reports_apart():
    """Two same-kind reports, the same words and names, different days: two events."""
    v = _vec(1)
    first = _item(
        "a", "Chargers player arrested for DUI", "A Chargers player was arrested on Tuesday.", 0, v
    )
    second = _item(
        "b", "Chargers player arrested for DUI", "A Chargers player was arrested on Sunday.", 1, v
    )
    params = GroupingParams(review=False)
    # the texts agree in everything but the day: a model that weighs agreement alone joins ...
    trusting = Grouper(params, model=_weighing(emb_max=4.0), dim=DIM).assign_all([first, second])
    assert trusting[1].development_id == trusting[0].development_id
    assert trusting[1].features["date_conflict"] == 1.0
    assert "lead_conflict" in trusting[1].features
    assert trusting[1].features["emb_contrast"] > 0.99  # the only candidate
    # ... and one that weighs the days' disagreement as well keeps them apart
    careful = _weighing(emb_max=4.0, date_conflict=-8.0)
    split = Grouper(params, model=careful, dim=DIM).assign_all([first, second])
    assert split[1].development_id != split[0].development_id
    same_day = _item(
        "c", "Chargers player arrested for DUI", "The player was arrested early Tuesday.", 2, v
    )
    joined = Grouper(params, model=careful, dim=DIM).assign_all([first, same_day])
    assert joined[1].development_id == joined[0].development_id


def test_profile_keeps_the_days_of_the_lead_and_of_the_text():
    body = "The vote took place on Monday. " + "Delegates argued for hours. " * 20
    body += "A second vote is set for March 3."
    prof = profile(_item("p", "Council votes", body, 0, _vec(2)))
    assert prof.head_dates == {"w:monday"}
    assert prof.dates == {"w:monday", "d:3-3"}


def test_a_feature_the_caller_cannot_state_weighs_nothing():
    model = _weighing(emb_max=2.0, emb_contrast=3.0)
    model = DecisionModel(
        "test", model.features, tuple(0.5 for _ in FEATURES), model.scale, model.coef, 0.0, {}
    )
    # emb_contrast missing: it stands at its mean (0.5), so only emb_max moves the log-odds
    assert model.logit({"emb_max": 0.5}) == 0.0
    assert model.logit({"emb_max": 0.5, "emb_contrast": 1.5}) == 3.0
    assert "emb_contrast" in model.contributions({"emb_max": 0.5, "emb_contrast": 1.5})
