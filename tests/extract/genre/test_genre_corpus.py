"""The annotated genre corpus: a second gold set, independent of the five dev pages.

Each item of tests/extract/genre/*.yaml is one sentence or short paragraph in the genre (work reports, press
conferences, local news) with its publication date and the facts the contract (../shared/spec/facts.md) says
it holds. The items are grouped by phrasing family. This test runs the library facade
`chanye.extract(text, date=..., doc_id=...)` on every item, scores it with the contract's scorer
(`chanye.evaluate.scoring`), prints a per-family breakdown, and asserts a floor on value-F1 and full-F1.

    .venv/bin/python -m pytest -q -s tests/extract/genre          # with the breakdown printed
    .venv/bin/python tests/extract/genre/test_genre_corpus.py     # the breakdown and the misses, no pytest
    .venv/bin/python tests/extract/genre/test_genre_corpus.py --family rank --verbose

Annotation shorthand (filled in by `gold_fact` in ../corpus_scoring.py, nothing else is implied):
- `subject` defaults to the item's `region`; `kind` to `level`; `comparator` to `=`; `status` to `actual`;
  `industry` to null; `unit_text` to 元 / 美元 / % / 个百分点 for CNY / USD / % / pp.
- `value` may be written with 万 / 亿 / 万亿 (`8800亿`, `1.35万亿`, `5.2万`); it is multiplied out.
- `period` must always be given (null where the text does not fix it, so any predicted period is accepted).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/extract: the shared corpus loader and scorer

from corpus_scoring import (  # noqa: E402
    breakdown, check_well_formed, gold_document, gold_fact, load_items, number, predict,
)

__all__ = ["breakdown", "gold_document", "gold_fact", "number", "predict"]

# Floors (micro-averaged over all items). Raised to the measured scores minus a margin; see README.md here.
MIN_VALUE_F1 = 0.95
MIN_FULL_F1 = 0.90

FAMILIES = (
    "target", "forecast", "actual", "growth", "approx", "count", "share", "pp", "rank",
    "distributive", "fromto", "range", "period", "subject", "notfact", "script", "unit", "passage",
)


# ---------------------------------------------------------------- tests


ITEMS = load_items(HERE)


def test_gold_is_well_formed():
    assert 150 <= len(ITEMS) <= 300
    check_well_formed(ITEMS, FAMILIES)
    assert {item["family"] for item in ITEMS} == set(FAMILIES)


def test_genre_corpus_scores(capsys):
    pytest.importorskip("chanye.extract.document")
    pred = predict(ITEMS)
    overall, _, table = breakdown(ITEMS, pred, FAMILIES)
    with capsys.disabled():
        print("\ngenre corpus (tests/extract/genre), micro-averaged:\n" + table)
    assert overall.value.f1 >= MIN_VALUE_F1, table
    assert overall.full.f1 >= MIN_FULL_F1, table


# ---------------------------------------------------------------- command line


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    from corpus_scoring import main

    raise SystemExit(main(sys.argv[1:], ITEMS, FAMILIES, __doc__.split("\n")[0]))
