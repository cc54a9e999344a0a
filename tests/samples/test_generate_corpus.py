"""bench/generate_corpus.py: deterministic for a seed, about the size asked, every page distinct and readable."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("generate_corpus", REPO / "bench" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _digests(paths: list[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def test_same_seed_same_bytes_and_size(tmp_path):
    gen = _generator()
    a = gen.generate(tmp_path / "a", 0.5, seed=3, formats=("txt", "html", "jsonl", "warc"))
    b = gen.generate(tmp_path / "b", 0.5, seed=3, formats=("txt", "html", "jsonl", "warc"))
    assert _digests(a) == _digests(b)
    size = sum(p.stat().st_size for p in a)
    assert 0.5 * gen.MB <= size <= 0.5 * gen.MB + 3 * gen.SHARD_BYTES
    assert {p.suffix for p in a} == {".txt", ".html", ".jsonl", ".gz"}
    c = gen.generate(tmp_path / "c", 0.2, seed=4)
    assert not set(_digests(c).values()) & set(_digests(a).values())


def test_bad_formats_are_refused(tmp_path):
    with pytest.raises(ValueError):
        _generator().generate(tmp_path, 0.1, formats=("pdf",))


def test_pages_read_distinct_through_iter_sources(tmp_path):
    reader = pytest.importorskip("chanye.sources.reader")
    from chanye.records import SourceDocument

    _generator().generate(tmp_path, 0.4, seed=1, formats=("txt", "html", "jsonl", "warc"))
    items = list(reader.iter_sources([str(tmp_path)]))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert len(docs) == len(items) > 50
    assert len({d.content_hash for d in docs}) == len(docs)
    assert {d.format for d in docs} == {"text", "html", "jsonl", "warc"}
    assert any("產" in d.text for d in docs)  # traditional pages are there
