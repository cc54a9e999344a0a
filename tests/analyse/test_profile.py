"""Region profiles over a small store built with the real pipeline and the real writer."""

from __future__ import annotations

import hashlib
import json

import pytest

from chanye.analyse.profile import format_value, region_profile
from chanye.cli import main
from chanye.records import SourceDocument
from chanye.store.database import open_store
from chanye.store.testing import make_processed, store_url_fixture
from chanye.store.writer import write_batch

store_url = store_url_fixture()

YANGZHOU = "000_0299c24db079ca18"
ETDZ = "001_0910adda71ff4bcd"


def _source(path) -> SourceDocument:
    raw = path.read_text(encoding="utf-8", errors="replace")
    return SourceDocument(
        doc_id=path.stem,
        origin=str(path),
        text=raw,
        raw=raw,
        content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        encoding="utf_8",
        format="text",
    )


@pytest.fixture
def filled(store_url, dev_docs):
    from chanye.pipeline.process import process_source

    engine = open_store(store_url)
    items = [process_source(_source(dev_docs / f"{doc}.txt")) for doc in (YANGZHOU, ETDZ)]
    # a document whose facts name the region by its short form, with an unmapped industry
    extra = make_processed("short-form", "扬州市新兴产业发展情况通报。全文。", region="扬州")
    extra.result.industries[0].name = "锦鲤养殖"
    extra.result.industries[0].industry_id = None
    write_batch(engine, items + [extra])
    return store_url, engine, {i.source.doc_id: i for i in items}


def test_profile_of_a_city(filled):
    url, engine, items = filled
    profile = region_profile(engine, "扬州")
    assert profile.region == "扬州市" and profile.code == "321000" and profile.parents == ["江苏省", "全国"]
    docs = {d["doc"] for d in profile.documents}
    assert YANGZHOU in docs and "short-form" in docs and ETDZ not in docs

    (fw,) = [f for f in profile.frameworks if f.code == "613"]
    assert [p["count"] for p in fw.parts] == [6, 13]
    assert fw.parts[0]["members"][:2] == ["高端装备", "新能源"]
    assert len(fw.parts[1]["members"]) == 13
    assert any(ev.doc == YANGZHOU for ev in fw.evidence)

    clusters = {e.name: e for e in profile.industries["cluster"]}
    chains = {e.name for e in profile.industries["chain"]}
    futures = {e.name for e in profile.industries["future"]}
    assert {"高端装备", "生命健康", "智慧照明"} <= set(clusters)
    assert {"集成电路", "晶硅光伏", "新型食品"} <= chains
    assert {"低空经济", "零碳负碳"} <= futures
    assert clusters["高端装备"].frameworks == ["613"] and clusters["高端装备"].industry_id == "high_end_equipment"

    series = {s.metric_id: s for s in profile.metrics}
    sales = series["industrial_invoiced_sales"]
    assert [v.period for v in sales.actual] == ["2024"] and sales.actual[0].value == 9e11
    assert [v.period for v in sales.target] == ["2025"] and sales.target[0].value == 1e12
    assert sales.en == "Industrial invoiced sales"
    # the short-form subject (扬州) is the same region
    assert any(v.evidence.doc == "short-form" for v in profile.unmapped_metrics)


def test_evidence_points_into_the_document(filled):
    url, engine, items = filled
    profile = region_profile(engine, "扬州市")
    clean = items[YANGZHOU].clean
    checked = 0
    for series in profile.metrics:
        for v in series.actual + series.target + series.forecast:
            if v.evidence.doc != YANGZHOU:
                continue
            a, b = v.evidence.clean_span
            assert clean.text[a:b] == v.evidence.quote
            oa, ob = v.evidence.span
            assert 0 <= oa < ob <= len(clean.original)
            checked += 1
    for entries in profile.industries.values():
        for e in entries:
            for ev in e.evidence:
                if ev.doc == YANGZHOU:
                    a, b = ev.clean_span
                    assert clean.text[a:b] == e.name
                    checked += 1
    assert checked > 20


def test_profile_of_a_zone(filled):
    url, engine, items = filled
    profile = region_profile(engine, "扬州经开区")
    assert profile.region == "扬州经济技术开发区" and profile.level == "zone"
    assert profile.parents[0] == "扬州市"
    gdp = {s.metric_id: s for s in profile.metrics}["gdp"]
    assert [(v.period, v.value) for v in gdp.actual] == [("2020", 545.7e8), ("2023", 745.8e8)]
    assert gdp.target and gdp.target[0].value == 1e11
    assert {f.code for f in profile.frameworks} == {"12345", "4+"}
    assert all(not f.parts and f.consistent is None for f in profile.frameworks)
    assert {e.name for e in profile.industries["future"]} >= {"氢能", "低空经济", "数字经济"}


def test_unknown_region_is_empty(filled):
    url, engine, _ = filled
    profile = region_profile(engine, "不存在的地方")
    assert profile.empty and profile.code is None


def test_cli_profile_text_and_json(filled, capsys):
    url, _, _ = filled
    assert main(["profile", "扬州", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("扬州市（321000）")
    assert "“613”" in out and "工业开票销售" in out and "cluster" in out
    assert main(["profile", "扬州经开区", "--db", url, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["region"] == "扬州经济技术开发区"
    assert {m["metric_id"] for m in data["metrics"]} >= {"gdp", "industrial_invoiced_sales"}
    assert main(["profile", "不存在的地方", "--db", url]) == 1


def test_cli_taxonomy_unmapped(filled, capsys):
    url, _, _ = filled
    assert main(["taxonomy", "unmapped", "--db", url, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["锦鲤养殖"]
    assert rows[0]["mentions"] == 1 and rows[0]["documents"] == 1 and rows[0]["maps_now"] is None
    assert main(["taxonomy", "unmapped", "--db", url]) == 0
    assert "锦鲤养殖" in capsys.readouterr().out


def test_render_text_and_values():
    assert format_value(745.8e8, "CNY", "元") == "745.8亿元"
    assert format_value(1e12, "CNY", "元") == "1万亿元"
    assert format_value(4.1, "%", "%") == "4.1%"
    assert format_value(13000, "count", "家") == "1.3万家"
    assert format_value(20e8, "CNY", "元", 30e8) == "20亿元–30亿元"
    assert format_value(84, "rank", "位") == "第84位"


def test_rank_moves_show_as_places_moved():
    from chanye.serve.views import format_value as display

    assert display({"value": 3.0, "unit": "rank", "kind": "growth", "comparator": "="}) == "+3位"
    assert display({"value": -2.0, "unit": "rank", "kind": "growth", "comparator": "="}, "en") == "-2 places"
    assert display({"value": 84.0, "unit": "rank", "kind": "rank", "comparator": "="}) == "第84位"
