"""Ingest throughput at 1, 2, ... workers on a generated corpus of real-looking pages; scaling efficiency.

    .venv/bin/python bench/scaling.py [--mb 4] [--workers 1,2] [--seed 1] [--json OUT]

Each point is a real `chanye ingest CORPUS --workers N` into a fresh SQLite store (the whole pipeline:
read, clean, extract, store). speedup(N) = wall(1) / wall(N); efficiency = speedup / N. The 1-minute load
average before each run is recorded: on a shared machine other work steals cores and the numbers say so.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from extract_throughput import corpus_dir  # noqa: E402


def run_point(corpus: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/scaling.db"
        load = os.getloadavg()[0]
        started = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "chanye", "ingest", str(corpus), "--db", db, "--no-progress",
                            "--json", "--workers", str(workers)], capture_output=True, text=True)
        wall = time.perf_counter() - started
        if r.returncode != 0:
            raise SystemExit(f"ingest --workers {workers} failed: {r.stderr[-2000:]}")
        summary = json.loads(r.stdout.strip().splitlines()[-1])
    return {"workers": workers, "wall_s": round(wall, 2), "ingested": summary["ingested"], "facts": summary["facts"],
            "docs_per_s": round(summary["ingested"] / wall, 2), "load_avg_before": round(load, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", default=None, help="comma-separated worker counts (default 1..cores)")
    ap.add_argument("--json", metavar="OUT")
    args = ap.parse_args(argv)
    cores = os.cpu_count() or 1
    counts = [int(x) for x in args.workers.split(",")] if args.workers else list(range(1, cores + 1))
    corpus = corpus_dir(args.mb, args.seed, ("txt", "html"))
    points = [run_point(corpus, n) for n in counts]
    base = next((p for p in points if p["workers"] == 1), points[0])
    for p in points:
        p["speedup"] = round(base["wall_s"] / p["wall_s"], 2) if p["wall_s"] else None
        p["efficiency"] = round(p["speedup"] / p["workers"], 2) if p["speedup"] else None
    same = len({(p["ingested"], p["facts"]) for p in points}) == 1
    result = {"corpus": str(corpus), "cores": cores, "points": points, "identical_results": same}
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
