"""The assembler's entry: quantities in, drafts out; document-level passes (pooled wholes, heading restatements, bare
metrics, the page's period).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from chanye.extract import metric as M
from chanye.extract.clauses import Paragraph, Sentence, segment
from chanye.extract.wordlists import LEVEL_SCOPE, SCOPE, any_of, scope_words
from chanye.extract.period_assignment import TimeSpan, find_time_spans
from chanye.extract.quantity import MOVE_VERB, find_quantities
from chanye.extract.rank import BECOMES, PAIRED_ORDINAL
from chanye.knowledge.regions import (
    bracketed_list_mentions,
    child_short_mentions,
    find_region_mentions,
    resolve_region,
    short_form_mentions,
)
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.facts.cues import DIGIT, LEX
from chanye.extract.facts.subjects import _whole_of, mention_groups
from chanye.extract.facts.periods import is_plan, page_year
from chanye.extract.facts.plan_periods import average_metric_span, gap_of_average, years_in_turn
from chanye.extract.facts.status import PRESENT_WORD
from chanye.extract.facts.openings import NO_OPENING, heading_line, introduces_topic, narrative_break, opening_period
from chanye.extract.facts.candidates import place_move
from chanye.extract.facts.drafting import MEMBER_INDICATOR, new_draft
from chanye.extract.facts.metric_naming import FILL_REACH, OWNABLE_ATTRIBUTE, gap_root, ranked_rate_word, topic_attribute
from chanye.extract.facts.item_lists import count_value
from chanye.extract.facts.sentence import sentence_facts
from chanye.extract.facts.place_rate_lists import place_rate_lists
from chanye.extract.facts.sector_rate_lists import sector_rate_lists
from chanye.extract.facts.bracket_bases import bracket_bases
from chanye.extract.facts.share_nouns import contribution_shares
from chanye.extract.facts.lead_ins import _lead_in, list_item, time_line
from chanye.extract.facts.finish import finish, reports_event
from chanye.extract.facts.dedupe import FigureIndex, dedupe, headline_period, same_figure
from chanye.extract.facts.top_list_ranks import counted_firsts, top_list_ranks
from chanye.extract.facts.list_labels import ITEM_NAME, list_label, names_an_item


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _with_own_short(text: str, found: list, doc_region) -> list:
    """A paragraph's mentions, with the page's own county written by its short form (余杭GDP蝉联第一)."""
    extra = [m for m in short_form_mentions(text, doc_region) if not any(s < m[1] and m[0] < e for s, e, _r in found)]
    return sorted(found + extra, key=lambda m: m[0]) if extra else found


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps one of the disjoint, sorted `spans` (bisect: pages with many
    masked spans made the pairwise check quadratic)."""
    if not spans:
        return False
    i = bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


# what a masked run keeps: line breaks and the marks that end clauses and sentences (`2个？；ぎa业…`:
# the `；` still closes the clause before the damage), but not `?`, which there stands for lost
# characters
_DAMAGE_CHAR = re.compile(r"[^\s，,；;：:。！!、]")


def _blanked(text: str, masked: list[tuple[int, int]]) -> str:
    """The text with the characters of its masked (mojibake) spans turned into spaces, offsets
    unchanged: a damaged run before `制造业利润` or `1至9月` must not become part of the metric nor hide
    that the time word opens its sentence; sentences and clauses already skip edge spaces. Quotes are
    taken from the cleaned text by span, so they keep the run."""
    if not masked:
        return text
    parts, at = [], 0
    for a, b in masked:
        parts.append(text[at:a])
        parts.append(_DAMAGE_CHAR.sub(" ", text[a:b]))
        at = b
    parts.append(text[at:])
    return "".join(parts)


