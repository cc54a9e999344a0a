"""A figure's value in the same period of an earlier year, in brackets or after a comma right after it:
`规模以上工业企业18户（上年同期15户）`, `工业总产值13.2亿元，2015年同期9.8亿元`.

The bracketed figure measures the same indicator as the figure before it (not `上年同期`), of the same
period one year back (上年/去年) or of the year it names.
"""

from __future__ import annotations

import re

from chanye.extract.facts.drafts import Draft

_BASE = re.compile(r"[（，](?:(\d{4})年|(上年|去年|上一年))同期(?:为|是)?")
_ONE_PERIOD = re.compile(r"(\d{4})((?:-\d{2}|H[12]|Q[1-4])?)")  # 2023, 2023-06, 2023H1, 2023Q3 (not a span)


def _shifted(period: str | None, year: str | None) -> str | None:
    """The period of the base: the same months of the year named, or of the year before."""
    m = _ONE_PERIOD.fullmatch(period or "")
    if m is None:
        return year  # the year named, where the figure's own period is unknown or a span
    return str(int(year) if year else int(m.group(1)) - 1) + m.group(2)


def bracket_bases(text: str, sent, made: list[Draft]) -> None:
    """Name each bracketed same-period base figure after the figure it is the base of."""
    if "同期" not in text[sent.start : sent.end]:
        return  # (cheap test)
    ordered = sorted(made, key=lambda x: x.pos)
    for p, d in zip(ordered, ordered[1:]):
        m = _BASE.fullmatch(text, p.end, d.pos)
        if m is None or p.unit != d.unit or p.kind != d.kind or not p.metric:
            continue
        d.metric = p.metric
        d.period = _shifted(p.period, m.group(1))  # (None where the figure's own period is a span or unknown)
        d.change_base, d.period_fixed = True, True  # no later reading dates it as the page's or the release's
