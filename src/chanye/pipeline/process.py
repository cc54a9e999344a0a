"""One document through the stages that need no store: clean, then extract.

`process_source` is the plain function (exceptions propagate); `process_many` is what runs in a worker
(a pool process or a Dask worker): it processes a small list of sources and turns any exception for one
document into a one-line SourceProblem for that document, so the batch goes on.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

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


def process_one(source: SourceDocument) -> ProcessedDocument | SourceProblem:
    try:
        return process_source(source)
    except (Exception, RecursionError) as exc:  # one bad document must not stop the run
        return SourceProblem(origin=source.origin, reason=f"could not process ({describe(exc)})")


def process_many(sources: Sequence[SourceDocument]) -> list[ProcessedDocument | SourceProblem]:
    """Process a chunk of documents; the results, in order, are ready to send back to the driver.

    The clean text's per-character offsets are dropped (the store keeps spans, not offsets): on a large
    document they are the biggest part of what would cross the process boundary.
    """
    out: list[ProcessedDocument | SourceProblem] = []
    for source in sources:
        done = process_one(source)
        if isinstance(done, ProcessedDocument):
            done.clean.offsets = _EMPTY_OFFSETS
        out.append(done)
    return out