def assemble_facts(
    text: str,
    *,
    doc_region: Any = None,
    pub_year: int | None = None,
    pub_month: int | None = None,
    masked: list[tuple[int, int]] | None = None,
    title_span: tuple[int, int] | None = None,
    warnings: list[str] | None = None,
) -> list[Draft]:
    """All facts of a cleaned text, in text order, each a Draft with spans into `text`.
    Problems are appended to `warnings` (a sentence that cannot be read is skipped)."""
    warnings = warnings if warnings is not None else []
    masked = _merged(masked or [])
    try:
        # figures are read from the text as it is (a numeral cut by a masked run is dropped whole)
        found = find_quantities(text)
    except Exception as exc:  # the recognizer failing on one page must not end a batch
        warnings.append(f"facts: quantities not read ({type(exc).__name__}: {exc})")
        found = []
    quantities = [q for q in found if not _overlaps_any(q.start, q.end, masked)]
    text = _blanked(text, masked)
    quantities.sort(key=lambda q: q.value_start)
    q_starts = [q.value_start for q in quantities]
    paragraphs = segment(text)
    # time words and region names are read only where they can matter: paragraphs with a figure,
    # and colon-ended lead-ins (a 20 MB page of prose costs no more than its figures)
    times: list[TimeSpan] = []
    mentions: list[tuple[int, int, Any]] = []
    for para in paragraphs:
        has_figure = bisect_left(q_starts, para.start) < bisect_left(q_starts, para.end)
        # (and a review's opening with no figure of its own: 回首2024年，… dates the paragraphs after it)
        if has_figure or text.find("：", para.start, para.end) >= 0 or text.startswith(REVIEW_OPENINGS, para.start):
            body = text[para.start : para.end]
            times.extend(find_time_spans(body, pub_year, pub_month, offset=para.start))
        if has_figure:
            found_here = find_region_mentions(body)
            # the page's own county by its short form (余杭GDP蝉联第一; …，仙桃由去年的第56位提升至第54位)
            found_here = _with_own_short(body, found_here, doc_region)
            if extra := child_short_mentions(body, doc_region, found_here):
                found_here = sorted(found_here + extra, key=lambda m: m[0])  # 另有余姚、海曙和镇海GDP超千亿元
            if extra := bracketed_list_mentions(body, found_here):
                found_here = sorted(found_here + extra, key=lambda m: m[0])  # 昆山（第1位）、江阴（第2位）
            mentions.extend((s + para.start, e + para.start, r) for s, e, r in found_here)
    doc = Doc(
        text=text,
        times=times,
        mentions=mentions,
        mention_starts=[m[0] for m in mentions],
        doc_region=doc_region,
        pub_year=pub_year,
        pub_month=pub_month,
        title_span=title_span,
        q_starts=q_starts,
        measure_starts=[q.value_start for q in quantities if q.role == "measure"],
        paragraphs=paragraphs,
    )
    names = {n for _s, _e, r in doc.mentions for n in (r.name, *getattr(r, "aliases", ()))}
    names |= {doc.text[s:e] for s, e, _r in doc.mentions}
    doc.region_names = tuple(sorted((n for n in names if n and n != "全国"), key=len, reverse=True))
    drafts: list[Draft] = []
    intro: tuple[str, str | None] | None = None  # status and period a list's colon-ended lead-in gives
    for para in paragraphs:
        if doc.carried_status == "target" and introduces_topic(doc, para):
            doc.carried = doc.carried_span = doc.carried_status = None
        if intro is not None and not list_item(doc, para) and not _preamble(para, q_starts, intro):
            intro = time_line(doc, para)  # `过去5年` between a list's items: the items after it are of that time
        # (a paragraph without a figure is not split into sentences here)
        for sent in para.sentences if bisect_left(q_starts, para.start) < bisect_left(q_starts, para.end) else ():
            sq = quantities[bisect_left(q_starts, sent.start) : bisect_left(q_starts, sent.end)]
            if not sq:
                continue
            try:
                made = sentence_facts(doc, sent, sq)
                made = place_rate_lists(doc.text, sent, made, drafts)
                made = sector_rate_lists(doc.text, sent, made)
                made = _with_pool_wholes(doc, sent, sq, made)
                made = _with_rank_fields(doc, sent, sq, made)
                for d in made:
                    finish(doc, para, d, made, intro)
                made = top_list_ranks(doc.text, made)  # (after finish: the items' places are known)
                made = counted_firsts(doc.text, made)
                bracket_bases(doc.text, sent, made)
                _doubled_over_years(doc, made)
                years_in_turn(doc, made)
                gap_of_average(doc, made)
                _largest_rank_metric(doc, made)
                contribution_shares(doc, made)
                _name_place_moves(doc, made)
            except Exception as exc:  # one unreadable sentence must not cost the document its facts
                warnings.append(f"facts: sentence at {sent.start} skipped ({type(exc).__name__}: {exc})")
                continue
            drafts.extend(made)
            if made:
                doc.prev_plan = is_plan(doc, made[-1])
        lead_in = _lead_in(doc, para)
        if lead_in == ("actual", None):
            lead_in = None  # `要点如下：` gives its items neither a status nor a period: headings below still carry theirs
        if lead_in is not None:
            intro = lead_in
        doc.heading_span = None
        doc.opening_status = None
        opening = opening_period(doc, para)
        if opening is not NO_OPENING:
            # (`“十四五”时期工作回顾` … `2025年旅居人数超550万`: the plan's closing year, already the carried one,
            # does not end the review of the plan's span)
            # (a heading of its own, `二、2025年工作回顾`, opens a new section)
            same_review = (
                doc.heading_span is None and opening == doc.carried and (doc.carried_span or "").endswith(f"-{opening}")
                and not heading_line(doc, para)
            )
            doc.carried_span = doc.carried_span if same_review else doc.heading_span
            doc.carried = opening
            doc.carried_status = doc.opening_status
        elif doc.carried_status == "target" and narrative_break(doc, para, q_starts):
            doc.carried = doc.carried_span = doc.carried_status = None
        if lead_in is not None and lead_in[1] is None and isinstance(opening, str) and doc.carried_status == "target":
            # `主要目标包括：\n1. 规模能级：到2027年，…` (the lead-in joined to its first item): the items after
            # it go on with that item's horizon
            intro = (lead_in[0], opening)
    _fill_bare_metrics(doc, drafts)
    drafts = _page_period(doc, dedupe(_heading_restatements(doc, paragraphs, drafts)))
    for d in drafts:
        d.period = page_year(doc, d) or d.period  # (after _page_period: a release's one period comes first)
        d.period = average_metric_span(d) or d.period
    return drafts


