"""End-to-end extraction throughput per core, beside a bare OpenCC t2s pass over the same text, and memory.

    .venv/bin/python bench/extract_throughput.py [--mb 20] [--seed 0] [--json OUT]

Over one generated corpus (bench/generate_corpus.py: txt, html and jsonl pages), in this one process:
every document is read (decode, HTML main text), cleaned and extracted, and the same document text is
also put through a bare OpenCC t2s conversion. Sizes are UTF-8 megabytes of document text
(SourceDocument.text). Both wall and CPU time are recorded: on a shared machine CPU seconds are the
steadier measure of per-core speed. Peak memory is this process's maximum resident set
(getrusage), then that of a real `chanye ingest` of the whole corpus into a fresh SQLite store (sampled).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MB = 1024 * 1024


def corpus_dir(mb: float, seed: int, formats=("txt", "html", "jsonl")) -> Path:
    """A cached generated corpus under bench/out/."""
    from generate_corpus import generate

    out = HERE / "out" / f"corpus-{mb:g}mb-s{seed}-{'-'.join(formats)}"
    done = out / ".complete"
    if not done.exists():
        out.mkdir(parents=True, exist_ok=True)
        generate(out, mb, seed, formats)
        done.write_text("ok")
    return out


def _timer():
    return time.perf_counter(), time.process_time()


def _since(start):
    w, c = start
    return time.perf_counter() - w, time.process_time() - c


def measure(corpus: Path) -> dict:
    import opencc

    from chanye.pipeline.process import process_source
    from chanye.sources.reader import iter_sources

    t2s = opencc.OpenCC("t2s")
    process_source_warm = process_source  # the first document pays for loading the stages' data
    totals = {"docs": 0, "problems": 0, "text_mb": 0.0, "facts": 0}
    wall = {"read": 0.0, "extract": 0.0, "t2s": 0.0}
    cpu = {"read": 0.0, "extract": 0.0, "t2s": 0.0}
    load_start = os.getloadavg()[0]
    started = _timer()
    items = iter(iter_sources([corpus]))
    while True:
        t = _timer()
        item = next(items, None)
        w, c = _since(t)
        wall["read"] += w
        cpu["read"] += c
        if item is None:
            break
        if not hasattr(item, "text"):
            totals["problems"] += 1
            continue
        if totals["docs"] == 0:
            process_source_warm(item)
        size = len(item.text.encode("utf-8")) / MB
        t = _timer()
        done = process_source(item)
        w, c = _since(t)
        wall["extract"] += w
        cpu["extract"] += c
        t = _timer()
        t2s.convert(item.text)
        w, c = _since(t)
        wall["t2s"] += w
        cpu["t2s"] += c
        totals["docs"] += 1
        totals["text_mb"] += size
        totals["facts"] += len(done.result.facts)
    total_wall, total_cpu = _since(started)
    mb = totals["text_mb"]

    def rate(x):
        return round(mb / x, 3) if x > 0 else None

    return {
        **totals,
        "text_mb": round(mb, 2),
        "wall_s": {k: round(v, 2) for k, v in wall.items()},
        "cpu_s": {k: round(v, 2) for k, v in cpu.items()},
        "mb_per_cpu_s": {
            "t2s": rate(cpu["t2s"]),
            "clean+extract": rate(cpu["extract"]),
            "read+clean+extract": rate(cpu["read"] + cpu["extract"]),
        },
        "mb_per_wall_s": {
            "t2s": rate(wall["t2s"]),
            "clean+extract": rate(wall["extract"]),
            "read+clean+extract": rate(wall["read"] + wall["extract"]),
        },
        "extract_vs_t2s": round(cpu["t2s"] / cpu["extract"], 4) if cpu["extract"] else None,
        "end_to_end_vs_t2s": round(cpu["t2s"] / (cpu["read"] + cpu["extract"]), 4) if cpu["extract"] else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "total_wall_s": round(total_wall, 1),
        "total_cpu_s": round(total_cpu, 1),
        "load_avg_1min_at_start": round(load_start, 2),
    }


def ingest_peak(corpus: Path, workers: int = 1) -> dict:
    """A real `chanye ingest` into a fresh SQLite store: wall time and the peak resident memory, sampled every
    0.1 s over the driver and every worker (the largest single process, and the sum over all of them)."""
    import psutil

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        cmd = [sys.executable, "-m", "chanye", "ingest", str(corpus), "--db", db, "--no-progress", "--json",
               "--workers", str(workers)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        root = psutil.Process(proc.pid)
        peak_one = peak_sum = 0
        while proc.poll() is None:
            try:
                rss = [p.memory_info().rss for p in (root, *root.children(recursive=True))]
            except psutil.Error:
                rss = []
            if rss:
                peak_one, peak_sum = max(peak_one, max(rss)), max(peak_sum, sum(rss))
            time.sleep(0.1)
        out, err = proc.communicate()
        wall = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"ingest failed: {err[-2000:]}")
        summary = json.loads(out.strip().splitlines()[-1])
    return {
        "workers": workers,
        "ingested": summary["ingested"],
        "facts": summary["facts"],
        "wall_s": round(wall, 1),
        "docs_per_s": summary["docs_per_s"],
        "peak_rss_mb": round(peak_one / MB, 1),
        "peak_rss_all_processes_mb": round(peak_sum / MB, 1),
        "load_avg_1min_at_start": round(os.getloadavg()[0], 2),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-ingest", action="store_true", help="skip the real ingest run (peak memory of ingest)")
    ap.add_argument("--ingest-only", action="store_true", help="only the real ingest run; updates the JSON file's 'ingest'")
    ap.add_argument("--workers", type=int, default=1, help="workers for the real ingest run (default 1)")
    ap.add_argument("--json", metavar="OUT", help="write the results as JSON here")
    args = ap.parse_args(argv)
    corpus = corpus_dir(args.mb, args.seed)
    if args.ingest_only:
        result = json.loads(Path(args.json).read_text()) if args.json and Path(args.json).exists() else {}
        result["ingest"] = ingest_peak(corpus, args.workers)
        _emit(result, args.json)
        return 0
    result = {"corpus": str(corpus), "corpus_mb_on_disk": round(sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / MB, 2),
              "cores": os.cpu_count()}
    result["throughput"] = measure(corpus)
    if not args.no_ingest:
        result["ingest"] = ingest_peak(corpus, args.workers)
    _emit(result, args.json)
    return 0


def _emit(result: dict, path: str | None) -> None:
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if path:
        Path(path).write_text(text)


if __name__ == "__main__":
    raise SystemExit(main())
