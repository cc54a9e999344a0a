"""One cleaned document in, its contract object out: meta, facts, industries, frameworks.

`extract_document(clean)` is the extraction stage of the pipeline. Facts come from the assembler
(the facts/ package); industries and frameworks from their recognizers (industries.py, frameworks.py). Every
fact carries its evidence: the clause as it reads in the cleaned text (`quote`), its span there
(`clean_span`) and in the original (`span`). Nothing is read from masked (mojibake) spans.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from chanye.extract import metric as M
from chanye.extract.facts import Draft, assemble_facts
from chanye.extract.frameworks import find_frameworks
from chanye.extract.industries import find_industries
from chanye.knowledge.glossary import map_metric
from chanye.knowledge.region_roles import incidental_mention, other_role, partner_role
from chanye.knowledge.regions import (
    above_county_voice,
    detect_document_region,
    find_region_mentions,
    begin_document,
    byline_outlet_place,
    others_listed,
    parent_chain,
    planning_area,
    province_above,
    rank_field,
    county_site_place,
    resolve_region,
    short_name,
    speaks_as_county,
)
from chanye.extract.page_year import headline_year, lead_year
from chanye.records import CleanDocument, DocumentMeta, DocumentResult, Fact

REGION_WINDOW = 20000  # characters of the text read to find the document's region


def extract_document(clean: CleanDocument) -> DocumentResult:
    begin_document(clean.text)
    meta = replace(clean.meta)
    region = _document_region(clean, meta)
    if region is not None:
        meta.region = meta.region or region.name
        meta.region_code = meta.region_code or getattr(region, "code", None)
    pub_year, pub_month = _pub_date(meta.date)
    if pub_year is None and (pub_year := lead_year(clean.text) or headline_year(meta.title)) is not None:
        meta.date = str(pub_year)  # (a bare year: the lead or the headline makes it certain, page_year)
    drafts = assemble_facts(
        clean.text,
        doc_region=region,
        pub_year=pub_year,
        pub_month=pub_month,
        masked=list(clean.masked),
        title_span=_title_span(clean.text, meta.title),
        warnings=clean.warnings,
    )
    ascii = M.writes_ascii_brackets(clean.original)
    facts = [_to_fact(clean, d, meta, ascii) for d in drafts]
    subject = meta.region or ""
    frameworks = _recognised(find_frameworks, clean, subject)
    industries = _recognised(find_industries, clean, subject, frameworks=frameworks)  # (found once, passed on)
    facts = [f for f in facts if not _numbers_framework_part(f, frameworks)]
    return DocumentResult(doc=clean.doc_id, meta=meta, facts=facts, industries=industries, frameworks=frameworks)


def _numbers_framework_part(fact: Fact, frameworks: list[Any]) -> bool:
    """`加快培育航空、…等13条新兴产业链` where the page's “613” has 13 新兴产业链: the count only numbers a
    framework's part, it is not a figure."""
    if fact.unit != "count" or fact.status != "actual":
        return False
    for fw in frameworks:
        for part in getattr(fw, "parts", []):
            label = getattr(part, "label", "") or ""
            if part.count == fact.value and label and (label in fact.metric or fact.metric.endswith(label[-3:])):
                return True
    return False


def _document_region(clean: CleanDocument, meta: DocumentMeta):
    if meta.region:
        found = resolve_region(meta.region)
        if found is not None:
            return found
    congress = _congress_of(clean)
    if congress is not None:
        return congress
    # the title and the opening say what a page is about; a 20 MB page need not be read whole
    found = detect_document_region(_original_headline(clean) or meta.title, clean.text[:REGION_WINDOW])
    local = _local_outlet_region(meta.outlet)
    return (
        _county_outlet_inside(found, local, clean.text[:REGION_WINDOW])
        or found
        or _publisher_region(meta.publisher)
        or local
        or byline_outlet_place(meta.outlet, clean.text)
        or _first_named_region(clean.text)
        or planning_area(clean.text[:REGION_WINDOW])
    )


def _original_headline(clean: CleanDocument) -> str | None:
    """原标题：南宁高新区多项经济指标逆势增长 (the note clean read as the page's own headline): where it names a
    place - the reposting outlet's title may be a subtitle, or its furniture (> 开发区, a date and 来源：某某晚报)."""
    headline = clean.meta.original_title
    if headline and (find_region_mentions(headline) or _opens_with_named_short(headline, clean.text)):
        return headline
    return None


def _opens_with_named_short(headline: str, text: str) -> bool:
    """原标题：沁源48个重点项目集中开工 over a body that names 沁源县: the headline opens with the short form of a
    county or city the page names in full (a short form alone is no mention: too word-like without context)."""
    for _s, _e, r in find_region_mentions(text[:REGION_WINDOW]):
        short = short_name(r)
        if short and headline.startswith(short):
            return True
    return False


def _county_outlet_inside(found, local, window: str):
    """该县…引进开工项目34个 … 中铝广西分公司 … 来源：平果县委办: a page speaking only as a county, whose most named
    place is the province or city it lies in (named in passing), from that county's own outlet (`local`, the
    outlet's place): the county's."""
    if found is None or found.level not in ("province", "city"):
        return None
    if local is None or local.level != "county" or found.code not in {r.code for r in parent_chain(local)}:
        return None
    return local if speaks_as_county(window) else None


