"""A join whose only shared watchlist entity is a country needs texts that agree.

A short report that names only "China" has all its names in any China development (``names`` =
1.0), and the short-report branch's guard lets loosely related headlines through: the cause of
the policy-status set's two wrong notice joins. When the shared entities are all broad and the
development's reports name a specific actor the report does not, the full-length guard decides.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from nlp.cluster import ClusterItem, Grouper, GroupingParams, profile
from nlp.features import load_model

T0 = datetime(2026, 11, 20, 8, tzinfo=UTC)
DIM = 384
BASIS = np.linalg.qr(np.random.default_rng(5).normal(size=(DIM, 8)))[0].T.astype(np.float32)
PARAMS = GroupingParams(broad_entities=frozenset({"china", "united-states"}))


def _item(aid, hours, title, text, vector, entities):
    return ClusterItem(
        article_id=aid,
        title=title,
        published=T0 + timedelta(hours=hours),
        outlet_id="o-" + aid,
        vector=(vector / np.linalg.norm(vector)).astype(np.float32),
        text=text,
        entity_ids=frozenset(entities),
        signal_kinds=frozenset(),
    )


def _rumour_and_other() -> tuple[list[ClusterItem], ClusterItem]:
    rumour = [
        _item(
            "r1",
            0,
            "Beijing tells state groups to halt Nvidia orders, people say",
            "State-owned groups in China were told to stop ordering Nvidia accelerators.",
            BASIS[0] + 0.2 * BASIS[2],
            {"china", "nvidia"},
        ),
        _item(
            "r2",
            5,
            "Nvidia slips after report on Chinese state buyers",
            "Shares of Nvidia fell after a report that Chinese state buyers must stop orders.",
            BASIS[0] + 0.2 * BASIS[3],
            {"china", "nvidia"},
        ),
    ]
    other = _item(
        "w1",
        240,
        "China weighs checks before model weights leave the country",
        "China plans a security review before weights trained on Chinese data go abroad.",
        0.3 * BASIS[0] + BASIS[1],
        {"china"},
    )
    return rumour, other


def test_a_country_alone_is_flagged_and_a_specific_actor_is_not():
    rumour, other = _rumour_and_other()
    g = Grouper(PARAMS, dim=DIM)
    g.assign_all(rumour)
    dev = next(iter(g.developments.values()))
    prof = profile(other)
    g._count(prof)
    weights, norm = g._item_weights(prof)
    assert g.features(prof, dev, weights, norm)["broad_names"] == 1.0
    named = profile(_item("n1", 241, other.title, other.text, BASIS[1], {"china", "nvidia"}))
    weights, norm = g._item_weights(named)
    assert g.features(named, dev, weights, norm)["broad_names"] == 0.0  # shares Nvidia


def test_broad_names_need_the_full_length_guard_even_for_short_reports():
    model = load_model()
    assert model.short is not None
    short = {"emb_max": 0.30, "tfidf_max": 0.10, "min_words": 13.0}
    assert model.texts_agree(short)  # the short branch's own guard lets it through
    assert not model.texts_agree({**short, "broad_names": 1.0})
    agreeing = {"emb_max": 0.85, "tfidf_max": 0.6, "min_words": 13.0, "broad_names": 1.0}
    assert model.texts_agree(agreeing)  # a true follow-up with agreeing text still joins


def test_the_country_only_report_opens_its_own_development():
    rumour, other = _rumour_and_other()
    g = Grouper(PARAMS, dim=DIM)
    done = {a.article_id: a.development_id for a in g.assign_all([*rumour, other])}
    assert done["r1"] == done["r2"]
    assert done["w1"] != done["r1"]
