"""Is a place named as the page's own place, or in another role: a destination (赴深圳), an origin
(来自广东), a venue (在上海奉贤区举行…), the head of a company's name (常州某某制造有限公司)?

The cue words are data (data/region_roles.yaml). A place in another role makes neither the page nor a
figure that place's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chanye.knowledge.loader import load_data

_LOOK_BACK = 40  # how far back a list of places (赴深圳、香港、北京等地) may reach to its cue word
# places listed before the one in hand (深圳、香港、), or a place it sits in (上海|奉贤区)
_PLACES_BEFORE = r"(?:[\u4e00-\u9fff]{1,8}[、和及与])*[\u4e00-\u9fff]{0,4}"
_VENUE_SPAN = 16  # how far after 在 + place the clause may go on to 举行 / 召开
_COMPANY_SPAN = 14  # how long a company's name after the place may be


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    data = load_data("region_roles.yaml") or {}

    def words(key: str) -> str:
        return "|".join(map(re.escape, sorted(data.get(key, []), key=len, reverse=True))) or "(?!)"

    return {
        "before": re.compile(rf"(?:{words('before')}){_PLACES_BEFORE}$"),
        "at": re.compile(rf"在{_PLACES_BEFORE}$"),
        "held": re.compile(rf"[^，。；：！？\n]{{0,{_VENUE_SPAN}}}?(?:{words('venue_after')})"),
        "company": re.compile(rf"[\u4e00-\u9fffA-Za-z（）()]{{0,{_COMPANY_SPAN}}}?(?:{words('company_after')})"),
    }


def other_role(text: str, start: int, end: int) -> bool:
    """True where the place at text[start:end] is a destination, an origin, a venue or a company's name."""
    p = _patterns()
    lead = text[max(0, start - _LOOK_BACK) : start]
    if p["before"].search(lead) or p["company"].match(text, end):
        return True
    return bool(p["at"].search(lead) and p["held"].match(text, end))
