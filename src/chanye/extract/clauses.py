"""Paragraphs, sentences and clauses of a cleaned text, each with its span.

The fact assembler reasons at three scopes: the clause a figure sits in (between commas), the
sentence (up to 。！？ — a status cue or a time word governs the rest of its sentence), and the
paragraph (a year that opens a paragraph carries to its later sentences).

Line breaks: a line that ends in a clause mark (，、；： or an opening bracket) continues into the
next line — poster-style layouts break sentences across lines; any other line break ends the
sentence and the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SENTENCE_END = set("。！？!?")
BODY_END = SENTENCE_END | {"."}  # marks a sentence's last clause leaves out (an ASCII stop ends PDF-style sentences)
CLAUSE_END = set("，,；;：:")
SOFT_LINE_END = set("，,、；;：:（(“‘《")
CLOSERS = set("”’」』）)》")


@dataclass(slots=True)
class Clause:
    start: int
    end: int  # exclusive, without the closing mark
    text: str
    index: int  # position in its sentence
    delimiter: str = ""  # the mark that closed it ("，", "；", "" at sentence end)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int  # position in its paragraph
    paragraph: int
    _clauses: list[Clause] | None = None

    @property
    def clauses(self) -> list[Clause]:
        """The sentence's clauses (split when first asked for: most sentences hold no figure)."""
        if self._clauses is None:
            body_end = len(self.text)
            while body_end > 0 and self.text[body_end - 1] in CLOSERS:
                body_end -= 1  # 。” closing a quoted sentence goes with the sentence, not its last clause
            if body_end == len(self.text) or not (body_end > 0 and self.text[body_end - 1] in BODY_END):
                body_end = len(self.text)
            while body_end > 0 and self.text[body_end - 1] in BODY_END:
                body_end -= 1
            self._clauses = _split_clauses(self.text, 0, body_end, offset=self.start)
        return self._clauses

    def clause_at(self, pos: int) -> Clause | None:
        for c in self.clauses:
            if c.start <= pos < c.end:
                return c
        # a position on a delimiter belongs to the clause before it
        before = [c for c in self.clauses if c.start <= pos]
        return before[-1] if before else (self.clauses[0] if self.clauses else None)


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    index: int
    _text: str = field(default="", repr=False, compare=False)  # the text the spans index
    _sentences: list[Sentence] | None = None

    @property
    def sentences(self) -> list[Sentence]:
        """The paragraph's sentences (split when first asked for: most paragraphs hold no figure)."""
        if self._sentences is None:
            self._sentences = _split_sentences(self._text, self.start, self.end, self.index)
        return self._sentences


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    if start >= end or not (text[start].isspace() or text[end - 1].isspace()):
        return start, end  # most spans have no edge space (callers in loops test this inline)
    # walked in place (a page's paragraphs open with an indent: copying each to strip it cost more)
    a = start
    while a < end and text[a].isspace():
        a += 1
    if a == end:
        return end, end
    b = end
    while text[b - 1].isspace():  # stops at text[a], which is no space
        b -= 1
    return a, b


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            break
        e = nl  # the line's end without its trailing spaces (found in place, not by copying the line)
        while e > pos and text[e - 1].isspace():
            e -= 1
        if e > pos and text[e - 1] in SOFT_LINE_END:
            pos = nl + 1  # continues on the next non-empty line
            continue
        if e > pos:  # a line with some non-space character
            spans.append((start, nl))
        start = nl + 1
        pos = nl + 1
    if text[start:].strip():
        spans.append((start, n))
    return [s for s in (_strip_span(text, a, b) for a, b in spans) if s[0] < s[1]]


