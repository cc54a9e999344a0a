"""The year a page's lead makes certain where the page gives no date.

`1至2月份，全省规上工业增加值…增速比2015全年回落0.9个百分点` (or `…延续2014年四季度走势`): figures to date from the
start of a year, set against the whole or the last part of the year before, are of the year after it. Nothing
else is inferred: a page with no date and no such comparison keeps its periods null.
"""

from __future__ import annotations

import re

from chanye.extract.wordlists import load

LEAD_REACH = 600  # characters of the body's opening the two cues must both stand in

_WORDS = load("time.yaml")["page_year"]
_TO_DATE = re.compile(_WORDS["to_date"])
_LAST_PART_OF_YEAR = re.compile(_WORDS["last_part_of_year"])


def lead_year(text: str) -> int | None:
    """The year of the figures to date that the lead compares with the year before it; None where it does not."""
    lead = text[:LEAD_REACH]
    if not _TO_DATE.search(lead):
        return None
    years = {int(m.group("year")) for m in _LAST_PART_OF_YEAR.finditer(lead)}
    return years.pop() + 1 if len(years) == 1 else None
