"""Distributive phrasings other than `分别`: `从2020年的X增长到2023年的Y`, `均居全国第四`, `双过“千亿”`, structures `a:b:c`, rates in
brackets, gaps over several scopes.
"""

from __future__ import annotations

import re

from chanye.extract import metric as M
from chanye.extract.clauses import Clause, Sentence
from chanye.extract.period_assignment import find_time_spans
from chanye.extract.wordlists import SCOPE, any_of
from chanye.extract.facts.drafts import Doc, Draft, State
from chanye.extract.facts.cues import EACH_BEFORE, FROM_WORD, LEX, RANK_SUFFIX, RATE_IN_METRIC, TO_WORD, YEAR, YEAR_SPAN
from chanye.extract.facts.spans import clause_words
from chanye.extract.facts.periods import DATED_PART, FROM_TO_YEARS, leads_clause, usable_time
from chanye.extract.facts.openings import CLAUSE_MARK, SECTION_HEADING
from chanye.extract.facts.drafting import antecedent, new_draft
from chanye.extract.facts.metric_naming import (
    QUALIFIED_ATTRIBUTE,
    gap_root,
    RANK_ATTR,
    rank_name,
    share_attribute,
    share_frame,
    share_head,
    share_qualifier,
)
from chanye.extract.facts.item_lists import _replace, fix_shared_unit, listed_regions, share_class
from chanye.extract.facts.respectively import own_period
from chanye.extract.facts.subjects import lists_places_at_head, shared_tail

DOUBLE_PASS = re.compile(any_of(LEX["word_lists"]["pass_together"]) + any_of(LEX["word_lists"]["pass_verbs"]))
EACH_RANK = re.compile(r"^(?:数量|总量|规模)?(?:均|都|皆|双双|同时)")

RATE_BEFORE = re.compile(r"(?:增速|增幅|增长率|涨幅)[^，。；%]{0,12}(?:，[^，。；%]{0,16})?$")

STRUCTURE = re.compile(r"(?:三次产业|一二三产业|三产|产业)的?(?:结构|比例|比重|占比|之比)")

# a sector's part of the structure: 第一产业占比 (gold writers write 占比, 比重 or the structure's own words;
# 占比 is near enough to each by the metric similarity the scorer uses)
SECTOR_SHARE = "占比"
RATIO = re.compile(r"(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)")


# 形成6.6:36.3:57.1的优化结构, 9.7:47.3:43的产业格局: the structure named after its ratio
STRUCTURE_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:结构|格局)")


def structure(doc: Doc, sent: Sentence, clause: Clause, raw: list, state: State) -> list[Draft] | None:
    """`三次产业结构为9.7:47.3:43` -> one share per sector; `由15:61.9:23.1调整为14:57.5:28.5` -> both;
    `已形成6.6:36.3:57.1的优化结构` (three parts making 100, then the structure word) -> one share per sector."""
    m = STRUCTURE.search(clause.text) if "产" in clause.text else None  # every structure word holds 产
    if not m:
        return _structure_after(doc, sent, clause) if ":" in clause.text or "：" in clause.text or "∶" in clause.text else None
    base = clause.start + m.end()
    out = []
    for r in RATIO.finditer(doc.text, base, clause.end):
        for k, name in enumerate(("第一产业", "第二产业", "第三产业")):
            out.append(_part_share(r, k + 1, f"{name}{SECTOR_SHARE}", sent, clause))
    return out or None


def _structure_after(doc: Doc, sent: Sentence, clause: Clause) -> list[Draft] | None:
    """A three-part ratio adding up to 100 and followed by the structure it is (…的优化结构), in a sentence
    about industry (从产业构成来看，…; 产业 is in every structure word)."""
    if "产" not in doc.text[sent.start : clause.end]:
        return None
    r = RATIO.search(doc.text, clause.start, clause.end)
    if r is None or abs(sum(float(r.group(k)) for k in (1, 2, 3)) - 100) > 0.2 or not STRUCTURE_AFTER.match(doc.text, r.end(), clause.end):
        return None
    return [_part_share(r, k + 1, f"{name}{SECTOR_SHARE}", sent, clause) for k, name in enumerate(("第一产业", "第二产业", "第三产业"))]