def _publisher_region(publisher: str | None):
    """A page naming no place of its own (1—4月，全市规上工业…) on a site whose footer says 某市人民政府办公室主办:
    the site's place."""
    return _place_named_in(publisher, lambda level: level != "country")


def _local_outlet_region(outlet: str | None):
    """县委书记调研部分重点企业 / 来源：永春县融媒体中心 / 本网讯…全县…: a page naming no place of its own, carried by a
    county's or city's own outlet (its media centre, paper or government site), is that place's. (A province's
    paper carries its cities' news too: it says nothing of an unnamed page's place.)"""
    found = _place_named_in(outlet, lambda level: level in ("city", "county", "zone"))
    return found or (county_site_place(outlet) if outlet else None)  # (陆丰政协网: a county's short form)


def _place_named_in(text: str | None, keep):
    """The last place `text` names whose level `keep` accepts."""
    if not text:
        return None
    found = [r for _s, _e, r in find_region_mentions(text) if keep(getattr(r, "level", None))]
    return found[-1] if found else None


_CONGRESS_AFTER = re.compile(r"(?:第[一二三四五六七八九十]{1,3}届)?人民代表大会")


def _congress_of(clean: CleanDocument):
    """A report's opening line, taken out as a byline by the cleaner (`…在运城市第五届人民代表大会…上`),
    names the congress it was given to: that place is the page's."""
    texts = [(b.text, False) for b in getattr(clean, "removed", ()) if b.start <= 400 and "人民代表大会" in b.text]
    if "人民代表大会" in clean.text[:400]:
        # the byline left in the body (——2024年2月27日在上高县第十七届人民代表大会…上), not news of a congress
        texts.append((clean.text[:400], True))
    for text, byline_only in texts:
        for start, end, region in find_region_mentions(text):
            if _CONGRESS_AFTER.match(text, end) and not (byline_only and text[start - 1 : start] != "在"):
                return region
    return None


def _first_named_region(text: str):
    """Fallback where the detector names none: the first region below the country the text names."""
    window = text[:REGION_WINDOW]
    listed = others_listed(window)
    for start, end, region in find_region_mentions(window):
        level = getattr(region, "level", None)
        if other_role(window, start, end) or partner_role(window, start, end):
            continue  # 深圳市企业投资的项目落户本地: the investors' home is not the page's place
        if incidental_mention(window, start, end) or start in listed or rank_field(region, window, start, end):
            continue  # 受南京疫情影响, 赴深圳考察, 我省…北京、重庆、广东…, 苏北第1: not the page's place
        if above_county_voice(region, window):
            return None  # 全县…, 安徽某某公司…项目: a county's page naming its province in passing (what it names
            # after is no more its own: 开展上海招商推介活动，与上海某工业园…)
        if level in ("province", "city") and _SUB_AREA_AFTER.match(window, end):
            # 成都平原经济区 is not 成都; in a page about 全省 it names a part of the city's province
            if level == "city" and "全省" in window:
                return province_above(region)
            continue
        if level != "country":
            return region
    return None


# a masked (mojibake) run inside a metric is blanked by the assembler: 规上工业   增加值 reads 规上工业增加值
_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_SUB_AREA_AFTER = re.compile(r"(?:平原)?(?:经济区|城市群|都市圈|经济圈|经济带)")


def _pub_date(date: str | None) -> tuple[int | None, int | None]:
    if not date:
        return None, None
    m = re.match(r"(\d{4})(?:-(\d{2}))?", date)
    if not m:
        return None, None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) else None)


def _title_span(text: str, title: str | None) -> tuple[int, int] | None:
    if not title:
        return None
    first = text.split("\n", 1)[0]
    if first.strip() and (first.strip() == title.strip() or title.strip() in first):
        return 0, len(first)
    return None


def _to_fact(clean: CleanDocument, d: Draft, meta: DocumentMeta, ascii_brackets: bool = False) -> Fact:
    a, b = (d.quote_start if d.quote_start is not None else d.clause.start), d.clause.end
    subject = d.subject
    name = getattr(subject, "name", None) or meta.region or ""
    code = getattr(subject, "code", None) if subject is not None else meta.region_code
    return Fact(
        subject=name,
        metric=M.as_written_brackets(M.polish(_HAN_GAP.sub("", d.metric) if not d.metric.isalnum() else d.metric), ascii_brackets)
        if d.metric
        else d.metric,
        value=_number(d.value),
        unit=d.unit,
        unit_text=d.unit_text,
        kind=d.kind,
        comparator=d.comparator,
        period=d.period,
        status=d.status or "actual",
        quote=clean.text[a:b],
        industry=d.industry,
        value_max=_number(d.value_max) if d.value_max is not None else None,
        clean_span=(a, b),
        span=clean.original_span(a, b),
        metric_id=map_metric(d.metric),
        subject_code=code,
    )


def _number(value: float) -> float:
    r = round(value, 6)
    return float(int(r)) if r == int(r) else r


def _recognised(recognizer, clean: CleanDocument, subject: str, **options) -> list[Any]:
    """Industries or frameworks from their recognizer; its failure is a warning, not the document's loss."""
    try:
        return list(recognizer(clean, subject, **options))
    except Exception as exc:  # a recognizer's failure must not cost the document its facts
        clean.warnings.append(f"{recognizer.__module__}.{recognizer.__name__} failed ({type(exc).__name__}: {exc})")
        return []
