"""Reading a stretch of the cleaned text: list separators outside brackets, a span's words without marks, time words or
region names.
"""

from __future__ import annotations

import re

from chanye.extract import metric as M
from chanye.extract.clauses import Clause
from chanye.extract.facts.drafts import Doc
from chanye.knowledge.regions import RANK_SCOPE_AFTER

DEPTH_OPEN = "（(“‘《「"
DEPTH_CLOSE = "）)”’》」"

_DEPTH_MARKS = re.compile("[、" + re.escape(DEPTH_OPEN + DEPTH_CLOSE) + "]")


def _seps(text: str, clause: Clause) -> list[int]:
    """Positions of list separators (、 outside brackets and quotes) in a clause."""
    body = clause.text
    if "、" not in body:
        return []
    # bracket and quote depth, walked over the marks only (not every character)
    depth, out = 0, []
    for m in _DEPTH_MARKS.finditer(body):
        ch = m.group()
        if ch == "、":
            if depth == 0:
                out.append(clause.start + m.start())
        elif ch in DEPTH_OPEN:
            depth += 1
        elif depth:
            depth -= 1
    return out


def remove_spans(text: str, base: int, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text  # (most stretches hold no time word)
    out, pos = [], 0
    for a, b in sorted(spans):
        a, b = max(a - base, 0), min(b - base, len(text))
        if a >= b or a < pos:
            continue
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    return "".join(out)


def clause_words(doc: Doc, a: int, b: int) -> str:
    """Text of [a, b) without its time expressions and its leading region mentions."""
    key = ("words", a, b)
    words = doc.memo.get(key)
    if words is None:
        spans = [(t.start, t.end) for t in doc.times_in(a, b)]
        text = remove_spans(doc.text[a:b], a, spans) if spans else doc.text[a:b]
        words = doc.memo[key] = strip_region(doc, text, RANK_SCOPE_AFTER.match(doc.text, b) is not None)
    return words


def strip_region(doc: Doc, text: str, rank_after: bool = False) -> str:
    by_first = _names_by_first(doc)
    # strip_lead runs to a fixed point, so once no name follows it the text no longer changes
    text = M.strip_lead(text)
    while (names := by_first.get(text[:1])) and text.startswith(names):  # one C-level test before looking for which name
        name = next(name for name in names if text.startswith(name))
        if RANK_SCOPE_AFTER.match(text, len(name)) or (rank_after and len(name) == len(text)):
            break  # 位列全省第2、苏北第1: a place right before a rank is its scope, part of the rank's name
        text = M.strip_lead(text[len(name):])
    return text


def _names_by_first(doc: Doc) -> dict[str, tuple[str, ...]]:
    """doc.region_names by their first character, each group still longest first (a long page names
    hundreds of places; a stretch can only open with those of its first character)."""
    found = doc.memo.get("names_by_first")
    if found is None:
        groups: dict[str, list[str]] = {}
        for name in doc.region_names:
            groups.setdefault(name[:1], []).append(name)
        found = doc.memo["names_by_first"] = {c: tuple(g) for c, g in groups.items()}
    return found