def _part_share(ratio: re.Match, group: int, metric: str, sent: Sentence, clause: Clause) -> Draft:
    """One part of a written ratio (9.7:47.3:43, 25:75) as a share."""
    return Draft(
        value=float(ratio.group(group)),
        unit="%",
        unit_text="%",
        kind="share",
        comparator="=",
        metric=metric,
        pos=ratio.start(group),
        end=ratio.end(group),
        sentence=sent,
        clause=clause,
    )


# 轻重工业比例为25:75: two parts named by one pair of opposed characters before the whole's noun
PAIR_STRUCTURE = re.compile(r"(轻|内|城|男)(重|外|乡|女)([\u4e00-\u9fff]{1,3}?)的?(?:结构|比例|之比|比)")
PAIR_RATIO = re.compile(r"(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)(?![\d:])")


def pair_structure(doc: Doc, sent: Sentence, clause: Clause) -> list[Draft] | None:
    """`轻重工业比达到25:75` -> the share of 轻工业 and of 重工业 (the parts add up to 100)."""
    m = PAIR_STRUCTURE.search(clause.text) if ":" in clause.text else None
    r = PAIR_RATIO.search(doc.text, clause.start + m.end(), clause.end) if m else None
    if r is None or abs(float(r.group(1)) + float(r.group(2)) - 100) > 0.01:
        return None
    return [_part_share(r, k + 1, f"{m.group(k + 1)}{m.group(3)}比重", sent, clause) for k in range(2)]


# `A（22.0%）、B（19.8%）等3个重点行业增加值增速均超两位数`: each name's rate in brackets after it; the
# attribute and the rate word follow the list
BRACKET_NAME = re.compile(r"(?:其中[，,：:]?)?([^，,、：:；;（）()\d]{2,30})$")
BRACKET_RATE_AFTER = re.compile("(" + any_of(LEX["word_lists"]["bracket_rate_attributes"]) + r")(?:增速|增幅|增长|同比增长)")


def bracketed_rates(doc: Doc, sent: Sentence, clause: Clause, cq: list) -> list[Draft] | None:
    rates = [q for q in cq if q.unit == "%"]
    text = doc.text
    if len(rates) < 2 or any(text[q.start - 1] not in "（(" or text[q.end : q.end + 1] not in ("）", ")") for q in rates):
        return None
    names, lo = [], clause.start
    for q in rates:
        m = BRACKET_NAME.search(text, lo, q.start - 1)
        if m is None:
            return None
        names.append(m.group(1))
        lo = q.end + 1
    after = BRACKET_RATE_AFTER.search(text, lo, clause.end)
    if after is None or any(q.start > lo for q in cq if q.unit == "%" and q not in rates):
        return None
    out = []
    for q, name in zip(rates, names):
        d = new_draft(doc, sent, clause, q, name + after.group(1))
        d.kind = "growth"
        out.append(d)
    return out  # (the count of the list, 等3个, numbers the names: no figure)


