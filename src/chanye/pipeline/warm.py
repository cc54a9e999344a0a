"""Imported once by the process pool's fork server: the stages load (and warm their caches) before workers fork."""

from __future__ import annotations


def _warm() -> None:
    try:
        from chanye.pipeline.process import process_source
        from chanye.records import SourceDocument

        text = "扬州市2024年地区生产总值7800亿元，增长6%。"
        process_source(
            SourceDocument(doc_id="warm", origin="<warm>", text=text, raw=text, content_hash="0", encoding="utf_8", format="text")
        )
    except Exception:  # a stage that fails here reports itself per document later
        pass


_warm()
