"""Throwaway stores for tests: a SQLite file or a private schema on the PostgreSQL test server.

The PostgreSQL server is named by the environment variable CHANYE_TEST_PG_URL (scripts/test-env.sh sets it
when a local server answers). Each `temporary_store` on PostgreSQL gets its own schema, so tests never see
each other's rows, and the schema is dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "CHANYE_TEST_PG_URL"


def pg_test_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@contextmanager
def temporary_store(backend: str, tmp_path: Path) -> Iterator[str]:
    """Yields a store URL for `backend` ("sqlite" or "postgresql"), empty, removed afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = pg_test_url()
    if not base:
        raise RuntimeError(f"{PG_ENV} is not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def make_processed(
    doc_id: str,
    text: str,
    *,
    origin: str | None = None,
    facts: int = 2,
    region: str | None = "扬州市",
):
    """A hand-built ProcessedDocument (identity clean, `facts` simple facts) for store tests."""
    import hashlib
    from array import array

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

    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    source = SourceDocument(
        doc_id=doc_id,
        origin=origin or f"{doc_id}.txt",
        text=text,
        raw=text,
        content_hash=digest,
        encoding="utf_8",
        format="text",
        title=f"标题 {doc_id}",
    )
    meta = DocumentMeta(title=f"标题 {doc_id}", date="2025-01-12", region=region)
    clean = CleanDocument(
        doc_id=doc_id,
        text=text,
        original=text,
        offsets=array("l", range(len(text))),
        meta=meta,
        masked=[(0, 1)] if text else [],
        removed=[RemovedBlock(kind="navigation", text="首页", start=0, end=2)],
        warnings=["test warning"],
    )
    n = max(len(text), 1)
    fact_list = [
        Fact(
            subject=region or "全国",
            metric=f"指标{i}",
            value=float(i * 100 + 1),
            unit="CNY",
            unit_text="元",
            kind="level",
            comparator="=",
            period="2024",
            status="target" if i % 2 else "actual",
            quote=text[: min(10, n)],
            clean_span=(0, min(10, len(text))),
            span=(0, min(10, len(text))),
        )
        for i in range(facts)
    ]
    result = DocumentResult(
        doc=doc_id,
        meta=meta,
        facts=fact_list,
        industries=[IndustryMention(name="集成电路", role="chain", framework="613", quote="集成电路", clean_span=(1, 5), span=(1, 5))],
        frameworks=[
            Framework(code="613", subject=region or "全国", parts=[FrameworkPart(count=6, label="主导产业集群", members=["高端装备"])], consistent=False)
        ],
    )
    return ProcessedDocument(source=source, clean=clean, result=result)
