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
    for _ in range(KILLS):
        proc = subprocess.Popen(_ingest_cmd(corpus, store_url, "--workers", workers), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.1, 1.0) * clean_time)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the driver and its pool workers, without warning
            kills += 1
        proc.wait()
    assert kills >= 1, "every run finished before its kill; raise CHANYE_CRASH_DOCS"
    partial = snapshot(store_url)
    assert set(partial) <= set(expected)
    for doc_id, value in partial.items():  # whatever a killed run left is complete, never half a document
        assert value == expected[doc_id], doc_id

    r = _run(_ingest_cmd(corpus, store_url, "--workers", workers))
    assert f"skipped {len(partial)} duplicates" in r.stderr
    assert snapshot(store_url) == expected
