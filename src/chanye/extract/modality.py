"""Status of a figure: `target`, `forecast` or `actual`, from the cues across its sentence.

A cue governs from where it stands to the end of its sentence (`力争到今年年底，A达150家，B突破200家`:
both are targets) until a later cue or an actual-marker (已, 目前, 截至, 去年 …) takes over. `将`
before an outcome verb follows an earlier explicit cue in the sentence; alone it is a plan (target),
or an expectation (forecast) when the page is written late in the period it speaks of.
Without a cue, a figure for a period after the page's date, or for the page's own year in a page
written at the start of that year (a work report), is a target. The lexicon is modality.yaml.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import yaml

from chanye.extract.wordlists import any_of
from chanye.extract.wordlists import leading_word as _leading_word
from chanye.extract.wordlists import leading_words as _leading_words
from chanye.extract.wordlists import word_matches as _word_matches

KINDS = ("planned", "target", "horizon", "will", "forecast", "reported", "actual")  # (planned first: it wins a tie with 计划)
_OPENING_CUE_AT = 3  # a cue this near the sentence's start opens it (预计，初步预计，)
ACHIEVED_KINDS = ("reported", "actual")  # the cue kinds that give a figure status actual; every other kind is a plan's


@cache
def _lexicon() -> dict:
    return yaml.safe_load(resources.files("chanye.extract").joinpath("modality.yaml").read_text("utf-8"))


@cache
def _cues() -> list[tuple[re.Pattern, str]]:
    data = _lexicon()
    cues = [(re.compile(p), kind) for kind in KINDS for p in data.get(kind, [])]
    return cues + [(re.compile(p), "forecast") for p in data.get("completion", [])]  # an expectation


@cache
def planned_amount() -> re.Pattern:
    """`今年计划投资` ending right before a figure: a project's planned amount."""
    return re.compile("|".join(f"(?:{p})" for p in _lexicon()["planned_amount"]))


@cache
def forecast_note_after() -> re.Pattern:
    """`（预计数）` right after a figure: that figure is an estimate."""
    return re.compile(r"\s*[（(]\s*" + any_of(_lexicon()["forecast_note_after"]) + r"\s*[）)]")


@cache
def completion_cue() -> re.Pattern:
    """`建成投产后` (before 可 / 将 / 年 …): what a project yields once built."""
    return re.compile("|".join(f"(?:{p})" for p in _lexicon()["completion"]))


@cache
def _openings(pat: re.Pattern) -> tuple[str, ...]:
    return _leading_words(pat.pattern)


def _writes_none(text: str, words: tuple[str, ...]) -> bool:
    # (a plain loop: `in` is found in C; an alternation of the words would be tried at every character)
    for w in words:
        if w in text:
            return False
    return True


@cache
def _cue_table() -> list[tuple[re.Pattern, str, str]]:
    """(pattern, kind, the word its matches start with) for each cue, in the lexicon's order."""
    return [(pat, kind, _leading_word(pat.pattern)) for pat, kind in _cues()]