def _preamble(para, q_starts: list[int], intro: tuple[str, str | None]) -> bool:
    """`一、行动目标\n坚持以…为指导，…（no figure）\n——产业能级实现新跨越。…增长15%`: a figure-less paragraph
    between a goal heading and its items does not end the heading's reach."""
    return intro[0] == "target" and bisect_left(q_starts, para.start) == bisect_left(q_starts, para.end)


MANNER = re.compile(
    any_of(LEX["word_lists"]["manner_verbs"]) + "?" + any_of(LEX["word_lists"]["manner_words"])
    + any_of(LEX["word_lists"]["manner_heads"]) + "?"
)


CARD_LINE = 24  # characters: a data card's line (规上工业增加值增长5% / 高于全国1.2个百分点)


def _card_line_after(d: Draft, p: Draft) -> bool:
    """A gap on a short line of its own right after the line with the rate (a data card): the gap is that rate's."""
    return p.sentence.paragraph == d.sentence.paragraph - 1 and len(d.sentence.text.strip()) <= CARD_LINE and len(p.sentence.text.strip()) <= CARD_LINE


def _place_or_manner_only(d: Draft) -> bool:
    """A rate's metric that is only its own place's name (丙市增长6.2%) or how the rate moved (较快, 保持平稳运行)."""
    words = d.metric
    name = getattr(d.subject, "name", None) or ""
    for n in (name, name[:-1] if len(name) > 2 else ""):
        if n:
            words = words.replace(n, "")
    return not words or MANNER.fullmatch(words) is not None


BARE_TOTAL = frozenset(LEX["word_lists"]["bare_total"])
BARE_RANK = re.compile(SCOPE + "?排名")
OWNERLESS_RATE = re.compile(r"^(?:增速|增幅)(?:高于|低于|快于|慢于|高出|低出|比|较)|^(?:高于|低于|快于|慢于|高出|低出)" + LEVEL_SCOPE + "$")


_MOVE_VERB_BEFORE = re.compile("(" + MOVE_VERB + ")了?(?:[\\d、和及与个位次名]*)$")
_MOVE_BASE = re.compile(r"(较|比|与)([^，。；第]{1,12}?)(?=(?:分别|均|都|大幅|再次)*" + MOVE_VERB + r")")
_BASE_WORD = re.compile(r"较|比|与")  # (a metric holding its base was filled in from the clause before)
_MOVE_VERB_AT_END = re.compile(MOVE_VERB + "$")
_RANKING_WORD = re.compile(r"排名|位次|排位|名次")
_BARE_RANKING = re.compile(r"(?:排名|位次|排位|名次)?")


def _name_place_moves(doc: Doc, made: list[Draft]) -> None:
    """`排名第30位，较去年前进3位`, `全国排名较上年度提升15个位次`: a move of places in a ranking is a change of rank
    (unit rank, kind growth; a fall negative), named by its ranking, the base it moved from and its verb. Where its
    own words name no ranking, the ranks said before it in the sentence do: one per move, in turn (分别居全市第2、5、7位，
    较去年分别前移2、6、3个位次), or the last one for all; else the place it reached, said after it."""
    moves = [d for d in made if place_move(d)]
    if not moves:
        return
    in_sentence = [d for d in made if d.kind == "rank" and d.sentence is moves[0].sentence]
    ranks = [d for d in in_sentence if d.pos < moves[0].pos]
    reached = [d for d in in_sentence if d.pos > moves[-1].pos][:1]  # 前进两位，位列第6: the place it reached
    paired = len(ranks) == len(moves) and len(moves) > 1
    for k, d in enumerate(moves):
        d.unit, d.kind = "rank", "growth"
        words = doc.text[d.clause.start : d.pos]
        verb = _MOVE_VERB_BEFORE.search(words)
        base = _move_base(words, k, len(moves))
        said = _MOVE_VERB_AT_END.sub("", d.metric)  # (长兴县前进两位: no words but the verb)
        own = said if _RANKING_WORD.search(said) and not _BARE_RANKING.fullmatch(said) else ""
        if not own and ranks:
            own = (ranks[k] if paired else ranks[-1]).metric + base
        elif not own and said and not _BASE_WORD.search(said):
            own = said  # 营商环境评价排名上升了6位: its own words (the ranking word went with the move)
        elif not own and reached:
            own = reached[0].metric + base  # (…营收突破3万亿元，较上年前进两位至全国第14位: not the words filled in)
        elif not own:
            own = d.metric
        if not _RANKING_WORD.search(own):
            own += "排名"  # 在全国综合保税区中排名上升3个位次 (the ranking word went with the move)
        if verb and not own.endswith(verb.group(1)):
            own += verb.group(1)
        d.metric = own


