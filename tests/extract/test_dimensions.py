"""Every example of the dimension recognizers' corpora (src/chanye/extract/examples/*.yaml) as a test.

quantity.yaml / rank.yaml: all mentions `find_quantities` returns, in order (see the format note at the top of
quantity.yaml). numeral.yaml: text → value (null: not a numeral). time.yaml: every time expression with
its kind and its period against a reference year.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from chanye.extract.numeral import parse_numeral
from chanye.extract.quantity import find_quantities
from chanye.extract.time import find_time_expressions, resolve_period
from chanye.extract.wordlists import scope_words

EXAMPLES = resources.files("chanye.extract").joinpath("examples")


def _load(name: str) -> list[tuple[str, dict]]:
    data = yaml.safe_load(EXAMPLES.joinpath(name).read_text("utf-8"))
    return [(family, ex) for family, examples in data.items() for ex in examples]


def _ids(cases):
    return [f"{family}:{ex.get('text', ex.get('n', ''))}"[:60] for family, ex in cases]


# ---------------------------------------------------------------- quantities and ranks

QUANTITY_CASES = _load("quantity.yaml") + _load("rank.yaml")


def _expected(line: str) -> dict:
    parts = [p.strip() for p in str(line).split("|")]
    if len(parts) == 2:
        return {"text": parts[0], "role": parts[1]}
    span, value, unit, unit_text, comparator, *rest = parts
    lo, _, hi = value.partition("..")
    out = {
        "text": span,
        "value": float(lo),
        "value_max": float(hi) if hi else None,
        "unit": unit,
        "unit_text": "" if unit_text == "-" else unit_text,
        "comparator": comparator,
        "role": rest[0] if rest else "measure",
        "kind_hint": rest[1] if len(rest) > 1 else None,
    }
    return out


@pytest.mark.parametrize(("family", "example"), QUANTITY_CASES, ids=_ids(QUANTITY_CASES))
def test_quantity_example(family, example):
    text = example["text"]
    got = find_quantities(text)
    want = [_expected(line) for line in example.get("q") or []]
    got_rows = []
    for q in got:
        row = {"text": q.text, "role": q.role}
        if q.role == "measure":
            row.update(value=q.value, value_max=q.value_max, unit=q.unit, unit_text=q.unit_text,
                       comparator=q.comparator, kind_hint=q.kind_hint)
        got_rows.append(row)
    assert [r["text"] for r in got_rows] == [w["text"] for w in want], text
    for g, w in zip(got_rows, want):
        for key, value in w.items():
            if key in ("value", "value_max") and value is not None:
                assert g[key] == pytest.approx(value, rel=1e-9), (text, key)
            else:
                assert g.get(key) == value, (text, key)
    for q in got:
        assert text[q.start : q.end] == q.text
        assert q.start <= q.value_start < q.value_end <= q.end


# ---------------------------------------------------------------- numerals

NUMERAL_CASES = _load("numeral.yaml")


@pytest.mark.parametrize(("family", "example"), NUMERAL_CASES, ids=_ids(NUMERAL_CASES))
def test_numeral_example(family, example):
    got = parse_numeral(str(example["text"]))
    if example["value"] is None:
        assert got is None
    else:
        assert got == pytest.approx(float(example["value"]), rel=1e-12)


# ---------------------------------------------------------------- time

TIME_CASES = _load("time.yaml")


@pytest.mark.parametrize(("family", "example"), TIME_CASES, ids=_ids(TIME_CASES))
def test_time_example(family, example):
    ref = example.get("ref", 2025)
    got = [(e.text, e.kind, resolve_period(e, ref)) for e in find_time_expressions(example["text"])]
    want = []
    for line in example.get("t") or []:
        span, kind, period = [p.strip() for p in str(line).split("|")]
        want.append((span, kind, None if period in ("null", "None", "-") else period))
    assert got == want


def test_mentions_do_not_overlap_and_are_ordered():
    for _family, example in QUANTITY_CASES:
        qs = find_quantities(example["text"])
        for a, b in zip(qs, qs[1:]):
            assert a.end <= b.start


@pytest.mark.parametrize("scope", scope_words())
def test_every_whole_area_word_makes_a_rank_of_zhishou(scope):
    """The whole-area words are one list (names.yaml scope_words): each before 之首 after a verb of standing is
    rank 1 (居全盟之首 was missed while the pattern listed its own words)."""
    found = [(q.value, q.unit) for q in find_quantities(f"某地羊绒产量居{scope}之首。")]
    assert found == [(1.0, "rank")]
