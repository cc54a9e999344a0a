"""Target tracking: the status rules (met / missed / on track / behind / no data) on hand-made cases."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "serve"))

import storekit  # noqa: E402

from chanye.analyse import targets as T  # noqa: E402
from chanye.analyse.queries import period_end, period_years  # noqa: E402

_ids = itertools.count(1)


def f(value, period, status="actual", *, comparator="=", unit="CNY", kind="level", date=None, value_max=None, metric_id="gdp"):
    return {
        "id": next(_ids), "doc": "d", "doc_date": date, "doc_title": None, "subject": "扬州市", "subject_code": None,
        "metric": "地区生产总值", "metric_id": metric_id, "value": value, "value_max": value_max, "unit": unit,
        "unit_text": "元", "kind": kind, "comparator": comparator, "period": period, "status": status,
        "quote": "q", "industry": None, "clean_start": 0, "clean_end": 1, "orig_start": 0, "orig_end": 1,
    }


def target(value, period, **kw):
    kw.setdefault("date", "2023-01-15")
    return f(value, period, "target", **kw)


def test_periods():
    assert period_end("2024") == 2025.0
    assert period_end("2025H1") == 2025.5
    assert period_end("2025Q3") == 2025.75
    assert period_end("2025-09") == 2025.75
    assert period_end("2021-2025") == 2026.0
    assert period_end(None) is None
    assert period_years("2021-2025") == (2021, 2025)
    assert period_years("2025H2") == (2025, 2025)


def test_no_data_without_comparable_actual():
    assert T.assess(target(100, "2025"), []).status == "no data"


def test_met_and_missed_at_the_deadline():
    t = target(100, "2025", comparator=">=")
    assert T.assess(t, [f(90, "2022"), f(101, "2025")]).status == "met"
    assert T.assess(t, [f(90, "2022"), f(99, "2025")]).status == "missed"
    # an actual for a later period counts as having reached the deadline
    assert T.assess(t, [f(120, "2026")]).status == "met"


def test_comparators():
    gt = target(100, "2025", comparator=">")
    assert T.assess(gt, [f(100, "2025")]).status == "missed"  # "reach more than 100" and it is exactly 100
    assert T.assess(gt, [f(100, "2025", comparator=">")]).status == "met"  # "突破100" satisfies "超100"
    le = target(50, "2025", comparator="<=")
    assert T.assess(le, [f(50, "2025")]).status == "met"
    assert T.assess(le, [f(51, "2025")]).status == "missed"
    approx = target(100, "2025", comparator="~")
    assert T.assess(approx, [f(96, "2025")]).status == "met"
    assert T.assess(approx, [f(94, "2025")]).status == "missed"
    assert T.assess(approx, [f(130, "2025")]).status == "met"
    rng = target(20, "2025", value_max=30)
    assert T.assess(rng, [f(21, "2025")]).status == "met"


def test_rank_targets_are_lower_is_better():
    t = target(50, "2025", comparator="<=", unit="rank", kind="rank")
    assert T.assess(t, [f(84, "2022", unit="rank", kind="rank"), f(48, "2025", unit="rank", kind="rank")]).status == "met"
    s = T.assess(t, [f(84, "2022", unit="rank", kind="rank"), f(70, "2023", unit="rank", kind="rank")])
    # path from 84 (2022, end 2023.0) to 50 (2025, end 2026.0): at 2024.0 expect 72.67; 70 is better
    assert s.status == "on track" and s.direction == "down"
    assert s.expected == pytest.approx(84 + (50 - 84) * (1 / 3))
    assert T.assess(t, [f(84, "2022", unit="rank", kind="rank"), f(80, "2023", unit="rank", kind="rank")]).status == "behind"


def test_on_track_and_behind_on_the_linear_path():
    # set in January 2023 (last actual before: 2022 at 100); target 160 for 2025
    t = target(160, "2025", date="2023-01-15")
    base = f(100, "2022")
    # at the end of 2023 (2024.0) the path expects 100 + 60 * (1/3) = 120
    on = T.assess(t, [base, f(125, "2023")])
    assert on.status == "on track" and on.expected == pytest.approx(120.0)
    assert on.baseline["id"] == base["id"]
    behind = T.assess(t, [base, f(110, "2023")])
    assert behind.status == "behind"
    assert behind.progress == pytest.approx(110 / 160)
    # half-year figures (a share here; levels to date are not comparable) sit mid-year on the path:
    # 2024H1 ends 2024.5 -> expect 100 + 60 * 1.5/3 = 130
    ts = target(160, "2025", date="2023-01-15", unit="%", kind="share")
    half = T.assess(ts, [f(100, "2022", unit="%", kind="share"), f(129, "2024H1", unit="%", kind="share")])
    assert half.status == "behind" and half.expected == pytest.approx(130.0)


def test_baseline_is_the_last_actual_before_the_target_was_set():
    t = target(200, "2026", date="2024-02-01")
    older, base, later = f(50, "2021"), f(100, "2023"), f(150, "2024")
    s = T.assess(t, [later, older, base])
    assert s.baseline["id"] == base["id"]
    assert s.latest["id"] == later["id"]
    # path 100 (2024.0) -> 200 (2027.0): at 2025.0 expect 133.3; 150 is on track
    assert s.status == "on track" and s.expected == pytest.approx(100 + 100 / 3)


def test_latest_is_the_baseline_on_track_with_a_note():
    s = T.assess(target(1000, "2025", date="2025-01-12"), [f(900, "2024")])
    assert s.status == "on track" and s.note == T.NONE_SINCE


def test_satisfied_before_the_deadline_is_on_track_not_met():
    s = T.assess(target(100, "2025", date="2023-01-01"), [f(90, "2022"), f(105, "2023")])
    assert s.status == "on track" and s.note == T.EARLY


def test_growth_targets_compare_the_rate():
    t = target(6.0, "2025", comparator=">=", unit="%", kind="growth", date="2025-01-14")
    assert T.assess(t, [f(5.5, "2025H1", unit="%", kind="growth")]).status == "behind"
    assert T.assess(t, [f(6.2, "2025H1", unit="%", kind="growth")]).status == "on track"
    assert T.assess(t, [f(6.2, "2025", unit="%", kind="growth")]).status == "met"


def test_partial_year_levels_do_not_answer_a_year_target():
    t = target(1000, "2025", date="2025-01-12")
    s = T.assess(t, [f(900, "2024"), f(700, "2025-09")])
    assert s.latest["period"] == "2024" and s.status == "on track"
    assert T.assess(t, [f(700, "2025-09")]).status == "no data"
    # growth rates to date do count
    g = target(6.0, "2025", unit="%", kind="growth")
    assert T.assess(g, [f(5.0, "2025-09", unit="%", kind="growth")]).status == "behind"


def test_target_without_period():
    t = target(100, None)
    assert T.assess(t, [f(120, "2024")]).status == "met"
    assert T.assess(t, [f(80, "2024")]).status == "no data"


def test_only_same_unit_and_kind_are_compared(tmp_path):
    """Through the store: a growth actual never answers a level target, yuan never a count."""
    Y = storekit.YZ
    doc = storekit.Doc(
        doc_id="units", title="t", date="2025-01-14", region=Y,
        body="去年增长7%。今年力争总量达到100亿元。去年企业120家。",
        facts=[
            storekit.fact("去年增长7%", "地区生产总值", 7.0, "%", "growth", "2024", "actual", subject=Y, metric_id="gdp"),
            storekit.fact("今年力争总量达到100亿元", "地区生产总值", 1e10, "CNY", "level", "2025", "target", subject=Y, metric_id="gdp"),
            storekit.fact("去年企业120家", "地区生产总值", 120, "count", "level", "2024", "actual", subject=Y, metric_id="gdp"),
        ],
    )
    url = storekit.build_custom(tmp_path / "u.db", [doc])
    from chanye.analyse.queries import open_engine

    rows = T.target_tracking(open_engine(url))
    assert len(rows) == 1 and rows[0].status == "no data"


def test_tracking_over_the_test_corpus(tmp_path):
    from chanye.analyse.queries import open_engine

    engine = open_engine(storekit.build_store(tmp_path / "s.db"))
    rows = T.target_tracking(engine)
    got = {(s.target["subject"], s.target["metric_id"], s.target["kind"], s.target["period"]): s.status for s in rows}
    Y, N = storekit.YZ, storekit.NT
    assert got[(Y, "gdp", "level", "2024")] == "met"  # 7800 vs 7700
    assert got[(Y, "industrial_invoiced_sales", "level", "2024")] == "missed"  # >9000 vs 9500
    assert got[(Y, "industrial_invoiced_sales", "level", "2025")] == "on track"  # only the 2024 actual so far
    assert got[(Y, "gdp", "level", "2027")] == "on track"
    assert got[(N, "gdp", "growth", "2025")] == "behind"  # H1 5.5% against >= 6%
    assert got[(storekit.EVIL, None, "level", "2025")] == "no data"
    # filters
    assert {s.target["subject"] for s in T.target_tracking(engine, region=N)} == {N}
    assert all(s.target["metric_id"] == "gdp" for s in T.target_tracking(engine, metric="gdp"))
    assert {s.target["period"] for s in T.target_tracking(engine, year=2025)} == {"2025"}
    assert {s.target["period"] for s in T.target_tracking(engine, year=2027)} == {"2027"}


def test_industry_scope_is_kept_apart(tmp_path):
    """A chain's figure never answers a target for the whole region, and the other way round."""
    Y = storekit.YZ
    doc = storekit.Doc(
        doc_id="scope", title="t", date="2025-01-14", region=Y,
        body="去年全市营业收入5000亿元，集成电路产业营业收入800亿元。今年集成电路产业营业收入力争达到1000亿元。",
        facts=[
            storekit.fact("全市营业收入5000亿元", "营业收入", 5e11, "CNY", "level", "2024", "actual", subject=Y, metric_id="industrial_revenue"),
            storekit.fact("集成电路产业营业收入800亿元", "营业收入", 8e10, "CNY", "level", "2024", "actual", subject=Y,
                          metric_id="industrial_revenue", industry="集成电路"),
            storekit.fact("集成电路产业营业收入力争达到1000亿元", "营业收入", 1e11, "CNY", "level", "2025", "target", subject=Y,
                          metric_id="industrial_revenue", industry="集成电路"),
        ],
    )
    from chanye.analyse.queries import open_engine

    rows = T.target_tracking(open_engine(storekit.build_custom(tmp_path / "scope.db", [doc])))
    assert len(rows) == 1 and rows[0].latest["value"] == 8e10 and rows[0].status == "on track"
