"""Stage 1 — sources: bytes in every form people have them -> SourceDocument / SourceProblem."""

from chanye.sources.reader import iter_sources, read_source_bytes

__all__ = ["iter_sources", "read_source_bytes"]