@cache
def _cue_screen() -> re.Pattern | None:
    """One pattern that finds any cue's word: a sentence where it finds nothing (most of them) tries only
    the cues without a word."""
    words = sorted({word for _pat, _kind, word in _cue_table() if word}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """All status cues in `text`: (start, end, kind), in order; overlapping cues keep the longer."""
    return list(_find_cues(text))


@cache
def _cues_by_word() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The cue words each cue word opens with (itself and its shorter cue words: 预计 in 预计到), the table
    rows of each word, and the rows without a word."""
    table = _cue_table()
    words = {word for _pat, _kind, word in table if word}
    prefixes = {w: tuple(v for v in words if w.startswith(v)) for w in words}
    rows: dict[str, list[int]] = {}
    for k, (_pat, _kind, word) in enumerate(table):
        if word:
            rows.setdefault(word, []).append(k)
    wordless = tuple(k for k, (_pat, _kind, word) in enumerate(table) if not word)
    return prefixes, {w: tuple(ks) for w, ks in rows.items()}, wordless


def _rows_to_try(text: str, screen: re.Pattern) -> list[tuple[re.Pattern, str, str]]:
    """The table rows whose word the text writes, and those without a word, in the table's order: the
    screen (longest word first) is searched for from each hit's next character, so every word written is
    seen (a shorter word at a hit's start is one of its prefixes)."""
    prefixes, rows, wordless = _cues_by_word()
    picked = set(wordless)
    m = screen.search(text)
    while m is not None:
        for w in prefixes[m.group()]:
            picked.update(rows[w])
        m = screen.search(text, m.start() + 1)
    table = _cue_table()
    return [table[k] for k in sorted(picked)]


@lru_cache(maxsize=4096)  # a pure function of the sentence; facts asks for a sentence's cues more than once
def _find_cues(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    screen = _cue_screen()
    table = _cue_table() if screen is None else _rows_to_try(text, screen)
    for pat, kind, word in table:
        # (without a screen every row is tried: a cue whose word is not in the sentence cannot match)
        if screen is None and word and word not in text:
            continue
        if not word and (words := _openings(pat)) and _writes_none(text, words):
            continue  # (a cue opening with a choice of words: none of them is written)
        for m in _word_matches(pat, text, word) if word else pat.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), kind))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, str]] = []
    for c in found:
        if out and c[0] < out[-1][1]:
            continue
        out.append(c)
    return tuple(out)


_FOUR_DIGITS = re.compile(r"(\d{4})")
_YEAR = re.compile(r"\d{4}")
_YEAR_SPAN = re.compile(r"\d{4}-\d{4}")


def _period_start_year(period: str | None) -> int | None:
    if not period:
        return None
    m = _FOUR_DIGITS.match(period)
    return int(m.group(1)) if m else None


def _period_end_year(period: str | None) -> int | None:
    if not period:
        return None
    years = _YEAR.findall(period)
    return int(years[-1]) if years else None


def status_at(
    sentence: str,
    pos: int,
    *,
    period: str | None = None,
    pub_year: int | None = None,
    pub_month: int | None = None,
    cues: list[tuple[int, int, str]] | None = None,
) -> str:
    """Status of the figure at offset `pos` of `sentence`."""
    cues = find_cues(sentence) if cues is None else cues
    before = [
        c for c in cues
        if c[0] < pos
        and not _forecast_ended(sentence, c, pos)
        and not _own_clause_forecast_ended(sentence, c, pos)
        and not _completion_ended(sentence, c, pos)
        and not _planned_ended(sentence, c, pos, period, pub_year, pub_month)
        and not _slogan_ended(sentence, c, pos)
    ]
    last = before[-1] if before else None
    if last is not None:
        kind = last[2]
        if kind == "reported" and before[0][2] == "forecast" and before[0][0] <= _OPENING_CUE_AT:
            return "forecast"  # 初步预计，…完成年计划710亿元的89.4%: progress expected, as the sentence's opening says
        if kind in ACHIEVED_KINDS:
            return "actual"
        if kind in ("target", "forecast"):
            return kind
        if kind == "planned":
            return "target"
        if kind == "horizon":
            return "actual" if _horizon_passed(sentence, last, pub_year) else "target"
        # 将: an earlier explicit cue decides; else the page's date does
        explicit = [c for c in before if c[2] in ("target", "forecast")]
        if explicit and not _new_horizon_after_forecast(sentence, explicit[-1], last):
            return explicit[-1][2]
        return _will_status(period, pub_year, pub_month)
    return _default_status(period, pub_year, pub_month)


_FIGURE = re.compile(r"\d(?:[\d.]*)\s*(?:%|％|亿|万|千|百|个|家|项|元|吨|倍|位)")
@cache
def _goal_stated() -> re.Pattern:
    return re.compile(any_of(_lexicon()["goal_stated"]))
# 从1994年的12.2万吨，到2007年突破1000万吨，再到2018年突破1亿吨: milestones told one after another
_MILESTONE_CHAIN = re.compile(r"[从由](?:19|20)\d{2}年的[^。；]{1,40}?，(?:再)?到(?:19|20)\d{2}年[^。；]{1,40}?，再到(?:19|20)\d{2}年")


