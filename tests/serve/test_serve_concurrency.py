"""Many requests at once against the live server: every one answered (the thread pool shares the engine)."""

from __future__ import annotations

import threading
import urllib.request
from urllib.parse import quote

import storekit


def test_concurrent_requests(live_server, app):
    from sqlalchemy.pool import QueuePool

    assert isinstance(app.state.engine.pool, QueuePool)  # connections usable from any worker thread
    paths = ["/", "/targets", "/compare", "/api/facts", f"/regions/{quote(storekit.YZ)}", "/documents/yz_2025_report", "/api/targets"]
    statuses: list[int] = []
    errors: list[str] = []

    def worker(i: int) -> None:
        for j in range(8):
            path = paths[(i + j) % len(paths)]
            try:
                with urllib.request.urlopen(live_server + path, timeout=60) as r:
                    r.read()
                    statuses.append(r.status)
            except Exception as exc:  # noqa: BLE001 - collected and reported
                errors.append(f"{path}: {exc!r}")

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert statuses == [200] * (24 * 8)
