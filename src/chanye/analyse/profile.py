"""A region's industrial system as the store knows it: frameworks, industries, metrics over time.

`region_profile(engine, "扬州")` resolves the name (扬州 → 扬州市, 扬州经开区 → 扬州经济技术开发区) and
gathers, with evidence (document, quote, spans) for every item:

- frameworks whose subject is the region, one entry per code, with the members the documents give
  (the version with most members first) and every document that names the code;
- industries named by documents about the region, grouped by role (cluster, chain, future,
  industry), one entry per name and role, with the taxonomy node and the documents that name them;
- each canonical metric's values over time — actuals, targets and forecasts apart — for facts whose
  subject is the region; facts with an unknown metric are listed apart, as written.

A stored subject, document region or framework subject counts as the region when it is the same
name or resolves to the same region (扬州 in an old store is 扬州市).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from chanye.store.schema import documents, facts as facts_t, frameworks as frameworks_t

ROLE_ORDER = ("cluster", "chain", "future", "industry")
STATUS_ORDER = ("actual", "target", "forecast")


@dataclass(slots=True)
class Evidence:
    doc: str
    title: str | None
    date: str | None
    quote: str
    span: tuple[int, int] | None  # in the document's original text
    clean_span: tuple[int, int] | None  # in its cleaned text


@dataclass(slots=True)
class FrameworkEntry:
    code: str
    subject: str
    parts: list[dict[str, Any]]  # [{"count", "label", "members"}]
    consistent: bool | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class IndustryEntry:
    name: str
    role: str
    industry_id: str | None  # None: not in the taxonomy
    industry_name: str | None
    industry_en: str | None
    frameworks: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class MetricValue:
    metric: str  # as written
    value: float
    value_max: float | None
    unit: str
    unit_text: str | None
    kind: str
    comparator: str
    period: str | None
    status: str
    industry: str | None
    evidence: Evidence


@dataclass(slots=True)
class MetricSeries:
    metric_id: str | None  # None: the unknown metrics, kept as written
    name: str
    en: str | None
    actual: list[MetricValue] = field(default_factory=list)
    target: list[MetricValue] = field(default_factory=list)
    forecast: list[MetricValue] = field(default_factory=list)


@dataclass(slots=True)
class RegionProfile:
    query: str
    region: str  # full standard name
    code: str | None
    level: str | None
    parents: list[str]
    documents: list[dict[str, Any]]
    frameworks: list[FrameworkEntry]
    industries: dict[str, list[IndustryEntry]]  # role -> entries
    metrics: list[MetricSeries]
    unmapped_metrics: list[MetricValue]

    @property
    def empty(self) -> bool:
        return not (self.documents or self.frameworks or any(self.industries.values()) or self.metrics or self.unmapped_metrics)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------- helpers


def _names_for(engine: Engine, region_name: str, code: str | None, column) -> list[str]:
    """The stored values of `column` that mean this region."""
    from chanye.knowledge.regions import resolve_region

    with engine.connect() as conn:
        stored = [v for (v,) in conn.execute(select(column).where(column.is_not(None)).distinct())]
    out = []
    for value in stored:
        if value == region_name:
            out.append(value)
            continue
        if code is None:
            continue
        found = resolve_region(value)
        if found is not None and found.code == code:
            out.append(value)
    return out


def _evidence(row: dict[str, Any], quote: str | None = None) -> Evidence:
    def span(a, b):
        return (a, b) if a is not None and b is not None else None

    return Evidence(
        doc=row["doc"],
        title=row.get("doc_title"),
        date=row.get("doc_date"),
        quote=quote if quote is not None else (row.get("quote") or ""),
        span=span(row.get("orig_start"), row.get("orig_end")),
        clean_span=span(row.get("clean_start"), row.get("clean_end")),
    )


def _period_key(period: str | None, date: str | None) -> tuple:
    from chanye.analyse.queries import period_end

    end = period_end(period)
    return (end is None, end or 0.0, period or "", date or "")


# ---------------------------------------------------------------- sections


def _documents(engine: Engine, names: list[str]) -> list[dict[str, Any]]:
    from chanye.analyse.queries import region_documents

    seen: dict[str, dict[str, Any]] = {}
    for name in names:
        for row in region_documents(engine, name):
            seen.setdefault(row["doc_id"], row | {"doc": row["doc_id"]})
    rows = list(seen.values())
    rows.sort(key=lambda r: r["doc_id"])
    rows.sort(key=lambda r: r.get("date") or "", reverse=True)
    return rows


def _newest_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows.sort(key=lambda r: r["id"])
    rows.sort(key=lambda r: r.get("doc_date") or "", reverse=True)  # stable: undated last, then by id
    return rows


def _frameworks(engine: Engine, subjects: list[str]) -> list[FrameworkEntry]:
    from chanye.analyse.queries import region_frameworks

    rows = _newest_first([row for subject in subjects for row in region_frameworks(engine, subject)])
    by_code: dict[str, FrameworkEntry] = {}
    for row in rows:
        parts = row["parts"] or []
        n_members = sum(len(p.get("members") or []) for p in parts)
        entry = by_code.get(row["code"])
        if entry is None:
            entry = by_code[row["code"]] = FrameworkEntry(row["code"], row["subject"], parts, row["consistent"])
        elif n_members > sum(len(p.get("members") or []) for p in entry.parts):
            # the newest document that enumerates most fully gives the members
            entry.parts, entry.consistent = parts, row["consistent"]
        entry.evidence.append(_evidence(row))
    return sorted(by_code.values(), key=lambda e: (-len(e.evidence), e.code))


def _industries(engine: Engine, regions: list[str]) -> dict[str, list[IndustryEntry]]:
    from chanye.analyse.queries import region_industries
    from chanye.knowledge.taxonomy import industry_node, map_industry

    out: dict[str, list[IndustryEntry]] = {role: [] for role in ROLE_ORDER}
    rows = _newest_first([row for region in regions for row in region_industries(engine, region)])
    entries: dict[tuple[str, str], IndustryEntry] = {}
    for row in rows:
        role = row["role"] if row["role"] in out else "industry"
        key = (row["name"], role)
        entry = entries.get(key)
        if entry is None:
            node_id = row["industry_id"] or map_industry(row["name"])
            node = industry_node(node_id) if node_id else None
            entry = entries[key] = IndustryEntry(
                name=row["name"],
                role=role,
                industry_id=node.id if node else None,
                industry_name=node.name if node else None,
                industry_en=node.en if node else None,
            )
        if row["framework"] and row["framework"] not in entry.frameworks:
            entry.frameworks.append(row["framework"])
        if not any(e.doc == row["doc"] for e in entry.evidence):
            entry.evidence.append(_evidence(row))
    for entry in entries.values():
        out[entry.role].append(entry)
    for role in out:
        out[role].sort(key=lambda e: (-len(e.evidence), not e.frameworks, e.name))
    return out


def _metrics(engine: Engine, subjects: list[str]) -> tuple[list[MetricSeries], list[MetricValue]]:
    from chanye.analyse.queries import fact_select
    from chanye.knowledge.glossary import map_metric, metric_entry

    if not subjects:
        return [], []
    stmt = fact_select().where(facts_t.c.subject.in_(subjects))
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    series: dict[str, MetricSeries] = {}
    unmapped: list[MetricValue] = []
    for row in rows:
        value = MetricValue(
            metric=row["metric"],
            value=row["value"],
            value_max=row["value_max"],
            unit=row["unit"],
            unit_text=row["unit_text"],
            kind=row["kind"],
            comparator=row["comparator"],
            period=row["period"],
            status=row["status"] if row["status"] in STATUS_ORDER else "actual",
            industry=row["industry"],
            evidence=_evidence(row),
        )
        metric_id = row["metric_id"] or map_metric(row["metric"])
        entry = metric_entry(metric_id) if metric_id else None
        if entry is None:
            unmapped.append(value)
            continue
        s = series.setdefault(metric_id, MetricSeries(metric_id=metric_id, name=entry.name, en=entry.en))
        getattr(s, value.status).append(value)
    for s in series.values():
        for status in STATUS_ORDER:
            getattr(s, status).sort(key=lambda v: (_period_key(v.period, v.evidence.date), v.kind, v.value))
    ordered = sorted(series.values(), key=lambda s: (-(len(s.actual) + len(s.target) + len(s.forecast)), s.metric_id))
    unmapped.sort(key=lambda v: (v.metric, _period_key(v.period, v.evidence.date)))
    return ordered, unmapped


# ---------------------------------------------------------------- entry point


def region_profile(engine: Engine, region: str) -> RegionProfile:
    """The profile of `region` (any name resolve_region understands, or a stored subject as written)."""
    from chanye.knowledge.regions import parent_chain, resolve_region

    found = resolve_region(region)
    name = found.name if found is not None else region.strip()
    code = found.code if found is not None else None
    subjects = _names_for(engine, name, code, facts_t.c.subject)
    doc_regions = _names_for(engine, name, code, documents.c.region)
    fw_subjects = _names_for(engine, name, code, frameworks_t.c.subject)
    metrics, unmapped = _metrics(engine, subjects)
    return RegionProfile(
        query=region,
        region=name,
        code=code,
        level=found.level if found is not None else None,
        parents=[r.name for r in parent_chain(found)] if found is not None else [],
        documents=_documents(engine, list(dict.fromkeys(doc_regions + subjects + fw_subjects))),
        frameworks=_frameworks(engine, fw_subjects),
        industries=_industries(engine, doc_regions),
        metrics=metrics,
        unmapped_metrics=unmapped,
    )


# ---------------------------------------------------------------- text rendering


def format_value(value: float, unit: str, unit_text: str | None, value_max: float | None = None) -> str:
    """745800000000 CNY → 7458亿元; 4.1 % → 4.1%; 13000 count 家 → 1.3万家."""

    def one(v: float) -> str:
        if unit in ("CNY", "USD"):
            suffix = "元" if unit == "CNY" else "美元"
            for scale, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
                if abs(v) >= scale:
                    return f"{v / scale:.6g}{word}{suffix}"
            return f"{v:.6g}{suffix}"
        if unit == "%":
            return f"{v:.6g}%"
        if unit == "pp":
            return f"{v:.6g}个百分点"
        if unit == "rank":
            return f"第{v:.6g}位"
        text = unit_text or ""
        if abs(v) >= 1e4 and unit == "count":
            return f"{v / 1e4:.6g}万{text}"
        return f"{v:.6g}{text}"

    return one(value) if value_max is None else f"{one(value)}–{one(value_max)}"


_CMP = {"=": "", ">": "超", ">=": "≥", "<": "不到", "<=": "≤", "~": "约"}


def render_text(profile: RegionProfile) -> str:
    lines: list[str] = []
    head = profile.region + (f"（{profile.code}）" if profile.code else "")
    if profile.parents:
        head += "  ⟵ " + " ⟵ ".join(profile.parents)
    lines.append(head)
    lines.append(f"documents: {len(profile.documents)}")
    for d in profile.documents[:10]:
        lines.append(f"  {d.get('date') or '----------'}  {d['doc']}  {d.get('title') or ''}")
    if len(profile.documents) > 10:
        lines.append(f"  … and {len(profile.documents) - 10} more")

    lines.append("")
    lines.append(f"frameworks: {len(profile.frameworks)}")
    for fw in profile.frameworks:
        flag = "" if fw.consistent in (None, True) else "  (counts and members disagree)"
        lines.append(f"  “{fw.code}”  named in {len(fw.evidence)} document(s){flag}")
        for part in fw.parts:
            count = part.get("count")
            members = "、".join(part.get("members") or []) or "(not enumerated)"
            lines.append(f"    {'' if count is None else count}{part.get('label', '')}: {members}")
        ev = fw.evidence[0]
        lines.append(f"    ↳ {ev.doc}: {_short(ev.quote)}")

    lines.append("")
    total = sum(len(v) for v in profile.industries.values())
    lines.append(f"industries: {total}")
    for role in ROLE_ORDER:
        entries = profile.industries.get(role) or []
        if not entries:
            continue
        lines.append(f"  {role} ({len(entries)}):")
        for e in entries:
            mapped = f" → {e.industry_name} [{e.industry_id}]" if e.industry_id else " → (unmapped)"
            fw = f" “{'”“'.join(e.frameworks)}”" if e.frameworks else ""
            docs = ", ".join(ev.doc for ev in e.evidence[:3]) + (" …" if len(e.evidence) > 3 else "")
            lines.append(f"    {e.name}{mapped}{fw}  ({len(e.evidence)} doc: {docs})")

    lines.append("")
    lines.append(f"metrics: {len(profile.metrics)} canonical, {len(profile.unmapped_metrics)} unmapped facts")
    for s in profile.metrics:
        lines.append(f"  {s.name} [{s.metric_id}] {s.en or ''}")
        for status in STATUS_ORDER:
            for v in getattr(s, status):
                lines.append("    " + _value_line(v))
    if profile.unmapped_metrics:
        lines.append("  unmapped (as written):")
        for v in profile.unmapped_metrics:
            lines.append(f"    {v.metric}: " + _value_line(v))
    return "\n".join(lines)


def _value_line(v: MetricValue) -> str:
    if v.unit == "rank" and v.kind == "growth":
        value = f"{v.value:+g}位"  # 较上年前进3位: places moved, not a place
    else:
        value = _CMP.get(v.comparator, v.comparator) + format_value(v.value, v.unit, v.unit_text, v.value_max)
    kind = "" if v.kind == "level" else f" {v.kind}"
    scope = f" [{v.industry}]" if v.industry else ""
    return f"{v.status:<8} {v.period or '----':<10} {value}{kind}{scope}  ↳ {v.evidence.doc}: {_short(v.evidence.quote)}"


def _short(text: str, width: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
