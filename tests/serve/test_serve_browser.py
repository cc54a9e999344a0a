"""The pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
import storekit

pytestmark = pytest.mark.browser


def _watch(page, base):
    """Record requests leaving the server, script dialogs and page errors."""
    seen = {"foreign": [], "dialogs": [], "errors": []}
    page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:") else seen["foreign"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    return seen


def test_overview_renders_counts_regions_and_documents(page, live_server, shot_dir):
    seen = _watch(page, live_server)
    page.goto(live_server + "/?lang=zh")
    assert page.locator("#counts .card").first.inner_text().strip()
    regions = page.locator("#regions tbody tr")
    assert regions.count() >= 4
    assert "扬州市" in page.locator("#regions").inner_text()
    assert page.locator("#latest li").count() == len(storekit.corpus())
    # the hostile title is shown as text, not run
    assert storekit.XSS_TITLE in page.locator("#latest").inner_text()
    page.screenshot(path=str(shot_dir / "overview.png"), full_page=True)
    assert seen == {"foreign": [], "dialogs": [], "errors": []}


def test_region_page_profile_chart_and_filters(page, live_server, shot_dir):
    seen = _watch(page, live_server)
    page.goto(f"{live_server}/regions/{quote(storekit.YZ)}?lang=zh")
    assert page.locator("#region-name").inner_text() == storekit.YZ
    assert "613" in page.locator("#frameworks").inner_text()
    assert "汽车及零部件" in page.locator("#frameworks").inner_text()
    roles = page.locator("#industries").inner_text()
    assert "产业集群" in roles and "产业链" in roles and "未来产业" in roles
    # a chart per canonical metric (and unit/kind): actual line, target diamonds
    assert page.locator("figure.chart").count() >= 3
    assert page.locator("figure.chart polyline.actual-line").count() >= 1
    assert page.locator("figure.chart .pt.target polygon").count() >= 3
    box = page.locator("figure.chart svg").first.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 120
    page.screenshot(path=str(shot_dir / "region.png"), full_page=True)
    # filters: status=target leaves only targets
    page.select_option("#facts select[name=status]", "target")
    page.click("#facts button[type=submit]")
    page.wait_for_url("**status=target**")
    badges = page.locator("#facts table .badge").all_inner_texts()
    assert badges and set(badges) == {"目标"}
    assert seen == {"foreign": [], "dialogs": [], "errors": []}


def test_document_highlights_show_fields_on_hover_and_click(page, live_server, shot_dir):
    seen = _watch(page, live_server)
    page.goto(live_server + "/documents/yz_2025_report?lang=zh")
    marks = page.locator("#clean-text mark.fact")
    assert marks.count() >= 7
    first = page.locator("#clean-text mark.fact", has_text="工业开票销售额超过9000亿元")
    first.hover()
    panel = page.locator("#fact-panel-body")
    panel.locator(".f-metric").first.wait_for()
    text = panel.inner_text()
    assert "工业开票销售" in text and "9000亿元" in text and "2024" in text and "实际" in text
    target = page.locator("#clean-text mark.fact", has_text="力争工业开票销售超万亿元")
    target.click()
    assert "目标" in panel.inner_text() and "1万亿元" in panel.inner_text()
    assert "active" in (target.get_attribute("class") or "")
    page.mouse.move(5, 5)
    # the click pinned it: moving away keeps it
    assert "1万亿元" in panel.inner_text()
    page.screenshot(path=str(shot_dir / "document.png"), full_page=True)
    # the removed furniture opens on demand
    removed = page.locator("#removed")
    assert not removed.locator("ol").is_visible()
    removed.locator("summary").click()
    assert "首页 > 新闻中心" in removed.inner_text()
    # the link to the original span marks it there
    panel.locator("a.orig").first.click()
    page.wait_for_url("**/original?**")
    sel = page.locator("#span-sel")
    assert sel.is_visible()
    assert "力争工业开票销售超万亿元".startswith(sel.inner_text()) or sel.inner_text() in "力争工业开票销售超万亿元"
    page.screenshot(path=str(shot_dir / "original.png"), full_page=False)
    assert seen == {"foreign": [], "dialogs": [], "errors": []}


def test_hostile_document_is_inert(page, live_server, shot_dir):
    seen = _watch(page, live_server)
    page.goto(live_server + "/documents/evil_doc")
    assert page.locator("#doc-title").inner_text() == storekit.XSS_TITLE
    assert storekit.XSS_TEXT in page.locator("#clean-text").inner_text()
    page.locator("#clean-text mark.fact").first.hover()
    page.locator("#fact-panel-body .f-quote").wait_for()
    assert storekit.XSS_QUOTE in page.locator("#fact-panel-body").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    page.screenshot(path=str(shot_dir / "hostile.png"), full_page=True)
    for path in ["/", "/search?q=" + quote("投资额"), f"/regions/{quote(storekit.EVIL)}", "/targets", "/compare"]:
        page.goto(live_server + path)
        assert page.locator("img").count() == 0, path
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert seen == {"foreign": [], "dialogs": [], "errors": []}


def test_language_switch_changes_labels_and_persists(page, live_server, shot_dir):
    page.goto(live_server + "/targets?lang=zh")
    assert page.locator("h1").inner_text() == "目标跟踪"
    page.click("#lang-switch")
    page.wait_for_url("**lang=en**")
    assert page.locator("h1").inner_text() == "Targets"
    assert "Latest actual" in page.locator("#targets-table thead").inner_text()
    # the cookie keeps English on the next page without ?lang
    page.goto(live_server + "/compare")
    assert page.locator("h1").inner_text() == "Compare"
    assert "Most overlapping portfolios" in page.inner_text("body")
    # industry names come from the taxonomy's English names where it has them
    header = page.locator("table.heatmap thead").inner_text()
    assert "Integrated circuits" in header or "ic" in header.split()
    page.screenshot(path=str(shot_dir / "compare-en.png"), full_page=True)
    page.goto(live_server + f"/regions/{quote(storekit.YZ)}")
    assert "Frameworks" in page.inner_text("#frameworks h2")
    page.screenshot(path=str(shot_dir / "region-en.png"), full_page=True)
    page.click("#lang-switch")
    assert page.locator("#frameworks h2").inner_text() == "产业体系框架"


def test_targets_and_compare_pages(page, live_server, shot_dir):
    seen = _watch(page, live_server)
    page.goto(live_server + "/targets?lang=zh")
    rows = page.locator("#targets-table tbody tr")
    assert rows.count() >= 6
    table = page.locator("#targets-table").inner_text()
    for word in ("已达成", "未达成", "进度正常", "无数据"):
        assert word in table, word
    page.screenshot(path=str(shot_dir / "targets.png"), full_page=True)
    page.select_option("select[name=region]", storekit.NT)
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**region=**")
    assert page.locator("#targets-table tbody tr").count() == 1
    page.goto(live_server + "/compare?lang=zh")
    assert page.locator("table.heatmap tbody tr").count() == 3
    assert page.locator("#pairs tbody tr").count() == 3
    assert page.locator("#chasers li").count() >= 5
    page.screenshot(path=str(shot_dir / "compare.png"), full_page=True)
    assert seen == {"foreign": [], "dialogs": [], "errors": []}


def test_api_docs_render_offline(page, live_server, shot_dir):
    seen = _watch(page, live_server)
    page.goto(live_server + "/docs?lang=en")
    page.locator("#api .op").first.wait_for()
    assert page.locator("#api .op").count() >= 10
    paths = page.locator("#api .op .path").all_inner_texts()
    assert "/api/facts" in paths and "/api/targets" in paths
    facts_op = page.locator("#api .op", has=page.locator(".path", has_text="/api/facts")).first
    facts_op.locator("input[name=region]").fill(storekit.NT)
    facts_op.locator("button").click()
    facts_op.locator("pre", has_text="200").wait_for()
    assert "南通市" in facts_op.locator("pre").inner_text()
    page.screenshot(path=str(shot_dir / "docs.png"), full_page=False)
    assert seen == {"foreign": [], "dialogs": [], "errors": []}


def test_evidence_links_lead_to_the_marked_span(page, live_server, shot_dir):
    seen = _watch(page, live_server)
    page.goto(f"{live_server}/regions/{quote(storekit.YZ)}?lang=zh")
    # an industry's evidence link: the document opens with the mention marked
    page.locator("#industries li", has_text="低空经济").locator("a.docref").first.click()
    page.wait_for_url("**/documents/yz_2025_report?start=**")
    assert page.locator("#clean-text mark.sel").first.inner_text() in "氢能、低空经济"
    assert page.locator("#span-sel").count() == 1
    # a chart point: its document, the fact marked or highlighted
    page.goto(f"{live_server}/regions/{quote(storekit.YZ)}?lang=zh")
    page.locator("figure.chart a.pt.target").first.click()
    page.wait_for_url("**/documents/**")
    assert page.locator("#clean-text mark.sel, #clean-text mark.fact.active").count() >= 1
    # the marked fact's fields are shown at once
    page.locator("#fact-panel-body .f-status").wait_for()
    assert "目标" in page.locator("#fact-panel-body").inner_text()
    page.screenshot(path=str(shot_dir / "evidence.png"), full_page=False)
    assert seen == {"foreign": [], "dialogs": [], "errors": []}
