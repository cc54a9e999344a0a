"""`chanye serve`: prints its address, binds 127.0.0.1 by default, answers, refuses a missing store."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from chanye.cli import main


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_prints_address_and_answers(store_url):
    port = _free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "chanye", "serve", "--db", store_url, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == f"Serving chanye on http://127.0.0.1:{port}"
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/regions", timeout=5) as r:
                    assert r.status == 200 and b"rows" in r.read()
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_serve_refuses_a_missing_store(tmp_path, capsys):
    assert main(["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"]) == 1
    assert "chanye serve:" in capsys.readouterr().err


def test_serve_help_defaults(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    assert "127.0.0.1" in out and "8000" in out
