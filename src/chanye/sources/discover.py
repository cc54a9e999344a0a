"""Paths -> what to read: files (by kind), directory trees in a stable order, stdin."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chanye.records import SourceProblem
from chanye.sources.common import os_reason, problem

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
WARC_SUFFIXES = {".warc", ".arc"}

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Target:
    """One thing to read."""

    origin: str  # how messages name it: the path as given (joined under a directory), or "<stdin>"
    kind: str  # "text" | "html" | "auto" (sniff the bytes) | "json" | "jsonl" | "warc" | "stdin"
    path: Path | None = None
    gzipped: bool = False
    stream: bool = False  # a pipe or device given by name: no size to check up front

    @property
    def doc_id(self) -> str:
        """The file name without its extension(s): "常州 新闻.html.gz" -> "常州 新闻"."""
        if self.path is None:
            return "stdin"
        name = self.path.name
        if name.lower().endswith(".gz"):
            name = name[:-3]
        name = os.path.splitext(name)[0]
        return name or self.path.name


def kind_of(name: str) -> tuple[str, bool]:
    """File name -> (kind, gzipped)."""
    lower = name.lower()
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    suffix = os.path.splitext(lower)[1]
    if suffix in TEXT_SUFFIXES:
        return "text", gzipped
    if suffix in HTML_SUFFIXES:
        return "html", gzipped
    if suffix in JSONL_SUFFIXES:
        return "jsonl", gzipped
    if suffix in JSON_SUFFIXES:
        return "json", gzipped
    if suffix in WARC_SUFFIXES:
        return "warc", gzipped
    return "auto", gzipped


def _target(path: Path, origin: str, *, stream: bool = False) -> Target:
    kind, gzipped = kind_of(path.name)
    return Target(origin=origin, kind=kind, path=path, gzipped=gzipped, stream=stream)


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Target | SourceProblem]:
    """Each path in the order given; directories recursively in sorted order, hidden entries skipped."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]  # one path given bare, not a list of its characters
    for raw in paths:
        spec = os.fsdecode(raw)
        if spec == STDIN:
            yield Target(origin="<stdin>", kind="stdin")
            continue
        path = Path(spec)
        try:
            st = path.stat()
        except OSError as exc:
            yield problem(spec, os_reason(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, spec, set())
        elif stat.S_ISREG(st.st_mode):
            yield _target(path, spec)
        elif stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
            # `chanye ingest <(zcat dump.txt.gz)`: a pipe named on the command line is read like a file.
            yield _target(path, spec, stream=True)
        else:
            yield problem(spec, "not a regular file or directory")


def _walk(directory: Path, origin: str, seen: set[tuple[int, int]]) -> Iterator[Target | SourceProblem]:
    try:
        st = directory.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:  # a symlink loop
            return
        seen.add(key)
        with os.scandir(directory) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield problem(origin, os_reason(exc, "cannot read directory"))
        return
    for entry in entries:
        child = os.path.join(origin, entry.name)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as exc:
            yield problem(child, os_reason(exc))
            continue
        if is_dir:
            yield from _walk(Path(entry.path), child, seen)
        elif is_file:
            yield _target(Path(entry.path), child)
        elif entry.is_symlink():
            yield problem(child, "broken symbolic link")
        else:
            yield problem(child, "not a regular file or directory")
