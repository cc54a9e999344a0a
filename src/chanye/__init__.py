"""chanye (产业): Chinese regional industrial-policy texts -> a sourced model of each region's industrial system.

Library entry points:
    chanye.extract(text, *, date=None, doc_id=None) -> dict   # the contract's per-document object
"""

from __future__ import annotations

import hashlib
import importlib as _importlib
from typing import Any

__version__ = "0.1.0"

# Load the stage package `chanye.extract` before defining the function of the same name below:
# the import system binds a subpackage onto its parent only on first load, so after this the
# attribute `chanye.extract` stays the function while `import chanye.extract.x` keeps working.
_importlib.import_module("chanye.extract")


def extract(text: str, *, date: str | None = None, doc_id: str | None = None) -> dict[str, Any]:
    """Clean and extract one document's text; returns the contract's object (doc, meta, facts, industries, frameworks).

    `date` (YYYY-MM-DD, YYYY-MM or YYYY) is the publication date when the caller knows it better than the text.
    """
    from chanye.clean.document import clean_document
    from chanye.extract.document import extract_document
    from chanye.records import SourceDocument

    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    source = SourceDocument(
        doc_id=doc_id or digest[:16],
        origin="<text>",
        text=text,
        raw=text,
        content_hash=digest,
        encoding="utf_8",
        format="text",
        date=date,
    )
    cleaned = clean_document(source)
    if date:
        cleaned.meta.date = date
    return extract_document(cleaned).contract()


