"""The app and the analyse calls give the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

from urllib.parse import quote

import storekit
from chanye.store.testing import store_url_fixture

store_url_any = store_url_fixture()


def test_same_answers_on_each_backend(store_url_any):
    from fastapi.testclient import TestClient

    from chanye.serve.app import create_app

    storekit.fill(store_url_any)
    app = create_app(store_url_any)
    with TestClient(app) as c:
        regions = c.get("/api/regions").json()["rows"]
        assert regions[0]["name"] == storekit.YZ and len(regions) == 4
        facts = c.get("/api/facts", params={"region": storekit.YZ, "year": 2024, "status": "actual"}).json()
        assert facts["count"] == 4
        targets = c.get("/api/targets").json()["rows"]
        assert sorted(r["status"] for r in targets) == sorted(
            ["met", "missed", "on track", "on track", "on track", "behind", "no data"]
        )
        pairs = c.get("/api/compare").json()["pairs"]
        assert {pairs[0]["a"], pairs[0]["b"]} == {storekit.YZ, storekit.NT}
        found = c.get("/api/search", params={"q": "集成电路"}).json()
        assert len(found["documents"]) == 3
        assert len(c.get("/search", params={"q": "6.0%", "_format": "json"}).json()["documents"]) == 1
        for path in ["/", f"/regions/{quote(storekit.YZ)}", "/documents/yz_2025_report", "/targets", "/compare",
                     "/documents/yz_2025_report/original?start=1&end=9"]:
            assert c.get(path).status_code == 200, path
    app.state.engine.dispose()
