"""Bodies that are a figure's subject: a port or a company whose name opens the figure's clause
(天津口岸进出口总值达到…, 北部湾港集装箱吞吐量突破…, 某某渔业有限公司在全国出口市场中占30%).

The annotated pages give such a figure to the body, not to the place its name holds (天津, 赣州). The cue
words are data (lexicon/bodies.yaml)."""

from __future__ import annotations

import re
from functools import cache

from chanye.extract.wordlists import any_of, load

_MAX_NAME = 20  # characters a body's name may run to


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset, re.Pattern]:
    lex = load("bodies.yaml")
    name = re.compile(
        rf"[\u4e00-\u9fffA-Za-z0-9（）()]{{1,{_MAX_NAME}}}?{any_of(lex['name_ends'])}(?={any_of(lex['after'])})"
    )
    measure = re.compile(r"[\s，,、]*" + any_of(lex["measures"]))
    return name, re.compile(any_of(lex["not_in_name"])), frozenset(lex["not_names"]), measure


def measure_at(text: str, at: int) -> bool:
    """Does a body's own measure open the text at `at` (…，集装箱吞吐量3530万标箱)?"""
    return _patterns()[3].match(text, at) is not None


def body_at(text: str, at: int, end: int) -> tuple[str, int] | None:
    """The body whose name starts at `at` (before `end`) and is followed by what a body does or measures,
    with where its name ends; None where `at` opens no body's name."""
    name_re, not_in, not_names, _ = _patterns()
    m = name_re.match(text, at, end)
    if m is None:
        return None
    name = m.group()
    if not_in.search(name) or any(name.endswith(w) for w in not_names):
        return None
    return name, m.end()
