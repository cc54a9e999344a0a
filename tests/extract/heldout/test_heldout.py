"""Held-out corpus: the phrasing families the real-page review (2026-11) found failing or fragile.

tests/extract/heldout/items.yaml holds short items written for this corpus (not copied from any page), one
family per construction met on real pages from many provinces: 过去五年 in a first-quarter report, records
(N年来最高), 两位数增长, Arabic N成, 逼近, ratios 由…调整为…, 亿斤, thresholds inside class names, 分别 lists,
list counts, a paragraph's opening year, 攀升至, review-time 争取到, plans without a cue word, zones as subjects,
bullet lists and the pinyin artifact. Same annotation shorthand and scorer as tests/extract/genre (shared in
../corpus_scoring.py). The test prints a per-family table and asserts a floor: the measured score minus a margin,
so that a regression shows while families owned by the fact assembler are still being fixed.

    .venv/bin/python -m pytest -q -s tests/extract/heldout
    .venv/bin/python tests/extract/heldout/test_heldout.py -v            # every miss and field error
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/extract: the shared corpus loader and scorer

from corpus_scoring import breakdown, check_well_formed, load_items, predict  # noqa: E402

# Measured 2026-11-22 on 45 items: value-F1 0.917, full-F1 0.677 (before the recognizer fixes of that day:
# 0.751 / 0.453). Most remaining misses are the assembler's open families (.coord/real-pages-review.md: paragraph
# year, review-time status, zones as subjects, list counts, 倍 lists, 分别 over time words, bullets). Floors sit a
# margin below; raise them as those families are fixed.
# Round 2 (17:21, 62 items with the carry / status-noun / sector-list / change-base families): 0.997 / 0.983.
# Round 3 (q1, 92 items with base-list / review-year / plan-carry / spring-communique / plan-span): 0.998 / 0.998.
MIN_VALUE_F1 = 0.97  # measured 0.995 / 0.974 after the assembler's fixes of 16:57 (H4)
MIN_FULL_F1 = 0.95

FAMILIES = (
    "recent_review", "record_window", "digits_class", "arabic_cheng", "approach", "ratio_change",
    "physical_jin", "threshold_name", "distributive_kind", "list_count", "paragraph_year", "fromto_verbs",
    "status_review", "target_plan", "subject_zone", "bullet_list", "script_rank", "rank_list", "shared_unit",
    "anaphor_count", "time_distributive", "todate_prev_year", "paragraph_carry", "status_noun_cue", "sector_list", "change_base", "list_about", "plan_year_heading", "own_district", "sub_area", "local_zone", "list_number", "near_year", "paired_char", "floor_reach",
    "base_list", "review_year_words", "plan_carry", "spring_communique", "plan_span",
    "gap_base", "earlier_names", "code_parts", "long_modifier", "parallel_names",
)

ITEMS = load_items(HERE)


def test_heldout_is_well_formed():
    assert len(ITEMS) >= 30
    check_well_formed(ITEMS, FAMILIES)
    assert {item["family"] for item in ITEMS} == set(FAMILIES)


def test_heldout_scores(capsys):
    pytest.importorskip("chanye.extract.document")
    overall, _, table = breakdown(ITEMS, predict(ITEMS), FAMILIES)
    with capsys.disabled():
        print("\nheld-out corpus (tests/extract/heldout), micro-averaged:\n" + table)
    assert overall.value.f1 >= MIN_VALUE_F1, table
    assert overall.full.f1 >= MIN_FULL_F1, table


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    from corpus_scoring import main

    raise SystemExit(main(sys.argv[1:], ITEMS, FAMILIES, __doc__.split("\n")[0]))
