"""clean_document: SourceDocument -> CleanDocument, composed of the small steps of this package.

Order: find mojibake in the original (spans of the original), remove pinyin artifacts (before t2s, so
OpenCC sees plain traditional text), drop invisible characters, traditional -> simplified, unify width,
classify lines and read the metadata from the whole page, remove page furniture, tidy and rejoin lines.
Every step keeps the offset map, so any span of the cleaned text maps back to the original.
"""

from __future__ import annotations

import re

from chanye.clean import metadata
from chanye.clean.furniture import Line, classify
from chanye.clean.layout import rejoin, tidy
from chanye.clean.mapped_text import MappedText
from chanye.clean.mojibake import find_mojibake
from chanye.clean.pinyin import remove_pinyin
from chanye.clean.script import detect_script, to_simplified, traditional_share
from chanye.clean.width import normalise_punctuation, normalise_width, remove_invisible
from chanye.records import CleanDocument, DocumentMeta, RemovedBlock, SourceDocument


# Lone surrogates (from lenient decoders or library callers) crash OpenCC and cannot be stored;
# a 1:1 swap to U+FFFD keeps every offset valid, and the mojibake step masks it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_document(source: SourceDocument) -> CleanDocument:
    original = _LONE_SURROGATE.sub("\ufffd", source.text)
    damaged = [(s, e) for s, e, _ in find_mojibake(original)]

    mt = MappedText.identity(original)
    mt, pinyin_count = remove_pinyin(mt, damaged)
    mt = remove_invisible(mt)
    before = mt.text
    mt = to_simplified(mt)
    script = detect_script(traditional_share(before, mt.text), pinyin_count)
    mt = normalise_width(mt)

    lines = classify(mt.text)
    meta = read_meta(source, lines, script)
    mt, removed = remove_furniture(mt, lines, original)
    mt = normalise_punctuation(rejoin(tidy(mt)))

    masked = []
    for start, end in damaged:
        s, e = mt.text_span(start, end)
        if e > s:
            masked.append((s, e))
    warnings = []
    if masked:
        warnings.append(f"mojibake: {len(masked)} span{'s' if len(masked) != 1 else ''} masked")
    if not mt.text.strip():
        warnings.append("no body text left after cleaning")
    return CleanDocument(
        doc_id=source.doc_id,
        text=mt.text,
        original=original,
        offsets=mt.offsets,
        meta=meta,
        masked=masked,
        removed=removed,
        warnings=warnings,
    )


_SHORT_TITLE = 6  # a container "title" this short is a site or channel name


def read_meta(source: SourceDocument, lines: list[Line], script: str) -> DocumentMeta:
    title = metadata.headline(lines)
    if title:
        title = metadata.strip_site_suffix(title)
    if source.title:
        container = metadata.strip_site_suffix(metadata.clean_inline(source.title))
        # the container's title, unless it is the page's headline with more around it, or a site name
        if not (title and (title in container or len(container) < _SHORT_TITLE)):
            title = container or title
    paragraph = metadata.first_paragraph(lines, title)
    date = (
        metadata.valid_date(source.date)
        or metadata.head_date(lines)
        or metadata.dateline_date(paragraph, "\n".join(line.text for line in lines if line.kind is None), title)
    )
    return DocumentMeta(
        title=title,
        date=date,
        script=script,
        outlet=metadata.outlet(lines, paragraph),
        url=source.url,
    )


def remove_furniture(mt: MappedText, lines: list[Line], original: str) -> tuple[MappedText, list[RemovedBlock]]:
    """Delete furniture lines and inline tokens; one RemovedBlock per run of same-kind lines."""
    spans: list[tuple[int, int]] = []
    blocks: list[RemovedBlock] = []
    run: list[Line] = []

    def close_run() -> None:
        if run:
            first, last = run[0], run[-1]
            content_end = last.start + len(mt.text[last.start : last.end].rstrip())
            start, end = mt.original_span(first.start, content_end)
            blocks.append(RemovedBlock(first.kind, original[start:end], start, end))
            run.clear()

    for line in lines:
        if line.kind:
            spans.append((line.start, line.end))
            if run and run[-1].kind != line.kind:
                close_run()
            run.append(line)
            continue
        if run:
            close_run()
        for s, e in line.inline:
            spans.append((s, e))
            o_start, o_end = mt.original_span(s, e)
            blocks.append(RemovedBlock("image", original[o_start:o_end], o_start, o_end))
    close_run()
    return mt.delete(sorted(spans)), blocks
