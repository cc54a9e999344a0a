"""`make bench`: extraction throughput vs OpenCC t2s, peak memory, and worker scaling -> bench/RESULTS.md.

    .venv/bin/python bench/run.py [--mb 20] [--scaling-mb 4] [--workers 1,2] [--render-only]

Raw results go to bench/out/throughput.json and bench/out/scaling.json; --render-only rewrites
RESULTS.md from them without measuring again.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def _run(script: str, *args: str) -> None:
    subprocess.run([sys.executable, str(HERE / script), *args], check=True, stdout=subprocess.DEVNULL)


def render(throughput: dict | None, scaling: dict | None) -> str:
    lines = ["# Benchmarks", "",
             f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()} "
             f"({os.cpu_count()} cores), Python {platform.python_version()}, by `make bench` (bench/run.py).", ""]
    if throughput:
        t = throughput["throughput"]
        lines += [
            "## Extraction throughput (one process) vs OpenCC t2s",
            "",
            f"Corpus: {t['docs']} generated documents, {t['text_mb']} MB of document text "
            f"({throughput['corpus_mb_on_disk']} MB on disk: txt, html, jsonl). Load average at start: {t['load_avg_1min_at_start']}.",
            "",
            "| pass | MB/s per core (CPU time) | MB/s (wall) |",
            "| --- | ---: | ---: |",
            f"| OpenCC t2s alone | {t['mb_per_cpu_s']['t2s']} | {t['mb_per_wall_s']['t2s']} |",
            f"| clean + extract | {t['mb_per_cpu_s']['clean+extract']} | {t['mb_per_wall_s']['clean+extract']} |",
            f"| read + clean + extract (end to end) | {t['mb_per_cpu_s']['read+clean+extract']} | {t['mb_per_wall_s']['read+clean+extract']} |",
            "",
            f"Extraction / t2s speed: **{t['extract_vs_t2s']}** (clean + extract), **{t['end_to_end_vs_t2s']}** end to end "
            f"(target ≥ 0.1). Facts found: {t['facts']}.",
            "",
            f"Peak memory (max RSS) of the measuring process: {t['peak_rss_mb']} MB.",
        ]
        if "ingest" in throughput:
            i = throughput["ingest"]
            lines += [
                f"Peak memory of a real `chanye ingest --workers {i['workers']}` of the same corpus into SQLite, sampled: "
                f"**{i['peak_rss_mb']} MB** for the largest process, {i.get('peak_rss_all_processes_mb', '?')} MB for all of them together "
                f"(target < 500 MB); {i['ingested']} documents, {i['facts']} facts, {i['wall_s']} s wall "
                f"(load average {i.get('load_avg_1min_at_start', '?')}).",
            ]
        lines.append("")
    if scaling:
        lines += [
            "## Worker scaling (`chanye ingest --workers N`, whole pipeline into SQLite)",
            "",
            f"Corpus: {scaling['corpus'].rsplit('/', 1)[-1]}; identical stored counts at every N: {scaling['identical_results']}.",
            "",
            "| workers | wall s (best) | docs/s | wall speedup | efficiency | load avg before | CPU s (all processes) | CPU s (driver) | speedup on idle cores (from CPU s) |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for p in scaling["points"]:
            lines.append(f"| {p['workers']} | {p['wall_s']} | {p['docs_per_s']} | {p['speedup']} | {p['efficiency']} | {p['load_avg_before']} "
                         f"| {p.get('cpu_s_total')} | {p.get('cpu_s_driver')} | {p.get('cpu_bound_speedup')} |")
        lines += [
            "",
            "Target: 2 workers on a 2-core machine ≥ 1.5× one worker. The wall-clock speedup is only meaningful on an",
            "otherwise idle machine (load average well under the core count). The last column is computed from CPU",
            "seconds, which other work does not inflate: total CPU of the one-worker run divided by the least wall time",
            "N workers could take on idle cores (the larger of the driver's CPU, one worker's share, and all CPU over",
            "the cores).",
            "",
        ]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", default="20", help="throughput corpus size in MB (default 20)")
    ap.add_argument("--scaling-mb", default="4", help="scaling corpus size in MB (default 4)")
    ap.add_argument("--workers", default=None, help="worker counts for scaling (default 1..cores)")
    ap.add_argument("--render-only", action="store_true")
    ap.add_argument("--notes", default=None, help="a file whose text is appended to RESULTS.md")
    ap.add_argument("--ingest-workers", default="2", help="workers for the memory-measuring ingest run (default 2)")
    args = ap.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    tp, sc = OUT / "throughput.json", OUT / "scaling.json"
    if not args.render_only:
        _run("extract_throughput.py", "--mb", args.mb, "--workers", args.ingest_workers, "--json", str(tp))
        _run("scaling.py", "--mb", args.scaling_mb, "--json", str(sc), *(["--workers", args.workers] if args.workers else []))
    text = render(json.loads(tp.read_text()) if tp.exists() else None, json.loads(sc.read_text()) if sc.exists() else None)
    if args.notes:
        text += "\n" + Path(args.notes).read_text()
    (HERE / "RESULTS.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
