"""Targets against outcomes: every target fact beside the latest comparable actual, and a status.

`target_tracking(engine, region=None, metric=None, year=None) -> list[TargetStatus]`

The rules, in order:

1. **Comparable actuals.** A target is compared only with facts whose status is `actual`, of the same
   subject, the same canonical metric (`metric_id`; where the target has none, the metric exactly as
   written), the same industry scope (`industry`: a chain's revenue is not the city's), the same `unit`
   and the same `kind` (a growth rate is never compared with a level, yuan never with a count). Actuals
   without a period are ignored, and so, for a level target over whole years, are levels for part of a
   year (1-9月 sales to date are not the year's total). None left: status **no data**.
2. **Latest actual.** The comparable actual whose period ends last (ties: the later document, then the
   later row). Periods end where they end: "2024" at 2025.0, "2025H1" at 2025.5, "2025Q3" at 2025.75,
   "2025-09" at 2025.75, "2021-2025" at 2026.0.
3. **Target without a period.** Nothing to pace against: **met** if the latest actual satisfies it, else
   **no data**.
4. **The deadline is reached.** When the latest actual's period ends at or after the target's period
   end (a target for 2025, an actual for 2025): **met** if the actual satisfies the target, else
   **missed**.
5. **Before the deadline** (only earlier actuals): the *path* runs linearly from the *baseline* — the
   last comparable actual whose period ended by the time the target was set (the target document's
   date; without a date, the start of the target's period), or, if there is none, the earliest
   comparable actual — to the target value at the target's period end. The expected value at the latest
   actual's period end is read off that path: **on track** when the latest actual is at or beyond it in
   the target's direction, **behind** otherwise. (When the latest actual is the baseline itself, it lies on
   the path: on track, with a note that nothing has been reported since the target was set.)
   A latest actual that already satisfies the target before its deadline is **on track** (noted as early):
   the deadline, not an interim figure, decides met or missed.
   Growth targets (kind `growth`, a pace rather than a level to climb to) have a flat path: the latest
   growth rate is compared with the target rate itself — **on track** if it satisfies it, else **behind**.

Satisfying a target (comparator-aware, with the actual's own comparator where it matters):
`>=` and `=` ("达到") need actual >= target (for ranks and other lower-is-better targets, <=);
`>` needs actual > target, or actual == target stated as "more than" (突破, 超过);
`<=` needs actual <= target; `<` needs actual < target (or equal, stated as "less than");
`~` needs the actual within 5 % of the target, or beyond it in the target's direction.
A range target (value..value_max) is satisfied from its lower end.

Direction: lower is better for `<` and `<=` targets and for ranks (kind `rank`); higher otherwise.

Progress: latest / target in the higher-is-better direction, target / latest in the lower-is-better one
(1.0 = reached); None where a value is zero or a sign makes the ratio meaningless.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Engine

from chanye.analyse.queries import date_point, fact_select, period_end, period_years
from chanye.store.schema import facts as facts_t

STATUSES = ("met", "missed", "on track", "behind", "no data")
APPROX = 0.05  # "~" tolerance, relative

# Notes (stable strings: the web app translates them)
NO_ACTUAL = "no comparable actual"
NO_PERIOD = "target has no period to pace against"
NONE_SINCE = "no actual reported since the target was set"
NO_BASELINE = "no actual before the target was set: the path starts at the latest actual"
EARLY = "already at the target before its deadline"
GROWTH_PACE = "growth target: the latest rate is compared with the target rate"
NOTES = (NO_ACTUAL, NO_PERIOD, NONE_SINCE, NO_BASELINE, EARLY, GROWTH_PACE)


@dataclass(slots=True)
class TargetStatus:
    """One target with its latest comparable actual and where it stands."""

    target: dict[str, Any]  # the target fact (with doc, quote and spans: its evidence)
    status: str  # met | missed | on track | behind | no data
    latest: dict[str, Any] | None = None  # the latest comparable actual (evidence included)
    baseline: dict[str, Any] | None = None  # where the linear path starts
    expected: float | None = None  # the path's value at the latest actual's period end
    progress: float | None = None  # 1.0 = target reached
    direction: str = "up"  # "up": higher is better; "down": lower is better
    note: str | None = None
    compared: int = 0  # how many comparable actuals there were

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the fact dicts are shared, not copied: treat them as read-only)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def row(self) -> dict[str, Any]:
        """A flat row for tables and CSV."""
        t, a = self.target, self.latest or {}
        return {
            "target_id": t["id"],
            "subject": t["subject"],
            "metric": t["metric"],
            "metric_id": t["metric_id"],
            "period": t["period"],
            "comparator": t["comparator"],
            "value": t["value"],
            "value_max": t["value_max"],
            "unit": t["unit"],
            "unit_text": t["unit_text"],
            "kind": t["kind"],
            "target_quote": t["quote"],
            "target_doc": t["doc"],
            "actual_id": a.get("id"),
            "actual_value": a.get("value"),
            "actual_period": a.get("period"),
            "actual_comparator": a.get("comparator"),
            "actual_quote": a.get("quote"),
            "actual_doc": a.get("doc"),
            "expected": self.expected,
            "progress": self.progress,
            "status": self.status,
            "note": self.note,
        }


def _direction(target: dict[str, Any]) -> str:
    if target["comparator"] in ("<", "<=") or target["kind"] == "rank":
        return "down"
    return "up"


def satisfies(actual: dict[str, Any], target: dict[str, Any]) -> bool:
    """Whether an actual value meets a target value (see the module docstring)."""
    a = float(actual["value"])
    t = float(target["value"])
    comp = target["comparator"]
    down = _direction(target) == "down"
    if comp == ">":
        return a > t or (a == t and actual.get("comparator") in (">",))
    if comp == "<":
        return a < t or (a == t and actual.get("comparator") in ("<",))
    if comp == "<=":
        return a <= t
    if comp == "~":
        if abs(a - t) <= APPROX * abs(t):
            return True
        return a < t if down else a > t
    # ">=", "=" (达到): reach it
    return a <= t if down else a >= t


def _progress(latest: float, target: float, direction: str) -> float | None:
    if direction == "up":
        if target > 0 and latest >= 0:
            return latest / target
        return None
    if latest > 0 and target >= 0:
        return target / latest if latest else None
    return None


def _key(f: dict[str, Any]) -> tuple:
    metric = ("id", f["metric_id"]) if f.get("metric_id") else ("text", f["metric"])
    return (f["subject"], metric, f.get("industry") or None, f["unit"], f["kind"])


def _load(engine: Engine, subject: str | None = None) -> list[dict[str, Any]]:
    stmt = fact_select().where(facts_t.c.status.in_(("actual", "target")))
    if subject is not None:
        stmt = stmt.where(facts_t.c.subject == subject)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt.order_by(facts_t.c.id))]


def _order(f: dict[str, Any]) -> tuple:
    return (period_end(f["period"]) or 0.0, date_point(f.get("doc_date")) or 0.0, f["id"])


def _whole_years(period: str | None) -> bool:
    span = period_years(period)
    return span is not None and period_end(period) == float(span[1] + 1)


def _dated(actuals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted((a for a in actuals if period_end(a["period"]) is not None), key=_order)


def assess(target: dict[str, Any], actuals: list[dict[str, Any]], presorted: bool = False) -> TargetStatus:
    """The status of one target given its comparable actuals (the rules of the module docstring).

    presorted: `actuals` are already the dated ones in period order (as `target_tracking` passes them)."""
    direction = _direction(target)
    dated = actuals if presorted else _dated(actuals)
    if target["kind"] == "level" and _whole_years(target["period"]):
        dated = [a for a in dated if _whole_years(a["period"])]
    if not dated:
        return TargetStatus(target=target, status="no data", direction=direction, note=NO_ACTUAL)
    latest = dated[-1]
    progress = _progress(float(latest["value"]), float(target["value"]), direction)
    common = dict(target=target, latest=latest, progress=progress, direction=direction, compared=len(dated))
    due = period_end(target["period"])
    if due is None:
        if satisfies(latest, target):
            return TargetStatus(status="met", **common)
        return TargetStatus(status="no data", note=NO_PERIOD, **common)
    latest_end = period_end(latest["period"])
    if latest_end >= due:
        return TargetStatus(status="met" if satisfies(latest, target) else "missed", **common)

    set_at = date_point(target.get("doc_date"))
    if set_at is None:
        span = period_years(target["period"])
        set_at = float(span[0]) if span else due
    before = [a for a in dated if period_end(a["period"]) <= set_at + 1e-9]
    baseline = before[-1] if before else dated[0]
    b_end = period_end(baseline["period"])
    b_val = float(baseline["value"])
    t_val = float(target["value"])
    l_val = float(latest["value"])
    if target["kind"] == "growth":
        expected = t_val
        note = GROWTH_PACE
    elif latest is baseline or latest_end <= b_end or due <= b_end:
        expected = b_val
        note = NONE_SINCE if latest is baseline and before else (NO_BASELINE if latest is baseline else None)
    else:
        expected = b_val + (t_val - b_val) * (latest_end - b_end) / (due - b_end)
        note = None
    if satisfies(latest, target):
        status = "on track"
        note = EARLY if note in (None, NONE_SINCE, NO_BASELINE) else note
    elif direction == "up":
        status = "on track" if l_val >= expected - 1e-9 * max(1.0, abs(expected)) else "behind"
    else:
        status = "on track" if l_val <= expected + 1e-9 * max(1.0, abs(expected)) else "behind"
    return TargetStatus(status=status, baseline=baseline, expected=expected, note=note, **common)


def target_tracking(
    engine: Engine, region: str | None = None, metric: str | None = None, year: int | None = None
) -> list[TargetStatus]:
    """Every target fact (filtered by subject, metric id or text, and the year its period ends in),
    with its latest comparable actual and its status; ordered by subject, metric, period."""
    rows = _load(engine, region or None)
    by_key: dict[tuple, list[dict[str, Any]]] = {}
    for f in rows:
        if f["status"] == "actual":
            by_key.setdefault(_key(f), []).append(f)
    by_key = {k: _dated(v) for k, v in by_key.items()}
    out = []
    for f in rows:
        if f["status"] != "target":
            continue
        if region and f["subject"] != region:
            continue
        if metric and metric not in (f["metric_id"], f["metric"]):
            continue
        if year is not None:
            span = period_years(f["period"])
            if span is None or span[1] != int(year):
                continue
        out.append(assess(f, by_key.get(_key(f), []), presorted=True))
    out.sort(key=lambda s: (s.target["subject"], s.target["metric_id"] or "", s.target["metric"], s.target["period"] or "", s.target["id"]))
    return out
