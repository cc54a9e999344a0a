"""The store's tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("origin", Text, nullable=False),
    Column("format", String(16), nullable=False),
    Column("encoding", String(32)),
    Column("url", Text),
    Column("title", Text),
    Column("date", String(10), index=True),
    Column("outlet", String(200)),
    Column("region", String(200), index=True),
    Column("region_code", String(12)),
    Column("script", String(32)),
    Column("raw_text", Text),  # decoded input as received (HTML source for pages)
    Column("original_text", Text, nullable=False),  # the text spans point into
    Column("clean_text", Text, nullable=False),
    Column("masked", JSON),  # [[start, end], ...] mojibake spans in clean_text
    Column("removed", JSON),  # [{"kind", "text", "start", "end"}, ...] page furniture
    Column("warnings", JSON),
    Column("ingested_at", DateTime(timezone=True)),
)

facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("ord", Integer, nullable=False),  # position in the document's fact list
    Column("subject", String(200), nullable=False, index=True),
    Column("subject_code", String(12)),
    Column("metric", Text, nullable=False),
    Column("metric_id", String(100), index=True),
    Column("value", Double, nullable=False),
    Column("value_max", Double),
    Column("unit", String(16), nullable=False),
    Column("unit_text", String(32)),
    Column("kind", String(16), nullable=False),
    Column("comparator", String(4), nullable=False),
    Column("period", String(16), index=True),
    Column("status", String(16), nullable=False, index=True),
    Column("quote", Text, nullable=False),
    Column("industry", String(200)),
    Column("clean_start", Integer),
    Column("clean_end", Integer),
    Column("orig_start", Integer),
    Column("orig_end", Integer),
)

industries = Table(
    "industries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(200), nullable=False, index=True),
    Column("role", String(16), nullable=False),
    Column("framework", String(32)),
    Column("industry_id", String(100), index=True),  # NULL = unmapped
    Column("quote", Text),
    Column("clean_start", Integer),
    Column("clean_end", Integer),
    Column("orig_start", Integer),
    Column("orig_end", Integer),
)

frameworks = Table(
    "frameworks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("code", String(32), nullable=False),
    Column("subject", String(200), nullable=False, index=True),
    Column("parts", JSON, nullable=False),  # [{"count", "label", "members"}, ...]
    Column("consistent", Boolean),
    Column("quote", Text),
    Column("clean_start", Integer),
    Column("clean_end", Integer),
    Column("orig_start", Integer),
    Column("orig_end", Integer),
)

Index("ix_facts_subject_metric", facts.c.subject, facts.c.metric_id)
