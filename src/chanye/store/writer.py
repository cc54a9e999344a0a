"""Writing processed documents to the store, one transaction per batch.

Rules (the same on SQLite and PostgreSQL):
- identical content (same `content_hash`) already stored, or earlier in the batch -> skipped;
- same `doc_id` and same origin, new content -> replaced: the old row and all its facts, industries and
  frameworks are deleted and the new ones written, in the same transaction;
- same `doc_id`, different origin, different content -> stored as `<doc_id>~<hash8>`, with a warning.

A batch is atomic: a process killed in the middle of `write_batch` leaves none of the batch behind,
and running the ingest again writes it whole (already stored content is skipped by hash).

Text is stored as given, except characters no database can hold as text: NUL and unpaired
surrogates become U+FFFD (one character for one, so every span stays valid).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, String, delete, select

from chanye.records import ProcessedDocument
from chanye.store.schema import documents, facts, frameworks, industries

_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")
_MAX_DOC_ID = documents.c.doc_id.type.length or 512


@dataclass(slots=True)
class BatchResult:
    """What one `write_batch` did. Lists hold doc ids as stored."""

    stored: list[str] = field(default_factory=list)  # new documents (including replacements and renamed ones)
    replaced: list[str] = field(default_factory=list)  # doc ids whose older content was replaced
    skipped: list[str] = field(default_factory=list)  # doc ids of inputs whose content was already stored
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (doc_id as read, doc_id as stored)
    facts: int = 0  # facts written
    warnings: list[str] = field(default_factory=list)

    def merge(self, other: "BatchResult") -> None:
        self.stored += other.stored
        self.replaced += other.replaced
        self.skipped += other.skipped
        self.renamed += other.renamed
        self.facts += other.facts
        self.warnings += other.warnings


def safe_text(value: Any) -> Any:
    """NUL and lone surrogates -> U+FFFD; other values unchanged."""
    if isinstance(value, str) and _BAD_CHARS.search(value):
        return _BAD_CHARS.sub("\ufffd", value)
    return value


def _safe_json(value: Any) -> Any:
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, dict):
        return {k: _safe_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_safe_json(v) for v in value]
    return value


def _limits(table) -> dict[str, int]:
    return {c.name: c.type.length for c in table.columns if isinstance(c.type, String) and c.type.length}


_LIMITS = {t.name: _limits(t) for t in (documents, facts, industries, frameworks)}


def _fit(table, row: dict[str, Any]) -> dict[str, Any]:
    """Clean strings and cut those longer than their column (PostgreSQL enforces VARCHAR(n))."""
    limits = _LIMITS[table.name]
    for key, value in row.items():
        if isinstance(value, str):
            value = safe_text(value)
            limit = limits.get(key)
            if limit and len(value) > limit:
                value = value[:limit]
            row[key] = value
    return row


def write_batch(engine: Engine, items: Sequence[ProcessedDocument]) -> BatchResult:
    """Store `items` in one transaction; see the module docstring for the rules."""
    result = BatchResult()
    if not items:
        return result
    with engine.connect().execution_options(sqlite_immediate=True) as conn:
        with conn.begin():
            _write(conn, items, result)
    return result


def _write(conn: Connection, items: Sequence[ProcessedDocument], result: BatchResult) -> None:
    hashes = {item.source.content_hash for item in items}
    seen = _known_hashes(conn, hashes)
    ids = {_fit_doc_id(item.source.doc_id) for item in items}
    by_id: dict[str, tuple[int, str]] = {
        row.doc_id: (row.id, row.origin)
        for row in _select_in(conn, select(documents.c.doc_id, documents.c.id, documents.c.origin), documents.c.doc_id, ids)
    }
    now = datetime.now(timezone.utc)
    for item in items:
        source = item.source
        read_id = _fit_doc_id(source.doc_id)
        if source.content_hash in seen:
            result.skipped.append(read_id)
            continue
        seen.add(source.content_hash)
        doc_id = read_id
        origin = safe_text(source.origin)
        previous = by_id.get(doc_id)
        if previous is not None and previous[1] != origin:
            doc_id = _fit_doc_id(f"{read_id}~{source.content_hash[:8]}")
            result.renamed.append((read_id, doc_id))
            result.warnings.append(
                f"{source.origin}: document id {read_id!r} is already used by {previous[1]}; stored as {doc_id!r}"
            )
            previous = by_id.get(doc_id)
            if previous is None:
                row = conn.execute(
                    select(documents.c.id, documents.c.origin).where(documents.c.doc_id == doc_id)
                ).first()
                previous = (row.id, row.origin) if row else None
        if previous is not None:
            _delete_document(conn, previous[0])
            result.replaced.append(doc_id)
        new_id = conn.execute(
            documents.insert().returning(documents.c.id), [_document_row(item, doc_id, origin, now)]
        ).scalar_one()
        by_id[doc_id] = (new_id, origin)
        result.stored.append(doc_id)
        result.facts += _insert_children(conn, item, new_id)


def _fit_doc_id(doc_id: str) -> str:
    doc_id = safe_text(doc_id)
    if len(doc_id) <= _MAX_DOC_ID:
        return doc_id
    digest = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:16]
    return f"{doc_id[: _MAX_DOC_ID - 17]}~{digest}"


def _delete_document(conn: Connection, document_id: int) -> None:
    for table in (facts, industries, frameworks):
        conn.execute(delete(table).where(table.c.document_id == document_id))
    conn.execute(delete(documents).where(documents.c.id == document_id))


def _document_row(item: ProcessedDocument, doc_id: str, origin: str, now: datetime) -> dict[str, Any]:
    source, clean, meta = item.source, item.clean, item.result.meta
    return _fit(
        documents,
        {
            "doc_id": doc_id,
            "content_hash": source.content_hash,
            "origin": origin,
            "format": source.format,
            "encoding": source.encoding,
            "url": meta.url or source.url,
            "title": meta.title if meta.title is not None else source.title,
            "date": meta.date if meta.date is not None else source.date,
            "outlet": meta.outlet,
            "region": meta.region,
            "region_code": meta.region_code,
            "script": meta.script,
            "raw_text": source.raw,
            "original_text": clean.original,
            "clean_text": clean.text,
            "masked": [[int(s), int(e)] for s, e in clean.masked],
            "removed": _safe_json([asdict(block) for block in clean.removed]),
            "warnings": _safe_json(list(clean.warnings)),
            "ingested_at": now,
        },
    )


def _spans(obj) -> dict[str, int]:
    cs, ce = obj.clean_span
    os_, oe = obj.span
    return {"clean_start": int(cs), "clean_end": int(ce), "orig_start": int(os_), "orig_end": int(oe)}


def _insert_children(conn: Connection, item: ProcessedDocument, document_id: int) -> int:
    res = item.result
    if res.facts:
        conn.execute(
            facts.insert(),
            [
                _fit(
                    facts,
                    {
                        "document_id": document_id,
                        "ord": i,
                        "subject": f.subject,
                        "subject_code": f.subject_code,
                        "metric": f.metric,
                        "metric_id": f.metric_id,
                        "value": float(f.value),
                        "value_max": None if f.value_max is None else float(f.value_max),
                        "unit": f.unit,
                        "unit_text": f.unit_text,
                        "kind": f.kind,
                        "comparator": f.comparator,
                        "period": f.period,
                        "status": f.status,
                        "quote": f.quote,
                        "industry": f.industry,
                        **_spans(f),
                    },
                )
                for i, f in enumerate(res.facts)
            ],
        )
    if res.industries:
        conn.execute(
            industries.insert(),
            [
                _fit(
                    industries,
                    {
                        "document_id": document_id,
                        "name": m.name,
                        "role": m.role,
                        "framework": m.framework,
                        "industry_id": m.industry_id,
                        "quote": m.quote,
                        **_spans(m),
                    },
                )
                for m in res.industries
            ],
        )
    if res.frameworks:
        conn.execute(
            frameworks.insert(),
            [
                _fit(
                    frameworks,
                    {
                        "document_id": document_id,
                        "code": fw.code,
                        "subject": fw.subject,
                        "parts": _safe_json([asdict(p) for p in fw.parts]),
                        "consistent": fw.consistent,
                        "quote": fw.quote,
                        **_spans(fw),
                    },
                )
                for fw in res.frameworks
            ],
        )
    return len(res.facts)


# ---------------------------------------------------------------- helpers shared with reading

_CHUNK = 500  # well under SQLite's bound-parameter limit


def _select_in(conn: Connection, stmt, column, values: Iterable[str]):
    values = list(values)
    for i in range(0, len(values), _CHUNK):
        yield from conn.execute(stmt.where(column.in_(values[i : i + _CHUNK])))


def _known_hashes(conn: Connection, hashes: Iterable[str]) -> set[str]:
    return {
        row.content_hash
        for row in _select_in(conn, select(documents.c.content_hash), documents.c.content_hash, set(hashes))
    }