def _move_base(words: str, k: int, n: int) -> str:
    """The base the k-th of n moves is measured from (较上月; 较上半年和前三季度 … 分别前移4位和2位: each in turn)."""
    m = _MOVE_BASE.search(words)
    if m is None:
        return ""
    parts = re.split(r"[和、及与]", m.group(2))
    return m.group(1) + (parts[k] if len(parts) == n > 1 else m.group(2))


# a ranking named in quotes (“2023先进制造业百强市”, “中国工业百强县（市）”榜单): its name without the year
_QUOTED_RANKING = re.compile(r"“(?:20\d\d年?(?:度)?)?([^“”，。；]{2,20}?(?:强|榜|排行榜|榜单)[\u4e00-\u9fff（）()]{0,4})”")
# …or unquoted, opening a clause with its scope (中国国家级产业园区百强榜揭晓, 2021中国县域经济百强县中，…)
_SCOPED_RANKING = re.compile(
    r"(?<![\u4e00-\u9fff\d])(?:(?P<year>20\d\d)年?度?)?((?:" + any_of(scope_words("largest_scope_words")) + r")[\u4e00-\u9fff]{1,14}?(?:百强|[二三四五六七八九十]+强)"
    r"(?:县|区|市|城市|园区|企业)?(?:榜单?)?)(?=[中里上，,。；揭出发名])"
)
_RANKING_REACH = 200  # characters back from a bare rank to the ranking named before it (its paragraph or the one before)


def _ranking_named_before(doc: Doc, d: Draft) -> tuple[str, str | None]:
    """The ranking a bare rank (排名) is a place on: the last one named before it (in quotes, or unquoted with its
    scope), in its paragraph or the paragraph before (…13座城市上榜“2023先进制造业百强市”。\n入选城市分别是青岛（第7位）…);
    with the year an unquoted one opens with (2021中国县域经济百强县中，…: the ranking of 2021), else None."""
    k = min(d.sentence.paragraph, len(doc.paragraphs) - 1) - 1
    lo = max(doc.paragraphs[k].start if k >= 0 else 0, d.pos - _RANKING_REACH)
    found = [(m.start(), m.group(1), None) for m in _QUOTED_RANKING.finditer(doc.text, lo, d.pos)]
    found += [(m.start(), m.group(2), m.group("year")) for m in _SCOPED_RANKING.finditer(doc.text, lo, d.pos)]
    return max(found)[1:] if found else ("", None)


# 从地域分布看，昆明4个，曲靖、玉溪各2个 / 分地区看：…: a paragraph breaking down the total said just before it
_BREAKDOWN_LEAD = re.compile(r"(?:从|按|分)" + any_of(LEX["word_lists"]["breakdown_dimensions"]) + r"(?:分布|结构)?来?看[，,：:]")


def _breakdown_paragraph(doc: Doc, d: Draft) -> bool:
    """Does d's paragraph open with a breakdown frame (从地域分布看，…)? Its bare counts are the total's parts."""
    para = doc.paragraphs[d.sentence.paragraph] if d.sentence.paragraph < len(doc.paragraphs) else None
    return para is not None and _BREAKDOWN_LEAD.match(doc.text, para.start) is not None


