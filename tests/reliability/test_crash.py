"""kill -9 during a real ingest, at several random moments, then run it again: the store ends up holding
each document exactly once with all its facts, exactly as a clean single run stores them."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from chanye.store.testing import snapshot

N_DOCS = int(os.environ.get("CHANYE_CRASH_DOCS", "150"))
KILLS = int(os.environ.get("CHANYE_CRASH_KILLS", "3"))


def _ingest_cmd(corpus, url, *extra):
    return [sys.executable, "-m", "chanye", "ingest", str(corpus), "--db", url, "--no-progress", "--batch-size", "8", *extra]


def _count(url) -> int:
    """Documents stored so far (0 before the store exists)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
    except Exception:
        return 0
    finally:
        engine.dispose()


def _run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return r


@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_then_rerun_matches_clean_run(store_url, tmp_path, make_corpus, workers):
    if workers == "2" and not store_url.startswith("sqlite"):
        pytest.skip("the pool mode is covered on SQLite; PostgreSQL runs the one-process case")
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n_docs=N_DOCS, seed=11, suffixes=(".txt",))
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    started = time.perf_counter()
    _run(_ingest_cmd(corpus, reference))
    clean_time = time.perf_counter() - started
    expected = snapshot(reference)
    assert len(expected) == N_DOCS

    rng = random.Random(int(workers) * 1000 + N_DOCS)
    kills = 0
    for round_ in range(KILLS):
        proc = subprocess.Popen(_ingest_cmd(corpus, store_url, "--workers", workers), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        if round_ == 0:
            # a moment early in the run: during start-up, reading, or the first batches
            time.sleep(rng.uniform(0.05, 0.4) * clean_time)
        else:
            # a random point further on: once the store holds a random number more documents,
            # plus a random few milliseconds so the kill lands anywhere between two commits
            stored = _count(store_url)
            target = stored + rng.randint(1, max(1, (N_DOCS - stored) // 2))
            while proc.poll() is None and _count(store_url) < target:
                time.sleep(0.02)
            time.sleep(rng.uniform(0, 0.08))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the driver and its pool workers, without warning
            kills += 1
        proc.wait()
    assert kills >= 2, f"only {kills} of {KILLS} runs were killed before they finished"
    partial = snapshot(store_url)
    print(f"{kills} kills; {len(partial)} of {N_DOCS} documents stored before the final run")
    assert set(partial) <= set(expected)
    for doc_id, value in partial.items():  # whatever a killed run left is complete, never half a document
        assert value == expected[doc_id], doc_id

    r = _run(_ingest_cmd(corpus, store_url, "--workers", workers))
    assert f"skipped {len(partial)} duplicates" in r.stderr
    assert snapshot(store_url) == expected
