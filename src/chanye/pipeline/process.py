"""One document through the stages that need no store: (read,) clean, then extract.

`process_source` is the plain function (exceptions propagate); `process_many` is what runs in a worker
(a pool process or a Dask worker): it processes a small list of work items and turns any exception for one
document into a one-line SourceProblem for that document, so the batch goes on.

A work item is a SourceDocument already read by the driver (a JSONL line, a WARC record, stdin, or any
file when the workers cannot see the driver's files), or a `FileJob`: a single-document file the worker
reads itself, so that reading (decoding, trafilatura) runs in parallel too. A FileJob carries the content
hash the store already holds for that origin; a file whose content has not changed comes back
`Unchanged` without being cleaned or extracted, which keeps reruns cheap.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chanye.records import ProcessedDocument, SourceDocument, SourceProblem

_EMPTY_OFFSETS = array("l")


def process_source(source: SourceDocument) -> ProcessedDocument:
    """Clean, then extract, one document."""
    from chanye.clean.document import clean_document
    from chanye.extract.document import extract_document

    clean = clean_document(source)
    result = extract_document(clean)
    return ProcessedDocument(source=source, clean=clean, result=result)


def describe(exc: BaseException) -> str:
    """An exception as one short line: "ValueError: bad thing"."""
    text = " ".join(str(exc).split())
    if len(text) > 200:
        text = text[:197] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@dataclass(frozen=True, slots=True)
class ProcessingProblem(SourceProblem):
    """A document that was read but could not be cleaned or extracted."""


def process_one(source: SourceDocument) -> ProcessedDocument | SourceProblem:
    try:
        return process_source(source)
    except (Exception, RecursionError) as exc:  # one bad document must not stop the run
        return ProcessingProblem(origin=source.origin, reason=f"could not process ({describe(exc)})")


@dataclass(frozen=True, slots=True)
class FileJob:
    """A single-document file for the worker to read; `stored_hash`: what the store holds for its origin."""

    target: Any  # chanye.sources.discover.Target
    stored_hash: str | None = None

    @property
    def origin(self) -> str:
        return self.target.origin


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A file whose content the store already holds under the same origin: nothing to do."""

    origin: str
    doc_id: str


Result = ProcessedDocument | SourceProblem | Unchanged  # ProcessingProblem is a SourceProblem


def _slim(done: ProcessedDocument | SourceProblem) -> ProcessedDocument | SourceProblem:
    # The clean text's per-character offsets are dropped (the store keeps spans, not offsets): on a large
    # document they are the biggest part of what would cross the process boundary.
    if isinstance(done, ProcessedDocument):
        done.clean.offsets = _EMPTY_OFFSETS
    return done


def process_many(items: Sequence[SourceDocument | FileJob]) -> list[Result]:
    """Process a chunk of work items; the results, in order, are ready to send back to the driver."""
    out: list[Result] = []
    for item in items:
        if isinstance(item, FileJob):
            from chanye.sources.reader import read_target

            for read in read_target(item.target):
                if isinstance(read, SourceProblem):
                    out.append(read)
                elif item.stored_hash is not None and read.content_hash == item.stored_hash:
                    out.append(Unchanged(read.origin, read.doc_id))
                else:
                    out.append(_slim(process_one(read)))
        else:
            out.append(_slim(process_one(item)))
    return out