def _fill_bare_metrics(doc: Doc, drafts: list[Draft]) -> None:
    """`…规上工业增加值增长8.5%。其中4月当月同比增长12.2%，居全国第4位`: a figure whose sentence names no
    indicator is of the one the figure just before it (in an earlier sentence) was; an empty metric could
    only fail."""
    for i, d in enumerate(drafts):
        item_like = not d.metric or ITEM_NAME.fullmatch(d.metric) is not None or DIGIT.search(d.metric) is not None
        if item_like and d.kind != "rank" and (label := list_label(doc, d)) and names_an_item(d, label):
            d.metric = label  # 营业收入超500亿元的园区：/ 洋浦经济开发区1809.9亿元 / …: the label's indicator
            continue
        if OWNABLE_ATTRIBUTE.fullmatch(d.metric):
            d.metric = topic_attribute(drafts[:i], d)
            continue
        bare_rank = d.kind == "rank" and BARE_RANK.fullmatch(d.metric)
        listed, year = _ranking_named_before(doc, d) if bare_rank else ("", None)
        if listed:
            d.metric = listed + d.metric  # …上榜“2023先进制造业百强市”。入选城市分别是青岛（第7位）…: that ranking's place
            d.period = year or d.period
            continue
        bare_rate = d.unit == "pp" and OWNERLESS_RATE.match(d.metric)
        bare_total = d.kind != "rank" and d.metric in BARE_TOTAL
        manner_only = d.kind == "growth" and d.unit == "%" and bool(d.metric) and _place_or_manner_only(d)
        if manner_only:
            d.metric = ""  # 甲市、乙市实现较快增长，分别增长…；丙市增长6.2%: the paragraph's indicator, filled below
        if d.metric and not bare_rank and not bare_rate and not bare_total:
            continue
        for p in reversed(drafts[:i]):
            if d.pos - p.pos > FILL_REACH:
                break
            if p.sentence.paragraph != d.sentence.paragraph and not (bare_rate and _card_line_after(d, p)) and not (
                not d.metric and p.sentence.paragraph == d.sentence.paragraph - 1 and _breakdown_paragraph(doc, d)
            ):
                break
            if bare_total:
                if p.subject == d.subject and p.kind == "level" and p.unit not in ("count", "rank") and p.metric and p.metric not in BARE_TOTAL:
                    d.metric = p.metric  # …地区生产总值2009.5亿元…。总量突破2000亿元大关，是…的1.2倍: that amount's
                    break
                continue
            if (bare_rank or bare_rate) and p.metric and p.kind != "rank" and p.unit not in ("pp", "rank") and p.subject == d.subject:
                rate = "" if d.metric.startswith(("增速", "增幅")) or d.kind != "growth" else "增速"  # 高于全国0.9个百分点: the rate's gap
                if bare_rank:
                    rate = ranked_rate_word(p.metric, p.unit, p.kind)  # 其中4月当月同比增长12.2%，居全国第4位
                d.metric = gap_root(p.metric) + rate + d.metric  # not a gap's, not the reference scope's own figure
                break
            if bare_rate:
                continue
            if manner_only and p.sentence is d.sentence and p.kind == "level" and p.unit not in ("count", "rank") and p.metric and p.subject == d.subject:
                d.metric = p.metric  # 实际利用内资210亿元，实现12%的稳步增长: the amount's rate
                break
            if not bare_rank and d.unit == "%" and d.kind == "growth" and p.unit == "count" and (m := MEMBER_INDICATOR.match(p.metric)):
                d.metric = m.group(1)  # 5个市规上工业增加值同比增长。其中，A市同比增长4.9%: the members' indicator
                break
            if not bare_rank and p.metric and p.kind == d.kind and p.unit == d.unit and d.kind in ("growth", "level"):
                if p.sentence.paragraph != d.sentence.paragraph and p.unit_text != d.unit_text:
                    continue  # a breakdown's parts are of the total said before it, in the same counter (15个, not 14万人)
                d.metric = p.metric
                break


HEADING_MAX = 30  # characters: a line this short, with no sentence mark, heads the section below it


def _is_heading(doc: Doc, para: Paragraph) -> bool:
    line = doc.text[para.start : para.end].strip()
    return 0 < len(line) <= HEADING_MAX and not re.search(r"[。；！？!?;：:，,]", line)


def _heading_restatements(doc: Doc, paragraphs: list[Paragraph], drafts: list[Draft]) -> list[Draft]:
    """A section heading's figure that the body below states (`目标突破2万亿元` over `…力争突破2万亿元`;
    `六成行业增速回升` over `41个行业中有25个增速较上月回升`): one fact, the body's."""
    heads = {p.index for p in paragraphs if _is_heading(doc, p)}
    below = [b for b in drafts if b.sentence.paragraph not in heads and not b.title]
    index = FigureIndex(below)
    kept = []
    for d in drafts:
        if d.title or d.sentence.paragraph in heads:
            body = next((b for b in _may_restate(d, below, index) if b.pos > d.pos and _restated_below(doc, d, b)), None)
            if body is not None:
                if d.title:
                    headline_period(d, body)
                continue
        kept.append(d)
    return kept


def _may_restate(head: Draft, below: list[Draft], index: FigureIndex) -> list[Draft]:
    """The body figures _restated_below may hold for: the same figure, or (a share in 成) any count."""
    return below if head.unit_text == "成" else index.near(head)


def _restated_below(doc: Doc, head: Draft, body: Draft) -> bool:
    if same_figure(head, body) and head.status == body.status and _like_metrics(head.metric, body.metric):
        return True
    # 六成行业…: an approximate share of a set whose count the body gives (…中有25个行业)
    noun = head.metric[:2]
    return head.unit_text == "成" and body.unit == "count" and len(noun) == 2 and noun in doc.text[body.clause.start : body.clause.end]


def _like_metrics(head: str, body: str) -> bool:
    """A heading restates a body figure of a like indicator (`营收突破5000亿元` over `营业总收入5120亿元`), not
    any figure of the same value further down (`第一产业增加值增长4.5%` over `猪牛羊禽肉产量增长4.5%`)."""
    return not head or not body or M.dice(head, body) >= 0.3 or set(head) <= set(body) or set(body) <= set(head)


