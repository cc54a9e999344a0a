"""Word lists kept as data (lexicon/*.yaml) and the pattern pieces made from them."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

try:  # the regex parser, to read what a pattern's match opens with or its fixed word (Python 3.11+: re._parser; before: sre_parse)
    from re import _constants, _parser
except ImportError:  # pragma: no cover
    import sre_constants as _constants
    import sre_parse as _parser


@cache
def load(name: str) -> dict:
    return yaml.safe_load(resources.files("chanye.extract").joinpath(f"lexicon/{name}").read_text("utf-8"))


def any_of(words: list[str]) -> str:
    """`(?:ab|a|c)`: one of the words, longer words tried first (an alternation takes the first that fits)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True)) + ")"


def grouped(entry: dict, groups: dict[str, list[str]]) -> list[str]:
    """An entry's words: those of the shared groups it names, then its own."""
    return [w for g in entry.get("groups", []) for w in groups[g]] + entry.get("words", [])


_WIDE_CLASS = 64  # a character class wider than this opens with "any character"


def opening_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can open with; None where it may open with any (or match
    nothing at all). A pattern that opens with a lookbehind or an optional group gets no fast scan from
    the regex engine: it can be tried only where one of these stands (the same leftmost match)."""
    first, can_be_empty = _first_chars(_parser.parse(pattern))
    return None if first is None or can_be_empty else frozenset(first)


def closing_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can end with; None where it may end with any (or match
    nothing at all)."""
    last, can_be_empty = _first_chars(_parser.parse(pattern), backwards=True)
    return None if last is None or can_be_empty else frozenset(last)


def _first_chars(items, backwards: bool = False) -> tuple[set[str] | None, bool]:
    """The characters parsed items' match can open with (backwards: end with; None: any) and whether it
    can match nothing at all. Zero-width items (anchors, lookarounds) only narrow a match: the next item
    opens it."""
    C = _constants
    out: set[str] = set()
    for op, av in reversed(list(items)) if backwards else items:
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.IN:
            chars: set[str] = set()
            for kind, arg in av:
                if kind is C.LITERAL:
                    chars.add(chr(arg))
                elif kind is C.RANGE and arg[1] - arg[0] < _WIDE_CLASS:
                    chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
                else:
                    return None, False  # a negated, wide or category class
            return out | chars, False
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                first, can_be_empty = _first_chars(branch, backwards)
                if first is None:
                    return None, False
                out |= first
                empty = empty or can_be_empty
            if not empty:
                return out, False
            continue
        if op is C.SUBPATTERN:
            first, can_be_empty = _first_chars(av[3], backwards)
            if first is None or av[1]:  # (inline flags: IGNORECASE and the like widen a literal)
                return None, False
            out |= first
            if not can_be_empty:
                return out, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            first, can_be_empty = _first_chars(av[2], backwards)
            if first is None:
                return None, False
            out |= first
            if av[0] > 0 and not can_be_empty:
                return out, False
            continue
        return None, False  # any character, a back reference, …
    return out, True


def search_at_openings(pattern: re.Pattern, text: str, pos: int, endpos: int, opening: re.Pattern | None):
    """pattern.search(text, pos, endpos), trying the pattern only where `opening` (a class of the
    characters its match opens with) finds one; `opening` None: a plain search."""
    if opening is None:
        return pattern.search(text, pos, endpos)
    for hit in opening.finditer(text, pos, endpos):
        m = pattern.match(text, hit.start(), endpos)
        if m is not None:
            return m
    return None


def opening_class(pattern: re.Pattern) -> re.Pattern | None:
    """The class of the characters `pattern`'s match opens with, for search_at_openings (None: any)."""
    try:
        chars = opening_chars(pattern.pattern) if not pattern.flags & re.IGNORECASE else None
    except Exception:  # (a parser of another Python version)
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None


_ZERO_WIDTH = (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT)


def leading_word(pattern: str) -> str:
    """The word every match of `pattern` starts with (after lookbehinds and anchors only), or "" if none."""
    items = list(_parser.parse(pattern))
    i = 0
    # leading lookbehinds, ^, and a group of alternatives that are all lookbehinds/anchors
    while i < len(items):
        op, av = items[i]
        if op in _ZERO_WIDTH:
            i += 1
        elif op is _constants.BRANCH and all(all(o in _ZERO_WIDTH for o, _ in alt) for alt in av[1]):
            i += 1
        else:
            break
    lit = []
    while i < len(items) and items[i][0] is _constants.LITERAL:
        lit.append(chr(items[i][1]))
        i += 1
    return "".join(lit)


def leading_words(pattern: str) -> tuple[str, ...]:
    """The words one of which every match of `pattern` starts with, where it opens (after lookbehinds and
    anchors) with plain words or a choice of them (`(?<![可])(?:预估|预料|预测|估计)`), else ()."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ()  # (a word would not be found as written)
    items = list(parsed)
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1
    if i == len(items):
        return ()
    op, av = items[i]
    alternatives = av[1] if op is _constants.BRANCH else [items[i:]]
    words = []
    for alt in alternatives:
        lit = []
        for o, a in alt:
            if o is not _constants.LITERAL:
                break
            lit.append(chr(a))
        if not lit:
            return ()
        words.append("".join(lit))
    return tuple(words)


def word_matches(pat: re.Pattern, text: str, word: str) -> list[re.Match]:
    """pat.finditer(text) for a pattern whose matches start at `word`: tried only where the word stands
    (a pattern opening with lookbehinds gets no fast scan from the regex engine)."""
    out = []
    i = text.find(word)
    while i >= 0:
        m = pat.match(text, i)
        if m:
            out.append(m)
            i = text.find(word, m.end())
        else:
            i = text.find(word, i + 1)
    return out


def scope_words(subset: str = "scope_words") -> list[str]:
    """The whole-area words (全国, 全省, 世界 …: lexicon/names.yaml scope_words), or a named subset of them
    (level_scope_words, largest_scope_words)."""
    return load("names.yaml")[subset]


SCOPE = any_of(scope_words())  # one whole-area word
LEVEL_SCOPE = any_of(scope_words("level_scope_words"))  # 全 + an administrative level
