"""Small stores for the serve / analyse / export tests, built from hand-written records.

Texts are written here for the tests (realistic in shape: government work reports with page furniture);
facts, industries and frameworks are placed by their quote, so clean and original spans are exact.
`build_store(path)` writes them with the store's own writer (chanye.store.writer.write_batch).
"""

from __future__ import annotations

import hashlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chanye.records import (
    CleanDocument,
    DocumentMeta,
    DocumentResult,
    Fact,
    Framework,
    FrameworkPart,
    IndustryMention,
    ProcessedDocument,
    RemovedBlock,
    SourceDocument,
)

XSS_TITLE = '<script>alert("title")</script>"><img src=x onerror=alert(1)>'
XSS_TEXT = '<script>window.__pwned = 1;</script>'
XSS_QUOTE = '"><img src=x onerror="window.__pwned=2">投资额达到50亿元'


@dataclass
class Doc:
    doc_id: str
    title: str | None
    date: str | None
    region: str | None
    body: str  # the cleaned text
    header: str = "首页 > 新闻中心 > 要闻\n"  # page furniture before the body (removed by cleaning)
    footer: str = "\n版权所有 © 示例日报社 联系电话：0514-00000000"
    outlet: str | None = "示例日报"
    facts: list[dict[str, Any]] = field(default_factory=list)
    industries: list[dict[str, Any]] = field(default_factory=list)
    frameworks: list[dict[str, Any]] = field(default_factory=list)
    masked: list[tuple[int, int]] = field(default_factory=list)


def fact(quote: str, metric: str, value: float, unit: str, kind: str, period: str | None, status: str, *,
         subject: str, comparator: str = "=", metric_id: str | None = None, unit_text: str | None = None,
         value_max: float | None = None, industry: str | None = None) -> dict[str, Any]:
    return dict(quote=quote, metric=metric, value=value, unit=unit, kind=kind, period=period, status=status,
                subject=subject, comparator=comparator, metric_id=metric_id,
                unit_text=unit_text if unit_text is not None else {"CNY": "元", "%": "%", "count": "家", "rank": "位"}.get(unit, ""),
                value_max=value_max, industry=industry)


def ind(quote: str, name: str, role: str, industry_id: str | None, framework: str | None = None) -> dict[str, Any]:
    return dict(quote=quote, name=name, role=role, industry_id=industry_id, framework=framework)


def processed(d: Doc) -> ProcessedDocument:
    original = d.header + d.body + d.footer
    shift = len(d.header)
    text = d.body
    offsets = array("l", range(shift, shift + len(text)))

    def spans(quote: str) -> tuple[tuple[int, int], tuple[int, int]]:
        i = text.find(quote)
        if i < 0:
            raise ValueError(f"{d.doc_id}: quote not in text: {quote!r}")
        return (i, i + len(quote)), (shift + i, shift + i + len(quote))

    meta = DocumentMeta(title=d.title, date=d.date, region=d.region, outlet=d.outlet)
    source = SourceDocument(
        doc_id=d.doc_id, origin=f"{d.doc_id}.txt", text=original, raw=original,
        content_hash=hashlib.sha256(original.encode("utf-8")).hexdigest(), encoding="utf_8", format="text",
        title=d.title, date=d.date,
    )
    removed = [RemovedBlock(kind="navigation", text=d.header.strip(), start=0, end=len(d.header))]
    if d.footer:
        removed.append(RemovedBlock(kind="copyright", text=d.footer.strip(), start=shift + len(text), end=len(original)))
    clean = CleanDocument(doc_id=d.doc_id, text=text, original=original, offsets=offsets, meta=meta,
                          masked=list(d.masked), removed=removed, warnings=[])
    facts = []
    for f in d.facts:
        cs, os_ = spans(f["quote"])
        facts.append(Fact(clean_span=cs, span=os_, **f))
    industries = []
    for m in d.industries:
        cs, os_ = spans(m["quote"])
        industries.append(IndustryMention(clean_span=cs, span=os_, **m))
    frameworks = []
    for fw in d.frameworks:
        cs, os_ = spans(fw["quote"])
        parts = [FrameworkPart(count=p[0], label=p[1], members=list(p[2])) for p in fw["parts"]]
        frameworks.append(Framework(code=fw["code"], subject=fw["subject"], parts=parts, consistent=fw.get("consistent"),
                                    quote=fw["quote"], clean_span=cs, span=os_))
    result = DocumentResult(doc=d.doc_id, meta=meta, facts=facts, industries=industries, frameworks=frameworks)
    return ProcessedDocument(source=source, clean=clean, result=result)


