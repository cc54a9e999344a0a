"""`chanye export`: CSV, Parquet and JSON Lines round-trips against the store."""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "serve"))

import storekit  # noqa: E402

from chanye.analyse import export as E  # noqa: E402
from chanye.cli import main  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    url = storekit.build_store(tmp_path_factory.mktemp("exp") / "s.db")
    from chanye.analyse.queries import open_engine

    engine = open_engine(url)
    truth = {name: list(E.iter_rows(engine, name)) for name in E.TABLES}
    return url, truth


def _same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-12)
    return a == b


def test_iter_rows_batches_cover_everything(store):
    url, truth = store
    from chanye.analyse.queries import open_engine

    engine = open_engine(url)
    assert [r["id"] for r in E.iter_rows(engine, "facts", batch=3)] == [r["id"] for r in truth["facts"]]
    assert len(truth["facts"]) == sum(len(d.facts) for d in storekit.corpus())
    assert all(r["doc_id"] for r in truth["facts"])


def test_csv_round_trip(store, tmp_path, capsys):
    url, truth = store
    out = tmp_path / "csv"
    assert main(["export", "--db", url, "--format", "csv", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["documents.csv", "facts.csv", "frameworks.csv", "industries.csv"]
    assert "16 facts" in capsys.readouterr().err
    for name, rows in truth.items():
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            got = list(csv.DictReader(fh))
        assert len(got) == len(rows)
        assert list(got[0]) == E.columns(name)
        json_cols = E._json_columns(name)
        for g, t in zip(got, rows):
            for col in E.columns(name):
                v = t[col]
                if v is None:
                    assert g[col] == ""
                elif col in json_cols:
                    assert json.loads(g[col]) == v
                elif isinstance(v, bool):
                    assert g[col] == str(v)
                elif isinstance(v, (int, float)):
                    assert _same(float(g[col]), v)
                else:
                    assert g[col] == str(v)


def test_parquet_round_trip(store, tmp_path):
    import pyarrow.parquet as pq

    url, truth = store
    out = tmp_path / "pq"
    assert main(["export", "--db", url, "--format", "parquet", "--out", str(out)]) == 0
    facts = pq.read_table(out / "facts.parquet")
    assert str(facts.schema.field("value").type) == "double"
    assert str(facts.schema.field("clean_start").type) == "int64"
    for name, rows in truth.items():
        got = pq.read_table(out / f"{name}.parquet").to_pylist()
        assert len(got) == len(rows)
        json_cols = E._json_columns(name)
        for g, t in zip(got, rows):
            assert list(g) == E.columns(name)
            for col, v in t.items():
                if col in json_cols:
                    assert (None if g[col] is None else json.loads(g[col])) == v
                else:
                    assert _same(g[col], v) or g[col] == v, (name, col)


def test_jsonl_round_trip(store, tmp_path):
    url, truth = store
    out = tmp_path / "all.jsonl"
    assert main(["export", "--db", url, "--format", "jsonl", "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for name, rows in truth.items():
        got = [{k: v for k, v in x.items() if k != "table"} for x in lines if x["table"] == name]
        assert got == rows
    assert len(lines) == sum(len(r) for r in truth.values())


def test_jsonl_to_stdout_and_table_choice(store, capsys):
    url, truth = store
    assert main(["export", "--db", url, "--format", "jsonl", "--out", "-", "--tables", "frameworks"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(lines) == len(truth["frameworks"]) and lines[0]["table"] == "frameworks"
    assert lines[0]["parts"][0]["count"] == 6


def test_errors(store, tmp_path, capsys):
    url, _ = store
    assert main(["export", "--db", url, "--format", "csv", "--out", str(tmp_path / "x"), "--tables", "nope"]) == 2
    assert main(["export", "--db", f"sqlite:///{tmp_path / 'missing.db'}", "--format", "csv", "--out", str(tmp_path / "y")]) == 1
    assert "chanye export:" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--db", url, "--format", "xml", "--out", str(tmp_path / "z")])


from chanye.store.testing import store_url_fixture  # noqa: E402

store_url_any = store_url_fixture()


def test_export_on_each_backend(store_url_any, tmp_path, store):
    _, truth = store
    storekit.fill(store_url_any)
    out = tmp_path / "x.jsonl"
    assert main(["export", "--db", store_url_any, "--format", "jsonl", "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    drop = {"table", "id", "document_id", "ingested_at"}
    for name, rows in truth.items():
        got = [{k: v for k, v in x.items() if k not in drop} for x in lines if x["table"] == name]
        want = [{k: v for k, v in r.items() if k not in drop} for r in rows]
        assert got == want, name
    assert main(["export", "--db", store_url_any, "--format", "parquet", "--out", str(tmp_path / "pq")]) == 0