def _between_digits(text: str, i: int) -> bool:
    """`9.7:47.3:43`, `1,200`: a mark between digits belongs to a number or a ratio."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _cjk_gap(text: str, i: int) -> bool:
    """A space between Chinese words separates two headline parts (`…8650亿元 今年目标9300亿元`)."""
    if text[i] not in " \u3000" or not 0 < i < len(text) - 1:
        return False
    before, after = text[i - 1], text[i + 1]
    joined = before in "和及与的" or after in "和及与"  # 租赁和 商务服务业: a line break inside a list
    return ("\u4e00" <= before <= "\u9fff" or before in "%％") and not joined and "\u4e00" <= after <= "\u9fff"


# the marks that can end a clause, a space only where _cjk_gap holds (a page laid out with spaces
# has hundreds in a sentence)
# (not beside a joining word: `租赁和 商务服务业`, `孵化器 和众创空间` are line breaks inside a list)
# (every branch opens with its mark, the lookbehinds after it: a pattern that opens with a lookbehind is
# tried at every character, one that opens with characters is scanned for in C)
_CLAUSE_BREAKS = re.compile(
    r"[（(）)，,；;：:]|[ \u3000](?<=[\u4e00-\u9fff%％][ \u3000])(?<![和及与的][ \u3000])(?=[\u4e00-\u9fff])(?![和及与])"
)
# an ASCII full stop after a word, before a word or a year, or after a ratio's last part, ends a sentence in
# PDF-style text
# (`是“十二五”末期的1.2倍. 结构优化迈出新步伐.2017年`, `调整为0.8:56.8:42.4.金融业…`); between digits it is a
# decimal point, and after a whole number (`1.加快…`, `2.1.产业布局`) it numbers a list or section
_SENTENCE_ENDS = re.compile(
    r"[。！？!?][。！？!?”’」』）)》]*|\.(?<=[\u4e00-\u9fff%％]\.)(?=[ \u3000]*[\u4e00-\u9fff\d])"
    r"|\.(?<=[:：]\d\.\d\.)(?=[\u4e00-\u9fff])|\.(?<=[:：]\d\d\.\d\.)(?=[\u4e00-\u9fff])"
)


def _split_clauses(text: str, start: int, end: int, offset: int = 0) -> list[Clause]:
    """Clauses of text[start:end]; their spans are shifted by `offset` (the text's place in the document)."""
    clauses: list[Clause] = []
    depth = 0  # inside brackets a comma does not end the clause
    cstart = start
    last = len(text) - 1
    for m in _CLAUSE_BREAKS.finditer(text, start):  # no endpos: a gap's lookahead may read text[end]
        i, ch = m.start(), m.group()
        if i >= end:
            break
        if ch in "（(":
            depth += 1
            continue
        if ch in "）)":
            if depth:
                depth -= 1
            continue
        if depth:
            continue
        if ch in CLAUSE_END:
            # _between_digits, inline: this loop runs over every mark of every sentence with a figure
            if 0 < i < last and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
        a, b = cstart, i
        if a < b and (text[a].isspace() or text[b - 1].isspace()):  # _strip_span's test, without the call
            a, b = _strip_span(text, a, b)
        if a < b:
            clauses.append(Clause(a + offset, b + offset, text[a:b], len(clauses), ch))
        cstart = i + 1
    a, b = _strip_span(text, cstart, end)
    if a < b:
        clauses.append(Clause(a + offset, b + offset, text[a:b], len(clauses), ""))
    return clauses


def _split_sentences(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    sstart = start
    for m in _SENTENCE_ENDS.finditer(text, start, end):
        a, b = sstart, m.end()
        if a < b and (text[a].isspace() or text[b - 1].isspace()):
            a, b = _strip_span(text, a, b)
        if a < b:
            sentences.append(Sentence(a, b, text[a:b], len(sentences), paragraph))
        sstart = m.end()
    a, b = _strip_span(text, sstart, end)
    if a < b:
        sentences.append(Sentence(a, b, text[a:b], len(sentences), paragraph))
    return sentences


def segment(text: str) -> list[Paragraph]:
    """Split a cleaned text into paragraphs, sentences and clauses (spans index `text`)."""
    paragraphs: list[Paragraph] = []
    for a, b in _paragraph_spans(text):
        paragraphs.append(Paragraph(a, b, len(paragraphs), text))
    return paragraphs