def double_pass(doc: Doc, sent: Sentence, clause: Clause, raw: list, state: State) -> list[Draft] | None:
    """`A、B…，于2021年双双跨过“百亿”台阶` -> one fact per metric said just before."""
    m = DOUBLE_PASS.search(clause.text)
    if not m:
        return None
    at = clause.start + m.end()
    q = next((q for q in raw if q.role not in ("date", "phone", "code", "vague") and 0 <= q.value_start - at <= 2), None)
    if q is None:
        return None
    if lists_places_at_head(doc, clause, clause.start + m.start()):
        return None  # 鄞州、北仑、慈溪GDP均超2000亿元: places passing one figure each (subjects.each_place)
    prev = [d for d in state.last_clause_drafts() if d.kind != "rank"]
    metrics = list(dict.fromkeys(d.metric for d in prev if d.metric))
    own = M.strip_lead(clause_words(doc, clause.start, clause.start + m.start()))
    if "、" in own:
        metrics = []  # 新建项目对工业产值、增加值的增长贡献率均超过50%: the clause lists its own metrics
    if len(metrics) < 2:
        # 电子信息、装备制造两大产业营业收入双双突破5000亿元: the metrics are listed right here
        head = M.strip_lead(clause_words(doc, clause.start, clause.start + m.start()))
        items = share_class([i for i in head.split("、") if i.strip()])
        if len(items) == 1:
            # 地区生产总值和规上工业总产值双过“千亿”: two metrics joined by 和 (a short part before it is
            # one compound name: 批发和零售业)
            parts = re.split(r"和|与|及", items[0])
            if len(parts) == 2 and all(len(p.strip()) >= 3 or QUALIFIED_ATTRIBUTE.fullmatch(p) for p in parts):
                items = parts
        if len(items) > 1:
            items = share_frame(share_attribute(share_head(items)))
        metrics = share_qualifier([M.tidy(i) for i in items if M.tidy(i)])
    if len(metrics) < 2:
        return None
    if q.unit not in ("CNY", "USD", "count", "other", "%", "pp", "rank"):
        q = _replace(q, unit="CNY", unit_text="元")  # 双过“千亿”: a bare magnitude of money
    elif q.unit == "CNY" and not q.unit_text:
        q = _replace(q, unit_text="元")
    passed = bool(re.search(r"突破|超|过|破|跨", m.group(0)))
    out = []
    for name in metrics:
        d = new_draft(doc, sent, clause, q, name)
        if passed:
            d.comparator = ">"
        out.append(d)
    return out


def from_to(doc: Doc, sent: Sentence, clause: Clause, cq: list, state: State) -> list[Draft] | None:
    """`工业增加值从2019年的312.4亿元提升到2022年的468.9亿元` -> two facts, each with its own period."""
    if len(cq) != 2:
        return None
    q1, q2 = cq
    if q1.unit != q2.unit:
        return None
    between = doc.text[q1.end : q2.start]
    head = doc.text[clause.start : q1.start]
    fm = None
    for fm in FROM_WORD.finditer(head):
        pass
    if fm is None or not TO_WORD.search(between):
        return None
    from_at = clause.start + fm.start()
    metric = M.metric_before(clause_words(doc, clause.start, from_at))
    if not metric:
        metric = antecedent(state)[0] or ""
        metric = re.sub(r"(?<=增速|增幅)(?:在|于|经历|出现).*$", "", metric)  # 工业增速在年初经历回落后，从…
    out = []
    for q, lo in ((q1, from_at), (q2, q1.end)):
        d = new_draft(doc, sent, clause, q, metric)
        if d.kind == "rank" and not RANK_SUFFIX.search(metric):
            d.metric = metric + "排名" if metric else "排名"
        d.period = own_period(doc, lo, q.value_start)
        d.period_fixed = True
        out.append(d)
    out[0].change_base = True
    if out[1].kind == "share" and (out[0].kind == "growth" or RATE_BEFORE.search(doc.text[sent.start : from_at])):
        out[1].kind = out[0].kind = "growth"  # 增速从一季度的2.2%逐季回升至全年的4.5%: both are rates
    periods = (out[0].period, out[1].period)
    if periods == (None, None) and not state.change_periods:
        # 2020年至2024年，工业增加值由2560亿元攀升至3580亿元: the span's ends are the two years
        span = next(
            (t for t in reversed(doc.times_in(sent.start, from_at)) if t.period and YEAR_SPAN.fullmatch(t.period)),
            None,
        )
        if span is not None:
            first_year, last_year = span.period.split("-")
            out[0].period, out[1].period = periods = first_year, last_year
    if periods == (None, None) and state.change_periods:
        # …从2011年的X增加到2016年的Y；人均GDP从24433元增加到36700元: the same two years
        out[0].period, out[1].period = periods = state.change_periods
    if periods == (None, None) and not doc.times_in(sent.start, from_at):
        # `…由2020年的9998亿元提升至2025年的12786亿元。其中，城镇消费品零售额由8572亿元提升至10577亿元`
        pair = [m for m in FROM_TO_YEARS.finditer(doc.text, doc.text.rfind("\n", 0, sent.start) + 1, sent.start)][-1:]
        if pair:
            out[0].period, out[1].period = periods = pair[0].group(1), pair[0].group(2)
    if periods == (None, None):
        ends = _change_frame(doc, sent, from_at)
        if ends is not None:
            out[0].period, out[1].period = periods = ends
    if periods[0] is not None and periods[1] is None and not doc.times_in(q1.end, q2.value_start):
        # `前三季度，…比重由2022年年末的31.1%提高至31.9%`: the value reached is of the period leading the sentence
        # (not one with a time word of its own: `上升至目前的84位`, `回升至全年的4.5%`)
        lead = [t for t in doc.times_in(sent.start, from_at) if usable_time(doc, t) and leads_clause(doc, t, sent)][-1:]
        if lead and (DATED_PART.fullmatch(lead[0].period or "") or YEAR.fullmatch(lead[0].period or "")):
            out[1].period = lead[0].period
            periods = (periods[0], out[1].period)
    state.change_periods = periods
    return out


