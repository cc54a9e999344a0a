"""Lone surrogates (lenient decoders, library callers) must not crash cleaning or extraction."""

import chanye
from chanye.clean.document import clean_document
from chanye.records import SourceDocument


def _source(text: str) -> SourceDocument:
    return SourceDocument(doc_id="s", origin="<t>", text=text, raw=text, content_hash="h", encoding="utf_8", format="text")


def test_lone_surrogates_become_masked_replacement_characters():
    text = "常州\ud800市2024年规上工业增加值增长8.1%。\udfff"
    cleaned = clean_document(_source(text))
    assert "\ud800" not in cleaned.text and "\udfff" not in cleaned.text
    assert len(cleaned.original) == len(text)
    assert cleaned.masked, "the damaged character is masked"
    cleaned.text.encode("utf-8")  # storable


def test_extract_on_surrogate_only_input_returns_an_empty_record():
    assert chanye.extract("\ud800")["facts"] == []
