"""Store tests run on SQLite and, where CHANYE_TEST_PG_URL names a server, on PostgreSQL."""

from chanye.store.testing import store_url_fixture

store_url = store_url_fixture()
