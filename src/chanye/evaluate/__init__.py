"""Scoring extraction output against gold files, per ../shared/spec/facts.md."""
