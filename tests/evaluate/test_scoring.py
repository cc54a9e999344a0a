"""The scorer on small hand-made gold/prediction pairs, and the dev gold scored against itself."""

from __future__ import annotations

import json
import random

import pytest

from chanye.cli import main
from chanye.evaluate.assignment import max_weight_assignment
from chanye.evaluate.scoring import (
    dice,
    industry_key,
    load_documents,
    score_corpus,
    score_document,
    subjects_match,
    values_agree,
)


def fact(metric="规上工业增加值", value=5.0, unit="%", kind="growth", comparator="=", period="2024",
         status="actual", subject="泰州市", **extra):
    return {"subject": subject, "metric": metric, "value": value, "unit": unit, "unit_text": unit, "kind": kind,
            "comparator": comparator, "period": period, "status": status, "quote": "", "industry": None, **extra}


def doc(facts=(), industries=(), frameworks=(), doc_id="d1"):
    return {"doc": doc_id, "meta": {}, "facts": list(facts), "industries": list(industries), "frameworks": list(frameworks)}


# ---------------------------------------------------------------- pieces


def test_dice_bigrams():
    assert dice("地区生产总值", "地区生产总值") == 1.0
    assert dice("地区生产总值", "工业开票销售") == 0.0
    assert dice("规上工业增加值", "工业增加值") == pytest.approx(2 * 4 / (6 + 4))
    assert dice("", "") == 1.0
    assert dice("税", "税") == 1.0


def test_values_agree_within_a_tenth_of_a_percent():
    assert values_agree(900000000000, 9e11)
    assert values_agree(1000, 1000.9)
    assert not values_agree(1000, 1001.5)
    assert values_agree(0, 0)
    assert not values_agree(None, 0)


def test_subject_aliases_and_containment():
    assert subjects_match("扬州经开区", "扬州经济技术开发区")
    assert subjects_match("苏州高新区", "苏州高新技术产业开发区")
    assert subjects_match("扬州市", "江苏省扬州市")
    assert not subjects_match("扬州市", "泰州市")


def test_industry_suffixes_dropped():
    assert industry_key("新能源产业集群") == "新能源"
    assert industry_key("集成电路产业链") == "集成电路"
    assert industry_key("生物医药产业") == "生物医药"
    assert industry_key("海工装备集群") == "海工装备"
    assert industry_key("产业") == "产业"


def test_assignment_is_optimal_on_random_matrices():
    from itertools import permutations

    rng = random.Random(7)
    for _ in range(200):
        r, c = rng.randint(1, 4), rng.randint(1, 4)
        w = [[rng.choice([0.0, rng.random()]) for _ in range(c)] for _ in range(r)]
        got = sum(w[i][j] for i, j in max_weight_assignment(w))
        best = 0.0
        if r <= c:
            for perm in permutations(range(c), r):
                best = max(best, sum(max(w[i][perm[i]], 0) for i in range(r)))
        else:
            for perm in permutations(range(r), c):
                best = max(best, sum(max(w[perm[j]][j], 0) for j in range(c)))
        assert got == pytest.approx(best)


# ---------------------------------------------------------------- facts


def test_perfect_prediction():
    g = doc([fact(), fact(metric="地区生产总值", value=6.5e11, unit="CNY", kind="level")])
    s = score_document(g, g)
    assert (s.value.tp, s.full.tp) == (2, 2)
    assert s.value.f1 == 1.0 and s.full.f1 == 1.0


def test_unit_or_kind_mismatch_does_not_pair():
    g = doc([fact(value=5.0, unit="%", kind="growth")])
    p = doc([fact(value=5.0, unit="%", kind="share")])
    s = score_document(g, p)
    assert s.value.tp == 0 and len(s.missed) == 1 and len(s.spurious) == 1


def test_pairing_maximises_metric_similarity():
    # Two gold facts with the same value; the predictions swap order but the metric decides the pairing.
    g = doc([fact(metric="规上工业增加值"), fact(metric="固定资产投资")])
    p = doc([fact(metric="固定资产投资", status="target"), fact(metric="规上工业增加值")])
    s = score_document(g, p)
    assert s.value.tp == 2
    assert s.full.tp == 1  # the 固定资产投资 pair fails on status only
    failing = [pair for pair in s.pairs if pair.errors]
    assert failing[0].errors == ["status"] and failing[0].gold["metric"] == "固定资产投资"


def test_equal_metrics_pair_by_the_other_fields():
    # 晋江、集美、南安…进入10强: ten facts with one metric and value; each pairs with its own place whatever
    # the order of the files, and a better metric still wins over an agreeing subject.
    places = ["晋江市", "厦门市集美区", "南安市", "福清市"]
    g = doc([fact(metric="发展指数排名", value=10, unit="rank", kind="rank", subject=s) for s in places])
    p = doc([fact(metric="发展指数排名", value=10, unit="rank", kind="rank", subject=s) for s in reversed(places)])
    assert score_document(g, p).full.tp == 4
    g = doc([fact(metric="工业增加值", subject="甲市"), fact(metric="工业投资", subject="乙市")])
    p = doc([fact(metric="工业增加值", subject="乙市"), fact(metric="工业投资", subject="甲市")])
    s = score_document(g, p)
    assert s.value.tp == 2 and s.full.tp == 0
    assert all(pair.pred["metric"] == pair.gold["metric"] for pair in s.pairs)


