"""The app through FastAPI's TestClient: API, CSV twins, pages, escaping, read-only, offline, languages."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

import pytest
import storekit


# ---------------------------------------------------------------- API


def test_api_regions(client):
    r = client.get("/api/regions")
    assert r.status_code == 200
    body = r.json()
    names = [x["name"] for x in body["rows"]]
    assert names[0] == storekit.YZ and storekit.EVIL in names
    assert body["count"] == len(names)


def test_api_facts_filters_and_evidence(client):
    rows = client.get("/api/facts", params={"region": storekit.YZ, "metric": "gdp", "status": "actual", "year": 2024}).json()["rows"]
    assert {(f["value"], f["unit"], f["kind"]) for f in rows} == {(7.8e11, "CNY", "level"), (6.0, "%", "growth")}
    for f in rows:
        assert f["doc"] == "yz_2025_report" and f["quote"] and f["orig_end"] > f["orig_start"]
    assert client.get("/api/facts", params={"status": "forecast"}).json()["count"] == 0
    assert client.get("/api/facts", params={"year": "abc"}).status_code == 422


def test_api_facts_pages(client):
    first = client.get("/api/facts", params={"limit": 5}).json()
    assert first["count"] == 5 and first["next"] == "/api/facts?limit=5&offset=5"
    second = client.get(first["next"]).json()
    everything = client.get("/api/facts").json()["rows"]
    assert [f["id"] for f in first["rows"] + second["rows"]] == [f["id"] for f in everything[:10]]
    assert "next" not in client.get("/api/facts", params={"limit": 1000}).json()


def test_api_document(client):
    d = client.get("/api/documents/yz_2025_report").json()
    assert d["doc_id"] == "yz_2025_report" and len(d["facts"]) == 7 and d["frameworks"][0]["code"] == "613"
    assert d["clean_text"][d["facts"][0]["clean_start"] : d["facts"][0]["clean_end"]] == d["facts"][0]["quote"]
    assert client.get("/api/documents/none").status_code == 404
    docs = client.get("/api/documents").json()
    assert docs["count"] == len(storekit.corpus())


def test_api_region_profile(client):
    d = client.get(f"/api/regions/{quote(storekit.YZ)}").json()
    assert d["name"] == storekit.YZ
    assert [g["role"] for g in d["roles"]] == ["cluster", "chain", "future"]
    assert d["frameworks"][0]["parts"][0]["members"][0] == "高端装备"
    assert {t["status"] for t in d["targets"]} >= {"met", "missed", "on track"}
    assert client.get("/api/regions/nowhere").status_code == 404


def test_api_targets(client):
    body = client.get("/api/targets").json()
    statuses = [r["status"] for r in body["rows"]]
    assert body["count"] == 7 and set(statuses) == {"met", "missed", "on track", "behind", "no data"}
    for r in body["rows"]:
        assert r["target"]["quote"] and r["target"]["doc"]
        if r["latest"]:
            assert r["latest"]["quote"] and r["latest"]["doc"]
    nt = client.get("/api/targets", params={"region": storekit.NT}).json()
    assert nt["count"] == 1 and nt["rows"][0]["status"] == "behind"
    assert client.get("/api/targets", params={"year": 2027}).json()["count"] == 1


def test_api_compare(client):
    c = client.get("/api/compare").json()
    assert set(c["matrix"]) == {storekit.YZ, storekit.NT, storekit.SZ}
    assert {c["pairs"][0]["a"], c["pairs"][0]["b"]} == {storekit.YZ, storekit.NT}
    assert c["matrix"][storekit.SZ]["ic"]["mentions"][0]["doc"] == "sz_2025"


def _csv(r):
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    "a, b",
    [
        ("/api/facts.csv?region=南通市", "/api/facts?region=南通市&_format=csv"),
        ("/api/regions.csv", "/api/regions?_format=csv"),
        ("/api/documents.csv", "/api/documents?_format=csv"),
        ("/api/targets.csv", "/api/targets?_format=csv"),
        ("/api/compare.csv", "/api/compare?_format=csv"),
    ],
)
def test_csv_twins(client, a, b):
    ra, rb = client.get(a), client.get(b)
    assert _csv(ra) == _csv(rb)


def test_csv_content(client):
    rows = _csv(client.get("/api/facts.csv", params={"region": storekit.NT}))
    assert len(rows) == 3 and {r["subject"] for r in rows} == {storekit.NT}
    assert float(rows[0]["value"]) > 0 and rows[0]["quote"]
    t = _csv(client.get("/api/targets.csv"))
    assert {"subject", "metric", "period", "comparator", "value", "actual_value", "progress", "status", "target_quote"} <= set(t[0])
    pairs = _csv(client.get("/api/compare/pairs.csv"))
    assert len(pairs) == 3 and float(pairs[0]["similarity"]) >= float(pairs[-1]["similarity"])


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ["/api/regions", "/api/facts", "/api/facts.csv", "/api/documents/{doc}", "/api/targets", "/api/compare"]:
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/facts"]["get"]["parameters"]}
    assert {"region", "metric", "status", "year", "_format"} <= params
    assert all(set(item) == {"get"} for item in spec["paths"].values())


@pytest.mark.parametrize(
    "page, twin",
    [
        ("/?_format=json", "/api/overview"),
        (f"/regions/{quote(storekit.YZ)}?_format=json", f"/api/regions/{quote(storekit.YZ, safe='')}"),
        (f"/regions/{quote(storekit.YZ)}?_format=csv&status=target", "/api/facts.csv?region=" + quote(storekit.YZ) + "&status=target"),
        ("/documents/yz_2025_report?_format=json", "/api/documents/yz_2025_report"),
        ("/targets?_format=json&year=2025", "/api/targets?year=2025"),
        ("/targets?_format=csv", "/api/targets.csv"),
        ("/compare?_format=json", "/api/compare"),
    ],
)
def test_pages_have_data_twins(client, page, twin):
    r = client.get(page, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == twin
    assert client.get(page).status_code == 200


# ---------------------------------------------------------------- offline, read-only


def test_docs_and_pages_load_nothing_from_outside(client):
    for path in ["/", "/docs", f"/regions/{quote(storekit.YZ)}", "/documents/yz_2025_report", "/targets", "/compare"]:
        html = client.get(path).text
        for url in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not re.match(r"^(https?:)?//", url), (path, url)
    assert client.get("/redoc").status_code == 404
    for asset in ["/static/style.css", "/static/app.js", "/static/docs.js", "/static/favicon.svg"]:
        assert client.get(asset).status_code == 200, asset


def test_only_get(client):
    for method in ("post", "put", "delete", "patch"):
        r = getattr(client, method)("/api/facts")
        assert r.status_code == 405
    assert client.head("/").status_code in (200, 405)


def test_store_is_opened_read_only(app):
    from sqlalchemy import text

    with pytest.raises(Exception):
        with app.state.engine.begin() as conn:
            conn.execute(text("DELETE FROM facts"))
    with app.state.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM facts")).scalar() > 0


def test_security_headers(client):
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


# ---------------------------------------------------------------- pages


def test_overview_page(client):
    html = client.get("/?lang=zh").text
    assert "总览" in html and storekit.YZ in html and "扬州市政府工作报告" in html
    assert 'action="/search"' in html


def test_region_page(client):
    html = client.get(f"/regions/{quote(storekit.YZ)}").text
    assert "“613”" in html and "汽车及零部件" in html
    assert html.count("<figure class=\"chart\"") >= 3
    assert 'class="actual-line"' in html and 'class="pt target"' in html
    # every plotted point links to its evidence
    assert re.search(r'<a href="/documents/yz_2024_report(#fact-\d+|\?start=\d+&amp;end=\d+#span-sel)" class="pt actual">', html)
    filtered = client.get(f"/regions/{quote(storekit.YZ)}", params={"status": "target", "year": "2027"}).text
    table = filtered.split('<section id="facts">')[1].split("</section>")[0]
    assert "9,000亿元" in table and "7,800亿元" not in table
    assert client.get("/regions/nowhere").status_code == 404


def test_region_names_resolve_to_the_standard_name(client):
    r = client.get(f"/regions/{quote('扬州')}", params={"lang": "zh"}, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/regions/{quote(storekit.YZ, safe='')}?lang=zh"
    assert client.get(f"/api/regions/{quote('扬州')}").json()["name"] == storekit.YZ


def test_document_page_highlights_every_fact(client):
    html = client.get("/documents/yz_2025_report").text
    for f in client.get("/api/documents/yz_2025_report").json()["facts"]:
        assert f'id="fact-{f["id"]}"' in html
    assert "<mark class=\"fact\"" in html and 'id="facts-data"' in html
    assert '<details class="removed"' in html and "首页 &gt; 新闻中心 &gt; 要闻" in html
    assert "/documents/yz_2025_report/original?start=" in html


def test_original_page_marks_the_span(client):
    f = client.get("/api/documents/yz_2025_report").json()["facts"][4]
    html = client.get(f"/documents/yz_2025_report/original?start={f['orig_start']}&end={f['orig_end']}").text
    m = re.search(r'<mark class="sel" id="span-sel">([^<]*)</mark>', html)
    assert m and m.group(1) == f["quote"]
    assert "首页 &gt; 新闻中心" in html  # the original keeps its furniture


def test_document_page_marks_an_industry_span(client):
    d = client.get("/api/documents/yz_2025_report").json()
    m = next(x for x in d["industries"] if x["name"] == "低空经济")
    html = client.get(f"/documents/yz_2025_report?start={m['clean_start']}&end={m['clean_end']}").text
    assert re.search(r'<span id="span-sel"></span><mark class="sel">' + re.escape(m["quote"]) + "</mark>", html)
    # the region page and the compare matrix link industry mentions to that span
    region = client.get(f"/regions/{quote(storekit.YZ)}").text
    assert f"/documents/yz_2025_report?start={m['clean_start']}&amp;end={m['clean_end']}#span-sel" in region


def test_original_page_greys_the_furniture(client):
    html = client.get("/documents/yz_2025_report/original").text
    assert '<span class="furniture"' in html and "版权所有" in html.split('<span class="furniture"')[-1]


def test_targets_page(client):
    html = client.get("/targets?lang=zh").text
    for word in ("已达成", "未达成", "进度正常", "进度落后", "无数据"):
        assert word in html
    html = client.get("/targets", params={"region": storekit.NT, "lang": "en"}).text
    assert "behind" in html and "扬州市</a>" not in html


def test_compare_page(client):
    html = client.get("/compare?lang=zh").text
    assert 'class="heatmap"' in html and "集成电路" in html and "加权 Jaccard" in html


def test_search_page_and_json(client):
    html = client.get("/search", params={"q": "集成电路"}).text
    assert "<mark>集成电路</mark>" in html
    j = client.get("/search", params={"q": "集成电路", "_format": "json"}).json()
    assert len(j["documents"]) == 3
    assert client.get("/api/search", params={"q": "工业开票销售"}).json()["facts"]


def test_language_switch_and_cookie(client):
    r = client.get("/?lang=en")
    assert "Overview" in r.text and "Latest documents" in r.text
    assert "lang=en" in r.headers.get("set-cookie", "")
    # the cookie persists the choice
    assert "Overview" in client.get("/compare").text or "Compare" in client.get("/compare").text
    assert "<h1>Compare</h1>" in client.get("/compare").text
    # metric and industry names from the glossaries
    region = client.get(f"/regions/{quote(storekit.YZ)}").text
    assert "Gross regional product" in region and "Integrated circuits" in region
    assert 'href="/?lang=zh"' in r.text or "lang=zh" in r.text
    zh = client.get(f"/regions/{quote(storekit.YZ)}?lang=zh").text
    assert "地区生产总值" in zh and "Gross regional product" not in zh


# ---------------------------------------------------------------- escaping


HOSTILE = ["<script>", "<img src=x", "<b onmouseover", "<i>outlet</i>", "<nav onclick"]


def _assert_no_raw_markup(html: str):
    for bad in HOSTILE:
        assert bad not in html, bad
    # the only <script> tags are ours: the JSON data blocks and same-origin scripts
    for tag in re.findall(r"<script[^>]*>", html):
        assert tag in ('<script type="application/json" id="facts-data">', '<script type="application/json" id="field-labels">') or re.fullmatch(r'<script src="/static/\w+\.js" defer>', tag), tag


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/documents/evil_doc",
        "/documents/evil_doc/original?start=0&end=10",
        f"/regions/{quote(storekit.EVIL)}",
        "/targets",
        "/compare",
        "/search?q=" + quote("投资额"),
        "/search?q=" + quote("<script>"),
        "/search?q=" + quote('"><img src=x onerror=alert(1)>'),
        "/documents/" + quote("<script>alert(1)</script>"),
        "/regions/" + quote("<img src=x onerror=alert(1)>"),
    ],
)
def test_hostile_text_is_escaped(client, path):
    r = client.get(path)
    assert r.status_code in (200, 404)
    _assert_no_raw_markup(r.text)


def test_hostile_text_is_shown_escaped(client):
    html = client.get("/documents/evil_doc").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html or "&lt;script&gt;alert(&quot;title&quot;)" in html
    assert "&lt;script&gt;window.__pwned = 1;&lt;/script&gt;" in html
    # inside the JSON block, < is \u003c: the block cannot be closed early
    block = html.split('id="facts-data">')[1].split("</script>")[0]
    assert "<" not in block and "\\u003cimg" in block
    assert client.get("/api/documents/evil_doc").json()["title"] == storekit.XSS_TITLE
