"""The five dev pages (../shared/corpus/dev): `chanye extract` end to end, scored with the contract's scorer,
and every fact's evidence checked against the original text."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Floors: the measured dev scores (value 1.00, full 0.97) minus a small margin.
MIN_VALUE_F1 = 0.97
MIN_FULL_F1 = 0.94


@pytest.fixture(scope="module")
def extracted(dev_docs, tmp_path_factory):
    out = tmp_path_factory.mktemp("dev-extract")
    proc = subprocess.run(
        [sys.executable, "-m", "chanye", "extract", str(dev_docs), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return out


def test_dev_scores(extracted, dev_gold):
    from chanye.evaluate.scoring import score_dirs

    score = score_dirs(dev_gold, extracted)
    report = json.dumps({k: score.as_dict()[k] for k in ("value", "full", "field_errors")}, ensure_ascii=False)
    assert not score.missing_predictions, score.missing_predictions
    assert score.value.f1 >= MIN_VALUE_F1, report
    assert score.full.f1 >= MIN_FULL_F1, report


def test_one_file_per_document_in_contract_shape(extracted, dev_docs):
    names = sorted(p.stem for p in dev_docs.glob("*.txt"))
    assert sorted(p.stem for p in extracted.glob("*.json")) == names
    for path in extracted.glob("*.json"):
        obj = json.loads(path.read_text("utf-8"))
        assert obj["doc"] == path.stem
        assert set(obj) == {"doc", "meta", "facts", "industries", "frameworks"}
        assert set(obj["meta"]) == {"title", "date", "region", "script"}
        for fact in obj["facts"]:
            assert fact["unit"] in {"CNY", "USD", "%", "pp", "rank", "count", "other"}
            assert fact["kind"] in {"level", "growth", "share", "rank"}
            assert fact["comparator"] in {"=", ">", ">=", "<", "<=", "~"}
            assert fact["status"] in {"actual", "target", "forecast"}
            assert fact["subject"] and fact["metric"]


def test_evidence_points_back_to_the_original(dev_docs):
    """Every fact's span maps to original text whose simplified form holds the quote's characters."""
    import opencc

    from chanye.clean.document import clean_document
    from chanye.extract.document import extract_document
    from chanye.sources.reader import iter_sources

    t2s = opencc.OpenCC("t2s")
    checked = 0
    for source in iter_sources([dev_docs]):
        clean = clean_document(source)
        result = extract_document(clean)
        for fact in result.facts:
            a, b = fact.clean_span
            assert clean.text[a:b] == fact.quote
            assert not clean.is_masked(a, b)
            s, e = fact.span
            original = t2s.convert(clean.original[s:e])
            wanted = [ch for ch in fact.quote if "\u4e00" <= ch <= "\u9fff" or ch.isdigit()]
            assert all(ch in original for ch in wanted), (fact.quote, original)
            checked += 1
    assert checked > 50
