"""Pure helpers for the pages: number formatting, text segments for highlights, chart geometry.

Nothing here produces HTML: templates (autoescaped) turn these plain values into markup, so that
document text is escaped wherever it shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from chanye.analyse.queries import period_end, period_years

COMPARATOR_SIGN = {"=": "", ">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈"}


def _num(x: float, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    if abs(x - round(x)) < 1e-9 and abs(x) < 1e15:
        return f"{int(round(x)):,}"
    s = f"{x:,.{digits}f}".rstrip("0").rstrip(".")
    return s


def _scaled(value: float, unit: str, lang: str) -> str:
    cur = {"CNY": ("元", "yuan"), "USD": ("美元", "USD")}[unit]
    a = abs(value)
    if lang == "en":
        for div, suf in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
            if a >= div:
                return f"{_num(value / div)}{suf} {cur[1]}"
        return f"{_num(value)} {cur[1]}"
    for div, suf in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if a >= div:
            return f"{_num(value / div)}{suf}{cur[0]}"
    return f"{_num(value)}{cur[0]}"


def format_plain(value: float | None, unit: str | None, unit_text: str | None, lang: str = "zh") -> str:
    """A value in its unit, readable: 9e11 CNY -> 9000亿元 / 900 bn yuan; 4.1 % -> 4.1%; rank 84 -> 第84位."""
    if value is None:
        return "—"
    unit = unit or "other"
    if unit in ("CNY", "USD"):
        return _scaled(float(value), unit, lang)
    if unit == "%":
        return f"{_num(value)}%"
    if unit == "pp":
        return f"{_num(value)}个百分点" if lang == "zh" else f"{_num(value)} pp"
    if unit == "rank":
        return f"第{_num(value)}位" if lang == "zh" else f"#{_num(value)}"
    text = unit_text or ""
    if lang == "zh" and abs(value) >= 1e4 and unit in ("count", "other"):
        for div, suf in ((1e8, "亿"), (1e4, "万")):
            if abs(value) >= div:
                return f"{_num(value / div)}{suf}{text}"
    if unit == "count":
        return f"{_num(value)}{text}" if lang == "zh" else f"{_num(value)}" + (f" ({text})" if text else "")
    return f"{_num(value)}{text}" if lang == "zh" else f"{_num(value)} {text}".rstrip()


def format_value(f: dict[str, Any], lang: str = "zh", with_comparator: bool = True) -> str:
    """A fact's value with comparator and range: ">9000亿元", "20–30亿元", "≥800家"; a change of rank "+3位"."""
    if f.get("unit") == "rank" and f.get("kind") == "growth" and f.get("value") is not None:
        moved = f"{float(f['value']):+g}"  # 较上年前进3位: places moved, not a place
        return f"{moved}位" if lang == "zh" else f"{moved} places"
    main = format_plain(f.get("value"), f.get("unit"), f.get("unit_text"), lang)
    if f.get("value_max") is not None:
        main = f"{format_plain(f['value'], f.get('unit'), f.get('unit_text'), lang)}–{format_plain(f['value_max'], f.get('unit'), f.get('unit_text'), lang)}"
    sign = COMPARATOR_SIGN.get(f.get("comparator") or "=", f.get("comparator") or "") if with_comparator else ""
    return f"{sign}{main}"


def format_ratio(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x * 100:.0f}%"


# ---------------------------------------------------------------- text segments


@dataclass(slots=True)
class Segment:
    text: str
    start: int
    facts: list[int] = field(default_factory=list)  # ids of the facts covering it
    anchors: list[int] = field(default_factory=list)  # ids of the facts starting here (id="fact-N")
    masked: bool = False
    selected: bool = False


def segments(
    text: str,
    spans: list[tuple[int | None, int | None, int]],
    masked: list[tuple[int, int]] | None = None,
    selected: tuple[int, int] | None = None,
) -> list[Segment]:
    """Cut text at every span boundary; each piece knows which facts cover it (overlaps allowed)."""
    n = len(text)
    good = [(s, e, i) for s, e, i in spans if s is not None and e is not None and 0 <= s < e <= n]
    masks = [(max(0, s), min(n, e)) for s, e in (masked or []) if s is not None and e is not None and s < e]
    sel = None
    if selected and selected[0] is not None and selected[1] is not None:
        s, e = max(0, selected[0]), min(n, selected[1])
        if s < e:
            sel = (s, e)
    cuts = {0, n}
    for s, e, _ in good:
        cuts.update((s, e))
    for s, e in masks:
        cuts.update((s, e))
    if sel:
        cuts.update(sel)
    points = sorted(c for c in cuts if 0 <= c <= n)
    out: list[Segment] = []
    started: set[int] = set()
    for a, b in zip(points, points[1:]):
        if a >= b:
            continue
        covering = [i for s, e, i in good if s <= a and b <= e]
        anchors = [i for i in covering if i not in started]
        started.update(anchors)
        out.append(
            Segment(
                text=text[a:b],
                start=a,
                facts=covering,
                anchors=anchors,
                masked=any(s <= a and b <= e for s, e in masks),
                selected=bool(sel and sel[0] <= a and b <= sel[1]),
            )
        )
    return out