SAME_TIME_LAST_YEAR = re.compile(r"[从由](?:去年|上年)同期")
HEADING_LINES_BACK = 4  # short heading lines (`2012年到2021年` / `十年时间`) looked through before a paragraph


def _change_frame(doc: Doc, sent: Sentence, from_at: int) -> tuple[str | None, str] | None:
    """The two years of a `从X增长至Y` that names none: the span its paragraph opens with (`2022—2024年，
    全省…。全省千亿县从14个增长至18个`) or a heading line just before gives (`2012年到2021年` above the
    paragraph), else, under a single year leading the sentence, that year's change (`2023年，…门槛由404亿元
    上升至414亿元`: from the year before). None where nothing frames it."""
    own = [t for t in doc.times_in(sent.start, from_at) if usable_time(doc, t)]
    if own and SAME_TIME_LAST_YEAR.match(doc.text, from_at):
        # `一季度，…比重由去年同期的34.5%提升到37.8%`: the same part of the year before, and this one
        t = own[-1]
        if len(own) == 1 and DATED_PART.fullmatch(t.period or "") and leads_clause(doc, t, sent):
            return str(int(t.period[:4]) - 1) + t.period[4:], t.period
        return None
    if own:
        t = own[-1]
        if len(own) != 1 or getattr(t.expr, "kind", "") != "year" or not t.year or not YEAR.fullmatch(t.period or ""):
            return None
        if not leads_clause(doc, t, sent):
            return None
        if t.expr.by:
            return None, str(t.year)  # `到2027年，力争…由1200家增加到1500家`: the goal's year; the start is left open
        if doc.pub_year is not None and t.year < doc.pub_year:
            return str(t.year - 1), str(t.year)
        return None
    para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
    if para is None or para.index != sent.paragraph:
        return None
    earlier = [t for t in doc.times_in(para.start, sent.start) if usable_time(doc, t)]
    if earlier:
        t = earlier[-1]
        owner = next((s for s in para.sentences if s.start <= t.start < s.end), None)
        if owner is not None and YEAR_SPAN.fullmatch(t.period or "") and leads_clause(doc, t, owner):
            return t.period[:4], t.period[5:]
        return None
    for p in reversed(doc.paragraphs[max(0, para.index - HEADING_LINES_BACK) : para.index]):
        body = doc.text[p.start : p.end].strip()
        if len(body) > SECTION_HEADING or CLAUSE_MARK.search(body):
            return None
        spans = find_time_spans(body, doc.pub_year, doc.pub_month)
        if spans:
            period = spans[-1].period or ""
            return (period[:4], period[5:]) if YEAR_SPAN.fullmatch(period) else None
    return None


_SCOPE = "(?:" + SCOPE + "|省|市|区|县)"
_SCOPES = rf"({_SCOPE}(?:[、和及与]{_SCOPE})+)"
SCOPE_GAPS = re.compile(
    rf"^(?:并|且|增速|增幅|分别)*(?:(?:比|较){_SCOPES}(?:分别)?(高出|低出|高|低|快|慢)"
    rf"|(高于|低于|快于|慢于|高出|低出|超出|领先){_SCOPES}(?:平均水平|平均|水平|增速|增幅)?(?:分别)?(?:高|低)?)$"
)

