"""Comparator cues around a number: the lexicon (lexicon/comparators.yaml) and the attach/merge helpers.

A cue is *attached* when it is written right against the number: before it (突破9000亿元, 双过“千亿”,
约占1/8), inside it (600余个, 3.8万余家, 100多家) or after it and its unit (800家以上, 10%左右).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

COMPARATORS = ("=", ">", ">=", "<", "<=", "~")
OPEN_QUOTES = "“\"‘'「『《"
CLOSE_QUOTES = "”\"’'」』》"


@dataclass(frozen=True, slots=True)
class Lexicon:
    prefix: tuple[tuple[str, str], ...]  # (cue, comparator), longest cue first
    inner: tuple[tuple[str, str], ...]
    suffix: tuple[tuple[str, str], ...]
    bridge: tuple[str, ...]
    not_after: dict[str, str]  # one-character cue -> characters that make it part of a word
    yields_to_suffix: tuple[str, ...]  # prefixes a written suffix overrides (控制在5.5%左右 is '~')
    ends_phrase: tuple[str, ...]  # suffixes that count only where the phrase ends (六成多，)


def _flatten(table: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    pairs: dict[str, str] = {}
    for comp, cues in table.items():
        if comp not in COMPARATORS:
            raise ValueError(f"unknown comparator {comp!r} in comparators.yaml")
        for cue in cues:
            pairs.setdefault(cue, comp)
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


@cache
def lexicon() -> Lexicon:
    data = yaml.safe_load(resources.files("chanye.extract").joinpath("lexicon/comparators.yaml").read_text("utf-8"))
    return Lexicon(
        prefix=_flatten(data["prefix"]),
        inner=_flatten(data["inner"]),
        suffix=_flatten(data["suffix"]),
        bridge=tuple(sorted(data["bridge"], key=len, reverse=True)),
        not_after=dict(data["not_after"]),
        yields_to_suffix=tuple(data.get("yields_to_suffix") or ()),
        ends_phrase=tuple(data.get("suffix_ends_phrase") or ()),
    )


class _ByChar(dict):
    """Entries grouped by the character at index `at` of their cue (0: first, -1: last), order kept, so a
    lookup scans only the cues that can match there and the first match is the same as over the whole list.
    (An empty cue, which could match anywhere, goes into every group.)"""

    def __init__(self, entries, at: int):
        cue_of = [e[0] if isinstance(e, tuple) else e for e in entries]
        self.every = tuple(entries)
        self.anywhere = tuple(e for e, cue in zip(entries, cue_of) if not cue)
        super().__init__(
            (c, tuple(e for e, cue in zip(entries, cue_of) if not cue or cue[at] == c)) for c in {cue[at] for cue in cue_of if cue}
        )

    def ending_at(self, text: str, end: int, lo: int) -> tuple:
        """The entries whose cue may end at `end` without starting before `lo`."""
        if lo < 0 or end > len(text):
            return self.every  # negative starts count from the end of the text: scan them all, as ever
        if end <= lo:
            return self.anywhere  # no non-empty cue fits between lo and end
        return self.get(text[end - 1], self.anywhere)

    def starting_at(self, text: str, pos: int) -> tuple:
        """The entries whose cue may start at `pos`."""
        if 0 <= pos < len(text):
            return self.get(text[pos], self.anywhere)
        return self.every if pos < 0 else self.anywhere


class _Index:
    __slots__ = ("not_after", "prefix", "inner", "suffix", "bridge")

    def __init__(self, lex: Lexicon):
        self.not_after = lex.not_after
        self.prefix = _ByChar(lex.prefix, -1)
        self.inner = _ByChar(lex.inner, 0)
        self.suffix = _ByChar(lex.suffix, 0)
        self.bridge = _ByChar(lex.bridge, -1)


_INDEX: _Index | None = None  # the lexicon's cues by character: built on first use


def _index() -> _Index:
    global _INDEX
    if _INDEX is None:
        _INDEX = _Index(lexicon())
    return _INDEX


def _cue_ending_at(text: str, end: int, lo: int) -> tuple[int, str] | None:
    idx = _INDEX or _index()
    for cue, comp in idx.prefix.ending_at(text, end, lo):
        start = end - len(cue)
        if start >= lo and text.startswith(cue, start):
            if start > 0 and text[start - 1] in idx.not_after.get(cue, ""):
                continue
            return start, comp
    return None


def prefix_cue(text: str, pos: int, lo: int = 0) -> tuple[int, str] | None:
    """The cue written right before position `pos` (not before `lo`): (cue start, comparator).

    An opening quote may stand between cue and number (双过“千亿”), and so may one bridging verb (约占 1/8,
    超过 … 达). Returns None where no cue is attached.
    """
    end = pos
    while end > lo and text[end - 1] in OPEN_QUOTES:
        end -= 1
    if end - 1 > lo and text[end - 1] == "了":
        done = _cue_ending_at(text, end - 1, lo)
        if done and done[1] != "=":
            return done  # 突破了千亿大关, 超过了1000家: the aspect mark between cue and number
    found = _cue_ending_at(text, end, lo)
    if found and found[1] != "=":
        return found
    if (end - 1 >= lo and text[end - 1] == "上" and pos < len(text) and text[pos] in "百千万亿"
            and not (end >= 2 and text[end - 2] in "迈登跨跃站冲攀走踏爬")):
        return end - 1, ">"  # 上千家, 上万人, 上百亿元: "upwards of" (迈上万亿元台阶 is "steps onto")
    for verb in (_INDEX or _index()).bridge.ending_at(text, end, lo):
        b = end - len(verb)
        if b >= lo and text.startswith(verb, b):
            before = _cue_ending_at(text, b, lo)
            if before and before[1] != "=":
                return before
            break
    return found


_SHARE_CUE = re.compile(r"(约|近|接近|将近|超过|超|逾|不到|不足)占[^\d，。；、,;：:（）()]{0,10}$")


def share_cue(text: str, pos: int, lo: int = 0) -> str | None:
    """A comparator written before 占 a few characters back (约占全国1/8, 约占GDP的12%), else None."""
    m = _SHARE_CUE.search(text, max(lo, pos - 14), pos)
    if not m:
        return None
    cue = m.group(1)
    return _cue_ending_at(cue, len(cue), 0)[1]


def inner_cue(text: str, pos: int) -> tuple[int, str] | None:
    """余/多/几 between a number and its magnitude or unit: (end of cue, comparator)."""
    inner = (_INDEX or _index()).inner
    # (the common case inline: called for every number)
    for cue, comp in inner.get(text[pos], inner.anywhere) if 0 <= pos < len(text) else inner.starting_at(text, pos):
        if text.startswith(cue, pos):
            return pos + len(cue), comp
    return None


def suffix_cue(text: str, pos: int) -> tuple[int, str] | None:
    """以上/以内/左右 … right after the unit: (end of cue, comparator)."""
    for cue, comp in (_INDEX or _index()).suffix.starting_at(text, pos):
        if text.startswith(cue, pos):
            end = pos + len(cue)
            if cue in lexicon().ends_phrase and end < len(text) and _HAN.match(text[end]) and text[end] != "的":
                continue  # 5个多元化…, 3个多月: 多 opens a word
            return end, comp
    return None


_HAN = re.compile(r"[\u4e00-\u9fff]")


def prefix_yields(text: str, start: int) -> bool:
    """Whether the prefix cue starting at `start` gives way to a suffix cue (控制在…左右)."""
    return any(text.startswith(cue, start) for cue in lexicon().yields_to_suffix)


def merge(prefix: str | None, inner: str | None, suffix: str | None) -> str:
    """One comparator from the cues around a number.

    A non-'=' prefix wins (约600余个 is '~', 超过800家以上 is '>'); then the suffix (达800家以上 is '>=');
    then the inner cue (600余个 is '>'); else '='.
    """
    for comp in (prefix, suffix, inner):
        if comp and comp != "=":
            return comp
    return "="
