"""extract_document and `chanye extract`: contract shape, evidence spans, masked text, batch behaviour."""

from __future__ import annotations

import json
import subprocess
import sys
from array import array

from chanye.extract.document import extract_document
from chanye.records import CleanDocument, DocumentMeta


def _clean(text: str, *, date: str | None = "2024-01-20", title: str | None = None, masked=None) -> CleanDocument:
    return CleanDocument(
        doc_id="t",
        text=text,
        original=text,
        offsets=array("l", range(len(text))),
        meta=DocumentMeta(title=title, date=date),
        masked=list(masked or []),
    )


def test_facts_carry_their_evidence():
    text = "扬州市去年实现地区生产总值7420亿元，增长5.9%。"
    result = extract_document(_clean(text))
    assert result.meta.region == "扬州市"
    assert [(f.value, f.unit, f.kind, f.period) for f in result.facts] == [
        (742000000000.0, "CNY", "level", "2023"),
        (5.9, "%", "growth", "2023"),
    ]
    for f in result.facts:
        a, b = f.clean_span
        assert text[a:b] == f.quote
        assert f.span == (a, b)  # identity offsets here
        assert f.subject == "扬州市" and f.subject_code == "321000"


def test_nothing_is_read_from_masked_text():
    text = "全市高新技术企业达到2230家，新增企业270家。"
    at = text.index("270")
    result = extract_document(_clean(text, masked=[(at, at + 4)]))
    assert [f.value for f in result.facts] == [2230.0]


def test_headline_figure_the_body_repeats_is_one_fact():
    title = "泰州工业应税销售突破4600亿元"
    text = title + "\n去年，泰州工业应税销售突破4600亿元，增长6.1%。"
    result = extract_document(_clean(text, title=title, date="2024-01-09"))
    values = [f.value for f in result.facts]
    assert values.count(460000000000.0) == 1
    kept = next(f for f in result.facts if f.value == 460000000000.0)
    assert kept.clean_span[0] > len(title)  # the body's statement is the one kept


def test_contract_object_shape():
    obj = extract_document(_clean("力争今年规上工业增加值增长7%。")).contract()
    assert set(obj) == {"doc", "meta", "facts", "industries", "frameworks"}
    fact = obj["facts"][0]
    assert fact["status"] == "target" and fact["period"] == "2024"
    assert list(fact)[:3] == ["subject", "metric", "value"]


def test_cli_writes_one_file_per_document_and_goes_on_past_bad_inputs(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("去年全市地区生产总值增长6%。\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "chanye", "extract", str(missing), str(good), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0
    assert "missing.txt" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    obj = json.loads((out / "a.json").read_text("utf-8"))
    assert obj["doc"] == "a" and obj["facts"][0]["value"] == 6.0


def test_cli_jsonl_and_nothing_extracted(tmp_path):
    good = tmp_path / "b.txt"
    good.write_text("全市新增高新技术企业120家。\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "chanye", "extract", str(good), "--jsonl"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["facts"][0]["value"] == 120.0
    proc = subprocess.run(
        [sys.executable, "-m", "chanye", "extract", str(tmp_path / "none.txt"), "--jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1 and proc.stdout == ""


def test_headline_rounding_of_a_body_figure_is_one_fact():
    title = "南昌高新区：2024年营收突破5000亿元"
    text = title + "\n2024年园区实现营业总收入5120亿元，同比增长10.2%。"
    result = extract_document(_clean(text, title=title, date="2025-01-15"))
    assert sorted(f.value for f in result.facts) == [10.2, 512000000000.0]


def test_report_given_to_a_congress_is_that_place_s_page():
    import chanye

    text = (
        "2025年2月20日在运城市第五届人民代表大会第五次会议上\n各位代表：\n受市人民政府委托，我向大会作政府工作报告。\n"
        "一、2024年工作回顾\n过去一年，全市地区生产总值增长5.2%，规上工业增加值增长6.8%，经济总量保持全省前列。"
    )
    doc = chanye.extract(text, date="2025-02-25")
    assert doc["meta"]["region"] == "运城市"