SCOPE_FIRST = re.compile(rf"^(?:并|且|增速|增幅|分别)*(高于|低于|快于|慢于|高出|低出|超出|领先)({_SCOPE})$")
SCOPE_NEXT = re.compile(rf"^[、和及与，]({_SCOPE})$")


def _interleaved_scopes(doc: Doc, clause: Clause, cq: list) -> tuple[str, list[str]] | None:
    """`高于全国0.4、全省0.1个百分点`: each figure after its own scope; (verb, scopes) or None."""
    m = SCOPE_FIRST.match(doc.text[clause.start : cq[0].start].strip(M.PUNCT))
    if m is None:
        return None
    scopes = [m.group(2)]
    for a, b in zip(cq, cq[1:]):
        nxt = SCOPE_NEXT.match(doc.text[a.end : b.start])
        if nxt is None:
            return None
        scopes.append(nxt.group(1))
    return m.group(1), scopes


def gaps_over_scopes(doc: Doc, sent: Sentence, clause: Clause, raw: list, cq: list, state: State) -> list[Draft] | None:
    """`增长6.5%，分别高于全国和全省1.3和0.8个百分点`: one gap per scope listed, each the rate said
    before compared with that scope (`地区生产总值增速高于全国`, `…增速高于全省`). The unit may be written
    once, after the last figure (`1.0和0.6个百分点`)."""
    cq = [q for q in raw if q in cq or q.role == "bare"]
    if len(cq) < 2:
        return None
    interleaved = _interleaved_scopes(doc, clause, cq)
    if interleaved is not None:
        verb, scopes = interleaved
        words = [verb + scope for scope in scopes]
    else:
        if any(doc.text[a.end : b.start] not in ("、", "和", "及", "与") for a, b in zip(cq, cq[1:])):
            return None
        m = SCOPE_GAPS.match(doc.text[clause.start : cq[0].start].strip(M.PUNCT))
        if m is None:
            return None
        scopes = re.split(r"[、和及与]", m.group(1) or m.group(4))
        words = [f"比{scope}{m.group(2)}" if m.group(1) else f"{m.group(3)}{scope}" for scope in scopes]
    values = list(cq)
    fix_shared_unit(doc, values)
    last = next((d for d in reversed(state.drafts) if d.metric and d.kind != "rank"), None)
    if len(scopes) != len(values) or any(q.unit != "pp" for q in values) or last is None or last.unit != "%":
        return None
    root = gap_root(last.metric)
    if last.kind == "growth" and not RATE_IN_METRIC.search(root):
        root += "增速"
    return [new_draft(doc, sent, clause, q, root + w) for q, w in zip(values, words)]


def each_rank(doc: Doc, sent: Sentence, clause: Clause, cq: list, state: State) -> list[Draft] | None:
    """`A 2.6万家、B 318家，均列全省第三` -> one rank (or figure) per metric listed just before (in the clause before,
    or one figure a clause: `A 7家，B 35家，数量均排全区第一`)."""
    if len(cq) != 1 or not EACH_RANK.match(doc.text[clause.start : cq[0].start].strip()):
        return None
    q = cq[0]
    prev = [d for d in state.last_clause_drafts() if d.kind != "rank"]
    run = _like_run(state.drafts)  # 新入规企业173家，新增龙头企业4家、标杆13家，数量均居全区首位: the clauses before too
    if prev and len(run) >= len(prev) and all(a is b for a, b in zip(run[-len(prev) :], prev)):
        prev = run
    if len(prev) < 2:
        return None
    words = clause_words(doc, clause.start, q.start)
    out = []
    for p in prev:
        d = new_draft(doc, sent, clause, q, p.metric)
        if d.kind == "rank":
            d.metric = rank_name(words, p.metric, p.unit, p.kind)
        out.append(d)
    return out


def _like_run(drafts: list[Draft]) -> list[Draft]:
    """The sentence's last figures of one unit and kind, back to the first of another (or a rank)."""
    run: list[Draft] = []
    for d in reversed(drafts):
        if d.kind == "rank" or (run and (d.unit, d.kind) != (run[0].unit, run[0].kind)):
            break
        run.insert(0, d)
    return run


_RATE_TAIL = re.compile(RATE_IN_METRIC.pattern + "$")