_POOL_WHOLE = re.compile(
    r"([\u4e00-\u9fff]{1,10}?)(?:中|里)?[，,]?(?:有|共有|预计有?)?([\d一二三四五六七八九十两]+)(?=[个种家户项类条])"
)
_TIME_PIECE = r"\d{1,4}(?:年|月份|月|至|—|-)"  # a date's piece among the counted members' words (2022年, 1-)
_POOL_PART_REST = re.compile(r"[个种家户项类条]((?:[^，。；、\d]|" + _TIME_PIECE + ")*)")
_TIME_IN_WORDS = re.compile(_TIME_PIECE + r"|(?<=至)\d{1,2}月")  # 有25个行业2022年增加值实现增长
# 增长或持平 (grew or held level) is one predicate: the members it counts are those not falling
_GROWTH_PREDICATE = re.compile(
    r"(?:实现|保持|均|都)?(?:正)?增长(?:或持平)?|(?:实现|保持)[^，。；]{0,4}增长|下降|盈利|亏损|增速|双提升|提升|加快|超额完成(?:年度目标任务|目标任务|年度任务|任务)?"
)
# 新疆14个地州市中，乌鲁木齐市、伊犁州…排名靠前: a pool in a clause of its own, the sentence then names members
# 重点监测的60户企业中: 重点监测的企业; 在统计的64种…中: 统计的 (在 the preposition), 在产的34个…: 在产的
# 在全省/全国… before a field: a ranking's field whose subject is that scope, read with its rank (_with_rank_fields)
_SCOPE_FIELD = re.compile("在" + SCOPE)
_POOL_ATTRIBUTIVE = re.compile(r"(?:在(?=[^，。；、\d]{3}))?([^，。；、\d]{2,12}的)$")
_POOL_CLAUSE_ALONE = re.compile(r"[个种家户项类条]([^，。；、\d]{1,10}?)(?:之中|当中|中)[，,]")


def _pool_attributive(doc: Doc, clause, q) -> str:
    """The words ending in 的 that single out a counted field (重点监测的60户企业中), after any time word."""
    times = doc.times_in(clause.start, q.start)
    lo = max([clause.start] + [t.end for t in times])
    m = _POOL_ATTRIBUTIVE.search(doc.text, lo, q.start)
    return m.group(1) if m else ""


def _said_before(text: str, q, noun: str) -> bool:
    """The same count of the same things said earlier in the page (此次开工项目共48项 … 48项集中开工项目中)."""
    k = text.find(q.text, 0, q.start)
    while k != -1:
        if noun[-2:] in text[max(0, k - 8) : k + len(q.text) + 8]:
            return True
        k = text.find(q.text, k + 1, q.start)
    return False


def _with_pool_wholes(doc: Doc, sent: Sentence, sq: list, made: list[Draft]) -> list[Draft]:
    """`全市38个工业大类行业中有29个行业实现增长`, `在监测的50种重点产品中，有32种产量增长`: the whole
    (38 工业大类行业) is a figure as well as the part; the part is named by what its members did
    (实现增长的行业)."""
    out = list(made)
    for q in sq:
        if q.unit != "count" or q.role != "measure" or q.comparator != "=" or any(d.pos == q.value_start for d in made):
            continue
        if not DIGIT.match(q.text[q.value_start - q.start :]):
            continue  # 总量靠前的十个行业中: a selection, not a count reported
        alone = _POOL_CLAUSE_ALONE.match(doc.text, q.end - 1, sent.end)
        clause = next((c for c in sent.clauses if c.start <= q.value_start < c.end), None)
        if (alone and clause is not None and alone.end() >= clause.end and not _POOL_WHOLE.match(doc.text, q.end, sent.end)
                and not any(d.unit == "rank" for d in made)  # (a field ranked in is read with its rank, _with_rank_fields)
                and not _SCOPE_FIELD.search(doc.text, clause.start, q.start)  # (在全省21个经开区中，其中：排名…)
                and not _said_before(doc.text, q, alone.group(1))):
            noun = _pool_attributive(doc, clause, q) + alone.group(1)
            out.append(new_draft(doc, sent, clause, q, noun))  # the whole, its members named after
            continue
        m = _POOL_WHOLE.match(doc.text, q.end, sent.end)
        if not m or ("中" not in m.group(0) and "有" not in m.group(0) and "预计" not in m.group(0)):
            continue
        part_at = m.start(2)
        part = next((d for d in made if d.pos == part_at and d.unit == "count"), None)
        if part is None or part.value >= q.value or doc.text[part_at + len(m.group(2))] != q.unit_text[:1]:
            continue
        noun = m.group(1)
        clause = next((c for c in sent.clauses if c.start <= q.value_start < c.end), None)
        if clause is None:
            continue
        whole = new_draft(doc, sent, clause, q, _pool_attributive(doc, clause, q) + noun)
        rest = _POOL_PART_REST.match(doc.text, part_at + len(m.group(2)), sent.end)
        words = _TIME_IN_WORDS.sub("", rest.group(1))[:16] if rest else ""
        pred = _GROWTH_PREDICATE.search(words)
        if not pred:
            continue  # 17个项目中有5个是…: only a field whose members grew or fell (an 增长面) is reported whole
        if "的" not in part.metric and pred.group(0) != "增速":  # (…增速较上月加快: the part's own words name it)
            own = words[: pred.start()]  # 有29个行业实现增长: 行业; 有32种产量保持增长: 产量 of the whole's noun
            if own.startswith(noun) and len(own) > len(noun):
                own = own[len(noun) :]  # 14个市中有5个市规上工业增加值同比增长: the members' indicator
            member = own if own and own in noun else noun
            attribute = own if own and own not in noun else ""
            part.metric = attribute + words[pred.start() : pred.end()] + "的" + member
        out.insert(out.index(part), whole)
    return out


