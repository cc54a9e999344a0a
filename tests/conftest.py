"""Fixtures shared by every test area."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEV_DOCS = SHARED / "corpus" / "dev" / "docs"
DEV_GOLD = SHARED / "corpus" / "dev" / "gold"
SAMPLES = REPO / "samples" / "corpus"


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