# ---------------------------------------------------------------- charts


@dataclass(slots=True)
class Point:
    x: float
    y: float
    fact: dict[str, Any]
    label: str  # value as text (escaped by the template)


@dataclass(slots=True)
class Chart:
    key: str
    title: str
    unit_label: str
    width: int
    height: int
    line: list[Point]
    targets: list[Point]
    forecasts: list[Point]
    partial: list[Point]  # levels for part of a year (to date): marks off the line
    xticks: list[tuple[float, str]]
    yticks: list[tuple[float, str]]
    plot: tuple[float, float, float, float]  # left, top, right, bottom

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.line)


def _nice_ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    if hi <= lo:
        hi = lo + 1.0
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = min((m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw), default=10 * mag)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v <= hi + step * 1e-6:
        ticks.append(round(v, 10))
        v += step
    return ticks


def chart_x(period: str | None) -> float | None:
    """Where a period sits on a chart's time axis (year Y spans [Y, Y+1), its tick at Y+0.5):
    a year at its middle, a span of years at its last year's middle, a part of a year at its end
    (2024H1 at 2024.5, 2024Q3 at 2024.75, 2024-09 at 2024.75)."""
    end = period_end(period)
    if end is None:
        return None
    span = period_years(period)
    if span and end == float(span[1] + 1):  # whole years
        return span[1] + 0.5
    return end


def is_whole_years(period: str | None) -> bool:
    end = period_end(period)
    span = period_years(period)
    return bool(span) and end == float(span[1] + 1)


def metric_chart(
    key: str, title: str, rows: list[dict[str, Any]], lang: str, width: int = 560, height: int = 230
) -> Chart | None:
    """One metric's facts (one unit and kind) over time: actuals as a line, targets and forecasts as marks."""
    pts = [(chart_x(r.get("period")), r) for r in rows]
    pts = [(x, r) for x, r in pts if x is not None]
    if not pts:
        return None
    left, top, right, bottom = 78.0, 14.0, width - 14.0, height - 34.0
    xs = [x for x, _ in pts]
    x0, x1 = math.floor(min(xs)) - 0.1, math.ceil(max(xs)) + 0.1
    if x1 - x0 < 2:
        x0, x1 = x0 - 0.5, x1 + 0.5
    vals = [float(r["value"]) for _, r in pts] + [float(r["value_max"]) for _, r in pts if r.get("value_max") is not None]
    lo, hi = min(vals + [0.0]), max(vals + [0.0])
    if hi == lo:
        hi = lo + 1.0
    yt = _nice_ticks(lo, hi)
    lo, hi = min(lo, yt[0]), max(hi, yt[-1])

    def sx(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * (right - left)

    def sy(y: float) -> float:
        return bottom - (y - lo) / (hi - lo) * (bottom - top)

    unit, unit_text = rows[0].get("unit"), rows[0].get("unit_text")
    line, targets, forecasts = [], [], []
    partial = []
    for x, r in sorted(pts, key=lambda p: (p[0], p[1].get("id") or 0)):
        p = Point(x=sx(x), y=sy(float(r["value"])), fact=r, label=format_value(r, lang))
        status = r.get("status")
        if status == "target":
            targets.append(p)
        elif status == "forecast":
            forecasts.append(p)
        elif r.get("kind") == "level" and not is_whole_years(r.get("period")):
            partial.append(p)  # a level to date (1-9月, 上半年) is not comparable with a year's total
        else:
            line.append(p)
    xticks = []
    for year in range(math.floor(x0), math.ceil(x1) + 1):
        if x0 <= year + 0.5 <= x1:
            xticks.append((sx(year + 0.5), str(year)))
    if len(xticks) > 8:
        stride = math.ceil(len(xticks) / 8)
        xticks = xticks[::stride]
    yticks = [(sy(v), format_plain(v, unit, unit_text, lang)) for v in yt]
    return Chart(
        key=key,
        title=title,
        unit_label=format_plain(None, unit, unit_text, lang),
        width=width,
        height=height,
        line=line,
        targets=targets,
        forecasts=forecasts,
        partial=partial,
        xticks=xticks,
        yticks=yticks,
        plot=(left, top, right, bottom),
    )
