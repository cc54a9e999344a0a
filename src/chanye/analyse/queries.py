"""Read helpers over the store: the calls the browser, the API and the exports share.

Every function takes an SQLAlchemy engine and returns plain dicts and lists (JSON-ready), so the
pages, the JSON/CSV API and the command line show the same data. Nothing here writes.

- `overview(engine)`: corpus counts, the latest documents.
- `regions(engine)`: every region or body that documents are about or facts are stated of.
- `facts(engine, region=, metric=, status=, year=)`: facts with their evidence (document, quote, spans).
- `document(engine, doc)`: one document with its facts, industries and frameworks.
- `search(engine, q)`: full-text search over titles and cleaned texts, and over facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select

from chanye.store.schema import documents, facts as facts_t, frameworks as frameworks_t, industries as industries_t

FACT_COLUMNS = [
    "id",
    "doc",
    "subject",
    "subject_code",
    "metric",
    "metric_id",
    "value",
    "value_max",
    "unit",
    "unit_text",
    "kind",
    "comparator",
    "period",
    "status",
    "industry",
    "quote",
    "clean_start",
    "clean_end",
    "orig_start",
    "orig_end",
    "doc_title",
    "doc_date",
]

STATUSES = ("actual", "target", "forecast")


# ---------------------------------------------------------------- engine


def open_engine(url: str, read_only: bool = True) -> Engine:
    """An engine on the store at `url` (the store's own opener): SQLite files open with mode=ro and a
    thread-safe pool, PostgreSQL sessions read-only."""
    from chanye.store.database import open_store

    return open_store(url, read_only=read_only)


# ---------------------------------------------------------------- periods


_PERIOD = re.compile(r"^(\d{4})(?:-(\d{4})|H([12])|Q([1-4])|-(\d{2}))?-?$")


def period_years(period: str | None) -> tuple[int, int] | None:
    """The first and last calendar year a period string covers ("2021-2025" -> (2021, 2025))."""
    if not period:
        return None
    m = _PERIOD.match(period.strip())
    if not m:
        years = re.findall(r"\d{4}", period)
        if not years:
            return None
        return int(years[0]), int(years[-1])
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else start
    return start, end


def period_end(period: str | None) -> float | None:
    """Where a period ends, as a fractional year: "2024" -> 2025.0, "2025H1" -> 2025.5, "2025-09" -> 2025.75."""
    if not period:
        return None
    m = _PERIOD.match(period.strip())
    if not m:
        span = period_years(period)
        return float(span[1] + 1) if span else None
    year = int(m.group(1))
    if m.group(2):
        return float(int(m.group(2)) + 1)
    if m.group(3):
        return year + int(m.group(3)) * 0.5
    if m.group(4):
        return year + int(m.group(4)) * 0.25
    if m.group(5):
        month = min(max(int(m.group(5)), 1), 12)
        return year + month / 12.0
    return float(year + 1)


def date_point(date: str | None) -> float | None:
    """A publication date ("2025-01-12" or "2025") as a fractional year."""
    if not date:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", date)
    if not m:
        return None
    year = int(m.group(1))
    if not m.group(2):
        return float(year)
    month = int(m.group(2))
    day = int(m.group(3) or 1)
    return year + (month - 1) / 12.0 + (day - 1) / 365.0


def year_matches(period: str | None, year: int | None) -> bool:
    if year is None:
        return True
    span = period_years(period)
    return span is not None and span[0] <= year <= span[1]


# ---------------------------------------------------------------- rows


def fact_select():
    """Every fact column with its document's id, title and date (the one row shape every listing shares)."""
    return select(
        facts_t.c.id,
        documents.c.doc_id.label("doc"),
        facts_t.c.subject,
        facts_t.c.subject_code,
        facts_t.c.metric,
        facts_t.c.metric_id,
        facts_t.c.value,
        facts_t.c.value_max,
        facts_t.c.unit,
        facts_t.c.unit_text,
        facts_t.c.kind,
        facts_t.c.comparator,
        facts_t.c.period,
        facts_t.c.status,
        facts_t.c.industry,
        facts_t.c.quote,
        facts_t.c.clean_start,
        facts_t.c.clean_end,
        facts_t.c.orig_start,
        facts_t.c.orig_end,
        documents.c.title.label("doc_title"),
        documents.c.date.label("doc_date"),
    ).select_from(facts_t.join(documents, facts_t.c.document_id == documents.c.id))


def _rows(engine: Engine, stmt) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def overview(engine: Engine, latest: int = 10) -> dict[str, Any]:
    """Counts of every table, facts by status, and the latest documents (by date, then by id)."""
    with engine.connect() as conn:
        counts = {
            "documents": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
            "facts": conn.execute(select(func.count()).select_from(facts_t)).scalar_one(),
            "industries": conn.execute(select(func.count()).select_from(industries_t)).scalar_one(),
            "frameworks": conn.execute(select(func.count()).select_from(frameworks_t)).scalar_one(),
        }
        by_status = {
            s: n
            for s, n in conn.execute(select(facts_t.c.status, func.count()).group_by(facts_t.c.status))
        }
        docs = conn.execute(
            select(
                documents.c.doc_id,
                documents.c.title,
                documents.c.date,
                documents.c.region,
                documents.c.outlet,
            )
            .order_by(documents.c.date.desc().nulls_last(), documents.c.id.desc())
            .limit(latest)
        )
        latest_docs = [dict(r._mapping) for r in docs]
    counts["regions"] = len(regions(engine))  # after the connection closes: never nest connections
    return {"counts": counts, "facts_by_status": by_status, "latest_documents": latest_docs}


def regions(engine: Engine) -> list[dict[str, Any]]:
    """Every region (or zone or body) the store knows: documents about it and facts stated of it.

    One row per name: name, code (GB/T 2260 where known), documents, facts, targets, frameworks.
    Sorted by the number of facts, then documents, then name.
    """
    out: dict[str, dict[str, Any]] = {}

    def row(name: str) -> dict[str, Any]:
        return out.setdefault(
            name, {"name": name, "code": None, "documents": 0, "facts": 0, "targets": 0, "frameworks": 0}
        )

    with engine.connect() as conn:
        for name, code, n in conn.execute(
            select(documents.c.region, func.max(documents.c.region_code), func.count())
            .where(documents.c.region.is_not(None))
            .group_by(documents.c.region)
        ):
            r = row(name)
            r["documents"] = n
            r["code"] = r["code"] or code
        for name, code, status, n in conn.execute(
            select(facts_t.c.subject, func.max(facts_t.c.subject_code), facts_t.c.status, func.count()).group_by(
                facts_t.c.subject, facts_t.c.status
            )
        ):
            r = row(name)
            r["facts"] += n
            if status == "target":
                r["targets"] += n
            r["code"] = r["code"] or code
        for name, n in conn.execute(select(frameworks_t.c.subject, func.count()).group_by(frameworks_t.c.subject)):
            row(name)["frameworks"] = n
    return sorted(out.values(), key=lambda r: (-r["facts"], -r["documents"], r["name"]))


def facts(
    engine: Engine,
    region: str | None = None,
    metric: str | None = None,
    status: str | None = None,
    year: int | None = None,
    doc: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Facts with their evidence, filtered.

    region: the fact's subject (full standard name, e.g. 扬州市); metric: a canonical metric id
    (metric_id) or the metric exactly as written; status: actual / target / forecast; year: facts whose
    period covers that calendar year ("2021-2025" covers 2023). Ordered by subject, metric, period.
    """
    stmt = fact_select()
    conds = []
    if region:
        conds.append(facts_t.c.subject == region)
    if metric:
        conds.append(or_(facts_t.c.metric_id == metric, facts_t.c.metric == metric))
    if status:
        conds.append(facts_t.c.status == status)
    if doc:
        conds.append(documents.c.doc_id == doc)
    if conds:
        stmt = stmt.where(and_(*conds))
    stmt = stmt.order_by(facts_t.c.subject, facts_t.c.metric_id, facts_t.c.metric, facts_t.c.period, facts_t.c.id)
    if year is None:  # the page can be cut in SQL
        if offset:
            stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return _rows(engine, stmt)
    rows = [r for r in _rows(engine, stmt) if year_matches(r["period"], year)]
    if offset:
        rows = rows[offset:]
    if limit is not None:
        rows = rows[:limit]
    return rows


def fact_years(rows: Iterable[dict[str, Any]]) -> list[int]:
    years: set[int] = set()
    for r in rows:
        span = period_years(r.get("period"))
        if span:
            years.update(range(span[0], span[1] + 1))
    return sorted(years)


def document(engine: Engine, doc: str) -> dict[str, Any] | None:
    """One document (by doc_id, or by its numeric row id) with its facts, industries and frameworks."""
    with engine.connect() as conn:
        cond = documents.c.doc_id == doc
        if doc.isdigit():
            cond = or_(cond, documents.c.id == int(doc))
        r = conn.execute(select(documents).where(cond).limit(1)).first()
        if r is None:
            return None
        d = dict(r._mapping)
        pk = d.pop("id")
        if d.get("ingested_at") is not None:
            d["ingested_at"] = d["ingested_at"].isoformat()
        d["facts"] = [
            dict(x._mapping)
            for x in conn.execute(
                fact_select().where(facts_t.c.document_id == pk).order_by(facts_t.c.ord, facts_t.c.id)
            )
        ]
        ind = conn.execute(
            select(industries_t).where(industries_t.c.document_id == pk).order_by(industries_t.c.id)
        )
        d["industries"] = [{k: v for k, v in dict(x._mapping).items() if k != "document_id"} for x in ind]
        fw = conn.execute(select(frameworks_t).where(frameworks_t.c.document_id == pk).order_by(frameworks_t.c.id))
        d["frameworks"] = [{k: v for k, v in dict(x._mapping).items() if k != "document_id"} for x in fw]
    d["removed"] = d.get("removed") or []
    d["masked"] = d.get("masked") or []
    d["warnings"] = d.get("warnings") or []
    return d


def region_documents(engine: Engine, region: str) -> list[dict[str, Any]]:
    """Documents about a region, or stating facts or frameworks of it; newest first."""
    with engine.connect() as conn:
        ids = select(facts_t.c.document_id).where(facts_t.c.subject == region)
        fw = select(frameworks_t.c.document_id).where(frameworks_t.c.subject == region)
        stmt = (
            select(documents.c.doc_id, documents.c.title, documents.c.date, documents.c.region, documents.c.outlet)
            .where(or_(documents.c.region == region, documents.c.id.in_(ids), documents.c.id.in_(fw)))
            .order_by(documents.c.date.desc().nulls_last(), documents.c.id.desc())
        )
        return [dict(r._mapping) for r in conn.execute(stmt)]


def _evidence_columns(table) -> tuple:
    """A row's evidence (quote, clean and original spans) and the document it stands in."""
    return (
        table.c.quote,
        table.c.clean_start,
        table.c.clean_end,
        table.c.orig_start,
        table.c.orig_end,
        documents.c.doc_id.label("doc"),
        documents.c.title.label("doc_title"),
        documents.c.date.label("doc_date"),
    )


def region_industries(engine: Engine, region: str | None = None) -> list[dict[str, Any]]:
    """Industry mentions with their document and the document's region (the region that names them)."""
    stmt = select(
        industries_t.c.id,
        industries_t.c.name,
        industries_t.c.role,
        industries_t.c.framework,
        industries_t.c.industry_id,
        *_evidence_columns(industries_t),
        documents.c.region.label("region"),
    ).select_from(industries_t.join(documents, industries_t.c.document_id == documents.c.id))
    if region:
        stmt = stmt.where(documents.c.region == region)
    return _rows(engine, stmt.order_by(documents.c.region, industries_t.c.role, industries_t.c.name, industries_t.c.id))


def region_frameworks(engine: Engine, region: str | None = None) -> list[dict[str, Any]]:
    stmt = select(
        frameworks_t.c.id,
        frameworks_t.c.code,
        frameworks_t.c.subject,
        frameworks_t.c.parts,
        frameworks_t.c.consistent,
        *_evidence_columns(frameworks_t),
    ).select_from(frameworks_t.join(documents, frameworks_t.c.document_id == documents.c.id))
    if region:
        stmt = stmt.where(frameworks_t.c.subject == region)
    return _rows(engine, stmt.order_by(frameworks_t.c.subject, frameworks_t.c.code, frameworks_t.c.id))


# ---------------------------------------------------------------- search


def _snippet(text: str, q: str, width: int = 60) -> dict[str, str] | None:
    """The text around the first match of q, split so a template can mark the match (and escape all)."""
    i = text.find(q)
    if i < 0:
        i = text.lower().find(q.lower())
    if i < 0:
        return None
    start = max(0, i - width)
    end = min(len(text), i + len(q) + width)
    return {
        "before": ("…" if start > 0 else "") + text[start:i].replace("\n", " "),
        "match": text[i : i + len(q)],
        "after": text[i + len(q) : end].replace("\n", " ") + ("…" if end < len(text) else ""),
        "start": i,
    }


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(engine: Engine, q: str, limit: int = 50) -> dict[str, Any]:
    """Full-text search: documents whose title or cleaned text contains q, facts whose metric, subject,
    industry or quote contains q. A plain substring match (case-insensitive for Latin letters)."""
    q = (q or "").strip()
    if not q:
        return {"q": q, "documents": [], "facts": []}
    pattern = _like(q)
    with engine.connect() as conn:
        doc_rows = conn.execute(
            select(documents.c.doc_id, documents.c.title, documents.c.date, documents.c.region, documents.c.clean_text)
            .where(
                or_(
                    documents.c.title.ilike(pattern, escape="\\"),
                    documents.c.clean_text.ilike(pattern, escape="\\"),
                )
            )
            .order_by(documents.c.date.desc().nulls_last(), documents.c.id.desc())
            .limit(limit)
        )
        docs = []
        for r in doc_rows:
            d = dict(r._mapping)
            text = d.pop("clean_text") or ""
            d["snippet"] = _snippet(text, q) or _snippet(d.get("title") or "", q)
            docs.append(d)
        fact_rows = conn.execute(
            fact_select()
            .where(
                or_(
                    facts_t.c.metric.ilike(pattern, escape="\\"),
                    facts_t.c.subject.ilike(pattern, escape="\\"),
                    facts_t.c.quote.ilike(pattern, escape="\\"),
                    facts_t.c.industry.ilike(pattern, escape="\\"),
                    facts_t.c.metric_id.ilike(pattern, escape="\\"),
                )
            )
            .order_by(facts_t.c.subject, facts_t.c.metric, facts_t.c.period, facts_t.c.id)
            .limit(limit)
        )
        found = []
        for r in fact_rows:
            f = dict(r._mapping)
            f["snippet"] = _snippet(f["quote"] or "", q)
            found.append(f)
    return {"q": q, "documents": docs, "facts": found}
