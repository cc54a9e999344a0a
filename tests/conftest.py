"""Fixtures shared by every test area."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chanye.store.testing import store_url_fixture

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEV_DOCS = SHARED / "corpus" / "dev" / "docs"
DEV_GOLD = SHARED / "corpus" / "dev" / "gold"
SAMPLES = REPO / "samples" / "corpus"
BENCH = REPO / "bench"

# A store URL per test, on SQLite and (when CHANYE_TEST_PG_URL is set) on PostgreSQL.
store_url = store_url_fixture()


@pytest.fixture(scope="session")
def make_corpus():
    """bench/corpus.py's generator of real-looking corpora."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    from corpus import make_corpus

    return make_corpus


@pytest.fixture(scope="session")
def dev_docs() -> Path:
    if not DEV_DOCS.is_dir():
        pytest.skip("../shared/corpus/dev is not beside the checkout")
    return DEV_DOCS


@pytest.fixture(scope="session")
def dev_gold() -> Path:
    if not DEV_GOLD.is_dir():
        pytest.skip("../shared/corpus/dev is not beside the checkout")
    return DEV_GOLD
