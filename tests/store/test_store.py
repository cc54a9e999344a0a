"""The store API on both backends: open, write_batch rules, counts, read-only opening."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from chanye.store.database import StoreError, is_sqlite, open_store
from chanye.store.reading import counts, known_hashes, stored_documents
from chanye.store.schema import documents, facts, frameworks, industries
from chanye.store.testing import make_processed
from chanye.store.writer import write_batch


def _fact_rows(engine, doc_id):
    with engine.connect() as conn:
        return conn.execute(
            select(facts.c.ord, facts.c.metric, facts.c.value, facts.c.clean_start, facts.c.orig_end)
            .join(documents, documents.c.id == facts.c.document_id)
            .where(documents.c.doc_id == doc_id)
            .order_by(facts.c.ord)
        ).all()


def test_open_creates_tables_and_is_idempotent(store_url):
    engine = open_store(store_url)
    assert counts(engine) == {"documents": 0, "facts": 0, "industries": 0, "frameworks": 0, "regions": 0, "targets": 0}
    open_store(store_url)  # again: no error, nothing lost
    assert counts(engine)["documents"] == 0


def test_sqlite_pragmas(tmp_path):
    engine = open_store(f"sqlite:///{tmp_path / 's.db'}")
    assert is_sqlite(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_write_and_count(store_url):
    engine = open_store(store_url)
    items = [make_processed(f"d{i}", f"扬州市{i}工业开票销售9000亿元。", facts=3) for i in range(5)]
    res = write_batch(engine, items)
    assert sorted(res.stored) == [f"d{i}" for i in range(5)]
    assert res.facts == 15 and not res.skipped and not res.replaced
    c = counts(engine)
    assert c["documents"] == 5 and c["facts"] == 15 and c["industries"] == 5 and c["frameworks"] == 5
    assert c["regions"] == 1 and c["targets"] == 5
    rows = _fact_rows(engine, "d2")
    assert [r.ord for r in rows] == [0, 1, 2]
    assert rows[1].value == 101.0 and rows[1].clean_start == 0 and rows[1].orig_end == 10
    with engine.connect() as conn:
        doc = conn.execute(select(documents).where(documents.c.doc_id == "d2")).one()
        assert doc.clean_text == doc.original_text == "扬州市2工业开票销售9000亿元。"
        assert doc.masked == [[0, 1]] and doc.removed[0]["kind"] == "navigation"
        assert doc.warnings == ["test warning"] and doc.region == "扬州市" and doc.date == "2025-01-12"
        fw = conn.execute(select(frameworks.c.parts, frameworks.c.consistent)).first()
        assert fw.parts[0]["members"] == ["高端装备"] and fw.consistent is False
        ind = conn.execute(select(industries.c.name, industries.c.orig_start)).first()
        assert ind.name == "集成电路" and ind.orig_start == 1


def test_duplicates_skipped_by_hash(store_url):
    engine = open_store(store_url)
    a = make_processed("a", "同一内容")
    write_batch(engine, [a])
    res = write_batch(engine, [a, make_processed("b", "同一内容", origin="elsewhere.txt"), make_processed("c", "别的")])
    assert res.skipped == ["a", "b"] and res.stored == ["c"]
    # duplicate inside one batch
    res = write_batch(engine, [make_processed("x", "新"), make_processed("y", "新")])
    assert res.stored == ["x"] and res.skipped == ["y"]
    assert counts(engine)["documents"] == 3
    assert known_hashes(engine, [a.source.content_hash, "0" * 64]) == {a.source.content_hash}


def test_same_id_same_origin_replaced(store_url):
    engine = open_store(store_url)
    write_batch(engine, [make_processed("a", "旧内容", facts=4)])
    res = write_batch(engine, [make_processed("a", "新内容", facts=1)])
    assert res.replaced == ["a"] and res.stored == ["a"]
    c = counts(engine)
    assert c["documents"] == 1 and c["facts"] == 1 and c["industries"] == 1 and c["frameworks"] == 1
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.clean_text)).scalar_one() == "新内容"


def test_same_id_other_origin_disambiguated(store_url):
    engine = open_store(store_url)
    write_batch(engine, [make_processed("a", "甲", origin="dir1/a.txt")])
    b = make_processed("a", "乙", origin="dir2/a.txt")
    res = write_batch(engine, [b])
    new_id = f"a~{b.source.content_hash[:8]}"
    assert res.stored == [new_id] and res.renamed == [("a", new_id)]
    assert res.warnings and "dir2/a.txt" in res.warnings[0]
    assert set(stored_documents(engine)) == {"a", new_id}
    # same clash again inside one batch with a third origin
    res = write_batch(engine, [make_processed("a", "丙", origin="dir3/a.txt")])
    assert len(stored_documents(engine)) == 3


def test_batch_is_atomic(store_url):
    engine = open_store(store_url)
    good = make_processed("good", "好")
    bad = make_processed("bad", "坏")
    bad.result.facts[0].value = "not a number"  # fails at insert time
    with pytest.raises(Exception):
        write_batch(engine, [good, bad])
    assert counts(engine)["documents"] == 0
    assert write_batch(engine, [good]).stored == ["good"]


def test_hostile_strings_stored(store_url):
    engine = open_store(store_url)
    nasty = "a\x00b\ud800c" + "长" * 50
    item = make_processed("n" * 600, nasty)
    item.result.meta.date = "2025-01-12 and more text"
    res = write_batch(engine, [item])
    assert len(res.stored) == 1 and len(res.stored[0]) <= 512
    with engine.connect() as conn:
        row = conn.execute(select(documents.c.clean_text, documents.c.date)).one()
    assert row.clean_text.startswith("a\ufffdb\ufffdc") and len(row.clean_text) == len(nasty)
    assert row.date == "2025-01-12"


def test_read_only(store_url, tmp_path):
    engine = open_store(store_url)
    write_batch(engine, [make_processed("a", "甲")])
    ro = open_store(store_url, read_only=True)
    assert counts(ro)["documents"] == 1
    with pytest.raises(Exception):
        write_batch(ro, [make_processed("b", "乙")])
    assert counts(engine)["documents"] == 1


def test_read_only_missing_sqlite(tmp_path):
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{tmp_path / 'missing.db'}", read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_memory_store():
    engine = open_store("sqlite://")
    write_batch(engine, [make_processed("a", "甲")])
    assert counts(engine)["documents"] == 1


def test_bad_url():
    with pytest.raises(StoreError):
        open_store("not a url")