def _shared_rate_word(names: list[str]) -> list[str]:
    """`固定资产投资、社会消费品零售总额增速均居…第一`: the rate word written once after the last name is every name's."""
    return shared_tail(names, _RATE_TAIL, lambda x: bool(RATE_IN_METRIC.search(x)) or len(x) < 2)


def each_name_rank(doc: Doc, sent: Sentence, clause: Clause, cq: list, state: State | None = None) -> list[Draft] | None:
    """`营业收入和利润总额均跃居中部第1位、全国第7位` -> each rank for each name joined before 均."""
    if any(q.unit != "rank" for q in cq):
        return None
    # (均位居西北五省区省会城市第一; not the 都 of 成都, 首都, 都市)
    m = re.search(r"(?:均|(?<![成首京])都(?!市))(?=[^，；]{0,16}$)", doc.text[clause.start : cq[0].start])
    if m is None:
        return None
    head = M.strip_lead(clause_words(doc, clause.start, clause.start + m.start()))
    names = [M.strip_lead(x) for x in re.split(r"和|、|及|与", head) if M.strip_lead(x)]  # 增速 stays: 增速均居第一
    names = _shared_rate_word(share_qualifier(names))
    if len(names) < 2 or any(len(x) > 12 or re.search(r"\d", x) for x in names):
        return None
    if listed_regions(doc, clause.start, clause.start + m.start(), 0):
        return None  # 海门区、启东市…均: regions, read by _each_subject
    ante = state.last_metric(skip_gaps=True)[0] if state is not None else None
    if ante and all(RANK_ATTR.fullmatch(x) for x in names):
        # 生产总值…，总量和增速均居全市第2位: the figure said before, ranked on each attribute
        names = [ante + x for x in names]
    out = []
    lo = clause.start + m.end()
    for q in cq:
        words = clause_words(doc, lo, q.start)
        for name in names:
            d = new_draft(doc, sent, clause, q, "")
            d.metric = rank_name(words, name, None)
            if not d.metric.startswith(name):
                d.metric = name + d.metric  # (a scope of its own words: 均位居西北五省区省会城市第一)
            out.append(d)
        lo = q.end
    return out


_EACH_ALONE = re.compile(r"(?:各|均|都)(?:有|为|是|达到?)?")


def each_of_list_before(doc: Doc, sent: Sentence, clause: Clause, cq: list, state: State) -> list[Draft] | None:
    """`…；其次为高新区、晋州市、正定县和赵县，各4个` -> the one figure of a clause that is only 各 and the figure,
    once for each region the clause before ends by listing, of the figure's metric said before."""
    if len(cq) != 1 or not _EACH_ALONE.fullmatch(doc.text[clause.start : cq[0].start].strip()):
        return None
    before = [c for c in sent.clauses if c.end <= clause.start]
    if not before:
        return None
    prev = before[-1]
    regions = listed_regions(doc, prev.start, prev.end, 0)
    if not regions or doc.text[regions[-1][1] : prev.end].strip(" 等，,") != "":
        return None
    metric = state.last_metric(skip_gaps=True)[0] or ""
    out = []
    for r in regions:
        d = new_draft(doc, sent, clause, cq[0], metric)
        d.subject = r[2]
        d.quote_start = prev.start  # (the evidence names the regions)
        out.append(d)
    return out


def each_subject(doc: Doc, sent: Sentence, clause: Clause, cq: list, state: State) -> list[Draft] | None:
    """`海门区、启东市新能源产业产值增速均超过20%` -> one fact per listed region."""
    if len(cq) != 1:
        return None
    q = cq[0]
    if not EACH_BEFORE.search(doc.text[clause.start : q.start]):
        return None
    regions = listed_regions(doc, clause.start, q.start, 0)
    if not regions or lists_places_at_head(doc, clause, q.start):
        return None  # (a head list with short forms the mentions leave out, 其中鄞州、北仑、慈溪: subjects.each_place)
    metric = M.metric_before(clause_words(doc, regions[-1][1], q.start))
    out = []
    for r in regions:
        d = new_draft(doc, sent, clause, q, metric)
        d.subject = r[2]
        out.append(d)
    return out
