"""Region comparison: weighted Jaccard over role-weighted industry portfolios, on hand-made portfolios."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "serve"))

import storekit  # noqa: E402

from chanye.analyse.compare import ROLE_WEIGHT, build_comparison, compare_regions, jaccard, weighted_jaccard  # noqa: E402


def m(region, industry_id, role, doc="d", name=None):
    return {"region": region, "industry_id": industry_id, "role": role, "doc": doc, "name": name or industry_id, "quote": "q"}


def test_similarity_functions():
    assert weighted_jaccard({}, {}) == 0.0
    assert weighted_jaccard({"a": 1.0}, {"a": 1.0}) == 1.0
    assert weighted_jaccard({"a": 1.0}, {"b": 1.0}) == 0.0
    assert weighted_jaccard({"a": 1.0, "b": 0.5}, {"a": 0.5, "c": 1.0}) == pytest.approx(0.5 / 2.5)
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)


def test_identical_portfolios_rank_first_and_roles_weigh():
    mentions = [
        # A and B: the same three industries in the same roles
        m("A", "ic", "cluster"), m("A", "ai", "chain"), m("A", "biotech", "future"),
        m("B", "ic", "cluster"), m("B", "ai", "chain"), m("B", "biotech", "future"),
        # C: the same industries, weaker roles
        m("C", "ic", "future"), m("C", "ai", "future"), m("C", "biotech", "future"),
        # D: nothing in common
        m("D", "shipbuilding", "cluster"),
    ]
    c = build_comparison(mentions)
    first = c.pairs[0]
    assert {first.a, first.b} == {"A", "B"} and first.similarity == pytest.approx(1.0)
    ac = next(p for p in c.pairs if {p.a, p.b} == {"A", "C"})
    assert ac.jaccard == pytest.approx(1.0)  # same sets...
    assert ac.similarity == pytest.approx((0.5 + 0.5 + 0.5) / (1.0 + 0.8 + 0.5))  # ...different commitment
    ad = next(p for p in c.pairs if {p.a, p.b} == {"A", "D"})
    assert ad.similarity == 0.0 and ad.shared == []
    assert c.pairs[-1].similarity == 0.0
    # who chases what: strongest role first
    assert c.chasers["ic"] == ["A", "B", "C"]
    assert c.industries[0] in ("ic", "ai", "biotech") and c.industries[-1] == "shipbuilding"


def test_strongest_role_wins_and_unmapped_are_counted_apart():
    c = build_comparison([
        m("A", "ic", "future", doc="d1"), m("A", "ic", "cluster", doc="d2"), m("A", None, "cluster", name="某产业"),
        m("B", None, "chain", name="另一产业"),
    ])
    cell = c.matrix["A"]["ic"]
    assert cell.role == "cluster" and cell.weight == ROLE_WEIGHT["cluster"]
    assert {x["doc"] for x in cell.mentions} == {"d1", "d2"}
    assert c.unmapped == {"A": 1, "B": 1}
    assert "B" in c.regions and "B" not in c.matrix
    assert c.rows() == [{"region": "A", "industry_id": "ic", "weight": 1.0, "role": "cluster", "mentions": 2, "docs": "d1 d2"}]


def test_compare_regions_over_the_test_store(tmp_path):
    from chanye.analyse.queries import open_engine

    c = compare_regions(open_engine(storekit.build_store(tmp_path / "s.db")))
    assert set(c.matrix) == {storekit.YZ, storekit.NT, storekit.SZ}
    top = c.pairs[0]
    assert {top.a, top.b} == {storekit.YZ, storekit.NT}  # 高端装备, 新能源, 集成电路 in common
    assert set(top.shared) == {"high_end_equipment", "new_energy", "ic"}
    assert sorted(c.chasers["ic"]) == sorted([storekit.YZ, storekit.NT, storekit.SZ])
    assert c.unmapped[storekit.YZ] == 1
