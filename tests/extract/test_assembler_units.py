"""The assembler's parts on their own example corpora (src/chanye/extract/examples): segmentation
(clauses.yaml), status cues and their scope (modality.yaml), the metric boundary (metric.yaml)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from chanye.extract import metric as M
from chanye.extract import modality
from chanye.extract.clauses import segment

EXAMPLES = Path(str(resources.files("chanye.extract") / "examples"))


def _load(name: str):
    return yaml.safe_load((EXAMPLES / name).read_text("utf-8"))


@pytest.mark.parametrize("item", _load("clauses.yaml"), ids=lambda i: i["text"][:12])
def test_segmentation(item):
    paragraphs = segment(item["text"])
    if "paragraphs" in item:
        assert len(paragraphs) == item["paragraphs"]
    got = [[c.text for c in s.clauses] for p in paragraphs for s in p.sentences]
    assert got == item["sentences"]
    for p in paragraphs:
        for s in p.sentences:
            for c in s.clauses:
                assert item["text"][c.start : c.end] == c.text


@pytest.mark.parametrize("item", _load("modality.yaml"), ids=lambda i: i["text"][:12])
def test_status(item):
    text = item["text"]
    pos = text.index("⟨")
    sentence = text.replace("⟨", "").replace("⟩", "")
    date = item.get("date")
    year, month = (int(date[:4]), int(date[5:7])) if date else (None, None)
    from chanye.extract.period_assignment import find_time_spans

    spans = [t for t in find_time_spans(sentence, year, month) if t.end <= pos]
    period = spans[-1].period if spans else None
    assert modality.status_at(sentence, pos, period=period, pub_year=year, pub_month=month) == item["status"]


@pytest.mark.parametrize("pair", _load("metric.yaml")["before"], ids=lambda p: p[0][:10])
def test_metric_before(pair):
    assert M.metric_before(pair[0]) == pair[1]


@pytest.mark.parametrize("pair", _load("metric.yaml")["after"], ids=lambda p: p[0][:10])
def test_metric_after(pair):
    assert M.metric_after(pair[0]) == pair[1]


def test_dice_matches_the_scorer():
    from chanye.evaluate.scoring import dice

    for a, b in [("占比", "高新技术产业产值占比"), ("工业开票销售", "工业开票销售"), ("国家级绿色工厂", "省级绿色工厂")]:
        assert abs(M.dice(a, b) - dice(a, b)) < 1e-9


def test_a_goal_after_the_figure_in_a_review_keeps_its_sentence():
    """`…1250亿元的目标` marks a figure as a goal with no cue before it: the review-section check must not
    fail on it and drop the sentence's other figures."""
    from chanye.extract.facts import assemble_facts

    warnings: list[str] = []
    text = "一、2023年工作回顾\n全县完成地区生产总值486亿元的目标，规上工业增加值增长6.4%。"
    drafts = assemble_facts(text, pub_year=2024, pub_month=2, warnings=warnings)
    assert warnings == []
    assert 6.4 in [d.value for d in drafts]