def test_full_match_conditions():
    base = fact()
    cases = {
        "metric": fact(metric="进出口总额"),
        "status": fact(status="target"),
        "comparator": fact(comparator=">"),
        "period": fact(period="2023"),
        "subject": fact(subject="南京市"),
    }
    for field, pred in cases.items():
        s = score_document(doc([base]), doc([pred]))
        assert s.value.tp == 1, field
        assert s.full.tp == 0, field
        assert s.pairs[0].errors == [field]


def test_gold_null_period_accepts_any_predicted_period():
    s = score_document(doc([fact(period=None)]), doc([fact(period="2024")]))
    assert s.full.tp == 1
    s = score_document(doc([fact(period="2024")]), doc([fact(period=None)]))
    assert s.full.tp == 0


def test_subject_alias_counts_as_full_match():
    s = score_document(doc([fact(subject="扬州经济技术开发区")]), doc([fact(subject="扬州经开区")]))
    assert s.full.tp == 1


def test_precision_and_recall():
    g = doc([fact(value=1.0), fact(value=2.0), fact(value=3.0), fact(value=4.0)])
    p = doc([fact(value=1.0), fact(value=2.0), fact(value=9.0)])
    s = score_document(g, p)
    assert s.value.precision == pytest.approx(2 / 3)
    assert s.value.recall == pytest.approx(2 / 4)
    assert s.value.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_micro_average_sums_counts_over_documents():
    g = {"a": doc([fact(value=1.0)], doc_id="a"), "b": doc([fact(value=v) for v in (1.0, 2.0, 3.0)], doc_id="b")}
    p = {"a": doc([fact(value=1.0)], doc_id="a"), "b": doc([fact(value=9.0)], doc_id="b")}
    c = score_corpus(g, p)
    assert (c.value.tp, c.value.predicted, c.value.gold) == (1, 2, 4)
    assert c.value.precision == 0.5 and c.value.recall == 0.25


def test_missing_prediction_counts_as_all_missed():
    g = {"a": doc([fact()], industries=[{"name": "新能源"}], doc_id="a")}
    c = score_corpus(g, {})
    assert c.missing_predictions == ["a"]
    assert c.value.gold == 1 and c.value.tp == 0 and c.industries.recall == 0.0


# ---------------------------------------------------------------- industries and frameworks


def test_industries_set_f1():
    g = doc(industries=[{"name": "新能源"}, {"name": "集成电路"}, {"name": "生物医药"}])
    p = doc(industries=[{"name": "新能源产业"}, {"name": "集成电路产业链"}, {"name": "氢能"}, {"name": "新能源"}])
    s = score_document(g, p)
    assert (s.industries.tp, s.industries.predicted, s.industries.gold) == (2, 3, 3)


def test_frameworks_need_code_and_members():
    fw = {"code": "613", "subject": "扬州市", "parts": [{"count": 2, "label": "集群", "members": ["新能源", "新材料"]}]}
    same_other_order = {"code": "613", "parts": [{"count": 2, "label": "集群", "members": ["新材料", "新能源"]}]}
    short = {"code": "613", "parts": [{"count": 2, "label": "集群", "members": ["新能源"]}]}
    assert score_document(doc(frameworks=[fw]), doc(frameworks=[same_other_order])).frameworks.tp == 1
    assert score_document(doc(frameworks=[fw]), doc(frameworks=[short])).frameworks.tp == 0
    assert score_document(doc(frameworks=[fw]), doc(frameworks=[{**fw, "code": "343"}])).frameworks.tp == 0


# ---------------------------------------------------------------- files and CLI


def test_dev_gold_against_itself_is_perfect(dev_gold):
    gold = load_documents(dev_gold)
    c = score_corpus(gold, gold)
    for counts in (c.value, c.full, c.industries, c.frameworks):
        assert counts.f1 == 1.0


def test_cli_floor_and_last_lines(dev_gold, tmp_path, capsys):
    assert main(["eval", str(dev_gold), str(dev_gold), "--min-full-f1", "0.99"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-3].startswith("facts: value-F1 1.000")
    assert out[-2].startswith("industries-F1 1.000")
    pred = tmp_path / "pred"
    pred.mkdir()
    first = sorted(dev_gold.glob("*.json"))[0]
    (pred / first.name).write_text(first.read_text("utf-8"), "utf-8")
    assert main(["eval", str(dev_gold), str(pred), "--min-full-f1", "0.9"]) == 1
    out = capsys.readouterr().out
    assert "missing prediction files" in out


def test_cli_json(tmp_path, capsys):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "x.json").write_text(json.dumps(doc([fact()], doc_id="x"), ensure_ascii=False), "utf-8")
    (pred / "x.json").write_text(json.dumps(doc([fact(status="target")], doc_id="x"), ensure_ascii=False), "utf-8")
    assert main(["eval", str(gold), str(pred), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["averaging"] == "micro"
    assert out["value"]["f1"] == 1.0 and out["full"]["f1"] == 0.0
    assert out["field_errors"]["status"] == 1
