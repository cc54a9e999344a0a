"""Store tests run on SQLite and, where CHANYE_TEST_PG_URL names a server, on PostgreSQL."""

from __future__ import annotations

import pytest

from chanye.store.testing import pg_test_url, temporary_store


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    if request.param == "postgresql" and not pg_test_url():
        pytest.skip("CHANYE_TEST_PG_URL is not set (no PostgreSQL server)")
    with temporary_store(request.param, tmp_path) as url:
        yield url