def _horizon_passed(sentence: str, cue: tuple[int, int, str], pub_year: int | None) -> bool:
    """到2020年突破300亿元 on a page of a later year, or as a step of a chain of milestones (从…年的…，到…年…，
    再到…年…): what was reached by then, not a goal. (Not where the sentence quotes a plan's goal before it:
    《规划》提出，到2020年…)"""
    year = _YEAR.search(sentence, cue[0], cue[1])
    if year and pub_year and int(year.group()) < pub_year and not _goal_stated().search(sentence, 0, cue[0]):
        return True
    chain = _MILESTONE_CHAIN.search(sentence)
    return chain is not None and chain.start() < cue[0] < chain.end()


def _forecast_ended(sentence: str, cue: tuple[int, int, str], pos: int) -> bool:
    """An expectation voiced amid reported figures (`1—11月产值超4500亿元，预计全年突破5000亿元；规上
    工业增加值增长29%`) speaks for its own part of the sentence only: it ends at the next `；`. One that
    opens the sentence's figures (`预计，全市…增长4.5%；…`) leads the whole list."""
    if cue[2] != "forecast" or "；" not in sentence[cue[1] : pos]:
        return False
    clause_start = max(sentence.rfind("，", 0, cue[0]), sentence.rfind("；", 0, cue[0]), 0)
    return bool(_FIGURE.search(sentence, 0, clause_start))  # figures reported in an earlier clause


def _completion_ended(sentence: str, cue: tuple[int, int, str], pos: int) -> bool:
    """`…项目建成后可实现产值32亿元；投资5000万元的…项目`: what one project yields once built speaks for its
    own part of the sentence only (up to the next `；`)."""
    return cue[2] == "forecast" and "；" in sentence[cue[1] : pos] and bool(completion_cue().match(sentence, cue[0]))


def _planned_ended(
    sentence: str, cue: tuple[int, int, str], pos: int, period: str | None, pub_year: int | None, pub_month: int | None
) -> bool:
    """`年度投资计划68亿元，1-5月完成投资31亿元`: a plan's amount or class written before its figure speaks for
    its own clause only; a class of projects (计划开工项目107个，总投资…) only where the figure's period has closed
    by the page's date (a progress report, not the plan of a period still running)."""
    if cue[2] != "planned" or not any(ch in sentence[cue[1] : pos] for ch in "，,；;"):
        return False
    return not sentence[cue[0] : cue[1]].endswith("项目") or _closed_by_page(period, pub_year, pub_month)


_PART_OF_YEAR = re.compile(r"(\d{4})(?:-(\d{2})|Q([1-4])|H([12]))")


def period_last_month(period: str | None) -> tuple[int, int] | None:
    """(year, last month) of a month, quarter or half of a year (2023-05, 2023Q3, 2023H1); None for any
    other period."""
    m = _PART_OF_YEAR.fullmatch(period or "")
    if m is None:
        return None
    month, quarter, half = m.group(2), m.group(3), m.group(4)
    return int(m.group(1)), int(month) if month else int(quarter) * 3 if quarter else int(half) * 6


def _closed_by_page(period: str | None, pub_year: int | None, pub_month: int | None) -> bool:
    """Whether the page was written after `period` closed (True where either is unknown)."""
    if not period or not pub_year:
        return True
    end_year = _period_end_year(period) or pub_year
    if end_year != pub_year or _YEAR_SPAN.fullmatch(period) or _is_plain_year(period):
        return end_year < pub_year
    if pub_month is None:
        return False
    part = period_last_month(period)
    return part is not None and part[1] <= pub_month


_CJK = re.compile(r"[\u4e00-\u9fff]")
_TIME_WORDS = re.compile(r"(?:19|20)\d{2}年(?:度)?|今年|去年|全年|年内|前三季度|上半年|一季度|\d{1,2}[-—~至]\d{1,2}月")
_FORECAST_THEN_FIGURE = re.compile(r"(?:将)?(?:超过?|达到?|突破|增长|实现|完成|为|在)\s*\d")


