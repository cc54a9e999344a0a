"""Stage 2 — clean: SourceDocument -> CleanDocument (simplified, de-furnitured, offset-mapped)."""
