"""Read helpers: overview, regions, facts filters, documents, search."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "serve"))

import storekit  # noqa: E402

from chanye.analyse import queries as Q  # noqa: E402


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return Q.open_engine(storekit.build_store(tmp_path_factory.mktemp("q") / "s.db"))


def test_overview(engine):
    ov = Q.overview(engine)
    assert ov["counts"]["documents"] == len(storekit.corpus())
    assert ov["counts"]["facts"] == sum(len(d.facts) for d in storekit.corpus())
    assert ov["counts"]["regions"] == 4
    assert ov["latest_documents"][0]["doc_id"] == "nt_2025_h1"  # newest date first


def test_regions(engine):
    rows = {r["name"]: r for r in Q.regions(engine)}
    assert rows[storekit.YZ]["documents"] == 2 and rows[storekit.YZ]["facts"] == 11
    assert rows[storekit.YZ]["targets"] == 5 and rows[storekit.YZ]["frameworks"] == 1
    assert Q.regions(engine)[0]["name"] == storekit.YZ


def test_fact_filters(engine):
    assert {f["subject"] for f in Q.facts(engine, region=storekit.NT)} == {storekit.NT}
    gdp = Q.facts(engine, metric="gdp")
    assert gdp and all(f["metric_id"] == "gdp" for f in gdp)
    assert Q.facts(engine, metric="新增省级以上专精特新企业")[0]["value"] == 265  # by the metric as written
    assert {f["status"] for f in Q.facts(engine, status="target")} == {"target"}
    y = Q.facts(engine, year=2025)
    assert y and all(f["period"].startswith("2025") for f in y)
    assert len(Q.facts(engine, limit=3)) == 3
    assert Q.facts(engine, offset=2, limit=1)[0]["id"] == Q.facts(engine)[2]["id"]
    f = Q.facts(engine, doc="yz_2024_report")[0]
    assert set(Q.FACT_COLUMNS) == set(f)


def test_document_with_children_and_spans(engine):
    d = Q.document(engine, "yz_2025_report")
    assert d["title"].startswith("扬州市政府工作报告")
    assert len(d["facts"]) == 7 and len(d["industries"]) == 8 and len(d["frameworks"]) == 1
    for f in d["facts"]:
        assert d["clean_text"][f["clean_start"] : f["clean_end"]] == f["quote"]
        assert d["original_text"][f["orig_start"] : f["orig_end"]] == f["quote"]
    assert d["removed"][0]["kind"] == "navigation"
    assert Q.document(engine, "nope") is None


def test_search(engine):
    found = Q.search(engine, "集成电路")
    assert {d["doc_id"] for d in found["documents"]} == {"yz_2025_report", "nt_2025_h1", "sz_2025"}
    snip = found["documents"][0]["snippet"]
    assert snip["match"] == "集成电路"
    assert Q.search(engine, "工业开票销售")["facts"]
    assert Q.search(engine, "") == {"q": "", "documents": [], "facts": []}
    # LIKE wildcards are literal
    assert Q.search(engine, "增%长")["documents"] == []  # as a wildcard it would match 增长
    assert Q.search(engine, "生产_值")["facts"] == []  # as a wildcard it would match 生产总值
    assert Q.search(engine, "6.0%")["documents"][0]["doc_id"] == "yz_2025_report"
