"""`ingest`: read -> clean -> extract -> store, streamed document by document in bounded batches.

The driver (this process) walks the inputs, hands small tasks to a runner (this process, a local process
pool, or a Dask cluster) with a bounded number in flight, and is the one writer: results come back in
input order and are written in batches of `batch_size`, one transaction each. Single-document files are
read by the workers (reading HTML is as costly as extracting it); JSONL dumps, WARC crawls and stdin are
read here, record by record, and shipped. Content the store already holds is dropped before any cleaning
or extraction (one query per batch), so a rerun costs little more than reading.

Memory is bounded in every mode: at most one read batch, the tasks in flight and one write batch (cut at
`batch_size` documents or WRITE_BATCH_CHARS characters) are held.
A kill at any moment loses at most the uncommitted batch; the next run stores it (and skips the rest).
"""

from __future__ import annotations

import sys
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from chanye import settings
from chanye.pipeline.process import FileJob, ProcessingProblem, Unchanged, describe, process_many
from chanye.pipeline.runners import DaskRunner, TaskFailed, make_runner
from chanye.records import ProcessedDocument, SourceDocument, SourceProblem
from chanye.store.database import open_store
from chanye.store.reading import known_hashes, stored_by_doc_id
from chanye.store.writer import BatchResult, write_batch

TASK_SIZE = 4  # documents per task sent to a worker
WRITE_BATCH_CHARS = 16_000_000  # a write batch is also cut when its texts reach this many characters
RECENT_HASHES = 100_000  # content hashes of this run remembered to skip in-run duplicates before extraction


@dataclass(slots=True)
class IngestSummary:
    read: int = 0  # documents read (excluding unreadable items)
    ingested: int = 0  # documents stored
    skipped: int = 0  # documents whose content was already stored (or seen earlier in this run)
    replaced: int = 0  # stored documents that replaced an older version of the same document
    facts: int = 0  # facts stored
    problems: list[str] = field(default_factory=list)  # one line per item that could not be read or processed
    warnings: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    workers: str = "1 process"

    @property
    def docs_per_s(self) -> float:
        return (self.ingested + self.skipped) / self.elapsed if self.elapsed > 0 else 0.0

    def line(self) -> str:
        parts = [f"ingested {self.ingested}"]
        if self.replaced:
            parts.append(f"replaced {self.replaced}")
        parts += [
            f"skipped {self.skipped} duplicates",
            f"{len(self.problems)} problems",
            f"{self.facts} facts",
            f"{self.elapsed:.1f} s",
            f"{self.docs_per_s:.1f} docs/s",
        ]
        return ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "ingested": self.ingested,
            "skipped": self.skipped,
            "replaced": self.replaced,
            "facts": self.facts,
            "problems": list(self.problems),
            "warnings": list(self.warnings),
            "elapsed": round(self.elapsed, 3),
            "docs_per_s": round(self.docs_per_s, 2),
        }


