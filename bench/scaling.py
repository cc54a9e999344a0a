"""Ingest throughput at 1, 2, ... workers on a generated corpus of real-looking pages; scaling efficiency.

    .venv/bin/python bench/scaling.py [--mb 4] [--workers 1,2] [--seed 1] [--json OUT]

Each point is a real `chanye ingest CORPUS --workers N` into a fresh SQLite store (the whole pipeline:
read, clean, extract, store). speedup(N) = wall(1) / wall(N); efficiency = speedup / N. Each point is run --repeat times and the fastest
counts; the 1-minute load average before it is recorded: on a shared machine other work steals cores.
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


def _tree_cpu(proc, seen: dict[int, float]) -> None:
    """Record the CPU seconds of the driver and every descendant (pool workers, fork server)."""
    import psutil

    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return
    for p in procs:
        try:
            t = p.cpu_times()
            seen[p.pid] = t.user + t.system  # not children_*: reaped workers would count twice
        except psutil.Error:
            pass


def run_point(corpus: Path, workers: int) -> dict:
    import psutil

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/scaling.db"
        load = os.getloadavg()[0]
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "chanye", "ingest", str(corpus), "--db", db, "--no-progress",
                                 "--json", "--workers", str(workers)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        ps = psutil.Process(proc.pid)
        seen: dict[int, float] = {}
        while proc.poll() is None:
            _tree_cpu(ps, seen)
            driver_cpu = seen.get(proc.pid, 0.0)
            time.sleep(0.25)
        out, err = proc.communicate()
        wall = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"ingest --workers {workers} failed: {err[-2000:]}")
        summary = json.loads(out.strip().splitlines()[-1])
    total_cpu = sum(seen.values())
    # On idle cores the wall time is at least: the driver's CPU, each worker's share, and the whole tree's CPU
    # spread over the machine's cores (driver and workers share them).
    cores = os.cpu_count() or 1
    bound = max(driver_cpu, (total_cpu - driver_cpu) / workers, total_cpu / cores) if workers > 1 else total_cpu
    return {"workers": workers, "wall_s": round(wall, 2), "ingested": summary["ingested"], "facts": summary["facts"],
            "docs_per_s": round(summary["ingested"] / wall, 2), "load_avg_before": round(load, 2),
            "cpu_s_total": round(total_cpu, 2), "cpu_s_driver": round(driver_cpu, 2), "idle_cores_wall_s": round(bound, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", default=None, help="comma-separated worker counts (default 1..cores)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per point; the fastest counts (default 2)")
    ap.add_argument("--json", metavar="OUT")
    args = ap.parse_args(argv)
    cores = os.cpu_count() or 1
    counts = [int(x) for x in args.workers.split(",")] if args.workers else list(range(1, cores + 1))
    corpus = corpus_dir(args.mb, args.seed, ("txt", "html"))
    points = []
    for n in counts:
        runs = [run_point(corpus, n) for _ in range(max(1, args.repeat))]
        best = min(runs, key=lambda p: p["wall_s"])
        best["all_wall_s"] = [p["wall_s"] for p in runs]
        points.append(best)
    base = next((p for p in points if p["workers"] == 1), points[0])
    for p in points:
        p["speedup"] = round(base["wall_s"] / p["wall_s"], 2) if p["wall_s"] else None
        p["efficiency"] = round(p["speedup"] / p["workers"], 2) if p["speedup"] else None
        # From CPU seconds, which other work on the machine does not inflate: the speedup N idle cores would give.
        p["cpu_bound_speedup"] = round(base["cpu_s_total"] / p["idle_cores_wall_s"], 2) if p["idle_cores_wall_s"] else None
    same = len({(p["ingested"], p["facts"]) for p in points}) == 1
    result = {"corpus": str(corpus), "cores": cores, "points": points, "identical_results": same}
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
