"""Properties that hold for any input: the offset map is sound and cleaning never crashes."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from chanye.clean.document import clean_document
from chanye.clean.mapped_text import MappedText
from chanye.clean.script import t2s
from chanye.records import SourceDocument

PIECES = [
    "產(chǎn)業(yè)", "集群", "發展", "扬州", "，", ",", "。", "：", ":", "(集团)", "（", "）", "2024年", "１２％",
    " ", "  ", "\n", "\n\n", "\u3000", "\u00a0", "\r\n", "?ぎa", "鍙戝竷", "å¸‚", "\ufffd", "...", "版权所有",
    "责任编辑：某某", "来源：某网", "相关阅读", "- 1 某市新闻", "图.jpg", "李四 摄", "近年来，", "的", "ICT", "a",
    "2025-01-12 14:38:54", "0", "【打印】", "分享到：", "当前位置：首页 > 新闻", "中新网无锡3月27日电",
]

texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def equivalent(original_char: str, cleaned_char: str) -> bool:
    """A cleaned character is its original through t2s and width normalisation."""
    if cleaned_char.isspace() and original_char.isspace():
        return True
    a = unicodedata.normalize("NFKC", t2s(original_char))
    b = unicodedata.normalize("NFKC", cleaned_char)
    return a == b or (a in "?!" and b in "?!")


@settings(max_examples=150, deadline=None)
@given(texts)
def test_offsets_are_sound(text):
    doc = clean_document(
        SourceDocument(doc_id="h", origin="<h>", text=text, raw=text, content_hash="-", encoding="utf_8", format="text")
    )
    assert len(doc.offsets) == len(doc.text)
    assert all(0 <= o < len(text) for o in doc.offsets)
    assert all(a < b for a, b in zip(doc.offsets, doc.offsets[1:]))
    for i, char in enumerate(doc.text):
        assert equivalent(text[doc.offsets[i]], char) or doc.is_masked(i, i + 1), (i, char, text[doc.offsets[i]])
    for s, e in doc.masked:
        assert 0 <= s < e <= len(doc.text)
    for block in doc.removed:
        assert text[block.start : block.end] == block.text
    assert "\n\n" not in doc.text and doc.text == doc.text.strip()


edits = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4), st.text(alphabet="xyz", max_size=3)), max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghij", min_size=0, max_size=30), edits)
def test_edit_keeps_the_map_monotone(text, raw_edits):
    edits = []
    pos = 0
    for start, width, repl in sorted(raw_edits):
        start = max(start, pos)
        end = min(start + width, len(text))
        if start > len(text):
            break
        edits.append((start, end, repl))
        pos = end if end > start else start + 1
    edits = [e for e in edits if e[0] <= len(text)]
    out = MappedText.identity(text).edit(edits)
    assert len(out.offsets) == len(out.text)
    assert all(a <= b for a, b in zip(out.offsets, out.offsets[1:]))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_cleans(text):
    doc = clean_document(
        SourceDocument(doc_id="h", origin="<h>", text=text, raw=text, content_hash="-", encoding="utf_8", format="text")
    )
    assert len(doc.offsets) == len(doc.text)
    assert all(a < b for a, b in zip(doc.offsets, doc.offsets[1:]))
