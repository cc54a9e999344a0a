"""`ingest --scheduler`: the same pipeline on a real Dask cluster (`dask scheduler` + `dask worker`
processes on 127.0.0.1) stores exactly what a one-process run stores."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chanye.pipeline import ingest
from chanye.store.testing import snapshot

pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "corpus"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dask_cluster(tmp_path):
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    log = open(tmp_path / "dask.log", "w")
    procs = [
        subprocess.Popen([sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", str(port),
                          "--no-dashboard"], stdout=log, stderr=log, env=env, start_new_session=True),
    ]
    try:
        from distributed import Client

        deadline = time.monotonic() + 60
        client = None
        while client is None:
            try:
                client = Client(address, timeout="2s", set_as_default=False)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "dask", "worker", address, "--nworkers", "2", "--nthreads", "1",
             "--no-dashboard", "--local-directory", str(tmp_path / "dask-worker")],
            stdout=log, stderr=log, env=env, start_new_session=True, cwd=tmp_path))
        client.wait_for_workers(2, timeout=120)
        client.close()
        yield address
    finally:
        for proc in reversed(procs):
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_dask_matches_single_process(tmp_path, dask_cluster, make_corpus):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n_docs=40, seed=5)
    inputs = [corpus, SAMPLES]  # files, plus a JSONL dump and a WARC crawl from the samples
    one = f"sqlite:///{tmp_path / 'one.db'}"
    on_dask = f"sqlite:///{tmp_path / 'dask.db'}"
    a = ingest(inputs, db_url=one, progress=False)
    b = ingest(inputs, db_url=on_dask, scheduler=dask_cluster, progress=False, batch_size=9)
    assert b.workers.startswith("Dask at") and "2 threads" in b.workers
    assert a.ingested == b.ingested and a.facts == b.facts and a.skipped == b.skipped
    assert sorted(a.problems) == sorted(b.problems)
    assert snapshot(one) == snapshot(on_dask)
    rerun = ingest(inputs, db_url=on_dask, scheduler=dask_cluster, progress=False)
    assert rerun.ingested == 0 and rerun.skipped == a.read


def test_cli_scheduler_unreachable(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "chanye", "ingest", str(SAMPLES), "--db", f"sqlite:///{tmp_path / 'x.db'}",
         "--scheduler", f"tcp://127.0.0.1:{_free_port()}"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "CHANYE_DASK_TIMEOUT": "3"},
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "cannot reach the Dask scheduler" in r.stderr
