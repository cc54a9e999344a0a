"""The status of a figure where its clause alone does not say: cues earlier in the paragraph, `目前`, `从目前的…到`.
"""

from __future__ import annotations

import re

from chanye.extract import modality
from chanye.extract.clauses import Paragraph, Sentence
from chanye.extract.wordlists import any_of
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.facts.cues import LEX

PRESENT_WORD = re.compile(any_of(LEX["word_lists"]["present_word"]))


def said_of_present(doc: Doc, d: Draft) -> bool:
    """`目前` before the figure in its clause, the figure not the value reached from it."""
    return bool(PRESENT_WORD.search(doc.text, d.clause.start, d.pos)) and not REACHED_FROM_NOW.search(doc.text, d.clause.start, d.pos)


def stock_said_of_present(doc: Doc, d: Draft) -> bool:
    """`目前`/`现有` earlier in the figure's sentence with no time word between (the `其中` clause after it too)."""
    m = PRESENT_WORD.search(doc.text, d.sentence.start, d.pos)
    return m is not None and not doc.times_in(m.start(), d.pos) and not REACHED_FROM_NOW.search(doc.text, d.clause.start, d.pos)


REACHED_FROM_NOW = re.compile(r"[从由](?:目前|当前|现在|现有)的?[^，。；]*\d[^，。；]*(?:到|至)[^，。；\d]{0,3}$")


def status_before_now(doc: Doc, d: Draft) -> str:
    """The status the cues before `从目前的` give (an expectation stays one); else a goal."""
    at = REACHED_FROM_NOW.search(doc.text, d.clause.start, d.pos).start() - d.sentence.start
    cues = [c for c in doc.cues[d.sentence.start] if c[1] <= at]
    status = modality.status_at(d.sentence.text, at, pub_year=doc.pub_year, pub_month=doc.pub_month, cues=cues)
    return "forecast" if status == "forecast" else "target"


def sentence_cues(doc: Doc, s: Sentence) -> list:
    """The sentence's status cues, read once per document."""
    if s.start not in doc.cues:
        doc.cues[s.start] = modality.find_cues(s.text)
    return doc.cues[s.start]


def paragraph_cue(doc: Doc, para: Paragraph, sent: Sentence) -> str | None:
    """The kind of the last status cue in the paragraph's sentences before `sent`."""
    key = ("para_cue", para.start, sent.index)
    if key not in doc.memo:  # the same for every figure of the sentence
        doc.memo[key] = _find_paragraph_cue(doc, para, sent)
    return doc.memo[key]


def _find_paragraph_cue(doc: Doc, para: Paragraph, sent: Sentence) -> str | None:
    for s in reversed(para.sentences[: sent.index]):
        cues = sentence_cues(doc, s)
        if cues:
            kind = cues[-1][2]
            return "actual" if kind in modality.ACHIEVED_KINDS else kind
        if doc.times_in(s.start, s.end):
            return None  # a sentence with its own time word ends the reach of an earlier cue
    return None


def upon_completion(doc: Doc, d: Draft) -> bool:
    """`项目建成达产后，可实现年产值15亿元`: the figure is what a project yields once built, with no time word
    of its own in the cue's clause or after it (the year it comes into production is not the page's)."""
    m = None
    for m in modality.completion_cue().finditer(doc.text, d.sentence.start, d.pos):
        pass
    if m is None:
        return False
    clause = d.sentence.clause_at(m.start())
    return not doc.times_in(clause.start if clause else m.start(), d.pos)  # (`今年建成后具备年产1万架产能`: that year's)


PLANNED_REACH = 12  # characters before a figure that `今年计划总投资额为` may take


def planned_amount(doc: Doc, d: Draft) -> bool:
    """`产业项目36项，总投资251.89亿元，今年计划投资61.01亿元`: the amount a project plans (to invest) is a target;
    not an amount inside a category's name (`计划总投资10亿元以上项目1161个`)."""
    if "计划" not in doc.text[max(d.clause.start, d.pos - PLANNED_REACH) : d.pos]:
        return False
    if re.match(r"[^，。；、]{0,3}以上(?:的)?项目", doc.text[d.end : d.end + 8]):
        return False
    return bool(modality.planned_amount().search(doc.text[max(d.clause.start, d.pos - PLANNED_REACH) : d.pos]))


BREAKDOWN_HEAD = re.compile(r"\s*其中[，,：:]?")  # a sentence breaking down the one before
_OPENING_EXPECTATION = re.compile(r"\s*(?:初步)?预计[，,]")


def within_expectation(doc: Doc, para: Paragraph, d: Draft) -> bool:
    """A paragraph that opens with an expectation (初步预计，全区地区生产总值635亿元…。…规上工业产值890亿元，增长1.0%。
    固定资产投资300亿元，完成年计划的77.9%): its later sentences with no time word and no plan cue of their own go on
    with the estimate - what they say was done (完成年计划…) is estimated too."""
    sent = d.sentence
    if sent.index == 0 or _OPENING_EXPECTATION.match(doc.text, para.sentences[0].start) is None:
        return False
    for s in para.sentences[1 : sent.index + 1]:
        if doc.times_in(s.start, s.end):
            return False
        if any(c[2] not in modality.ACHIEVED_KINDS and c[2] != "forecast" for c in sentence_cues(doc, s)):
            return False  # (a plan said: 计划…, 力争…; not 未达预期 in an aside)
    return True


def breakdown_of_expected(doc: Doc, para: Paragraph, d: Draft) -> bool:
    """A `其中` sentence right after one that opens with an expectation (初步预计，…): its figures are expected too."""
    sent = d.sentence
    if sent.index == 0 or not BREAKDOWN_HEAD.match(doc.text, sent.start):
        return False
    prev = para.sentences[sent.index - 1]
    return _OPENING_EXPECTATION.match(doc.text, prev.start) is not None