_MILESTONE_PHRASE = re.compile(r"(?:跨过|迈过|跨越|越过|迈上|跃上|突破)[^、，,]{0,12}?(?:大关|新台阶|台阶|关口)")
_NTH_LARGEST = re.compile(r"第[一二三四五六七八九十\d]+大$")
_NTH_OF_CLASS = re.compile(r"第[一二三四五六七八九十\d]+个")
_NTH_SCOPE = re.compile(BECOMES + r"(?:[^，。；、]{0,8}、)?([^，。；、]{0,8})$")


def _nth_place_rank_metric(doc: Doc, d: Draft) -> str:
    """`成为河北首个、全国第27个万亿城市`: the class of places after 第N个 and the scope before it, as
    gold names it (万亿城市全国排名); '' where the clause is not so shaped."""
    k = d.pos if d.unit_text == "首个" else doc.text.rfind("第", d.clause.start, d.pos + 1)
    m = _NTH_SCOPE.search(doc.text, max(d.clause.start, k - 14), k) if k >= 0 else None
    after = pair.end() if (pair := PAIRED_ORDINAL.match(doc.text, d.end)) else d.end  # 首个、全国第27个万亿城市
    stop = re.search(r"[，。；,;、（(]", doc.text[after : d.clause.end])
    noun = doc.text[after : after + stop.start() if stop else d.clause.end].replace("的", "").replace("大关", "")
    if not m or not noun:
        return ""
    return noun + m.group(1).strip() + "排名"


def _largest_rank_metric(doc: Doc, made: list[Draft]) -> None:
    """`世界第三大的光伏玻璃生产企业`, `全国第二大汽车生产基地`: the place is among what follows, in the scope
    before (世界光伏玻璃生产企业排名), not of the words before."""
    for d in made:
        if d.unit == "rank" and _MILESTONE_PHRASE.search(d.metric):
            d.metric = _MILESTONE_PHRASE.sub("", d.metric)  # 经济总量跨过两个万亿元大关、跃升至全国第五位: 经济总量全国排名
        if d.unit == "rank" and (
            _NTH_OF_CLASS.fullmatch(d.unit_text) or (d.unit_text == "首个" and PAIRED_ORDINAL.match(doc.text, d.end))
        ):
            d.metric = _nth_place_rank_metric(doc, d) or d.metric
            continue
        if d.unit != "rank" or not _NTH_LARGEST.search(d.unit_text):
            continue
        after = re.sub(r"^、[^，。；、]{0,6}第[二三四五六七八九十]大", "", doc.text[d.end : d.clause.end])  # 全国第二大、世界第五大的…
        noun = M.metric_after(re.sub(r"^的", "", after))
        k = doc.text.rfind("第", d.clause.start, d.pos + 1)
        scope = re.search(SCOPE + "$", doc.text[max(d.clause.start, k - 2) : k])
        if noun and scope:
            d.metric = scope.group(0) + noun + "排名"


_YEARS_DOUBLED = re.compile(r"(?:(?<![\d])([一二三四五六七八九十两\d]{1,2})年(?:来|间|内)?)?(?:实现|已经|已)?翻$")


def _doubled_over_years(doc: Doc, made: list[Draft]) -> None:
    """`高新技术企业总数突破1万户、三年翻一番`: the growth 翻N番 is of the noun named before (the metric left
    before it is only `三年翻`), over the N years that end in the figure's year."""
    if not any(d.unit_text == "番" for d in made):
        return
    for k, d in enumerate(made):
        m = _YEARS_DOUBLED.search(d.metric)
        if not m:
            continue
        d.metric = d.metric[: m.start()]  # 数字经济规模三年翻两番，达到2000亿元: the later figure's too
        if d.unit_text != "番":
            continue
        if not d.metric.strip() and k > 0 and made[k - 1].sentence is d.sentence:
            d.metric = made[k - 1].metric
        years = count_value(m.group(1)) if m.group(1) else None
        if years and d.period and re.fullmatch(r"\d{4}", d.period) and not d.period_fixed:
            d.period = f"{int(d.period) - years + 1}-{d.period}"


