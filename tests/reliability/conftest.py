"""Reliability tests: stores on both backends, and generated corpora (bench/corpus.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chanye.store.testing import store_url_fixture

store_url = store_url_fixture()

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="session")
def make_corpus():
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    from corpus import make_corpus

    return make_corpus
