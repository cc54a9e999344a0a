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


def store_url_fixture():
    """A pytest fixture `store_url` over both backends; in a conftest: `store_url = store_url_fixture()`.

    The PostgreSQL case is skipped only when CHANYE_TEST_PG_URL is unset.
    """
    import pytest

    @pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
    def store_url(request, tmp_path):
        if request.param == "postgresql" and not pg_test_url():
            pytest.skip("CHANYE_TEST_PG_URL is not set (no PostgreSQL server)")
        with temporary_store(request.param, tmp_path) as url:
            yield url

    return store_url


def snapshot(url: str) -> dict[str, tuple]:
    """Everything a store holds, order-independent, for comparing two ingests:
    doc_id -> (content_hash, clean_text, sorted facts, sorted industries, sorted frameworks)."""
    from sqlalchemy import select

    from chanye.store.database import open_store
    from chanye.store.schema import documents, facts, frameworks, industries

    engine = open_store(url, read_only=True)
    out: dict[str, tuple] = {}
    try:
        with engine.connect() as conn:
            docs = {row.id: row for row in conn.execute(select(documents.c.id, documents.c.doc_id, documents.c.content_hash, documents.c.clean_text))}
            children: dict[int, dict[str, list]] = {i: {"facts": [], "industries": [], "frameworks": []} for i in docs}
            fact_cols = [c for c in facts.c if c.name not in ("id", "document_id")]
            for row in conn.execute(select(facts.c.document_id, *fact_cols)):
                children[row.document_id]["facts"].append(tuple(row[1:]))
            ind_cols = [c for c in industries.c if c.name not in ("id", "document_id")]
            for row in conn.execute(select(industries.c.document_id, *ind_cols)):
                children[row.document_id]["industries"].append(tuple(row[1:]))
            fw_cols = [c for c in frameworks.c if c.name not in ("id", "document_id", "parts")]
            for row in conn.execute(select(frameworks.c.document_id, frameworks.c.parts, *fw_cols)):
                children[row.document_id]["frameworks"].append((repr(row.parts), *row[2:]))
    finally:
        engine.dispose()
    for i, row in docs.items():
        if row.doc_id in out:
            raise AssertionError(f"doc_id stored twice: {row.doc_id}")
        kids = children[i]
        out[row.doc_id] = (
            row.content_hash,
            row.clean_text,
            tuple(sorted(kids["facts"], key=repr)),
            tuple(sorted(kids["industries"], key=repr)),
            tuple(sorted(kids["frameworks"], key=repr)),
        )
    return out