def _page_period(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A release whose achieved figures all speak of one period (`前三季度` said once, mid-page): its
    achieved figures in sentences with no time word at all (not 目前, not a base year) are of it too."""
    periods = {d.period for d in drafts if d.status == "actual" and d.period and not d.change_base}  # (a base year is another's)
    if doc.pub_year is None:
        return drafts  # an undated excerpt: one year named mid-page does not date the rest (`2月28日，…签约9个项目`)
    if len(periods) != 1 or not re.fullmatch(r"\d{4}(?:-\d{2}|Q[1-4]|H[12])?", next(iter(periods))):
        return drafts
    (period,) = periods
    if not _release_window(doc, period):
        return drafts
    for d in drafts:
        if d.period is None and d.status == "actual" and not d.change_base:
            sent = d.sentence
            # (全年 alone names no year: 宜昌全年新签约…项目50个 on a page whose every figure is of 2022)
            if all(t.text in WHOLE_YEAR_WORDS for t in doc.times_in(sent.start, sent.end)) and not PRESENT_WORD.search(sent.text):
                # (an event's results the page reports, `近日，在…推进会上，29个项目签约`, are of the year)
                d.period = period[:4] if reports_event(doc, d) else period
    return drafts


WHOLE_YEAR_WORDS = frozenset(LEX["word_lists"]["whole_year_words"])
REVIEW_OPENINGS = tuple(LEX["word_lists"]["review_openings"])
RELEASE_LAG_MONTHS = 6  # a to-date release of last year comes out by mid-year (1-12月 data in January, 统计公报 by April)
PART_RELEASE_LAG_MONTHS = 3  # a part of the year (前三季度, 1-11月) is released within weeks of its end


def _release_window(doc: Doc, period: str) -> bool:
    """The one period can be the page's own: of its year; the whole year before (a year's results or assessment,
    published any time the next year: `2018年度…考核` on a 2019-10 page); or a part of the year before on a page
    of the year's first months. A month a year back (`2017年10月` on a 2018-10 signing page) is a past event the
    page recalls, not the period of its undated figures."""
    year = int(period[:4])
    if year == doc.pub_year:
        return True
    if year != doc.pub_year - 1:
        return False
    if len(period) == 4:
        return True
    if doc.pub_month is None:
        return False
    if _period_end_month(period) == 12:
        return doc.pub_month <= RELEASE_LAG_MONTHS
    # a part of the year that closed months before (1至9月 on a January page) is a past figure recalled
    return doc.pub_month + 12 - _period_end_month(period) <= PART_RELEASE_LAG_MONTHS


def _period_end_month(period: str) -> int:
    part = period[4:].lstrip("-")
    return {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}.get(part) or int(part)


FIELD_NOUN = re.compile(r"([^，。；、,;\d中]{1,12})中")
FIELD_RANKED = re.compile(r"[^。；;]{0,30}?(?:第[\d一二三四五六七八九十]|前[\d一二三四五六七八九十]|首位|排名|排位|位列|位居|领跑|之首)")

FIELD_TEST = re.compile(r"(?:综合)?(?:考评|考核|评价|评比|评估|测评|排名)$")  # 在126家开发区考核中: the field, not the test
FIELD_SCOPE = re.compile(r"在([^，。；、,;\d]{0,8})$")


def _with_rank_fields(doc: Doc, sent: Sentence, sq: list, made: list[Draft]) -> list[Draft]:
    """`在217家国家级经开区中位列第14位`, `在安徽省59个县(市)中，…排名第一`: the size of the field a rank
    is taken in, counted in digits, is a figure too (fresh-set convention: count 217, subject the field's
    scope: 全国 unless a place or 全省 is named); the rank keeps its own reading. Written in words (在全省
    十一个设区市中) it stays a name."""
    out = list(made)
    for q in sq:
        if q.unit != "count" or q.comparator != "=" or any(d.pos == q.value_start for d in made):
            continue
        if not DIGIT.match(q.text[q.value_start - q.start :]):
            continue
        clause = next((c for c in sent.clauses if c.start <= q.value_start < c.end), None)
        scope = FIELD_SCOPE.search(doc.text, max(clause.start, q.start - 10), q.start) if clause else None
        noun = FIELD_NOUN.match(doc.text, q.end, clause.end) if scope else None
        if not noun or not FIELD_RANKED.match(doc.text, noun.end()):
            continue
        # (县(市) in plain brackets, as the fresh sets' gold writes a field's name)
        name = FIELD_TEST.sub("", noun.group(1).strip()).replace("（", "(").replace("）", ")")
        whole = new_draft(doc, sent, clause, q, name)
        whole.subject = _field_scope(doc, scope.start(1), scope.end(1), name)
        out.append(whole)  # (after the sentence's own facts: a list of places is shared out by their order)
    return out


def _field_scope(doc: Doc, lo: int, hi: int, name: str):
    """The place whose field it is: one named there (在安徽省…), the province of 全省 (or of a field of
    省级 bodies), else the country."""
    groups = mention_groups(doc, lo, hi)
    if groups:
        return groups[-1][-1][2]
    if "全省" in doc.text[lo:hi] or name.startswith("省"):
        return _whole_of(doc, "全省") or doc.doc_region
    return resolve_region("全国")