class _Progress:
    """tqdm on stderr (documents, documents per second) when wanted; messages go around the bar."""

    def __init__(self, progress: bool | str, stream: IO[str]):
        self.stream = stream
        show = progress == "always" or (bool(progress) and _isatty(stream))
        self.bar = None
        if show:
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", file=stream, dynamic_ncols=True, smoothing=0.1, desc="ingest")

    def update(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except Exception:
        return False


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(
    paths: Iterable[str],
    *,
    db_url: str,
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = settings.BATCH_SIZE,
    progress: bool | str = True,
    stdin: IO[bytes] | None = None,
    echo: bool = False,
    on_problem: Callable[[str], None] | None = None,
    stream: IO[str] | None = None,
) -> IngestSummary:
    """Ingest `paths` (files, directories, "-" for stdin) into the store at `db_url`.

    progress: True shows a bar on stderr when it is a terminal, "always" shows it anyway, False never.
    echo: print each problem and warning, one line each, to `stream` (stderr) as it happens.
    on_problem: also called with each such line. Either way they are collected in the summary.
    """
    batch_size = max(1, int(batch_size))
    stream = stream if stream is not None else sys.stderr
    started = time.perf_counter()
    summary = IngestSummary()
    engine = open_store(db_url)
    bar = _Progress(progress, stream)

    def report(line: str, *, warning: bool = False) -> None:
        (summary.warnings if warning else summary.problems).append(line)
        if echo:
            bar.write(("warning: " if warning else "") + line)
        if on_problem is not None:
            on_problem(line)

    recent: OrderedDict[str, None] = OrderedDict()

    def remember(content_hash: str) -> None:
        recent[content_hash] = None
        if len(recent) > RECENT_HASHES:
            recent.popitem(last=False)

    runner = make_runner(workers, scheduler)
    # Dask workers may not see this machine's files: there the driver reads every file and ships documents.
    read_files_here = isinstance(runner, DaskRunner)

    def tasks() -> Iterator[list[SourceDocument | FileJob]]:
        """Batch by batch: drop what the store holds (documents by hash, files by their stored hash) and
        what this run already saw; cut what is left into tasks."""
        for chunk in _chunks(_work_items(paths, stdin, read_files_here), batch_size):
            hashes = known_hashes(engine, {x.content_hash for x in chunk if isinstance(x, SourceDocument)})
            by_id = stored_by_doc_id(engine, {x.target.doc_id for x in chunk if isinstance(x, FileJob)})
            todo: list[SourceDocument | FileJob] = []
            for item in chunk:
                if isinstance(item, SourceProblem):
                    report(item.message())
                elif isinstance(item, FileJob):
                    stored = by_id.get(item.target.doc_id)
                    todo.append(FileJob(item.target, stored[1] if stored and stored[0] == item.origin else None))
                else:
                    if item.content_hash in hashes or item.content_hash in recent:
                        summary.read += 1
                        summary.skipped += 1
                        bar.update(1)
                    else:
                        remember(item.content_hash)
                        todo.append(item)
            yield from _chunks(todo, TASK_SIZE)

    pending: list[ProcessedDocument] = []
    pending_chars = 0

    def flush() -> None:
        nonlocal pending_chars
        if pending:
            _write(engine, pending, summary, report)
            pending.clear()
            pending_chars = 0

    try:
        with runner:
            summary.workers = runner.label
            for task, results in _zip_tasks(runner, tasks()):
                if isinstance(results, TaskFailed):
                    for item in task:
                        report(f"{item.origin}: {results.reason}")
                        bar.update(1)
                    continue
                for done in results:
                    if isinstance(done, ProcessedDocument):
                        summary.read += 1
                        pending.append(done)
                        pending_chars += len(done.source.raw) + len(done.clean.text)
                    elif isinstance(done, Unchanged):
                        summary.read += 1
                        summary.skipped += 1
                    else:
                        if isinstance(done, ProcessingProblem):
                            summary.read += 1
                        report(done.message())
                    bar.update(1)
                if len(pending) >= batch_size or pending_chars >= WRITE_BATCH_CHARS:
                    flush()
            flush()
    finally:
        bar.close()
        summary.elapsed = time.perf_counter() - started
        engine.dispose()
    return summary


def _zip_tasks(runner, tasks: Iterator[list]):
    """(task, result) pairs in order; the runner sees only the task, the driver keeps it for messages."""
    kept: deque[list] = deque()

    def feed():
        for task in tasks:
            kept.append(task)
            yield task

    for result in runner.map_ordered(process_many, feed()):
        yield kept.popleft(), result


def _work_items(paths, stdin, read_files_here: bool) -> Iterator[SourceDocument | SourceProblem | FileJob]:
    """What to do, in input order: single-document files become FileJobs (read by the worker) unless
    `read_files_here`; containers (JSONL, WARC), pipes and stdin are read here, item by item."""
    from chanye.sources.discover import discover
    from chanye.sources.reader import read_target

    try:
        for target in discover(list(paths)):
            if isinstance(target, SourceProblem):
                yield target
            elif read_files_here or target.stream or target.kind in ("jsonl", "warc", "stdin"):
                yield from read_target(target, stdin)
            else:
                yield FileJob(target)
    except Exception as exc:  # a reader bug must not become a traceback
        yield SourceProblem(origin="<input>", reason=f"reading stopped ({describe(exc)})")


def _write(engine, items: list[ProcessedDocument], summary: IngestSummary, report) -> None:
    try:
        result = write_batch(engine, items)
    except Exception as batch_exc:
        # Find the document the store refuses; store the others one by one.
        result = BatchResult()
        failures = 0
        for item in items:
            try:
                result.merge(write_batch(engine, [item]))
            except Exception as exc:
                failures += 1
                report(f"{item.source.origin}: could not store ({describe(exc)})")
        if failures == len(items) and len(items) > 1:
            raise RuntimeError(f"the store refuses every write ({describe(batch_exc)})") from batch_exc
    summary.ingested += len(result.stored)
    summary.replaced += len(result.replaced)
    summary.skipped += len(result.skipped)
    summary.facts += result.facts
    for warning in result.warnings:
        report(warning, warning=True)
