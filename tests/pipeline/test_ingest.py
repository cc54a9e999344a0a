"""ingest end to end: stored counts, cheap idempotent reruns, identical results in every mode, bad items."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


from chanye.pipeline import ingest
from chanye.pipeline.runners import PoolRunner, SerialRunner
from chanye.store.database import open_store
from chanye.store.reading import counts
from chanye.store.testing import snapshot

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "corpus"


def chanye(*args, cwd=None, env=None, input=None):
    return subprocess.run(
        [sys.executable, "-m", "chanye", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, env={**os.environ, **(env or {})}, input=input, timeout=600,
    )


def test_samples_ingest_and_rerun(store_url):
    first = ingest([SAMPLES], db_url=store_url, progress=False)
    assert first.ingested > 10 and first.facts > 0 and not first.problems, first.problems
    c = counts(open_store(store_url))
    assert c["documents"] == first.ingested and c["facts"] == first.facts
    again = ingest([SAMPLES], db_url=store_url, progress=False)
    assert again.ingested == 0 and again.skipped == first.read == again.read
    assert counts(open_store(store_url)) == c


def test_pool_matches_serial(tmp_path, make_corpus):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n_docs=60, seed=3)
    one = f"sqlite:///{tmp_path / 'one.db'}"
    two = f"sqlite:///{tmp_path / 'two.db'}"
    a = ingest([corpus], db_url=one, progress=False, batch_size=7)
    b = ingest([corpus], db_url=two, progress=False, workers=2, batch_size=5)
    assert a.ingested == b.ingested == 60 and a.facts == b.facts
    assert snapshot(one) == snapshot(two)


def test_processing_error_is_one_problem(tmp_path, monkeypatch):
    import chanye.pipeline.process as process

    real = process.process_source

    def flaky(source):
        if "boom" in source.text:
            raise ValueError("extractor\nexploded")
        return real(source)

    monkeypatch.setattr(process, "process_source", flaky)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("扬州市2024年地区生产总值7800亿元。", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("boom 南京市", encoding="utf-8")
    seen = []
    s = ingest([tmp_path / "in"], db_url=f"sqlite:///{tmp_path / 's.db'}", progress=False, on_problem=seen.append)
    assert s.ingested == 1 and len(s.problems) == 1 == len(seen)
    assert "b.txt" in s.problems[0] and "ValueError: extractor exploded" in s.problems[0] and "\n" not in s.problems[0]


def test_window_bounds_in_flight_work():
    pulled = 0

    def tasks():
        nonlocal pulled
        for i in range(50):
            pulled += 1
            yield [i]

    yielded = 0
    with PoolRunner(2, window=3) as runner:
        for _ in runner.map_ordered(len, tasks()):
            yielded += 1
            assert pulled - yielded <= 3
    assert yielded == 50
    with SerialRunner() as runner:
        assert list(runner.map_ordered(len, ([i] * i for i in range(4)))) == [0, 1, 2, 3]


def test_cli_ingest_and_stats(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    r = chanye("ingest", SAMPLES, "--db", db, "--no-progress")
    assert r.returncode == 0, r.stderr
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("ingested ") and "duplicates" in last and "docs/s" in last
    assert "Traceback" not in r.stderr
    r = chanye("stats", "--json", env={"CHANYE_DB": db})
    assert r.returncode == 0, r.stderr
    import json

    stats = json.loads(r.stdout)
    assert stats["documents"] > 10 and stats["facts"] > 0 and set(stats) >= {"documents", "facts", "industries", "frameworks", "regions", "targets"}
    r = chanye("stats", "--db", db)
    assert r.returncode == 0 and "documents" in r.stdout


def test_cli_nothing_readable(tmp_path):
    r = chanye("ingest", tmp_path / "missing.txt", "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert r.returncode == 1
    assert "missing.txt" in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("ingested 0")


def test_cli_stdin(tmp_path):
    db = f"sqlite:///{tmp_path / 'in.db'}"
    r = chanye("ingest", "-", "--db", db, input="扬州市2024年地区生产总值7800亿元，增长6%。")
    assert r.returncode == 0, r.stderr
    assert counts(open_store(db))["documents"] == 1


def test_cli_bad_db(tmp_path):
    r = chanye("ingest", SAMPLES, "--db", f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    r = chanye("stats", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert r.returncode == 1 and "Traceback" not in r.stderr
