"""Stage 1 — sources: bytes in every form people have them -> SourceDocument / SourceProblem."""

from chanye.sources.discover import Target, discover
from chanye.sources.reader import iter_sources, read_source_bytes, read_target

__all__ = ["Target", "discover", "iter_sources", "read_source_bytes", "read_target"]