YZ = "扬州市"
NT = "南通市"
SZ = "苏州市"
EVIL = '<b onmouseover="alert(3)">恶意</b>县'


def corpus() -> list[Doc]:
    yz_2025 = Doc(
        doc_id="yz_2025_report",
        title="扬州市政府工作报告：以链发力推进产业升级",
        date="2025-01-12",
        region=YZ,
        body=(
            "扬州市第九届人民代表大会第五次会议12日开幕。市长在政府工作报告中回顾，去年全市地区生产总值达到7800亿元，"
            "同比增长6.0%；工业开票销售额超过9000亿元，省级以上专精特新企业新增265家。\n\n"
            "今年扬州将做大做强“613”产业体系：高端装备、新能源、新材料、新一代信息技术、汽车及零部件、生命健康6大主导产业集群，"
            "集成电路、人工智能、氢能等13条新兴产业链。力争工业开票销售超万亿元，地区生产总值增长6%左右，"
            "到2027年地区生产总值力争达到9000亿元。同时前瞻布局氢能、低空经济等未来产业。"
        ),
        facts=[
            fact("地区生产总值达到7800亿元", "地区生产总值", 7.8e11, "CNY", "level", "2024", "actual", subject=YZ, metric_id="gdp"),
            fact("同比增长6.0%", "地区生产总值", 6.0, "%", "growth", "2024", "actual", subject=YZ, metric_id="gdp"),
            fact("工业开票销售额超过9000亿元", "工业开票销售", 9e11, "CNY", "level", "2024", "actual", subject=YZ, comparator=">", metric_id="industrial_invoiced_sales"),
            fact("省级以上专精特新企业新增265家", "新增省级以上专精特新企业", 265, "count", "level", "2024", "actual", subject=YZ),
            fact("力争工业开票销售超万亿元", "工业开票销售", 1e12, "CNY", "level", "2025", "target", subject=YZ, comparator=">", metric_id="industrial_invoiced_sales"),
            fact("地区生产总值增长6%左右", "地区生产总值", 6.0, "%", "growth", "2025", "target", subject=YZ, comparator="~", metric_id="gdp"),
            fact("到2027年地区生产总值力争达到9000亿元", "地区生产总值", 9e11, "CNY", "level", "2027", "target", subject=YZ, metric_id="gdp"),
        ],
        industries=[
            ind("高端装备", "高端装备", "cluster", "high_end_equipment", "613"),
            ind("新能源、", "新能源", "cluster", "new_energy", "613"),
            ind("新材料", "新材料", "cluster", "new_materials", "613"),
            ind("新一代信息技术", "新一代信息技术", "cluster", "new_gen_it", "613"),
            ind("集成电路", "集成电路", "chain", "ic", "613"),
            ind("人工智能", "人工智能", "chain", "ai", "613"),
            ind("氢能、低空经济", "低空经济", "future", "low_altitude"),
            ind("生命健康", "生命健康", "cluster", None, "613"),
        ],
        frameworks=[
            dict(code="613", subject=YZ, quote="“613”产业体系", consistent=False,
                 parts=[(6, "主导产业集群", ["高端装备", "新能源", "新材料", "新一代信息技术", "汽车及零部件", "生命健康"]),
                        (13, "新兴产业链", ["集成电路", "人工智能", "氢能"])]),
        ],
    )
    yz_2024 = Doc(
        doc_id="yz_2024_report",
        title="扬州市2024年政府工作报告解读",
        date="2024-01-15",
        region=YZ,
        body=(
            "2023年，扬州地区生产总值7400亿元，工业开票销售8500亿元。"
            "2024年目标：地区生产总值达到7700亿元，工业开票销售达到9500亿元。"
        ),
        facts=[
            fact("地区生产总值7400亿元", "地区生产总值", 7.4e11, "CNY", "level", "2023", "actual", subject=YZ, metric_id="gdp"),
            fact("工业开票销售8500亿元", "工业开票销售", 8.5e11, "CNY", "level", "2023", "actual", subject=YZ, metric_id="industrial_invoiced_sales"),
            fact("地区生产总值达到7700亿元", "地区生产总值", 7.7e11, "CNY", "level", "2024", "target", subject=YZ, metric_id="gdp"),
            fact("工业开票销售达到9500亿元", "工业开票销售", 9.5e11, "CNY", "level", "2024", "target", subject=YZ, metric_id="industrial_invoiced_sales"),
        ],
    )
    nt = Doc(
        doc_id="nt_2025_h1",
        title="南通上半年经济运行稳中向好",
        date="2025-07-20",
        region=NT,
        body=(
            "上半年，南通地区生产总值同比增长5.5%。2024年全市地区生产总值1.2万亿元。"
            "南通全力打造高端装备、海工装备两大产业集群，壮大新能源、集成电路产业链。"
        ),
        facts=[
            fact("地区生产总值同比增长5.5%", "地区生产总值", 5.5, "%", "growth", "2025H1", "actual", subject=NT, metric_id="gdp"),
            fact("2024年全市地区生产总值1.2万亿元", "地区生产总值", 1.2e12, "CNY", "level", "2024", "actual", subject=NT, metric_id="gdp"),
        ],
        industries=[
            ind("高端装备、", "高端装备", "cluster", "high_end_equipment"),
            ind("海工装备", "海工装备", "cluster", "shipbuilding"),
            ind("新能源、", "新能源", "chain", "new_energy"),
            ind("集成电路产业链", "集成电路", "chain", "ic"),
        ],
    )
    nt_plan = Doc(
        doc_id="nt_2025_plan",
        title="南通市2025年政府工作报告",
        date="2025-01-14",
        region=NT,
        body="今年南通地区生产总值预期增长6%以上。",
        facts=[fact("地区生产总值预期增长6%以上", "地区生产总值", 6.0, "%", "growth", "2025", "target", subject=NT, comparator=">=", metric_id="gdp")],
    )
    sz = Doc(
        doc_id="sz_2025",
        title="苏州培育未来产业",
        date="2025-03-02",
        region=SZ,
        body="苏州做强集成电路、生物医药产业集群，前瞻布局人工智能等未来产业。全市规上工业总产值突破4.4万亿元。",
        facts=[fact("规上工业总产值突破4.4万亿元", "规上工业总产值", 4.4e12, "CNY", "level", "2024", "actual", subject=SZ, comparator=">", metric_id="industrial_output")],
        industries=[
            ind("集成电路、", "集成电路", "cluster", "ic"),
            ind("生物医药", "生物医药", "cluster", "biotech"),
            ind("人工智能等未来产业", "人工智能", "future", "ai"),
        ],
    )
    evil = Doc(
        doc_id="evil_doc",
        title=XSS_TITLE,
        date="2025-05-05",
        region=EVIL,
        outlet='<i>outlet</i>',
        header='<nav onclick="alert(4)">首页</nav>\n',
        body=f"测试文本{XSS_TEXT}其中{XSS_QUOTE}，项目一期已开工。",
        facts=[fact(XSS_QUOTE, '投资额<script>alert(5)</script>', 5e9, "CNY", "level", "2025", "target", subject=EVIL)],
        industries=[ind("项目一期", '<img src=x onerror=alert(6)>', "industry", None)],
    )
    return [yz_2025, yz_2024, nt, nt_plan, sz, evil]


def build_store(path: Path) -> str:
    """A SQLite store at path holding the test corpus; returns its URL."""
    from chanye.store.database import open_store
    from chanye.store.writer import write_batch

    url = f"sqlite:///{path}"
    engine = open_store(url)
    write_batch(engine, [processed(d) for d in corpus()])
    engine.dispose()
    return url


def build_custom(path: Path, docs: list[Doc]) -> str:
    from chanye.store.database import open_store
    from chanye.store.writer import write_batch

    url = f"sqlite:///{path}"
    engine = open_store(url)
    write_batch(engine, [processed(d) for d in docs])
    engine.dispose()
    return url


def fill(url: str, docs: list[Doc] | None = None) -> str:
    """Write the test corpus (or docs) into the store at url (any backend); returns url."""
    from chanye.store.database import open_store
    from chanye.store.writer import write_batch

    engine = open_store(url)
    write_batch(engine, [processed(d) for d in (docs if docs is not None else corpus())])
    engine.dispose()
    return url
