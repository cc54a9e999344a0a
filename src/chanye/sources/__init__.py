"""Stage 1 — sources: bytes in every form people have them -> SourceDocument / SourceProblem."""
