"""Where `process_many` runs: in the driver, in a local process pool, or on a Dask cluster.

Each runner's `map_ordered(fn, tasks)` yields `fn(task)` for every task, in task order, while keeping
at most `window` tasks in flight: the input is pulled lazily, so memory stays bounded whatever the corpus
size, and the results reach the single writer (the driver) in exactly the order a one-process run sees
them, which makes every mode store the same thing.

A task whose worker dies (a killed pool process, a Dask KilledWorker) yields `TaskFailed` instead of a
result, and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from chanye.pipeline.process import describe


@dataclass(slots=True)
class TaskFailed:
    """The task could not run at all (its worker died); `reason` is one line."""

    reason: str


class SchedulerError(RuntimeError):
    """The Dask scheduler given by --scheduler cannot be reached."""


class SerialRunner:
    """Runs every task in this process."""

    workers = 1
    label = "1 process"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def map_ordered(self, fn: Callable, tasks: Iterable) -> Iterator[Any]:
        for task in tasks:
            yield fn(task)


class _WindowRunner:
    """Shared bounded, ordered submission over something that returns futures."""

    window: int

    def _submit(self, fn: Callable, task) -> Any:  # returns a future
        raise NotImplementedError

    def _result(self, future) -> Any:
        raise NotImplementedError

    def map_ordered(self, fn: Callable, tasks: Iterable) -> Iterator[Any]:
        pending: deque = deque()
        for task in tasks:
            pending.append(self._submit(fn, task))
            if len(pending) >= self.window:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())


def _pool_context():
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # The server imports the stages once; every worker forks from it warm, without the driver's
        # threads, open database connections or progress bar.
        ctx.set_forkserver_preload(["chanye.pipeline.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


class PoolRunner(_WindowRunner):
    """A local pool of `workers` processes."""

    def __init__(self, workers: int, window: int | None = None):
        self.workers = workers
        self.window = window or workers * 4
        self.label = f"{workers} processes"
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self):
        return self  # the pool starts with the first task: a rerun with nothing new starts no processes

    def __exit__(self, exc_type, *exc):
        if self._pool is not None:
            self._pool.shutdown(wait=exc_type is None, cancel_futures=True)
        return False

    def _submit(self, fn, task):
        if self._pool is None:
            self._restart()
        try:
            return self._pool.submit(fn, task)
        except BrokenProcessPool:
            self._restart()
            return self._pool.submit(fn, task)

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_pool_context())

    def _result(self, future: Future):
        try:
            return future.result()
        except BrokenProcessPool as exc:
            # A worker died (killed, out of memory). Every task in flight is lost with it; they each
            # report the failure and later tasks go to a fresh pool.
            if self._pool is not None and getattr(self._pool, "_broken", False):
                self._restart()
            return TaskFailed(f"worker process died ({describe(exc)})")


class DaskRunner(_WindowRunner):
    """An existing Dask cluster (`dask scheduler` + `dask worker`), through distributed.Client."""

    def __init__(self, address: str, window: int | None = None):
        self.address = address
        self._window = window
        self._client = None
        self.workers = 1
        self.window = window or 8
        self.label = f"Dask at {address}"

    def __enter__(self):
        from distributed import Client

        timeout = os.environ.get("CHANYE_DASK_TIMEOUT", "30")
        try:
            self._client = Client(self.address, timeout=f"{timeout}s", set_as_default=False)
        except Exception as exc:  # OSError (timeout, refused), ValueError (bad address)
            raise SchedulerError(f"cannot reach the Dask scheduler at {self.address} ({describe(exc)})") from exc
        threads = sum(self._client.nthreads().values()) or 1
        self.workers = threads
        self.window = self._window or max(8, threads * 4)
        self.label = f"Dask at {self.address} ({threads} threads)"
        return self

    def __exit__(self, *exc):
        if self._client is not None:
            self._client.close()
        return False

    def _submit(self, fn, task):
        return self._client.submit(fn, task, pure=False)

    def _result(self, future):
        try:
            return future.result()
        except Exception as exc:  # KilledWorker, CommClosedError, ...
            return TaskFailed(f"Dask task failed ({describe(exc)})")
        finally:
            future.release()


def make_runner(workers: int = 1, scheduler: str | None = None):
    if scheduler:
        return DaskRunner(scheduler)
    if workers is None or workers <= 0:
        workers = os.cpu_count() or 1
    if workers == 1:
        return SerialRunner()
    return PoolRunner(workers)
