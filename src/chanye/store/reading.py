"""Small read helpers over the store: counts for `chanye stats`, content hashes for cheap reruns."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine, func, select, union

from chanye.store.schema import documents, facts, frameworks, industries
from chanye.store.writer import _known_hashes, _select_in


def counts(engine: Engine) -> dict[str, int]:
    """{"documents", "facts", "industries", "frameworks", "regions", "targets"}.

    regions: distinct region names the store knows, as a document's main region or a fact's subject;
    targets: facts with status "target".
    """
    regions = union(
        select(documents.c.region.label("name")).where(documents.c.region.is_not(None)),
        select(facts.c.subject.label("name")),
    ).subquery()
    with engine.connect() as conn:
        return {
            "documents": conn.scalar(select(func.count()).select_from(documents)) or 0,
            "facts": conn.scalar(select(func.count()).select_from(facts)) or 0,
            "industries": conn.scalar(select(func.count()).select_from(industries)) or 0,
            "frameworks": conn.scalar(select(func.count()).select_from(frameworks)) or 0,
            "regions": conn.scalar(select(func.count()).select_from(regions)) or 0,
            "targets": conn.scalar(select(func.count()).select_from(facts).where(facts.c.status == "target")) or 0,
        }


def known_hashes(engine: Engine, hashes: Iterable[str]) -> set[str]:
    """The subset of `hashes` whose content is already stored."""
    hashes = set(hashes)
    if not hashes:
        return set()
    with engine.connect() as conn:
        return _known_hashes(conn, hashes)


def stored_documents(engine: Engine) -> dict[str, str]:
    """doc_id -> content_hash for every stored document."""
    with engine.connect() as conn:
        return dict(conn.execute(select(documents.c.doc_id, documents.c.content_hash)).all())


def stored_by_doc_id(engine: Engine, doc_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """doc_id -> (origin, content_hash) for those of `doc_ids` that are stored."""
    doc_ids = set(doc_ids)
    if not doc_ids:
        return {}
    stmt = select(documents.c.doc_id, documents.c.origin, documents.c.content_hash)
    with engine.connect() as conn:
        return {row.doc_id: (row.origin, row.content_hash) for row in _select_in(conn, stmt, documents.c.doc_id, doc_ids)}
