"""clean_document: SourceDocument -> CleanDocument, composed of the small steps of this package.

Order: find mojibake in the original (spans of the original), decode HTML character references a text
export left (`&nbsp;`), unify width (char for char), remove pinyin artifacts (before t2s, so OpenCC
sees plain traditional text), drop invisible characters, traditional -> simplified (and, for a
traditional page, Taiwan/Hong Kong wording -> mainland wording), punctuation width, classify lines and read the metadata from the whole page, remove page furniture, tidy and rejoin lines,
close the spaces between figures and the Chinese around them.
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
from chanye.clean.script import detect_script, to_mainland_wording, to_simplified, traditional_share
from chanye.clean.width import (
    close_number_gaps,
    decode_entities,
    normalise_punctuation,
    remove_invisible,
    unify_width,
)
from chanye.records import CleanDocument, DocumentMeta, RemovedBlock, SourceDocument


# Lone surrogates (from lenient decoders or library callers) crash OpenCC and cannot be stored;
# a 1:1 swap to U+FFFD keeps every offset valid, and the mojibake step masks it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_document(source: SourceDocument) -> CleanDocument:
    original = _LONE_SURROGATE.sub("\ufffd", source.text)
    damaged = [(s, e) for s, e, _ in find_mojibake(original)]

    # width before pinyin, so that pinyin in full-width letters is recognised like the ASCII one
    # (punctuation after it: `濱(bīn):` has Chinese before its colon only once the pinyin is gone);
    # `damaged` (spans of the original) is mapped onto the text the pinyin step reads
    mt = unify_width(decode_entities(MappedText.identity(original)))
    mt, pinyin_count = remove_pinyin(mt, [mt.text_span(s, e) for s, e in damaged])
    mt = remove_invisible(mt)
    before = mt.text
    mt = to_simplified(mt)
    script = detect_script(traditional_share(before, mt.text), pinyin_count)
    if script != "simplified":
        mt = to_mainland_wording(mt)
    mt = normalise_punctuation(mt)

    lines = classify(mt.text)
    meta = read_meta(source, lines, script)
    mt, removed = remove_furniture(mt, lines, original)
    mt = normalise_punctuation(close_number_gaps(rejoin(tidy(mt))))

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
    original_title = metadata.original_title(lines)
    title = metadata.headline(lines) or original_title
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
        title=_spaced_like_body(title),
        date=date,
        script=script,
        outlet=metadata.outlet(lines, paragraph),
        url=source.url,
        publisher=metadata.publisher(lines),
        original_title=original_title,
    )


def _spaced_like_body(title: str | None) -> str | None:
    """The title with the body's spacing (`2024年1-7月规上工业增加值增长 6.2%` -> `…增长6.2%`), so that
    it is found in the cleaned text it heads."""
    if not title or " " not in title:
        return title
    return close_number_gaps(MappedText.identity(re.sub(" {2,}", " ", title))).text


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
        for s, e, kind in line.inline:
            spans.append((s, e))
            o_start, o_end = mt.original_span(s, e)
            blocks.append(RemovedBlock(kind, original[o_start:o_end], o_start, o_end))
    close_run()
    return mt.delete(sorted(spans)), blocks
