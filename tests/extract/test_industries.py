"""Industry mentions: example corpus from many provinces, dev corpus F1, masking, spans, mapping."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from importlib import resources
from chanye.extract.industries import find_industries, is_name_like
from chanye.records import SourceDocument

EXAMPLES = [
    example
    for path in sorted((Path(str(resources.files("chanye.extract"))) / "examples").glob("industries*.yaml"))
    for example in yaml.safe_load(path.read_text(encoding="utf-8"))["examples"]
]


def clean_dev_documents(dev_docs: Path, dev_gold: Path):
    """(doc id, CleanDocument, gold) for every dev document, cleaned by the real clean stage."""
    from chanye.clean.document import clean_document

    for gold_path in sorted(dev_gold.glob("*.json")):
        raw = (dev_docs / f"{gold_path.stem}.txt").read_text(encoding="utf-8", errors="replace")
        source = SourceDocument(
            doc_id=gold_path.stem,
            origin=str(dev_docs / f"{gold_path.stem}.txt"),
            text=raw,
            raw=raw,
            content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
            encoding="utf_8",
            format="text",
        )
        yield gold_path.stem, clean_document(source), json.loads(gold_path.read_text(encoding="utf-8"))


def _source(example):
    """The example's text, or (`clean: true`: a traditional page) its CleanDocument from the real clean
    stage, so that names are given as the original writes them."""
    if not example.get("clean"):
        return example["text"]
    from chanye.clean.document import clean_document

    text = example["text"]
    return clean_document(
        SourceDocument(
            doc_id="example",
            origin="example",
            text=text,
            raw=text,
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            encoding="utf_8",
            format="text",
        )
    )


def _expected(example) -> dict[str, str]:
    out = {}
    for item in example.get("expect") or []:
        name, role = [x.strip() for x in item.split("|")][:2]
        out[name] = role
    return out


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    if n_pred == 0 and n_gold == 0:
        return 1.0
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:18] for e in EXAMPLES])
def test_examples(example):
    want = _expected(example)
    got = {m.name: m.role for m in find_industries(_source(example))}
    if example.get("none"):
        assert got == {}
        return
    assert set(got) == set(want)
    assert got == want  # roles too


def test_example_corpus_f1():
    tp = n_pred = n_gold = 0
    for example in EXAMPLES:
        want = set(_expected(example))
        got = {m.name for m in find_industries(_source(example))}
        tp += len(want & got)
        n_pred += len(got)
        n_gold += len(want)
    assert _f1(tp, n_pred, n_gold) >= 0.95


def test_dev_corpus_industries_f1(dev_docs, dev_gold):
    from chanye.evaluate.scoring import industry_key

    tp = n_pred = n_gold = 0
    for doc_id, clean, gold in clean_dev_documents(dev_docs, dev_gold):
        got = {industry_key(m.name) for m in find_industries(clean, gold["meta"]["region"])}
        want = {industry_key(i["name"]) for i in gold["industries"]}
        tp += len(got & want)
        n_pred += len(got)
        n_gold += len(want)
        assert _f1(len(got & want), len(got), len(want)) >= 0.85, (doc_id, got ^ want)
    assert _f1(tp, n_pred, n_gold) >= 0.9


def test_dev_corpus_framework_members_carry_code(dev_docs, dev_gold):
    for doc_id, clean, gold in clean_dev_documents(dev_docs, dev_gold):
        got = {(m.name, m.framework) for m in find_industries(clean, gold["meta"]["region"]) if m.framework}
        want = {(i["name"], i["framework"]) for i in gold["industries"] if i["framework"]}
        assert got == want, doc_id


def test_every_mention_is_mapped_or_explicitly_unmapped(dev_docs, dev_gold):
    for _, clean, gold in clean_dev_documents(dev_docs, dev_gold):
        for mention in find_industries(clean, gold["meta"]["region"]):
            assert mention.industry_id is None or isinstance(mention.industry_id, str)
        assert all(m.industry_id for m in find_industries(clean)), "the dev corpus's industries are all known"


def test_unknown_industry_is_kept_unmapped():
    found = find_industries("加快发展锦鲤养殖、紫砂陶瓷、苏绣等特色产业集群。")
    names = {m.name: m.industry_id for m in found}
    assert "锦鲤养殖" in names and "苏绣" in names
    assert names["苏绣"] is None  # not in the taxonomy, kept and flagged


def test_masked_spans_yield_nothing():
    text = "抢占氢能与新型储能、第三代半导体等前沿赛道。"
    found = {m.name for m in find_industries(text, masked=[(2, 5)])}
    assert "氢能" not in found and "氢能与新型储能" not in found
    assert {"新型储能", "第三代半导体"} <= found


def test_spans_point_at_names():
    text = "巩固提升电子信息、装备制造等重点优势产业，支持冶金、化工等传统优势产业树品牌。"
    for m in find_industries(text):
        a, b = m.clean_span
        assert text[a:b] == m.name
        assert m.quote and m.name in m.quote


def test_clean_document_spans_map_to_original(dev_docs, dev_gold):
    for _, clean, gold in clean_dev_documents(dev_docs, dev_gold):
        for m in find_industries(clean, gold["meta"]["region"]):
            a, b = m.span
            assert 0 <= a <= b <= len(clean.original)


@pytest.mark.parametrize("word", ["先进制造业", "现代服务业", "实体经济", "传统产业", "新兴产业", "未来产业", "战略性新兴产业", "新质生产力", "集群"])
def test_generic_words_are_not_names(word):
    assert not is_name_like(word)