@cache
def _slogan_frame() -> re.Pattern:
    """以“…”为目标 / 以…为引领 (up to the frame's end): a slogan set as the aim of the work."""
    words = any_of(_lexicon()["slogan_frames"])
    return re.compile(rf"以(?:[“‘\"][^“”‘’\"。；]{{1,40}}[”’\"]|[^，。；,;“”]{{1,24}}?)(?:为|作为){words}")


def _slogan_ended(sentence: str, cue: tuple[int, int, str], pos: int) -> bool:
    """`以“打造千亿主导产业，争创全国一流园区”为目标，一季度…企业有107家`: a cue inside the slogan stops at the
    frame's end; a figure inside the frame (以实现产值百亿元为目标) keeps it."""
    if cue[2] == "actual" or "以" not in sentence[: cue[0]]:
        return False
    return any(m.start() <= cue[0] < m.end() <= pos for m in _slogan_frame().finditer(sentence))


@cache
def _clause_goes_on() -> re.Pattern:
    data = _lexicon()
    return re.compile(r"\s*" + any_of(data["clause_goes_on_time"]) + "?" + any_of(data["clause_goes_on"]))


def _own_clause_forecast_ended(sentence: str, cue: tuple[int, int, str], pos: int) -> bool:
    """`地区生产总值同比增长预计超20%，工业总产值突破5000亿元`: an expectation written between its clause's
    indicator and figure speaks for that clause; a later clause naming an indicator of its own is reported.
    A clause going on about the same figure (`，同比增长…`, `，总量位居全市第二`, `，全年增长5%左右`) stays expected."""
    if cue[2] != "forecast" or not _FORECAST_THEN_FIGURE.match(sentence, cue[1]):
        return False
    clause_start = max(sentence.rfind(c, 0, cue[0]) for c in "，,；;：:") + 1
    head = _TIME_WORDS.sub("", sentence[clause_start : cue[0]])
    if len(_CJK.findall(head)) < 4:
        return False  # 预计 opens its clause (after a place or time at most): it leads the list
    commas = [i for i in range(cue[1], pos) if sentence[i] in "，,"]
    return any(not _clause_goes_on().match(sentence, i + 1) for i in commas)


_HORIZON_CLAUSE = re.compile(r"(?:到|至)(?:19|20)\d{2}年")


def _new_horizon_after_forecast(sentence: str, cue: tuple[int, int, str], will: tuple[int, int, str]) -> bool:
    """`今年工业增加值预计将达到2364亿元，到2015年将突破5000亿元`: an expectation that has its figure in its own
    clause does not reach a later clause opening a horizon of its own; there 将 is the plan's."""
    if cue[2] != "forecast":
        return False
    clause_start = max(sentence.rfind("，", 0, will[0]), sentence.rfind("；", 0, will[0]))
    if clause_start < cue[1] or not _FIGURE.search(sentence, cue[1], clause_start):
        return False
    return bool(_HORIZON_CLAUSE.search(sentence, clause_start, will[0]))


def _will_status(period: str | None, pub_year: int | None, pub_month: int | None) -> str:
    end = _period_end_year(period)
    if pub_year and pub_month and end == pub_year and pub_month >= 9 and _is_plain_year(period):
        return "forecast"
    return "target"


def _is_plain_year(period: str | None) -> bool:
    return bool(period) and bool(_YEAR.fullmatch(period or ""))


def _default_status(period: str | None, pub_year: int | None, pub_month: int | None) -> str:
    start = _period_start_year(period)
    if not pub_year or start is None:
        return "actual"
    if "-" in (period or "")[4:5] and not _YEAR_SPAN.fullmatch(period or ""):
        return "actual"  # YYYY-MM: figures to date
    if start > pub_year or (_period_end_year(period) or 0) > pub_year:
        return "target"  # a later period, or a span running past the page (“十五五”时期): a plan
    if _is_plain_year(period) and start == pub_year and pub_month is not None and pub_month <= 4:
        return "target"  # the page's own year, written at its start: a plan (work reports)
    return "actual"
